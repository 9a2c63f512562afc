#include "html/tokenizer/char_ref.h"

#include "core/utf8.h"
#include "html/tokenizer/named_entities.h"
#include "html/tokenizer/scan.h"

namespace lede::html {

namespace {

constexpr uint32_t kMaxCodePoint = 0x10FFFF;
constexpr uint32_t kReplacementCharacter = 0xFFFD;

// Numeric character reference end state (§13.2.5.80): the C1 controls 0x80-0x9F map to what
// windows-1252 puts there; 0 marks the five positions it leaves undefined (kept as they are).
constexpr uint16_t kC1Replacements[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 0x80-0x87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,       // 0x88-0x8F
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 0x90-0x97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,  // 0x98-0x9F
};

bool is_surrogate(uint32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }
bool is_noncharacter(uint32_t cp) {
  return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
}
bool is_control(uint32_t cp) { return cp <= 0x1F || (cp >= 0x7F && cp <= 0x9F); }
bool is_ascii_whitespace(uint32_t cp) {
  return cp == '\t' || cp == '\n' || cp == '\f' || cp == '\r' || cp == ' ';
}

// Numeric character reference states (§13.2.5.75-80); `p` is just after "&#".
bool decode_numeric(const char* p, const char* end, CharRef& out, uint32_t& errors) {
  const bool hex = p < end && (*p == 'x' || *p == 'X');
  if (hex) ++p;
  const char* digits = p;
  // Saturates just above the Unicode range, so a million digits cannot overflow.
  uint32_t value = 0;
  for (; p < end; ++p) {
    uint32_t digit;
    if (scan::is(*p, scan::kDigit)) {
      digit = static_cast<uint32_t>(*p - '0');
    } else if (hex && scan::is(*p, scan::kHexLetter)) {
      digit = static_cast<uint32_t>(scan::to_lower(*p) - 'a' + 10);
    } else {
      break;
    }
    value = value * (hex ? 16 : 10) + digit;
    if (value > kMaxCodePoint) value = kMaxCodePoint + 1;
  }
  if (p == digits) {
    ++errors;  // absence-of-digits-in-numeric-character-reference: "&#" stays text
    return false;
  }
  if (p < end && *p == ';') {
    ++p;
  } else {
    ++errors;  // missing-semicolon-after-character-reference
  }
  out.end = p;

  if (value == 0 || value > kMaxCodePoint || is_surrogate(value)) {
    ++errors;
    value = kReplacementCharacter;
  } else if (is_noncharacter(value)) {
    ++errors;
  } else if (value == 0x0D || (is_control(value) && !is_ascii_whitespace(value))) {
    ++errors;
    if (value >= 0x80 && value <= 0x9F && kC1Replacements[value - 0x80] != 0) {
      value = kC1Replacements[value - 0x80];
    }
  }
  out.utf8 = {out.buffer, encode_utf8(value, out.buffer)};
  return true;
}

}  // namespace

bool decode_char_ref(const char* amp, const char* end, bool in_attribute, CharRef& out,
                     uint32_t& errors) {
  const char* p = amp + 1;
  if (p < end && *p == '#') return decode_numeric(p + 1, end, out, errors);

  // Named character reference state (§13.2.5.73).
  const NamedEntity* entity = longest_named_entity(p, end);
  if (entity == nullptr) {
    // Ambiguous ampersand state: the bytes stay text; "&unknown;" is a parse error.
    const char* q = p;
    while (q < end && scan::is_alnum(*q)) ++q;
    if (q > p && q < end && *q == ';') ++errors;
    return false;
  }
  const char* after = p + entity->name.size();
  const bool has_semicolon = entity->name.back() == ';';
  if (!has_semicolon && in_attribute && after < end && (*after == '=' || scan::is_alnum(*after))) {
    return false;  // historical rule: "&copy=" in a URL's query stays as written
  }
  if (!has_semicolon) ++errors;
  out.end = after;
  out.utf8 = entity->value;
  return true;
}

}  // namespace lede::html
