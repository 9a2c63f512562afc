// Images written for these tests, each showing one way pages mark up a picture or a mark.
#include "extract/image_source.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "html/parser.h"

namespace lede::extraction {
namespace {

// The document of `html` and its <img> elements in document order.
struct Page {
  html::Document doc;
  std::vector<NodeId> images;
};

Page parse(const std::string& html) {
  Page page{html::parse(html), {}};
  for (NodeId id = 0; id < page.doc.node_count(); ++id) {
    if (page.doc.is_element(id, html::Tag::kImg)) page.images.push_back(id);
  }
  return page;
}

std::string source_of(const std::string& img) {
  Page page = parse("<body>" + img + "</body>");
  return std::string(image_source(page.doc, page.images.at(0)));
}

bool is_icon(const std::string& html) {
  Page page = parse("<body>" + html + "</body>");
  NodeId img = page.images.back();
  return is_icon_image(page.doc, img, image_source(page.doc, img));
}

TEST(ImageSourceTest, SrcsetGivesItsWidestCandidate) {
  EXPECT_EQ(best_srcset_candidate("a-320.jpg 320w, a-1280.jpg 1280w, a-640.jpg 640w"), "a-1280.jpg");
  EXPECT_EQ(best_srcset_candidate("a.jpg 1x, a@2x.jpg 2x, a@1.5x.jpg 1.5x"), "a@2x.jpg");
  EXPECT_EQ(best_srcset_candidate("a.jpg, b.jpg"), "a.jpg");
  // Image services write their options with commas inside the address.
  EXPECT_EQ(best_srcset_candidate("https://cdn.example/f_auto,w_400/a.jpg 400w,https://cdn.example/f_auto,w_900/a.jpg 900w"),
            "https://cdn.example/f_auto,w_900/a.jpg");
  EXPECT_EQ(best_srcset_candidate("  "), "");
}

TEST(ImageSourceTest, LazyAddressesOverTheStandInInSrc) {
  EXPECT_EQ(source_of("<img src=/img/missing-image.svg data-srcset='b-320.jpg 320w, b-970.jpg 970w'>"), "b-970.jpg");
  EXPECT_EQ(source_of("<img src=/img/blank.gif data-src=photo.jpg>"), "photo.jpg");
  EXPECT_EQ(source_of("<img src='data:image/gif;base64,R0lGOD' data-lazy-srcset='c.jpg 800w'>"), "c.jpg");
  EXPECT_EQ(source_of("<img src=/plugins/lazy-load/1x1.trans.gif srcset='d-700.jpg 700w, d-210.jpg 210w'>"),
            "d-700.jpg");
  EXPECT_EQ(source_of("<img src=/img/grey-placeholder.png data-original-src=e.jpg>"), "e.jpg");
}

TEST(ImageSourceTest, APictureElementsSourceWhenTheImageNamesNone) {
  EXPECT_EQ(source_of("<picture><source type=image/webp data-srcset='f-800.webp 800w, f-1600.webp 1600w'>"
                      "<img src=/img/placeholder.svg data-src=''></picture>"),
            "f-1600.webp");
}

TEST(ImageSourceTest, AnImageThatNamesOnlyAStandInIsNoPicture) {
  EXPECT_EQ(source_of("<img src=/images/spacer.gif>"), "");
  EXPECT_EQ(source_of("<img src='data:image/svg+xml,%3Csvg%3E%3C/svg%3E'>"), "");
  EXPECT_EQ(source_of("<img src=/img/blank.gif width=600 height=400>"), "");
  EXPECT_EQ(source_of("<img src=/static/missing-image.svg>"), "");
  EXPECT_EQ(source_of("<img data-ng-src='{{item.image}}'>"), "");
}

TEST(ImageSourceTest, ARealSrcStaysAndPhotosKeepWordsLikeEmpty) {
  EXPECT_EQ(source_of("<img src=mill.jpg data-fallback-src=default.jpg>"), "mill.jpg");
  // A photograph named for what it shows is no stand-in, whatever the words.
  EXPECT_EQ(source_of("<img src=/2024/empty-shelves-at-the-market.jpg>"), "/2024/empty-shelves-at-the-market.jpg");
  EXPECT_EQ(source_of("<img src=/brand/logo-transparent.png>"), "/brand/logo-transparent.png");
  EXPECT_EQ(source_of("<img src=/2024/blank-phone-mockup.png>"), "/2024/blank-phone-mockup.png");
}

TEST(ImageSourceTest, MarksDrawnAsImages) {
  EXPECT_TRUE(is_icon("<span><img src=/icons/pro-bullet.svg width=24 height=24 alt=pro></span>"));
  EXPECT_TRUE(is_icon("<img src=/icons/clock.png class='meta-icon'>"));
  EXPECT_TRUE(is_icon("<span class=list-item__icon><img src=/a/tick.png></span>"));
  EXPECT_TRUE(is_icon("<img src=/emoji/1f642.png class=emoji alt=':)'>"));
  EXPECT_TRUE(is_icon("<button type=button><img src=/img/play-video.jpg alt='Play'></button>"));
  EXPECT_TRUE(is_icon("<p><img src=/s/full.svg><img src=/s/full.svg><img src=/s/full.svg><img src=/s/half.svg></p>"));
  // A poster's face beside their post, named by its class or by where the site keeps faces.
  EXPECT_TRUE(is_icon("<img src=/u/8812.jpg class='avatar avatar-rounded' alt=Rhona>"));
  EXPECT_TRUE(is_icon("<a class=userAvatar href=/members/8812><img src=/u/8812.jpg></a>"));
  EXPECT_TRUE(is_icon("<img src=/data/avatars/m/88/8812.jpg>"));
  EXPECT_TRUE(is_icon("<img src='https://secure.gravatar.com/avatar/f1cb93?s=96'>"));
  // Marks filed where a site keeps them.
  EXPECT_TRUE(is_icon("<h3><img src=../images/command_icons/loft.png>Loft</h3>"));
  EXPECT_TRUE(is_icon("<img src=https://forum.example/images/smilies/grin.png alt=':D'>"));
}

TEST(ImageSourceTest, PicturesAreNoMarks) {
  EXPECT_FALSE(is_icon("<figure><img src=/2024/harbour.jpg width=1200 height=800></figure>"));
  EXPECT_FALSE(is_icon("<p><img src=/img/silicon-wafer.jpg class='silicon-photo'></p>"));
  // A film's poster may be named for the film.
  EXPECT_FALSE(is_icon("<figure><img src=/2022/12/avatar-way-of-water-poster.jpg></figure>"));
  // A host or a file named for icons is no folder of them.
  EXPECT_FALSE(is_icon("<img src=https://icons.example.org/2024/iconic-bridge.jpg>"));
  // A row of photos, or of drawings laid out large, is a gallery.
  EXPECT_FALSE(is_icon("<div><img src=a.jpg><img src=b.jpg><img src=c.jpg></div>"));
  EXPECT_FALSE(is_icon("<div><img src=a.gif width=500 height=400><img src=b.gif><img src=c.gif width=500 height=400></div>"));
}

TEST(ImageSourceTest, EachPictureListedOnceAndRepeatedMarksNotAtAll) {
  std::vector<Image> images = {
      {"star.svg", "", "", ""},     {"harbour.jpg", "", "", ""}, {"star.svg", "", "", ""},
      {"harbour.jpg", "The harbour at dawn.", "Harbour", "Photo: A. Reid"}, {"star.svg", "", "", ""},
      {"night.jpg", "", "", ""},    {"night.jpg", "", "", ""},   {"night.jpg", "", "", ""},
  };
  list_images_once(images);
  ASSERT_EQ(images.size(), 2u);
  EXPECT_EQ(images[0].url, "harbour.jpg");
  EXPECT_EQ(images[0].caption, "The harbour at dawn.");
  EXPECT_EQ(images[0].credit, "Photo: A. Reid");
  // A photo shown three times (a lazy copy, its <noscript> twin, a gallery) is still a photo.
  EXPECT_EQ(images[1].url, "night.jpg");
}

}  // namespace
}  // namespace lede::extraction
