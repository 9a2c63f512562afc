// Runs lede::extract on every tests/pages/<slug>/source.html and checks the record against
// <slug>/expected.json. expected.json holds:
//   "url"            passed as Options::url (and then checked like any field);
//   any record field ("title", "authors", "date_published", ...): must equal exactly; null
//                    means the record must not have the field (the page does not give it);
//   "text"           the whole body, exactly (small pages);
//   "text_contains"  snippets the body must hold;
//   "text_excludes"  snippets the body must not hold.
// A page is a metadata fixture when its expected.json names every metadata field of the
// record (kMetadataFields), null for each one the page does not give: its whole metadata is
// pinned, not a chosen subset. Pages named meta-* must be metadata fixtures.
// Snippets are compared with every run of white space folded to one space, so a paragraph
// break and a line break inside a snippet both match " ". A failure names the first field or
// snippet that differs.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "lede/lede.h"
#include "lede/writers.h"

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

const fs::path kPagesDir = LEDE_TEST_DIR;

// Every field of the record (DESIGN.md, "The article record") that describes the article
// rather than holding its body.
constexpr std::string_view kMetadataFields[] = {
    "canonical_url", "site_name", "language",       "title",          "subtitle",
    "description",   "authors",   "byline",         "date_published", "date_modified",
    "section",       "tags",      "image",          "images",         "translations",
    "related",
};

// Issue 4 asks for at least 40 metadata pages in at least 8 languages.
constexpr size_t kMinimumMetadataFixtures = 40;
constexpr size_t kMinimumMetadataLanguages = 8;

