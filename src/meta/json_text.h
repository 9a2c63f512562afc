// JSON text into the nlohmann::json tree the JSON-LD reader walks. simdjson reads the text:
// nlohmann's own reader spends about ninety instructions a byte in its lexer, and a page's
// JSON-LD runs to tens of kilobytes. Text simdjson refuses goes to nlohmann's reader, which
// also skips comments; on valid JSON the two agree, so the tree is the one nlohmann would build.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

namespace lede::meta {

/// The tree of `text`; a discarded value (is_discarded()) when it is not JSON. Comments are
/// allowed, and a key given twice in one object keeps its last value.
nlohmann::json parse_json(std::string_view text);

}  // namespace lede::meta
