#include "meta/text_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <string>

namespace lede::meta {
namespace {

TEST(TextUtilTest, FindsAnAsciiDigitAnywhereInEightByteBlocksAndTheirTail) {
  std::string text(23, 'x');
  EXPECT_FALSE(has_ascii_digit(text));
  for (size_t at = 0; at < text.size(); ++at) {
    std::string with_digit = text;
    with_digit[at] = at % 2 ? '0' : '9';
    EXPECT_TRUE(has_ascii_digit(with_digit)) << at;
  }
}

TEST(TextUtilTest, FindsAnAsciiDigitAnywhereInSixteenByteBlocksEightByteBlocksAndTheirTail) {
  // Sizes around one and two blocks of sixteen, each followed by a block of eight or a tail;
  // the neighbours of the digits ('/', ':') and the digits with the high bit set (0xB0..0xB9)
  // fill the rest, so that an off-by-one in the range or a signed comparison would show.
  const std::string fillers[] = {"/", ":", "\xB0", "\xB9", "\xFF", " "};
  for (size_t size : {15, 16, 17, 24, 31, 32, 33, 40, 47, 48}) {
    for (const std::string& filler : fillers) {
      std::string text(size, filler[0]);
      EXPECT_FALSE(has_ascii_digit(text)) << size;
      for (size_t at = 0; at < size; ++at) {
        std::string with_digit = text;
        with_digit[at] = "0123456789"[at % 10];
        EXPECT_TRUE(has_ascii_digit(with_digit)) << size << " " << at;
      }
    }
  }
}

TEST(TextUtilTest, FindsADigitOrAByteOutsideAsciiAtEveryPlaceOfShortTexts) {
  // The bytes after the last eight are read as one word: a text's last byte, or its only one,
  // counts as any other.
  for (size_t size = 0; size <= 17; ++size) {
    std::string text(size, 'x');
    EXPECT_FALSE(has_ascii_digit(text)) << size;
    EXPECT_TRUE(is_ascii_text(text)) << size;
    for (size_t at = 0; at < size; ++at) {
      std::string with_digit = text;
      with_digit[at] = '5';
      EXPECT_TRUE(has_ascii_digit(with_digit)) << size << " " << at;
      std::string with_other = text;
      with_other[at] = '\xC3';
      EXPECT_FALSE(is_ascii_text(with_other)) << size << " " << at;
      EXPECT_FALSE(has_ascii_digit(with_other)) << size << " " << at;
    }
  }
}

TEST(TextUtilTest, BytesNextToTheDigitsAndUtf8BytesAreNoDigits) {
  // '/' and ':' sit either side of the digits; 0xB0..0xB9 are the digits with the high bit set,
  // as in "°" (C2 B0) and "¹" (C2 B9).
  EXPECT_FALSE(has_ascii_digit("//////::::::::"));
  EXPECT_FALSE(has_ascii_digit("\xC2\xB0\xC2\xB9\xC2\xB0\xC2\xB9\xC2\xB0\xC2\xB9"));
  EXPECT_FALSE(has_ascii_digit("Dernière mise à jour"));
  EXPECT_TRUE(has_ascii_digit("Dernière mise à jour 3"));
  EXPECT_FALSE(has_ascii_digit(""));
}

TEST(TextUtilTest, SkipsAsciiSpaceToTheFirstOtherByteAtEveryLengthAndPlace) {
  // Texts of 0 to 40 bytes are read in blocks of sixteen (the last overlapping), in two words
  // of eight overlapping, in words of four and four, and of three single bytes: the first byte
  // that is not white space is found wherever it falls, and whatever the white space and the
  // bytes after it are, the bytes next to '\t'..'\r' among them.
  const std::string spaces = " \t\n\v\f\r";
  const std::string others = "a\x80\x1f!\xe3\x08\x0e";
  for (size_t size = 0; size <= 40; ++size) {
    std::string blank;
    for (size_t k = 0; k < size; ++k) blank += spaces[(k * 7 + size) % spaces.size()];
    EXPECT_EQ(skip_ascii_space(blank), size) << size;
    for (size_t at = 0; at < size; ++at) {
      for (char other : others) {
        std::string text = blank;
        text[at] = other;
        for (size_t k = at + 1; k < size; ++k) text[k] = k % 2 ? other : ' ';
        EXPECT_EQ(skip_ascii_space(text), at) << size << " " << at << " " << int(other);
      }
    }
  }
}

TEST(TextUtilTest, CollapsesSpaceRunsWhereverTheyFallInEightByteBlocks) {
  // Words longer than a block, spaces at every offset within one, and tabs and line feeds.
  EXPECT_EQ(collapse_space("  internationalisation \t\n of   everything  "), "internationalisation of everything");
  EXPECT_EQ(collapse_space("abcdefg h"), "abcdefg h");
  EXPECT_EQ(collapse_space("abcdefgh i"), "abcdefgh i");
  EXPECT_EQ(collapse_space("abcdefghi\rj"), "abcdefghi j");
  // A control byte that is no space stays inside its word.
  EXPECT_EQ(collapse_space("abcdefgh\x01ijklmnop q"), "abcdefgh\x01ijklmnop q");
  // Non-breaking and thin spaces inside a long run of letters separate words; other
  // multi-byte characters do not.
  EXPECT_EQ(collapse_space("Bundesverfassungsgericht\u00a0\u00a0urteilt"), "Bundesverfassungsgericht urteilt");
  EXPECT_EQ(collapse_space("caf\u00e9-restaurant\u2009Z\u00fcrich"), "caf\u00e9-restaurant Z\u00fcrich");
  EXPECT_EQ(collapse_space("\u3000\uC11C\uC6B8\u3000"), "\u3000\uC11C\uC6B8\u3000");
}

// collapse_space() one code point at a time, as the definition reads: every run of white space
// (ASCII, U+00A0, U+2002, U+2003, U+2009, U+200A, U+200B, U+202F, U+FEFF) is one space, none
// at the ends.
std::string collapse_by_code_point(std::string_view text) {
  std::string out;
  bool pending = false;
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    char32_t cp = next_code_point(text, i);
    bool space = cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
                 cp == 0x2002 || cp == 0x2003 || cp == 0x2009 || cp == 0x200A || cp == 0x200B || cp == 0x202F ||
                 cp == 0xFEFF;
    if (space) {
      pending = !out.empty();
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out.append(text.substr(start, i - start));
  }
  return out;
}

TEST(TextUtilTest, CollapsesAsTheCodePointDefinitionWhereverWordsAndSpacesFall) {
  // Words of every length around eight-byte blocks, separated by every kind of space, with
  // letters outside ASCII and control bytes inside words.
  constexpr std::string_view kPieces[] = {"a", "bcdefgh", "ijklmnopq", "\u00e9", "\u3000", "\x01", "Z9-",
                                          " ", "  ", "\t", "\n\r", "\v", "\u00a0", "\u2009", "\ufeff", "\u200b"};
  uint32_t state = 12345;
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    int count = static_cast<int>(state % 12);
    for (int k = 0; k < count; ++k) {
      state = state * 1103515245 + 12345;
      text += kPieces[(state >> 16) % std::size(kPieces)];
    }
    state = state * 1103515245 + 12345;
    EXPECT_EQ(collapse_space(text), collapse_by_code_point(text)) << text;
    EXPECT_EQ(is_collapsed(text), collapse_space(text) == text) << text;
  }
}

TEST(TextUtilTest, CollapsedTextStopsAfterTheWordThatPassesItsLimit) {
  CollapsedText text(10);
  text.append("  alpha   internationalisation beta");
  EXPECT_EQ(text.text(), "alpha internationalisation");
  EXPECT_TRUE(text.full());
}

// A run of white space is skipped eight bytes at a time past its first two: runs of every
// length from 1 to 20, of each kind of ASCII white space, between words, at a piece's end
// (before the next piece's word) and after a no-break space.
TEST(TextUtilTest, CollapsedTextDropsRunsOfWhiteSpaceOfEveryLength) {
  constexpr std::string_view kSpaces = " \t\n\v\f\r";
  for (size_t length = 1; length <= 20; ++length) {
    std::string run;
    for (size_t k = 0; k < length; ++k) run += kSpaces[(k + length) % kSpaces.size()];
    CollapsedText text;
    text.append(run + "alpha" + run + "beta" + run);
    text.append("gamma" + run + "\u00a0" + run + "d");
    EXPECT_EQ(text.text(), "alpha beta gamma d") << length;
  }
}

// Folding into a buffer lowers the last bytes of ASCII text, fewer than eight, as one word
// overlapping the one before: capitals in every place of texts of 1 to 40 bytes, a byte outside
// ASCII among the last ones, a buffer with no room for the whole text.
TEST(TextUtilTest, FoldsIntoABufferAsIntoAString) {
  std::array<char, 120> buffer;
  for (size_t size = 1; size <= 40; ++size) {
    for (size_t capital = 0; capital < size; ++capital) {
      std::string text(size, 'q');
      text[capital] = 'Z';
      EXPECT_EQ(fold_case(text, buffer), fold_case(text)) << text;
    }
  }
  for (std::string_view text : {"ABCDEFGHIJ\u00c9", "ABCDEFGH\u00c9IJ", "\u00c9ABCDEFGHIJK", "ABCDEFGHIJKLMNOPQRSTUVW\u0130X"}) {
    EXPECT_EQ(fold_case(text, buffer), fold_case(text)) << text;
  }
  std::array<char, 12> small;
  EXPECT_EQ(fold_case("ABCDEFGHIJKLMNOP", small), "abcdefghijkl");
}

// ASCII is read eight bytes at a time: a space, two spaces, a tab or a no-break space at every
// place of texts of 1 to 24 bytes, against what collapsing leaves.
TEST(TextUtilTest, TellsCollapsedTextAtEveryPlaceOfItsWords) {
  for (size_t size = 1; size <= 24; ++size) {
    for (size_t at = 0; at < size; ++at) {
      for (std::string_view mark : {" ", "  ", "\t", "\u00a0", "\v"}) {
        std::string text(size, 'x');
        text.replace(at, std::min(mark.size(), size - at), mark.substr(0, std::min(mark.size(), size - at)));
        EXPECT_EQ(is_collapsed(text), collapse_space(text) == text) << text;
      }
    }
  }
}

TEST(TextUtilTest, TellsCollapsedTextAsCollapsingItWouldLeaveIt) {
  for (std::string_view text :
       {"", "Jane Doe", "By Jane Doe, Tokyo", " Jane", "Jane ", "Jane  Doe", "Jane\tDoe", "Jane\nDoe",
        "Jane\u00a0Doe", "Jane\u2009Doe", "\u00a0Jane", "Jane\u200b", "\u3000\uC11C\uC6B8\u3000",
        "caf\u00e9 \u00fcber", "a\x01b", "\xff\xfe x", " ", "\u00a0"}) {
    EXPECT_EQ(is_collapsed(text), collapse_space(text) == text) << text;
  }
}

TEST(TextUtilTest, FoldedTextFoldsShortTextsInPlaceAndLongOnesAlike) {
  std::string long_text(500, 'A');
  long_text += " \u0130STANBUL \u00c9T\u00c9 \u041c\u041e\u0421\u041a\u0412\u0410";
  for (std::string_view text : {std::string_view("Jane DOE"), std::string_view("\u0130stanbul \xff \u00c9t\u00e9"),
                                std::string_view(long_text)}) {
    FoldedText folded(text);
    EXPECT_EQ(folded.view(), fold_case(text));
    // Folding again replaces what was folded.
    EXPECT_EQ(folded.fold("ABC"), "abc");
  }
}

}  // namespace
// A capital or a byte outside ASCII at every place of texts of every length up to 20 bytes
// (read eight at a time, the last ones as a covering word) makes a text one that folding
// changes or may change; a text without either folds to itself.
TEST(TextUtilTest, FoldsToItselfSeesEveryByte) {
  const std::string base = "og:image:secure_url";
  EXPECT_TRUE(folds_to_itself(""));
  for (size_t size = 1; size <= base.size(); ++size) {
    std::string text = base.substr(0, size);
    EXPECT_TRUE(folds_to_itself(text)) << text;
    for (size_t at = 0; at < size; ++at) {
      for (char odd : {'A', 'Z', '\xC3', '\x80'}) {
        std::string changed = text;
        changed[at] = odd;
        EXPECT_FALSE(folds_to_itself(changed)) << changed;
      }
      for (char even : {'@', '[', '`', '{', '0', ' '}) {
        std::string kept = text;
        kept[at] = even;
        EXPECT_EQ(folds_to_itself(kept), fold_case(kept) == kept) << kept;
      }
    }
  }
}

}  // namespace lede::meta
