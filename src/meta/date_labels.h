// The words pages print before a date to say what it is: "Published", "Updated", "수정",
// "更新", "Aktualisiert", ... A modified label makes a modified date.
#pragma once

#include <cstddef>
#include <string_view>

namespace lede::meta {

enum class DateLabel : unsigned char { kNone, kPublished, kModified };

/// The label closest to the end of `text_before` (the text just before a date), if any.
DateLabel label_before(std::string_view text_before);

/// Where the label just before a date begins in `text_before` (the text up to the date), or
/// npos when no label ends the text ("Jane Doe · Updated " → the offset of "Updated").
size_t label_start(std::string_view text_before);

/// True when `folded` (case-folded class, id or itemprop text) names a modification.
bool names_modification(std::string_view folded);

}  // namespace lede::meta
