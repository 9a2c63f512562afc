// Each hostile input is parsed once and checked for properties that a correct, bounded parser
// must have: the tree exists and is consistent, nesting never passes ParseOptions::max_depth,
// and nothing the input carries (text, attributes, elements) is lost or invented.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "hostile_inputs.h"
#include "html/parser.h"
#include "page_files.h"
#include "tree_stats.h"

namespace {

using lede::bench::HostileKind;
using lede::bench::make_hostile_input;
using lede::cli::collect_tree_stats;
using lede::cli::TreeStats;
using lede::html::Document;
using lede::html::kNoNode;
using lede::html::NodeId;
using lede::html::NodeType;
using lede::html::parse;
using lede::html::ParseOptions;

constexpr uint32_t kSmallMaxDepth = 32;
constexpr size_t kHtmlHeadBody = 3;  // the elements every document gets

/// Every child's parent and sibling links agree with its parent's view of it.
bool links_consistent(const Document& doc) {
  for (NodeId n = doc.root(); n != kNoNode; n = doc.next_in_tree(n, doc.root())) {
    NodeId prev = kNoNode;
    for (NodeId c = doc.node(n).first_child; c != kNoNode; c = doc.node(c).next_sibling) {
      if (doc.node(c).parent != n || doc.prev_sibling(c) != prev) return false;
      prev = c;
    }
    if (doc.last_child(n) != prev) return false;
  }
  return true;
}

/// The first element named `name` in document order, or kNoNode.
NodeId find_element(const Document& doc, std::string_view name) {
  for (NodeId n = doc.root(); n != kNoNode; n = doc.next_in_tree(n, doc.root())) {
    if (doc.node(n).type == NodeType::kElement && doc.tag_name(n) == name) return n;
  }
  return kNoNode;
}

bool is_valid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    auto b = static_cast<unsigned char>(s[i]);
    size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    uint32_t cp = len == 1 ? b : b & (0x7F >> len);
    for (size_t k = 1; k < len; ++k) {
      auto c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (c & 0x3F);
    }
    constexpr uint32_t kMinForLength[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMinForLength[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += len;
  }
  return true;
}

struct Parsed {
  Document doc;
  TreeStats stats;
};

/// The hostile input as parse() must receive it: valid UTF-8, through decode when needed.
std::string parse_ready_input(HostileKind kind) {
  std::string input = make_hostile_input(kind);
  if (!lede::bench::hostile_needs_decode(kind)) return input;
  lede::cli::PageBytes decoded = lede::cli::decode_page(std::move(input));
  EXPECT_TRUE(decoded.ok()) << decoded.error;
  return std::move(decoded.bytes);
}

Parsed parse_hostile(HostileKind kind, const ParseOptions& options = {}) {
  std::string input = parse_ready_input(kind);
  Document doc = parse(std::move(input), options);
  TreeStats stats = collect_tree_stats(doc);
  EXPECT_TRUE(links_consistent(doc));
  EXPECT_LE(stats.max_element_depth, options.max_depth);
  return {std::move(doc), stats};
}

TEST(HostileInputTest, NestedDivsAreAllKeptUnderTheDepthCap) {
  Parsed p = parse_hostile(HostileKind::kNestedDiv);
  EXPECT_EQ(p.stats.elements, lede::bench::kHostileNestingCount + kHtmlHeadBody);
  EXPECT_EQ(p.stats.max_element_depth, ParseOptions{}.max_depth);
}

TEST(HostileInputTest, SmallerDepthCapIsRespected) {
  ParseOptions options;
  options.max_depth = kSmallMaxDepth;
  Parsed p = parse_hostile(HostileKind::kNestedDiv, options);
  EXPECT_EQ(p.stats.elements, lede::bench::kHostileNestingCount + kHtmlHeadBody);
  EXPECT_EQ(p.stats.max_element_depth, kSmallMaxDepth);
}

TEST(HostileInputTest, NestedFormattingElementsAreAllKept) {
  Parsed p = parse_hostile(HostileKind::kNestedFormatting);
  EXPECT_EQ(p.stats.elements, lede::bench::kHostileNestingCount + kHtmlHeadBody);
}

TEST(HostileInputTest, NestedTablesBecomeSiblings) {
  // §13.2.6.4.9: a <table> start tag in a table closes the open table first.
  Parsed p = parse_hostile(HostileKind::kNestedTable);
  EXPECT_EQ(p.stats.elements, lede::bench::kHostileNestingCount + kHtmlHeadBody);
  EXPECT_EQ(p.stats.max_element_depth, 3u);  // html > body > table
}

TEST(HostileInputTest, UnclosedSpansKeepEveryCharacter) {
  Parsed p = parse_hostile(HostileKind::kUnclosedSpan);
  EXPECT_EQ(p.stats.elements, lede::bench::kHostileNestingCount + kHtmlHeadBody);
  EXPECT_EQ(p.stats.text_bytes, lede::bench::kHostileNestingCount);
}

TEST(HostileInputTest, EveryDistinctAttributeIsKept) {
  Parsed p = parse_hostile(HostileKind::kManyAttributes);
  NodeId div = find_element(p.doc, "div");
  ASSERT_NE(div, kNoNode);
  auto attributes = p.doc.attributes(div);
  ASSERT_EQ(attributes.size(), lede::bench::kHostileAttributeCount);
  EXPECT_EQ(p.doc.str(attributes.front().name), "a0");
  EXPECT_EQ(p.doc.str(attributes.back().name), "a99999");
  EXPECT_EQ(p.doc.attribute_value(div, "a54321"), "54321");
}

TEST(HostileInputTest, HugeTextIsOneNodeKeptOnce) {
  Parsed p = parse_hostile(HostileKind::kHugeText);
  NodeId para = find_element(p.doc, "p");
  ASSERT_NE(para, kNoNode);
  NodeId text = p.doc.node(para).first_child;
  ASSERT_NE(text, kNoNode);
  EXPECT_EQ(p.doc.node(text).next_sibling, kNoNode);
  EXPECT_EQ(p.doc.data(text).size(), lede::bench::kHostileTextBytes);
  EXPECT_EQ(p.doc.data(text).substr(0, lede::bench::kHostileFillerText.size()), lede::bench::kHostileFillerText);
  // The document keeps the text once and not the markup around it: about the input's size.
  EXPECT_LT(p.doc.memory_bytes(), lede::bench::kHostileTextBytes + lede::bench::kHostileTextBytes / 10);
}

TEST(HostileInputTest, UnclosedCommentRunsToTheEnd) {
  // §13.2.5.45 comment state: EOF emits the comment with everything read so far.
  Parsed p = parse_hostile(HostileKind::kUnclosedComment);
  ASSERT_EQ(p.stats.comments, 1u);
  NodeId comment = p.doc.node(p.doc.root()).first_child;
  ASSERT_NE(comment, kNoNode);
  ASSERT_EQ(p.doc.node(comment).type, NodeType::kComment);
  EXPECT_EQ(p.doc.data(comment).size(), lede::bench::kHostileUnclosedBytes);
}

TEST(HostileInputTest, UnclosedAttributeValueDropsTheTag) {
  // §13.2.5.36: EOF in an attribute value is eof-in-tag; the tag is never emitted.
  Parsed p = parse_hostile(HostileKind::kUnclosedAttributeValue);
  EXPECT_EQ(find_element(p.doc, "div"), kNoNode);
  EXPECT_EQ(p.stats.elements, kHtmlHeadBody);
}

TEST(HostileInputTest, UnclosedScriptKeepsItsWholeText) {
  Parsed p = parse_hostile(HostileKind::kUnclosedScript);
  NodeId script = find_element(p.doc, "script");
  ASSERT_NE(script, kNoNode);
  EXPECT_EQ(p.doc.text_content(script).size(), lede::bench::kHostileUnclosedBytes);
  EXPECT_EQ(p.stats.elements, kHtmlHeadBody + 1);
}

TEST(HostileInputTest, UnclosedTagIsDropped) {
  Parsed p = parse_hostile(HostileKind::kUnclosedTag);
  EXPECT_EQ(p.stats.elements, kHtmlHeadBody);
  EXPECT_EQ(p.stats.text_nodes, 0u);
}

TEST(HostileInputTest, NulBytesNeverReachTheTreeRaw) {
  // §13.2.5: U+0000 in names, values, comments and RCDATA becomes U+FFFD; in body text it is
  // dropped. Script text keeps nothing raw either (it is replaced).
  Parsed p = parse_hostile(HostileKind::kNulBytes);
  EXPECT_GT(p.stats.elements, 1000u);
  for (NodeId n = p.doc.root(); n != kNoNode; n = p.doc.next_in_tree(n, p.doc.root())) {
    const auto& node = p.doc.node(n);
    if (node.type == NodeType::kText || node.type == NodeType::kComment) {
      ASSERT_EQ(p.doc.data(n).find('\0'), std::string_view::npos) << "raw NUL in node " << n;
    }
    for (const auto& a : p.doc.attributes(n)) {
      ASSERT_EQ(p.doc.str(a.name).find('\0'), std::string_view::npos);
      ASSERT_EQ(p.doc.str(a.value).find('\0'), std::string_view::npos);
    }
  }
}

TEST(HostileInputTest, InvalidUtf8BecomesReplacementCharacters) {
  std::string decoded = parse_ready_input(HostileKind::kInvalidUtf8);
  EXPECT_TRUE(is_valid_utf8(decoded));
  EXPECT_NE(decoded.find("\xEF\xBF\xBD"), std::string::npos);
  Parsed p = parse_hostile(HostileKind::kInvalidUtf8);
  EXPECT_GT(p.stats.elements, 1000u);
  EXPECT_TRUE(is_valid_utf8(p.doc.text_content(p.doc.root())));
}

TEST(HostileInputTest, RandomBytesDecodeAndParse) {
  std::string decoded = parse_ready_input(HostileKind::kRandomBytes);
  EXPECT_TRUE(is_valid_utf8(decoded));
  Parsed p = parse_hostile(HostileKind::kRandomBytes);
  EXPECT_GE(p.stats.elements, kHtmlHeadBody);
  EXPECT_TRUE(is_valid_utf8(p.doc.text_content(p.doc.root())));
}

TEST(HostileInputTest, InputsAreDeterministic) {
  for (HostileKind kind : {HostileKind::kRandomBytes, HostileKind::kNulBytes, HostileKind::kManyAttributes}) {
    EXPECT_EQ(make_hostile_input(kind), make_hostile_input(kind)) << lede::bench::hostile_name(kind);
  }
}

}  // namespace
