// The article record as JSON (DESIGN.md, "The article record"): fields in the record's order,
// unknown fields omitted. Written straight into the caller's string: building a JSON tree first
// and printing it cost more than the body's whole cleaning stage. The layout is nlohmann::json's
// dump() (compact, or indented by two spaces), which the records had before and tests parse.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "lede/writers.h"

namespace lede {
namespace {

constexpr int kPrettyIndent = 2;
constexpr size_t kBlock = 16;

// Sixteen bytes at a time (SSE2, in every x86-64): an article's text is long and mostly ASCII
// with nothing to escape. One pass both checks the UTF-8 and escapes; checking first and
// escaping after read every string twice.
#if defined(__SSE2__)
// How many of the sixteen bytes at s[i] come before the first control character, quote,
// backslash or byte above 0x7F: 16 when there is none.
size_t plain_ascii_run(std::string_view s, size_t i) {
  __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
  __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(0x1F)), _mm_set1_epi8(0x1F));
  __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
  __m128i backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
  // The sign bit of each byte of v is set exactly for the bytes above 0x7F.
  auto stops = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(v, _mm_or_si128(control, _mm_or_si128(quote, backslash)))));
  return stops == 0 ? kBlock : static_cast<size_t>(__builtin_ctz(stops));
}
#else
size_t plain_ascii_run(std::string_view, size_t) { return 0; }
#endif

