#include "meta/resolve.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <span>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <vector>

#include "meta/byline.h"
#include "meta/candidates_by_field.h"
#include "meta/furniture_images.h"
#include "meta/site_name.h"
#include "meta/text_util.h"
#include "meta/title.h"
#include "meta/url.h"

namespace lede::meta {

namespace {

// A source that repeats a value adds nothing; a second, independent source does. Each group
// of equal values scores the sum, over the origins that gave it, of each origin's best weight.
// The key is a view of text that outlives the groups (a ByText's, a day of local_days()).
struct Group {
  std::string_view key;
  std::vector<const Candidate*> members;
  int score = 0;
};

constexpr size_t kOriginCount = static_cast<size_t>(Origin::kDetected) + 1;

Origin own_statement(Origin o) { return o; }

// `statement_of` tells which origins are one statement written out several times.
int group_score(const std::vector<const Candidate*>& members, Origin (*statement_of)(Origin) = own_statement) {
  // One slot per origin: a map here cost a node per member.
  std::array<int, kOriginCount> best{};
  for (const Candidate* c : members) {
    int& w = best[static_cast<size_t>(statement_of(c->origin))];
    w = std::max(w, c->weight);
  }
  int sum = 0;
  for (int w : best) sum += w;
  return sum;
}

template <typename KeyFn>
std::vector<Group> group_by(const CandidatesByField& by, Field field, KeyFn key_of) {
  std::vector<Group> groups;
  for (const Candidate* member : by.of(field)) {
    const Candidate& c = *member;
    std::string_view key = key_of(c);
    if (key.empty()) continue;
    auto it = std::find_if(groups.begin(), groups.end(), [&](const Group& g) { return g.key == key; });
    if (it == groups.end()) {
      groups.push_back({key, {}, 0});
      it = groups.end() - 1;
    }
    it->members.push_back(&c);
  }
  for (Group& g : groups) g.score = group_score(g.members);
  return groups;
}

// The best group; ties go to the group whose first member came first in the page.
const Group* best_group(const std::vector<Group>& groups) {
  const Group* best = nullptr;
  for (const Group& g : groups) {
    if (!best || g.score > best->score) best = &g;
  }
  return best;
}

const Candidate* strongest(const std::vector<const Candidate*>& members) {
  const Candidate* best = nullptr;
  for (const Candidate* c : members) {
    if (!best || c->weight > best->weight) best = c;
  }
  return best;
}

// Something made of a text, made once per distinct text: the sources of a page's title and
// description mostly copy one another word for word, and a description's key reads a few
// hundred bytes. Room for `most` texts is made at the start and never grown, so that what was
// made stays where it is for the groups that point into it (a deque cost two allocations
// and its own code on every page, for the few texts a field has).
template <typename Make>
class ByText {
 public:
  ByText(Make make, size_t most) : make_(std::move(make)) { made_.reserve(most); }
  const std::string& of(std::string_view text) {
    for (const auto& [seen, made] : made_) {
      if (seen == text) return made;
    }
    if (made_.size() == made_.capacity()) throw std::logic_error("ByText: more texts than its room");
    return made_.emplace_back(text, make_(text)).second;
  }

