#include "meta/language_confirmation.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <span>
#include <vector>

#include "core/eight_bytes.h"
#include "meta/function_words.h"
#include "meta/text_util.h"

namespace lede::meta {

namespace {

// The thresholds were chosen on the 1,607 samples of the four evaluation sets (aeb, wcxb-dev,
// trafilatura-eval, htmldate-eval) on which lede ran CLD2 to confirm a declared language:
// 1,545 confirmed it, 62 did not (page chrome, lists of language names, captions, repeated
// menus, another language). A text the test confirms must be one CLD2 confirms, so each
// threshold keeps a margin from the samples CLD2 did not confirm.

// CLD2 calls a text of fewer than 400 letter bytes a guess (text_language.cpp's
// kMinBodyTextBytes), and squeezes repeated words out of what it counts.
constexpr size_t kMinLetterBytes = 600;
// Function words of the declared language: at least this many, and at least 18% of the
// words. Running prose has a fifth to two fifths; the samples CLD2 did not confirm had at
// most 16.4% (a caption gallery, a menu, a list of names), and it confirmed all 72 samples
// between 18% and 20% that the test once left to it (at a fifth).
constexpr int kMinFunctionWords = 20;
constexpr int kMinFunctionWordSharePer50 = 9;
// Letters in another script than the declared language's: at most 1 in 50 of the letter
// bytes. 95% of the samples CLD2 confirmed had none; it did not confirm a language list or an
// English video page with Georgian text.
constexpr size_t kMaxForeignShareDivisor = 50;
// Repeated words (a menu, a gallery's captions) make CLD2 squeeze the text and hedge: the
// words that are no function words must be at least half distinct (prose: 60-95%).
constexpr int kMinDistinctShareDivisor = 2;
// For each other language, the words of its list that are not the declared language's may be
// at most a fifth of the declared language's words that are not its own: its neighbours share
// many words with a language, and what tells them apart is the words they do not share.
// 95% of the samples CLD2 confirmed had at most 7.5%.
constexpr int kNeighbourShareDivisor = 5;
// Naming the language of a page that declares none takes more: CLD2 must give the language
// 80% of the text, and a German sample whose English captions came to 9.6% of this share got
// 73% German. At most a twelfth: the samples named so that CLD2 named alike had at most 6.8%.
constexpr int kNamingNeighbourShareDivisor = 12;
// A language written in a script of its own: that script is at least 9 in 10 letter bytes,
// and Japanese has at least a quarter of its Han and kana letters in kana (Chinese has none).
constexpr size_t kMinOwnScriptShareTenths = 9;
constexpr size_t kMinKanaShareDivisor = 4;

enum class Script : uint8_t {
  kNone,  // not a letter: digits, punctuation, symbols, marks
  kLatin, kCyrillic, kGreek, kArmenian, kThai, kGeorgian, kHangul, kKana, kHan, kOther,
  kCount
};

Script script_of(char32_t cp) {
  if (cp < 0x80) return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') ? Script::kLatin : Script::kNone;
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return Script::kNone;
  if (cp < 0x250 || (cp >= 0x1E00 && cp < 0x1F00)) return Script::kLatin;
  if (cp < 0x370) return cp < 0x300 ? Script::kOther : Script::kNone;  // modifiers; marks
  if (cp < 0x400) return Script::kGreek;
  if (cp < 0x530) return Script::kCyrillic;
  if (cp < 0x590) return Script::kArmenian;
  if (cp >= 0xE00 && cp < 0xE80) return Script::kThai;
  if (cp >= 0x10A0 && cp < 0x1100) return Script::kGeorgian;
  if ((cp >= 0x1100 && cp < 0x1200) || (cp >= 0x3130 && cp < 0x3190) || (cp >= 0xAC00 && cp < 0xD7B0)) {
    return Script::kHangul;
  }
  if (cp >= 0x1F00 && cp < 0x2000) return Script::kGreek;
  if (cp >= 0x2000 && cp < 0x2C00) return Script::kNone;  // punctuation, symbols, arrows
  if (cp >= 0x3000 && cp < 0x3040) return Script::kNone;  // CJK punctuation
  if ((cp >= 0x3040 && cp < 0x3100) || (cp >= 0x31F0 && cp < 0x3200) || (cp >= 0xFF66 && cp < 0xFFA0)) {
    return Script::kKana;
  }
  if ((cp >= 0x3400 && cp < 0x4DC0) || (cp >= 0x4E00 && cp < 0xA000) || (cp >= 0xF900 && cp < 0xFB00)) {
    return Script::kHan;
  }
  if ((cp >= 0xFE00 && cp < 0xFE70) || (cp >= 0xFF00 && cp < 0xFF66) || cp >= 0x1F000) return Script::kNone;
  return Script::kOther;
}

// The languages written in a script of their own, which CLD2 names from that script.
struct ScriptLanguage {
  std::string_view language;
  Script script;
};
constexpr std::array<ScriptLanguage, 6> kScriptLanguages = {{{"ko", Script::kHangul},
                                                             {"ja", Script::kKana},
                                                             {"el", Script::kGreek},
                                                             {"th", Script::kThai},
                                                             {"ka", Script::kGeorgian},
                                                             {"hy", Script::kArmenian}}};

using LanguageMask = uint32_t;
static_assert(kFunctionWords.size() <= 32, "one bit per language in LanguageMask");

// A word of at most 16 bytes with its ASCII capitals in lower case, eight bytes at a time,
// and its hash: the key of the function word table and of the distinct words alike.
struct LoweredWord {
  std::array<uint64_t, 2> chunks{};
  size_t size = 0;

