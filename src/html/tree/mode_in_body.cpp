// The "in body" insertion mode (WHATWG HTML §13.2.6.4.7), including the 2025 <select> rules
// (customizable select: <select> content is parsed in body, there is no "in select" mode).
#include <algorithm>

#include "html/tree/tree_builder.h"

namespace lede::html::tree {

namespace {

bool is_heading(TagId tag) {
  return tag == Tag::kH1 || tag == Tag::kH2 || tag == Tag::kH3 || tag == Tag::kH4 || tag == Tag::kH5 ||
         tag == Tag::kH6;
}
}  // namespace

bool has_hidden_type(const DocumentBuilder& doc, const Token& t) {
  for (const Attribute& a : t.attributes) {
    if (doc.str(a.name) == "type") return equals_ignoring_ascii_case(doc.str(a.value), "hidden");
  }
  return false;
}

void TreeBuilder::in_body(Token& t) {
  switch (t.kind) {
    case TokenKind::kCharacters:
      return in_body_characters(t);
    case TokenKind::kComment:
      return insert_comment(t);
    case TokenKind::kDoctype:
      return;
    case TokenKind::kStartTag:
      return in_body_start_tag(t);
    case TokenKind::kEndTag:
      return in_body_end_tag(t);
    case TokenKind::kEof:
      if (!template_modes_.empty()) return in_template(t);
      return stop_parsing();
  }
}

void TreeBuilder::in_body_characters(Token& t) {
  StrRef data = strip_nulls(t.data);  // U+0000 is a parse error and ignored here
  if (data.length == 0) return;
  reconstruct_active_formatting();
  insert_characters(data, t.source_offset);
  if (frameset_ok_ && leading_whitespace(data) != data.length) frameset_ok_ = false;
}

void TreeBuilder::in_body_start_tag(Token& t) {
  switch (t.tag) {
    case Tag::kHtml:
      if (!template_on_stack()) doc_.add_missing_attributes(open_.node(0), t.attributes);
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
    case Tag::kTitle:
      return in_head(t);
    case Tag::kBody:
      if (open_.size() < 2 || !doc_.is_element(open_.node(1), Tag::kBody) || template_on_stack()) return;
      frameset_ok_ = false;
      doc_.add_missing_attributes(open_.node(1), t.attributes);
      return;
    case Tag::kFrameset:
      if (open_.size() < 2 || !doc_.is_element(open_.node(1), Tag::kBody) || !frameset_ok_) return;
      doc_.remove(open_.node(1));
      open_.pop_to_size(1);
      insert_html_element(t);
      mode_ = Mode::kInFrameset;
      return;
    case Tag::kAddress:
    case Tag::kArticle:
    case Tag::kAside:
    case Tag::kBlockquote:
    case Tag::kCenter:
    case Tag::kDetails:
    case Tag::kDialog:
    case Tag::kDir:
    case Tag::kDiv:
    case Tag::kDl:
    case Tag::kFieldset:
    case Tag::kFigcaption:
    case Tag::kFigure:
    case Tag::kFooter:
    case Tag::kHeader:
    case Tag::kHgroup:
    case Tag::kMain:
    case Tag::kMenu:
    case Tag::kNav:
    case Tag::kOl:
    case Tag::kP:
    case Tag::kSearch:
    case Tag::kSection:
    case Tag::kSummary:
    case Tag::kUl:
      close_p_in_button_scope();
      insert_html_element(t);
      return;
    case Tag::kH1:
    case Tag::kH2:
    case Tag::kH3:
    case Tag::kH4:
    case Tag::kH5:
    case Tag::kH6:
      close_p_in_button_scope();
      if (open_.current_entry().ns == Namespace::kHtml && is_heading(open_.current_entry().tag)) open_.pop();
      insert_html_element(t);
      return;
    case Tag::kPre:
    case Tag::kListing:
      close_p_in_button_scope();
      insert_html_element(t);
      ignore_next_lf_ = true;
      frameset_ok_ = false;
      return;
    case Tag::kForm: {
      bool in_template = template_on_stack();
      if (form_ != kNoNode && !in_template) return;
      close_p_in_button_scope();
      NodeId form = insert_html_element(t);
      if (!in_template) form_ = form;
      return;
    }
    case Tag::kLi:
    case Tag::kDd:
    case Tag::kDt: {
      // The spec walks down from the current node to the first <li> (or <dd>/<dt>), stopping
      // at special elements other than address, div and p; the stack knows both positions.
      frameset_ok_ = false;
      int32_t stop = open_.top_of(kTrackListItemStop);
      int32_t candidate = t.tag == Tag::kLi ? open_.top_index(Tag::kLi)
                                            : std::max(open_.top_index(Tag::kDd), open_.top_index(Tag::kDt));
      if (candidate >= 0 && candidate == stop) {
        TagId close = open_.at(static_cast<size_t>(candidate)).tag;
        generate_implied_end_tags(close);
        open_.pop_until(close);
      }
      close_p_in_button_scope();
      insert_html_element(t);
      return;
    }
    case Tag::kPlaintext:
      close_p_in_button_scope();
      insert_html_element(t);
      tokenizer_.set_state(TokenizerState::kPlaintext);
      return;
    case Tag::kButton:
      if (open_.in_scope(Tag::kButton)) {
        generate_implied_end_tags();
        open_.pop_until(Tag::kButton);
      }
      reconstruct_active_formatting();
      insert_html_element(t);
      frameset_ok_ = false;
      return;
    case Tag::kA: {
      int32_t index = formatting_.find_after_marker(Tag::kA);
      if (index >= 0) {
        NodeId a = formatting_.at(static_cast<size_t>(index)).node;
        if (!adoption_agency(Tag::kA)) any_other_end_tag(Tag::kA);
        int32_t still_listed = formatting_.index_of(a);
        if (still_listed >= 0) formatting_.remove_at(static_cast<size_t>(still_listed));
        int32_t still_open = open_.index_of(a);
        if (still_open >= 0) open_.remove_at(static_cast<size_t>(still_open));
      }
      reconstruct_active_formatting();
      push_formatting(insert_html_element(t), Tag::kA);
      return;
    }
    case Tag::kB:
    case Tag::kBig:
    case Tag::kCode:
    case Tag::kEm:
    case Tag::kFont:
    case Tag::kI:
    case Tag::kS:
    case Tag::kSmall:
    case Tag::kStrike:
    case Tag::kStrong:
    case Tag::kTt:
    case Tag::kU:
      reconstruct_active_formatting();
      push_formatting(insert_html_element(t), t.tag);
      return;
    case Tag::kNobr:
      reconstruct_active_formatting();
      if (open_.in_scope(Tag::kNobr)) {
        if (!adoption_agency(Tag::kNobr)) any_other_end_tag(Tag::kNobr);
        reconstruct_active_formatting();
      }
      push_formatting(insert_html_element(t), Tag::kNobr);
      return;
    case Tag::kApplet:
    case Tag::kMarquee:
    case Tag::kObject:
      reconstruct_active_formatting();
      insert_html_element(t);
      formatting_.push_marker();
      frameset_ok_ = false;
      return;
    case Tag::kTable:
      if (quirks_ != QuirksMode::kQuirks) close_p_in_button_scope();
      insert_html_element(t);
      frameset_ok_ = false;
      mode_ = Mode::kInTable;
      return;
    case Tag::kArea:
    case Tag::kBr:
    case Tag::kEmbed:
    case Tag::kImg:
    case Tag::kKeygen:
    case Tag::kWbr:
      reconstruct_active_formatting();
      insert_html_element(t);
      open_.pop();
      frameset_ok_ = false;
      return;
    case Tag::kInput:
      if (open_.in_scope(Tag::kSelect)) open_.pop_until(Tag::kSelect);
      reconstruct_active_formatting();
      insert_html_element(t);
      open_.pop();
      if (!has_hidden_type(doc_, t)) frameset_ok_ = false;
      return;
    case Tag::kParam:
    case Tag::kSource:
    case Tag::kTrack:
      insert_html_element(t);
      open_.pop();
      return;
    case Tag::kHr:
      close_p_in_button_scope();
      if (open_.in_scope(Tag::kSelect)) generate_implied_end_tags();
      insert_html_element(t);
      open_.pop();
      frameset_ok_ = false;
      return;
    case Tag::kImage:
      t.tag = Tag::kImg;  // "Don't ask." (the spec's own comment)
      return in_body_start_tag(t);
    case Tag::kTextarea:
      generic_text_element(t, TokenizerState::kRcdata);
      ignore_next_lf_ = true;
      frameset_ok_ = false;
      return;
    case Tag::kXmp:
      close_p_in_button_scope();
      reconstruct_active_formatting();
      frameset_ok_ = false;
      return generic_text_element(t, TokenizerState::kRawtext);
    case Tag::kIframe:
      frameset_ok_ = false;
      return generic_text_element(t, TokenizerState::kRawtext);
    case Tag::kNoembed:
      return generic_text_element(t, TokenizerState::kRawtext);
    case Tag::kNoscript:
      if (options_.scripting) return generic_text_element(t, TokenizerState::kRawtext);
      break;
    case Tag::kSelect:
      if (open_.in_scope(Tag::kSelect)) {
        open_.pop_until(Tag::kSelect);
        return;
      }
      reconstruct_active_formatting();
      insert_html_element(t);
      frameset_ok_ = false;
      return;
    case Tag::kOption:
    case Tag::kOptgroup:
      if (open_.in_scope(Tag::kSelect)) {
        generate_implied_end_tags(t.tag == Tag::kOption ? TagId{Tag::kOptgroup} : kNoTag);
      } else if (open_.current_is(Tag::kOption)) {
        open_.pop();
      }
      reconstruct_active_formatting();
      insert_html_element(t);
      return;
    case Tag::kRb:
    case Tag::kRtc:
      if (open_.in_scope(Tag::kRuby)) generate_implied_end_tags();
      insert_html_element(t);
      return;
    case Tag::kRp:
    case Tag::kRt:
      if (open_.in_scope(Tag::kRuby)) generate_implied_end_tags(Tag::kRtc);
      insert_html_element(t);
      return;
    case Tag::kMath:
    case Tag::kSvg:
      reconstruct_active_formatting();
      insert_foreign_element(t, t.tag == Tag::kMath ? Namespace::kMathMl : Namespace::kSvg);
      return;
    case Tag::kCaption:
    case Tag::kCol:
    case Tag::kColgroup:
    case Tag::kFrame:
    case Tag::kHead:
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
  reconstruct_active_formatting();
  insert_html_element(t);
}

void TreeBuilder::in_body_end_tag(Token& t) {
  switch (t.tag) {
    case Tag::kTemplate:
      return in_head(t);
    case Tag::kBody:
      if (open_.in_scope(Tag::kBody)) mode_ = Mode::kAfterBody;
      return;
    case Tag::kHtml:
      if (open_.in_scope(Tag::kBody)) reprocess_in(Mode::kAfterBody, t);
      return;
    case Tag::kAddress:
    case Tag::kArticle:
    case Tag::kAside:
    case Tag::kBlockquote:
    case Tag::kButton:
    case Tag::kCenter:
    case Tag::kDetails:
    case Tag::kDialog:
    case Tag::kDir:
    case Tag::kDiv:
    case Tag::kDl:
    case Tag::kFieldset:
    case Tag::kFigcaption:
    case Tag::kFigure:
    case Tag::kFooter:
    case Tag::kHeader:
    case Tag::kHgroup:
    case Tag::kListing:
    case Tag::kMain:
    case Tag::kMenu:
    case Tag::kNav:
    case Tag::kOl:
    case Tag::kPre:
    case Tag::kSearch:
    case Tag::kSection:
    case Tag::kSelect:
    case Tag::kSummary:
    case Tag::kUl:
      if (!open_.in_scope(t.tag)) return;
      generate_implied_end_tags();
      open_.pop_until(t.tag);
      return;
    case Tag::kForm:
      if (!template_on_stack()) {
        NodeId node = form_;
        form_ = kNoNode;
        if (node == kNoNode || !open_.index_in_scope(open_.index_of(node))) return;
        generate_implied_end_tags();
        open_.remove_at(static_cast<size_t>(open_.index_of(node)));
        return;
      }
      if (!open_.in_scope(Tag::kForm)) return;
      generate_implied_end_tags();
      open_.pop_until(Tag::kForm);
      return;
    case Tag::kP:
      if (!open_.in_button_scope(Tag::kP)) insert_implied(Tag::kP, t.source_offset);
      close_p_element();
      return;
    case Tag::kLi:
      if (!open_.in_list_item_scope(Tag::kLi)) return;
      generate_implied_end_tags(Tag::kLi);
      open_.pop_until(Tag::kLi);
      return;
    case Tag::kDd:
    case Tag::kDt:
      if (!open_.in_scope(t.tag)) return;
      generate_implied_end_tags(t.tag);
      open_.pop_until(t.tag);
      return;
    case Tag::kH1:
    case Tag::kH2:
    case Tag::kH3:
    case Tag::kH4:
    case Tag::kH5:
    case Tag::kH6: {
      int32_t top = -1;
      for (TagId h : {Tag::kH1, Tag::kH2, Tag::kH3, Tag::kH4, Tag::kH5, Tag::kH6}) {
        top = std::max(top, open_.top_index(h));
      }
      if (!open_.index_in_scope(top)) return;
      generate_implied_end_tags();
      open_.pop_to_size(static_cast<size_t>(top));
      return;
    }
    case Tag::kA:
    case Tag::kB:
    case Tag::kBig:
    case Tag::kCode:
    case Tag::kEm:
    case Tag::kFont:
    case Tag::kI:
    case Tag::kNobr:
    case Tag::kS:
    case Tag::kSmall:
    case Tag::kStrike:
    case Tag::kStrong:
    case Tag::kTt:
    case Tag::kU:
      if (!adoption_agency(t.tag)) any_other_end_tag(t.tag);
      return;
    case Tag::kApplet:
    case Tag::kMarquee:
    case Tag::kObject:
      if (!open_.in_scope(t.tag)) return;
      generate_implied_end_tags();
      open_.pop_until(t.tag);
      formatting_.clear_to_last_marker();
      return;
    case Tag::kBr:
      // </br> is treated as <br> without attributes.
      t.kind = TokenKind::kStartTag;
      t.attributes.clear();
      reconstruct_active_formatting();
      insert_html_element(t);
      open_.pop();
      frameset_ok_ = false;
      return;
    default:
      return any_other_end_tag(t.tag);
  }
}

}  // namespace lede::html::tree
