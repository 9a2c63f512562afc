// <link rel=canonical>, <link rel=alternate hreflang> (the page's language versions), and
// links whose text or image alt says they lead to the original or another language edition
// ("원문 보기", "original Korean article", "Read in English", "日本語版").
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/phrase_set.h"
#include "meta/resolve.h"
#include "meta/sources.h"
#include "core/eight_bytes.h"
#include "meta/text_util.h"
#include "meta/url.h"

namespace lede::meta {

namespace {

struct LanguageName {
  std::string_view folded;
  std::string_view tag;
};

// Names of languages as link texts write them, in English and in the language itself.
constexpr LanguageName kLanguageNames[] = {
    {"english", "en"}, {"korean", "ko"}, {"한국어", "ko"}, {"japanese", "ja"}, {"日本語", "ja"},
    {"chinese", "zh"}, {"中文", "zh"}, {"简体", "zh-Hans"}, {"繁體", "zh-Hant"}, {"german", "de"},
    {"deutsch", "de"}, {"french", "fr"}, {"français", "fr"}, {"spanish", "es"},
    {"español", "es"}, {"portuguese", "pt"}, {"português", "pt"}, {"italian", "it"},
    {"italiano", "it"}, {"dutch", "nl"}, {"nederlands", "nl"}, {"polish", "pl"},
    {"polski", "pl"}, {"russian", "ru"}, {"русский", "ru"}, {"turkish", "tr"}, {"türkçe", "tr"},
    {"arabic", "ar"}, {"العربية", "ar"}, {"영문", "en"}, {"英語", "en"}, {"英文", "en"},
    {"日文", "ja"}, {"일본어", "ja"}, {"중국어", "zh"}};

// Words saying a link leads to the article this one was translated from.
constexpr std::string_view kOriginalWords[] = {"original", "원문", "原文", "原文を読む", "originale",
                                               "originalartikel", "версия оригинала", "orijinal"};
// Of those, the words that name the original article on their own ("원문 보기": view the original
// text); the English "original" needs a language beside it ("original recipe" is no edition).
constexpr std::string_view kOriginalArticleWords[] = {"원문", "原文", "originalartikel", "версия оригинала"};
// Words saying a link leads to another language edition of this article.
constexpr std::string_view kEditionWords[] = {"read in", "read this in", "version", "edition", "版",
                                              "판", "보기", "lesen", "lire en", "leer en", "ler em",
                                              "leggi in", "lees in", "читать на", "oku", "also in"};

// Every word above in one set, so that a link text is read once however many words there are.
// Its phrases: the language names first, then each list of words in turn.
struct LinkWords {
  size_t original_from = std::size(kLanguageNames);
  size_t original_article_from = original_from + std::size(kOriginalWords);
  size_t edition_from = original_article_from + std::size(kOriginalArticleWords);
  PhraseSet set{phrases()};

