#include "extract/boilerplate_lines.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <optional>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/phrase_set.h"
#include "core/utf8.h"
#include "extract/boilerplate_labels.h"
#include "extract/page_shape.h"
#include "extract/text.h"

namespace lede::extraction {
namespace {

// "Please enable JavaScript" is one sentence; a paragraph about JavaScript settings is prose.
constexpr size_t kMaxNoticeChars = 160;
// A byline names one to a few people: a line longer than this is a sentence that starts "By".
constexpr size_t kMaxBylineChars = 120;
constexpr uint32_t kMaxBylineWords = 16;
// A pointer line ("Read more: <headline>") or a credit line ("Foto: A. Name") is a label and a
// title or a name; a longer line is a sentence that happens to start with the word.
constexpr uint32_t kMaxPointerWords = 25;
constexpr uint32_t kMaxCreditWords = 12;
// A caption that ends with its photo credit is a sentence or two.
constexpr uint32_t kMaxCaptionWords = 40;
// A post's meta line names a date, an author and a few categories.
constexpr uint32_t kMaxPostMetaWords = 40;
// A "follow us" line names at least this many networks, in at most kMaxFollowWords words.
constexpr int kMinFollowNetworks = 2;
constexpr uint32_t kMaxFollowWords = 30;
// The longest of the limits above: a longer line is none of these.
constexpr uint32_t kMaxBoilerplateLineWords =
    std::max({kMaxPointerWords, kMaxCaptionWords, kMaxFollowWords, kMaxPostMetaWords});
// A contact line is one short instruction; a paragraph that mentions an address is prose.
constexpr size_t kMaxContactChars = 200;
// A box heading that cuts the body's tail is a phrase ("you may also like", "lesen sie auch") or
// a block of its own ("Empfehlungen"): one word opening a block ("Recommended:" over a list of
// a product's recommended system requirements) heads a part of the page, and is only removed as
// a line.
constexpr uint32_t kMinBoxTailWords = 2;
constexpr uint32_t kMaxContactWords = 25;

bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Lower case for the scripts the labels are written in (ASCII, Latin-1, Greek, Cyrillic); other
// code points are kept as they are.
constexpr char32_t to_lower(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 0x20;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 0x20;
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;
  return c;
}

// Separators that decorate a label: "— Advertisement —", "ADVERTISEMENT:", "· Anzeige ·".
constexpr bool is_decoration_slow(char32_t c) {
  return is_html_space(c) || c == '-' || c == ':' || c == '|' || c == '*' || c == '.' || c == '?' ||
         c == '!' || c == 0xBB || c == 0xAB || c == '>' || c == 0x2013 || c == 0x2014 ||
         c == 0xB7 || c == 0x2022 || c == '[' || c == ']' || c == '(' || c == ')';
}

// The test above for ASCII in one lookup: fold() asks it of every character of every short line.
constexpr std::array<bool, 128> kAsciiDecoration = [] {
  std::array<bool, 128> table{};
  for (char32_t c = 0; c < 128; ++c) table[c] = is_decoration_slow(c);
  return table;
}();

bool is_decoration(char32_t c) { return c < 128 ? kAsciiDecoration[c] : is_decoration_slow(c); }

// What fold() does with each ASCII byte, in one lookup: its lower case, and whether it is a space
// or decoration (every space is decoration too). Most lines are ASCII; folding them a code point
// at a time was most of the cost of testing a line.
struct AsciiFold {
  char lower;
  bool space;
  bool decoration;
};

constexpr std::array<AsciiFold, 128> kAsciiFold = [] {
  std::array<AsciiFold, 128> table{};
  for (char32_t c = 0; c < 128; ++c) {
    const char32_t lower = to_lower(c);
    table[c] = {static_cast<char>(lower), is_html_space(lower), is_decoration_slow(lower)};
  }
  return table;
}();

// Lower-casing keeps each character's UTF-8 length and collapsing only removes; only a stray byte
// (read as the Latin-1 character it is) can grow, to two bytes. A space and one character (four
// bytes at most) go past max_size before folding stops.
constexpr size_t kMaxStep = 5;

// The room fold_into() needs.
size_t fold_room(std::string_view line, size_t max_size) {
  return std::min(2 * line.size(), max_size == std::string::npos ? max_size : max_size + kMaxStep);
}

// The folding of fold() below, into `folded` (fold_room() bytes); returns the folded size. When it
// stops early, `stopped_at` is where it stopped in `line` and `kept` the size of the result up to
// its last character that is not decoration; otherwise `stopped_at` is npos. Written through a
// plain pointer: a store through a string's [] may alias the string's own fields, and the
// compiler would reload them after every character.
size_t fold_into(std::string_view line, size_t max_size, char* const folded, size_t& stopped_at, size_t& kept_size) {
  stopped_at = std::string_view::npos;
  size_t size = 0;
  size_t kept = 0;  // size up to the last character that is not decoration
  bool space = false;
  for (size_t i = 0; i < line.size();) {
    unsigned char b = static_cast<unsigned char>(line[i]);
    if (b < 0x80) {
      // The steps below for one ASCII character, by table.
      ++i;
      const AsciiFold& f = kAsciiFold[b];
      if (size == 0 && f.decoration) continue;
      if (f.space) {
        space = true;
        continue;
      }
      if (space) folded[size++] = ' ';
      space = false;
      folded[size++] = f.lower;
      if (!f.decoration) kept = size;
      if (size > max_size) {
        stopped_at = i;
        kept_size = kept;
        return size;
      }
      continue;
    }
    char32_t c = to_lower(next_code_point(line, i));
    bool decoration = is_decoration(c);
    if (size == 0 && decoration) continue;
    if (is_html_space(c)) {
      space = true;
      continue;
    }
    if (space) folded[size++] = ' ';
    space = false;
    if (c < 0x80) {
      folded[size++] = static_cast<char>(c);
    } else {
      size += encode_utf8(c, folded + size);
    }
    if (!decoration) kept = size;
    if (size > max_size) {
      stopped_at = i;
      kept_size = kept;
      return size;
    }
  }
  kept_size = kept;
  return kept;
}

std::string fold_until(std::string_view line, size_t max_size, size_t& stopped_at, size_t& kept_size) {
  std::string out(fold_room(line, max_size), '\0');
  out.resize(fold_into(line, max_size, out.data(), stopped_at, kept_size));
  return out;
}

// The line lower-cased, its decoration at both ends removed and inner spaces collapsed. Folding
// stops once the result is longer than `max_size`, with what it folded so far.
std::string fold(std::string_view line, size_t max_size = std::string::npos) {
  size_t stopped_at = 0, kept = 0;
  return fold_until(line, max_size, stopped_at, kept);
}

// Whether `rest` holds a character that is not decoration: one that folding would keep.
bool holds_content(std::string_view rest) {
  for (size_t i = 0; i < rest.size();) {
    unsigned char b = static_cast<unsigned char>(rest[i]);
    if (b < 0x80) {
      ++i;
      if (!kAsciiFold[b].decoration) return true;
      continue;
    }
    if (!is_decoration(to_lower(next_code_point(rest, i)))) return true;
  }
  return false;
}

size_t code_points(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); next_code_point(s, i)) ++n;
  return n;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool has_email_address(std::string_view line) {
  for (size_t at = line.find('@'); at != std::string_view::npos; at = line.find('@', at + 1)) {
    if (at == 0 || !is_ascii_alnum(line[at - 1])) continue;
    size_t end = at + 1;
    while (end < line.size() && (is_ascii_alnum(line[end]) || line[end] == '.' || line[end] == '-'))
      ++end;
    std::string_view domain = line.substr(at + 1, end - at - 1);
    size_t dot = domain.find('.');
    if (dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size()) return true;
  }
  return false;
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::string join_lines(const std::vector<std::string_view>& lines) {
  std::string out;
  for (std::string_view line : lines) {
    if (!out.empty()) out += '\n';
    out.append(line);
  }
  return out;
}

bool is_prose_block(const Block& b) { return b.type == Block::Type::kParagraph; }

// Removes from the end (or the start) of `lines` those `drop` accepts; true when any went.
template <typename Predicate>
bool trim_edge(std::vector<std::string_view>& lines, bool from_end, Predicate drop) {
  bool changed = false;
  while (!lines.empty()) {
    std::string_view line = from_end ? lines.back() : lines.front();
    if (!trim(line).empty() && !drop(line)) break;
    if (from_end)
      lines.pop_back();
    else
      lines.erase(lines.begin());
    changed = true;
  }
  return changed;
}

template <size_t N>
constexpr size_t longest(const std::string_view (&list)[N]) {
  return std::ranges::max(list, {}, [](std::string_view s) { return s.size(); }).size();
}

// `folded` is one of the labels of kList. Most lines are longer than any label, and need no
// comparison to tell; the others are looked up in the labels sorted once.
template <const auto& kList>
bool is_one_of(std::string_view folded) {
  static const auto sorted = [] {
    std::array<std::string_view, std::size(kList)> labels;
    std::copy(std::begin(kList), std::end(kList), labels.begin());
    std::sort(labels.begin(), labels.end());
    return labels;
  }();
  // Named so it is computed once, at compile time, not at each call.
  constexpr size_t kLongest = longest(kList);
  return !folded.empty() && folded.size() <= kLongest && std::binary_search(sorted.begin(), sorted.end(), folded);
}

// The first bytes of the entries of kList: a line that opens with none of them opens with none of
// the entries, and most lines are told so by one lookup instead of a comparison per entry.
template <const auto& kList>
constexpr std::array<bool, 256> kFirstBytes = [] {
  std::array<bool, 256> table{};
  for (std::string_view entry : kList) table[static_cast<unsigned char>(entry.front())] = true;
  return table;
}();

template <const auto& kList>
bool may_open_with_one_of(std::string_view folded) {
  return !folded.empty() && kFirstBytes<kList>[static_cast<unsigned char>(folded.front())];
}

// The first two bytes of the entries of kList (bit first * 256 + second), and the first bytes of
// entries one byte long: most lines open with two bytes no entry opens with.
template <const auto& kList>
const std::bitset<256 * 256> kFirstPairs = [] {
  std::bitset<256 * 256> pairs;
  for (std::string_view entry : kList) {
    if (entry.size() >= 2) pairs.set(static_cast<unsigned char>(entry[0]) * 256 + static_cast<unsigned char>(entry[1]));
  }
  return pairs;
}();

template <const auto& kList>
constexpr std::array<bool, 256> kOneByteEntries = [] {
  std::array<bool, 256> table{};
  for (std::string_view entry : kList) {
    if (entry.size() == 1) table[static_cast<unsigned char>(entry.front())] = true;
  }
  return table;
}();

// Whether `line` may fold to one of kList's entries, told by the first two bytes folding keeps,
// without folding the line. Where folding is not told by one byte (a character outside ASCII,
// decoration after the first character, which folding keeps inside the line and drops at its
// end), the line may.
template <const auto& kList>
bool may_fold_to_one_of(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && static_cast<unsigned char>(line[i]) < 0x80 &&
         kAsciiFold[static_cast<unsigned char>(line[i])].decoration) {
    ++i;  // dropped from the start, as fold_until() does
  }
  if (i == line.size()) return false;  // the line folds to nothing
  const unsigned char b = static_cast<unsigned char>(line[i]);
  if (b >= 0x80) return true;
  const unsigned char first = static_cast<unsigned char>(kAsciiFold[b].lower);
  if (!kFirstBytes<kList>[first]) return false;
  if (++i == line.size()) return kOneByteEntries<kList>[first];
  const unsigned char next = static_cast<unsigned char>(line[i]);
  if (next >= 0x80) return true;
  const AsciiFold& f = kAsciiFold[next];
  // A space is folded to one space, or dropped when only decoration follows it.
  if (f.space) return kOneByteEntries<kList>[first] || kFirstPairs<kList>.test(first * 256 + ' ');
  if (f.decoration) return true;
  return kFirstPairs<kList>.test(first * 256 + static_cast<unsigned char>(f.lower));
}

// `folded` starts with `opening`; the first bytes are compared first, as most lines open with
// none of the openings they are tested against.
bool opens_with(std::string_view folded, std::string_view opening) {
  return opening.empty() || (!folded.empty() && folded.front() == opening.front() && folded.starts_with(opening));
}

// The folded line opens with one of `labels` and a colon ("read more: ...", "foto : ...").
template <const auto& kLabels>
bool opens_with_label(std::string_view folded) {
  if (!may_open_with_one_of<kLabels>(folded)) return false;
  for (std::string_view label : kLabels) {
    if (!opens_with(folded, label)) continue;
    std::string_view rest = folded.substr(label.size());
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (!rest.empty() && rest.front() == ':') return true;
  }
  return false;
}

// `text` with its ASCII capitals lower-cased, sixteen bytes at a time where SSE2 is at hand.
std::string lower_ascii(std::string_view text) {
  std::string out(text.size(), '\0');
  char* const lowered = out.data();
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i before_a = _mm_set1_epi8('A' - 1), after_z = _mm_set1_epi8('Z' + 1), case_bit = _mm_set1_epi8(0x20);
  for (; i + 16 <= text.size(); i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    // Signed compares: bytes from 0x80 up are negative, and no capital.
    __m128i capital = _mm_and_si128(_mm_cmpgt_epi8(v, before_a), _mm_cmplt_epi8(v, after_z));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(lowered + i), _mm_or_si128(v, _mm_and_si128(capital, case_bit)));
  }
#endif
  for (; i < text.size(); ++i) {
    char c = text[i];
    lowered[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 0x20) : c;
  }
  return out;
}

