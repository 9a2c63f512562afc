#include "meta/url.h"

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
