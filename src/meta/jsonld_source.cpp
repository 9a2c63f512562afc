// Hands the text of every <script type="application/ld+json"> to the JSON-LD reader.
#include "meta/jsonld.h"
#include "meta/metadata.h"
#include "meta/page_index.h"
#include "meta/sources.h"

namespace lede::meta {

namespace {

void extract_from(const html::Document& doc, const std::vector<html::NodeId>& script_nodes, Evidence& ev) {
  std::vector<std::string> texts;
  texts.reserve(script_nodes.size());
  for (html::NodeId s : script_nodes) texts.push_back(doc.text_content(s));
  std::vector<JsonLdScript> scripts;
  for (size_t i = 0; i < texts.size(); ++i) {
    scripts.push_back({texts[i], doc.node(script_nodes[i]).source_offset});
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
