// Whole-page behaviour of extract_metadata on small invented pages: the article's language,
// the local day of a UTC time, hAtom dates, and what counts as a widget.
#include "meta/metadata.h"

#include <gtest/gtest.h>

#include <string>

#include "html/parser.h"

namespace lede::meta {
namespace {

Article meta_of(const std::string& html, std::string_view url = "") {
  html::Document doc = html::parse(html);
  Article a;
  extract_metadata(doc, {url, {}}, a);
  return a;
}

constexpr const char* kGermanText =
    "Die Gemeinde hat am Montag beschlossen, die alte Brücke über den Fluss nicht abzureißen, "
    "sondern sie in den kommenden zwei Jahren gründlich zu sanieren. Der Bürgermeister sagte, "
    "die Bürgerinnen und Bürger hätten sich in einer Umfrage mit großer Mehrheit für den Erhalt "
    "ausgesprochen. Die Kosten werden auf rund vier Millionen Euro geschätzt, wovon das Land "
    "einen großen Teil übernehmen soll. Während der Bauarbeiten wird der Verkehr über eine "
    "Umleitung durch das Industriegebiet geführt, was nach Angaben der Verwaltung zu längeren "
    "Fahrzeiten führen kann. Anwohner können sich in einer Sprechstunde im Rathaus informieren. "
    "Die Arbeiten sollen im Frühjahr beginnen, sobald die Witterung es zulässt, und im Herbst "
    "des übernächsten Jahres abgeschlossen sein. Der Gemeinderat will die Fortschritte "
    "regelmäßig auf seiner Internetseite veröffentlichen und die Anwohner auf dem Laufenden "
    "halten. Auch der Radweg entlang des Ufers wird in dieser Zeit teilweise gesperrt sein. ";

constexpr const char* kEnglishText =
    "The council decided on Monday not to demolish the old bridge over the river but to "
    "restore it thoroughly over the next two years. The mayor said residents had voted by a "
    "large majority to keep it in a survey last spring. The cost is estimated at around four "
    "million pounds, most of which the county is expected to cover. During the works, traffic "
    "will be diverted through the industrial estate, which the council says may lengthen "
    "journeys at peak times. Residents can ask questions at a weekly drop-in session held at "
    "the town hall. Work is due to start in the spring, as soon as the weather allows, and to "
    "finish in the autumn of the year after next. The council will publish progress reports "
    "on its website and keep residents informed throughout. The riverside cycle path will "
    "also be partly closed while the bridge is being repaired, with signs showing a detour. ";

TEST(MetadataTest, LanguageIsTheArticleTextsNotTheTemplates) {
  Article a = meta_of(std::string("<html lang=en><body><article><h1>Brücke bleibt stehen</h1><p>") +
                      kGermanText + "</p></article></body></html>");
  EXPECT_EQ(a.language, "de");
}

constexpr const char* kMoreEnglishText =
    "Shopkeepers on the high street have asked the council to keep at least one lane open for "
    "deliveries, saying that a long closure could drive customers to the retail park outside "
    "town. The chamber of commerce has written to every councillor with a petition signed by "
    "more than three hundred businesses. A spokesman for the council said the plans were not "
    "final and that the engineers would look again at how the site could be organised. He "
    "added that a temporary footbridge for pedestrians was being considered, although it "
    "would add to the cost. The local bus company expects its timetables to change for the "
    "length of the works and will put up notices at every stop a month before they begin. ";

// The whole article is read where its start cannot settle the language: a page declaring
// German whose long article is English is English.
TEST(MetadataTest, LanguageOfALongArticleContradictingTheDeclaration) {
  Article a = meta_of(std::string("<html lang=de><body><article><h1>Bridge to stay</h1><p>") + kEnglishText +
                      "</p><p>" + kMoreEnglishText + "</p></article></body></html>");
  EXPECT_EQ(a.language, "en");
}

TEST(MetadataTest, DeclaredRegionKeptWhenTheTextAgrees) {
  Article a = meta_of(std::string("<html lang=en-gb><body><article><h1>Bridge to stay</h1><p>") +
                      kEnglishText + "</p></article></body></html>");
  EXPECT_EQ(a.language, "en-GB");
}

TEST(MetadataTest, UtcTimeTakesTheLocalDayTheUrlNames) {
  Article a = meta_of(
      "<html><head><meta property='article:published_time' content='2023-11-09T03:28:35Z'>"
      "</head><body><h1>An evening story in New York</h1></body></html>",
      "https://news.example/2023/11/08/evening-story/");
  EXPECT_EQ(a.date_published.substr(0, 10), "2023-11-08");
}

TEST(MetadataTest, UtcTimeTakesTheDayOfTheSameMomentInTheLocalZone) {
  Article a = meta_of(
      "<html><head><meta property='article:published_time' content='2023-11-09T03:28:35Z'>"
      "</head><body><article><h1>An evening story in New York</h1>"
      "<time datetime='2023-11-08T22:28:35-05:00'>Nov. 8</time></article></body></html>");
  EXPECT_EQ(a.date_published, "2023-11-08T22:28:35-05:00");
}

TEST(MetadataTest, UtcTimeAloneKeepsItsDay) {
  Article a = meta_of(
      "<html><head><meta property='article:published_time' content='2023-11-09T03:28:35Z'>"
      "</head><body><h1>An evening story in New York</h1></body></html>");
  EXPECT_EQ(a.date_published, "2023-11-09T03:28:35+00:00");
}

TEST(MetadataTest, UtcTimeShownAsALocalClockReadingTakesTheShownDay) {
  Article a = meta_of(
      "<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
      "\"datePublished\": \"2022-05-04T02:41:00Z\"}</script></head><body><article>"
      "<h1>An evening story in New York</h1><p class='date'>May 3, 2022 22:41</p>"
      "<p>Text.</p></article></body></html>");
  EXPECT_EQ(a.date_published.substr(0, 10), "2022-05-03");
}

TEST(MetadataTest, UtcTimeShownAsTheSameClockReadingKeepsItsDay) {
  Article a = meta_of(
      "<html><head><meta property='article:published_time' content='2022-05-06T02:00:00Z'>"
      "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
      "\"datePublished\": \"2022-05-05T21:00:00-05:00\"}</script></head><body><article>"
      "<h1>A story told at two in the morning</h1><p class='date'>May 6, 2022 02:00</p>"
      "<p>Text.</p></article></body></html>");
  EXPECT_EQ(a.date_published.substr(0, 10), "2022-05-06");
}

TEST(MetadataTest, HatomPublishedTitleInsideABlogWidget) {
  Article a = meta_of(
      "<html><body><div class='widget blog'><div class='post hentry'>"
      "<h3 class='post-title'>A walk by the lake</h3><p>We walked.</p>"
      "<div class='post-footer'><abbr class='published' title='2017-09-09T10:52:00+02:00'>10:52"
      "</abbr></div></div></div></body></html>");
  EXPECT_EQ(a.date_published, "2017-09-09T10:52:00+02:00");
}

TEST(MetadataTest, RelatedWidgetDatesStayOut) {
  Article a = meta_of(
      "<html><body><h1>A walk by the lake in autumn</h1><p class='date'>3 March 2021</p>"
      "<p>We walked.</p><div class='relatedPosts'><time datetime='2021-03-04'>4 Mar</time>"
      "<time datetime='2021-03-05'>5 Mar</time></div></body></html>");
  EXPECT_EQ(a.date_published, "2021-03-03");
}

TEST(MetadataTest, LastResortIsTheFirstDateInTheBody) {
  Article a = meta_of(
      "<html><body><h1>A walk by the lake in autumn</h1><p>We walked.</p>"
      "<div class='relatedPosts'><p>2 January 2016</p></div></body></html>");
  EXPECT_EQ(a.date_published, "2016-01-02");
}

TEST(MetadataTest, LastResortReadsPublicationKeysInScripts) {
  Article a = meta_of(
      "<html><head><script>window.state = {\"article\": {\"publishedDate\": "
      "\"2016-11-04T20:37:27Z\"}};</script></head><body><h1>A walk by the lake in autumn</h1>"
      "<p>We walked.</p></body></html>");
  EXPECT_EQ(a.date_published, "2016-11-04T20:37:27+00:00");
}

TEST(MetadataTest, LayoutNamesAreNotWidgets) {
  Article a = meta_of(
      "<html><body><div class='layouttwocolumnsrightsidebar'><h1>A walk by the lake in autumn</h1>"
      "<time datetime='2021-11-25'>25 Nov</time><p>We walked.</p></div></body></html>");
  EXPECT_EQ(a.date_published, "2021-11-25");
}

TEST(MetadataTest, SchemaJsonInAnUntypedScript) {
  Article a = meta_of(
      "<html><head><script>{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", "
      "\"headline\": \"Lake walk\", \"datePublished\": \"2022-01-28T06:00:00+01:00\"}</script>"
      "</head><body><p>We walked.</p></body></html>");
  EXPECT_EQ(a.date_published, "2022-01-28T06:00:00+01:00");
}

TEST(MetadataTest, APageShowingOnlyItsUpdateIsDatedByIt) {
  // The headline's only date line is the update, which the JSON-LD declares as dateModified;
  // the original publication is in the metadata alone.
  Article a = meta_of(
      "<html><head><script type='application/ld+json'>{\"@type\": \"Article\", "
      "\"datePublished\": \"2019-10-15T16:59:59Z\", \"dateModified\": \"2020-03-12T14:42:17Z\"}"
      "</script></head><body><article><h1>How to look after winter boots</h1>"
      "<div class='byline'>By Ann Lee <span class='timestamp'>Updated Mar 12, 2020</span></div>"
      "<p>Text.</p></article></body></html>");
  EXPECT_EQ(a.date_published.substr(0, 10), "2020-03-12");
}

TEST(MetadataTest, APublicationDeclaredTwiceOutweighsAShownUpdate) {
  // JSON-LD and OpenGraph agree on the publication: the update under the headline alone does
  // not displace it.
  Article a = meta_of(
      "<html><head><meta property='article:published_time' content='2019-10-15T16:59:59Z'>"
      "<meta property='article:modified_time' content='2020-03-12T14:42:17Z'>"
      "<script type='application/ld+json'>{\"@type\": \"Article\", "
      "\"datePublished\": \"2019-10-15T16:59:59Z\", \"dateModified\": \"2020-03-12T14:42:17Z\"}"
      "</script></head><body><article><h1>How to look after winter boots</h1>"
      "<div class='byline'>By Ann Lee <span class='timestamp'>Updated Mar 12, 2020</span></div>"
      "<p>Text.</p></article></body></html>");
  EXPECT_EQ(a.date_published.substr(0, 10), "2019-10-15");
  EXPECT_EQ(a.date_modified.substr(0, 10), "2020-03-12");
}

TEST(MetadataTest, TheShownDateThatTheMarkupCallsTheModification) {
  // The <time itemprop> elements only repeat their machine values; the one date line readers
  // see ("Berlin, 28.10.2021") is the day the microdata gives as the modification.
  Article a = meta_of(
      "<html lang=de><body><div itemscope itemtype='https://schema.org/NewsArticle'>"
      "<time itemprop='datePublished' datetime='2021-10-27T20:35:36+01:00'>2021-10-27T20:35:36+01:00</time>"
      "<time itemprop='dateModified' datetime='2021-10-28T13:21:30+01:00'>2021-10-28T13:21:30+01:00</time>"
      "</div><article><h1>Hilfsorganisation warnt vor Folgen der Dürre</h1>"
      "<p class='meta'>Berlin, 28.10.2021, 058/21</p><p>Text.</p></article></body></html>");
  EXPECT_EQ(a.date_published.substr(0, 10), "2021-10-28");
}

TEST(MetadataTest, AThreadIsDatedByItsFirstPostNotItsReplies) {
  // Every post of a forum thread is an item with its own datePublished; a reply far down the
  // page also shows its time. The first post dates the thread, not the replies' day.
  const char* days[] = {"2024-01-14T21:50:50-05:00", "2024-01-15T01:13:51-05:00",
                        "2024-01-15T08:05:52-05:00"};
  std::string html = "<html><body><h1>Which watch for a first diver?</h1>";
  for (const char* day : days) {
    html += std::string("<div itemscope itemtype='https://schema.org/Comment'>"
                        "<meta itemprop='datePublished' content='") + day + "'><p>" +
            std::string(3000, 'x') + "</p></div>";
  }
  html += "<p class='stamp'><time datetime='2024-01-15T08:05:52-05:00'>Jan 15</time></p></body></html>";
  Article a = meta_of(html);
  EXPECT_EQ(a.date_published.substr(0, 10), "2024-01-14");
}

}  // namespace
}  // namespace lede::meta

