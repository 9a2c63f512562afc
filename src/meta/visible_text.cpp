// What the page writes for people to read: the byline ("By Jane Doe", "홍길동 기자") and the
// date line ("Posted on : 2017-05-09 17:22 KST Modified on : ...") near the headline.
#include <algorithm>
#include <array>
#include <cstdint>
#include <deque>
#include <optional>
#include <unordered_map>
#include <vector>

#include "meta/byline.h"
#include "meta/date_labels.h"
#include "meta/site_header.h"
#include "meta/sources.h"
#include "meta/text_util.h"
#include "meta/url.h"
#include "meta/visible_text_probes.h"
#include "meta/word_shapes.h"

namespace lede::meta {

namespace {

namespace Tag = html::Tag;

// A byline or date line is short; longer text is a paragraph that merely mentions a date.
constexpr size_t kMaxBylineBytes = 160;
constexpr size_t kMaxDateLineBytes = 240;
// Elements after the headline read for an unmarked "By ..." line or date line.
constexpr int kSiblingsAfterHeadline = 6;

// The dates written in each element text read, each text scanned once: a date line is read
// from nested elements named for dates, again after the headline, and as a byline's end, and
// scanning it was most of the cost of each reading. The text node holding the first date after
// the headline is often the whole text of an element named for dates, scanned before it.
class DateScans {
 public:
  explicit DateScans(NumericOrder order) : order_(order) {}
  const std::vector<FoundDate>& of(std::string_view text) {
    if (const Scan* known = scanned(text)) return known->dates;
    return scans_.emplace_back(Scan{std::string(text), find_dates(text, order_)}).dates;
  }
  /// find_dates(text): the dates of an element text scanned before, else a scan that is not kept
  /// (a text node read for the first date after the headline is most often not read again).
  std::vector<FoundDate> find(std::string_view text) const {
    const Scan* known = scanned(text);
    return known ? known->dates : find_dates(text, order_);
  }

 private:
  struct Scan {
    std::string text;
    std::vector<FoundDate> dates;
  };
  // A page scans a few texts: they are compared in turn, where a hash table cost a hash of each
  // text and an allocation for each entry.
  const Scan* scanned(std::string_view text) const {
    for (const Scan& scan : scans_) {
      if (scan.text == text) return &scan;
    }
    return nullptr;
  }
  NumericOrder order_;
  std::deque<Scan> scans_;  // a deque: the dates handed out stay where they are
};

// What add_byline() reads from a text: the people it names and the byline as written before
// its date. A page's byline is read from each nested element named for it, and again after
// the headline; each text is parsed once.
struct ParsedByline {
  std::string text;
  std::string before_date;
  std::vector<Author> people;
  bool handles = false;  // the people are handles, which may be written in lower case
};

class BylineParses {
 public:
  explicit BylineParses(DateScans& dates) : dates_(dates) {}
  const ParsedByline& of(std::string_view text);

 private:
  DateScans& dates_;
  std::deque<ParsedByline> parsed_;  // a deque: references handed out stay valid
};

void add_byline(std::string_view text, int weight, uint32_t pos, Evidence& ev, BylineParses& parses);

// The texts of the elements named for dates, kept for the elements after the headline: the
// element after it is often one of them. A byline's text is read by one reader only.
class DateLineTexts {
 public:
  explicit DateLineTexts(const html::Document& doc) : doc_(doc) {}
  /// element_text() of `id` as a date line is read, kept. Asked in document order: the
  /// texts stay sorted by NodeId. The view lasts until the next call.
  std::string_view read(html::NodeId id) {
    texts_.push_back({id, element_text(doc_, id, kMaxDateLineBytes + 1)});
    return texts_.back().text;
  }
  /// The same text, read again only when read() was not asked for it. The view lasts until the
  /// next call.
  std::string_view of(html::NodeId id) {
    auto known = std::lower_bound(texts_.begin(), texts_.end(), id,
                                  [](const Text& t, html::NodeId n) { return t.id < n; });
    if (known != texts_.end() && known->id == id) return known->text;
    unkept_ = element_text(doc_, id, kMaxDateLineBytes + 1);
    return unkept_;
  }

