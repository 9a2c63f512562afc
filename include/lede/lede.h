// lede: raw web page in, article record out. The one header a C++ user includes.
//
//   lede::Options options;                     // balanced preset
//   options.url = "https://example.com/news/1";
//   lede::Result<lede::Article> r = lede::extract(html_bytes, options);
//   if (r) std::cout << r.value().text; else std::cerr << r.error().message;
//
// extract() is thread-safe (every call owns its document) and throws nothing.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "lede/article.h"
#include "lede/error.h"

namespace lede {

/// How much to keep when a block might or might not be part of the article.
enum class Preset : uint8_t {
  kBalanced,   // the default: best F1 on the development sets
  kPrecision,  // drop doubtful blocks (fewer false positives, may lose some body text)
  kRecall,     // keep doubtful blocks (nothing of the body lost, some boilerplate may remain)
};

struct Options {
  Preset preset = Preset::kBalanced;
  /// The page's address: resolves relative links and feeds URL-based metadata. ("")
  std::string url;
  /// Charset from the HTTP Content-Type header, when the page came with one. ("")
  std::string http_charset;
  /// Content-Language from the HTTP headers, when known. ("")
  std::string http_content_language;
  /// Inputs larger than this are refused with ErrorKind::kTooLarge. (256 MiB)
  uint64_t max_input_bytes = 256ull << 20;
  /// Fill Article::blocks (headings, lists, tables, figures) besides the plain text. (false)
  bool want_blocks = false;
  /// Read the page's metadata: title, subtitle, description, authors and byline, dates,
  /// language, site name, canonical URL, section, tags, lead image, translations. Switched off,
  /// those fields stay empty and only the body is extracted (text, blocks, images, related
  /// links, word count), for corpus builders that keep nothing else. (true)
  bool metadata = true;
  /// Fill Article::origins: for each metadata field, the statement on the page its value came
  /// from, the ones that agreed and the ones it beat. (false)
  bool explain = false;
};

/// Extracts the article from a page's raw bytes (any encoding). A page without an article is
/// a success with an empty text and a warning; errors are for input that is not a readable page
/// (empty, binary, too large).
Result<Article> extract(std::string_view page_bytes, const Options& options = {});

/// The library's version, "major.minor.patch".
std::string_view version();

}  // namespace lede
