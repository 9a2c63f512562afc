#include "decode/prescan.h"

#include <gtest/gtest.h>

#include <string>

namespace lede::decode {
namespace {

std::string_view prescan(std::string_view bytes) {
  const auto encoding = prescan_for_meta_charset(bytes);
  return encoding ? encoding_name(*encoding) : "(none)";
}

std::string_view from_content(std::string_view content) {
  const auto encoding = charset_from_content_type(content);
  return encoding ? encoding_name(*encoding) : "(none)";
}

TEST(PrescanTest, MetaCharsetForms) {
  EXPECT_EQ(prescan(R"(<meta charset="koi8-r">)"), "KOI8-R");
  EXPECT_EQ(prescan(R"(<META CHARSET='Shift_JIS'>)"), "Shift_JIS");
  EXPECT_EQ(prescan("<meta charset=euc-kr>"), "EUC-KR");
  EXPECT_EQ(prescan("<meta/charset=big5>"), "Big5");
  EXPECT_EQ(prescan("<meta\n  charset = \"gbk\" >"), "GBK");
  EXPECT_EQ(prescan(R"(<html><head><title>x</title><meta name="x" charset="latin2">)"),
            "ISO-8859-2");
}

TEST(PrescanTest, HttpEquivNeedsThePragma) {
  EXPECT_EQ(prescan(R"(<meta http-equiv="Content-Type" content="text/html; charset=euc-jp">)"),
            "EUC-JP");
  EXPECT_EQ(prescan(R"(<meta content="text/html; charset=euc-jp" http-equiv="content-type">)"),
            "EUC-JP");
  // Without http-equiv=content-type the content attribute declares nothing.
  EXPECT_EQ(prescan(R"(<meta name="x" content="text/html; charset=euc-jp">)"), "(none)");
  EXPECT_EQ(prescan(R"(<meta http-equiv="refresh" content="0; charset=euc-jp">)"), "(none)");
}

TEST(PrescanTest, FirstAttributeOfANameWins) {
  EXPECT_EQ(prescan(R"(<meta charset="big5" charset="koi8-r">)"), "Big5");
}

TEST(PrescanTest, CharsetAttributeOverridesContent) {
  EXPECT_EQ(prescan(R"(<meta http-equiv="content-type" content="charset=big5" charset="koi8-r">)"),
            "KOI8-R");
}

TEST(PrescanTest, Utf16AndUserDefinedAreRewritten) {
  EXPECT_EQ(prescan(R"(<meta charset="utf-16le">)"), "UTF-8");
  EXPECT_EQ(prescan(R"(<meta charset="UTF-16BE">)"), "UTF-8");
  EXPECT_EQ(prescan(R"(<meta charset="x-user-defined">)"), "windows-1252");
}

TEST(PrescanTest, SkipsCommentsAndOtherTags) {
  EXPECT_EQ(prescan(R"(<!-- <meta charset="koi8-r"> --><meta charset="big5">)"), "Big5");
  EXPECT_EQ(prescan(R"(<!--><meta charset="big5">)"), "Big5");  // "<!-->" is a whole comment
  EXPECT_EQ(prescan(R"(<div title="<meta charset=koi8-r>"><meta charset="big5">)"), "Big5");
  EXPECT_EQ(prescan(R"(<!DOCTYPE html><?xml x?></p><meta charset="big5">)"), "Big5");
  // The prescan does not know scripts: a <meta> inside one counts, as in browsers.
  EXPECT_EQ(prescan(R"(<script>x = 1;</script><meta charset="big5">)"), "Big5");
}

TEST(PrescanTest, UnknownLabelsAndTruncation) {
  EXPECT_EQ(prescan(R"(<meta charset="bogus"><meta charset="big5">)"), "Big5");
  EXPECT_EQ(prescan("<meta charset=big5"), "(none)");
  EXPECT_EQ(prescan(R"(<meta charset="big5)"), "(none)");
  EXPECT_EQ(prescan("<!-- <meta charset=big5>"), "(none)");
  EXPECT_EQ(prescan("<metacharset=big5>"), "(none)");
  EXPECT_EQ(prescan(""), "(none)");
  EXPECT_EQ(prescan("<"), "(none)");
  EXPECT_EQ(prescan("no markup at all"), "(none)");
}

// A declaration deep in a long head, wherever it falls against the sixteen-byte blocks in which
// the prescan looks for the word "charset"; text and tags after it do not hide it.
TEST(PrescanTest, FindsADeclarationAmongManyTags) {
  std::string head = "<html><head>";
  for (int i = 0; i < 40; ++i) head += R"(<link rel="stylesheet" href="/css/site.css">)";
  std::string tail;
  for (int i = 0; i < 40; ++i) tail += R"(<script src="/js/app.js"></script><p>Text</p>)";
  for (int shift = 0; shift < 17; ++shift) {
    const std::string padded = std::string(static_cast<std::size_t>(shift), ' ') + head;
    EXPECT_EQ(prescan(padded + R"(<META CHARSET="koi8-r">)" + tail), "KOI8-R") << shift;
    EXPECT_EQ(prescan(padded + R"(<meta http-equiv=Content-Type content="text/html; Charset=big5">)" + tail),
              "Big5")
        << shift;
    EXPECT_EQ(prescan(padded + tail), "(none)") << shift;
  }
  // The word in text after the last tag that declares nothing changes nothing.
  EXPECT_EQ(prescan(head + "<p>Which charset?</p>" + tail), "(none)");
}

TEST(PrescanTest, CharsetFromContentType) {
  EXPECT_EQ(from_content("text/html; charset=utf-8"), "UTF-8");
  EXPECT_EQ(from_content("text/html;charset=\"ISO-8859-2\""), "ISO-8859-2");
  EXPECT_EQ(from_content("text/html; CHARSET = 'big5' ; x=y"), "Big5");
  EXPECT_EQ(from_content("text/html; charset=utf-8;format=flowed"), "UTF-8");
  EXPECT_EQ(from_content("text/html; charsetx; charset=koi8-r"), "KOI8-R");
  EXPECT_EQ(from_content("text/html; charset='utf-8"), "(none)");  // unmatched quote
  EXPECT_EQ(from_content("text/html"), "(none)");
  EXPECT_EQ(from_content("charset="), "(none)");
  EXPECT_EQ(from_content("charset=nonsense"), "(none)");
}

}  // namespace
}  // namespace lede::decode
