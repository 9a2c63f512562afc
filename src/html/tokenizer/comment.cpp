// Comment states (WHATWG HTML §13.2.5.41, §13.2.5.43-52).
#include <string_view>

#include "html/tokenizer/scan.h"
#include "html/tokenizer/tokenizer.h"

namespace lede::html {

namespace {
constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD in UTF-8

// At the end of input a comment drops the start of a close it was in the middle of: the
// comment end dash, comment end and comment end bang states emit without "-", "--", "--!".
size_t unfinished_close_length(const char* data, const char* end) {
  const std::string_view text(data, static_cast<size_t>(end - data));
  if (text.ends_with("--!")) return 3;
  if (text.ends_with("--")) return 2;
  if (text.ends_with("-")) return 1;
  return 0;
}
}  // namespace

// From the comment start state (`data` is just after "<!--") to the emitted comment. The
// comment's data is everything up to the first "-->" or "--!>": every path through the comment
// states reaches the comment end state right after two dashes, so the first such close wins.
// The less-than-sign states only detect nested "<!--" (a parse error); they change no data.
bool Tokenizer::comment(Token& token, const char* lt, const char* data) {
  token.kind = TokenKind::kComment;
  token.source_offset = static_cast<uint32_t>(lt - begin_);
  const char* p = data;
  // Comment start and comment start dash states: "<!-->" and "<!--->" are empty comments.
  if (p < end_ && *p == '>') {
    ++errors_;  // abrupt-closing-of-empty-comment
    token.data = doc_.input_ref(p, 0);
    pos_ = p + 1;
    return true;
  }
  if (end_ - p >= 2 && p[0] == '-' && p[1] == '>') {
    ++errors_;
    token.data = doc_.input_ref(p, 0);
    pos_ = p + 2;
    return true;
  }
  builder_.start(data);
  for (;;) {
    p = scan::find_first_of<'-', '\0', '<'>(p, end_);
    if (p == end_) {
      ++errors_;  // eof-in-comment
      token.data = builder_.finish(end_ - unfinished_close_length(data, end_));
      pos_ = end_;
      return true;
    }
    if (*p == '\0') {
      ++errors_;  // unexpected-null-character
      builder_.replace(p, p + 1, kReplacementCharacter);
      ++p;
      continue;
    }
    if (*p == '<') {
      // Comment less-than sign states (§13.2.5.46-49): "<!--" is a nested-comment error
      // unless it is itself the close ("<!-->").
      if (end_ - p > 4 && p[1] == '!' && p[2] == '-' && p[3] == '-' && p[4] != '>') ++errors_;
      ++p;
      continue;
    }
    if (end_ - p >= 3 && p[1] == '-' && p[2] == '>') {
      token.data = builder_.finish(p);
      pos_ = p + 3;
      return true;
    }
    if (end_ - p >= 4 && p[1] == '-' && p[2] == '!' && p[3] == '>') {
      ++errors_;  // incorrectly-closed-comment
      token.data = builder_.finish(p);
      pos_ = p + 4;
      return true;
    }
    ++p;
  }
}

// Bogus comment state (§13.2.5.41): everything up to the next '>' (`data` is where it starts).
bool Tokenizer::bogus_comment(Token& token, const char* lt, const char* data) {
  token.kind = TokenKind::kComment;
  token.source_offset = static_cast<uint32_t>(lt - begin_);
  const char* p = data;
  builder_.start(data);
  while ((p = scan::find_first_of<'>', '\0'>(p, end_)) != end_ && *p == '\0') {
    ++errors_;  // unexpected-null-character
    builder_.replace(p, p + 1, kReplacementCharacter);
    ++p;
  }
  token.data = builder_.finish(p);
  pos_ = p == end_ ? end_ : p + 1;
  return true;
}

}  // namespace lede::html
