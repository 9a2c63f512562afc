#include "extract/text.h"

#include <algorithm>
#include <array>
#include <bit>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace lede::extraction {

bool is_sentence_punctuation(char32_t c) {
  switch (c) {
    case ',': case '.': case ';': case ':': case '!': case '?':
    case 0x3001: case 0x3002:                  // 、。
    case 0xFF0C: case 0xFF0E: case 0xFF1B:     // ，．；
    case 0xFF1A: case 0xFF01: case 0xFF1F:     // ：！？
    case 0x060C: case 0x061B: case 0x061F:     // Arabic comma, semicolon, question mark
      return true;
    default:
      return false;
  }
}

namespace {

// ASCII bytes by what count_text() and InlineText do with them, looked up in one step: most text
// of most pages is ASCII, and decoding each byte as a code point is what cost the time.
enum AsciiClass : uint8_t { kLetter, kSpace, kPunctuation };

constexpr std::array<AsciiClass, 128> kAsciiClasses = [] {
  std::array<AsciiClass, 128> classes{};
  for (char c : {' ', '\t', '\n', '\r', '\f'}) classes[static_cast<unsigned char>(c)] = kSpace;
  for (char c : {',', '.', ';', ':', '!', '?'}) classes[static_cast<unsigned char>(c)] = kPunctuation;
  return classes;
}();

}  // namespace

namespace {

// Sixteen bytes of text at once (SSE2, in every x86-64): the bits of the bytes that are space,
// of those that are sentence punctuation, and of those that continue a character. Most text of
// most pages is ASCII, in an alphabet of two-byte characters (Latin, Greek, Cyrillic, Hebrew), or
// either with the typographic signs of General Punctuation (’ “ ” – — …); counting it a code
// point at a time was the largest single cost of the extractor.
struct AsciiBlock {
  uint32_t space = 0;         // bit k: byte k is an HTML space
  uint32_t punctuation = 0;   // bit k: byte k is , . ; : ! or ?
  uint32_t continuation = 0;  // bit k: byte k continues the character before it
  size_t length = 0;          // bytes read: 16, or fewer when a character starts in the last two
};
constexpr size_t kBlock = 16;
constexpr uint32_t kBlockBits = 0xFFFF;

#if defined(__SSE2__)
// False when the block holds a byte that this reading would get wrong (the caller counts it
// code point by code point): 0xC2, the lead of the no-break space; 0xD8, the lead of the Arabic
// comma, semicolon and question mark; a lead of three or four bytes, whose character may be a
// space or an ideograph, but for the characters from U+2000 to U+2E7F (lead 0xE2, then 0x80 to
// 0xB9), General Punctuation to Supplemental Punctuation, which are neither space, sentence
// punctuation nor a spaceless script. In the rest, every byte outside ASCII belongs to a letter or
// a sign that is neither. A character that starts in the last two bytes and may not end in the
// block is left to the next one. Always inline: called once per block, the call cost as much as
// the reading, and count_words() needs no punctuation, which inlined is never computed.
[[gnu::always_inline]] inline bool read_ascii_block(const char* p, AsciiBlock& out) {
  __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  auto eq = [&](char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
  out.continuation = 0;
  out.length = kBlock;
  if (int high = _mm_movemask_epi8(v); high != 0) {
    // Signed bytes: 0x80..0xBF are -128..-65, the two-byte leads 0xC0..0xDF -64..-33, the longer
    // leads 0xE0..0xFF -32..-1.
    __m128i long_lead = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(0xDF))),
                                      _mm_cmplt_epi8(v, _mm_setzero_si128()));
    // Byte k of `next` and `after` is byte k + 1 and k + 2 of the block (0 past its end).
    __m128i next = _mm_srli_si128(v, 1), after = _mm_srli_si128(v, 2);
    __m128i punctuation_sign = _mm_and_si128(
        eq(static_cast<char>(0xE2)), _mm_and_si128(_mm_cmplt_epi8(next, _mm_set1_epi8(static_cast<char>(0xBA))),
                                                   _mm_cmplt_epi8(after, _mm_set1_epi8(static_cast<char>(0xC0)))));
    const auto long_leads = static_cast<uint32_t>(_mm_movemask_epi8(long_lead));
    const auto signs = static_cast<uint32_t>(_mm_movemask_epi8(punctuation_sign));
    constexpr uint32_t kWhole = kBlockBits >> 2;  // a character starting here ends in the block
    if (((long_leads & ~signs & kWhole) | static_cast<uint32_t>(_mm_movemask_epi8(
                                              _mm_or_si128(eq(static_cast<char>(0xC2)), eq(static_cast<char>(0xD8)))))) != 0) {
      return false;
    }
    out.continuation = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(0xC0)))));
    // A character that starts in the last two bytes and may not end in the block is read with
    // the next one: a long lead in either, a two-byte lead in the last.
    const uint32_t leads = static_cast<uint32_t>(high) & ~out.continuation;
    if ((long_leads >> (kBlock - 2)) & 1) {
      out.length = kBlock - 2;
    } else if ((leads >> (kBlock - 1)) & 1) {
      out.length = kBlock - 1;
    }
  }
  __m128i space = _mm_or_si128(_mm_or_si128(eq(' '), eq('\t')), _mm_or_si128(_mm_or_si128(eq('\n'), eq('\r')), eq('\f')));
  __m128i punctuation = _mm_or_si128(_mm_or_si128(_mm_or_si128(eq(','), eq('.')), _mm_or_si128(eq(';'), eq(':'))),
                                     _mm_or_si128(eq('!'), eq('?')));
  const uint32_t read = kBlockBits >> (kBlock - out.length);
  out.space = static_cast<uint32_t>(_mm_movemask_epi8(space)) & read;
  out.punctuation = static_cast<uint32_t>(_mm_movemask_epi8(punctuation)) & read;
  out.continuation &= read;
  return true;
}
#else
bool read_ascii_block(const char* p, AsciiBlock& out) {
  out = {};
  out.length = kBlock;
  for (size_t k = 0; k < kBlock; ++k) {
    unsigned char b = static_cast<unsigned char>(p[k]);
    if (b >= 0x80) return false;
    out.space |= static_cast<uint32_t>(kAsciiClasses[b] == kSpace) << k;
    out.punctuation |= static_cast<uint32_t>(kAsciiClasses[b] == kPunctuation) << k;
  }
  return true;
}
#endif