 private:
  Make make_;
  std::vector<std::pair<std::string_view, std::string>> made_;
};

// Keys of at most `most` distinct texts.
auto title_keys(size_t most) {
  return ByText([](std::string_view text) { return title_key(text); }, most);
}

// Sorts a few candidates stably by `less`: a page has a handful of people or images, where
// std::stable_sort brought a temporary buffer and its merge code to every page.
template <typename Less>
void sort_few(std::vector<const Candidate*>& few, Less less) {
  for (size_t i = 1; i < few.size(); ++i) {
    const Candidate* c = few[i];
    size_t j = i;
    for (; j > 0 && less(c, few[j - 1]); --j) few[j] = few[j - 1];
    few[j] = c;
  }
}

std::string simple_text(const CandidatesByField& by, Field field, std::string_view unlike = {}) {
  // Most fields have one candidate, or several copies of one text (og:description and the
  // description <meta>): one group then, made without keying any text, when the text has a key.
  const Candidate* first = nullptr;
  bool one_text = true;
  for (const Candidate* c : by.of(field)) {
    if (!first) first = c;
    else one_text = one_text && c->value == first->value;
  }
  if (!first) return {};
  // A text alike to `unlike` (the same once keyed) is not chosen.
  std::string unlike_key = unlike.empty() ? std::string{} : title_key(unlike);
  if (one_text) {
    if (!has_title_key(first->value)) return {};
    if (!unlike_key.empty() && title_key(first->value) == unlike_key) return {};
    const Candidate* best = nullptr;
    for (const Candidate* c : by.of(field)) {
      if (!best || c->weight > best->weight) best = c;
    }
    return best->value;
  }
  auto keys = title_keys(by.of(field).size());
  std::vector<Group> groups = group_by(by, field, [&](const Candidate& c) -> std::string_view {
    std::string_view key = keys.of(c.value);
    return key == unlike_key ? std::string_view{} : key;
  });
  const Group* g = best_group(groups);
  return g ? strongest(g->members)->value : std::string{};
}

// ---- site name and title ----

// The site name the sources agreed on, cut to the name where a tagline or an address fills
// its place: the other site-name sources and the page's titles tell which part is the name
// (site_name.h).
std::string resolve_site_name(const CandidatesByField& by, std::string_view agreed, std::string_view host) {
  if (agreed.empty()) return {};
  std::vector<std::string_view> others;
  for (const Candidate* c : by.of(Field::kSiteName)) {
    if (c->value != agreed) others.push_back(c->value);
  }
  std::vector<std::string_view> titles;
  for (const Candidate* c : by.of(Field::kTitle)) {
    if (c->origin == Origin::kTitleElement || c->origin == Origin::kOpenGraph || c->origin == Origin::kTwitter) {
      titles.push_back(c->value);
    }
  }
  std::string name = site_name_of(agreed, others, titles, host);
  if (!name.empty()) return name;
  // A template's unfilled variable is no statement: the sources' next best is the name.
  std::string next = simple_text(by, Field::kSiteName, agreed);
  return next.empty() ? next : site_name_of(next, others, titles, host);
}

// How much a title source is preferred when scores tie: the visible headline first.
int title_preference(Origin o) {
  switch (o) {
    case Origin::kHeading: return 5;
    case Origin::kJsonLd: return 4;
    case Origin::kOpenGraph: return 3;
    case Origin::kMicrodata: return 3;
    case Origin::kMetaTag: return 2;
    case Origin::kTwitter: return 2;
    default: return 1;
  }
}

// A page's <title>, og:title and twitter:title are mostly one field of its CMS written out
// three times (the "SEO title"): they count as one statement, the strongest of them, beside the
// visible headline and the article's structured data, which are written apart.
Origin title_statement(Origin o) { return o == Origin::kTwitter || o == Origin::kTitleElement ? Origin::kOpenGraph : o; }

// Titles shorter than this (in key characters) are too generic to support a longer one.
constexpr size_t kMinContainedTitleKey = 8;

// Whether the <h1> is the site's name, its logo set as a heading on every page of a blog: its
// words are the site's name, or a part of it ("WordPress.com" on "The WordPress.com Blog").
bool heading_is_site_name(std::string_view heading_key, const SiteKeys& site) {
  if (heading_key.empty()) return false;
  if (!site.site.empty() && site.site.find(heading_key) != std::string::npos) return true;
  return heading_key == site.host;
}

// A title cut short by its template, an ellipsis at its end ("What do you think will be the
// trend in the watch...": an og:title held to a length), is the whole title it starts, when
// another source of the page gives that one.
template <typename Keys>
void complete_shortened(std::vector<std::pair<const Candidate*, std::string_view>>& cleaned, Keys& keys) {
  auto shortened = [](std::string_view text) { return text.ends_with("...") || text.ends_with("\u2026"); };
  for (auto& [c, text] : cleaned) {
    if (!shortened(text)) continue;
    std::string stem = title_key(text);
    if (stem.size() < kMinContainedTitleKey) continue;
    const std::pair<const Candidate*, std::string_view>* whole = nullptr;
    for (const auto& other : cleaned) {
      if (shortened(other.second)) continue;
      std::string_view key = keys.of(other.second);
      if (key.size() > stem.size() && key.starts_with(stem) &&
          (!whole || title_preference(other.first->origin) > title_preference(whole->first->origin))) {
        whole = &other;
      }
    }
    if (whole) text = whole->second;
  }
}

// Titles that hold the visible headline and a trail or a lead the separators cut off
// ("Headline - Blog | Tagline", "Forum - Headline", "Kicker: Headline | Site") are read as that
// headline, where cleaning, which judges a trail by its length and words alone, kept some of
// it. A headline that names the site is the site's logo set as an <h1>, and shows nothing of
// the title's parts.
void cut_at_headline(std::vector<std::pair<const Candidate*, std::string_view>>& cleaned,
                     const std::vector<std::string_view>& raw_keys, const SiteKeys& site) {
  auto heading = std::find_if(cleaned.begin(), cleaned.end(), [](const auto& t) { return t.first->origin == Origin::kHeading; });
  if (heading == cleaned.end()) return;
  // The headline as the page shows it: the words after a dash in an <h1> ("Squad 2024 - 2025")
  // are its own, whatever cleaning makes of them, once another title holds them whole.
  std::string_view headline_key = raw_keys[heading - cleaned.begin()];
  if (headline_key.size() < kMinContainedTitleKey || heading_is_site_name(headline_key, site)) return;
  bool held = false;
  for (size_t i = 0; i < cleaned.size(); ++i) {
    std::string_view key = raw_keys[i];
    // Only a title whose key holds the headline's can hold it so.
    if (key.size() <= headline_key.size() || key.find(headline_key) == std::string_view::npos) continue;
    std::string_view part = headline_part(cleaned[i].first->value, headline_key);
    if (part.empty()) continue;
    cleaned[i].second = part;
    held = true;
  }
  if (held) heading->second = heading->first->value;
}

// Words cleaning cut off one title as a trail ("Are Here — And They're Not Great" read as
// headline and section) are the headline's own when another source, cleaned, says the whole
// ("...Are Here — And They're Not Great - Digg" in og:title); not when they name the site,
// which a title may carry twice ("Headline – Artlyst - Artlyst").
template <typename Keys>
void keep_confirmed_trails(std::vector<std::pair<const Candidate*, std::string_view>>& cleaned,
                           const std::vector<std::string_view>& raw_keys, Keys& keys, const SiteKeys& site) {
  for (size_t i = 0; i < cleaned.size(); ++i) {
    std::string_view raw = cleaned[i].first->value;
    std::string_view kept = cleaned[i].second;
    if (kept == raw || kept.size() >= raw.size()) continue;
    std::string_view cut = raw.starts_with(kept) ? raw.substr(kept.size())
                           : raw.ends_with(kept) ? raw.substr(0, raw.size() - kept.size())
                                                 : std::string_view{};
    if (cut.empty() || names_site(cut, site)) continue;
    for (size_t j = 0; j < cleaned.size(); ++j) {
      if (j != i && keys.of(cleaned[j].second) == raw_keys[i]) {
        cleaned[i].second = cleaned[i].first->value;
        break;
      }
    }
  }
}

std::string resolve_title(const CandidatesByField& by, std::string_view site_name, std::string_view host) {
  std::vector<std::pair<const Candidate*, std::string_view>> cleaned;
  SiteKeys site = site_keys(site_name, host);
  ByText clean([&](std::string_view title) { return clean_collapsed_title(title, site); }, by.of(Field::kTitle).size());
  cleaned.reserve(by.of(Field::kTitle).size());
  for (const Candidate* c : by.of(Field::kTitle)) {
    if (c->origin == Origin::kHeading && heading_is_site_name(title_key(c->value), site)) continue;
    cleaned.emplace_back(c, clean.of(c->value));
  }
  if (cleaned.empty()) return {};
  struct TitleGroup {
    std::string_view key;
    std::vector<const Candidate*> members;
    std::string_view text;
    int score = 0;
    int preference = 0;
  };
  // Each raw title's key, made once: every group compares itself with all of them. Keyed are
  // the raw titles and the cleaned ones as each step leaves them: after cleaning (trails kept
  // where confirmed), after the headline's cut (completed where shortened) and at the end.
  constexpr size_t kKeyedTextsPerTitle = 4;
  auto keys = title_keys(kKeyedTextsPerTitle * cleaned.size());
  std::vector<std::string_view> raw_keys;
  raw_keys.reserve(cleaned.size());
  for (auto& [c, text] : cleaned) raw_keys.push_back(keys.of(c->value));
  keep_confirmed_trails(cleaned, raw_keys, keys, site);
  cut_at_headline(cleaned, raw_keys, site);
  complete_shortened(cleaned, keys);
  std::vector<TitleGroup> groups;
  for (size_t i = 0; i < cleaned.size(); ++i) {
    const auto& [c, text] = cleaned[i];
    // Most titles carry no trail for cleaning to cut: their key is the raw title's, made above.
    std::string_view key = text == c->value ? raw_keys[i] : std::string_view(keys.of(text));
    if (key.empty()) continue;
    auto it = std::find_if(groups.begin(), groups.end(), [&](const TitleGroup& g) { return g.key == key; });
    if (it == groups.end()) {
      groups.push_back({key, {}, text, 0, 0});
      it = groups.end() - 1;
    }
    it->members.push_back(c);
    if (title_preference(c->origin) > it->preference) {
      it->preference = title_preference(c->origin);
      it->text = text;
    }
  }
  for (TitleGroup& g : groups) {
    g.score = group_score(g.members, title_statement) * 2;
    // A raw title that contains this headline ("Headline | Site" when cleaning left the suffix,
    // or a <title> with a section trail) supports it at half weight: each statement once, and
    // none that said this headline already (its other copies said something else).
    if (g.key.size() < kMinContainedTitleKey) continue;
    std::array<int, kOriginCount> support{};
    for (const Candidate* m : g.members) support[static_cast<size_t>(title_statement(m->origin))] = -1;
    for (size_t i = 0; i < cleaned.size(); ++i) {
      const Candidate* c = cleaned[i].first;
      int& slot = support[static_cast<size_t>(title_statement(c->origin))];
      if (slot < 0 || raw_keys[i].find(g.key) == std::string_view::npos) continue;
      slot = std::max(slot, c->weight);
    }
    for (int w : support) g.score += std::max(w, 0);
  }
  const TitleGroup* best = nullptr;
  for (const TitleGroup& g : groups) {
    if (!best || g.score > best->score || (g.score == best->score && g.preference > best->preference)) {
      best = &g;
    }
  }
  return best ? std::string(best->text) : std::string{};
}

// ---- dates ----

int precision_rank(const Date& d) {
  return static_cast<int>(d.precision) * 2 + (d.has_offset ? 1 : 0);
}

// "YYYY-MM-DD" of a day number (days since 1970-01-01), proleptic Gregorian.
std::string day_key(int64_t days) {
  // Shift to a calendar whose years start in March, so that leap days fall at a year's end.
  int64_t z = days + 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int64_t day = doy - (153 * mp + 2) / 5 + 1;
  int64_t month = mp < 10 ? mp + 3 : mp - 9;
  int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(year), static_cast<int>(month),
                static_cast<int>(day));
  return buf;
}

int64_t minute_of(const Date& d) {
  return d.day_number() * 1440 + d.hour * 60 + d.minute - (d.has_offset ? d.offset_minutes : 0);
}

bool is_utc_time(const Date& d) { return d.has_time() && d.has_offset && d.offset_minutes == 0; }

// Inhabited zones run from UTC-10 (Hawaii) to UTC+14: the local day of a UTC time can be the
// day before or after.
constexpr int kWestmostOffsetMinutes = -10 * 60;
constexpr int kEastmostOffsetMinutes = 14 * 60;

// The day a page's own readers saw for each dated candidate. A time given in UTC ("...Z",
// "+00:00") is often the same moment as a local time elsewhere on the page, and a US evening
// is the next day in UTC: the publication day is the local one. When another candidate states
// the same moment with a zone, or the page's URL names a day within the zones' reach of the
// UTC time, that day is the candidate's day.
bool is_shown(const Candidate& c);

// The local day ("YYYY-MM-DD") of each dated candidate, filed by the candidate's place in the
// evidence: a map cost a node per candidate. Empty for the candidates without a date.
class LocalDays {
 public:
  explicit LocalDays(const Evidence& ev) : first_(ev.candidates().data()), days_(ev.candidates().size()) {}
  std::string& operator[](const Candidate* c) { return days_[static_cast<size_t>(c - first_)]; }
  const std::string& at(const Candidate* c) const { return days_[static_cast<size_t>(c - first_)]; }