// The tests below compare a line's folded form with labels, or its start with openings: no more
// of it than this is needed to tell, whatever the line.
constexpr size_t kFoldedHeadBytes =
    std::max({longest(labels::kAdLabels), longest(labels::kBoxHeadings),
              longest(labels::kPointerLabels) + 2,  // a label, a space and its colon
              longest(labels::kCreditLabels) + 2, longest(labels::kPostMetaOpenings) + 1});

// The start of a line's folded form, kFoldedHeadBytes or a little more (most lines tested are
// sentences, and folding each whole was most of the cost), and whether that is the whole of it.
struct FoldedHead {
  explicit FoldedHead(std::string_view text) {
    size_t stopped_at = 0, kept = 0;
    head = fold_until(text, kFoldedHeadBytes, stopped_at, kept);
    whole = stopped_at == std::string_view::npos;
    if (!whole && !holds_content(text.substr(stopped_at))) {
      // Only decoration follows, which folding drops from the end: the line folds to its head.
      head.resize(kept);
      whole = true;
    }
  }

  std::string head;
  bool whole = false;
};

// A line measured once for all the tests below: its word count, the start of its folded form,
// and its ASCII letters lower-cased.
struct Line {
  explicit Line(std::string_view text) : Line(text, count_text(text).words) {}
  Line(std::string_view text, uint32_t word_count) : raw(text), words(word_count) {
    FoldedHead folded(text);
    head = std::move(folded.head);
    whole = folded.whole;
    lowered = lower_ascii(text);
  }

