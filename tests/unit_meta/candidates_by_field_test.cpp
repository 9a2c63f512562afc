#include "meta/candidates_by_field.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lede::meta {
namespace {

std::vector<std::string> values(std::span<const Candidate* const> candidates) {
  std::vector<std::string> out;
  for (const Candidate* c : candidates) out.push_back(c->value);
  return out;
}

// A page's sources add their fields interleaved: each field's candidates come back on their
// own, in the order they were added, and the two date fields together in that order too.
TEST(CandidatesByFieldTest, EachFieldInItsOrder) {
  Evidence ev({*parse_date("2024-06-01"), NumericOrder::kDayFirst, {}});
  ev.add_text(Field::kTitle, Origin::kOpenGraph, kWeightMeta, "Flood warning lifted");
  ev.add_date(Field::kModified, Origin::kJsonLd, kWeightStructured, "2024-05-03");
  ev.add_text(Field::kTag, Origin::kMetaTag, kWeightWeak, "rivers");
  ev.add_date(Field::kPublished, Origin::kJsonLd, kWeightStructured, "2024-05-02");
  ev.add_text(Field::kTitle, Origin::kHeading, kWeightMeta, "Flood warning lifted on the Elbe");
  ev.add_text(Field::kTag, Origin::kMetaTag, kWeightWeak, "weather");
  ev.add_date(Field::kModified, Origin::kVisibleText, kWeightVisibleDate, "2024-05-04");
  Image image;
  image.url = "https://example.org/elbe.jpg";
  ev.add_image(Origin::kOpenGraph, kWeightMeta, image);

  CandidatesByField by(ev);
  EXPECT_EQ(values(by.of(Field::kTitle)),
            (std::vector<std::string>{"Flood warning lifted", "Flood warning lifted on the Elbe"}));
  EXPECT_EQ(values(by.of(Field::kTag)), (std::vector<std::string>{"rivers", "weather"}));
  EXPECT_EQ(values(by.of(Field::kModified)), (std::vector<std::string>{"2024-05-03", "2024-05-04"}));
  EXPECT_EQ(values(by.of(Field::kPublished)), (std::vector<std::string>{"2024-05-02"}));
  EXPECT_EQ(values(by.dates()), (std::vector<std::string>{"2024-05-03", "2024-05-02", "2024-05-04"}));
  ASSERT_EQ(by.of(Field::kImage).size(), 1u);
  EXPECT_EQ(by.of(Field::kImage)[0]->image().url, "https://example.org/elbe.jpg");
  // The last field, and fields no source gave.
  EXPECT_TRUE(by.of(Field::kTranslation).empty());
  EXPECT_TRUE(by.of(Field::kAuthor).empty());
  EXPECT_TRUE(by.of(Field::kSiteName).empty());
  // Pointers into the evidence itself, not copies.
  EXPECT_EQ(by.of(Field::kTitle)[0], &ev.candidates()[0]);
}

TEST(CandidatesByFieldTest, NoCandidates) {
  Evidence ev({*parse_date("2024-06-01"), NumericOrder::kDayFirst, {}});
  CandidatesByField by(ev);
  EXPECT_TRUE(by.of(Field::kTitle).empty());
  EXPECT_TRUE(by.of(Field::kTranslation).empty());
  EXPECT_TRUE(by.dates().empty());
}

}  // namespace
}  // namespace lede::meta
