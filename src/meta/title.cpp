#include "meta/title.h"

#include <array>
#include <vector>

#include "meta/text_util.h"
#include "meta/title_repair.h"

namespace lede::meta {

namespace {

// Separators between a headline and its site or section, spaced as titles write them.
constexpr std::string_view kSeparators[] = {
    " | ", " - ", " – ", " — ", " :: ", " : ", " · ", " • ", " » ", " « ", " › ", " │ ", " / ", " ~ ",
    "｜", " ｜ ", " _ ", "_"};
// Every separator starts with a space, an underscore or this first byte of "｜".
constexpr char kFullwidthBarLead = '\xEF';

// The bytes that follow the space of a separator starting with one: most spaces of a title are
// between words, and are passed over on their next byte.
constexpr std::array<bool, 256> kAfterSpace = [] {
  std::array<bool, 256> after{};
  for (std::string_view s : kSeparators) {
    if (s.size() > 1 && s[0] == ' ') after[static_cast<unsigned char>(s[1])] = true;
  }
  return after;
}();

// A trailing segment longer than this is part of the headline, not a site or section name.
constexpr size_t kMaxSiteWords = 6;
constexpr size_t kMaxSiteBytes = 48;

// The separator that starts last in `title` (the first of kSeparators starting there), or
// none: one backward reading, where a search per separator read the title sixteen times.
std::string_view last_separator(std::string_view title) {
  for (size_t at = title.size(); at-- > 0;) {
    char c = title[at];
    if (c != ' ' && c != '_' && c != kFullwidthBarLead) continue;
    if (c == ' ' && (at + 1 == title.size() || !kAfterSpace[static_cast<unsigned char>(title[at + 1])])) continue;
    for (std::string_view s : kSeparators) {
      if (title.substr(at, s.size()) == s) return s;
    }
  }
  return {};
}

size_t word_count(std::string_view s) {
  size_t n = 1;
  for (char c : s) n += c == ' ';
  return n;
}

bool short_segment(std::string_view s) {
  return !s.empty() && s.size() <= kMaxSiteBytes && word_count(s) <= kMaxSiteWords;
}

// A section or site name does not end a sentence ("is it dead?") and does not start in lower
// case ("- and why it fell"), but for a name written in camel case ("iPhone", "eBay"); a
// segment that does belongs to the headline.
bool reads_as_name(std::string_view s) {
  char last = s.back();
  if (last == '?' || last == '!' || last == '.') return false;
  if (!(s.front() >= 'a' && s.front() <= 'z')) return true;
  for (char c : s.substr(1)) {
    if (c == ' ') break;
    if (c >= 'A' && c <= 'Z') return true;
  }
  return false;
}

// The host's registrable label: "www.nytimes.com" → "nytimes".
std::string host_label(std::string_view host) {
  if (host.substr(0, 4) == "www.") host.remove_prefix(4);
  size_t dot = host.find('.');
  return fold_case(dot == std::string_view::npos ? host : host.substr(0, dot));
}

bool names_site(std::string_view segment, std::string_view site_key, std::string_view host_key) {
  std::string key = title_key(segment);
  if (key.empty()) return false;
  if (!site_key.empty() && (key == site_key || key.find(site_key) != std::string::npos ||
                            site_key.find(key) != std::string::npos)) {
    return true;
  }
  return !host_key.empty() && host_key.size() >= 3 && key.find(host_key) != std::string::npos;
}

// True when `segment` holds no letter, digit nor ideograph: ASCII punctuation, arrows, stars
// and the other symbols from U+2190 to U+2BFF, emoji.
bool only_symbols(std::string_view segment) {
  size_t i = 0;
  while (i < segment.size()) {
    char32_t cp = next_code_point(segment, i);
    bool ascii_word = cp < 0x80 && ((cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'));
    bool symbol = cp < 0x80 || (cp >= 0x2190 && cp <= 0x2BFF) || cp >= 0x1F000;
    if (ascii_word || !symbol) return false;
  }
  return true;
}

// True when `segment` holds digits and no letter: a date or a number ("23.01.2022", "15").
bool stamp(std::string_view segment) {
  bool digit = false;
  for (char c : segment) {
    if (static_cast<unsigned char>(c) >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return false;
    digit = digit || (c >= '0' && c <= '9');
  }
  return digit;
}

// A rating's stars, an arrow: a last segment of symbols alone is the template's decoration, no
// word of the headline ("Headline » ☆☆☆☆☆", left once the site trail is cut).
std::string_view without_symbol_tail(std::string_view title) {
  std::string_view sep = last_separator(title);
  if (sep.empty()) return title;
  size_t at = title.rfind(sep);
  if (at == 0 || !only_symbols(title.substr(at + sep.size()))) return title;
  return trim(title.substr(0, at));
}

// Host labels shorter than this are words a headline may use ("drk": "DRK: Immer mehr
// Menschen auf Hilfe angewiesen" on drk.de; "zeit"): they name the site in a short segment only.
constexpr size_t kMinBrandLabel = 6;

// Whether a last segment, read after the headline, names the site.
bool names_trail_site(std::string_view segment, std::string_view site_key, std::string_view host_key) {
  if (short_segment(segment) || host_key.size() >= kMinBrandLabel) return names_site(segment, site_key, host_key);
  return names_site(segment, site_key, {});
}

// True when `text` leaves a quotation open: more opening quotation marks than closing ones
// (‘ “ „ « against ’ ” “ », the German „ closed by “), or an odd number of '"' (but for an
// inch mark, after a digit: 13.8"). An apostrophe (’ in "They’re") closes nothing that is open
// and is passed over.
bool opens_quotation(std::string_view text) {
  int open = 0;
  bool low_open = false;  // the last mark opened was „, which “ closes
  int straight = 0;
  size_t i = 0;
  while (i < text.size()) {
    bool after_digit = i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9';
    char32_t cp = next_code_point(text, i);
    if (cp == '"') {
      straight += after_digit ? 0 : 1;
    } else if (cp == U'\u2018' || cp == U'\u00AB' || cp == U'\u201E' || (cp == U'\u201C' && !low_open)) {
      ++open;
      low_open = cp == U'\u201E';
    } else if ((cp == U'\u2019' || cp == U'\u201D' || cp == U'\u00BB' || cp == U'\u201C') && open > 0) {
      --open;
      low_open = false;
    }
  }
  return open > 0 || straight % 2 == 1;
}

struct Split {
  std::string_view separator;
  std::vector<std::string_view> segments;
};

Split split_on(std::string_view title, std::string_view sep) {
  Split out{sep, {}};
  size_t start = 0;
  size_t at;
  while ((at = title.find(sep, start)) != std::string_view::npos) {
    out.segments.push_back(title.substr(start, at - start));
    start = at + sep.size();
  }
  out.segments.push_back(title.substr(start));
  return out;
}

std::string join(const std::vector<std::string_view>& segments, size_t from, size_t to,
                 std::string_view sep) {
  std::string out;
  for (size_t i = from; i < to; ++i) {
    if (i > from) out.append(sep);
    out.append(segments[i]);
  }
  return out;
}

}  // namespace

namespace {

// Whether a title's key keeps a case-folded code point: ASCII letters and digits, and the
// letters and ideographs from U+00C0 on, but not general or CJK punctuation.
constexpr bool keeps(char32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z');
  bool punct = (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) ||
               (cp >= 0xFF01 && cp <= 0xFF0F);
  return cp >= 0xC0 && !punct;
}

constexpr char fold_ascii(unsigned char byte) { return static_cast<char>((byte >= 'A' && byte <= 'Z') ? byte + 32 : byte); }

// What an ASCII byte keys as: its folded self when a title's key keeps it, else 0.
constexpr std::array<char, 128> kAsciiKeys = [] {
  std::array<char, 128> keys{};
  for (unsigned char b = 0; b < 128; ++b) {
    char folded = fold_ascii(b);
    keys[b] = keeps(static_cast<unsigned char>(folded)) ? folded : 0;
  }
  return keys;
}();

}  // namespace

std::string title_key(std::string_view title) {
  // One pass, folding each code point as it is read: every title candidate of every page is
  // keyed, several times over. Written through a pointer into room for the longest key (an
  // invalid byte keys as the three bytes of U+FFFD), on the stack for a title of usual length.
  constexpr size_t kStackBytes = 3 * 512;
  std::array<char, kStackBytes> stack;
  std::string heap;
  char* out = stack.data();
  if (title.size() > kStackBytes / 3) {
    heap.resize(3 * title.size());
    out = heap.data();
  }
  char* w = out;
  size_t i = 0;
  while (i < title.size()) {
    unsigned char byte = static_cast<unsigned char>(title[i]);
    if (byte < 0x80) {  // most titles are mostly ASCII: no decoding, no call, no branch
      ++i;
      char key = kAsciiKeys[byte];
      *w = key;
      w += key != 0;
      continue;
    }
    // Three bytes (CJK, most of the non-ASCII titles): a code point from U+0800 on folds to
    // itself, and is written back as the very bytes it was read from.
    if (byte >= 0xE0 && byte < 0xF0 && i + 2 < title.size()) {
      unsigned char b1 = static_cast<unsigned char>(title[i + 1]);
      unsigned char b2 = static_cast<unsigned char>(title[i + 2]);
      char32_t cp = ((byte & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
      if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80 && cp >= 0x800) {
        if (keeps(cp)) {
          w[0] = title[i];
          w[1] = title[i + 1];
          w[2] = title[i + 2];
          w += 3;
        }
        i += 3;
        continue;
      }
    }
    char32_t cp = fold_code_point(next_code_point(title, i));
    if (keeps(cp)) w += encode_utf8(cp, w);
  }
  return std::string(out, w);
}

bool has_title_key(std::string_view title) {
  size_t i = 0;
  while (i < title.size()) {
    unsigned char byte = static_cast<unsigned char>(title[i]);
    if (byte < 0x80) {
      ++i;
      if (keeps(static_cast<unsigned char>(fold_ascii(byte)))) return true;
      continue;
    }
    if (keeps(fold_code_point(next_code_point(title, i)))) return true;
  }
  return false;
}

SiteKeys site_keys(std::string_view site_name, std::string_view host) {
  return {title_key(site_name), host_label(host)};
}

bool names_site(std::string_view text, const SiteKeys& site) { return names_site(text, site.site, site.host); }

std::string_view headline_part(std::string_view title, std::string_view headline_key) {
  // Where the separators of the title are: its words between two of them (or an end) may be
  // the headline. A colon closes a lead too ("Interview: Headline - Site"), never a headline.
  struct Cut {
    size_t start;
    size_t end;
    bool closes_lead_only;
  };
  std::vector<Cut> cuts;
  for (size_t at = 0; at < title.size(); ++at) {
    char c = title[at];
    if (c == ':' && at > 0 && title[at - 1] != ' ' && at + 1 < title.size() && title[at + 1] == ' ') {
      cuts.push_back({at, at + 2, true});
      continue;
    }
    if (c != ' ' && c != '_' && c != kFullwidthBarLead) continue;
    // A space between words, as most are, is passed over on its next byte (last_separator()).
    if (c == ' ' && (at + 1 == title.size() || !kAfterSpace[static_cast<unsigned char>(title[at + 1])])) continue;
    for (std::string_view sep : kSeparators) {
      if (title.substr(at, sep.size()) != sep) continue;
      cuts.push_back({at, at + sep.size(), false});
      at += sep.size() - 1;
      break;
    }
  }
  for (size_t from = 0; from <= cuts.size(); ++from) {
    size_t start = from == 0 ? 0 : cuts[from - 1].end;
    // A lead is a label: a short one, much shorter than the headline it opens.
    std::string_view lead = trim(title.substr(0, from == 0 ? 0 : cuts[from - 1].start));
    if (!lead.empty() && !short_segment(lead)) break;
    for (size_t to = from; to <= cuts.size(); ++to) {
      if (to < cuts.size() && cuts[to].closes_lead_only) continue;
      size_t end = to == cuts.size() ? title.size() : cuts[to].start;
      if (start == 0 && end == title.size()) continue;
      std::string_view part = trim(title.substr(start, end - start));
      if (lead.size() * 2 > part.size()) continue;
      if (title_key(part) == headline_key) return part;
    }
  }
  return {};
}

std::string clean_title(std::string_view raw, std::string_view site_name, std::string_view host) {
  return clean_collapsed_title(collapse_space(raw), site_keys(site_name, host));
}

std::string clean_collapsed_title(std::string_view raw, const SiteKeys& site) {
  std::string repaired = repaired_title(raw);
  std::string_view title = repaired.empty() ? raw : repaired;
  const std::string& site_key = site.site;
  const std::string& host_key = site.host;
  // The separator that appears last is the one between the headline and its trail; earlier
  // separators of other kinds belong to the headline ("Obama - the early years | CNN").
  std::string_view sep = last_separator(title);
  if (sep.empty()) return std::string(title);
  Split split = split_on(title, sep);
  std::vector<std::string_view>& seg = split.segments;
  size_t from = 0;
  size_t to = seg.size();
  // A leading segment naming the site ("Site | Headline"), or a stamp without a letter, a date
  // or a number ("23.01.2022 - Headline", "15 - Tutorial: ...").
  if (to - from > 1 && ((names_site(seg[from], site_key, host_key) && short_segment(seg[from])) || stamp(seg[from]))) ++from;
  // Trailing segments: the site, its sections, "News".
  while (to - from > 1) {
    std::string_view last = seg[to - 1];
    size_t head_bytes = 0;
    for (size_t i = from; i + 1 < to; ++i) head_bytes += seg[i].size();
    bool site = names_site(last, site_key, host_key);
    if (!(site || (short_segment(last) && reads_as_name(last))) || head_bytes < last.size()) break;
    // A separator inside a quotation is the quoted words' own ("‘Pale Blue Dot / Lift Off’").
    if (opens_quotation(std::string_view(seg[from].data(), static_cast<size_t>(last.data() - seg[from].data())))) break;
    --to;
  }
  // A site name first and the headline second, as some blogs do ("My Blog - A post").
  if (to - from > 1 && names_trail_site(seg[to - 1], site_key, host_key)) --to;
  std::string cleaned(without_symbol_tail(trim(join(seg, from, to, sep))));
  return cleaned.empty() ? std::string(title) : cleaned;
}

}  // namespace lede::meta
