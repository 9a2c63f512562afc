#include "meta/json_text.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>

namespace lede::meta {

namespace dom = simdjson::dom;

namespace {

// Nesting kept by the second reader: simdjson's own default. The JSON-LD reader goes a dozen
// levels down; what lies deeper is never read, and writing it out again recurses once per level,
// which a script of a million brackets would take past the end of the stack.
constexpr int kMaxRefusedDepth = 1024;

// nlohmann's reader accepts a few texts simdjson refuses: comments, a byte order mark,
// numbers too large for 64 bits (read as floating point), nesting past simdjson's default
// depth (the values below kMaxRefusedDepth are dropped). Written out again by nlohmann they
// are plain JSON, read here.
std::optional<dom::element> parse_refused(std::string_view text, dom::document& into) {
  auto keep_shallow = [](int depth, nlohmann::json::parse_event_t, nlohmann::json&) { return depth <= kMaxRefusedDepth; };
  nlohmann::json tree = nlohmann::json::parse(text, keep_shallow, /*allow_exceptions=*/false, /*ignore_comments=*/true);
  if (tree.is_discarded()) return std::nullopt;
  std::string plain = tree.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  dom::parser parser;
  if (parser.allocate(plain.size(), kMaxRefusedDepth + 1) != simdjson::SUCCESS) return std::nullopt;
  dom::element root;
  if (parser.parse_into_document(into, plain.data(), plain.size()).get(root) != simdjson::SUCCESS) return std::nullopt;
  return root;
}

}  // namespace

std::optional<dom::element> parse_json(std::string_view text, dom::document& into) {
  // One parser per thread: it keeps its buffers from one page to the next.
  thread_local dom::parser parser;
  dom::element root;
  if (parser.parse_into_document(into, text.data(), text.size()).get(root) == simdjson::SUCCESS) return root;
  return parse_refused(text, into);
}

std::optional<dom::element> member(dom::element object, std::string_view key) {
  dom::object members;
  if (object.get_object().get(members) != simdjson::SUCCESS) return std::nullopt;
  std::optional<dom::element> found;
  for (dom::key_value_pair m : members) {
    if (m.key == key) found = m.value;
  }
  return found;
}

void members_by_key(dom::element object, JsonMembers& out) {
  out.clear();
  dom::object members;
  if (object.get_object().get(members) != simdjson::SUCCESS) return;
  for (dom::key_value_pair m : members) out.emplace_back(m.key, m.value);
  // Stable: of the members a key names, the last stays last, and is the one kept.
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  auto last_of_each = std::unique(out.rbegin(), out.rend(), [](const auto& a, const auto& b) { return a.first == b.first; });
  out.erase(out.begin(), last_of_each.base());
}

}  // namespace lede::meta