namespace lede::meta {
namespace {

TEST(MetadataTest, BylineEndsWhereItsDateBegins) {
  Article a = meta_of("<body><article><h1>Murkraftwerk liefert Strom</h1>"
                      "<p class=autor>Von Johanna Pichler | 23. November 2020, 16:40 Uhr</p>"
                      "<p class=byline>Text: Jens Hansen \u00b7 Aktualisiert: 29.10.2022, 12:15 Uhr</p></article></body>");
  EXPECT_EQ(a.byline, "Von Johanna Pichler");
  ASSERT_EQ(a.authors.size(), 2u);
  EXPECT_EQ(a.authors[1].name, "Jens Hansen");
}

TEST(MetadataTest, LongBylineStartsAreReadInFull) {
  // "Text und Fotos von " and "Additional reporting by " are longer than the other starts.
  Article a = meta_of("<body><article><h1>Fähre nach Amrum fährt wieder</h1>"
                      "<p>Text und Fotos von Anna Berger</p>"
                      "<p>Nach drei Wochen Pause legt die Fähre wieder regelmäßig ab.</p></article></body>");
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0].name, "Anna Berger");
}

// An element whose text is a no-break space is empty, and one that opens with it starts where
// the space ends: "<p>&nbsp;Von Anna Berger</p>" is a loose byline all the same.
TEST(MetadataTest, LooseBylinesAfterANoBreakSpace) {
  // The headline alone in its header: the byline is not among the elements after it.
  Article a = meta_of(std::string("<body><article><header><h1>Fähre nach Amrum fährt wieder</h1></header><div>"
                                  "<p>&nbsp;</p><p><i>&nbsp;&#8203;</i></p><p>&nbsp; Von Anna Berger</p><p>") +
                      kGermanText + "</p></div></article></body>");
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0].name, "Anna Berger");
}

