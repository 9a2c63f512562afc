// The article record of DESIGN.md: what lede knows about one page. A field that is unknown is
// empty (absent in JSON), never guessed.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace lede {

struct Author {
  std::string name;
  std::string role;  // "correspondent", "photographer", "기자", ... when the page says it
  std::string url;
};

struct Image {
  std::string url;
  std::string caption;
  std::string alt;
  std::string credit;
};

struct Translation {
  std::string url;
  std::string lang;      // BCP 47, when known
  std::string relation;  // "original" or "alternate"
};

struct RelatedLink {
  std::string url;
  std::string title;
};

/// One statement the page makes about a metadata field: where it is and what it says.
struct SourceNote {
  /// The kind of source: "jsonld", "opengraph", "twitter", "meta", "microdata", "time",
  /// "link", "html-lang", "http", "url", "title", "heading", "text" (visible text), "cld2"
  /// (the language detected in the text).
  std::string source;
  /// What names the value there, when the source has names: the <meta> property or name
  /// ("article:published_time"), the JSON-LD type and key ("NewsArticle.datePublished"), the
  /// itemprop, the <link rel>, or the visible line as written ("Updated Mar 12, 2020").
  std::string key;
  /// The value as this source gives it (dates in ISO 8601, text with spaces collapsed).
  std::string value;
};

/// Why a metadata field holds its value (filled when Options::explain is set).
struct FieldOrigin {
  std::string field;                 // the record's key: "title", "date_published", "authors", ...
  SourceNote chosen;                 // the statement the value was taken from
  std::vector<SourceNote> agreeing;  // other statements of the same value, which supported it
  std::vector<SourceNote> rejected;  // statements of other values, which lost (strongest first)
};

/// One block of the body, in reading order.
struct Block {
  enum class Type : uint8_t { kHeading, kParagraph, kList, kTable, kQuote, kCode, kFigure };
  Type type = Type::kParagraph;
  std::string text;
  int level = 0;                                // headings: 1..6
  std::vector<std::string> items;               // lists
  std::vector<std::vector<std::string>> rows;   // tables
  std::string src;                              // figures
  std::string caption;                          // figures
};

struct Article {
  std::string url;
  std::string canonical_url;
  std::string site_name;
  std::string language;

  std::string title;
  std::string subtitle;
  std::string description;

  std::vector<Author> authors;
  std::string byline;

  std::string date_published;  // ISO 8601 with the page's offset, at the page's precision
  std::string date_modified;

  std::string section;
  std::vector<std::string> tags;

  Image image;
  // The body's pictures in reading order, each once, at the address a reader's browser loads;
  // icons, rating stars and lazy-loading stand-ins are no pictures.
  std::vector<Image> images;
  std::vector<Translation> translations;
  std::vector<RelatedLink> related;

  std::string text;  // plain body, paragraphs separated by a blank line
  std::vector<Block> blocks;

  uint32_t word_count = 0;
  std::vector<std::string> warnings;

  /// Where each metadata field came from, in the record's field order; empty unless
  /// Options::explain asked for it.
  std::vector<FieldOrigin> origins;
};

}  // namespace lede
