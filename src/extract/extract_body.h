// Stage 5 of DESIGN.md: the main content of a parsed page. (The namespace is "extraction":
// "lede::extract" is the public function of lede.h, and a namespace cannot share its name.)
//
//   html::Document doc = html::parse(utf8);
//   meta::PageFacts facts = meta::extract_metadata(doc, context, article);
//   extraction::Body body = extraction::extract_body(doc, options, facts.json_ld_article_body);
//
// The DOM is read, never modified. A page without an article is a normal outcome: empty blocks
// and text, and the warning "no article found".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "html/dom.h"
#include "lede/article.h"
#include "lede/lede.h"

namespace lede::extraction {

struct Body {
  std::vector<Block> blocks;          // reading order
  std::string text;                   // plain text, paragraphs separated by "\n\n"
  uint32_t word_count = 0;            // count_text(text).words, counted with the attempt's length
  std::vector<Image> images;          // figures kept in the body (caption once)
  std::vector<RelatedLink> related;   // "related" / "most viewed" / "read more" lists removed from the body
  std::vector<std::string> warnings;  // e.g. "no article found"
  std::string_view attempt;           // the name of the chosen attempt (a static string)
  std::string trace;                  // every attempt and its length, "semantic:1200 scored:900 ..."
};

/// Extracts the article body. `json_ld_article_body`, when the page carries one, is evidence
/// for choosing between candidate containers; it is never copied into the result.
Body extract_body(const html::Document& doc, const Options& options, std::string_view json_ld_article_body = {});

}  // namespace lede::extraction