TEST(MetadataTest, TheSameMomentKeepsThePagesOwnZone) {
  Article a = meta_of(
      "<head><meta property='article:published_time' content='2022-03-03T21:15:00Z'></head>"
      "<body><article><h1>Copper hits a two-year high</h1>"
      "<div class=article-info>March 3, 2022 4:15 PM EST</div></article></body>");
  EXPECT_EQ(a.date_published, "2022-03-03T16:15:00-05:00");
}

TEST(MetadataTest, AZoneWrittenOnceCoversTheWholeDateLine) {
  Article a = meta_of("<body><article><h1>港湾スト、物流に影響広がる</h1>"
                      "<p class=date>2021年11月2日 18時05分 JST（更新 2021年11月3日 7時40分）</p></article></body>");
  EXPECT_EQ(a.date_published, "2021-11-02T18:05:00+09:00");
  EXPECT_EQ(a.date_modified, "2021-11-03T07:40:00+09:00");
}

TEST(MetadataTest, JsonLdTranslatorIsAPersonWithARole) {
  Article a = meta_of(
      "<head><script type='application/ld+json'>{\"@type\":\"Article\",\"headline\":\"Reindeer\","
      "\"author\":{\"@type\":\"Person\",\"name\":\"Eleanor Whitby\"},"
      "\"translator\":{\"@type\":\"Person\",\"name\":\"Olga Smirnova\"}}</script></head><body></body>");
  ASSERT_EQ(a.authors.size(), 2u);
  EXPECT_EQ(a.authors[1].name, "Olga Smirnova");
  EXPECT_EQ(a.authors[1].role, "translator");
}