  // The folded line when `whole`; otherwise its first bytes, more than kFoldedHeadBytes of them.
  std::string_view folded_start() const { return head; }
  // The folded line, when it fits in kFoldedHeadBytes or not much more.
  std::optional<std::string_view> folded_if_whole() const {
    return whole ? std::optional<std::string_view>(head) : std::nullopt;
  }
  std::string folded() const { return whole ? head : fold(raw); }
  // Whether the folded line contains `word`, a word of lower-case ASCII letters: folding changes
  // no ASCII letter but its case, and puts nothing between two letters that were side by side,
  // so the word is found in the line with its ASCII letters lower-cased.
  bool contains_ascii_word(std::string_view word) const { return lowered.find(word) != std::string::npos; }
  // The line with its ASCII letters lower-cased, in which such words are found.
  std::string_view lowered_ascii() const { return lowered; }

  std::string_view raw;
  uint32_t words;

 private:
  std::string head;
  bool whole = false;
  std::string lowered;
};

// "(REUTERS/Denis Balibouse)", "(AP Photo/Jane Doe)": a short parenthesis that closes the line
// and names an agency and a photographer with a slash; a caption printed as a paragraph ends so.
bool ends_with_photo_credit(std::string_view line) {
  line = trim(line);
  if (line.empty() || line.back() != ')') return false;
  size_t open = line.rfind('(');
  if (open == std::string_view::npos) return false;
  std::string_view inside = line.substr(open + 1, line.size() - open - 2);
  return inside.find('/') != std::string_view::npos &&
         count_text(inside).words <= kMaxCreditWords / 2 &&
         inside.find("://") == std::string_view::npos;
}

