// Whole pages we wrote (pages/*.utf8.html), encoded by glibc iconv (pages/make_pages.sh), must
// decode back to exactly the UTF-8 original: undeclared (detection), declared by <meta charset>,
// by <meta http-equiv>, and by the HTTP charset.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "decode/decode.h"

namespace lede::decode {
namespace {

std::string read_page(const std::string& name) {
  const std::filesystem::path path = std::filesystem::path(LEDE_TEST_DIR) / "pages" / name;
  std::ifstream file(path, std::ios::binary);
  EXPECT_TRUE(file) << "cannot read " << path;
  std::ostringstream content;
  content << file.rdbuf();
  return content.str();
}

// Inserts an ASCII declaration right after <head>; ASCII is the same in all these encodings.
std::string with_declaration(std::string page, std::string_view declaration) {
  const std::size_t head = page.find("<head>");
  EXPECT_NE(head, std::string::npos);
  page.insert(head + 6, declaration);
  return page;
}

struct EncodedPage {
  std::string_view original;  // the UTF-8 file
  std::string_view encoded;   // the same page in `encoding`
  std::string_view label;     // how pages declare it
  std::string_view encoding;  // the WHATWG name decode() must report
};

constexpr EncodedPage kPages[] = {
    {"en.utf8.html", "en.windows-1252.html", "windows-1252", "windows-1252"},
    {"fr.utf8.html", "fr.windows-1252.html", "iso-8859-1", "windows-1252"},
    {"cs.utf8.html", "cs.iso-8859-2.html", "iso-8859-2", "ISO-8859-2"},
    {"ko.utf8.html", "ko.euc-kr.html", "euc-kr", "EUC-KR"},
    {"ja.utf8.html", "ja.shift_jis.html", "shift_jis", "Shift_JIS"},
    {"zh_hans.utf8.html", "zh_hans.gb18030.html", "gb18030", "gb18030"},
    {"zh_hans.utf8.html", "zh_hans.gb18030.html", "gb2312", "GBK"},
    {"zh_hant.utf8.html", "zh_hant.big5.html", "big5", "Big5"},
};

class PagesTest : public testing::TestWithParam<EncodedPage> {};

void expect_decodes(const std::string& bytes, std::string_view http_charset,
                    const std::string& expected, std::string_view encoding,
                    EncodingSource source) {
  Result<Decoded> result = decode(bytes, DecodeHints{http_charset});
  ASSERT_TRUE(result.ok()) << result.error().message;
  const Decoded& decoded = result.value();
  EXPECT_EQ(decoded.encoding_name(), encoding);
  EXPECT_EQ(decoded.source, source);
  EXPECT_EQ(decoded.replacements, 0U);
  EXPECT_EQ(decoded.utf8, expected);
}

TEST_P(PagesTest, UndeclaredIsDetected) {
  const EncodedPage& page = GetParam();
  // Detection names the encoding family, not the label the page would have used.
  const std::string_view expected_encoding = page.encoding == "GBK" ? "gb18030" : page.encoding;
  expect_decodes(read_page(std::string(page.encoded)), "", read_page(std::string(page.original)),
                 expected_encoding, EncodingSource::kDetected);
}

TEST_P(PagesTest, DeclaredByMetaCharset) {
  const EncodedPage& page = GetParam();
  const std::string declaration = "<meta charset=\"" + std::string(page.label) + "\">";
  expect_decodes(with_declaration(read_page(std::string(page.encoded)), declaration), "",
                 with_declaration(read_page(std::string(page.original)), declaration),
                 page.encoding, EncodingSource::kMeta);
}

TEST_P(PagesTest, DeclaredByHttpEquiv) {
  const EncodedPage& page = GetParam();
  const std::string declaration =
      "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + std::string(page.label) +
      "\">";
  expect_decodes(with_declaration(read_page(std::string(page.encoded)), declaration), "",
                 with_declaration(read_page(std::string(page.original)), declaration),
                 page.encoding, EncodingSource::kMeta);
}

TEST_P(PagesTest, DeclaredByHttpOverridingAWrongMeta) {
  const EncodedPage& page = GetParam();
  const std::string wrong = "<meta charset=\"koi8-r\">";
  expect_decodes(with_declaration(read_page(std::string(page.encoded)), wrong), page.label,
                 with_declaration(read_page(std::string(page.original)), wrong), page.encoding,
                 EncodingSource::kHttp);
}

INSTANTIATE_TEST_SUITE_P(Encodings, PagesTest, testing::ValuesIn(kPages),
                         [](const testing::TestParamInfo<EncodedPage>& info) {
                           std::string name(info.param.label);
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

TEST(PagesUnicodeTest, Utf8WithAndWithoutBom) {
  const std::string original = read_page("ko.utf8.html");
  expect_decodes(original, "", original, "UTF-8", EncodingSource::kDetected);
  expect_decodes("\xEF\xBB\xBF" + original, "", original, "UTF-8", EncodingSource::kBom);
  expect_decodes(original, "utf-8", original, "UTF-8", EncodingSource::kHttp);
}

TEST(PagesUnicodeTest, Utf16WithBom) {
  expect_decodes(read_page("en.utf-16le-bom.html"), "", read_page("en.utf8.html"), "UTF-16LE",
                 EncodingSource::kBom);
  expect_decodes(read_page("ko.utf-16be-bom.html"), "", read_page("ko.utf8.html"), "UTF-16BE",
                 EncodingSource::kBom);
}

TEST(PagesUnicodeTest, Utf8DeclaredInThePage) {
  for (const std::string_view declaration :
       {R"(<meta charset="utf-8">)",
        R"(<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">)"}) {
    const std::string page = with_declaration(read_page("zh_hant.utf8.html"), declaration);
    expect_decodes(page, "", page, "UTF-8", EncodingSource::kMeta);
  }
}

TEST(PagesUnicodeTest, Utf16WithoutBomDeclaredByHttp) {
  expect_decodes(read_page("en.utf-16le-bom.html").substr(2), "utf-16le", read_page("en.utf8.html"),
                 "UTF-16LE", EncodingSource::kHttp);
  expect_decodes(read_page("ko.utf-16be-bom.html").substr(2), "text/html; charset=utf-16be",
                 read_page("ko.utf8.html"), "UTF-16BE", EncodingSource::kHttp);
}

TEST(PagesUnicodeTest, UndeclaredUtf8WithAStrayByteIsStillUtf8) {
  std::string page = read_page("ja.utf8.html");
  const std::size_t paragraph = page.find("<p>") + 3;
  std::string expected = page;
  page.insert(paragraph, "\xFF");
  expected.insert(paragraph, "\uFFFD");
  Result<Decoded> result = decode(page);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.value().encoding_name(), "UTF-8");
  EXPECT_EQ(result.value().source, EncodingSource::kDetected);
  EXPECT_EQ(result.value().replacements, 1U);
  EXPECT_EQ(result.value().utf8, expected);
}

TEST(PagesUnicodeTest, Utf8PageDeclaringUtf16IsReadAsUtf8) {
  const std::string declaration = "<meta charset=\"utf-16\">";
  const std::string page = with_declaration(read_page("ja.utf8.html"), declaration);
  expect_decodes(page, "", page, "UTF-8", EncodingSource::kMeta);
}

}  // namespace
}  // namespace lede::decode
