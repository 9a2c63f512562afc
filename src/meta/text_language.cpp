// The language the article is written in, detected by CLD2 (Debian libcld2-dev) on its text.
// <html lang> and Content-Language describe the page, and site templates often declare one
// language for every article; the text itself says which language this article is in. The
// detection is one candidate among the declared ones (resolve.cpp weighs them). Where the
// article's own words or script confirm the declared language (language_confirmation.h), or
// name one on a page declaring none, CLD2 is not run: the candidate is the one its detection
// would give.
// compact_lang_det.h uses FILE without including its header.
#include <cstdio>
// clang-format off
#include <cld2/public/compact_lang_det.h>
// clang-format on

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "meta/language_confirmation.h"
#include "meta/resolve.h"
#include "meta/sources.h"
#include "meta/text_util.h"

namespace lede::meta {

namespace {

namespace Tag = html::Tag;

// Enough text for a confident answer; more only costs time.
constexpr size_t kMaxDetectBytes = 32 * 1024;
// The start of the article that confirms a declared language (sample_settles()): CLD2 reads
// about 300 instructions a byte, and a kilobyte of words is enough to say "this is it".
constexpr size_t kDeclaredSampleBytes = 1024;
// The start of the article that names the language of a page declaring none. Naming one among
// all is harder than confirming one: shorter starts, mostly a site's own words, named another
// language than the whole text on some pages of the evaluation sets.
constexpr size_t kUndeclaredSampleBytes = 2 * 1024;
// Below this much letter text CLD2's answer is a guess: the title and description are used
// instead, at a weak weight.
constexpr int kMinBodyTextBytes = 400;
// A detection is strong when CLD2 calls it reliable and the language covers most of the text.
constexpr int kStrongPercent = 80;
constexpr int kStrongTextBytes = 1500;

// Elements whose text is page chrome or code, not the article.
bool is_chrome(html::TagId tag) {
  switch (tag) {
    case Tag::kScript: case Tag::kStyle: case Tag::kTemplate: case Tag::kNav: case Tag::kHeader:
    case Tag::kFooter: case Tag::kAside: case Tag::kForm: case Tag::kSelect: case Tag::kButton:
    case Tag::kNoscript: case Tag::kHead:
      return true;
    default:
      return false;
  }
}

// The article's text in document order, read as far as asked: a first sample, then on if the
// sample does not settle the language.
class ArticleText {
 public:
  ArticleText(const html::Document& doc, const PageIndex& index)
      : doc_(doc), index_(index),
        root_(index.main_article != html::kNoNode ? index.main_article : doc.root()), next_(root_) {}

  /// Reads on until the text holds `bytes` bytes (ending with a whole text node) or the
  /// article ends.
  const std::string& read(size_t bytes) {
    text_.reserve(bytes);
    while (next_ != html::kNoNode && text_.size() < bytes) {
      html::NodeId n = next_;
      html::NodeType type = doc_.type(n);
      if (type == html::NodeType::kElement && n != root_ && (is_chrome(doc_.tag(n)) || in_widget(index_, n))) {
        next_ = doc_.next_skipping_children(n, root_);
        continue;
      }
      if (type == html::NodeType::kText) append(doc_.data(n));
      next_ = doc_.next_in_tree(n, root_);
    }
    return text_;
  }
  /// True when read() has reached the end of the article.
  bool complete() const { return next_ == html::kNoNode; }

 private:
  // Each run of ASCII whitespace goes in as one space, as CLD2 reads it: the indentation
  // between tags is most of the text of many pages, and the sizes read are sizes of words.
  // Text nodes are words apart, so every word but the text's first follows one space. The
  // bytes are written straight into the text, sized for the node and a space, and cut to what
  // was written: appending word by word cost more than reading the bytes.
  void append(std::string_view data) {
    const char* p = data.data();
    const char* end = p + data.size();
    // Most text nodes between the article's words are indentation: nothing to write.
    while (p < end && is_ascii_space(*p)) ++p;
    if (p == end) return;
    size_t size = text_.size();
    text_.resize(size + static_cast<size_t>(end - p) + 1);
    char* out = text_.data();
    while (p < end) {
      if (size != 0) out[size++] = ' ';
      do {
        out[size++] = *p++;
      } while (p < end && !is_ascii_space(*p));
      while (p < end && is_ascii_space(*p)) ++p;
    }
    text_.resize(size);
  }

