// The WHATWG named character reference table (HTML §13.5), generated into entities.inc by
// scripts/gen_entities.py: names without the leading '&' (with ';' where the table has it),
// values as UTF-8, sorted by name bytes.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

namespace lede::html {

struct NamedEntity {
  std::string_view name;
  std::string_view value;
};

std::span<const NamedEntity> named_entities();

/// The longest entity name that is a prefix of [p, end), or nullptr when none is.
const NamedEntity* longest_named_entity(const char* p, const char* end);

}  // namespace lede::html