  LoweredWord() = default;
  explicit LoweredWord(std::string_view word) : size(word.size()) {
    std::memcpy(chunks.data(), word.data(), word.size());
    lower();
  }
  /// `word` where sixteen bytes can be read from its start: one load of a fixed size, the
  /// bytes past the word cleared, where a copy of its size cost a call per word.
  LoweredWord(std::string_view word, bool sixteen_bytes_readable) : size(word.size()) {
    if (!sixteen_bytes_readable) {
      std::memcpy(chunks.data(), word.data(), word.size());
    } else {
      std::memcpy(chunks.data(), word.data(), sizeof(chunks));
      if (size < 8) {
        chunks[0] &= (uint64_t{1} << (8 * size)) - 1;
        chunks[1] = 0;
      } else if (size < 16) {
        chunks[1] &= (uint64_t{1} << (8 * (size - 8))) - 1;
      }
    }
    lower();
  }

  uint64_t hash() const {
    uint64_t h = size;
    for (size_t at = 0; at < size; at += 8) {
      h = (h ^ chunks[at / 8]) * 0x9E3779B97F4A7C15ULL;
      h ^= h >> 29;
    }
    return h;
  }
  bool operator==(const LoweredWord& other) const { return size == other.size && chunks == other.chunks; }

 private:
  void lower() {
    for (uint64_t& chunk : chunks) chunk = eight_bytes::lower_ascii(chunk);
  }
};
constexpr size_t kMaxLoweredBytes = sizeof(LoweredWord::chunks);

constexpr size_t function_words_in_lists() {
  size_t words = 0;
  for (const FunctionWords& list : kFunctionWords) words += 1 + static_cast<size_t>(std::count(list.words.begin(), list.words.end(), ' '));
  return words;
}

// Every function word with the languages it is a function word of, in an open-addressed
// table of lowered words: a word is looked up by the hash that also keys it among the
// distinct words, with no bytes hashed twice. The table is probed by eight-byte slots (16 KB:
// it is cold on every page, and each word of a sample is looked up), and a slot's word is
// compared only where its hash matches. Before the slots, a bit per hash value of a 2 KB filter
// turns away most words that are none of them: the slots' and words' cache misses were half
// the time of reading a sample, and most words of a text are no function words.
class WordTable {
 public:
  void add(std::string_view word, size_t language) {
    LoweredWord lowered(word);
    size_t i = index(lowered, lowered.hash());
    slots_[i].tag = tag(lowered.hash());
    slots_[i].languages |= LanguageMask{1} << language;
    words_[i] = lowered;
    size_t bit = filter_bit(lowered.hash());
    filter_[bit / 64] |= uint64_t{1} << (bit % 64);
    if (word.size() > longest) longest = word.size();
  }
  LanguageMask find(const LoweredWord& word, uint64_t hash) const {
    size_t bit = filter_bit(hash);
    if ((filter_[bit / 64] >> (bit % 64) & 1) == 0) return 0;
    return slots_[index(word, hash)].languages;
  }

