// The tokenizer's driver: which state group handles the next token (WHATWG HTML §13.2.5.1-5
// for the content models, §13.2.5.6 and §13.2.5.42 for where markup begins).
#include "html/tokenizer/tokenizer.h"

#include <cstring>

#include "html/tokenizer/scan.h"

namespace lede::html {

Tokenizer::Tokenizer(DocumentBuilder& doc)
    : doc_(doc),
      begin_(doc.input().data()),
      pos_(begin_),
      end_(begin_ + doc.input().size()),
      builder_(doc) {}

void Tokenizer::set_state(TokenizerState state) {
  // Mode lists the public states first, in the same order, so a state converts by value.
  static_assert(static_cast<int>(Mode::kRcdata) == static_cast<int>(TokenizerState::kRcdata) &&
                static_cast<int>(Mode::kRawtext) == static_cast<int>(TokenizerState::kRawtext) &&
                static_cast<int>(Mode::kScriptData) ==
                    static_cast<int>(TokenizerState::kScriptData) &&
                static_cast<int>(Mode::kPlaintext) == static_cast<int>(TokenizerState::kPlaintext));
  mode_ = static_cast<Mode>(state);
}

void Tokenizer::set_cdata_allowed(bool allowed) { cdata_allowed_ = allowed; }

void Tokenizer::set_last_start_tag(std::string_view lowercase_name) {
  last_start_tag_ = doc_.append_extra(lowercase_name);
  has_last_start_tag_ = true;
}

void Tokenizer::next(Token& token) {
  for (;;) {
    if (pos_ == end_) {
      if (mode_ == Mode::kCdataSection) {
        ++errors_;  // eof-in-cdata (an empty section; cdata_text counts the others)
        mode_ = Mode::kData;
      }
      token.kind = TokenKind::kEof;
      token.source_offset = static_cast<uint32_t>(end_ - begin_);
      return;
    }
    // A text state returns false only where markup begins (or, in a CDATA section, ends).
    switch (mode_) {
      case Mode::kData:
        // A tag right where the previous token ended ("<li><a", "</b></p>") needs no text scan:
        // go straight to the tag open states, as data_text and markup would.
        if (end_ - pos_ >= 3 && pos_[0] == '<') {
          if (scan::is_alpha(pos_[1])) {
            if (tag(token, pos_, false)) return;
            break;
          }
          if (pos_[1] == '/' && scan::is_alpha(pos_[2])) {
            if (tag(token, pos_, true)) return;
            break;
          }
        }
        if (data_text(token) || markup(token)) return;
        break;
      case Mode::kRcdata:
        if (rcdata_text(token, true) || tag(token, pos_, true)) return;
        break;
      case Mode::kRawtext:
        if (rcdata_text(token, false) || tag(token, pos_, true)) return;
        break;
      case Mode::kScriptData:
        if (script_text(token) || tag(token, pos_, true)) return;
        break;
      case Mode::kPlaintext:
        if (plaintext_text(token)) return;
        break;
      case Mode::kCdataSection:
        if (cdata_text(token)) return;
        break;
    }
  }
}

// Markup declaration open state and tag open state (§13.2.5.6-7, §13.2.5.42); data_text has
// already checked that `pos_` is a '<' that begins markup.
bool Tokenizer::markup(Token& token) {
  const char* lt = pos_;
  const char c = lt[1];
  if (scan::is_alpha(c)) return tag(token, lt, false);
  if (c == '/') {
    if (scan::is_alpha(lt[2])) return tag(token, lt, true);
    ++errors_;
    if (lt[2] == '>') {  // missing-end-tag-name: "</>" is dropped
      pos_ = lt + 3;
      return false;
    }
    return bogus_comment(token, lt, lt + 2);  // invalid-first-character-of-tag-name
  }
  if (c == '?') {
    ++errors_;  // unexpected-question-mark-instead-of-tag-name
    return bogus_comment(token, lt, lt + 1);
  }
  const char* p = lt + 2;  // after "<!"
  if (end_ - p >= 2 && p[0] == '-' && p[1] == '-') return comment(token, lt, p + 2);
  if (scan::starts_with_ignoring_case(p, end_, "doctype")) return doctype(token, lt, p + 7);
  constexpr std::string_view kCdataOpen = "[CDATA[";
  if (static_cast<size_t>(end_ - p) >= kCdataOpen.size() &&
      std::memcmp(p, kCdataOpen.data(), kCdataOpen.size()) == 0) {
    if (cdata_allowed_) {
      mode_ = Mode::kCdataSection;
      pos_ = p + kCdataOpen.size();
      return false;
    }
    ++errors_;  // cdata-in-html-content, then a bogus comment
    return bogus_comment(token, lt, p);
  }
  ++errors_;  // incorrectly-opened-comment
  return bogus_comment(token, lt, p);
}

}  // namespace lede::html
