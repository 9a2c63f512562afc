// Runs every html5lib-tests tokenizer test (../shared/testdata/html5lib-tests/tokenizer/*.test,
// read in place) in each of its initial states and compares the token streams, adjacent
// character tokens merged. Parse error lists are compared by COUNT only: lede counts errors
// (Tokenizer::error_count) without codes or positions, and skips the input-stream checks
// (control characters, noncharacters), so tests expecting those are not count-checked.
//
// Tests listed in known_failures.txt (one id per line, then the reason) may fail; any other
// failure fails this test, and so does a listed test that now passes (update the list).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "html/document_builder.h"
#include "html/tokenizer/tokenizer.h"
#include "core/utf8.h"

namespace lede::html {
namespace {

using nlohmann::json;

const std::filesystem::path kTestDir =
    std::filesystem::path(LEDE_SHARED_DIR) / "testdata" / "html5lib-tests" / "tokenizer";

// The second round of unescaping for "doubleEscaped" tests: \uHHHH sequences, surrogate pairs
// joined. Returns nullopt for a lone surrogate, which UTF-8 (lede's input) cannot carry.
std::optional<std::string> unescape(const std::string& s) {
  std::string out;
  auto hex4 = [&](size_t at) -> std::optional<uint32_t> {
    if (at + 6 > s.size() || s[at] != '\\' || s[at + 1] != 'u') return std::nullopt;
    return static_cast<uint32_t>(std::stoul(s.substr(at + 2, 4), nullptr, 16));
  };
  for (size_t i = 0; i < s.size();) {
    std::optional<uint32_t> cp = hex4(i);
    if (!cp) {
      out += s[i++];
      continue;
    }
    i += 6;
    if (*cp >= 0xD800 && *cp <= 0xDBFF) {
      std::optional<uint32_t> low = hex4(i);
      if (!low || *low < 0xDC00 || *low > 0xDFFF) return std::nullopt;
      cp = 0x10000 + ((*cp - 0xD800) << 10) + (*low - 0xDC00);
      i += 6;
    } else if (*cp >= 0xDC00 && *cp <= 0xDFFF) {
      return std::nullopt;
    }
    lede::append_utf8(out, static_cast<char32_t>(*cp));
  }
  return out;
}

std::optional<json> unescape_all(const json& value) {
  if (value.is_string()) {
    std::optional<std::string> s = unescape(value.get<std::string>());
    if (!s) return std::nullopt;
    return json(*s);
  }
  if (value.is_array() || value.is_object()) {
    json out = value;
    for (auto it = out.begin(); it != out.end(); ++it) {
      std::optional<json> v = unescape_all(it.value());
      if (!v) return std::nullopt;
      it.value() = *v;
    }
    if (value.is_object()) {  // keys too
      json keyed = json::object();
      for (auto it = out.begin(); it != out.end(); ++it) {
        std::optional<std::string> k = unescape(it.key());
        if (!k) return std::nullopt;
        keyed[*k] = it.value();
      }
      return keyed;
    }
    return out;
  }
  return value;
}

// Preprocessing the input stream (§13.2.3.5), as parse() does: CR LF and lone CR become LF.
std::string normalize_newlines(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

json merge_characters(const json& tokens) {
  json out = json::array();
  for (const json& t : tokens) {
    if (t[0] == "Character" && !out.empty() && out.back()[0] == "Character") {
      out.back()[1] = out.back()[1].get<std::string>() + t[1].get<std::string>();
    } else {
      out.push_back(t);
    }
  }
  return out;
}

// The initial states html5lib-tests name, with the short form used in test ids.
struct InitialState {
  std::string_view name;
  std::string_view id;
  TokenizerState state;
  bool cdata_section;  // the CDATA section state, which is not a TokenizerState
};
constexpr InitialState kInitialStates[] = {
    {"Data state", "Data", TokenizerState::kData, false},
    {"PLAINTEXT state", "PLAINTEXT", TokenizerState::kPlaintext, false},
    {"RCDATA state", "RCDATA", TokenizerState::kRcdata, false},
    {"RAWTEXT state", "RAWTEXT", TokenizerState::kRawtext, false},
    {"Script data state", "ScriptData", TokenizerState::kScriptData, false},
    {"CDATA section state", "CDATA", TokenizerState::kData, true},
};

const InitialState& initial_state_named(std::string_view name) {
  for (const InitialState& s : kInitialStates) {
    if (s.name == name) return s;
  }
  ADD_FAILURE() << "unknown initial state " << name;
  return kInitialStates[0];
}

json tokenize(const std::string& input, const InitialState& initial_state,
              const json& last_start_tag, uint32_t& errors) {
  DocumentBuilder doc(input);
  Tokenizer tokenizer(doc);
  if (last_start_tag.is_string()) tokenizer.set_last_start_tag(last_start_tag.get<std::string>());
  tokenizer.set_state(initial_state.state);
  if (initial_state.cdata_section) tokenizer.enter_cdata_section();

  json out = json::array();
  auto str = [&](StrRef ref) { return std::string(doc.str(ref)); };
  Token token;
  for (tokenizer.next(token); token.kind != TokenKind::kEof; tokenizer.next(token)) {
    switch (token.kind) {
      case TokenKind::kDoctype: {
        const Doctype& d = token.doctype;
        out.push_back({"DOCTYPE", token.has_doctype_name ? json(str(d.name)) : json(nullptr),
                       d.has_public_id ? json(str(d.public_id)) : json(nullptr),
                       d.has_system_id ? json(str(d.system_id)) : json(nullptr),
                       !token.force_quirks});
        break;
      }
      case TokenKind::kStartTag: {
        json attributes = json::object();
        for (const Attribute& a : token.attributes) attributes[str(a.name)] = str(a.value);
        json tag = {"StartTag", str(token.name), attributes};
        if (token.self_closing) tag.push_back(true);
        out.push_back(tag);
        break;
      }
      case TokenKind::kEndTag:
        out.push_back({"EndTag", str(token.name)});
        break;
      case TokenKind::kComment:
        out.push_back({"Comment", str(token.data)});
        break;
      case TokenKind::kCharacters:
        out.push_back({"Character", str(token.data)});
        break;
      case TokenKind::kEof:
        break;
    }
  }
  errors = tokenizer.error_count();
  return merge_characters(out);
}

// The errors a test expects that lede's tokenizer should count (see the header comment).
std::optional<size_t> expected_error_count(const json& test) {
  const json errors = test.value("errors", json::array());
  for (const json& e : errors) {
    if (e.value("code", "").ends_with("-in-input-stream")) return std::nullopt;
  }
  return errors.size();
}

// Known failures: "<file>:<index>:<state> <reason>" per line; '#' starts a comment line.
std::set<std::string> load_known_failures() {
  std::set<std::string> ids;
  std::ifstream in(std::filesystem::path(LEDE_TEST_DIR) / "known_failures.txt");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    ids.insert(line.substr(0, line.find(' ')));
  }
  return ids;
}

TEST(Html5libTokenizerTest, AllTestFilesPassExceptKnownFailures) {
  const std::set<std::string> known = load_known_failures();
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(kTestDir)) {
    if (entry.path().extension() == ".test") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty()) << "no tokenizer tests under " << kTestDir;

