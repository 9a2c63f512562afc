// The tree builder's working tree: text merging, moves, names and attributes.
#include <gtest/gtest.h>

#include "html/document_builder.h"

namespace {

using lede::html::DocumentBuilder;
using lede::html::kNoNode;
using lede::html::Namespace;
using lede::html::NodeId;
using lede::html::StrRef;
namespace Tag = lede::html::Tag;

TEST(DocumentBuilderTest, AdjacentInputTextIsOneView) {
  DocumentBuilder doc("abcdef");
  NodeId div = doc.create_element(Tag::kDiv, Namespace::kHtml, 0);
  doc.append_child(doc.root(), div);
  doc.insert_text(div, kNoNode, StrRef{0, 3}, 0);
  doc.insert_text(div, kNoNode, StrRef{3, 3}, 3);
  ASSERT_NE(doc.node(div).first_child, kNoNode);
  EXPECT_EQ(doc.node(div).first_child, doc.node(div).last_child);
  EXPECT_EQ(doc.data(doc.node(div).first_child), "abcdef");
}

TEST(DocumentBuilderTest, NonAdjacentTextIsMergedIntoExtraBuffer) {
  DocumentBuilder doc("abc-def");
  NodeId div = doc.create_element(Tag::kDiv, Namespace::kHtml, 0);
  doc.append_child(doc.root(), div);
  doc.insert_text(div, kNoNode, StrRef{0, 3}, 0);
  doc.insert_text(div, kNoNode, StrRef{4, 3}, 4);
  doc.insert_text(div, kNoNode, doc.append_extra("!"), 7);
  EXPECT_EQ(doc.data(doc.node(div).first_child), "abcdef!");
}

TEST(DocumentBuilderTest, TextBeforeReferenceMergesWithPreviousSibling) {
  DocumentBuilder doc("xy");
  NodeId div = doc.create_element(Tag::kDiv, Namespace::kHtml, 0);
  NodeId table = doc.create_element(Tag::kTable, Namespace::kHtml, 0);
  doc.append_child(doc.root(), div);
  doc.append_child(div, table);
  doc.insert_text(div, table, StrRef{0, 1}, 0);
  doc.insert_text(div, table, StrRef{1, 1}, 1);
  NodeId text = doc.node(div).first_child;
  EXPECT_EQ(doc.data(text), "xy");
  EXPECT_EQ(doc.node(text).next_sibling, table);
}

TEST(DocumentBuilderTest, MoveChildrenKeepsOrderAndParents) {
  DocumentBuilder doc("");
  NodeId from = doc.create_element(Tag::kDiv, Namespace::kHtml, 0);
  NodeId to = doc.create_element(Tag::kP, Namespace::kHtml, 0);
  NodeId a = doc.create_element(Tag::kA, Namespace::kHtml, 0);
  NodeId b = doc.create_element(Tag::kB, Namespace::kHtml, 0);
  doc.append_child(from, a);
  doc.append_child(from, b);
  doc.move_children(from, to);
  EXPECT_EQ(doc.node(from).first_child, kNoNode);
  EXPECT_EQ(doc.node(to).first_child, a);
  EXPECT_EQ(doc.node(to).last_child, b);
  EXPECT_EQ(doc.node(b).parent, to);
}

TEST(DocumentBuilderTest, SvgNamesKeepTheirSpecSpelling) {
  DocumentBuilder doc("");
  NodeId svg = doc.create_element(Tag::kForeignobject, Namespace::kSvg, 0);
  NodeId html = doc.create_element(Tag::kForeignobject, Namespace::kHtml, 0);
  EXPECT_EQ(doc.tag_name(svg), "foreignObject");
  EXPECT_EQ(doc.tag_name(html), "foreignobject");
}

TEST(DocumentBuilderTest, AddMissingAttributesKeepsExistingValues) {
  DocumentBuilder doc("");
  NodeId body = doc.create_element(Tag::kBody, Namespace::kHtml, 0);
  lede::html::Attribute first[] = {{doc.append_extra("class"), doc.append_extra("a")}};
  doc.set_attributes(body, first);
  lede::html::Attribute second[] = {{doc.append_extra("class"), doc.append_extra("b")},
                                    {doc.append_extra("id"), doc.append_extra("c")}};
  doc.add_missing_attributes(body, second);
  EXPECT_EQ(doc.attribute_value(body, "class"), "a");
  EXPECT_EQ(doc.attribute_value(body, "id"), "c");
}

TEST(DocumentBuilderTest, CreationOrderHoldsWhileEveryNodeIsAppendedOnTheRightmostPath) {
  DocumentBuilder doc("");
  NodeId div = doc.create_element(Tag::kDiv, Namespace::kHtml, 0);
  doc.append_child(doc.root(), div);
  NodeId p = doc.create_element(Tag::kP, Namespace::kHtml, 0);
  doc.append_child(div, p);
  NodeId b = doc.create_element(Tag::kB, Namespace::kHtml, 0);
  doc.append_child(p, b);
  // Back up to the <div> (as when </p> closes two elements): still the last node in order.
  NodeId ul = doc.create_element(Tag::kUl, Namespace::kHtml, 0);
  doc.append_child(div, ul);
  EXPECT_TRUE(doc.in_creation_order());
}

TEST(DocumentBuilderTest, CreationOrderEndsWithAnInsertionOffTheRightmostPath) {
  DocumentBuilder doc("");
  NodeId div = doc.create_element(Tag::kDiv, Namespace::kHtml, 0);
  doc.append_child(doc.root(), div);
  NodeId p = doc.create_element(Tag::kP, Namespace::kHtml, 0);
  doc.append_child(doc.root(), p);
  // The <div> is no longer on the path to the last node: its new child would precede the <p>.
  NodeId b = doc.create_element(Tag::kB, Namespace::kHtml, 0);
  doc.append_child(div, b);
  EXPECT_FALSE(doc.in_creation_order());
}

TEST(DocumentBuilderTest, CreationOrderEndsWithAMoveAnInsertBeforeOrANodeLeftOut) {
  DocumentBuilder moved("");
  NodeId a = moved.create_element(Tag::kDiv, Namespace::kHtml, 0);
  moved.append_child(moved.root(), a);
  NodeId b = moved.create_element(Tag::kP, Namespace::kHtml, 0);
  moved.append_child(a, b);
  EXPECT_TRUE(moved.in_creation_order());
  moved.append_child(moved.root(), b);  // a move, though it keeps the order here
  EXPECT_FALSE(moved.in_creation_order());

  DocumentBuilder before("");
  NodeId table = before.create_element(Tag::kTable, Namespace::kHtml, 0);
  before.append_child(before.root(), table);
  NodeId fostered = before.create_element(Tag::kDiv, Namespace::kHtml, 0);
  before.insert_before(before.root(), fostered, table);
  EXPECT_FALSE(before.in_creation_order());

  DocumentBuilder left_out("");
  NodeId unused = left_out.create_element(Tag::kDiv, Namespace::kHtml, 0);
  EXPECT_FALSE(left_out.in_creation_order());  // created but never inserted
  left_out.append_child(left_out.root(), unused);
  EXPECT_TRUE(left_out.in_creation_order());
}

}  // namespace
