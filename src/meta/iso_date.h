// ISO 8601 dates as structured sources write them (JSON-LD, article:published_time, <time
// datetime>): "2017-05-09", "2017-05-09T17:22", "2017-05-09T17:22:00.000+09:00", "...Z". Read
// field by field, where parse_date()'s general scanner tokenizes the text and tries every
// order and language it knows: most dates a page states in its markup have this one form.
#pragma once

#include <optional>
#include <string_view>

#include "meta/date.h"

namespace lede::meta {

/// The date `text` is when it is exactly one of the forms above with every field in range,
/// read as parse_date() reads it (whatever the numeric order); nullopt for any other text,
/// which parse_date() is then asked about.
std::optional<Date> parse_iso_date(std::string_view text);

}  // namespace lede::meta