 private:
  const Candidate* first_;
  std::vector<std::string> days_;
};

// A dated candidate's value is its date in ISO 8601 (Evidence::add_date), read here where the
// date would be written out again for every comparison.
LocalDays local_days(const CandidatesByField& by) {
  LocalDays days(by.evidence());
  std::vector<const Candidate*> dated;
  dated.reserve(by.dates().size());
  for (const Candidate* c : by.dates()) {
    if (c->date) dated.push_back(c);
  }
  for (const Candidate* c : dated) {
    const Date& d = *c->date;
    days[c] = c->value.substr(0, 10);
    if (!is_utc_time(d)) continue;
    // The page shows this very clock reading without a zone: its readers see the UTC day.
    bool shown_as_is = false;
    for (const Candidate* o : dated) {
      const Date& od = *o->date;
      shown_as_is |= is_shown(*o) && od.has_time() && !od.has_offset && od.same_day(d) &&
                     od.hour == d.hour && od.minute == d.minute;
    }
    if (shown_as_is) continue;
    int64_t at = minute_of(d);
    const Candidate* twin = nullptr;
    for (const Candidate* o : dated) {
      const Date& od = *o->date;
      if (od.has_time() && od.has_offset && od.offset_minutes != 0 && minute_of(od) == at) twin = o;
    }
    // The same moment shown to readers as a local clock reading without its zone ("22:41"
    // beside "02:41Z"): the clocks differ by whole or half hours within the zones' range.
    for (const Candidate* o : dated) {
      const Date& od = *o->date;
      if (twin || !is_shown(*o) || !od.has_time() || od.has_offset || od.same_day(d)) continue;
      int64_t shift = minute_of(od) - at;
      if (shift % 30 == 0 && shift >= kWestmostOffsetMinutes && shift <= kEastmostOffsetMinutes) twin = o;
    }
    if (twin) {
      days[c] = twin->value.substr(0, 10);
      continue;
    }
    int64_t earliest = (at + kWestmostOffsetMinutes) / 1440;
    int64_t latest = (at + kEastmostOffsetMinutes) / 1440;
    for (const Candidate* o : dated) {
      const Date& od = *o->date;
      if (o->origin != Origin::kUrl || od.precision != DatePrecision::kDay) continue;
      int64_t day = od.day_number();
      if (day != d.day_number() && day >= earliest && day <= latest) days[c] = day_key(day);
    }
  }
  return days;
}

bool is_shown(const Candidate& c) {
  return (c.origin == Origin::kVisibleText || c.origin == Origin::kTimeElement) && c.weight > kWeightWeak;
}

bool is_declared(const Candidate& c) {
  return c.origin == Origin::kJsonLd || c.origin == Origin::kOpenGraph || c.origin == Origin::kMetaTag;
}

// The date line a page shows without a label is the date it presents itself by. When that day
// is the one its metadata gives as the last modification, and the page shows its declared
// publication day nowhere, the shown day is the one the page stands by: the declared
// modification supports it.
void support_shown_dates(const CandidatesByField& by, LocalDays& days,
                         std::vector<Group>& groups) {
  // A date line inside an element marked as the modification (<time itemprop=dateModified>)
  // shows the update, whatever its own text says.
  auto marked_modified = [&](const Candidate& shown) {
    for (const Candidate* c : by.of(Field::kModified)) {
      if (!is_declared(*c) && c->position == shown.position) return true;
    }
    return false;
  };
  auto shown_on = [&](const Group& g) {
    for (const Candidate* c : g.members) {
      if (is_shown(*c) && !marked_modified(*c)) return true;
    }
    return false;
  };
  for (const Group& g : groups) {
    bool declared = false;
    for (const Candidate* c : g.members) declared |= is_declared(*c) && c->weight >= kWeightMeta;
    if (declared && shown_on(g)) return;
  }
  for (Group& g : groups) {
    if (!shown_on(g)) continue;
    std::vector<const Candidate*> support;
    for (const Candidate* c : by.of(Field::kModified)) {
      bool states = is_declared(*c) || c->origin == Origin::kMicrodata;
      if (c->date && states && days[c] == g.key) support.push_back(c);
    }
    g.score += group_score(support);
  }
}

// A page whose first date line is its update ("Updated Mar 12, 2020" under the headline, the
// publication only in its metadata or further down) presents itself by that update: readers,
// and archives citing the page, date it by the day it shows first. That line, confirmed by the
// modification the metadata declares for the same day, supports the day as the page's date:
// the line and the strongest confirming declaration count once each, so that a publication
// declared by two independent sources still outweighs them.
void support_presented_update(const CandidatesByField& by, const LocalDays& days,
                              std::vector<Group>& groups) {
  const Candidate* first = nullptr;
  bool tied = false;
  for (const Candidate* c : by.dates()) {
    if (!c->date || !is_shown(*c)) continue;
    if (!first || c->position < first->position) {
      first = c;
      tied = false;
    } else if (c->position == first->position && c->field != first->field) {
      tied = true;  // one line giving both ("updated 4 Jun, created 17 Jun 2019"): no order
    }
  }
  if (!first || tied || first->field != Field::kModified) return;
  const std::string& day = days.at(first);
  int shown = 0;
  int declared = 0;
  std::vector<const Candidate*> update;
  for (const Candidate* c : by.of(Field::kModified)) {
    if (!c->date || days.at(c) != day) continue;
    if (is_shown(*c)) shown = std::max(shown, c->weight);
    if (is_declared(*c) || c->origin == Origin::kMicrodata) declared = std::max(declared, c->weight);
    update.push_back(c);
  }
  auto it = std::find_if(groups.begin(), groups.end(), [&](const Group& g) { return g.key == day; });
  if (it == groups.end()) {
    groups.push_back({day, {}, 0});
    it = groups.end() - 1;
  }
  it->members.insert(it->members.end(), update.begin(), update.end());
  it->score += shown + declared;
}

bool has_shown(const Group& g) {
  for (const Candidate* c : g.members) {
    if (is_shown(*c)) return true;
  }
  return false;
}

uint32_t first_position(const Group& g) {
  uint32_t first = UINT32_MAX;
  for (const Candidate* c : g.members) first = std::min(first, c->position);
  return first;
}

// `days` is local_days(ev), worked out once for both fields.
const Candidate* best_date(const CandidatesByField& by, LocalDays& days, Field field,
                           const Candidate* not_before) {
  std::vector<Group> groups = group_by(by, field, [&](const Candidate& c) -> std::string_view {
    if (!c.date || c.date->precision == DatePrecision::kMonth) return {};
    if (not_before && not_before->date && c.date->day_number() < not_before->date->day_number()) return {};
    return days[&c];
  });
  // A month-only date (from a URL) supports the days of that month.
  for (const Candidate* c : by.of(field)) {
    if (!c->date || c->date->precision != DatePrecision::kMonth) continue;
    const std::string& month = c->value;
    for (Group& g : groups) {
      if (g.key.substr(0, 7) == month) g.score += c->weight;
    }
  }
  if (field == Field::kPublished) {
    support_shown_dates(by, days, groups);
    support_presented_update(by, days, groups);
  }
  const Group* best = nullptr;
  for (const Group& g : groups) {
    if (!best || g.score > best->score) {
      best = &g;
      continue;
    }
    if (g.score != best->score || field != Field::kPublished) continue;
    // Equal evidence: a day the page shows its readers beats one only its metadata states;
    // then the date written first in the page is the article's (teasers and comments follow).
    bool g_shown = has_shown(g);
    bool best_shown = has_shown(*best);
    if ((g_shown && !best_shown) ||
        (g_shown == best_shown && first_position(g) < first_position(*best))) {
      best = &g;
    }
  }
  if (!best) return nullptr;
  // The group's day is the local one; a UTC member written on another day does not say it.
  const Candidate* pick = nullptr;
  for (const Candidate* c : best->members) {
    if (c->value.compare(0, 10, best->key) != 0) continue;
    if (!pick || precision_rank(*c->date) > precision_rank(*pick->date) ||
        (precision_rank(*c->date) == precision_rank(*pick->date) && c->weight > pick->weight)) {
      pick = c;
    }
  }
  // A time given in UTC that the page also states in its own zone ("21:15Z" in the markup,
  // "4:15 PM EST" on the page): the record keeps the page's offset.
  if (pick && is_utc_time(*pick->date)) {
    for (const Candidate* c : best->members) {
      const Date& d = *c->date;
      if (d.has_time() && d.has_offset && d.offset_minutes != 0 && minute_of(d) == minute_of(*pick->date)) {
        return c;
      }
    }
  }
  if (pick) return pick;
  // Only UTC times on the group's day: the day is known, its time of day in the zone is not.
  for (const Candidate* c : by.of(field)) {
    if (c->date && !c->date->has_time() && c->value == best->key) return c;
  }
  return best->members.front();
}

// ---- authors ----

// Each author candidate's name, case-folded once, and whether its key is the site's name
// (told when first asked): the resolver compares names pair by pair. Kept for the page's few
// author candidates only, each found by its place among all candidates.
class FoldedNames {
 public:
  FoldedNames(const CandidatesByField& by, std::string_view site_key, std::string_view site_name)
      : first_(by.evidence().candidates().data()),
        slot_(by.evidence().candidates().size()),
        site_key_(site_key),
        site_name_(site_name) {
    std::span<const Candidate* const> authors = by.of(Field::kAuthor);
    names_.reserve(authors.size());
    names_site_.assign(authors.size(), kUnknown);
    for (const Candidate* c : authors) {
      slot_[static_cast<size_t>(c - first_)] = static_cast<uint32_t>(names_.size());
      names_.push_back(fold_case(c->author().name));
    }
  }
  const std::string& of(const Candidate* c) const { return names_[slot(c)]; }
  /// Words on the page that match the site's name are its branding, not a byline; but a site
  /// named after its owner ("Daniel Lemire's blog") is signed by that person.
  bool names_site(const Candidate* c) {
    if (site_key_.empty()) return false;
    int8_t& known = names_site_[slot(c)];
    if (known == kUnknown) {
      std::string k = title_key(c->author().name);
      known = (k == site_key_ || site_key_.find(k) != std::string_view::npos) && !site_named_after(of(c));
    }
    return known != 0;
  }

