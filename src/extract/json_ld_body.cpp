#include "extract/json_ld_body.h"

#include <string_view>

#include "core/utf8.h"

namespace lede::extraction {
namespace {

constexpr std::string_view kKey = "\"articleBody\"";

// Four hex digits at `i`, or -1.
int32_t hex4(std::string_view s, size_t i) {
  if (i + 4 > s.size()) return -1;
  int32_t value = 0;
  for (size_t k = i; k < i + 4; ++k) {
    char c = s[k];
    int digit = c >= '0' && c <= '9'                     ? c - '0'
                : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10
                                                         : -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

// The JSON string literal that starts at s[i] == '"' (RFC 8259 §7), unescaped.
std::string read_string(std::string_view s, size_t i) {
  std::string out;
  for (++i; i < s.size() && s[i] != '"'; ++i) {
    if (s[i] != '\\' || i + 1 >= s.size()) {
      out += s[i];
      continue;
    }
    char e = s[++i];
    switch (e) {
      case 'n':
      case 'r':
      case 't':
        out += ' ';
        break;
      case 'b':
      case 'f':
        break;
      case 'u': {
        int32_t c = hex4(s, i + 1);
        if (c < 0) break;
        i += 4;
        // A UTF-16 surrogate pair spells a code point above U+FFFF.
        if (c >= 0xD800 && c < 0xDC00 && i + 2 < s.size() && s[i + 1] == '\\' && s[i + 2] == 'u') {
          int32_t low = hex4(s, i + 3);
          if (low >= 0xDC00 && low < 0xE000) {
            c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
            i += 6;
          }
        }
        append_utf8(out, static_cast<char32_t>(c));
        break;
      }
      default:
        out += e;
        break;  // \" \\ \/
    }
  }
  return out;
}

void collect_bodies(std::string_view json, std::string& longest) {
  for (size_t at = json.find(kKey); at != std::string_view::npos;
       at = json.find(kKey, at + kKey.size())) {
    size_t i = at + kKey.size();
    while (i < json.size() &&
           (json[i] == ' ' || json[i] == '\n' || json[i] == '\t' || json[i] == '\r'))
      ++i;
    if (i >= json.size() || json[i] != ':') continue;
    ++i;
    while (i < json.size() &&
           (json[i] == ' ' || json[i] == '\n' || json[i] == '\t' || json[i] == '\r'))
      ++i;
    if (i >= json.size() || json[i] != '"') continue;
    std::string body = read_string(json, i);
    if (body.size() > longest.size()) longest = std::move(body);
  }
}

}  // namespace

std::string find_json_ld_article_body(const html::Document& doc) {
  std::string longest;
  for (html::NodeId n = doc.root(); n != html::kNoNode; n = doc.next_in_tree(n, doc.root())) {
    if (!doc.is_element(n, html::Tag::kScript)) continue;
    if (doc.attribute_value(n, "type").find("ld+json") == std::string_view::npos) continue;
    for (html::NodeId t : html::children(doc, n)) {
      if (doc.node(t).type == html::NodeType::kText) collect_bodies(doc.data(t), longest);
    }
  }
  return longest;
}

}  // namespace lede::extraction
