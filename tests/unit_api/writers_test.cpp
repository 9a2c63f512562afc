// The writers: DESIGN.md's record with unknown fields absent, the error record, plain text.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "lede/writers.h"

namespace {

using Json = nlohmann::json;

TEST(JsonWriterTest, UnknownFieldsAreAbsent) {
  lede::Article article;
  article.title = "Title";
  article.text = "Body.";
  article.word_count = 1;
  std::string out;
  lede::write_json(article, out);
  Json record = Json::parse(out);
  EXPECT_EQ(record, Json({{"title", "Title"}, {"text", "Body."}, {"word_count", 1}}));
  EXPECT_EQ(out.find('\n'), std::string::npos) << "one line unless pretty";
}

TEST(JsonWriterTest, FullRecordInDesignOrder) {
  lede::Article a;
  a.url = "https://e.x/1";
  a.title = "T";
  a.authors = {{"Kim Min-ji", "correspondent", ""}, {"Cho Ki-weon", "", ""}};
  a.date_published = "2017-05-09T17:22:00+09:00";
  a.image = {"https://e.x/i.jpg", "A caption", "", ""};
  a.translations = {{"https://e.x/ko/1", "ko", "original"}};
  a.related = {{"https://e.x/2", "Another story"}};
  a.text = "Body.";
  a.warnings = {"something odd"};
  std::string out;
  lede::write_json(a, out, {.pretty = true, .source = "page.html"});
  Json record = Json::parse(out);
  EXPECT_EQ(out.find("\"source\""), 4u) << "source leads the record";
  EXPECT_EQ(record["authors"][0], Json({{"name", "Kim Min-ji"}, {"role", "correspondent"}}));
  EXPECT_EQ(record["authors"][1], Json({{"name", "Cho Ki-weon"}}));
  EXPECT_EQ(record["image"], Json({{"url", "https://e.x/i.jpg"}, {"caption", "A caption"}}));
  EXPECT_EQ(record["translations"][0]["relation"], "original");
  EXPECT_EQ(record["related"][0]["title"], "Another story");
  EXPECT_EQ(record["warnings"], Json::array({"something odd"}));
  EXPECT_LT(out.find("\"url\""), out.find("\"title\""));
  EXPECT_LT(out.find("\"title\""), out.find("\"authors\""));
  EXPECT_LT(out.find("\"date_published\""), out.find("\"text\""));
  EXPECT_NE(out.find('\n'), std::string::npos);
}

TEST(JsonWriterTest, ExplainObjectKeyedByField) {
  lede::Article a;
  a.date_published = "2023-06-10T09:00:00+02:00";
  a.text = "Body.";
  a.origins = {{"date_published",
                {"jsonld", "NewsArticle.datePublished", "2023-06-10T09:00:00+02:00"},
                {{"url", "path", "2023-06-10"}},
                {{"text", "Publicado: 9 de junio de 2023", "2023-06-09"}, {"text", "", "2023-06-08"}}},
               {"language", {"cld2", "", "es"}, {}, {}}};
  std::string out;
  lede::write_json(a, out);
  Json record = Json::parse(out);
  EXPECT_EQ(record["explain"]["date_published"],
            Json({{"source", "jsonld"},
                  {"key", "NewsArticle.datePublished"},
                  {"value", "2023-06-10T09:00:00+02:00"},
                  {"agreeing", {{{"source", "url"}, {"key", "path"}, {"value", "2023-06-10"}}}},
                  {"rejected",
                   {{{"source", "text"}, {"key", "Publicado: 9 de junio de 2023"}, {"value", "2023-06-09"}},
                    {{"source", "text"}, {"value", "2023-06-08"}}}}}));
  EXPECT_EQ(record["explain"]["language"], Json({{"source", "cld2"}, {"value", "es"}}))
      << "no key, no empty lists";
  EXPECT_GT(out.find("\"explain\""), out.find("\"text\"")) << "explain closes the record";
}

TEST(JsonWriterTest, BlocksWhenPresent) {
  lede::Article a;
  lede::Block heading;
  heading.type = lede::Block::Type::kHeading;
  heading.text = "Section";
  heading.level = 2;
  lede::Block list;
  list.type = lede::Block::Type::kList;
  list.items = {"one", "two"};
  a.blocks = {heading, list};
  std::string out;
  lede::write_json(a, out);
  Json record = Json::parse(out);
  EXPECT_EQ(record["blocks"][0], Json({{"type", "heading"}, {"text", "Section"}, {"level", 2}}));
  EXPECT_EQ(record["blocks"][1], Json({{"type", "list"}, {"items", {"one", "two"}}}));
}

TEST(JsonWriterTest, InvalidUtf8IsReplacedNotThrown) {
  lede::Article a;
  a.text = "bad \xff byte";
  std::string out;
  EXPECT_NO_THROW(lede::write_json(a, out));
  EXPECT_EQ(Json::parse(out)["text"], "bad \xef\xbf\xbd byte");
}

// The record is laid out as nlohmann::json prints it, compact or indented: parsing it and
// printing it again gives the same bytes.
TEST(JsonWriterTest, LayoutIsNlohmannDump) {
  lede::Article a;
  a.url = "https://e.x/1";
  a.title = "Quotes \" and \\ and \t tabs, \x01 a control, caf\u00e9 \u6771\u4eac";
  a.authors = {{"Kim Min-ji", "", ""}};
  a.tags = {"one", "two"};
  a.image = {"https://e.x/i.jpg", "", "", ""};
  lede::Block table;
  table.type = lede::Block::Type::kTable;
  table.text = "a b\nc";
  table.rows = {{"a", "b"}, {"c", ""}};
  lede::Block heading;
  heading.type = lede::Block::Type::kHeading;
  heading.text = "Section";
  heading.level = 3;
  a.blocks = {heading, table};
  a.text = "Line one.\n\nLine two.";
  a.word_count = 4;
  for (bool pretty : {false, true}) {
    std::string out;
    lede::write_json(a, out, {.pretty = pretty, .source = "dir/page.html"});
    EXPECT_EQ(nlohmann::ordered_json::parse(out).dump(pretty ? 2 : -1), out);
  }
  std::string error;
  lede::write_json_error("url", "https://e.x/", {lede::ErrorKind::kEmpty, ""}, error, {.pretty = true, .source = {}});
  EXPECT_EQ(nlohmann::ordered_json::parse(error).dump(2), error);
}

TEST(JsonWriterTest, ErrorRecord) {
  std::string out;
  lede::write_json_error("source", "dir/a.pdf", {lede::ErrorKind::kNotHtml, "the input is a PDF document"}, out);
  EXPECT_EQ(Json::parse(out),
            Json({{"source", "dir/a.pdf"},
                  {"error", {{"kind", "not_html"}, {"message", "the input is a PDF document"}}}}));
  out.clear();
  lede::write_json_error("url", "https://e.x/", {lede::ErrorKind::kEmpty, ""}, out);
  EXPECT_EQ(Json::parse(out)["error"]["message"], lede::error_kind_message(lede::ErrorKind::kEmpty));
}

TEST(TextWriterTest, TitleBlankLineBody) {
  lede::Article a;
  a.title = "Title";
  a.text = "One.\n\nTwo.";
  std::string out;
  lede::write_text(a, out);
  EXPECT_EQ(out, "Title\n\nOne.\n\nTwo.\n");
  lede::Article empty;
  out.clear();
  lede::write_text(empty, out);
  EXPECT_EQ(out, "");
}

}  // namespace
