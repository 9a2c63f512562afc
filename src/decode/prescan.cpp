#include "decode/prescan.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace lede::decode {
namespace {

constexpr bool is_space(char c) {
  return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
}

constexpr bool is_space_or_slash(char c) { return is_space(c) || c == '/'; }

constexpr bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool starts_with_ignoring_case(std::string_view text, std::string_view lowercase_prefix) {
  if (text.size() < lowercase_prefix.size()) return false;
  for (std::size_t i = 0; i < lowercase_prefix.size(); ++i) {
    if (ascii_lower(text[i]) != lowercase_prefix[i]) return false;
  }
  return true;
}

// "<" then an ASCII letter, or "</" then an ASCII letter: a start or end tag.
bool starts_tag(std::string_view text) {
  if (text.size() < 2 || text[0] != '<') return false;
  if (is_ascii_alpha(text[1])) return true;
  return text[1] == '/' && text.size() > 2 && is_ascii_alpha(text[2]);
}

// ASCII case-insensitive equality, `lowercase` being lower case already.
bool equals_ignoring_case(std::string_view text, std::string_view lowercase) {
  return text.size() == lowercase.size() && starts_with_ignoring_case(text, lowercase);
}

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  }
  return true;
}

constexpr std::string_view kCharsetWord = "charset";

// Where the last "charset" (any case) in `bytes` starts, or npos. Every declaration the prescan
// accepts spells this word (a charset attribute's name, or a content value's "charset="), so
// nothing after its last occurrence can declare anything. Most pages have none, or one in the
// first few KiB, where the prescan would read 64 KiB of tags; this search reads them sixteen
// bytes at a time from the end.
std::size_t find_last_charset_word(std::string_view bytes) {
  if (bytes.size() < kCharsetWord.size()) return std::string_view::npos;
  constexpr std::size_t kLastLetter = kCharsetWord.size() - 1;
  std::size_t starts = bytes.size() - kLastLetter;  // candidate starts are [0, starts)
#if defined(__SSE2__)
  // A block of candidate starts whose byte is 'c' and whose byte six on is 't' (OR 0x20 lower-
  // cases ASCII letters and maps no other byte onto them); each candidate is then checked whole.
  constexpr std::size_t kBlock = 16;
  const __m128i case_bit = _mm_set1_epi8(0x20);
  while (starts >= kBlock) {
    starts -= kBlock;
    const auto* first = reinterpret_cast<const __m128i*>(bytes.data() + starts);
    const auto* last = reinterpret_cast<const __m128i*>(bytes.data() + starts + kLastLetter);
    const __m128i c = _mm_cmpeq_epi8(_mm_or_si128(_mm_loadu_si128(first), case_bit), _mm_set1_epi8('c'));
    const __m128i t = _mm_cmpeq_epi8(_mm_or_si128(_mm_loadu_si128(last), case_bit), _mm_set1_epi8('t'));
    for (unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(c, t))); mask != 0;) {
      const int bit = 31 - __builtin_clz(mask);
      const std::size_t at = starts + static_cast<std::size_t>(bit);
      if (starts_with_ignoring_case(bytes.substr(at), kCharsetWord)) return at;
      mask &= ~(1U << bit);
    }
  }
#endif
  while (starts > 0) {
    --starts;
    if (starts_with_ignoring_case(bytes.substr(starts), kCharsetWord)) return starts;
  }
  return std::string_view::npos;
}

// An attribute as the bytes of the window spell it. The algorithm lower-cases names and values;
// every comparison below ignores ASCII case instead, so that no attribute (a <meta
// name=description> content is hundreds of bytes) is copied.
struct Attribute {
  std::string_view name;
  std::string_view value;
};

// The prescan reads bytes through a cursor; running off the end of the window means the
// declaration (if any) was cut off, so every step reports it and the prescan gives up.
class Prescanner {
 public:
  explicit Prescanner(std::string_view bytes) : bytes_(bytes) {}

