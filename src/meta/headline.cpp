// The <title> element and the article's <h1>: the headline as the page shows it, and the
// standfirst under it.
#include <string>
#include <string_view>

#include "meta/sources.h"

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

// Class and id words of the standfirst, the sentence or two under the headline that sums the
// story up. Whole words of the name, so "subtitles" of a video player or "dekor" do not match.
constexpr std::string_view kStandfirstWords[] = {"subtitle", "subheadline", "sub-headline", "standfirst",
                                                 "dek", "deck", "strapline", "summary-lead", "article-summary"};
// A standfirst is a sentence, not a label or a paragraph run.
constexpr size_t kMinStandfirstBytes = 30;
constexpr size_t kMaxStandfirstBytes = 400;

bool named_standfirst(std::string_view names) {
  size_t at = 0;
  while (at < names.size()) {
    size_t end = names.find(' ', at);
    if (end == std::string_view::npos) end = names.size();
    std::string_view word = names.substr(at, end - at);
    for (std::string_view w : kStandfirstWords) {
      if (word == w) return true;
    }
    at = end + 1;
  }
  return false;
}

// Pages without an <h1> set the headline in a lower heading ("<h3>" in old templates); a
// standfirst this many source bytes after such a heading still sits under it.
constexpr uint32_t kMaxBytesAfterHeading = 2000;

bool is_headline_tag(const html::Node& node) {
  return node.tag == Tag::kH1 || node.tag == Tag::kH2 || node.tag == Tag::kH3;
}

// The first element named as a standfirst near the headline; its text, when it is not the
// headline again.
void add_standfirst(const html::Document& doc, const PageIndex& index, Evidence& ev) {
  html::NodeId root = doc.root();
  uint32_t last_heading_at = 0;
  bool seen_heading = false;
  for (html::NodeId n = root; n != html::kNoNode; n = doc.next_in_tree(n, root)) {
    const html::Node& node = doc.node(n);
    if (node.type == html::NodeType::kElement && is_headline_tag(node)) {
      seen_heading = true;
      last_heading_at = node.source_offset;
    }
    if (node.type != html::NodeType::kElement || n == index.main_h1 || !named_standfirst(class_and_id(doc, n))) continue;
    bool under_heading = index.main_h1 == html::kNoNode && seen_heading &&
                         node.source_offset - last_heading_at <= kMaxBytesAfterHeading;
    if (!(near_headline(doc, index, n) || under_heading) || about_other_pages(doc, index, n) || in_widget(index, n)) continue;
    std::string text = element_text(doc, n, kMaxStandfirstBytes + 1);
    if (text.size() < kMinStandfirstBytes || text.size() > kMaxStandfirstBytes) continue;
    if (index.main_h1 != html::kNoNode && text == element_text(doc, index.main_h1, kMaxStandfirstBytes + 1)) continue;
    ev.add_text(Field::kSubtitle, Origin::kHeading, kWeightVisible, text, node.source_offset);
    return;
  }
}

}  // namespace

void extract_headlines(const html::Document& doc, const PageIndex& index, Evidence& ev) {
  if (index.title != html::kNoNode) {
    ev.add_text(Field::kTitle, Origin::kTitleElement, kWeightMarkup, element_text(doc, index.title, 500),
                doc.node(index.title).source_offset);
  }
  if (index.main_h1 != html::kNoNode) {
    ev.add_text(Field::kTitle, Origin::kHeading, kWeightMarkup, without_permalink_mark(element_text(doc, index.main_h1, 500)),
                doc.node(index.main_h1).source_offset);
  }
  add_standfirst(doc, index, ev);
}

}  // namespace lede::meta