bool ad_label(const Line& l) {
  auto folded = l.folded_if_whole();
  return folded && is_one_of<labels::kAdLabels>(*folded);
}

bool box_heading(std::string_view folded_line) { return is_one_of<labels::kBoxHeadings>(folded_line); }

bool box_heading(const Line& l) {
  auto folded = l.folded_if_whole();
  return folded && box_heading(*folded);
}

constexpr size_t kLongestBoxHeading = longest(labels::kBoxHeadings);

bool pointer_line(const Line& l) {
  return l.words <= kMaxPointerWords && opens_with_label<labels::kPointerLabels>(l.folded_start());
}

bool credit_line(const Line& l) {
  if (l.words <= kMaxCaptionWords && ends_with_photo_credit(l.raw)) return true;
  if (l.words > kMaxCreditWords) return false;
  auto folded = l.folded_if_whole();
  return (folded && is_one_of<labels::kCreditLabels>(*folded)) ||
         opens_with_label<labels::kCreditLabels>(l.folded_start());
}

bool post_meta_line(const Line& l) {
  if (l.words > kMaxPostMetaWords) return false;
  const std::string_view f = l.folded_start();
  if (!may_open_with_one_of<labels::kPostMetaOpenings>(f)) return false;
  for (std::string_view opening : labels::kPostMetaOpenings) {
    // Whole words only: "posted in" opens "Posted in News", not "Posted inside the mill".
    if (opens_with(f, opening) && (f.size() == opening.size() || opening.back() == ':' ||
                                   !is_ascii_alnum(f[opening.size()]))) {
      return true;
    }
  }
  return false;
}

