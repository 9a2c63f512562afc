// The vocabulary shared by the tree under construction (DocumentBuilder) and the finished,
// compact tree (Document): node ids, node kinds, string references, attributes.
#pragma once

#include <cstdint>

#include "html/tags.h"

namespace lede::html {

using NodeId = uint32_t;
inline constexpr NodeId kNoNode = 0xFFFFFFFFu;

enum class NodeType : uint8_t {
  kDocument,
  kDoctype,
  kElement,
  kText,
  kComment,
  kTemplateContent,  // the document fragment holding a <template>'s contents: its only child
};

enum class Namespace : uint8_t { kHtml, kSvg, kMathMl };

/// A string as [offset, offset + length) of the owning document's string space.
struct StrRef {
  uint32_t offset = 0;
  uint32_t length = 0;
};

/// An attribute. Names are lowercase, except in foreign content where the spec adjusts them
/// ("viewBox", "definitionURL", "xlink:href").
struct Attribute {
  StrRef name;
  StrRef value;
};

struct Doctype {
  StrRef name;
  StrRef public_id;
  StrRef system_id;
  bool has_public_id = false;
  bool has_system_id = false;
};

/// Tag id used when a document holds more distinct unknown tag names than ids remain.
inline constexpr TagId kOverflowTag = 0xFFFF;

}  // namespace lede::html
