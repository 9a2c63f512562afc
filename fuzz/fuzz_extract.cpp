// Fuzz target for the whole pipeline: bytes -> lede::extract (decode, parse, metadata, body) ->
// JSON, with fuzzed Options. The metadata sources read the most hostile parts of a page (JSON-LD
// that is not JSON, dates and bylines in a dozen languages and scripts, links, URLs), which the
// HTML target (fuzz_html.cpp) never reaches. The last byte picks the options, read XOR '\n' so
// that a page taken whole (a fixture page of tests/pages/, which ends in a line break) runs with
// every option on; the bytes before it are the page. Aborts when the record breaks its contract: a fault reported as an internal error (the
// API turns exceptions into one, which would hide them from the fuzzer), JSON output that does
// not parse, a date that is not ISO 8601.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "lede/lede.h"
#include "lede/writers.h"

namespace {

constexpr size_t kOptionBytes = 1;
// As fuzz_html.cpp: larger inputs find nothing new and slow the fuzzer down.
constexpr size_t kMaxInputBytes = 64 * 1024;

// The option byte's bits, each turning off or on what the record's fullest run has.
enum OptionBits : uint8_t {
  kNoExplain = 1,            // Options::explain off
  kNoBlocks = 2,             // Options::want_blocks off
  kNoMetadata = 4,           // Options::metadata off (the body alone)
  kPresetBits = 8 | 16,      // Options::preset: balanced, precision, recall (and balanced)
  kNoUrl = 32,               // Options::url unset (dates and language in the path, relative links)
  kWithHttpLanguage = 64,    // Options::http_content_language
  kWithHttpCharset = 128,    // Options::http_charset, one the page may contradict
};

lede::Options options_of(uint8_t byte) {
  const uint8_t bits = byte ^ '\n';
  lede::Options options;
  options.metadata = (bits & kNoMetadata) == 0;
  options.explain = options.metadata && (bits & kNoExplain) == 0;
  options.want_blocks = (bits & kNoBlocks) == 0;
  options.preset = static_cast<lede::Preset>(((bits & kPresetBits) >> 3) % 3);
  if (!(bits & kNoUrl)) options.url = "https://news.example.com/world/2019/10/19/story-123.html?ref=ko";
  if (bits & kWithHttpLanguage) options.http_content_language = "ko-KR, en;q=0.5";
  if (bits & kWithHttpCharset) options.http_charset = "shift_jis";
  return options;
}

bool is_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// ISO 8601 at any precision the record gives: YYYY, YYYY-MM, YYYY-MM-DD, then THH:MM, :SS and a
// fraction, then Z or an offset +HH:MM.
bool is_iso_8601(std::string_view date) {
  if (date.size() < 4 || !is_digits(date.substr(0, 4))) return false;
  date.remove_prefix(4);
  for (int part = 0; part < 2 && !date.empty() && date[0] == '-'; ++part) {
    if (date.size() < 3 || !is_digits(date.substr(1, 2))) return false;
    date.remove_prefix(3);
  }
  if (date.empty()) return true;
  if (date[0] != 'T' || date.size() < 6 || !is_digits(date.substr(1, 2)) || date[3] != ':' ||
      !is_digits(date.substr(4, 2))) {
    return false;
  }
  date.remove_prefix(6);
  if (!date.empty() && date[0] == ':') {
    if (date.size() < 3 || !is_digits(date.substr(1, 2))) return false;
    date.remove_prefix(3);
    if (!date.empty() && date[0] == '.') {
      size_t digits = 1;
      while (digits < date.size() && date[digits] >= '0' && date[digits] <= '9') ++digits;
      if (digits == 1) return false;
      date.remove_prefix(digits);
    }
  }
  if (date.empty() || date == "Z") return true;
  return date.size() == 6 && (date[0] == '+' || date[0] == '-') && is_digits(date.substr(1, 2)) && date[3] == ':' &&
         is_digits(date.substr(4, 2));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < kOptionBytes || size > kMaxInputBytes) return 0;
  lede::Options options = options_of(data[size - kOptionBytes]);
  std::string_view page(reinterpret_cast<const char*>(data), size - kOptionBytes);

  lede::Result<lede::Article> result = lede::extract(page, options);
  if (!result) {
    if (result.error().kind == lede::ErrorKind::kInternal) std::abort();
    return 0;
  }
  const lede::Article& article = result.value();
  if (!article.date_published.empty() && !is_iso_8601(article.date_published)) std::abort();
  if (!article.date_modified.empty() && !is_iso_8601(article.date_modified)) std::abort();
  std::string json;
  lede::write_json(article, json);
  if (!nlohmann::json::accept(json)) std::abort();
  return 0;
}