 private:
  static constexpr int8_t kUnknown = -1;
  size_t slot(const Candidate* c) const { return slot_[static_cast<size_t>(c - first_)]; }
  // The site's name holds `folded_name` in the possessive ("Daniel Lemire's blog").
  bool site_named_after(const std::string& folded_name) {
    if (folded_site_name_.empty()) folded_site_name_ = fold_case(site_name_);
    for (std::string_view possessive : {std::string_view("'s "), std::string_view("’s ")}) {
      if (folded_site_name_.find(folded_name + std::string(possessive)) != std::string::npos) return true;
    }
    return false;
  }

  const Candidate* first_;
  std::vector<uint32_t> slot_;  // by place among all candidates; set for the authors'
  std::vector<std::string> names_;
  std::vector<int8_t> names_site_;
  std::string_view site_key_;
  std::string_view site_name_;
  std::string folded_site_name_;  // folded when first asked
};

// A byline box and the link inside it both give a name: "Jane Doe" and "Jane Doe Senior
// Editor". The longer one is the name with the box's other words.
void drop_extended_names(std::vector<const Candidate*>& people, const FoldedNames& folded) {
  std::vector<const Candidate*> kept;
  for (const Candidate* c : people) {
    const std::string& name = folded.of(c);
    bool extends = false;
    for (const Candidate* o : people) {
      const std::string& other = folded.of(o);
      extends |= o != c && name.size() > other.size() && name.compare(0, other.size(), other) == 0 &&
                 name[other.size()] == ' ';
    }
    if (!extends) kept.push_back(c);
  }
  people.swap(kept);
}

// Bytes between the elements of one byline: co-authors marked each in an element of their own
// ("By <span class=author>A</span>, <span class=author>B</span>") stand this close or closer.
constexpr uint32_t kBylineSpreadBytes = 600;
// Places, further apart than one byline spreads, that make a list of other articles.
constexpr size_t kListedPlaces = 3;

// A page that lists other articles (related stories, a blog's index, a forum's replies) names
// the author on each card: people read from the page's text in three places or more far apart
// are such a list, and the first place names the page's own author (or the first post's). The
// article's own byline names its people in one place; a repeat of a name elsewhere (the author
// box below the story) was dropped as seen.
void keep_first_place(std::vector<const Candidate*>& people) {
  if (people.size() < kListedPlaces) return;
  sort_few(people, [](const Candidate* a, const Candidate* b) { return a->position < b->position; });
  size_t places = 1;
  size_t first_place_ends = 0;
  for (size_t k = 1; k < people.size(); ++k) {
    if (people[k]->position - people[k - 1]->position <= kBylineSpreadBytes) continue;
    if (places++ == 1) first_place_ends = k;
  }
  if (places >= kListedPlaces) people.resize(first_place_ends);
}

// True when `name` is the initials of another of `people` ("CM" beside "Craig McCarthy"): the
// avatar an author box draws when it has no photo, read as a name of its own.
bool is_initials_of_another(std::string_view name, const std::vector<Author>& people) {
  constexpr size_t kMostInitials = 3;
  if (name.size() < 2 || name.size() > kMostInitials ||
      !std::all_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    return false;
  }
  return std::any_of(people.begin(), people.end(), [&](const Author& other) {
    if (other.name.empty() || other.name == name) return false;
    std::string initials(1, other.name[0]);
    for (size_t k = 1; k < other.name.size(); ++k) {
      if (other.name[k - 1] == ' ') initials += other.name[k];
    }
    return initials == name;
  });
}

// The role parse_byline() gives a person a byline names as the article's reviewer.
constexpr std::string_view kReviewerRole = "reviewer";

// What a site named after its owner calls itself after the possessive, case-folded: "Colin
// Watson's blog", "Jan's Substack", platforms' default names for a person's site.
constexpr std::string_view kOwnedSiteWords[] = {"blog", "weblog", "substack", "newsletter", "homepage", "home page"};

// The site's owner as its pages' only author, when it is named after them.
std::vector<Author> by_site_owner(std::string_view site_name) {
  std::string owner = site_owner(site_name);
  if (owner.empty()) return {};
  return {{std::move(owner), {}, {}}};
}

bool is_statement(const Candidate& c) {
  return (c.origin == Origin::kJsonLd || c.origin == Origin::kMetaTag || c.origin == Origin::kOpenGraph ||
          c.origin == Origin::kMicrodata) &&
         c.weight >= kWeightMarkup;
}

// Each origin's people, strongest statements only: a visible byline near the headline outranks
// an author box further down, but both are the same origin.
std::vector<Author> resolve_authors(const CandidatesByField& by, std::string_view site_name) {
  // By origin, in the order of the Origin enum.
  std::array<std::vector<const Candidate*>, kOriginCount> by_origin;
  bool any = false;
  for (const Candidate* c : by.of(Field::kAuthor)) {
    by_origin[static_cast<size_t>(c->origin)].push_back(c);
    any = true;
  }
  // A page that names no one may still be on a site named after its owner.
  if (!any) return by_site_owner(site_name);
  std::vector<Author> out;
  std::string site_key = title_key(site_name);
  FoldedNames folded(by, site_key, site_name);
  // Words on the page that match the site's name are its branding, not a byline. A structured
  // author field is a statement, though: one-person sites ("Rick Steves' Europe") and company
  // blogs name the owner or the company as the author on purpose. So such a statement is taken
  // when nothing on the page names anyone else.
  struct Option {
    Origin origin;
    std::vector<const Candidate*> people;
    std::vector<const Candidate*> named;  // everyone it names, a list's other cards too
    int score = 0;
  };
  auto gather = [&](bool site_statements) {
    std::vector<Option> found;
    for (size_t origin = 0; origin < kOriginCount; ++origin) {
      const std::vector<const Candidate*>& cands = by_origin[origin];
      if (cands.empty()) continue;
      int top = 0;
      for (const Candidate* c : cands) top = std::max(top, c->weight);
      Option o{static_cast<Origin>(origin), {}, {}, top};
      for (const Candidate* c : cands) {
        if (c->weight < top || (folded.names_site(c) && !(site_statements && is_statement(*c)))) continue;
        bool seen = std::any_of(o.people.begin(), o.people.end(),
                                [&](const Candidate* p) { return folded.of(p) == folded.of(c); });
        if (!seen) o.people.push_back(c);
      }
      drop_extended_names(o.people, folded);
      o.named = o.people;
      if (o.origin == Origin::kVisibleText || o.origin == Origin::kLink || o.origin == Origin::kMicrodata) {
        keep_first_place(o.people);
      }
      if (!o.people.empty()) found.push_back(std::move(o));
    }
    return found;
  };
  std::vector<Option> options = gather(false);
  if (options.empty()) options = gather(true);
  if (options.empty()) return by_site_owner(site_name);
  // Agreement: another origin naming one of the same people adds half its own weight (its
  // weight before agreement, so that support does not compound through a third origin).
  std::vector<int> own_score;
  for (const Option& o : options) own_score.push_back(o.score);
  for (Option& o : options) {
    for (size_t k = 0; k < options.size(); ++k) {
      const Option& other = options[k];
      if (&other == &o) continue;
      bool agrees = false;
      // A list that names a person on one of its cards ("More by A") still speaks for them.
      for (const Candidate* a : o.named) {
        for (const Candidate* b : other.named) agrees |= folded.of(a) == folded.of(b);
      }
      if (agrees) o.score += own_score[k] / 2;
    }
  }
  const Option* best = nullptr;
  for (const Option& o : options) {
    if (!best || o.score > best->score) best = &o;
  }
  if (!best) return out;
  // In the order the page names them, when one source names them in several places ("记者 李华"
  // above the story, "责编：张伟" below it).
  std::vector<const Candidate*> people = best->people;
  sort_few(people, [](const Candidate* a, const Candidate* b) { return a->position < b->position; });
  for (const Candidate* c : people) {
    Author a = c->author();
    const std::string& name = folded.of(c);
    for (const Candidate* other : by.of(Field::kAuthor)) {
      if (folded.of(other) != name) continue;
      if (a.role.empty()) a.role = other->author().role;
      if (a.url.empty()) a.url = other->author().url;
    }
    out.push_back(std::move(a));
  }
  std::erase_if(out, [&](const Author& a) { return is_initials_of_another(a.name, out); });
  // "By A. Medically reviewed by B": the reviewer checked the article that A wrote. A page that
  // names only its reviewer is signed by them.
  if (std::any_of(out.begin(), out.end(), [](const Author& a) { return a.role != kReviewerRole; })) {
    std::erase_if(out, [](const Author& a) { return a.role == kReviewerRole; });
  }
  return out;
}

std::string resolve_byline(const CandidatesByField& by, const std::vector<Author>& authors) {
  const Candidate* best = nullptr;
  for (const Candidate* byline : by.of(Field::kByline)) {
    const Candidate& c = *byline;
    bool names_author = false;
    for (const Author& a : authors) names_author |= c.value.find(a.name) != std::string::npos;
    // Equal weights: the byline written first (above the story, not a credit below it).
    if (names_author && (!best || c.weight > best->weight ||
                         (c.weight == best->weight && c.position < best->position))) {
      best = &c;
    }
  }
  return best ? best->value : std::string{};
}

}  // namespace