// A byte that InlineText copies as it comes, with those beside it up to the next space: ASCII
// that is not space, a byte of a two-byte character but for 0xC2 (the lead of the no-break space,
// a space), and a character of General Punctuation (U+2000 to U+2E7F, lead 0xE2 and a second
// byte below 0xBA: ’ “ ” – — …), which is neither an HTML space nor of a spaceless script.
// Another character of three or four bytes may be a space or an ideograph, and is read code point
// by code point. `next` is the byte after `b` (0 past the piece's end).
bool is_plain_byte(unsigned char b, unsigned char next) {
  if (b < 0x80) return kAsciiClasses[b] != kSpace;
  if (b < 0xE0) return b != 0xC2;
  return b == 0xE2 && next >= 0x80 && next < 0xBA;
}

#if defined(__SSE2__)
// How many bytes from the block's start a run of words of plain bytes (is_plain_byte) separated by
// single spaces takes: 16 when the whole block belongs to it. InlineText copies such a run as it
// is (no space to collapse, no ideograph to join), given that the byte before it is plain too. The
// first byte the run cannot take is found by mask; a space or a lead 0xE2 in the last byte, whose
// next byte lies past the block, is left to the caller.
size_t plain_words_prefix(const char* p) {
  __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  auto eq = [&](char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
  __m128i space = eq(' ');
  __m128i other_space = _mm_or_si128(_mm_or_si128(eq('\t'), eq('\n')), _mm_or_si128(eq('\r'), eq('\f')));
  // Signed bytes: the leads of three and four bytes, 0xE0..0xFF, are -32..-1; the second bytes of
  // General Punctuation, 0x80..0xB9, are below 0xBA's -70 (and ASCII is not).
  __m128i long_lead = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(0xDF))),
                                    _mm_cmplt_epi8(v, _mm_setzero_si128()));
  __m128i punctuation_sign = _mm_and_si128(
      eq(static_cast<char>(0xE2)), _mm_cmplt_epi8(_mm_srli_si128(v, 1), _mm_set1_epi8(static_cast<char>(0xBA))));
  __m128i not_plain = _mm_or_si128(_mm_or_si128(space, other_space),
                                   _mm_or_si128(_mm_andnot_si128(punctuation_sign, long_lead), eq(static_cast<char>(0xC2))));
  const auto plain = static_cast<uint32_t>(~_mm_movemask_epi8(not_plain)) & kBlockBits;
  const auto spaces = static_cast<uint32_t>(_mm_movemask_epi8(space));
  // A byte the run takes: plain, or a space before a plain byte.
  const uint32_t taken = plain | (spaces & (plain >> 1));
  const uint32_t refused = ~taken & kBlockBits;
  return refused == 0 ? kBlock : static_cast<size_t>(std::countr_zero(refused));
}
#else
size_t plain_words_prefix(const char*) { return 0; }
#endif

