// The widget regions the page index settles for every element, on small invented pages whose
// elements repeat a class in places where it means different things: the index decides what a
// class says once a page and must still read each element's place.
#include "meta/page_index.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "html/parser.h"

namespace lede::meta {
namespace {

// The element whose data-t attribute is `mark`.
html::NodeId marked(const html::Document& doc, std::string_view mark) {
  for (html::NodeId n = doc.root(); n < doc.node_count(); ++n) {
    if (doc.type(n) == html::NodeType::kElement && doc.attribute_value(n, "data-t") == mark) return n;
  }
  ADD_FAILURE() << "no element marked " << mark;
  return doc.root();
}

TEST(PageIndexTest, AFooterClassIsThePagesFooterOnlyOutsideAnArticle) {
  html::Document doc = html::parse(
      "<html><body><main><div class=\"footer\"><p data-t=\"page-footer\">Contact us</p></div>"
      "<article><h1>The bridge will be restored</h1><p>Text.</p>"
      "<div class=\"footer\"><p data-t=\"article-footer\">Published 3 May by Ana Ruiz</p></div>"
      "</article><div class=\"footer\"><p data-t=\"page-footer-again\">Imprint</p></div></main></body></html>");
  PageIndex index = index_page(doc);
  EXPECT_TRUE(in_widget(index, marked(doc, "page-footer")));
  EXPECT_FALSE(in_widget(index, marked(doc, "article-footer")));
  EXPECT_TRUE(in_widget(index, marked(doc, "page-footer-again")));
}

TEST(PageIndexTest, AFooterInsideAPostContainerIsThePostsOwn) {
  // A post container is named by a whole class token in any case, its other classes in any
  // script; a token that only starts like one ("posts") names none.
  html::Document doc = html::parse(
      "<html><body><div class=\"page\">"
      "<div class=\"Card POST\"><div><div class=\"footer\"><p data-t=\"in-post\">By Ana Ruiz</p></div></div></div>"
      "<div class=\"caf\xC3\xA9 Entry\"><div class=\"footer\"><p data-t=\"in-entry\">By Ana Ruiz</p></div></div>"
      "<div class=\"posts-list\"><div class=\"footer\"><p data-t=\"in-list\">More posts</p></div></div>"
      "</div></body></html>");
  PageIndex index = index_page(doc);
  EXPECT_FALSE(in_widget(index, marked(doc, "in-post")));
  EXPECT_FALSE(in_widget(index, marked(doc, "in-entry")));
  EXPECT_TRUE(in_widget(index, marked(doc, "in-list")));
}

TEST(PageIndexTest, AClassDirectlyUnderBodyIsReadByItsFirstName) {
  // "mainwrap sidebar" lays out the whole page under <body> (a wrapper with a sidebar), and
  // names a sidebar deeper down.
  html::Document doc = html::parse(
      "<html><body><div><div class=\"mainwrap sidebar\"><p data-t=\"deep\">Most read</p></div></div>"
      "<div class=\"mainwrap sidebar\"><p data-t=\"wrapper\">The article</p></div>"
      "<div><div class=\"mainwrap sidebar\"><p data-t=\"deep-again\">Most read</p></div></div></body></html>");
  PageIndex index = index_page(doc);
  EXPECT_TRUE(in_widget(index, marked(doc, "deep")));
  EXPECT_FALSE(in_widget(index, marked(doc, "wrapper")));
  EXPECT_TRUE(in_widget(index, marked(doc, "deep-again")));
}

TEST(PageIndexTest, RepeatedWidgetAndPostClassesKeepTheirMeaningEverywhere) {
  html::Document doc = html::parse(
      "<html><body><div class=\"page\"><div class=\"related-posts\"><ul>"
      "<li class=\"card\"><a data-t=\"first-related\" href=\"/a\">A</a></li>"
      "<li class=\"card\"><a href=\"/b\">B</a></li></ul></div>"
      // A post container inside a widget ends the widget for what it holds, each time.
      "<div class=\"widget\"><div class=\"hentry\"><p data-t=\"first-post\">Post one</p></div>"
      "<div class=\"hentry\"><p data-t=\"second-post\">Post two</p></div></div>"
      // The same class beside an id naming a widget, and alone.
      "<div class=\"box\" id=\"comments\"><p data-t=\"comments\">Nice</p></div>"
      "<div class=\"box\"><p data-t=\"plain-box\">Text</p></div>"
      "<div class=\"related-posts\"><a data-t=\"second-related\" href=\"/c\">C</a></div></div></body></html>");
  PageIndex index = index_page(doc);
  EXPECT_TRUE(in_widget(index, marked(doc, "first-related")));
  EXPECT_TRUE(in_widget(index, marked(doc, "second-related")));
  EXPECT_FALSE(in_widget(index, marked(doc, "first-post")));
  EXPECT_FALSE(in_widget(index, marked(doc, "second-post")));
  EXPECT_TRUE(in_widget(index, marked(doc, "comments")));
  EXPECT_FALSE(in_widget(index, marked(doc, "plain-box")));
}

TEST(PageIndexTest, AStandfirstClassWithAWidgetWordIsStillAStandfirst) {
  html::Document doc = html::parse(
      "<html><body><div><h1>The bridge will be restored</h1>"
      "<p class=\"teaser widget-text\" data-t=\"first\">Two years of works.</p>"
      "<p class=\"teaser widget-text\" data-t=\"second\">Again.</p></div></body></html>");
  PageIndex index = index_page(doc);
  ASSERT_EQ(index.standfirsts.size(), 2u);
  EXPECT_EQ(index.standfirsts[0].id, marked(doc, "first"));
  EXPECT_EQ(index.standfirsts[1].id, marked(doc, "second"));
  EXPECT_TRUE(in_widget(index, marked(doc, "first")));
  EXPECT_TRUE(in_widget(index, marked(doc, "second")));
}

// Divs nested `depth` deep around a text, the deepest marked `mark`.
std::string nested(int depth, const std::string& mark) {
  std::string html;
  for (int i = 1; i <= depth; ++i) html += i == depth ? "<div data-t=\"" + mark + "\">" : "<div>";
  html += "Text";
  for (int i = 0; i < depth; ++i) html += "</div>";
  return html;
}

TEST(PageIndexTest, AWidgetOrChromeReachesElevenLevelsDown) {
  // A class far up names the layout of the whole page, not the box an element sits in.
  html::Document doc = html::parse("<html><body><div><div class=\"sidebar\">" + nested(11, "widget-11") +
                                   nested(12, "widget-12") + "</div><aside>" + nested(11, "aside-11") +
                                   nested(12, "aside-12") + "</aside></div></body></html>");
  PageIndex index = index_page(doc);
  EXPECT_TRUE(in_widget(index, marked(doc, "widget-11")));
  EXPECT_FALSE(in_widget(index, marked(doc, "widget-12")));
  EXPECT_TRUE(in_page_chrome(index, marked(doc, "aside-11")));
  EXPECT_FALSE(in_page_chrome(index, marked(doc, "aside-12")));
  EXPECT_FALSE(in_widget(index, marked(doc, "aside-11")));
  EXPECT_FALSE(in_page_chrome(index, marked(doc, "widget-11")));
}

TEST(PageIndexTest, AnchorsCarryTheAttributesTheLinkSourcesRead) {
  // An <a> without an href, or with an empty one, is no link; a link's title and hreflang are
  // kept as written, and a link without them has them empty.
  html::Document doc = html::parse(
      "<html><body><a name=\"top\">Top</a><a href=\"\">Nothing</a>"
      "<a data-t=\"ko\" title=\"Read the Korean original\" hreflang=\"ko\" href=\"/ko/article/12\">한국어</a>"
      "<p><a data-t=\"home\" class=\"logo\" href=\"https://harbour.example/\">Harbour Daily</a></p>"
      "<svg><a href=\"/drawn\">drawn</a></svg></body></html>");
  PageIndex index = index_page(doc);
  ASSERT_EQ(index.anchors.size(), 2u);
  EXPECT_EQ(index.anchors[0].id, marked(doc, "ko"));
  EXPECT_EQ(index.anchors[0].href, "/ko/article/12");
  EXPECT_EQ(index.anchors[0].title, "Read the Korean original");
  EXPECT_EQ(index.anchors[0].hreflang, "ko");
  EXPECT_EQ(index.anchors[1].id, marked(doc, "home"));
  EXPECT_EQ(index.anchors[1].href, "https://harbour.example/");
  EXPECT_TRUE(index.anchors[1].title.empty());
  EXPECT_TRUE(index.anchors[1].hreflang.empty());
}

}  // namespace
}  // namespace lede::meta
