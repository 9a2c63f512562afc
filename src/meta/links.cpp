// <link rel=canonical>, <link rel=alternate hreflang> (the page's language versions), and
// links whose text or image alt says they lead to the original or another language edition
// ("원문 보기", "original Korean article", "Read in English", "日本語版").
#include <array>

#include "meta/sources.h"
#include "meta/text_util.h"
#include "meta/url.h"

namespace lede::meta {

namespace {

struct LanguageName {
  std::string_view folded;
  std::string_view tag;
};

// Names of languages as link texts write them, in English and in the language itself.
constexpr LanguageName kLanguageNames[] = {
    {"english", "en"}, {"korean", "ko"}, {"한국어", "ko"}, {"japanese", "ja"}, {"日本語", "ja"},
    {"chinese", "zh"}, {"中文", "zh"}, {"简体", "zh-Hans"}, {"繁體", "zh-Hant"}, {"german", "de"},
    {"deutsch", "de"}, {"french", "fr"}, {"français", "fr"}, {"spanish", "es"},
    {"español", "es"}, {"portuguese", "pt"}, {"português", "pt"}, {"italian", "it"},
    {"italiano", "it"}, {"dutch", "nl"}, {"nederlands", "nl"}, {"polish", "pl"},
    {"polski", "pl"}, {"russian", "ru"}, {"русский", "ru"}, {"turkish", "tr"}, {"türkçe", "tr"},
    {"arabic", "ar"}, {"العربية", "ar"}, {"영문", "en"}, {"英語", "en"}, {"英文", "en"},
    {"日文", "ja"}, {"일본어", "ja"}, {"중국어", "zh"}};

// Words saying a link leads to the article this one was translated from.
constexpr std::string_view kOriginalWords[] = {"original", "원문", "原文", "原文を読む", "originale",
                                               "originalartikel", "версия оригинала", "orijinal"};
// Of those, the words that name the original article on their own ("원문 보기": view the original
// text); the English "original" needs a language beside it ("original recipe" is no edition).
constexpr std::string_view kOriginalArticleWords[] = {"원문", "原文", "originalartikel", "версия оригинала"};
// Words saying a link leads to another language edition of this article.
constexpr std::string_view kEditionWords[] = {"read in", "read this in", "version", "edition", "版",
                                              "판", "보기", "lesen", "lire en", "leer en", "ler em",
                                              "leggi in", "lees in", "читать на", "oku", "also in"};

bool contains(std::string_view text, std::string_view word) { return text.find(word) != std::string_view::npos; }

std::string link_text(const html::Document& doc, html::NodeId a) {
  std::string text = element_text(doc, a, 80);
  for (html::NodeId c = doc.node(a).first_child; c != html::kNoNode; c = doc.next_in_tree(c, a)) {
    if (doc.is_element(c, html::Tag::kImg)) {
      text += ' ';
      text += doc.attribute_value(c, "alt");
    }
  }
  text += ' ';
  text += doc.attribute_value(a, "title");
  return fold_case(collapse_space(text));
}

void add_translation_link(const html::Document& doc, html::NodeId a, Evidence& ev) {
  std::string text = link_text(doc, a);
  if (text.empty()) return;
  std::string_view lang;
  for (const LanguageName& l : kLanguageNames) {
    if (contains(text, l.folded)) {
      lang = l.tag;
      break;
    }
  }
  bool original = false;
  for (std::string_view w : kOriginalWords) original |= contains(text, w);
  bool names_original_article = false;
  for (std::string_view w : kOriginalArticleWords) names_original_article |= contains(text, w);
  bool edition = false;
  for (std::string_view w : kEditionWords) edition |= contains(text, w);
  std::string_view hreflang = doc.attribute_value(a, "hreflang");
  if (!hreflang.empty() && lang.empty()) lang = hreflang;
  // "Original" alone is too common ("original recipe"); it must come with a language, and a
  // language name must come with an edition word or be all the link says.
  bool language_only = !lang.empty() && text.size() <= 24;
  if (!(original && !lang.empty()) && !(edition && !lang.empty()) && !language_only && !names_original_article) return;
  std::string url = resolve_url(ev.context().page_url, doc.attribute_value(a, "href"));
  if (url.empty() || url_key(url) == url_key(ev.context().page_url)) return;
  // A link to a site's front page is the language switcher of the site, not of this article.
  if (url_path(url) == "/" || url_path(url).empty()) return;
  KeyScope named(ev, text);
  ev.add_translation(Origin::kVisibleText, original ? kWeightMeta : kWeightVisible,
                     {url, std::string(lang), original ? "original" : "alternate"},
                     doc.node(a).source_offset);
}

}  // namespace

void extract_links(const html::Document& doc, const PageIndex& index, Evidence& ev) {
  const std::string& base = ev.context().page_url;
  for (html::NodeId l : index.links) {
    std::string rel = fold_case(doc.attribute_value(l, "rel"));
    std::string href = resolve_url(base, doc.attribute_value(l, "href"));
    if (href.empty()) continue;
    uint32_t pos = doc.node(l).source_offset;
    KeyScope named(ev, rel);
    if (rel == "canonical") {
      ev.add_text(Field::kCanonicalUrl, Origin::kLink, kWeightMeta, href, pos);
    } else if (rel == "alternate" && doc.find_attribute(l, "hreflang")) {
      std::string lang(trim(doc.attribute_value(l, "hreflang")));
      if (fold_case(lang) == "x-default") continue;
      ev.add_translation(Origin::kLink, kWeightMeta, {href, lang, "alternate"}, pos);
    } else if (rel == "image_src") {
      ev.add_image(Origin::kLink, kWeightMarkup, {href, {}, {}, {}}, pos);
    }
  }
  for (html::NodeId a : index.anchors) {
    if (!about_other_pages(doc, index, a)) add_translation_link(doc, a, ev);
  }
}

}  // namespace lede::meta