  static std::vector<std::string_view> phrases() {
    std::vector<std::string_view> all;
    for (const LanguageName& l : kLanguageNames) all.push_back(l.folded);
    for (auto list : {std::span<const std::string_view>(kOriginalWords),
                      std::span<const std::string_view>(kOriginalArticleWords),
                      std::span<const std::string_view>(kEditionWords)}) {
      all.insert(all.end(), list.begin(), list.end());
    }
    return all;
  }
};

const LinkWords& link_words() {
  static const LinkWords words;
  return words;
}

// What a link text says, by the words it contains.
struct LinkSays {
  std::string_view lang;  // the first of kLanguageNames it names
  size_t lang_name_bytes = 0;  // the length of that name
  bool original = false;
  bool names_original_article = false;
  bool edition = false;
};

constexpr bool is_lower_ascii_letter(char c) { return c >= 'a' && c <= 'z'; }

// True when the word found at `at` in the folded `text` is not part of a longer word of
// letters: "Germanomics" names no language, nor "conversion" an edition. Words of scripts
// written without spaces ("日本語版", "원문보기") are found wherever they are.
bool stands_alone(std::string_view text, size_t at, std::string_view word) {
  if (is_lower_ascii_letter(word.front()) && at > 0 && is_lower_ascii_letter(text[at - 1])) return false;
  size_t end = at + word.size();
  return !(is_lower_ascii_letter(word.back()) && end < text.size() && is_lower_ascii_letter(text[end]));
}

LinkSays read_link_text(std::string_view text) {
  const LinkWords& words = link_words();
  LinkSays says;
  size_t first_language = std::size(kLanguageNames);
  words.set.find_each(text, [&](size_t at, size_t i) {
    if (!stands_alone(text, at, words.set.phrase(i))) return false;
    if (i < words.original_from) {
      first_language = std::min(first_language, i);
    } else if (i < words.original_article_from) {
      says.original = true;
    } else if (i < words.edition_from) {
      says.names_original_article = true;
    } else {
      says.edition = true;
    }
    return false;
  });
  if (first_language < std::size(kLanguageNames)) {
    says.lang = kLanguageNames[first_language].tag;
    says.lang_name_bytes = kLanguageNames[first_language].folded.size();
  }
  return says;
}

// A link's own text is cut there; folded, a byte takes at most three (fold_case()).
constexpr size_t kOwnTextBytes = 80;

// The folded text read_link_text() reads: the link's text, its images' alts and its title.
// Most links have neither images nor a title: their text is folded into `small`, without an
// allocation; the others into `large`.
std::string_view link_text(const html::Document& doc, html::NodeId a, std::string_view title,
                           std::span<char, 3 * kOwnTextBytes> small, std::string& large) {
  std::string own = element_text(doc, a, kOwnTextBytes);
  bool has_image = false;
  for (html::NodeId c = doc.node(a).first_child; c != html::kNoNode && !has_image; c = doc.next_in_tree(c, a)) {
    has_image = doc.is_element(c, html::Tag::kImg);
  }
  if (!has_image && title.empty()) {
    // Most links: the text alone, collapsed already, but its cut at 80 bytes can end on a space.
    if (!own.empty() && own.back() == ' ') own.pop_back();
    return fold_case(own, small);
  }
  // The alts and the title are collapsed onto the text.
  CollapsedText text;
  text.append(own);
  for (html::NodeId c = doc.node(a).first_child; c != html::kNoNode; c = doc.next_in_tree(c, a)) {
    if (doc.is_element(c, html::Tag::kImg)) {
      text.separate();
      text.append(doc.attribute_value(c, "alt"));
    }
  }
  text.separate();
  text.append(title);
  large = fold_case(text.text());
  return large;
}

// The ASCII words among kLanguageNames and kOriginalArticleWords: what makes read_link_text()
// find a language or the original article in a lower-case ASCII text. Most links of a page are
// asked, and nearly all of them name nothing: their text is read against these words alone, at
// every fourth byte only. Each word is at least kMinWordBytes long, so one of its first four
// pairs of letters starts at a multiple of four wherever the word is: every such pair is filed
// with the word and its place in it, and a pair found in the text is checked for those words
// only. The set of every link word read each byte against a table of 65536 pairs, and found
// the pairs that start edition words ("re", "le") in most texts.
class AsciiNamingWords {
 public:
  AsciiNamingWords() {
    std::vector<std::string_view> words;
    for (const LanguageName& l : kLanguageNames) words.push_back(l.folded);
    words.insert(words.end(), std::begin(kOriginalArticleWords), std::end(kOriginalArticleWords));
    std::erase_if(words, [](std::string_view w) { return !is_ascii_text(w); });
    for (std::string_view w : words) {
      if (w.size() < kMinWordBytes || !std::all_of(w.begin(), w.begin() + kMinWordBytes, is_lower_ascii_letter)) {
        throw std::logic_error("an ASCII naming word is shorter than five letters");
      }
      for (size_t offset = 0; offset < kStride; ++offset) places_.push_back({pair(w.substr(offset)), offset, w});
    }
    if (places_.size() >= 255) throw std::logic_error("too many ASCII naming words for the table");
    // Filed by pair, the places of a pair side by side.
    std::stable_sort(places_.begin(), places_.end(), [](const Place& a, const Place& b) { return a.pair < b.pair; });
    for (size_t i = places_.size(); i-- > 0;) first_of_pair_[places_[i].pair] = static_cast<uint8_t>(i + 1);
  }

