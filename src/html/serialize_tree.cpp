#include "html/serialize_tree.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>
#include <vector>

namespace lede::html {

namespace {

// Attributes the tree builder puts in the XLink, XML or XMLNS namespace on foreign elements
// (§13.2.6.1 "adjust foreign attributes"): stored under their qualified name, printed as
// "prefix local".
constexpr std::array<std::pair<std::string_view, std::string_view>, 11> kForeignAttributes = {{
    {"xlink:actuate", "xlink actuate"},
    {"xlink:arcrole", "xlink arcrole"},
    {"xlink:href", "xlink href"},
    {"xlink:role", "xlink role"},
    {"xlink:show", "xlink show"},
    {"xlink:title", "xlink title"},
    {"xlink:type", "xlink type"},
    {"xml:lang", "xml lang"},
    {"xml:space", "xml space"},
    {"xmlns", "xmlns xmlns"},
    {"xmlns:xlink", "xmlns xlink"},
}};

std::string_view display_attribute_name(std::string_view name, Namespace ns) {
  if (ns == Namespace::kHtml) return name;
  for (const auto& [qualified, shown] : kForeignAttributes) {
    if (qualified == name) return shown;
  }
  return name;
}

void begin_line(std::string& out, size_t depth) {
  out += "| ";
  out.append(2 * depth, ' ');
}

void write_node(const Document& doc, NodeId id, size_t depth, std::string& out,
                std::vector<std::pair<std::string_view, std::string_view>>& attributes) {
  const Node& n = doc.node(id);
  switch (n.type) {
    case NodeType::kDocument:
      return;
    case NodeType::kDoctype: {
      const Doctype& d = doc.doctype(id);
      begin_line(out, depth);
      out += "<!DOCTYPE ";
      out += doc.str(d.name);
      if (d.has_public_id || d.has_system_id) {
        out += " \"";
        out += doc.str(d.public_id);
        out += "\" \"";
        out += doc.str(d.system_id);
        out += '"';
      }
      out += ">\n";
      return;
    }
    case NodeType::kElement: {
      begin_line(out, depth);
      out += '<';
      if (n.ns == Namespace::kSvg) out += "svg ";
      if (n.ns == Namespace::kMathMl) out += "math ";
      out += doc.tag_name(id);
      out += ">\n";
      attributes.clear();
      for (const Attribute& a : doc.attributes(id)) {
        attributes.emplace_back(display_attribute_name(doc.str(a.name), n.ns), doc.str(a.value));
      }
      std::sort(attributes.begin(), attributes.end());
      for (const auto& [name, value] : attributes) {
        begin_line(out, depth + 1);
        out += name;
        out += "=\"";
        out += value;
        out += "\"\n";
      }
      return;
    }
    case NodeType::kText:
      begin_line(out, depth);
      out += '"';
      out += doc.data(id);
      out += "\"\n";
      return;
    case NodeType::kComment:
      begin_line(out, depth);
      out += "<!-- ";
      out += doc.data(id);
      out += " -->\n";
      return;
    case NodeType::kTemplateContent:
      begin_line(out, depth);
      out += "content\n";
      return;
  }
}

}  // namespace

std::string serialize_tree(const Document& doc) {
  std::string out;
  std::vector<std::pair<std::string_view, std::string_view>> attributes;
  NodeId id = doc.node(doc.root()).first_child;
  size_t depth = 0;
  while (id != kNoNode) {
    write_node(doc, id, depth, out, attributes);
    const Node& n = doc.node(id);
    if (n.first_child != kNoNode) {
      id = n.first_child;
      ++depth;
      continue;
    }
    while (id != kNoNode && doc.node(id).next_sibling == kNoNode) {
      id = doc.node(id).parent;
      if (id == doc.root()) id = kNoNode;
      else --depth;
    }
    if (id != kNoNode) id = doc.node(id).next_sibling;
  }
  return out;
}

}  // namespace lede::html