std::string site_owner(std::string_view site_name) {
  for (std::string_view possessive : {std::string_view("'s "), std::string_view("’s ")}) {
    size_t at = site_name.find(possessive);
    if (at == std::string_view::npos || at == 0) continue;
    std::string_view rest = trim(site_name.substr(at + possessive.size()));
    bool owned = std::any_of(std::begin(kOwnedSiteWords), std::end(kOwnedSiteWords),
                             [&](std::string_view w) { return equals_ascii_folded(rest, w); });
    std::string_view owner = site_name.substr(0, at);
    if (owned && looks_like_person(owner, /*require_capital=*/false)) return std::string(owner);
  }
  return {};
}

// ---- language ----

std::string resolve_language(const Evidence& ev, const Candidate* detected) {
  // Each candidate's tag is normalized once: resolves_alike() calls this for every tag a
  // detection could give, and the winning group's tags are read again below. A page gives a
  // few language candidates: the groups are found among them in place, without a vector of
  // members for each (the text's language detection asks this several times a page).
  struct Tag {
    const Candidate* c;
    std::string normalized;
    std::string_view key;  // the primary language, what a group agrees on
  };
  std::vector<Tag> tags;
  tags.reserve(8);
  for (const Candidate& c : ev.candidates()) {
    if (c.field == Field::kLanguage) tags.push_back({&c, normalize_language(c.value), {}});
  }
  if (detected) tags.push_back({detected, normalize_language(detected->value), {}});
  // Viewed once all are filed: a tag moves while the vector grows.
  for (Tag& t : tags) t.key = std::string_view(t.normalized).substr(0, t.normalized.find('-'));
  // The best group, named by its first tag; ties go to the group named first.
  const Tag* best = nullptr;
  int best_score = 0;
  for (size_t i = 0; i < tags.size(); ++i) {
    std::string_view key = tags[i].key;
    if (key.empty()) continue;
    bool named_before = false;
    for (size_t k = 0; k < i && !named_before; ++k) named_before = tags[k].key == key;
    if (named_before) continue;
    std::array<int, kOriginCount> by_origin{};
    for (size_t k = i; k < tags.size(); ++k) {
      if (tags[k].key != key) continue;
      int& w = by_origin[static_cast<size_t>(tags[k].c->origin)];
      w = std::max(w, tags[k].c->weight);
    }
    int score = 0;
    for (int w : by_origin) score += w;
    if (!best || score > best_score) {
      best = &tags[i];
      best_score = score;
    }
  }
  if (!best) return {};
  // The group's strongest tag, the first of the greatest weight.
  const Tag* strongest = best;
  for (const Tag& t : tags) {
    if (t.key == best->key && t.c->weight > strongest->c->weight) strongest = &t;
  }
  // Detection names a bare language; a declared tag of the same language may add its region
  // or script ("en-GB", "zh-Hant"), which the text cannot tell.
  std::string tag = strongest->normalized;
  for (const Tag& t : tags) {
    if (t.key == best->key && t.c->origin != Origin::kDetected && t.normalized.size() > tag.size()) tag = t.normalized;
  }
  return tag;
}