  const html::Document& doc_;
  const PageIndex& index_;
  html::NodeId root_;
  html::NodeId next_;
  std::string text_;
};

// CLD2 names a few languages by their retired ISO 639 codes; BCP 47 uses the current ones.
std::string bcp47(CLD2::Language lang) {
  std::string code = CLD2::LanguageCode(lang);
  if (code == "iw") return "he";
  if (code == "jw") return "jv";
  if (code == "in") return "id";
  // CLD2 tells Nynorsk ("nn") apart; its "no" is the Bokmål that most Norwegian is written in.
  if (code == "no") return "nb";
  return code;
}

struct Detection {
  std::string tag;
  int percent = 0;
  int text_bytes = 0;
  bool reliable = false;
};

Detection detect(const std::string& text) {
  CLD2::Language top3[3];
  int percent3[3];
  int text_bytes = 0;
  bool reliable = false;
  CLD2::Language lang = CLD2::DetectLanguageSummary(text.data(), static_cast<int>(text.size()),
                                                     /*is_plain_text=*/true, top3, percent3,
                                                     &text_bytes, &reliable);
  Detection d;
  if (lang == CLD2::UNKNOWN_LANGUAGE || lang == CLD2::TG_UNKNOWN_LANGUAGE) return d;
  d.tag = bcp47(lang);
  // "xx-Latn" and friends name a script, not a language.
  if (d.tag.rfind("xx", 0) == 0) d.tag.clear();
  d.percent = percent3[0];
  d.text_bytes = text_bytes;
  d.reliable = reliable;
  return d;
}

// Every tag detect() can return, by primary subtag ("zh" → "zh", "zh-Hant").
const std::map<std::string, std::vector<std::string>, std::less<>>& detectable_tags() {
  static const auto* tags = [] {
    auto* by_primary = new std::map<std::string, std::vector<std::string>, std::less<>>;
    for (int i = 0; i < CLD2::NUM_LANGUAGES; ++i) {
      auto lang = static_cast<CLD2::Language>(i);
      if (lang == CLD2::UNKNOWN_LANGUAGE || lang == CLD2::TG_UNKNOWN_LANGUAGE) continue;
      std::string tag = bcp47(lang);
      if (tag.empty() || tag.rfind("xx", 0) == 0) continue;
      std::string primary = normalize_language(tag).substr(0, tag.find('-'));
      if (primary.empty()) continue;
      std::vector<std::string>& list = (*by_primary)[primary];
      if (std::find(list.begin(), list.end(), tag) == list.end()) list.push_back(tag);
    }
    return by_primary;
  }();
  return *tags;
}

// The weights extract_text_language() gives a detection: kWeightWeak for one on the title and
// description, kWeightMeta or kWeightStructured for one on the article's text.
constexpr std::array<int, 3> kDetectionWeights = {kWeightWeak, kWeightMeta, kWeightStructured};

// The page's language candidates alone, in their order: resolve_language() reads no others,
// and a page holds dozens of candidates of other fields that each trial below would pass over.
Evidence language_candidates(const Evidence& ev) {
  Evidence languages(ev.context());
  for (const Candidate& c : ev.candidates()) {
    if (c.field == Field::kLanguage) languages.add_text(c.field, c.origin, c.weight, c.value, c.position);
  }
  return languages;
}

// What a detection could do to the language the page resolves to without one (`declared`).
// Each tag detect() could return is tried once at each weight asked about, however many of
// the questions below ask about it: resolving is what costs here. A detection that leaves the
// language alone leaves it alone at any lower weight too (resolve_language() adds a detection's
// weight to its language's score, and takes its tag only when it outweighs the declared ones;
// tests/unit_meta/language_resolution_test.cpp holds it to that), so a tag alike at
// kWeightStructured is not tried again at another weight.
class DetectionTries {
 public:
  /// `languages` holds the page's language candidates (language_candidates()).
  DetectionTries(const Evidence& languages, const std::string& declared) : languages_(languages), declared_(declared) {
    for (const Candidate& c : languages_.candidates()) primaries_.push_back(primary_language(c.value));
  }

  /// Whether some detection of at most `weight` could change the resolved language. Where the
  /// page declares its language in several agreeing places (<html lang>, og:locale, JSON-LD
  /// inLanguage) no detection can outweigh them, and the text need not be read: CLD2 is the
  /// costliest step of the metadata stage. Each tag detect() could return is tried: those of
  /// the declared languages, and one language no source declares.
  bool detection_can_change(int weight) {
    for (const std::string& primary : primaries_) {
      auto it = detectable_tags().find(primary);
      if (it == detectable_tags().end()) continue;
      for (const std::string& t : it->second) {
        if (!resolves_alike(t, weight)) return true;
      }
    }
    // A language no source declares, for all the others: a private-use code (ISO 639-2 qaa-qtz).
    std::string undeclared = "qaa";
    while (std::find(primaries_.begin(), primaries_.end(), undeclared) != primaries_.end()) ++undeclared[2];
    return !resolves_alike(undeclared, weight);
  }

