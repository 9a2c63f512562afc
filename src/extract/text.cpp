#include "extract/text.h"

#include <array>
#include <string>
#include <unordered_map>

namespace lede::extraction {

char32_t next_code_point(std::string_view s, size_t& i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b = byte(i);
  size_t length = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
  if (i + length > s.size()) length = 1;
  char32_t c = length == 1 ? b : length == 2 ? (b & 0x1F) : length == 3 ? (b & 0x0F) : (b & 0x07);
  for (size_t k = 1; k < length; ++k) c = (c << 6) | (byte(i + k) & 0x3F);
  i += length;
  return c;
}

bool is_html_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0;
}

bool is_spaceless_script(char32_t c) {
  return (c >= 0x2E80 && c <= 0x2FDF)      // CJK radicals, Kangxi radicals
         || (c >= 0x3000 && c <= 0x30FF)   // CJK symbols and punctuation, Hiragana, Katakana
         || (c >= 0x31F0 && c <= 0x31FF)   // Katakana phonetic extensions
         || (c >= 0x3400 && c <= 0x4DBF)   // CJK extension A
         || (c >= 0x4E00 && c <= 0x9FFF)   // CJK unified ideographs
         || (c >= 0xF900 && c <= 0xFAFF)   // CJK compatibility ideographs
         || (c >= 0xFF00 && c <= 0xFF60)   // full-width forms
         || (c >= 0x20000 && c <= 0x3FFFF);  // CJK extensions B and later
}

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

TextCounts count_text(std::string_view s) {
  TextCounts counts;
  bool in_word = false;
  const size_t size = s.size();
  for (size_t i = 0; i < size;) {
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
  return counts;
}

uint32_t count_words(std::string_view s, uint32_t limit) {
  uint32_t words = 0;
  bool in_word = false;
  for (size_t i = 0; i < s.size() && words < limit;) {
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
  return words;
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
    if (b < 0x80) {
      // A run of ASCII that is not space goes in at once; no ideograph is on either side of
      // the space before it, so the space stays.
      size_t end = i + 1;
      while (end < size) {
        unsigned char e = static_cast<unsigned char>(piece[end]);
        if (e >= 0x80 || kAsciiClasses[e] == kSpace) break;
        ++end;
      }
      if (pending_space_ && !out_.empty() && out_.back() != '\n') out_ += ' ';
      pending_space_ = pending_newline_ = false;
      out_.append(piece.data() + i, end - i);
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
    out_.append(piece.substr(start, i - start));
    last_ = c;
  }
}

void InlineText::line_break() {
  if (!out_.empty() && out_.back() != '\n') out_ += '\n';
  pending_space_ = pending_newline_ = false;
  last_ = '\n';
}

std::string InlineText::take() {
  while (!out_.empty() && (out_.back() == '\n' || out_.back() == ' ')) out_.pop_back();
  std::string result = std::move(out_);
  out_.clear();
  last_ = 0;
  pending_space_ = pending_newline_ = false;
  return result;
}

namespace {

template <typename F>
void for_each_word(std::string_view s, F&& f) {
  std::string word;
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    char32_t c = next_code_point(s, i);
    bool letter = c >= 0x80 ? !is_html_space(c) && !is_sentence_punctuation(c)
                            : ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
    if (letter && is_spaceless_script(c)) {
      if (!word.empty()) f(word);
      word.assign(s.substr(start, i - start));
      f(word);
      word.clear();
    } else if (letter) {
      if (c < 0x80) word += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      else word.append(s.substr(start, i - start));
    } else if (!word.empty()) {
      f(word);
      word.clear();
    }
  }
  if (!word.empty()) f(word);
}

}  // namespace

WordBag::WordBag(std::string_view text) {
  for_each_word(text, [&](const std::string& w) {
    auto [it, inserted] = slots_.try_emplace(w, static_cast<uint32_t>(counts_.size()));
    if (inserted) counts_.push_back(0);
    ++counts_[it->second];
    ++words_;
  });
}

double WordBag::f1(std::string_view text) const {
  std::vector<uint32_t> left = counts_;
  size_t text_words = 0, common = 0;
  for_each_word(text, [&](const std::string& w) {
    ++text_words;
    auto it = slots_.find(w);
    if (it != slots_.end() && left[it->second] > 0) {
      --left[it->second];
      ++common;
    }
  });
  if (words_ == 0 || text_words == 0 || common == 0) return 0.0;
  // The common words are counted once per occurrence in both texts, so F1 is symmetric:
  // 2pr / (p + r) with p and r the common share of each text.
  double p = static_cast<double>(common) / text_words, r = static_cast<double>(common) / words_;
  return 2 * p * r / (p + r);
}

double word_bag_f1(std::string_view a, std::string_view b) { return WordBag(b).f1(a); }

}  // namespace lede::extraction