namespace {

// ---- lists ----

// A longer section is a description or a bio written into the wrong field.
constexpr size_t kMaxSectionBytes = 60;

// The section the article is filed under. CMSs write every category of a post into the one
// field, joined by commas ("Politik, Eindrücke, Inland", "game,news,slider"), the first being
// the one it is filed under.
std::string resolve_section(const CandidatesByField& by) {
  std::string section = simple_text(by, Field::kSection);
  section.resize(std::min(section.find(','), section.size()));
  std::string_view first = trim(section);
  return first.size() > kMaxSectionBytes ? std::string{} : std::string(first);
}

// Longer runs of digits alone are the ids of a CMS's records, not topics (a year is one).
constexpr size_t kMaxNumberTagDigits = 4;

// Facet keys whose value is a topic: "tag:Crime", "Subject:Local news".
constexpr std::string_view kTopicFacets[] = {"tag", "tags", "topic", "topics", "subject", "keyword", "keywords"};
constexpr size_t kMaxTopicFacetBytes = 8;  // "keywords"

// The topic a tag names, or nothing where the tag is a CMS's code for its own taxonomy rather
// than a topic a reader would name: a snake_case identifier ("type_news",
// "channel_gaming_software"), a handle ("@aa-app"), a facet written "key:value"
// ("Section:culture", "@post-id:1913719"; a topic facet gives its value), a record id, or no
// word at all ("...", a date).
std::optional<std::string_view> topic_of_tag(std::string_view tag) {
  tag = trim(tag);
  if (tag.empty() || tag.front() == '@') return std::nullopt;
  size_t colon = tag.find(':');
  if (colon != std::string_view::npos && colon + 1 < tag.size() && !is_ascii_space(tag[colon + 1])) {
    std::array<char, 32> buffer;
    std::string_view key = colon <= kMaxTopicFacetBytes ? fold_case(tag.substr(0, colon), buffer) : std::string_view{};
    if (std::find(std::begin(kTopicFacets), std::end(kTopicFacets), key) == std::end(kTopicFacets)) return std::nullopt;
    tag = tag.substr(colon + 1);
  }
  bool letters = false, digits_only = true, lower_snake = tag.find('_') != std::string_view::npos;
  for (char c : tag) {
    unsigned char b = static_cast<unsigned char>(c);
    bool digit = b >= '0' && b <= '9';
    letters = letters || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0x80;
    digits_only = digits_only && digit;
    lower_snake = lower_snake && ((b >= 'a' && b <= 'z') || digit || c == '_');
  }
  if (digits_only ? tag.size() > kMaxNumberTagDigits : lower_snake || !letters) return std::nullopt;
  return tag;
}

std::vector<std::string> resolve_tags(const CandidatesByField& by) {
  std::array<int, kOriginCount> weight{};
  for (const Candidate* c : by.of(Field::kTag)) {
    int& w = weight[static_cast<size_t>(c->origin)];
    w = std::max(w, c->weight);
  }
  // The first origin (in the enum's order) of the greatest weight.
  std::optional<Origin> best;
  int best_weight = 0;
  for (size_t o = 0; o < kOriginCount; ++o) {
    if (weight[o] > best_weight) {
      best_weight = weight[o];
      best = static_cast<Origin>(o);
    }
  }
  std::vector<std::string> tags;
  if (!best) return tags;
  // Each tag kept, folded: a page gives a few dozen tags at most, looked through in a row
  // where a tree cost a node per tag. Folded on the stack when it fits, as most tags do.
  // The best origin's strongest list only: news_keywords, not the keywords beside them.
  auto in_list = [&](const Candidate* c) { return c->origin == *best && c->weight == best_weight; };
  std::span<const Candidate* const> candidates = by.of(Field::kTag);
  size_t listed = static_cast<size_t>(std::count_if(candidates.begin(), candidates.end(), in_list));
  tags.reserve(listed);
  std::vector<std::string> seen;
  seen.reserve(listed);
  std::array<char, 3 * 64> buffer;
  for (const Candidate* c : candidates) {
    if (!in_list(c)) continue;
    std::optional<std::string_view> topic = topic_of_tag(c->value);
    if (!topic) continue;
    std::string long_folded;
    std::string_view folded = topic->size() <= 64 ? fold_case(*topic, buffer)
                                                  : std::string_view(long_folded = fold_case(*topic));
    if (std::find(seen.begin(), seen.end(), folded) != seen.end()) continue;
    seen.emplace_back(folded);
    tags.emplace_back(*topic);
  }
  return tags;
}

Image resolve_image(const CandidatesByField& by, std::string_view base) {
  // The first of the strongest images that is no furniture: looked for strongest first, so
  // that most pages read one URL for furniture, not all of them.
  std::vector<const Candidate*> images(by.of(Field::kImage).begin(), by.of(Field::kImage).end());
  sort_few(images, [](const Candidate* a, const Candidate* b) { return a->weight > b->weight; });
  const Candidate* best = nullptr;
  for (const Candidate* c : images) {
    if (!is_furniture_image(c->image().url)) {
      best = c;
      break;
    }
  }
  Image image;
  if (!best) return image;
  image = best->image();
  image.url = resolve_url(base, image.url);
  for (const Candidate* c : by.of(Field::kImage)) {
    // Only an image that has an alt or a caption the chosen one lacks can add to it: the
    // others' URLs (most of them) are not resolved.
    const Image& other = c->image();
    bool adds_alt = image.alt.empty() && !other.alt.empty();
    bool adds_caption = image.caption.empty() && !other.caption.empty();
    if (!adds_alt && !adds_caption) continue;
    if (resolve_url(base, other.url) != image.url) continue;
    if (adds_alt) image.alt = other.alt;
    if (adds_caption) image.caption = other.caption;
  }
  return image;
}

std::vector<Translation> resolve_translations(const CandidatesByField& by, std::string_view base,
                                              std::string_view canonical) {
  std::vector<Translation> out;
  std::vector<std::string> out_keys;  // url_key() of each of `out`
  std::string self = url_key(base);
  std::string canon = url_key(canonical);
  // A page read from a file has no address of its own: its links are resolved against the
  // canonical one, as make_urls_absolute() does.
  std::string_view own_url = base.empty() ? canonical : base;
  // A site's front page in another language is the site's other edition, not this article's:
  // templates write the same alternates into every page of a site that translates only its
  // front page. Told only where the article's own address is known and is no front page.
  bool article_below_front_page = own_url.find("://") != std::string_view::npos && !is_front_page(own_url);
  for (const Candidate* c : by.of(Field::kTranslation)) {
    Translation t = c->translation();
    t.url = resolve_url(own_url, t.url);
    t.lang = normalize_language(t.lang);
    std::string key = url_key(t.url);
    if (key.empty() || key == self || key == canon) continue;
    if (article_below_front_page && is_front_page(t.url)) continue;
    // A language menu's entry (a bare language name or code, kWeightWeak) that does not lead to
    // this article in another language leads to the site's section in it.
    if (c->origin == Origin::kVisibleText && c->weight == kWeightWeak && article_below_front_page &&
        !may_lead_to_same_article(t.url, own_url)) {
      continue;
    }
    auto known = std::find(out_keys.begin(), out_keys.end(), key);
    if (known == out_keys.end()) {
      out.push_back(std::move(t));
      out_keys.push_back(std::move(key));
      continue;
    }
    auto it = out.begin() + (known - out_keys.begin());
    if (t.relation == "original") it->relation = "original";
    if (it->lang.empty()) it->lang = t.lang;
  }
  return out;
}

std::string resolve_canonical(const CandidatesByField& by, std::string_view base) {
  const Candidate* best = nullptr;
  for (const Candidate* c : by.of(Field::kCanonicalUrl)) {
    if (!best || c->weight > best->weight) best = c;
  }
  if (!best) return {};
  std::string url = resolve_url(base, best->value);
  return url.find("://") == std::string::npos ? std::string{} : url;
}

}  // namespace

