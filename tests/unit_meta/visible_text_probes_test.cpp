// The texts and elements index_page files for extract_visible_text (VisibleTextProbes): what is
// filed, what is left out, and that each list is in document order.
#include "meta/visible_text_probes.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "html/parser.h"
#include "meta/date.h"
#include "meta/evidence.h"
#include "meta/page_index.h"
#include "meta/sources.h"

namespace lede::meta {
namespace {

// The collapsed text of each node, so that a test names what it expects by what the page says.
std::string text_of(const html::Document& doc, html::NodeId n) {
  return doc.type(n) == html::NodeType::kText ? std::string(trim(doc.data(n))) : element_text(doc, n);
}

struct Filed {
  html::Document doc;
  PageIndex index;
  explicit Filed(const std::string& html) : doc(html::parse(html)), index(index_page(doc)) {}

  /// The filed nodes read as `read`, by text; elements are marked "<tag>".
  std::vector<std::string> read_as(uint8_t read) const {
    std::vector<std::string> out;
    for (const VisibleTextProbe& p : index.visible_text.in_order) {
      if (!(p.reads & read)) continue;
      std::string text = text_of(doc, p.node);
      out.push_back(doc.type(p.node) == html::NodeType::kElement ? "<" + std::string(doc.tag_name(p.node)) + ">" + text
                                                                 : text);
    }
    return out;
  }
  std::vector<std::string> digit_texts() const {
    std::vector<std::string> out;
    for (html::NodeId n : index.visible_text.digit_texts) out.push_back(text_of(doc, n));
    return out;
  }
};

using Texts = std::vector<std::string>;

TEST(VisibleTextProbesTest, ElementsThatMayOpenWithABylineAreFiledOnce) {
  Filed f(
      "<html><body><div><p><i>von Daniela Obers</i></p></div>"
      "<p>Politics</p><span>\xE2\x80\x9C" "By the river\xE2\x80\x9D</span>"
      "<p>\xC2\xA0" "By Jane Doe</p><div>\xC2\xA0</div><table><tr><td>By</td></tr></table>"
      "<ul><li>By Ann</li></ul></body></html>");
  // The <div> and <p> around "von ..." open with it too; a quote, "Politics" and a list item
  // (no tag a loose byline is written in) do not. A no-break space is passed over; an element
  // of white space only cannot tell.
  EXPECT_EQ(f.read_as(kReadLooseByline),
            (Texts{"<div>von Daniela Obers", "<p>von Daniela Obers", "<i>von Daniela Obers",
                   "<p>By Jane Doe", "<div>"}));
}

TEST(VisibleTextProbesTest, NothingInScriptsStylesOrTheHeadIsFiled) {
  Filed f(
      "<html><head><title>By the sea 2021</title></head><body>"
      "<script>var by = 'By Jane Doe 2021';</script><style>p{width:12px}</style>"
      "<svg><style><g>By Ann 2020</g></style></svg>"
      "<p>By Jane Doe</p></body></html>");
  EXPECT_EQ(f.read_as(kReadLineByline), (Texts{"By Jane Doe"}));
  EXPECT_EQ(f.read_as(kReadLooseByline), (Texts{"<p>By Jane Doe"}));
  EXPECT_TRUE(f.digit_texts().empty());
}

TEST(VisibleTextProbesTest, ShortTextsThatMayLabelADateLine) {
  Filed f(
      "<html><body><p>Posted: <b>3 May 2021</b></p><p>Updated</p><p>Updated 4 May</p>"
      "<p>Share this <a href=/x>story</a></p><div>" + std::string(130, 'x') + " <b>5 May</b></div></body></html>");
  // A text alone in its element without a digit gives its element no date ("Updated", "story"):
  // not filed. Nor is one longer than a date line.
  EXPECT_EQ(f.read_as(kReadDateLabel),
            (Texts{"Posted:", "3 May 2021", "Updated 4 May", "Share this", "5 May"}));
}

TEST(VisibleTextProbesTest, StandaloneLabelsAndLineBylines) {
  Filed f(
      "<html><body><p>Written by</p><p>Jane Doe</p><p>Home</p><p>Politics</p>"
      "<div>The end of the story.<br>By Kim Min-ji and Cho Ki-weon<br></div></body></html>");
  EXPECT_EQ(f.read_as(kReadStandaloneLabel), (Texts{"Written by", "Politics"}));
  Filed accented("<html><body><p>\xC3\x89" "crit par</p><p>Jean Dupont</p><p>\xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80</p></body></html>");
  EXPECT_EQ(accented.read_as(kReadStandaloneLabel), (Texts{"\xC3\x89" "crit par"}));
  // Texts whose first two letters may start a byline.
  EXPECT_EQ(f.read_as(kReadLineByline), (Texts{"Written by", "Politics", "By Kim Min-ji and Cho Ki-weon"}));
}

TEST(VisibleTextProbesTest, TextsWithADigitWhereTheFirstDateIsReadFrom) {
  std::string prose(320, 'a');
  Filed f("<html><body><p>Home</p><p>27.1.2022 - " + prose + "</p><p>" + prose +
          " 2022</p><span>9 May 2017</span></body></html>");
  // Of prose only the start is read for a dateline.
  ASSERT_EQ(f.digit_texts().size(), 2u);
  EXPECT_TRUE(f.digit_texts()[0].starts_with("27.1.2022 - aaa"));
  EXPECT_EQ(f.digit_texts()[1], "9 May 2017");
}

TEST(VisibleTextProbesTest, ListsAreInDocumentOrder) {
  Filed f(
      "<html><body><div><span><b>By Ann Lee</b> 2021</span></div><p>Updated: 3 May</p>"
      "<div><div><p>von Daniela Obers 4</p></div></div><p>Posted <i>on</i> 5 May</p></body></html>");
  auto by_node = [](const VisibleTextProbe& a, const VisibleTextProbe& b) { return a.node < b.node; };
  EXPECT_TRUE(std::is_sorted(f.index.visible_text.in_order.begin(), f.index.visible_text.in_order.end(), by_node));
  EXPECT_TRUE(std::adjacent_find(f.index.visible_text.in_order.begin(), f.index.visible_text.in_order.end(),
                                 [](const VisibleTextProbe& a, const VisibleTextProbe& b) { return a.node == b.node; }) ==
              f.index.visible_text.in_order.end());
  EXPECT_TRUE(std::is_sorted(f.index.visible_text.digit_texts.begin(), f.index.visible_text.digit_texts.end()));
  EXPECT_EQ(f.read_as(kReadLooseByline).size(), 6u);  // div, span, b; div, div, p
}

// The visible dates of a page, as extract_visible_text gives them.
std::vector<std::string> visible_dates(const std::string& html) {
  html::Document doc = html::parse(html);
  PageIndex index = index_page(doc);
  Evidence ev({today_utc(), NumericOrder::kDayFirst, "", false});
  extract_visible_text(doc, index, ev);
  std::vector<std::string> out;
  for (const Candidate& c : ev.candidates()) {
    // Above the last resort's weight: the first date after the headline is read too.
    if ((c.field == Field::kPublished || c.field == Field::kModified) && c.weight > 1) out.push_back(c.value);
  }
  return out;
}

TEST(VisibleTextProbesTest, AnElementIsReadOncePerRunOfItsLabelledTexts) {
  // "Posted: ..." and "Posted ..." share their element: it is read once for both...
  EXPECT_EQ(visible_dates("<html><body><div>Posted: 3 May 2021 <b>x</b> Posted 4 May 2021</div></body></html>").size(),
            2u);
  // ...and again when a labelled text of another element came between them, even one that the
  // page index did not file (alone in its element, without a digit).
  EXPECT_EQ(
      visible_dates("<html><body><div>Posted: 3 May 2021 <b>Updated</b> Posted 4 May 2021</div></body></html>").size(),
      4u);
}

}  // namespace
}  // namespace lede::meta
