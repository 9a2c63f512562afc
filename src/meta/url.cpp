#include "meta/url.h"

#include "meta/text_util.h"

namespace lede::meta {

namespace {

size_t scheme_end(std::string_view url) {
  size_t colon = url.find("://");
  if (colon == std::string_view::npos || colon == 0) return std::string_view::npos;
  for (size_t i = 0; i < colon; ++i) {
    char c = url[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
          c == '+' || c == '-' || c == '.')) {
      return std::string_view::npos;
    }
  }
  return colon + 3;
}

}  // namespace

std::string_view url_host(std::string_view url) {
  size_t start = scheme_end(url);
  if (start == std::string_view::npos) return {};
  size_t end = url.find_first_of("/?#", start);
  return url.substr(start, end == std::string_view::npos ? url.size() - start : end - start);
}

std::string_view url_path(std::string_view url) {
  size_t start = scheme_end(url);
  if (start == std::string_view::npos) return {};
  size_t slash = url.find_first_of("/?#", start);
  if (slash == std::string_view::npos || url[slash] != '/') return "/";
  size_t end = url.find_first_of("?#", slash);
  return url.substr(slash, end == std::string_view::npos ? url.size() - slash : end - slash);
}

std::string resolve_url(std::string_view base, std::string_view ref) {
  ref = trim(ref);
  if (ref.empty() || ref.front() == '#' || fold_case(ref.substr(0, 11)) == "javascript:" ||
      fold_case(ref.substr(0, 7)) == "mailto:") {
    return {};
  }
  if (scheme_end(ref) != std::string_view::npos) return std::string(ref);
  size_t base_start = scheme_end(base);
  if (base_start == std::string_view::npos) return std::string(ref);
  std::string_view scheme = base.substr(0, base_start - 3);
  if (ref.substr(0, 2) == "//") return std::string(scheme) + ":" + std::string(ref);
  std::string origin = std::string(base.substr(0, base_start)) + std::string(url_host(base));
  if (ref.front() == '/') return origin + std::string(ref);
  std::string_view path = url_path(base);
  if (ref.front() == '?') return origin + std::string(path) + std::string(ref);
  size_t last_slash = path.rfind('/');
  std::string dir(path.substr(0, last_slash + 1));
  while (ref.substr(0, 2) == "./" || ref.substr(0, 3) == "../") {
    if (ref[1] == '/') {
      ref.remove_prefix(2);
      continue;
    }
    ref.remove_prefix(3);
    if (dir.size() > 1) {
      dir.pop_back();
      dir.resize(dir.rfind('/') + 1);
    }
  }
  return origin + dir + std::string(ref);
}

std::string url_key(std::string_view url) {
  size_t start = scheme_end(url);
  if (start != std::string_view::npos) url.remove_prefix(start);
  if (url.substr(0, 4) == "www.") url.remove_prefix(4);
  size_t cut = url.find_first_of("?#");
  if (cut != std::string_view::npos) url = url.substr(0, cut);
  while (!url.empty() && url.back() == '/') url.remove_suffix(1);
  return fold_case(url);
}

}  // namespace lede::meta
