#include "meta/url.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#include "core/eight_bytes.h"
#include "meta/text_util.h"

namespace lede::meta {

namespace {

// Every anchor of a page passes through these (the <title>'s site name is looked for among the
// links to the front page): they scan bytes by hand, not with find_first_of(), which calls
// memchr() once per byte it reads.

// The bytes of a scheme ("https", "svn+ssh"), one lookup each.
constexpr std::array<bool, 256> kSchemeBytes = [] {
  std::array<bool, 256> bytes{};
  for (int c = 0; c < 256; ++c) {
    bytes[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' ||
               c == '-' || c == '.';
  }
  return bytes;
}();

bool is_scheme_char(char c) { return kSchemeBytes[static_cast<unsigned char>(c)]; }

// Where the host starts, after "scheme://"; npos without a scheme.
size_t scheme_end(std::string_view url) {
  size_t i = 0;
  while (i < url.size() && is_scheme_char(url[i])) ++i;
  if (i == 0 || url.substr(i, 3) != "://") return std::string_view::npos;
  return i + 3;
}

// The first of `stops` at or after `from`; the size of `s` when there is none. Eight bytes at
// a time: the paths and hosts scanned are tens of bytes long.
template <char... stops>
size_t find_stop(std::string_view s, size_t from) {
  size_t i = from;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t eight = eight_bytes::load(s.data() + i);
    if (uint64_t found = (eight_bytes::bytes_equal(eight, stops) | ...)) return i + eight_bytes::first_marked(found);
  }
  for (; i < s.size(); ++i) {
    if (((s[i] == stops) || ...)) return i;
  }
  return s.size();
}

// Whether `ref` starts with `scheme` (lower case), compared as fold_case() would.
bool folds_to_prefix(std::string_view ref, std::string_view scheme) {
  // An ASCII first byte folds to itself in lower case: most references differ there.
  unsigned char first = static_cast<unsigned char>(ref.empty() ? 0 : ref[0]);
  if (first < 0x80 && static_cast<char>((first >= 'A' && first <= 'Z') ? first + 32 : first) != scheme[0]) {
    return false;
  }
  std::array<char, 64> buffer;  // room for the folded form of up to 16 code points
  return fold_case(ref.substr(0, scheme.size()), buffer) == scheme;
}

}  // namespace

size_t host_start(std::string_view url) { return scheme_end(url); }

std::string_view url_host(std::string_view url) {
  size_t start = scheme_end(url);
  if (start == std::string_view::npos) return {};
  return url.substr(start, find_stop<'/', '?', '#'>(url, start) - start);
}

std::string_view url_path(std::string_view url) {
  size_t start = scheme_end(url);
  if (start == std::string_view::npos) return {};
  size_t slash = find_stop<'/', '?', '#'>(url, start);
  if (slash == url.size() || url[slash] != '/') return "/";
  return url.substr(slash, find_stop<'?', '#'>(url, slash) - slash);
}

namespace {

constexpr bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "en", "pt-br", "de_AT": a language code, and a region after '-' or '_'.
bool is_locale_segment(std::string_view segment) {
  auto letters = [&](size_t from, size_t count) {
    if (segment.size() < from + count) return false;
    for (size_t i = from; i < from + count; ++i) {
      if (!is_ascii_letter(segment[i])) return false;
    }
    return true;
  };
  if (segment.size() == 2) return letters(0, 2);
  return segment.size() == 5 && letters(0, 2) && (segment[2] == '-' || segment[2] == '_') && letters(3, 2);
}

}  // namespace

bool is_front_page(std::string_view url) {
  std::string_view path;
  if (scheme_end(url) != std::string_view::npos) {
    path = url_path(url);
  } else if (url.starts_with('/') && !url.starts_with("//")) {
    path = url.substr(0, find_stop<'?', '#'>(url, 0));
  } else {
    return false;
  }
  if (path == "/") return true;
  path.remove_prefix(1);
  if (path.ends_with('/')) path.remove_suffix(1);
  return is_locale_segment(path);
}

namespace {

// The last segment of the path of the absolute `url`, without its extension ("/a/b-c.html" →
// "b-c"); empty when it has none.
std::string_view last_path_segment(std::string_view url) {
  std::string_view path = url_path(url);
  while (path.ends_with('/')) path.remove_suffix(1);
  std::string_view segment = path.substr(path.rfind('/') + 1);
  return segment.substr(0, segment.rfind('.'));
}

// Shorter last segments of an article's address ("/a/7", "/news/en") do not tell it from others.
constexpr size_t kMinArticleSegmentBytes = 3;

// The segments of a path: "/a/b/" and "/a/b" have two.
size_t segment_count(std::string_view path) {
  while (path.ends_with('/')) path.remove_suffix(1);
  return static_cast<size_t>(std::count(path.begin(), path.end(), '/'));
}

// A site that translates its articles files each language's in a tree of the same shape
// ("/fr/2024/pont.html", "/en/2024/bridge.html"); its sections are shallower.
constexpr size_t kMinParallelSegments = 2;

}  // namespace

bool may_lead_to_same_article(std::string_view url, std::string_view article_url) {
  std::string_view segment = last_path_segment(article_url);
  if (segment.size() < kMinArticleSegmentBytes) return true;
  std::string_view path = url_path(url);
  if (path.find(segment) != std::string_view::npos) return true;
  size_t depth = segment_count(url_path(article_url));
  return depth >= kMinParallelSegments && segment_count(path) == depth;
}

std::string resolve_url(std::string_view base, std::string_view ref) {
  ref = trim(ref);
  if (ref.empty() || ref.front() == '#' || folds_to_prefix(ref, "javascript:") ||
      folds_to_prefix(ref, "mailto:")) {
    return {};
  }
  if (scheme_end(ref) != std::string_view::npos) return std::string(ref);
  size_t base_start = scheme_end(base);
  if (base_start == std::string_view::npos) return std::string(ref);
  std::string_view scheme = base.substr(0, base_start - 3);
  std::string out;
  if (ref.substr(0, 2) == "//") {
    out.reserve(scheme.size() + 1 + ref.size());
    out.append(scheme).append(":").append(ref);
    return out;
  }
  std::string_view origin = base.substr(0, base_start + url_host(base).size());
  std::string_view path = url_path(base);
  out.reserve(origin.size() + path.size() + ref.size());
  out.append(origin);
  if (ref.front() == '/') return out.append(ref);
  if (ref.front() == '?') return out.append(path).append(ref);
  std::string_view dir = path.substr(0, path.rfind('/') + 1);
  while (ref.substr(0, 2) == "./" || ref.substr(0, 3) == "../") {
    if (ref[1] == '/') {
      ref.remove_prefix(2);
      continue;
    }
    ref.remove_prefix(3);
    if (dir.size() > 1) {
      dir.remove_suffix(1);
      dir = dir.substr(0, dir.rfind('/') + 1);
    }
  }
  return out.append(dir).append(ref);
}

std::string url_key(std::string_view url) {
  size_t start = scheme_end(url);
  if (start != std::string_view::npos) url.remove_prefix(start);
  if (url.substr(0, 4) == "www.") url.remove_prefix(4);
  url = url.substr(0, find_stop<'?', '#'>(url, 0));
  while (!url.empty() && url.back() == '/') url.remove_suffix(1);
  return fold_case(url);
}

}  // namespace lede::meta
