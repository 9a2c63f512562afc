#include "decode/encoding.h"

#include <gtest/gtest.h>

namespace lede::decode {
namespace {

std::string_view name_for(std::string_view label) {
  const auto encoding = encoding_for_label(label);
  return encoding ? encoding_name(*encoding) : "(none)";
}

TEST(EncodingTest, LatinAndAsciiLabelsMeanWindows1252) {
  for (const std::string_view label :
       {"latin1", "iso-8859-1", "ISO_8859-1:1987", "ascii", "us-ascii", "cp1252", "l1"}) {
    EXPECT_EQ(name_for(label), "windows-1252") << label;
  }
}

TEST(EncodingTest, CjkLabels) {
  EXPECT_EQ(name_for("gb2312"), "GBK");
  EXPECT_EQ(name_for("GBK"), "GBK");
  EXPECT_EQ(name_for("gb18030"), "gb18030");
  EXPECT_EQ(name_for("euc-kr"), "EUC-KR");
  EXPECT_EQ(name_for("ks_c_5601-1987"), "EUC-KR");
  EXPECT_EQ(name_for("windows-949"), "EUC-KR");
  EXPECT_EQ(name_for("shift_jis"), "Shift_JIS");
  EXPECT_EQ(name_for("sjis"), "Shift_JIS");
  EXPECT_EQ(name_for("windows-31j"), "Shift_JIS");
  EXPECT_EQ(name_for("big5"), "Big5");
  EXPECT_EQ(name_for("big5-hkscs"), "Big5");
  EXPECT_EQ(name_for("euc-jp"), "EUC-JP");
}

TEST(EncodingTest, TrimsAsciiWhitespaceAndIgnoresCase) {
  EXPECT_EQ(name_for("  UTF-8\t\n"), "UTF-8");
  EXPECT_EQ(name_for("\fIso-8859-2\r "), "ISO-8859-2");
  EXPECT_EQ(name_for("Windows-1251"), "windows-1251");
}

TEST(EncodingTest, UnknownLabels) {
  EXPECT_EQ(name_for(""), "(none)");
  EXPECT_EQ(name_for("   "), "(none)");
  EXPECT_EQ(name_for("utf-7"), "(none)");
  EXPECT_EQ(name_for("bogus"), "(none)");
  EXPECT_EQ(name_for("utf 8"), "(none)");  // inner whitespace is not trimmed
  EXPECT_EQ(name_for("cseucpkdfmtjapanese-but-longer-than-any-label"), "(none)");
}

TEST(EncodingTest, SpecialEncodings) {
  EXPECT_EQ(name_for("utf-16"), "UTF-16LE");
  EXPECT_EQ(name_for("unicodefffe"), "UTF-16BE");
  EXPECT_EQ(name_for("iso-2022-kr"), "replacement");
  EXPECT_EQ(name_for("hz-gb-2312"), "replacement");
  EXPECT_EQ(name_for("x-user-defined"), "x-user-defined");
  EXPECT_EQ(name_for("tis-620"), "windows-874");
  EXPECT_EQ(name_for("iso-8859-9"), "windows-1254");
}

TEST(EncodingTest, AsciiCompatibility) {
  EXPECT_TRUE(is_ascii_compatible(Encoding::kUtf8));
  EXPECT_TRUE(is_ascii_compatible(Encoding::kShiftJis));
  EXPECT_TRUE(is_ascii_compatible(Encoding::kXUserDefined));
  EXPECT_FALSE(is_ascii_compatible(Encoding::kUtf16Le));
  EXPECT_FALSE(is_ascii_compatible(Encoding::kUtf16Be));
  EXPECT_FALSE(is_ascii_compatible(Encoding::kIso2022Jp));
  EXPECT_FALSE(is_ascii_compatible(Encoding::kReplacement));
}

}  // namespace
}  // namespace lede::decode
