// parse(): the options and the tree shapes lede depends on, checked through the html5lib tree
// format so each expectation reads like the spec's own examples.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "html/parser.h"
#include "html/serialize_tree.h"

namespace {

using lede::html::Document;
using lede::html::kNoNode;
using lede::html::NodeId;
using lede::html::NodeType;
using lede::html::parse;
using lede::html::ParseOptions;
using lede::html::serialize_tree;

std::string tree(std::string html, const ParseOptions& options = {}) {
  return serialize_tree(parse(std::move(html), options));
}

uint32_t max_element_depth(const Document& doc) {
  uint32_t deepest = 0;
  for (NodeId n = doc.root(); n != kNoNode; n = doc.next_in_tree(n, doc.root())) {
    if (doc.node(n).type != NodeType::kElement) continue;
    uint32_t depth = 0;
    for (NodeId p = n; p != doc.root(); p = doc.node(p).parent) ++depth;
    deepest = std::max(deepest, depth);
  }
  return deepest;
}

size_t count_elements(const Document& doc) {
  size_t count = 0;
  for (NodeId n = doc.root(); n != kNoNode; n = doc.next_in_tree(n, doc.root())) {
    count += doc.node(n).type == NodeType::kElement;
  }
  return count;
}

TEST(ParserTest, ImpliesHtmlHeadAndBody) {
  EXPECT_EQ(tree("Hi"), "| <html>\n|   <head>\n|   <body>\n|     \"Hi\"\n");
}

TEST(ParserTest, NormalizesCarriageReturns) {
  EXPECT_EQ(tree("<p>a\r\nb\rc</p>"), "| <html>\n|   <head>\n|   <body>\n|     <p>\n|       \"a\nb\nc\"\n");
}

// The borrowed form reads the caller's bytes and must build the same tree, with or without CRs
// to normalize, and leave the bytes as they were. They sit in a buffer of their exact size, no
// NUL after them, so that a sanitizer build sees any read past their end.
TEST(ParserTest, BorrowedInputParsesAsAnOwnedCopyWould) {
  for (const std::string page : {"<p class=x>a &amp; b<p>c &lt", "<p>a\r\nb\rc</p><!-- d\r -->"}) {
    const std::vector<char> bytes(page.begin(), page.end());
    EXPECT_EQ(serialize_tree(lede::html::parse_borrowed(std::string_view(bytes.data(), bytes.size()))),
              tree(page));
    EXPECT_EQ(std::string(bytes.begin(), bytes.end()), page);
  }
}

TEST(ParserTest, NoscriptIsMarkupWhenScriptingIsOff) {
  EXPECT_EQ(tree("<noscript><p>x</p></noscript>"),
            "| <html>\n|   <head>\n|     <noscript>\n|   <body>\n|     <p>\n|       \"x\"\n");
  EXPECT_EQ(tree("<body><noscript><p>x</p></noscript>"),
            "| <html>\n|   <head>\n|   <body>\n|     <noscript>\n|       <p>\n|         \"x\"\n");
}

TEST(ParserTest, NoscriptIsTextWhenScriptingIsOn) {
  ParseOptions options;
  options.scripting = true;
  EXPECT_EQ(tree("<body><noscript><p>x</p></noscript>", options),
            "| <html>\n|   <head>\n|   <body>\n|     <noscript>\n|       \"<p>x</p>\"\n");
}

TEST(ParserTest, MisnestedFormattingIsAdopted) {
  EXPECT_EQ(tree("<b>1<p>2</b>3</p>"),
            "| <html>\n|   <head>\n|   <body>\n|     <b>\n|       \"1\"\n|     <p>\n|       <b>\n"
            "|         \"2\"\n|       \"3\"\n");
}

TEST(ParserTest, TextInTableIsFosterParented) {
  EXPECT_EQ(tree("<table>x<tr><td>y</table>"),
            "| <html>\n|   <head>\n|   <body>\n|     \"x\"\n|     <table>\n|       <tbody>\n"
            "|         <tr>\n|           <td>\n|             \"y\"\n");
}

TEST(ParserTest, TemplateContentsHangBelowContent) {
  EXPECT_EQ(tree("<template><td>x</td></template>"),
            "| <html>\n|   <head>\n|     <template>\n|       content\n|         <td>\n"
            "|           \"x\"\n|   <body>\n");
}

TEST(ParserTest, ForeignContentAdjustsNamesAndBreaksOut) {
  EXPECT_EQ(tree("<svg viewbox='0 0 1 1' xlink:href=a><foreignobject><p>x</p></foreignobject><b>y"),
            "| <html>\n|   <head>\n|   <body>\n|     <svg svg>\n|       viewBox=\"0 0 1 1\"\n"
            "|       xlink href=\"a\"\n|       <svg foreignObject>\n|         <p>\n|           \"x\"\n"
            "|     <b>\n|       \"y\"\n");
}

TEST(ParserTest, QuirksModeTableDoesNotCloseParagraph) {
  EXPECT_EQ(tree("<p><table>"), "| <html>\n|   <head>\n|   <body>\n|     <p>\n|       <table>\n");
  EXPECT_EQ(tree("<!DOCTYPE html><p><table>"),
            "| <!DOCTYPE html>\n| <html>\n|   <head>\n|   <body>\n|     <p>\n|     <table>\n");
}

TEST(ParserTest, DepthCapAttachesDeepElementsAtTheCap) {
  constexpr uint32_t kCap = 16;
  constexpr size_t kDivs = 100;
  ParseOptions options;
  options.max_depth = kCap;
  std::string html;
  for (size_t i = 0; i < kDivs; ++i) html += "<div>";
  html += "end";
  Document doc = parse(html, options);
  EXPECT_EQ(max_element_depth(doc), kCap);
  EXPECT_EQ(count_elements(doc), kDivs + 3);  // nothing lost: html, head, body + every div
  EXPECT_EQ(doc.text_content(doc.root()), "end");
}

TEST(ParserTest, DepthCapHoldsForFormattingAndTables) {
  constexpr uint32_t kCap = 24;
  ParseOptions options;
  options.max_depth = kCap;
  std::string html;
  for (int i = 0; i < 200; ++i) html += "<b><table><tr><td><i>";
  EXPECT_LE(max_element_depth(parse(html, options)), kCap);
}

TEST(ParserTest, DepthCapHoldsAfterAdoptionAgencyAtTheCap) {
  // Misnested </a> over elements attached at the cap: the adoption agency re-nests them.
  constexpr uint32_t kCap = 12;
  ParseOptions options;
  options.max_depth = kCap;
  std::string html = "<div><a><b>";
  for (int i = 0; i < 40; ++i) html += "<div>";
  html += "</a>x";
  Document doc = parse(html, options);
  EXPECT_LE(max_element_depth(doc), kCap);
  EXPECT_EQ(doc.text_content(doc.root()), "x");
}

TEST(ParserTest, DefaultDepthCapIs512) {
  std::string html;
  for (int i = 0; i < 2000; ++i) html += "<span>";
  EXPECT_EQ(max_element_depth(parse(html)), ParseOptions{}.max_depth);
}

TEST(ParserTest, CustomizableSelectKeepsMarkupInside) {
  EXPECT_EQ(tree("<select><div>a</div><option>b</select>"),
            "| <html>\n|   <head>\n|   <body>\n|     <select>\n|       <div>\n|         \"a\"\n"
            "|       <option>\n|         \"b\"\n");
}

TEST(ParserTest, NullCharactersAreDroppedInBodyAndReplacedInSvg) {
  EXPECT_EQ(tree(std::string("<p>a\0b", 6)), "| <html>\n|   <head>\n|   <body>\n|     <p>\n|       \"ab\"\n");
  EXPECT_EQ(tree(std::string("<svg>a\0b", 8)),
            "| <html>\n|   <head>\n|   <body>\n|     <svg svg>\n|       \"a\xEF\xBF\xBD" "b\"\n");
}

}  // namespace
