// Last resorts for a page that no source dated. A page without a date gives the reader
// nothing, so a weaker clue is still worth taking, but only when nothing better exists, and
// only the first tier that finds one: dates under publication keys in the page's inline
// scripts (a CMS's state for its own article), dates in chrome next to the headline, a day in
// the path of the article's images (CMSs file uploads by day), then the first date written
// anywhere in the body.
#include <cctype>

#include "meta/sources.h"
#include "meta/text_util.h"
#include "meta/url.h"

namespace lede::meta {

namespace {

namespace Tag = html::Tag;

// Keys under which page scripts carry the article's own first publication.
constexpr std::string_view kPublicationKeys[] = {
    "datePublished", "publishedDate", "published_at", "publishDate", "publish_date",
    "publicationDate", "firstPublished", "first_publish_date", "dateCreated", "createdAt",
    "created_at", "pubDate", "published"};

// Script text read for keys; state blobs put the page's own article first.
constexpr size_t kMaxScriptBytes = 256 * 1024;
// Images read for a dated upload path: the lead image and the first few in the page.
constexpr int kMaxImages = 12;

bool has_day(const Evidence& ev) {
  for (const Candidate& c : ev.candidates()) {
    if (c.field == Field::kPublished && c.date && c.date->precision != DatePrecision::kMonth) return true;
  }
  return false;
}

// The string value after `"key"` and a colon, when the key is quoted in JSON style.
std::string_view value_after(std::string_view text, size_t key_end) {
  size_t at = key_end;
  while (at < text.size() && (text[at] == ' ' || text[at] == '\\' || text[at] == '"')) ++at;
  if (at >= text.size() || text[at] != ':') return {};
  ++at;
  while (at < text.size() && (text[at] == ' ' || text[at] == '\\')) ++at;
  if (at >= text.size() || (text[at] != '"' && text[at] != '\'')) return {};
  char quote = text[at];
  size_t close = text.find(quote, at + 1);
  if (close == std::string_view::npos) return {};
  return text.substr(at + 1, close - at - 1);
}

bool dates_from_scripts(const html::Document& doc, Evidence& ev) {
  for (html::NodeId n = doc.root(); n != html::kNoNode; n = doc.next_in_tree(n, doc.root())) {
    if (!doc.is_element(n, Tag::kScript) || doc.node(n).first_child == html::kNoNode) continue;
    std::string_view text = doc.data(doc.node(n).first_child);
    text = text.substr(0, kMaxScriptBytes);
    size_t best = std::string_view::npos;
    std::string_view best_value;
    for (std::string_view key : kPublicationKeys) {
      for (size_t at = text.find(key); at != std::string_view::npos; at = text.find(key, at + 1)) {
        bool quoted_before = at > 0 && (text[at - 1] == '"' || text[at - 1] == '\'');
        if (!quoted_before) continue;
        std::string_view value = value_after(text, at + key.size());
        if (value.empty()) continue;
        if (at < best) {
          best = at;
          best_value = value;
        }
        break;
      }
    }
    if (best != std::string_view::npos &&
        ev.add_date(Field::kPublished, Origin::kVisibleText, 1, best_value, doc.node(n).source_offset)) {
      return true;
    }
  }
  return false;
}

bool first_date_in(const html::Document& doc, html::NodeId id, Evidence& ev) {
  std::string text = element_text(doc, id, 240);
  for (const FoundDate& f : find_dates(text, ev.context().numeric_order)) {
    if (!is_plausible(f.date, ev.context().today)) continue;
    ev.add_date(Field::kPublished, Origin::kVisibleText, 1, f.date, doc.node(id).source_offset);
    return true;
  }
  return false;
}

bool dates_near_headline(const html::Document& doc, const PageIndex& index, Evidence& ev) {
  for (html::NodeId n : index.times) {
    if (!near_headline(doc, index, n)) continue;
    std::string_view datetime = doc.attribute_value(n, "datetime");
    if (!datetime.empty() && ev.add_date(Field::kPublished, Origin::kTimeElement, 1, datetime,
                                         doc.node(n).source_offset)) {
      return true;
    }
  }
  for (html::NodeId n : index.date_like) {
    if (near_headline(doc, index, n) && first_date_in(doc, n, ev)) return true;
  }
  // "<div class=news-time-ago title=2020-09-20T14:20:02Z>15 minutes ago</div>": a relative
  // time shown with its machine-readable moment in the title.
  for (html::NodeId n : index.date_like) {
    std::string_view title = doc.attribute_value(n, "title");
    if (title.size() >= 10 && std::isdigit(static_cast<unsigned char>(title[0])) &&
        ev.add_date(Field::kPublished, Origin::kVisibleText, 1, title, doc.node(n).source_offset)) {
      return true;
    }
  }
  return false;
}

bool dates_in_image_paths(const html::Document& doc, const Evidence& seen, Evidence& ev) {
  std::vector<std::string> urls;
  for (const Candidate& c : seen.candidates()) {
    if (c.field == Field::kImage) urls.push_back(c.image().url);
  }
  int taken = 0;
  for (html::NodeId n = doc.root(); n != html::kNoNode && taken < kMaxImages;
       n = doc.next_in_tree(n, doc.root())) {
    if (!doc.is_element(n, Tag::kImg)) continue;
    urls.emplace_back(doc.attribute_value(n, "src"));
    ++taken;
  }
  for (const std::string& url : urls) {
    std::optional<Date> d = date_in_path(url_path(url).empty() ? std::string_view(url) : url_path(url));
    if (d && d->precision == DatePrecision::kDay && is_plausible(*d, ev.context().today)) {
      ev.add_date(Field::kPublished, Origin::kUrl, 1, *d);
      return true;
    }
  }
  return false;
}

bool first_date_in_body(const html::Document& doc, Evidence& ev) {
  html::NodeId root = doc.root();
  for (html::NodeId n = root; n != html::kNoNode;) {
    const html::Node& node = doc.node(n);
    if (node.type == html::NodeType::kElement &&
        (node.tag == Tag::kScript || node.tag == Tag::kStyle || node.tag == Tag::kHead ||
         node.tag == Tag::kTemplate)) {
      n = doc.next_skipping_children(n, root);
      continue;
    }
    if (node.type == html::NodeType::kText) {
      std::string_view text = doc.data(n);
      if (text.find_first_of("0123456789") != std::string_view::npos) {
        for (const FoundDate& f : find_dates(text, ev.context().numeric_order)) {
          if (!is_plausible(f.date, ev.context().today)) continue;
          ev.add_date(Field::kPublished, Origin::kVisibleText, 1, f.date, node.source_offset);
          return true;
        }
      }
    }
    n = doc.next_in_tree(n, root);
  }
  return false;
}

}  // namespace

void extract_fallback_dates(const html::Document& doc, const PageIndex& index, Evidence& ev) {
  if (has_day(ev)) return;
  if (dates_from_scripts(doc, ev)) return;
  if (dates_near_headline(doc, index, ev)) return;
  if (dates_in_image_paths(doc, ev, ev)) return;
  first_date_in_body(doc, ev);
}

}  // namespace lede::meta
