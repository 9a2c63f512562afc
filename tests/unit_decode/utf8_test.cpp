#include "decode/utf8.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
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
  const std::string mixed =
      "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x93\xB0 \xED\x9F\xBF \xF4\x8F\xBF\xBF";
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

TEST(Utf8Test, SeesCharactersAndErrorsAmongLongAsciiRuns) {
  // Runs of all-ASCII 64-byte chunks are stepped over with a single test each; a character or
  // an error before, between or after such runs, or cut off by the end, must still be seen.
  for (std::size_t offset = 0; offset < 330; ++offset) {
    std::string bytes(400, 'x');
    bytes.replace(offset, 3, "\xE6\x96\x87");
    const Utf8Scan scan = scan_utf8(bytes);
    EXPECT_TRUE(scan.valid(bytes.size())) << offset;
    EXPECT_FALSE(scan.ascii_only) << offset;
    bytes[offset + 2] = 'x';  // the sequence loses its last byte
    EXPECT_EQ(scan_utf8(bytes).first_invalid, offset);
    const std::string cut_off = std::string(offset, 'x') + "\xE6\x96";
    EXPECT_EQ(scan_utf8(cut_off).first_invalid, offset);
  }
  EXPECT_TRUE(scan_utf8(std::string(400, 'x')).ascii_only);
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

// An independent, deliberately plain reference: decode each code point and check its range.
std::size_t reference_first_invalid(std::string_view bytes) {
  std::size_t i = 0;
  while (i < bytes.size()) {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    std::size_t length = 0;
    char32_t cp = 0;
    char32_t minimum = 0;
    if (lead < 0x80) {
      ++i;
      continue;
    }
    if ((lead & 0xE0) == 0xC0) {
      length = 2, cp = lead & 0x1F, minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
      length = 3, cp = lead & 0x0F, minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
      length = 4, cp = lead & 0x07, minimum = 0x10000;
    } else {
      return i;
    }
    if (i + length > bytes.size()) return i;
    for (std::size_t k = 1; k < length; ++k) {
      const auto trail = static_cast<unsigned char>(bytes[i + k]);
      if ((trail & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (trail & 0x3F);
    }
    if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += length;
  }
  return bytes.size();
}

TEST(Utf8Test, AgreesWithAPlainReferenceOnRandomText) {
  // Valid characters of every length, mixed with bytes that break them, at random offsets
  // relative to the 16-byte blocks.
  const std::string_view pieces[] = {
      // well-formed
      "a", "<p>", "\xC3\xA9", "\xE6\x96\x87", "\xF0\x9F\x93\xB0", "\xED\x9F\xBF",
      "\xF4\x8F\xBF\xBF",
      // ill-formed: truncated, lone continuation, surrogate, too large, overlong, invalid byte
      "\xC3", "\xE6\x96", "\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xC0\xAF", "\xFF",
      "\xF0\x8F\xBF\xBF"};
  constexpr int kStrings = 20000;
  constexpr std::size_t kValidPieces = 7;
  std::mt19937 random(7);
  for (int n = 0; n < kStrings; ++n) {
    std::string text;
    const std::size_t count = random() % 80;  // up to ~250 bytes: several 64-byte chunks
    const bool only_valid = random() % 2 == 0;
    for (std::size_t k = 0; k < count; ++k) {
      const std::size_t pick = random() % (only_valid ? kValidPieces : std::size(pieces));
      text += pieces[pick];
    }
    const Utf8Scan scan = scan_utf8(text);
    ASSERT_EQ(scan.first_invalid, reference_first_invalid(text)) << testing::PrintToString(text);
    const bool ascii = std::ranges::none_of(
        text, [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    ASSERT_EQ(scan.ascii_only, ascii) << testing::PrintToString(text);
  }
}

TEST(Utf8Test, AppendsCodePoints) {
  std::string out;
  for (const char32_t cp : {U'A', U'\u00E9', U'\u20AC', U'\U0001F4F0'}) append_code_point(cp, out);
  EXPECT_EQ(out, "A\u00E9\u20AC\U0001F4F0");
}

}  // namespace
}  // namespace lede::decode