  size_t longest = 0;  // bytes: longer words are none of them
  std::array<Script, kFunctionWords.size()> script{};

 private:
  struct Slot {
    uint32_t tag = 0;
    LanguageMask languages = 0;  // 0: an empty slot
  };
  // At least twice the function words of all lists, and a power of two.
  static constexpr size_t kSlots = 2048;
  static_assert(2 * function_words_in_lists() <= kSlots);

  static uint32_t tag(uint64_t hash) { return static_cast<uint32_t>(hash >> 32); }
  // Bits of the hash that neither the slot (its lowest) nor the tag's lowest bits are.
  static constexpr size_t kFilterBits = 16384;
  static size_t filter_bit(uint64_t hash) { return static_cast<size_t>(hash >> 50); }
  static_assert(kFilterBits == size_t{1} << (64 - 50));
  // The slot of `word`, or the empty slot where it would go.
  size_t index(const LoweredWord& word, uint64_t hash) const {
    for (size_t i = hash & (kSlots - 1);; i = (i + 1) & (kSlots - 1)) {
      const Slot& s = slots_[i];
      if (s.languages == 0 || (s.tag == tag(hash) && words_[i] == word)) return i;
    }
  }

  std::array<uint64_t, kFilterBits / 64> filter_{};
  std::array<Slot, kSlots> slots_{};
  std::array<LoweredWord, kSlots> words_{};
};

const WordTable& word_table() {
  static const WordTable* table = [] {
    auto* t = new WordTable;
    for (size_t i = 0; i < kFunctionWords.size(); ++i) {
      std::string_view words = kFunctionWords[i].words;
      size_t first = 0;
      t->script[i] = script_of(next_code_point(words, first));
      while (!words.empty()) {
        size_t space = words.find(' ');
        t->add(words.substr(0, space), i);
        words = space == std::string_view::npos ? std::string_view{} : words.substr(space + 1);
      }
    }
    return t;
  }();
  return *table;
}

constexpr size_t longest_function_word() {
  size_t longest = 0;
  for (const FunctionWords& list : kFunctionWords) {
    for (size_t at = 0; at < list.words.size();) {
      size_t space = std::min(list.words.find(' ', at), list.words.size());
      longest = std::max(longest, space - at);
      at = space + 1;
    }
  }
  return longest;
}
static_assert(longest_function_word() <= kMaxLoweredBytes, "every function word is looked up lowered");

// The distinct words of a text, by a hash of their bytes with ASCII capitals lowered: a set
// of a fixed size, as a sample this test reads holds at most a few hundred words. Once it is
// full, every further word is taken for a new one: a text that repeats itself (a menu, a
// gallery's captions) shows it within its first 256 distinct words, and the whole article
// text_language.cpp reads where a sample did not settle the language (up to 32 KB) repeats
// its words as any long prose does, which the share asked of a sample would deny (two of the
// three aeb pages whose declaration contradicts their text have fewer than half).
class DistinctWords {
 public:
  /// The key of the word of this hash (LoweredWord::hash(), or long_word_hash()).
  static uint32_t key(uint64_t hash) { return static_cast<uint32_t>(hash >> 32) | 1; }  // 0: empty

  /// Adds the word of this key; true when it was not there yet (or the set is full).
  bool insert(uint32_t key) {
    if (size_ * 2 >= slots_.size()) return true;
    for (size_t i = key & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i] == key) return false;
      if (slots_[i] == 0) {
        slots_[i] = key;
        ++size_;
        return true;
      }
    }
  }

 private:
  std::array<uint32_t, 512> slots_{};
  size_t size_ = 0;
};

// LoweredWord::hash() of a word of any length.
uint64_t long_word_hash(std::string_view word) {
  uint64_t h = word.size();
  for (size_t at = 0; at < word.size(); at += 8) {
    uint64_t chunk = 0;
    std::memcpy(&chunk, word.data() + at, std::min<size_t>(8, word.size() - at));
    h = (h ^ eight_bytes::lower_ascii(chunk)) * 0x9E3779B97F4A7C15ULL;
    h ^= h >> 29;
  }
  return h;
}

