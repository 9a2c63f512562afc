#include "extract/json_ld_body.h"

#include <gtest/gtest.h>

#include <string>

#include "html/parser.h"

namespace lede::extraction {
namespace {

std::string body_of(const std::string& page) {
  html::Document doc = html::parse(page);
  return find_json_ld_article_body(doc);
}

TEST(JsonLdBodyTest, UnescapesTheLongestArticleBody) {
  std::string page =
      "<head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\" : "
      "\"The mill \\\"reopened\\\"\\non Sunday \\u2014 caf\\u00e9 too \\ud83d\\ude00\"}</script>"
      "<script type='application/ld+json'>{\"articleBody\":\"short\"}</script></head><body></body>";
  EXPECT_EQ(body_of(page), "The mill \"reopened\" on Sunday \u2014 caf\u00e9 too \U0001F600");
}

TEST(JsonLdBodyTest, BrokenJsonStillGivesItsBody) {
  // A trailing comma and a raw line break elsewhere in the block do not hide the body.
  std::string page =
      "<script type=\"application/ld+json\">{\"headline\":\"Mill\nreopens\", \"articleBody\":\"It "
      "reopened.\",}"
      "</script>";
  EXPECT_EQ(body_of(page), "It reopened.");
}

TEST(JsonLdBodyTest, OtherScriptsAndMissingBodiesGiveNothing) {
  EXPECT_EQ(body_of("<script>var x = {\"articleBody\": \"not JSON-LD\"};</script>"), "");
  EXPECT_EQ(body_of("<script type='application/ld+json'>{\"headline\":\"Mill\"}</script>"), "");
}

}  // namespace
}  // namespace lede::extraction
