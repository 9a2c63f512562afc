// The HTML tokenizer (WHATWG HTML §13.2.5): a pull tokenizer over the document's input. The
// tree builder calls next() once per token and, between calls, switches the state for the
// elements whose content is not markup (title, textarea, style, script, plaintext, ...).
#pragma once

#include <cstdint>
#include <string_view>

#include "html/dom.h"
#include "html/tokenizer/token.h"

namespace lede::html {

enum class TokenizerState : uint8_t {
  kData,
  kRcdata,
  kRawtext,
  kScriptData,
  kPlaintext,
  // The remaining states are internal to the tokenizer.
};

class Tokenizer {
 public:
  /// Tokenizes `doc.input()`; strings it produces that differ from the input are appended to
  /// the document's extra buffer. The input must not contain CR (parse() normalizes it).
  explicit Tokenizer(Document& doc);

  /// Fills `token` with the next token; after kEof every call returns kEof again.
  void next(Token& token);

  /// Switches the content model; the appropriate end tag is the last start tag emitted.
  void set_state(TokenizerState state);

  /// The tree builder's answer to "is the adjusted current node in a foreign namespace?",
  /// which decides whether `<![CDATA[` opens a CDATA section or a bogus comment.
  void set_cdata_allowed(bool allowed);

  /// Parse errors seen so far (the spec's count; lede does not report them individually).
  uint32_t error_count() const;

 private:
  struct Impl;
  Impl* impl_;  // placeholder: the tokenizer implementation owns its layout
};

}  // namespace lede::html
