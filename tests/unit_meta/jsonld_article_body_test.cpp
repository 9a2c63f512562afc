// The articleBody the metadata stage hands to the body's extraction: the body of the page's own
// JSON-LD article only, from the same parse that gives the article's metadata.
#include <gtest/gtest.h>

#include <string>

#include "html/parser.h"
#include "meta/metadata.h"

namespace lede::meta {
namespace {

// Read both ways: with the metadata, and alone (metadata off); they must agree.
std::string article_body_of(const std::string& page, std::string_view url = "") {
  html::Document doc = html::parse(page);
  Article article;
  std::string with_metadata =
      extract_metadata(doc, {.url = url, .http_content_language = {}}, article).json_ld_article_body;
  EXPECT_EQ(find_json_ld_article_body(doc, url), with_metadata);
  return with_metadata;
}

TEST(JsonLdArticleBodyTest, TheArticlesBodyUnescaped) {
  std::string page =
      "<head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Mill\","
      "\"articleBody\" : \"The mill \\\"reopened\\\"\\non Sunday \\u2014 caf\\u00e9 too "
      "\\ud83d\\ude00\"}</script>"
      "<script type='application/ld+json'>{\"articleBody\":\"An untyped block.\"}</script></head>"
      "<body><p>The mill reopened.</p></body>";
  EXPECT_EQ(article_body_of(page), "The mill \"reopened\"\non Sunday \u2014 caf\u00e9 too \U0001F600");
}

TEST(JsonLdArticleBodyTest, TheArticleAboutThePageWins) {
  std::string page =
      "<script type='application/ld+json'>{\"@graph\":["
      "{\"@type\":\"BlogPosting\",\"url\":\"https://planet.example/other\",\"articleBody\":\"Other.\"},"
      "{\"@type\":\"BlogPosting\",\"url\":\"https://planet.example/rain/\",\"articleBody\":\"Rain.\"}]}"
      "</script>";
  EXPECT_EQ(article_body_of(page, "https://planet.example/rain"), "Rain.");
}

TEST(JsonLdArticleBodyTest, ALiveBlogsUpdatesAreNotItsBody) {
  // Each update of a live blog carries its own short articleBody; none of them is the page's.
  std::string page =
      "<script type='application/ld+json'>{\"@type\":\"LiveBlogPosting\",\"headline\":\"Storm live\","
      "\"liveBlogUpdate\":[{\"@type\":\"BlogPosting\",\"articleBody\":\"Roads are closed.\"},"
      "{\"@type\":\"BlogPosting\",\"articleBody\":\"We are logging off for the night.\"}]}</script>";
  EXPECT_EQ(article_body_of(page), "");
}

TEST(JsonLdArticleBodyTest, RepairedJsonGivesItsBody) {
  // A raw line break inside a string and a trailing comma are repaired before parsing.
  std::string page =
      "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Mill\nreopens\","
      "\"articleBody\":\"It reopened.\",}</script>";
  EXPECT_EQ(article_body_of(page), "It reopened.");
}

TEST(JsonLdArticleBodyTest, AnUntypedScriptThatSaysItIsJsonLd) {
  std::string page =
      "<script>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
      "\"articleBody\":\"It reopened.\"}</script>";
  EXPECT_EQ(article_body_of(page), "It reopened.");
}

TEST(JsonLdArticleBodyTest, OtherScriptsAndArticlesWithoutBodyGiveNothing) {
  EXPECT_EQ(article_body_of("<script>var x = {\"articleBody\": \"not JSON-LD\"};</script>"), "");
  EXPECT_EQ(article_body_of("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                            "\"headline\":\"Mill\"}</script>"),
            "");
}

}  // namespace
}  // namespace lede::meta
