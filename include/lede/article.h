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
  std::vector<Image> images;
  std::vector<Translation> translations;
  std::vector<RelatedLink> related;

  std::string text;  // plain body, paragraphs separated by a blank line
  std::vector<Block> blocks;

  uint32_t word_count = 0;
  std::vector<std::string> warnings;
};

}  // namespace lede
