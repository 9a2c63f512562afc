// The compact Document that parse() returns: document-order numbering, the links derived from
// it, strings copied out of the input, and attributes decoded from element records.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "html/document_builder.h"
#include "html/dom.h"
#include "html/parser.h"

namespace {

using lede::html::Attribute;
using lede::html::Document;
using lede::html::DocumentBuilder;
using lede::html::kNoNode;
using lede::html::Namespace;
using lede::html::NodeId;
using lede::html::NodeType;
using lede::html::parse;
using lede::html::StrRef;
namespace Tag = lede::html::Tag;

NodeId find_element(const Document& doc, lede::html::TagId tag) {
  for (NodeId n = doc.root(); n != kNoNode; n = doc.next_in_tree(n, doc.root())) {
    if (doc.is_element(n, tag)) return n;
  }
  return kNoNode;
}

TEST(DomTest, NodesAreNumberedInDocumentOrderEvenAfterMoves) {
  // Built out of order: the <p> is created first but ends up after the <h1>.
  DocumentBuilder built("Title");
  NodeId p = built.create_element(Tag::kP, Namespace::kHtml, 10);
  NodeId h1 = built.create_element(Tag::kH1, Namespace::kHtml, 0);
  built.append_child(built.root(), h1);
  built.insert_text(h1, kNoNode, StrRef{0, 5}, 4);
  built.append_child(built.root(), p);
  Document doc(built);
  ASSERT_EQ(doc.node_count(), 4u);
  EXPECT_TRUE(doc.is_element(1, Tag::kH1));
  EXPECT_EQ(doc.node(1).source_offset, 0u);
  EXPECT_EQ(doc.node(2).type, NodeType::kText);
  EXPECT_EQ(doc.data(2), "Title");
  EXPECT_TRUE(doc.is_element(3, Tag::kP));
  EXPECT_EQ(doc.node(3).source_offset, 10u);
  EXPECT_EQ(doc.node(1).next_sibling, 3u);
  EXPECT_EQ(doc.node(3).first_child, kNoNode);
  EXPECT_EQ(doc.node(3).parent, doc.root());
}

// The writer copies a tree built in creation order in one pass and any other tree by a walk;
// both must give the same document. The same tree, <div><p>ab</p><i>c</i></div>, built once
// each way.
TEST(DomTest, TreesBuiltInAndOutOfCreationOrderGiveTheSameDocument) {
  DocumentBuilder in_order("abc");
  NodeId div = in_order.create_element(Tag::kDiv, Namespace::kHtml, 0);
  in_order.append_child(in_order.root(), div);
  NodeId p = in_order.create_element(Tag::kP, Namespace::kHtml, 1);
  in_order.append_child(div, p);
  in_order.insert_text(p, kNoNode, StrRef{0, 2}, 2);
  NodeId i = in_order.create_element(Tag::kI, Namespace::kHtml, 3);
  in_order.append_child(div, i);
  in_order.insert_text(i, kNoNode, StrRef{2, 1}, 4);
  ASSERT_TRUE(in_order.in_creation_order());

  DocumentBuilder moved("abc");
  NodeId i2 = moved.create_element(Tag::kI, Namespace::kHtml, 3);
  NodeId div2 = moved.create_element(Tag::kDiv, Namespace::kHtml, 0);
  moved.append_child(moved.root(), div2);
  moved.append_child(div2, i2);
  moved.insert_text(i2, kNoNode, StrRef{2, 1}, 4);
  NodeId p2 = moved.create_element(Tag::kP, Namespace::kHtml, 1);
  moved.insert_before(div2, p2, i2);
  moved.insert_text(p2, kNoNode, StrRef{0, 2}, 2);
  ASSERT_FALSE(moved.in_creation_order());

  Document a(in_order);
  Document b(moved);
  ASSERT_EQ(a.node_count(), 6u);
  ASSERT_EQ(b.node_count(), a.node_count());
  for (NodeId n = 0; n < a.node_count(); ++n) {
    EXPECT_EQ(a.node(n).type, b.node(n).type) << n;
    EXPECT_EQ(a.node(n).parent, b.node(n).parent) << n;
    EXPECT_EQ(a.node(n).first_child, b.node(n).first_child) << n;
    EXPECT_EQ(a.node(n).next_sibling, b.node(n).next_sibling) << n;
    EXPECT_EQ(a.node(n).source_offset, b.node(n).source_offset) << n;
    if (a.node(n).type == NodeType::kElement) {
      EXPECT_EQ(a.tag_name(n), b.tag_name(n)) << n;
    } else if (a.node(n).type == NodeType::kText) {
      EXPECT_EQ(a.data(n), b.data(n)) << n;
    }
  }
  EXPECT_EQ(a.text_content(a.root()), "abc");
  EXPECT_TRUE(a.is_element(4, Tag::kI));  // after the root, <div>, <p> and "ab"
  EXPECT_EQ(a.node(2).next_sibling, 4u);
}

TEST(DomTest, NodesOutsideTheTreeAreNotKept) {
  DocumentBuilder built("");
  NodeId kept = built.create_element(Tag::kDiv, Namespace::kHtml, 0);
  NodeId removed = built.create_element(Tag::kSpan, Namespace::kHtml, 0);
  built.append_child(built.root(), kept);
  built.append_child(kept, removed);
  built.remove(removed);
  Document doc(built);
  EXPECT_EQ(doc.node_count(), 2u);
  EXPECT_EQ(doc.node(1).first_child, kNoNode);
}

TEST(DomTest, BackwardLinksAreDerivedFromDocumentOrder) {
  Document doc = parse("<div><p>a<b>b<i>c</i></b></p><p>d</p>e</div>");
  NodeId div = find_element(doc, Tag::kDiv);
  ASSERT_NE(div, kNoNode);
  std::vector<NodeId> kids;
  for (NodeId c : lede::html::children(doc, div)) kids.push_back(c);
  ASSERT_EQ(kids.size(), 3u);
  EXPECT_EQ(doc.prev_sibling(kids[0]), kNoNode);
  EXPECT_EQ(doc.prev_sibling(kids[1]), kids[0]);  // after the first <p>'s whole subtree
  EXPECT_EQ(doc.prev_sibling(kids[2]), kids[1]);
  EXPECT_EQ(doc.last_child(div), kids[2]);
  EXPECT_EQ(doc.data(kids[2]), "e");
  NodeId first_p = kids[0];
  EXPECT_EQ(doc.tag_name(doc.last_child(first_p)), "b");
  EXPECT_EQ(doc.last_child(kids[2]), kNoNode);
  EXPECT_EQ(doc.prev_sibling(doc.root()), kNoNode);
}

TEST(DomTest, AttributesKeepOrderNamesAndValues) {
  Document doc = parse(R"(<p class="lead intro" id=x data-empty="">t</p><a href="/a" class="c">l</a>)");
  NodeId p = find_element(doc, Tag::kP);
  ASSERT_NE(p, kNoNode);
  auto attributes = doc.attributes(p);
  ASSERT_EQ(attributes.size(), 3u);
  ASSERT_EQ(doc.node(p).count, 3u);
  std::vector<std::pair<std::string, std::string>> seen;
  for (const Attribute& a : attributes) seen.emplace_back(doc.str(a.name), doc.str(a.value));
  EXPECT_EQ(seen, (std::vector<std::pair<std::string, std::string>>{
                      {"class", "lead intro"}, {"id", "x"}, {"data-empty", ""}}));
  EXPECT_TRUE(doc.has_class(p, "intro"));
  EXPECT_FALSE(doc.has_class(p, "lea"));
  EXPECT_FALSE(doc.find_attribute(p, "href").has_value());
  NodeId a = find_element(doc, Tag::kA);
  // "class" was seen on the <p>: the second use refers to the same interned name.
  EXPECT_EQ(doc.attribute_value(a, "class"), "c");
  EXPECT_EQ(doc.attribute_value(a, "href"), "/a");
  EXPECT_TRUE(doc.attributes(doc.root()).empty());
}

TEST(DomTest, ClonedFormattingElementsShareTheirAttributeValues) {
  // Each <p> closes the one before, and with it the <b>, which it then reopens: a clone with the
  // same long attribute value, which the document stores once.
  std::string value(200, 'v');
  std::string html = "<p><b title=\"" + value + "\">x";
  for (int i = 0; i < 50; ++i) html += "<p>y";
  Document doc = parse(html);
  size_t clones = 0;
  for (NodeId n = doc.root(); n != kNoNode; n = doc.next_in_tree(n, doc.root())) {
    if (!doc.is_element(n, Tag::kB)) continue;
    ++clones;
    EXPECT_EQ(doc.attribute_value(n, "title"), value);
  }
  EXPECT_EQ(clones, 51u);
  EXPECT_LT(doc.memory_bytes(), 50 * value.size());
}

TEST(DomTest, AttributesByNameIdAgreeWithTheAttributeRange) {
  // Names met first and met again, an empty value, a value of 200 bytes (a length of two varint
  // bytes), and the <b> clones whose long value the document stores once and refers back to.
  std::string long_value(200, 'v');
  std::string html = R"(<div class="a b" id=top data-x="">t</div><a href="/x" class=c rel=author>l</a>)"
                     "<p><b title=\"" + long_value + "\" class=k>x";
  for (int i = 0; i < 3; ++i) html += "<p>y";
  Document doc = parse(html);
  std::vector<std::string> names;
  for (uint32_t id = 0; id < doc.attribute_name_count(); ++id) names.emplace_back(doc.attribute_name(id));
  // Each name once, in the order the document first meets them.
  EXPECT_EQ(names, (std::vector<std::string>{"class", "id", "data-x", "href", "rel", "title"}));
  size_t elements_with_attributes = 0;
  for (NodeId n = doc.root(); n != kNoNode; n = doc.next_in_tree(n, doc.root())) {
    std::vector<std::pair<std::string, std::string>> by_range, by_id;
    for (const Attribute& a : doc.attributes(n)) by_range.emplace_back(doc.str(a.name), doc.str(a.value));
    doc.for_each_attribute(n, [&](uint32_t name_id, std::string_view value) {
      by_id.emplace_back(doc.attribute_name(name_id), value);
    });
    EXPECT_EQ(by_id, by_range);
    if (!by_range.empty()) ++elements_with_attributes;
  }
  EXPECT_EQ(elements_with_attributes, 6u);  // the <div>, the <a> and four <b>
  NodeId b = find_element(doc, Tag::kB);
  std::vector<std::pair<std::string, std::string>> first_b;
  doc.for_each_attribute(b, [&](uint32_t name_id, std::string_view value) {
    first_b.emplace_back(doc.attribute_name(name_id), value);
  });
  EXPECT_EQ(first_b, (std::vector<std::pair<std::string, std::string>>{{"title", long_value}, {"class", "k"}}));
}

TEST(DomTest, TextIsCopiedOutOfTheInput) {
  std::string text(10'000, 'w');
  Document doc = parse("<title>T&amp;C</title><p>" + text);
  EXPECT_EQ(doc.text_content(find_element(doc, Tag::kTitle)), "T&C");
  EXPECT_EQ(doc.text_content(find_element(doc, Tag::kP)), text);
  // The markup is not kept: the text, 16 bytes a node and small tables.
  EXPECT_LT(doc.memory_bytes(), text.size() + 1'000);
}

TEST(DomTest, DoctypeAndForeignElements) {
  Document doc = parse(R"(<!DOCTYPE html><svg viewBox="0 0 1 1"><foreignObject/></svg><my-widget a=1></my-widget>)");
  NodeId doctype = doc.node(doc.root()).first_child;
  ASSERT_EQ(doc.node(doctype).type, NodeType::kDoctype);
  EXPECT_EQ(doc.str(doc.doctype(doctype).name), "html");
  bool saw_foreign_object = false;
  bool saw_widget = false;
  for (NodeId n = doc.root(); n != kNoNode; n = doc.next_in_tree(n, doc.root())) {
    if (doc.node(n).type != NodeType::kElement) continue;
    if (doc.tag_name(n) == "svg") {
      EXPECT_EQ(doc.node(n).ns, Namespace::kSvg);
      EXPECT_EQ(doc.attribute_value(n, "viewBox"), "0 0 1 1");
    }
    saw_foreign_object |= doc.tag_name(n) == "foreignObject";
    if (doc.tag_name(n) == "my-widget") {
      saw_widget = true;
      EXPECT_EQ(doc.attribute_value(n, "a"), "1");
    }
  }
  EXPECT_TRUE(saw_foreign_object);
  EXPECT_TRUE(saw_widget);
}

}  // namespace
