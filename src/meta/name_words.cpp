#include "meta/name_words.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "meta/page_regions.h"
#include "core/eight_bytes.h"
#include "meta/text_util.h"

namespace lede::meta {

namespace {

// Class/id fragments of elements holding the article's byline.
constexpr std::string_view kBylineWords[] = {"byline", "author", "writer", "reporter", "byl",
                                             "posted-by", "postedby", "journalist", "contributor",
                                             "autor", "auteur", "editor", "avtor", "muhabir",
                                             "yazar"};
// Class/id fragments of elements holding a date.
constexpr std::string_view kDateWords[] = {"date", "time", "publish", "posted", "dateline",
                                           "updated", "modified", "timestamp", "datum", "fecha",
                                           "data-", "meta", "info", "pubdate", "article-header"};
// Whole words of the name, so "subtitles" of a video player or "dekor" do not match.
constexpr std::string_view kStandfirstWords[] = {"subtitle", "subheadline", "sub-headline", "subheading",
                                                 "sub-heading", "standfirst", "dek", "deck", "strapline",
                                                 "summary-lead", "article-summary", "chapo", "chapeau",
                                                 "teaser"};
// The class of one post in hAtom (page_regions.cpp reads it as a whole class).
constexpr std::string_view kHentry[] = {"hentry"};

enum Kind : uint8_t {
  kByline = NameWordsMemo::kBylineKind,
  kDate = NameWordsMemo::kDateKind,
  kStandfirst = NameWordsMemo::kStandfirstKind,
  kWidget = NameWordsMemo::kWidgetKind,
  kEntry = NameWordsMemo::kEntryKind,
  kAllKinds = 31
};

char fold_ascii(char c) { return static_cast<unsigned char>(c - 'A') < 26 ? static_cast<char>(c + 32) : c; }

// Two bytes as one table index, read the same way from a word and from a text.
uint16_t pair_at(const char* at) {
  uint16_t pair;
  std::memcpy(&pair, at, sizeof(pair));
  return pair;
}

}  // namespace

// All the words, filed by their first two bytes in every case: a place in a name is compared
// only with the words that start with the two bytes found there, whatever their case. The
// table has a byte per pair so that the scan, one step per byte of every name on the page,
// is a load and a test.
class WordTable {
 public:
  WordTable() {
    add(kBylineWords, kByline);
    add(kDateWords, kDate);
    add(kStandfirstWords, kStandfirst);
    add(PageRegions::widget_words(), kWidget);
    add(kHentry, kEntry);
  }

  // The kinds of the words found in `text`, matched as if `text` were ASCII-folded.
  uint8_t find(std::string_view text) const {
    uint8_t found = 0;
    // Every word has three bytes or more: the scan steps a pointer through the places where a
    // word can start, and the last two bytes start none.
    if (text.size() < 3) return found;
    const char* last_start = text.data() + text.size() - 3;
    for (const char* at = text.data(); at <= last_start; ++at) {
      uint8_t bucket = bucket_of_pair_[pair_at(at)];
      // A third of the places in a name start like some word ("co", "de", "po"): the third byte
      // rules most of them out before the words are compared. Both bytes are tested in one
      // branch, taken rarely, where a branch on the pair alone went either way at random.
      if ((third_bytes_[bucket] >> (at[2] & 31) & 1) == 0) continue;
      size_t offset = static_cast<size_t>(at - text.data());
      for (const Word& w : buckets_[bucket - 1]) {
        if ((found & w.kind) == 0 && matches_at(text, offset, w.text) && !in_hashed_name(text, offset, w.text.size())) {
          found |= w.kind;
        }
      }
      if (found == kAllKinds) return found;
    }
    return found;
  }

 private:
  struct Word {
    std::string_view text;
    uint8_t kind;
  };

  void add(std::span<const std::string_view> words, uint8_t kind) {
    for (std::string_view w : words) {
      // Every case of the first two bytes leads to the same bucket.
      const char cases[2][2] = {{w[0], static_cast<char>(w[0] - 32)}, {w[1], static_cast<char>(w[1] - 32)}};
      uint8_t& first = bucket_of_pair_[pair_at(w.data())];
      if (first == 0) {
        buckets_.emplace_back();
        first = static_cast<uint8_t>(buckets_.size());
      }
      buckets_[first - 1].push_back({w, kind});
      third_bytes_[first] |= 1u << (w[2] & 31);  // a letter's both cases alike
      for (char a : cases[0]) {
        for (char b : cases[1]) {
          if (fold_ascii(a) != w[0] || fold_ascii(b) != w[1]) continue;  // not a letter's capital
          const char two[2] = {a, b};
          bucket_of_pair_[pair_at(two)] = first;
        }
      }
    }
  }

  // True when the word matched at `at` (`size` bytes) lies in a class or id name that a build
  // tool hashed rather than a person wrote (CSS modules, CSS-in-JS: "FxnZyIQptvxebyL2oXI7"):
  // such a name spells any word by chance, on every element that shares it. Two signs, both
  // needed: its run of letters and digits puts digits between letters, and the word crosses a
  // change from a small letter to a capital ("byL"). A person capitalises the start of a word
  // ("postByline", "subTitle") and may number a name ("readmore2col", "teaserList2x2"), but
  // does not put a capital inside a numbered word. Asked only where a word matched: kept out of
  // line, where inlined it made find() too large to inline into find_kinds() and its scan, run
  // over every class name of the page, slower.
  [[gnu::noinline]] static bool in_hashed_name(std::string_view text, size_t at, size_t size) {
    auto is_small = [](char c) { return static_cast<unsigned char>(c - 'a') < 26; };
    auto is_capital = [](char c) { return static_cast<unsigned char>(c - 'A') < 26; };
    auto is_digit = [](char c) { return static_cast<unsigned char>(c - '0') < 10; };
    auto is_letter = [&](char c) { return is_small(c) || is_capital(c); };
    bool crosses_capital = false;
    for (size_t i = at + 1; i < at + size && !crosses_capital; ++i) crosses_capital = is_capital(text[i]) && is_small(text[i - 1]);
    if (!crosses_capital) return false;
    size_t start = at;
    while (start > 0 && (is_letter(text[start - 1]) || is_digit(text[start - 1]))) --start;
    bool letter_before = false;        // a letter came before the digits read since it
    bool digits_after_letter = false;  // digits follow a letter
    for (size_t i = start; i < text.size() && (is_letter(text[i]) || is_digit(text[i])); ++i) {
      if (is_digit(text[i])) {
        digits_after_letter = letter_before;
      } else {
        if (digits_after_letter) return true;
        letter_before = true;
      }
    }
    return false;
  }