  // Reads the constructs (tags, comments, text) that start at or before `last_start`, each one
  // to its end; a construct starting later cannot hold a declaration (see
  // find_last_charset_word).
  std::optional<Encoding> run(std::size_t last_start) {
    while (pos_ < bytes_.size() && pos_ <= last_start) {
      // Every construct below starts with '<' and one more byte; the text after each tag lands
      // here first, so it skips the tests.
      if (bytes_[pos_] != '<' || pos_ + 1 == bytes_.size()) {
        skip_to_next_tag_open();
        continue;
      }
      const char second = bytes_[pos_ + 1];
      const std::string_view rest = bytes_.substr(pos_);
      if (second == '!' && rest.starts_with("<!--")) {
        // The closing "-->" may share its dashes with the opening "<!--", so "<!-->" is closed.
        const std::size_t end = bytes_.find("-->", pos_ + 2);
        if (end == std::string_view::npos) return std::nullopt;
        pos_ = end + 3;
        continue;
      }
      if ((second == 'm' || second == 'M') && starts_with_ignoring_case(rest, "<meta") && rest.size() > 5 &&
          is_space_or_slash(rest[5])) {
        pos_ += 6;
        const MetaOutcome outcome = read_meta();
        if (outcome.truncated) return std::nullopt;
        if (outcome.encoding) return outcome.encoding;
        continue;
      }
      if (starts_tag(rest)) {
        if (!skip_tag()) return std::nullopt;
        continue;
      }
      if (second == '!' || second == '/' || second == '?') {
        const std::size_t end = bytes_.find('>', pos_ + 2);
        if (end == std::string_view::npos) return std::nullopt;
        pos_ = end + 1;
        continue;
      }
      skip_to_next_tag_open();
    }
    return std::nullopt;
  }

 private:
  struct MetaOutcome {
    std::optional<Encoding> encoding;
    bool truncated = false;
  };

  enum class Pragma { kUnset, kNeeded, kNotNeeded };

  // Nothing of interest starts at pos_: jump to the next '<' (or the end).
  void skip_to_next_tag_open() {
    const std::size_t next = bytes_.find('<', pos_ + 1);
    pos_ = next == std::string_view::npos ? bytes_.size() : next;
  }

  // The <meta> branch of the prescan: collect the attributes (first occurrence of each name
  // wins) and decide whether they declare an encoding.
  MetaOutcome read_meta() {
    std::vector<std::string_view> seen_names;
    bool got_pragma = false;
    Pragma need_pragma = Pragma::kUnset;
    std::optional<Encoding> charset;
    for (;;) {
      Attribute attribute;
      const AttributeStep step = next_attribute(&attribute);
      if (step == AttributeStep::kTruncated) return {std::nullopt, true};
      if (step == AttributeStep::kNone) break;
      const auto same_name = [&](std::string_view seen) { return equal_ignoring_case(seen, attribute.name); };
      if (std::ranges::any_of(seen_names, same_name)) continue;
      seen_names.push_back(attribute.name);
      if (equals_ignoring_case(attribute.name, "http-equiv")) {
        if (equals_ignoring_case(attribute.value, "content-type")) got_pragma = true;
      } else if (equals_ignoring_case(attribute.name, "content")) {
        const auto from_content = charset_from_content_type(attribute.value);
        if (from_content && !charset) {
          charset = from_content;
          need_pragma = Pragma::kNeeded;
        }
      } else if (equals_ignoring_case(attribute.name, "charset")) {
        charset = encoding_for_label(attribute.value);
        need_pragma = Pragma::kNotNeeded;
      }
    }
    if (need_pragma == Pragma::kUnset) return {};
    if (need_pragma == Pragma::kNeeded && !got_pragma) return {};
    if (!charset) return {};
    if (*charset == Encoding::kUtf16Be || *charset == Encoding::kUtf16Le) return {Encoding::kUtf8};
    if (*charset == Encoding::kXUserDefined) return {Encoding::kWindows1252};
    return {charset};
  }

  // Any other start or end tag: skip its name and attributes so that a "<meta" inside an
  // attribute value is not mistaken for a tag.
  bool skip_tag() {
    while (pos_ < bytes_.size() && !is_space(bytes_[pos_]) && bytes_[pos_] != '>') ++pos_;
    if (pos_ >= bytes_.size()) return false;
    for (;;) {
      const AttributeStep step = next_attribute(nullptr);
      if (step == AttributeStep::kTruncated) return false;
      if (step == AttributeStep::kNone) break;
    }
    ++pos_;  // past the '>' (or the byte where attribute parsing stopped)
    return true;
  }

