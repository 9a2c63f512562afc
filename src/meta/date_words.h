// The words dates are written with: month names (en, de, fr, es, pt, it, nl, pl, ru, tr, ar,
// sv), time-zone abbreviations with their fixed offsets, and the small words between a date and
// its time. All lookups take case-folded text (text_util.h fold_case).
#pragma once

#include <optional>
#include <string_view>

namespace lede::meta {

/// 1..12 for a month name or abbreviation, 0 for any other word.
int month_from_word(std::string_view folded);

/// Offset east of UTC in minutes for a zone abbreviation ("kst" → 540, "edt" → -240).
std::optional<int> zone_offset_minutes(std::string_view folded);

/// Words that may stand between a date and its time ("at", "um", "à", "às", "alle", "в").
bool is_time_connector(std::string_view folded);

/// Ordinal suffixes after a day number ("th", "er", "º").
bool is_ordinal_suffix(std::string_view folded);

/// Small words between day, month and year ("de" in "9 de mayo de 2017", "of").
bool is_date_filler(std::string_view folded);

/// 12-hour markers: returns +1 for pm forms ("pm", "오후", "午後"), -1 for am forms, 0 otherwise.
int meridiem(std::string_view folded);

/// First Gregorian year of a Japanese era ("令和" → 2019), 0 when not an era name.
int japanese_era_base(std::string_view word);

}  // namespace lede::meta
