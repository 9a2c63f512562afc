// The states that produce characters: data, RCDATA, RAWTEXT, script data with its escape
// states, PLAINTEXT and the CDATA section (WHATWG HTML §13.2.5.1-5, §13.2.5.9-31, §13.2.5.69-71).
// Each emits one maximal run of text as a single token, skipping ordinary bytes with SIMD.
#include <string_view>

#include "html/tokenizer/char_ref.h"
#include "html/tokenizer/scan.h"
#include "html/tokenizer/tokenizer.h"

namespace lede::html {

namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD in UTF-8

// Tag open state (§13.2.5.6): does the '<' at `p` start markup, or is it just a character?
// "</" followed by the end of input is text as well (end tag open state, EOF).
bool starts_markup(const char* p, const char* end) {
  if (end - p < 2) return false;
  const char c = p[1];
  if (scan::is_alpha(c) || c == '!' || c == '?') return true;
  return c == '/' && end - p >= 3;
}

bool equals_script_ignoring_case(const char* begin, const char* end) {
  return end - begin == 6 && scan::starts_with_ignoring_case(begin, end, "script");
}

}  // namespace

void Tokenizer::emit_characters(Token& token, const char* start, StrRef data) {
  token.kind = TokenKind::kCharacters;
  token.source_offset = static_cast<uint32_t>(start - begin_);
  token.data = data;
}

// Data state (§13.2.5.1). A U+0000 is a parse error and is emitted alone, as the one-byte
// token "\0", because the tree builder treats it differently from the text around it.
bool Tokenizer::data_text(Token& token) {
  const char* const start = pos_;
  const char* p = start;
  builder_.start(start);
  for (;;) {
    p = scan::find_first_of<'<', '&', '\0'>(p, end_);
    if (p == end_) break;
    if (*p == '<') {
      if (starts_markup(p, end_)) break;
      ++errors_;  // invalid-first-character-of-tag-name or eof-before-tag-name
      ++p;
    } else if (*p == '&') {
      CharRef ref;
      if (decode_char_ref(p, end_, false, ref, errors_)) {
        builder_.replace(p, ref.end, ref.utf8);
        p = ref.end;
      } else {
        ++p;
      }
    } else {
      if (p == start) {
        ++errors_;  // unexpected-null-character
        emit_characters(token, start, doc_.input_ref(p, 1));
        pos_ = p + 1;
        return true;
      }
      break;
    }
  }
  if (p == start) return false;
  emit_characters(token, start, builder_.finish(p));
  pos_ = p;
  return true;
}

// RCDATA state (§13.2.5.2) when `decode_references`, else RAWTEXT state (§13.2.5.3), with
// their less-than sign, end tag open and end tag name states folded into one look-ahead.
bool Tokenizer::rcdata_text(Token& token, bool decode_references) {
  const char* const start = pos_;
  const char* p = start;
  builder_.start(start);
  for (;;) {
    p = decode_references ? scan::find_first_of<'<', '&', '\0'>(p, end_)
                          : scan::find_first_of<'<', '\0'>(p, end_);
    if (p == end_) break;
    if (*p == '<') {
      if (at_appropriate_end_tag(p)) break;
      ++p;
    } else if (*p == '&') {
      CharRef ref;
      if (decode_char_ref(p, end_, false, ref, errors_)) {
        builder_.replace(p, ref.end, ref.utf8);
        p = ref.end;
      } else {
        ++p;
      }
    } else {
      ++errors_;  // unexpected-null-character
      builder_.replace(p, p + 1, kReplacementCharacter);
      ++p;
    }
  }
  if (p == start) return false;
  emit_characters(token, start, builder_.finish(p));
  pos_ = p;
  return true;
}

