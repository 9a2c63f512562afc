// The class/id vocabulary of page building, defined once. Each concept is a group of tokens that
// page authors put in class and id attributes; rules elsewhere ask "is this node a share bar?"
// through classify_tokens() and never spell a token themselves.
//
// A class or id value is split into words at every character that is not a letter or digit and
// at lower-to-upper case changes ("articleBody" -> article, body; "post__share-bar" -> post,
// share, bar). `words` must equal one of those words; `fragments` may appear inside one, so
// they must be long enough not to hide in unrelated words ("ad" would match "header", so it is a
// word, never a fragment); `lead_words` count only as the first word of a class token.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace lede::extraction::vocab {

enum Concept : uint32_t {
  kContent = 1u << 0,      // the article body itself: "article-body", "entry-content"
  kNavigation = 1u << 1,   // menus, breadcrumbs, pagination, skip links
  kAds = 1u << 2,          // ad slots, sponsored boxes
  kShare = 1u << 3,        // share bars and social buttons
  kComments = 1u << 4,     // comment sections and forms
  kRelated = 1u << 5,      // "related", "read more", "recommended", "more stories"
  kMostViewed = 1u << 6,   // "most viewed", "popular", "trending"
  kNewsletter = 1u << 7,   // sign-up, subscription and paywall boxes
  kAuthorBox = 1u << 8,    // author bios, bylines, post meta lines
  kCredit = 1u << 9,       // photo credits, copyright lines, disclaimers and trust statements
  kCaption = 1u << 10,     // figure captions
  kSidebar = 1u << 11,     // side columns and widgets
  kPageChrome = 1u << 12,  // site header and footer, cookie and consent banners, modals
  kHidden = 1u << 13,      // visually hidden helpers: "sr-only", "visually-hidden"
  kTags = 1u << 14,        // tag and category lists
  kArticleBody = 1u << 15, // unmistakably the body: "article-body", "entry-content", "story-text"
  kBanner = 1u << 16,      // wide boxes across the page: an ad's or a promotion's, or a page's hero
  kMemberPanel = 1u << 17, // a forum member's rank and statistics beside each post
};

struct Group {
  Concept concept_id;
  std::string_view name;
  std::span<const std::string_view> words;
  std::span<const std::string_view> fragments;
  // Generic words that name the box only when they open a class token: "widget-area" and
  // "widget_text" are a sidebar's widgets, while in "builder-widget-text" the word names a
  // page builder's content box.
  std::span<const std::string_view> lead_words = {};
};

