#include "meta/json_text.h"

#include <gtest/gtest.h>

#include <string>

namespace lede::meta {
namespace {

namespace dom = simdjson::dom;

std::string string_member(dom::element object, std::string_view key) {
  std::optional<dom::element> v = member(object, key);
  if (!v) return "(absent)";
  std::string_view s;
  return v->get_string().get(s) == simdjson::SUCCESS ? std::string(s) : "(not a string)";
}

TEST(JsonTextTest, ReadsValuesInPlace) {
  const std::string text = R"({"@context":"https://schema.org","@graph":[
      {"@type":["NewsArticle"],"headline":"Caf\u00e9 \"Ost\" reopens","wordCount":812,
       "position":-3,"ratingValue":4.5,"isAccessibleForFree":false,"pagination":null,
       "author":{"@id":"#anna"},"keywords":["ferry","harbour"]},
      {"@id":"#anna","@type":"Person","name":"Anna Berg"}]})";
  dom::document doc;
  std::optional<dom::element> root = parse_json(text, doc);
  ASSERT_TRUE(root);
  std::optional<dom::element> graph = member(*root, "@graph");
  ASSERT_TRUE(graph && graph->is_array());
  dom::element article = graph->at(0).value_unsafe();
  EXPECT_EQ(string_member(article, "headline"), "Café \"Ost\" reopens");
  EXPECT_EQ(member(article, "wordCount")->type(), dom::element_type::INT64);
  EXPECT_EQ(member(article, "position")->type(), dom::element_type::INT64);
  EXPECT_EQ(member(article, "ratingValue")->type(), dom::element_type::DOUBLE);
  EXPECT_FALSE(member(article, "dateline"));
  EXPECT_FALSE(member(*member(article, "keywords"), "ferry"));  // an array has no members
}

TEST(JsonTextTest, RepeatedKeyKeepsItsLastValue) {
  dom::document doc;
  std::optional<dom::element> root = parse_json(R"({"headline":"First draft","name":"Ferry","headline":"Final headline"})", doc);
  ASSERT_TRUE(root);
  EXPECT_EQ(string_member(*root, "headline"), "Final headline");
  JsonMembers members;
  members_by_key(*root, members);
  ASSERT_EQ(members.size(), 2u);
  EXPECT_EQ(members[0].first, "headline");
  EXPECT_EQ(std::string(members[0].second.get_string().value_unsafe()), "Final headline");
  EXPECT_EQ(members[1].first, "name");
}

TEST(JsonTextTest, MembersComeInKeyOrder) {
  dom::document doc;
  std::optional<dom::element> root = parse_json(R"({"url":"u","@type":"Person","author":"a","@id":"#p"})", doc);
  ASSERT_TRUE(root);
  JsonMembers members;
  members_by_key(*root, members);
  ASSERT_EQ(members.size(), 4u);
  EXPECT_EQ(members[0].first, "@id");
  EXPECT_EQ(members[1].first, "@type");
  EXPECT_EQ(members[2].first, "author");
  EXPECT_EQ(members[3].first, "url");
}

TEST(JsonTextTest, ReadsWhatOnlyNlohmannAccepts) {
  dom::document doc;
  // Comments.
  std::optional<dom::element> root = parse_json("/* generated */ {\"headline\": \"Night ferries\"} // end", doc);
  ASSERT_TRUE(root);
  EXPECT_EQ(string_member(*root, "headline"), "Night ferries");
  // An integer past 64 bits, read as floating point.
  root = parse_json(R"({"id": 123456789012345678901234567890, "headline": "Tides"})", doc);
  ASSERT_TRUE(root);
  EXPECT_EQ(member(*root, "id")->type(), dom::element_type::DOUBLE);
  EXPECT_EQ(string_member(*root, "headline"), "Tides");
  // Nesting deeper than simdjson's default limit.
  std::string deep = std::string(2000, '[') + "\"bottom\"" + std::string(2000, ']');
  root = parse_json(deep, doc);
  ASSERT_TRUE(root);
  EXPECT_TRUE(root->is_array());
  // A million levels, in a script with a comment: the levels no reader goes down to are dropped,
  // where writing them out again overflowed the stack.
  std::string deepest = "/* c */" + std::string(1'000'000, '[') + "1" + std::string(1'000'000, ']');
  root = parse_json(deepest, doc);
  ASSERT_TRUE(root);
  EXPECT_TRUE(root->is_array());
}

TEST(JsonTextTest, RefusesWhatIsNotJson) {
  dom::document doc;
  EXPECT_FALSE(parse_json(R"({"headline": })", doc));
  EXPECT_FALSE(parse_json(R"({"a":1},)", doc));
  EXPECT_FALSE(parse_json(R"({"a":1}{"b":2})", doc));
  EXPECT_FALSE(parse_json(R"("\udc00 alone")", doc));
  EXPECT_FALSE(parse_json("{\"headline\": \"raw\nnewline\"}", doc));
  EXPECT_FALSE(parse_json("", doc));
}

}  // namespace
}  // namespace lede::meta
