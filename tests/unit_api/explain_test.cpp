// Article::origins as a library user reads them (Options::explain): on pages whose sources
// disagree, which statement each field came from, which agreed and which lost.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <set>
#include <string>
#include <vector>

#include "lede/lede.h"

namespace {

const lede::FieldOrigin* origin_of(const lede::Article& a, std::string_view field) {
  auto it = std::find_if(a.origins.begin(), a.origins.end(),
                         [&](const lede::FieldOrigin& o) { return o.field == field; });
  return it == a.origins.end() ? nullptr : &*it;
}

bool lists(const std::vector<lede::SourceNote>& notes, std::string_view source, std::string_view key,
           std::string_view value) {
  return std::any_of(notes.begin(), notes.end(), [&](const lede::SourceNote& n) {
    return n.source == source && n.key == key && n.value == value;
  });
}

const char* kBody =
    "<p>Leather boots last for years when they are cleaned after every wet walk, dried away from "
    "the radiator and waxed once a month through the winter.</p>"
    "<p>Salt is the worst enemy: wipe it off the same day with a damp cloth, or it will leave "
    "white lines that crack the leather by spring.</p>";

// The page shows its readers only its update; the JSON-LD still says when it first appeared.
std::string updated_page() {
  return std::string(
             "<html lang=en><head><title>How to look after winter boots</title>"
             "<link rel=canonical href='https://boots.example/care/winter-boots'>"
             "<meta property='og:url' content='https://boots.example/old/winter-boots-care'>"
             "<script type='application/ld+json'>{\"@type\": \"Article\", \"headline\": "
             "\"How to look after winter boots\", \"datePublished\": \"2019-10-15T16:59:59Z\", "
             "\"dateModified\": \"2020-03-12T14:42:17Z\"}</script></head><body><article>"
             "<h1>How to look after winter boots</h1><div class='byline'>By Ann Lee "
             "<span class='timestamp'>Updated 12 March 2020</span></div>") +
         kBody + "</article></body></html>";
}

TEST(ExplainTest, OriginsOnlyWhenAsked) {
  lede::Result<lede::Article> plain = lede::extract(updated_page());
  ASSERT_TRUE(plain.ok());
  EXPECT_TRUE(plain.value().origins.empty());
}

TEST(ExplainTest, APageDatedByItsUpdateSaysSo) {
  lede::Options options;
  options.explain = true;
  lede::Result<lede::Article> r = lede::extract(updated_page(), options);
  ASSERT_TRUE(r.ok());
  const lede::Article& a = r.value();
  ASSERT_EQ(a.date_published, "2020-03-12T14:42:17+00:00");
  const lede::FieldOrigin* published = origin_of(a, "date_published");
  ASSERT_NE(published, nullptr);
  // The value is the modification the JSON-LD declares, which the line under the headline
  // shows; the declared first publication lost.
  EXPECT_EQ(published->chosen.source, "jsonld");
  EXPECT_EQ(published->chosen.key, "Article.dateModified");
  EXPECT_TRUE(lists(published->agreeing, "text", "Updated 12 March 2020", "2020-03-12"));
  EXPECT_TRUE(lists(published->rejected, "jsonld", "Article.datePublished", "2019-10-15T16:59:59+00:00"));
}

TEST(ExplainTest, TheCanonicalLinkBeatsAnOlderOpenGraphUrl) {
  lede::Options options;
  options.explain = true;
  options.url = "https://boots.example/care/winter-boots?utm_source=feed";
  lede::Result<lede::Article> r = lede::extract(updated_page(), options);
  ASSERT_TRUE(r.ok());
  const lede::Article& a = r.value();
  EXPECT_EQ(a.canonical_url, "https://boots.example/care/winter-boots");
  const lede::FieldOrigin* canonical = origin_of(a, "canonical_url");
  ASSERT_NE(canonical, nullptr);
  EXPECT_EQ(canonical->chosen.source, "link");
  EXPECT_EQ(canonical->chosen.key, "canonical");
  EXPECT_TRUE(canonical->agreeing.empty());
  EXPECT_TRUE(lists(canonical->rejected, "opengraph", "og:url", "https://boots.example/old/winter-boots-care"));
  // Fields in the record's order, each once.
  std::vector<std::string> fields;
  for (const lede::FieldOrigin& o : a.origins) fields.push_back(o.field);
  EXPECT_EQ(fields.front(), "canonical_url");
  EXPECT_EQ(std::set<std::string>(fields.begin(), fields.end()).size(), fields.size());
}

}  // namespace

// A page declaring English whose first 2 KB are English and whose longer rest is German: the
// language is settled on the start of the article (text_language.cpp). Explaining the record
// must not change it: --explain once detected on the whole text here and said "de".
TEST(ExplainTest, ExplainingLeavesTheLanguageAsIs) {
  std::ifstream in(std::string(LEDE_TEST_DIR) + "/pages/english-intro-german-body.html");
  ASSERT_TRUE(in) << "fixture page missing";
  std::stringstream page;
  page << in.rdbuf();
  lede::Result<lede::Article> plain = lede::extract(page.str());
  lede::Options options;
  options.explain = true;
  lede::Result<lede::Article> explained = lede::extract(page.str(), options);
  ASSERT_TRUE(plain.ok());
  ASSERT_TRUE(explained.ok());
  EXPECT_EQ(plain.value().language, "en");
  EXPECT_EQ(explained.value().language, plain.value().language);
  EXPECT_FALSE(explained.value().origins.empty());
}

// A personal blog that names no one on the page: its author is the owner the site is named
// after, and the explanation names the site-name statement it came from.
TEST(ExplainTest, AnAuthorFromTheSiteOwnersNameSaysSo) {
  std::string page =
      "<html lang=en><head><title>Mending a bicycle inner tube</title>"
      "<meta property='og:site_name' content=\"Ruth Okonkwo's blog\"></head><body><article>"
      "<h1>Mending a bicycle inner tube</h1>" +
      std::string(kBody) + "</article></body></html>";
  lede::Options options;
  options.explain = true;
  lede::Result<lede::Article> r = lede::extract(page, options);
  ASSERT_TRUE(r.ok());
  const lede::Article& a = r.value();
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0].name, "Ruth Okonkwo");
  const lede::FieldOrigin* authors = origin_of(a, "authors");
  ASSERT_NE(authors, nullptr);
  EXPECT_EQ(authors->chosen.source, "opengraph");
  EXPECT_EQ(authors->chosen.key, "og:site_name");
  EXPECT_EQ(authors->chosen.value, "Ruth Okonkwo's blog");
}