std::vector<std::string> page_slugs() {
  std::vector<std::string> slugs;
  for (const fs::directory_entry& entry : fs::directory_iterator(kPagesDir)) {
    if (entry.is_directory() && fs::exists(entry.path() / "expected.json")) {
      slugs.push_back(entry.path().filename().string());
    }
  }
  std::sort(slugs.begin(), slugs.end());
  return slugs;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Folds runs of ASCII white space and U+00A0 to one space and trims both ends.
std::string fold_space(std::string_view text) {
  std::string out;
  bool pending = false;
  for (size_t i = 0; i < text.size(); ++i) {
    bool nbsp = text.substr(i, 2) == "\xc2\xa0";
    if (nbsp || std::isspace(static_cast<unsigned char>(text[i]))) {
      pending = true;
      i += nbsp ? 1 : 0;
      continue;
    }
    if (pending && !out.empty()) out += ' ';
    pending = false;
    out += text[i];
  }
  return out;
}

// The first difference between the record and the expectations, or nullopt when none.
std::optional<std::string> first_difference(const Json& record, const Json& expected) {
  std::string body = fold_space(record.value("text", ""));
  for (const auto& [key, want] : expected.items()) {
    if (key == "text_contains") {
      for (const Json& snippet : want) {
        if (body.find(fold_space(snippet.get<std::string>())) == std::string::npos) {
          return "text lacks snippet: " + snippet.get<std::string>();
        }
      }
    } else if (key == "text_excludes") {
      for (const Json& snippet : want) {
        if (body.find(fold_space(snippet.get<std::string>())) != std::string::npos) {
          return "text holds excluded snippet: " + snippet.get<std::string>();
        }
      }
    } else if (want.is_null()) {
      if (record.contains(key)) return "field '" + key + "': expected none\n  got " + record[key].dump();
    } else if (!record.contains(key)) {
      return "field '" + key + "' is absent; expected " + want.dump();
    } else if (record[key] != want) {
      return "field '" + key + "': expected " + want.dump() + "\n  got " + record[key].dump();
    }
  }
  return std::nullopt;
}

Json expected_of(const std::string& slug) {
  return Json::parse(read_file(kPagesDir / slug / "expected.json"));
}

bool is_metadata_fixture(const Json& expected) {
  return std::all_of(std::begin(kMetadataFields), std::end(kMetadataFields),
                     [&](std::string_view field) { return expected.contains(std::string(field)); });
}

// The fields a metadata fixture leaves out, comma-separated.
std::string missing_metadata_fields(const Json& expected) {
  std::string missing;
  for (std::string_view field : kMetadataFields) {
    if (expected.contains(std::string(field))) continue;
    if (!missing.empty()) missing += ", ";
    missing += field;
  }
  return missing;
}

class GoldenPage : public testing::TestWithParam<std::string> {};

TEST_P(GoldenPage, MatchesExpected) {
  const fs::path dir = kPagesDir / GetParam();
  Json expected = expected_of(GetParam());
  lede::Options options;
  options.url = expected.value("url", "");
  lede::Result<lede::Article> result = lede::extract(read_file(dir / "source.html"), options);
  ASSERT_TRUE(result.ok()) << GetParam() << ": " << result.error().message;

  std::string json;
  lede::write_json(result.value(), json);
  std::optional<std::string> difference = first_difference(Json::parse(json), expected);
  EXPECT_FALSE(difference) << GetParam() << ": " << difference.value_or("");
}

std::string slug_test_name(const testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  std::replace_if(name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
  return name;
}

INSTANTIATE_TEST_SUITE_P(Pages, GoldenPage, testing::ValuesIn(page_slugs()), slug_test_name);

TEST(GoldenPages, EnoughPagesAreChecked) {
  constexpr size_t kMinimumPages = 40;
  EXPECT_GE(page_slugs().size(), kMinimumPages);
}

TEST(GoldenPages, MetaPagesPinEveryMetadataField) {
  for (const std::string& slug : page_slugs()) {
    if (slug.rfind("meta-", 0) != 0) continue;
    EXPECT_EQ(missing_metadata_fields(expected_of(slug)), "") << slug << " leaves metadata fields unstated";
  }
}

TEST(GoldenPages, EnoughMetadataFixturesInEnoughLanguages) {
  size_t fixtures = 0;
  std::set<std::string> languages;  // primary subtags: "zh-CN" and "zh-TW" are one language
  for (const std::string& slug : page_slugs()) {
    Json expected = expected_of(slug);
    if (!is_metadata_fixture(expected)) continue;
    ++fixtures;
    if (expected["language"].is_string()) {
      std::string tag = expected["language"].get<std::string>();
      languages.insert(tag.substr(0, tag.find('-')));
    }
  }
  EXPECT_GE(fixtures, kMinimumMetadataFixtures);
  EXPECT_GE(languages.size(), kMinimumMetadataLanguages);
}

// The runner itself must be able to fail: a snippet that is absent, an excluded one that is
// present and a field that differs each produce a difference.
TEST(GoldenPages, RunnerReportsEachKindOfDifference) {
  Json record = {{"title", "A"}, {"text", "one two\n\nthree"}};
  EXPECT_FALSE(first_difference(record, {{"text_contains", {"two three"}}}));
  EXPECT_TRUE(first_difference(record, {{"text_contains", {"four"}}}));
  EXPECT_TRUE(first_difference(record, {{"text_excludes", {"one"}}}));
  EXPECT_TRUE(first_difference(record, {{"title", "B"}}));
  EXPECT_TRUE(first_difference(record, {{"authors", Json::array()}}));
  EXPECT_FALSE(first_difference(record, {{"authors", nullptr}}));
  EXPECT_TRUE(first_difference(record, {{"title", nullptr}}));
}

TEST(GoldenPages, MetadataFixtureNamesEveryField) {
  Json expected = Json::object();
  for (std::string_view field : kMetadataFields) expected[std::string(field)] = nullptr;
  EXPECT_TRUE(is_metadata_fixture(expected));
  expected.erase("related");
  EXPECT_FALSE(is_metadata_fixture(expected));
  EXPECT_EQ(missing_metadata_fields(expected), "related");
}

}  // namespace