// Bits set in a block's mask, by table: without -mpopcnt, std::popcount is a library call.
constexpr std::array<uint8_t, 256> kBitsInByte = [] {
  std::array<uint8_t, 256> bits{};
  for (size_t b = 0; b < 256; ++b) bits[b] = static_cast<uint8_t>(std::popcount(b));
  return bits;
}();

uint32_t bits_in_block(uint32_t mask) { return kBitsInByte[mask & 0xFF] + kBitsInByte[(mask >> 8) & 0xFF]; }

// Words that start in the block: letters whose previous byte (the last of the block before, for
// the first) is a space.
uint32_t word_starts(uint32_t letters, bool in_word) {
  return bits_in_block(letters & ~((letters << 1) | static_cast<uint32_t>(in_word)));
}

// count_text(), and with kWords (kSentenceMarks) false the same counts but words (punctuation),
// left 0: nothing else depends on them, so the compiler leaves out what only they need.
template <bool kWords, bool kSentenceMarks = true>
TextCounts count(std::string_view s) {
  TextCounts counts;
  bool in_word = false;
  const size_t size = s.size();
  size_t i = 0;
  while (i < size) {
    AsciiBlock block;
    if (i + kBlock <= size && read_ascii_block(s.data() + i, block)) {
      uint32_t letters = ~block.space & (kBlockBits >> (kBlock - block.length));
      counts.chars += bits_in_block(letters & ~block.continuation);
      counts.punctuation += bits_in_block(block.punctuation);
      counts.words += word_starts(letters, in_word);
      in_word = (letters >> (block.length - 1)) & 1;
      i += block.length;
      continue;
    }
    // A block with a byte outside ASCII, or the tail: code point by code point, to its end.
    const size_t end = std::min(size, i + kBlock);
    while (i < end) {
      unsigned char b = static_cast<unsigned char>(s[i]);
      if (b < 0x80) {
        ++i;
        AsciiClass kind = kAsciiClasses[b];
        if (kind == kSpace) {
          in_word = false;
          continue;
        }
        ++counts.chars;
        counts.punctuation += kind == kPunctuation;
        counts.words += !in_word;
        in_word = true;
        continue;
      }
      // Two bytes (Latin, Greek, Cyrillic, Hebrew, Arabic: U+0080 to U+07FF) and three (the
      // rest of the first plane, CJK among it) decoded in place: below U+0800 the no-break
      // space is the only space, and nothing is a spaceless script.
      unsigned char b1 = i + 1 < size ? static_cast<unsigned char>(s[i + 1]) : 0;
      if (b >= 0xC2 && b <= 0xDF && i + 1 < size) {
        char32_t c = (static_cast<char32_t>(b & 0x1F) << 6) | (b1 & 0x3F);
        i += 2;
        if (c == 0xA0) {
          in_word = false;
          continue;
        }
        ++counts.chars;
        counts.punctuation += c == 0x060C || c == 0x061B || c == 0x061F;
        counts.words += !in_word;
        in_word = true;
        continue;
      }
      if (b >= 0xE0 && b <= 0xEF && i + 2 < size) {
        char32_t c = (static_cast<char32_t>(b & 0x0F) << 12) | (static_cast<char32_t>(b1 & 0x3F) << 6) |
                     (static_cast<unsigned char>(s[i + 2]) & 0x3F);
        if (c >= 0x800) {
          i += 3;
          ++counts.chars;
          counts.punctuation += is_sentence_punctuation(c);
          bool spaceless = is_spaceless_script(c);
          counts.words += spaceless || !in_word;
          in_word = !spaceless;
          continue;
        }
      }
      char32_t c = next_code_point(s, i);
      if (is_html_space(c)) {
        in_word = false;
        continue;
      }
      ++counts.chars;
      if (is_sentence_punctuation(c)) ++counts.punctuation;
      if (is_spaceless_script(c)) {
        ++counts.words;
        in_word = false;
      } else if (!in_word) {
        ++counts.words;
        in_word = true;
      }
    }
  }
  if constexpr (!kWords) counts.words = 0;
  if constexpr (!kSentenceMarks) counts.punctuation = 0;
  return counts;
}

}  // namespace

