// Hands the text of every <script type="application/ld+json"> to the JSON-LD reader.
#include "meta/jsonld.h"
#include "meta/metadata.h"
#include "meta/page_index.h"
#include "meta/sources.h"

namespace lede::meta {

namespace {

void extract_from(const html::Document& doc, const std::vector<html::NodeId>& script_nodes, Evidence& ev) {
  // A script's text is one text node, read where it lies; the text of a script split into
  // several is joined first (reserved, so that the views into it stay put).
  std::vector<std::string> joined;
  joined.reserve(script_nodes.size());
  std::vector<JsonLdScript> scripts;
  scripts.reserve(script_nodes.size());
  for (html::NodeId s : script_nodes) {
    html::NodeId text = doc.node(s).first_child;
    std::string_view view;
    if (text != html::kNoNode && doc.node(text).next_sibling == html::kNoNode &&
        doc.node(text).type == html::NodeType::kText) {
      view = doc.data(text);
    } else {
      view = joined.emplace_back(doc.text_content(s));
    }
    scripts.push_back({view, doc.node(s).source_offset});
  }
  extract_jsonld(scripts, ev);
}

}  // namespace

void extract_jsonld_scripts(const html::Document& doc, const PageIndex& index, Evidence& ev) {
  extract_from(doc, index.jsonld_scripts, ev);
}

std::string find_json_ld_article_body(const html::Document& doc, std::string_view url) {
  std::vector<html::NodeId> script_nodes;
  for (html::NodeId n = doc.root(); n != html::kNoNode; n = doc.next_in_tree(n, doc.root())) {
    if (doc.is_element(n, html::Tag::kScript) && is_jsonld_script(doc, n)) script_nodes.push_back(n);
  }
  if (script_nodes.empty()) return {};
  Evidence ev({today_utc(), NumericOrder::kDayFirst, std::string(url)});
  extract_from(doc, script_nodes, ev);
  return ev.take_json_ld_article_body();
}

}  // namespace lede::meta
