// The table insertion modes (WHATWG HTML §13.2.6.4.9 - §13.2.6.4.15): in table, in table
// text, in caption, in column group, in table body, in row, in cell.
#include "html/tree/tree_builder.h"

namespace lede::html::tree {

namespace {

bool is_table_section(TagId tag) { return tag == Tag::kTbody || tag == Tag::kTfoot || tag == Tag::kThead; }

// Start tags that end a caption or cell implicitly.
bool is_table_structure_start(TagId tag) {
  switch (tag) {
    case Tag::kCaption:
    case Tag::kCol:
    case Tag::kColgroup:
    case Tag::kTbody:
    case Tag::kTd:
    case Tag::kTfoot:
    case Tag::kTh:
    case Tag::kThead:
    case Tag::kTr:
      return true;
    default:
      return false;
  }
}

}  // namespace

// §13.2.6.4.9
void TreeBuilder::in_table(Token& t) {
  switch (t.kind) {
    case TokenKind::kCharacters: {
      const OpenElements::Entry& current = open_.current_entry();
      if (current.ns == Namespace::kHtml &&
          (current.tag == Tag::kTable || current.tag == Tag::kTemplate || is_table_section(current.tag) ||
           current.tag == Tag::kTr)) {
        pending_table_text_.clear();
        pending_has_non_whitespace_ = false;
        original_mode_ = mode_;
        return reprocess_in(Mode::kInTableText, t);
      }
      break;
    }
    case TokenKind::kComment:
      return insert_comment(t);
    case TokenKind::kDoctype:
      return;
    case TokenKind::kStartTag:
      switch (t.tag) {
        case Tag::kCaption:
          clear_stack_back_to(kTableContext);
          formatting_.push_marker();
          insert_html_element(t);
          mode_ = Mode::kInCaption;
          return;
        case Tag::kColgroup:
          clear_stack_back_to(kTableContext);
          insert_html_element(t);
          mode_ = Mode::kInColumnGroup;
          return;
        case Tag::kCol:
          clear_stack_back_to(kTableContext);
          insert_implied(Tag::kColgroup, t.source_offset);
          return reprocess_in(Mode::kInColumnGroup, t);
        case Tag::kTbody:
        case Tag::kTfoot:
        case Tag::kThead:
          clear_stack_back_to(kTableContext);
          insert_html_element(t);
          mode_ = Mode::kInTableBody;
          return;
        case Tag::kTd:
        case Tag::kTh:
        case Tag::kTr:
          clear_stack_back_to(kTableContext);
          insert_implied(Tag::kTbody, t.source_offset);
          return reprocess_in(Mode::kInTableBody, t);
        case Tag::kTable:
          if (!open_.in_table_scope(Tag::kTable)) return;
          open_.pop_until(Tag::kTable);
          reset_insertion_mode();
          return process(mode_, t);
        case Tag::kStyle:
        case Tag::kScript:
        case Tag::kTemplate:
          return in_head(t);
        case Tag::kInput:
          if (!has_hidden_type(doc_, t)) break;
          insert_html_element(t);
          open_.pop();
          return;
        case Tag::kForm:
          if (template_on_stack() || form_ != kNoNode) return;
          form_ = insert_html_element(t);
          open_.pop();
          return;
        default:
          break;
      }
      break;
    case TokenKind::kEndTag:
      switch (t.tag) {
        case Tag::kTable:
          if (!open_.in_table_scope(Tag::kTable)) return;
          open_.pop_until(Tag::kTable);
          reset_insertion_mode();
          return;
        case Tag::kBody:
        case Tag::kCaption:
        case Tag::kCol:
        case Tag::kColgroup:
        case Tag::kHtml:
        case Tag::kTbody:
        case Tag::kTd:
        case Tag::kTfoot:
        case Tag::kTh:
        case Tag::kThead:
        case Tag::kTr:
          return;
        case Tag::kTemplate:
          return in_head(t);
        default:
          break;
      }
      break;
    case TokenKind::kEof:
      return in_body(t);
  }
  // Anything else: processed as in body, with misplaced content moved before the table.
  foster_parenting_ = true;
  in_body(t);
  foster_parenting_ = false;
}

// §13.2.6.4.10: character runs inside table structure are held back until the next other
// token; whitespace stays in place, anything else is foster-parented as a whole.
void TreeBuilder::in_table_text(Token& t) {
  if (t.kind == TokenKind::kCharacters) {
    StrRef data = strip_nulls(t.data);
    if (data.length == 0) return;
    if (!pending_has_non_whitespace_ && leading_whitespace(data) != data.length) pending_has_non_whitespace_ = true;
    pending_table_text_.push_back(data);
    return;
  }
  if (pending_has_non_whitespace_) {
    Token chars;
    chars.kind = TokenKind::kCharacters;
    foster_parenting_ = true;
    for (StrRef data : pending_table_text_) {
      chars.data = data;
      chars.source_offset = data.offset < doc_.input().size() ? data.offset : t.source_offset;
      in_body_characters(chars);
    }
    foster_parenting_ = false;
  } else {
    for (StrRef data : pending_table_text_) {
      insert_characters(data, data.offset < doc_.input().size() ? data.offset : t.source_offset);
    }
  }
  pending_table_text_.clear();
  reprocess_in(original_mode_, t);
}

// §13.2.6.4.11
void TreeBuilder::in_caption(Token& t) {
  bool ends_caption = (t.kind == TokenKind::kStartTag && is_table_structure_start(t.tag)) ||
                      (t.kind == TokenKind::kEndTag && (t.tag == Tag::kTable || t.tag == Tag::kCaption));
  if (ends_caption) {
    if (!open_.in_table_scope(Tag::kCaption)) return;
    generate_implied_end_tags();
    open_.pop_until(Tag::kCaption);
    formatting_.clear_to_last_marker();
    mode_ = Mode::kInTable;
    if (!(t.kind == TokenKind::kEndTag && t.tag == Tag::kCaption)) process(mode_, t);
    return;
  }
  if (t.kind == TokenKind::kEndTag) {
    switch (t.tag) {
      case Tag::kBody:
      case Tag::kCol:
      case Tag::kColgroup:
      case Tag::kHtml:
      case Tag::kTbody:
      case Tag::kTd:
      case Tag::kTfoot:
      case Tag::kTh:
      case Tag::kThead:
      case Tag::kTr:
        return;
      default:
        break;
    }
  }
  in_body(t);
}

// §13.2.6.4.12
void TreeBuilder::in_column_group(Token& t) {
  switch (t.kind) {
    case TokenKind::kCharacters:
      if (insert_leading_whitespace(t)) return;
      break;
    case TokenKind::kComment:
      return insert_comment(t);
    case TokenKind::kDoctype:
      return;
    case TokenKind::kStartTag:
      if (t.tag == Tag::kHtml) return in_body(t);
      if (t.tag == Tag::kCol) {
        insert_html_element(t);
        open_.pop();
        return;
      }
      if (t.tag == Tag::kTemplate) return in_head(t);
      break;
    case TokenKind::kEndTag:
      if (t.tag == Tag::kColgroup) {
        if (!open_.current_is(Tag::kColgroup)) return;
        open_.pop();
        mode_ = Mode::kInTable;
        return;
      }
      if (t.tag == Tag::kCol) return;
      if (t.tag == Tag::kTemplate) return in_head(t);
      break;
    case TokenKind::kEof:
      return in_body(t);
  }
  if (!open_.current_is(Tag::kColgroup)) return;
  open_.pop();
  reprocess_in(Mode::kInTable, t);
}

// §13.2.6.4.13
void TreeBuilder::in_table_body(Token& t) {
  if (t.kind == TokenKind::kStartTag) {
    switch (t.tag) {
      case Tag::kTr:
        clear_stack_back_to_table_body_context();
        insert_html_element(t);
        mode_ = Mode::kInRow;
        return;
      case Tag::kTh:
      case Tag::kTd:
        clear_stack_back_to_table_body_context();
        insert_implied(Tag::kTr, t.source_offset);
        return reprocess_in(Mode::kInRow, t);
      case Tag::kCaption:
      case Tag::kCol:
      case Tag::kColgroup:
      case Tag::kTbody:
      case Tag::kTfoot:
      case Tag::kThead:
        break;
      default:
        return in_table(t);
    }
  } else if (t.kind == TokenKind::kEndTag) {
    switch (t.tag) {
      case Tag::kTbody:
      case Tag::kTfoot:
      case Tag::kThead:
        if (!open_.in_table_scope(t.tag)) return;
        clear_stack_back_to_table_body_context();
        open_.pop();
        mode_ = Mode::kInTable;
        return;
      case Tag::kTable:
        break;
      case Tag::kBody:
      case Tag::kCaption:
      case Tag::kCol:
      case Tag::kColgroup:
      case Tag::kHtml:
      case Tag::kTd:
      case Tag::kTh:
      case Tag::kTr:
        return;
      default:
        return in_table(t);
    }
  } else {
    return in_table(t);
  }
  // caption, col, colgroup, tbody, tfoot, thead start tags and </table>: close the section.
  if (!(open_.in_table_scope(Tag::kTbody) || open_.in_table_scope(Tag::kThead) ||
        open_.in_table_scope(Tag::kTfoot))) {
    return;
  }
  clear_stack_back_to_table_body_context();
  open_.pop();
  reprocess_in(Mode::kInTable, t);
}

// §13.2.6.4.14
void TreeBuilder::in_row(Token& t) {
  if (t.kind == TokenKind::kStartTag) {
    switch (t.tag) {
      case Tag::kTh:
      case Tag::kTd:
        clear_stack_back_to_table_row_context();
        insert_html_element(t);
        mode_ = Mode::kInCell;
        formatting_.push_marker();
        return;
      case Tag::kCaption:
      case Tag::kCol:
      case Tag::kColgroup:
      case Tag::kTbody:
      case Tag::kTfoot:
      case Tag::kThead:
      case Tag::kTr:
        break;
      default:
        return in_table(t);
    }
  } else if (t.kind == TokenKind::kEndTag) {
    switch (t.tag) {
      case Tag::kTr:
        if (!open_.in_table_scope(Tag::kTr)) return;
        clear_stack_back_to_table_row_context();
        open_.pop();
        mode_ = Mode::kInTableBody;
        return;
      case Tag::kTable:
        break;
      case Tag::kTbody:
      case Tag::kTfoot:
      case Tag::kThead:
        if (!open_.in_table_scope(t.tag)) return;
        break;
      case Tag::kBody:
      case Tag::kCaption:
      case Tag::kCol:
      case Tag::kColgroup:
      case Tag::kHtml:
      case Tag::kTd:
      case Tag::kTh:
        return;
      default:
        return in_table(t);
    }
  } else {
    return in_table(t);
  }
  // Close the row, then let the table body handle the token.
  if (!open_.in_table_scope(Tag::kTr)) return;
  clear_stack_back_to_table_row_context();
  open_.pop();
  reprocess_in(Mode::kInTableBody, t);
}

// §13.2.6.4.15
void TreeBuilder::in_cell(Token& t) {
  if (t.kind == TokenKind::kEndTag) {
    switch (t.tag) {
      case Tag::kTd:
      case Tag::kTh:
        if (!open_.in_table_scope(t.tag)) return;
        generate_implied_end_tags();
        open_.pop_until(t.tag);
        formatting_.clear_to_last_marker();
        mode_ = Mode::kInRow;
        return;
      case Tag::kBody:
      case Tag::kCaption:
      case Tag::kCol:
      case Tag::kColgroup:
      case Tag::kHtml:
        return;
      case Tag::kTable:
      case Tag::kTbody:
      case Tag::kTfoot:
      case Tag::kThead:
      case Tag::kTr:
        if (!open_.in_table_scope(t.tag)) return;
        close_cell();
        return process(mode_, t);
      default:
        break;
    }
  } else if (t.kind == TokenKind::kStartTag && is_table_structure_start(t.tag)) {
    if (!(open_.in_table_scope(Tag::kTd) || open_.in_table_scope(Tag::kTh))) return;
    close_cell();
    return process(mode_, t);
  }
  in_body(t);
}

}  // namespace lede::html::tree
