#include "meta/body_facts.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "meta/url.h"

namespace lede::meta {

namespace {

void make_absolute(std::string& url, std::string_view page_url) {
  std::string resolved = resolve_url(page_url, url);
  if (!resolved.empty()) url = std::move(resolved);
}

void fill_missing(std::string& field, const std::string& from) {
  if (field.empty()) field = from;
}

}  // namespace

void make_urls_absolute(Article& article, std::string_view page_url) {
  // A page read from a file has no address of its own; its canonical link is where the
  // publisher says it lives, so its relative links are resolved as a browser there would.
  std::string_view base = page_url.empty() ? std::string_view(article.canonical_url) : page_url;
  for (Image& image : article.images) make_absolute(image.url, base);
  for (RelatedLink& link : article.related) make_absolute(link.url, base);
  for (Block& block : article.blocks) {
    if (!block.src.empty()) make_absolute(block.src, base);
  }
  if (!article.image.url.empty()) make_absolute(article.image.url, base);
  for (Translation& translation : article.translations) make_absolute(translation.url, base);
}

void complete_lead_image(Article& article) {
  if (article.image.url.empty()) {
    // The article's own first photo, when no metadata named one: the body holds no logos.
    if (!article.images.empty()) article.image = article.images.front();
    return;
  }
  for (const Image& image : article.images) {
    if (image.url != article.image.url) continue;
    fill_missing(article.image.caption, image.caption);
    fill_missing(article.image.alt, image.alt);
    fill_missing(article.image.credit, image.credit);
  }
}

void list_related_once(Article& article) {
  std::unordered_set<std::string> listed;
  std::erase_if(article.related, [&](const RelatedLink& link) { return !listed.insert(link.url).second; });
}

}  // namespace lede::meta
