#include "meta/iso_date.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lede::meta {
namespace {

bool same(const Date& a, const Date& b) {
  return a.year == b.year && a.month == b.month && a.day == b.day && a.hour == b.hour && a.minute == b.minute &&
         a.second == b.second && a.precision == b.precision && a.has_offset == b.has_offset &&
         a.offset_minutes == b.offset_minutes;
}

TEST(IsoDateTest, ReadsTheFormsMarkupWrites) {
  std::optional<Date> d = parse_iso_date("2017-05-09T17:22:31.123+09:30");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->iso(), "2017-05-09T17:22:31+09:30");
  EXPECT_EQ(d->precision, DatePrecision::kSecond);
  ASSERT_TRUE(parse_iso_date("2017-05-09T17:22-05:00"));
  EXPECT_EQ(parse_iso_date("2017-05-09T17:22-05:00")->offset_minutes, -300);
  EXPECT_EQ(parse_iso_date("2017-05-09T17:22")->precision, DatePrecision::kMinute);
  EXPECT_EQ(parse_iso_date("2017-05-09T08:22:31Z")->iso(), "2017-05-09T08:22:31+00:00");
  EXPECT_EQ(parse_iso_date("2024-02-29")->iso(), "2024-02-29");
}

TEST(IsoDateTest, LeavesOtherTextsToTheScanner) {
  for (std::string_view text : {"2017-05-09 17:22", "2017-05", "2017/05/09", "2023-02-29", "2017-13-01",
                                "2017-05-09T24:00", "2017-05-09T17:22:00+0900", "2017-05-09T17:22:00 GMT",
                                " 2017-05-09", "2017-05-09T17:22:00.Z", "May 9, 2017", "1850-01-01"}) {
    EXPECT_FALSE(parse_iso_date(text)) << text;
  }
}

// Every text the reader accepts, among dates, times, fractions and zones in and out of range,
// reads as parse_date() reads it in either numeric order.
TEST(IsoDateTest, AgreesWithTheScannerOnEveryTextItReads) {
  std::vector<std::string> days;
  for (std::string year : {"1899", "1900", "1995", "2000", "2017", "2023", "2024", "2100", "2199", "2200"}) {
    for (std::string month : {"00", "01", "02", "09", "10", "12", "13"}) {
      for (std::string day : {"00", "01", "09", "12", "13", "28", "29", "30", "31", "32"}) {
        days.push_back(year + "-" + month + "-" + day);
      }
    }
  }
  const std::vector<std::string> times = {"",          "T00:00",       "T09:05",     "T23:59",  "T24:00",
                                          "T12:60",    "T12:30:00",    "T12:30:59",  "T12:30:60", "T12:30:05.5",
                                          "T12:30:05.000", "T01:02:03.123456", "T1:02", "T12:3"};
  const std::vector<std::string> zones = {"",       "Z",      "+09:00", "-05:30", "+14:00", "-12:00", "+15:00",
                                          "+09:60", "+00:00", "-00:00", "+0900",  "z",      " ",      "+9:00"};
  size_t read = 0;
  for (const std::string& day : days) {
    for (const std::string& time : times) {
      for (const std::string& zone : zones) {
        std::string text = day + time + zone;
        std::optional<Date> fast = parse_iso_date(text);
        if (!fast) continue;
        ++read;
        for (NumericOrder order : {NumericOrder::kDayFirst, NumericOrder::kMonthFirst}) {
          std::optional<Date> scanned = parse_date(text, order);
          ASSERT_TRUE(scanned) << text;
          EXPECT_TRUE(same(*fast, *scanned)) << text << ": " << fast->iso() << " vs " << scanned->iso();
        }
      }
    }
  }
  EXPECT_GT(read, 10000u);
}

}  // namespace
}  // namespace lede::meta
