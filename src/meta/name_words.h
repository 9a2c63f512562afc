// Which kinds of word an element's class and id hold: a byline word, a date word, a standfirst
// word, a widget word, "hentry". The page index asks this of every element that has a class or
// an id, so the words are found in the names as written, in one pass without folding them: an
// ASCII name (nearly all of them) is matched case-insensitively in place, and only the rare
// element whose names matter further has them folded (element_names.h).
#pragma once

#include <cstdint>
#include <memory>
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

class WordTable;

/// find_name_words() over the elements of one page, remembering what it found in each class
/// attribute: pages repeat the same classes over and over (menu items, cards, rows of a list),
/// and looking one up costs a fraction of reading it for words. Ids, nearly all different, are
/// read every time. The views must outlive the memo.
class NameWordsMemo {
 public:
  NameWordsMemo();
  /// Inline, as the kinds' bits: the page index asks it of every element with a class or an id
  /// and tests the words found at once, where five flags were set in a call and read again.
  NameWords find(std::string_view classes, std::string_view element_id) {
    uint8_t kinds = classes.empty() ? 0 : class_kinds(classes);
    if (!element_id.empty()) kinds |= id_kinds(element_id);
    return {(kinds & kBylineKind) != 0, (kinds & kDateKind) != 0, (kinds & kStandfirstKind) != 0,
            (kinds & kWidgetKind) != 0, (kinds & kEntryKind) != 0};
  }

  /// A byte the caller keeps with the class value of the last find() (which had a class), 0
  /// until it sets one: what it decided from the class alone, for the page's next element of
  /// that class. Valid until the next find().
  uint8_t& class_note() { return slots_[last_].note; }

  /// The kinds of word, as bits.
  enum Kind : uint8_t { kBylineKind = 1, kDateKind = 2, kStandfirstKind = 4, kWidgetKind = 8, kEntryKind = 16 };

 private:
  // What was found in each class value met so far: open addressing over views of the page's
  // values, a power of two slots at most half full.
  // No member initializers, and an array rather than a vector: the slots are zeroed by one
  // memset, where a default constructor (or the vector's fill) built the 1024 slots of every
  // page one by one.
  struct Entry {
    const char* data;  // nullptr: a free slot
    uint32_t size;
    uint8_t kinds;
    uint8_t note;  // class_note()
  };
  uint8_t class_kinds(std::string_view classes);
  uint8_t id_kinds(std::string_view element_id) const;
  void grow();

  const WordTable& table_;  // the words, looked up once rather than for every name
  std::unique_ptr<Entry[]> slots_ = std::make_unique<Entry[]>(1024);
  size_t slot_count_ = 1024;
  size_t used_ = 0;
  size_t last_ = 0;  // the slot of the last class looked up
};

/// Class and id words of the standfirst, the sentence or two under the headline that sums the
/// story up.
std::span<const std::string_view> standfirst_words();

}  // namespace lede::meta
