// What a detected language does to the language a page resolves to. extract_text_language()
// asks before running CLD2 whether any detection could change the page's language, and tries
// each tag only at the strongest weight it gives a detection when that leaves the language
// alone: this holds resolve_language() to the rule that makes the shortcut exact.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "meta/date.h"
#include "meta/evidence.h"
#include "meta/resolve.h"

namespace lede::meta {
namespace {

struct Declared {
  Origin origin;
  int weight;
  const char* tag;
};

// Every page declaring one or two of these, and a third from a few of them: two origins, so
// that one origin repeating itself and two agreeing both occur, weaker and stronger than
// detections, with and without a region or script.
std::vector<std::vector<Declared>> declaration_sets() {
  std::vector<Declared> one;
  for (Origin origin : {Origin::kHtmlLang, Origin::kJsonLd}) {
    for (int weight : {kWeightWeak, kWeightMarkup, kWeightStructured}) {
      for (const char* tag : {"en", "en-GB", "de", "zh-Hant"}) one.push_back({origin, weight, tag});
    }
  }
  const Declared third[] = {{Origin::kHtmlLang, kWeightWeak, "en"},
                            {Origin::kJsonLd, kWeightMarkup, "de"},
                            {Origin::kHtmlLang, kWeightStructured, "zh-Hant"},
                            {Origin::kJsonLd, kWeightWeak, "en-GB"},
                            {Origin::kOpenGraph, kWeightMarkup, "en-GB"},
                            {Origin::kOpenGraph, kWeightStructured, "de"}};
  std::vector<std::vector<Declared>> sets = {{}};
  for (const Declared& a : one) {
    sets.push_back({a});
    for (const Declared& b : one) {
      sets.push_back({a, b});
      for (const Declared& c : third) sets.push_back({a, b, c});
    }
  }
  return sets;
}

TEST(LanguageResolutionTest, ADetectionThatChangesNothingChangesNothingWhenWeaker) {
  const int weights[] = {kWeightWeak, kWeightMeta, kWeightStructured};
  for (const std::vector<Declared>& set : declaration_sets()) {
    Evidence ev(SourceContext{});
    for (const Declared& d : set) ev.add_text(Field::kLanguage, d.origin, d.weight, d.tag);
    std::string declared = resolve_language(ev);
    for (const char* tag : {"en", "de", "zh", "zh-Hant", "qaa"}) {
      for (size_t strong = 0; strong < std::size(weights); ++strong) {
        Candidate at_strong{Field::kLanguage, Origin::kDetected, weights[strong], 0, tag, {}, {}, {}};
        if (resolve_language(ev, &at_strong) != declared) continue;
        for (size_t weak = 0; weak < strong; ++weak) {
          Candidate at_weak{Field::kLanguage, Origin::kDetected, weights[weak], 0, tag, {}, {}, {}};
          ASSERT_EQ(resolve_language(ev, &at_weak), declared)
              << "detected " << tag << " at " << weights[weak] << " over " << set.size() << " declarations";
        }
      }
    }
  }
}

TEST(LanguageResolutionTest, DetectionOutweighsOneDeclarationButNotThree) {
  Evidence one(SourceContext{});
  one.add_text(Field::kLanguage, Origin::kHtmlLang, kWeightMarkup, "en");
  Candidate german{Field::kLanguage, Origin::kDetected, kWeightStructured, 0, "de", {}, {}, {}};
  EXPECT_EQ(resolve_language(one, &german), "de");
  Evidence three(SourceContext{});
  three.add_text(Field::kLanguage, Origin::kHtmlLang, kWeightMarkup, "en");
  three.add_text(Field::kLanguage, Origin::kOpenGraph, kWeightMarkup, "en_US");
  three.add_text(Field::kLanguage, Origin::kJsonLd, kWeightStructured, "en");
  EXPECT_EQ(resolve_language(three, &german), "en-US");
}

// A page declaring many languages: each origin counts once, at its strongest, for the primary
// language it names; the strongest tag of the winning language wins, lengthened by the first
// longer tag declared for it; a tie goes to the language named first.
TEST(LanguageResolutionTest, ManyDeclarationsGroupByPrimaryLanguage) {
  Evidence ev({*parse_date("2024-06-01"), NumericOrder::kDayFirst, {}});
  ev.add_text(Field::kLanguage, Origin::kHtmlLang, kWeightMarkup, "de-AT");
  for (int i = 0; i < 5; ++i) ev.add_text(Field::kLanguage, Origin::kMetaTag, kWeightWeak, "DE");
  ev.add_text(Field::kLanguage, Origin::kOpenGraph, kWeightMarkup, "en_us");
  ev.add_text(Field::kLanguage, Origin::kJsonLd, kWeightStructured, "en");
  ev.add_text(Field::kLanguage, Origin::kMicrodata, kWeightMarkup, "fr");
  ev.add_text(Field::kLanguage, Origin::kHttpHeader, kWeightWeak, "fr-CA");
  ev.add_text(Field::kLanguage, Origin::kLink, kWeightMeta, "en-GB");
  ev.add_text(Field::kLanguage, Origin::kUrl, kWeightMeta, "not a tag");
  ASSERT_EQ(ev.candidates().size(), 12u);
  EXPECT_EQ(resolve_language(ev), "en-US");
  Candidate detected;
  detected.field = Field::kLanguage;
  detected.origin = Origin::kDetected;
  detected.weight = 30;
  detected.value = "fr";
  EXPECT_EQ(resolve_language(ev, &detected), "fr-CA");
  Evidence tie({*parse_date("2024-06-01"), NumericOrder::kDayFirst, {}});
  tie.add_text(Field::kLanguage, Origin::kHtmlLang, kWeightMarkup, "nl");
  tie.add_text(Field::kLanguage, Origin::kMetaTag, kWeightMarkup, "pt-BR");
  EXPECT_EQ(resolve_language(tie), "nl");
}

}  // namespace
}  // namespace lede::meta
