#include "meta/metadata.h"

#include "meta/evidence.h"
#include "meta/explain.h"
#include "meta/meta_attributes.h"
#include "meta/page_index.h"
#include "meta/resolve.h"
#include "meta/sources.h"
#include "meta/text_util.h"

namespace lede::meta {

namespace {

// US English writes numeric dates month first; every other language we read writes the day
// first (or the year first, which is unambiguous).
NumericOrder numeric_order_for(const html::Document& doc, const PageIndex& index) {
  if (index.html == html::kNoNode) return NumericOrder::kDayFirst;
  std::string lang = fold_case(doc.attribute_value(index.html, "lang"));
  return lang == "en" || lang == "en-us" || lang == "en_us" ? NumericOrder::kMonthFirst
                                                             : NumericOrder::kDayFirst;
}

}  // namespace

PageFacts extract_metadata(const html::Document& doc, const PageContext& context, Article& article) {
  PageIndex index = index_page(doc);
  Evidence ev({today_utc(), numeric_order_for(doc, index), std::string(context.url), context.explain});
  extract_jsonld_scripts(doc, index, ev);
  std::vector<MetaAttributes> metas = read_metas(doc, index);
  extract_opengraph(doc, metas, ev);
  extract_meta_tags(doc, metas, ev);
  extract_microdata(doc, index, ev);
  extract_microformats(doc, index, ev);
  extract_time_elements(doc, index, ev);
  extract_links(doc, index, ev);
  extract_language(doc, index, metas, context.http_content_language, ev);
  extract_headlines(doc, index, ev);
  extract_visible_text(doc, index, ev);
  extract_url(context.url, ev);
  extract_fallback_dates(doc, index, ev);
  extract_text_language(doc, index, ev);
  resolve(ev, context.url, article);
  if (context.explain) explain(ev, context.url, article);
  return {.json_ld_article_body = ev.take_json_ld_article_body()};
}

}  // namespace lede::meta
