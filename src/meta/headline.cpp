// The <title> element and the article's <h1>: the headline as the page shows it, and the
// standfirst under it.
#include <string>
#include <string_view>

#include "meta/heading_text.h"
#include "meta/sources.h"
#include "meta/text_util.h"
#include "meta/title.h"
#include "meta/url.h"

namespace lede::meta {
namespace {

namespace Tag = html::Tag;

// Documentation generators end each heading with a permalink anchor ("Parameters¶"); the mark
// is a link to the heading, not part of its words.
std::string without_permalink_mark(std::string text) {
  for (std::string_view mark : {"\u00B6", "\u00A7", "\U0001F517"}) {
    if (text.size() > mark.size() && text.ends_with(mark)) {
      text.resize(text.size() - mark.size());
      while (!text.empty() && text.back() == ' ') text.pop_back();
      break;
    }
  }
  return text;
}

// A standfirst is a sentence, not a label or a paragraph run.
constexpr size_t kMinStandfirstBytes = 30;
constexpr size_t kMaxStandfirstBytes = 400;

// Pages without an <h1> set the headline in a lower heading ("<h3>" in old templates); a
// standfirst this many source bytes after such a heading still sits under it.
constexpr uint32_t kMaxBytesAfterHeading = 2000;

// Bytes of text below `id` that are not ASCII white space, scripts and styles left out.
size_t text_bytes_below(const html::Document& doc, html::NodeId id) {
  size_t bytes = 0;
  walk_element_text(
      doc, id, kMaxStandfirstBytes * 4,
      [&](std::string_view data) {
        for (char c : data) bytes += is_ascii_space(c) ? 0 : 1;
        return true;
      },
      [] {});
  return bytes;
}

// True when most of the element's text lies in links: a box named as a teaser ("<div
// class=teaser>": its kicker, headline and lead, each a link, then "mehr") tells of another page.
// The page's own standfirst is written out under its headline, a link in it now and then.
bool reads_as_links(const html::Document& doc, html::NodeId id) {
  size_t all = 0;
  size_t linked = 0;
  for (html::NodeId n = id; n != html::kNoNode;) {
    if (doc.is_element(n, Tag::kA) && !doc.attribute_value(n, "href").empty()) {
      size_t bytes = text_bytes_below(doc, n);
      linked += bytes;
      all += bytes;
      n = doc.next_skipping_children(n, id);
      continue;
    }
    if (doc.type(n) == html::NodeType::kText) all += text_bytes_below(doc, n);
    n = doc.next_in_tree(n, id);
  }
  return linked * 2 > all;
}

// Paragraphs of prose, this long or longer, between the headline and an element named as a
// standfirst say the article's body has begun: the element is a heading or a pull quote in it.
constexpr size_t kMinProseParagraphBytes = 80;
constexpr int kProseParagraphsBeforeBody = 2;

// True when the article's prose has begun between the headline `h1` and `candidate`: the
// standfirst sits between the headline and the body, and a class named "subtitle" further down
// is a section's heading ("<h2 class=subtitle>Daten von externem Dienstleister?</h2>").
bool body_began_before(const html::Document& doc, html::NodeId h1, html::NodeId candidate) {
  int paragraphs = 0;
  for (html::NodeId n = doc.next_skipping_children(h1, doc.root()); n != html::kNoNode && n < candidate;) {
    if (doc.is_element(n, Tag::kP) && !is_inside(doc, candidate, n)) {
      if (element_text(doc, n, kMinProseParagraphBytes).size() >= kMinProseParagraphBytes &&
          ++paragraphs >= kProseParagraphsBeforeBody) {
        return true;
      }
      n = doc.next_skipping_children(n, doc.root());
      continue;
    }
    n = doc.next_in_tree(n, doc.root());
  }
  return false;
}

// The first element named as a standfirst near the headline; its text, when it is not the
// headline again nor a teaser of another page, and the body has not begun before it.
void add_standfirst(const html::Document& doc, const PageIndex& index, Evidence& ev) {
  for (const PageIndex::Standfirst& candidate : index.standfirsts) {
    html::NodeId n = candidate.id;
    if (n == index.main_h1) continue;
    uint32_t at = doc.node(n).source_offset;
    bool under_heading = index.main_h1 == html::kNoNode && candidate.after_heading &&
                         at - candidate.heading_at <= kMaxBytesAfterHeading;
    if (!(near_headline(doc, index, n) || under_heading) || about_other_pages(doc, index, n) || in_widget(index, n)) continue;
    std::string text = element_text(doc, n, kMaxStandfirstBytes + 1);
    if (text.size() < kMinStandfirstBytes || text.size() > kMaxStandfirstBytes) continue;
    if (index.main_h1 != html::kNoNode && text == element_text(doc, index.main_h1, kMaxStandfirstBytes + 1)) continue;
    if (reads_as_links(doc, n)) continue;
    if (index.main_h1 != html::kNoNode && n > index.main_h1 && body_began_before(doc, index.main_h1, n)) continue;
    ev.add_text(Field::kSubtitle, Origin::kHeading, kWeightVisible, text, at);
    return;
  }
}

// Separators between a <title>'s headline and the site's name.
constexpr std::string_view kTitleSeparators[] = {" | ", " - ", " – ", " — ", " : ", " › ", " » ", " · ", "_"};

// The text of a link and the alt of its logo image.
std::string link_words(const html::Document& doc, html::NodeId a) {
  std::string text = element_text(doc, a, 200);
  for (html::NodeId c = doc.node(a).first_child; c != html::kNoNode; c = doc.next_in_tree(c, a)) {
    if (doc.is_element(c, Tag::kImg)) text += std::string(" ") + std::string(doc.attribute_value(c, "alt"));
  }
  return text;
}

// Whether `href` leads to the front page of the page's own site. Every anchor of the page is
// asked, and nearly all are absolute or root-relative links whose href alone shows they lead
// elsewhere: those are turned down without building the resolved URL, which is only built for
// the few that may lead home.
bool links_to_front_page(std::string_view page_url, std::string_view page_host, std::string_view href) {
  if (href == "/") return true;
  std::string_view ref = trim(href);
  if (ref.size() >= 2 && ref[0] == '/' && ref[1] != '/') {
    // Root-relative, told first: no scheme starts with '/', so it has no host to look for. It
    // keeps its own path, which is "/" only when a query or fragment follows.
    if (ref[1] != '?' && ref[1] != '#') return false;
  } else if (size_t start = host_start(ref); start != std::string_view::npos) {
    // Absolute: resolving gives it back as it is (or nothing, for javascript: and mailto:). Its
    // host is the page's when the page's host is written after the scheme and ends there: told
    // in place, where most links, to other hosts, differ at once.
    size_t end = start + page_host.size();
    if (ref.compare(start, page_host.size(), page_host) != 0 ||
        (end < ref.size() && ref[end] != '/' && ref[end] != '?' && ref[end] != '#')) {
      return false;
    }
    // Its path is "/" when nothing or "/" alone follows the host before a query or fragment.
    if (end + 1 < ref.size() && ref[end] == '/' && ref[end + 1] != '?' && ref[end + 1] != '#') return false;
  }
  std::string url = resolve_url(page_url, href);
  return url.find("://") != std::string::npos && url_path(url) == "/" && url_host(url) == page_host;
}

// The last segment of the <title> ("海港城市夜间轮渡延长五年_社会_东滨日报") is the site's name
// when a link to the site's front page says the same: the page names itself twice.
void add_site_from_title(const html::Document& doc, const PageIndex& index, std::string_view title, Evidence& ev) {
  // The separator that starts last (the first of kTitleSeparators starting there), in one
  // backward reading of the title: every separator starts with a space or an underscore.
  size_t cut = std::string_view::npos;
  size_t separator_size = 0;
  for (size_t at = title.size(); at-- > 0 && cut == std::string_view::npos;) {
    if (title[at] != ' ' && title[at] != '_') continue;
    for (std::string_view sep : kTitleSeparators) {
      if (title.substr(at, sep.size()) == sep) {
        cut = at;
        separator_size = sep.size();
        break;
      }
    }
  }
  if (cut == std::string_view::npos) return;
  std::string_view last = trim(title.substr(cut + separator_size));
  std::string key = title_key(last);
  if (key.empty()) return;
  std::string_view page_host = url_host(ev.context().page_url);
  for (const PageIndex::Anchor& a : index.anchors) {
    if (links_to_front_page(ev.context().page_url, page_host, a.href) && has_short_link_text(doc, a.id) &&
        title_key(link_words(doc, a.id)) == key) {
      ev.add_text(Field::kSiteName, Origin::kTitleElement, kWeightWeak, last, doc.node(index.title).source_offset);
      return;
    }
  }
}

// Class names of elements kept for screen readers alone.
constexpr std::string_view kScreenReaderClasses[] = {"aural", "sr-only", "visually-hidden", "visuallyhidden",
                                                     "screen-reader-text", "element-invisible"};

bool for_screen_readers(const html::Document& doc, html::NodeId id) {
  std::string_view classes = doc.attribute_value(id, "class");
  for (std::string_view name : kScreenReaderClasses) {
    if (has_class_token(classes, name)) return true;
  }
  return false;
}

// True when heading `h` is the site's masthead: all its words are a link to the site's front
// page ("<h1><a href="/">Four Years Remaining</a></h1>" atop every page of a blog).
bool masthead(const html::Document& doc, const Evidence& ev, html::NodeId h) {
  std::string_view page_url = ev.context().page_url;
  for (html::NodeId n = doc.next_in_tree(h, h); n != html::kNoNode; n = doc.next_in_tree(n, h)) {
    if (!doc.is_element(n, Tag::kA)) continue;
    return links_to_front_page(page_url, url_host(page_url), doc.attribute_value(n, "href")) &&
           element_text(doc, n, 200) == element_text(doc, h, 200);
  }
  return false;
}

// True when `id` sits in a dialog laid over the page (role=dialog or alertdialog, aria-modal):
// a cookie notice's "Your choice regarding cookies on this site".
bool in_dialog(const html::Document& doc, html::NodeId id) {
  for (html::NodeId n = doc.parent(id); n != html::kNoNode; n = doc.parent(n)) {
    if (doc.type(n) != html::NodeType::kElement) continue;
    std::string_view role = doc.attribute_value(n, "role");
    if (role == "dialog" || role == "alertdialog" || doc.attribute_value(n, "aria-modal") == "true") return true;
  }
  return false;
}

// The <h1> the reader sees as the headline: the article's, unless a template opened the page
// with one for screen readers alone (naming the site: "<h1 class=aural>Bundesamt ...</h1>") or
// a dialog's, when the next <h1> on show outside widgets and dialogs is; none when it is the
// site's masthead.
html::NodeId shown_headline(const html::Document& doc, const PageIndex& index, const Evidence& ev) {
  if (index.main_h1 == html::kNoNode) return html::kNoNode;
  if (!for_screen_readers(doc, index.main_h1) && !in_dialog(doc, index.main_h1)) {
    return masthead(doc, ev, index.main_h1) ? html::kNoNode : index.main_h1;
  }
  for (html::NodeId h : index.h1s) {
    if (h > index.main_h1 && !for_screen_readers(doc, h) && !in_widget(index, h) && !in_dialog(doc, h)) return h;
  }
  return html::kNoNode;
}

}  // namespace

void extract_headlines(const html::Document& doc, const PageIndex& index, Evidence& ev) {
  if (index.title != html::kNoNode) {
    std::string title = element_text(doc, index.title, 500);
    ev.add_text(Field::kTitle, Origin::kTitleElement, kWeightMarkup, title, doc.node(index.title).source_offset);
    add_site_from_title(doc, index, title, ev);
  }
  if (html::NodeId h1 = shown_headline(doc, index, ev); h1 != html::kNoNode) {
    ev.add_text(Field::kTitle, Origin::kHeading, kWeightMarkup, without_permalink_mark(heading_text(doc, h1, 500)),
                doc.node(h1).source_offset);
  }
  add_standfirst(doc, index, ev);
}

}  // namespace lede::meta