 private:
  struct Text {
    html::NodeId id;
    std::string text;
  };
  const html::Document& doc_;
  std::vector<Text> texts_;
  std::string unkept_;
};

// What a link in a byline says of its person (add_author_links): a link inside nested bylines
// is asked once.
struct AuthorLink {
  std::string url;
  std::string name;
  bool names_person = false;
};

// CJK date lines separate their parts with the ideographic space.
constexpr std::string_view kIdeographicSpace = "\u3000";

// A date line that also names the author: "11.12.2019 - Amelie Loevenich",
// "04.02.2022 | 13:10 Uhr | Uta Helkenberg". What is left once the dates, times and separators
// are gone is a name when it reads as one of at least two words.
void add_name_beside_dates(std::string_view text, const std::vector<FoundDate>& dates, uint32_t pos,
                           Evidence& ev, BylineParses& parses) {
  std::string rest;
  size_t at = 0;
  for (const FoundDate& f : dates) {
    rest.append(text.substr(at, f.begin - at));
    rest += " | ";
    at = f.end;
  }
  rest.append(text.substr(at));
  std::vector<std::string> parts;
  std::string part;
  auto flush = [&] {
    std::string t(trim(part, ",;:-–—|•·/"));
    if (!t.empty() && !has_ascii_digit(t)) parts.push_back(t);
    part.clear();
  };
  for (size_t i = 0; i < rest.size(); ++i) {
    char c = rest[i];
    if (c == '|' || c == '/' || (c == '-' && i > 0 && rest[i - 1] == ' ')) {
      flush();
    } else if (rest.compare(i, kIdeographicSpace.size(), kIdeographicSpace) == 0) {
      flush();
      i += kIdeographicSpace.size() - 1;
    } else {
      part += c;
    }
  }
  flush();
  // "2020年08月15日 10:20　来源：滨江日报　记者 李华": a part that opens with a byline label is
  // the line's byline.
  for (const std::string& p : parts) {
    if (opens_with_byline_label(p)) {
      add_byline(p, kWeightVisible, pos, ev, parses);
      return;
    }
  }
  if (parts.size() != 1 || parts[0].find(' ') == std::string::npos) return;
  // The name itself must hold two words: cleaning "First published on" leaves "First".
  std::string name = clean_person_name(parts[0]);
  if (name.find(' ') == std::string::npos || !looks_like_person(name)) return;
  ev.add_author(Origin::kVisibleText, kWeightWeak, {name, {}, {}}, pos);
  ev.add_text(Field::kByline, Origin::kVisibleText, kWeightWeak, parts[0], pos);
}

// A date line that names its zone once ("2021年11月2日 18時05分 JST（更新 2021年11月3日 7時40分）")
// gives every time in it that zone; a line with two different zones is left as written.
void share_line_zone(std::vector<FoundDate>& dates) {
  const Date* zoned = nullptr;
  for (const FoundDate& f : dates) {
    if (!f.date.has_time() || !f.date.has_offset) continue;
    if (zoned && zoned->offset_minutes != f.date.offset_minutes) return;
    zoned = &f.date;
  }
  if (!zoned) return;
  int offset = zoned->offset_minutes;
  for (FoundDate& f : dates) {
    if (!f.date.has_time() || f.date.has_offset) continue;
    f.date.has_offset = true;
    f.date.offset_minutes = offset;
  }
}

// The dates of a date line, each a publication unless a modification label comes before it.
std::vector<FoundDate> add_line_dates(std::string_view text, int weight, uint32_t pos, Evidence& ev,
                                      DateScans& scans) {
  KeyScope named(ev, text);
  std::vector<FoundDate> dates = scans.of(text);
  share_line_zone(dates);
  for (const FoundDate& f : dates) {
    DateLabel label = label_before(text.substr(0, f.begin));
    Field field = label == DateLabel::kModified ? Field::kModified : Field::kPublished;
    // An unlabelled second date after a first is usually the update ("9 May 2017, 10 May").
    // Never down to the last resort's weight: a date in an element named for dates is more.
    int unlabelled = weight > kWeightWeak ? weight - 1 : weight;
    ev.add_date(field, Origin::kVisibleText, label == DateLabel::kNone ? unlabelled : weight, f.date,
                pos);
  }
  return dates;
}

// A date line's dates, and the name written beside them.
void add_dates(std::string_view text, int weight, uint32_t pos, Evidence& ev, DateScans& scans,
               BylineParses& parses) {
  std::vector<FoundDate> dates = add_line_dates(text, weight, pos, ev, scans);
  if (!dates.empty() && weight > kWeightWeak) add_name_beside_dates(text, dates, pos, ev, parses);
}

// False when element_text(doc, id, kMaxDateLineBytes + 1) holds no date: no text node it reads
// has an ASCII digit or a byte outside ASCII (a digit of another script, a CJK unit). Every
// date has a number, and most elements named for dates ("post-meta", "info") and most elements
// after the headline hold none: building their text cost more than looking at it. The nodes are
// walked as element_text() reads them (walk_element_text()), and no further than it may read
// (twice its bytes), where a walk to the end of a large element read what it never reads.
bool date_line_may_hold_date(const html::Document& doc, html::NodeId id) {
  bool may_hold_date = false;
  walk_element_text(
      doc, id, 2 * (kMaxDateLineBytes + 1),
      [&](std::string_view data) {
        may_hold_date = has_ascii_digit(data) || !is_ascii_text(data);
        return !may_hold_date;
      },
      [] {});
  return may_hold_date;
}

// Connecting words left at the end of a byline once its date is cut ("Posted by A on").
constexpr std::string_view kBylineTrailers[] = {" on", " am", " le", " el", " em", " il", " op", " at", " في"};

// Weekdays written before a date ("Tue Aug 27, 2019", "Tuesday, 27 August"), case-folded.
constexpr std::string_view kWeekdays[] = {
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag", "mittwoch",
    "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi",
    "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes",
    "sábado", "domingo"};

constexpr WordShapes kWeekdayShapes = shapes_of(kWeekdays);

// Asked of the word before the date of every byline that holds one. Folding lowers ASCII and
// keeps its length: an ASCII word is folded into a copy and compared only where its first byte
// and length are a weekday's.
bool is_weekday(std::string_view word) {
  std::string_view trimmed = trim(word, ".,");
  if (is_ascii_text(trimmed)) {
    char first = trimmed.empty() ? '\0' : trimmed[0];
    if (!may_be_listed(kWeekdayShapes, first >= 'A' && first <= 'Z' ? static_cast<char>(first + 32) : first, trimmed.size())) {
      return false;
    }
  }
  std::string folded = fold_case(trimmed);
  return std::find(std::begin(kWeekdays), std::end(kWeekdays), folded) != std::end(kWeekdays);
}

// A forum's post header "by A » Tue Aug 27, 2019 1:47 am" writes the weekday between the
// separator and the date, where the date scan, which starts at the month, leaves it: the byline
// ends at the separator, and a weekday alone before the date is no byline. The separator is
// required: "Sun" after a name is a surname ("Lena H. Sun").
std::string_view without_weekday_after_separator(std::string_view before) {
  size_t space = before.rfind(' ');
  size_t word_start = space == std::string_view::npos ? 0 : space + 1;
  if (!is_weekday(before.substr(word_start))) return before;
  if (space == std::string_view::npos) return {};
  std::string_view rest = trim(before.substr(0, space));
  std::string_view cut = trim(rest, ",;:|-–—·•/»");
  return cut.size() < rest.size() ? cut : before;
}

// German abbreviates its weekdays to two letters and a comma before a date ("Fr, 18. Oktober
// 2019"); without the comma they are surnames ("Minh Do").
constexpr std::string_view kGermanWeekdayAbbreviations[] = {"Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"};

// True when `word` is an initial ("H."), which a name does not end with.
bool is_initial(std::string_view word) { return word.size() == 2 && word[1] == '.'; }

// True when `word`, the last before a date and followed by `after` there, is the date's
// weekday rather than the end of a name: any weekday of kWeekdays but "Sun", a surname
// ("Jane Sun, 27 August"), or a German abbreviation with its comma.
bool is_weekday_before_date(std::string_view word, std::string_view after) {
  if (std::find(std::begin(kGermanWeekdayAbbreviations), std::end(kGermanWeekdayAbbreviations), word) !=
      std::end(kGermanWeekdayAbbreviations)) {
    return after.starts_with(',');
  }
  return is_weekday(word) && fold_case(trim(word, ".,")) != "sun";
}

// The weekday a date line writes before its date ("Von A Fr, 18. Oktober 2019", "Denis Staunton
// in Seoul Fri, Nov 29") is no part of the byline before it (a view into `text`, the whole
// line). Only after a name of two words or more that does not end with an initial: "Lena H.
// Sun" keeps her surname.
std::string_view without_weekday_before_date(std::string_view before, std::string_view text) {
  std::string_view trimmed = trim(before, " ,;:|-–—·•/");
  size_t space = trimmed.rfind(' ');
  if (space == std::string_view::npos) return before;
  std::string_view word = trimmed.substr(space + 1);
  std::string_view after = text.substr(static_cast<size_t>(word.data() + word.size() - text.data()));
  if (!is_weekday_before_date(word, after)) return before;
  std::string_view rest = trim(trimmed.substr(0, space), " ,;:|-–—·•/");
  size_t last_space = rest.rfind(' ');
  if (last_space == std::string_view::npos || is_initial(rest.substr(last_space + 1))) return before;
  return rest;
}

// A byline that shares its element with the date line ends where the date, or the date's label,
// begins: "Von A | 23. November 2020, 16:40 Uhr" and "A, Jaipur Updated: 12 Jan 2023" are the
// bylines "Von A" and "A, Jaipur"; the date is a date, and its label is nobody's name.
std::string_view byline_before_date(std::string_view text, DateScans& scans) {
  const std::vector<FoundDate>& dates = scans.of(text);
  std::string_view before = dates.empty() ? text : text.substr(0, dates.front().begin);
  size_t label = label_start(before);
  if (label != std::string_view::npos) before = before.substr(0, label);
  before = trim(before, ",;:|-–—·•/");
  before = without_weekday_after_separator(before);
  if (!dates.empty()) before = without_weekday_before_date(before, text);
  std::string folded = fold_case(before);
  for (std::string_view t : kBylineTrailers) {
    if (folded.size() >= t.size() && folded.compare(folded.size() - t.size(), t.size(), t) == 0) {
      before = trim(before.substr(0, before.size() - t.size()), ",;:|-–—·•/");
      folded = fold_case(before);
    }
  }
  return before;
}

const ParsedByline& BylineParses::of(std::string_view text) {
  for (const ParsedByline& p : parsed_) {
    if (p.text == text) return p;
  }
  ParsedByline& p = parsed_.emplace_back();
  p.text = text;
  p.before_date = byline_before_date(text, dates_);
  // "by Nadia Brooks on July 6, 2021 8:30 am EDT": the part before the date is the byline, and
  // the weekday before the date no part of a name ("Von Lisa Petrich Mi, 18. Oktober 2023").
  p.people = parse_byline(p.before_date);
  if (p.people.empty() && p.before_date != text) p.people = parse_byline(text);
  // "by changingtimes » Sat Feb 24, 2024 12:41 pm": a forum's post header gives the poster's
  // handle, often in lower case, between the label and the separator before the weekday and
  // the date.
  // Looked for only where no name was read: the search calls memchr() at every space.
  constexpr std::string_view kPostHeaderSeparator = " » ";
  size_t separator = p.people.empty() ? text.find(kPostHeaderSeparator) : std::string_view::npos;
  if (separator != std::string_view::npos) {
    std::string_view after = text.substr(separator + kPostHeaderSeparator.size());
    if (!is_weekday(after.substr(0, after.find(' ')))) return p;
    if (std::optional<std::string> handle = handle_after_label(text.substr(0, separator))) {
      p.people.push_back({std::move(*handle), {}, {}});
      p.handles = true;
    }
  }
  return p;
}

void add_byline(std::string_view text, int weight, uint32_t pos, Evidence& ev, BylineParses& parses) {
  const ParsedByline& parsed = parses.of(text);
  if (parsed.people.empty()) return;
  KeyScope named(ev, text);
  ev.add_text(Field::kByline, Origin::kVisibleText, weight, parsed.before_date, pos);
  for (const Author& a : parsed.people) {
    if (parsed.handles) {
      ev.add_handle(Origin::kVisibleText, weight, a, pos);
    } else {
      ev.add_author(Origin::kVisibleText, weight, a, pos);
    }
  }
}

// The elements following the headline (its siblings, then its parent's), where unmarked
// bylines and date lines sit.
std::vector<html::NodeId> after_headline(const html::Document& doc, html::NodeId h1) {
  std::vector<html::NodeId> out;
  html::NodeId n = h1;
  for (int level = 0; level < 2 && n != html::kNoNode; ++level, n = doc.node(n).parent) {
    int taken = 0;
    for (html::NodeId s = doc.node(n).next_sibling; s != html::kNoNode && taken < kSiblingsAfterHeadline;
         s = doc.node(s).next_sibling) {
      if (doc.node(s).type != html::NodeType::kElement) continue;
      out.push_back(s);
      ++taken;
    }
  }
  return out;
}

// True when the first date after the headline is looked for in a text under `parent`: not in
// scripts, styles, the head, navigation, footers, templates, asides away from the headline, nor
// widgets.
bool read_for_first_body_date(const html::Document& doc, const PageIndex& index, html::NodeId parent) {
  for (html::NodeId a = parent; a != html::kNoNode; a = doc.parent(a)) {
    if (doc.type(a) != html::NodeType::kElement) continue;
    html::TagId tag = doc.tag(a);
    if (tag == Tag::kScript || tag == Tag::kStyle || tag == Tag::kHead || tag == Tag::kNav || tag == Tag::kFooter ||
        tag == Tag::kTemplate || (tag == Tag::kAside && !near_headline(doc, index, a)) || in_widget(index, a)) {
      return false;
    }
  }
  return true;
}

// Nodes looked through between a text and the headline for text between them: a kicker line
// sits a few elements above its headline.
constexpr html::NodeId kKickerReach = 32;

// The date line written just above the headline ("<div class=topline><span>06.12.2022</span>
// </div><h1>...", "<p>02.02.2022 10:16 Uhr - Bundesliga - PM</p><h1>..."): a short text that
// opens with a date, with no other text before the headline, is the article's date over its
// title, as press releases, magazines and sports desks set it, whatever its element is named.
// It weighs as an unlabelled date line beside the headline does.
void add_date_over_headline(const html::Document& doc, const PageIndex& index, Evidence& ev, const DateScans& scans) {
  const std::vector<html::NodeId>& texts = index.visible_text.digit_texts;
  html::NodeId h1 = index.main_h1;
  if (h1 == html::kNoNode) return;
  auto above = std::lower_bound(texts.begin(), texts.end(), h1);
  if (above == texts.begin()) return;
  html::NodeId n = *(above - 1);
  if (h1 - n > kKickerReach || !read_for_first_body_date(doc, index, doc.parent(n))) return;
  for (html::NodeId m = n + 1; m < h1; ++m) {
    if (doc.type(m) == html::NodeType::kText && !trim(doc.data(m)).empty()) return;
  }
  std::string_view text = trim(doc.data(n));
  std::vector<FoundDate> dates = scans.find(text);
  if (dates.empty() || dates[0].begin != 0 || text.size() > kMaxDateLineBytes ||
      !is_plausible(dates[0].date, ev.context().today)) {
    return;
  }
  ev.add_date(Field::kPublished, Origin::kVisibleText, kWeightVisibleDate - 1, dates[0].date, doc.source_offset(n));
}

// When nothing labels a date, the first date written after the headline (or in the body when
// there is no headline) is most often the publication date: a last resort at the lowest weight.
// The page index filed the texts with a digit: most texts have none.
void add_first_body_date(const html::Document& doc, const PageIndex& index, Evidence& ev, const DateScans& scans) {
  uint32_t after = index.main_h1 == html::kNoNode ? 0 : doc.node(index.main_h1).source_offset;
  for (html::NodeId n : index.visible_text.digit_texts) {
    uint32_t at = doc.source_offset(n);
    if (at < after || !read_for_first_body_date(doc, index, doc.parent(n))) continue;
    std::string_view text = doc.data(n);
    // In prose only a dateline at the very start counts ("27.1.2022 - Bei der ...").
    if (text.size() > kMaxFallbackTextBytes) {
      size_t cut = kDatelineBytes;
      while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
      text = text.substr(0, cut);
    }
    for (const FoundDate& f : scans.find(text)) {
      if (!is_plausible(f.date, ev.context().today)) continue;
      ev.add_date(Field::kPublished, Origin::kVisibleText, 1, f.date, at);
      return;
    }
  }
}

// The ASCII standalone labels by length, each length with the set of their first letters (bit
// c - 'a'): most short texts that open with a label's letter ("Share", "Politik", "Anzeige") have
// the length of no label opening with it, and are not compared with every label.
constexpr auto kStandaloneLabelStarts = [] {
  std::array<uint32_t, kMaxLabelBytes + 1> starts{};
  for (std::string_view l : kStandaloneLabels) {
    unsigned char first = static_cast<unsigned char>(l[0]);
    if (first >= 'a' && first <= 'z') starts[l.size()] |= uint32_t{1} << (first - 'a');
  }
  return starts;
}();

// True when a short text is a byline label standing alone: "Written by", "Von:".
bool is_standalone_label(std::string_view text) {
  if (text.size() > kMaxLabelBytes) return false;
  // Most short texts ("Home", "Share", "12") are ruled out by their first byte before folding.
  text = trim(text);
  if (text.empty() || !may_start_standalone_label(static_cast<unsigned char>(text[0]))) return false;
  if (is_ascii_text(text)) {
    unsigned char first = static_cast<unsigned char>(text[0]) | 0x20;
    if (first < 'a' || first > 'z' || !((kStandaloneLabelStarts[text.size()] >> (first - 'a')) & 1)) return false;
    for (std::string_view l : kStandaloneLabels) {
      if (equals_ascii_folded(text, l)) return true;
    }
    return false;
  }
  std::array<char, 3 * kMaxLabelBytes> buffer;
  std::string_view folded = fold_case(text, buffer);
  for (std::string_view l : kStandaloneLabels) {
    if (folded == l) return true;
  }
  return false;
}

// starts_like_byline(element_text_start(doc, id, ...)) read in place from the element's first
// text that is not blank, when collapsing white space leaves its start as written (ASCII, no
// space but a single ' ' between words): its first kBylineStartBytes bytes, or all of a shorter
// text when that settles the answer whatever follows ("Politik" starts no byline; "By" may).
// False for an element whose text is empty. Nullopt when this cannot tell. element_text()
// reads no further than `raw_limit` raw bytes (its text bytes and one per separating element),
// and neither does this. Building the collapsed start of each element that may start a byline
// cost more than testing it.
std::optional<bool> starts_like_byline_in_place(const html::Document& doc, html::NodeId id, size_t raw_limit) {
  bool text_started = false;
  std::optional<bool> starts;
  bool read_whole = walk_element_text(
      doc, id, raw_limit,
      [&](std::string_view data) {
        // White space that collapsing drops, ASCII or not (a no-break space, the text of many
        // an empty element), comes before the text starts.
        size_t at = 0;
        while (at < data.size()) {
          if (is_ascii_space(data[at])) {
            ++at;
            continue;
          }
          size_t next = at;
          if (static_cast<unsigned char>(data[at]) < 0x80 || !is_space_cp(next_code_point(data, next))) break;
          at = next;
        }
        if (at == data.size()) return true;
        text_started = true;
        starts = collapsed_text_starts_like_byline(data, at);
        return false;
      },
      [] {});
  if (text_started) return starts;
  // Nothing but white space, all of it read: the element's text is empty, and starts nothing.
  if (read_whole) return false;
  return std::nullopt;
}

// A short element in the page that starts with a byline label ("<p><i>von Daniela Obers</i></p>",
// "<p class=bodytext>Von Claudia Lindner</p>") wherever the template put it.
constexpr size_t kMaxLooseBylineBytes = 80;

// Called for an element that may_hold_loose_byline() and whose first bytes may_start_byline()
// (the page index files them): most elements are ruled out by their tag and by how their text starts.
void add_loose_byline(const html::Document& doc, const PageIndex& index, html::NodeId n, Evidence& ev,
                      BylineParses& parses) {
  const html::Node& node = doc.node(n);
  std::optional<bool> starts = starts_like_byline_in_place(doc, n, 2 * (kMaxLooseBylineBytes + 1));
  if (!starts) starts = starts_like_byline(element_text_start(doc, n, kMaxLooseBylineBytes + 1, kBylineStartBytes));
  if (!*starts || in_page_chrome(index, n) || about_other_pages(doc, index, n)) return;
  std::string text = element_text(doc, n, kMaxLooseBylineBytes + 1);
  if (text.size() > kMaxLooseBylineBytes) return;
  add_byline(text, near_headline(doc, index, n) ? kWeightWeak : kWeightWeak - 1, node.source_offset, ev, parses);
}

// A byline written as a line of its own inside running text, set off by <br> ("...in 2010.<br><br>
// By Kim Min-ji and Cho Ki-weon, Tokyo and Busan correspondents<br><br>"): the element around it
// holds the whole story, so only the text between the breaks is the byline.
bool is_br(const html::Document& doc, html::NodeId n) { return n != html::kNoNode && doc.is_element(n, Tag::kBr); }

// A <br> before a node is the node just before it in document order (a <br> holds nothing),
// with the same parent: no climb to find the previous sibling.
bool follows_br(const html::Document& doc, html::NodeId n) {
  return n > 0 && doc.is_element(n - 1, Tag::kBr) && doc.parent(n - 1) == doc.parent(n);
}

void add_line_byline(const html::Document& doc, const PageIndex& index, html::NodeId text_node,
                     std::string_view data, Evidence& ev, BylineParses& parses) {
  if (!follows_br(doc, text_node) && !is_br(doc, doc.next_sibling(text_node))) return;
  std::string_view text = trim(data);
  if (text.size() > kMaxLooseBylineBytes || !starts_like_byline(text)) return;
  html::NodeId parent = doc.parent(text_node);
  if (about_other_pages(doc, index, parent) || in_page_chrome(index, parent)) return;
  add_byline(text, near_headline(doc, index, parent) ? kWeightWeak : kWeightWeak - 1,
             doc.node(text_node).source_offset, ev, parses);
}

// A date line that says what its date is ("Erstellt am: 30.01.2022", "Published on May 3,
// 2021") counts wherever the template put it, unless it sits among other pages' items.
// Where a text node's label is looked for: its start ("Erstellt am: 30.01.2022 18:36 / sk").
constexpr size_t kLabelProbeBytes = 40;

void add_labelled_date_line(const html::Document& doc, const PageIndex& index, html::NodeId element,
                            Evidence& ev, DateScans& scans) {
  std::string text = element_text(doc, element, kMaxLabelledDateLineBytes + 1);
  if (text.size() > kMaxLabelledDateLineBytes || !has_ascii_digit(text)) return;
  std::vector<FoundDate> dates = scans.of(text);
  share_line_zone(dates);
  if (dates.empty() || label_before(std::string_view(text).substr(0, dates.front().begin)) == DateLabel::kNone) {
    return;
  }
  if (about_other_pages(doc, index, element)) return;
  int weight = near_headline(doc, index, element) ? kWeightVisibleDate : kWeightWeak;
  KeyScope named(ev, text);
  for (const FoundDate& f : dates) {
    DateLabel label = label_before(std::string_view(text).substr(0, f.begin));
    if (label == DateLabel::kNone) continue;
    Field field = label == DateLabel::kModified ? Field::kModified : Field::kPublished;
    ev.add_date(field, Origin::kVisibleText, weight, f.date, doc.node(element).source_offset);
  }
}

// The element whose text was last read for a labelled date line, which a later text of it
// must not read again. A text alone in its element and without a digit gives that element no
// date whatever its label: the page index does not file it, and its label is looked for only
// if it matters, when the element last read may be in question again (most short texts are
// such, and looking for a label in each was most of the cost of reading them).
struct DatedElement {
  html::NodeId last = html::kNoNode;
  html::NodeId read_to = 0;  // the last text at which `last` was settled
};

bool has_date_label(std::string_view text) {
  return label_before(text.substr(0, kLabelProbeBytes)) != DateLabel::kNone;
}

// The texts between `dated.read_to` and `to` that the index did not file for a label, short and
// alone in their element without a digit: a labelled one makes its element the last read.
void pass_over_unfiled_texts(const html::Document& doc, html::NodeId to, DatedElement& dated) {
  for (html::NodeId m = dated.read_to + 1; m < to;) {
    html::NodeType type = doc.type(m);
    if (type == html::NodeType::kElement) {
      html::TagId tag = doc.tag(m);
      if (tag == Tag::kScript || tag == Tag::kStyle || tag == Tag::kHead) {
        m = doc.next_skipping_children(m, doc.root());
        continue;
      }
    } else if (type == html::NodeType::kText) {
      std::string_view data = doc.data(m);
      html::NodeId parent = doc.parent(m);
      bool alone = parent + 1 == m && doc.next_sibling(m) == html::kNoNode;
      if (alone && data.size() <= kMaxLabelledDateLineBytes && skip_ascii_space(data) != data.size() &&
          !has_ascii_digit(data) && parent != dated.last && has_date_label(data)) {
        dated.last = parent;
      }
    }
    ++m;
  }
  dated.read_to = to;
}

// A text that starts with a date label ("Erstellt am:") has its element read as a date line.
void probe_labelled_date_line(const html::Document& doc, const PageIndex& index, html::NodeId n,
                              std::string_view data, DatedElement& dated, Evidence& ev, DateScans& scans) {
  html::NodeId parent = doc.parent(n);
  if (parent == dated.last) pass_over_unfiled_texts(doc, n, dated);
  if (parent == dated.last || !has_date_label(data)) return;
  dated.last = parent;
  dated.read_to = n;
  add_labelled_date_line(doc, index, parent, ev, scans);
}

// A byline label standing alone in the text node `label_text` ("<p>Written by</p><p>Jane Doe</p>"):
// the element after the label's is the byline.
void add_byline_after_label(const html::Document& doc, const PageIndex& index, html::NodeId label_text,
                            Evidence& ev, BylineParses& parses) {
  // The label's element, then the element after it (climbing once where it is the last child).
  // A link whose whole text is the label names where it leads ("Authors" in a menu), not who
  // wrote the page; nor is a label followed by more text in its element a label of the element
  // after ("<a>Authors</a> -- <a>Titles</a>": that is another item of the same list).
  html::NodeId label = doc.parent(label_text);
  for (html::NodeId link : {label, doc.parent(label)}) {
    if (link != html::kNoNode && doc.is_element(link, Tag::kA) &&
        element_text(doc, link, kMaxLabelBytes + 1) == trim(doc.data(label_text))) {
      return;
    }
  }
  html::NodeId next = html::kNoNode;
  for (html::NodeId at = label; at != html::kNoNode && next == html::kNoNode; at = doc.node(at).parent) {
    for (html::NodeId s = doc.node(at).next_sibling; s != html::kNoNode; s = doc.node(s).next_sibling) {
      html::NodeType type = doc.type(s);
      if (type == html::NodeType::kElement) {
        next = s;
        break;
      }
      if (type == html::NodeType::kText && !trim(doc.data(s)).empty()) {
        // "<h5>Autor:</h5>Peter Maahn": the name stands as text right after the label's element.
        std::string_view name = trim(doc.data(s));
        if (at == label && name.size() <= kMaxBylineBytes && !about_other_pages(doc, index, label)) {
          int weight = near_headline(doc, index, label) ? kWeightVisible - 1 : kWeightWeak - 1;
          add_byline(name, weight, doc.node(s).source_offset, ev, parses);
        }
        return;
      }
    }
    if (at != label) break;
  }
  if (next == html::kNoNode || about_other_pages(doc, index, next)) return;
  std::string text = element_text(doc, next, kMaxBylineBytes + 1);
  if (text.empty() || text.size() > kMaxBylineBytes) return;
  // Below a marked byline: the element after a label holds other text now and then.
  int weight = near_headline(doc, index, next) ? kWeightVisible - 1 : kWeightWeak - 1;
  add_byline(text, weight, doc.node(next).source_offset, ev, parses);
}

// Bylines and date lines wherever the template put them, read from the texts and elements the
// page index filed for them (VisibleTextProbes::in_order), in document order.
void add_labelled_bylines(const html::Document& doc, const PageIndex& index, Evidence& ev, DateScans& scans,
                          BylineParses& parses) {
  DatedElement dated;
  for (const VisibleTextProbe& probe : index.visible_text.in_order) {
    html::NodeId n = probe.node;
    if (probe.reads & kReadLooseByline) {
      add_loose_byline(doc, index, n, ev, parses);
      continue;
    }
    std::string_view data = doc.data(n);
    if (probe.reads & kReadLineByline) add_line_byline(doc, index, n, data, ev, parses);
    if (probe.reads & kReadDateLabel) probe_labelled_date_line(doc, index, n, data, dated, ev, scans);
    if ((probe.reads & kReadStandaloneLabel) && is_standalone_label(data)) {
      add_byline_after_label(doc, index, n, ev, parses);
    }
  }
}

// A byline links each name to the author's page ("<a href=/author/noor/>Noor Haddad</a>"): the
// link is that person's URL. A byline `text` that opens as a photo credit links the photographer
// and the picture library instead, and gives none.
void add_author_links(const html::Document& doc, html::NodeId byline, std::string_view text, Evidence& ev,
                      std::unordered_map<html::NodeId, AuthorLink>& links) {
  bool credit_read = false;
  for (html::NodeId a = byline; a != html::kNoNode; a = doc.next_in_tree(a, byline)) {
    if (!doc.is_element(a, Tag::kA)) continue;
    // Read at the first link: most bylines hold none, and reading the label costs more than the walk.
    if (!credit_read && opens_with_photo_credit(text)) return;
    credit_read = true;
    auto [it, added] = links.try_emplace(a);
    AuthorLink& link = it->second;
    if (added) {
      std::string_view href = doc.attribute_value(a, "href");
      if (href.empty() || href.starts_with("mailto:") || href.starts_with("#")) continue;
      link.url = resolve_url(ev.context().page_url, href);
      link.name = clean_person_name(element_text(doc, a, kMaxBylineBytes));
      link.names_person = !link.url.empty() && looks_like_person(link.name);
    }
    if (!link.names_person) continue;
    ev.add_author(Origin::kLink, kWeightWeak, {link.name, {}, link.url}, doc.node(a).source_offset);
  }
}

// An element the markup names the author (rel="author", itemprop="author", or the "fn" of an
// hCard, itself or inside: WordPress's <span class="author vcard"><a class="url fn n">) whose
// name is one word: blogs and forums sign with the writer's user name ("oradmin", "tlow"), which
// the markup states as deliberately as structured data does, so a lower-case handle counts. An
// hCard's other text ("Author " for screen readers) is not the name.
void add_marked_handle(const html::Document& doc, html::NodeId n, bool marked, std::string_view text,
                       Evidence& ev) {
  html::NodeId named = marked ? n : html::kNoNode;
  std::string fn_text;
  if (!marked && has_class_token(doc.attribute_value(n, "class"), "vcard")) {
    for (html::NodeId d = n; d != html::kNoNode; d = doc.next_in_tree(d, n)) {
      if (doc.type(d) == html::NodeType::kElement && has_class_token(doc.attribute_value(d, "class"), "fn")) {
        named = d;
        fn_text = element_text(doc, d, kMaxBylineBytes);
        text = fn_text;
        break;
      }
    }
  }
  if (named == html::kNoNode) return;
  std::string_view name = trim(text);
  bool has_letter = std::any_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
  });
  if (!has_letter || name.find(' ') != std::string_view::npos || looks_like_person(name)) return;
  if (!looks_like_person(name, /*require_capital=*/false)) return;
  std::string_view href = doc.attribute_value(named, "href");
  std::string url = href.empty() ? std::string() : resolve_url(ev.context().page_url, href);
  KeyScope key(ev, marked ? "author" : "hCard fn");
  ev.add_author(Origin::kMicrodata, kWeightMarkup, {std::string(name), {}, url}, doc.node(named).source_offset);
}

}  // namespace

