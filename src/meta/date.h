// Dates as pages write them: ISO 8601, RFC 2822, numeric day/month orders, month names in a
// dozen languages, Korean/Japanese/Chinese forms and Japanese era years, with an optional time
// of day and zone. A parsed date keeps the page's precision (a bare day stays a day) and the
// page's own offset (KST stays +09:00); it is never converted to UTC.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lede::meta {

enum class DatePrecision : uint8_t { kMonth, kDay, kMinute, kSecond };

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  int hour = 0;
  int minute = 0;
  int second = 0;
  DatePrecision precision = DatePrecision::kDay;
  bool has_offset = false;
  int offset_minutes = 0;  // east of UTC

  bool has_time() const { return precision >= DatePrecision::kMinute; }
  /// ISO 8601 at the date's precision: "2017-05", "2017-05-09", "2017-05-09T17:22:00",
  /// "2017-05-09T17:22:00+09:00".
  std::string iso() const;
  /// Days since 1970-01-01 of the calendar day as written (no zone conversion).
  int64_t day_number() const;
  bool same_day(const Date& other) const {
    return year == other.year && month == other.month && day == other.day;
  }
};

/// How to read an all-numeric date whose first two numbers could both be a month.
enum class NumericOrder : uint8_t { kDayFirst, kMonthFirst };

struct FoundDate {
  Date date;
  size_t begin = 0;  // byte range of the date in the scanned text
  size_t end = 0;
};

/// Every date written in `text`, in order. Dates without a year ("May 9") and times without a
/// date are not dates. Only the calendar is checked here; see is_plausible() for the web's age.
std::vector<FoundDate> find_dates(std::string_view text, NumericOrder order = NumericOrder::kDayFirst);

/// The first date in `text`, also accepting a bare year-month ("2017-05") as month precision,
/// which is what structured fields (meta content, JSON-LD) sometimes hold.
std::optional<Date> parse_date(std::string_view text, NumericOrder order = NumericOrder::kDayFirst);

/// The web's first news sites appeared in 1995; earlier dates on a page are about history.
inline constexpr int kEarliestYear = 1995;

/// A date a page can have been published on: not before kEarliestYear and not after `today`
/// (one day of slack, as a page's zone may be ahead of ours).
bool is_plausible(const Date& date, const Date& today);

/// Today's date in UTC, from the system clock.
Date today_utc();

/// Days since 1970-01-01 for a proleptic Gregorian date.
int64_t days_from_civil(int year, int month, int day);

}  // namespace lede::meta
