// Rendering an Article (or an Error) for people and programs. Every writer appends to a
// caller's string, so a batch can reuse one buffer for all its records.
//
//   std::string out;
//   lede::write_json(article, out, {.pretty = true});
//
// Fields that are unknown (empty strings, empty lists, an image without a url) are omitted
// from JSON, never written as "" or null: DESIGN.md's "absent, never guessed".
#pragma once

#include <string>
#include <string_view>

#include "lede/article.h"
#include "lede/error.h"

namespace lede {

struct JsonStyle {
  /// Indented, one field a line (for people); false: the whole record on one line (JSONL). (false)
  bool pretty = false;
  /// When not empty, a leading `"source": <source>` field naming the input the record came
  /// from (a path as given on the command line). ("")
  std::string_view source;
};

/// Appends the title (when known), a blank line, then the body: paragraphs separated by a
/// blank line. Ends with a newline when anything was written.
void write_text(const Article& article, std::string& out);

/// Appends the article record as one JSON object, without a trailing newline.
void write_json(const Article& article, std::string& out, const JsonStyle& style = {});

/// Appends DESIGN.md's error record, `{"<key>": <where>, "error": {"kind", "message"}}`, without
/// a trailing newline. `key` is "source" for an input path or "url" for an address.
void write_json_error(std::string_view key, std::string_view where, const Error& error,
                      std::string& out, const JsonStyle& style = {});

}  // namespace lede
