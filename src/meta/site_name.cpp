#include "meta/site_name.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "meta/text_util.h"
#include "meta/title.h"
#include "meta/url.h"

namespace lede::meta {

namespace {

// Separators between a site's name and its tagline, spaced as sites write them.
constexpr std::string_view kSeparators[] = {" | ", " - ", " – ", " — ", " :: ", " : ", ": ", " · ",
                                            " • ", " » ", " ~ ", "｜"};

// `text` without a separator left at either end ("Acme |", "- Make things"): a template that
// joins the name and an empty tagline.
std::string_view without_dangling(std::string_view text) {
  for (bool cut = true; cut;) {
    cut = false;
    text = trim(text);
    for (std::string_view sep : kSeparators) {
      std::string_view tail = trim(sep);
      if (tail.empty() || text.size() <= tail.size()) continue;
      if (text.ends_with(tail) && text[text.size() - tail.size() - 1] == ' ') {
        text.remove_suffix(tail.size());
        cut = true;
      } else if (text.starts_with(tail) && text[tail.size()] == ' ') {
        text.remove_prefix(tail.size());
        cut = true;
      }
    }
  }
  return text;
}

// Quotation marks around a whole part: a name quoted as titles are ('Dan Doe - "Notes"').
constexpr std::pair<std::string_view, std::string_view> kQuotes[] = {
    {"\"", "\""}, {"“", "”"}, {"„", "“"}, {"«", "»"}, {"‘", "’"}, {"'", "'"}};

std::string_view unquoted(std::string_view part) {
  for (auto [open, close] : kQuotes) {
    if (part.size() > open.size() + close.size() && part.starts_with(open) && part.ends_with(close)) {
      std::string_view inner = part.substr(open.size(), part.size() - open.size() - close.size());
      if (inner.find(open) == std::string_view::npos && inner.find(close) == std::string_view::npos) return trim(inner);
    }
  }
  return part;
}

// A social network's handle written for the name ("@example"): the name, without its sign.
std::string_view without_handle_sign(std::string_view text) {
  if (text.size() > 1 && text[0] == '@' && text.find(' ') == std::string_view::npos) text.remove_prefix(1);
  return text;
}

// A host written for the name ("www.example.de"): without "www.", as a reader writes it.
std::string_view without_www(std::string_view text) {
  bool host = text.starts_with("www.") && text.find(' ') == std::string_view::npos &&
              text.find('.', 4) != std::string_view::npos;
  return host ? text.substr(4) : text;
}

// The parts of `text` between separators, each without dangling separators, empty parts left out.
std::vector<std::string_view> parts_of(std::string_view text) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t at = 0; at < text.size(); ++at) {
    for (std::string_view sep : kSeparators) {
      if (text.substr(at, sep.size()) != sep) continue;
      std::string_view part = without_www(without_dangling(text.substr(start, at - start)));
      if (has_title_key(part)) parts.push_back(part);
      start = at + sep.size();
      at = start - 1;
      break;
    }
  }
  std::string_view part = without_www(without_dangling(text.substr(start)));
  if (has_title_key(part)) parts.push_back(part);
  return parts;
}

// A front page's address written where the name goes: its host, without "www.".
std::string_view address_host(std::string_view text) { return without_www(url_host(text)); }

// Second-level labels under which country domains register names ("example.co.uk").
constexpr std::string_view kSecondLevels[] = {"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne"};

// The labels of the host that name something, folded: all but its top-level domain, a
// country's second level and "www" ("ischool.example.edu" -> "ischool", "example";
// "www.example.co.uk" -> "example").
std::vector<std::string> host_keys(std::string_view host) {
  std::vector<std::string_view> labels;
  for (size_t start = 0; start < host.size();) {
    size_t dot = std::min(host.find('.', start), host.size());
    labels.push_back(host.substr(start, dot - start));
    start = dot + 1;
  }
  if (labels.size() < 2) return {};
  labels.pop_back();
  bool second_level = std::ranges::find(kSecondLevels, labels.back()) != std::end(kSecondLevels);
  if (labels.size() > 1 && second_level) labels.pop_back();
  std::vector<std::string> keys;
  for (std::string_view label : labels) {
    if (label != "www") keys.push_back(title_key(label));
  }
  return keys;
}

// Host labels shorter than this are words a tagline may start with.
constexpr size_t kMinHostKey = 4;
// Parts shorter than this are words a host may start with ("news" of newsexample.com).
constexpr size_t kMinHostPart = 5;
// A part shorter than this is not a name because a host's label is the same ("de").
constexpr size_t kMinHostLabel = 3;

// How many of `parts` are among `segments`, compared by key.
size_t shared_parts(std::span<const std::string_view> segments, std::span<const std::string_view> parts) {
  size_t shared = 0;
  for (std::string_view part : parts) {
    std::string key = title_key(part);
    for (std::string_view segment : segments) {
      if (title_key(segment) == key) {
        ++shared;
        break;
      }
    }
  }
  return shared;
}