void extract_visible_text(const html::Document& doc, const PageIndex& index, Evidence& ev) {
  DateScans scans(ev.context().numeric_order);
  BylineParses parses(scans);
  DateLineTexts texts(doc);
  std::unordered_map<html::NodeId, AuthorLink> author_links;
  for (html::NodeId n : index.byline_like) {
    bool elsewhere = about_other_pages(doc, index, n);
    bool near = near_headline(doc, index, n);
    if (elsewhere && !near) continue;
    // There only a text that starts like a byline counts: most are ruled out by their first bytes.
    if (elsewhere && !may_start_byline(element_text_first_bytes(index, n))) continue;
    std::string text = element_text(doc, n, kMaxBylineBytes + 1);
    if (text.empty() || text.size() > kMaxBylineBytes) continue;
    // A side column beside the headline often carries the article's own byline; a labelled
    // one there ("Por Alberto Ávila") counts when nothing better names the author.
    if (elsewhere) {
      if (starts_like_byline(text)) add_byline(text, kWeightWeak - 1, doc.node(n).source_offset, ev, parses);
      continue;
    }
    bool marked = doc.attribute_value(n, "rel") == "author" ||
                  fold_case(doc.attribute_value(n, "itemprop")) == "author";
    int weight = near ? (marked ? kWeightMarkup : kWeightVisible) : kWeightWeak;
    add_byline(text, weight, doc.node(n).source_offset, ev, parses);
    if (near) add_author_links(doc, n, text, ev, author_links);
    if (near) add_marked_handle(doc, n, marked, text, ev);
    // A byline element often carries the date too: forum software writes each post's
    // "von A » 12.03.2019, 08:47" in one <p class="author">, and the first post's is the thread's.
    // Its names were read as the byline they are.
    add_line_dates(text, near ? kWeightVisibleDate : kWeightWeak, doc.node(n).source_offset, ev, scans);
  }
  for (html::NodeId n : index.date_like) {
    if (!date_line_may_hold_date(doc, n) || about_other_pages(doc, index, n) || in_site_header(doc, index, n)) continue;
    std::string_view text = texts.read(n);
    if (text.empty() || text.size() > kMaxDateLineBytes) continue;
    bool near = near_headline(doc, index, n);
    add_dates(text, near ? kWeightVisibleDate : kWeightWeak, doc.node(n).source_offset, ev, scans, parses);
  }
  add_date_over_headline(doc, index, ev, scans);
  add_first_body_date(doc, index, ev, scans);
  add_labelled_bylines(doc, index, ev, scans, parses);
  if (index.main_h1 == html::kNoNode) return;
  for (html::NodeId n : after_headline(doc, index.main_h1)) {
    if (doc.is_element(n, Tag::kScript) || doc.is_element(n, Tag::kStyle)) continue;
    // Most elements after the headline start no byline and hold no date: their text is not read.
    if (!may_start_byline(element_text_first_bytes(index, n)) && !date_line_may_hold_date(doc, n)) continue;
    std::string_view text = texts.of(n);
    if (text.empty() || text.size() > kMaxDateLineBytes) continue;
    uint32_t pos = doc.node(n).source_offset;
    if (starts_like_byline(text) && text.size() <= kMaxBylineBytes) add_byline(text, kWeightVisible, pos, ev, parses);
    add_dates(text, kWeightVisibleDate, pos, ev, scans, parses);
  }
}

}  // namespace lede::meta