TEST(MetadataTest, AuthorLinkInTheBylineIsTheAuthorsUrl) {
  Article a = meta_of("<body><article><h1>A quiet, clever heist film</h1>"
                      "<div class=post-byline>by <a href='/author/noor/'>Noor Haddad</a></div></article></body>",
                      "https://framerate.example/review/");
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0].url, "https://framerate.example/author/noor/");
}

TEST(MetadataTest, SiteNameWhenTitleAndFrontPageLinkAgree) {
  std::string page = "<head><title>杭州地铁三期工程全面开工_滨江日报</title></head><body>"
                     "<div><a href='/'>滨江日报</a></div><h1>杭州地铁三期工程全面开工</h1></body>";
  EXPECT_EQ(meta_of(page, "https://www.example.cn/a.htm").site_name, "滨江日报");
  std::string no_link = "<head><title>杭州地铁三期工程全面开工_滨江日报</title></head><body>"
                        "<h1>杭州地铁三期工程全面开工</h1></body>";
  EXPECT_EQ(meta_of(no_link, "https://www.example.cn/a.htm").site_name, "");
}

// A link leads to the front page when it resolves to the page's host with the path "/" alone,
// however it is written; links to other paths and other hosts do not.
TEST(MetadataTest, SiteNameOnlyFromLinksThatLeadHome) {
  auto site_with_link = [](const std::string& href) {
    return meta_of("<head><title>杭州地铁三期工程全面开工_滨江日报</title></head><body><div><a href='" + href +
                       "'>滨江日报</a></div><h1>杭州地铁三期工程全面开工</h1></body>",
                   "https://www.example.cn/2024/a.htm")
        .site_name;
  };
  for (std::string home : {"https://www.example.cn", "https://www.example.cn/", "https://www.example.cn/?from=nav",
                           "https://www.example.cn?from=nav", "https://www.example.cn#top", " https://www.example.cn/ ",
                           "http://www.example.cn/", "//www.example.cn/", "/?ref=1", "/", "../../"}) {
    EXPECT_EQ(site_with_link(home), "滨江日报") << home;
  }
  for (std::string elsewhere : {"https://www.example.cn/news/", "https://www.example.cn.example.com/",
                                "https://example.cn/", "https://www.example.cn//", "https://www.example.cnx/",
                                "https://www.example.cn:8080/", "/news", "https:///www.example.cn", "https://",
                                "https://other.example/www.example.cn", "news/"}) {
    EXPECT_EQ(site_with_link(elsewhere), "") << elsewhere;
  }
}

