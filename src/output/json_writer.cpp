// The article record as JSON (DESIGN.md, "The article record"): fields in the record's order,
// unknown fields omitted.
#include <nlohmann/json.hpp>

#include "lede/writers.h"

namespace lede {
namespace {

using Json = nlohmann::ordered_json;

constexpr int kPrettyIndent = 2;

void put_string(Json& object, const char* key, const std::string& value) {
  if (!value.empty()) object[key] = value;
}

void put_strings(Json& object, const char* key, const std::vector<std::string>& values) {
  if (!values.empty()) object[key] = values;
}

Json image_json(const Image& image) {
  Json object = Json::object();
  put_string(object, "url", image.url);
  put_string(object, "caption", image.caption);
  put_string(object, "alt", image.alt);
  put_string(object, "credit", image.credit);
  return object;
}

const char* block_type_name(Block::Type type) {
  switch (type) {
    case Block::Type::kHeading:
      return "heading";
    case Block::Type::kParagraph:
      return "paragraph";
    case Block::Type::kList:
      return "list";
    case Block::Type::kTable:
      return "table";
    case Block::Type::kQuote:
      return "quote";
    case Block::Type::kCode:
      return "code";
    case Block::Type::kFigure:
      return "figure";
  }
  return "paragraph";
}

Json block_json(const Block& block) {
  Json object = Json::object();
  object["type"] = block_type_name(block.type);
  put_string(object, "text", block.text);
  if (block.type == Block::Type::kHeading && block.level > 0) object["level"] = block.level;
  put_strings(object, "items", block.items);
  if (!block.rows.empty()) object["rows"] = block.rows;
  put_string(object, "src", block.src);
  put_string(object, "caption", block.caption);
  return object;
}

Json article_json(const Article& a) {
  Json record = Json::object();
  put_string(record, "url", a.url);
  put_string(record, "canonical_url", a.canonical_url);
  put_string(record, "site_name", a.site_name);
  put_string(record, "language", a.language);
  put_string(record, "title", a.title);
  put_string(record, "subtitle", a.subtitle);
  put_string(record, "description", a.description);
  if (!a.authors.empty()) {
    Json authors = Json::array();
    for (const Author& author : a.authors) {
      Json person = Json::object();
      person["name"] = author.name;
      put_string(person, "role", author.role);
      put_string(person, "url", author.url);
      authors.push_back(std::move(person));
    }
    record["authors"] = std::move(authors);
  }
  put_string(record, "byline", a.byline);
  put_string(record, "date_published", a.date_published);
  put_string(record, "date_modified", a.date_modified);
  put_string(record, "section", a.section);
  put_strings(record, "tags", a.tags);
  if (!a.image.url.empty()) record["image"] = image_json(a.image);
  if (!a.images.empty()) {
    Json images = Json::array();
    for (const Image& image : a.images) images.push_back(image_json(image));
    record["images"] = std::move(images);
  }
  if (!a.translations.empty()) {
    Json translations = Json::array();
    for (const Translation& t : a.translations) {
      Json object = Json::object();
      object["url"] = t.url;
      put_string(object, "lang", t.lang);
      put_string(object, "relation", t.relation);
      translations.push_back(std::move(object));
    }
    record["translations"] = std::move(translations);
  }
  if (!a.related.empty()) {
    Json related = Json::array();
    for (const RelatedLink& link : a.related) {
      Json object = Json::object();
      object["url"] = link.url;
      put_string(object, "title", link.title);
      related.push_back(std::move(object));
    }
    record["related"] = std::move(related);
  }
  record["text"] = a.text;
  if (!a.blocks.empty()) {
    Json blocks = Json::array();
    for (const Block& block : a.blocks) blocks.push_back(block_json(block));
    record["blocks"] = std::move(blocks);
  }
  record["word_count"] = a.word_count;
  put_strings(record, "warnings", a.warnings);
  return record;
}

// Invalid UTF-8 cannot reach here from extract() (decode replaces it), but a hand-built Article
// might carry it: replace rather than throw, the writers promise not to.
void append_dump(const Json& record, std::string& out, const JsonStyle& style) {
  out += record.dump(style.pretty ? kPrettyIndent : -1, ' ', false, Json::error_handler_t::replace);
}

Json with_source(const JsonStyle& style) {
  Json record = Json::object();
  if (!style.source.empty()) record["source"] = std::string(style.source);
  return record;
}

}  // namespace

void write_json(const Article& article, std::string& out, const JsonStyle& style) {
  Json record = with_source(style);
  Json fields = article_json(article);
  for (auto& [key, value] : fields.items()) record[key] = std::move(value);
  append_dump(record, out, style);
}

void write_json_error(std::string_view key, std::string_view where, const Error& error,
                      std::string& out, const JsonStyle& style) {
  Json record = Json::object();
  record[std::string(key)] = std::string(where);
  Json detail = Json::object();
  detail["kind"] = std::string(error_kind_name(error.kind));
  detail["message"] = error.message.empty() ? std::string(error_kind_message(error.kind))
                                            : error.message;
  record["error"] = std::move(detail);
  append_dump(record, out, style);
}

}  // namespace lede
