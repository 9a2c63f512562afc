// The HTML tree builder (WHATWG HTML §13.2.6): pulls tokens from the tokenizer and builds the
// tree in a DocumentBuilder. One member function per insertion mode; the modes live in files by group
// (mode_document.cpp: initial..after head, mode_in_body.cpp, mode_text.cpp, mode_table.cpp,
// mode_template.cpp, mode_after.cpp, foreign_content.cpp), the shared algorithms in
// tree_builder.cpp and adoption_agency.cpp.
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "html/document_builder.h"
#include "html/parser.h"
#include "html/tokenizer/token.h"
#include "html/tokenizer/tokenizer.h"
#include "html/tree/active_formatting.h"
#include "html/tree/open_elements.h"

namespace lede::html::tree {

enum class Mode : uint8_t {
  kInitial,
  kBeforeHtml,
  kBeforeHead,
  kInHead,
  kInHeadNoscript,
  kAfterHead,
  kInBody,
  kText,
  kInTable,
  kInTableText,
  kInCaption,
  kInColumnGroup,
  kInTableBody,
  kInRow,
  kInCell,
  kInTemplate,
  kAfterBody,
  kInFrameset,
  kAfterFrameset,
  kAfterAfterBody,
  kAfterAfterFrameset,
};

enum class QuirksMode : uint8_t { kNoQuirks, kLimitedQuirks, kQuirks };

/// The document's quirks mode from its DOCTYPE token (§13.2.6.4.1).
QuirksMode quirks_mode_for(const DocumentBuilder& doc, const Token& doctype);

class TreeBuilder {
 public:
  /// `open`: the stack of open elements to build with, emptied first. parse() hands in one it
  /// keeps per thread, so that deep documents do not grow and fault in its arrays every time.
  TreeBuilder(DocumentBuilder& doc, Tokenizer& tokenizer, const ParseOptions& options, OpenElements& open);
  /// Consumes every token and builds the tree.
  void run();

 private:
  struct Place {
    NodeId parent;
    NodeId before;  // kNoNode: append
  };

  // ---- dispatch (tree_builder.cpp) ----
  void dispatch(Token& t);
  void process(Mode mode, Token& t);
  void reprocess_in(Mode mode, Token& t) {
    mode_ = mode;
    process(mode, t);
  }
  /// Inline for the common case, an HTML current node; foreign content asks the rest.
  bool uses_html_rules(const Token& t) const {
    if (open_.empty()) return true;
    const OpenElements::Entry& e = open_.current_entry();
    return e.ns == Namespace::kHtml || t.kind == TokenKind::kEof || foreign_uses_html_rules(t);
  }
  bool foreign_uses_html_rules(const Token& t) const;
  void update_cdata_allowed();

  // ---- insertion modes ----
  void initial(Token& t);
  void before_html(Token& t);
  void before_head(Token& t);
  void in_head(Token& t);
  void in_head_noscript(Token& t);
  void after_head(Token& t);
  void in_body(Token& t);
  void in_body_start_tag(Token& t);
  void in_body_end_tag(Token& t);
  void in_body_characters(Token& t);
  void text(Token& t);
  void in_table(Token& t);
  void in_table_text(Token& t);
  void in_caption(Token& t);
  void in_column_group(Token& t);
  void in_table_body(Token& t);
  void in_row(Token& t);
  void in_cell(Token& t);
  void in_template(Token& t);
  void after_body(Token& t);
  void in_frameset(Token& t);
  void after_frameset(Token& t);
  void after_after_body(Token& t);
  void after_after_frameset(Token& t);
  void foreign_content(Token& t);