std::string normalize_language(std::string_view tag) {
  // Read in place, subtag by subtag, ASCII only (what isalnum() passes in the C locale): every
  // language candidate and every detection is normalized.
  std::string_view t = trim(tag);
  std::string out;
  out.reserve(t.size());
  size_t part = 0;
  size_t start = 0;
  while (start <= t.size()) {
    size_t end = start;
    while (end < t.size() && t[end] != '-' && t[end] != '_') ++end;
    size_t n = end - start;
    if (n == 0 || n > 8 || (part == 0 && (n < 2 || n > 3))) return {};
    if (part > 0) out += '-';
    // Regions ("US") in capitals, scripts ("Hant") capitalized, the rest in lower case.
    bool capitals = part > 0 && n == 2;
    bool capitalized = part > 0 && n == 4;
    for (size_t k = start; k < end; ++k) {
      char c = t[k];
      bool digit = c >= '0' && c <= '9';
      char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
      if (!digit && !(lower >= 'a' && lower <= 'z')) return {};
      bool upper = !digit && (capitals || (capitalized && k == start));
      out += upper ? static_cast<char>(lower - 32) : lower;
    }
    ++part;
    start = end + 1;
  }
  return out;
}

std::string primary_language(std::string_view tag) {
  std::string t = normalize_language(tag);
  return t.substr(0, t.find('-'));
}