  /// Whether a detection on the start of the article can settle the language: it must name the
  /// declared language, and whatever the whole text's detection says of that language (another
  /// script or none, another weight), the page's language must resolve the same. That second
  /// half does not depend on the sample, so it is known before CLD2 reads it: where it fails,
  /// the sample is not detected at all.
  bool sample_can_settle() {
    std::string primary = primary_language(declared_);
    if (primary.empty()) return false;
    auto it = detectable_tags().find(primary);
    if (it == detectable_tags().end()) return false;
    for (const std::string& t : it->second) {
      if (!resolves_alike(t, kWeightStructured)) return false;
    }
    return true;
  }

  /// Where sample_can_settle(): whether this detection on the start of the article settles it.
  bool sample_settles(const Candidate& sample) {
    return primary_language(sample.value) == primary_language(declared_) && resolves_alike(sample.value, sample.weight);
  }

 private:
  enum class Outcome : uint8_t { kUntried, kAlike, kChanges };
  // A tag and what a detection of it does at each of kDetectionWeights, as far as tried.
  struct Tried {
    std::string tag;
    std::array<Outcome, kDetectionWeights.size()> at{};
  };

  // Whether a detection of `tag` at `weight` (one of kDetectionWeights) resolves the page's
  // language to `declared`.
  bool resolves_alike(const std::string& tag, int weight) {
    auto it = std::find_if(tried_.begin(), tried_.end(), [&](const Tried& t) { return t.tag == tag; });
    if (it == tried_.end()) it = tried_.insert(tried_.end(), Tried{tag, {}});
    if (it->at.back() == Outcome::kAlike) return true;  // alike at kWeightStructured, the strongest
    Outcome& outcome = it->at[std::find(kDetectionWeights.begin(), kDetectionWeights.end(), weight) -
                              kDetectionWeights.begin()];
    if (outcome == Outcome::kUntried) {
      Candidate c{Field::kLanguage, Origin::kDetected, weight, 0, tag, {}, {}, {}};
      outcome = resolve_language(languages_, &c) == declared_ ? Outcome::kAlike : Outcome::kChanges;
    }
    return outcome == Outcome::kAlike;
  }

