// Small UTF-8 text helpers shared by the metadata sources: whitespace folding, case folding of
// the scripts whose month names and labels we match, and prefix/suffix tests.
#pragma once

#include <string>
#include <string_view>
#include "core/utf8.h"

namespace lede::meta {

/// Collapses runs of whitespace (ASCII, U+00A0 and thin spaces) to one space and trims both
/// ends. The ideographic space U+3000 is kept: CJK headlines use it as visible punctuation.
std::string collapse_space(std::string_view text);

/// Lowercases ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic capitals; other bytes pass
/// through. Enough to compare month names and labels across the languages we read.
std::string fold_case(std::string_view text);

/// Strips leading and trailing ASCII whitespace and the given punctuation characters.
std::string_view trim(std::string_view text, std::string_view also = {});

bool starts_with_folded(std::string_view folded_text, std::string_view folded_prefix);

/// Decodes one UTF-8 code point at `i` and advances `i`; invalid bytes decode as U+FFFD.
char32_t next_code_point(std::string_view text, size_t& i);

/// True for code points that are ideographs, kana or Hangul (scripts written without spaces).
bool is_cjk(char32_t cp);

/// Counts code points.
size_t utf8_length(std::string_view text);

}  // namespace lede::meta
