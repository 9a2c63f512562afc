#include "meta/body_facts.h"

#include <string>

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

void make_body_urls_absolute(Article& article, std::string_view page_url) {
  for (Image& image : article.images) make_absolute(image.url, page_url);
  for (RelatedLink& link : article.related) make_absolute(link.url, page_url);
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

}  // namespace lede::meta
