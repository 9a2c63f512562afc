#include "meta/json_text.h"

#include <cstdint>
#include <simdjson.h>
#include <string>

namespace lede::meta {

namespace {

using nlohmann::json;
namespace dom = simdjson::dom;

// The tree nlohmann's reader builds for the same text: non-negative integers unsigned, negative
// ones signed, and a repeated key's last value kept.
json to_tree(dom::element e) {
  switch (e.type()) {
    case dom::element_type::ARRAY: {
      json out = json::array();
      dom::array items;
      if (e.get_array().get(items) == simdjson::SUCCESS) {
        for (dom::element child : items) out.push_back(to_tree(child));
      }
      return out;
    }
    case dom::element_type::OBJECT: {
      json out = json::object();
      dom::object members;
      if (e.get_object().get(members) == simdjson::SUCCESS) {
        for (dom::key_value_pair member : members) out[std::string(member.key)] = to_tree(member.value);
      }
      return out;
    }
    case dom::element_type::INT64: {
      int64_t v = e.get_int64().value_unsafe();
      return v < 0 ? json(v) : json(static_cast<uint64_t>(v));
    }
    case dom::element_type::UINT64: return json(e.get_uint64().value_unsafe());
    case dom::element_type::DOUBLE: return json(e.get_double().value_unsafe());
    case dom::element_type::STRING: return json(std::string(e.get_string().value_unsafe()));
    case dom::element_type::BOOL: return json(e.get_bool().value_unsafe());
    case dom::element_type::NULL_VALUE: return json(nullptr);
  }
  return json(nullptr);
}

}  // namespace

json parse_json(std::string_view text) {
  // One parser per thread: it keeps its buffers from one page to the next.
  thread_local dom::parser parser;
  dom::element root;
  if (parser.parse(text.data(), text.size()).get(root) == simdjson::SUCCESS) return to_tree(root);
  return json::parse(text, nullptr, /*allow_exceptions=*/false, /*ignore_comments=*/true);
}

}  // namespace lede::meta
