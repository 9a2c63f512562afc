#include "meta/date_labels.h"

#include <gtest/gtest.h>

namespace lede::meta {
namespace {

TEST(DateLabelsTest, LabelBeforeADate) {
  EXPECT_EQ(label_before("Posted on "), DateLabel::kPublished);
  EXPECT_EQ(label_before("Jane Doe · Last updated: "), DateLabel::kModified);
  EXPECT_EQ(label_before("Jane Doe "), DateLabel::kNone);
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
