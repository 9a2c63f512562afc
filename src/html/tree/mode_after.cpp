// The insertion modes after the body and for framesets (WHATWG HTML §13.2.6.4.19 -
// §13.2.6.4.23): after body, in frameset, after frameset, after after body, after after
// frameset.
#include <algorithm>
#include <iterator>
#include <string>

#include "html/tree/tree_builder.h"

namespace lede::html::tree {

// §13.2.6.4.19
void TreeBuilder::after_body(Token& t) {
  switch (t.kind) {
    case TokenKind::kCharacters:
      if (leading_whitespace(t.data) == t.data.length) return in_body(t);
      break;
    case TokenKind::kComment:
      return append_comment_to(open_.node(0), t);
    case TokenKind::kDoctype:
      return;
    case TokenKind::kStartTag:
      if (t.tag == Tag::kHtml) return in_body(t);
      break;
    case TokenKind::kEndTag:
      if (t.tag == Tag::kHtml) {
        mode_ = Mode::kAfterAfterBody;
        return;
      }
      break;
    case TokenKind::kEof:
      return stop_parsing();
  }
  reprocess_in(Mode::kInBody, t);
}

// §13.2.6.4.20
void TreeBuilder::in_frameset(Token& t) {
  switch (t.kind) {
    case TokenKind::kCharacters:
      return insert_whitespace_only(t);
    case TokenKind::kComment:
      return insert_comment(t);
    case TokenKind::kDoctype:
      return;
    case TokenKind::kStartTag:
      switch (t.tag) {
        case Tag::kHtml:
          return in_body(t);
        case Tag::kFrameset:
          insert_html_element(t);
          return;
        case Tag::kFrame:
          insert_html_element(t);
          open_.pop();
          return;
        case Tag::kNoframes:
          return in_head(t);
        default:
          return;
      }
    case TokenKind::kEndTag:
      if (t.tag == Tag::kFrameset && !open_.current_is(Tag::kHtml)) {
        open_.pop();
        if (!open_.current_is(Tag::kFrameset)) mode_ = Mode::kAfterFrameset;
      }
      return;
    case TokenKind::kEof:
      return stop_parsing();
  }
}

// §13.2.6.4.21
void TreeBuilder::after_frameset(Token& t) {
  switch (t.kind) {
    case TokenKind::kCharacters:
      return insert_whitespace_only(t);
    case TokenKind::kComment:
      return insert_comment(t);
    case TokenKind::kDoctype:
      return;
    case TokenKind::kStartTag:
      if (t.tag == Tag::kHtml) return in_body(t);
      if (t.tag == Tag::kNoframes) return in_head(t);
      return;
    case TokenKind::kEndTag:
      if (t.tag == Tag::kHtml) mode_ = Mode::kAfterAfterFrameset;
      return;
    case TokenKind::kEof:
      return stop_parsing();
  }
}

// §13.2.6.4.22
void TreeBuilder::after_after_body(Token& t) {
  switch (t.kind) {
    case TokenKind::kComment:
      return append_comment_to(doc_.root(), t);
    case TokenKind::kDoctype:
      return in_body(t);
    case TokenKind::kCharacters:
      if (leading_whitespace(t.data) == t.data.length) return in_body(t);
      break;
    case TokenKind::kStartTag:
      if (t.tag == Tag::kHtml) return in_body(t);
      break;
    case TokenKind::kEndTag:
      break;
    case TokenKind::kEof:
      return stop_parsing();
  }
  reprocess_in(Mode::kInBody, t);
}

// §13.2.6.4.23
void TreeBuilder::after_after_frameset(Token& t) {
  switch (t.kind) {
    case TokenKind::kComment:
      return append_comment_to(doc_.root(), t);
    case TokenKind::kDoctype:
      return in_body(t);
    case TokenKind::kCharacters: {
      // Whitespace is processed as in body; other characters are dropped.
      std::string_view s = doc_.str(t.data);
      size_t spaces = static_cast<size_t>(std::count_if(s.begin(), s.end(), is_html_whitespace));
      if (spaces == s.size()) return in_body(t);
      if (spaces == 0) return;
      std::string only_spaces;
      std::copy_if(s.begin(), s.end(), std::back_inserter(only_spaces), is_html_whitespace);
      t.data = doc_.append_extra(only_spaces);
      return in_body(t);
    }
    case TokenKind::kStartTag:
      if (t.tag == Tag::kHtml) return in_body(t);
      if (t.tag == Tag::kNoframes) return in_head(t);
      return;
    case TokenKind::kEndTag:
      return;
    case TokenKind::kEof:
      return stop_parsing();
  }
}

}  // namespace lede::html::tree
