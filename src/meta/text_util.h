// Small UTF-8 text helpers shared by the metadata sources: whitespace folding, case folding of
// the scripts whose month names and labels we match, and prefix/suffix tests.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include "core/eight_bytes.h"
#include "core/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace lede::meta {

/// Collapses runs of whitespace (ASCII, U+00A0 and thin spaces) to one space and trims both
/// ends. The ideographic space U+3000 is kept: CJK headlines use it as visible punctuation.
std::string collapse_space(std::string_view text);

/// True when collapse_space(text) == text: most texts a parser is handed were collapsed by the
/// element text they came from, and need no collapsed copy.
bool is_collapsed(std::string_view text);

/// collapse_space() of pieces joined, built piece by piece: element texts are gathered from
/// many text nodes, and most readers need only their first few hundred bytes, so the pieces
/// are never joined and the building stops once the text is longer than `stop_after` bytes.
class CollapsedText {
 public:
  explicit CollapsedText(size_t stop_after = std::string::npos) : stop_after_(stop_after) {}
  void append(std::string_view piece);
  /// A word boundary: what a space between two pieces would be.
  void separate() { pending_space_ = !text_.empty(); }
  /// True once the text is longer than `stop_after`; appending then adds nothing.
  bool full() const { return text_.size() > stop_after_; }
  std::string& text() { return text_; }

 private:
  std::string text_;
  size_t stop_after_;
  bool pending_space_ = false;
};

/// Lowercases ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic capitals; other bytes pass
/// through. Enough to compare month names and labels across the languages we read.
std::string fold_case(std::string_view text);

/// fold_case(text), held inline when the text is short: bylines and names are folded several
/// times each while they are parsed, and a string for each folding cost more than the folding.
/// Neither copied nor moved: view() points into the object.
class FoldedText {
 public:
  FoldedText() = default;
  explicit FoldedText(std::string_view text) { fold(text); }
  FoldedText(const FoldedText&) = delete;
  FoldedText& operator=(const FoldedText&) = delete;
  /// Folds `text` in place of what was folded before; returns view().
  std::string_view fold(std::string_view text);
  std::string_view view() const { return view_; }
  /// The offset in the text folded of what view() holds at `folded_offset`: folding changes
  /// the length of a few characters (İ folds to "i", an invalid byte to U+FFFD), so a place
  /// found in the folded text is not always the same place in the text as written.
  size_t original_offset(size_t folded_offset) const;

 private:
  // Folding writes at most three bytes for one: texts up to a third of this fold inline.
  std::array<char, 384> inline_;
  std::string long_;
  std::string_view original_;
  std::string_view view_;
};

/// fold_case() of one code point.
char32_t fold_code_point(char32_t cp);

/// fold_case() into `buffer`, for short texts folded in hot loops where an allocation per call
/// would cost more than the folding. An invalid byte folds to the 3 bytes of U+FFFD, so
/// `buffer` needs 3 bytes per byte of `text`; the folded text is cut where the buffer ends.
std::string_view fold_case(std::string_view text, std::span<char> buffer);

/// True when some character of `text` is one fold_case() produces (a lowercase letter of the
/// scripts it folds, or U+FFFD): only then can a folded text contain `text` where the text as
/// written did not.
bool folding_can_produce(std::string_view text);

/// True for the code points that collapsing white space (CollapsedText) drops: ASCII white
/// space, the no-break, thin, hair, en, em, narrow no-break and zero-width spaces, and U+FEFF.
bool is_space_cp(char32_t cp);

/// ASCII whitespace as HTML and CSS count it (space, tab, line feed, carriage return, form feed)
/// and the vertical tab.
constexpr bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/// The offset of the first byte of `text` that is not ASCII white space (its size when none is).
/// The white space between tags, a line break and indentation, is most of the text nodes of a
/// page: it is skipped sixteen bytes at a time where SSE2 is there, else eight, and the last
/// bytes of a text are read as a whole word too (overlapping bytes read before, or repeating a
/// byte of a short text): a loop over them ended at a different byte in every text, a branch
/// mispredicted in most.
inline size_t skip_ascii_space(std::string_view text) {
  using namespace eight_bytes;
  const char* p = text.data();
  size_t size = text.size();
#if defined(__SSE2__)
  if (size >= 8) {
    // The bytes that are not ' ' nor within '\t'..'\r' (less '\t', wrapping: at most 4).
    auto others = [](__m128i x) {
      __m128i space = _mm_cmpeq_epi8(x, _mm_set1_epi8(' '));
      __m128i control = _mm_sub_epi8(x, _mm_set1_epi8('\t'));
      __m128i white = _mm_or_si128(space, _mm_cmpeq_epi8(_mm_min_epu8(control, _mm_set1_epi8(4)), control));
      return static_cast<unsigned>(~_mm_movemask_epi8(white) & 0xFFFF);
    };
    if (size < 16) {
      // The first eight bytes and the last eight, overlapping: bit k < 8 is byte k, bit k >= 8
      // byte size - 16 + k.
      __m128i x = _mm_set_epi64x(static_cast<int64_t>(load(p + size - 8)), static_cast<int64_t>(load(p)));
      unsigned other = others(x);
      if (other == 0) return size;
      size_t k = static_cast<size_t>(__builtin_ctz(other));
      return k < 8 ? k : size - 16 + k;
    }
    size_t at = 0;
    for (; at + 16 <= size; at += 16) {
      if (unsigned other = others(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at)))) {
        return at + static_cast<size_t>(__builtin_ctz(other));
      }
    }
    if (at == size) return size;
    // The last sixteen bytes, the first of them read before as white space.
    unsigned other = others(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + size - 16)));
    return other == 0 ? size : size - 16 + static_cast<size_t>(__builtin_ctz(other));
  }
