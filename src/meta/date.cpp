#include "meta/date.h"

#include <array>
#include <chrono>
#include <cstdio>
#include <memory>

#include "meta/date_words.h"
#include "meta/text_util.h"

namespace lede::meta {

namespace {

// ---- tokens ----------------------------------------------------------------------------------
// Dates are matched on a token stream, not on bytes, so that "2017년5월", "9. Mai 2017" and
// "May 9th, 2017" all reduce to numbers, words and single symbols with spacing noted.

enum class TokKind : uint8_t { kNum, kWord, kUnit, kSym };

struct Token {
  TokKind kind;
  size_t begin;
  size_t end;
  bool space_before;
  int value = 0;     // numbers
  int digits = 0;    // numbers
  char32_t sym = 0;       // symbols and CJK unit characters
  std::string_view word;  // words, case-folded (in the Tokens' buffer)
};

// A text's tokens, with the case-folded copies of its words in one buffer: a string per word
// made building the tokens most of the cost of looking for a date.
struct Tokens {
  std::vector<Token> list;
  std::unique_ptr<char[]> folded_words;  // written before it is read: not cleared first
};

// CJK characters that label the parts of a date or time ("2017年5月9日 17時22分").
enum Unit : char32_t {
  kYearHan = U'年', kMonthHan = U'月', kDayHan = U'日', kHourJa = U'時', kHourZh = U'时',
  kMinuteHan = U'分', kSecondHan = U'秒', kDayZh = U'号', kYearKo = U'년', kMonthKo = U'월',
  kDayKo = U'일', kHourKo = U'시', kMinuteKo = U'분', kSecondKo = U'초'
};

constexpr bool is_unit(char32_t cp) {
  switch (cp) {
    case kYearHan: case kMonthHan: case kDayHan: case kHourJa: case kHourZh: case kMinuteHan:
    case kSecondHan: case kDayZh: case kYearKo: case kMonthKo: case kDayKo: case kHourKo:
    case kMinuteKo: case kSecondKo:
      return true;
    default:
      return false;
  }
}

constexpr int digit_value(char32_t cp) {
  if (cp >= '0' && cp <= '9') return static_cast<int>(cp - '0');
  if (cp >= 0x660 && cp <= 0x669) return static_cast<int>(cp - 0x660);    // Arabic-Indic
  if (cp >= 0x6F0 && cp <= 0x6F9) return static_cast<int>(cp - 0x6F0);    // Persian
  if (cp >= 0xFF10 && cp <= 0xFF19) return static_cast<int>(cp - 0xFF10);  // fullwidth
  return -1;
}

constexpr bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == 0xA0 ||
         cp == 0x3000 || cp == 0x202F || cp == 0x2009 || cp == 0x200B || cp == 0xFEFF;
}

constexpr bool is_symbol(char32_t cp) {
  if (cp < 0x80) return !((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'));
  return (cp >= 0xA1 && cp <= 0xBF && cp != 0xAA && cp != 0xBA) || (cp >= 0x2000 && cp <= 0x206F) ||
         (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F) ||
         (cp >= 0xFF1A && cp <= 0xFF20) || cp == 0x2212 || cp == 0xD7 || cp == 0x60C;
}

// Fullwidth and typographic variants of the separators dates use.
char32_t normalize_symbol(char32_t cp) {
  switch (cp) {
    case 0xFF1A: return ':';
    case 0xFF0F: return '/';
    case 0xFF0E: return '.';
    case 0xFF0C: case 0x3001: case 0x60C: return ',';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212: case 0xFF0D:
      return '-';
    default: return cp;
  }
}

// Numbers longer than this are identifiers, not dates.
constexpr int kMaxNumberDigits = 8;

// What a code point starts in the token stream, in the order the tokenizer asks: is_space(),
// digit_value(), is_unit(), is_symbol(), else a word.
enum class CodePointKind : uint8_t { kSpace, kDigit, kUnit, kSymbol, kLetter };

constexpr CodePointKind kind_of(char32_t cp) {
  if (is_space(cp)) return CodePointKind::kSpace;
  if (digit_value(cp) >= 0) return CodePointKind::kDigit;
  if (is_unit(cp)) return CodePointKind::kUnit;
  return is_symbol(cp) ? CodePointKind::kSymbol : CodePointKind::kLetter;
}

// kind_of() each ASCII byte, most bytes of most texts: one load where four calls decided it.
constexpr auto kAsciiKinds = [] {
  std::array<CodePointKind, 128> kinds{};
  for (char32_t c = 0; c < 128; ++c) kinds[c] = kind_of(c);
  return kinds;
}();

void tokenize(std::string_view text, Tokens& out) {
  std::vector<Token>& tokens = out.list;
  // Folding writes at most three bytes for one (an invalid byte becomes U+FFFD): the buffer
  // never grows, and the words' views into it stay valid.
  // A token takes four bytes or so ("Nov", "18", ",", "2019"): room for that many at once,
  // where growing from one moved the list four or five times.
  tokens.reserve(text.size() / 4 + 4);
  size_t folded_room = 3 * text.size();
  out.folded_words = std::make_unique_for_overwrite<char[]>(folded_room);
  size_t folded_used = 0;
  size_t i = 0;
  bool space = true;
  while (i < text.size()) {
    size_t start = i;
    unsigned char byte = static_cast<unsigned char>(text[i]);
    char32_t cp = byte;
    CodePointKind kind;
    if (byte < 0x80) {
      ++i;
      kind = kAsciiKinds[byte];
    } else {
      cp = next_code_point(text, i);
      kind = kind_of(cp);
    }
    if (kind == CodePointKind::kSpace) {
      space = true;
      continue;
    }
    Token t{TokKind::kSym, start, i, space, 0, 0, 0, {}};
    space = false;
    if (kind == CodePointKind::kDigit) {
      t.kind = TokKind::kNum;
      t.value = digit_value(cp);
      t.digits = 1;
      size_t j = i;
      while (j < text.size()) {
        size_t k = j;
        unsigned char b = static_cast<unsigned char>(text[j]);
        int dd = digit_value(b < 0x80 ? char32_t{b} : next_code_point(text, k));
        if (b < 0x80) k = j + 1;
        if (dd < 0) break;
        if (t.digits < kMaxNumberDigits + 1) t.value = t.value * 10 + dd;
        ++t.digits;
        j = k;
      }
      i = t.end = j;
    } else if (kind == CodePointKind::kUnit) {
      t.kind = TokKind::kUnit;
      t.sym = cp;
    } else if (kind == CodePointKind::kSymbol) {
      t.sym = normalize_symbol(cp);
    } else {
      t.kind = TokKind::kWord;
      size_t j = i;
      bool ascii = byte < 0x80;
      while (j < text.size()) {
        // An ASCII letter, most bytes of most words, is none of the things that end a word,
        // and any other ASCII byte is one of them.
        unsigned char b = static_cast<unsigned char>(text[j]);
        if (b < 0x80) {
          if (kAsciiKinds[b] != CodePointKind::kLetter) break;
          ++j;
          continue;
        }
        size_t k = j;
        if (kind_of(next_code_point(text, k)) != CodePointKind::kLetter) break;
        ascii = false;
        j = k;
      }
      i = t.end = j;
      char* folded = out.folded_words.get() + folded_used;
      if (ascii) {
        // ASCII letters fold to their lower case, byte for byte: no call of fold_case().
        for (size_t k = start; k < j; ++k) folded[k - start] = static_cast<char>(text[k] | 0x20);
        t.word = std::string_view(folded, j - start);
      } else {
        t.word = fold_case(text.substr(start, j - start), std::span<char>(folded, folded_room - folded_used));
      }
      folded_used += t.word.size();
    }
    tokens.push_back(t);
  }
}

// ---- calendar --------------------------------------------------------------------------------

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

// Years a page's date can sensibly carry; is_plausible() applies the tighter web-era bound.
constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;

bool valid_ymd(int y, int m, int d) {
  return y >= kMinYear && y <= kMaxYear && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

// A two-digit year: the nearest past-or-present century.
int expand_year(const Token& t) {
  if (t.digits == 4) return t.value;
  if (t.digits != 2) return -1;
  return t.value <= today_utc().year % 100 ? 2000 + t.value : 1900 + t.value;
}

// ---- grammar ---------------------------------------------------------------------------------

class Matcher {
 public:
  Matcher(const std::vector<Token>& tokens, NumericOrder order) : t_(tokens), order_(order) {}

  /// A date starting at token i; `end` receives the index after its last token.
  std::optional<Date> date_at(size_t i, size_t& end, bool allow_month) const {
    std::optional<Date> d;
    size_t j = i;
    if (!(d = year_first(i, j, allow_month)) && !(d = era_year(i, j)) && !(d = day_first(i, j)) &&
        !(d = month_name_first(i, j))) {
      return std::nullopt;
    }
    if (d->precision == DatePrecision::kDay) j = time_after(j, *d);
    end = j;
    return d;
  }

 private:
  bool num(size_t i, int min_digits = 1, int max_digits = 2) const {
    return i < t_.size() && t_[i].kind == TokKind::kNum && t_[i].digits >= min_digits &&
           t_[i].digits <= max_digits;
  }
  bool sym(size_t i, char32_t c) const {
    return i < t_.size() && t_[i].kind == TokKind::kSym && t_[i].sym == c;
  }
  bool unit(size_t i, char32_t a, char32_t b = 0, char32_t c = 0) const {
    return i < t_.size() && t_[i].kind == TokKind::kUnit &&
           (t_[i].sym == a || (b && t_[i].sym == b) || (c && t_[i].sym == c));
  }
  bool word(size_t i) const { return i < t_.size() && t_[i].kind == TokKind::kWord; }
  int month_word(size_t i) const { return word(i) ? month_from_word(t_[i].word) : 0; }
  // A number glued to letters ("A2017") is part of an identifier.
  bool glued_to_word(size_t i) const {
    return i > 0 && !t_[i].space_before && t_[i - 1].kind == TokKind::kWord &&
           t_[i - 1].word != "t";
  }

  static Date day_date(int y, int m, int d) {
    Date date;
    date.year = y;
    date.month = m;
    date.day = d;
    return date;
  }

  // 2017-05-09, 2017/5/9, 2017.05.09, 2017. 5. 9., 2017年5月9日, 2017년 5월 9일, 2017-05.
  std::optional<Date> year_first(size_t i, size_t& end, bool allow_month) const {
    if (!num(i, 4, 4) || glued_to_word(i)) return std::nullopt;
    int y = t_[i].value;
    if (unit(i + 1, kYearHan, kYearKo) && num(i + 2) && unit(i + 3, kMonthHan, kMonthKo) &&
        num(i + 4) && unit(i + 5, kDayHan, kDayKo, kDayZh)) {
      if (!valid_ymd(y, t_[i + 2].value, t_[i + 4].value)) return std::nullopt;
      end = i + 6;
      return day_date(y, t_[i + 2].value, t_[i + 4].value);
    }
    for (char32_t sep : {U'-', U'/', U'.'}) {
      if (!sym(i + 1, sep) || !num(i + 2)) continue;
      int m = t_[i + 2].value;
      if (sym(i + 3, sep) && num(i + 4) && valid_ymd(y, m, t_[i + 4].value) &&
          !(sym(i + 5, sep) && num(i + 6) && !t_[i + 6].space_before)) {
        end = i + 5;
        if (sep == '.' && sym(end, '.')) ++end;  // Korean "2017. 5. 9."
        return day_date(y, m, t_[i + 4].value);
      }
      if (allow_month && sep == '-' && t_[i + 2].digits == 2 && valid_ymd(y, m, 1) &&
          !sym(i + 3, sep)) {
        Date d = day_date(y, m, 1);
        d.precision = DatePrecision::kMonth;
        end = i + 3;
        return d;
      }
    }
    return std::nullopt;
  }

  // 令和5年5月9日, 平成29年, 令和元年: Japanese era years count from 1 in the era's first year.
  std::optional<Date> era_year(size_t i, size_t& end) const {
    if (!word(i)) return std::nullopt;
    std::string_view w = t_[i].word;
    size_t j = i + 1;
    int n = 0;
    constexpr std::string_view kFirstYear = "元";
    if (w.size() > kFirstYear.size() && w.substr(w.size() - kFirstYear.size()) == kFirstYear) {
      w.remove_suffix(kFirstYear.size());
      n = 1;
    } else if (num(j)) {
      n = t_[j++].value;
    }
    int base = japanese_era_base(w);
    if (!base || !n || !unit(j, kYearHan) || !num(j + 1) || !unit(j + 2, kMonthHan) ||
        !num(j + 3) || !unit(j + 4, kDayHan)) {
      return std::nullopt;
    }
    int y = base + n - 1;
    if (!valid_ymd(y, t_[j + 1].value, t_[j + 3].value)) return std::nullopt;
    end = j + 5;
    return day_date(y, t_[j + 1].value, t_[j + 3].value);
  }

  // 09.05.2017, 9/5/2017 or 5/9/2017, 09-05-2017; "9. Mai 2017", "9 de mayo de 2017",
  // "9th May, 2017", "9 мая 2017 г.".
  std::optional<Date> day_first(size_t i, size_t& end) const {
    if (!num(i) || glued_to_word(i)) return std::nullopt;
    int a = t_[i].value;
    for (char32_t sep : {U'.', U'/', U'-'}) {
      if (!sym(i + 1, sep) || !num(i + 2) || !sym(i + 3, sep) || !num(i + 4, 2, 4)) continue;
      if (t_[i + 4].digits == 3) continue;
      // A fourth number ("1.2.3.4") makes it a version or an address, not a date.
      if (sym(i + 5, sep) && num(i + 6) && !t_[i + 6].space_before) return std::nullopt;
      int y = expand_year(t_[i + 4]);
      int b = t_[i + 2].value;
      bool month_first = sep != '.' && (a > 12 ? false : b > 12 ? true : order_ == NumericOrder::kMonthFirst);
      int m = month_first ? a : b;
      int d = month_first ? b : a;
      if (!valid_ymd(y, m, d)) return std::nullopt;
      end = i + 5;
      return day_date(y, m, d);
    }
    size_t j = i + 1;
    if (sym(j, '.')) ++j;
    if (word(j) && is_ordinal_suffix(t_[j].word) && !t_[j].space_before) ++j;
    if (sym(j, '.')) ++j;
    if (word(j) && is_date_filler(t_[j].word)) ++j;
    int m = month_word(j);
    if (!m) return std::nullopt;
    ++j;
    if (sym(j, '.')) ++j;
    if (word(j) && is_date_filler(t_[j].word)) ++j;
    if (sym(j, ',')) ++j;
    if (!num(j, 4, 4) || !valid_ymd(t_[j].value, m, a)) return std::nullopt;
    end = j + 1;
    return day_date(t_[j].value, m, a);
  }

  // "May 9, 2017", "Sept. 9th 2017", "Mayıs 9, 2017".
  std::optional<Date> month_name_first(size_t i, size_t& end) const {
    int m = month_word(i);
    if (!m) return std::nullopt;
    size_t j = i + 1;
    if (sym(j, '.')) ++j;
    if (!num(j)) return std::nullopt;
    int d = t_[j++].value;
    if (word(j) && is_ordinal_suffix(t_[j].word) && !t_[j].space_before) ++j;
    if (sym(j, ',')) ++j;
    if (!num(j, 4, 4) || !valid_ymd(t_[j].value, m, d)) return std::nullopt;
    end = j + 1;
    return day_date(t_[j].value, m, d);
  }

  // ---- time of day and zone ----

  // Connectors between a date and its time: "at", "um", ",", "|", "T", "오후".
  static constexpr size_t kMaxConnectorTokens = 3;

  size_t time_after(size_t j, Date& d) const {
    size_t k = j;
    int half = 0;
    for (size_t skipped = 0; skipped < kMaxConnectorTokens && k < t_.size(); ++skipped) {
      const Token& t = t_[k];
      if (t.kind == TokKind::kSym && (t.sym == ',' || t.sym == '|' || t.sym == '-' ||
                                      t.sym == '@' || t.sym == '/' || t.sym == 0xB7 ||
                                      t.sym == '(' || t.sym == 0x2022)) {
        ++k;
      } else if (t.kind == TokKind::kWord && meridiem(t.word) && t.word.size() > 1) {
        half = meridiem(t.word);  // Korean and Japanese write 오후/午後 before the time
        ++k;
      } else if (t.kind == TokKind::kWord && is_time_connector(t.word)) {
        ++k;
      } else {
        break;
      }
    }
    if (!num(k) || t_[k].value > 23) return j;
    int hour = t_[k].value;
    size_t m = k + 1;
    bool cjk = false;
    // "17.22 BST" and "5.22pm" need a zone, a meridiem or "Uhr" to confirm they are a time.
    bool needs_confirmation = sym(m, '.');
    if (sym(m, ':') || needs_confirmation || (word(m) && t_[m].word == "h" && !t_[m].space_before)) {
      ++m;
    } else if (unit(m, kHourJa, kHourZh, kHourKo)) {
      ++m;
      cjk = true;
    } else {
      return j;
    }
    if (!num(m, 2, 2) || t_[m].value > 59) return j;
    int minute = t_[m++].value;
    if (cjk && unit(m, kMinuteHan, kMinuteKo)) ++m;
    int second = -1;
    if (sym(m, ':') && num(m + 1, 2, 2) && t_[m + 1].value <= 60) {
      second = t_[m + 1].value;
      m += 2;
      if (sym(m, '.') && num(m + 1, 1, 9) && !t_[m].space_before) m += 2;  // fraction
    } else if (cjk && num(m, 1, 2) && unit(m + 1, kSecondHan, kSecondKo)) {
      second = t_[m].value;
      m += 2;
    }
    // 12-hour clock: "5:22 pm", "5:22 p.m.", "5.22pm".
    if (word(m) && meridiem(t_[m].word)) {
      half = meridiem(t_[m].word);
      ++m;
      if (sym(m, '.')) {
        ++m;
        if (word(m) && t_[m].word == "m") {
          ++m;
          if (sym(m, '.')) ++m;
        }
      }
    }
    if (half != 0) {
      if (hour > 12 || hour == 0) return j;
      hour = half > 0 ? (hour % 12) + 12 : hour % 12;
    }
    bool confirmed = half != 0;
    if (word(m) && (t_[m].word == "uhr" || t_[m].word == "h" || t_[m].word == "hrs")) {
      ++m;
      confirmed = true;
    }
    if (needs_confirmation && !confirmed && !(word(m) && zone_offset_minutes(t_[m].word))) return j;
    d.hour = hour;
    d.minute = minute;
    d.second = second < 0 ? 0 : (second == 60 ? 59 : second);
    d.precision = second < 0 ? DatePrecision::kMinute : DatePrecision::kSecond;
    return zone_after(m, d);
  }

  // Z, +09:00, +0900, -05, KST, (KST), UTC+9, GMT+0100, GMT+01:00.
  size_t zone_after(size_t m, Date& d) const {
    size_t k = m;
    bool paren = sym(k, '(');
    if (paren) ++k;
    int base = 0;
    bool named = false;
    if (word(k)) {
      std::optional<int> z = zone_offset_minutes(t_[k].word);
      if (!z || (t_[k].word == "z" && t_[k].space_before)) return m;
      base = *z;
      named = true;
      ++k;
    }
    int sign = 0;
    if (sym(k, '+')) sign = 1;
    if (sym(k, '-')) sign = -1;
    int offset = base;
    if (sign != 0 && num(k + 1, 1, 4) && (named || !t_[k].space_before || t_[k + 1].digits == 4 ||
                                          sym(k + 2, ':'))) {
      const Token& n = t_[k + 1];
      int hours = n.value;
      int minutes = 0;
      size_t after = k + 2;
      if (n.digits == 4 || n.digits == 3) {
        hours = n.value / 100;
        minutes = n.value % 100;
      } else if (sym(k + 2, ':') && num(k + 3, 2, 2)) {
        minutes = t_[k + 3].value;
        after = k + 4;
      }
      if (hours > 14 || minutes > 59) return named ? finish_zone(k, paren, base, d) : m;
      offset = base + sign * (hours * 60 + minutes);
      k = after;
    } else if (!named) {
      return m;
    }
    return finish_zone(k, paren, offset, d);
  }

  size_t finish_zone(size_t k, bool paren, int offset, Date& d) const {
    if (paren && sym(k, ')')) ++k;
    d.has_offset = true;
    d.offset_minutes = offset;
    return k;
  }

  const std::vector<Token>& t_;
  NumericOrder order_;
};

// False when the grammar above cannot match in `text`: every date has a number of four digits
// (its year, or the year after a month name), two numbers joined by a date separator ("9.5.17",
// "9 / 5 / 17") or a CJK unit (2017年). Most texts with a number ("3 comments", "Page 2 of 5")
// have none of them, and are not tokenized.
bool may_hold_date(std::string_view text) {
  int run = 0;               // digits in a row
  bool after_digit = false;  // a number ended here, but for spaces
  bool after_joint = false;  // ... followed by a separator, but for spaces
  for (size_t i = 0; i < text.size();) {
    char32_t cp = static_cast<unsigned char>(text[i]);
    if (cp < 0x80) {
      ++i;
      if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {  // most bytes: a letter of a word
        run = 0;
        after_digit = after_joint = false;
        continue;
      }
    } else {
      cp = next_code_point(text, i);
      if (is_unit(cp)) return true;
    }
    if (digit_value(cp) >= 0) {
      if (++run >= 4 || after_joint) return true;
      after_digit = true;
      continue;
    }
    run = 0;
    if (is_space(cp)) continue;
    char32_t joint = is_symbol(cp) ? normalize_symbol(cp) : 0;
    after_joint = after_digit && (joint == '.' || joint == '/' || joint == '-');
    after_digit = false;
  }
  return false;
}

std::vector<FoundDate> scan(std::string_view text, NumericOrder order, bool allow_month,
                            bool first_only) {
  std::vector<FoundDate> found;
  if (!may_hold_date(text)) return found;
  Tokens tokenized;
  tokenize(text, tokenized);
  const std::vector<Token>& tokens = tokenized.list;
  Matcher matcher(tokens, order);
  for (size_t i = 0; i < tokens.size();) {
    size_t end = i;
    if (std::optional<Date> d = matcher.date_at(i, end, allow_month)) {
      found.push_back({*d, tokens[i].begin, tokens[end - 1].end});
      if (first_only) break;
      i = end;
    } else {
      ++i;
    }
  }
  return found;
}

}  // namespace

int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

int64_t Date::day_number() const { return days_from_civil(year, month, day); }

namespace {

// Writes `value` in `width` digits at `out` and returns the end of them; nullptr when it does
// not fit.
char* write_digits(char* out, int value, int width) {
  if (value < 0) return nullptr;
  for (int k = width - 1; k >= 0; --k) {
    out[k] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  return value == 0 ? out + width : nullptr;
}

// The printf rendering of iso(), for the values the fixed-width digits cannot hold (a year
// before 0 or after 9999, an offset of 100 hours or more).
std::string iso_printed(const Date& d) {
  char buf[64];
  if (d.precision == DatePrecision::kMonth) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
    return buf;
  }
  if (!d.has_time()) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
  }
  int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", d.year, d.month, d.day,
                        d.hour, d.minute, d.second);
  if (d.has_offset) {
    int off = d.offset_minutes < 0 ? -d.offset_minutes : d.offset_minutes;
    std::snprintf(buf + n, sizeof buf - n, "%c%02d:%02d", d.offset_minutes < 0 ? '-' : '+',
                  off / 60, off % 60);
  }
  return buf;
}

}  // namespace

std::string Date::iso() const {
  // Every record carries its dates in this form, and every dated candidate holds one: built in
  // place, without printf and without growing a string piece by piece.
  char buffer[32];
  char* w = buffer;
  // Each piece: a separator written before it (none for the year), then its digits.
  auto put = [&](char separator, int value, int width) {
    if (!w) return;
    if (separator) *w++ = separator;
    w = write_digits(w, value, width);
  };
  put(0, year, 4);
  put('-', month, 2);
  if (precision != DatePrecision::kMonth) {
    put('-', day, 2);
    if (has_time()) {
      put('T', hour, 2);
      put(':', minute, 2);
      put(':', second, 2);
      if (has_offset) {
        int off = offset_minutes < 0 ? -offset_minutes : offset_minutes;
        put(offset_minutes < 0 ? '-' : '+', off / 60, 2);
        put(':', off % 60, 2);
      }
    }
  }
  return w ? std::string(buffer, w) : iso_printed(*this);
}

std::vector<FoundDate> find_dates(std::string_view text, NumericOrder order) {
  return scan(text, order, false, false);
}

std::optional<Date> parse_date(std::string_view text, NumericOrder order) {
  std::vector<FoundDate> found = scan(text, order, true, true);
  if (found.empty()) return std::nullopt;
  return found.front().date;
}

bool is_plausible(const Date& date, const Date& today) {
  return date.year >= kEarliestYear && date.day_number() <= today.day_number() + 1;
}

Date today_utc() {
  using namespace std::chrono;
  const year_month_day ymd{floor<days>(system_clock::now())};
  Date d;
  d.year = static_cast<int>(ymd.year());
  d.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
  d.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  return d;
}

}  // namespace lede::meta
