#include "meta/body_facts.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "meta/furniture_images.h"
#include "meta/url.h"

namespace lede::meta {

namespace {

void make_absolute(std::string& url, std::string_view page_url) {
  std::string resolved = resolve_url(page_url, url);
  if (!resolved.empty()) url = std::move(resolved);
}

// True when the address names a gif: pages keep their marks, buttons and tracking pixels in
// gifs, and their photos in other formats.
bool is_gif(std::string_view url) {
  std::string_view path = url.substr(0, url.find_first_of("?#"));
  return path.size() >= 4 && (path.ends_with(".gif") || path.ends_with(".GIF"));
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
    // The article's own first photo, when no metadata named one. The body's pictures may
    // still hold a logo or an icon the page kept in the text (a flag beside a language link, a
    // share button, a tracking pixel in a gif): those stand for no article.
    auto photo = std::find_if(article.images.begin(), article.images.end(), [](const Image& image) {
      return !is_furniture_image(image.url) && !is_gif(image.url);
    });
    if (photo != article.images.end()) article.image = *photo;
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
