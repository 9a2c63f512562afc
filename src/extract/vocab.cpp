#include "extract/vocab.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <string>
#include <unordered_map>
#include <vector>

namespace lede::extraction::vocab {
namespace {

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// Whole words and lead words of every group, looked up in one step each, and the fragments
// grouped by their first letter; built once.
struct WordTables {
  std::unordered_map<std::string_view, uint32_t> words;
  std::unordered_map<std::string_view, uint32_t> lead_words;
  struct Fragment {
    std::string_view text;
    uint32_t concept_id;
  };
  std::array<std::vector<Fragment>, 128> fragments_by_first_letter;
  // Whether any fragment opens with these two bytes (index: first * 128 + second): most
  // positions of most words open none, and are passed over in one look-up.
  std::bitset<128 * 128> openings;
  // The same for the words and lead words, and the longest of them: most words of a page's
  // class names are none of the vocabulary's, and need no hashing to tell.
  std::bitset<128 * 128> word_openings;
  size_t longest_word = 0;
};

size_t opening(char first, char second) {
  return static_cast<size_t>(static_cast<unsigned char>(first) & 0x7F) * 128 +
         (static_cast<unsigned char>(second) & 0x7F);
}

size_t word_opening(std::string_view word) { return opening(word[0], word.size() > 1 ? word[1] : '\0'); }

const WordTables& word_tables() {
  static const WordTables tables = [] {
    WordTables t;
    for (const Group& g : kGroups) {
      for (std::string_view w : g.words) t.words[w] |= g.concept_id;
      for (std::string_view w : g.lead_words) t.lead_words[w] |= g.concept_id;
      for (auto list : {g.words, g.lead_words}) {
        for (std::string_view w : list) {
          t.word_openings.set(word_opening(w));
          t.longest_word = std::max(t.longest_word, w.size());
        }
      }
      for (std::string_view f : g.fragments) {
        t.fragments_by_first_letter[static_cast<unsigned char>(f[0]) & 0x7F].push_back({f, g.concept_id});
        t.openings.set(opening(f[0], f[1]));
      }
    }
    return t;
  }();
  return tables;
}

// `word` holds `prefix` from `at` on; both are short, so a plain loop beats a call to memcmp.
bool has_at(std::string_view word, size_t at, std::string_view prefix) {
  if (word.size() - at < prefix.size()) return false;
  for (size_t k = 0; k < prefix.size(); ++k) {
    if (word[at + k] != prefix[k]) return false;
  }
  return true;
}

uint32_t classify_word(std::string_view word, bool leads_token) {
  const WordTables& tables = word_tables();
  uint32_t mask = 0;
  if (word.size() <= tables.longest_word && tables.word_openings.test(word_opening(word))) {
    if (auto it = tables.words.find(word); it != tables.words.end()) mask |= it->second;
    if (leads_token) {
      if (auto it = tables.lead_words.find(word); it != tables.lead_words.end()) mask |= it->second;
    }
  }
  // The words hold ASCII letters and digits only (classify_tokens splits at anything else).
  for (size_t at = 0; at + kMinFragmentLength <= word.size(); ++at) {
    if (!tables.openings.test(opening(word[at], word[at + 1]))) continue;
    for (const WordTables::Fragment& f : tables.fragments_by_first_letter[static_cast<unsigned char>(word[at]) & 0x7F]) {
      if (has_at(word, at, f.text)) mask |= f.concept_id;
    }
  }
  return mask;
}

}  // namespace

// A token opening with one of these describes a state of the element, not what it is:
// "has-paywall" is an article with a paywall, "no-sidebar" a page without one.
bool is_state_word(std::string_view word) {
  return word == "has" || word == "with" || word == "no" || word == "without";
}

uint32_t classify_tokens(std::string_view value) {
  uint32_t mask = 0;
  uint32_t token_mask = 0;  // of the token being read
  bool state_token = false;
  std::string word;
  // Joined words of one class token ("post__share-bar" -> "postsharebar") are matched too, so
  // fragments such as "articlebody" find "article-body" and "article_body".
  std::string joined;
  int token_words = 0;
  auto flush_word = [&] {
    if (!word.empty()) {
      if (joined.empty()) state_token = is_state_word(word);
      token_mask |= classify_word(word, joined.empty());
      ++token_words;
    }
    joined += word;
    word.clear();
  };
  auto flush_token = [&] {
    flush_word();
    // A one-word token was classified as its word already.
    if (token_words > 1) token_mask |= classify_word(joined, false);
    if (!state_token) mask |= token_mask;
    joined.clear();
    token_mask = 0;
    token_words = 0;
    state_token = false;
  };
  for (size_t i = 0; i < value.size(); ++i) {
    char c = value[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      flush_token();
    } else if (!is_alnum(c)) {
      flush_word();
    } else {
      if (is_upper(c) && i > 0 && is_lower(value[i - 1])) flush_word();
      word += is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  flush_token();
  return mask;
}

}  // namespace lede::extraction::vocab
