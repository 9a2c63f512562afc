// Just enough URL handling for metadata: absolute links from relative ones, the host, the
// path. Not a full WHATWG URL parser: pages give canonical and alternate links in a handful of
// shapes and these cover them.
#pragma once

#include <string>
#include <string_view>

namespace lede::meta {

/// `ref` made absolute against `base` ("/a" → "https://host/a", "//cdn/x" → "https://cdn/x").
/// Returns `ref` unchanged when it is absolute or `base` is not; empty for javascript: and
/// fragment-only references.
std::string resolve_url(std::string_view base, std::string_view ref);

/// Where the host of an absolute `url` starts, after "scheme://"; npos when `url` has no scheme.
size_t host_start(std::string_view url);

/// "www.example.com" for "https://www.example.com/a?b".
std::string_view url_host(std::string_view url);

/// "/a/b" for "https://www.example.com/a/b?c#d".
std::string_view url_path(std::string_view url);

/// True when `url` (absolute, or a reference from the site's root: "/fr/") leads to a site's
/// front page: its path is "/", or one segment naming a language or locale ("/en/", "/pt-br",
/// "/de_at"), the front page of a language edition.
bool is_front_page(std::string_view url);

/// Whether `url` may lead to the article at the absolute `article_url` in another language: a
/// language menu's entry for the article keeps its address's last path segment
/// ("/ru/article/378866" on "/hy/article/378866", "/docs/commit/es" on "/docs/commit"), or the
/// depth of its path ("/en/2024/bridge.html" on "/fr/2024/pont.html"), where one for a
/// language's section of the site ("/english", "/es/portada") does neither. True where the
/// article's address says too little ("/a/7").
bool may_lead_to_same_article(std::string_view url, std::string_view article_url);

/// Scheme, "www.", query, fragment and trailing slashes removed: how two URLs of one page are
/// compared.
std::string url_key(std::string_view url);

}  // namespace lede::meta
