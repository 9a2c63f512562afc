#include "decode/decode.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "decode/utf8.h"

namespace lede::decode {
namespace {

Decoded decode_ok(std::string bytes, std::string_view http_charset = {}) {
  Result<Decoded> result = decode(std::move(bytes), DecodeHints{http_charset});
  EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
  return result.ok() ? std::move(result.value()) : Decoded{};
}

// A string holding every byte of the literal, NULs included.
template <std::size_t N>
std::string bytes_of(const char (&literal)[N]) {
  return std::string(literal, N - 1);
}

// "Crème brûlée, 5 €" in windows-1252.
constexpr std::string_view kCremeWindows1252 = "Cr\xE8me br\xFBl\xE9" "e, 5 \x80";
constexpr std::string_view kCremeUtf8 = "Cr\u00E8me br\u00FBl\u00E9" "e, 5 \u20AC";

TEST(DecodeTest, EmptyInputIsNotAnError) {
  const Decoded decoded = decode_ok("");
  EXPECT_EQ(decoded.utf8, "");
  EXPECT_EQ(decoded.encoding_name(), "windows-1252");
  EXPECT_EQ(decoded.source, EncodingSource::kDefault);
}

TEST(DecodeTest, ValidUtf8IsMovedThroughWithoutACopy) {
  std::string page = "<p>Gr\u00FC\u00DFe aus K\u00F6ln \u2014 long enough to live on the heap.</p>";
  const char* buffer = page.data();
  const Decoded decoded = decode_ok(std::move(page));
  EXPECT_EQ(decoded.utf8.data(), buffer);
  EXPECT_EQ(decoded.encoding_name(), "UTF-8");
  EXPECT_EQ(decoded.source, EncodingSource::kDetected);
  EXPECT_EQ(decoded.replacements, 0U);
}

TEST(DecodeTest, AsciiInADeclaredLegacyEncodingIsMovedThrough) {
  std::string page = "<meta charset=\"shift_jis\"><p>Only ASCII text in this page.</p>";
  const char* buffer = page.data();
  const Decoded decoded = decode_ok(std::move(page));
  EXPECT_EQ(decoded.utf8.data(), buffer);
  EXPECT_EQ(decoded.encoding_name(), "Shift_JIS");
  EXPECT_EQ(decoded.source, EncodingSource::kMeta);
}

TEST(DecodeTest, UndeclaredAsciiDefaultsToWindows1252) {
  const Decoded decoded = decode_ok("<p>Hello</p>");
  EXPECT_EQ(decoded.utf8, "<p>Hello</p>");
  EXPECT_EQ(decoded.encoding_name(), "windows-1252");
  EXPECT_EQ(decoded.source, EncodingSource::kDefault);
}

TEST(DecodeTest, InvalidUtf8IsRepairedWhenUtf8IsDeclared) {
  const Decoded decoded =
      decode_ok("<meta charset=utf-8><p>ok \xC3\xA9, bad \xC3\x28, cut \xE2\x82");
  EXPECT_EQ(decoded.utf8, "<meta charset=utf-8><p>ok \u00E9, bad \uFFFD(, cut \uFFFD");
  EXPECT_EQ(decoded.replacements, 2U);
  EXPECT_EQ(decoded.source, EncodingSource::kMeta);
}

TEST(DecodeTest, NulBytesAreKept) {
  const std::string page = bytes_of("<p>a\0b \xC3\xA9\0</p>");
  const Decoded decoded = decode_ok(page);
  EXPECT_EQ(decoded.utf8, page);
  const Decoded legacy = decode_ok(bytes_of("a\0\xE9"), "latin1");
  EXPECT_EQ(legacy.utf8, bytes_of("a\0\u00E9"));
}

TEST(DecodeTest, Utf8BomWinsOverEverythingAndIsRemoved) {
  const Decoded decoded =
      decode_ok("\xEF\xBB\xBF<meta charset=koi8-r><p>\xC3\xA9</p>", "windows-1251");
  EXPECT_EQ(decoded.utf8, "<meta charset=koi8-r><p>\u00E9</p>");
  EXPECT_EQ(decoded.encoding_name(), "UTF-8");
  EXPECT_EQ(decoded.source, EncodingSource::kBom);
}

TEST(DecodeTest, BorrowedUtf8IsViewedInPlaceWithoutItsBom) {
  const std::string page = "\xEF\xBB\xBF<p>Gr\u00FC\u00DFe aus K\u00F6ln</p>";
  Result<BorrowedDecode> result = decode_borrowed(page);
  ASSERT_TRUE(result.ok());
  ASSERT_TRUE(result.value().in_place.has_value());
  EXPECT_EQ(result.value().in_place->data(), page.data() + 3);
  EXPECT_EQ(result.value().utf8(), "<p>Gr\u00FC\u00DFe aus K\u00F6ln</p>");
  EXPECT_TRUE(result.value().decoded.utf8.empty());
  EXPECT_EQ(result.value().decoded.source, EncodingSource::kBom);
}

TEST(DecodeTest, BorrowedBytesThatNeedConvertingAreCopied) {
  const std::string page = "<p>" + std::string(kCremeWindows1252) + "</p>";
  Result<BorrowedDecode> result = decode_borrowed(page, DecodeHints{"windows-1252"});
  ASSERT_TRUE(result.ok());
  EXPECT_FALSE(result.value().in_place.has_value());
  EXPECT_EQ(result.value().utf8(), "<p>" + std::string(kCremeUtf8) + "</p>");
  EXPECT_EQ(result.value().decoded.source, EncodingSource::kHttp);
}

TEST(DecodeTest, Utf16Boms) {
  const Decoded le = decode_ok(bytes_of("\xFF\xFE<\0p\0>\0\xE9\0\xAC\x20"));
  EXPECT_EQ(le.utf8, "<p>\u00E9\u20AC");
  EXPECT_EQ(le.encoding_name(), "UTF-16LE");
  EXPECT_EQ(le.source, EncodingSource::kBom);
  const Decoded be = decode_ok(bytes_of("\xFE\xFF\0<\0p\0>\xD8\x3D\xDC\xF0"));
  EXPECT_EQ(be.utf8, "<p>\U0001F4F0");
  EXPECT_EQ(be.encoding_name(), "UTF-16BE");
}

TEST(DecodeTest, BrokenUtf16BecomesReplacementCharacters) {
  // A lone high surrogate, then an odd trailing byte.
  const Decoded decoded = decode_ok(bytes_of("\xFF\xFE" "a\0\x3D\xD8" "b\0c"));
  EXPECT_EQ(decoded.utf8, "a\uFFFDb\uFFFD");
  EXPECT_EQ(decoded.replacements, 2U);
}

TEST(DecodeTest, HttpCharsetBeatsMeta) {
  const Decoded decoded =
      decode_ok("<meta charset=\"utf-8\"><p>" + std::string(kCremeWindows1252), "ISO-8859-1");
  EXPECT_EQ(decoded.utf8, "<meta charset=\"utf-8\"><p>" + std::string(kCremeUtf8));
  EXPECT_EQ(decoded.encoding_name(), "windows-1252");
  EXPECT_EQ(decoded.source, EncodingSource::kHttp);
  EXPECT_TRUE(decoded.ignored_charset.empty());
}

TEST(DecodeTest, HttpCharsetMayBeAWholeContentType) {
  const Decoded decoded =
      decode_ok(std::string(kCremeWindows1252), "text/html; charset=\"windows-1252\"");
  EXPECT_EQ(decoded.utf8, kCremeUtf8);
  EXPECT_EQ(decoded.source, EncodingSource::kHttp);
  // A Content-Type without a charset says nothing about the encoding and is not "ignored".
  const Decoded plain = decode_ok("<meta charset=koi8-r><p>\xF0", "text/html");
  EXPECT_EQ(plain.source, EncodingSource::kMeta);
  EXPECT_EQ(plain.utf8, "<meta charset=koi8-r><p>\u041F");
  EXPECT_TRUE(plain.ignored_charset.empty());
}

TEST(DecodeTest, UnknownHttpCharsetIsRecordedAndSniffingContinues) {
  const Decoded decoded =
      decode_ok("<meta charset=windows-1252><p>" + std::string(kCremeWindows1252), "utf-7");
  EXPECT_EQ(decoded.utf8, "<meta charset=windows-1252><p>" + std::string(kCremeUtf8));
  EXPECT_EQ(decoded.source, EncodingSource::kMeta);
  EXPECT_EQ(decoded.ignored_charset, "utf-7");
  const Decoded from_content_type = decode_ok("<p>x</p>", "text/html; charset=nonsense");
  EXPECT_EQ(from_content_type.ignored_charset, "text/html; charset=nonsense");
}

TEST(DecodeTest, LateMetaDeclarationIsHonoured) {
  std::string page = "<html><head><script>";
  page.append(3000, ' ');
  page += "</script><meta charset=\"iso-8859-2\"></head><p>\xB9koda</p>";
  const Decoded decoded = decode_ok(page);
  EXPECT_EQ(decoded.encoding_name(), "ISO-8859-2");
  EXPECT_EQ(decoded.source, EncodingSource::kMeta);
  EXPECT_TRUE(decoded.utf8.ends_with("<p>\u0161koda</p>"));
}

TEST(DecodeTest, Windows1252MapsC1BytesToPunctuation) {
  const Decoded decoded = decode_ok("\x93quoted\x94 \x85 \x81", "windows-1252");
  EXPECT_EQ(decoded.utf8, "\u201Cquoted\u201D \u2026 \u0081");
}

TEST(DecodeTest, UnmappedBytesBecomeReplacementCharacters) {
  // 0xA1 is unassigned in ISO-8859-8; ICU's own default would be U+001A.
  const Decoded decoded = decode_ok("a\xA1" "b", "iso-8859-8");
  EXPECT_EQ(decoded.utf8, "a\uFFFDb");
  EXPECT_EQ(decoded.replacements, 1U);
  // A Shift_JIS lead byte cut off by the end of the page.
  const Decoded cut = decode_ok("\x82\xA0\x82", "shift_jis");
  EXPECT_EQ(cut.utf8, "\u3042\uFFFD");
}

TEST(DecodeTest, ReplacementEncodingYieldsOneReplacementCharacter) {
  const Decoded decoded = decode_ok("\x1B$)C\x0E!!\x0F", "iso-2022-kr");
  EXPECT_EQ(decoded.utf8, "\uFFFD");
  EXPECT_EQ(decoded.encoding_name(), "replacement");
}

TEST(DecodeTest, UserDefinedFromHttpMapsHighBytesToPrivateUse) {
  const Decoded decoded = decode_ok("a\x80\xFF", "x-user-defined");
  EXPECT_EQ(decoded.utf8, "a\uF780\uF7FF");
}

TEST(DecodeTest, UndeclaredInvalidUtf8WithoutADetectorVerdictStillDecodes) {
  const Decoded decoded = decode_ok("\xFF");
  EXPECT_TRUE(decoded.source == EncodingSource::kDefault ||
              decoded.source == EncodingSource::kDetected);
  EXPECT_FALSE(decoded.utf8.empty());
}

TEST(DecodeTest, SniffReportsWithoutConverting) {
  EXPECT_EQ(sniff_encoding("<meta charset=big5>").encoding, Encoding::kBig5);
  EXPECT_EQ(sniff_encoding("x", {"gbk"}).source, EncodingSource::kHttp);
  EXPECT_TRUE(sniff_encoding("x", {"klingon"}).http_charset_ignored);
  EXPECT_EQ(encoding_source_name(EncodingSource::kBom), "bom");
}

TEST(DecodeTest, AnyBytesInAnyEncodingGiveValidUtf8) {
  constexpr int kPagesPerEncoding = 40;
  constexpr std::size_t kMaxPageBytes = 300;
  std::mt19937 random(20240601);
  for (int e = 0; e <= static_cast<int>(Encoding::kXUserDefined); ++e) {
    const std::string_view label = encoding_name(static_cast<Encoding>(e));
    for (int page = 0; page < kPagesPerEncoding; ++page) {
      std::string bytes(random() % kMaxPageBytes, '\0');
      for (char& c : bytes) c = static_cast<char>(random());
      Result<Decoded> result = decode(bytes, DecodeHints{label});
      ASSERT_TRUE(result.ok()) << label;
      const std::string& utf8 = result.value().utf8;
      EXPECT_TRUE(scan_utf8(utf8).valid(utf8.size())) << label;
    }
  }
}

}  // namespace
}  // namespace lede::decode