// A word of a text with letters in it, as the tests weigh it.
struct Word {
  LanguageMask languages;  // the lists it is a function word of
  uint32_t key;            // in DistinctWords
  // More than one letter or digit: a one-letter word is too often a letter or an initial to
  // speak for a language it is not declared in.
  bool longer_than_a_letter;
};

// A text read once: its letters by script and its words. Confirming a language and naming
// one weigh the same words, each in its own way, without reading the bytes again.
struct Scan {
  std::array<size_t, static_cast<size_t>(Script::kCount)> letter_bytes{};  // and kNone's other bytes
  // Runs of letters: CLD2 scores each word's letters after one space, and whatever lies
  // between letters (digits, punctuation, white space) is that one space to it.
  size_t letter_runs = 0;
  int tokens = 0;
  std::vector<Word> words;  // those with letters, where the words were asked for
};

// What a text's words say of one language, the declared one.
struct Counts {
  int declared_words = 0;  // function words of the declared language
  int content_words = 0;   // words with letters that are not
  int distinct_content_words = 0;
  // Per other language: the declared language's function words that are its too, and its
  // function words of more than one letter that are not the declared language's.
  std::array<int, kFunctionWords.size()> declared_and_other{};
  std::array<int, kFunctionWords.size()> other_not_declared{};
};

// What a byte is to a word: most of a sample's bytes are ASCII, classified here without
// decoding; the white space is is_ascii_space()'s.
enum class ByteKind : uint8_t { kOther, kLetter, kDigit, kSpace, kNotAscii };
constexpr std::array<ByteKind, 256> kByteKinds = [] {
  std::array<ByteKind, 256> kinds{};
  for (int c = 'a'; c <= 'z'; ++c) kinds[static_cast<size_t>(c)] = kinds[static_cast<size_t>(c - 32)] = ByteKind::kLetter;
  for (int c = '0'; c <= '9'; ++c) kinds[static_cast<size_t>(c)] = ByteKind::kDigit;
  for (char c : {' ', '\t', '\n', '\r', '\f', '\v'}) kinds[static_cast<size_t>(c)] = ByteKind::kSpace;
  for (size_t c = 0x80; c < kinds.size(); ++c) kinds[c] = ByteKind::kNotAscii;
  return kinds;
}();

// The bytes whose high bit is set in `marks` (and no other bit), counted by one multiplication:
// x86-64 has no popcount instruction before the extensions lede does not ask for.
size_t marked_bytes(uint64_t marks) { return static_cast<size_t>(((marks >> 7) * eight_bytes::kOnes) >> 56); }

