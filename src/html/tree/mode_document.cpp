// The insertion modes before the body (WHATWG HTML §13.2.6.4.1 - §13.2.6.4.6): initial,
// before html, before head, in head, in head noscript, after head.
#include "html/tree/tree_builder.h"

namespace lede::html::tree {

namespace {

bool is_head_body_html_br(TagId tag) {
  return tag == Tag::kHead || tag == Tag::kBody || tag == Tag::kHtml || tag == Tag::kBr;
}

}  // namespace

// §13.2.6.4.1
void TreeBuilder::initial(Token& t) {
  switch (t.kind) {
    case TokenKind::kCharacters:
      if (drop_leading_whitespace(t)) return;
      break;
    case TokenKind::kComment:
      return append_comment_to(doc_.root(), t);
    case TokenKind::kDoctype: {
      Doctype doctype = t.doctype;
      doctype.name = t.has_doctype_name ? t.name : StrRef{};
      doc_.append_child(doc_.root(), doc_.create_doctype(doctype, t.source_offset));
      quirks_ = quirks_mode_for(doc_, t);
      mode_ = Mode::kBeforeHtml;
      return;
    }
    default:
      break;
  }
  quirks_ = QuirksMode::kQuirks;
  reprocess_in(Mode::kBeforeHtml, t);
}

// §13.2.6.4.2
void TreeBuilder::before_html(Token& t) {
  switch (t.kind) {
    case TokenKind::kDoctype:
      return;
    case TokenKind::kComment:
      return append_comment_to(doc_.root(), t);
    case TokenKind::kCharacters:
      if (drop_leading_whitespace(t)) return;
      break;
    case TokenKind::kStartTag:
      if (t.tag == Tag::kHtml) {
        NodeId html = doc_.create_element(Tag::kHtml, Namespace::kHtml, t.source_offset, t.attributes);
        doc_.append_child(doc_.root(), html);
        open_.push(html, Tag::kHtml, Namespace::kHtml);
        mode_ = Mode::kBeforeHead;
        return;
      }
      break;
    case TokenKind::kEndTag:
      if (!is_head_body_html_br(t.tag)) return;
      break;
    case TokenKind::kEof:
      break;
  }
  NodeId html = doc_.create_element(Tag::kHtml, Namespace::kHtml, t.source_offset);
  doc_.append_child(doc_.root(), html);
  open_.push(html, Tag::kHtml, Namespace::kHtml);
  reprocess_in(Mode::kBeforeHead, t);
}

// §13.2.6.4.3
void TreeBuilder::before_head(Token& t) {
  switch (t.kind) {
    case TokenKind::kCharacters:
      if (drop_leading_whitespace(t)) return;
      break;
    case TokenKind::kComment:
      return insert_comment(t);
    case TokenKind::kDoctype:
      return;
    case TokenKind::kStartTag:
      if (t.tag == Tag::kHtml) return in_body(t);
      if (t.tag == Tag::kHead) {
        head_ = insert_html_element(t);
        mode_ = Mode::kInHead;
        return;
      }
      break;
    case TokenKind::kEndTag:
      if (!is_head_body_html_br(t.tag)) return;
      break;
    case TokenKind::kEof:
      break;
  }
  head_ = insert_implied(Tag::kHead, t.source_offset);
  reprocess_in(Mode::kInHead, t);
}

// §13.2.6.4.4
void TreeBuilder::in_head(Token& t) {
  switch (t.kind) {
    case TokenKind::kCharacters:
      if (insert_leading_whitespace(t)) return;
      break;
    case TokenKind::kComment:
      return insert_comment(t);
    case TokenKind::kDoctype:
      return;
    case TokenKind::kStartTag:
      switch (t.tag) {
        case Tag::kHtml:
          return in_body(t);
        case Tag::kBase:
        case Tag::kBasefont:
        case Tag::kBgsound:
        case Tag::kLink:
        case Tag::kMeta:
          insert_html_element(t);
          open_.pop();
          return;
        case Tag::kTitle:
          return generic_text_element(t, TokenizerState::kRcdata);
        case Tag::kNoscript:
          if (options_.scripting) return generic_text_element(t, TokenizerState::kRawtext);
          insert_html_element(t);
          mode_ = Mode::kInHeadNoscript;
          return;
        case Tag::kNoframes:
        case Tag::kStyle:
          return generic_text_element(t, TokenizerState::kRawtext);
        case Tag::kScript:
          return generic_text_element(t, TokenizerState::kScriptData);
        case Tag::kTemplate:
          insert_html_element(t);
          formatting_.push_marker();
          frameset_ok_ = false;
          mode_ = Mode::kInTemplate;
          template_modes_.push_back(Mode::kInTemplate);
          return;
        case Tag::kHead:
          return;
        default:
          break;
      }
      break;
    case TokenKind::kEndTag:
      switch (t.tag) {
        case Tag::kHead:
          open_.pop();
          mode_ = Mode::kAfterHead;
          return;
        case Tag::kBody:
        case Tag::kHtml:
        case Tag::kBr:
          break;
        case Tag::kTemplate:
          if (!template_on_stack()) return;
          generate_implied_end_tags_thoroughly();
          open_.pop_until(Tag::kTemplate);
          formatting_.clear_to_last_marker();
          template_modes_.pop_back();
          reset_insertion_mode();
          return;
        default:
          return;
      }
      break;
    case TokenKind::kEof:
      break;
  }
  open_.pop();
  reprocess_in(Mode::kAfterHead, t);
}

// §13.2.6.4.5
void TreeBuilder::in_head_noscript(Token& t) {
  switch (t.kind) {
    case TokenKind::kDoctype:
      return;
    case TokenKind::kCharacters:
      if (insert_leading_whitespace(t)) return;
      break;
    case TokenKind::kComment:
      return in_head(t);
    case TokenKind::kStartTag:
      switch (t.tag) {
        case Tag::kHtml:
          return in_body(t);
        case Tag::kBasefont:
        case Tag::kBgsound:
        case Tag::kLink:
        case Tag::kMeta:
        case Tag::kNoframes:
        case Tag::kStyle:
          return in_head(t);
        case Tag::kHead:
        case Tag::kNoscript:
          return;
        default:
          break;
      }
      break;
    case TokenKind::kEndTag:
      if (t.tag == Tag::kNoscript) {
        open_.pop();
        mode_ = Mode::kInHead;
        return;
      }
      if (t.tag != Tag::kBr) return;
      break;
    case TokenKind::kEof:
      break;
  }
  open_.pop();
  reprocess_in(Mode::kInHead, t);
}

// §13.2.6.4.6
void TreeBuilder::after_head(Token& t) {
  switch (t.kind) {
    case TokenKind::kCharacters:
      if (insert_leading_whitespace(t)) return;
      break;
    case TokenKind::kComment:
      return insert_comment(t);
    case TokenKind::kDoctype:
      return;
    case TokenKind::kStartTag:
      switch (t.tag) {
        case Tag::kHtml:
          return in_body(t);
        case Tag::kBody:
          insert_html_element(t);
          frameset_ok_ = false;
          mode_ = Mode::kInBody;
          return;
        case Tag::kFrameset:
          insert_html_element(t);
          mode_ = Mode::kInFrameset;
          return;
        case Tag::kBase:
        case Tag::kBasefont:
        case Tag::kBgsound:
        case Tag::kLink:
        case Tag::kMeta:
        case Tag::kNoframes:
        case Tag::kScript:
        case Tag::kStyle:
        case Tag::kTemplate:
        case Tag::kTitle: {
          // Head content after </head>: processed inside the head element after all.
          open_.push(head_, Tag::kHead, Namespace::kHtml);
          in_head(t);
          int32_t index = open_.index_of(head_);
          if (index >= 0) open_.remove_at(static_cast<size_t>(index));
          return;
        }
        case Tag::kHead:
          return;
        default:
          break;
      }
      break;
    case TokenKind::kEndTag:
      if (t.tag == Tag::kTemplate) return in_head(t);
      if (!(t.tag == Tag::kBody || t.tag == Tag::kHtml || t.tag == Tag::kBr)) return;
      break;
    case TokenKind::kEof:
      break;
  }
  insert_implied(Tag::kBody, t.source_offset);
  reprocess_in(Mode::kInBody, t);
}

}  // namespace lede::html::tree
