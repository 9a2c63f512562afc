#include "meta/jsonld.h"

#include <array>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "meta/byline.h"
#include "meta/json_text.h"
#include "meta/text_util.h"

namespace lede::meta {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

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

bool is_object(element v) { return v.type() == element_type::OBJECT; }
bool is_array(element v) { return v.type() == element_type::ARRAY; }
bool is_string(element v) { return v.type() == element_type::STRING; }
std::string_view string_of(element v) { return v.get_string().value_unsafe(); }
bool has(element obj, std::string_view key) { return member(obj, key).has_value(); }
// The items of an array, held by value: a range-for over the result of get_array() would
// iterate a temporary.
simdjson::dom::array items(element array) { return array.get_array().value_unsafe(); }

// The first item of an array; nullopt when it is empty.
std::optional<element> front(element array) {
  for (element e : items(array)) return e;
  return std::nullopt;
}

// Calls `on_key` with the key of each type of `obj` ("@type", a string or an array of them): the
// lowercased last path segment, "http://schema.org/NewsArticle" → "newsarticle". Stops when it
// returns true, and returns whether one did.
template <typename OnKey>
bool any_type_key(element obj, OnKey on_key) {
  auto keyed = [&](element t) {
    if (!is_string(t)) return false;
    std::string_view name = string_of(t);
    size_t slash = name.find_last_of("/#:");
    if (slash != std::string_view::npos) name = name.substr(slash + 1);
    FoldedText key(name);
    return on_key(key.view());
  };
  std::optional<element> t = member(obj, "@type");
  if (!t) return false;
  if (!is_array(*t)) return keyed(*t);
  for (element e : items(*t)) {
    if (keyed(e)) return true;
  }
  return false;
}

bool has_type(element obj, std::span<const std::string_view> types) {
  return any_type_key(obj, [&](std::string_view key) { return in(types, key); });
}

bool has_type(element obj, std::string_view type) {
  const std::string_view one[] = {type};
  return has_type(obj, one);
}

// A string value, the first string of an array, or an object's "name"/"@value"/"url", as a
// view: into the parsed document for a string, into `number` for a number. Most values are
// strings that the evidence copies once; a std::string for each was a second copy.
std::string_view text_view(element v, std::string& number, std::string_view object_key = "name") {
  switch (v.type()) {
    case element_type::STRING: return string_of(v);
    case element_type::INT64: return number = std::to_string(v.get_int64().value_unsafe());
    case element_type::UINT64: return number = std::to_string(v.get_uint64().value_unsafe());
    case element_type::ARRAY: {
      std::optional<element> first = front(v);
      return first ? text_view(*first, number, object_key) : std::string_view{};
    }
    case element_type::OBJECT: {
      if (std::optional<element> m = member(v, object_key)) return text_view(*m, number, object_key);
      if (std::optional<element> m = member(v, "@value")) return text_view(*m, number, object_key);
      return {};
    }
    default: return {};
  }
}

std::string text_of(element v, std::string_view object_key = "name") {
  std::string number;
  return std::string(text_view(v, number, object_key));
}

std::string field(element obj, std::string_view key, std::string_view object_key = "name") {
  std::optional<element> v = member(obj, key);
  return v ? text_of(*v, object_key) : std::string{};
}

struct Entity {
  element obj;
  bool article;  // an article type, not a page
};

// Entities of the page: the top level, arrays and @graph members. Entities nested inside
// others (ItemList elements, "hasPart", "mentions") describe other pages and are skipped.
void collect(element v, std::vector<Entity>& out, std::vector<element>& sites, int depth) {
  if (depth > kMaxDepth) return;
  if (is_array(v)) {
    for (element e : items(v)) collect(e, out, sites, depth + 1);
    return;
  }
  if (!is_object(v)) return;
  if (std::optional<element> g = member(v, "@graph")) collect(*g, out, sites, depth + 1);
  // Its types read once for the three questions asked of them.
  bool article = false;
  bool page = false;
  bool qa_page = false;
  bool site = false;
  any_type_key(v, [&](std::string_view key) {
    article |= in(kArticleTypes, key);
    page |= in(kPageTypes, key);
    qa_page |= key == "qapage";
    site |= key == "website" || key == "organization" || key == "newsmediaorganization";
    return false;
  });
  if (article) {
    out.push_back({v, true});
  } else if (page) {
    out.push_back({v, false});
    // WebPage.mainEntity is the article the page is about; a Q&A page's is its question, the
    // thread's first post, with its asker as author (an FAQ page's questions are no articles).
    if (std::optional<element> m = member(v, "mainEntity")) {
      if (qa_page && is_object(*m) && has_type(*m, "question")) {
        out.push_back({*m, true});
      } else {
        collect(*m, out, sites, depth + 1);
      }
    }
  }
  if (site) sites.push_back(v);
}

std::string strip_url(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  if (url.substr(0, 4) == "www.") url.remove_prefix(4);
  // By hand: find_first_of() asks memchr() about each byte it reads.
  size_t cut = 0;
  while (cut < url.size() && url[cut] != '?' && url[cut] != '#') ++cut;
  url = url.substr(0, cut);
  while (!url.empty() && url.back() == '/') url.remove_suffix(1);
  return std::string(url);
}

bool is_about(element obj, std::string_view page_key) {
  if (page_key.empty()) return false;
  for (const char* key : {"url", "mainEntityOfPage", "@id"}) {
    std::string u = field(obj, key, "@id");
    if (!u.empty() && strip_url(u) == page_key) return true;
  }
  return false;
}

// Files every entity that has an "@id" and more, the first one found for an id: depth first,
// an object's members in key order.
void index_ids(element v, std::map<std::string_view, element, std::less<>>& ids, JsonMembers& scratch,
               int depth = 0) {
  if (depth > kMaxDepth) return;
  if (is_array(v)) {
    for (element e : items(v)) index_ids(e, ids, scratch, depth + 1);
    return;
  }
  if (!is_object(v)) return;
  members_by_key(v, scratch);
  std::vector<element> children;
  for (const auto& [key, child] : scratch) {
    if (key == "@id" && is_string(child) && scratch.size() > 1) ids.emplace(string_of(child), v);
    if (is_object(child) || is_array(child)) children.push_back(child);
  }
  for (element child : children) index_ids(child, ids, scratch, depth + 1);
}

// Entities of a @graph refer to each other by "@id" ("author": {"@id": "...#/schema/person/1"}).
// Filed when a reference is first followed: most pages name their people in place.
class IdIndex {
 public:
  explicit IdIndex(std::span<const element> docs) : docs_(docs) {}

