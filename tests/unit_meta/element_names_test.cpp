#include "meta/element_names.h"

#include <gtest/gtest.h>

#include <string>

#include "meta/text_util.h"

namespace {

using lede::meta::ElementNames;

// The names folded one byte at a time, as fold_case() folds ASCII.
std::string folded_ascii(const std::string& text) {
  std::string out = text;
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

TEST(ElementNamesTest, ClassAndIdAreFoldedApart) {
  ElementNames names;
  names.fold("Post-Meta ENTRY", "Main_Byline");
  EXPECT_EQ(names.classes(), "post-meta entry");
  EXPECT_EQ(names.id(), "main_byline");
  EXPECT_EQ(names.class_and_id(), "post-meta entry main_byline");
  // The next element's names replace them, an empty id included.
  names.fold("Card", "");
  EXPECT_EQ(names.class_and_id(), "card");
  EXPECT_EQ(names.id(), "");
  names.clear();
  EXPECT_EQ(names.class_and_id(), "");
}

TEST(ElementNamesTest, EveryAsciiByteIsFoldedAtEveryPlace) {
  // Names of every length around the eight bytes folded at once, each holding every ASCII
  // byte at each of their places: the capitals, the bytes next to them ('@', '[', '`', '{')
  // and the rest.
  ElementNames names;
  for (size_t size = 1; size <= 20; ++size) {
    for (size_t at = 0; at < size; ++at) {
      for (int c = 0; c < 0x80; ++c) {
        std::string name(size, 'x');
        name[at] = static_cast<char>(c);
        names.fold(name, name);
        std::string expected = folded_ascii(name);
        ASSERT_EQ(names.classes(), expected) << size << " " << at << " " << c;
        ASSERT_EQ(names.id(), expected) << size << " " << at << " " << c;
      }
    }
  }
}

TEST(ElementNamesTest, NamesOutsideAsciiAreFoldedAsFoldCaseDoes) {
  // A byte outside ASCII at every place of names around eight bytes long: the ASCII before it
  // is folded in place, the rest by fold_case().
  const std::string capital_a_acute = "\xC3\x81";  // folds to "\xC3\xA1"
  const std::string dotted_capital_i = "\xC4\xB0";  // folds to "i" and a combining dot
  ElementNames names;
  for (const std::string& other : {capital_a_acute, dotted_capital_i}) {
    for (size_t before = 0; before <= 17; ++before) {
      std::string name = std::string(before, 'Q') + other + "Hentry-SIDEBAR";
      names.fold(name, "");
      EXPECT_EQ(names.classes(), lede::meta::fold_case(name)) << before;
    }
  }
}

}  // namespace