// Reads the letters of `text` by script and, where `look_up_words`, its words with letters.
Scan scan(std::string_view text, bool look_up_words) {
  const WordTable& table = word_table();
  Scan s;
  if (look_up_words) s.words.reserve(text.size() / 4);
  const auto* begin = reinterpret_cast<const unsigned char*>(text.data());
  const auto* p = begin;
  const auto* end = begin + text.size();
  std::array<char, 3 * kMaxLoweredBytes> folded;
  size_t latin_letters = 0;
  while (p < end) {
    while (p < end && kByteKinds[*p] == ByteKind::kSpace) ++p;
    if (p == end) break;
    ++s.tokens;
    // The word without the punctuation around it, and the letters it holds, by script.
    const unsigned char* word_begin = nullptr;
    const unsigned char* word_end = nullptr;
    size_t code_points = 0;  // letters and digits
    bool letters = false;
    bool ascii = true;
    bool after_letter = false;
    for (size_t length = 1; p < end; p += length) {
      // The ASCII bytes of the word up to its end (white space) or a byte outside ASCII, eight
      // at a time while eight remain: most words of a text are ASCII and end within eight
      // bytes, where a test of each byte cost most of the reading.
      if (end - p >= 8) {
        uint64_t bytes = eight_bytes::load(reinterpret_cast<const char*>(p));
        uint64_t spaces = eight_bytes::ascii_space_bytes(bytes);
        uint64_t stops = spaces | (bytes & eight_bytes::kHighBits);
        size_t ascii_bytes = stops == 0 ? 8 : eight_bytes::first_marked(stops);
        if (ascii_bytes != 0) {
          uint64_t kept = ascii_bytes == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * ascii_bytes)) - 1;
          uint64_t letter_marks = eight_bytes::bytes_within(bytes | eight_bytes::kOnes * 0x20, 'a', 'z') & kept;
          uint64_t word_marks = letter_marks | (eight_bytes::bytes_within(bytes, '0', '9') & kept);
          latin_letters += marked_bytes(letter_marks);
          // A run starts at each letter that follows no letter.
          uint64_t after_letters = letter_marks << 8 | (after_letter ? 0x80 : 0);
          s.letter_runs += marked_bytes(letter_marks & ~after_letters);
          after_letter = (letter_marks >> (8 * ascii_bytes - 1) & 1) != 0;
          letters |= letter_marks != 0;
          if (word_marks != 0) {
            if (!word_begin) word_begin = p + eight_bytes::first_marked(word_marks);
            word_end = p + (63 - std::countl_zero(word_marks)) / 8 + 1;
            code_points += marked_bytes(word_marks);
          }
          p += ascii_bytes;
          if (ascii_bytes < 8 && (spaces >> (8 * ascii_bytes) & 0x80) != 0) break;  // the word's end
          length = 0;
          continue;
        }
      }
      ByteKind kind = kByteKinds[*p];
      if (kind == ByteKind::kSpace) break;
      bool in_word;
      bool letter;
      if (kind != ByteKind::kNotAscii) {
        letter = kind == ByteKind::kLetter;
        latin_letters += letter;
        in_word = kind != ByteKind::kOther;
        length = 1;
      } else {
        ascii = false;
        size_t at = static_cast<size_t>(p - begin);
        size_t next = at;
        Script script = script_of(next_code_point(text, next));
        length = next - at;
        s.letter_bytes[static_cast<size_t>(script)] += length;
        letter = script != Script::kNone;
        in_word = letter;
      }
      s.letter_runs += letter && !after_letter;
      after_letter = letter;
      letters |= letter;
      if (in_word) {
        if (!word_begin) word_begin = p;
        word_end = p + length;
        ++code_points;
      }
    }
    if (!letters || !look_up_words) continue;
    std::string_view word(reinterpret_cast<const char*>(word_begin), static_cast<size_t>(word_end - word_begin));
    LanguageMask mask = 0;
    uint64_t hash;
    if (word.size() <= kMaxLoweredBytes) {
      LoweredWord lowered(word, end - word_begin >= static_cast<std::ptrdiff_t>(kMaxLoweredBytes));
      hash = lowered.hash();
      if (word.size() <= table.longest) {
        if (ascii) {
          mask = table.find(lowered, hash);
        } else if (std::string_view f = fold_case(word, folded); f.size() <= kMaxLoweredBytes) {
          LoweredWord folded_word(f);
          mask = table.find(folded_word, folded_word.hash());
        }
      }
    } else {
      hash = long_word_hash(word);
    }
    s.words.push_back({mask, DistinctWords::key(hash), code_points > 1});
  }
  s.letter_bytes[static_cast<size_t>(Script::kLatin)] += latin_letters;
  return s;
}

// What the words of a scanned text say of the language of index `declared` in kFunctionWords.
Counts count(const Scan& s, size_t declared) {
  Counts c;
  DistinctWords distinct;
  for (const Word& w : s.words) {
    if (w.languages >> declared & 1) {
      ++c.declared_words;
      for (LanguageMask m = w.languages; m != 0; m &= m - 1) ++c.declared_and_other[static_cast<size_t>(std::countr_zero(m))];
      continue;
    }
    ++c.content_words;
    c.distinct_content_words += distinct.insert(w.key);
    if (w.longer_than_a_letter) {
      for (LanguageMask m = w.languages; m != 0; m &= m - 1) ++c.other_not_declared[static_cast<size_t>(std::countr_zero(m))];
    }
  }
  return c;
}