  /// The entity filed under `id`, if any.
  std::optional<element> find(std::string_view id) {
    if (!filed_) {
      JsonMembers scratch;
      for (element d : docs_) index_ids(d, ids_, scratch);
      filed_ = true;
    }
    auto it = ids_.find(id);
    return it == ids_.end() ? std::nullopt : std::optional<element>(it->second);
  }

 private:
  std::span<const element> docs_;
  bool filed_ = false;
  // The keys point into the parsed documents.
  std::map<std::string_view, element, std::less<>> ids_;
};

// A bare reference replaced by the entity it names.
element dereference(element v, IdIndex& ids) {
  if (!is_object(v) || has(v, "name")) return v;
  std::optional<element> id = member(v, "@id");
  if (!id || !is_string(*id)) return v;
  return ids.find(string_of(*id)).value_or(v);
}

bool is_organization(element v) {
  // Its types read once for the three names.
  return any_type_key(v, [](std::string_view key) {
    return key == "organization" || key == "newsmediaorganization" || key == "corporation";
  });
}

// Adds the people named in an author value; organizations only when `organizations` is set
// (an organization is the author only of a page that names no person). Returns how many
// authors it offered. `given_role` is the role the property names ("translator"), for people
// whose own entry gives none.
int add_people(element raw, Evidence& ev, int weight, uint32_t pos, IdIndex& ids,
               bool organizations = false, std::string_view given_role = {}, int depth = 0) {
  if (depth > kMaxDepth) return 0;
  element v = dereference(raw, ids);
  if (is_array(v)) {
    int n = 0;
    for (element e : items(v)) {
      n += add_people(e, ev, weight, pos, ids, organizations, given_role, depth + 1);
    }
    return n;
  }
  if (is_string(v)) {
    int n = 0;
    for (Author& a : parse_byline(string_of(v))) {
      if (a.role.empty()) a.role = std::string(given_role);
      ev.add_author(Origin::kJsonLd, weight, a, pos);
      ++n;
    }
    return n;
  }
  if (!is_object(v) || is_organization(v) != organizations) return 0;
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

void add_translation(element e, std::string_view relation, Evidence& ev, uint32_t pos) {
  Translation t;
  t.url = is_object(e) ? field(e, "url", "@id") : text_of(e);
  if (t.url.empty() && is_object(e)) t.url = field(e, "@id");
  if (is_object(e)) t.lang = field(e, "inLanguage");
  t.relation = std::string(relation);
  ev.add_translation(Origin::kJsonLd, kWeightStructured, std::move(t), pos);
}

void add_keywords(element v, Evidence& ev, uint32_t pos) {
  if (is_array(v)) {
    for (element e : items(v)) {
      if (is_string(e)) ev.add_text(Field::kTag, Origin::kJsonLd, kWeightStructured, string_of(e), pos);
    }
    return;
  }
  if (!is_string(v)) return;
  std::string_view s = string_of(v);
  size_t start = 0;
  while (start <= s.size()) {
    size_t comma = s.find(',', start);
    if (comma == std::string_view::npos) comma = s.size();
    ev.add_text(Field::kTag, Origin::kJsonLd, kWeightStructured, trim(s.substr(start, comma - start)), pos);
    start = comma + 1;
  }
}

// The entity's type as written ("NewsArticle"), the first of a list; "Thing" when untyped.
std::string type_name(element obj) {
  std::optional<element> t = member(obj, "@type");
  if (!t) return "Thing";
  std::optional<element> first = is_array(*t) ? front(*t) : t;
  if (!first) first = t;
  return is_string(*first) ? std::string(string_of(*first)) : "Thing";
}

// The key each field is read from in emit_article(), prefixed by the entity's type, for
// --explain ("NewsArticle.datePublished").
std::string key_of(element obj, const Candidate& c) {
  std::string prop;
  switch (c.field) {
    case Field::kTitle: prop = has(obj, "headline") ? "headline" : "name"; break;
    case Field::kSubtitle: prop = "alternativeHeadline"; break;
    case Field::kDescription: prop = "description"; break;
    case Field::kPublished: prop = has(obj, "datePublished") ? "datePublished" : "dateCreated"; break;
    case Field::kModified: prop = "dateModified"; break;
    case Field::kAuthor: prop = has(obj, "author") ? "author" : "creator"; break;
    case Field::kSiteName: prop = "publisher"; break;
    case Field::kSection: prop = "articleSection"; break;
    case Field::kLanguage: prop = "inLanguage"; break;
    case Field::kCanonicalUrl: prop = has(obj, "url") ? "url" : "mainEntityOfPage"; break;
    case Field::kTag: prop = "keywords"; break;
    case Field::kImage: prop = "image"; break;
    case Field::kTranslation:
      prop = c.translation().relation == "original" ? "translationOfWork" : "workTranslation";
      break;
    case Field::kByline: break;
  }
  return type_name(obj) + "." + prop;
}

// The members emit_article() reads, found in one pass over the entity: a member() lookup for
// each read every member again.
enum class Prop : uint8_t {
  kHeadline, kName, kAlternativeHeadline, kDescription, kDatePublished, kDateCreated, kDateModified,
  kAuthor, kCreator, kTranslator, kPublisher, kArticleSection, kInLanguage, kUrl, kMainEntityOfPage,
  kKeywords, kImage, kTranslationOfWork, kWorkTranslation,
};
constexpr std::string_view kPropNames[] = {
    "headline", "name", "alternativeHeadline", "description", "datePublished", "dateCreated", "dateModified",
    "author", "creator", "translator", "publisher", "articleSection", "inLanguage", "url", "mainEntityOfPage",
    "keywords", "image", "translationOfWork", "workTranslation"};

class ArticleProps {
 public:
  // A key given twice keeps its last value, as member() reads it.
  explicit ArticleProps(element obj) {
    simdjson::dom::object members;
    if (obj.get_object().get(members) != simdjson::SUCCESS) return;
    for (simdjson::dom::key_value_pair m : members) {
      for (size_t k = 0; k < std::size(kPropNames); ++k) {
        if (m.key == kPropNames[k]) {
          values_[k] = m.value;
          break;
        }
      }
    }
  }
  const std::optional<element>& operator[](Prop p) const { return values_[static_cast<size_t>(p)]; }
  bool has(Prop p) const { return (*this)[p].has_value(); }
  /// field(): the text of the value, empty without one, as text_view() gives it.
  std::string_view text(Prop p, std::string& number, std::string_view object_key = "name") const {
    return (*this)[p] ? text_view(*(*this)[p], number, object_key) : std::string_view{};
  }

 private:
  std::array<std::optional<element>, std::size(kPropNames)> values_;
};

void add_translations(const std::optional<element>& v, std::string_view relation, Evidence& ev, uint32_t pos) {
  if (!v) return;
  if (!is_array(*v)) return add_translation(*v, relation, ev, pos);
  for (element e : items(*v)) add_translation(e, relation, ev, pos);
}

void emit_article(element obj, int weight, Evidence& ev, uint32_t pos, IdIndex& ids) {
  size_t first = ev.candidates().size();
  ArticleProps props(obj);
  std::string number;  // the text of a number, while the evidence copies it
  ev.add_text(Field::kTitle, Origin::kJsonLd, weight, props.text(Prop::kHeadline, number), pos);
  if (!props.has(Prop::kHeadline)) ev.add_text(Field::kTitle, Origin::kJsonLd, weight - 2, props.text(Prop::kName, number), pos);
  ev.add_text(Field::kSubtitle, Origin::kJsonLd, weight, props.text(Prop::kAlternativeHeadline, number), pos);
  ev.add_text(Field::kDescription, Origin::kJsonLd, weight, props.text(Prop::kDescription, number), pos);
  ev.add_date(Field::kPublished, Origin::kJsonLd, weight, props.text(Prop::kDatePublished, number), pos);
  if (!props.has(Prop::kDatePublished)) {
    ev.add_date(Field::kPublished, Origin::kJsonLd, weight - 2, props.text(Prop::kDateCreated, number), pos);
  }
  ev.add_date(Field::kModified, Origin::kJsonLd, weight, props.text(Prop::kDateModified, number), pos);
  // People first: an author who is an organization (a Q&A site's operator) gives way to a
  // person the record describes as its creator (the one who asked); a creator given as a bare
  // name is read only where there is no author ("creator": ["DER SPIEGEL"] beside the
  // publisher's name as author names the desk).
  const std::optional<element>& author = props[Prop::kAuthor];
  const std::optional<element>& creator = props[Prop::kCreator];
  int people = author ? add_people(*author, ev, weight, pos, ids) : 0;
  if (people == 0 && creator && (!author || is_object(*creator))) people = add_people(*creator, ev, weight - 2, pos, ids);
  if (people == 0 && author) add_people(*author, ev, weight, pos, ids, true);
  // A translated article names its translator beside its author: one of its people too.
  if (const std::optional<element>& t = props[Prop::kTranslator]) add_people(*t, ev, weight, pos, ids, false, "translator");
  if (const std::optional<element>& p = props[Prop::kPublisher]) {
    ev.add_text(Field::kSiteName, Origin::kJsonLd, weight, text_view(*p, number), pos);
  }
  ev.add_text(Field::kSection, Origin::kJsonLd, weight, props.text(Prop::kArticleSection, number), pos);
  ev.add_text(Field::kLanguage, Origin::kJsonLd, weight, props.text(Prop::kInLanguage, number), pos);
  std::string_view url = props.text(Prop::kUrl, number, "@id");
  if (url.empty()) url = props.text(Prop::kMainEntityOfPage, number, "@id");
  if (url.find("://") != std::string_view::npos) ev.add_text(Field::kCanonicalUrl, Origin::kJsonLd, weight, url, pos);
  if (const std::optional<element>& k = props[Prop::kKeywords]) add_keywords(*k, ev, pos);
  if (const std::optional<element>& im = props[Prop::kImage]) {
    Image image;
    image.url = text_of(*im, "url");
    std::optional<element> first_image = is_array(*im) ? front(*im) : im;
    if (!first_image) first_image = im;
    if (is_object(*first_image)) image.caption = field(*first_image, "caption");
    ev.add_image(Origin::kJsonLd, weight, std::move(image), pos);
  }
  add_translations(props[Prop::kTranslationOfWork], "original", ev, pos);
  add_translations(props[Prop::kWorkTranslation], "alternate", ev, pos);
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
  // One document per script, the calling thread's own, kept with their buffers from one page
  // to the next. All are grown before any is read: a moved document leaves its values dangling.
  thread_local std::vector<simdjson::dom::document> documents;
  if (documents.size() < scripts.size()) documents.resize(scripts.size());
  std::vector<element> docs;
  std::vector<uint32_t> positions;
  docs.reserve(scripts.size());
  for (size_t i = 0; i < scripts.size(); ++i) {
    const JsonLdScript& s = scripts[i];
    std::optional<element> j = parse_json(s.text, documents[i]);
    if (!j) j = parse_json(repair(s.text), documents[i]);
    if (!j) {
      scan_broken(s.text, ev, s.position);
      continue;
    }
    docs.push_back(*j);
    positions.push_back(s.position);
  }
  std::string page_key = strip_url(ev.context().page_url);
  std::optional<element> main;
  uint32_t main_pos = 0;
  std::optional<element> page;
  uint32_t page_pos = 0;
  std::vector<Entity> entities;
  std::vector<element> sites;
  for (size_t d = 0; d < docs.size(); ++d) {
    entities.clear();
    sites.clear();
    collect(docs[d], entities, sites, 0);
    for (const Entity& e : entities) {
      if (e.article && (!main || (is_about(e.obj, page_key) && !is_about(*main, page_key)))) {
        main = e.obj;
        main_pos = positions[d];
      }
      if (!e.article && !page) {
        page = e.obj;
        page_pos = positions[d];
      }
    }
    for (element site : sites) {
      int weight = has_type(site, "website") ? kWeightMeta : kWeightWeak;
      size_t first = ev.candidates().size();
      ev.add_text(Field::kSiteName, Origin::kJsonLd, weight, field(site, "name"), positions[d]);
      ev.name_each_since(first, [&](const Candidate&) { return type_name(site) + ".name"; });
    }
  }
  IdIndex ids(docs);
  if (main) {
    emit_article(*main, kWeightStructured, ev, main_pos, ids);
    ev.set_json_ld_article_body(field(*main, "articleBody"));
  }
  // A WebPage's own dates and names count when no article entity says otherwise.
  if (page) emit_article(*page, main ? kWeightWeak : kWeightMeta, ev, page_pos, ids);
}

}  // namespace lede::meta