  const Evidence& languages_;
  const std::string& declared_;
  std::vector<std::string> primaries_;
  std::vector<Tried> tried_;
};

// CLD2's count of a text's scored bytes is within a few dozen bytes of the cheap test's
// (TextLanguage::scored_bytes: at most 38 more on the evaluation sets, 1 to 3 more on every
// text the test confirmed), or less where it squeezes repeated text out.
constexpr size_t kScoredBytesMargin = 50;

// CLD2 scores at most a few dozen bytes more of a text than it holds (34 on the evaluation
// sets): a shorter text gives no body candidate.
constexpr size_t kMinDetectedWholeBytes = kMinBodyTextBytes - 100;

// The weight of the detection of a text whose language the cheap test named, by its scored
// bytes: not strong below kStrongTextBytes, strong above (CLD2 gives the language of a text
// the test names most of its bytes), none where the count is too near the line to say.
std::optional<int> named_weight(size_t scored_bytes) {
  if (scored_bytes + kScoredBytesMargin < static_cast<size_t>(kStrongTextBytes)) return kWeightMeta;
  if (scored_bytes >= static_cast<size_t>(kStrongTextBytes) + kScoredBytesMargin) return kWeightStructured;
  return std::nullopt;
}

// Whether CLD2 names `language` one way only (not Chinese, which it names "zh" or "zh-Hant"
// by the characters): then the cheap test's name is CLD2's.
bool detected_one_way(std::string_view language) {
  auto it = detectable_tags().find(language);
  return it != detectable_tags().end() && it->second.size() == 1 && it->second.front() == language;
}

// The candidate a detection would give a text whose language the cheap test named
// (language_confirmation.h), where CLD2 need not read it.
std::optional<Candidate> named_candidate(const TextLanguage& named) {
  if (named.language.empty() || !detected_one_way(named.language)) return std::nullopt;
  std::optional<int> weight = named_weight(named.scored_bytes);
  if (!weight) return std::nullopt;
  return Candidate{Field::kLanguage, Origin::kDetected, *weight, 0, std::string(named.language), {}, {}, {}};
}

// What the words or script of `text` say of its language: on a page declaring one, the
// declared language where they confirm it, else any they name; on a page declaring none, the
// one they name.
TextLanguage words_say(const std::string& text, const std::string& declared) {
  if (declared.empty()) return text_names_language(text);
  return text_confirms_or_names_language(text, primary_language(declared));
}

// The candidate a detection on the article's text gives, if any.
std::optional<Candidate> body_candidate(const Detection& body) {
  if (body.tag.empty() || !body.reliable || body.text_bytes < kMinBodyTextBytes) return std::nullopt;
  bool strong = body.percent >= kStrongPercent && body.text_bytes >= kStrongTextBytes;
  return Candidate{Field::kLanguage, Origin::kDetected, strong ? kWeightStructured : kWeightMeta,
                   0, body.tag, {}, {}, {}};
}

}  // namespace

void extract_text_language(const html::Document& doc, const PageIndex& index, Evidence& ev) {
  // An explained page names every source, so its text is read even where the detection cannot
  // change the record; it is read the same way as on any page, so the record stays the same.
  bool explain = ev.context().explain;
  Evidence languages = language_candidates(ev);
  std::string declared = resolve_language(languages);
  DetectionTries tries(languages, declared);
  if (!explain && !tries.detection_can_change(kWeightStructured)) return;
  ArticleText text(doc, index);
  const std::string& start = text.read(declared.empty() ? kUndeclaredSampleBytes : kDeclaredSampleBytes);
  Detection body;
  if (!text.complete()) {
    // A page declaring its language is mostly written in it: the start of the article confirms
    // the declaration as well as the whole would, for less reading. A page declaring none takes
    // whatever its text is written in, which a confident detection on a longer start names as
    // well as one on the whole.
    if (declared.empty() || tries.sample_can_settle()) {
      // Where the start's own words confirm the declared language (or name one where the
      // page declares none), CLD2 need not read it.
      TextLanguage said = words_say(start, declared);
      std::optional<Candidate> confirmed = named_candidate(said);
      if (confirmed && (declared.empty() || tries.sample_settles(*confirmed))) {
        ev.add_text(Field::kLanguage, Origin::kDetected, confirmed->weight, confirmed->value);
        return;
      }
      // Where they name another language than the declared one, so would CLD2: its detection
      // of the start could not settle the language, and the whole text is read at once.
      bool names_another = !declared.empty() && !said.language.empty() && said.language != primary_language(declared);
      if (!names_another) {
        Detection detected = detect(start);
        std::optional<Candidate> sample = body_candidate(detected);
        if (sample && (declared.empty() ? detected.percent >= kStrongPercent : tries.sample_settles(*sample))) {
          ev.add_text(Field::kLanguage, Origin::kDetected, sample->weight, sample->value);
          return;
        }
      }
    }
    // CLD2 reads a longer text at ~300 instructions a byte, the cheap test at a fifth of that:
    // where the text's words confirm or name its language, the candidate is CLD2's.
    const std::string& whole = text.read(kMaxDetectBytes);
    if (std::optional<Candidate> named = named_candidate(words_say(whole, declared))) {
      ev.add_text(Field::kLanguage, Origin::kDetected, named->weight, named->value);
      return;
    }
    body = detect(whole);
  } else {
    // The whole article is no longer than a start: where its words confirm the declared
    // language (or name one), the candidate is the one CLD2's detection of it would give.
    std::optional<Candidate> confirmed = named_candidate(words_say(start, declared));
    if (confirmed) {
      ev.add_text(Field::kLanguage, Origin::kDetected, confirmed->weight, confirmed->value);
      return;
    }
    // CLD2 scores too few bytes of a shorter text for a body candidate (kMinBodyTextBytes).
    if (start.size() >= kMinDetectedWholeBytes) {
      body = detect(start);
    }
  }
  if (std::optional<Candidate> c = body_candidate(body)) {
    ev.add_text(Field::kLanguage, Origin::kDetected, c->weight, c->value);
    return;
  }
  // The title and description name the language at a weak weight only, which a page declaring
  // its language anywhere mostly outweighs: then they are not read.
  if (!explain && !tries.detection_can_change(kWeightWeak)) return;
  std::string short_text;
  for (const Candidate& c : ev.candidates()) {
    if (c.field == Field::kTitle || c.field == Field::kDescription) short_text += c.value + ". ";
  }
  Detection brief = detect(short_text);
  if (!brief.tag.empty() && brief.reliable) {
    ev.add_text(Field::kLanguage, Origin::kDetected, kWeightWeak, brief.tag);
  }
}

}  // namespace lede::meta