// An itemprop's value is its content, else its datetime, else its text; its name is matched
// in any case, and a page without itemprop names the property in RDFa. The first of an
// attribute given twice counts; the first article item is the page's, later ones are teasers.
TEST(MetadataTest, MicrodataValuesAndNames) {
  Article a = meta_of(
      "<body><div itemscope itemtype='https://schema.org/NewsArticle'>"
      "<h1 itemprop='HEADLINE' itemprop='name'>Ferry timetable grows by a third</h1>"
      "<span itemprop='datePublished' content='2023-04-02' datetime='2023-04-09'>2 April</span>"
      "<span itemprop='articleSection'>Transport</span>"
      "<span itemprop='author' itemscope itemtype='https://schema.org/Person'>By "
      "<span itemprop='name'>Ines Pereira</span></span></div>"
      "<div itemscope itemtype='https://schema.org/NewsArticle'><span itemprop='articleSection'>Sport</span>"
      "<span itemprop='datePublished' content='2023-01-01'></span></div></body>");
  EXPECT_EQ(a.title, "Ferry timetable grows by a third");
  EXPECT_EQ(a.date_published.substr(0, 10), "2023-04-02");
  EXPECT_EQ(a.section, "Transport");
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0].name, "Ines Pereira");
  Article rdfa = meta_of("<body><h1>Ferry timetable grows by a third</h1>"
                         "<span property='dc:date' content='2023-03-30'>30 March</span>"
                         "<span property='dcterms:creator'>Ines Pereira</span></body>");
  EXPECT_EQ(rdfa.date_published.substr(0, 10), "2023-03-30");
  ASSERT_EQ(rdfa.authors.size(), 1u);
  EXPECT_EQ(rdfa.authors[0].name, "Ines Pereira");
}

// A tag given again in other capitals is the same tag; the first writing of it is kept.
TEST(MetadataTest, TagsAreKeptOnceWhateverTheirCase) {
  std::string long_tag(70, 'x');
  std::string long_upper(70, 'X');
  EXPECT_EQ(meta_of("<head><meta name=news_keywords content='Harbour, harbour, Ferries, HARBOUR, Ägäis, ägäis, " +
                    long_tag + ", " + long_upper + "'></head><body></body>")
                .tags,
            (std::vector<std::string>{"Harbour", "Ferries", "Ägäis", long_tag}));
}

// <meta http-equiv=content-language> declares the page's language, however its name is written;
// other http-equiv headers declare none.
TEST(MetadataTest, ContentLanguageMetaDeclaresTheLanguage) {
  EXPECT_EQ(meta_of("<head><meta http-equiv='refresh' content='300'>"
                    "<meta HTTP-EQUIV='Content-Language' content='de-AT'></head><body></body>")
                .language,
            "de-AT");
  EXPECT_EQ(meta_of("<head><meta http-equiv='refresh' content='fr'></head><body></body>").language, "");
}

// OpenGraph, article: and Twitter properties are read in any case, by property or by name;
// other <meta> beside them say nothing of these fields.
TEST(MetadataTest, OpenGraphPropertiesInAnyCase) {
  Article a = meta_of("<head><meta name='viewport' content='width=device-width'>"
                      "<meta property='OG:Title' content='Harbour ferries run late all summer'>"
                      "<meta name='Article:Section' content='Transport'>"
                      "<meta name='TWITTER:DESCRIPTION' content='The timetable grows by a third.'>"
                      "<meta property='ogtitle' content='Not a title'></head><body></body>");
  EXPECT_EQ(a.title, "Harbour ferries run late all summer");
  EXPECT_EQ(a.section, "Transport");
  EXPECT_EQ(a.description, "The timetable grows by a third.");
}

TEST(MetadataTest, KeywordsAreTagsOnlyWhenNothingBetterIs) {
  EXPECT_EQ(meta_of("<head><meta name=keywords content='杭州,地铁'></head><body></body>").tags,
            (std::vector<std::string>{"杭州", "地铁"}));
  EXPECT_EQ(meta_of("<head><meta name=keywords content='seo, words'>"
                    "<meta name=news_keywords content='harbour'></head><body></body>").tags,
            (std::vector<std::string>{"harbour"}));
}

