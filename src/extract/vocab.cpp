#include "extract/vocab.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <optional>
#include <string>
#include <vector>

#include "core/phrase_set.h"
#include "core/view_map.h"

namespace lede::extraction::vocab {
namespace {

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// What classify_tokens() does with a byte of a class or id value.
enum class CharKind : uint8_t { kOther, kLowerOrDigit, kUpper, kSpace, kColon };

constexpr std::array<CharKind, 256> kCharKinds = [] {
  std::array<CharKind, 256> kinds{};
  for (int c = 'a'; c <= 'z'; ++c) kinds[c] = CharKind::kLowerOrDigit;
  for (int c = '0'; c <= '9'; ++c) kinds[c] = CharKind::kLowerOrDigit;
  for (int c = 'A'; c <= 'Z'; ++c) kinds[c] = CharKind::kUpper;
  for (char c : {' ', '\t', '\n', '\r', '\f'}) kinds[static_cast<unsigned char>(c)] = CharKind::kSpace;
  kinds[':'] = CharKind::kColon;
  return kinds;
}();

// Whole words and lead words of every group, looked up in one step each, and the fragments
// found in one pass; built once.
struct WordTables {
  // ViewMap rather than std::unordered_map: every word of every distinct class token of a page is
  // looked up, and the standard map's out-of-line hash and division cost more than the rest.
  ViewMap<uint32_t> words;
  ViewMap<uint32_t> lead_words;
  std::vector<uint32_t> fragment_concepts;  // by the fragment's index in `fragments`
  std::optional<PhraseSet> fragments;
  // Whether any word or lead word opens with these two bytes (index: first * 128 + second),
  // and the longest of them: most words of a page's class names are none of the vocabulary's,
  // and need no hashing to tell.
  std::bitset<128 * 128> word_openings;
  size_t longest_word = 0;
};

size_t word_opening(std::string_view word) {
  return static_cast<size_t>(static_cast<unsigned char>(word[0]) & 0x7F) * 128 +
         (static_cast<unsigned char>(word.size() > 1 ? word[1] : '\0') & 0x7F);
}

const WordTables& word_tables() {
  static const WordTables tables = [] {
    WordTables t;
    std::vector<std::string_view> fragments;
    for (const Group& g : kGroups) {
      for (std::string_view w : g.words) t.words.try_emplace(w).first |= g.concept_id;
      for (std::string_view w : g.lead_words) t.lead_words.try_emplace(w).first |= g.concept_id;
      for (auto list : {g.words, g.lead_words}) {
        for (std::string_view w : list) {
          t.word_openings.set(word_opening(w));
          t.longest_word = std::max(t.longest_word, w.size());
        }
      }
      for (std::string_view f : g.fragments) {
        fragments.push_back(f);
        t.fragment_concepts.push_back(g.concept_id);
      }
    }
    t.fragments.emplace(fragments);
    return t;
  }();
  return tables;
}

// What `word` names as a whole word (and as the lead word of its token).
uint32_t classify_whole_word(const WordTables& tables, std::string_view word, bool leads_token) {
  uint32_t mask = 0;
  if (word.size() <= tables.longest_word && tables.word_openings.test(word_opening(word))) {
    if (const uint32_t* concepts = tables.words.find(word)) mask |= *concepts;
    if (leads_token) {
      if (const uint32_t* concepts = tables.lead_words.find(word)) mask |= *concepts;
    }
  }
  return mask;
}

// What the fragments found in `text` name.
uint32_t classify_fragments(const WordTables& tables, std::string_view text) {
  uint32_t mask = 0;
  if (text.size() >= kMinFragmentLength) {
    tables.fragments->find_each(text, [&](size_t, size_t index) {
      mask |= tables.fragment_concepts[index];
      return false;  // every fragment in the text counts
    });
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
  const WordTables& tables = word_tables();
  uint32_t mask = 0;
  uint32_t token_mask = 0;  // of the token being read
  bool state_token = false;
  // Joined words of one class token ("post__share-bar" -> "postsharebar") are matched too, so
  // fragments such as "articlebody" find "article-body" and "article_body". Each word is the
  // tail of the joined form, lower-cased once. The joined form holds every word, so fragments
  // are looked for in it alone: a fragment inside a word is inside the joined form too.
  // On the stack for the tokens of most pages; a longer one (a generated name) on the heap.
  constexpr size_t kStackBytes = 128;
  char stack[kStackBytes];
  std::string heap;
  if (value.size() > kStackBytes) heap.resize(value.size());
  char* const joined = value.size() > kStackBytes ? heap.data() : stack;  // a plain pointer aliases nothing
  size_t joined_size = 0;
  size_t word_start = 0;  // in `joined`
  int token_words = 0;
  auto flush_word = [&] {
    std::string_view word(joined + word_start, joined_size - word_start);
    if (!word.empty()) {
      if (word_start == 0) state_token = is_state_word(word);
      token_mask |= classify_whole_word(tables, word, word_start == 0);
      ++token_words;
    }
    word_start = joined_size;
  };
  auto flush_token = [&] {
    flush_word();
    std::string_view whole(joined, joined_size);
    // A one-word token was looked up as its word already.
    if (token_words > 1) token_mask |= classify_whole_word(tables, whole, false);
    token_mask |= classify_fragments(tables, whole);
    if (!state_token) mask |= token_mask;
    joined_size = 0;
    word_start = 0;
    token_mask = 0;
    token_words = 0;
    state_token = false;
  };
  // Each byte is told by one lookup; lower-case letters and digits, most of a class name, first.
  for (size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    const CharKind kind = kCharKinds[static_cast<unsigned char>(c)];
    if (kind == CharKind::kLowerOrDigit) {
      joined[joined_size++] = c;
    } else if (kind == CharKind::kUpper) {
      if (i > 0 && is_lower(value[i - 1])) flush_word();
      joined[joined_size++] = static_cast<char>(c - 'A' + 'a');
    } else if (kind == CharKind::kSpace) {
      flush_token();
    } else if (kind == CharKind::kColon) {
      // Utility CSS writes a condition before a colon ("print:break-inside-avoid",
      // "md:hover:shadow"): the words before it say when the style applies (printing, a screen
      // size), not what the element is. Only the words after the last colon name it.
      joined_size = 0;
      word_start = 0;
      token_mask = 0;
      token_words = 0;
      state_token = false;
    } else {
      flush_word();
    }
  }
  flush_token();
  return mask;
}

}  // namespace lede::extraction::vocab
