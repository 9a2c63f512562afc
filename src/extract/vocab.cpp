#include "extract/vocab.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <cstring>
#include <span>
#include <string>
#include <vector>

#include "core/eight_bytes.h"

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

// Words of at most kMaxKeyBytes bytes, packed into two 64-bit integers (zero past the word's
// end) with their size: a word is matched by comparing three integers, without hashing it byte by
// byte or calling memcmp. Every word and fragment of the vocabulary fits (checked below).
constexpr size_t kMaxKeyBytes = 16;
// The buffer a word is packed from holds this many readable bytes past the text's end.
constexpr size_t kPadding = kMaxKeyBytes;

struct PackedWord {
  uint64_t low = 0;
  uint64_t high = 0;
  size_t size = 0;
  bool operator==(const PackedWord&) const = default;
};

uint64_t low_bytes(uint64_t word, size_t count) { return count >= 8 ? word : word & ((uint64_t{1} << (8 * count)) - 1); }

// The `size` bytes at `at` (size <= kMaxKeyBytes), reading up to kMaxKeyBytes bytes from `at`.
PackedWord pack(const char* at, size_t size) {
  return {low_bytes(eight_bytes::load(at), size), size > 8 ? low_bytes(eight_bytes::load(at + 8), size - 8) : 0, size};
}

PackedWord pack(std::string_view word) {
  char padded[kMaxKeyBytes] = {};
  std::memcpy(padded, word.data(), word.size());
  return pack(padded, word.size());
}

uint64_t mix(uint64_t low, uint64_t high) { return (low ^ (high * 0xC2B2AE3D27D4EB4Full)) * 0x9E3779B97F4A7C15ull; }

consteval bool every_word_fits() {
  for (const Group& g : kGroups) {
    for (auto list : {g.words, g.lead_words, g.fragments}) {
      for (std::string_view w : list) {
        if (w.empty() || w.size() > kMaxKeyBytes) return false;
      }
    }
  }
  return true;
}
static_assert(every_word_fits(), "vocabulary words are packed into kMaxKeyBytes bytes");

// Whole words and lead words of every group in one open-addressed table, and the fragments filed
// by their first kMinFragmentLength bytes; built once. Most words of a page's class names are none
// of the vocabulary's: they cost one probe that meets an empty slot.
struct WordTables {
  struct WordSlot {
    PackedWord word;  // size 0: empty
    uint32_t concepts = 0;       // as a whole word
    uint32_t lead_concepts = 0;  // as the first word of a token
  };
  static constexpr size_t kWordSlots = 512;  // a power of two, about twice the vocabulary
  std::array<WordSlot, kWordSlots> words{};

  struct Fragment {
    PackedWord word;
    uint32_t concepts = 0;
  };
  std::vector<Fragment> fragments;  // sorted by opening, so that those sharing one are adjacent
  struct OpeningSlot {
    uint64_t opening = 0;  // the first kMinFragmentLength bytes; 0: empty (no fragment holds a NUL)
    uint16_t begin = 0, end = 0;  // in `fragments`
  };
  static constexpr size_t kOpeningSlots = 256;
  std::array<OpeningSlot, kOpeningSlots> openings{};
  // Whether some fragment's opening has this hash: most places of a class name open no fragment,
  // and one bit of this table (512 bytes) tells most of them for a multiply, before any probe.
  static constexpr int kFilterBits = 12;
  std::bitset<size_t{1} << kFilterBits> opening_filter;
  static size_t filter_hash(uint64_t opening) { return (opening * 0x9E3779B97F4A7C15ull) >> (64 - kFilterBits); }

  static size_t word_slot(const PackedWord& w) { return (mix(w.low, w.high) + w.size) >> 55; }
  static size_t opening_slot(uint64_t opening) { return mix(opening, 0) >> 56; }

  const WordSlot* find_word(const PackedWord& w) const {
    for (size_t i = word_slot(w);; i = (i + 1) % kWordSlots) {
      const WordSlot& s = words[i];
      if (s.word == w) return &s;
      if (s.word.size == 0) return nullptr;
    }
  }

