// The `lede` command as users run it: one page, stdin, directories, formats, bad inputs in a
// batch, exit codes (0 success, 1 usage error, 2 input unreadable or not a page).
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

const fs::path kExamplePage = fs::path(LEDE_SOURCE_DIR) / "examples" / "bilingual-news.html";

constexpr int kExitOk = 0;
constexpr int kExitUsage = 1;
constexpr int kExitInput = 2;

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

class CliExtractTest : public testing::Test {
 protected:
  void SetUp() override {
    scratch_ = fs::temp_directory_path() /
               ("lede_cli_extract_" + std::to_string(::getpid()) + "_" +
                testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(scratch_);
    fs::create_directories(scratch_);
  }
  void TearDown() override { fs::remove_all(scratch_); }

  // Runs `lede ARGS`, with standard input from `stdin_path` (or /dev/null).
  RunResult run(const std::string& args, const fs::path& stdin_path = "/dev/null") {
    fs::path out = scratch_ / "stdout.txt";
    fs::path err = scratch_ / "stderr.txt";
    std::string command = std::string(LEDE_BINARY) + " " + args + " < '" + stdin_path.string() +
                          "' > '" + out.string() + "' 2> '" + err.string() + "'";
    int status = std::system(command.c_str());
    RunResult r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = read_all(out);
    r.err = read_all(err);
    return r;
  }

  fs::path write(const std::string& name, const std::string& bytes) {
    fs::path path = scratch_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

  fs::path write_gzip(const std::string& name, const std::string& bytes) {
    fs::path path = scratch_ / name;
    fs::create_directories(path.parent_path());
    gzFile file = gzopen(path.c_str(), "wb");
    gzwrite(file, bytes.data(), static_cast<unsigned>(bytes.size()));
    gzclose(file);
    return path;
  }

  fs::path scratch_;
};

const std::string kSmallPage =
    "<!doctype html><html><head><title>Small page</title></head><body><article>"
    "<p>The first paragraph of a small page holds enough words to read as a paragraph of prose, "
    "with a comma, a clause and a full stop at its end.</p>"
    "<p>The second paragraph says a little more about the same subject, so that the page reads "
    "like an article rather than a menu or a list of links.</p></article></body></html>";

TEST_F(CliExtractTest, OnePageAsText) {
  RunResult r = run("'" + kExamplePage.string() + "'");
  EXPECT_EQ(r.exit_code, kExitOk) << r.err;
  EXPECT_NE(r.out.find("South Korea and Japan have agreed to resume negotiations"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("Most viewed articles"), std::string::npos);
}

TEST_F(CliExtractTest, StdinByDashAndByDefault) {
  fs::path page = write("page.html", kSmallPage);
  for (const char* args : {"-", ""}) {
    RunResult r = run(args, page);
    EXPECT_EQ(r.exit_code, kExitOk) << args << r.err;
    EXPECT_NE(r.out.find("The second paragraph says a little more"), std::string::npos) << args;
  }
}

TEST_F(CliExtractTest, JsonRecordCarriesSourceUrlAndText) {
  fs::path page = write("page.html", kSmallPage);
  RunResult r = run("-f json --url https://example.com/a/1 '" + page.string() + "'");
  ASSERT_EQ(r.exit_code, kExitOk) << r.err;
  Json record = Json::parse(r.out);
  EXPECT_EQ(record["source"], page.string());
  EXPECT_EQ(record["url"], "https://example.com/a/1");
  EXPECT_NE(record["text"].get<std::string>().find("The first paragraph"), std::string::npos);
  EXPECT_TRUE(record["word_count"].get<int>() > 20);
  EXPECT_FALSE(record.contains("canonical_url")) << "unknown fields are absent";
}

TEST_F(CliExtractTest, OutputFileOption) {
  fs::path page = write("page.html", kSmallPage);
  fs::path out = scratch_ / "article.txt";
  RunResult r = run("-o '" + out.string() + "' '" + page.string() + "'");
  EXPECT_EQ(r.exit_code, kExitOk) << r.err;
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(read_all(out).find("The first paragraph"), std::string::npos);
}

TEST_F(CliExtractTest, GzippedPageIsReadAsIs) {
  fs::path page = write_gzip("page.html.gz", kSmallPage);
  RunResult r = run("'" + page.string() + "'");
  EXPECT_EQ(r.exit_code, kExitOk) << r.err;
  EXPECT_NE(r.out.find("The first paragraph"), std::string::npos);
}

// A batch: every input yields exactly one record, bad ones included, in path order, and the
// run goes on past them; the exit code says some input failed.
TEST_F(CliExtractTest, DirectoryBatchAsJsonl) {
  write("site/a.html", kSmallPage);
  write("site/b_empty.html", "");
  write("site/c_report.html", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
  write_gzip("site/d_zipped.html.gz", std::string("PK\x03\x04", 4) + std::string(200, '\x01'));
  write("site/deeper/e.htm", kSmallPage);
  write("site/notes.txt", "not picked up: not a page name");
  RunResult r = run("-f jsonl '" + (scratch_ / "site").string() + "'");
  EXPECT_EQ(r.exit_code, kExitInput);

  std::vector<std::string> lines = lines_of(r.out);
  ASSERT_EQ(lines.size(), 5u) << r.out;
  std::vector<Json> records;
  for (const std::string& line : lines) records.push_back(Json::parse(line));
  EXPECT_TRUE(records[0]["source"].get<std::string>().ends_with("a.html"));
  EXPECT_NE(records[0]["text"].get<std::string>().find("The first paragraph"), std::string::npos);
  EXPECT_EQ(records[1]["error"]["kind"], "empty");
  EXPECT_EQ(records[2]["error"]["kind"], "not_html");
  EXPECT_NE(records[2]["error"]["message"].get<std::string>().find("PDF"), std::string::npos);
  EXPECT_EQ(records[3]["error"]["kind"], "not_html");
  EXPECT_TRUE(records[4]["source"].get<std::string>().ends_with("deeper/e.htm"));
  EXPECT_TRUE(records[4].contains("text"));

  // One line on stderr per bad input, naming it.
  std::vector<std::string> errors = lines_of(r.err);
  ASSERT_EQ(errors.size(), 3u) << r.err;
  EXPECT_NE(errors[0].find("b_empty.html: empty:"), std::string::npos) << errors[0];
}

TEST_F(CliExtractTest, JsonBatchIsOneArray) {
  fs::path a = write("a.html", kSmallPage);
  fs::path missing = scratch_ / "missing.html";
  RunResult r = run("-f json '" + a.string() + "' '" + missing.string() + "'");
  EXPECT_EQ(r.exit_code, kExitInput);
  Json records = Json::parse(r.out);
  ASSERT_TRUE(records.is_array());
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[1]["source"], missing.string());
  EXPECT_EQ(records[1]["error"]["kind"], "unreadable");
  EXPECT_EQ(r.err, "lede: " + missing.string() + ": unreadable: No such file or directory\n");
}

TEST_F(CliExtractTest, BinaryAndTextThatIsNotHtml) {
  std::string binary;
  for (int i = 0; i < 4096; ++i) binary += static_cast<char>((i * 7919) % 256);
  fs::path noise = write("noise.html", binary);
  fs::path csv = write("table.html", "id,name\n1,alpha\n2,beta\n");
  fs::path png = write("image.html", std::string("\x89PNG\r\n\x1a\n", 8) + std::string(64, '\0'));
  for (const fs::path& path : {noise, csv, png}) {
    RunResult r = run("-f jsonl '" + path.string() + "'");
    EXPECT_EQ(r.exit_code, kExitInput) << path;
    Json record = Json::parse(r.out);
    EXPECT_EQ(record["error"]["kind"], "not_html") << path;
    EXPECT_EQ(lines_of(r.err).size(), 1u) << r.err;
  }
}

TEST_F(CliExtractTest, ErrorRecordNamesTheUrlWhenGiven) {
  fs::path empty = write("empty.html", "  \n ");
  RunResult r = run("-f json --url https://example.com/x '" + empty.string() + "'");
  EXPECT_EQ(r.exit_code, kExitInput);
  Json record = Json::parse(r.out);
  EXPECT_EQ(record["url"], "https://example.com/x");
  EXPECT_FALSE(record.contains("source"));
  EXPECT_EQ(record["error"]["kind"], "empty");
}

TEST_F(CliExtractTest, PageWithoutArticleIsSuccessWithWarning) {
  fs::path page = write("nav.html",
                        "<html><body><nav><a href=/a>Home</a> <a href=/b>About</a></nav></body></html>");
  RunResult r = run("-f json '" + page.string() + "'");
  EXPECT_EQ(r.exit_code, kExitOk) << r.err;
  Json record = Json::parse(r.out);
  EXPECT_EQ(record["text"], "");
  EXPECT_FALSE(record["warnings"].empty());
  EXPECT_NE(r.err.find("warning"), std::string::npos);
}

TEST_F(CliExtractTest, UsageErrors) {
  fs::path page = write("page.html", kSmallPage);
  EXPECT_EQ(run("--no-such-option '" + page.string() + "'").exit_code, kExitUsage);
  EXPECT_EQ(run("-f xml '" + page.string() + "'").exit_code, kExitUsage);
  EXPECT_EQ(run("--precision --recall '" + page.string() + "'").exit_code, kExitUsage);
  EXPECT_EQ(run("--explain --no-metadata '" + page.string() + "'").exit_code, kExitUsage);
  EXPECT_EQ(run("--url https://e.x/ '" + page.string() + "' '" + page.string() + "'").exit_code, kExitUsage);
}

TEST_F(CliExtractTest, HelpAndVersion) {
  RunResult help = run("--help");
  EXPECT_EQ(help.exit_code, kExitOk);
  EXPECT_NE(help.out.find("Examples:"), std::string::npos) << help.out;
  EXPECT_NE(help.out.find("--precision"), std::string::npos);
  EXPECT_NE(help.out.find("--explain"), std::string::npos);
  RunResult version = run("--version");
  EXPECT_EQ(version.exit_code, kExitOk);
  EXPECT_NE(version.out.find('.'), std::string::npos) << version.out;
}

TEST_F(CliExtractTest, NoMetadataLeavesTheMetadataFieldsOut) {
  std::string page = "'" + kExamplePage.string() + "'";
  RunResult full = run("-f json " + page);
  RunResult body = run("-f json --no-metadata " + page);
  ASSERT_EQ(full.exit_code, kExitOk) << full.err;
  ASSERT_EQ(body.exit_code, kExitOk) << body.err;
  Json with = Json::parse(full.out);
  Json without = Json::parse(body.out);
  for (const char* field : {"title", "date_published", "authors", "canonical_url", "language"}) {
    EXPECT_TRUE(with.contains(field)) << field;
    EXPECT_FALSE(without.contains(field)) << field;
  }
  EXPECT_EQ(without["text"], with["text"]);
  EXPECT_NE(run("--help").out.find("--no-metadata"), std::string::npos);
}

TEST_F(CliExtractTest, PresetsRun) {
  for (const char* preset : {"--precision", "--recall"}) {
    RunResult r = run(std::string(preset) + " '" + kExamplePage.string() + "'");
    EXPECT_EQ(r.exit_code, kExitOk) << preset << r.err;
    EXPECT_NE(r.out.find("South Korea and Japan"), std::string::npos) << preset;
  }
}


// A Spanish page whose sources disagree on the day: the JSON-LD and the URL say 10 June, the
// date line under the headline says 9 June (the wire copy's day). The <title> carries the
// site's suffix, the other titles do not.
const std::string kDisagreeingPage =
    "<!doctype html><html lang=\"es\"><head><meta charset=\"utf-8\">"
    "<title>Abre el nuevo puente sobre el río Segura | Diario del Sur</title>"
    "<meta property=\"og:title\" content=\"Abre el nuevo puente sobre el río Segura\">"
    "<meta property=\"og:site_name\" content=\"Diario del Sur\">"
    "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", "
    "\"headline\": \"Abre el nuevo puente sobre el río Segura\", "
    "\"datePublished\": \"2023-06-10T09:00:00+02:00\", \"dateModified\": \"2023-06-10T13:30:00+02:00\", "
    "\"author\": {\"@type\": \"Person\", \"name\": \"Lucía Ramos\"}}</script>"
    "</head><body><header><a href=\"/\">Diario del Sur</a></header>"
    "<article><h1>Abre el nuevo puente sobre el río Segura</h1>"
    "<p class=\"byline\">Por Lucía Ramos</p><p class=\"fecha\">Publicado: 9 de junio de 2023</p>"
    "<p>El puente que une los dos barrios de la ciudad se abrió al tráfico esta mañana, tras dos "
    "años de obras y varios retrasos por las lluvias del invierno.</p>"
    "<p>El alcalde dijo que el nuevo paso reducirá a la mitad el tiempo de viaje entre el centro y "
    "el hospital, y que los autobuses lo usarán desde el lunes.</p></article></body></html>";

const char* kDisagreeingUrl = "https://diariodelsur.example/2023/06/10/puente-segura";

bool has_note(const Json& notes, const std::string& source, const std::string& key, const std::string& value) {
  for (const Json& note : notes) {
    if (note["source"] == source && note.value("key", "") == key && note["value"] == value) return true;
  }
  return false;
}

TEST_F(CliExtractTest, ExplainNamesWhereEachFieldCameFrom) {
  fs::path page = write("puente.html", kDisagreeingPage);
  RunResult r = run("-f json --explain --url " + std::string(kDisagreeingUrl) + " '" + page.string() + "'");
  ASSERT_EQ(r.exit_code, kExitOk) << r.err;
  Json record = Json::parse(r.out);
  ASSERT_TRUE(record.contains("explain")) << r.out;
  const Json& explain = record["explain"];

  // The day two sources state beats the one line that says otherwise, which is listed as
  // beaten, as written.
  EXPECT_EQ(record["date_published"], "2023-06-10T09:00:00+02:00");
  const Json& published = explain["date_published"];
  EXPECT_EQ(published["source"], "jsonld");
  EXPECT_EQ(published["key"], "NewsArticle.datePublished");
  EXPECT_EQ(published["value"], "2023-06-10T09:00:00+02:00");
  EXPECT_TRUE(has_note(published["agreeing"], "url", "path", "2023-06-10")) << published.dump(1);
  EXPECT_TRUE(has_note(published["rejected"], "text", "Publicado: 9 de junio de 2023", "2023-06-09"))
      << published.dump(1);
  EXPECT_EQ(published["rejected"].size(), 1u) << "one line, listed once: " << published.dump(1);

  // The <title> with the site's suffix supports the clean headline.
  const Json& title = explain["title"];
  EXPECT_EQ(title["value"], record["title"]);
  EXPECT_TRUE(has_note(title["agreeing"], "title", "<title>", "Abre el nuevo puente sobre el río Segura | Diario del Sur"))
      << title.dump(1);
  EXPECT_TRUE(has_note(title["agreeing"], "opengraph", "og:title", "Abre el nuevo puente sobre el río Segura"));
  EXPECT_FALSE(title.contains("rejected"));

  EXPECT_EQ(explain["site_name"]["key"], "og:site_name");
  EXPECT_EQ(explain["date_modified"]["key"], "NewsArticle.dateModified");
  EXPECT_EQ(explain["authors"]["value"], "Lucía Ramos");
  EXPECT_TRUE(has_note(explain["authors"]["agreeing"], "text", "Por Lucía Ramos", "Lucía Ramos"));
  EXPECT_EQ(explain["language"]["source"], "html-lang");
  // Fields the record lacks are not explained.
  EXPECT_FALSE(explain.contains("canonical_url"));
  EXPECT_FALSE(explain.contains("image"));
}

TEST_F(CliExtractTest, WithoutExplainTheRecordIsUnchanged) {
  fs::path page = write("puente.html", kDisagreeingPage);
  std::string args = " --url " + std::string(kDisagreeingUrl) + " '" + page.string() + "'";
  RunResult plain = run("-f json" + args);
  RunResult explained = run("-f json --explain" + args);
  ASSERT_EQ(plain.exit_code, kExitOk) << plain.err;
  Json a = Json::parse(plain.out);
  Json b = Json::parse(explained.out);
  EXPECT_FALSE(a.contains("explain"));
  b.erase("explain");
  EXPECT_EQ(a, b) << "--explain only adds the explain object";
  RunResult text = run("--explain" + args);
  EXPECT_EQ(text.out, run(args.substr(1)).out) << "text output has no place for origins";
}

}  // namespace