// Templates write the headline again into their subtitle slot, and JSON-LD copies it into
// alternativeHeadline: a subtitle only repeating the title is none, and a real standfirst wins.
TEST(MetadataTest, SubtitleRepeatingTheTitleIsNone) {
  const std::string head =
      "<head><script type=application/ld+json>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
      "\"headline\":\"Ferry fares rise in April\",\"alternativeHeadline\":\"Ferry Fares Rise in April\"}</script></head>";
  Article repeated = meta_of("<html>" + head + "<body><article><h1>Ferry fares rise in April</h1>"
                             "<p class=subtitle>Ferry fares rise in April</p><p>Text.</p></article></body></html>");
  EXPECT_EQ(repeated.title, "Ferry fares rise in April");
  EXPECT_EQ(repeated.subtitle, "");
  Article standfirst = meta_of("<html>" + head + "<body><article><h1>Ferry fares rise in April</h1>"
                               "<p class=subtitle>Crossings cost fifty cents more from the first of the month</p>"
                               "<p>Text.</p></article></body></html>");
  EXPECT_EQ(standfirst.subtitle, "Crossings cost fifty cents more from the first of the month");
}

// CMSs mix their own taxonomy codes into the keywords they publish: snake_case identifiers,
// handles, "key:value" facets (a topic facet gives its value), record ids.
TEST(MetadataTest, TagsAreTopicsNotTaxonomyCodes) {
  Article a = meta_of("<html><head><meta name=keywords content='type_news, channel_other, tag:Crime, @aa-app, "
                      "Section:culture, 18153161, 2019, Harbour ferries, ...'></head>"
                      "<body><h1>Harbour ferries run late</h1><p>Text.</p></body></html>");
  EXPECT_EQ(a.tags, (std::vector<std::string>{"Crime", "2019", "Harbour ferries"}));
}

// CMSs join every category of a post into one section field, the one it is filed under first;
// a paragraph in that field is no section.
TEST(MetadataTest, SectionIsTheFirstOfTheCategoriesWritten) {
  auto section_of = [](const std::string& written) {
    return meta_of("<html><head><meta property='article:section' content='" + written +
                   "'></head><body><h1>Harbour ferries run late</h1><p>Text.</p></body></html>")
        .section;
  };
  EXPECT_EQ(section_of("Politik, Eindrücke, Inland"), "Politik");
  EXPECT_EQ(section_of("game,news,slider"), "game");
  EXPECT_EQ(section_of("U.S. & World"), "U.S. & World");
  EXPECT_EQ(section_of("The ferry company said on Tuesday that crossings would run late all summer while the pier is rebuilt"), "");
}

// The picture a site shares for every page without one of its own is no lead image; an image
// store's rendition named "default" of one picture is that picture.
TEST(MetadataTest, ASitesDefaultSharePictureIsNoLeadImage) {
  auto image_of = [](const std::string& og_image) {
    return meta_of("<html><head><meta property='og:image' content='" + og_image +
                   "'></head><body><h1>Harbour ferries run late</h1><p>Text.</p></body></html>")
        .image.url;
  };
  EXPECT_EQ(image_of("https://news.example/img/opengraph_default.png"), "");
  EXPECT_EQ(image_of("https://news.example/images/facebook-default-wide.jpg"), "");
  EXPECT_EQ(image_of("https://s0.wp.com/i/blank.jpg"), "");
  EXPECT_EQ(image_of("https://img.example/vi/abc/maxresdefault.jpg"), "https://img.example/vi/abc/maxresdefault.jpg");
  EXPECT_EQ(image_of("https://img.example/storage/2280168_default_1tGuSk.jpg"), "https://img.example/storage/2280168_default_1tGuSk.jpg");
}

// The weekday a date line writes before its date belongs to the date, not to the name before
// it; a surname that reads as one stays ("Minh Do" without the German comma, "Jane Sun").
TEST(MetadataTest, WeekdayBeforeTheDateIsNoPartOfTheByline) {
  auto byline_of = [](const std::string& line) {
    Article a = meta_of("<html lang=de><body><article><h1>Wohnungssuche zum Semesterstart bleibt schwierig</h1>"
                        "<div class=byline>" + line + "</div><p>Text.</p></article></body></html>");
    std::vector<std::string> names;
    for (const Author& author : a.authors) names.push_back(author.name);
    return std::make_pair(a.byline, names);
  };
  EXPECT_EQ(byline_of("Von Lisa Petrich Mi, 18. Oktober 2023 um 12:50 Uhr"),
            std::make_pair(std::string("Von Lisa Petrich"), std::vector<std::string>{"Lisa Petrich"}));
  EXPECT_EQ(byline_of("By Nina Pineda Friday, March 3, 2023").first, "By Nina Pineda");
  EXPECT_EQ(byline_of("By Matthew Digby, Minh Do 18.10.2023").second, (std::vector<std::string>{"Matthew Digby", "Minh Do"}));
  EXPECT_EQ(byline_of("By Jane Sun, March 3, 2023").second, std::vector<std::string>{"Jane Sun"});
}