  WordSlot& insert_word(const PackedWord& w) {
    size_t i = word_slot(w);
    while (words[i].word.size != 0 && !(words[i].word == w)) i = (i + 1) % kWordSlots;
    words[i].word = w;
    return words[i];
  }

  // The fragments opening with the kMinFragmentLength bytes `opening`.
  std::span<const Fragment> fragments_opening(uint64_t opening) const {
    for (size_t i = opening_slot(opening);; i = (i + 1) % kOpeningSlots) {
      const OpeningSlot& s = openings[i];
      if (s.opening == opening) return std::span(fragments).subspan(s.begin, s.end - s.begin);
      if (s.opening == 0) return {};
    }
  }
};
static_assert((WordTables::kWordSlots & (WordTables::kWordSlots - 1)) == 0 && WordTables::kWordSlots == 1u << (64 - 55));
static_assert(WordTables::kOpeningSlots == 1u << (64 - 56));

const WordTables& word_tables() {
  static const WordTables tables = [] {
    WordTables t;
    for (const Group& g : kGroups) {
      for (std::string_view w : g.words) t.insert_word(pack(w)).concepts |= g.concept_id;
      for (std::string_view w : g.lead_words) t.insert_word(pack(w)).lead_concepts |= g.concept_id;
      for (std::string_view f : g.fragments) t.fragments.push_back({pack(f), g.concept_id});
    }
    auto opening = [](const WordTables::Fragment& f) { return low_bytes(f.word.low, kMinFragmentLength); };
    std::stable_sort(t.fragments.begin(), t.fragments.end(),
                     [&](const auto& x, const auto& y) { return opening(x) < opening(y); });
    for (size_t begin = 0; begin < t.fragments.size();) {
      size_t end = begin;
      while (end < t.fragments.size() && opening(t.fragments[end]) == opening(t.fragments[begin])) ++end;
      size_t i = WordTables::opening_slot(opening(t.fragments[begin]));
      while (t.openings[i].opening != 0) i = (i + 1) % WordTables::kOpeningSlots;
      t.openings[i] = {opening(t.fragments[begin]), static_cast<uint16_t>(begin), static_cast<uint16_t>(end)};
      t.opening_filter.set(WordTables::filter_hash(opening(t.fragments[begin])));
      begin = end;
    }
    return t;
  }();
  return tables;
}

// What the `size` bytes at `at` name as a whole word (and as the lead word of its token). `at`
// has kPadding readable bytes past the word.
uint32_t classify_whole_word(const WordTables& tables, const char* at, size_t size, bool leads_token) {
  if (size > kMaxKeyBytes) return 0;  // longer than any word of the vocabulary
  const WordTables::WordSlot* slot = tables.find_word(pack(at, size));
  if (!slot) return 0;
  return slot->concepts | (leads_token ? slot->lead_concepts : 0);
}

// What the fragments found in the `size` bytes at `text` name: each place is tried by its first
// kMinFragmentLength bytes at once. `text` has kPadding readable bytes past its end.
uint32_t classify_fragments(const WordTables& tables, const char* text, size_t size) {
  uint32_t mask = 0;
  for (size_t at = 0; at + kMinFragmentLength <= size; ++at) {
    const uint64_t opening = low_bytes(eight_bytes::load(text + at), kMinFragmentLength);
    if (!tables.opening_filter.test(WordTables::filter_hash(opening))) continue;
    for (const WordTables::Fragment& f : tables.fragments_opening(opening)) {
      if (f.word.size <= size - at && pack(text + at, f.word.size) == f.word) mask |= f.concepts;
    }
  }
  return mask;
}

// A token opening with one of these describes a state of the element, not what it is:
// "has-paywall" is an article with a paywall, "no-sidebar" a page without one.
bool is_state_word(std::string_view word) {
  return word == "has" || word == "with" || word == "no" || word == "without";
}

