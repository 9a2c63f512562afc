#include "meta/jsonld.h"

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "meta/byline.h"
#include "meta/json_text.h"
#include "meta/text_util.h"

namespace lede::meta {

namespace {

using nlohmann::json;

// Pages nest their entities a few levels deep (@graph → article → author → name); anything
// deeper is data we do not read, and the cap keeps hostile input from recursing without bound.
constexpr int kMaxDepth = 12;

constexpr std::string_view kArticleTypes[] = {
    "newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting",
    "scholarlyarticle", "techarticle", "socialmediaposting", "posting", "report", "review",
    "advertisercontentarticle", "satiricalarticle", "medicalscholarlyarticle", "discussionforumposting"};

constexpr std::string_view kPageTypes[] = {"webpage", "itempage", "aboutpage", "collectionpage",
                                           "profilepage", "qapage", "faqpage", "medicalwebpage"};

template <typename Table>
bool in(const Table& table, std::string_view folded) {
  for (std::string_view t : table) {
    if (t == folded) return true;
  }
  return false;
}

// Lowercased last path segment of a type: "http://schema.org/NewsArticle" → "newsarticle".
std::string type_key(std::string_view t) {
  size_t slash = t.find_last_of("/#:");
  if (slash != std::string_view::npos) t = t.substr(slash + 1);
  return fold_case(t);
}

bool has_type(const json& obj, std::span<const std::string_view> types) {
  auto it = obj.find("@type");
  if (it == obj.end()) return false;
  if (it->is_string()) return in(types, type_key(it->get_ref<const std::string&>()));
  if (it->is_array()) {
    for (const json& t : *it) {
      if (t.is_string() && in(types, type_key(t.get_ref<const std::string&>()))) return true;
    }
  }
  return false;
}

bool has_type(const json& obj, std::string_view type) {
  const std::string_view one[] = {type};
  return has_type(obj, one);
}

// A string value, the first string of an array, or an object's "name"/"@value"/"url".
std::string text_of(const json& v, std::string_view object_key = "name") {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  if (v.is_array() && !v.empty()) return text_of(v.front(), object_key);
  if (v.is_object()) {
    auto it = v.find(std::string(object_key));
    if (it != v.end()) return text_of(*it, object_key);
    it = v.find("@value");
    if (it != v.end()) return text_of(*it, object_key);
  }
  return {};
}

std::string field(const json& obj, const char* key, std::string_view object_key = "name") {
  auto it = obj.find(key);
  return it == obj.end() ? std::string{} : text_of(*it, object_key);
}

struct Entity {
  const json* obj;
  bool article;  // an article type, not a page
};

// Entities of the page: the top level, arrays and @graph members. Entities nested inside
// others (ItemList elements, "hasPart", "mentions") describe other pages and are skipped.
void collect(const json& v, std::vector<Entity>& out, std::vector<const json*>& sites, int depth) {
  if (depth > kMaxDepth) return;
  if (v.is_array()) {
    for (const json& e : v) collect(e, out, sites, depth + 1);
    return;
  }
  if (!v.is_object()) return;
  if (auto g = v.find("@graph"); g != v.end()) collect(*g, out, sites, depth + 1);
  if (has_type(v, kArticleTypes)) {
    out.push_back({&v, true});
  } else if (has_type(v, kPageTypes)) {
    out.push_back({&v, false});
    // WebPage.mainEntity is the article the page is about.
    if (auto m = v.find("mainEntity"); m != v.end()) collect(*m, out, sites, depth + 1);
  }
  if (has_type(v, "website") || has_type(v, "organization") || has_type(v, "newsmediaorganization")) {
    sites.push_back(&v);
  }
}

std::string strip_url(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  if (url.substr(0, 4) == "www.") url.remove_prefix(4);
  size_t cut = url.find_first_of("?#");
  if (cut != std::string_view::npos) url = url.substr(0, cut);
  while (!url.empty() && url.back() == '/') url.remove_suffix(1);
  return std::string(url);
}

bool is_about(const json& obj, std::string_view page_key) {
  if (page_key.empty()) return false;
  for (const char* key : {"url", "mainEntityOfPage", "@id"}) {
    std::string u = field(obj, key, "@id");
    if (!u.empty() && strip_url(u) == page_key) return true;
  }
  return false;
}

// Entities of a @graph refer to each other by "@id" ("author": {"@id": "...#/schema/person/1"}).
using IdIndex = std::map<std::string, const json*>;

void index_ids(const json& v, IdIndex& ids, int depth = 0) {
  if (depth > kMaxDepth) return;
  if (v.is_array()) {
    for (const json& e : v) index_ids(e, ids, depth + 1);
    return;
  }
  if (!v.is_object()) return;
  if (auto id = v.find("@id"); id != v.end() && id->is_string() && v.size() > 1) {
    ids.emplace(id->get<std::string>(), &v);
  }
  for (const auto& [key, child] : v.items()) {
    if (child.is_object() || child.is_array()) index_ids(child, ids, depth + 1);
  }
}

// A bare reference replaced by the entity it names.
const json& dereference(const json& v, const IdIndex& ids) {
  if (!v.is_object() || v.contains("name")) return v;
  auto id = v.find("@id");
  if (id == v.end() || !id->is_string()) return v;
  auto it = ids.find(id->get<std::string>());
  return it == ids.end() ? v : *it->second;
}

bool is_organization(const json& v) {
  return has_type(v, "organization") || has_type(v, "newsmediaorganization") ||
         has_type(v, "corporation");
}

// Adds the people named in an author value; organizations only when `organizations` is set
// (an organization is the author only of a page that names no person). Returns how many
// authors it offered. `given_role` is the role the property names ("translator"), for people
// whose own entry gives none.
int add_people(const json& raw, Evidence& ev, int weight, uint32_t pos, const IdIndex& ids,
               bool organizations = false, std::string_view given_role = {}, int depth = 0) {
  if (depth > kMaxDepth) return 0;
  const json& v = dereference(raw, ids);
  if (v.is_array()) {
    int n = 0;
    for (const json& e : v) n += add_people(e, ev, weight, pos, ids, organizations, given_role, depth + 1);
    return n;
  }
  if (v.is_string()) {
    int n = 0;
    for (Author& a : parse_byline(v.get_ref<const std::string&>())) {
      if (a.role.empty()) a.role = std::string(given_role);
      ev.add_author(Origin::kJsonLd, weight, a, pos);
      ++n;
    }
    return n;
  }
  if (!v.is_object() || is_organization(v) != organizations) return 0;
  std::string name = field(v, "name");
  if (name.empty()) {
    std::string given = field(v, "givenName");
    std::string family = field(v, "familyName");
    name = given + (given.empty() || family.empty() ? "" : " ") + family;
  }
  std::string role;
  name = clean_person_name(name, &role);
  Author a{name, role, field(v, "url", "@id")};
  if (a.role.empty()) a.role = fold_case(field(v, "jobTitle"));
  if (!a.role.empty()) {
    // Only the role words the record uses; a free-form job title is not a role.
    std::vector<Author> probe = parse_byline("Anna Berg, " + a.role);
    a.role = probe.empty() ? std::string{} : probe.front().role;
  }
  if (a.role.empty()) a.role = std::string(given_role);
  ev.add_author(Origin::kJsonLd, weight, std::move(a), pos);
  return 1;
}

void add_translations(const json& obj, const char* key, std::string_view relation, Evidence& ev,
                      uint32_t pos) {
  auto it = obj.find(key);
  if (it == obj.end()) return;
  std::vector<const json*> items;
  if (it->is_array()) {
    for (const json& e : *it) items.push_back(&e);
  } else {
    items.push_back(&*it);
  }
  for (const json* e : items) {
    Translation t;
    t.url = e->is_object() ? field(*e, "url", "@id") : text_of(*e);
    if (t.url.empty() && e->is_object()) t.url = field(*e, "@id");
    if (e->is_object()) t.lang = field(*e, "inLanguage");
    t.relation = std::string(relation);
    ev.add_translation(Origin::kJsonLd, kWeightStructured, std::move(t), pos);
  }
}

void add_keywords(const json& v, Evidence& ev, uint32_t pos) {
  if (v.is_array()) {
    for (const json& e : v) {
      if (e.is_string()) ev.add_text(Field::kTag, Origin::kJsonLd, kWeightStructured, e.get_ref<const std::string&>(), pos);
    }
    return;
  }
  if (!v.is_string()) return;
  std::string_view s = v.get_ref<const std::string&>();
  size_t start = 0;
  while (start <= s.size()) {
    size_t comma = s.find(',', start);
    if (comma == std::string_view::npos) comma = s.size();
    ev.add_text(Field::kTag, Origin::kJsonLd, kWeightStructured, trim(s.substr(start, comma - start)), pos);
    start = comma + 1;
  }
}

// The entity's type as written ("NewsArticle"), the first of a list; "Thing" when untyped.
std::string type_name(const json& obj) {
  auto t = obj.find("@type");
  if (t == obj.end()) return "Thing";
  const json& first = t->is_array() && !t->empty() ? t->front() : *t;
  return first.is_string() ? first.get<std::string>() : "Thing";
}

// The key each field is read from in emit_article(), prefixed by the entity's type, for
// --explain ("NewsArticle.datePublished").
std::string key_of(const json& obj, const Candidate& c) {
  std::string prop;
  switch (c.field) {
    case Field::kTitle: prop = obj.contains("headline") ? "headline" : "name"; break;
    case Field::kSubtitle: prop = "alternativeHeadline"; break;
    case Field::kDescription: prop = "description"; break;
    case Field::kPublished: prop = obj.contains("datePublished") ? "datePublished" : "dateCreated"; break;
    case Field::kModified: prop = "dateModified"; break;
    case Field::kAuthor: prop = obj.contains("author") ? "author" : "creator"; break;
    case Field::kSiteName: prop = "publisher"; break;
    case Field::kSection: prop = "articleSection"; break;
    case Field::kLanguage: prop = "inLanguage"; break;
    case Field::kCanonicalUrl: prop = obj.contains("url") ? "url" : "mainEntityOfPage"; break;
    case Field::kTag: prop = "keywords"; break;
    case Field::kImage: prop = "image"; break;
    case Field::kTranslation:
      prop = c.translation.relation == "original" ? "translationOfWork" : "workTranslation";
      break;
    case Field::kByline: break;
  }
  return type_name(obj) + "." + prop;
}

void emit_article(const json& obj, int weight, Evidence& ev, uint32_t pos, const IdIndex& ids) {
  size_t first = ev.candidates().size();
  ev.add_text(Field::kTitle, Origin::kJsonLd, weight, field(obj, "headline"), pos);
  if (!obj.contains("headline")) ev.add_text(Field::kTitle, Origin::kJsonLd, weight - 2, field(obj, "name"), pos);
  ev.add_text(Field::kSubtitle, Origin::kJsonLd, weight, field(obj, "alternativeHeadline"), pos);
  ev.add_text(Field::kDescription, Origin::kJsonLd, weight, field(obj, "description"), pos);
  ev.add_date(Field::kPublished, Origin::kJsonLd, weight, field(obj, "datePublished"), pos);
  if (!obj.contains("datePublished")) {
    ev.add_date(Field::kPublished, Origin::kJsonLd, weight - 2, field(obj, "dateCreated"), pos);
  }
  ev.add_date(Field::kModified, Origin::kJsonLd, weight, field(obj, "dateModified"), pos);
  if (auto a = obj.find("author"); a != obj.end()) {
    if (add_people(*a, ev, weight, pos, ids) == 0) add_people(*a, ev, weight, pos, ids, true);
  }
  if (auto a = obj.find("creator"); a != obj.end() && !obj.contains("author")) {
    add_people(*a, ev, weight - 2, pos, ids);
  }
  // A translated article names its translator beside its author: one of its people too.
  if (auto t = obj.find("translator"); t != obj.end()) add_people(*t, ev, weight, pos, ids, false, "translator");
  if (auto p = obj.find("publisher"); p != obj.end()) {
    ev.add_text(Field::kSiteName, Origin::kJsonLd, weight, text_of(*p), pos);
  }
  ev.add_text(Field::kSection, Origin::kJsonLd, weight, field(obj, "articleSection"), pos);
  ev.add_text(Field::kLanguage, Origin::kJsonLd, weight, field(obj, "inLanguage"), pos);
  std::string url = field(obj, "url", "@id");
  if (url.empty()) url = field(obj, "mainEntityOfPage", "@id");
  if (url.find("://") != std::string::npos) ev.add_text(Field::kCanonicalUrl, Origin::kJsonLd, weight, url, pos);
  if (auto k = obj.find("keywords"); k != obj.end()) add_keywords(*k, ev, pos);
  if (auto im = obj.find("image"); im != obj.end()) {
    Image image;
    image.url = text_of(*im, "url");
    const json& first = im->is_array() && !im->empty() ? im->front() : *im;
    if (first.is_object()) image.caption = field(first, "caption");
    ev.add_image(Origin::kJsonLd, weight, std::move(image), pos);
  }
  add_translations(obj, "translationOfWork", "original", ev, pos);
  add_translations(obj, "workTranslation", "alternate", ev, pos);
  ev.name_each_since(first, [&](const Candidate& c) { return key_of(obj, c); });
}

// ---- repair of broken JSON ----

// Raw control characters inside strings (a common CMS bug) become spaces; trailing commas
// before a closing bracket are dropped; an HTML comment or CDATA wrapper is removed.
std::string repair(std::string_view text) {
  std::string_view t = trim(text);
  for (std::string_view open : {"<!--", "//<![CDATA[", "<![CDATA["}) {
    if (t.substr(0, open.size()) == open) t = trim(t.substr(open.size()));
  }
  for (std::string_view close : {"-->", "//]]>", "]]>"}) {
    if (t.size() >= close.size() && t.substr(t.size() - close.size()) == close) {
      t = trim(t.substr(0, t.size() - close.size()));
    }
  }
  while (!t.empty() && t.back() == ';') t.remove_suffix(1);
  std::string out;
  out.reserve(t.size() + 2);
  bool in_string = false;
  bool escaped = false;
  int depth = 0;
  bool multiple = false;
  for (char c : t) {
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      } else if (static_cast<unsigned char>(c) < 0x20) {
        c = ' ';
      }
      out += c;
      continue;
    }
    if (c == '"') in_string = true;
    if (c == '}' || c == ']') {
      size_t k = out.find_last_not_of(" \t\r\n");
      if (k != std::string::npos && out[k] == ',') out.erase(k, 1);
      --depth;
    }
    if (c == '{' || c == '[') {
      if (depth == 0 && !out.empty() && out.find_last_not_of(" \t\r\n") != std::string::npos) {
        out += ',';  // concatenated top-level values
        multiple = true;
      }
      ++depth;
    }
    out += c;
  }
  return multiple ? "[" + out + "]" : out;
}

