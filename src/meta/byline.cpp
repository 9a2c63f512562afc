#include "meta/byline.h"

#include <algorithm>
#include <bit>
#include <array>
#include <cstdint>
#include <forward_list>
#include <optional>
#include <string>
#include <initializer_list>
#include <vector>

#include "meta/date.h"
#include "meta/text_util.h"
#include "meta/word_shapes.h"

namespace lede::meta {

namespace {

struct Label {
  std::string_view folded;  // how the label starts a byline part, case-folded
  std::string_view role;    // the role it gives, empty for a plain "by"
};

// Longest labels first: the first that matches wins.
constexpr Label kLabels[] = {
    {"additional reporting by", "reporter"}, {"medically reviewed by", "reviewer"},
    {"reviewed by", "reviewer"},             {"fact-checked by", "reviewer"},
    {"fact checked by", "reviewer"},         {"reporting by", "reporter"},
    {"reported by", "reporter"},             {"editing by", "editor"},
    {"edited by", "editor"},                 {"photographs by", "photographer"},
    {"photography by", "photographer"},      {"photos by", "photographer"},
    {"photo by", "photographer"},            {"pictures by", "photographer"},
    {"translated by", "translator"},         {"translation by", "translator"},
    {"übersetzung", "translator"},           {"übersetzt von", "translator"},
    {"traduction", "translator"},            {"traduit par", "translator"},
    {"traducción", "translator"},            {"traducido por", "translator"},
    {"tradução", "translator"},              {"traduzione", "translator"},
    {"перевод", "translator"},               {"çeviri", "translator"},
    {"illustrations by", "illustrator"},     {"illustration by", "illustrator"},
    {"video by", "videographer"},            {"compiled by", "compiler"},
    {"written by", ""},                      {"words by", ""},
    {"story by", ""},                        {"text by", ""},
    {"posted by", ""},                       {"published by", ""},
    {"an article by", ""},                   {"by", ""},
    {"von", ""},                             {"par", ""},
    {"por", ""},                             {"di", ""},
    {"door", ""},                            {"av", ""},
    {"af", ""},                              {"przez", ""},
    {"interview", ""},
    {"autor", ""},
    {"autorin", ""},                         {"author", ""},
    {"auteur", ""},                          {"text", ""},
    {"texto", ""},                           {"tekst", ""},
    {"yazan", ""},                           {"yazar", ""},
    {"haber", ""},                           {"muhabir", "reporter"},
    {"fotoğraflar", "photographer"},         {"fotoğraf", "photographer"},
    {"автор", ""},                           {"текст", ""},
    {"фото", "photographer"},                {"редактор", "editor"},
    {"fotos", "photographer"},               {"foto", "photographer"},
    {"photo", "photographer"},               {"책임편집", "editor"},
    {"글·사진", ""},                         {"글", ""},
    {"사진", "photographer"},                {"작성자", ""},                         {"بقلم", ""},
    {"كتب", ""},                             {"per", ""},
    {"责任编辑", "责编"},                    {"责编", "责编"},
    {"責任編輯", "責編"},                    {"責編", "責編"},
    {"编辑", "编辑"},                        {"編輯", "編輯"},
    {"本报记者", "记者"},                    {"特约记者", "特约记者"},
    {"记者", "记者"},                        {"通讯员", "通讯员"},
    {"通訊員", "通訊員"},
    {"記者", "記者"},                        {"摄影", "摄影"},
    {"文・写真", ""},                        {"文·写真", ""},
    {"写真", "photographer"},                {"撮影", "photographer"},
    {"撰文", ""},                            {"文", ""},
    {"作者", ""},
};

// Labels of the source a story came from ("来源：新华社", "Quelle: dpa"): what follows is an
// outlet or an agency, not a person.
constexpr std::string_view kSourceLabels[] = {"来源", "來源", "出處", "出处", "source", "quelle",
                                              "fuente", "fonte", "출처"};

bool opens_with_source_label(std::string_view folded);

// The texts a parse had to write anew (collapsed, or with contacts or brackets taken out): every
// other piece of a byline is a view into the text as given, and a string for each piece cost
// more than parsing it. A list, so that keeping one moves none.
class Rewrites {
 public:
  std::string_view keep(std::string text) { return texts_.emplace_front(std::move(text)); }