// The length of the well-formed UTF-8 sequence at s[i], a byte above 0x7F, or 0 when it is
// ill-formed (Unicode Table 3-7). Records built by extract() are always well-formed (decode
// repairs the input); a hand-built Article might not be.
size_t utf8_sequence_length(std::string_view s, size_t i) {
  auto b = static_cast<unsigned char>(s[i]);
  size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // the allowed range of the second byte
  if (b >= 0xC2 && b <= 0xDF) {
    length = 2;
  } else if (b >= 0xE0 && b <= 0xEF) {
    length = 3;
    if (b == 0xE0) low = 0xA0;
    if (b == 0xED) high = 0x9F;
  } else if (b >= 0xF0 && b <= 0xF4) {
    length = 4;
    if (b == 0xF0) low = 0x90;
    if (b == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (i + length > s.size()) return 0;
  auto second = static_cast<unsigned char>(s[i + 1]);
  if (second < low || second > high) return 0;
  for (size_t k = 2; k < length; ++k) {
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  }
  return length;
}

// A JSON string literal, escaped as nlohmann::json escapes it (ensure_ascii off): the two-letter
// escapes, other control characters as \u00xx, everything else as it is.
void append_string(std::string& out, std::string_view s) {
  const size_t literal_start = out.size();
  out += '"';
  size_t run = 0;  // start of the bytes not yet copied
  size_t i = 0;
  while (i < s.size()) {
    if (i + kBlock <= s.size()) {
      const size_t plain = plain_ascii_run(s, i);
      i += plain;
      if (plain == kBlock) continue;
    }
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const size_t length = utf8_sequence_length(s, i);
      if (length == 0) {
        // Replace rather than throw, the writers promise not to; nlohmann's replacement is the
        // one the records always had. What was written of the literal so far is dropped.
        out.resize(literal_start);
        out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
      }
      i += length;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    out.append(s.data() + run, i - run);
    run = ++i;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: {
        char escaped[7];
        std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
        out += escaped;
      }
    }
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

// Objects and arrays opened and closed in order; separators and indentation as dump() writes
// them, "{}" and "[]" when empty.
class JsonOut {
 public:
  JsonOut(std::string& out, bool pretty) : out_(out), pretty_(pretty) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  /// The key of the next member of the open object.
  void key(std::string_view name) {
    next_item();
    append_string(out_, name);
    out_ += pretty_ ? ": " : ":";
    after_key_ = true;
  }
  void value(std::string_view s) {
    next_item();
    append_string(out_, s);
  }
  void value(uint64_t n) {
    next_item();
    out_ += std::to_string(n);
  }

  // Members that the record omits when unknown.
  void optional(std::string_view name, const std::string& s) {
    if (s.empty()) return;
    key(name);
    value(s);
  }
  void optional(std::string_view name, const std::vector<std::string>& list) {
    if (list.empty()) return;
    key(name);
    strings(list);
  }
  void strings(const std::vector<std::string>& list) {
    begin_array();
    for (const std::string& s : list) value(s);
    end_array();
  }

 private:
  void open(char bracket) {
    next_item();
    out_ += bracket;
    empty_.push_back(true);
  }
  void close(char bracket) {
    bool empty = empty_.back();
    empty_.pop_back();
    if (pretty_ && !empty) new_line();
    out_ += bracket;
  }
  // Before a key, or a value that is not a key's: the comma and line of a new item.
  void next_item() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (empty_.empty()) return;  // the top-level value
    if (!empty_.back()) out_ += ',';
    empty_.back() = false;
    if (pretty_) new_line();
  }
  void new_line() {
    out_ += '\n';
    out_.append(empty_.size() * kPrettyIndent, ' ');
  }

  std::string& out_;
  bool pretty_;
  bool after_key_ = false;
  std::vector<bool> empty_;  // per open container: nothing written in it yet
};

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

void write_image(JsonOut& j, const Image& image) {
  j.begin_object();
  j.optional("url", image.url);
  j.optional("caption", image.caption);
  j.optional("alt", image.alt);
  j.optional("credit", image.credit);
  j.end_object();
}

void write_block(JsonOut& j, const Block& block) {
  j.begin_object();
  j.key("type");
  j.value(block_type_name(block.type));
  j.optional("text", block.text);
  if (block.type == Block::Type::kHeading && block.level > 0) {
    j.key("level");
    j.value(static_cast<uint64_t>(block.level));
  }
  j.optional("items", block.items);
  if (!block.rows.empty()) {
    j.key("rows");
    j.begin_array();
    for (const std::vector<std::string>& row : block.rows) j.strings(row);
    j.end_array();
  }
  j.optional("src", block.src);
  j.optional("caption", block.caption);
  j.end_object();
}

void write_note(JsonOut& j, const SourceNote& note) {
  j.begin_object();
  j.key("source");
  j.value(note.source);
  j.optional("key", note.key);
  j.key("value");
  j.value(note.value);
  j.end_object();
}

// "explain": {"<field>": {"source", "key", "value", "agreeing": [...], "rejected": [...]}}.
void write_origins(JsonOut& j, const std::vector<FieldOrigin>& origins) {
  j.begin_object();
  for (const FieldOrigin& origin : origins) {
    j.key(origin.field);
    j.begin_object();
    j.key("source");
    j.value(origin.chosen.source);
    j.optional("key", origin.chosen.key);
    j.key("value");
    j.value(origin.chosen.value);
    for (auto [name, notes] : {std::pair{"agreeing", &origin.agreeing}, std::pair{"rejected", &origin.rejected}}) {
      if (notes->empty()) continue;
      j.key(name);
      j.begin_array();
      for (const SourceNote& note : *notes) write_note(j, note);
      j.end_array();
    }
    j.end_object();
  }
  j.end_object();
}

void write_fields(JsonOut& j, const Article& a) {
  j.optional("url", a.url);
  j.optional("canonical_url", a.canonical_url);
  j.optional("site_name", a.site_name);
  j.optional("language", a.language);
  j.optional("title", a.title);
  j.optional("subtitle", a.subtitle);
  j.optional("description", a.description);
  if (!a.authors.empty()) {
    j.key("authors");
    j.begin_array();
    for (const Author& author : a.authors) {
      j.begin_object();
      j.key("name");
      j.value(author.name);
      j.optional("role", author.role);
      j.optional("url", author.url);
      j.end_object();
    }
    j.end_array();
  }
  j.optional("byline", a.byline);
  j.optional("date_published", a.date_published);
  j.optional("date_modified", a.date_modified);
  j.optional("section", a.section);
  j.optional("tags", a.tags);
  if (!a.image.url.empty()) {
    j.key("image");
    write_image(j, a.image);
  }
  if (!a.images.empty()) {
    j.key("images");
    j.begin_array();
    for (const Image& image : a.images) write_image(j, image);
    j.end_array();
  }
  if (!a.translations.empty()) {
    j.key("translations");
    j.begin_array();
    for (const Translation& t : a.translations) {
      j.begin_object();
      j.key("url");
      j.value(t.url);
      j.optional("lang", t.lang);
      j.optional("relation", t.relation);
      j.end_object();
    }
    j.end_array();
  }
  if (!a.related.empty()) {
    j.key("related");
    j.begin_array();
    for (const RelatedLink& link : a.related) {
      j.begin_object();
      j.key("url");
      j.value(link.url);
      j.optional("title", link.title);
      j.end_object();
    }
    j.end_array();
  }
  j.key("text");
  j.value(a.text);
  if (!a.blocks.empty()) {
    j.key("blocks");
    j.begin_array();
    for (const Block& block : a.blocks) write_block(j, block);
    j.end_array();
  }
  j.key("word_count");
  j.value(uint64_t{a.word_count});
  j.optional("warnings", a.warnings);
  if (!a.origins.empty()) {
    j.key("explain");
    write_origins(j, a.origins);
  }
}

}  // namespace

void write_json(const Article& article, std::string& out, const JsonStyle& style) {
  JsonOut j(out, style.pretty);
  j.begin_object();
  if (!style.source.empty()) {
    j.key("source");
    j.value(style.source);
  }
  write_fields(j, article);
  j.end_object();
}

void write_json_error(std::string_view key, std::string_view where, const Error& error,
                      std::string& out, const JsonStyle& style) {
  JsonOut j(out, style.pretty);
  j.begin_object();
  j.key(key);
  j.value(where);
  j.key("error");
  j.begin_object();
  j.key("kind");
  j.value(error_kind_name(error.kind));
  j.key("message");
  j.value(error.message.empty() ? std::string_view(error_kind_message(error.kind)) : std::string_view(error.message));
  j.end_object();
  j.end_object();
}

}  // namespace lede