  /// True when the lower-case ASCII `text` contains one of the words.
  bool in(std::string_view text) const {
    if (text.size() < kMinWordBytes) return false;
    for (size_t at = 0; at + 1 < text.size(); at += kStride) {
      if (!is_lower_ascii_letter(text[at]) || !is_lower_ascii_letter(text[at + 1])) continue;
      size_t p = pair(text.substr(at));
      for (size_t i = first_of_pair_[p]; i > 0 && i <= places_.size() && places_[i - 1].pair == p; ++i) {
        const Place& place = places_[i - 1];
        if (place.offset > at) continue;
        size_t start = at - place.offset;
        if (text.size() - start >= place.word.size() &&
            std::memcmp(text.data() + start, place.word.data(), place.word.size()) == 0) {
          return true;
        }
      }
    }
    return false;
  }

 private:
  static constexpr size_t kMinWordBytes = 5;
  static constexpr size_t kStride = kMinWordBytes - 1;
  // The pair of letters `text` starts with, as a number below 26 * 26.
  static size_t pair(std::string_view text) {
    return static_cast<size_t>(text[0] - 'a') * 26 + static_cast<size_t>(text[1] - 'a');
  }

  // A pair of letters of a word, `offset` bytes into it.
  struct Place {
    size_t pair;
    size_t offset;
    std::string_view word;
  };
  std::vector<Place> places_;
  // One more than the index of the first place of each pair of letters; 0 for none.
  std::array<uint8_t, 26 * 26> first_of_pair_{};
};

const AsciiNamingWords& ascii_naming_words() {
  static const AsciiNamingWords words;
  return words;
}

// Room for the text of most links.
constexpr size_t kShortTextBytes = 256;

// Pieces of a link's text gathered to tell whether their words name a language
// (surely_names_nothing()).
class ShortText {
 public:
  /// False when `piece` does not fit.
  bool append(std::string_view piece) {
    if (piece.size() > kShortTextBytes - size_) return false;
    std::memcpy(text_.data() + size_, piece.data(), piece.size());
    size_ += piece.size();
    return true;
  }
  /// True when the text is ASCII and, in lower case, the words read_link_text() looks for name
  /// no language and not the original in it. Checked and lowered in place eight bytes at a
  /// time: most links of a page come here.
  bool names_nothing() {
    // Zeros after the text (ASCII, and no letter) make its last bytes a whole word too, where
    // they were read one by one.
    eight_bytes::store(text_.data() + size_, 0);
    for (size_t i = 0; i < size_; i += 8) {
      uint64_t eight = eight_bytes::load(text_.data() + i);
      if (eight & eight_bytes::kHighBits) return false;
      eight_bytes::store(text_.data() + i, eight_bytes::lower_ascii(eight));
    }
    return !ascii_naming_words().in({text_.data(), size_});
  }