  // True when the word (lower case) is at `at` in `text`, ignoring ASCII case.
  static bool matches_at(std::string_view text, size_t at, std::string_view word) {
    if (text.size() - at < word.size()) return false;
    for (size_t i = 2; i < word.size(); ++i) {
      if (fold_ascii(text[at + i]) != word[i]) return false;
    }
    return true;
  }

  std::array<uint8_t, 1 << 16> bucket_of_pair_{};  // 0: no word starts so; else 1 + bucket
  std::vector<std::vector<Word>> buckets_;
  // Per bucket_of_pair_ entry, the third bytes of its words, by their low five bits; none for
  // entry 0 (no word starts so). Held in place, not behind a pointer the scan would reload,
  // with a place for every value of an entry.
  std::array<uint32_t, 256> third_bytes_{};
};

namespace {

uint8_t find_kinds(const WordTable& table, std::string_view name) {
  // Folding other characters can make ASCII letters (a dotted capital I folds to 'i'): a name
  // that is not all ASCII is matched folded. Nearly every name is ASCII, told eight bytes at a
  // time before the scan, where gathering the bytes in the scan cost two steps at each byte.
  return is_ascii_text(name) ? table.find(name) : table.find(fold_case(name));
}

const WordTable& word_table() {
  static const WordTable table;
  return table;
}

NameWords name_words_of(uint8_t kinds) {
  NameWords words;
  words.byline = kinds & kByline;
  words.date = kinds & kDate;
  words.standfirst = kinds & kStandfirst;
  words.widget = kinds & kWidget;
  words.hentry = kinds & kEntry;
  return words;
}

uint64_t load8(const char* at) {
  uint64_t eight;
  std::memcpy(&eight, at, sizeof(eight));
  return eight;
}

uint32_t load4(const char* at) {
  uint32_t four;
  std::memcpy(&four, at, sizeof(four));
  return four;
}

// A hash of a name in a few steps whatever its length: its length, its first, middle and last
// eight bytes (overlapping in shorter names). Names alike but for bytes left out collide, and
// the memo tells them apart by comparing them whole.
uint64_t hash_of(std::string_view text) {
  constexpr uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;
  uint64_t h = text.size() * kMultiplier;
  auto mix = [&h](uint64_t eight) {
    h = (h ^ eight) * kMultiplier;
    h ^= h >> 29;
  };
  const char* at = text.data();
  size_t size = text.size();
  if (size >= sizeof(uint64_t)) {
    mix(load8(at));
    mix(load8(at + size / 2 - sizeof(uint32_t)));
    mix(load8(at + size - sizeof(uint64_t)));
  } else if (size >= sizeof(uint32_t)) {
    mix(static_cast<uint64_t>(load4(at)) << 32 | load4(at + size - sizeof(uint32_t)));
  } else {
    uint64_t bytes = 0;
    for (char c : text) bytes = bytes << 8 | static_cast<unsigned char>(c);
    mix(bytes);
  }
  return h;
}

}  // namespace

NameWords find_name_words(std::string_view classes, std::string_view element_id) {
  // No word holds a space, so none spans the class and the id.
  return name_words_of(find_kinds(word_table(), classes) | find_kinds(word_table(), element_id));
}

NameWordsMemo::NameWordsMemo() : table_(word_table()) {}

uint8_t NameWordsMemo::id_kinds(std::string_view element_id) const { return find_kinds(table_, element_id); }

uint8_t NameWordsMemo::class_kinds(std::string_view classes) {
  size_t mask = slot_count_ - 1;
  size_t at = hash_of(classes) & mask;
  for (; slots_[at].data != nullptr; at = (at + 1) & mask) {
    const Entry& e = slots_[at];
    if (e.size == classes.size() && std::memcmp(e.data, classes.data(), classes.size()) == 0) {
      last_ = at;
      return e.kinds;
    }
  }
  uint8_t kinds = find_kinds(table_, classes);
  slots_[at] = {classes.data(), static_cast<uint32_t>(classes.size()), kinds, 0};
  last_ = at;
  if (++used_ * 2 > slot_count_) grow();
  return kinds;
}

void NameWordsMemo::grow() {
  std::unique_ptr<Entry[]> old = std::exchange(slots_, std::make_unique<Entry[]>(slot_count_ * 2));
  size_t old_count = std::exchange(slot_count_, slot_count_ * 2);
  size_t mask = slot_count_ - 1;
  size_t last = last_;
  for (size_t from = 0; from < old_count; ++from) {
    const Entry& e = old[from];
    if (e.data == nullptr) continue;
    size_t at = hash_of({e.data, e.size}) & mask;
    while (slots_[at].data != nullptr) at = (at + 1) & mask;
    slots_[at] = e;
    if (from == last_) last = at;
  }
  last_ = last;
}

std::span<const std::string_view> standfirst_words() { return kStandfirstWords; }

}  // namespace lede::meta
