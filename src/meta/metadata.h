// Stage 4 of DESIGN.md: facts about the article from the whole page, before anything is
// removed. Every source (JSON-LD, OpenGraph, Twitter cards, <meta>, microdata, <time>, links,
// <html lang>, the HTTP header, the URL, visible bylines and date lines) gives candidates with
// their origin; each field is then chosen on the evidence (resolve.h).
#pragma once

#include <string>
#include <string_view>

#include "html/dom.h"
#include "lede/article.h"

namespace lede::meta {

struct PageContext {
  std::string_view url;                    // the page's address, when known
  std::string_view http_content_language;  // the Content-Language header, when known
  bool explain = false;                    // fill Article::origins
};

/// What the page says that is no field of the record but serves a later stage.
struct PageFacts {
  /// The articleBody of the page's own JSON-LD article, empty when it has none: evidence for
  /// the body's extraction (extraction::extract_body), never output.
  std::string json_ld_article_body;
};

/// Fills title, subtitle, description, authors, byline, dates, site_name, canonical_url,
/// language hint, section, tags, image, translations of `article` from the whole page. Fields
/// the page gives no evidence for are left as they are. Never throws on any input.
PageFacts extract_metadata(const html::Document& doc, const PageContext& context, Article& article);

/// PageFacts::json_ld_article_body alone, for when the metadata is not wanted
/// (Options::metadata off): the same scripts and the same choice of the page's article.
std::string find_json_ld_article_body(const html::Document& doc, std::string_view url);

}  // namespace lede::meta
