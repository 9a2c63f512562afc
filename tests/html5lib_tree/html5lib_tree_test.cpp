// Conformance runner for the tree builder: html5lib-tests tree-construction/*.dat. Fragment
// cases and #script-on cases are skipped (lede parses whole documents with scripting off);
// every other case must produce the expected tree, unless known_failures.txt lists it with a
// reason. Set LEDE_TREE_VERBOSE=1 to print every failing case in full.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "html/parser.h"
#include "html/serialize_tree.h"

namespace {

constexpr double kRequiredPassRate = 97.0;
constexpr int kFailuresPrintedInDetail = 10;

struct TreeCase {
  std::string id;  // file:index (index counts from 0 within the file)
  std::string data;
  std::string expected;
  bool fragment = false;
  bool script_on = false;
};

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::string join(const std::vector<std::string>& lines, size_t first, size_t last) {
  std::string out;
  for (size_t i = first; i < last; ++i) {
    out += lines[i];
    if (i + 1 < last) out += '\n';
  }
  return out;
}

std::vector<TreeCase> parse_dat(const std::string& file_name, const std::string& text) {
  std::vector<TreeCase> cases;
  std::vector<std::string> lines = split_lines(text);
  size_t i = 0;
  while (i < lines.size()) {
    if (lines[i] != "#data") {
      ++i;
      continue;
    }
    TreeCase c;
    c.id = file_name + ":" + std::to_string(cases.size());
    size_t data_start = ++i;
    while (i < lines.size() && lines[i] != "#errors") ++i;
    c.data = join(lines, data_start, i);
    while (i < lines.size() && lines[i] != "#document") {
      if (lines[i] == "#document-fragment") c.fragment = true;
      if (lines[i] == "#script-on") c.script_on = true;
      ++i;
    }
    size_t doc_start = ++i;
    // The tree runs to the blank line before the next "#data" (text nodes may hold blank lines).
    while (i < lines.size() && !(lines[i] == "#data" && i > doc_start && lines[i - 1].empty())) ++i;
    size_t doc_end = i;
    while (doc_end > doc_start && lines[doc_end - 1].empty()) --doc_end;
    c.expected = join(lines, doc_start, doc_end) + "\n";
    cases.push_back(std::move(c));
  }
  return cases;
}

// known_failures.txt: "file.dat:index reason", '#' starts a comment line.
std::map<std::string, std::string> read_known_failures() {
  std::map<std::string, std::string> known;
  std::ifstream in(std::string(LEDE_TEST_DIR) + "/known_failures.txt");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t space = line.find(' ');
    known[line.substr(0, space)] = space == std::string::npos ? "" : line.substr(space + 1);
  }
  return known;
}

TEST(Html5libTreeTest, TreeConstruction) {
  std::filesystem::path dir =
      std::filesystem::path(LEDE_SHARED_DIR) / "testdata" / "html5lib-tests" / "tree-construction";
  ASSERT_TRUE(std::filesystem::is_directory(dir)) << dir;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".dat") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty());

  std::map<std::string, std::string> known = read_known_failures();
  bool verbose = std::getenv("LEDE_TREE_VERBOSE") != nullptr;
  size_t passed = 0, run = 0, skipped = 0;
  int detailed = 0;
  std::vector<std::string> unexpected, now_passing;
  for (const auto& path : files) {
    for (const TreeCase& c : parse_dat(path.filename().string(), read_file(path))) {
      if (c.fragment || c.script_on) {
        ++skipped;
        continue;
      }
      ++run;
      std::string actual = lede::html::serialize_tree(lede::html::parse(c.data));
      bool listed = known.count(c.id) > 0;
      if (actual == c.expected) {
        ++passed;
        if (listed) now_passing.push_back(c.id);
        continue;
      }
      if (listed && !verbose) continue;
      if (!listed) unexpected.push_back(c.id);
      if (verbose || detailed++ < kFailuresPrintedInDetail) {
        std::printf("FAIL %s%s\n#data\n%s\n#expected\n%s#actual\n%s\n", c.id.c_str(),
                    listed ? " (known)" : "", c.data.c_str(), c.expected.c_str(), actual.c_str());
      }
    }
  }
  double rate = run == 0 ? 0.0 : 100.0 * static_cast<double>(passed) / static_cast<double>(run);
  std::printf("tree-construction: %zu/%zu passed (%.1f%%), %zu skipped\n", passed, run, rate, skipped);
  for (const std::string& id : now_passing) std::printf("known failure now passes: %s\n", id.c_str());
  std::string ids;
  for (const std::string& id : unexpected) ids += id + " ";
  EXPECT_TRUE(unexpected.empty()) << unexpected.size() << " unexpected failures: " << ids;
  EXPECT_GE(rate, kRequiredPassRate);
}

}  // namespace
