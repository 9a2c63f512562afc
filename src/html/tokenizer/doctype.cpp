// DOCTYPE states (WHATWG HTML §13.2.5.53-68).
#include <string_view>

#include "html/tokenizer/scan.h"
#include "html/tokenizer/tokenizer.h"

namespace lede::html {

namespace {
constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD in UTF-8
}  // namespace

// `p` is just after "<!DOCTYPE". Always emits a DOCTYPE token; a malformed one has its
// force-quirks flag set wherever the spec says so.
bool Tokenizer::doctype(Token& token, const char* lt, const char* p) {
  token.kind = TokenKind::kDoctype;
  token.source_offset = static_cast<uint32_t>(lt - begin_);
  token.doctype = Doctype{};
  token.name = StrRef{};
  token.has_doctype_name = false;
  token.force_quirks = false;

  // Emits the token, resuming at `next`; `quirks` sets the force-quirks flag.
  auto emit = [&](const char* next, bool quirks) {
    if (quirks) token.force_quirks = true;
    pos_ = next;
    return true;
  };
  // Bogus DOCTYPE state (§13.2.5.68): the rest of the tag is ignored.
  auto eof = [&] {
    ++errors_;  // eof-in-doctype
    return emit(end_, true);
  };
  auto bogus = [&](const char* q, bool quirks) {
    ++errors_;
    for (; q < end_ && *q != '>'; ++q) {
      if (*q == '\0') ++errors_;  // unexpected-null-character (the NUL is ignored)
    }
    return emit(q == end_ ? end_ : q + 1, quirks);
  };
  // DOCTYPE public/system identifier (double- and single-quoted) states (§13.2.5.59-60, 65-66):
  // `q` is the opening quote; returns where the identifier ended (its closing quote, or '>'
  // or the end of input, both of which end the DOCTYPE too).
  auto identifier = [&](const char* q, StrRef& out) {
    const char quote = *q++;
    builder_.start(q);
    while (q < end_ && *q != quote && *q != '>') {
      if (*q == '\0') {
        ++errors_;
        builder_.replace(q, q + 1, kReplacementCharacter);
      }
      ++q;
    }
    out = builder_.finish(q);
    return q;
  };
  auto is_quote = [](char c) { return c == '"' || c == '\''; };

  // DOCTYPE state (§13.2.5.53).
  if (p == end_) return eof();
  if (scan::is_space(*p)) {
    ++p;
  } else if (*p != '>') {
    ++errors_;  // missing-whitespace-before-doctype-name
  }
  // Before DOCTYPE name state (§13.2.5.54).
  p = scan::skip_spaces(p, end_);
  if (p == end_) return eof();
  if (*p == '>') {
    ++errors_;  // missing-doctype-name
    return emit(p + 1, true);
  }
  // DOCTYPE name state (§13.2.5.55).
  const char* const name_begin = p;
  scan::ByteClass seen = 0;
  do {
    seen |= scan::classes_of(*p++);
  } while (p < end_ && !scan::is_space(*p) && *p != '>');
  token.name = token.doctype.name = name(name_begin, p, seen);
  token.has_doctype_name = true;
  // After DOCTYPE name state (§13.2.5.56).
  p = scan::skip_spaces(p, end_);
  if (p == end_) return eof();
  if (*p == '>') return emit(p + 1, false);
  const bool is_public = scan::starts_with_ignoring_case(p, end_, "public");
  if (!is_public && !scan::starts_with_ignoring_case(p, end_, "system")) return bogus(p, true);
  p += 6;

  // After DOCTYPE public/system keyword and before identifier states (§13.2.5.57/58, 63/64).
  if (p == end_) return eof();
  if (scan::is_space(*p)) {
    p = scan::skip_spaces(p, end_);
    if (p == end_) return eof();
  } else if (is_quote(*p)) {
    ++errors_;  // missing-whitespace-after-doctype-public/system-keyword
  }
  if (*p == '>') {
    ++errors_;  // missing-doctype-public/system-identifier
    return emit(p + 1, true);
  }
  if (!is_quote(*p)) return bogus(p, true);
  if (is_public) {
    p = identifier(p, token.doctype.public_id);
    token.doctype.has_public_id = true;
  } else {
    p = identifier(p, token.doctype.system_id);
    token.doctype.has_system_id = true;
  }
  if (p == end_) return eof();
  if (*p == '>') {
    ++errors_;  // abrupt-doctype-public/system-identifier
    return emit(p + 1, true);
  }
  ++p;  // the closing quote

  if (is_public) {
    // After DOCTYPE public identifier and between identifiers states (§13.2.5.61-62).
    const bool spaced = p < end_ && scan::is_space(*p);
    p = scan::skip_spaces(p, end_);
    if (p == end_) return eof();
    if (*p == '>') return emit(p + 1, false);
    if (!is_quote(*p)) return bogus(p, true);
    if (!spaced) ++errors_;  // missing-whitespace-between-doctype-public-and-system-identifiers
    p = identifier(p, token.doctype.system_id);
    token.doctype.has_system_id = true;
    if (p == end_) return eof();
    if (*p == '>') {
      ++errors_;
      return emit(p + 1, true);
    }
    ++p;
  }
  // After DOCTYPE system identifier state (§13.2.5.67): anything else is a parse error, but
  // the DOCTYPE keeps its quirks flag as it is.
  p = scan::skip_spaces(p, end_);
  if (p == end_) return eof();
  if (*p == '>') return emit(p + 1, false);
  return bogus(p, false);
}

}  // namespace lede::html
