#include "meta/text_util.h"

#include <gtest/gtest.h>

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

TEST(TextUtilTest, BytesNextToTheDigitsAndUtf8BytesAreNoDigits) {
  // '/' and ':' sit either side of the digits; 0xB0..0xB9 are the digits with the high bit set,
  // as in "°" (C2 B0) and "¹" (C2 B9).
  EXPECT_FALSE(has_ascii_digit("//////::::::::"));
  EXPECT_FALSE(has_ascii_digit("\xC2\xB0\xC2\xB9\xC2\xB0\xC2\xB9\xC2\xB0\xC2\xB9"));
  EXPECT_FALSE(has_ascii_digit("Dernière mise à jour"));
  EXPECT_TRUE(has_ascii_digit("Dernière mise à jour 3"));
  EXPECT_FALSE(has_ascii_digit(""));
}

}  // namespace
}  // namespace lede::meta
