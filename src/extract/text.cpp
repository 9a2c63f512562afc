#include "extract/text.h"

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

TextCounts count_text(std::string_view s) {
  TextCounts counts;
  bool in_word = false;
  for (size_t i = 0; i < s.size();) {
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

void InlineText::append(std::string_view piece) {
  for (size_t i = 0; i < piece.size();) {
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

double word_bag_f1(std::string_view a, std::string_view b) {
  std::unordered_map<std::string, int> bag;
  size_t a_words = 0, b_words = 0, common = 0;
  for_each_word(a, [&](const std::string& w) {
    ++bag[w];
    ++a_words;
  });
  for_each_word(b, [&](const std::string& w) {
    ++b_words;
    auto it = bag.find(w);
    if (it != bag.end() && it->second > 0) {
      --it->second;
      ++common;
    }
  });
  if (a_words == 0 || b_words == 0 || common == 0) return 0.0;
  double p = static_cast<double>(common) / a_words, r = static_cast<double>(common) / b_words;
  return 2 * p * r / (p + r);
}

}  // namespace lede::extraction
