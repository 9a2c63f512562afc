#include "decode/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace lede::decode {
namespace {

std::string repaired(std::string_view bytes, std::size_t* replaced = nullptr) {
  std::string out;
  const std::size_t count = append_repaired_utf8(bytes, out);
  if (replaced != nullptr) *replaced = count;
  return out;
}

TEST(Utf8Test, ScansAsciiAndMultibyte) {
  EXPECT_TRUE(scan_utf8("").ascii_only);
  EXPECT_TRUE(scan_utf8("plain <b>ASCII</b> text, longer than sixteen bytes").ascii_only);
  const std::string mixed = "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x93\xB0 \xED\x9F\xBF \xF4\x8F\xBF\xBF";
  const Utf8Scan scan = scan_utf8(mixed);
  EXPECT_FALSE(scan.ascii_only);
  EXPECT_TRUE(scan.valid(mixed.size()));
}

TEST(Utf8Test, RejectsIllFormedSequences) {
  const struct {
    std::string bytes;
    std::size_t first_invalid;
  } cases[] = {
      {"ab\xC0\x80", 2},          // overlong NUL
      {"ab\xC1\xBF", 2},          // overlong
      {"ab\xE0\x9F\xBF", 2},      // overlong 3-byte
      {"ab\xED\xA0\x80", 2},      // surrogate U+D800
      {"ab\xF4\x90\x80\x80", 2},  // above U+10FFFF
      {"ab\xF5\x80\x80\x80", 2},  // invalid lead
      {"ab\x80", 2},              // lone continuation
      {"ab\xE2\x82", 2},          // truncated at the end
      {"\xC3\xA9\xE2\x82" "A", 2},  // truncated before ASCII
  };
  for (const auto& c : cases) {
    const Utf8Scan scan = scan_utf8(c.bytes);
    EXPECT_EQ(scan.first_invalid, c.first_invalid) << testing::PrintToString(c.bytes);
    EXPECT_FALSE(scan.ascii_only);
  }
}

TEST(Utf8Test, FindsTheErrorAtEveryOffsetAroundTheBlockSize) {
  // The fast path reads 16-byte blocks; an error must be found wherever it falls.
  for (std::size_t offset = 0; offset < 70; ++offset) {
    std::string bytes(80, 'x');
    bytes[offset] = '\xFF';
    EXPECT_EQ(scan_utf8(bytes).first_invalid, offset);
    bytes[offset] = '\xC3';
    if (offset + 1 < bytes.size()) bytes[offset + 1] = '\xA9';
    EXPECT_TRUE(scan_utf8(bytes).valid(bytes.size())) << offset;
  }
}

TEST(Utf8Test, RepairsEachMaximalSubpartWithOneReplacement) {
  std::size_t replaced = 0;
  // Examples of the Encoding Standard's UTF-8 decoder / Unicode "best practice".
  EXPECT_EQ(repaired("a\xF0\x80\x80" "b", &replaced), "a\uFFFD\uFFFD\uFFFD" "b");
  EXPECT_EQ(replaced, 3U);
  EXPECT_EQ(repaired("a\xF0\x9F\x93" "b", &replaced), "a\uFFFD" "b");
  EXPECT_EQ(replaced, 1U);
  EXPECT_EQ(repaired("\xE2\x82", &replaced), "\uFFFD");
  EXPECT_EQ(replaced, 1U);
  EXPECT_EQ(repaired("\xED\xA0\x80x"), "\uFFFD\uFFFD\uFFFDx");
  EXPECT_EQ(repaired("\xC3\xA9\xFF\xC3\xA9"), "\xC3\xA9\uFFFD\xC3\xA9");
  EXPECT_EQ(repaired("Latin-1 caf\xE9 au lait", &replaced), "Latin-1 caf\uFFFD au lait");
  EXPECT_EQ(replaced, 1U);
  EXPECT_EQ(repaired(std::string("nul\0byte", 8)), std::string("nul\0byte", 8));
}

TEST(Utf8Test, RepairedOutputIsValid) {
  std::string garbage;
  for (int i = 0; i < 4096; ++i) garbage.push_back(static_cast<char>((i * 7919 + 13) & 0xFF));
  const std::string out = repaired(garbage);
  EXPECT_TRUE(scan_utf8(out).valid(out.size()));
}

TEST(Utf8Test, AppendsCodePoints) {
  std::string out;
  for (const char32_t cp : {U'A', U'\u00E9', U'\u20AC', U'\U0001F4F0'}) append_code_point(cp, out);
  EXPECT_EQ(out, "A\u00E9\u20AC\U0001F4F0");
}

}  // namespace
}  // namespace lede::decode
