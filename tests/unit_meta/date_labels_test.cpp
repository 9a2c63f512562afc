#include "meta/date_labels.h"

#include <gtest/gtest.h>

namespace lede::meta {
namespace {

TEST(DateLabelsTest, LabelBeforeADate) {
  EXPECT_EQ(label_before("Posted on "), DateLabel::kPublished);
  EXPECT_EQ(label_before("Jane Doe · Last updated: "), DateLabel::kModified);
  EXPECT_EQ(label_before("Jane Doe "), DateLabel::kNone);
}

// Places are ruled out by their first two bytes before they are compared: a label inside a
// word, after pairs that start no label, or after ones that start a label that is not there.
TEST(DateLabelsTest, LabelsAmongPairsThatStartNone) {
  EXPECT_EQ(label_before("re: re: pre-posted "), DateLabel::kPublished);
  EXPECT_EQ(label_before("Jane Doe, Reuters, la plata "), DateLabel::kNone);
  EXPECT_EQ(label_before("Zuletzt aktualisiert: "), DateLabel::kModified);
  EXPECT_EQ(label_before("QQQQ Uppdaterad "), DateLabel::kModified);
  EXPECT_EQ(label_before("xx 입력 "), DateLabel::kPublished);
  EXPECT_EQ(label_before("date:"), DateLabel::kPublished);
  EXPECT_EQ(label_before("dat"), DateLabel::kNone);
}

TEST(DateLabelsTest, WhereTheLabelEndingTheTextStarts) {
  std::string_view with_dot = "Jane Doe · Updated: ";
  EXPECT_EQ(label_start(with_dot), with_dot.find("Updated"));
  EXPECT_EQ(label_start("Aktualisiert am "), 0u);
  std::string_view two_words = "Supermove Last Updated ";
  EXPECT_EQ(label_start(two_words), two_words.find("Last"));
  // A label further back belongs to something else.
  EXPECT_EQ(label_start("Posted by Ruth Calloway on "), std::string_view::npos);
  EXPECT_EQ(label_start("Jane Doe"), std::string_view::npos);
}

}  // namespace
}  // namespace lede::meta