// The value of `"key": "..."` in text that is not valid JSON.
std::string scan_key(std::string_view text, std::string_view key) {
  std::string quoted = "\"" + std::string(key) + "\"";
  size_t at = text.find(quoted);
  if (at == std::string_view::npos) return {};
  size_t colon = text.find_first_not_of(" \t\r\n", at + quoted.size());
  if (colon == std::string_view::npos || text[colon] != ':') return {};
  size_t open = text.find_first_not_of(" \t\r\n", colon + 1);
  if (open == std::string_view::npos || text[open] != '"') return {};
  size_t close = text.find('"', open + 1);
  if (close == std::string_view::npos) return {};
  return std::string(text.substr(open + 1, close - open - 1));
}

void scan_broken(std::string_view text, Evidence& ev, uint32_t pos) {
  // Only the keys that name the page's own facts; a widget's list would carry "itemListElement".
  if (text.find("itemListElement") != std::string_view::npos) return;
  size_t first = ev.candidates().size();
  ev.add_date(Field::kPublished, Origin::kJsonLd, kWeightMeta, scan_key(text, "datePublished"), pos);
  ev.add_date(Field::kModified, Origin::kJsonLd, kWeightMeta, scan_key(text, "dateModified"), pos);
  ev.add_text(Field::kTitle, Origin::kJsonLd, kWeightMeta, scan_key(text, "headline"), pos);
  // Read from broken JSON by scanning: the keys themselves, without a type.
  ev.name_each_since(first, [](const Candidate& c) {
    return std::string(c.field == Field::kPublished ? "datePublished"
                       : c.field == Field::kModified ? "dateModified"
                                                     : "headline");
  });
}

}  // namespace