  size_t total = 0;
  size_t passed = 0;
  size_t error_counts_checked = 0;
  std::vector<std::string> now_passing;
  for (const auto& path : files) {
    std::ifstream in(path);
    const json suite = json::parse(in);
    const json& tests = suite.contains("tests") ? suite["tests"] : suite["xmlViolationTests"];
    for (size_t index = 0; index < tests.size(); ++index) {
      const json& test = tests[index];
      const bool double_escaped = test.value("doubleEscaped", false);
      std::optional<json> input = double_escaped ? unescape_all(test["input"]) : test["input"];
      std::optional<json> expected = double_escaped ? unescape_all(test["output"]) : test["output"];
      const json states = test.value("initialStates", json::array({"Data state"}));
      const json last_start_tag = test.value("lastStartTag", json(nullptr));
      for (const json& state_name : states) {
        const InitialState& state = initial_state_named(state_name.get<std::string>());
        const std::string id =
            path.filename().string() + ":" + std::to_string(index) + ":" + std::string(state.id);
        ++total;
        json actual;
        uint32_t errors = 0;
        const bool ok = input && expected &&
                        (actual = tokenize(normalize_newlines(input->get<std::string>()), state,
                                           last_start_tag, errors)) == merge_characters(*expected);
        const std::optional<size_t> expected_errors = expected_error_count(test);
        if (ok && expected_errors) {
          ++error_counts_checked;
          EXPECT_EQ(errors, *expected_errors)
              << id << ": parse error count, input " << test["input"].dump();
        }
        if (ok) {
          ++passed;
          if (known.count(id)) now_passing.push_back(id);
        } else {
          EXPECT_TRUE(known.count(id))
              << id << " failed: " << test["description"]
              << "\n  input:    " << test["input"].dump()
              << "\n  expected: " << test["output"].dump() << "\n  actual:   " << actual.dump();
        }
      }
    }
  }
  EXPECT_TRUE(now_passing.empty()) << now_passing.size()
                                   << " known failures now pass; remove them from the list, "
                                      "first: "
                                   << (now_passing.empty() ? "" : now_passing.front());
  std::printf("tokenizer: %zu/%zu passed (%.2f%%); parse error counts checked on %zu\n", passed,
              total, 100.0 * passed / total, error_counts_checked);
  EXPECT_GE(passed * 100, total * 99) << "below the 99% bar";
}

}  // namespace
}  // namespace lede::html
