#include "meta/body_facts.h"

#include <gtest/gtest.h>

namespace lede::meta {
namespace {

TEST(BodyFactsTest, RelativeUrlsOfTheBodyBecomeAbsolute) {
  Article a;
  a.images.push_back({"/img/a.jpg", "Caption", "Alt", ""});
  a.related.push_back({"/news/2", "Another story about the harbour"});
  make_body_urls_absolute(a, "https://www.example.com/news/1");
  EXPECT_EQ(a.images[0].url, "https://www.example.com/img/a.jpg");
  EXPECT_EQ(a.related[0].url, "https://www.example.com/news/2");
}

TEST(BodyFactsTest, LeadImageTakesCaptionAltAndCreditOfItsBodyCopy) {
  Article a;
  a.image.url = "https://cdn.example.com/a.jpg";
  a.images.push_back({"https://cdn.example.com/b.jpg", "Other", "Other alt", ""});
  a.images.push_back({"https://cdn.example.com/a.jpg", "The harbour", "Boats", "Photo: A. Berg"});
  complete_lead_image(a);
  EXPECT_EQ(a.image.caption, "The harbour");
  EXPECT_EQ(a.image.alt, "Boats");
  EXPECT_EQ(a.image.credit, "Photo: A. Berg");
}

TEST(BodyFactsTest, WithoutALeadImageTheBodysFirstPhotoLeads) {
  Article a;
  a.images.push_back({"https://cdn.example.com/a.jpg", "The harbour", "Boats", ""});
  complete_lead_image(a);
  EXPECT_EQ(a.image.url, "https://cdn.example.com/a.jpg");
  EXPECT_EQ(a.image.caption, "The harbour");
  Article none;
  complete_lead_image(none);
  EXPECT_EQ(none.image.url, "");
}

}  // namespace
}  // namespace lede::meta