// A date line's leftover words name someone only as a name of two words: "First published on"
// and "X min read" leave one word, no person.
TEST(MetadataTest, ADateLinesLeftoverWordIsNoAuthor) {
  for (std::string line : {"First published on November 19, 2019 / 8:16 AM", "X min read · 19.11.2019"}) {
    Article a = meta_of("<body><article><h1>Harbour ferries run late all summer</h1><p class=date>" + line +
                        "</p><p>Text.</p></article></body>");
    EXPECT_TRUE(a.authors.empty()) << line << ": " << (a.authors.empty() ? "" : a.authors[0].name);
  }
}

TEST(MetadataTest, StandfirstNamedInACompoundClass) {
  Article a = meta_of("<body><article><h1>Recife amplia ciclofaixa de domingo</h1>"
                      "<h2 class=content-head__subtitle>Nova extensão soma 9 quilômetros e começa no domingo</h2>"
                      "</article></body>");
  EXPECT_EQ(a.subtitle, "Nova extensão soma 9 quilômetros e começa no domingo");
}

TEST(MetadataTest, LinkToTheOriginalArticleInKorean) {
  Article a = meta_of("<body><article><h1>Daejeon to turn rail yard into park</h1><p>Text.</p>"
                      "<p><a href='https://www.example.co.kr/arti/1011822.html'><img src=/btn_original.gif alt='원문 보기'></a></p>"
                      "</article></body>",
                      "https://english.example.co.kr/arti/1011902.html");
  ASSERT_EQ(a.translations.size(), 1u);
  EXPECT_EQ(a.translations[0].url, "https://www.example.co.kr/arti/1011822.html");
  EXPECT_EQ(a.translations[0].relation, "original");
}

// A link's words are read across its inline elements, its image alts and its title, whatever
// their case: "Read <b>in</b> Eng<i>lish</i>", "Leer en ESPA<b>ÑOL</b>".
TEST(MetadataTest, LanguageEditionLinksNamedAcrossElementsAltsAndTitles) {
  auto translations_of = [](const std::string& link) {
    return meta_of("<body><article><h1>Le conseil garde le vieux pont</h1><p>Texte.</p><p>" + link +
                       "</p></article></body>",
                   "https://news.example/fr/2024/pont.html")
        .translations;
  };
  auto edition = translations_of("<a href='/en/2024/bridge.html'>Read <b>in</b> Eng<i>lish</i></a>");
  ASSERT_EQ(edition.size(), 1u);
  EXPECT_EQ(edition[0].url, "https://news.example/en/2024/bridge.html");
  EXPECT_EQ(edition[0].lang, "en");
  auto in_title = translations_of("<a href='/en/2024/bridge.html' title='ENGLISH'>EN</a>");
  ASSERT_EQ(in_title.size(), 1u);
  EXPECT_EQ(in_title[0].lang, "en");
  auto in_alt = translations_of("<a href='/de/2024/bruecke.html'><img src=/flag.png alt='Deutsch'></a>");
  ASSERT_EQ(in_alt.size(), 1u);
  EXPECT_EQ(in_alt[0].lang, "de");
  auto accented = translations_of("<a href='/es/2024/puente.html'>Leer en ESPA<b>ÑOL</b></a>");
  ASSERT_EQ(accented.size(), 1u);
  EXPECT_EQ(accented[0].lang, "es");
  auto by_hreflang = translations_of("<a href='/it/2024/ponte.html' hreflang=it>Italiano</a>");
  ASSERT_EQ(by_hreflang.size(), 1u);
  EXPECT_EQ(by_hreflang[0].lang, "it");
  EXPECT_TRUE(translations_of("<a href='/fr/2024/autre.html'>Un autre article sur le pont</a>").empty());
  EXPECT_TRUE(translations_of("<a href='/fr/2024/recette.html' title='Recette originale'>La recette</a>").empty());
}

