// The declared language: <html lang> (WHATWG HTML §3.2.6.2), <meta http-equiv=content-language>
// and the HTTP Content-Language header. These describe the page, which on a translated edition
// or a multilingual portal may differ from the article's own language.
#include "meta/sources.h"
#include "meta/text_util.h"

namespace lede::meta {

void extract_language(const html::Document& doc, const PageIndex& index, std::span<const MetaAttributes> metas,
                      std::string_view http_content_language, Evidence& ev) {
  if (index.html != html::kNoNode) {
    std::string_view lang = doc.attribute_value(index.html, "lang");
    if (lang.empty()) lang = doc.attribute_value(index.html, "xml:lang");
    ev.add_text(Field::kLanguage, Origin::kHtmlLang, kWeightMarkup, lang, 0);
  }
  for (const MetaAttributes& m : metas) {
    // Folding keeps a text empty or not: most <meta> have no http-equiv, and are passed over
    // unfolded.
    if (m.http_equiv.empty() || FoldedText(m.http_equiv).view() != "content-language") continue;
    ev.add_text(Field::kLanguage, Origin::kMetaTag, kWeightWeak, m.content, doc.node(m.id).source_offset);
  }
  // A header may list several languages ("de, en"): only a single one says something.
  if (http_content_language.find(',') == std::string_view::npos) {
    ev.add_text(Field::kLanguage, Origin::kHttpHeader, kWeightWeak, http_content_language, 0);
  }
}

}  // namespace lede::meta