TextCounts count_text(std::string_view s) { return count<true>(s); }
uint32_t count_chars(std::string_view s) { return count<false, false>(s).chars; }
TextCounts count_chars_and_punctuation(std::string_view s) { return count<false>(s); }

uint32_t count_words(std::string_view s, uint32_t limit) {
  uint32_t words = 0;
  bool in_word = false;
  const size_t size = s.size();
  size_t i = 0;
  while (i < size && words < limit) {
    AsciiBlock block;
    if (i + kBlock <= size && read_ascii_block(s.data() + i, block)) {
      uint32_t letters = ~block.space & (kBlockBits >> (kBlock - block.length));
      words += word_starts(letters, in_word);
      in_word = (letters >> (block.length - 1)) & 1;
      i += block.length;
      continue;
    }
    const size_t end = std::min(size, i + kBlock);
    while (i < end) {
      unsigned char b = static_cast<unsigned char>(s[i]);
      if (b < 0x80) {
        ++i;
        bool space = kAsciiClasses[b] == kSpace;
        words += !space && !in_word;
        in_word = !space;
        continue;
      }
      char32_t c = next_code_point(s, i);
      if (is_html_space(c)) {
        in_word = false;
      } else if (is_spaceless_script(c)) {
        ++words;
        in_word = false;
      } else {
        words += !in_word;
        in_word = true;
      }
    }
  }
  // Whole blocks may count past the limit; the answer is the same as stopping at it.
  return std::min(words, limit);
}

void InlineText::append(std::string_view piece) {
  const size_t size = piece.size();
  for (size_t i = 0; i < size;) {
    unsigned char b = static_cast<unsigned char>(piece[i]);
    if (b < 0x80 && kAsciiClasses[b] == kSpace) {
      pending_space_ = true;
      if (b == '\n') pending_newline_ = true;
      ++i;
      continue;
    }
    auto is_plain = [&](size_t k) {
      return is_plain_byte(static_cast<unsigned char>(piece[k]), k + 1 < size ? static_cast<unsigned char>(piece[k + 1]) : 0);
    };
    if (is_plain(i)) {
      // A run of plain bytes goes in at once: no ideograph is on either side of the space
      // before it, so the space stays. The run goes on over single spaces between words of
      // plain bytes: they come out as they are. It ends where a character ends: at a space, at
      // the lead byte of a character that is not plain, or at the end of the piece.
      size_t end = i + 1;
      while (end < size) {
        if (end + kBlock <= size) {
          const size_t taken = plain_words_prefix(piece.data() + end);
          end += taken;
          if (taken == kBlock) continue;
        }
        // The byte the block left, or one of the piece's last fifteen.
        if (is_plain(end)) {
          ++end;
        } else if (piece[end] == ' ' && end + 1 < size && is_plain(end + 1)) {
          end += 2;
        } else {
          break;
        }
      }
      if (pending_space_ && !out_.empty() && out_.back() != '\n') out_ += ' ';
      pending_space_ = pending_newline_ = false;
      out_.append(piece.data() + i, end - i);
      // A byte stands for the last character: what is asked of it is whether it is an
      // ideograph, and no plain byte is one.
      last_ = static_cast<unsigned char>(piece[end - 1]);
      i = end;
      continue;
    }
    size_t start = i;
    char32_t c = next_code_point(piece, i);
    if (is_html_space(c)) {
      pending_space_ = true;
      if (c == '\n') pending_newline_ = true;
      continue;
    }
    if (pending_space_ && !out_.empty() && out_.back() != '\n') {
      bool joins_ideographs = pending_newline_ && is_spaceless_script(last_) && is_spaceless_script(c);
      if (!joins_ideographs) out_ += ' ';
    }
    pending_space_ = pending_newline_ = false;
    // The characters up to the next space go in with this one: nothing comes between them.
    size_t end = i;
    while (end < size) {
      size_t next = end;
      char32_t d = next_code_point(piece, next);
      if (is_html_space(d)) break;
      c = d;
      end = next;
    }
    out_.append(piece.substr(start, end - start));
    last_ = c;
    i = end;
  }
}

