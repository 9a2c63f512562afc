#include "meta/json_text.h"

#include <gtest/gtest.h>

#include <string>

namespace lede::meta {
namespace {

using nlohmann::json;

// The tree nlohmann's own reader builds, which the JSON-LD reader was written against.
json nlohmann_tree(const std::string& text) { return json::parse(text, nullptr, false, true); }

TEST(JsonTextTest, BuildsTheTreeNlohmannWould) {
  const std::string text = R"({"@context":"https://schema.org","@graph":[
      {"@type":["NewsArticle"],"headline":"Caf\u00e9 \"Ost\" reopens","wordCount":812,
       "position":-3,"ratingValue":4.5,"isAccessibleForFree":false,"pagination":null,
       "author":{"@id":"#anna"},"keywords":["ferry","harbour"]},
      {"@id":"#anna","@type":"Person","name":"Anna Berg"}]})";
  json tree = parse_json(text);
  ASSERT_FALSE(tree.is_discarded());
  EXPECT_EQ(tree, nlohmann_tree(text));
  EXPECT_EQ(tree.dump(), nlohmann_tree(text).dump());
  const json& article = tree["@graph"][0];
  EXPECT_EQ(article["headline"], "Café \"Ost\" reopens");
  // Integers keep nlohmann's kinds: unsigned when not negative, signed otherwise.
  EXPECT_TRUE(article["wordCount"].is_number_unsigned());
  EXPECT_TRUE(article["position"].is_number_integer() && !article["position"].is_number_unsigned());
  EXPECT_TRUE(article["ratingValue"].is_number_float());
}

TEST(JsonTextTest, RepeatedKeyKeepsItsLastValue) {
  json tree = parse_json(R"({"headline":"First draft","headline":"Final headline"})");
  EXPECT_EQ(tree["headline"], "Final headline");
  EXPECT_EQ(tree.size(), 1u);
}

TEST(JsonTextTest, ReadsCommentsAsNlohmannDoes) {
  const std::string text = "/* generated */ {\"headline\": \"Night ferries\"} // end";
  json tree = parse_json(text);
  ASSERT_FALSE(tree.is_discarded());
  EXPECT_EQ(tree["headline"], "Night ferries");
}

TEST(JsonTextTest, RefusesWhatIsNotJson) {
  EXPECT_TRUE(parse_json(R"({"headline": })").is_discarded());
  EXPECT_TRUE(parse_json(R"({"a":1},)").is_discarded());
  EXPECT_TRUE(parse_json(R"({"a":1}{"b":2})").is_discarded());
  EXPECT_TRUE(parse_json(R"("\udc00 alone")").is_discarded());
  EXPECT_TRUE(parse_json("{\"headline\": \"raw\nnewline\"}").is_discarded());
  EXPECT_TRUE(parse_json("").is_discarded());
}

}  // namespace
}  // namespace lede::meta
