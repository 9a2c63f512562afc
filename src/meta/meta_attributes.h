// What the <meta> sources read of a <meta>: its naming attributes and its content, found in one
// pass over its attributes, once a page for both the OpenGraph and the named-<meta> source,
// which each looked up four or five attributes by name, one scan apiece.
#pragma once

#include <string_view>
#include <vector>

#include "html/dom.h"
#include "meta/page_index.h"

namespace lede::meta {

struct MetaAttributes {
  html::NodeId id = html::kNoNode;
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
  m.id = meta;
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

/// Every <meta> of the page (PageIndex::metas), read.
inline std::vector<MetaAttributes> read_metas(const html::Document& doc, const PageIndex& index) {
  std::vector<MetaAttributes> metas;
  metas.reserve(index.metas.size());
  for (html::NodeId m : index.metas) metas.push_back(read_meta_attributes(doc, m));
  return metas;
}

}  // namespace lede::meta