  enum class AttributeStep { kFound, kNone, kTruncated };

  // The prescan's "get an attribute" algorithm. Names and values are viewed in `attribute`, as
  // written; with nullptr (the attributes of a tag being skipped, most of a page's 64 KiB) they
  // are only stepped over.
  AttributeStep next_attribute(Attribute* attribute) {
    while (pos_ < bytes_.size() && is_space_or_slash(bytes_[pos_])) ++pos_;
    if (pos_ >= bytes_.size()) return AttributeStep::kTruncated;
    if (bytes_[pos_] == '>') return AttributeStep::kNone;

    // Name: up to '=', whitespace, '/' or '>'; a leading '=' belongs to the name.
    const std::size_t name_start = pos_;
    for (;; ++pos_) {
      if (pos_ >= bytes_.size()) return AttributeStep::kTruncated;
      const char c = bytes_[pos_];
      if (c == '=' && pos_ != name_start) break;
      if (is_space(c) || c == '/' || c == '>') break;
    }
    if (attribute) attribute->name = bytes_.substr(name_start, pos_ - name_start);
    if (is_space(bytes_[pos_])) {
      while (pos_ < bytes_.size() && is_space(bytes_[pos_])) ++pos_;
      if (pos_ >= bytes_.size()) return AttributeStep::kTruncated;
      if (bytes_[pos_] != '=') return AttributeStep::kFound;
    } else if (bytes_[pos_] != '=') {
      return AttributeStep::kFound;  // '/' or '>' ends a name without a value
    }
    ++pos_;  // past '='
    while (pos_ < bytes_.size() && is_space(bytes_[pos_])) ++pos_;
    if (pos_ >= bytes_.size()) return AttributeStep::kTruncated;

    const char first = bytes_[pos_];
    if (first == '"' || first == '\'') {
      const std::size_t close = bytes_.find(first, pos_ + 1);
      if (close == std::string_view::npos) return AttributeStep::kTruncated;
      if (attribute) attribute->value = bytes_.substr(pos_ + 1, close - pos_ - 1);
      pos_ = close + 1;
      return AttributeStep::kFound;
    }
    if (first == '>') return AttributeStep::kFound;
    const std::size_t value_start = pos_;
    for (; pos_ < bytes_.size(); ++pos_) {
      const char c = bytes_[pos_];
      if (is_space(c) || c == '>') {
        if (attribute) attribute->value = bytes_.substr(value_start, pos_ - value_start);
        return AttributeStep::kFound;
      }
    }
    return AttributeStep::kTruncated;
  }

  std::string_view bytes_;
  std::size_t pos_ = 0;
};

}  // namespace

std::optional<Encoding> prescan_for_meta_charset(std::string_view bytes) {
  const std::size_t last_word = find_last_charset_word(bytes);
  if (last_word == std::string_view::npos) return std::nullopt;
  return Prescanner(bytes).run(last_word);
}

std::optional<Encoding> charset_from_content_type(std::string_view content) {
  std::size_t pos = 0;
  for (;;) {
    // Find the next "charset", ignoring case.
    std::size_t found = std::string_view::npos;
    for (std::size_t i = pos; i + 7 <= content.size(); ++i) {
      if (ascii_lower(content[i]) == 'c' && starts_with_ignoring_case(content.substr(i), "charset")) {
        found = i;
        break;
      }
    }
    if (found == std::string_view::npos) return std::nullopt;
    pos = found + 7;
    while (pos < content.size() && is_space(content[pos])) ++pos;
    if (pos < content.size() && content[pos] == '=') break;
    // Not "charset=": keep looking from here.
  }
  ++pos;
  while (pos < content.size() && is_space(content[pos])) ++pos;
  if (pos >= content.size()) return std::nullopt;

  const char first = content[pos];
  if (first == '"' || first == '\'') {
    const std::size_t close = content.find(first, pos + 1);
    if (close == std::string_view::npos) return std::nullopt;
    return encoding_for_label(content.substr(pos + 1, close - pos - 1));
  }
  std::size_t end = pos;
  while (end < content.size() && !is_space(content[end]) && content[end] != ';') ++end;
  return encoding_for_label(content.substr(pos, end - pos));
}

}  // namespace lede::decode
