// Options that change how much lede::extract() fills: with Options::metadata off, every
// metadata field stays empty and the body comes out exactly as it does with metadata on.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "lede/lede.h"

namespace {

std::string read_example(const std::string& name) {
  std::ifstream in(std::filesystem::path(LEDE_SOURCE_DIR) / "examples" / name, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

lede::Article extract_ok(const std::string& page, const lede::Options& options) {
  lede::Result<lede::Article> r = lede::extract(page, options);
  EXPECT_TRUE(r.ok());
  return r.ok() ? r.value() : lede::Article{};
}

TEST(ExtractOptionsTest, WithoutMetadataOnlyTheBodyIsFilled) {
  // A news page with a <title>, JSON-LD dates and authors, a canonical link, an og:image and a
  // link to its original-language edition: every metadata source has something to read.
  std::string page = read_example("bilingual-news.html");
  ASSERT_FALSE(page.empty());
  lede::Options options;
  options.url = "https://english.hanbitdaily.example/english_edition/e_international/793512.html";
  options.want_blocks = true;
  lede::Article full = extract_ok(page, options);
  ASSERT_FALSE(full.title.empty());
  ASSERT_FALSE(full.date_published.empty());
  ASSERT_FALSE(full.authors.empty());
  ASSERT_FALSE(full.canonical_url.empty());
  ASSERT_FALSE(full.language.empty());
  ASSERT_FALSE(full.translations.empty());

  options.metadata = false;
  lede::Article body = extract_ok(page, options);
  EXPECT_EQ(body.url, options.url);
  EXPECT_TRUE(body.title.empty()) << body.title;
  EXPECT_TRUE(body.subtitle.empty());
  EXPECT_TRUE(body.description.empty());
  EXPECT_TRUE(body.authors.empty());
  EXPECT_TRUE(body.byline.empty());
  EXPECT_TRUE(body.date_published.empty()) << body.date_published;
  EXPECT_TRUE(body.date_modified.empty());
  EXPECT_TRUE(body.language.empty());
  EXPECT_TRUE(body.site_name.empty());
  EXPECT_TRUE(body.canonical_url.empty());
  EXPECT_TRUE(body.section.empty());
  EXPECT_TRUE(body.tags.empty());
  EXPECT_TRUE(body.image.url.empty());
  EXPECT_TRUE(body.translations.empty());

  EXPECT_EQ(body.text, full.text);
  EXPECT_EQ(body.word_count, full.word_count);
  EXPECT_EQ(body.blocks.size(), full.blocks.size());
  EXPECT_EQ(body.images.size(), full.images.size());
}

}  // namespace
