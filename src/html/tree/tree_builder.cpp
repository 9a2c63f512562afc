#include "html/tree/tree_builder.h"

#include <algorithm>
#include <cstring>

namespace lede::html::tree {

TreeBuilder::TreeBuilder(DocumentBuilder& doc, Tokenizer& tokenizer, const ParseOptions& options,
                         OpenElements& open)
    : doc_(doc),
      tokenizer_(tokenizer),
      options_(options),
      depth_cap_(std::max(options.max_depth, uint32_t{2})),
      open_(open) {
  open_.clear();
}

void TreeBuilder::run() {
  Token t;
  while (!done_) {
    tokenizer_.next(t);
    // <pre>, <listing> and <textarea> drop one newline right after their start tag.
    if (ignore_next_lf_) {
      ignore_next_lf_ = false;
      if (t.kind == TokenKind::kCharacters && t.data.length > 0 && doc_.str(t.data)[0] == '\n') {
        ++t.data.offset;
        --t.data.length;
        ++t.source_offset;
        if (t.data.length == 0) continue;
      }
    }
    dispatch(t);
    update_cdata_allowed();
    if (t.kind == TokenKind::kEof) break;
  }
  // Insertion keeps every element within the depth cap, but the adoption agency moves
  // subtrees. Only when its moves could have reached the cap (pages nested hundreds deep, or
  // hundreds of misnested tags) does one pass over the tree restore it.
  if (depth_pass_needed_ || (adoption_growth_ > 0 && deepest_inserted_ + adoption_growth_ >= depth_cap())) {
    enforce_depth_cap();
  }
}

void TreeBuilder::enforce_depth_cap() {
  uint32_t cap = depth_cap();
  NodeId id = doc_.node(doc_.root()).first_child;
  uint32_t parent_depth = 0;  // element depth of id's parent
  while (id != kNoNode) {
    const BuildNode& n = doc_.node(id);
    bool element = n.type == NodeType::kElement;
    if (element && parent_depth >= cap) {
      // Too deep: becomes the next sibling of its parent, one level up (visited again there).
      NodeId next = n.next_sibling;
      NodeId parent = n.parent;
      doc_.insert_before(doc_.node(parent).parent, id, doc_.node(parent).next_sibling);
      if (next != kNoNode) {
        id = next;
        continue;
      }
      id = parent;
      parent_depth -= doc_.node(parent).type == NodeType::kElement ? 1 : 0;
    } else if (n.first_child != kNoNode) {
      parent_depth += element ? 1 : 0;
      id = n.first_child;
      continue;
    }
    while (id != kNoNode && doc_.node(id).next_sibling == kNoNode) {
      id = doc_.node(id).parent;
      if (id == doc_.root()) id = kNoNode;
      else parent_depth -= doc_.node(id).type == NodeType::kElement ? 1 : 0;
    }
    if (id != kNoNode) id = doc_.node(id).next_sibling;
  }
}

// §13.2.6 "tree construction dispatcher".
void TreeBuilder::dispatch(Token& t) {
  if (uses_html_rules(t)) {
    process(mode_, t);
  } else {
    foreign_content(t);
  }
}

bool TreeBuilder::foreign_uses_html_rules(const Token& t) const {
  const OpenElements::Entry& e = open_.current_entry();
  size_t top = open_.size() - 1;
  bool start = t.kind == TokenKind::kStartTag;
  bool chars = t.kind == TokenKind::kCharacters;
  if (is_mathml_text_integration_point(top)) {
    if (chars || (start && t.tag != Tag::kMglyph && t.tag != Tag::kMalignmark)) return true;
  }
  if (e.ns == Namespace::kMathMl && e.tag == Tag::kAnnotationXml && start && t.tag == Tag::kSvg) return true;
  return (start || chars) && is_html_integration_point(top);
}

void TreeBuilder::update_cdata_allowed() {
  bool allowed = !open_.empty() && open_.current_entry().ns != Namespace::kHtml;
  if (allowed != cdata_allowed_) {
    cdata_allowed_ = allowed;
    tokenizer_.set_cdata_allowed(allowed);
  }
}

void TreeBuilder::process(Mode mode, Token& t) {
  switch (mode) {
    case Mode::kInitial: return initial(t);
    case Mode::kBeforeHtml: return before_html(t);
    case Mode::kBeforeHead: return before_head(t);
    case Mode::kInHead: return in_head(t);
    case Mode::kInHeadNoscript: return in_head_noscript(t);
    case Mode::kAfterHead: return after_head(t);
    case Mode::kInBody: return in_body(t);
    case Mode::kText: return text(t);
    case Mode::kInTable: return in_table(t);
    case Mode::kInTableText: return in_table_text(t);
    case Mode::kInCaption: return in_caption(t);
    case Mode::kInColumnGroup: return in_column_group(t);
    case Mode::kInTableBody: return in_table_body(t);
    case Mode::kInRow: return in_row(t);
    case Mode::kInCell: return in_cell(t);
    case Mode::kInTemplate: return in_template(t);
    case Mode::kAfterBody: return after_body(t);
    case Mode::kInFrameset: return in_frameset(t);
    case Mode::kAfterFrameset: return after_frameset(t);
    case Mode::kAfterAfterBody: return after_after_body(t);
    case Mode::kAfterAfterFrameset: return after_after_frameset(t);
  }
}

// §13.2.6.1 "appropriate place for inserting a node", with foster parenting.
TreeBuilder::Place TreeBuilder::foster_or_template_place(NodeId target) const {
  Place place{target, kNoNode};
  if (foster_parenting_) {
    const BuildNode& n = doc_.node(target);
    bool table_part = n.type == NodeType::kElement && n.ns == Namespace::kHtml &&
                      (n.tag == Tag::kTable || n.tag == Tag::kTbody || n.tag == Tag::kTfoot ||
                       n.tag == Tag::kThead || n.tag == Tag::kTr);
    if (table_part) {
      int32_t last_template = open_.top_index(Tag::kTemplate);
      int32_t last_table = open_.top_index(Tag::kTable);
      if (last_template >= 0 && (last_table < 0 || last_template > last_table)) {
        return {template_content(open_.node(static_cast<size_t>(last_template))), kNoNode};
      }
      if (last_table < 0) {
        place = {open_.node(0), kNoNode};
      } else {
        NodeId table = open_.node(static_cast<size_t>(last_table));
        NodeId parent = doc_.node(table).parent;
        place = parent != kNoNode ? Place{parent, table}
                                  : Place{open_.node(static_cast<size_t>(last_table) - 1), kNoNode};
      }
    }
  }
  if (doc_.is_element(place.parent, Tag::kTemplate)) place = {template_content(place.parent), kNoNode};
  return place;
}

// ParseOptions::max_depth: an element that would sit deeper than the cap goes to the
// ancestor of its intended parent at depth cap - 1 instead (as Blink does), so it sits at the
// cap and nothing is lost. Depths are the DOM's (template contents add no level). Most
// elements go right below the current node, whose depth the stack kept from its insertion;
// other parents are looked up in a per-node record filled when first asked. Subtrees the
// adoption agency moves keep their old depths, which run() accounts for, so the common case
// costs one load.
TreeBuilder::Place TreeBuilder::capped_place_other(Place place, uint32_t& depth) {
  // Bounds the walk up to a shallow enough ancestor; past it, run()'s final pass finishes.
  constexpr int kMaxRedirectSteps = 64;
  uint32_t cap = depth_cap();
  uint32_t parent_depth = !open_.empty() && place.parent == open_.current() &&
                                  open_.current_depth() != OpenElements::kUnknownDepth
                              ? open_.current_depth()
                              : element_depth(place.parent);
  if (parent_depth < cap) {
    depth = parent_depth + 1;
    deepest_inserted_ = std::max(deepest_inserted_, depth);
    return place;
  }
  // Up from the intended parent, one element level per element passed (template contents add
  // none), to the first element above the cap.
  NodeId parent = place.parent;
  uint32_t d = parent_depth;  // element depth of `parent`
  for (int step = 0; doc_.node(parent).type != NodeType::kElement || d >= cap; ++step) {
    NodeId up = doc_.node(parent).parent;
    if (step == kMaxRedirectSteps || up == kNoNode) {
      depth_pass_needed_ = true;
      break;
    }
    if (doc_.node(parent).type == NodeType::kElement) --d;
    parent = up;
  }
  depth = cap;
  deepest_inserted_ = std::max(deepest_inserted_, cap);
  if (doc_.is_element(parent, Tag::kTemplate)) parent = template_content(parent);
  return {parent, kNoNode};
}

void TreeBuilder::record_depth(NodeId node, uint32_t depth) {
  if (node >= depth_cache_.size()) depth_cache_.resize(doc_.node_count() + doc_.node_count() / 2, kUnknownDepth);
  depth_cache_[node] = depth + 1;
}

uint32_t TreeBuilder::element_depth_walk(NodeId node) {
  scratch_path_.clear();
  NodeId n = node;
  uint32_t depth = 0;
  while (n != kNoNode) {
    if (n < depth_cache_.size() && depth_cache_[n] != kUnknownDepth) {
      depth = depth_cache_[n] - 1;
      break;
    }
    scratch_path_.push_back(n);
    n = doc_.node(n).parent;
  }
  for (size_t i = scratch_path_.size(); i > 0; --i) {
    NodeId p = scratch_path_[i - 1];
    if (doc_.node(p).type == NodeType::kElement) ++depth;
    record_depth(p, depth);
  }
  return depth;
}

NodeId TreeBuilder::template_content(NodeId element) const { return doc_.node(element).first_child; }

void TreeBuilder::insert_node_at(Place place, NodeId node) {
  doc_.insert_before(place.parent, node, place.before);
}

NodeId TreeBuilder::insert_element(TagId tag, Namespace ns, std::span<const Attribute> attributes,
                                   uint32_t source_offset) {
  uint32_t depth = 0;
  Place place = capped_place(appropriate_place(), depth);
  NodeId element = doc_.create_element(tag, ns, source_offset, attributes);
  if (tag == Tag::kTemplate && ns == Namespace::kHtml) {
    doc_.append_child(element, doc_.create_template_content(source_offset));
  }
  insert_node_at(place, element);
  open_.push(element, tag, ns, depth);
  return element;
}

NodeId TreeBuilder::clone_element(NodeId original) {
  auto attributes = doc_.attributes(original);
  scratch_attributes_.assign(attributes.begin(), attributes.end());
  const BuildNode& n = doc_.node(original);
  return doc_.create_element(n.tag, n.ns, n.source_offset, scratch_attributes_);
}

void TreeBuilder::insert_characters(StrRef data, uint32_t source_offset) {
  if (data.length == 0) return;
  Place place = appropriate_place();
  if (doc_.node(place.parent).type == NodeType::kDocument) return;
  doc_.insert_text(place.parent, place.before, data, source_offset);
}

void TreeBuilder::insert_comment(const Token& t) {
  Place place = appropriate_place();
  insert_node_at(place, doc_.create_comment(t.data, t.source_offset));
}

void TreeBuilder::append_comment_to(NodeId parent, const Token& t) {
  doc_.append_child(parent, doc_.create_comment(t.data, t.source_offset));
}

// §13.2.6.2 generic raw text and RCDATA element parsing (and script data).
void TreeBuilder::generic_text_element(Token& t, TokenizerState state) {
  insert_html_element(t);
  tokenizer_.set_state(state);
  original_mode_ = mode_;
  mode_ = Mode::kText;
}

// §13.2.6.3 closing elements that have implied end tags.
void TreeBuilder::generate_implied_end_tags(TagId except) {
  while (!open_.empty() && (open_.current_categories() & kImpliedEnd) && !open_.current_is(except)) {
    open_.pop();
  }
}

void TreeBuilder::generate_implied_end_tags_thoroughly() {
  while (!open_.empty() && (open_.current_categories() & kImpliedEndThorough)) open_.pop();
}

void TreeBuilder::close_p_in_button_scope() {
  if (open_.in_button_scope(Tag::kP)) close_p_element();
}

void TreeBuilder::close_p_element() {
  generate_implied_end_tags(Tag::kP);
  open_.pop_until(Tag::kP);
}

// §13.2.4.1 "reset the insertion mode appropriately": the topmost element that decides the
// mode is tracked by the stack, so no walk is needed.
void TreeBuilder::reset_insertion_mode() {
  int32_t index = open_.top_of(kTrackResetsMode);
  if (index < 0) {
    mode_ = Mode::kInBody;
    return;
  }
  switch (open_.at(static_cast<size_t>(index)).tag) {
    case Tag::kTd:
    case Tag::kTh: mode_ = Mode::kInCell; return;
    case Tag::kTr: mode_ = Mode::kInRow; return;
    case Tag::kTbody:
    case Tag::kThead:
    case Tag::kTfoot: mode_ = Mode::kInTableBody; return;
    case Tag::kCaption: mode_ = Mode::kInCaption; return;
    case Tag::kColgroup: mode_ = Mode::kInColumnGroup; return;
    case Tag::kTable: mode_ = Mode::kInTable; return;
    case Tag::kTemplate:
      mode_ = template_modes_.empty() ? Mode::kInBody : template_modes_.back();
      return;
    case Tag::kHead: mode_ = index == 0 ? Mode::kInBody : Mode::kInHead; return;
    case Tag::kBody: mode_ = Mode::kInBody; return;
    case Tag::kFrameset: mode_ = Mode::kInFrameset; return;
    case Tag::kHtml: mode_ = head_ == kNoNode ? Mode::kBeforeHead : Mode::kAfterHead; return;
    default: mode_ = Mode::kInBody; return;
  }
}

// §13.2.4.3 "reconstruct the active formatting elements", from the step that finds the last
// entry neither a marker nor open.
void TreeBuilder::reopen_formatting_elements() {
  size_t i = formatting_.size() - 1;
  while (i > 0) {
    const ActiveFormatting::Entry& e = formatting_.at(i - 1);
    if (e.is_marker() || open_.index_of(e.node) >= 0) break;
    --i;
  }
  for (; i < formatting_.size(); ++i) {
    NodeId old = formatting_.at(i).node;
    auto attributes = doc_.attributes(old);
    scratch_attributes_.assign(attributes.begin(), attributes.end());
    NodeId element = insert_element(formatting_.at(i).tag, Namespace::kHtml, scratch_attributes_,
                                    doc_.node(old).source_offset);
    formatting_.replace_node(i, element);
  }
}

// "Any other end tag" in body: the element is closed only when no special element sits above
// it, which the stack answers from two positions.
void TreeBuilder::any_other_end_tag(TagId tag) {
  int32_t index = open_.top_index(tag);
  if (index < 0 || open_.top_of(kTrackSpecial) > index) return;
  generate_implied_end_tags(tag);
  open_.pop_to_size(static_cast<size_t>(index));
}

void TreeBuilder::clear_stack_back_to(CategoryMask stop) {
  while (!(open_.current_categories() & stop)) open_.pop();
}

void TreeBuilder::clear_stack_back_to_table_body_context() {
  while (!(open_.current_is(Tag::kTbody) || open_.current_is(Tag::kTfoot) || open_.current_is(Tag::kThead) ||
           open_.current_is(Tag::kTemplate) || open_.current_is(Tag::kHtml))) {
    open_.pop();
  }
}

void TreeBuilder::clear_stack_back_to_table_row_context() {
  while (!(open_.current_is(Tag::kTr) || open_.current_is(Tag::kTemplate) || open_.current_is(Tag::kHtml))) {
    open_.pop();
  }
}

void TreeBuilder::close_cell() {
  generate_implied_end_tags();
  while (!open_.empty()) {
    bool cell = open_.current_is(Tag::kTd) || open_.current_is(Tag::kTh);
    open_.pop();
    if (cell) break;
  }
  formatting_.clear_to_last_marker();
  mode_ = Mode::kInRow;
}

size_t TreeBuilder::leading_whitespace(StrRef data) const {
  std::string_view s = doc_.str(data);
  size_t n = 0;
  while (n < s.size() && is_html_whitespace(s[n])) ++n;
  return n;
}

bool TreeBuilder::drop_leading_whitespace(Token& t) {
  auto n = static_cast<uint32_t>(leading_whitespace(t.data));
  t.data.offset += n;
  t.data.length -= n;
  t.source_offset += n;
  return t.data.length == 0;
}

bool TreeBuilder::insert_leading_whitespace(Token& t) {
  size_t n = leading_whitespace(t.data);
  if (n > 0) insert_characters({t.data.offset, static_cast<uint32_t>(n)}, t.source_offset);
  return drop_leading_whitespace(t);
}

void TreeBuilder::insert_whitespace_only(const Token& t) {
  std::string_view s = doc_.str(t.data);
  size_t spaces = static_cast<size_t>(std::count_if(s.begin(), s.end(), is_html_whitespace));
  if (spaces == s.size()) return insert_characters(t.data, t.source_offset);
  if (spaces == 0) return;
  scratch_text_.clear();
  std::copy_if(s.begin(), s.end(), std::back_inserter(scratch_text_), is_html_whitespace);
  insert_characters(doc_.append_extra(scratch_text_), t.source_offset);
}

StrRef TreeBuilder::strip_nulls(StrRef data) {
  std::string_view s = doc_.str(data);
  if (std::memchr(s.data(), '\0', s.size()) == nullptr) return data;
  scratch_text_.clear();
  std::copy_if(s.begin(), s.end(), std::back_inserter(scratch_text_), [](char c) { return c != '\0'; });
  return doc_.append_extra(scratch_text_);
}

}  // namespace lede::html::tree
