// What the <meta> sources read of a <meta>: its naming attributes and its content, found in one
// pass over its attributes. The OpenGraph and named-<meta> sources each looked up four or five
// attributes by name, one scan apiece, for every <meta> of every page.
#pragma once

#include <string_view>

#include "html/dom.h"

namespace lede::meta {

struct MetaAttributes {
  std::string_view name;
  std::string_view property;
  std::string_view itemprop;
  std::string_view http_equiv;
  std::string_view content;
};

/// The attributes of `meta`; an attribute given twice counts by its first value, as
/// Document::attribute_value() reads it. Absent ones are empty.
inline MetaAttributes read_meta_attributes(const html::Document& doc, html::NodeId meta) {
  MetaAttributes m;
  bool seen[5] = {};
  auto take = [&](int k, std::string_view& slot, const html::Attribute& a) {
    if (!seen[k]) slot = doc.str(a.value);
    seen[k] = true;
  };
  for (const html::Attribute& a : doc.attributes(meta)) {
    // Told apart by length first: a <meta> has few attributes, and most are these.
    std::string_view name = doc.str(a.name);
    switch (name.size()) {
      case 4:
        if (name == "name") take(0, m.name, a);
        break;
      case 7:
        if (name == "content") take(1, m.content, a);
        break;
      case 8:
        if (name == "property") take(2, m.property, a);
        else if (name == "itemprop") take(3, m.itemprop, a);
        break;
      case 10:
        if (name == "http-equiv") take(4, m.http_equiv, a);
        break;
      default:
        break;
    }
  }
  return m;
}

}  // namespace lede::meta
