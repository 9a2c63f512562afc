// Product pages written for these tests (invented content): what of such a page is its content,
// and what is chrome around it.
#include <gtest/gtest.h>

#include <string>

#include "extract/extract_body.h"
#include "html/parser.h"

namespace lede::extraction {
namespace {

Body extract(const std::string& html) {
  html::Document doc = html::parse(html);
  return extract_body(doc, Options{});
}

bool has(const std::string& text, std::string_view needle) { return text.find(needle) != std::string::npos; }

std::string review(const std::string& title, const std::string& text, const std::string& who) {
  return "<div class=review><h3>" + title + "</h3><p>" + text + "</p><p>" + who + "</p></div>";
}

// A product page whose buyers' reviews hold more text than the rest of the page: the reviews
// are the buyers' talk about the product, not the page's copy, however long they run.
TEST(ProductPagesTest, ReviewsLongerThanTheProductStayOut) {
  std::string reviews;
  for (int i = 0; i < 3; ++i) {
    reviews += review("Bright and light", "Four nights in the hills and it never ran out, even with the kids "
                      "reading late in the tent every evening.", "Mira, 3 months ago") +
               review("The hook is weak", "Lovely warm light and a great battery, but the plastic hook bent the "
                      "first time I hung it from a branch.", "Tom, 5 months ago") +
               review("Our porch lamp now", "Bought it for camping and kept it on the porch all summer; one charge "
                      "a week was enough for our evenings.", "Lena, 6 months ago");
  }
  std::string page =
      "<html><body><header class=site-header><nav><a href=/>Home</a> <a href=/shop>Shop</a></nav></header>"
      "<main><div class=product-page><h1>Trail Lantern 300</h1><div class=price>$49.00</div>"
      "<div class=description><p>A folding lantern for the tent and the porch, with three colours of light.</p>"
      "<p>It charges over USB-C in four hours and runs for up to sixty hours on its lowest setting.</p>"
      "<p>The shade folds flat into the base, so it packs as small as a paperback, and the handle doubles as a hook.</p>"
      "<p>Every lantern is tested in our workshop for a full night before it leaves.</p></div>"
      "<table class=specs><tr><th>Weight</th><td>310 g</td></tr><tr><th>Battery</th><td>5200 mAh</td></tr>"
      "<tr><th>Light output</th><td>30 to 300 lumens</td></tr><tr><th>Colours</th><td>warm white, cold white, red</td></tr>"
      "<tr><th>Charging</th><td>USB-C, 4 hours</td></tr><tr><th>Water resistance</th><td>IPX4, splashes</td></tr>"
      "<tr><th>Size folded</th><td>11 x 11 x 4 cm</td></tr><tr><th>Size open</th><td>11 x 11 x 16 cm</td></tr>"
      "<tr><th>Materials</th><td>recycled polycarbonate, silicone</td></tr><tr><th>Warranty</th><td>three years</td></tr>"
      "<tr><th>Included</th><td>lantern, USB-C cable, storage pouch</td></tr><tr><th>Modes</th><td>low, medium, high, flicker, SOS</td></tr></table>"
      "<section class=product-reviews><h2>What buyers say</h2>" + reviews + "</section></div></main>"
      "<footer><p>Copyright Lantern Works. All rights reserved.</p></footer></body></html>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "A folding lantern for the tent"));
  EXPECT_TRUE(has(body.text, "5200 mAh"));
  EXPECT_FALSE(has(body.text, "Four nights in the hills"));
  EXPECT_FALSE(has(body.text, "the plastic hook bent"));
}

// A rail of other products titled "You may also like", in a product page read as a region:
// its cards are other pages' items, whatever the rail's markup is named.
TEST(ProductPagesTest, ARailTitledAsOtherProductsStaysOut) {
  std::string cards;
  const char* names[] = {"Camp Stove Duo with Windshield", "Folding Chair Lite, Olive Green",
                         "Hammock Ultra for Two People"};
  for (const char* name : names) {
    cards += std::string("<li class=card><a href=/p/") + name + ">" + name + "</a><span class=price>$39.00</span></li>";
  }
  std::string page =
      "<html><body><header class=site-header><nav><a href=/>Home</a> <a href=/shop>Shop</a></nav></header>"
      "<main><div class=product-page><h1>Trail Lantern 300</h1><div class=price>$49.00</div>"
      "<div class=description><p>A folding lantern for the tent and the porch, with three colours of light.</p>"
      "<p>It charges over USB-C in four hours and runs for up to sixty hours on its lowest setting.</p></div>"
      "<table class=specs><tr><th>Weight</th><td>310 g</td></tr><tr><th>Battery</th><td>5200 mAh</td></tr>"
      "<tr><th>Light output</th><td>30 to 300 lumens</td></tr><tr><th>Charging</th><td>USB-C, 4 hours</td></tr>"
      "</table><div class=upsell><h2>You may also like</h2><ul class=cards>" + cards + "</ul></div></div></main>"
      "<footer><p>Copyright Lantern Works. All rights reserved.</p></footer></body></html>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "A folding lantern for the tent"));
  EXPECT_TRUE(has(body.text, "5200 mAh"));
  EXPECT_FALSE(has(body.text, "Hammock Ultra for Two"));
  EXPECT_FALSE(has(body.text, "Camp Stove Duo"));
}

}  // namespace
}  // namespace lede::extraction