 private:
  std::forward_list<std::string> texts_;
};

// collapse_space(text), written anew only when collapsing changes it.
std::string_view collapsed(std::string_view text, Rewrites& rewrites) {
  return is_collapsed(text) ? text : rewrites.keep(collapse_space(text));
}

struct RoleWord {
  std::string_view folded;
  std::string_view role;
};

// Role words that end a byline part ("Tokyo and Seoul correspondents") or follow a name
// ("홍길동 기자", "山田太郎特派員"). Longer spellings first so suffixes match whole words.
constexpr RoleWord kRoleWords[] = {
    {"staff writers", "staff writer"}, {"staff writer", "staff writer"},
    {"staff reporters", "staff reporter"}, {"staff reporter", "staff reporter"},
    {"correspondents", "correspondent"}, {"correspondent", "correspondent"},
    {"reporters", "reporter"},         {"reporter", "reporter"},
    {"editors", "editor"},             {"editor", "editor"},
    {"photographers", "photographer"}, {"photographer", "photographer"},
    {"translators", "translator"},     {"translator", "translator"},
    {"contributors", "contributor"},   {"contributor", "contributor"},
    {"columnists", "columnist"},       {"columnist", "columnist"},
    {"journalists", "journalist"},     {"journalist", "journalist"},
    {"writers", "writer"},             {"writer", "writer"},
    {"korrespondentin", "Korrespondentin"}, {"korrespondent", "Korrespondent"},
    {"redakteurin", "Redakteurin"},    {"redakteur", "Redakteur"},
    {"kolumnistin", "Kolumnistin"},    {"kolumnist", "Kolumnist"},
    {"correspondant", "correspondant"}, {"corresponsal", "corresponsal"},
    {"선임기자", "선임기자"},          {"객원기자", "객원기자"},
    {"사진기자", "사진기자"},          {"특파원", "특파원"},
    {"논설위원", "논설위원"},          {"기자", "기자"},
    {"編集委員", "編集委員"},          {"論説委員", "論説委員"},
    {"特派員", "特派員"},              {"記者", "記者"},
    {"特约记者", "特约记者"},          {"通讯员", "通讯员"},
    {"记者", "记者"},                  {"编辑", "编辑"},
};

// Words that are never a person's name on their own (case-folded).
constexpr std::string_view kNotPeople[] = {
    "staff", "staff writer", "staff reporter", "admin", "administrator", "editor", "editors",
    "the editors", "editorial", "editorial staff", "editorial team", "redaktion", "rédaction",
    "redacción", "redação", "redazione", "redactie", "redakcja", "редакция", "news desk",
    "newsdesk", "news", "web desk", "desk", "team", "guest", "guest author", "anonymous",
    "unknown", "email the author", "email", "e-mail", "follow", "share", "contact", "more",
    "author", "authors", "by", "and", "reporter", "correspondent", "contributor", "writer",
    "photographer", "wire", "wires", "agencies", "agency", "agences", "the associated press",
    "associated press", "ap", "afp", "reuters", "dpa", "apa", "ansa", "efe", "sda",
    "press release", "sponsored", "advertisement", "read more", "view all posts", "posts",
    "home", "users", "user", "moderator", "webmaster", "none", "null", "undefined",
    "no author", "gesponserte inhalte", "anzeige", "werbung", "datum", "quelle", "tags",
    "kontakt", "hinterlasse einen kommentar", "kommentar", "kommentare", "comments", "comment",
    "leave a comment", "edit", "about this", "about the author", "über den autor",
    // Navigation and forum badges that a byline box or a post header holds.
    "menu", "main menu", "search", "privacy", "privacy policy", "topic author",
    // Date labels that a byline sharing its line with the date leaves behind.
    "updated", "last updated", "published", "posted", "aktualisiert", "veröffentlicht",
    "mis à jour", "actualizado", "atualizado", "aggiornato", "bijgewerkt"};

// Joining words between two names in a list.
constexpr std::string_view kConjunctions[] = {
    " and ", " & ", " und ", " et ", " y ", " e ", " en ", " i ", " и ", " ve ", " og ", " och ",
    " with ", " und von ", " and by "};

// The byte after the space of each joining word: most spaces in a byline are followed by none.
constexpr std::array<bool, 256> kJoiningSeconds = [] {
  std::array<bool, 256> seconds{};
  for (std::string_view w : kConjunctions) seconds[static_cast<unsigned char>(w[1])] = true;
  return seconds;
}();

// True when a joining word stands anywhere in `folded`: every one opens with a space, so the
// places after a space are the only ones looked at, where a search for each word in turn
// looked at every space once per word.
bool holds_joining_word(std::string_view folded) {
  for (size_t at = folded.find(' '); at != std::string_view::npos; at = folded.find(' ', at + 1)) {
    if (at + 1 >= folded.size() || !kJoiningSeconds[static_cast<unsigned char>(folded[at + 1])]) continue;
    for (std::string_view w : kConjunctions) {
      if (w[1] == folded[at + 1] && folded.compare(at, w.size(), w) == 0) return true;
    }
  }
  return false;
}

// The lengths of the words that are never a person's name, as a set: most names have none.
constexpr size_t kMaxNotPersonBytes = 32;
constexpr std::array<bool, kMaxNotPersonBytes + 1> kNotPeopleSizes = [] {
  std::array<bool, kMaxNotPersonBytes + 1> sizes{};
  for (std::string_view w : kNotPeople) sizes[w.size()] = true;
  return sizes;
}();

// The words filed by length: a name is compared with the few words of its own length, not with
// all of them.
struct WordsByLength {
  std::array<std::string_view, std::size(kNotPeople)> words{};
  std::array<uint8_t, kMaxNotPersonBytes + 2> starts{};  // length n: words[starts[n]..starts[n + 1])
};
constexpr WordsByLength kNotPeopleByLength = [] {
  WordsByLength filed;
  size_t k = 0;
  for (size_t n = 0; n <= kMaxNotPersonBytes; ++n) {
    filed.starts[n] = static_cast<uint8_t>(k);
    for (std::string_view w : kNotPeople) {
      if (w.size() == n) filed.words[k++] = w;
    }
  }
  filed.starts[kMaxNotPersonBytes + 1] = static_cast<uint8_t>(k);
  return filed;
}();
static_assert(kNotPeopleByLength.starts[kMaxNotPersonBytes + 1] == std::size(kNotPeople),
              "every word that is no person is filed by its length");

bool is_not_person_word(std::string_view folded) {
  if (folded.size() > kMaxNotPersonBytes) return false;
  for (size_t k = kNotPeopleByLength.starts[folded.size()]; k < kNotPeopleByLength.starts[folded.size() + 1]; ++k) {
    if (kNotPeopleByLength.words[k] == folded) return true;
  }
  return false;
}

// A label at the start of `folded` ends at a word boundary, a colon or a slash.
bool label_matches(std::string_view folded, std::string_view label) {
  if (!starts_with_folded(folded, label)) return false;
  if (folded.size() == label.size()) return true;
  unsigned char next = static_cast<unsigned char>(folded[label.size()]);
  if (next == ' ' || next == ':' || next == '/' || next == '|' || next == '-') return true;
  // CJK labels run straight into the name ("记者王小明", "文/张三").
  size_t i = 0;
  char32_t last = 0;
  while (i < label.size()) last = next_code_point(label, i);
  return is_cjk(last) && next >= 0x80;
}

// The first bytes of the source labels, as a set: most parts open with none of them.
constexpr std::array<bool, 256> kSourceLabelFirsts = [] {
  std::array<bool, 256> firsts{};
  for (std::string_view l : kSourceLabels) firsts[static_cast<unsigned char>(l[0])] = true;
  return firsts;
}();

bool opens_with_source_label(std::string_view folded) {
  if (folded.empty() || !kSourceLabelFirsts[static_cast<unsigned char>(folded[0])]) return false;
  for (std::string_view l : kSourceLabels) {
    if (label_matches(folded, l)) return true;
  }
  return false;
}

// A CJK line lists people after their roles with spaces between ("李华 通讯员 周明"): the part
// is split before and after each role label, so that each name takes the role before it.
// The other words are joined by single spaces: a run of them is a view into `part` unless a
// double space or a label lies between them.
void split_at_cjk_labels(std::string_view part, std::vector<std::string_view>& out, Rewrites& rewrites) {
  size_t run_begin = std::string_view::npos;
  size_t run_end = 0;
  std::string joined;  // the run, once it is no longer a piece of `part`
  bool rewritten = false;
  auto flush = [&] {
    if (run_begin == std::string_view::npos) return;
    out.push_back(rewritten ? rewrites.keep(std::move(joined)) : part.substr(run_begin, run_end - run_begin));
    run_begin = std::string_view::npos;
    joined.clear();
    rewritten = false;
  };
  size_t start = 0;
  while (start <= part.size()) {
    size_t space = part.find(' ', start);
    if (space == std::string_view::npos) space = part.size();
    std::string_view token = part.substr(start, space - start);
    bool label = false;
    // Only a token opening with a CJK byte can equal a CJK label.
    if (!token.empty() && static_cast<unsigned char>(token[0]) >= 0xE0) {
      for (const Label& l : kLabels) {
        label |= static_cast<unsigned char>(l.folded[0]) >= 0xE0 && token == l.folded && !l.role.empty();
      }
    }
    if (label) {
      flush();
      out.push_back(token);
    } else if (!token.empty()) {
      if (run_begin == std::string_view::npos) {
        run_begin = start;
      } else if (!rewritten && start != run_end + 1) {
        joined = std::string(part.substr(run_begin, run_end - run_begin));
        rewritten = true;
      }
      if (rewritten) {
        if (!joined.empty()) joined += ' ';
        joined.append(token);
      }
      run_end = space;
    }
    start = space + 1;
  }
  flush();
}

// Strips a leading label ("By", "Reporting by", "글", "责编：") and returns the role it gives
// (empty for a plain "by"); nullopt when the part starts with no label. A part that is only a
// label becomes empty.
// The first two bytes of the labels that open with two ASCII bytes, case-folded, as a set:
// most parts (names) open with none of them, and are not folded to be compared with the labels.
constexpr auto kLabelFirstPairs = [] {
  std::array<bool, 128 * 128> pairs{};
  for (const Label& l : kLabels) {
    unsigned char first = static_cast<unsigned char>(l.folded[0]);
    unsigned char second = static_cast<unsigned char>(l.folded[1]);
    if (first < 0x80 && second < 0x80) pairs[first * 128 + second] = true;
  }
  return pairs;
}();

std::optional<std::string_view> strip_label(std::string_view& part) {
  // Two ASCII bytes fold to their own lowered bytes: a part opening with a pair no label opens
  // with starts with no label.
  if (part.size() >= 2 && static_cast<unsigned char>(part[0]) < 0x80 && static_cast<unsigned char>(part[1]) < 0x80) {
    auto lower = [](char c) { return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + 32 : c); };
    if (!kLabelFirstPairs[lower(part[0]) * 128 + lower(part[1])]) return std::nullopt;
  }
  // The labels filed by their first byte, in their order: only those can start the part.
  static const std::array<std::vector<const Label*>, 256> by_first_byte = [] {
    std::array<std::vector<const Label*>, 256> table;
    for (const Label& l : kLabels) table[static_cast<unsigned char>(l.folded[0])].push_back(&l);
    return table;
  }();
  FoldedText folding(part);
  std::string_view folded = folding.view();
  if (folded.empty()) return std::nullopt;
  for (const Label* label : by_first_byte[static_cast<unsigned char>(folded[0])]) {
    const Label& l = *label;
    if (!label_matches(folded, l.folded)) continue;
    part = trim(part.substr(folding.original_offset(l.folded.size())), ":：/|-–— ");
    return l.role;
  }
  return std::nullopt;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The role words by their last byte, as sets of bits (bit k for kRoleWords[k]), in their order:
// a part is compared with the few that end as it does, where comparing its last byte with each
// word's was most of the cost of looking for a role.
constexpr auto kRoleWordsByLastByte = [] {
  static_assert(std::size(kRoleWords) <= 64);
  std::array<uint64_t, 256> sets{};
  for (size_t k = 0; k < std::size(kRoleWords); ++k) {
    sets[static_cast<unsigned char>(kRoleWords[k].folded.back())] |= uint64_t{1} << k;
  }
  return sets;
}();

// A trailing role word, as a whole word (Latin) or glued to a CJK name; removes it from `part`.
std::string_view strip_role_suffix(std::string_view& part) {
  // Folding keeps the last byte of ASCII: a part ending in an ASCII byte that ends no role word
  // ends in none once folded (a capital is looked up lowered).
  if (part.empty()) return {};
  unsigned char last = static_cast<unsigned char>(part.back());
  if (last < 0x80 && kRoleWordsByLastByte[last >= 'A' && last <= 'Z' ? last + 32 : last] == 0) return {};
  FoldedText folding(part);
  std::string_view folded = folding.view();
  if (folded.empty()) return {};
  for (uint64_t set = kRoleWordsByLastByte[static_cast<unsigned char>(folded.back())]; set != 0; set &= set - 1) {
    const RoleWord& r = kRoleWords[std::countr_zero(set)];
    if (!ends_with(folded, r.folded)) continue;
    size_t cut = folding.original_offset(folded.size() - r.folded.size());
    bool cjk_role = static_cast<unsigned char>(r.folded[0]) >= 0xE0;
    if (!cjk_role && cut > 0 && part[cut - 1] != ' ') continue;
    part = trim(part.substr(0, cut), " ,");
    return r.role;
  }
  return {};
}

// A dateline's place ("ワシントン", "Los Angeles" written as one word) is short.
constexpr size_t kMaxPlaceBytes = 30;

// Drops bracketed agency prefixes ("[서울=뉴시스]") and keeps the name of "place=name" forms
// used by Japanese and Korean papers ("ワシントン=山田太郎").
std::string strip_dateline_brackets(std::string text) {
  for (auto [open, close] : std::array<std::pair<std::string_view, std::string_view>, 4>{
           {{"[", "]"}, {"(", ")"}, {"（", "）"}, {"【", "】"}}}) {
    size_t a;
    while ((a = text.find(open)) != std::string::npos) {
      size_t b = text.find(close, a);
      if (b == std::string::npos) break;
      std::string inner = text.substr(a + open.size(), b - a - open.size());
      size_t eq = inner.find('=');
      if (eq == std::string::npos) eq = inner.find("＝");
      // A bracket around the whole byline ("（ワシントン=山田太郎）", "（责编：张伟）") holds it.
      bool whole = text.find_first_not_of(" ") == a &&
                   text.substr(b + close.size()).find_first_not_of(" ") == std::string::npos;
      std::string replacement;
      if (whole) replacement = eq == std::string::npos ? inner : inner.substr(inner[eq] == '=' ? eq + 1 : eq + 3);
      text = text.substr(0, a) + " " + replacement + " " + text.substr(b + close.size());
    }
  }
  // "ロサンゼルス=佐藤健": a place of one word before the sign.
  size_t eq = text.find('=');
  std::string_view place = trim(std::string_view(text).substr(0, eq == std::string::npos ? 0 : eq));
  if (eq != std::string::npos && !place.empty() && place.size() <= kMaxPlaceBytes &&
      place.find(' ') == std::string_view::npos) {
    text = text.substr(eq + 1);
  }
  return text;
}

// strip_dateline_brackets(), written anew only for a text that holds a bracket or a sign.
std::string_view strip_dateline(std::string_view text, Rewrites& rewrites) {
  // One pass over the bytes, where find_first_of() looked for each of its three at every byte.
  constexpr std::string_view kFullwidthParenthesis = "（";
  constexpr std::string_view kBlackLenticularBracket = "【";
  bool plain = true;
  for (size_t k = 0; k < text.size() && plain; ++k) {
    char c = text[k];
    plain = c != '[' && c != '(' && c != '=' &&
            !(c == kFullwidthParenthesis[0] && text.substr(k, kFullwidthParenthesis.size()) == kFullwidthParenthesis) &&
            !(c == kBlackLenticularBracket[0] && text.substr(k, kBlackLenticularBracket.size()) == kBlackLenticularBracket);
  }
  return plain ? text : rewrites.keep(strip_dateline_brackets(std::string(text)));
}

bool is_contact(std::string_view word) {
  return word.find('@') != std::string_view::npos || word.find("://") != std::string_view::npos ||
         word.substr(0, 4) == "www.";
}

bool has_contact(std::string_view text) {
  if (text.find('@') == std::string_view::npos && text.find("://") == std::string_view::npos &&
      text.find("www.") == std::string_view::npos) {
    return false;
  }
  for (size_t i = 0; i < text.size();) {
    size_t j = std::min(text.find(' ', i), text.size());
    if (is_contact(text.substr(i, j - i))) return true;
    i = j + 1;
  }
  return false;
}

// Removes e-mail addresses, @handles and URLs, which follow names in many bylines. The words
// left are joined by single spaces; the spaces before the first word and the last space go.
std::string_view strip_contacts(std::string_view text, Rewrites& rewrites) {
  // Most bylines hold no contact: their words are kept as they stand.
  if (!has_contact(text)) {
    size_t first = text.find_first_not_of(' ');
    text = first == std::string_view::npos ? std::string_view{} : text.substr(first);
    if (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    return text;
  }
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find(' ', i);
    if (j == std::string_view::npos) j = text.size();
    std::string_view w = text.substr(i, j - i);
    if (!is_contact(w)) {
      if (!out.empty()) out += ' ';
      out.append(w);
    }
    i = j + 1;
  }
  return rewrites.keep(std::move(out));
}

// True when fold_case(text) contains `folded_separator`, for ASCII text without folding it.
bool contains_folded(std::string_view text, std::string_view folded_separator) {
  if (!is_ascii_text(text)) return FoldedText(text).view().find(folded_separator) != std::string_view::npos;
  if (folded_separator.size() > text.size()) return false;
  for (size_t at = 0; at + folded_separator.size() <= text.size(); ++at) {
    size_t k = 0;
    while (k < folded_separator.size()) {
      char c = text[at + k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c != folded_separator[k]) break;
      ++k;
    }
    if (k == folded_separator.size()) return true;
  }
  return false;
}

// A separator of a byline's pieces, and whether folding can produce it. One that it cannot
// ("|", "•", "，") and that is not in a piece as written is not in it folded either: the piece
// needs no folding. An ASCII separator can only be produced by folding when it holds a letter.
// Told once for each separator the parser splits on, not for every byline.
struct Separator {
  explicit Separator(std::string_view separator)
      : text(separator),
        foldable(is_ascii_text(separator)
                     ? std::any_of(separator.begin(), separator.end(),
                                   [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; })
                     : folding_can_produce(separator)) {}
  std::string_view text;
  bool foldable;
};

std::vector<Separator> separators(std::initializer_list<std::string_view> texts) {
  return std::vector<Separator>(texts.begin(), texts.end());
}

// The bytes a text holds, as a set: one pass over a byline rules out the separators it does not
// hold, where looking for each in turn read it a dozen times.
class ByteSet {
 public:
  explicit ByteSet(std::string_view text) {
    for (char c : text) {
      unsigned char b = static_cast<unsigned char>(c);
      bits_[b >> 6] |= uint64_t{1} << (b & 63);
    }
  }
  bool holds_all(std::string_view text) const {
    for (char c : text) {
      unsigned char b = static_cast<unsigned char>(c);
      if (!((bits_[b >> 6] >> (b & 63)) & 1)) return false;
    }
    return true;
  }