namespace tokens {
inline constexpr std::string_view kContentWords[] = {
    "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text", "prose",
    "blogpost", "maincontent", "postbody", "storybody", "richtext", "markdown", "rte", "bodytext"};
inline constexpr std::string_view kContentFragments[] = {"maincontent", "pagecontent", "contentarea"};
inline constexpr std::string_view kArticleBodyWords[] = {"articlebody", "storybody", "entrycontent", "postcontent",
    "articlecontent", "postbody", "articletext", "storytext", "entrybody", "bodytext", "posttext",
    "storycontent", "blogpostbody", "newsbody", "newstext", "articlecopy", "storycopy"};
inline constexpr std::string_view kArticleBodyFragments[] = {"articlebody", "storybody", "entrycontent",
    "postcontent", "articlecontent", "postbody", "articletext", "storytext", "storycontent"};
inline constexpr std::string_view kNavigationWords[] = {
    "nav", "navbar", "navigation", "menu", "menus", "breadcrumb", "breadcrumbs", "pagination",
    "pager", "skip", "toc", "submenu", "megamenu", "topbar", "crumbs", "jump"};
inline constexpr std::string_view kNavigationFragments[] = {"navigation", "breadcrumb", "pagination", "navbar"};
// Not "adv": page builders shorten "advanced" so ("kt-adv-heading" on every heading of a page).
inline constexpr std::string_view kAdsWords[] = {
    "ad", "ads", "advert", "advertisement", "advertising", "adslot", "adunit", "dfp", "gpt",
    "sponsor", "sponsored", "promo", "promoted", "commercial", "billboard", "taboola",
    "outbrain", "teads", "adsense", "adbox", "adcontainer", "affiliate",
    // The same slots named in the page's language.
    "publicite", "publicidad", "publicidade", "pubblicita", "reklam", "reklama", "werbung",
    "anzeige", "anzeigen", "advertentie", "reclame", "annonce", "annonces"};
inline constexpr std::string_view kAdsFragments[] = {"advert", "sponsor", "taboola", "outbrain", "adsense", "googlead"};
inline constexpr std::string_view kShareWords[] = {
    "share", "sharing", "shares", "social", "sociallinks", "socialmedia", "sharebar", "sharethis",
    "addthis", "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "print", "email", "tools",
    "toolbar", "actions", "reactions", "like", "likes", "follow",
    "paylas", "teilen", "partager", "compartir", "condividi", "delen"};
inline constexpr std::string_view kShareFragments[] = {"share", "social", "addthis"};
inline constexpr std::string_view kCommentsWords[] = {
    "comment", "comments", "commentlist", "respond", "reply", "replies", "disqus", "discussion",
    "feedback", "reviews",
    "yorum", "yorumlar", "kommentar", "kommentare", "commentaires", "commentaire", "comentarios",
    "comentario", "commenti", "reacties", "komentarze"};
inline constexpr std::string_view kCommentsFragments[] = {"comment", "disqus"};
inline constexpr std::string_view kRelatedWords[] = {
    "related", "relatedposts", "readmore", "recommended", "recommendations", "recommend", "more",
    "moreposts", "morestories", "further", "also", "next", "prev", "previous", "suggested",
    "suggestions", "teaser", "teasers", "recirculation", "recirc", "similar", "external",
    "ilgili", "relacionadas", "relacionados", "correlati", "verwandte", "similaires", "aussi",
    "interesar"};
inline constexpr std::string_view kRelatedFragments[] = {"related", "readmore", "recommend", "morestories", "recirc"};
inline constexpr std::string_view kMostViewedWords[] = {
    "popular", "mostpopular", "mostread", "mostviewed", "trending", "top10", "hot", "viewed", "ranking"};
inline constexpr std::string_view kMostViewedFragments[] = {"popular", "mostread", "mostviewed", "trending"};
inline constexpr std::string_view kNewsletterWords[] = {
    "newsletter", "subscribe", "subscription", "signup", "optin", "paywall", "register", "login",
    "membership", "cta", "donate", "donation"};
inline constexpr std::string_view kNewsletterFragments[] = {"newsletter", "subscri", "signup", "paywall"};
inline constexpr std::string_view kAuthorBoxWords[] = {
    "author", "authors", "byline", "bio", "biography", "authorbox", "writer",
    "profile", "contributor", "meta", "postmeta", "entrymeta", "dateline", "published", "timestamp",
    "date", "posted", "info"};
inline constexpr std::string_view kAuthorBoxFragments[] = {"byline", "author"};
inline constexpr std::string_view kCreditWords[] = {
    "credit", "credits", "copyright", "photographer", "source", "attribution", "courtesy",
    "disclaimer", "disclosure", "trust"};
inline constexpr std::string_view kCreditFragments[] = {"credit", "copyright"};
inline constexpr std::string_view kCaptionWords[] = {"caption", "figcaption", "legend"};
inline constexpr std::string_view kCaptionFragments[] = {"caption"};
inline constexpr std::string_view kSidebarWords[] = {
    "sidebar", "aside", "rail", "rightrail", "sidebox", "widgetarea"};
inline constexpr std::string_view kSidebarFragments[] = {"sidebar"};
// "secondary" opens the name of a page's second column ("secondary", "secondary-sidebar"); later in a
// token it is a theme colour of utility CSS ("text-secondary-300", "btn-secondary").
inline constexpr std::string_view kSidebarLeadWords[] = {"widget", "widgets", "secondary"};
// "header" names the page's header when it opens the class ("header", "header-top"); later in
// a class it names the head of a card, a table or the article itself ("card-header").
inline constexpr std::string_view kPageChromeLeadWords[] = {"header"};
inline constexpr std::string_view kPageChromeWords[] = {
    "pageheader", "mainheader", "globalheader", "topheader", "footer", "masthead", "cookie",
    "cookies", "consent", "gdpr", "modal", "popup",
    "overlay", "lightbox", "dialog", "notice", "alert", "copyright", "legal", "colophon",
    "sitefooter", "siteheader", "topnav", "logo"};
inline constexpr std::string_view kPageChromeFragments[] = {"footer", "masthead", "cookie", "consent", "popup"};
// "invisible" opens Bootstrap's class; inside a token it names an animation's start state
// ("builder-invisible" until the entrance effect runs), not hidden text.
inline constexpr std::string_view kHiddenLeadWords[] = {"invisible"};
inline constexpr std::string_view kHiddenWords[] = {
    "sronly", "visuallyhidden", "screenreader", "offscreen", "noprint"};
inline constexpr std::string_view kHiddenFragments[] = {"visuallyhidden", "screenreader", "sronly"};
// Beside an article a banner is an ad or a promotion; on a service or product page it is the page's
// own opening section (its offer, its headline), so the cleaning of a page region keeps it.
inline constexpr std::string_view kBannerWords[] = {"banner", "banners"};
inline constexpr std::string_view kBannerFragments[] = {"banner"};
// Forum software prints, beside each post, the poster's rank ("Senior Member"), banner ("Original
// poster") and statistics (joined, messages, reaction score) in boxes named after the user:
// XenForo's "message-userExtras" and "userTitle", vBulletin's "userinfo_extra", Invision's
// "cAuthorPane_stats". The poster's name sits apart ("message-name", "username") and stays.
inline constexpr std::string_view kMemberPanelWords[] = {"userextras", "userstats", "usertitle", "userbanner", "memberstats"};
inline constexpr std::string_view kMemberPanelFragments[] = {"userextra", "userinfoextra", "extrauserinfo", "userstat",
    "usertitle", "userbanner", "memberstat", "panestats"};
inline constexpr std::string_view kTagsWords[] = {"tags", "tag", "tagcloud", "taglist", "categories", "category", "topics", "keywords", "labels",
    "etiket", "etiketler", "etiquetas", "schlagworte", "stichworte"};
inline constexpr std::string_view kTagsFragments[] = {"tagcloud", "taglist"};
}  // namespace tokens

