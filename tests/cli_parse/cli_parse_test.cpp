// End-to-end checks of `lede parse`: the built binary runs on pages written for this test (and
// on gzipped, corrupt and missing files made here), and its output and exit codes are checked.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

const fs::path kPages = fs::path(LEDE_TEST_DIR) / "pages";

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_gzip(const fs::path& path, const std::string& bytes) {
  gzFile out = gzopen(path.c_str(), "wb");
  ASSERT_NE(out, nullptr);
  ASSERT_EQ(gzwrite(out, bytes.data(), static_cast<unsigned>(bytes.size())), static_cast<int>(bytes.size()));
  ASSERT_EQ(gzclose(out), Z_OK);
}

/// The stats row whose last column is `label` split into its numeric columns.
std::vector<double> stats_row(const std::string& out, const std::string& label) {
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    if (line.size() < label.size() || line.compare(line.size() - label.size(), label.size(), label) != 0) continue;
    std::istringstream fields(line);
    std::vector<double> numbers;
    for (double v; fields >> v;) numbers.push_back(v);
    return numbers;
  }
  return {};
}

// Column positions in `lede parse --stats` rows.
constexpr size_t kElements = 0, kText = 1, kComments = 2, kAttrs = 3, kBytes = 4, kDepth = 5;

class CliParseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    scratch_ = fs::temp_directory_path() /
               ("lede_cli_parse_" + std::to_string(::getpid()) + "_" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(scratch_);
    fs::create_directories(scratch_);
  }
  void TearDown() override { fs::remove_all(scratch_); }

  RunResult run(const std::string& args) {
    fs::path out = scratch_ / "stdout.txt";
    fs::path err = scratch_ / "stderr.txt";
    std::string command = std::string(LEDE_BINARY) + " " + args + " </dev/null >" + out.string() + " 2>" + err.string();
    int status = std::system(command.c_str());
    RunResult r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = read_all(out);
    r.err = read_all(err);
    return r;
  }

  fs::path scratch_;
};

TEST_F(CliParseTest, TreePrintsHtml5libFormat) {
  RunResult r = run("parse --tree " + (kPages / "small.html").string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, read_all(kPages / "small.tree"));
}

TEST_F(CliParseTest, TreeReadsGzippedPages) {
  write_gzip(scratch_ / "small.html.gz", read_all(kPages / "small.html"));
  RunResult r = run("parse --tree " + (scratch_ / "small.html.gz").string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, read_all(kPages / "small.tree"));
}

TEST_F(CliParseTest, StatsCountsOnePage) {
  RunResult r = run("parse --stats " + (kPages / "small.html").string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<double> row = stats_row(r.out, "small.html");
  ASSERT_GE(row.size(), kDepth + 1) << r.out;
  EXPECT_EQ(row[kElements], 6);  // html head title body p b
  EXPECT_EQ(row[kText], 5);
  EXPECT_EQ(row[kComments], 1);
  EXPECT_EQ(row[kAttrs], 1);
  EXPECT_EQ(row[kBytes], static_cast<double>(fs::file_size(kPages / "small.html")));
  EXPECT_EQ(row[kDepth], 4);  // html > body > p > b
  EXPECT_FALSE(stats_row(r.out, "TOTAL (1 page)").empty()) << r.out;
}

TEST_F(CliParseTest, StatsWalksDirectoriesAndReportsBadFiles) {
  fs::create_directories(scratch_ / "site" / "deeper");
  fs::copy_file(kPages / "small.html", scratch_ / "site" / "small.html");
  write_gzip(scratch_ / "site" / "deeper" / "second.htm.gz", read_all(kPages / "second.htm"));
  std::ofstream(scratch_ / "site" / "notes.txt") << "not a page";
  // A gzip stream cut in half: reported, and the run goes on.
  write_gzip(scratch_ / "whole.gz", std::string(4000, 'x') + "<p>end</p>");
  std::string whole = read_all(scratch_ / "whole.gz");
  std::ofstream(scratch_ / "site" / "broken.html.gz", std::ios::binary) << whole.substr(0, whole.size() / 2);

  RunResult r = run("parse --stats " + (scratch_ / "site").string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("lede parse: cannot read '" + (scratch_ / "site" / "broken.html.gz").string() + "'"),
            std::string::npos) << r.err;
  EXPECT_EQ(r.out.find("notes.txt"), std::string::npos);
  std::vector<double> second = stats_row(r.out, "second.htm.gz");
  ASSERT_GE(second.size(), kDepth + 1) << r.out;
  EXPECT_EQ(second[kElements], 7);  // html head body ul li li li
  EXPECT_EQ(second[kDepth], 4);
  std::vector<double> total = stats_row(r.out, "TOTAL (2 pages)");
  ASSERT_GE(total.size(), kDepth + 1) << r.out;
  EXPECT_EQ(total[kElements], 13);
  EXPECT_EQ(total[kComments], 1);
}

TEST_F(CliParseTest, MissingFileIsAOneLineError) {
  std::string missing = (scratch_ / "nope.html").string();
  for (const char* mode : {"--stats", "--tree"}) {
    RunResult r = run(std::string("parse ") + mode + " " + missing);
    EXPECT_EQ(r.exit_code, 2) << mode;
    EXPECT_EQ(r.err, "lede parse: cannot read '" + missing + "': No such file or directory\n") << mode;
  }
}

TEST_F(CliParseTest, EmptyDirectoryIsAnError) {
  RunResult r = run("parse --stats " + scratch_.string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no page files found"), std::string::npos) << r.err;
}

TEST_F(CliParseTest, DepthCapOptionApplies) {
  std::string deep;
  for (int i = 0; i < 100; ++i) deep += "<div>";
  std::ofstream(scratch_ / "deep.html") << deep;
  RunResult r = run("parse --stats --max-depth 10 " + (scratch_ / "deep.html").string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<double> row = stats_row(r.out, "deep.html");
  ASSERT_GE(row.size(), kDepth + 1) << r.out;
  EXPECT_EQ(row[kElements], 103);
  EXPECT_EQ(row[kDepth], 10);
}

TEST_F(CliParseTest, ScriptingFlagTurnsNoscriptIntoText) {
  // §13.2.6.4.7: with scripting on, <noscript> content is raw text, not markup.
  std::ofstream(scratch_ / "noscript.html") << "<body><noscript><p>enable scripts</p></noscript>";
  std::string page = (scratch_ / "noscript.html").string();
  std::vector<double> off = stats_row(run("parse --stats " + page).out, "noscript.html");
  std::vector<double> on = stats_row(run("parse --stats --scripting " + page).out, "noscript.html");
  ASSERT_GE(off.size(), kDepth + 1);
  ASSERT_GE(on.size(), kDepth + 1);
  EXPECT_EQ(off[kElements], 5);  // html head body noscript p
  EXPECT_EQ(on[kElements], 4);   // html head body noscript
  EXPECT_EQ(on[kText], 1);
}

TEST_F(CliParseTest, BadCommandLinesExitWithUsageCode) {
  std::string page = (kPages / "small.html").string();
  EXPECT_EQ(run("parse " + page).exit_code, 1);                      // neither --tree nor --stats
  EXPECT_EQ(run("parse --tree --stats " + page).exit_code, 1);       // both
  EXPECT_EQ(run("parse --tree " + page + " " + page).exit_code, 1);  // --tree takes one file
  EXPECT_EQ(run("parse --stats").exit_code, 1);                      // no file
}

TEST_F(CliParseTest, HelpShowsExamples) {
  RunResult r = run("parse --help");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("Examples:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("lede parse --tree page.html"), std::string::npos);
}

}  // namespace
