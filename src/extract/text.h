// Script-aware text: how characters are counted and how inline text is joined. CJK pages have
// no spaces between words, so every length and density in the extractor counts characters, and
// a line break between two ideographs joins them without a space (CSS Text 3, "segment break
// transformation rules": a segment break between two East Asian wide characters is removed).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/view_map.h"

namespace lede::extraction {

/// Decodes the code point starting at `i` and advances `i` past it. The input is valid UTF-8
/// (the decode stage guarantees it); a stray byte decodes as itself so the loop always advances.
/// Inline, with the two tests below: every count and every fold of the extractor calls them per
/// character.
inline char32_t next_code_point(std::string_view s, size_t& i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b = byte(i);
  size_t length = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
  if (i + length > s.size()) length = 1;
  char32_t c = length == 1 ? b : length == 2 ? (b & 0x1F) : length == 3 ? (b & 0x0F) : (b & 0x07);
  for (size_t k = 1; k < length; ++k) c = (c << 6) | (byte(i + k) & 0x3F);
  i += length;
  return c;
}

constexpr bool is_html_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0;
}

/// Scripts written without spaces between words: Han, Hiragana, Katakana, CJK punctuation and
/// full-width forms. Hangul is not among them: Korean separates words with spaces.
constexpr bool is_spaceless_script(char32_t c) {
  if (c < 0x2E80) return false;                // every alphabet before CJK, in one test
  return (c <= 0x2FDF)                         // CJK radicals, Kangxi radicals
         || (c >= 0x3000 && c <= 0x30FF)       // CJK symbols and punctuation, Hiragana, Katakana
         || (c >= 0x31F0 && c <= 0x31FF)       // Katakana phonetic extensions
         || (c >= 0x3400 && c <= 0x4DBF)       // CJK extension A
         || (c >= 0x4E00 && c <= 0x9FFF)       // CJK unified ideographs
         || (c >= 0xF900 && c <= 0xFAFF)       // CJK compatibility ideographs
         || (c >= 0xFF00 && c <= 0xFF60)       // full-width forms
         || (c >= 0x20000 && c <= 0x3FFFF);    // CJK extensions B and later
}

/// Coarse, by block: ASCII letters and digits and the letters of other scripts make words;
/// Latin-1 signs (¶ §), general punctuation, arrows, dingbats and emoji ("»", "→", "…") do not.
constexpr bool is_letter_or_digit(char32_t c) {
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
  if (c < 0xC0 || (c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F)) return false;
  return !(c >= 0x1F000 && c <= 0x1FAFF) && c != 0xFE0F;
}

/// Sentence punctuation (Latin and CJK): a sign of prose, as opposed to menus and labels.
bool is_sentence_punctuation(char32_t c);

/// Counts of one run of text, by code point.
struct TextCounts {
  uint32_t chars = 0;        // non-space code points
  uint32_t punctuation = 0;  // sentence punctuation among them
  uint32_t words = 0;        // space-separated words, each spaceless-script character counted as one
};
TextCounts count_text(std::string_view s);
/// count_text(s) but its words (left 0), at less cost: what the analysis measures of every text
/// node of the page.
TextCounts count_chars_and_punctuation(std::string_view s);
/// count_text(s).chars, at less cost still: what the cascade compares its attempts by.
uint32_t count_chars(std::string_view s);
/// count_text(s).words, but counting stops at `limit`: how many words, or `limit` when there
/// are at least that many.
uint32_t count_words(std::string_view s, uint32_t limit);

/// Builds one paragraph from inline text pieces, collapsing white space as a browser renders it:
/// runs of spaces become one space, none at the start or end, and a run that holds a line break
/// between two spaceless-script characters disappears. Pieces are joined exactly: "word" + "word"
/// stays "wordword", "word " + "x" keeps its space.
class InlineText {
 public:
  void append(std::string_view piece);
  /// A hard line break (<br>): kept as "\n" inside the paragraph.
  void line_break();
  bool empty() const { return out_.empty(); }
  /// The paragraph so far, without trailing white space.
  const std::string& text() const { return out_; }
  /// The paragraph, without trailing white space; the builder is empty again and keeps its
  /// buffer for the next one.
  std::string take();

 private:
  std::string out_;
  char32_t last_ = 0;
  bool pending_space_ = false;
  bool pending_newline_ = false;
};

/// The bag of words of one text (words split at spaces and punctuation, ASCII case folded, each
/// spaceless-script character a word), built once to be compared with many texts.
class WordBag {
 public:
  explicit WordBag(std::string_view text);
  // The keys view folded_, which must not move.
  WordBag(const WordBag&) = delete;
  WordBag& operator=(const WordBag&) = delete;
  struct Agreement {
    double f1 = 0;
    double coverage = 0;  // share of this bag's words that `text` holds (recall)
  };
  /// How much `text` agrees with this bag: F1 of the two bags, and how much of this bag it holds.
  Agreement compare(std::string_view text) const;
  /// F1 of this bag and the bag of `text`: how much two extractions of a page agree.
  double f1(std::string_view text) const { return compare(text).f1; }

 private:
  std::string folded_;        // the words of the text, folded, one after the other
  ViewMap<uint32_t> slots_;   // word (viewing folded_) -> index into counts_
  std::vector<uint32_t> counts_;
  size_t words_ = 0;
};

/// The F1 of the word bags of `a` and `b`, for a single comparison.
double word_bag_f1(std::string_view a, std::string_view b);

}  // namespace lede::extraction
