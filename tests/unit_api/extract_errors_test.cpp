// What lede::extract refuses and what it accepts: error kinds are for input that is not a
// page; odd but real pages (UTF-16, stray NULs, no article) are not errors.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include "lede/lede.h"

namespace {

using lede::ErrorKind;

ErrorKind kind_of(std::string_view bytes, const lede::Options& options = {}) {
  lede::Result<lede::Article> r = lede::extract(bytes, options);
  EXPECT_FALSE(r.ok()) << "expected an error for input of " << bytes.size() << " bytes";
  return r.ok() ? ErrorKind::kUnreadable : r.error().kind;
}

std::string utf16le(std::string_view ascii) {
  std::string out = "\xff\xfe";
  for (char c : ascii) {
    out += c;
    out += '\0';
  }
  return out;
}

const std::string kPage =
    "<html><head><title>T</title></head><body><article><p>A paragraph of body text that is long "
    "enough to be read as prose, with a comma, and a full stop.</p></article></body></html>";

TEST(ExtractErrorsTest, EmptyAndBlankInput) {
  EXPECT_EQ(kind_of(""), ErrorKind::kEmpty);
  EXPECT_EQ(kind_of(" \n\t\r\n "), ErrorKind::kEmpty);
}

TEST(ExtractErrorsTest, SizeLimit) {
  lede::Options options;
  options.max_input_bytes = 64;
  lede::Result<lede::Article> r = lede::extract(kPage, options);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::kTooLarge);
  EXPECT_NE(r.error().message.find("64"), std::string::npos) << r.error().message;
}

TEST(ExtractErrorsTest, BinaryFormatsByMagicNumber) {
  for (std::string_view magic : {std::string_view("%PDF-1.4\n"), std::string_view("\x89PNG\r\n\x1a\n", 8),
                                 std::string_view("GIF89a"), std::string_view("PK\x03\x04", 4),
                                 std::string_view("\x1f\x8b\x08\x00", 4), std::string_view("\x7f" "ELF")}) {
    std::string bytes = std::string(magic) + "<html><body><p>text</p></body></html>";
    EXPECT_EQ(kind_of(bytes), ErrorKind::kNotHtml) << magic;
  }
}

TEST(ExtractErrorsTest, ControlByteNoiseIsBinary) {
  std::string noise;
  for (int i = 0; i < 2000; ++i) noise += static_cast<char>(i % 32);
  EXPECT_EQ(kind_of("<html>" + noise), ErrorKind::kNotHtml);
}

// The binary test counts control bytes in the first 4 KiB and refuses more than 5% (204 of 4096);
// tabs, line breaks, form feeds, escapes and bytes above 0x7F are not control bytes.
TEST(ExtractErrorsTest, ControlByteShareHasAThreshold) {
  const auto page_with_control_bytes = [](int count) {
    std::string page = "<html><body><p>";
    const std::string_view allowed = "\t\n\r\f\x1b\xc3\xa9 ";
    const std::string_view control("\x00\x01\x08\x0b\x0e\x1f\x7f", 7);  // 0x7F is no control byte
    int written = 0;
    for (size_t next = 0; page.size() < 4096; ++next) {
      page += "word";
      page += allowed[next % allowed.size()];
      if (written < count) {
        const char c = control[next % control.size()];
        page += c;
        if (c != '\x7f') ++written;
      }
    }
    page.resize(4096);
    return page + std::string(600, 'x') + "</p></body></html>";
  };
  EXPECT_TRUE(lede::extract(page_with_control_bytes(204)).ok());
  EXPECT_EQ(kind_of(page_with_control_bytes(205)), ErrorKind::kNotHtml);
}

TEST(ExtractErrorsTest, TextWithoutMarkupIsNotHtml) {
  EXPECT_EQ(kind_of("{\"title\": \"json, not a page\"}"), ErrorKind::kNotHtml);
  EXPECT_EQ(kind_of("a < b and c > d, plain text"), ErrorKind::kNotHtml);
}

TEST(ExtractErrorsTest, RealPagesInOddShapesAreAccepted) {
  EXPECT_TRUE(lede::extract(kPage).ok());
  EXPECT_TRUE(lede::extract(utf16le(kPage)).ok()) << "UTF-16 with a BOM";
  std::string with_nul = kPage;
  with_nul.insert(with_nul.find("body text"), std::string(1, '\0'));
  EXPECT_TRUE(lede::extract(with_nul).ok()) << "a stray NUL";
  EXPECT_TRUE(lede::extract("<p>fragment").ok()) << "a fragment is still markup";
}

TEST(ExtractErrorsTest, NoArticleIsAWarningNotAnError) {
  lede::Result<lede::Article> r = lede::extract("<html><body><nav><a href=/>Home</a></nav></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r.value().text.empty());
  EXPECT_FALSE(r.value().warnings.empty());
}

TEST(ExtractErrorsTest, UrlIsKeptAndVersionIsSemantic) {
  lede::Options options;
  options.url = "https://example.com/a";
  lede::Result<lede::Article> r = lede::extract(kPage, options);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().url, "https://example.com/a");
  std::string_view version = lede::version();
  EXPECT_EQ(std::count(version.begin(), version.end(), '.'), 2) << version;
}

TEST(ErrorTableTest, EveryKindHasADistinctNameAndAMessage) {
  std::set<std::string_view> names;
  for (ErrorKind kind : {ErrorKind::kUnreadable, ErrorKind::kEmpty, ErrorKind::kNotHtml,
                         ErrorKind::kBadEncoding, ErrorKind::kTooLarge, ErrorKind::kOutOfMemory,
                         ErrorKind::kInternal}) {
    EXPECT_FALSE(lede::error_kind_message(kind).empty());
    EXPECT_TRUE(names.insert(lede::error_kind_name(kind)).second) << lede::error_kind_name(kind);
  }
  EXPECT_EQ(lede::error_kind_name(ErrorKind::kNotHtml), "not_html");
}

}  // namespace
