#include "meta/date_labels.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace lede::meta {
namespace {

TEST(DateLabelsTest, LabelBeforeADate) {
  EXPECT_EQ(label_before("Posted on "), DateLabel::kPublished);
  EXPECT_EQ(label_before("Jane Doe · Last updated: "), DateLabel::kModified);
  EXPECT_EQ(label_before("Jane Doe "), DateLabel::kNone);
  // German "Stand:" (as of) dates the version shown, the last update; the word alone is not one.
  EXPECT_EQ(label_before("Stand: "), DateLabel::kModified);
  EXPECT_EQ(label_before("Der Stand der Dinge am "), DateLabel::kNone);
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

// An ASCII window is lowered eight bytes at a time, its last bytes in a word overlapping the one
// before: capitals in every place of windows of each length from 4 to 40 bytes, the label at
// the window's end, and windows shorter than every label.
TEST(DateLabelsTest, CapitalsInEveryPlaceOfAsciiWindows) {
  for (size_t size = 4; size <= 40; ++size) {
    for (std::string_view label : {"POSTED", "DATE:", "UpDaTeD"}) {
      if (label.size() > size) continue;
      std::string text = std::string(size - label.size(), 'X') + std::string(label);
      DateLabel expected = label == "UpDaTeD" ? DateLabel::kModified : DateLabel::kPublished;
      EXPECT_EQ(label_before(text), expected) << text;
      // One byte short, "POSTE" and "DATE" are no label; "UpDaTe" is one.
      EXPECT_EQ(label_before(text.substr(0, text.size() - 1)),
                label == "UpDaTeD" ? DateLabel::kModified : DateLabel::kNone)
          << text;
    }
  }
  EXPECT_EQ(label_before("DATE"), DateLabel::kNone);
  EXPECT_EQ(label_before("(1)"), DateLabel::kNone);
  EXPECT_EQ(label_before(""), DateLabel::kNone);
  // Past the window's 40 bytes a label belongs to something else.
  EXPECT_EQ(label_before("POSTED" + std::string(40, 'x')), DateLabel::kNone);
  EXPECT_EQ(label_before(std::string(35, 'x') + "POSTED"), DateLabel::kPublished);
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
