#include "meta/title.h"
#include "meta/text_util.h"

#include <gtest/gtest.h>

namespace lede::meta {
namespace {

TEST(TitleTest, SiteSuffixes) {
  EXPECT_EQ(clean_title("Rain returns to the valley | The Daily Planet"), "Rain returns to the valley");
  EXPECT_EQ(clean_title("Rain returns to the valley - Daily Planet"), "Rain returns to the valley");
  EXPECT_EQ(clean_title("Rain returns : Weather : News : The Daily Planet"), "Rain returns");
  EXPECT_EQ(clean_title("Obama - the early years | CNN"), "Obama - the early years");
  // A name in camel case starts in lower case.
  EXPECT_EQ(clean_title("Battery swap guide | iRepairs"), "Battery swap guide");
}

TEST(TitleTest, LeadingSiteWhenKnown) {
  EXPECT_EQ(clean_title("Daily Planet | Rain returns to the valley", "Daily Planet"),
            "Rain returns to the valley");
  EXPECT_EQ(clean_title("planet.example - Rain returns to the valley", "", "www.planet.example"),
            "Rain returns to the valley");
}

TEST(TitleTest, KeepsHeadlinesThatAreNotTrails) {
  EXPECT_EQ(clean_title("A long headline about the market - and why it fell so far today"),
            "A long headline about the market - and why it fell so far today");
  EXPECT_EQ(clean_title("No separators here"), "No separators here");
  EXPECT_EQ(clean_title("  spaced \n title  "), "spaced title");
}

TEST(TitleTest, WritesOutCharacterReferences) {
  EXPECT_EQ(clean_title("Fares &amp; fees rise &#8211; again"), "Fares & fees rise – again");
  EXPECT_EQ(clean_title("AT&T buys a cable company"), "AT&T buys a cable company");
}

TEST(TitleTest, DropsALeadingStamp) {
  EXPECT_EQ(clean_title("23.01.2022 - Dune wins the prize - City Paper"), "Dune wins the prize");
  EXPECT_EQ(clean_title("15 - Tutorial: Sweep and Loft"), "Tutorial: Sweep and Loft");
  // A lead with a letter is words of the headline.
  EXPECT_EQ(clean_title("Route 66 - A drive west"), "Route 66 - A drive west");
}

TEST(TitleTest, KeepsASeparatorInsideAQuotation) {
  EXPECT_EQ(clean_title("Record of the Week: Tide, ‘Low Water / High Water’"),
            "Record of the Week: Tide, ‘Low Water / High Water’");
  EXPECT_EQ(clean_title("Wahlen: „Links / Rechts“"), "Wahlen: „Links / Rechts“");
  // An inch mark opens no quotation.
  EXPECT_EQ(clean_title("Surface Laptop 13.8\" Touchscreen - Black"), "Surface Laptop 13.8\" Touchscreen");
}

TEST(TitleTest, ReadsBackUtf8ReadAsLatin1) {
  // "—" and "’" as UTF-8 bytes read as Latin-1: U+00E2 U+0080 U+0094, U+00E2 U+0080 U+0099.
  EXPECT_EQ(clean_title("The quay \u00E2\u0080\u0094 the town\u00E2\u0080\u0099s history"),
            "The quay \u2014 the town\u2019s history");
  // A run that is no UTF-8 stays; a title without a C1 control is not touched.
  EXPECT_EQ(clean_title("Caf\u00E9\u0080 au lait"), "Caf\u00E9\u0080 au lait");
  EXPECT_EQ(clean_title("Caf\u00C3\u00A9 au lait"), "Caf\u00C3\u00A9 au lait");
}

TEST(TitleTest, DropsATrailOfSymbols) {
  EXPECT_EQ(clean_title("Shops close early » ★★★★☆ - City Paper - News"), "Shops close early");
  EXPECT_EQ(clean_title("Shops close early › City Paper"), "Shops close early");
}

TEST(TitleTest, HeadlinePartBetweenSeparators) {
  std::string key = title_key("Seven ways to keep a starter alive");
  EXPECT_EQ(headline_part("Seven ways to keep a starter alive - Crumb | Baking for beginners at home", key),
            "Seven ways to keep a starter alive");
  EXPECT_EQ(headline_part("Baking: Seven ways to keep a starter alive | Crumb", key), "Seven ways to keep a starter alive");
  EXPECT_EQ(headline_part("Help - Seven ways to keep a starter alive", key), "Seven ways to keep a starter alive");
  // A lead as long as a headline is one: the title holds two, not a label and the headline.
  EXPECT_EQ(headline_part("Starters die in warm kitchens - Seven ways to keep a starter alive", key), "");
  // Words of the headline cut in two by a colon are no part of a title's separators.
  EXPECT_EQ(headline_part("Seven ways to keep a starter alive: a guide", key), "");
}

TEST(TitleTest, KeyIgnoresCaseAndPunctuation) {
  EXPECT_EQ(title_key("Rain, returns!"), title_key("rain returns"));
  EXPECT_EQ(title_key("서울의 봄"), "서울의봄");
  // CJK punctuation is no part of a key; an invalid byte keys as U+FFFD.
  EXPECT_EQ(title_key("「東京」の夜、雨。"), "東京の夜雨");
  EXPECT_EQ(title_key("A\xE6\x9D"), "a\xEF\xBF\xBD\xEF\xBF\xBD");
}

}  // namespace
}  // namespace lede::meta

namespace lede::meta {
namespace {

TEST(TextUtilTest, TrimTreatsExtrasAsCodePoints) {
  // "–" is E2 80 93; a trailing "쀀" (EC 80 80) shares its continuation byte and must survive.
  EXPECT_EQ(trim("– 쀀", "–"), "쀀");
  EXPECT_EQ(trim("• Anna •", "•"), "Anna");
  // An ASCII byte at an end is stripped when the extras hold it, beside extras outside ASCII
  // and a lone byte that is no code point of its own.
  EXPECT_EQ(trim(" |, Anna Berg :/ ", ",;:-–—|•·/"), "Anna Berg");
  EXPECT_EQ(trim("–|Anna|–", ",;:-–—|•·/"), "Anna");
  EXPECT_EQ(trim("a Anna a", ",;:-–—|•·/"), "a Anna a");
  EXPECT_EQ(trim("\x80" "Anna\x93", "–|"), "\x80" "Anna\x93");
  EXPECT_EQ(trim("*\"Anna\"*", "*\"'"), "Anna");
}

}  // namespace
}  // namespace lede::meta

namespace lede::meta {
namespace {

TEST(TitleTest, QuestionsAndIdeographicSpacesStay) {
  EXPECT_EQ(clean_title("Is my starter dead - is it really?"), "Is my starter dead - is it really?");
  EXPECT_EQ(clean_title("北陸新幹線　沿線自治体が受け入れ強化"), "北陸新幹線　沿線自治体が受け入れ強化");
}

}  // namespace
}  // namespace lede::meta
