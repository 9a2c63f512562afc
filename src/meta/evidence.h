// Candidates for each field of the article record, each tagged with the source that gave it.
// Every source (JSON-LD, OpenGraph, <meta>, microdata, <time>, links, the URL, visible text)
// only adds candidates here; resolve.cpp then chooses each field on the evidence.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "lede/article.h"
#include "meta/date.h"

namespace lede::meta {

enum class Field : uint8_t {
  kTitle,
  kSubtitle,
  kDescription,
  kAuthor,
  kByline,
  kPublished,
  kModified,
  kSiteName,
  kCanonicalUrl,
  kLanguage,
  kSection,
  kTag,
  kImage,
  kTranslation,
};

enum class Origin : uint8_t {
  kJsonLd,
  kOpenGraph,
  kTwitter,
  kMetaTag,
  kMicrodata,
  kTimeElement,
  kLink,
  kHtmlLang,
  kHttpHeader,
  kUrl,
  kTitleElement,
  kHeading,
  kVisibleText,
  kDetected,  // a language detected in the text
};

/// "jsonld", "opengraph", ...: how `--explain` names an origin.
std::string_view origin_name(Origin origin);

// How far each kind of source is trusted, before agreement adds to it. Calibrated as a set on
// htmldate-eval, trafilatura-eval and wcxb-dev; change them together, not one at a time.
inline constexpr int kWeightStructured = 10;  // JSON-LD of the page's article, article:* meta
inline constexpr int kWeightMeta = 8;         // named <meta> fields (DC.*, parsely-*, date)
inline constexpr int kWeightMarkup = 6;       // itemprop, <time pubdate>, rel=author
inline constexpr int kWeightUrl = 6;          // a full date in the page's own path
inline constexpr int kWeightVisible = 4;      // a labelled byline near the headline
// A date line beside the headline is what readers go by; it weighs as much as markup.
inline constexpr int kWeightVisibleDate = 6;
inline constexpr int kWeightWeak = 2;         // unlabelled text, generic <meta>, other pages' data

struct Candidate {
  Field field;
  Origin origin;
  int weight = 0;
  uint32_t position = 0;  // byte offset of the element it came from, for document order
  std::string value;      // text, URL or ISO date (date->iso() when `date` is set)
  std::string key;        // what named it on the page (a property, a JSON-LD key, the line
                          // as written); filled only when the page is explained
  std::optional<Date> date;
  // The person of a kAuthor candidate, the link of a kTranslation, the image of a kImage: one
  // of them at most, so that the other candidates (most of a page's) are built, moved and
  // destroyed without the strings of all three.
  std::variant<std::monostate, Author, Translation, Image> detail;

  /// The detail of an author, translation or image candidate; empty for other candidates.
  const Author& author() const { return detail_or<Author>(); }
  const Translation& translation() const { return detail_or<Translation>(); }
  const Image& image() const { return detail_or<Image>(); }

 private:
  template <typename T>
  const T& detail_or() const {
    static const T kNone{};
    const T* held = std::get_if<T>(&detail);
    return held ? *held : kNone;
  }
};

struct SourceContext {
  Date today;
  NumericOrder numeric_order = NumericOrder::kDayFirst;
  std::string page_url;
  bool explain = false;  // keep each candidate's key for Article::origins
};

class Evidence {
 public:
  explicit Evidence(SourceContext context) : context_(std::move(context)) {
    // A page gives a few dozen candidates; growing one by one would move each several times.
    candidates_.reserve(64);
  }

  const SourceContext& context() const { return context_; }
  const std::vector<Candidate>& candidates() const { return candidates_; }

  /// Adds a text value (trimmed, whitespace collapsed); empty values are ignored.
  void add_text(Field field, Origin origin, int weight, std::string_view value,
                uint32_t position = 0);
  /// Parses `text` as a date and adds it when it is a date a page can carry. Returns whether
  /// it was added.
  bool add_date(Field field, Origin origin, int weight, std::string_view text,
                uint32_t position = 0);
  void add_date(Field field, Origin origin, int weight, const Date& date, uint32_t position = 0);
  void add_author(Origin origin, int weight, Author author, uint32_t position = 0);
  /// A user's handle the page marks as one (a forum's "by changingtimes » date"): it may be
  /// written in lower case where a name in visible text may not.
  void add_handle(Origin origin, int weight, Author author, uint32_t position = 0);
  void add_translation(Origin origin, int weight, Translation translation, uint32_t position = 0);
  void add_image(Origin origin, int weight, Image image, uint32_t position = 0);

  /// The articleBody of the page's own JSON-LD article: no field of the record, but the
  /// publisher's copy of the body text, which the body's extraction weighs its attempts against.
  void set_json_ld_article_body(std::string body) { json_ld_article_body_ = std::move(body); }
  std::string take_json_ld_article_body() { return std::move(json_ld_article_body_); }

  /// Names what on the page gave the candidates added since `first` (an index into
  /// candidates()): "article:published_time", "NewsArticle.datePublished", the date line as
  /// written. Only an explained page keeps names, so sources pay nothing otherwise: told here,
  /// in every source's loop, without a call.
  void name_since(size_t first, std::string_view key) {
    if (context_.explain) name_explained_since(first, key);
  }
  /// The same, naming each candidate by `key_of(candidate)`.
  template <typename KeyOf>
  void name_each_since(size_t first, KeyOf key_of) {
    if (!context_.explain) return;
    for (size_t i = first; i < candidates_.size(); ++i) candidates_[i].key = key_of(candidates_[i]);
  }

 private:
  void name_explained_since(size_t first, std::string_view key);
  /// A new candidate, at the end of candidates(), its value yet to be filled.
  Candidate& add(Field field, Origin origin, int weight, uint32_t position);

  SourceContext context_;
  std::string json_ld_article_body_;
  std::vector<Candidate> candidates_;
  // Each value add_text() had to collapse, as given, with the index of the candidate that holds
  // it collapsed.
  std::vector<std::pair<std::string, size_t>> collapsed_;
};

/// Names every candidate added while it lives by `key` (Evidence::name_since), however the
/// source's loop body is left.
class KeyScope {
 public:
  KeyScope(Evidence& ev, std::string_view key) : ev_(ev), key_(key), first_(ev.candidates().size()) {}
  ~KeyScope() { ev_.name_since(first_, key_); }
  KeyScope(const KeyScope&) = delete;
  KeyScope& operator=(const KeyScope&) = delete;

 private:
  Evidence& ev_;
  std::string_view key_;
  size_t first_;
};

}  // namespace lede::meta
