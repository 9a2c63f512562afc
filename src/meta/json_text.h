// JSON text read into simdjson's DOM, which the JSON-LD reader walks in place: building a
// tree of its own from it (nlohmann::json, a map per object) cost more than reading the text.
// Text simdjson refuses goes to nlohmann's reader, which also skips comments; what that reader
// accepts is written out again as plain JSON and read by simdjson, so every text gives the
// same kind of values. The reader sees objects as nlohmann's tree has them: a key given twice
// keeps its last value, and members_by_key() lists them in key order.
#pragma once

#include <optional>
#include <simdjson.h>
#include <string_view>
#include <utility>
#include <vector>

namespace lede::meta {

/// The root of `text` read into `into`; nullopt when the text is not JSON. Comments are
/// allowed. The values point into `into`: they last until the next read into it, and only as
/// long as `into` stays where it is (a moved document leaves them dangling).
std::optional<simdjson::dom::element> parse_json(std::string_view text, simdjson::dom::document& into);

/// The value of `key` in `object`; when the key is given twice, its last value. nullopt when
/// `object` has no such key or is no object.
std::optional<simdjson::dom::element> member(simdjson::dom::element object, std::string_view key);

using JsonMembers = std::vector<std::pair<std::string_view, simdjson::dom::element>>;

/// The members of `object` in key order (bytewise), each key once with its last value.
void members_by_key(simdjson::dom::element object, JsonMembers& out);

}  // namespace lede::meta
