// Hands the text of every <script type="application/ld+json"> to the JSON-LD reader.
#include "meta/jsonld.h"
#include "meta/sources.h"

namespace lede::meta {

void extract_jsonld_scripts(const html::Document& doc, const PageIndex& index, Evidence& ev) {
  std::vector<std::string> texts;
  texts.reserve(index.jsonld_scripts.size());
  for (html::NodeId s : index.jsonld_scripts) texts.push_back(doc.text_content(s));
  std::vector<JsonLdScript> scripts;
  for (size_t i = 0; i < texts.size(); ++i) {
    scripts.push_back({texts[i], doc.node(index.jsonld_scripts[i]).source_offset});
  }
  extract_jsonld(scripts, ev);
}

}  // namespace lede::meta