// Language links repeated for several pages are a list of those pages in each language (a
// directory of offices, a front page's stories), not this article's language menu; a language
// name inside a longer word names nothing.
TEST(MetadataTest, LanguageLinksOfOtherPagesAndWordsHoldingALanguageNameAreNoEditions) {
  auto translations_of = [](const std::string& links) {
    return meta_of("<html lang=de><body><article><h1>Die Stiftung eröffnet zwei neue Büros</h1><p>Text.</p>" + links +
                       "</article></body></html>",
                   "https://stiftung.example/de/2024/neue-bueros")
        .translations;
  };
  EXPECT_TRUE(translations_of("<ul><li>Büro Lissabon <a href='/en/office/lisbon' hreflang=en>EN</a> "
                              "<a href='/pt/escritorio/lisboa' hreflang=pt>PT</a></li>"
                              "<li>Büro Rom <a href='/en/office/rome' hreflang=en>EN</a> <a href='/it/ufficio/roma' hreflang=it>IT</a></li>"
                              "<li>Büro Wien <a href='/en/office/vienna' hreflang=en>English version</a></li></ul>")
                  .empty());
  EXPECT_TRUE(translations_of("<p><a href='/de/thema/deutschland'>Deutschland</a> <a href='/de/film/germanomics'>Germanomics</a> "
                              "<a href='/de/reise/englischer-garten'>Englischer Garten</a></p>")
                  .empty());
  auto menu = translations_of("<p><a href='/en/2024/new-offices' hreflang=en>EN</a> <a href='/de/2024/neue-bueros' hreflang=de>DE</a></p>");
  ASSERT_EQ(menu.size(), 1u);
  EXPECT_EQ(menu[0].url, "https://stiftung.example/en/2024/new-offices");
}

// Most links name nothing and are turned down by their ASCII words alone: every language name
// written in ASCII must still be found there, in any case, inside a longer text, and wherever
// it starts (the words are looked for at every fourth byte of the text as written).
TEST(MetadataTest, EveryAsciiLanguageNameMakesAnEditionLink) {
  const std::pair<std::string, std::string> kNames[] = {
      {"English", "en"}, {"KOREAN", "ko"}, {"Japanese", "ja"}, {"Chinese", "zh"}, {"German", "de"},
      {"Deutsch", "de"}, {"French", "fr"}, {"Spanish", "es"}, {"Portuguese", "pt"}, {"Italian", "it"},
      {"italiano", "it"}, {"Dutch", "nl"}, {"Nederlands", "nl"}, {"Polish", "pl"}, {"Polski", "pl"},
      {"Russian", "ru"}, {"Turkish", "tr"}, {"Arabic", "ar"}};
  for (const auto& [name, tag] : kNames) {
    for (size_t spaces = 1; spaces <= 4; ++spaces) {
      Article a = meta_of("<body><article><h1>Harbour ferries run late all summer</h1><p>Text.</p>"
                          "<p><a href='/other/2024/ferries.html'>Read in" + std::string(spaces, ' ') + name +
                              "</a></p></article></body>",
                          "https://news.example/2024/ferries.html");
      ASSERT_EQ(a.translations.size(), 1u) << name << spaces;
      EXPECT_EQ(a.translations[0].lang, tag) << name;
    }
  }
  Article original = meta_of("<body><article><h1>Hafenfähren fahren den ganzen Sommer länger</h1><p>Text.</p>"
                             "<p><a href='https://zeitung.example/2024/faehren.html'>Zum Originalartikel</a></p>"
                             "</article></body>",
                             "https://news.example/2024/ferries.html");
  ASSERT_EQ(original.translations.size(), 1u);
  EXPECT_EQ(original.translations[0].url, "https://zeitung.example/2024/faehren.html");
  for (std::string text : {"Read the original recipe", "Read more", "Another story in this edition"}) {
    EXPECT_TRUE(meta_of("<body><article><h1>Harbour ferries run late all summer</h1><p>Text.</p>"
                        "<p><a href='/other/2024/more.html'>" + text + "</a></p></article></body>",
                        "https://news.example/2024/ferries.html")
                    .translations.empty())
        << text;
  }
}

// The chosen image takes the alt and the caption that other statements give for the same
// image (its URL written relative or absolute), never those of another image.
TEST(MetadataTest, ImageTakesAltAndCaptionOfTheSameImageOnly) {
  Article a = meta_of(R"(<html><head>
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "NewsArticle", "headline": "Flood waters reach the old town",
  "image": {"@type": "ImageObject", "url": "https://news.example.org/img/flood.jpg"}},
 {"@type": "WebPage", "image": {"@type": "ImageObject", "url": "/img/flood.jpg",
  "caption": "The river at its highest in twenty years"}}]}</script>
<meta property="og:image" content="https://news.example.org/img/map.png">
<meta property="og:image:alt" content="Map of the flooded districts">
<meta property="og:image" content="/img/flood.jpg">
<meta property="og:image:alt" content="Flooded street in the old town">
<meta name="twitter:image" content="https://news.example.org/img/flood-small.jpg">
</head><body><figure><img src="/img/flood.jpg"></figure></body></html>)",
                      "https://news.example.org/2024/06/flood.html");
  EXPECT_EQ(a.image.url, "https://news.example.org/img/flood.jpg");
  EXPECT_EQ(a.image.alt, "Flooded street in the old town");
  EXPECT_EQ(a.image.caption, "The river at its highest in twenty years");
}

}  // namespace
}  // namespace lede::meta
