// References a publisher escaped twice are decoded; text that only looks like one stays.
#include "meta/escaped_twice.h"

#include <gtest/gtest.h>

#include "meta/evidence.h"

namespace lede::meta {
namespace {

TEST(EscapedTwiceTest, ClosedReferencesAreDecoded) {
  EXPECT_EQ(decode_escaped_twice("Renovation Trends &amp; Why They&#8217;re Smart"), "Renovation Trends & Why They’re Smart");
  EXPECT_EQ(decode_escaped_twice("&#8222;Arschloch&#8220;"), "„Arschloch“");
  EXPECT_EQ(decode_escaped_twice("Pr&auml;lat"), "Prälat");
  EXPECT_EQ(decode_escaped_twice("https://news.example/?post_type=profile&#038;p=12"), "https://news.example/?post_type=profile&p=12");
  EXPECT_EQ(decode_escaped_twice("&#x2019;"), "’");
}

TEST(EscapedTwiceTest, TextWithoutAClosedReferenceIsLeftAlone) {
  EXPECT_EQ(decode_escaped_twice("No ampersand here"), std::nullopt);
  EXPECT_EQ(decode_escaped_twice("AT&T and P&G"), std::nullopt);
  EXPECT_EQ(decode_escaped_twice("https://news.example/?a=1&copy=2"), std::nullopt);
  EXPECT_EQ(decode_escaped_twice("Fish &chips; a guide"), std::nullopt);  // no such name
  EXPECT_EQ(decode_escaped_twice("A & B &"), std::nullopt);
}

TEST(EscapedTwiceTest, EvidenceHoldsTheDecodedText) {
  Evidence ev({{}, NumericOrder::kDayFirst, "", false});
  ev.add_text(Field::kSection, Origin::kJsonLd, kWeightStructured, "Food &amp;  Drink");
  ev.add_author(Origin::kJsonLd, kWeightStructured, {"Redacci&oacute;n Central", "", "/autor?a=1&#038;b=2"});
  ASSERT_EQ(ev.candidates().size(), 2u);
  EXPECT_EQ(ev.candidates()[0].value, "Food & Drink");
  EXPECT_EQ(ev.candidates()[1].value, "Redacción Central");
  EXPECT_EQ(ev.candidates()[1].author().url, "/autor?a=1&b=2");
}

}  // namespace
}  // namespace lede::meta