// How much the page agrees that `part` is the site's name: another site-name source says it
// (4), a title ends or starts with it (2), its words start with a label of the host or
// the label with its words (1).
int agreement(std::string_view part, std::span<const std::string_view> parts, std::string_view whole_key,
              std::span<const std::string_view> others, std::span<const std::string_view> titles,
              std::string_view host) {
  std::string key = title_key(part);
  int score = 0;
  for (std::string_view other : others) {
    if (title_key(other) == key) {
      score += 4;
      break;
    }
  }
  for (std::string_view title : titles) {
    // A title that carries the whole text says nothing of which part is the name.
    if (title_key(title).find(whole_key) != std::string::npos) continue;
    // Nor does one that carries several of its parts ("Story | Name | Topic | Topic").
    std::vector<std::string_view> segments = parts_of(title);
    if (shared_parts(segments, parts) > 1) continue;
    if (segments.size() > 1 && (title_key(segments.front()) == key || title_key(segments.back()) == key)) {
      score += 2;
      break;
    }
  }
  // The host written out ("GAY.CH" on gay.ch) is the name however short its label.
  std::string_view named_host = without_www(host);
  if (!named_host.empty() && key == title_key(named_host)) return score + 1;
  for (const std::string& label : host_keys(host)) {
    // "Userpilot Blog" on blog.userpilot.com; "Jane Doe" on janedoephotography.com; "LSC" on lsc.gov.
    bool part_starts = label.size() >= kMinHostKey && key.starts_with(label);
    bool host_starts = key.size() >= kMinHostPart && label.starts_with(key);
    bool same = key.size() >= kMinHostLabel && key == label;
    if (part_starts || host_starts || same) {
      score += 1;
      break;
    }
  }
  return score;
}

// The letters of a part written as one capitalised acronym ("IBU", "NCSC.GOV.UK" -> "NCSC"),
// folded, or empty.
std::string acronym(std::string_view part) {
  std::string_view word = part.substr(0, part.find('.'));
  if (word.size() < 2 || word.size() > 6) return {};
  std::string letters;
  for (char c : word) {
    if (c < 'A' || c > 'Z') return {};
    letters += static_cast<char>(c - 'A' + 'a');
  }
  return letters;
}

// Words an acronym's expansion may have at most.
constexpr size_t kMaxExpansionWords = 8;

// Whether `name` is what acronym `letters` stands for: it starts (in its first or second word)
// with the acronym's first letter, and holds the others after it in order
// ("bmbf" in "Bundesministerium für Bildung und Forschung").
bool expands(std::string_view letters, std::string_view name) {
  if (letters.empty()) return false;
  size_t words = 1;
  for (char c : name) words += c == ' ';
  if (words > kMaxExpansionWords) return false;
  std::string folded = fold_case(name);
  size_t second = folded.find(' ');
  size_t first = 0;
  if (folded[0] != letters[0]) {
    if (second == std::string::npos || second + 1 >= folded.size() || folded[second + 1] != letters[0]) return false;
    first = second + 1;
  }
  size_t at = first + 1;
  for (char c : letters.substr(1)) {
    at = folded.find(c, at);
    if (at == std::string::npos) return false;
    ++at;
  }
  return true;
}

bool acronym_pair(std::string_view a, std::string_view b) { return expands(acronym(a), b) || expands(acronym(b), a); }

// How template languages open a variable: a template that found no value for it writes the
// variable's own text ("{$plugin.news.site_name}", "{{ site.name }}").
constexpr std::string_view kPlaceholderOpenings[] = {"{{", "{$", "${", "{%"};

}  // namespace

bool unfilled_placeholder(std::string_view text) {
  for (std::string_view opening : kPlaceholderOpenings) {
    if (text.find(opening) != std::string_view::npos) return true;
  }
  return false;
}

std::string site_name_of(std::string_view text, std::span<const std::string_view> others,
                         std::span<const std::string_view> titles, std::string_view host) {
  if (unfilled_placeholder(text)) return {};
  if (std::string_view address = address_host(text); !address.empty()) return std::string(address);
  text = without_dangling(text);
  std::vector<std::string_view> parts = parts_of(text);
  if (parts.size() < 2) return std::string(without_www(without_handle_sign(unquoted(text))));
  size_t best = parts.size();
  int best_score = 0;
  bool tied = false;
  std::string whole_key = title_key(text);
  for (size_t i = 0; i < parts.size(); ++i) {
    int score = agreement(parts[i], parts, whole_key, others, titles, host);
    if (score > best_score) {
      best = i;
      best_score = score;
      tied = false;
    } else if (score > 0 && score == best_score) {
      tied = true;
    }
  }
  if (best == parts.size() || tied) return std::string(text);
  // The name and its acronym beside it are one name written twice: both are kept, as written.
  std::string_view from = parts[best];
  std::string_view to = parts[best];
  if (best > 0 && acronym_pair(parts[best - 1], parts[best])) from = parts[best - 1];
  if (best + 1 < parts.size() && acronym_pair(parts[best], parts[best + 1])) to = parts[best + 1];
  if (from == to) return std::string(unquoted(from));
  return std::string(from.data(), to.data() + to.size() - from.data());
}

}  // namespace lede::meta
