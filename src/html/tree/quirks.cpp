// Quirks mode from the DOCTYPE token (WHATWG HTML §13.2.6.4.1, the "initial" insertion mode).
// Lede only needs it for one tree-construction rule (<table> closing an open <p>), but the
// rule changes trees, so the legacy identifier lists are carried in full.
#include <algorithm>
#include <array>
#include <string_view>

#include "html/tree/tree_builder.h"

namespace lede::html::tree {

namespace {

constexpr std::array<std::string_view, 55> kQuirksPublicIdPrefixes = {
    "+//silmaril//dtd html pro v0r11 19970101//",
    "-//as//dtd html 3.0 aswedit + extensions//",
    "-//advasoft ltd//dtd html 3.0 aswedit + extensions//",
    "-//ietf//dtd html 2.0 level 1//",
    "-//ietf//dtd html 2.0 level 2//",
    "-//ietf//dtd html 2.0 strict level 1//",
    "-//ietf//dtd html 2.0 strict level 2//",
    "-//ietf//dtd html 2.0 strict//",
    "-//ietf//dtd html 2.0//",
    "-//ietf//dtd html 2.1e//",
    "-//ietf//dtd html 3.0//",
    "-//ietf//dtd html 3.2 final//",
    "-//ietf//dtd html 3.2//",
    "-//ietf//dtd html 3//",
    "-//ietf//dtd html level 0//",
    "-//ietf//dtd html level 1//",
    "-//ietf//dtd html level 2//",
    "-//ietf//dtd html level 3//",
    "-//ietf//dtd html strict level 0//",
    "-//ietf//dtd html strict level 1//",
    "-//ietf//dtd html strict level 2//",
    "-//ietf//dtd html strict level 3//",
    "-//ietf//dtd html strict//",
    "-//ietf//dtd html//",
    "-//metrius//dtd metrius presentational//",
    "-//microsoft//dtd internet explorer 2.0 html strict//",
    "-//microsoft//dtd internet explorer 2.0 html//",
    "-//microsoft//dtd internet explorer 2.0 tables//",
    "-//microsoft//dtd internet explorer 3.0 html strict//",
    "-//microsoft//dtd internet explorer 3.0 html//",
    "-//microsoft//dtd internet explorer 3.0 tables//",
    "-//netscape comm. corp.//dtd html//",
    "-//netscape comm. corp.//dtd strict html//",
    "-//o'reilly and associates//dtd html 2.0//",
    "-//o'reilly and associates//dtd html extended 1.0//",
    "-//o'reilly and associates//dtd html extended relaxed 1.0//",
    "-//sq//dtd html 2.0 hotmetal + extensions//",
    "-//softquad software//dtd hotmetal pro 6.0::19990601::extensions to html 4.0//",
    "-//softquad//dtd hotmetal pro 4.0::19971010::extensions to html 4.0//",
    "-//spyglass//dtd html 2.0 extended//",
    "-//sun microsystems corp.//dtd hotjava html//",
    "-//sun microsystems corp.//dtd hotjava strict html//",
    "-//w3c//dtd html 3 1995-03-24//",
    "-//w3c//dtd html 3.2 draft//",
    "-//w3c//dtd html 3.2 final//",
    "-//w3c//dtd html 3.2//",
    "-//w3c//dtd html 3.2s draft//",
    "-//w3c//dtd html 4.0 frameset//",
    "-//w3c//dtd html 4.0 transitional//",
    "-//w3c//dtd html experimental 19960712//",
    "-//w3c//dtd html experimental 970421//",
    "-//w3c//dtd w3 html//",
    "-//w3o//dtd w3 html 3.0//",
    "-//webtechs//dtd mozilla html 2.0//",
    "-//webtechs//dtd mozilla html//",
};

constexpr std::string_view kHtml401Frameset = "-//w3c//dtd html 4.01 frameset//";
constexpr std::string_view kHtml401Transitional = "-//w3c//dtd html 4.01 transitional//";

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool starts_with_ignoring_case(std::string_view s, std::string_view lowercase_prefix) {
  return s.size() >= lowercase_prefix.size() &&
         std::equal(lowercase_prefix.begin(), lowercase_prefix.end(), s.begin(),
                    [](char p, char c) { return p == lower(c); });
}

bool equals_ignoring_case(std::string_view s, std::string_view lowercase) {
  return s.size() == lowercase.size() && starts_with_ignoring_case(s, lowercase);
}

}  // namespace

QuirksMode quirks_mode_for(const DocumentBuilder& doc, const Token& t) {
  const Doctype& d = t.doctype;
  std::string_view public_id = d.has_public_id ? doc.str(d.public_id) : std::string_view{};
  std::string_view system_id = d.has_system_id ? doc.str(d.system_id) : std::string_view{};
  if (t.force_quirks || !t.has_doctype_name || doc.str(t.name) != "html") return QuirksMode::kQuirks;
  if (d.has_public_id) {
    if (equals_ignoring_case(public_id, "-//w3o//dtd w3 html strict 3.0//en//") ||
        equals_ignoring_case(public_id, "-/w3c/dtd html 4.0 transitional/en") ||
        equals_ignoring_case(public_id, "html")) {
      return QuirksMode::kQuirks;
    }
    for (std::string_view prefix : kQuirksPublicIdPrefixes) {
      if (starts_with_ignoring_case(public_id, prefix)) return QuirksMode::kQuirks;
    }
  }
  if (d.has_system_id &&
      equals_ignoring_case(system_id, "http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd")) {
    return QuirksMode::kQuirks;
  }
  bool html401 = starts_with_ignoring_case(public_id, kHtml401Frameset) ||
                 starts_with_ignoring_case(public_id, kHtml401Transitional);
  if (html401 && !d.has_system_id) return QuirksMode::kQuirks;
  if (starts_with_ignoring_case(public_id, "-//w3c//dtd xhtml 1.0 frameset//") ||
      starts_with_ignoring_case(public_id, "-//w3c//dtd xhtml 1.0 transitional//") || html401) {
    return QuirksMode::kLimitedQuirks;
  }
  return QuirksMode::kNoQuirks;
}

}  // namespace lede::html::tree