  // ---- shared algorithms (tree_builder.cpp) ----
  /// Inline for the common case: no foster parenting and no <template> target.
  Place appropriate_place(NodeId override_target = kNoNode) const {
    NodeId target = override_target != kNoNode ? override_target : open_.current();
    if (!foster_parenting_ && !doc_.is_element(target, Tag::kTemplate)) return {target, kNoNode};
    return foster_or_template_place(target);
  }
  Place foster_or_template_place(NodeId target) const;
  /// The place itself or its redirection to the cap; `depth` receives the element depth an
  /// element inserted there will have. Inline for the two common cases, both right below the
  /// current node, whose depth the stack kept: room under the cap, or the current node at the
  /// cap (hostile nesting, every further element), whose parent element then takes it.
  Place capped_place(Place place, uint32_t& depth) {
    if (!open_.empty() && place.parent == open_.current()) {
      uint32_t current_depth = open_.current_depth();
      if (current_depth < depth_cap_) {
        depth = current_depth + 1;  // kUnknownDepth is never below the cap
        deepest_inserted_ = std::max(deepest_inserted_, depth);
        return place;
      }
      if (current_depth == depth_cap_) {
        NodeId up = doc_.node(place.parent).parent;
        if (up != kNoNode && doc_.node(up).type == NodeType::kElement && !doc_.is_element(up, Tag::kTemplate)) {
          depth = depth_cap_;
          deepest_inserted_ = std::max(deepest_inserted_, depth);
          return {up, kNoNode};
        }
      }
    }
    return capped_place_other(place, depth);
  }
  Place capped_place_other(Place place, uint32_t& depth);
  /// Elements on the path from `node` to the root, `node` included when it is an element.
  uint32_t element_depth(NodeId node) {
    if (node < depth_cache_.size() && depth_cache_[node] != kUnknownDepth) return depth_cache_[node] - 1;
    return element_depth_walk(node);
  }
  uint32_t element_depth_walk(NodeId node);
  void record_depth(NodeId node, uint32_t depth);
  /// Moves every element deeper than the cap up to it, in one pass; see run().
  void enforce_depth_cap();
  uint32_t depth_cap() const { return depth_cap_; }
  NodeId insert_element(TagId tag, Namespace ns, std::span<const Attribute> attributes,
                        uint32_t source_offset);
  NodeId insert_html_element(const Token& t) {
    return insert_element(t.tag, Namespace::kHtml, t.attributes, t.source_offset);
  }
  /// Inserts an element that the markup implies (<html>, <head>, <tbody>, ...), no attributes.
  NodeId insert_implied(TagId tag, uint32_t source_offset) {
    return insert_element(tag, Namespace::kHtml, {}, source_offset);
  }
  NodeId insert_foreign_element(Token& t, Namespace ns);
  /// A copy of an element (tag and attributes) for the adoption agency and reconstruction.
  NodeId clone_element(NodeId original);
  void insert_node_at(Place place, NodeId node);
  void insert_characters(StrRef data, uint32_t source_offset);
  void insert_comment(const Token& t);
  void append_comment_to(NodeId parent, const Token& t);
  void generic_text_element(Token& t, TokenizerState state);
  void generate_implied_end_tags(TagId except = kNoTag);
  void generate_implied_end_tags_thoroughly();
  void close_p_in_button_scope();
  void close_p_element();
  void reset_insertion_mode();
  /// Inline for the common cases (nothing listed, or the last entry still open), which every
  /// start tag and text run in body checks.
  void reconstruct_active_formatting() {
    if (formatting_.empty()) return;
    const ActiveFormatting::Entry& last = formatting_.back();
    if (last.is_marker() || open_.index_of(last.node) >= 0) return;
    reopen_formatting_elements();
  }
  /// The rest of reconstruct_active_formatting(): the last entry is neither a marker nor open.
  void reopen_formatting_elements();
  void push_formatting(NodeId node, TagId tag) { formatting_.push(doc_, node, tag); }
  /// Runs the adoption agency algorithm (§13.2.6.4.7); false means "act as any other end tag".
  bool adoption_agency(TagId subject);
  void any_other_end_tag(TagId tag);
  void clear_stack_back_to(CategoryMask stop);
  void clear_stack_back_to_table_body_context();
  void clear_stack_back_to_table_row_context();
  void close_cell();
  void stop_parsing() { done_ = true; }
  bool template_on_stack() const { return open_.contains(Tag::kTemplate); }
  NodeId template_content(NodeId element) const;

  // Character runs: the prefix of whitespace a mode treats differently from the rest.
  size_t leading_whitespace(StrRef data) const;
  /// Drops the token's leading whitespace (ignored by the mode); true when nothing is left.
  bool drop_leading_whitespace(Token& t);
  /// Inserts the token's leading whitespace and drops it from the token; true when nothing is
  /// left for the mode's "anything else" rule.
  bool insert_leading_whitespace(Token& t);
  /// Inserts only the whitespace characters of `t` (frameset modes drop the rest).
  void insert_whitespace_only(const Token& t);
  StrRef strip_nulls(StrRef data);

  // Foreign content (foreign_content.cpp).
  void adjust_foreign_attributes(std::vector<Attribute>& attributes, Namespace ns);
  bool is_html_integration_point(size_t index) const;
  bool is_mathml_text_integration_point(size_t index) const;
  static bool is_breakout_tag(const DocumentBuilder& doc, const Token& t);

  static constexpr TagId kNoTag = 0xFFFF;

  DocumentBuilder& doc_;
  Tokenizer& tokenizer_;
  ParseOptions options_;
  uint32_t depth_cap_;  // options_.max_depth, but at least 2: <html> and <body> always fit
  OpenElements& open_;
  ActiveFormatting formatting_;
  std::vector<Mode> template_modes_;
  std::vector<StrRef> pending_table_text_;
  std::vector<Attribute> scratch_attributes_;
  std::vector<OpenElements::Entry> scratch_entries_;
  std::vector<StrRef> adjusted_attribute_names_;  // lazily filled, per adjustment table entry
  std::string scratch_text_;
  // Element depth + 1 per node, recorded when first asked (moved subtrees keep theirs; see
  // run()); kUnknownDepth before that.
  static constexpr uint32_t kUnknownDepth = 0;
  std::vector<uint32_t> depth_cache_;
  std::vector<NodeId> scratch_path_;
  bool depth_pass_needed_ = false;
  uint32_t deepest_inserted_ = 0;   // element depth of the deepest element inserted
  uint32_t adoption_growth_ = 0;    // bound on the depth adoption agency moves may have added
  Mode mode_ = Mode::kInitial;
  Mode original_mode_ = Mode::kInitial;
  NodeId head_ = kNoNode;
  NodeId form_ = kNoNode;
  QuirksMode quirks_ = QuirksMode::kNoQuirks;
  bool frameset_ok_ = true;
  bool foster_parenting_ = false;
  bool ignore_next_lf_ = false;
  bool pending_has_non_whitespace_ = false;
  bool cdata_allowed_ = false;
  bool done_ = false;
};

/// True when a start tag has type=hidden (ASCII case-insensitive), as for <input>.
bool has_hidden_type(const DocumentBuilder& doc, const Token& t);

inline bool equals_ignoring_ascii_case(std::string_view a, std::string_view b) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; };
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

inline bool is_html_whitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

}  // namespace lede::html::tree
