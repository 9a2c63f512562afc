#include "meta/iso_date.h"

#include <cstddef>

namespace lede::meta {

namespace {

// The number written by the `count` digits at `at`; false when they are not all digits.
bool read_digits(std::string_view text, size_t at, size_t count, int& out) {
  if (at + count > text.size()) return false;
  int value = 0;
  for (size_t k = at; k < at + count; ++k) {
    if (text[k] < '0' || text[k] > '9') return false;
    value = value * 10 + (text[k] - '0');
  }
  out = value;
  return true;
}

int days_in_month(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// Years this reader answers for; others go to parse_date(), whose rules for them it does not
// repeat.
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2100;
// Zones run from UTC-12 to UTC+14.
constexpr int kMaxOffsetHours = 14;

}  // namespace

std::optional<Date> parse_iso_date(std::string_view text) {
  Date d;
  if (text.size() < 10 || !read_digits(text, 0, 4, d.year) || text[4] != '-' || !read_digits(text, 5, 2, d.month) ||
      text[7] != '-' || !read_digits(text, 8, 2, d.day)) {
    return std::nullopt;
  }
  if (d.year < kFirstYear || d.year > kLastYear || d.month < 1 || d.month > 12 || d.day < 1 ||
      d.day > days_in_month(d.year, d.month)) {
    return std::nullopt;
  }
  d.precision = DatePrecision::kDay;
  if (text.size() == 10) return d;
  if (text[10] != 'T' || !read_digits(text, 11, 2, d.hour) || text.size() < 16 || text[13] != ':' ||
      !read_digits(text, 14, 2, d.minute) || d.hour > 23 || d.minute > 59) {
    return std::nullopt;
  }
  d.precision = DatePrecision::kMinute;
  size_t at = 16;
  if (at < text.size() && text[at] == ':') {
    if (!read_digits(text, 17, 2, d.second) || d.second > 59) return std::nullopt;
    d.precision = DatePrecision::kSecond;
    at = 19;
    // Fractions of a second are read past, not kept.
    if (at < text.size() && text[at] == '.') {
      size_t first = ++at;
      while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
      if (at == first) return std::nullopt;
    }
  }
  if (at == text.size()) return d;
  if (text[at] == 'Z' && at + 1 == text.size()) {
    d.has_offset = true;
    d.offset_minutes = 0;
    return d;
  }
  int hours = 0;
  int minutes = 0;
  if ((text[at] != '+' && text[at] != '-') || text.size() != at + 6 || !read_digits(text, at + 1, 2, hours) ||
      text[at + 3] != ':' || !read_digits(text, at + 4, 2, minutes) || hours > kMaxOffsetHours || minutes > 59) {
    return std::nullopt;
  }
  d.has_offset = true;
  d.offset_minutes = (text[at] == '-' ? -1 : 1) * (hours * 60 + minutes);
  return d;
}

}  // namespace lede::meta