// The bytes of the letters of every script.
size_t letter_bytes(const Scan& c) {
  size_t letters = 0;
  for (size_t s = static_cast<size_t>(Script::kNone) + 1; s < c.letter_bytes.size(); ++s) letters += c.letter_bytes[s];
  return letters;
}

bool confirms_by_script(const Scan& c, Script script) {
  size_t letters = letter_bytes(c);
  size_t own = c.letter_bytes[static_cast<size_t>(script)];
  if (script == Script::kKana) {
    size_t kana = own;
    own += c.letter_bytes[static_cast<size_t>(Script::kHan)];
    if (kana * kMinKanaShareDivisor < own) return false;
  }
  return own >= kMinLetterBytes && own * 10 >= letters * kMinOwnScriptShareTenths;
}

// The bytes CLD2 scores of a text so counted: each run of letters after one space.
size_t scored_bytes(const Scan& s) { return letter_bytes(s) + s.letter_runs; }

bool confirms_by_words(const Scan& s, size_t declared, int neighbour_share_divisor) {
  size_t letters = letter_bytes(s);
  size_t foreign = letters - s.letter_bytes[static_cast<size_t>(word_table().script[declared])];
  if (letters < kMinLetterBytes || foreign * kMaxForeignShareDivisor > letters) return false;
  Counts c = count(s, declared);
  if (c.declared_words < kMinFunctionWords || c.declared_words * 50 < s.tokens * kMinFunctionWordSharePer50) return false;
  if (c.distinct_content_words * kMinDistinctShareDivisor < c.content_words) return false;
  for (size_t o = 0; o < kFunctionWords.size(); ++o) {
    int declared_not_other = c.declared_words - c.declared_and_other[o];
    if (o != declared && c.other_not_declared[o] * neighbour_share_divisor > declared_not_other) return false;
  }
  return true;
}

// Names `primary` where the scanned text confirms it.
std::string_view confirm(const Scan& s, std::string_view primary, int neighbour_share_divisor) {
  for (const ScriptLanguage& l : kScriptLanguages) {
    if (l.language == primary) return confirms_by_script(s, l.script) ? l.language : std::string_view{};
  }
  for (size_t i = 0; i < kFunctionWords.size(); ++i) {
    if (kFunctionWords[i].language == primary && kFunctionWords[i].confirmable) {
      return confirms_by_words(s, i, neighbour_share_divisor) ? kFunctionWords[i].language : std::string_view{};
    }
  }
  return {};
}

// The language a scanned text (its words looked up) is certainly written in, if any.
std::string_view name(const Scan& s) {
  for (const ScriptLanguage& l : kScriptLanguages) {
    if (confirms_by_script(s, l.script)) return l.language;
  }
  // The language whose function words the text holds most of is the only one it can be
  // confirmed in: each other's are at most a fifth of its own (confirms_by_words()).
  std::array<int, kFunctionWords.size()> function_words{};
  for (const Word& w : s.words) {
    for (LanguageMask m = w.languages; m != 0; m &= m - 1) ++function_words[static_cast<size_t>(std::countr_zero(m))];
  }
  size_t likeliest = kFunctionWords.size();
  for (size_t i = 0; i < kFunctionWords.size(); ++i) {
    if (kFunctionWords[i].confirmable &&
        (likeliest == kFunctionWords.size() || function_words[i] > function_words[likeliest])) {
      likeliest = i;
    }
  }
  if (likeliest == kFunctionWords.size() || function_words[likeliest] < kMinFunctionWords) return {};
  return confirm(s, kFunctionWords[likeliest].language, kNamingNeighbourShareDivisor);
}

}  // namespace

TextLanguage text_names_language(std::string_view text) {
  Scan s = scan(text, /*look_up_words=*/true);
  return {name(s), scored_bytes(s)};
}

TextLanguage text_confirms_or_names_language(std::string_view text, std::string_view primary) {
  Scan s = scan(text, /*look_up_words=*/true);
  // A text named in `primary` is confirmed in it too: naming asks more of the same words.
  std::string_view confirmed = confirm(s, primary, kNeighbourShareDivisor);
  return {confirmed.empty() ? name(s) : confirmed, scored_bytes(s)};
}

}  // namespace lede::meta
