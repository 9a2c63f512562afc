#include "meta/heading_text.h"

#include <string_view>

#include "meta/text_util.h"
#include "meta/title.h"

namespace lede::meta {
namespace {

namespace Tag = html::Tag;

// Elements whose text is not words of the heading they sit in.
bool not_heading_words(html::TagId tag) {
  return tag == Tag::kScript || tag == Tag::kStyle || tag == Tag::kTemplate || tag == Tag::kSvg ||
         tag == Tag::kButton || tag == Tag::kRt || tag == Tag::kRp;
}

// Parts of the class names templates give the line over a headline: its kicker, overline or
// "Dachzeile", a topic's or a forum thread's label.
constexpr std::string_view kKickerClassParts[] = {"kicker", "overline", "dachzeile", "topline",
                                                  "roofline", "eyebrow", "label", "topic"};

bool named_as_kicker(std::string_view classes) {
  if (classes.empty()) return false;
  std::string folded = fold_case(classes);
  for (std::string_view part : kKickerClassParts) {
    if (folded.find(part) != std::string::npos) return true;
  }
  return false;
}

// The element named as a kicker that opens heading `h`, before any of its words; kNoNode when
// the heading opens otherwise.
html::NodeId opening_kicker(const html::Document& doc, html::NodeId h) {
  for (html::NodeId n = doc.next_in_tree(h, h); n != html::kNoNode; n = doc.next_in_tree(n, h)) {
    html::NodeType type = doc.type(n);
    if (type == html::NodeType::kText) {
      if (!trim(doc.data(n)).empty()) return html::kNoNode;
    } else if (type == html::NodeType::kElement && named_as_kicker(doc.attribute_value(n, "class"))) {
      return n;
    }
  }
  return html::kNoNode;
}

// Separators a template writes between a kicker and its headline, out of sight (a
// "visually-hidden" colon) or not: left at the headline's start once the kicker is dropped.
constexpr std::string_view kKickerSeparators = ":-|\u2013\u2014";

std::string read_heading(const html::Document& doc, html::NodeId h, size_t max_bytes, html::NodeId skipped) {
  CollapsedText text(max_bytes);
  size_t raw_bytes = 0;
  // The reading of element_text(), with the elements above passed over.
  for (html::NodeId n = h; n != html::kNoNode && raw_bytes <= 2 * max_bytes && !text.full();) {
    html::NodeType type = doc.type(n);
    if (type == html::NodeType::kText) {
      std::string_view data = doc.data(n);
      text.append(data);
      raw_bytes += data.size();
    } else if (type == html::NodeType::kElement) {
      html::TagId tag = doc.tag(n);
      if (n == skipped || not_heading_words(tag) || doc.find_attribute(n, "hidden")) {
        n = doc.next_skipping_children(n, h);
        continue;
      }
      if (tag == Tag::kBr || tag == Tag::kP || tag == Tag::kDiv || tag == Tag::kLi || tag == Tag::kTd ||
          tag == Tag::kSpan) {
        text.separate();
        ++raw_bytes;
      }
    }
    n = doc.next_in_tree(n, h);
  }
  std::string out = std::move(text.text());
  if (out.size() > max_bytes) {
    size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
  }
  return out;
}

}  // namespace

std::string heading_text(const html::Document& doc, html::NodeId h, size_t max_bytes) {
  html::NodeId kicker = opening_kicker(doc, h);
  if (kicker != html::kNoNode) {
    std::string words = read_heading(doc, h, max_bytes, kicker);
    std::string_view from_start = trim(words, kKickerSeparators);
    if (has_title_key(from_start)) return words.substr(static_cast<size_t>(from_start.data() - words.data()));
  }
  return read_heading(doc, h, max_bytes, html::kNoNode);
}

}  // namespace lede::meta
