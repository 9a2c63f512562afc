#include "meta/jsonld.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace lede::meta {
namespace {

Evidence run(std::initializer_list<std::string_view> texts, std::string url = {}) {
  Evidence ev({*parse_date("2024-06-01"), NumericOrder::kDayFirst, std::move(url)});
  std::vector<JsonLdScript> scripts;
  for (std::string_view t : texts) scripts.push_back({t, 0});
  extract_jsonld(scripts, ev);
  return ev;
}

std::vector<std::string> values(const Evidence& ev, Field field) {
  std::vector<std::string> out;
  for (const Candidate& c : ev.candidates()) {
    if (c.field == field) out.push_back(c.field == Field::kAuthor ? c.author().name + "/" + c.author().role : c.value);
  }
  return out;
}

TEST(JsonLdTest, NewsArticleWithNestedAuthorsAndPublisher) {
  Evidence ev = run({R"({"@context":"https://schema.org","@type":"NewsArticle",
    "headline":"Rain returns","datePublished":"2017-05-09T17:22:00+09:00",
    "dateModified":"2017-05-10T08:00:00+09:00",
    "author":[{"@type":"Person","name":"Anna Berg","jobTitle":"Correspondent"},
              {"@type":"Organization","name":"Daily Planet"}, "Tom Reyes"],
    "publisher":{"@type":"Organization","name":"Daily Planet"},
    "keywords":"weather, valley","image":[{"@type":"ImageObject","url":"https://x.example/a.jpg"}]})"});
  EXPECT_EQ(values(ev, Field::kTitle), std::vector<std::string>{"Rain returns"});
  EXPECT_EQ(values(ev, Field::kPublished), std::vector<std::string>{"2017-05-09T17:22:00+09:00"});
  EXPECT_EQ(values(ev, Field::kModified), std::vector<std::string>{"2017-05-10T08:00:00+09:00"});
  EXPECT_EQ(values(ev, Field::kAuthor), (std::vector<std::string>{"Anna Berg/correspondent", "Tom Reyes/"}));
  EXPECT_EQ(values(ev, Field::kSiteName), std::vector<std::string>{"Daily Planet"});
  EXPECT_EQ(values(ev, Field::kTag), (std::vector<std::string>{"weather", "valley"}));
  EXPECT_EQ(values(ev, Field::kImage), std::vector<std::string>{"https://x.example/a.jpg"});
}

TEST(JsonLdTest, GraphPicksThePagesOwnArticle) {
  Evidence ev = run({R"({"@graph":[
    {"@type":"WebSite","name":"Daily Planet"},
    {"@type":"BlogPosting","url":"https://planet.example/other","headline":"Other story","datePublished":"2016-01-01"},
    {"@type":"BlogPosting","url":"https://planet.example/rain/","headline":"Rain returns","datePublished":"2017-05-09"}]})"},
                    "https://www.planet.example/rain");
  EXPECT_EQ(values(ev, Field::kTitle), std::vector<std::string>{"Rain returns"});
  EXPECT_EQ(values(ev, Field::kPublished), std::vector<std::string>{"2017-05-09"});
}

// A headline that is a number (a product code, a year) is printed as written, even past the
// range of a signed 64-bit integer, where simdjson reads it as unsigned.
TEST(JsonLdTest, NumericHeadlinesKeepTheirDigits) {
  Evidence small = run({R"({"@type":"NewsArticle","headline":2017})"});
  EXPECT_EQ(values(small, Field::kTitle), std::vector<std::string>{"2017"});
  Evidence large = run({R"({"@type":"NewsArticle","headline":18446744073709551615})"});
  EXPECT_EQ(values(large, Field::kTitle), std::vector<std::string>{"18446744073709551615"});
}

TEST(JsonLdTest, ListedArticlesAreNotThePage) {
  Evidence ev = run({R"({"@type":"ItemList","itemListElement":[
    {"@type":"NewsArticle","headline":"Widget story","datePublished":"2016-01-01"}]})"});
  EXPECT_TRUE(values(ev, Field::kTitle).empty());
  EXPECT_TRUE(values(ev, Field::kPublished).empty());
}

TEST(JsonLdTest, BrokenJsonIsRepairedOrScanned) {
  Evidence repaired = run({"<!--\n{\"@type\":\"Article\",\"headline\":\"Line\nbreak\",\"datePublished\":\"2017-05-09\",}\n-->"});
  EXPECT_EQ(values(repaired, Field::kTitle), std::vector<std::string>{"Line break"});
  Evidence scanned = run({R"({"@type":"Article","datePublished":"2017-05-09", "headline": "Broken" "x"})"});
  EXPECT_EQ(values(scanned, Field::kPublished), std::vector<std::string>{"2017-05-09"});
}

TEST(JsonLdTest, TranslationsAndFutureDates) {
  Evidence ev = run({R"([{"@type":"NewsArticle","headline":"Rain","datePublished":"2031-01-01",
    "translationOfWork":{"@id":"https://planet.example/ko/rain","inLanguage":"ko"}}])"});
  EXPECT_TRUE(values(ev, Field::kPublished).empty());
  ASSERT_EQ(values(ev, Field::kTranslation).size(), 1u);
  const Candidate& t = *std::find_if(ev.candidates().begin(), ev.candidates().end(),
                                     [](const Candidate& c) { return c.field == Field::kTranslation; });
  EXPECT_EQ(t.translation().lang, "ko");
  EXPECT_EQ(t.translation().relation, "original");
}

}  // namespace
}  // namespace lede::meta
