// Runs html5lib-tests/encoding/*.dat: each test is "#data" (a page) and "#encoding" (the
// encoding a browser settles on without a transport charset). lede's answer is
// sniff_encoding() with no hints. The tests in scripted/ need a script engine
// (document.write) and are not run; chardet/test_big5.txt checks detection.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "decode/decode.h"

namespace lede::decode {
namespace {

const std::filesystem::path kEncodingDir =
    std::filesystem::path(LEDE_SHARED_DIR) / "testdata" / "html5lib-tests" / "encoding";

std::string read_file(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream content;
  content << file.rdbuf();
  return content.str();
}

struct EncodingCase {
  std::string data;
  std::string expected;  // an encoding label
};

// The .dat format: "#data\n<bytes>\n#encoding\n<label>\n", tests separated by a blank line.
std::vector<EncodingCase> parse_dat(const std::string& text) {
  constexpr std::string_view kData = "#data\n";
  constexpr std::string_view kEncoding = "\n#encoding\n";
  std::vector<EncodingCase> cases;
  std::size_t pos = text.find(kData);
  while (pos != std::string::npos) {
    const std::size_t data_start = pos + kData.size();
    const std::size_t data_end = text.find(kEncoding, data_start);
    if (data_end == std::string::npos) break;
    const std::size_t label_start = data_end + kEncoding.size();
    const std::size_t label_end = text.find('\n', label_start);
    cases.push_back({text.substr(data_start, data_end - data_start),
                     text.substr(label_start, label_end - label_start)});
    pos = label_end == std::string::npos ? label_end : text.find(kData, label_end);
  }
  return cases;
}

// "<file>:<index>" -> reason, from known_failures.txt.
std::map<std::string, std::string> read_known_failures() {
  std::map<std::string, std::string> known;
  std::istringstream lines(read_file(std::filesystem::path(LEDE_TEST_DIR) / "known_failures.txt"));
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty() || line.front() == '#') continue;
    const std::size_t space = line.find(' ');
    known[line.substr(0, space)] = space == std::string::npos ? "" : line.substr(space + 1);
  }
  return known;
}

TEST(Html5libEncodingTest, PrescanMatchesExpectedEncodings) {
  ASSERT_TRUE(std::filesystem::is_directory(kEncodingDir)) << kEncodingDir;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(kEncodingDir)) {
    if (entry.path().extension() == ".dat") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty());

  const std::map<std::string, std::string> known = read_known_failures();
  int passed = 0;
  int total = 0;
  for (const auto& file : files) {
    const std::vector<EncodingCase> cases = parse_dat(read_file(file));
    EXPECT_FALSE(cases.empty()) << file;
    for (std::size_t i = 0; i < cases.size(); ++i) {
      const std::string id = file.filename().string() + ":" + std::to_string(i);
      const auto expected = encoding_for_label(cases[i].expected);
      ASSERT_TRUE(expected) << id << ": unknown expected label " << cases[i].expected;
      const Sniffed sniffed = sniff_encoding(cases[i].data);
      const bool ok = sniffed.encoding == *expected;
      ++total;
      passed += ok ? 1 : 0;
      const bool listed = known.contains(id);
      if (!ok && !listed) {
        ADD_FAILURE() << id << ": expected " << encoding_name(*expected) << ", got "
                      << encoding_name(sniffed.encoding) << " ("
                      << encoding_source_name(sniffed.source) << ")\n"
                      << cases[i].data.substr(0, 200);
      }
      if (ok && listed) ADD_FAILURE() << id << " passes now: remove it from known_failures.txt";
    }
  }
  std::cout << "html5lib encoding: " << passed << "/" << total << " passed\n";
  RecordProperty("passed", passed);
  RecordProperty("total", total);
}

TEST(Html5libEncodingTest, DetectsUndeclaredBig5) {
  const std::string text = read_file(kEncodingDir / "chardet" / "test_big5.txt");
  ASSERT_FALSE(text.empty());
  const Sniffed sniffed = sniff_encoding(text);
  EXPECT_EQ(encoding_name(sniffed.encoding), "Big5");
  EXPECT_EQ(sniffed.source, EncodingSource::kDetected);
}

}  // namespace
}  // namespace lede::decode