#endif
  auto others = [](uint64_t word) { return ~ascii_space_bytes(word) & kHighBits; };
  size_t at = 0;
  for (; at + 8 <= size; at += 8) {
    if (uint64_t other = others(load(p + at))) return at + first_marked(other);
  }
  if (at == size) return size;
  uint64_t other = others(load_covering(p, p + at, p + size));
  if (!other) return size;
  // Where load_covering() read each byte of the word from.
  size_t k = first_marked(other);
  if (size >= 8) return size - 8 + k;
  if (size >= 4) return k < 4 ? k : size - 8 + k;
  return k < 2 ? k : size - 1;
}

/// True when `text` holds an ASCII digit. Read sixteen bytes at a time where SSE2 is there,
/// then eight: every text of a page up to 300 bytes is asked this by the page index (whether a
/// date may follow the headline in it), most of them without a digit, read to their end.
inline bool has_ascii_digit(std::string_view text) {
  size_t i = 0;
#if defined(__SSE2__)
  // A byte is a digit when, less '0' (wrapping), it is at most 9 unsigned: min(x, 9) == x.
  const __m128i zero = _mm_set1_epi8('0');
  const __m128i nine = _mm_set1_epi8(9);
  for (; i + 16 <= text.size(); i += 16) {
    __m128i x = _mm_sub_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i)), zero);
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(x, nine), x)) != 0) return true;
  }
#endif
  for (; i + 8 <= text.size(); i += 8) {
    if (eight_bytes::bytes_within(eight_bytes::load(text.data() + i), '0', '9')) return true;
  }
  if (i == text.size()) return false;
  const char* end = text.data() + text.size();
  return eight_bytes::bytes_within(eight_bytes::load_covering(text.data(), text.data() + i, end), '0', '9') != 0;
}

/// Strips leading and trailing ASCII whitespace and the given punctuation characters.
std::string_view trim(std::string_view text, std::string_view also = {});

bool starts_with_folded(std::string_view folded_text, std::string_view folded_prefix);

/// True when the class attribute `classes` holds `token` as one of its names (separated by ASCII
/// white space), compared as written.
bool has_class_token(std::string_view classes, std::string_view token);

/// True when every byte of `text` is ASCII. Read eight bytes at a time: class names and
/// bylines are asked this before they are matched.
inline bool is_ascii_text(std::string_view text) {
  uint64_t any = 0;
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) any |= eight_bytes::load(text.data() + i);
  if (i < text.size()) any |= eight_bytes::load_covering(text.data(), text.data() + i, text.data() + text.size());
  return (any & eight_bytes::kHighBits) == 0;
}

/// True when `text` is ASCII without a capital, so that fold_case(text) == text: most names of
/// attributes and keys are written so, and are compared as they are, without a folded copy.
inline bool folds_to_itself(std::string_view text) {
  auto high_or_capital = [](uint64_t eight) { return (eight & eight_bytes::kHighBits) | eight_bytes::bytes_within(eight, 'A', 'Z'); };
  uint64_t any = 0;
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) any |= high_or_capital(eight_bytes::load(text.data() + i));
  if (i < text.size()) any |= high_or_capital(eight_bytes::load_covering(text.data(), text.data() + i, text.data() + text.size()));
  return any == 0;
}

/// fold_case(text) == folded for an ASCII `text`, without folding it into a copy.
constexpr bool equals_ascii_folded(std::string_view text, std::string_view folded) {
  if (text.size() != folded.size()) return false;
  for (size_t k = 0; k < text.size(); ++k) {
    char c = text[k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != folded[k]) return false;
  }
  return true;
}

/// Decodes one UTF-8 code point at `i` and advances `i`; invalid bytes decode as U+FFFD.
char32_t next_code_point(std::string_view text, size_t& i);

/// True for code points that are ideographs, kana or Hangul (scripts written without spaces).
bool is_cjk(char32_t cp);

/// Counts code points.
size_t utf8_length(std::string_view text);

}  // namespace lede::meta