void InlineText::line_break() {
  if (!out_.empty() && out_.back() != '\n') out_ += '\n';
  pending_space_ = pending_newline_ = false;
  last_ = '\n';
}

std::string InlineText::take() {
  size_t size = out_.size();
  while (size > 0 && (out_[size - 1] == '\n' || out_[size - 1] == ' ')) --size;
  // Copied out at its size, the buffer kept: the next paragraph is written into it, where a
  // buffer moved out grew again from nothing, reallocating at each doubling.
  std::string result(out_.data(), size);
  out_.clear();
  last_ = 0;
  pending_space_ = pending_newline_ = false;
  return result;
}

namespace {

// Calls `f` with each word of `s`, folded; the view is valid until the next call. A word is a run
// of the text itself, so one without capitals is passed as it stands; only one with capitals is
// copied, to be lower-cased.
template <typename F>
void for_each_word(std::string_view s, F&& f) {
  std::string folded;
  size_t start = 0;  // of the word being read
  bool in_word = false, capitals = false;
  auto flush = [&](size_t end) {
    if (!in_word) return;
    std::string_view word = s.substr(start, end - start);
    if (capitals) {
      folded.assign(word);
      for (char& c : folded) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
      word = folded;
    }
    f(word);
    in_word = capitals = false;
  };
  for (size_t i = 0; i < s.size();) {
    // ASCII, most of the text of most pages, without decoding: a letter or digit joins the word;
    // anything else ends it.
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (((b | 0x20) >= 'a' && (b | 0x20) <= 'z') || (b >= '0' && b <= '9')) {
        if (!in_word) start = i;
        in_word = true;
        capitals |= b <= 'Z' && b >= 'A';
      } else {
        flush(i);
      }
      ++i;
      continue;
    }
    // Beyond ASCII every code point but spaces and sentence punctuation is a letter; one of a
    // spaceless script is a word of its own.
    size_t at = i;
    char32_t c = next_code_point(s, i);
    bool letter = !is_html_space(c) && !is_sentence_punctuation(c);
    if (letter && is_spaceless_script(c)) {
      flush(at);
      f(s.substr(at, i - at));
    } else if (letter) {
      if (!in_word) start = at;
      in_word = true;
    } else {
      flush(at);
    }
  }
  flush(s.size());
}

}  // namespace

WordBag::WordBag(std::string_view text) {
  // Folding keeps each word's size and drops what lies between words, so the words fit in
  // text.size() bytes: folded_ never reallocates, and the keys stay valid.
  folded_.reserve(text.size());
  for_each_word(text, [&](std::string_view w) {
    const size_t at = folded_.size();
    folded_.append(w);
    auto [slot, inserted] = slots_.try_emplace(std::string_view(folded_).substr(at, w.size()));
    if (inserted) {
      slot = static_cast<uint32_t>(counts_.size());
      counts_.push_back(0);
    }
    ++counts_[slot];
    ++words_;
  });
}

WordBag::Agreement WordBag::compare(std::string_view text) const {
  std::vector<uint32_t> left = counts_;
  size_t text_words = 0, common = 0;
  for_each_word(text, [&](std::string_view w) {
    ++text_words;
    const uint32_t* slot = slots_.find(w);
    if (slot && left[*slot] > 0) {
      --left[*slot];
      ++common;
    }
  });
  if (words_ == 0 || text_words == 0 || common == 0) return {};
  // The common words are counted once per occurrence in both texts, so F1 is symmetric:
  // 2pr / (p + r) with p and r the common share of each text.
  double p = static_cast<double>(common) / text_words, r = static_cast<double>(common) / words_;
  return {.f1 = 2 * p * r / (p + r), .coverage = r};
}

double word_bag_f1(std::string_view a, std::string_view b) { return WordBag(b).f1(a); }

}  // namespace lede::extraction
