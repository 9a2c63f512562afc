#include "meta/date_words.h"

#include <array>
#include <utility>
#include <vector>

namespace lede::meta {

namespace {

struct MonthWord {
  std::string_view word;
  int month;
};

// Full names, genitive forms (pl, ru) and the abbreviations newspapers print, all folded.
// Shared spellings across languages ("mai", "mars", "april") appear once.
constexpr MonthWord kMonthWords[] = {
    // English
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6},
    {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11},
    {"december", 12}, {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7},
    {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
    // German
    {"januar", 1}, {"jänner", 1}, {"februar", 2}, {"märz", 3}, {"maerz", 3}, {"mai", 5},
    {"juni", 6}, {"juli", 7}, {"oktober", 10}, {"dezember", 12}, {"mär", 3}, {"okt", 10},
    {"dez", 12},
    // French
    {"janvier", 1}, {"février", 2}, {"fevrier", 2}, {"mars", 3}, {"avril", 4}, {"juin", 6},
    {"juillet", 7}, {"août", 8}, {"aout", 8}, {"septembre", 9}, {"octobre", 10},
    {"novembre", 11}, {"décembre", 12}, {"decembre", 12}, {"janv", 1}, {"févr", 2},
    {"fevr", 2}, {"avr", 4}, {"juil", 7}, {"déc", 12},
    // Spanish
    {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6},
    {"julio", 7}, {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10},
    {"noviembre", 11}, {"diciembre", 12}, {"ene", 1}, {"abr", 4}, {"ago", 8}, {"dic", 12},
    // Portuguese
    {"janeiro", 1}, {"fevereiro", 2}, {"março", 3}, {"marco", 3}, {"maio", 5}, {"junho", 6},
    {"julho", 7}, {"setembro", 9}, {"outubro", 10}, {"dezembro", 12}, {"fev", 2}, {"set", 9},
    {"out", 10},
    // Italian
    {"gennaio", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"giugno", 6},
    {"luglio", 7}, {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12}, {"gen", 1},
    {"mag", 5}, {"giu", 6}, {"lug", 7}, {"ott", 10},
    // Dutch
    {"januari", 1}, {"februari", 2}, {"maart", 3}, {"mei", 5}, {"augustus", 8}, {"mrt", 3},
    // Swedish, Danish, Norwegian
    {"augusti", 8}, {"maj", 5}, {"marts", 3}, {"desember", 12},
    // Polish, nominative and genitive
    {"styczeń", 1}, {"stycznia", 1}, {"luty", 2}, {"lutego", 2}, {"marzec", 3}, {"marca", 3},
    {"kwiecień", 4}, {"kwietnia", 4}, {"maja", 5}, {"czerwiec", 6}, {"czerwca", 6},
    {"lipiec", 7}, {"lipca", 7}, {"sierpień", 8}, {"sierpnia", 8}, {"wrzesień", 9},
    {"września", 9}, {"październik", 10}, {"października", 10}, {"listopad", 11},
    {"listopada", 11}, {"grudzień", 12}, {"grudnia", 12},
    // Russian, nominative and genitive
    {"январь", 1}, {"января", 1}, {"февраль", 2}, {"февраля", 2}, {"март", 3}, {"марта", 3},
    {"апрель", 4}, {"апреля", 4}, {"май", 5}, {"мая", 5}, {"июнь", 6}, {"июня", 6},
    {"июль", 7}, {"июля", 7}, {"август", 8}, {"августа", 8}, {"сентябрь", 9},
    {"сентября", 9}, {"октябрь", 10}, {"октября", 10}, {"ноябрь", 11}, {"ноября", 11},
    {"декабрь", 12}, {"декабря", 12}, {"янв", 1}, {"фев", 2}, {"мар", 3}, {"апр", 4},
    {"июн", 6}, {"июл", 7}, {"авг", 8}, {"сен", 9}, {"сент", 9}, {"окт", 10}, {"ноя", 11},
    {"нояб", 11}, {"дек", 12},
    // Turkish
    {"ocak", 1}, {"şubat", 2}, {"subat", 2}, {"mart", 3}, {"nisan", 4}, {"mayıs", 5},
    {"mayis", 5}, {"haziran", 6}, {"temmuz", 7}, {"ağustos", 8}, {"agustos", 8},
    {"eylül", 9}, {"eylul", 9}, {"ekim", 10}, {"kasım", 11}, {"kasim", 11}, {"aralık", 12},
    {"aralik", 12},
    // Arabic: Egyptian/Gulf transliterations and the Levantine names
    {"يناير", 1}, {"فبراير", 2}, {"مارس", 3}, {"أبريل", 4}, {"ابريل", 4}, {"إبريل", 4},
    {"مايو", 5}, {"يونيو", 6}, {"يونيه", 6}, {"يوليو", 7}, {"يوليه", 7}, {"أغسطس", 8},
    {"اغسطس", 8}, {"سبتمبر", 9}, {"أكتوبر", 10}, {"اكتوبر", 10}, {"نوفمبر", 11},
    {"ديسمبر", 12}, {"شباط", 2}, {"آذار", 3}, {"نيسان", 4}, {"أيار", 5}, {"حزيران", 6},
    {"تموز", 7}, {"آب", 8}, {"أيلول", 9},
};

struct Zone {
  std::string_view name;
  int minutes;
};

// Fixed-offset abbreviations. "IST" is read as India (the most common on news pages); "ET"/"PT"
// name a zone whose offset depends on the date and are deliberately absent.
constexpr Zone kZones[] = {
    {"utc", 0},      {"gmt", 0},      {"z", 0},        {"ut", 0},       {"wet", 0},
    {"west", 60},    {"bst", 60},     {"cet", 60},     {"mez", 60},     {"cest", 120},
    {"mesz", 120},   {"eet", 120},    {"eest", 180},   {"msk", 180},    {"ist", 330},
    {"kst", 540},    {"jst", 540},    {"hkt", 480},    {"sgt", 480},    {"awst", 480},
    {"pht", 480},    {"wib", 420},    {"ict", 420},    {"acst", 570},   {"aest", 600},
    {"aedt", 660},   {"nzst", 720},   {"nzdt", 780},   {"est", -300},   {"edt", -240},
    {"cst", -360},   {"cdt", -300},   {"mst", -420},   {"mdt", -360},   {"pst", -480},
    {"pdt", -420},   {"akst", -540},  {"akdt", -480},  {"hst", -600},   {"cat", 120},
    {"eat", 180},    {"wat", 60},     {"sast", 120},   {"brt", -180},   {"art", -180},
    {"ast", -240},   {"adt", -180},   {"nst", -210},   {"ndt", -150},
};

constexpr std::string_view kTimeConnectors[] = {
    "at", "um", "à", "a", "as", "às", "alle", "ore", "om", "o", "в", "saat", "kl", "klo", "las",
    "t", "le", "the", "on", "-", "时间", "dnia", "godz", "uhr", "h"};

constexpr std::string_view kOrdinalSuffixes[] = {"st", "nd", "rd", "th", "er", "º", "ª", "e"};

constexpr std::string_view kDateFillers[] = {"de", "del", "of", "the", "den", "dem", "im", "d"};

template <typename Table>
bool contains(const Table& table, std::string_view word) {
  for (std::string_view w : table) {
    if (w == word) return true;
  }
  return false;
}

}  // namespace

int month_from_word(std::string_view folded) {
  // Every word of every date line is looked up: the names are filed by their first byte, so
  // a word is compared with the few that share it instead of with all of them.
  static const std::array<std::vector<MonthWord>, 256> by_first_byte = [] {
    std::array<std::vector<MonthWord>, 256> table;
    for (const MonthWord& m : kMonthWords) table[static_cast<unsigned char>(m.word[0])].push_back(m);
    return table;
  }();
  if (folded.empty()) return 0;
  for (const MonthWord& m : by_first_byte[static_cast<unsigned char>(folded[0])]) {
    if (m.word == folded) return m.month;
  }
  return 0;
}

std::optional<int> zone_offset_minutes(std::string_view folded) {
  for (const Zone& z : kZones) {
    if (z.name == folded) return z.minutes;
  }
  return std::nullopt;
}

bool is_time_connector(std::string_view folded) { return contains(kTimeConnectors, folded); }
bool is_ordinal_suffix(std::string_view folded) { return contains(kOrdinalSuffixes, folded); }
bool is_date_filler(std::string_view folded) { return contains(kDateFillers, folded); }

int meridiem(std::string_view folded) {
  if (folded == "pm" || folded == "p" || folded == "오후" || folded == "午後" || folded == "下午" ||
      folded == "nachm") {
    return 1;
  }
  if (folded == "am" || folded == "a" || folded == "오전" || folded == "午前" || folded == "上午" ||
      folded == "vorm") {
    return -1;
  }
  return 0;
}

int japanese_era_base(std::string_view word) {
  if (word == "令和") return 2019;
  if (word == "平成") return 1989;
  if (word == "昭和") return 1926;
  return 0;
}

}  // namespace lede::meta