bool follow_line(const Line& l) {
  if (l.words > kMaxFollowWords) return false;
  // The names are looked for in one reading of the line, not one search each: a search looks
  // for the name's first letter, and the first letters of thirteen names are most letters of
  // every line. Each name counts once, however often the line gives it.
  static const PhraseSet kNetworks{labels::kSocialNetworks};
  static_assert(std::size(labels::kSocialNetworks) <= 32, "one bit per network");
  uint32_t named = 0;  // bit i: the line names kSocialNetworks[i]
  int networks = 0;
  return kNetworks.find_each(l.lowered_ascii(), [&](size_t, size_t index) {
    if (!(named & (1u << index))) {
      named |= 1u << index;
      ++networks;
    }
    return networks >= kMinFollowNetworks;
  });
}

bool script_notice(const Line& l) {
  // The word first: it rules out nearly every line, at less cost than counting the line.
  if (!l.contains_ascii_word("javascript")) return false;
  if (code_points(l.raw) > kMaxNoticeChars) return false;
  const std::string folded = l.folded();
  for (std::string_view verb :
       {"enable", "disabled", "required", "turn on", "activate", "aktivier"}) {
    if (folded.find(verb) != std::string::npos) return true;
  }
  return false;
}

bool anywhere_boilerplate(const Line& l) {
  return ad_label(l) || script_notice(l) || box_heading(l) || pointer_line(l) || credit_line(l) ||
         follow_line(l) || post_meta_line(l);
}

}  // namespace

