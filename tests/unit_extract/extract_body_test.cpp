// Pages written for these tests (invented content), each showing one way pages are built.
#include "extract/extract_body.h"

#include <gtest/gtest.h>

#include <string>

#include "html/parser.h"

namespace lede::extraction {
namespace {

Body extract(const std::string& html, Preset preset = Preset::kBalanced) {
  html::Document doc = html::parse(html);
  Options options;
  options.preset = preset;
  return extract_body(doc, options);
}

bool has(const std::string& text, std::string_view needle) { return text.find(needle) != std::string::npos; }

const char kParagraphs[] =
    "<p>The river council met on Tuesday to decide, after months of delay, how the old mill would be "
    "restored, and who would pay for the new roof.</p>"
    "<p>Residents, most of them farmers, argued that the mill belongs to the valley, not to the town, "
    "and that the town should not decide alone.</p>"
    "<p>The council agreed, by a narrow vote, to hold a second meeting in the spring, when the roads are "
    "open again and everyone can come.</p>";

TEST(ExtractBodyTest, KeepsTheArticleAndDropsPageChrome) {
  std::string page = std::string("<html><body><header><nav><a href=/>Home</a> <a href=/news>News</a></nav></header>") +
                     "<div class=layout><div class=main><article><h1>Mill to be restored</h1>"
                     "<div class=share-bar><a href=#>Share on Facebook</a> <a href=#>Tweet this</a></div>" +
                     kParagraphs +
                     "<div class=related-stories><h3>Related</h3><ul>"
                     "<li><a href=/a>Valley farmers plan a harvest festival for September</a></li>"
                     "<li><a href=/b>Town hall reopens after a long renovation</a></li></ul></div>"
                     "</article></div><aside class=sidebar><p>Subscribe to our newsletter for weekly news, "
                     "updates, offers and much more.</p></aside></div>"
                     "<footer><p>Copyright The Valley Paper. All rights reserved.</p></footer></body></html>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "The river council met on Tuesday"));
  EXPECT_TRUE(has(body.text, "everyone can come."));
  EXPECT_FALSE(has(body.text, "Share on Facebook"));
  EXPECT_FALSE(has(body.text, "harvest festival"));
  EXPECT_FALSE(has(body.text, "newsletter"));
  EXPECT_FALSE(has(body.text, "Copyright"));
  EXPECT_FALSE(has(body.text, "Home"));
  EXPECT_FALSE(has(body.text, "Mill to be restored"));  // the headline is metadata
  ASSERT_EQ(body.related.size(), 2u);
  EXPECT_EQ(body.related[0].url, "/a");
  EXPECT_EQ(body.related[0].title, "Valley farmers plan a harvest festival for September");
  EXPECT_TRUE(body.warnings.empty());
}

TEST(ExtractBodyTest, ParagraphsAreSeparatedByABlankLine) {
  Body body = extract(std::string("<body><div>") + kParagraphs + "</div></body>");
  EXPECT_TRUE(has(body.text, "new roof.\n\nResidents"));
  ASSERT_EQ(body.blocks.size(), 3u);
  EXPECT_EQ(body.blocks[0].type, Block::Type::kParagraph);
}

TEST(ExtractBodyTest, NeverContentIsRemoved) {
  std::string page = std::string("<body><div>") + kParagraphs +
                     "<script>var tracking = 'script text';</script><style>p { color: red }</style>"
                     "<p hidden>Hidden paragraph text that nobody sees on the page at all.</p>"
                     "<p style='display: none'>Invisible paragraph text, also never shown to readers.</p>"
                     "<p aria-hidden=true>Decorative text hidden from assistive technology users.</p>"
                     "</div></body>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "river council"));
  EXPECT_FALSE(has(body.text, "tracking"));
  EXPECT_FALSE(has(body.text, "color"));
  EXPECT_FALSE(has(body.text, "Hidden paragraph"));
  EXPECT_FALSE(has(body.text, "Invisible paragraph"));
  EXPECT_FALSE(has(body.text, "Decorative text"));
}

TEST(ExtractBodyTest, InlineStyleHidesWhateverItsSpacingAndCase) {
  // Browsers read CSS keywords in any case and with spaces around the colon; a style that only
  // mentions "none" for another property hides nothing.
  std::string page = std::string("<body><div>") + kParagraphs +
                     "<p style='color: red;DISPLAY :\tNone'>Folded paragraph text that the page keeps out of sight.</p>"
                     "<p style='Visibility: HIDDEN'>Masked paragraph text, laid out but never painted.</p>"
                     "<p style='display: block; border: none'>Framed paragraph text that every reader sees here.</p>"
                     "</div></body>";
  Body body = extract(page);
  EXPECT_FALSE(has(body.text, "Folded paragraph"));
  EXPECT_FALSE(has(body.text, "Masked paragraph"));
  EXPECT_TRUE(has(body.text, "Framed paragraph"));
}

TEST(ExtractBodyTest, FigureCaptionIsKeptOnceWithItsImage) {
  std::string page = std::string("<body><article>") + kParagraphs +
                     "<figure><img src=mill.jpg alt='The old mill at dusk'>"
                     "<figcaption>The old mill at dusk</figcaption></figure></article></body>";
  Body body = extract(page);
  // The caption describes the picture: it travels with the figure, never in the prose, and the
  // alt text is not printed beside it.
  EXPECT_FALSE(has(body.text, "The old mill at dusk"));
  ASSERT_EQ(body.images.size(), 1u);
  EXPECT_EQ(body.images[0].url, "mill.jpg");
  EXPECT_EQ(body.images[0].caption, "The old mill at dusk");
  EXPECT_EQ(body.images[0].alt, "The old mill at dusk");
  int figures = 0;
  for (const Block& b : body.blocks) {
    if (b.type != Block::Type::kFigure) continue;
    ++figures;
    EXPECT_EQ(b.caption, "The old mill at dusk");
    EXPECT_EQ(b.src, "mill.jpg");
  }
  EXPECT_EQ(figures, 1);
}

TEST(ExtractBodyTest, InlineElementsNeitherLoseNorInventSpaces) {
  std::string page = std::string("<body><div>") + kParagraphs +
                     "<p>Un<b>broken</b> words stay whole, and a <em>spaced</em> word keeps its space, as "
                     "every reader of the printed page expects.</p></div></body>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "Unbroken words stay whole, and a spaced word keeps its space"));
}

TEST(ExtractBodyTest, CjkTextGetsNoSpacesBetweenIdeographs) {
  std::string page =
      "<body><div><p>川の評議会は火曜日に会合を開き、\n古い水車小屋の修復について話し合った。"
      "住民の多くは農家であり、<b>水車小屋</b>は谷全体のものだと主張した。</p>"
      "<p>評議会は僅差で春に二回目の会合を開くことを決めた。道路が開通し、誰もが参加できるからだ。</p>"
      "</div></body>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "会合を開き、古い水車小屋"));
  EXPECT_TRUE(has(body.text, "農家であり、水車小屋は谷全体"));
}

TEST(ExtractBodyTest, PageWithoutArticleWarns) {
  Body body = extract("<html><body><nav><a href=/>Home</a></nav></body></html>");
  EXPECT_TRUE(body.text.empty());
  ASSERT_EQ(body.warnings.size(), 1u);
  EXPECT_EQ(body.warnings[0], "no article found");
}

TEST(ExtractBodyTest, FrontPageOfHeadlinesAndTeasersHasNoArticle) {
  Body body = extract(
      "<body><main><h2>Latest</h2>"
      "<div><a href=/a><h3>Mill roof to be repaired in spring</h3></a><p>Work starts soon.</p></div>"
      "<div><a href=/b><h3>Bridge closed for two nights</h3></a><p>Detour signed.</p></div>"
      "<div><a href=/c><h3>School timetable changes</h3></a><p>Buses adjusted.</p></div>"
      "</main></body>");
  EXPECT_TRUE(body.text.empty());
  ASSERT_EQ(body.warnings.size(), 1u);
  EXPECT_EQ(body.warnings[0], "no article found");
}

TEST(ExtractBodyTest, FormsAndLinksThatGoNowhereAreControls) {
  std::string page = std::string("<body><article><h2>Restoring the mill<a href='#mill'>\u00B6</a></h2>") +
                     kParagraphs +
                     "<form><label>Your email <input type=email></label></form>"
                     "<p><a href='#'>Book a visit</a></p>"
                     "<p>See the <a href='#sources'>sources</a> below.</p></article></body>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "Restoring the mill\n"));
  EXPECT_FALSE(has(body.text, "\u00B6"));
  EXPECT_FALSE(has(body.text, "Your email"));
  EXPECT_FALSE(has(body.text, "Book a visit"));
  EXPECT_TRUE(has(body.text, "See the sources below."));
}

TEST(ExtractBodyTest, StreamedContentHiddenUntilAScriptMovesItIsRevealed) {
  // Server rendering in streamed chunks: a placeholder where the article goes, the article
  // itself in a hidden element that a script moves into place.
  std::string page = std::string("<body><nav><a href=/>Home</a></nav><main><template id=B:0></template>"
                                 "Loading...</main><div hidden id=S:0><article>") +
                     kParagraphs + "</article></div></body>";
  EXPECT_TRUE(has(extract(page).text, "how the old mill would be restored"));
  // A small hidden element beside a visible article stays hidden.
  std::string small = std::string("<body><article>") + kParagraphs +
                      "<div hidden><p>An answer shown only after a click.</p></div></article></body>";
  EXPECT_FALSE(has(extract(small).text, "shown only after a click"));
}

TEST(ExtractBodyTest, StreamedChunksOfAVisibleArticleAreRead) {
  // The article's first part is shown; the rest came in a later chunk, hidden at the end of the
  // body until the script moves it into place: both parts are the article.
  std::string rest = "<p>The roof will be slate, as it was in 1850, and the wheel will turn again by "
                     "the summer of next year, the builders say.</p>";
  std::string page = std::string("<body><div class=story>") + kParagraphs + kParagraphs + kParagraphs +
                     "<template id=B:1></template></div><div hidden id=S:1><div class=story>" + rest +
                     kParagraphs + kParagraphs + "</div></div></body>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "how the old mill would be restored"));
  EXPECT_TRUE(has(body.text, "The roof will be slate"));
  // An element hidden under another id is not a streamed chunk.
  std::string other = std::string("<body><div class=story>") + kParagraphs + kParagraphs + kParagraphs +
                      "</div><div hidden id=S-1><div class=story>" + rest + kParagraphs + kParagraphs +
                      "</div></div></body>";
  EXPECT_FALSE(has(extract(other).text, "The roof will be slate"));
}

TEST(ExtractBodyTest, APopoverIsNotThePagesText) {
  // A prompt in a popover (not rendered until something opens it), longer than the short
  // article beside it: the article is the page's text.
  std::string steps;
  for (int i = 0; i < 6; ++i) {
    steps += "<h5>Browser " + std::to_string(i) + "</h5><ol><li>Open the settings of your browser, then the site's "
             "permissions.</li><li>Find notifications, allow them, and reload the page to see the change.</li></ol>";
  }
  std::string page = std::string("<body><div class=forum-post><p>The new rules for the allotments, agreed at "
                                 "the spring meeting, are now in force, and every plot holder has a copy.</p>"
                                 "<p>Questions go to the committee, as usual, by the end of the month.</p></div>"
                                 "<div popover id=push-prompt><div class=steps>") + steps + "</div></div></body>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "The new rules for the allotments"));
  EXPECT_FALSE(has(body.text, "Find notifications"));
}

TEST(ExtractBodyTest, APageHiddenByStyleUntilItsScriptsRunIsRevealed) {
  // The whole page under "visibility:hidden" until the scripts have run: nothing is shown, and
  // what a reader will see is the hidden article.
  std::string page = std::string("<body><div id=app style=\"visibility:hidden\"><nav><a href=/>Home</a></nav>"
                                 "<article>") + kParagraphs + "</article></div></body>";
  EXPECT_TRUE(has(extract(page).text, "how the old mill would be restored"));
  // A page that shows its article keeps hiding what it hides by style, however long (a
  // collapsed archive of other stories).
  std::string story, archive;
  for (int i = 0; i < 4; ++i) story += kParagraphs;
  for (int i = 0; i < 5; ++i) archive += kParagraphs;
  std::string shown = "<body><article>" + story + "</article><div style=\"display: none\">" +
                      "<p>Archive: the spring fair was cancelled.</p>" + archive + "</div></body>";
  EXPECT_FALSE(has(extract(shown).text, "Archive: the spring fair"));
}

TEST(ExtractBodyTest, PresetsMoveTheLinkDensityLimit) {
  // A block where about a third of the text is links, with little punctuation: kept by the
  // balanced preset, dropped by the precision preset.
  std::string page = std::string("<body><div class=story>") + kParagraphs +
                     "<div>Also on the agenda <a href=/x>the bridge repair plan and its budget</a> and the spring school "
                     "timetable for the valley children</div></div></body>";
  EXPECT_TRUE(has(extract(page).text, "bridge repair plan"));
  EXPECT_FALSE(has(extract(page, Preset::kPrecision).text, "bridge repair plan"));
  EXPECT_TRUE(has(extract(page, Preset::kRecall).text, "bridge repair plan"));
}

TEST(ExtractBodyTest, TwoLineBreaksEndAParagraphAndOneDoesNot) {
  std::string page =
      "<body><div class=text>The river council met on Tuesday to decide, after months of delay, how the old "
      "mill would be restored.<br><br>\nResidents argued that the mill belongs to the valley,<br>not to the "
      "town, and that the town should not decide alone.<br> <br>The council agreed to meet again in the "
      "spring, when the roads are open again and everyone can come.</div></body>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "restored.\n\nResidents")) << body.text;
  EXPECT_TRUE(has(body.text, "valley,\nnot to the town")) << body.text;
  EXPECT_TRUE(has(body.text, "alone.\n\nThe council")) << body.text;
}

TEST(ExtractBodyTest, RelatedBoxesBesideTheArticleGiveRelatedLinks) {
  std::string page = std::string("<body><div class=story>") + kParagraphs +
                     "</div><div class=related-articles><h4>Related stories</h4><ul>"
                     "<li><a href=/a>Valley farmers plan a harvest festival for September</a></li>"
                     "<li><a href=/b>Town hall reopens after a long renovation</a></li></ul></div>"
                     "<div class=most-viewed><h4>Most viewed</h4><ol>"
                     "<li><a href=/b>Town hall reopens after a long renovation</a></li>"
                     "<li><a href=/c>Snow closes the mountain pass for a week</a></li></ol></div></body>";
  Body body = extract(page);
  EXPECT_FALSE(has(body.text, "harvest festival"));
  ASSERT_EQ(body.related.size(), 3u);  // /b once
  EXPECT_EQ(body.related[0].url, "/a");
  EXPECT_EQ(body.related[2].url, "/c");
  EXPECT_EQ(body.related[2].title, "Snow closes the mountain pass for a week");
}

TEST(ExtractBodyTest, CreditInsideACaptionIsTheImagesCredit) {
  std::string page = std::string("<body><article>") + kParagraphs +
                     "<figure><img src=seal.jpg alt='A seal pup'><figcaption>A seal pup on the shingle. "
                     "<span class=credit>Photo: Callum Reid</span></figcaption></figure></article></body>";
  Body body = extract(page);
  ASSERT_EQ(body.images.size(), 1u);
  EXPECT_EQ(body.images[0].caption, "A seal pup on the shingle.");
  EXPECT_EQ(body.images[0].credit, "Photo: Callum Reid");
}

// Pictures inside a list item, a table cell or a quote are the article's as much as those
// between paragraphs: listed in document order, a figure's with its caption.
TEST(ExtractBodyTest, PicturesInsideListsTablesAndQuotes) {
  std::string page = std::string("<body><article>") + kParagraphs +
                     "<ol><li><img src=step1.jpg alt='Flour in a bowl'>Sift the flour into a wide bowl, "
                     "then rub in the butter with your fingertips until it looks like breadcrumbs.</li>"
                     "<li><figure><img src=step2.jpg><figcaption>The dough after kneading.</figcaption></figure>"
                     "Knead the dough on a floured board for ten minutes, until it is smooth and springs back "
                     "when pressed.</li><li>Cut the rounds with a floured cutter, brush them with milk and bake "
                     "them for twelve minutes in a hot oven.</li></ol>"
                     "<table><tr><td><img src=scone.jpg alt='A scone'></td><td>Plain scone, split and buttered</td></tr>"
                     "</table><blockquote><img src=baker.jpg alt='The baker'>Bake them the day you eat them, "
                     "never the day before, the old baker told us.</blockquote></article></body>";
  Body body = extract(page);
  ASSERT_EQ(body.images.size(), 4u);
  EXPECT_EQ(body.images[0].url, "step1.jpg");
  EXPECT_EQ(body.images[0].alt, "Flour in a bowl");
  EXPECT_EQ(body.images[1].url, "step2.jpg");
  EXPECT_EQ(body.images[1].caption, "The dough after kneading.");
  EXPECT_EQ(body.images[2].url, "scone.jpg");
  EXPECT_EQ(body.images[3].url, "baker.jpg");
}

// A list item made of a link and its thumbnail shows the page the link leads to: a page of
// such items (a section's latest stories) keeps their headlines but lists no picture of its own.
TEST(ExtractBodyTest, ThumbnailsOfLinkedItemsAreNotTheArticlesPictures) {
  std::string page = "<body><main><h1>Latest from the valley</h1><ul class=stories>";
  for (char n = '1'; n <= '6'; ++n) {
    page += std::string("<li><a href=/story-") + n + "><img src=thumb-" + n +
            ".jpg>Valley farmers plan a harvest festival for the autumn, story number " + n +
            "</a> <span>4 May</span></li>";
  }
  page += "</ul></main></body>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "story number 6"));
  EXPECT_TRUE(body.images.empty());
}

// A list of headlines keeps its heading and the dates beside its links; CJK headlines are short
// in characters.
TEST(ExtractBodyTest, RelatedBoxWithHeadingDatesAndCjkHeadlines) {
  std::string page = std::string("<body><div class=story>") + kParagraphs +
                     "</div><aside class=most-viewed><h2>Most viewed this week</h2><ul>"
                     "<li><a href=/a>Tram fares to rise</a> <time datetime=2017-04-01>1 April 2017</time></li>"
                     "</ul></aside><div class=related><h3>相关新闻</h3><ul>"
                     "<li><a href=/z>钱塘江南岸绿道全线贯通</a></li><li><a href=/m>更多</a></li></ul></div></body>";
  Body body = extract(page);
  ASSERT_EQ(body.related.size(), 2u);
  EXPECT_EQ(body.related[0].title, "Tram fares to rise");
  EXPECT_EQ(body.related[1].title, "钱塘江南岸绿道全线贯通");
}

}  // namespace
// A shop's collection page: its <main> is a grid of product cards and holds no paragraph of
// prose. It is read as a page of items: each card's name (which repeats its picture's alt text)
// and its meta line (named "meta", like a post's byline box) stay, menus outside <main> go.
std::string product_grid(const std::string& extra) {
  std::string page = "<html><body><header><nav><a href=/>Home</a> <a href=/shop>Shop</a> <a href=/about>About</a></nav></header>"
                     "<main><h1>Coffee beans</h1><p>12 products</p><div class=grid>";
  const char* names[] = {"Blue Mountain Roast", "Harar Morning Blend", "Sumatra Dark Reserve", "Andes Decaf Select"};
  const char* prices[] = {"$18.50", "$16.00", "$19.25", "$15.75"};
  for (int i = 0; i < 4; ++i) {
    page += std::string("<div class=card><a href=/p/") + std::to_string(i) + "><img src=/i/" + std::to_string(i) +
            ".jpg alt=\"" + names[i] + "\"></a><h3 class=card-title>" + names[i] +
            "</h3><div class=card-meta>Whole beans, 340 g, roasted to order</div><span class=price>" + prices[i] +
            "</span></div>";
  }
  return page + "</div>" + extra + "</main><footer><p>Copyright The Roastery.</p></footer></body></html>";
}

TEST(ExtractBodyTest, MainOfCardsWithoutProseIsReadAsItems) {
  Body body = extract(product_grid(""));
  EXPECT_EQ(body.attempt, "items");
  EXPECT_TRUE(has(body.text, "Blue Mountain Roast"));
  EXPECT_TRUE(has(body.text, "Andes Decaf Select"));
  EXPECT_TRUE(has(body.text, "Whole beans, 340 g"));
  EXPECT_TRUE(has(body.text, "$19.25"));
  EXPECT_FALSE(has(body.text, "About"));
  EXPECT_FALSE(has(body.text, "Copyright"));
}

TEST(ExtractBodyTest, MainWithAParagraphOfProseIsNotReadAsItems) {
  Body body = extract(product_grid(
      "<div class=story><p>Our roasters travel every spring to the farms we buy from, taste the new harvest with "
      "the growers, and agree on a fair price before a single bean is shipped; that is why our list changes "
      "with the seasons.</p></div>"));
  EXPECT_NE(body.attempt, "items");
  EXPECT_TRUE(has(body.text, "Our roasters travel every spring"));
}

// The lead printed in the article's header, after the headline and before the element marked as
// the body, opens the article; the byline between them and the headline do not.
std::string article_with_lead(const std::string& before_headline) {
  return std::string("<html><body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article><header>") +
         before_headline +
         "<h1>Mill to be restored</h1><p class=standfirst>After months of delay the valley council has found "
         "the money to save the old mill, and work on the roof starts in April.</p>"
         "<div class=byline>By Anna Berg</div></header><div class=article-body>" +
         kParagraphs + "</div></article></body></html>";
}

TEST(ExtractBodyTest, TheLeadBeforeTheMarkedBodyOpensTheArticle) {
  Body body = extract(article_with_lead(""));
  EXPECT_EQ(body.text.find("After months of delay the valley council"), 0u);
  EXPECT_TRUE(has(body.text, "The river council met on Tuesday"));
  EXPECT_FALSE(has(body.text, "Mill to be restored"));
  EXPECT_FALSE(has(body.text, "By Anna Berg"));
}

TEST(ExtractBodyTest, ProseAboveTheHeadlineIsNotALead) {
  Body body = extract(article_with_lead(
      "<p class=kicker>Our weekly newsletter brings the valley's news, events and weather to your inbox, "
      "every Friday morning.</p>"));
  EXPECT_TRUE(has(body.text, "After months of delay"));
  EXPECT_FALSE(has(body.text, "weekly newsletter"));
}

// The page renders its article and prints the same article again in <noscript> for readers
// without scripts: a reader sees it once.
TEST(ExtractBodyTest, ASectionPrintedTwiceIsReadOnce) {
  std::string story = std::string(kParagraphs) +
                      "<p>The mill, built in 1843 by the grandfather of the current miller, ground grain for six "
                      "villages until the flood of 1952, and has stood empty, with a leaking roof, ever since.</p>"
                      "<p>Volunteers have already cleared the millrace, repaired the sluice gate, and catalogued the "
                      "old machinery, most of which, to everyone's surprise, can still be made to turn.</p>"
                      "<p>The roof alone will cost more than the council spends on roads in a year, so the treasurer "
                      "has asked the regional fund for half of it, and the answer is expected before the summer.</p>"
                      "<p>If the fund agrees, the first flour in seventy years could be sold at the autumn market, "
                      "and the miller's granddaughter, who still lives in the valley, has promised to bake with it.</p>";
  std::string page = "<html><body><main><article><div class=story-body>" + story +
                     "<noscript>" + story + "</noscript></div></article></main></body></html>";
  Body body = extract(page);
  size_t first = body.text.find("The river council met on Tuesday");
  ASSERT_NE(first, std::string::npos);
  EXPECT_EQ(body.text.find("The river council met on Tuesday", first + 1), std::string::npos);
  EXPECT_TRUE(has(body.text, "can still be made to turn."));
}

// Sections of the same shape repeat their own short lines ("Meal 1", "Eat every 2 to 3 hours"):
// the page prints them in each section, and so does the text.
TEST(ExtractBodyTest, ShortLinesRepeatedInEachSectionStay) {
  std::string page = "<html><body><article><div class=entry-content>" + std::string(kParagraphs);
  const char* plans[] = {"Plan A", "Plan B", "Plan C"};
  const char* dishes[] = {"Oat porridge with apples", "Lentil soup with bread", "Rice with roasted squash"};
  for (int i = 0; i < 3; ++i) {
    page += std::string("<h2>") + plans[i] +
            "</h2><h3>Breakfast</h3><p>Eat within an hour of waking up</p><p>" + dishes[i] +
            "</p><p>Containers: 1 Green, 1 Yellow</p><h3>Lunch</h3><p>Eat every 2 to 3 hours</p>"
            "<p>Containers: 1 Red, 1 Blue, 1 tsp.</p>";
  }
  page += "</div></article></body></html>";
  Body body = extract(page);
  size_t count = 0;
  for (size_t at = body.text.find("Eat every 2 to 3 hours"); at != std::string::npos;
       at = body.text.find("Eat every 2 to 3 hours", at + 1)) {
    ++count;
  }
  EXPECT_EQ(count, 3u);
}

// A guide whose steps are an accordion: each panel is folded away until the reader opens it,
// and its text is the guide's.
TEST(ExtractBodyTest, FoldedAccordionPanelsAreRead) {
  std::string page = std::string("<html><body><main><div class=guide>") + kParagraphs +
                     "<div class=accordion><button aria-expanded=false aria-controls=s1>Step 1: the survey</button>"
                     "<div id=s1 role=region style='display:none'><p>Before any work starts, a surveyor checks "
                     "the beams, the walls and the millrace, and writes down, for the council, what must be "
                     "repaired first.</p></div>"
                     "<button aria-expanded=false aria-controls=s2>Step 2: the roof</button>"
                     "<div id=s2 role=tabpanel hidden><p>The roof comes next: the old slates are lifted, sorted "
                     "and, where they are sound, laid again on new battens, so that the mill keeps its look.</p>"
                     "</div><button aria-expanded=false aria-controls=s3>Step 3: the wheel</button>"
                     "<div id=s3 role=region aria-hidden=true><p>Last, the wheel: its paddles are oak, and the "
                     "carpenter who made the old ones left drawings, which the volunteers found in the attic.</p>"
                     "</div></div>"
                     "<div style='display:none'><p>Loading the comments, please wait while the page finishes "
                     "loading its scripts.</p></div></div></main></body></html>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "a surveyor checks the beams"));
  EXPECT_TRUE(has(body.text, "the old slates are lifted"));
  EXPECT_TRUE(has(body.text, "its paddles are oak"));
  EXPECT_FALSE(has(body.text, "Loading the comments"));
}

// A page builder names its blocks with shortened words: "adv" for an advanced heading block.
TEST(ExtractBodyTest, BlocksNamedAdvancedHeadingsAreNoAds) {
  std::string page =
      "<html><body><header><a href=/>Home</a></header><main><div class=entry-content>"
      "<h2 class='kt-adv-heading41_7c2e wp-block-builder-advancedheading'>Repairs at your gym</h2>"
      "<p class='kt-adv-heading41_8d1f wp-block-builder-advancedheading'>Our technicians service treadmills, "
      "bikes and rowing machines on site, and most repairs are done in one visit, with parts in the van.</p>"
      "<p class='kt-adv-heading41_9e0a wp-block-builder-advancedheading'>We also look after the machines of "
      "apartment buildings, hotels and offices, on a plan that suits how often they are used.</p>"
      "<p class='kt-adv-heading41_a0b3 wp-block-builder-advancedheading'>Call us, tell us the make of the "
      "machine, and a technician comes the same week, or the next one in busy months.</p>"
      "</div></main><footer><p>Contact and privacy.</p></footer></body></html>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "Our technicians service treadmills"));
  EXPECT_TRUE(has(body.text, "a technician comes the same week"));
}

// Utility CSS colours a box with the theme's "secondary" colour; that names no second column.
TEST(ExtractBodyTest, ABoxInTheSecondaryColourIsNoSidebar) {
  std::string page = std::string("<html><body><article><div class=article-body>") + kParagraphs +
                     "<div class='border-l-8 border-secondary-100 bg-gray-100 px-6'><p>Good to know: the mill "
                     "opens to visitors on the first Sunday of each month, and the guided tour is free.</p></div>"
                     "</div></article><aside id=secondary><a href=/a>Most read</a></aside></body></html>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "the guided tour is free"));
  EXPECT_FALSE(has(body.text, "Most read"));
}

// A table-of-contents plugin names every heading it links to after itself; the headings stay,
// the table of contents goes.
TEST(ExtractBodyTest, HeadingsNamedForTheTableOfContentsStay) {
  std::string page = std::string("<html><body><article><div class=article-body>") +
                     "<nav class=toc><a href=#toc-heading-1>Why the mill matters</a> <a href=#toc-heading-2>"
                     "What happens next</a></nav><h2 id=toc-heading-1 class='wp-block-heading toc'>Why the mill "
                     "matters</h2>" + kParagraphs + "<h2 id=toc-heading-2 class=toc-heading>What happens next</h2>"
                     "<p>Builders will put up a scaffold in March, and the council will publish the accounts of the "
                     "restoration, line by line, every three months until the work is done.</p>"
                     "</div></article></body></html>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "Why the mill matters\n\nThe river council"));
  EXPECT_TRUE(has(body.text, "What happens next\n\nBuilders will put up"));
  EXPECT_EQ(body.text.find("Why the mill matters"), body.text.rfind("Why the mill matters"));
}

// Editors write code lines with <br>, highlighters with a block per line: each ends a line.
TEST(ExtractBodyTest, CodeLinesEndAtBreaksAndLineBlocks) {
  std::string page = std::string("<html><body><article><div class=post-body>") + kParagraphs +
                     "<pre>import csv<br>rows = list(csv.reader(open('beams.csv')))<br>print(len(rows))</pre>"
                     "<pre><code><div class=line>for row in rows:</div><div class=line>    check(row)</div>"
                     "</code></pre></div></article></body></html>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "import csv\nrows = list(csv.reader(open('beams.csv')))\nprint(len(rows))"));
  EXPECT_TRUE(has(body.text, "for row in rows:\n    check(row)"));
}

// A highlighter names the spans of a code block after token kinds; a comment in the code is
// code, not a comment section.
TEST(ExtractBodyTest, CodeKeepsItsHighlightedComments) {
  std::string page = std::string("<html><body><article><div class=post-body>") + kParagraphs +
                     "<pre><code class='language-bash hljs'><span class=hljs-comment># fetch the survey data"
                     "</span>\ncurl -O https://example.org/mill/survey.csv\n<span class='token comment'># count "
                     "the beams</span>\nwc -l survey.csv</code></pre></div></article></body></html>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "# fetch the survey data\ncurl -O"));
  EXPECT_TRUE(has(body.text, "# count the beams\nwc -l survey.csv"));
}

// A forum topic: each post is an item of the same build inside a feed named for comments, its
// text wrapped in a few cells. The scorers find the longest post; the thread is every post.
std::string forum_post(const std::string& author, const std::string& text) {
  return "<article class=\"msg-item js-post\"><div class=msg-author><a href=/u/" + author + ">" + author +
         "</a></div><div class=msg-cell><div class=bbcode>" + text + "</div></div></article>";
}

const char kForumReplies[] =
    "<p>Mine did the same in its second week. Feed it twice a day with white flour and it settles.</p>";

// One thread of four posts, each built by `post` (author, text) as a forum's template builds it.
template <typename PostBuilder>
std::string starter_thread(PostBuilder post) {
  return post("miller", std::string("<p>My starter smells sharp since I moved it to the shelf. "
                                    "Is it still alive, or should I begin again?</p>") +
                            kParagraphs) +
         post("rye_fan", kForumReplies) +
         post("crust", "<p>A sharp smell means it is hungry, not dead. Give it a warm spot, "
                       "around 25 degrees, and feed it before bed.</p>") +
         post("miller", "<p>Thanks, both of you! It doubled overnight after two feeds.</p>");
}

// Every post of starter_thread() is in the body.
void expect_every_starter_post(const Body& body) {
  EXPECT_TRUE(has(body.text, "My starter smells sharp"));
  EXPECT_TRUE(has(body.text, "Feed it twice a day"));
  EXPECT_TRUE(has(body.text, "it is hungry, not dead"));
  EXPECT_TRUE(has(body.text, "It doubled overnight"));
}

TEST(ExtractBodyTest, AThreadOfPostsKeepsEveryPost) {
  std::string page = std::string("<html><body><nav><a href=/>Forums</a> <a href=/new>New posts</a></nav>") +
                     "<div id=comments class=comment-feed>" + starter_thread(forum_post) +
                     "</div><footer><p>Forum rules and privacy policy.</p></footer></body></html>";
  Body body = extract(page);
  expect_every_starter_post(body);
  EXPECT_FALSE(has(body.text, "Forum rules"));
  EXPECT_FALSE(has(body.text, "New posts"));
}

// A site built of one generic box ("block" on every wrapper): the thread's posts sit in a box of
// that build, itself in another. The posts are still the thread, every one of them.
TEST(ExtractBodyTest, AThreadInsideWrappersBuiltLikeItsPostsKeepsEveryPost) {
  auto box = [](const std::string& inside) { return "<div class=\"block\">" + inside + "</div>"; };
  auto post = [&](const std::string& author, const std::string& text) {
    return box("<div class=comment-author><a href=/u/" + author + ">" + author + "</a></div><div class=comment-body>" +
               text + "</div>");
  };
  std::string page = "<html><body><nav><a href=/>Forums</a> <a href=/new>New posts</a></nav><div class=comments>" +
                     box(box(starter_thread(post))) +
                     "</div><footer><p>Forum rules and privacy policy.</p></footer></body></html>";
  Body body = extract(page);
  expect_every_starter_post(body);
  EXPECT_FALSE(has(body.text, "Forum rules"));
  EXPECT_EQ(body.attempt, "thread");
}

// A forum's JSON-LD copy (DiscussionForumPosting) is its opening post. The accepted answer, marked
// as the body of the page, restates the question and agrees with that copy better than the whole
// thread does, yet holds less of it: the thread stays.
TEST(ExtractBodyTest, AForumsPublisherCopyOfItsOpeningPostKeepsTheThread) {
  const std::string question =
      "My sourdough starter smells sharp since I moved it to the top shelf of the kitchen, and it has not "
      "risen for three days. Is it still alive, or should I throw it away and begin again with new flour from the mill?";
  const std::string answer =
      "<p>You asked whether it is still alive, or whether you should throw it away and begin again: it is "
      "alive, and you should not throw it away. A starter on the top shelf of a cold kitchen sleeps for "
      "days and smells sharp when it is hungry.</p>"
      "<p>Take a spoon of it, feed it with equal weights of flour and water, and keep the jar near the "
      "oven. In a day or two it should rise again and smell of yoghurt rather than of glue.</p>";
  const char* replies[] = {
      "Mine did the same in its second week. Feed it twice a day with white flour and it settles down, "
      "though the first feeds may do nothing at all.",
      "A sharp smell means hunger, nothing worse. Pour off the grey liquid on top before you feed it, "
      "or stir it back in if you like a sourer loaf.",
      "Rye flour wakes a tired culture faster than white flour does, in my experience, and whole wheat "
      "comes second. Try a spoon of rye in the next feed.",
      "Keep the lid loose; a starter needs air, and a sealed jar can crack when it rises in a warm room. "
      "A cloth and a rubber band will do.",
      "Warmth matters more than anything else. At twenty-five degrees mine doubles in four hours; in a "
      "cold pantry it takes a whole day.",
      "Mark the level on the jar with a rubber band after each feed, so you can see how far it rises "
      "and when it falls back.",
      "Bakers here keep theirs in the fridge between bakes and feed it once a week. It survives months "
      "of neglect, so do not worry.",
  };
  auto post = [](const std::string& author, const std::string& body_class, const std::string& text) {
    return "<div class=post><div class=who><a href=/u/" + author + ">" + author + "</a> replied</div><div class=\"" +
           body_class + "\">" + text + "</div></div>";
  };
  std::string thread = post("miller", "msg-text", "<p>" + question + "</p>") + post("crust", "post-body", answer);
  for (const char* reply : replies) thread += post("baker", "msg-text", std::string("<p>") + reply + "</p>");
  std::string page = "<html><body><nav><a href=/>Forums</a> <a href=/new>New posts</a></nav><main>" + thread +
                     "</main><footer><p>Forum rules and privacy policy.</p></footer></body></html>";
  html::Document doc = html::parse(page);
  Body body = extract_body(doc, Options{}, question);
  EXPECT_TRUE(has(body.text, "has not risen for three days"));
  EXPECT_TRUE(has(body.text, "smell of yoghurt"));
  EXPECT_TRUE(has(body.text, "Rye flour wakes a tired culture"));
  EXPECT_FALSE(has(body.text, "Forum rules"));
}

// A forum that marks its opening post as the page's article and only the replies as comments:
// the replies, built like the post and outweighing it, make the thread.
std::string marked_reply(const std::string& author, const std::string& text) {
  return "<article class=reply itemprop=comment><header>Posted by <a href=/u/" + author + ">" + author +
         "</a></header><div class=\"content markdown\"><p>" + text + "</p></div></article>";
}

TEST(ExtractBodyTest, AnOpeningPostMarkedAsTheArticleKeepsItsReplies) {
  std::string page =
      "<html><body><nav><a href=/>Travel forum</a> <a href=/new>New topics</a></nav><main>"
      "<article class=topic><h1>Two weeks in Portugal by train?</h1><header>Posted by <a href=/u/ana>ana</a></header>"
      "<div class=\"content markdown\" itemprop=articleBody><p>We have never travelled by train abroad, and "
      "we would rather not rent a car. Is two weeks enough for Lisbon, Porto and the Algarve, or should we drop "
      "one of them? We like to walk, we do not mind early starts, and we would like a few quiet days at the "
      "end of the trip. Any advice on tickets and on where to stay is welcome.</p></div></article>"
      "<section id=replies>" +
      marked_reply("jorge", "Two weeks is plenty. Take the Alfa Pendular between Lisbon and Porto; it takes three "
                            "hours and the seats are booked in advance for a few euros.") +
      marked_reply("mia", "Drop nothing, but give the Algarve the last four days: the regional trains along the "
                          "coast are slow, so a base in Lagos or Faro saves you hours.") +
      marked_reply("tomas", "Buy tickets on the CP website a few weeks ahead. Porto deserves at least three nights, "
                            "with a day trip up the Douro valley by the river line.") +
      "</section></main><footer><p>Community guidelines and privacy.</p></footer></body></html>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "never travelled by train abroad"));
  EXPECT_TRUE(has(body.text, "Alfa Pendular"));
  EXPECT_TRUE(has(body.text, "base in Lagos or Faro"));
  EXPECT_TRUE(has(body.text, "Douro valley"));
  EXPECT_FALSE(has(body.text, "Community guidelines"));
}

// The scorer joins to the longest post's body the paragraph beside it (a signature): the thread
// is still found from that body, and it holds every post.
std::string signed_post(const std::string& kind, const std::string& author, const std::string& text) {
  return "<div class=\"msg msg-" + kind + "\"><div class=msg-meta><a href=/u/" + author + ">" + author +
         "</a></div><div class=msg-text>" + text +
         "</div><p>Building a workbench out of scrap wood, one joint at a time, and writing down every mistake "
         "so that the next one is a new one.</p></div>";
}

TEST(ExtractBodyTest, APostJoinedByItsSignatureStillLeadsToTheThread) {
  std::string page =
      "<html><body><nav><a href=/>Discussions</a> <a href=/new>Latest</a></nav><div class=msgs>" +
      signed_post("original", "ida", "<p>Which wood should a beginner choose for a first bench hook: pine, beech or "
                                     "whatever is left over?</p>") +
      signed_post("reply", "olaf", kParagraphs) +
      signed_post("reply", "ida", "<p>Thank you, I will start with pine then, and keep the beech for later.</p>") +
      signed_post("reply", "sven", "<p>Pine dents easily, but for a bench hook that is no harm at all.</p>") +
      "</div><footer><p>Terms of use and privacy.</p></footer></body></html>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "first bench hook"));
  EXPECT_TRUE(has(body.text, "The river council met on Tuesday"));
  EXPECT_TRUE(has(body.text, "keep the beech for later"));
  EXPECT_TRUE(has(body.text, "no harm at all"));
  EXPECT_FALSE(has(body.text, "Terms of use"));
}

// An article whose comments are built like its body (the same class) keeps to the article: the
// comments do not outweigh it.
TEST(ExtractBodyTest, CommentsBuiltLikeTheArticleStayOutOfIt) {
  std::string page =
      "<html><body><main><article class=post><h1>The mill reopens</h1><div class=\"content markdown\" "
      "itemprop=articleBody>" + std::string(kParagraphs) + "</div></article><section id=replies>" +
      marked_reply("reader1", "Good news for the valley, at last.") +
      marked_reply("reader2", "Who pays for the roof in the end? The article does not say.") +
      marked_reply("reader3", "I hope the spring meeting is held in the evening this time.") +
      "</section></main></body></html>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "The river council met on Tuesday"));
  EXPECT_FALSE(has(body.text, "Good news for the valley"));
  EXPECT_FALSE(has(body.text, "spring meeting is held in the evening"));
}

// A shop page of tiles (names and prices, no sentence) under a consent dialog with a paragraph and
// its partners' links. The first attempts find too little; the relaxed scorings, which score text
// in any box, find the dialog's paragraph. A container named as page chrome (cookie, consent) is
// still never the article: the tiles are the page.
TEST(ExtractBodyTest, AConsentDialogIsNeverTheArticle) {
  std::string tiles, partners;
  const char* names[] = {"Oak desk lamp", "Linen cushion", "Clay mug set", "Wool throw", "Birch shelf",
                         "Cotton rug", "Glass carafe", "Cork coasters", "Rattan basket", "Felt slippers"};
  for (const char* name : names) tiles += std::string("<div class=tile><h3>") + name + "</h3><p>24.90</p></div>";
  for (int i = 1; i <= 12; ++i) partners += "<li><a href=/partners/" + std::to_string(i) + ">Advertising partner " + std::to_string(i) + "</a></li>";
  std::string page =
      "<html><body><div id=cookie-consent class=privacy-dialog><p>We and our partners store and read "
      "cookies on your device to measure visits and to show personalised advertising, with your consent.</p>"
      "<ul>" + partners + "</ul></div><main><h1>Home goods</h1><div class=grid>" + tiles + "</div></main></body></html>";
  Body body = extract(page);
  EXPECT_FALSE(has(body.text, "personalised advertising"));
  EXPECT_TRUE(has(body.text, "Rattan basket"));
}

// A shop's collection page that marks its main content with <main>, an empty shell its script fills
// with tiles, under a bar that announces a campaign in one sentence. The first attempts find
// nothing; the relaxed scorings, which score text in any box, find the bar's sentence. The page
// said the bar lies outside its main content: it is not the article, and the page shows none.
TEST(ExtractBodyTest, ASentenceOutsideTheMarkedMainIsNeverTheArticle) {
  Body body = extract(
      "<html><body><aside class=topbar><div class=campaign><p><strong>Repairs have moved to our new "
      "workshop in the valley. Bring your worn goods </strong><a href=/repairs>here</a>.</p></div></aside>"
      "<header><nav><a href=/>Home</a> <a href=/shop>Shop</a></nav></header>"
      "<main><h1>Worn goods</h1><select><option>Newest</option><option>Price</option></select>"
      "<ul class=grid data-source=/api/items></ul><button>Load more</button></main></body></html>");
  EXPECT_FALSE(has(body.text, "Repairs have moved"));
  ASSERT_EQ(body.warnings.size(), 1u);
  EXPECT_EQ(body.warnings[0], "no article found");
}

// Alike sections of an article page (the article, then "more from the valley" teasers built the
// same way) are not a thread: nothing names them comments or replies.
TEST(ExtractBodyTest, AlikeSectionsWithoutADiscussionAreNotAThread) {
  std::string page = std::string("<html><body>") +
                     "<section class=\"block story\"><div class=cell><div class=text>" + kParagraphs +
                     "</div></div></section>"
                     "<section class=\"block teaser\"><div class=cell><p>Valley farmers plan a harvest festival, "
                     "the first since the flood.</p></div></section>"
                     "<section class=\"block teaser\"><div class=cell><p>Town hall reopens after a long "
                     "renovation, with a new library on the ground floor.</p></div></section>"
                     "</body></html>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "The river council met on Tuesday"));
  EXPECT_FALSE(has(body.text, "harvest festival"));
}


// A service page made with a site builder: every module of <main> is named "widget-span", which
// reads as a sidebar's widget, each wrapped in rows of its own. The modules of prose are the page.
std::string builder_module(const std::string& heading, const std::string& paragraphs) {
  return "<div class=row-wrapper><div class=row><div class=\"widget-span widget-type-module\"><div class=module><h2>" +
         heading + "</h2>" + paragraphs + "</div></div></div></div>";
}

TEST(ExtractBodyTest, BuilderModulesOfProseAreThePage) {
  std::string page =
      std::string("<html><body><header><nav><a href=/>Home</a> <a href=/services>Services</a></nav></header><main>") +
      builder_module("Roof repair", kParagraphs) +
      builder_module("Chimney care", "<p>We sweep, line and repair chimneys of every age, from farmhouses to town "
                                     "villas, and we check the flashing, the pots and the cowl on every visit.</p><p>Soot, nests, cracked "
                                     "mortar: we find it, show it to you, and fix it, or tell you, plainly, that "
                                     "it can wait.</p>") +
      builder_module("Gutters", "<p>Blocked gutters ruin walls. We clear them, fix the joints, and fit guards where "
                                "leaves fall, so that water runs where it should, not down your walls.</p><p>Zinc, copper, plastic: "
                                "we fit all three, and we tell you, honestly, which one suits your house.</p>") +
      builder_module("Free quote", "<p>Tell us about your roof, send a photo or two, and we will reply within a "
                                   "day, with a price, a date, and the name of the roofer who will come.</p><p>No call centre, no "
                                   "pressure, no fee: the quote is free, and it stays valid for a year.</p>") +
      "</main><footer><p>Valley Roofing, all rights reserved.</p></footer></body></html>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "The river council met on Tuesday"));
  EXPECT_TRUE(has(body.text, "We sweep, line and repair chimneys"));
  EXPECT_TRUE(has(body.text, "Blocked gutters ruin walls."));
  EXPECT_TRUE(has(body.text, "we will reply within a day"));
  EXPECT_FALSE(has(body.text, "all rights reserved"));
}

// A service page opens with a banner across the page: its headline and its offer, which is the
// page's own content; beside an article, a banner is a promotion and stays out.
TEST(ExtractBodyTest, ABannerOpensAServicePageButNotAnArticle) {
  auto offer = [](const std::string& heading, const std::string& text) {
    return "<section class=offer><h2>" + heading + "</h2><p>" + text + "</p></section>";
  };
  std::string page =
      std::string("<html><body><header><nav><a href=/>Home</a> <a href=/services>Services</a></nav></header><main>") +
      "<section class=hero-banner><div class=hero-banner__inner><h2>Roofs that outlive you</h2>"
      "<p>Slate, tile and zinc, repaired or replaced by roofers who live in the valley</p></div></section>" +
      offer("Roof repair", "Storm damage, a missing slate, a leak above the attic: we come within two days.") +
      offer("Chimney care", "We sweep, line and repair chimneys of every age, from farmhouses to villas.") +
      offer("Gutters", "Blocked gutters ruin walls; we clear them and fit guards where leaves fall.") +
      offer("Free quote", "Send a photo of your roof and we reply within a day, with a price and a date.") +
      "</main><footer><p>Valley Roofing, all rights reserved.</p></footer></body></html>";
  Body service = extract(page);
  EXPECT_NE(service.attempt, "semantic");
  EXPECT_TRUE(has(service.text, "Slate, tile and zinc, repaired or replaced"));
  EXPECT_TRUE(has(service.text, "We sweep, line and repair chimneys"));

  std::string article = std::string("<html><body><article><div class=article-body>") + kParagraphs +
                        "<div class=promo-banner><p>Our winter offer: half price on your first year of the "
                        "paper, delivered to your door</p></div></div></article></body></html>";
  Body news = extract(article);
  EXPECT_TRUE(has(news.text, "The river council met on Tuesday"));
  EXPECT_FALSE(has(news.text, "Our winter offer"));
}

// A real sidebar inside the page's region is links and teasers, named so: it stays out.
TEST(ExtractBodyTest, ASidebarOfLinksInTheRegionStaysOut) {
  std::string page =
      std::string("<html><body><main>") + builder_module("Roof repair", kParagraphs) +
      builder_module("Chimney care", "<p>We sweep, line and repair chimneys of every age, from farmhouses to town "
                                     "villas, and we check the flashing, the pots and the cowl on every visit.</p><p>Soot, nests, cracked "
                                     "mortar: we find it, show it to you, and fix it, or tell you, plainly, that "
                                     "it can wait.</p>") +
      builder_module("Gutters", "<p>Blocked gutters ruin walls. We clear them, fix the joints, and fit guards where "
                                "leaves fall, so that water runs where it should, not down your walls.</p><p>Zinc, copper, plastic: "
                                "we fit all three, and we tell you, honestly, which one suits your house.</p>") +
      "<div class=sidebar><h3>Popular pages</h3><ul><li><a href=/a>Our roofers and their stories</a></li>"
      "<li><a href=/b>Prices for every kind of roof</a></li><li><a href=/c>Contact and opening hours</a></li>"
      "</ul></div></main></body></html>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "Blocked gutters ruin walls."));
  EXPECT_FALSE(has(body.text, "Prices for every kind of roof"));
}


// A blog's category page: each listed post is named after its category and tags, as blog engines
// name them ("post category-garden tag-roses"). Those names do not make the posts tag lists.
TEST(ExtractBodyTest, ListedPostsNamedAfterTheirTagsAreTheListing) {
  const char* titles[] = {"Pruning roses in March", "A hedge for birds", "Tomatoes on the balcony",
                          "Saving seed from beans", "The compost heap in winter", "Bulbs for shade"};
  std::string page = "<html><body><nav><a href=/>Home</a> <a href=/garden>Garden</a></nav><div class=site-content>"
                     "<h1>Garden</h1><div class=intro><p>Notes from a small garden on the edge of town: what grows, "
                     "what fails, and what we learn from both, season after season, in sun and rain.</p></div>"
                     "<ul class=posts>";
  for (int i = 0; i < 6; ++i) {
    page += std::string("<li class=\"post type-post category-garden tag-season-") + std::to_string(i) +
            "\"><h2><a href=/p" + std::to_string(i) + ">" + titles[i] +
            "</a></h2><p>What to do this month in a small garden, and why it pays off later in the year.</p></li>";
  }
  page += "</ul></div><footer><p>The Garden Diary, all rights reserved.</p></footer></body></html>";
  Body body = extract(page);
  for (const char* title : titles) EXPECT_TRUE(has(body.text, title)) << title;
  EXPECT_TRUE(has(body.text, "Notes from a small garden"));
  EXPECT_FALSE(has(body.text, "all rights reserved"));
}

// A FAQ whose answers are folded under disclosure buttons: the button names its answer with
// aria-controls, and the answer, hidden until then, is the page's text. A hidden box that no
// control opens stays hidden.
TEST(ExtractBodyTest, PanelsOpenedByADisclosureButtonAreRead) {
  std::string page = std::string("<html><body><main><div class=faq>") + kParagraphs +
                     "<h3><button aria-expanded=false aria-controls='faq-1 faq-1-extra'>Who owns the mill?</button>"
                     "</h3><div id=faq-1 class=answer style='display:none'><p>The valley cooperative has owned "
                     "the mill since 1961, when the last miller's family sold it for a symbolic sum.</p></div>"
                     "<h3><a href=#faq-2 aria-controls=faq-2>Can I visit?</a></h3><div id=faq-2 hidden><p>Guided "
                     "visits run on the first Sunday of each month, from May to October, and are free.</p></div>"
                     "<div id=promo style='display:none'><p>Sign up today and get our monthly letter about events "
                     "in the valley.</p></div></div></main></body></html>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "The valley cooperative has owned the mill"));
  EXPECT_TRUE(has(body.text, "Guided visits run on the first Sunday"));
  EXPECT_FALSE(has(body.text, "Sign up today"));
}

// A community front page: each story's card links its headline, and also its author, its tags,
// its comment count and a "save" button, so that its links are short on average, as a menu's
// are. The cards are the page; the menu and the trending rail beside them are not.
TEST(ExtractBodyTest, StoryCardsWithShortLinksAroundTheirHeadlineAreTheListing) {
  const char* headlines[] = {"Why our build cache missed every single time on Mondays",
                             "Writing a tiny regex engine in an afternoon, step by step",
                             "What I learned from reviewing two hundred pull requests",
                             "Moving a monolith to modules without stopping the train",
                             "A gentle guide to reading flame graphs for the first time"};
  std::string page = "<html><body><div class=layout><div class=left-menu><a href=/>Home</a> <a href=/top>Top</a> "
                     "<a href=/tags>Tags</a> <a href=/faq>FAQ</a></div><main class=feed>";
  for (int i = 0; i < 5; ++i) {
    std::string n = std::to_string(i);
    page += "<div class=story><a href=/u" + n + ">Sam Okafor</a> <span>Mar " + n +
            "</span><h2><a href=/s" + n + ">" + headlines[i] + "</a></h2><div class=tags><a href=/t/web>#web</a> "
            "<a href=/t/ops>#ops</a> <a href=/t/go>#go</a></div><a href=/s" + n + "#c>12 comments</a> "
            "<a href=/s" + n + "#r>30 reactions</a> <span>5 min read</span> <a href=/save>Save</a></div>";
  }
  page += "<div class=more-stories-trending><h3>Trending this week</h3>";
  for (int i = 0; i < 3; ++i) {
    std::string n = std::to_string(i);
    page += "<div><a href=/x" + n + ">Ten editor themes people keep coming back to</a> <a href=/u>Ana</a> "
            "<a href=/t/ui>#ui</a> <a href=/t/css>#css</a> <a href=/save>Save</a></div>";
  }
  page += "</div></main></div><footer><a href=/about>About</a> <a href=/terms>Terms</a></footer></body></html>";
  Body body = extract(page);
  for (const char* headline : headlines) EXPECT_TRUE(has(body.text, headline)) << headline;
  EXPECT_FALSE(has(body.text, "FAQ"));
  EXPECT_FALSE(has(body.text, "Terms"));
  EXPECT_FALSE(has(body.text, "Ten editor themes"));  // the trending rail under the feed
}

// A topic page lists its stories as <article> elements, each opening with a <header> that holds
// the headline and the teaser. Such a header is the listed story's, not the page's masthead.
TEST(ExtractBodyTest, HeadersOfListedArticlesAreTheirHeadlines) {
  const char* headlines[] = {"New earbuds gain two colours in one shop only",
                             "Hands on with live translation on the train",
                             "Battery tests for the cheapest noise cancelling pair",
                             "The studio headphones that outlived three laptops"};
  const char* teasers[] = {"Two new colours, sold by a single chain.", "It works offline, within limits.",
                           "Six pairs, one charger, one long week.", "Pads replaced twice, cable once."};
  std::string page = "<html><body><header class=masthead><a href=/>Gadget Desk</a> <a href=/deals>Deals</a></header>"
                     "<main><h1>Headphones</h1><section class=col-main>";
  for (int i = 0; i < 4; ++i) {
    std::string n = std::to_string(i);
    page += "<article class=river-item><header><h2><a href=/n" + n + ">" + headlines[i] +
            "</a></h2><p>By Lee Park, " + n + " hours ago</p><p>" + teasers[i] + "</p></header><a href=/n" + n + "><img src=/i" + n + ".jpg alt=''></a></article>";
  }
  page += "</section></main><footer><p>Gadget Desk, all rights reserved.</p></footer></body></html>";
  Body body = extract(page);
  for (const char* headline : headlines) EXPECT_TRUE(has(body.text, headline)) << headline;
  EXPECT_TRUE(has(body.text, "It works offline, within limits."));
  EXPECT_FALSE(has(body.text, "Deals"));
  EXPECT_FALSE(has(body.text, "all rights reserved"));
}

// A short news item marked as the article body, beside a rail of the latest headlines with their
// bylines: read as items, the rail would outweigh the item, but the page says which is the article.
TEST(ExtractBodyTest, AShortMarkedArticleBesideAHeadlineRailStays) {
  std::string page = "<html><body><main><article><h1>Ferry service resumes</h1><div itemprop=articleBody>"
                     "<p>The ferry between the two harbours runs again from Monday, after the storm damaged the pier "
                     "in January, the operator said on Friday.</p><p>Tickets bought for cancelled crossings remain "
                     "valid until the end of the summer season, and the first boat leaves at six, as it did "
                     "before the storm, with a second one at noon.</p></div></article><div class=latest-news><h3>Latest"
                     "</h3>";
  for (int i = 0; i < 12; ++i) {
    std::string n = std::to_string(i);
    page += "<div class=item><a href=/l" + n + ">Council debates the harbour budget for the year, part " + n +
            "</a> <a href=/staff>Staff</a> <a href=/politics>Politics</a> <a href=/share>Share</a> "
            "<a href=/save>Save</a></div>";
  }
  page += "</div></main></body></html>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "The ferry between the two harbours"));
  EXPECT_TRUE(has(body.text, "with a second one at noon."));
  EXPECT_FALSE(has(body.text, "Council debates the harbour budget"));
}

// A section page sets ad slots between its stories, and names the section that holds both after
// them ("section-more-ads"). An ad slot is a picture and a label; a section of stories is not one.
TEST(ExtractBodyTest, AListingSectionNamedAfterItsAdSlotsIsTheListing) {
  const char* headlines[] = {"Port workers agree a new contract after a week of talks",
                             "Grain prices fall for the third month in a row this spring",
                             "Small lenders tighten their rules for first home buyers",
                             "Why the harbour authority wants a second container terminal",
                             "Fuel duty stays frozen until the autumn budget is presented",
                             "The town's oldest bakery changes hands after ninety years",
                             "Ferry operators report the busiest Easter weekend on record",
                             "A cooperative of fishermen opens its own market hall"};
  const char* sections[] = {"Home", "News", "Economy", "Sport", "Culture", "Opinion", "Weather",
                            "Podcasts", "Video", "Photos", "Travel", "Food", "Science", "Health"};
  std::string page = "<html><body><nav>";
  for (const char* section : sections) page += std::string("<a href=/s>") + section + " section pages</a> ";
  page += "</nav><div class=topics><h1>Economy</h1><ul class=featured>";
  for (int i = 0; i < 2; ++i) {
    page += std::string("<li><h2><a href=/f") + std::to_string(i) + ">" + headlines[i] + "</a></h2></li>";
  }
  page += "</ul><div class=\"section-more-ads\"><h2>More on the economy</h2>";
  for (int i = 2; i < 8; ++i) {
    page += std::string("<div class=card><h3><a href=/m") + std::to_string(i) + ">" + headlines[i] +
            "</a></h3><span>Published two days ago by the business desk</span></div>";
    if (i == 4) page += "<div class=ad-slot><img src=/ad.png alt=''><span>Advertisement</span></div>";
  }
  page += "</div></div><footer>";
  for (const char* section : sections) page += std::string("<a href=/s>All of ") + section + " in one place</a> ";
  page += "</footer></body></html>";
  Body body = extract(page);
  for (const char* headline : headlines) EXPECT_TRUE(has(body.text, headline)) << headline;
  EXPECT_FALSE(has(body.text, "Advertisement"));
  EXPECT_FALSE(has(body.text, "in one place"));
}
}  // namespace lede::extraction
