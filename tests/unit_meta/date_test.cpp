#include "meta/date.h"

#include <gtest/gtest.h>

namespace lede::meta {
namespace {

std::string iso(std::string_view text, NumericOrder order = NumericOrder::kDayFirst) {
  std::optional<Date> d = parse_date(text, order);
  return d ? d->iso() : "none";
}

// Written digit by digit into place: each precision, each sign of offset, and the values too
// wide for fixed digits (written as printf writes them).
TEST(DateTest, IsoWritesEveryPieceAndTheValuesTooWideForItsDigits) {
  Date d{.year = 2017, .month = 5, .day = 9, .hour = 7, .minute = 2, .second = 3,
         .precision = DatePrecision::kSecond, .has_offset = true, .offset_minutes = -(3 * 60 + 30)};
  EXPECT_EQ(d.iso(), "2017-05-09T07:02:03-03:30");
  d.offset_minutes = 5 * 60 + 45;
  EXPECT_EQ(d.iso(), "2017-05-09T07:02:03+05:45");
  d.has_offset = false;
  EXPECT_EQ(d.iso(), "2017-05-09T07:02:03");
  d.precision = DatePrecision::kDay;
  EXPECT_EQ(d.iso(), "2017-05-09");
  d.precision = DatePrecision::kMonth;
  EXPECT_EQ(d.iso(), "2017-05");
  d.year = 12017;
  EXPECT_EQ(d.iso(), "12017-05");
  d = Date{.year = 999, .month = 1, .day = 2, .hour = 3, .minute = 4, .precision = DatePrecision::kMinute,
           .has_offset = true, .offset_minutes = 100 * 60 + 1};
  EXPECT_EQ(d.iso(), "0999-01-02T03:04:00+100:01");
}

TEST(DateTest, Iso8601KeepsOffsetAndPrecision) {
  EXPECT_EQ(iso("2017-05-09"), "2017-05-09");
  EXPECT_EQ(iso("2017-05-09T17:22:00+09:00"), "2017-05-09T17:22:00+09:00");
  EXPECT_EQ(iso("2017-05-09T08:22:31.123Z"), "2017-05-09T08:22:31+00:00");
  EXPECT_EQ(iso("2017-05-09T17:22-0500"), "2017-05-09T17:22:00-05:00");
  EXPECT_EQ(iso("2017-05-09 17:22"), "2017-05-09T17:22:00");
  EXPECT_EQ(iso("2017-05"), "2017-05");
  EXPECT_EQ(iso("2017/5/9"), "2017-05-09");
}

TEST(DateTest, NamedZones) {
  EXPECT_EQ(iso("Posted on : 2017-05-09 17:22 KST"), "2017-05-09T17:22:00+09:00");
  EXPECT_EQ(iso("May 9, 2017 5:22 p.m. EDT"), "2017-05-09T17:22:00-04:00");
  EXPECT_EQ(iso("9 May 2017 17.22 BST"), "2017-05-09T17:22:00+01:00");
  EXPECT_EQ(iso("09.05.2017, 17:22 Uhr CEST"), "2017-05-09T17:22:00+02:00");
  EXPECT_EQ(iso("2017-05-09 17:22 (UTC+9)"), "2017-05-09T17:22:00+09:00");
  EXPECT_EQ(iso("Tue, 09 May 2017 17:22:05 GMT+0100"), "2017-05-09T17:22:05+01:00");
  EXPECT_EQ(iso("9 May 2017 10:00 IST"), "2017-05-09T10:00:00+05:30");
  EXPECT_EQ(iso("May 9, 2017 at 9:05 am EST"), "2017-05-09T09:05:00-05:00");
  EXPECT_EQ(iso("2017-05-09 17:22 JST"), "2017-05-09T17:22:00+09:00");
  EXPECT_EQ(iso("9 May 2017 17:22 CET"), "2017-05-09T17:22:00+01:00");
}

TEST(DateTest, MonthNamesInManyLanguages) {
  EXPECT_EQ(iso("Tuesday, May 9th, 2017"), "2017-05-09");
  EXPECT_EQ(iso("9. Mai 2017"), "2017-05-09");
  EXPECT_EQ(iso("le 9 mai 2017 à 17h22"), "2017-05-09T17:22:00");
  EXPECT_EQ(iso("9 de mayo de 2017"), "2017-05-09");
  EXPECT_EQ(iso("9 de maio de 2017 às 17:22"), "2017-05-09T17:22:00");
  EXPECT_EQ(iso("9 maggio 2017 alle 17:22"), "2017-05-09T17:22:00");
  EXPECT_EQ(iso("9 mei 2017"), "2017-05-09");
  EXPECT_EQ(iso("9 maja 2017"), "2017-05-09");
  EXPECT_EQ(iso("9 мая 2017 г."), "2017-05-09");
  EXPECT_EQ(iso("9 Mayıs 2017"), "2017-05-09");
  EXPECT_EQ(iso("9 ŞUBAT 2017"), "2017-02-09");
  EXPECT_EQ(iso("9 مايو 2017"), "2017-05-09");
  EXPECT_EQ(iso("٩ مايو ٢٠١٧"), "2017-05-09");
  EXPECT_EQ(iso("1er août 2017"), "2017-08-01");
  EXPECT_EQ(iso("Sept. 9, 2017"), "2017-09-09");
}

// ASCII bytes are told apart by a table, and words of ASCII letters lowered byte by byte: words
// in capitals, words that go on past ASCII, and digits of two widths in one date.
TEST(DateTest, WordsAndDigitsOfEveryWidth) {
  EXPECT_EQ(iso("NOVEMBER 19, 2019"), "2019-11-19");
  EXPECT_EQ(iso("19 MÄRZ 2019"), "2019-03-19");
  EXPECT_EQ(iso("9 DÉCEMBRE 2017"), "2017-12-09");
  EXPECT_EQ(iso("2017年５月9日"), "2017-05-09");
  EXPECT_EQ(iso("Posted:19.11.2019|12:30"), "2019-11-19T12:30:00");
  EXPECT_EQ(iso("Nov\t19 ,\n2019"), "2019-11-19");
}

TEST(DateTest, EastAsianForms) {
  EXPECT_EQ(iso("2017년 5월 9일"), "2017-05-09");
  EXPECT_EQ(iso("입력 2017.05.09 오후 5:22"), "2017-05-09T17:22:00");
  EXPECT_EQ(iso("2017. 5. 9. 17:22"), "2017-05-09T17:22:00");
  EXPECT_EQ(iso("2017年5月9日 17時22分"), "2017-05-09T17:22:00");
  EXPECT_EQ(iso("2017年05月09日 17:22"), "2017-05-09T17:22:00");
  EXPECT_EQ(iso("令和5年5月9日"), "2023-05-09");
  EXPECT_EQ(iso("令和元年5月9日"), "2019-05-09");
  EXPECT_EQ(iso("平成29年5月9日"), "2017-05-09");
  EXPECT_EQ(iso("２０１７年５月９日"), "2017-05-09");
  EXPECT_EQ(iso("发布时间：2017年5月9日 下午 5:22"), "2017-05-09T17:22:00");
}

TEST(DateTest, NumericOrder) {
  EXPECT_EQ(iso("09.05.2017"), "2017-05-09");
  EXPECT_EQ(iso("05/09/2017", NumericOrder::kMonthFirst), "2017-05-09");
  EXPECT_EQ(iso("05/09/2017", NumericOrder::kDayFirst), "2017-09-05");
  EXPECT_EQ(iso("25/12/2017", NumericOrder::kMonthFirst), "2017-12-25");
  EXPECT_EQ(iso("12/25/2017", NumericOrder::kDayFirst), "2017-12-25");
}

TEST(DateTest, DatesWithoutAFourDigitNumberAreStillRead) {
  // Two-digit years joined by separators, spaces around them, and separators or digits of
  // other scripts: none has four ASCII digits in a row.
  EXPECT_EQ(iso("09.05.17"), "2017-05-09");
  EXPECT_EQ(iso("9 / 5 / 17"), "2017-05-09");
  EXPECT_EQ(iso("９．５．１７"), "2017-05-09");
  EXPECT_EQ(iso("令和元年5月1日"), "2019-05-01");
  EXPECT_EQ(find_dates("3 comments, page 2 of 5", NumericOrder::kDayFirst).size(), 0u);
  EXPECT_EQ(find_dates("Posted 12 May 2021", NumericOrder::kDayFirst).size(), 1u);
}

TEST(DateTest, RejectsNonDates) {
  EXPECT_EQ(iso("version 1.2.3.4"), "none");
  EXPECT_EQ(iso("May 9"), "none");
  EXPECT_EQ(iso("2017-13-45"), "none");
  EXPECT_EQ(iso("31.02.2017"), "none");
  EXPECT_EQ(iso("call 555-12-2017"), "none");
  EXPECT_EQ(iso("ISBN9781234567"), "none");
}

TEST(DateTest, FindsEveryDateInText) {
  auto found = find_dates("Published 9 May 2017, updated 10 May 2017 08:00 UTC");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].date.iso(), "2017-05-09");
  EXPECT_EQ(found[1].date.iso(), "2017-05-10T08:00:00+00:00");
}

TEST(DateTest, PlausibleWindow) {
  Date today = *parse_date("2024-01-10");
  EXPECT_TRUE(is_plausible(*parse_date("2017-05-09"), today));
  EXPECT_TRUE(is_plausible(*parse_date("2024-01-11"), today));
  EXPECT_FALSE(is_plausible(*parse_date("2024-02-01"), today));
  EXPECT_FALSE(is_plausible(*parse_date("1994-12-31"), today));
}

}  // namespace
}  // namespace lede::meta
