#include "extract/vocab.h"

#include <string>
#include <unordered_map>

namespace lede::extraction::vocab {
namespace {

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// Whole words and lead words of every group, looked up in one step each; built once.
struct WordTables {
  std::unordered_map<std::string_view, uint32_t> words;
  std::unordered_map<std::string_view, uint32_t> lead_words;
};

const WordTables& word_tables() {
  static const WordTables tables = [] {
    WordTables t;
    for (const Group& g : kGroups) {
      for (std::string_view w : g.words) t.words[w] |= g.concept_id;
      for (std::string_view w : g.lead_words) t.lead_words[w] |= g.concept_id;
    }
    return t;
  }();
  return tables;
}

uint32_t classify_word(std::string_view word, bool leads_token) {
  const WordTables& tables = word_tables();
  uint32_t mask = 0;
  if (auto it = tables.words.find(word); it != tables.words.end()) mask |= it->second;
  if (leads_token) {
    if (auto it = tables.lead_words.find(word); it != tables.lead_words.end()) mask |= it->second;
  }
  for (const Group& g : kGroups) {
    if (mask & g.concept_id) continue;
    for (std::string_view f : g.fragments) {
      if (word.size() >= f.size() && word.find(f) != std::string_view::npos) {
        mask |= g.concept_id;
        break;
      }
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
  auto flush_word = [&] {
    if (!word.empty()) {
      if (joined.empty()) state_token = is_state_word(word);
      token_mask |= classify_word(word, joined.empty());
    }
    joined += word;
    word.clear();
  };
  auto flush_token = [&] {
    flush_word();
    if (!joined.empty()) token_mask |= classify_word(joined, false);
    if (!state_token) mask |= token_mask;
    joined.clear();
    token_mask = 0;
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
