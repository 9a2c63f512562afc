// Dates in the page's own path ("/2017/05/09/", "/2017-05-09-slug", "/20170509/") and a
// language segment ("/en/", "/ko-kr/"). A full date in the path is written by the CMS at
// publication and rarely wrong; a year and month alone only support other candidates.
#include <cctype>

#include "meta/sources.h"
#include "meta/text_util.h"
#include "meta/url.h"

namespace lede::meta {

namespace {

bool digits(std::string_view s, size_t at, size_t n) {
  if (at + n > s.size()) return false;
  for (size_t i = at; i < at + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

int number(std::string_view s, size_t at, size_t n) {
  int v = 0;
  for (size_t i = at; i < at + n; ++i) v = v * 10 + (s[i] - '0');
  return v;
}

bool boundary(std::string_view s, size_t at) {
  return at >= s.size() || !std::isdigit(static_cast<unsigned char>(s[at]));
}

}  // namespace

std::optional<Date> date_in_path(std::string_view path) {
  for (size_t i = 0; i + 4 <= path.size(); ++i) {
    if (i > 0 && std::isalnum(static_cast<unsigned char>(path[i - 1]))) continue;
    if (!digits(path, i, 4)) continue;
    int y = number(path, i, 4);
    if (y < kEarliestYear || y > 2100) continue;
    size_t j = i + 4;
    Date d;
    d.year = y;
    if (j < path.size() && (path[j] == '/' || path[j] == '-' || path[j] == '_' || path[j] == '.')) {
      char sep = path[j];
      size_t m_len = digits(path, j + 1, 2) ? 2 : digits(path, j + 1, 1) ? 1 : 0;
      if (!m_len || !boundary(path, j + 1 + m_len)) continue;
      d.month = number(path, j + 1, m_len);
      size_t k = j + 1 + m_len;
      if (k < path.size() && path[k] == sep) {
        size_t d_len = digits(path, k + 1, 2) ? 2 : digits(path, k + 1, 1) ? 1 : 0;
        if (d_len && boundary(path, k + 1 + d_len)) d.day = number(path, k + 1, d_len);
      }
    } else if (digits(path, i, 8) && boundary(path, i + 8)) {
      d.month = number(path, i + 4, 2);
      d.day = number(path, i + 6, 2);
    } else {
      continue;
    }
    if (d.month < 1 || d.month > 12) continue;
    if (d.day == 0) {
      d.day = 1;
      d.precision = DatePrecision::kMonth;
    } else if (d.day > 31 || std::optional<Date>(parse_date(d.iso())) == std::nullopt) {
      continue;
    }
    return d;
  }
  // "/meldungen/29-10-2021": a day-first date as a whole path segment or its start.
  for (size_t i = 0; i + 10 <= path.size(); ++i) {
    if (i > 0 && std::isalnum(static_cast<unsigned char>(path[i - 1]))) continue;
    if (!digits(path, i, 2) || !digits(path, i + 3, 2) || !digits(path, i + 6, 4)) continue;
    char sep = path[i + 2];
    if ((sep != '-' && sep != '.' && sep != '_') || path[i + 5] != sep || !boundary(path, i + 10)) continue;
    Date d;
    d.day = number(path, i, 2);
    d.month = number(path, i + 3, 2);
    d.year = number(path, i + 6, 4);
    if (d.year < kEarliestYear || d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) continue;
    if (parse_date(d.iso()) == std::nullopt) continue;
    return d;
  }
  return std::nullopt;
}

void extract_url(std::string_view url, Evidence& ev) {
  std::string_view path = url_path(url);
  if (path.empty()) return;
  if (std::optional<Date> d = date_in_path(path)) {
    int weight = d->precision == DatePrecision::kMonth ? kWeightWeak : kWeightUrl;
    ev.add_date(Field::kPublished, Origin::kUrl, weight, *d);
  }
  // "/en/..." or "/pt-br/...": a language segment first in the path.
  size_t end = path.find('/', 1);
  std::string_view first = path.substr(1, end == std::string_view::npos ? std::string_view::npos : end - 1);
  bool lang = (first.size() == 2 && std::isalpha(static_cast<unsigned char>(first[0])) &&
               std::isalpha(static_cast<unsigned char>(first[1]))) ||
              (first.size() == 5 && first[2] == '-');
  if (lang && end != std::string_view::npos) ev.add_text(Field::kLanguage, Origin::kUrl, kWeightWeak, first);
}

}  // namespace lede::meta
