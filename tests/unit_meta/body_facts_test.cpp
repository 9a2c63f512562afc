#include "meta/body_facts.h"

#include <gtest/gtest.h>

namespace lede::meta {
namespace {

TEST(BodyFactsTest, RelativeUrlsBecomeAbsolute) {
  Article a;
  a.images.push_back({"/img/a.jpg", "Caption", "Alt", ""});
  a.related.push_back({"/news/2", "Another story about the harbour"});
  a.image.url = "img/lead.jpg";
  a.translations.push_back({"/ko/news/1", "ko", "original"});
  make_urls_absolute(a, "https://www.example.com/news/1");
  EXPECT_EQ(a.images[0].url, "https://www.example.com/img/a.jpg");
  EXPECT_EQ(a.related[0].url, "https://www.example.com/news/2");
  EXPECT_EQ(a.image.url, "https://www.example.com/news/img/lead.jpg");
  EXPECT_EQ(a.translations[0].url, "https://www.example.com/ko/news/1");
}

TEST(BodyFactsTest, WithoutAnAddressTheCanonicalUrlIsTheBase) {
  Article a;
  a.canonical_url = "https://paper.example/english/world/793512.html";
  a.related.push_back({"/english/world/792870.html", "Squid catch hits record low"});
  a.images.push_back({"https://cdn.example/a.jpg", "", "", ""});
  make_urls_absolute(a, "");
  EXPECT_EQ(a.related[0].url, "https://paper.example/english/world/792870.html");
  EXPECT_EQ(a.images[0].url, "https://cdn.example/a.jpg");
  Article no_address;
  no_address.related.push_back({"/news/2", "Another story"});
  make_urls_absolute(no_address, "");
  EXPECT_EQ(no_address.related[0].url, "/news/2");
}

// A teaser links its story from its kicker, its headline and its lead, relative or absolute:
// the story is listed once, by its first link, and other stories keep their order.
TEST(BodyFactsTest, EachRelatedStoryIsListedOnce) {
  Article a;
  a.related.push_back({"/region/hafen-102.html", "Hafen Konstanz"});
  a.related.push_back({"/sport/fc-103.html", "Der FC gewinnt das Derby"});
  a.related.push_back({"https://www.example.com/region/hafen-102.html", "Umbau der Anlegestelle verzögert sich"});
  a.related.push_back({"/region/hafen-102.html", "Die Stadt rechnet nun mit einer Fertigstellung im Herbst."});
  make_urls_absolute(a, "https://www.example.com/region/faehre-100.html");
  list_related_once(a);
  ASSERT_EQ(a.related.size(), 2u);
  EXPECT_EQ(a.related[0].url, "https://www.example.com/region/hafen-102.html");
  EXPECT_EQ(a.related[0].title, "Hafen Konstanz");
  EXPECT_EQ(a.related[1].url, "https://www.example.com/sport/fc-103.html");
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

// A logo, an icon or a gif kept among the body's pictures (a flag beside a language link, a
// share button, a tracking pixel) does not stand for the article; a host's name says nothing.
TEST(BodyFactsTest, TheBodysFirstPhotoLeadsNotItsLogosIconsOrGifs) {
  Article a;
  a.images.push_back({"https://news.example/img/header-logo.png", "", "News", ""});
  a.images.push_back({"https://news.example/img/flag-de.gif", "", "Deutsch", ""});
  a.images.push_back({"https://pixel.example/b.gif?v=noscript", "", "", ""});
  a.images.push_back({"https://iconmagazine.example/2022/09/harbour.jpg", "The harbour", "", ""});
  complete_lead_image(a);
  EXPECT_EQ(a.image.url, "https://iconmagazine.example/2022/09/harbour.jpg");
  Article only_marks;
  only_marks.images.push_back({"https://news.example/icons/share.svg", "", "", ""});
  complete_lead_image(only_marks);
  EXPECT_EQ(only_marks.image.url, "");
}

}  // namespace
}  // namespace lede::meta
