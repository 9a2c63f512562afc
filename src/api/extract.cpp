// lede::extract(): the pipeline of DESIGN.md, one stage after another, each stage's output the
// next one's input. Readable top to bottom; the stages themselves live in their own folders.
#include <new>
#include <stdexcept>
#include <string>

#include "decode/decode.h"
#include "extract/extract_body.h"
#include "html/parser.h"
#include "input_check.h"
#include "lede/lede.h"
#include "meta/body_facts.h"
#include "meta/metadata.h"

namespace lede {
namespace {

Result<Article> run_pipeline(std::string_view page_bytes, const Options& options) {
  // 1. Input: refuse what cannot be a page before spending time on it.
  if (auto refused = api::check_raw_input(page_bytes, options)) return *refused;

  // 2. Decode to UTF-8. The caller's bytes outlive the parse, so a page that needs no
  // conversion (most of the web is UTF-8) is read where it lies, never copied.
  Result<decode::BorrowedDecode> decoded =
      decode::decode_borrowed(page_bytes, {.http_charset = options.http_charset});
  if (!decoded) return decoded.error();
  if (auto refused = api::check_has_markup(decoded.value().utf8())) return *refused;

  // 3. Parse into the arena DOM; never fails.
  html::Document doc = decoded.value().in_place ? html::parse_borrowed(*decoded.value().in_place)
                                                : html::parse(std::move(decoded.value().decoded.utf8));

  // 4. Metadata, from the whole page before anything is set aside.
  Article article;
  article.url = options.url;
  // The publisher's own copy of the body, when the page's JSON-LD article carries one: evidence
  // for the body, read from the same parse as the metadata, or alone when metadata is off (the
  // body must come out the same either way).
  std::string json_ld_article_body;
  if (options.metadata) {
    json_ld_article_body = meta::extract_metadata(doc,
                                                  {.url = options.url,
                                                   .http_content_language = options.http_content_language,
                                                   .explain = options.explain},
                                                  article)
                               .json_ld_article_body;
  } else {
    json_ld_article_body = meta::find_json_ld_article_body(doc, options.url);
  }

  // 5. The body.
  extraction::Body body = extraction::extract_body(doc, options, json_ld_article_body);
  article.text = std::move(body.text);
  article.blocks = options.want_blocks ? std::move(body.blocks) : std::vector<Block>{};
  article.images = std::move(body.images);
  article.related = std::move(body.related);
  meta::make_urls_absolute(article, options.url);
  meta::list_related_once(article);
  if (options.metadata) meta::complete_lead_image(article);
  article.warnings = std::move(body.warnings);
  article.word_count = body.word_count;
  return article;
}

}  // namespace

Result<Article> extract(std::string_view page_bytes, const Options& options) {
  // No exceptions cross the API. Memory can run out on a huge page, and the parsed document
  // caps its strings at 512 MiB (html::parse throws length_error), which a caller raising
  // max_input_bytes, or decoding that lengthens the text, can reach.
  try {
    return run_pipeline(page_bytes, options);
  } catch (const std::bad_alloc&) {
    return Error{ErrorKind::kOutOfMemory, "memory ran out while processing the page"};
  } catch (const std::length_error&) {
    return Error{ErrorKind::kTooLarge, "the page's text exceeds what one parsed document can hold (512 MiB)"};
  } catch (const std::exception& fault) {
    // A bug met on one page (a byline once cut out of range) must not end a batch of
    // millions: the page gets an error record naming the fault, and the run goes on.
    return Error{ErrorKind::kInternal, std::string("lede failed on this page: ") + fault.what()};
  }
}

}  // namespace lede