void resolve(const Evidence& ev, std::string_view page_url, Article& article) {
  std::string_view host = url_host(page_url);
  CandidatesByField by(ev);
  article.canonical_url = resolve_canonical(by, page_url);
  std::string site_statement = simple_text(by, Field::kSiteName);
  // A page read without its address names its host in its canonical URL.
  article.site_name = resolve_site_name(by, site_statement, host.empty() ? url_host(article.canonical_url) : host);
  article.title = resolve_title(by, article.site_name, host);
  // A standfirst says more than the headline: a template that writes the headline again into
  // its subtitle slot, or an alternativeHeadline copied from the headline, gives none.
  article.subtitle = simple_text(by, Field::kSubtitle, article.title);
  article.description = simple_text(by, Field::kDescription);
  // No part of what the site calls itself, its tagline's words too, is the article's author.
  article.authors = resolve_authors(by, site_statement);
  article.byline = resolve_byline(by, article.authors);
  LocalDays days = local_days(by);
  const Candidate* published = best_date(by, days, Field::kPublished, nullptr);
  if (published) article.date_published = published->date->iso();
  if (const Candidate* modified = best_date(by, days, Field::kModified, published)) {
    article.date_modified = modified->date->iso();
  }
  article.language = resolve_language(ev);
  article.section = resolve_section(by);
  article.tags = resolve_tags(by);
  article.image = resolve_image(by, page_url);
  article.translations = resolve_translations(by, page_url, article.canonical_url);
}

}  // namespace lede::meta
