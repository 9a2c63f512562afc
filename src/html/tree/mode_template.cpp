// The "in template" insertion mode (WHATWG HTML §13.2.6.4.18): template contents take the
// mode their first element implies (table parts, rows, cells, or body content).
#include "html/tree/tree_builder.h"

namespace lede::html::tree {

void TreeBuilder::in_template(Token& t) {
  switch (t.kind) {
    case TokenKind::kCharacters:
    case TokenKind::kComment:
    case TokenKind::kDoctype:
      return in_body(t);
    case TokenKind::kStartTag: {
      Mode next = Mode::kInBody;
      switch (t.tag) {
        case Tag::kBase:
        case Tag::kBasefont:
        case Tag::kBgsound:
        case Tag::kLink:
        case Tag::kMeta:
        case Tag::kNoframes:
        case Tag::kScript:
        case Tag::kStyle:
        case Tag::kTemplate:
        case Tag::kTitle:
          return in_head(t);
        case Tag::kCaption:
        case Tag::kColgroup:
        case Tag::kTbody:
        case Tag::kTfoot:
        case Tag::kThead:
          next = Mode::kInTable;
          break;
        case Tag::kCol:
          next = Mode::kInColumnGroup;
          break;
        case Tag::kTr:
          next = Mode::kInTableBody;
          break;
        case Tag::kTd:
        case Tag::kTh:
          next = Mode::kInRow;
          break;
        default:
          break;
      }
      template_modes_.back() = next;
      return reprocess_in(next, t);
    }
    case TokenKind::kEndTag:
      if (t.tag == Tag::kTemplate) return in_head(t);
      return;
    case TokenKind::kEof:
      if (!template_on_stack()) return stop_parsing();
      open_.pop_until(Tag::kTemplate);
      formatting_.clear_to_last_marker();
      template_modes_.pop_back();
      reset_insertion_mode();
      return process(mode_, t);
  }
}

}  // namespace lede::html::tree