 private:
  std::array<uint64_t, 4> bits_{};
};

void split_on(std::vector<std::string_view>& pieces, const Separator& split) {
  std::string_view separator = split.text;
  bool foldable = split.foldable;
  // Most separators are in no piece: the pieces then stay as they are, uncopied.
  bool any = false;
  for (std::string_view p : pieces) {
    any = foldable ? contains_folded(p, separator) : p.find(separator) != std::string::npos;
    if (any) break;
  }
  if (!any) return;
  std::vector<std::string_view> out;
  FoldedText folding;
  for (std::string_view p : pieces) {
    if (!foldable && p.find(separator) == std::string_view::npos) {
      out.push_back(p);
      continue;
    }
    std::string_view folded = folding.fold(p);
    // Matched on the folded text, cut in the text as written.
    size_t start = 0;
    size_t at;
    while ((at = folded.find(separator, start)) != std::string_view::npos) {
      size_t from = folding.original_offset(start);
      out.push_back(p.substr(from, folding.original_offset(at) - from));
      start = at + separator.size();
    }
    out.push_back(p.substr(folding.original_offset(start)));
  }
  pieces.swap(out);
}

// split_on() when the pieces are parts of a text whose bytes are `held`: a separator that folding
// cannot produce (a mark, not a word) with a byte the text lacks is in no piece.
void split_on_held(std::vector<std::string_view>& pieces, const Separator& split, const ByteSet& held) {
  if (!split.foldable && !held.holds_all(split.text)) return;
  split_on(pieces, split);
}

// "台南報導", "北京电": where a story was filed from, written where a name would be.
constexpr std::string_view kFiledFromSuffixes[] = {"報導", "报道", "報道", "讯", "訊", "电", "電"};

bool is_filed_from(std::string_view name) {
  for (std::string_view s : kFiledFromSuffixes) {
    if (name.size() > s.size() && name.substr(name.size() - s.size()) == s) return true;
  }
  return false;
}

std::string_view clean_name(std::string_view name, std::string_view& role, Rewrites& rewrites);

void add_author(std::vector<Author>& authors, std::string_view name, std::string_view role, Rewrites& rewrites) {
  std::string_view suffix_role;
  name = clean_name(name, suffix_role, rewrites);
  if (!looks_like_person(name) || is_filed_from(name)) return;
  std::string_view final_role = suffix_role.empty() ? role : suffix_role;
  FoldedText folded_name(name);
  FoldedText folded_other;
  for (Author& a : authors) {
    if (folded_other.fold(a.name) == folded_name.view()) {
      if (a.role.empty()) a.role = final_role;
      return;
    }
  }
  authors.push_back({std::string(name), std::string(final_role), {}});
}

// Maximum words in a Latin-script name ("Juan Carlos de la Fuente Ruiz").
constexpr size_t kMaxNameWords = 6;
// Bytes beyond which a "name" is a sentence.
constexpr size_t kMaxNameBytes = 70;

// Words that follow a name in a byline box without punctuation ("Jane Doe Last Updated",
// "John Roe Sponsored", "Ann Poe 5 min read"): the name ends before them (case-folded).
constexpr std::string_view kAfterName[] = {
    " last updated", " last update", " page updated", " updated", " published", " posted",
    " sponsored", " reading time", " min read", " follow", " view all", " more about",
    " read more", " kontakt", " contact", " tags", " quelle", " veröffentlicht", " aktualisiert",
    " publié", " mis à jour", " publicado", " actualizado", " monday", " tuesday", " wednesday",
    " thursday", " friday", " saturday", " sunday", " montag", " dienstag", " mittwoch",
    " donnerstag", " freitag", " samstag", " sonntag", " - ", " – ", " — ", " | "};

// The words by their second byte, the first after the space, as sets of bits (bit k for
// kAfterName[k]): a space is compared with the few words its next byte may start.
constexpr auto kAfterNameBySecondByte = [] {
  static_assert(std::size(kAfterName) <= 64);
  std::array<uint64_t, 256> sets{};
  for (size_t k = 0; k < std::size(kAfterName); ++k) sets[static_cast<unsigned char>(kAfterName[k][1])] |= uint64_t{1} << k;
  return sets;
}();

std::string_view cut_trailing_words(std::string_view s) {
  FoldedText folding(s);
  std::string_view folded = folding.view();
  // Same byte offsets: the words are ASCII and fold_case keeps ASCII lengths.
  if (folded.size() != s.size()) return s;
  // Every word starts with a space, and a name holds few: the name ends at the first space
  // that starts one, where searching the whole name for each word in turn cost more than the
  // rest of its cleaning.
  for (size_t at = folded.find(' ', 1); at != std::string_view::npos; at = folded.find(' ', at + 1)) {
    // Every word's second byte is the first after the space: most spaces are ruled out by it,
    // and the others are compared with the few words of that byte, in their order.
    unsigned char next = at + 1 < folded.size() ? static_cast<unsigned char>(folded[at + 1]) : 0;
    for (uint64_t set = kAfterNameBySecondByte[next]; set != 0; set &= set - 1) {
      std::string_view w = kAfterName[std::countr_zero(set)];
      if (folded.compare(at, w.size(), w) == 0) return s.substr(0, at);
    }
  }
  return s;
}

// text.rfind(word) for a word of at least two bytes, found by one pass forward that compares
// the whole word only where its first two bytes stand: the words looked for open with a space,
// and find() called memchr() and memcmp() at every space of a name.
size_t last_place_of(std::string_view text, std::string_view word) {
  size_t last = std::string_view::npos;
  for (size_t at = 0; at + word.size() <= text.size(); ++at) {
    if (text[at] == word[0] && text[at + 1] == word[1] && text.substr(at, word.size()) == word) last = at;
  }
  return last;
}

// False when `folded` holds none of " by ", " von ", " par ", " por ", " przez " after its
// first byte (where clean_name() looks for them): no space after it is followed by 'b', 'v' or
// 'p'.
bool may_hold_mid_label(std::string_view folded) {
  for (size_t at = 1; at + 1 < folded.size(); ++at) {
    if (folded[at] == ' ' && (folded[at + 1] == 'b' || folded[at + 1] == 'v' || folded[at + 1] == 'p')) return true;
  }
  return false;
}

// Words that introduce a byline, a post or a credit with "von" ("Ein Beitrag von", "Eingestellt
// von", "Zitat von"), case-folded.
constexpr std::string_view kVonIntroductions[] = {
    "artikel", "beitrag", "beiträge", "kommentar", "kommentare", "zitat", "text", "texte", "foto", "fotos",
    "bild", "bilder", "video", "videos", "grafik", "illustration", "interview", "bericht", "gastbeitrag",
    "rezension", "kolumne", "eingestellt", "geschrieben", "verfasst", "erstellt", "veröffentlicht",
    "gepostet", "geändert", "bearbeitet", "aktualisiert", "übersetzt", "antwort", "nachricht"};

// True when the " von " at `at` in `folded` (the case-folding of `text`) is the particle of a
// noble name ("Christoph von Eichhorn", "Artikel von Alexa von Heyden") rather than the label
// "by": one capitalised word before it, at the start or after another " von ", and one word, the
// surname, after it to the end. A label is followed by the whole name ("Beiträge von Petra
// Ruland"), rarely by a surname alone, and a lower-case word before is a verb ("erstellt von").
bool is_name_particle(std::string_view text, const FoldedText& folding, size_t at) {
  constexpr std::string_view kVon = " von ";
  std::string_view folded = folding.view();
  std::string_view after = folded.substr(at + kVon.size());
  if (after.empty() || after.find(' ') != std::string_view::npos) return false;
  std::string_view before = folded.substr(0, at);
  size_t space = before.rfind(' ');
  size_t word = space == std::string_view::npos ? 0 : space + 1;
  if (word >= before.size()) return false;
  // German capitalises its nouns, and a sentence its first word: the words that introduce a
  // byline or a credit with "von" ("Zitat von A", "Eingestellt von A") are capitalised too.
  std::string_view intro = before.substr(word);
  for (std::string_view w : kVonIntroductions) {
    if (intro == w) return false;
  }
  if (space != std::string_view::npos &&
      (word < kVon.size() || before.substr(word - kVon.size(), kVon.size()) != kVon)) {
    return false;
  }
  // A capital folds to another byte.
  return text[folding.original_offset(word)] != folded[word];
}

// The words of a job title an author box writes after the name without punctuation ("Susan
// Hallam Managing Director", "Nik Koblov Head of Engineering"), case-folded: the words that end
// a title, the words that open one before such a word, and the honours written before it.
constexpr std::string_view kTitleEnds[] = {
    "director", "founder", "co-founder", "cofounder", "ceo", "cto", "cfo", "coo", "cmo", "president",
    "manager", "coordinator", "officer", "chairman", "chairwoman"};
constexpr std::string_view kTitleOpeners[] = {
    "managing", "marketing", "content", "senior", "sr.", "chief", "technical", "product", "sales",
    "creative", "deputy", "assistant", "associate", "executive", "digital", "communications",
    "operations", "founding", "vice", "general", "editorial", "program", "project", "account"};
constexpr std::string_view kHonours[] = {"mbe", "obe", "cbe", "phd", "ph.d."};

template <size_t N>
bool is_one_of(std::string_view folded, const std::string_view (&words)[N]) {
  return std::find(std::begin(words), std::end(words), folded) != std::end(words);
}

// Where a job title starts among `folded_words`: at `at`, openers followed by a word that ends a
// title, or "head of" ("Head of Engineering"); 0 when none starts there, else the words it takes
// up to and with its last title word.
size_t title_length(const std::vector<std::string>& folded_words, size_t at) {
  size_t k = at;
  while (k < folded_words.size() && is_one_of(folded_words[k], kTitleOpeners)) ++k;
  if (k < folded_words.size() && is_one_of(folded_words[k], kTitleEnds)) return k + 1 - at;
  if (k + 1 < folded_words.size() && folded_words[k] == "head" && folded_words[k + 1] == "of") return k + 2 - at;
  return 0;
}

// The shapes of the words may_hold_title() looks for: those that end a title, the honours and
// "head".
constexpr WordShapes kTitleWordShapes = [] {
  WordShapes shapes = shapes_of(kTitleEnds);
  WordShapes honours = shapes_of(kHonours);
  for (size_t b = 0; b < shapes.size(); ++b) shapes[b] |= honours[b];
  shapes['h'] |= uint32_t{1} << std::string_view("head").size();
  return shapes;
}();

// False when no word of `s` ends a title, is an honour or is "head", told from ASCII words
// lowered in place: most names hold none, and are not cut into folded words. Called for every
// name: a word is lowered and compared only where its first byte and length are a listed word's.
bool may_hold_title(std::string_view s) {
  constexpr size_t kLongestWord = 12;  // "co-founder", "coordinator", "chairwoman"
  std::array<char, kLongestWord> lowered{};
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
  for (size_t start = 0; start < s.size();) {
    size_t end = start;
    while (end < s.size() && s[end] != ' ') ++end;
    // The word without the commas and blanks around it, as trim(word, ",") strips them.
    auto stripped = [](char c) { return c == ',' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
    size_t first = start;
    size_t last = end;
    while (first < last && stripped(s[first])) ++first;
    while (last > first && stripped(s[last - 1])) --last;
    std::string_view word = s.substr(first, last - first);
    if (!word.empty() && word.size() <= kLongestWord && may_be_listed(kTitleWordShapes, lower(word[0]), word.size())) {
      for (size_t k = 0; k < word.size(); ++k) lowered[k] = lower(word[k]);
      std::string_view folded(lowered.data(), word.size());
      if (is_one_of(folded, kTitleEnds) || is_one_of(folded, kHonours) || folded == "head") return true;
    }
    start = end + 1;
  }
  return false;
}

// Cuts a job title, and honours before it, from the end of a name ("Casey Marez Founder",
// "Susan Hallam MBE Managing Director"): the name alone is the person, the title its role. A text
// that is a title from its first word ("Marketing Director", "CEO of CaseBasix") names nobody
// and becomes empty. Titles are capitalised as the name is: a lower-case word is prose.
// Called for every name: most hold no title word.
std::string_view strip_job_title(std::string_view s, std::string_view& role) {
  if (!may_hold_title(s)) return s;
  std::vector<std::string_view> words;
  std::vector<std::string> folded;
  for (size_t start = 0; start < s.size();) {
    size_t end = std::min(s.find(' ', start), s.size());
    words.push_back(s.substr(start, end - start));
    folded.push_back(fold_case(trim(words.back(), ",")));
    start = end + 1;
  }
  for (size_t at = 0; at < words.size(); ++at) {
    if (words[at].empty() || folded[at].empty() || words[at][0] == folded[at][0]) continue;
    size_t title = at;
    while (title < words.size() && is_one_of(folded[title], kHonours)) ++title;
    if (title == words.size() || title_length(folded, title) == 0) continue;
    if (at == 0) return {};
    // One word before a title word is a name of its own ("Anna Director"): a name has two.
    if (at == 1) return s;
    role = trim(s.substr(static_cast<size_t>(words[title].data() - s.data())), ",");
    return trim(s.substr(0, static_cast<size_t>(words[at].data() - s.data())), " ,/|");
  }
  return s;
}

// "Kristen Falc'hon Kristen Falc'hon", "Loona Construction Loona Construction Loona
// Construction": a template that writes the name twice or more in one element (for the avatar's
// caption, for screen readers, for each screen size) gives it once. A name of two or more words
// is repeated so; one word twice may be a name ("Yassin Yassin"). Most names are neither: their
// first word does not come back after a space.
std::string_view without_repeats(std::string_view name) {
  size_t first_end = name.find(' ');
  if (first_end == std::string_view::npos) return name;
  std::string_view first_word = name.substr(0, first_end);
  for (size_t at = name.find(' '); at != std::string_view::npos; at = name.find(' ', at + 1)) {
    size_t period = at + 1;  // where a repeat would start
    if (at == first_end || name.compare(period, first_word.size(), first_word) != 0) continue;
    std::string_view unit = name.substr(0, at);
    // The whole name is the unit written over and over, with single spaces between.
    bool repeats = (name.size() + 1) % (unit.size() + 1) == 0;
    for (size_t k = period; repeats && k < name.size(); k += unit.size() + 1) {
      repeats = name.compare(k, unit.size(), unit) == 0 && (k + unit.size() == name.size() || name[k + unit.size()] == ' ');
    }
    if (repeats) return unit;
  }
  return name;
}

// The wire services whose staff sign with the service after their name, case-folded ("TOM
// KRISHER, AP Auto Writer", "Andrew Dalton AP Entertainment", "Beatrice Dupuy The Associated
// Press"). "associated" counts before "press" only.
constexpr std::string_view kWireServices[] = {"ap", "afp", "reuters", "dpa", "apa", "ansa", "efe", "upi", "associated"};

constexpr WordShapes kWireServiceShapes = shapes_of(kWireServices);

// `name` without the wire service, and the beat after it, that follow a full name of two words
// or more. A service is written capitalised or in capitals, and so is the word before it: after
// a joining word ("Le Monde with AFP") it is a second credit, not a staff writer's. A text that
// joins several people ("MEG KINNARD and ERRIN HAINES, Associated Press", filed as one person
// by a CMS) is left whole: it names no one person. Asked of every name: a word is lowered and
// compared only where its first byte and length are a listed service's.
std::string_view cut_at_wire_service(std::string_view name) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
  auto capitalised = [](std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; };
  size_t words = 0;
  size_t previous = std::string_view::npos;  // where the word before starts, when it is "the"
  bool capitalised_before = false;
  for (size_t start = 0; start < name.size(); ++words) {
    size_t end = std::min(name.find(' ', start), name.size());
    std::string_view word = trim(name.substr(start, end - start), ",");
    if (words >= 2 && capitalised_before && capitalised(word) &&
        may_be_listed(kWireServiceShapes, lower(word[0]), word.size())) {
      std::array<char, 32> lowered;  // may_be_listed() holds no word of 32 bytes or more
      for (size_t k = 0; k < word.size(); ++k) lowered[k] = lower(word[k]);
      std::string_view folded(lowered.data(), word.size());
      bool press_follows = end + 1 < name.size() && lower(name[end + 1]) == 'p' && name.substr(end + 2, 4) == "ress";
      if (is_one_of(folded, kWireServices) && (folded != "associated" || press_follows)) {
        if (holds_joining_word(name)) return name;
        size_t cut = previous != std::string_view::npos && words >= 3 ? previous : start;
        return trim(name.substr(0, cut), " ,");
      }
    }
    previous = equals_ascii_folded(word, "the") ? start : std::string_view::npos;
    capitalised_before = capitalised(word);
    start = end + 1;
  }
  return name;
}

// clean_person_name() as a view into `name` or into `rewrites`, its role a view into the tables.
std::string_view clean_name(std::string_view name, std::string_view& role, Rewrites& rewrites) {
  // strip_contacts() rejoins the words of collapsed text with single spaces: it stays collapsed.
  std::string_view s = strip_contacts(collapsed(name, rewrites), rewrites);
  s = trim(s, ",;:|-–—·•*");
  s = cut_trailing_words(s);
  s = without_repeats(s);
  // "Reporting by Daniela Ortiz in Santiago": where the reporter filed from follows the name.
  FoldedText folding(s);
  std::string_view folded = folding.view();
  if (size_t at = folded.find(" in "); at != std::string_view::npos && at > 0 && folded.size() == s.size()) {
    s = s.substr(0, at);
    folded = folding.fold(s);
  }
  // "Zeige alle Beiträge von Petra Ruland", "Recipe by PJ Hamel", "Opublikowano przez Anna
  // Nowak": the name follows the label. Most names hold none of the labels, which one pass over
  // their spaces tells.
  for (std::string_view mid : {" by ", " von ", " par ", " por ", " przez "}) {
    if (!may_hold_mid_label(folded)) break;
    size_t at = last_place_of(folded, mid);
    if (mid == " von " && at != std::string_view::npos && is_name_particle(s, folding, at)) {
      at = at == 0 ? std::string_view::npos : last_place_of(folded.substr(0, at), mid);
    }
    if (at != std::string_view::npos && at > 0) {
      s = s.substr(folding.original_offset(at + mid.size()));
      folded = folding.fold(s);
    }
  }
  std::string_view label_role = strip_label(s).value_or(std::string_view{});
  std::string_view suffix_role = strip_role_suffix(s);
  std::string_view title_role;
  s = strip_job_title(s, title_role);
  s = cut_at_wire_service(s);
  role = !suffix_role.empty() ? suffix_role : !title_role.empty() ? title_role : label_role;
  return trim(s, ",;:|-–—·•*\"'“”");
}

}  // namespace

std::string clean_person_name(std::string_view name, std::string* role) {
  Rewrites rewrites;
  std::string_view found_role;
  std::string_view cleaned = clean_name(name, found_role, rewrites);
  if (role) *role = std::string(found_role);
  return std::string(cleaned);
}

namespace {

// fold_case(cp_bytes) != cp_bytes for the bytes of one code point, without a folded copy: a
// capital, or an invalid byte (which folds to U+FFFD). Asked of every word of every name.
bool folding_changes(std::string_view cp_bytes) {
  if (cp_bytes.empty()) return false;
  unsigned char c = static_cast<unsigned char>(cp_bytes[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  size_t i = 0;
  char folded[4];
  size_t n = encode_utf8(fold_code_point(next_code_point(cp_bytes, i)), folded);
  return std::string_view(folded, n) != cp_bytes;
}

// Lower-case words a sentence, a label or a credit holds and a person's name never does:
// pronouns, auxiliaries and prepositions ("you agree to our Privacy Policy", "This article was
// Written By", "Founder at Oakywood", "Contributors to Wikimedia projects"). The particles of
// names ("de", "van", "von", "der", "du", "la", "al") are not among them, nor "for", which joins
// a name to its outlet ("Charles Walton for the Daily Mail").
constexpr std::string_view kNeverInName[] = {
    "to", "our", "your", "you", "we", "my", "was", "were", "is", "are", "this", "that", "those",
    "who", "which", "than", "any", "at", "on", "from", "agree", "including", "für", "ist",
    "wird", "nicht", "auf", "auch", "einen", "eine", "uns", "unserer", "zur", "из", "как", "в"};

constexpr WordShapes kNeverInNameShapes = shapes_of(kNeverInName);

// A headline in capitals ("GET TO KNOW KENDALL JENNER HOME") writes its small words in capitals
// too; the last word of a name in capitals may be a surname spelt like one ("KELVIN TO"). A word
// of ASCII capitals folds to its lower-case letters, lowered in place.
bool is_capitalised_word_never_in_name(std::string_view word) {
  auto is_capital = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (word.size() < 2 || !is_capital(word[0]) || !may_be_listed(kNeverInNameShapes, static_cast<char>(word[0] + 32), word.size()) ||
      !std::all_of(word.begin(), word.end(), is_capital)) {
    return false;
  }
  std::array<char, 32> lowered;  // may_be_listed() holds no word of 32 bytes or more
  for (size_t k = 0; k < word.size(); ++k) lowered[k] = static_cast<char>(word[k] + 32);
  return is_one_of(std::string_view(lowered.data(), word.size()), kNeverInName);
}

// Asked of every name of several words: a word is compared with the list only where its first
// byte and length are a listed word's, which few words of a name are.
bool holds_word_never_in_name(std::string_view name) {
  for (size_t start = 0; start < name.size();) {
    size_t end = start;
    while (end < name.size() && name[end] != ' ') ++end;
    std::string_view word = name.substr(start, end - start);
    if (!word.empty() && may_be_listed(kNeverInNameShapes, word[0], word.size()) && is_one_of(word, kNeverInName)) return true;
    if (end < name.size() && is_capitalised_word_never_in_name(word)) return true;
    start = end + 1;
  }
  return false;
}

// First words a name never has, case-folded: the writers' own possessive, naming a group of
// them ("Our Product Research Team", "Unsere Redaktion"), "from" before a brand ("From Apple"),
// and the verbs and words of a button or a link that a shop or a widget puts where a byline
// stands ("Visit the Apple Store", "View all", "Sign In", "Loading", "Last updated"). "Your" and
// "my" open the names of brands that sign as authors ("Your Native Teacher").
constexpr std::string_view kNeverOpensName[] = {
    "our", "their", "this", "these", "those", "from", "unser", "unsere", "unserer", "notre",
    "nos", "nuestro", "nuestra", "nuestros", "visit", "shop", "read", "view",
    "see", "follow", "subscribe", "join", "click", "learn", "discover", "explore", "download",
    "watch", "listen", "share", "buy", "get", "sign", "loading", "last", "insert", "leave", "show"};

constexpr WordShapes kNeverOpensNameShapes = shapes_of(kNeverOpensName);

// True when the first word of `name`, ASCII, is one of kNeverOpensName in any case ("Visit",
// "SHOP"). Asked of every name: the word is lowered and compared only where its first byte and
// length are a listed word's.
bool opens_as_no_name(std::string_view name) {
  size_t end = std::min(name.find(' '), name.size());
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
  if (end == 0 || !may_be_listed(kNeverOpensNameShapes, lower(name[0]), end)) return false;
  std::array<char, 32> lowered;  // may_be_listed() holds no word of 32 bytes or more
  for (size_t k = 0; k < end; ++k) lowered[k] = lower(name[k]);
  return is_one_of(std::string_view(lowered.data(), end), kNeverOpensName);
}

// The particles of names of four letters or more, which a name writes in lower case between its
// capitalised words ("Anna della Rovere", "Siti binti Ahmad"); shorter ones ("van", "de", "von")
// are let through by their length.
constexpr std::string_view kLongParticles[] = {"della", "delle", "dello", "degli", "dalla", "dalle", "bint", "binti"};

// True when a word of `name` after its first opens with an ASCII lower-case letter, is four
// letters or more and is no particle: a verb or a noun of a headline or a sentence ("Pricing
// changes for GitHub Actions", "Music deserves Bose"), where a name capitalises each word but its
// particles. The first word is left alone: brands and handles that sign as authors are written
// in lower case before a capitalised word ("revamp-it Webteam", "wegewerk GmbH").
// Asked of every capitalised name of several words, most of which have no lower-case word.
bool holds_lower_case_content_word(std::string_view name) {
  constexpr size_t kShortestContentWord = 4;
  for (size_t start = name.find(' ') + 1; start > 0 && start < name.size();) {
    size_t end = std::min(name.find(' ', start), name.size());
    // A comma before the word opens an item of a list written as one name ("Triple T, fria").
    if (name[start] >= 'a' && name[start] <= 'z' && end - start >= kShortestContentWord && name[start - 2] != ',' &&
        !is_one_of(name.substr(start, end - start), kLongParticles)) {
      return true;
    }
    start = end + 1;
  }
  return false;
}

// Lower-case prepositions and conjunctions that a byline box leaves before the words after them
// ("in Uncategorized", "in Köln, Deutschland", "em São Paulo", "w Informacje", "und Interview",
// "vom Support Team"): a name of several words never opens with one. Compared as written: "Im"
// and "In" open Korean names.
constexpr std::string_view kFunctionWordsBeforeWords[] = {"in",  "im",  "em",  "w",   "und",  "and", "vom",
                                                         "aus", "mit", "bei", "dans", "sur", "with"};

constexpr WordShapes kFunctionWordShapes = shapes_of(kFunctionWordsBeforeWords);

bool opens_with_function_word(std::string_view name) {
  size_t end = name.find(' ');
  return end != std::string_view::npos && may_be_listed(kFunctionWordShapes, name[0], end) &&
         is_one_of(name.substr(0, end), kFunctionWordsBeforeWords);
}

}  // namespace

bool looks_like_person(std::string_view name, bool require_capital) {
  if (name.empty() || name.size() > kMaxNameBytes || has_ascii_digit(name) || opens_as_no_name(name) ||
      opens_with_function_word(name)) {
    return false;
  }
  // An address, a handle, a question or a cry, looked for in one pass: a search for each sign
  // in turn cost a call of memchr() apiece.
  for (size_t k = 0; k < name.size(); ++k) {
    char c = name[k];
    if (c == '@' || c == '?' || c == '!' || (c == ':' && name.substr(k, 3) == "://") ||
        (c == 'w' && name.substr(k, 4) == "www.")) {
      return false;
    }
  }
  bool ascii = is_ascii_text(name);
  // A breadcrumb's or a post header's separator ("Home » Services") stands between names, never
  // within one.
  if (!ascii && (name.find("»") != std::string_view::npos || name.find("›") != std::string_view::npos)) return false;
  // ASCII folds to its own length: a name of a length no such word has needs no folding.
  if ((!ascii || (name.size() <= kMaxNotPersonBytes && kNotPeopleSizes[name.size()])) &&
      is_not_person_word(FoldedText(name).view())) {
    return false;
  }
  size_t i = 0;
  char32_t first = next_code_point(name, i);
  if (is_cjk(first)) return utf8_length(name) <= 12;
  size_t words = 1;
  bool any_capital = false;
  bool at_word_start = true;
  // ASCII, most names, is read byte by byte: a capital is a byte that folding changes.
  for (size_t k = 0; ascii && k < name.size(); ++k) {
    char c = name[k];
    if (c == ' ') {
      ++words;
      at_word_start = true;
      continue;
    }
    any_capital |= at_word_start && c >= 'A' && c <= 'Z';
    at_word_start = false;
  }
  for (size_t k = 0; !ascii && k < name.size();) {
    size_t start = k;
    char32_t cp = next_code_point(name, k);
    if (cp == ' ') {
      ++words;
      at_word_start = true;
      continue;
    }
    if (at_word_start && folding_changes(name.substr(start, k - start))) {
      any_capital = true;
    }
    at_word_start = false;
  }
  if (words > kMaxNameWords || (words > 1 && holds_word_never_in_name(name))) return false;
  // A phrase that ends in a small word ("Veröffentlicht am", "Artikel von", "in Uncategorized"
  // ends otherwise) is a label; names end in a capitalised word.
  if (require_capital && words > 1) {
    size_t last = name.rfind(' ') + 1;
    size_t k = last;
    next_code_point(name, k);
    std::string_view initial = name.substr(last, k - last);
    if (!folding_changes(initial) && !(first >= 0x590 && !(first >= 0x1E00 && first <= 0x1EFF))) {
      return false;
    }
    if (holds_lower_case_content_word(name)) return false;
  }
  // Scripts without case (Arabic, Hebrew, Thai) cannot be checked for capitals.
  bool caseless = first >= 0x590 && !(first >= 0x1E00 && first <= 0x1EFF);
  return any_capital || caseless || !require_capital;
}

bool looks_like_handle(std::string_view word) {
  constexpr size_t kMaxHandleBytes = 40;
  if (word.empty() || word.size() > kMaxHandleBytes) return false;
  bool letter = false;
  for (char c : word) {
    bool is_letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
    if (!is_letter && !(c >= '0' && c <= '9') && c != '_' && c != '.' && c != '-') return false;
    letter |= is_letter;
  }
  return letter && !is_not_person_word(FoldedText(word).view());
}

bool opens_with_photo_credit(std::string_view text) {
  Rewrites rewrites;
  std::string_view part = trim(collapsed(text, rewrites));
  std::optional<std::string_view> role = strip_label(part);
  return role.has_value() && *role == "photographer";
}

bool opens_with_byline_label(std::string_view text) {
  Rewrites rewrites;
  std::string_view part = trim(collapsed(text, rewrites));
  return strip_label(part).has_value() && !part.empty();
}

namespace {

// Lower-case words that follow "by" in a sentence and never open a name.
// "By the Lavazza Team" is a byline: articles stay out.
constexpr std::string_view kPronounsAfterBy[] = {"you", "us", "me", "them", "him", "her", "our", "your", "their"};

// "By submitting this form, you agree to our Privacy Policy", "By clicking Accept, ...", "By you":
// "by" before a lower-case gerund or pronoun opens a consent or an instruction, not a byline.
bool opens_consent(std::string_view text) {
  if (text.size() < 4 || (text[0] | 0x20) != 'b' || (text[1] | 0x20) != 'y' || text[2] != ' ') return false;
  std::string_view rest = text.substr(3);
  std::string_view word = trim(rest.substr(0, rest.find(' ')), ",.;:");
  if (word.empty() || !std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
  constexpr std::string_view kGerund = "ing";
  if (word.size() > kGerund.size() + 1 && ends_with(word, kGerund)) return true;
  return is_one_of(word, kPronounsAfterBy);
}

// "Men's (158) Women's (164) Unisex (3)": a count in brackets after each word is a shop's
// filter list or a comment counter, never a byline; a year in brackets ("(1952)") has four
// digits and is not taken for a count.
constexpr size_t kMaxCountDigits = 3;

bool holds_bracketed_count(std::string_view text) {
  for (size_t open = text.find('('); open != std::string_view::npos; open = text.find('(', open + 1)) {
    size_t digits = 0;
    while (open + 1 + digits < text.size() && text[open + 1 + digits] >= '0' && text[open + 1 + digits] <= '9') ++digits;
    if (digits > 0 && digits <= kMaxCountDigits && open + 1 + digits < text.size() && text[open + 1 + digits] == ')') return true;
  }
  return false;
}

// "A, B, and C": the serial comma leaves the last name of a list behind its joining word, which
// the comma cut off from the space before it. Joining words are written in lower case.
std::string_view without_leading_conjunction(std::string_view part) {
  // Asked of every part of every byline: a part opens with a joining word only where its first
  // byte is one's, the byte after the space that kJoiningSeconds holds.
  if (part.empty() || !kJoiningSeconds[static_cast<unsigned char>(part[0])]) return part;
  for (std::string_view w : kConjunctions) {
    std::string_view word = w.substr(1);  // "and ", without the space before it
    if (part.size() > word.size() && part.starts_with(word)) return trim(part.substr(word.size()));
  }
  return part;
}

// Post-nominal letters, as written after a name and its comma ("Dylan Bailey, MS, RD, FAND",
// "Genevieve Carlton, Ph.D.", "Matthew Frankel, CFP®"): the degrees, licences and fellowships of
// the person before them, never people of their own. Compared as written: credentials keep
// their capitals, and a lower-case "ms" or "do" is a word.
constexpr std::string_view kPostNominals[] = {
    "PhD", "Ph.D", "DPhil", "MD", "M.D", "DO", "D.O", "DDS", "DMD", "DVM", "VMD", "PharmD", "PsyD",
    "EdD", "DNP", "DPT", "MBBS", "MS", "M.S", "MSc", "MA", "M.A", "MBA", "MPH", "MPA", "MFA", "MEd",
    "MSW", "MSN", "BSN", "BS", "B.S", "BSc", "BA", "B.A", "JD", "J.D", "LLM", "Esq",
    "RN", "NP", "APRN", "FNP", "FNP-BC", "PA-C", "LPN", "IBCLC", "RD", "RDN", "LD", "LDN", "CDE",
    "CDCES", "CSSD", "FAND", "FACP", "FACS", "FACC", "FAAP", "FACOG", "FACLM", "FAAD", "FOMA",
    "DABOM", "DACVB", "LVT", "VTS", "CSCS", "LCSW", "LMFT", "LPC", "LMHC", "BCBA", "CPA", "CFA", "CFP",
    "ChFC", "CLU", "CEPF", "CPP", "PSP", "PMP", "MBE", "OBE", "CBE", "Jr", "Sr", "III"};

constexpr WordShapes kPostNominalShapes = shapes_of(kPostNominals);

// Credentials as they end a name: without an ellipsis that cut the line after them ("MD...")
// or the full stop of a sentence after capitals ("DVM."); an abbreviation keeps its last dot
// ("Ph.D.", "Jr.").
std::string_view as_name_ends(std::string_view credentials) {
  for (std::string_view ellipsis : {std::string_view("..."), std::string_view("…")}) {
    if (ends_with(credentials, ellipsis)) return trim(credentials.substr(0, credentials.size() - ellipsis.size()));
  }
  if (!ends_with(credentials, ".")) return credentials;
  std::string_view word = credentials.substr(credentials.rfind(' ') + 1);
  word.remove_suffix(1);
  return std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; })
             ? credentials.substr(0, credentials.size() - 1)
             : credentials;
}

// True when every word of `part` is a post-nominal, with its closing dots ("Ph.D.", "MD...")
// and a registered mark ("CFP®") or not. Asked of every part of every byline: a word is compared
// with the list only where its first byte and length are a listed word's, which few words of a
// name are.
bool is_post_nominal_list(std::string_view part) {
  constexpr std::string_view kMarks[] = {"®", "™"};
  if (part.empty()) return false;
  for (size_t start = 0; start < part.size();) {
    size_t end = std::min(part.find(' ', start), part.size());
    std::string_view word = trim(part.substr(start, end - start), ".");
    for (std::string_view mark : kMarks) {
      if (ends_with(word, mark)) word.remove_suffix(mark.size());
    }
    if (word.empty() || !may_be_listed(kPostNominalShapes, word[0], word.size()) || !is_one_of(word, kPostNominals)) {
      return false;
    }
    start = end + 1;
  }
  return true;
}

// True when `text` reads as a sentence: three words or more, one of them in lower case ("Reviewed
// by Molly Price"), where a name capitalises its words ("J.D. Salinger" is no sentence after
// "J.D.").
bool reads_as_sentence(std::string_view text) {
  size_t words = 1;
  bool lower_word = !text.empty() && text[0] >= 'a' && text[0] <= 'z';
  for (size_t at = text.find(' '); at != std::string_view::npos; at = text.find(' ', at + 1)) {
    ++words;
    lower_word |= at + 1 < text.size() && text[at + 1] >= 'a' && text[at + 1] <= 'z';
  }
  return words >= 3 && lower_word;
}

// The credentials that open a byline part after a name's comma: the whole part ("MS, RD" cut at
// its commas gives "MS"), or a sentence the next opens after ("DVM. Reviewed by Molly Price");
// empty when the part opens otherwise.
std::string_view credentials_at_start(std::string_view part) {
  if (is_post_nominal_list(part)) return part;
  size_t sentence_end = part.find(". ");
  if (sentence_end == std::string_view::npos || !reads_as_sentence(part.substr(sentence_end + 2))) return {};
  std::string_view credentials = part.substr(0, sentence_end + 1);
  return is_post_nominal_list(credentials) ? credentials : std::string_view{};
}

// The labels that name a reviewer inside a byline, after the author ("Written by A Medically
// reviewed by B"), case-folded, with the space before them.
constexpr std::string_view kReviewerLabelsWithin[] = {" medically reviewed by ", " reviewed by ", " fact-checked by ",
                                                      " fact checked by "};

// Cuts each segment before a reviewer's label, which then opens a segment of its own and gives
// its names its role: read as one, the name after the last "by" was the byline's only one.
// Most bylines hold no "by " after their first word, which one look settles.
void split_before_reviewer_labels(std::vector<std::string_view>& segments) {
  for (size_t k = 0; k < segments.size(); ++k) {
    std::string_view segment = segments[k];
    if (!contains_folded(segment.substr(std::min<size_t>(1, segment.size())), " by ")) continue;
    FoldedText folding(segment);
    std::string_view folded = folding.view();
    for (std::string_view label : kReviewerLabelsWithin) {
      size_t at = folded.find(label);
      if (at == std::string_view::npos || at == 0) continue;
      size_t cut = folding.original_offset(at);
      segments[k] = segment.substr(0, cut);
      segments.insert(segments.begin() + static_cast<std::ptrdiff_t>(k) + 1, segment.substr(cut + 1));
      ++k;  // the reviewer's segment opens with its label, and holds no other
      break;
    }
  }
}

}  // namespace

std::optional<std::string> handle_after_label(std::string_view text) {
  Rewrites rewrites;
  std::string_view head = trim(collapsed(text, rewrites));
  size_t space = head.rfind(' ');
  if (space == std::string_view::npos) return std::nullopt;
  std::string_view handle = head.substr(space + 1);
  // The words before the handle are a label ("by", "von") or end in one ("Post by").
  std::string_view label = head.substr(0, space);
  std::optional<std::string_view> role = strip_label(label);
  bool labelled = role.has_value() && label.empty();
  FoldedText folding(head.substr(0, space));
  for (std::string_view mid : {" by", " von", " par", " por"}) {
    labelled |= ends_with(folding.view(), mid);
  }
  if (!labelled || !looks_like_person(handle, false)) return std::nullopt;
  return std::string(handle);
}

std::vector<Author> parse_byline(std::string_view byline) {
  std::vector<Author> authors;
  Rewrites rewrites;
  std::string_view text = collapsed(byline, rewrites);
  if (text.empty() || opens_consent(trim(text)) || holds_bracketed_count(text)) return authors;
  // The pieces of the byline as it is cut, whose buffers are kept from one byline to the next:
  // four allocations for each byline cost more than most of its cutting.
  thread_local std::vector<std::string_view> segments;
  thread_local std::vector<std::string_view> parts;
  thread_local std::vector<std::string_view> split_parts;
  thread_local std::vector<std::string_view> names;
  segments.assign(1, text);
  static const std::vector<Separator> kSegmentSeparators =
      separators({";", "|", "•", " · ", "\n", " / ", " -- ", " — ", "　", "／"});
  static const std::vector<Separator> kPartSeparators = separators({",", "，", "、", ":", "："});
  static const std::vector<Separator> kJoiningWords(std::begin(kConjunctions), std::end(kConjunctions));
  static const std::vector<Separator> kMiddleDots = separators({"·", "・"});
  ByteSet text_bytes(text);
  for (const Separator& sep : kSegmentSeparators) split_on_held(segments, sep, text_bytes);
  split_before_reviewer_labels(segments);
  for (std::string_view segment : segments) {
    parts.assign(1, strip_dateline(strip_contacts(segment, rewrites), rewrites));
    ByteSet part_bytes(parts.front());
    for (const Separator& sep : kPartSeparators) split_on_held(parts, sep, part_bytes);
    split_parts.clear();
    for (std::string_view p : parts) split_at_cjk_labels(trim(p), split_parts, rewrites);
    parts.swap(split_parts);
    if (!parts.empty() && opens_with_source_label(FoldedText(parts.front()).view())) continue;
    // Names of this segment still waiting for a role that a later part may give
    // ("A and B, Tokyo correspondents").
    size_t roleless_from = authors.size();
    std::string_view pending_label_role;
    // The person the part before named, whose credentials may follow: none yet.
    size_t named_before = std::string_view::npos;
    // Whether the last part that named people named one of two words or more.
    bool full_name_before = false;
    for (std::string_view raw : parts) {
      std::string_view written = trim(collapsed(raw, rewrites));
      std::string_view credentials = credentials_at_start(written);
      if (!credentials.empty()) {
        // Kept with the name as written, as structured data and readers keep them; a name made
        // too long by them stays bare.
        if (named_before != std::string_view::npos) {
          std::string with_credentials = authors[named_before].name + ", " + std::string(as_name_ends(credentials));
          if (looks_like_person(with_credentials)) authors[named_before].name = std::move(with_credentials);
        }
        written = trim(written.substr(credentials.size()));
        if (written.empty()) continue;
      }
      std::string_view part = without_leading_conjunction(trim(written, " .·"));
      named_before = std::string_view::npos;
      if (part.empty()) continue;
      if (std::optional<std::string_view> label_role = strip_label(part)) {
        if (!label_role->empty()) pending_label_role = *label_role;
        if (part.empty()) continue;
      }
      std::string_view without_role = part;
      std::string_view role = strip_role_suffix(without_role);
      if (!role.empty() && static_cast<unsigned char>(role[0]) < 0x80) {
        if (authors.size() > roleless_from) {
          // "X and Y correspondents": a role for the names before it, not a name itself.
          for (size_t k = roleless_from; k < authors.size(); ++k) {
            if (authors[k].role.empty()) authors[k].role = std::string(role);
          }
          roleless_from = authors.size();
          continue;
        }
        // A label's role ("Reviewed by") stays the role of the names after it.
        if (pending_label_role.empty()) pending_label_role = role;
        part = without_role;
      }
      names.assign(1, part);
      // Most parts name one person. A joining word found in no piece splits none, and every
      // piece's folded text lies within the part's: one look at the folded part settles it.
      if (holds_joining_word(FoldedText(part).view())) {
        for (const Separator& conj : kJoiningWords) split_on(names, conj);
      }
      // Korean and Chinese lists join names with a middle dot ("김철수·이영희 기자").
      if (!part.empty() && is_cjk([&] { size_t z = 0; return next_code_point(part, z); }())) {
        for (const Separator& dot : kMiddleDots) split_on(names, dot);
      }
      // "Clare Duffy, CNN", "Fritz Imhof, Livenet", "Jane Doe, Jaipur": one word after a full
      // name is where the person works or filed from; a byline that lists people gives each of
      // them two words or more. Scripts without spaces between names are read as written.
      if (full_name_before && names.size() == 1 && part.find(' ') == std::string_view::npos &&
          !is_cjk([&] { size_t z = 0; return next_code_point(part, z); }())) {
        continue;
      }
      std::string_view shared_role;
      if (names.size() > 1) {
        std::string_view last = names.back();
        shared_role = strip_role_suffix(last);
      }
      size_t before = authors.size();
      for (std::string_view n : names) add_author(authors, n, pending_label_role, rewrites);
      if (authors.size() > before) {
        named_before = authors.size() - 1;
        full_name_before = authors.back().name.find(' ') != std::string::npos;
      }
      if (!shared_role.empty()) {
        for (size_t k = before; k < authors.size(); ++k) {
          if (authors[k].role.empty()) authors[k].role = shared_role;
        }
      }
    }
  }
  return authors;
}

}  // namespace lede::meta
