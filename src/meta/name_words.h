// Which kinds of word an element's class and id hold: a byline word, a date word, a standfirst
// word, a widget word, "hentry". The page index asks this of every element that has a class or
// an id, so the words are found in the names as written, in one pass without folding them: an
// ASCII name (nearly all of them) is matched case-insensitively in place, and only the rare
// element whose names matter further has them folded (element_names.h).
#pragma once

#include <span>
#include <string_view>

namespace lede::meta {

struct NameWords {
  bool byline = false;      // kBylineWords: "byline", "author", ...
  bool date = false;        // kDateWords: "date", "time", "publish", ...
  bool standfirst = false;  // standfirst_words(), somewhere, not yet as a whole word
  bool widget = false;      // PageRegions::widget_words(), somewhere
  bool hentry = false;      // "hentry", somewhere
};

/// The words of each kind somewhere in the element's class or id (as written), as they would be
/// found in the names case-folded by fold_case().
NameWords find_name_words(std::string_view classes, std::string_view element_id);

/// Class and id words of the standfirst, the sentence or two under the headline that sums the
/// story up.
std::span<const std::string_view> standfirst_words();

}  // namespace lede::meta