 private:
  // Room for the text and the eight zeros after it.
  std::array<char, kShortTextBytes + 8> text_;
  size_t size_ = 0;
};

// Text bytes and elements of a link read before its words are left to the full reading: as
// many as the text held, so that a teaser's link is told here too, but no more, so that a link
// wrapping a whole block of markup is not read to its end.
constexpr size_t kMaxReadLinkBytes = kShortTextBytes;

// Whether `piece` is ASCII, fits, and names no language and not the original article.
bool ascii_names_nothing(std::string_view piece) {
  if (piece.empty()) return true;
  ShortText text;
  return text.append(piece) && text.names_nothing();
}

// True for a link read_link_text() surely finds no language in, told without building its
// text: a link with no hreflang whose text nodes, image alts and title are ASCII. Its text is
// the text nodes collapsed and cut, then the alts and the title, each a space apart, in lower
// case; the ASCII words that could make it a translation link (language names,
// "originalartikel") hold no white space, so each is in one of these pieces in lower case, the
// text nodes taken as one, wherever it is in the text. Most links of a page are such.
// It is asked before the link's length (has_short_link_text()), so that most links are read
// once: the reading gives up past kMaxReadLinkBytes of text and elements, where a link that
// wraps a whole teaser would be read to its end, and leaves those to the length.
bool surely_names_nothing(const html::Document& doc, const PageIndex::Anchor& anchor) {
  if (!anchor.hreflang.empty() || !ascii_names_nothing(anchor.title)) return false;
  html::NodeId a = anchor.id;
  ShortText text;
  size_t read = 0;
  for (html::NodeId n = doc.first_child(a); n != html::kNoNode; n = doc.next_in_tree(n, a)) {
    html::NodeType type = doc.type(n);
    if (type == html::NodeType::kText) {
      std::string_view data = doc.data(n);
      read += data.size();
      if (read > kMaxReadLinkBytes || !text.append(data)) return false;
    } else if (type == html::NodeType::kElement) {
      if (++read > kMaxReadLinkBytes) return false;
      // The text of scripts, styles and templates is not the link's: rare in a link, left to
      // the full reading.
      html::TagId tag = doc.tag(n);
      if (tag == html::Tag::kScript || tag == html::Tag::kStyle || tag == html::Tag::kTemplate) return false;
      if (doc.is_element(n, html::Tag::kImg) && !ascii_names_nothing(doc.attribute_value(n, "alt"))) return false;
    }
  }
  return text.names_nothing();
}

// Letters a link may hold beside the name of a language and still say only that: "In English",
// "Auf Deutsch", "En français". "German Flatts" and "French wine regions" name a town and wines.
constexpr size_t kMaxLettersBesideLanguageName = 3;

// True when the folded link text names a language and little else.
bool is_language_name_alone(std::string_view folded_text, const LinkSays& says) {
  if (says.lang.empty()) return false;
  size_t letters = 0;  // bytes of letters, of any script, as the name's are counted
  for (char c : folded_text) {
    unsigned char b = static_cast<unsigned char>(c);
    letters += (b >= 'a' && b <= 'z') || b >= 0x80;
  }
  return letters <= says.lang_name_bytes + kMaxLettersBesideLanguageName;
}

// True when the folded link text is the code `hreflang` gives, whole or its primary subtag.
bool is_language_code_of(std::string_view folded_text, std::string_view hreflang) {
  hreflang = trim(hreflang);
  if (hreflang.empty() || hreflang.size() > 16) return false;
  std::array<char, 64> buffer;
  std::string_view code = fold_case(hreflang, buffer);
  std::string_view primary = code.substr(0, code.find_first_of("-_"));
  return folded_text == code || folded_text == primary;
}

// A link that says it leads to another language edition of the article or to its original.
struct TranslationLink {
  Translation translation;
  int weight;
  uint32_t position;
  std::string text;  // what the link says, folded: the key --explain names it by
};

// The link `anchor`, with a short text (has_short_link_text()), read as a translation link, if
// it is one.
std::optional<TranslationLink> read_translation_link(const html::Document& doc, const PageIndex::Anchor& anchor,
                                                     std::string_view page_url, std::string_view page_language) {
  html::NodeId a = anchor.id;
  std::array<char, 3 * kOwnTextBytes> small;
  std::string large;
  std::string_view text = link_text(doc, a, anchor.title, small, large);
  if (text.empty()) return std::nullopt;
  LinkSays says = read_link_text(text);
  std::string_view lang = says.lang;
  bool original = says.original;
  bool names_original_article = says.names_original_article;
  bool edition = says.edition;
  if (!anchor.hreflang.empty() && lang.empty()) lang = anchor.hreflang;
  // "Original" alone is too common ("original recipe"); it must come with a language, and a
  // language must come with an edition word or be all the link says: its name, or its code as
  // language switchers write it ("EN", "pt-BR"). An hreflang alone says only what language
  // the linked page is in, and some CMSs write one on every link of a page.
  bool language_only = is_language_name_alone(text, says) || is_language_code_of(text, anchor.hreflang);
  if (!(original && !lang.empty()) && !(edition && !lang.empty()) && !language_only && !names_original_article) {
    return std::nullopt;
  }
  // A link in the page's own language leads to no other edition: the current entry of a
  // language menu, a preferences page, a section named for the language.
  if (!lang.empty() && !page_language.empty() && primary_language(lang) == page_language) return std::nullopt;
  std::string url = resolve_url(page_url, anchor.href);
  if (url.empty() || url_key(url) == url_key(page_url)) return std::nullopt;
  // A link to a site's front page is the language switcher of the site, not of this article.
  if (is_front_page(url)) return std::nullopt;
  // An entry of a language menu says less than "Read in English": it may lead to the site's
  // section in that language (resolve_translations() weighs where it leads).
  bool says_language_only = language_only && !original && !edition && !names_original_article;
  int weight = original ? kWeightMeta : says_language_only ? kWeightWeak : kWeightVisible;
  return TranslationLink{{std::move(url), std::string(lang), original ? "original" : "alternate"},
                         weight, doc.node(a).source_offset, std::string(text)};
}

// True when the links offer another page in the same language as `link`: a list of pages, each
// with its language versions ("EN | DE | RO" under every office of a directory, "English
// version" under every story of a front page), not the article's own language switcher.
bool language_offered_twice(const TranslationLink& link, std::span<const TranslationLink> links) {
  std::string key = url_key(link.translation.url);
  return std::any_of(links.begin(), links.end(), [&](const TranslationLink& other) {
    return other.translation.lang == link.translation.lang && url_key(other.translation.url) != key;
  });
}

}  // namespace

void extract_links(const html::Document& doc, const PageIndex& index, Evidence& ev) {
  const std::string& base = ev.context().page_url;
  for (html::NodeId l : index.links) {
    // Most <link>s are stylesheets, preloads and icons: resolve the href only of the kinds read.
    // Those are nine bytes long, as long as an ASCII rel that folds to them: the other ASCII
    // rels are passed over unfolded.
    std::string_view written_rel = doc.attribute_value(l, "rel");
    if (written_rel.size() != 9 && is_ascii_text(written_rel)) continue;
    // Folded without an allocation: a rel longer than the buffer is cut, and names no kind read.
    std::array<char, 64> rel_buffer;
    std::string_view rel = fold_case(written_rel, rel_buffer);
    if (rel != "canonical" && rel != "alternate" && rel != "image_src") continue;
    std::string href = resolve_url(base, doc.attribute_value(l, "href"));
    if (href.empty()) continue;
    uint32_t pos = doc.node(l).source_offset;
    KeyScope named(ev, rel);
    if (rel == "canonical") {
      ev.add_text(Field::kCanonicalUrl, Origin::kLink, kWeightMeta, href, pos);
    } else if (rel == "alternate" && doc.find_attribute(l, "hreflang")) {
      std::string lang(trim(doc.attribute_value(l, "hreflang")));
      if (fold_case(lang) == "x-default") continue;
      ev.add_translation(Origin::kLink, kWeightMeta, {href, lang, "alternate"}, pos);
    } else if (rel == "image_src") {
      ev.add_image(Origin::kLink, kWeightMarkup, {href, {}, {}, {}}, pos);
    }
  }
  std::string page_language;
  if (index.html != html::kNoNode) page_language = primary_language(doc.attribute_value(index.html, "lang"));
  std::vector<TranslationLink> links;
  for (const PageIndex::Anchor& a : index.anchors) {
    if (about_other_pages(doc, index, a.id)) continue;
    // Told by its words before its length is measured: nearly every link names nothing, and
    // reading its words is the cheaper of the two.
    if (surely_names_nothing(doc, a) || !has_short_link_text(doc, a.id)) continue;
    if (auto link = read_translation_link(doc, a, base, page_language)) links.push_back(std::move(*link));
  }
  // Where a list of pages offers their language versions, the bare entries beside it ("PT"
  // under one office alone) are the list's too.
  std::vector<bool> of_a_list(links.size());
  for (size_t i = 0; i < links.size(); ++i) of_a_list[i] = language_offered_twice(links[i], links);
  bool page_lists_pages = std::find(of_a_list.begin(), of_a_list.end(), true) != of_a_list.end();
  for (size_t i = 0; i < links.size(); ++i) {
    if (of_a_list[i] || (page_lists_pages && links[i].weight == kWeightWeak)) continue;
    KeyScope named(ev, links[i].text);
    ev.add_translation(Origin::kVisibleText, links[i].weight, std::move(links[i].translation), links[i].position);
  }
}

}  // namespace lede::meta
