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

/// Scheme, "www.", query, fragment and trailing slashes removed: how two URLs of one page are
/// compared.
std::string url_key(std::string_view url);

}  // namespace lede::meta
