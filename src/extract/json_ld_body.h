// The articleBody of a page's JSON-LD (schema.org Article and its kin): the publisher's own copy
// of the body text, which the pipeline uses as evidence when it chooses between attempts
// (extract_body's `json_ld_article_body`), never as the output.
#pragma once

#include <string>

#include "html/dom.h"

namespace lede::extraction {

/// The longest "articleBody" string value in the page's <script type="application/ld+json">
/// blocks, unescaped; empty when there is none. Reads the JSON string literal only, so a block
/// whose other parts are broken (trailing commas, raw newlines) still gives its body.
std::string find_json_ld_article_body(const html::Document& doc);

}  // namespace lede::extraction
