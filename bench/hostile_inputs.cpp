#include "hostile_inputs.h"

#include <cstdint>

namespace lede::bench {

namespace {

constexpr uint64_t kRandomSeed = 0x9E3779B97F4A7C15ull;

std::string repeat(std::string_view unit, size_t count) {
  std::string out;
  out.reserve(unit.size() * count);
  for (size_t i = 0; i < count; ++i) out.append(unit);
  return out;
}

/// Appends `pattern` cyclically until `out` has grown by exactly `bytes`.
void append_cycled(std::string& out, std::string_view pattern, size_t bytes) {
  out.reserve(out.size() + bytes);
  while (bytes >= pattern.size()) {
    out.append(pattern);
    bytes -= pattern.size();
  }
  out.append(pattern.substr(0, bytes));
}

std::string with_prefix_cycled(std::string_view prefix, std::string_view pattern, size_t bytes) {
  std::string out(prefix);
  append_cycled(out, pattern, bytes);
  return out;
}

std::string many_attributes() {
  std::string out = "<div";
  for (size_t i = 0; i < kHostileAttributeCount; ++i) {
    std::string n = std::to_string(i);
    out.append(" a").append(n).append("=\"").append(n).append("\"");
  }
  out.append(">");
  return out;
}

std::string unclosed_tag_name() {
  std::string out = "<div";
  constexpr std::string_view kLetters = "abcdefghijklmnopqrstuvwxyz";
  append_cycled(out, kLetters, kHostileUnclosedBytes);
  return out;
}

// Every place the tokenizer treats U+0000 specially (data, tag name, attribute name and value,
// comment, RCDATA, script data), repeated.
std::string nul_bytes() {
  using namespace std::string_literals;
  const std::string unit =
      "<p\0x a\0b=\"c\0d\" e='\0'>t\0u<!--\0-\0-->"s
      "<textarea>\0</textarea><script>\0</script><svg>\0</svg>\0\n"s;
  return with_prefix_cycled("", unit, kHostileNoiseBytes);
}

// Truncated sequences, overlongs, surrogates, code points past U+10FFFF, stray continuation
// bytes and bytes that never occur in UTF-8, in text and in attribute values.
std::string invalid_utf8() {
  const std::string_view unit =
      "<p class=\"\xff\xfe\">caf\xc3 \xe9t\xe9 \xed\xa0\x80 \xf4\x90\x80\x80 \xc0\xaf"
      " \x80\x80 \xe2\x82 \xf0\x9f\x98</p>\n";
  return with_prefix_cycled("<meta charset=\"utf-8\">", unit, kHostileNoiseBytes);
}

std::string random_bytes() {
  std::string out(kHostileNoiseBytes, '\0');
  uint64_t state = kRandomSeed;
  for (char& c : out) {
    // xorshift64*: fixed, portable, and good enough to look like noise.
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    c = static_cast<char>((state * 0x2545F4914F6CDD1Dull) >> 56);
  }
  return out;
}

}  // namespace

std::string_view hostile_name(HostileKind kind) {
  switch (kind) {
    case HostileKind::kNestedDiv: return "nested_div";
    case HostileKind::kNestedFormatting: return "nested_b";
    case HostileKind::kNestedTable: return "nested_table";
    case HostileKind::kUnclosedSpan: return "unclosed_span";
    case HostileKind::kManyAttributes: return "many_attributes";
    case HostileKind::kHugeText: return "huge_text";
    case HostileKind::kUnclosedComment: return "unclosed_comment";
    case HostileKind::kUnclosedAttributeValue: return "unclosed_attr_value";
    case HostileKind::kUnclosedScript: return "unclosed_script";
    case HostileKind::kUnclosedTag: return "unclosed_tag";
    case HostileKind::kNulBytes: return "nul_bytes";
    case HostileKind::kInvalidUtf8: return "invalid_utf8";
    case HostileKind::kRandomBytes: return "random_bytes";
  }
  return "unknown";
}

bool hostile_needs_decode(HostileKind kind) {
  return kind == HostileKind::kInvalidUtf8 || kind == HostileKind::kRandomBytes;
}

std::string make_hostile_input(HostileKind kind) {
  switch (kind) {
    case HostileKind::kNestedDiv: return repeat("<div>", kHostileNestingCount);
    case HostileKind::kNestedFormatting: return repeat("<b>", kHostileNestingCount);
    case HostileKind::kNestedTable: return repeat("<table>", kHostileNestingCount);
    case HostileKind::kUnclosedSpan: return repeat("<span>x", kHostileNestingCount);
    case HostileKind::kManyAttributes: return many_attributes();
    case HostileKind::kHugeText: return with_prefix_cycled("<p>", kHostileFillerText, kHostileTextBytes);
    case HostileKind::kUnclosedComment:
      return with_prefix_cycled("<!--", kHostileFillerText, kHostileUnclosedBytes);
    case HostileKind::kUnclosedAttributeValue:
      return with_prefix_cycled("<div title=\"", kHostileFillerText, kHostileUnclosedBytes);
    case HostileKind::kUnclosedScript:
      return with_prefix_cycled("<script>", kHostileScriptText, kHostileUnclosedBytes);
    case HostileKind::kUnclosedTag: return unclosed_tag_name();
    case HostileKind::kNulBytes: return nul_bytes();
    case HostileKind::kInvalidUtf8: return invalid_utf8();
    case HostileKind::kRandomBytes: return random_bytes();
  }
  return {};
}

}  // namespace lede::bench