void extract_jsonld(std::span<const JsonLdScript> scripts, Evidence& ev) {
  std::vector<json> docs;
  std::vector<uint32_t> positions;
  docs.reserve(scripts.size());
  for (const JsonLdScript& s : scripts) {
    json j = parse_json(s.text);
    if (j.is_discarded()) j = parse_json(repair(s.text));
    if (j.is_discarded()) {
      scan_broken(s.text, ev, s.position);
      continue;
    }
    docs.push_back(std::move(j));
    positions.push_back(s.position);
  }
  std::string page_key = strip_url(ev.context().page_url);
  const json* main = nullptr;
  uint32_t main_pos = 0;
  const json* page = nullptr;
  uint32_t page_pos = 0;
  for (size_t d = 0; d < docs.size(); ++d) {
    std::vector<Entity> entities;
    std::vector<const json*> sites;
    collect(docs[d], entities, sites, 0);
    for (const Entity& e : entities) {
      if (e.article && (!main || (is_about(*e.obj, page_key) && !is_about(*main, page_key)))) {
        main = e.obj;
        main_pos = positions[d];
      }
      if (!e.article && !page) {
        page = e.obj;
        page_pos = positions[d];
      }
    }
    for (const json* site : sites) {
      int weight = has_type(*site, "website") ? kWeightMeta : kWeightWeak;
      std::string key = type_name(*site) + ".name";
      KeyScope named(ev, key);
      ev.add_text(Field::kSiteName, Origin::kJsonLd, weight, field(*site, "name"), positions[d]);
    }
  }
  IdIndex ids;
  for (const json& d : docs) index_ids(d, ids);
  if (main) {
    emit_article(*main, kWeightStructured, ev, main_pos, ids);
    ev.set_json_ld_article_body(field(*main, "articleBody"));
  }
  // A WebPage's own dates and names count when no article entity says otherwise.
  if (page) emit_article(*page, main ? kWeightWeak : kWeightMeta, ev, page_pos, ids);
}

}  // namespace lede::meta