bool is_ad_label(std::string_view line) { return ad_label(Line(line)); }
// Asked of every headline in a box of links: the folded head alone tells, without the word count
// and the lower-cased copy a Line measures for the other tests.
bool is_box_heading(std::string_view line) {
  FoldedHead folded(line);
  return folded.whole && box_heading(folded.head);
}
bool is_pointer_line(std::string_view line) { return pointer_line(Line(line)); }
bool is_credit_line(std::string_view line) { return credit_line(Line(line)); }
bool is_post_meta_line(std::string_view line) { return post_meta_line(Line(line)); }
bool is_follow_line(std::string_view line) { return follow_line(Line(line)); }
bool is_script_notice(std::string_view line) { return script_notice(Line(line)); }

bool is_byline(std::string_view line) {
  line = trim(line);
  if (line.size() < 4 || code_points(line) > kMaxBylineChars) return false;
  if (!(line.substr(0, 3) == "By " || line.substr(0, 3) == "BY ")) return false;
  std::string_view name = trim(line.substr(3));
  if (name.empty()) return false;
  unsigned char first = static_cast<unsigned char>(name.front());
  // A capital letter, or a letter outside ASCII (names in other scripts have no case).
  if (!((first >= 'A' && first <= 'Z') || first >= 0x80)) return false;
  char last = name.back();
  if (last == '.' || last == '!' || last == '?') return false;
  return count_text(name).words <= kMaxBylineWords;
}

bool is_contact_line(std::string_view line) {
  line = trim(line);
  return !line.empty() && code_points(line) <= kMaxContactChars &&
         count_text(line).words <= kMaxContactWords && has_email_address(line);
}

const bool* LineVerdicts::find(std::string_view line) { return verdicts_.find(line); }

void LineVerdicts::add(std::string_view line, bool boilerplate) { verdicts_.try_emplace(keep(line)).first = boilerplate; }

std::string_view LineVerdicts::keep(std::string_view line) {
  // Lines are short (kMaxBoilerplateLineWords words at most): they are copied into chunks of
  // this size, a rare longer one into a chunk of its own.
  constexpr size_t kChunkBytes = 16 * 1024;
  if (line.size() > chunk_left_) {
    const size_t size = std::max(kChunkBytes, line.size());
    chunks_.push_back(std::make_unique_for_overwrite<char[]>(size));
    chunk_next_ = chunks_.back().get();
    chunk_left_ = size;
  }
  std::copy(line.begin(), line.end(), chunk_next_);
  std::string_view kept(chunk_next_, line.size());
  chunk_next_ += line.size();
  chunk_left_ -= line.size();
  return kept;
}

void trim_boilerplate_lines(std::vector<Block>& blocks) {
  LineVerdicts verdicts;
  trim_boilerplate_lines(blocks, verdicts);
}

void trim_boilerplate_lines(std::vector<Block>& blocks, LineVerdicts& verdicts) {
  auto boilerplate_anywhere = [&](std::string_view text) {
    // Every kind of boilerplate line is short; most lines of prose are not, and skip the tests.
    uint32_t words = count_words(text, kMaxBoilerplateLineWords + 1);
    if (words > kMaxBoilerplateLineWords) return false;
    if (const bool* known = verdicts.find(text)) return *known;
    const bool boilerplate = anywhere_boilerplate(Line(text, words));
    verdicts.add(text, boilerplate);
    return boilerplate;
  };
  for (Block& b : blocks) {
    if (!is_prose_block(b) && b.type != Block::Type::kHeading) continue;
    // Most blocks keep every line: their lines are read in place, and only a block that loses
    // one is split and joined again (its verdicts are stored by then).
    bool loses_a_line = false;
    for (size_t start = 0; start <= b.text.size() && !loses_a_line;) {
      size_t end = std::min(b.text.find('\n', start), b.text.size());
      loses_a_line = boilerplate_anywhere(std::string_view(b.text).substr(start, end - start));
      start = end + 1;
    }
    if (!loses_a_line) continue;
    std::vector<std::string_view> lines = split_lines(b.text);
    std::erase_if(lines, boilerplate_anywhere);
    b.text = join_lines(lines);
  }
  auto closing = [](std::string_view line) { return is_byline(line) || is_contact_line(line); };
  // From the end: a closing block may span several paragraphs (byline, then contact line).
  while (!blocks.empty() && is_prose_block(blocks.back())) {
    std::vector<std::string_view> lines = split_lines(blocks.back().text);
    if (!trim_edge(lines, true, closing)) break;
    blocks.back().text = join_lines(lines);
    if (!blocks.back().text.empty()) break;
    blocks.pop_back();
  }
  // From the start: only a byline opens a story.
  while (!blocks.empty() && is_prose_block(blocks.front())) {
    std::vector<std::string_view> lines = split_lines(blocks.front().text);
    if (!trim_edge(lines, false, [](std::string_view line) { return is_byline(line); })) break;
    blocks.front().text = join_lines(lines);
    if (!blocks.front().text.empty()) break;
    blocks.erase(blocks.begin());
  }
  std::erase_if(blocks,
                [](const Block& b) { return b.text.empty() && b.type != Block::Type::kFigure; });
}