// The words of one class token, joined and lower-cased as they are read ("post__share-bar" ->
// "postsharebar"), and what they name so far. Joined words are matched too, so fragments such as
// "articlebody" find "article-body" and "article_body"; each word is the tail of the joined form.
// The joined form holds every word, so fragments are looked for in it alone: a fragment inside a
// word is inside the joined form too.
class TokenWords {
 public:
  TokenWords(const WordTables& tables, char* joined) : tables_(tables), joined_(joined) {}

  // Room for eight bytes at size() is there while size() + 8 <= the bytes of the value read.
  char* end() { return joined_ + size_; }
  size_t size() const { return size_; }
  void grow(size_t bytes) { size_ += bytes; }
  void push(char c) { joined_[size_++] = c; }

  void end_word() {
    const size_t word_size = size_ - word_start_;
    if (word_size != 0) {
      if (word_start_ == 0) state_token_ = is_state_word(std::string_view(joined_, word_size));
      token_mask_ |= classify_whole_word(tables_, joined_ + word_start_, word_size, word_start_ == 0);
      ++words_;
    }
    word_start_ = size_;
  }

  // Forgets the token read so far (a colon's condition, or the token just ended).
  void restart() {
    size_ = word_start_ = 0;
    token_mask_ = 0;
    words_ = 0;
    state_token_ = false;
  }

  // What the token names, then ready for the next one.
  uint32_t end_token() {
    end_word();
    // A one-word token was looked up as its word already.
    if (words_ > 1) token_mask_ |= classify_whole_word(tables_, joined_, size_, false);
    token_mask_ |= classify_fragments(tables_, joined_, size_);
    const uint32_t named = state_token_ ? 0 : token_mask_;
    restart();
    return named;
  }

 private:
  const WordTables& tables_;
  char* const joined_;  // a plain pointer aliases nothing
  size_t size_ = 0;
  size_t word_start_ = 0;  // in joined_
  uint32_t token_mask_ = 0;
  int words_ = 0;
  bool state_token_ = false;
};

}  // namespace

uint32_t classify_tokens(std::string_view value) {
  using eight_bytes::bytes_within, eight_bytes::first_marked, eight_bytes::kHighBits;
  // On the stack for the tokens of most pages; a longer one (a generated name) on the heap. Both
  // hold kPadding bytes past the longest joined form, which packing a word reads.
  constexpr size_t kStackBytes = 128;
  char stack[kStackBytes + kPadding] = {};
  std::string heap;
  if (value.size() > kStackBytes) heap.resize(value.size() + kPadding);
  TokenWords token(word_tables(), value.size() > kStackBytes ? heap.data() : stack);
  uint32_t mask = 0;
  const size_t size = value.size();
  for (size_t i = 0; i < size;) {
    // Lower-case letters and digits, most of a class name, eight at a time: the run up to the
    // first other byte is copied whole (the joined form is never longer than what was read, so
    // the eight bytes fit).
    if (i + 8 <= size) {
      const uint64_t word = eight_bytes::load(value.data() + i);
      const uint64_t other = ~(bytes_within(word, 'a', 'z') | bytes_within(word, '0', '9')) & kHighBits;
      eight_bytes::store(token.end(), word);
      const size_t run = other == 0 ? 8 : first_marked(other);
      token.grow(run);
      i += run;
      if (run == 8) continue;
    }
    if (i == size) break;
    // Each other byte is told by one lookup.
    const char c = value[i];
    const CharKind kind = kCharKinds[static_cast<unsigned char>(c)];
    if (kind == CharKind::kLowerOrDigit) {
      token.push(c);
    } else if (kind == CharKind::kUpper) {
      if (i > 0 && is_lower(value[i - 1])) token.end_word();
      token.push(static_cast<char>(c - 'A' + 'a'));
    } else if (kind == CharKind::kSpace) {
      mask |= token.end_token();
    } else if (kind == CharKind::kColon) {
      // Utility CSS writes a condition before a colon ("print:break-inside-avoid",
      // "md:hover:shadow"): the words before it say when the style applies (printing, a screen
      // size), not what the element is. Only the words after the last colon name it.
      token.restart();
    } else {
      token.end_word();
    }
    ++i;
  }
  return mask | token.end_token();
}

}  // namespace lede::extraction::vocab