// Script data state and its escape states (§13.2.5.4, §13.2.5.15-31). Everything they emit is
// characters, so the escape state is local to the run, which ends only at an appropriate end
// tag outside the double-escaped states, or at the end of input.
bool Tokenizer::script_text(Token& token) {
  enum class Escape : uint8_t {
    kNone,
    kEscaped,
    kEscapedDash,
    kEscapedDashDash,
    kDoubleEscaped,
    kDoubleEscapedDash,
    kDoubleEscapedDashDash,
  };
  const char* const start = pos_;
  const char* p = start;
  builder_.start(start);
  Escape escape = Escape::kNone;
  while (p < end_) {
    if (escape == Escape::kNone) {
      p = scan::find_first_of<'<', '\0'>(p, end_);
      if (p == end_) break;
      if (*p == '\0') {
        ++errors_;
        builder_.replace(p, p + 1, kReplacementCharacter);
        ++p;
      } else if (at_appropriate_end_tag(p)) {
        break;
      } else if (end_ - p >= 4 && p[1] == '!' && p[2] == '-' && p[3] == '-') {
        escape = Escape::kEscapedDashDash;  // "<!--": script data escape start (dash) states
        p += 4;
      } else {
        ++p;
      }
      continue;
    }
    if (escape == Escape::kEscaped || escape == Escape::kDoubleEscaped) {
      p = scan::find_first_of<'-', '<', '\0'>(p, end_);
      if (p == end_) break;
    }
    const bool doubled = escape >= Escape::kDoubleEscaped;
    const Escape base = doubled ? Escape::kDoubleEscaped : Escape::kEscaped;
    const char c = *p;
    if (c == '-') {
      if (escape == Escape::kEscaped || escape == Escape::kDoubleEscaped) {
        escape = doubled ? Escape::kDoubleEscapedDash : Escape::kEscapedDash;
      } else {
        escape = doubled ? Escape::kDoubleEscapedDashDash : Escape::kEscapedDashDash;
      }
      ++p;
    } else if (c == '>') {
      const bool closes =
          escape == Escape::kEscapedDashDash || escape == Escape::kDoubleEscapedDashDash;
      escape = closes ? Escape::kNone : base;
      ++p;
    } else if (c == '\0') {
      ++errors_;
      builder_.replace(p, p + 1, kReplacementCharacter);
      escape = base;
      ++p;
    } else if (c == '<' && !doubled) {
      // Script data escaped less-than sign state (§13.2.5.23).
      if (at_appropriate_end_tag(p)) break;
      escape = Escape::kEscaped;
      ++p;
      if (p < end_ && scan::is_alpha(*p)) {
        // Script data double escape start state (§13.2.5.26).
        const char* word = p;
        while (p < end_ && scan::is_alpha(*p)) ++p;
        if (p < end_ && scan::is(*p, scan::kNameEnd)) {
          if (equals_script_ignoring_case(word, p)) escape = Escape::kDoubleEscaped;
          ++p;
        }
      }
    } else if (c == '<') {
      // Script data double escaped less-than sign and double escape end states (§13.2.5.30-31).
      escape = Escape::kDoubleEscaped;
      ++p;
      if (p < end_ && *p == '/') {
        const char* word = ++p;
        while (p < end_ && scan::is_alpha(*p)) ++p;
        if (p < end_ && scan::is(*p, scan::kNameEnd)) {
          if (equals_script_ignoring_case(word, p)) escape = Escape::kEscaped;
          ++p;
        }
      }
    } else {
      escape = base;
      ++p;
    }
  }
  if (p == end_ && escape != Escape::kNone) ++errors_;  // eof-in-script-html-comment-like-text
  if (p == start) return false;
  emit_characters(token, start, builder_.finish(p));
  pos_ = p;
  return true;
}

// PLAINTEXT state (§13.2.5.5): everything to the end of input is text.
bool Tokenizer::plaintext_text(Token& token) {
  const char* const start = pos_;
  const char* p = start;
  builder_.start(start);
  while ((p = scan::find_first_of<'\0'>(p, end_)) != end_) {
    ++errors_;
    builder_.replace(p, p + 1, kReplacementCharacter);
    ++p;
  }
  emit_characters(token, start, builder_.finish(p));
  pos_ = p;
  return true;
}

// CDATA section state and its bracket states (§13.2.5.69-71): text up to "]]>", NULs kept
// (the tree builder deals with them); an unterminated section runs to the end of input.
bool Tokenizer::cdata_text(Token& token) {
  const char* const start = pos_;
  const char* p = start;
  for (;;) {
    p = scan::find_first_of<']'>(p, end_);
    if (p == end_ || (end_ - p >= 3 && p[1] == ']' && p[2] == '>')) break;
    ++p;
  }
  if (p == end_) ++errors_;  // eof-in-cdata
  pos_ = p == end_ ? end_ : p + 3;
  mode_ = Mode::kData;
  if (p == start) return false;
  emit_characters(token, start, doc_.input_ref(start, static_cast<size_t>(p - start)));
  return true;
}

// "Appropriate end tag token" (§13.2.5): "</" + the last start tag's name in any ASCII case,
// followed by whitespace, '/' or '>'. Only ASCII letters can build the name in these states.
bool Tokenizer::at_appropriate_end_tag(const char* p) const {
  if (!has_last_start_tag_) return false;
  const std::string_view name = doc_.str(last_start_tag_);
  if (static_cast<size_t>(end_ - p) < name.size() + 3 || p[1] != '/') return false;
  const char* q = p + 2;
  for (char expected : name) {
    if (!scan::is_alpha(*q) || scan::to_lower(*q) != expected) return false;
    ++q;
  }
  return scan::is(*q, scan::kNameEnd);
}

}  // namespace lede::html
