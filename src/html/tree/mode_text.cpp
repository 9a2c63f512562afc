// The "text" insertion mode (WHATWG HTML §13.2.6.4.8): the content of RCDATA, RAWTEXT and
// script elements, which the tokenizer hands over as character tokens.
#include "html/tree/tree_builder.h"

namespace lede::html::tree {

void TreeBuilder::text(Token& t) {
  switch (t.kind) {
    case TokenKind::kCharacters:
      return insert_characters(t.data, t.source_offset);
    case TokenKind::kEof:
      open_.pop();
      return reprocess_in(original_mode_, t);
    case TokenKind::kEndTag:
      open_.pop();
      mode_ = original_mode_;
      return;
    default:
      return;
  }
}

}  // namespace lede::html::tree
