#include "meta/explain.h"

#include <algorithm>
#include <functional>
#include <set>
#include <tuple>

#include "meta/resolve.h"
#include "meta/text_util.h"
#include "meta/title.h"
#include "meta/url.h"

namespace lede::meta {

namespace {

// Pages with many dates (archives, comment threads) would list dozens of losers; the strongest
// few say why the value won.
constexpr size_t kMaxRejected = 8;

// Sources whose element is their name: the key says which element it was.
std::string default_key(const Candidate& c) {
  switch (c.origin) {
    case Origin::kTitleElement: return "<title>";
    case Origin::kHeading: return c.field == Field::kTitle ? "<h1>" : "standfirst";
    case Origin::kHtmlLang: return "<html lang>";
    case Origin::kHttpHeader: return "Content-Language";
    case Origin::kUrl: return "path";
    case Origin::kMetaTag: return c.field == Field::kLanguage ? "content-language" : std::string{};
    default: return {};
  }
}

SourceNote note_of(const Candidate& c) {
  SourceNote note;
  note.source = std::string(origin_name(c.origin));
  note.key = c.key.empty() ? default_key(c) : c.key;
  note.value = c.value;
  return note;
}

// The strongest statement first; equal ones in page order.
bool stronger(const Candidate* a, const Candidate* b) {
  return a->weight != b->weight ? a->weight > b->weight : a->position < b->position;
}

// Notes of `cands`, strongest first, each (source, key, value) once, at most `limit`.
std::vector<SourceNote> notes_of(std::vector<const Candidate*> cands, const SourceNote* chosen,
                                 size_t limit) {
  std::stable_sort(cands.begin(), cands.end(), stronger);
  std::vector<SourceNote> notes;
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  if (chosen) seen.insert({chosen->source, chosen->key, chosen->value});
  for (const Candidate* c : cands) {
    SourceNote n = note_of(*c);
    // An unnamed statement (a last-resort date) repeating a named one of its source adds nothing.
    bool repeats = n.key.empty() && std::any_of(notes.begin(), notes.end(), [&](const SourceNote& o) {
                     return o.source == n.source && o.value == n.value;
                   });
    if (repeats || !seen.insert({n.source, n.key, n.value}).second) continue;
    if (notes.size() == limit) break;
    notes.push_back(std::move(n));
  }
  return notes;
}

struct FieldRule {
  const char* name;           // the record's key
  std::vector<Field> fields;  // the candidates that could give it
  std::function<bool(const Candidate&)> agrees;  // gives the record's value
  std::function<bool(const Candidate&)> exact;   // gives it exactly as written in the record
};

void add_origin(const Evidence& ev, const FieldRule& rule, Article& article) {
  std::vector<const Candidate*> same;
  std::vector<const Candidate*> other;
  for (const Candidate& c : ev.candidates()) {
    if (std::find(rule.fields.begin(), rule.fields.end(), c.field) == rule.fields.end()) continue;
    (rule.agrees(c) ? same : other).push_back(&c);
  }
  if (same.empty()) return;
  // The value as the record holds it came from the strongest statement that wrote it so.
  const Candidate* chosen = nullptr;
  for (const Candidate* c : same) {
    if (rule.exact(*c) && (!chosen || stronger(c, chosen))) chosen = c;
  }
  if (!chosen) chosen = *std::min_element(same.begin(), same.end(), stronger);
  FieldOrigin origin;
  origin.field = rule.name;
  origin.chosen = note_of(*chosen);
  same.erase(std::find(same.begin(), same.end(), chosen));
  origin.agreeing = notes_of(same, &origin.chosen, same.size());
  origin.rejected = notes_of(other, nullptr, kMaxRejected);
  article.origins.push_back(std::move(origin));
}

std::string day_of(std::string_view iso) { return std::string(iso.substr(0, 10)); }

// A date field: the statements of the record's day. When no statement of the field itself
// gave the value (a page dated by the update it shows first), the other date field's
// statements of that day did.
FieldRule date_rule(const char* name, Field field, Field other, const std::string& value,
                    const Evidence& ev) {
  bool own = std::any_of(ev.candidates().begin(), ev.candidates().end(), [&](const Candidate& c) {
    return c.field == field && c.date && c.value == value;
  });
  std::vector<Field> fields = {field};
  if (!own) fields.push_back(other);
  std::string day = day_of(value);
  return {name, fields,
          [day, field, own](const Candidate& c) {
            return c.date && day_of(c.value) == day && (c.field == field || !own);
          },
          [&value](const Candidate& c) { return c.value == value; }};
}

}  // namespace

void explain(const Evidence& ev, std::string_view page_url, Article& article) {
  const Article& a = article;
  std::string host(url_host(page_url));
  auto same_text = [](const std::string& value) {
    std::string key = title_key(value);
    return FieldRule{nullptr, {}, [key](const Candidate& c) { return title_key(c.value) == key; },
                     [&value](const Candidate& c) { return c.value == value; }};
  };
  auto text_rule = [&](const char* name, Field field, const std::string& value) {
    FieldRule rule = same_text(value);
    rule.name = name;
    rule.fields = {field};
    return rule;
  };
  std::vector<FieldRule> rules;
  if (!a.canonical_url.empty()) {
    std::string key = url_key(a.canonical_url);
    std::string base(page_url);
    rules.push_back({"canonical_url", {Field::kCanonicalUrl},
                     [key, base](const Candidate& c) { return url_key(resolve_url(base, c.value)) == key; },
                     [&a](const Candidate& c) { return c.value == a.canonical_url; }});
  }
  if (!a.site_name.empty()) {
    // The name may be a part of what a source wrote ("Name - Tagline", its front page's address).
    FieldRule rule = text_rule("site_name", Field::kSiteName, a.site_name);
    rule.agrees = [key = title_key(a.site_name), &a](const Candidate& c) {
      return title_key(c.value) == key || c.value.find(a.site_name) != std::string::npos;
    };
    rules.push_back(std::move(rule));
  }
  if (!a.language.empty()) {
    std::string primary = primary_language(a.language);
    rules.push_back({"language", {Field::kLanguage},
                     [primary](const Candidate& c) { return primary_language(c.value) == primary; },
                     [&a](const Candidate& c) { return normalize_language(c.value) == a.language; }});
  }
  if (!a.title.empty()) {
    std::string key = title_key(a.title);
    std::string site = a.site_name;
    rules.push_back({"title", {Field::kTitle},
                     // A title that holds the headline between separators agrees with it too.
                     [key, site, host](const Candidate& c) {
                       return title_key(clean_title(c.value, site, host)) == key || !headline_part(c.value, key).empty();
                     },
                     [&a, site, host](const Candidate& c) { return clean_title(c.value, site, host) == a.title; }});
  }
  if (!a.subtitle.empty()) rules.push_back(text_rule("subtitle", Field::kSubtitle, a.subtitle));
  if (!a.description.empty()) rules.push_back(text_rule("description", Field::kDescription, a.description));
  if (!a.authors.empty()) {
    std::set<std::string> names;
    for (const Author& person : a.authors) names.insert(fold_case(person.name));
    // A site named after its owner ("Colin Watson's blog") names the author of a page that names
    // no one: its site-name statements give the author then.
    bool by_owner = a.authors.size() == 1 && fold_case(site_owner(a.site_name)) == fold_case(a.authors[0].name) &&
                    std::none_of(ev.candidates().begin(), ev.candidates().end(), [&](const Candidate& c) {
                      return c.field == Field::kAuthor && names.count(fold_case(c.author().name)) > 0;
                    });
    auto named = [names](const Candidate& c) {
      std::string name = c.field == Field::kSiteName ? site_owner(c.value) : c.author().name;
      return names.count(fold_case(name)) > 0;
    };
    std::vector<Field> fields = {Field::kAuthor};
    if (by_owner) fields.push_back(Field::kSiteName);
    rules.push_back({"authors", fields, named, named});
  }
  if (!a.byline.empty()) {
    rules.push_back({"byline", {Field::kByline}, [&a](const Candidate& c) { return c.value == a.byline; },
                     [&a](const Candidate& c) { return c.value == a.byline; }});
  }
  if (!a.date_published.empty()) {
    rules.push_back(date_rule("date_published", Field::kPublished, Field::kModified, a.date_published, ev));
  }
  if (!a.date_modified.empty()) {
    rules.push_back(date_rule("date_modified", Field::kModified, Field::kPublished, a.date_modified, ev));
  }
  if (!a.section.empty()) rules.push_back(text_rule("section", Field::kSection, a.section));
  if (!a.tags.empty()) {
    std::set<std::string> tags;
    for (const std::string& t : a.tags) tags.insert(fold_case(t));
    auto listed = [tags](const Candidate& c) { return tags.count(fold_case(c.value)) > 0; };
    rules.push_back({"tags", {Field::kTag}, listed, listed});
  }
  if (!a.image.url.empty()) {
    std::string key = url_key(a.image.url);
    std::string base(page_url);
    auto same_image = [key, base](const Candidate& c) { return url_key(resolve_url(base, c.image().url)) == key; };
    rules.push_back({"image", {Field::kImage}, same_image, same_image});
  }
  for (const FieldRule& rule : rules) add_origin(ev, rule, article);
}

}  // namespace lede::meta
