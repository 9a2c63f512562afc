// Deterministic hostile inputs for the HTML layer: the pathological shapes that make naive
// parsers recurse, go quadratic or run out of memory. Generated in code (never shipped as
// files) and shared by the hostile-input tests (tests/hostile/) and the benchmark (bench/), so
// what is asserted is exactly what is timed.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace lede::bench {

inline constexpr size_t kHostileNestingCount = 100'000;   // nested or unclosed tags
inline constexpr size_t kHostileAttributeCount = 100'000;  // distinct attributes on one tag
inline constexpr size_t kHostileTextBytes = 50'000'000;     // one text node
inline constexpr size_t kHostileUnclosedBytes = 10'000'000; // comment, value, script, tag name
inline constexpr size_t kHostileNoiseBytes = 1'000'000;     // NUL-laden, invalid UTF-8, random

enum class HostileKind {
  kNestedDiv,               ///< <div> x 100,000, never closed
  kNestedFormatting,        ///< <b> x 100,000: the active formatting list
  kNestedTable,             ///< <table> x 100,000: each closes the previous one
  kUnclosedSpan,            ///< (<span>x) x 100,000
  kManyAttributes,          ///< one <div> with 100,000 distinct attributes a0="0" ...
  kHugeText,                ///< <p> then 50 MB of text without markup
  kUnclosedComment,         ///< <!-- then 10 MB, no -->
  kUnclosedAttributeValue,  ///< <div title=" then 10 MB, no closing quote
  kUnclosedScript,          ///< <script> then 10 MB of code (with <!-- --> escapes), no </script>
  kUnclosedTag,             ///< <div then a 10 MB tag name, no >
  kNulBytes,                ///< 1 MB of markup with U+0000 in text, names, values, comments
  kInvalidUtf8,             ///< 1 MB declared UTF-8 full of invalid sequences (needs decode)
  kRandomBytes,             ///< 1 MB of pseudo-random bytes, fixed seed (needs decode)
};

inline constexpr std::array kAllHostileKinds = {
    HostileKind::kNestedDiv,        HostileKind::kNestedFormatting,
    HostileKind::kNestedTable,      HostileKind::kUnclosedSpan,
    HostileKind::kManyAttributes,   HostileKind::kHugeText,
    HostileKind::kUnclosedComment,  HostileKind::kUnclosedAttributeValue,
    HostileKind::kUnclosedScript,   HostileKind::kUnclosedTag,
    HostileKind::kNulBytes,         HostileKind::kInvalidUtf8,
    HostileKind::kRandomBytes,
};

/// Short snake_case name for tables and test names ("nested_div").
std::string_view hostile_name(HostileKind kind);

/// True when the input is not valid UTF-8 and must go through the decode stage before parse().
bool hostile_needs_decode(HostileKind kind);

/// The input's bytes; the same bytes on every call and every machine.
std::string make_hostile_input(HostileKind kind);

/// The filler the text-like inputs repeat: no '<', '&' or NUL, so it is one run of characters.
inline constexpr std::string_view kHostileFillerText = "lorem ipsum dolor sit amet - ";

/// The script body the unclosed-script input repeats: '<' and comment-like escapes, but never
/// "</script" nor "<script", so the whole 10 MB stays one script text.
inline constexpr std::string_view kHostileScriptText = "if (a < b) { s = '<!-- x -->' + '</p>'; }\n";

}  // namespace lede::bench
