// The tokens the tokenizer hands to the tree builder (WHATWG HTML §13.2.5). One Token object is
// reused for the whole document, so its attribute vector keeps its capacity between tags.
#pragma once

#include <cstdint>
#include <vector>

#include "html/document_builder.h"

namespace lede::html {

enum class TokenKind : uint8_t { kDoctype, kStartTag, kEndTag, kComment, kCharacters, kEof };

struct Token {
  TokenKind kind = TokenKind::kEof;
  uint32_t source_offset = 0;  // offset in the input where the token began

  // Start and end tags: interned id of the lowercase name, and the name itself.
  TagId tag = 0;
  StrRef name;
  bool self_closing = false;
  std::vector<Attribute> attributes;  // duplicates already dropped (first one wins)

  // Characters and comments. A character token holds a maximal run of text; a U+0000 in the
  // data state is emitted alone, as a one-byte token "\0", for the tree builder to handle.
  StrRef data;

  // DOCTYPE (name is in `name`).
  Doctype doctype;
  bool has_doctype_name = false;
  bool force_quirks = false;
};

}  // namespace lede::html
