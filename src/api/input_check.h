// The checks that turn away input which is not a web page before any stage spends time on it:
// size limit, emptiness, binary formats recognised by their magic numbers, NUL-heavy data.
#pragma once

#include <optional>
#include <string_view>

#include "lede/error.h"
#include "lede/lede.h"

namespace lede::api {

/// The error for raw bytes that cannot be a page, or nullopt when they may be one.
std::optional<Error> check_raw_input(std::string_view bytes, const Options& options);

/// The error for decoded UTF-8 that holds no markup at all (plain text, JSON, CSV), or nullopt.
std::optional<Error> check_has_markup(std::string_view utf8);

}  // namespace lede::api