void cut_box_tail(std::vector<Block>& blocks) {
  auto first_line = [](const Block& b) -> std::string_view {
    std::string_view text = b.type == Block::Type::kList ? (b.items.empty() ? std::string_view{} : b.items.front())
                                                         : std::string_view(b.text);
    return text.substr(0, text.find('\n'));
  };
  auto size_of = [](const Block& b) {
    uint32_t chars = count_text(b.text).chars;
    for (const std::string& item : b.items) chars += count_text(item).chars;
    return chars;
  };
  // The cheap test first: most first lines are prose, folded only as far as the longest heading
  // to tell. Most bodies hold no box heading at all, and their blocks need not be measured.
  auto opens_box = [&](const Block& b) {
    const std::string_view first = first_line(b);
    if (!may_fold_to_one_of<labels::kBoxHeadings>(first)) return false;
    // Folded on the stack: most blocks are asked, and a heading is short.
    char folded[kLongestBoxHeading + kMaxStep];
    size_t stopped_at = 0, kept = 0;
    const size_t size = fold_into(first, kLongestBoxHeading, folded, stopped_at, kept);
    return is_one_of<labels::kBoxHeadings>(std::string_view(folded, size));
  };
  if (blocks.size() < 2 || std::none_of(blocks.begin() + 1, blocks.end(), opens_box)) return;
  std::vector<uint32_t> sizes;
  sizes.reserve(blocks.size());
  uint32_t total = 0;
  for (const Block& b : blocks) {
    sizes.push_back(size_of(b));
    total += sizes.back();
  }
  uint32_t before = 0;
  for (size_t i = 0; i < blocks.size(); before += sizes[i], ++i) {
    if (2 * before < total || before == 0) continue;
    std::string_view first = first_line(blocks[i]);
    if (!opens_box(blocks[i])) continue;
    bool stands_alone = blocks[i].type != Block::Type::kList && first.size() == blocks[i].text.size();
    if ((stands_alone || count_words(first, kMinBoxTailWords) >= kMinBoxTailWords) &&
        lacks_article_paragraph(std::span<const Block>(blocks).subspan(i + 1))) {
      blocks.resize(i);
      return;
    }
  }
}

void drop_orphan_headings(std::vector<Block>& blocks) {
  // From the end, so that a heading whose only content was an orphan heading goes too.
  int next_level = 0;  // of the heading that follows; 0: a non-heading block or the end
  bool at_end = true;
  for (size_t i = blocks.size(); i-- > 0;) {
    const Block& b = blocks[i];
    if (b.type != Block::Type::kHeading) {
      next_level = 0;
      at_end = false;
      continue;
    }
    bool empty_section = at_end || (next_level != 0 && next_level <= b.level);
    if (empty_section) {
      blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(i));
      continue;
    }
    next_level = b.level;
  }
}

}  // namespace lede::extraction