inline constexpr Group kGroups[] = {
    {kContent, "content", tokens::kContentWords, tokens::kContentFragments},
    {kNavigation, "navigation", tokens::kNavigationWords, tokens::kNavigationFragments},
    {kAds, "ads", tokens::kAdsWords, tokens::kAdsFragments},
    {kShare, "share", tokens::kShareWords, tokens::kShareFragments},
    {kComments, "comments", tokens::kCommentsWords, tokens::kCommentsFragments},
    {kRelated, "related", tokens::kRelatedWords, tokens::kRelatedFragments},
    {kMostViewed, "most viewed", tokens::kMostViewedWords, tokens::kMostViewedFragments},
    {kNewsletter, "newsletter", tokens::kNewsletterWords, tokens::kNewsletterFragments},
    {kAuthorBox, "author box", tokens::kAuthorBoxWords, tokens::kAuthorBoxFragments},
    {kCredit, "credit", tokens::kCreditWords, tokens::kCreditFragments},
    {kCaption, "caption", tokens::kCaptionWords, tokens::kCaptionFragments},
    {kSidebar, "sidebar", tokens::kSidebarWords, tokens::kSidebarFragments,
     tokens::kSidebarLeadWords},
    {kPageChrome, "page chrome", tokens::kPageChromeWords, tokens::kPageChromeFragments,
     tokens::kPageChromeLeadWords},
    {kHidden, "hidden", tokens::kHiddenWords, tokens::kHiddenFragments, tokens::kHiddenLeadWords},
    {kTags, "tags", tokens::kTagsWords, tokens::kTagsFragments},
    {kArticleBody, "article body", tokens::kArticleBodyWords, tokens::kArticleBodyFragments},
    {kBanner, "banner", tokens::kBannerWords, tokens::kBannerFragments},
    {kMemberPanel, "member panel", tokens::kMemberPanelWords, tokens::kMemberPanelFragments},
};

// An empty group would match nothing and silently disable its rules (the reverse of
// trafilatura's `_alt()` guard, which rejects an empty group that would match everything).
consteval bool every_group_has_words() {
  for (const Group& g : kGroups) {
    if (g.words.empty() || g.fragments.empty()) return false;
  }
  return true;
}
static_assert(every_group_has_words(), "every vocabulary group needs words and fragments");

// classify_tokens() looks for fragments only in words at least this long.
inline constexpr size_t kMinFragmentLength = 5;
consteval bool every_fragment_is_long_enough() {
  for (const Group& g : kGroups) {
    for (std::string_view f : g.fragments) {
      if (f.size() < kMinFragmentLength) return false;
    }
  }
  return true;
}
static_assert(every_fragment_is_long_enough(), "a fragment shorter than kMinFragmentLength would be missed");

/// Concepts that mark a node as boilerplate when the content concept does not outweigh them.
inline constexpr uint32_t kBoilerplate = kNavigation | kAds | kShare | kComments | kRelated |
                                         kMostViewed | kNewsletter | kSidebar | kPageChrome | kBanner;

/// The concepts (bit set of Concept) named by a class or id attribute value.
uint32_t classify_tokens(std::string_view attribute_value);

}  // namespace lede::extraction::vocab
