// Tag states (WHATWG HTML §13.2.5.6-8 for the name, §13.2.5.32-40 for the attributes).
#include <string_view>

#include "html/short_bytes.h"
#include "html/tokenizer/char_ref.h"
#include "html/tokenizer/scan.h"
#include "html/tokenizer/tokenizer.h"

namespace lede::html {

namespace {
constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD in UTF-8

// Bytes that are each a parse error but stay part of a name or value; rare, so counted apart.
uint32_t count_bytes_of_class(const char* begin, const char* end, scan::ByteClass byte_class) {
  uint32_t count = 0;
  for (const char* p = begin; p < end; ++p) count += scan::is(*p, byte_class) ? 1 : 0;
  return count;
}
}  // namespace

// Tag name / attribute name / DOCTYPE name: lowercase ASCII, U+0000 becomes U+FFFD. A view into
// the input when the name is already lowercase, which is nearly always.
StrRef Tokenizer::name(const char* begin, const char* end, scan::ByteClass seen) {
  if ((seen & scan::kNameFixup) == 0) [[likely]] {
    return doc_.input_ref(begin, static_cast<size_t>(end - begin));
  }
  return fixed_up_name(begin, end);
}

StrRef Tokenizer::fixed_up_name(const char* begin, const char* end) {
  name_scratch_.clear();
  for (const char* p = begin; p < end; ++p) {
    if (*p == '\0') {
      ++errors_;  // unexpected-null-character
      name_scratch_.append(kReplacementCharacter);
    } else {
      name_scratch_.push_back(scan::to_lower(*p));
    }
  }
  return doc_.append_extra(name_scratch_);
}

// Attribute value states (§13.2.5.36-38). `quote` is '"' or '\'' for a quoted value (p is just
// after the opening quote), 0 for an unquoted one. Returns the position after the value (after
// the closing quote), or nullptr when the input ends first (eof-in-tag).
const char* Tokenizer::attribute_value(const char* p, char quote, StrRef& value) {
  builder_.start(p);
  for (;;) {
    if (quote == '"') {
      p = scan::find_first_of<'"', '&', '\0'>(p, end_);
    } else if (quote == '\'') {
      p = scan::find_first_of<'\'', '&', '\0'>(p, end_);
    } else {
      const char* const run = p;
      scan::ByteClass seen = 0;
      while (p < end_ && !scan::is(*p, scan::kUnquotedStop)) seen |= scan::classes_of(*p++);
      if (seen & scan::kOddInUnquotedValue) {
        errors_ += count_bytes_of_class(run, p, scan::kOddInUnquotedValue);
      }
    }
    if (p == end_) return nullptr;
    const char c = *p;
    if (c == '&') {
      CharRef ref;
      if (decode_char_ref(p, end_, true, ref, errors_)) {
        builder_.replace(p, ref.end, ref.utf8);
        p = ref.end;
      } else {
        ++p;
      }
    } else if (c == '\0') {
      ++errors_;  // unexpected-null-character
      builder_.replace(p, p + 1, kReplacementCharacter);
      ++p;
    } else {
      // The closing quote, or whitespace / '>' after an unquoted value (left for the caller).
      value = builder_.finish(p);
      return quote != 0 ? p + 1 : p;
    }
  }
}

// Inline into tag(), its one caller: a hit in the cache is a few instructions.
inline TagId Tokenizer::tag_id(std::string_view lowercase_name) {
  constexpr size_t kMaxCachedLength = sizeof(uint64_t);
  if (lowercase_name.size() > kMaxCachedLength) return doc_.intern_tag(lowercase_name);
  const uint64_t key = pack_short_bytes(lowercase_name.data(), lowercase_name.size());
  constexpr uint64_t kFibonacciMultiplier = 0x9E3779B97F4A7C15ull;
  TagCacheEntry& entry = tag_cache_[(key * kFibonacciMultiplier) >> (64 - kTagCacheBits)];
  if (entry.key != key) entry = {key, doc_.intern_tag(lowercase_name)};
  return entry.id;
}

// From the tag open state to the emitted tag. `lt` is the '<'; the name's first byte is an
// ASCII letter. Returns false, with nothing emitted, when the input ends inside the tag.
bool Tokenizer::tag(Token& token, const char* lt, bool end_tag) {
  const char* p = lt + (end_tag ? 2 : 1);
  const char* const name_begin = p;
  scan::ByteClass seen = 0;
  while (p < end_ && !scan::is(*p, scan::kNameEnd)) seen |= scan::classes_of(*p++);
  if (p == end_) {
    ++errors_;  // eof-in-tag
    pos_ = end_;
    return false;
  }
  token.kind = end_tag ? TokenKind::kEndTag : TokenKind::kStartTag;
  token.source_offset = static_cast<uint32_t>(lt - begin_);
  token.name = name(name_begin, p, seen);
  token.self_closing = false;
  token.attributes.clear();
  attribute_names_.clear();

  bool closed = false;  // false when the input ends inside the tag
  for (;;) {
    // Before attribute name state; after a quoted value the same transitions apply.
    p = scan::skip_spaces(p, end_);
    if (p == end_) break;
    if (*p == '>') {
      ++p;
      closed = true;
      break;
    }
    if (*p == '/') {
      // Self-closing start tag state (§13.2.5.40).
      ++p;
      if (p < end_ && *p == '>') {
        token.self_closing = true;
        ++p;
        closed = true;
        break;
      }
      if (p < end_) ++errors_;  // unexpected-solidus-in-tag
      continue;
    }
    // Attribute name state (§13.2.5.33): the first byte may be '=' (a parse error).
    const char* const attribute_begin = p;
    if (*p == '=') {
      ++errors_;  // unexpected-equals-sign-before-attribute-name
      ++p;
    }
    seen = 0;
    while (p < end_ && !scan::is(*p, scan::kNameEnd | scan::kEquals))
      seen |= scan::classes_of(*p++);
    if (p == end_) break;
    if (seen & scan::kOddInAttributeName) {
      errors_ += count_bytes_of_class(attribute_begin, p, scan::kOddInAttributeName);
    }
    const StrRef attribute_name = name(attribute_begin, p, seen);
    const bool is_new = attribute_names_.insert(doc_, token.attributes, doc_.str(attribute_name));
    if (!is_new) ++errors_;  // duplicate-attribute: dropped, its value still consumed
    // After attribute name state (§13.2.5.34) and before attribute value state (§13.2.5.35).
    p = scan::skip_spaces(p, end_);
    if (p == end_) break;
    StrRef value;
    if (*p == '=') {
      p = scan::skip_spaces(p + 1, end_);
      if (p == end_) break;
      if (*p == '"' || *p == '\'') {
        p = attribute_value(p + 1, *p, value);
        // After attribute value (quoted) state (§13.2.5.39).
        if (p != nullptr && p < end_ && !scan::is(*p, scan::kNameEnd)) {
          ++errors_;  // missing-whitespace-between-attributes
        }
      } else if (*p == '>') {
        ++errors_;  // missing-attribute-value: the '>' closes the tag on the next round
      } else {
        p = attribute_value(p, 0, value);
      }
      if (p == nullptr) break;
    }
    if (is_new) token.attributes.push_back({attribute_name, value});
  }
  if (!closed) {
    ++errors_;  // eof-in-tag: the tag is dropped
    pos_ = end_;
    return false;
  }
  pos_ = p;
  mode_ = Mode::kData;
  token.tag = tag_id(doc_.str(token.name));
  if (end_tag) {
    if (!token.attributes.empty() || token.self_closing) ++errors_;
    token.attributes.clear();
  } else {
    last_start_tag_ = token.name;
    has_last_start_tag_ = true;
  }
  return true;
}

}  // namespace lede::html
