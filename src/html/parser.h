// Entry point of the HTML layer: decoded UTF-8 in, a Document out (WHATWG HTML §13.2).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "html/dom.h"

namespace lede::html {

struct ParseOptions {
  /// Elements nested deeper than this are attached at this depth instead (as browsers do),
  /// so every later stage can walk the tree without unbounded recursion. (512, Blink's cap)
  uint32_t max_depth = 512;
  /// The spec's scripting flag. Off: <noscript> content is parsed as markup, which is what an
  /// extractor wants to see. (false)
  bool scripting = false;
};

/// Parses a whole document. `utf8` must be valid UTF-8 (the decode stage guarantees it); CR and
/// CRLF are normalized to LF in place. Malformed HTML is parsed as browsers do; the only failure
/// is std::length_error when the tree's strings exceed 512 MiB (see dom.h), far beyond any page.
Document parse(std::string utf8, const ParseOptions& options = {});

/// parse() for bytes the caller keeps: they are read where they lie, and copied only when they
/// hold a CR to normalize. The Document may view them, so they must outlive it.
Document parse_borrowed(std::string_view utf8, const ParseOptions& options = {});

}  // namespace lede::html
