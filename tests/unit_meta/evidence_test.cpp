#include "meta/evidence.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "meta/text_util.h"

namespace lede::meta {
namespace {

// The value add_text() keeps for `text`; "(none)" when it keeps nothing.
std::string added(std::string_view text) {
  Evidence ev({*parse_date("2024-06-01"), NumericOrder::kDayFirst, {}});
  ev.add_text(Field::kTitle, Origin::kMetaTag, kWeightMeta, text);
  return ev.candidates().empty() ? "(none)" : ev.candidates().front().value;
}

TEST(EvidenceTest, TextIsCollapsed) {
  EXPECT_EQ(added("Rain returns"), "Rain returns");
  EXPECT_EQ(added("  Rain   returns\t"), "Rain returns");
  EXPECT_EQ(added("Rain\nreturns"), "Rain returns");
  EXPECT_EQ(added("Rain\u00A0returns"), "Rain returns");
  EXPECT_EQ(added("日本の 夜"), "日本の 夜");
  EXPECT_EQ(added(" \t\n"), "(none)");
  EXPECT_EQ(added(""), "(none)");
}

// A value collapsed once is copied when it comes again: each candidate still holds its own
// text collapsed, however many came between, and a value alike but for its white space is
// collapsed on its own.
TEST(EvidenceTest, ValuesCollapsedAgainAreTheirOwn) {
  Evidence ev({*parse_date("2024-06-01"), NumericOrder::kDayFirst, {}});
  const std::string kDescription = "Der Fluss   führt\nHochwasser";
  ev.add_text(Field::kDescription, Origin::kOpenGraph, kWeightMeta, kDescription);
  ev.add_text(Field::kTitle, Origin::kOpenGraph, kWeightMeta, "Über\tdie Ufer");
  for (int i = 0; i < 100; ++i) ev.add_text(Field::kTag, Origin::kMetaTag, kWeightWeak, "tag " + std::to_string(i));
  ev.add_text(Field::kDescription, Origin::kMetaTag, kWeightMeta, kDescription);
  ev.add_text(Field::kTitle, Origin::kJsonLd, kWeightMeta, "Über die\tUfer");
  ev.add_text(Field::kTitle, Origin::kTwitter, kWeightMeta, "Über\tdie Ufer");
  const std::vector<Candidate>& c = ev.candidates();
  ASSERT_EQ(c.size(), 105u);
  EXPECT_EQ(c[0].value, "Der Fluss führt Hochwasser");
  EXPECT_EQ(c[1].value, "Über die Ufer");
  EXPECT_EQ(c[102].value, "Der Fluss führt Hochwasser");
  EXPECT_EQ(c[102].origin, Origin::kMetaTag);
  EXPECT_EQ(c[103].value, "Über die Ufer");
  EXPECT_EQ(c[104].value, "Über die Ufer");
  EXPECT_EQ(c[104].origin, Origin::kTwitter);
}

// Texts read eight bytes at a time: double spaces, white space and non-ASCII bytes at every
// place in and across the chunks are collapsed as collapse_space() collapses them.
TEST(EvidenceTest, EveryPlaceOfARunIsSeen) {
  const std::string base = "abcdefghijklmnopqrstuvwxyz0123456789";
  for (std::string_view odd : {"  ", "\t", " \n", "\xC2\xA0", "\x01", "\x7F"}) {
    for (size_t at = 1; at + 1 < base.size(); ++at) {
      std::string text = base.substr(0, at) + std::string(odd) + base.substr(at);
      EXPECT_EQ(added(text), collapse_space(text)) << at;
    }
  }
  for (size_t at = 1; at + 1 < base.size(); ++at) {
    std::string text = base;
    text[at] = ' ';
    EXPECT_EQ(added(text), text);
  }
}

// Values in other scripts that are collapsed already are kept as they are; the white space
// collapsing changes (Unicode spaces, overlong encodings of a space, runs) is found wherever it
// is among their code points, and invalid bytes pass as collapsing passes them.
TEST(EvidenceTest, NonAsciiValuesAreKeptOnlyWhenCollapsed) {
  const std::string base = "서울 시내버스 파업 – “사흘째” 日本語 Ελλάδα";
  EXPECT_EQ(added(base), base);
  for (std::string_view odd : {"\u2009", "\u200B", "\uFEFF", "\u00A0", "\xC0\xA0", "\xE0\x80\xA0", "  ", "\n",
                               "\u3000", "\xFF", "\xE2\x80"}) {
    for (size_t at = 0; at <= base.size(); ++at) {
      std::string text = base.substr(0, at) + std::string(odd) + base.substr(at);
      EXPECT_EQ(added(text), collapse_space(text).empty() ? "(none)" : collapse_space(text)) << at;
    }
  }
}

}  // namespace
}  // namespace lede::meta
