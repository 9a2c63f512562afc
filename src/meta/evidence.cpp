#include "meta/evidence.h"

#include <bit>
#include <cstring>
#include <optional>
#include <string>

#include "meta/byline.h"
#include "meta/escaped_twice.h"
#include "meta/iso_date.h"
#include "core/eight_bytes.h"
#include "meta/text_util.h"

namespace lede::meta {

std::string_view origin_name(Origin origin) {
  switch (origin) {
    case Origin::kJsonLd: return "jsonld";
    case Origin::kOpenGraph: return "opengraph";
    case Origin::kTwitter: return "twitter";
    case Origin::kMetaTag: return "meta";
    case Origin::kMicrodata: return "microdata";
    case Origin::kTimeElement: return "time";
    case Origin::kLink: return "link";
    case Origin::kHtmlLang: return "html-lang";
    case Origin::kHttpHeader: return "http";
    case Origin::kUrl: return "url";
    case Origin::kTitleElement: return "title";
    case Origin::kHeading: return "heading";
    case Origin::kVisibleText: return "text";
    case Origin::kDetected: return "cld2";
  }
  return "unknown";
}

void Evidence::name_explained_since(size_t first, std::string_view key) {
  for (size_t i = first; i < candidates_.size(); ++i) candidates_[i].key = std::string(key);
}

Candidate& Evidence::add(Field field, Origin origin, int weight, uint32_t position) {
  // Built in place: a Candidate holds a dozen strings, and a temporary moved in and destroyed
  // costs more than the few fields most candidates fill.
  Candidate& c = candidates_.emplace_back();
  c.field = field;
  c.origin = origin;
  c.weight = weight;
  c.position = position;
  return c;
}

namespace {

// True when collapse_space() would give `value` back as it is: ASCII words with single spaces
// between them. Most values (<meta> contents, JSON-LD strings) are, and are copied as they are.
// Read eight bytes at a time.
bool is_collapsed_ascii(std::string_view value) {
  if (value.empty() || value.front() == ' ' || value.back() == ' ') return false;
  bool after_space = false;  // the byte before the chunk is a space
  size_t i = 0;
  for (; i + 8 <= value.size(); i += 8) {
    uint64_t x = eight_bytes::load(value.data() + i);
    // A byte from 0x80 on (not ASCII), or below 0x20 (other white space, controls).
    if ((x & eight_bytes::kHighBits) || eight_bytes::bytes_within(x, 0, 0x1F)) return false;
    uint64_t spaces = eight_bytes::bytes_equal(x, ' ');
    // Two spaces in a row: within the chunk, or across its start (bytes are in memory order,
    // the first the lowest on a little-endian machine).
    if ((spaces & (spaces << 8)) || (after_space && (spaces & 0x80))) return false;
    after_space = (spaces >> 56) != 0;
  }
  for (; i < value.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(value[i]);
    if (c > ' ' && c < 0x80) {
      after_space = false;
      continue;
    }
    if (c != ' ' || after_space) return false;
    after_space = true;
  }
  return true;
}

}  // namespace

void Evidence::add_text(Field field, Origin origin, int weight, std::string_view value,
                        uint32_t position) {
  if (std::optional<std::string> decoded = decode_escaped_twice(value)) {
    add_text(field, origin, weight, *decoded, position);
    return;
  }
  if (is_collapsed_ascii(value)) {
    add(field, origin, weight, position).value = std::string(value);
    return;
  }
  // Most other values (titles and descriptions in other scripts) are collapsed already too:
  // told by reading their code points, where collapsing them built a copy a byte run at a time.
  if (!value.empty() && is_collapsed(value)) {
    add(field, origin, weight, position).value = std::string(value);
    return;
  }
  // A page gives its title and description to three or four sources in the same words: a
  // value collapsed once is copied from its first candidate when it comes again.
  for (const auto& [raw, at] : collapsed_) {
    if (raw == value) {
      std::string v = candidates_[at].value;
      add(field, origin, weight, position).value = std::move(v);
      return;
    }
  }
  std::string v = collapse_space(value);
  if (v.empty()) return;
  add(field, origin, weight, position).value = std::move(v);
  collapsed_.emplace_back(std::string(value), candidates_.size() - 1);
}

bool Evidence::add_date(Field field, Origin origin, int weight, std::string_view text,
                        uint32_t position) {
  // Most dates a page states in its markup are plain ISO 8601, read without the scanner.
  std::optional<Date> d = parse_iso_date(text);
  if (!d) d = parse_date(text, context_.numeric_order);
  if (!d || !is_plausible(*d, context_.today)) return false;
  add_date(field, origin, weight, *d, position);
  return true;
}

void Evidence::add_date(Field field, Origin origin, int weight, const Date& date,
                        uint32_t position) {
  if (!is_plausible(date, context_.today)) return;
  Candidate& c = add(field, origin, weight, position);
  c.value = date.iso();
  c.date = date;
}

namespace {

// Decodes what a publisher escaped twice in `text` (escaped_twice.h), in place.
void decode_escaped_twice_in(std::string& text) {
  if (std::optional<std::string> decoded = decode_escaped_twice(text)) text = std::move(*decoded);
}

}  // namespace

void Evidence::add_author(Origin origin, int weight, Author author, uint32_t position) {
  decode_escaped_twice_in(author.name);
  decode_escaped_twice_in(author.url);
  // Structured fields name their author on purpose, so a lower-case handle ("cubethethird")
  // counts there; in visible text it is more likely a stray word.
  bool structured = origin == Origin::kJsonLd || origin == Origin::kMetaTag ||
                    origin == Origin::kMicrodata || origin == Origin::kOpenGraph;
  if (!looks_like_person(author.name) &&
      !(structured && looks_like_person(author.name, /*require_capital=*/false))) {
    return;
  }
  Candidate& c = add(Field::kAuthor, origin, weight, position);
  c.value = author.name;
  c.detail = std::move(author);
}

void Evidence::add_handle(Origin origin, int weight, Author author, uint32_t position) {
  decode_escaped_twice_in(author.name);
  decode_escaped_twice_in(author.url);
  if (!looks_like_handle(author.name)) return;
  Candidate& c = add(Field::kAuthor, origin, weight, position);
  c.value = author.name;
  c.detail = std::move(author);
}

void Evidence::add_translation(Origin origin, int weight, Translation translation,
                               uint32_t position) {
  if (translation.url.empty()) return;
  decode_escaped_twice_in(translation.url);
  Candidate& c = add(Field::kTranslation, origin, weight, position);
  c.value = translation.url;
  c.detail = std::move(translation);
}

void Evidence::add_image(Origin origin, int weight, Image image, uint32_t position) {
  if (image.url.empty()) return;
  for (std::string* text : {&image.url, &image.caption, &image.alt, &image.credit}) decode_escaped_twice_in(*text);
  Candidate& c = add(Field::kImage, origin, weight, position);
  c.value = image.url;
  c.detail = std::move(image);
}

}  // namespace lede::meta
