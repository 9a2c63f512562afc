#include "extract/caption_credit.h"

#include <gtest/gtest.h>

namespace lede::extraction {
namespace {

TEST(CaptionCreditTest, LabelledCreditSentenceAtTheEnd) {
  CaptionParts p = split_caption_credit("Buses on the Headrow, where the first line would run. Photograph: James Whitaker");
  EXPECT_EQ(p.caption, "Buses on the Headrow, where the first line would run.");
  EXPECT_EQ(p.credit, "Photograph: James Whitaker");
  EXPECT_EQ(split_caption_credit("Der Hafen bei Nacht. Foto: Anna Berg").credit, "Foto: Anna Berg");
}

TEST(CaptionCreditTest, ClosingParenthesisNamingAPhotographer) {
  CaptionParts p = split_caption_credit("The rail yard, which closed in 2016. (Yoon Ji-ho/The Hanul Post)");
  EXPECT_EQ(p.caption, "The rail yard, which closed in 2016.");
  EXPECT_EQ(p.credit, "Yoon Ji-ho/The Hanul Post");
  CaptionParts cjk = split_caption_credit("整修完工的神農街騎樓。（記者陳怡君攝）");
  EXPECT_EQ(cjk.caption, "整修完工的神農街騎樓。");
  EXPECT_EQ(cjk.credit, "記者陳怡君攝");
}

TEST(CaptionCreditTest, CaptionsWithoutACreditStayWhole) {
  EXPECT_EQ(split_caption_credit("The mill (built in 1850) at dusk").credit, "");
  EXPECT_EQ(split_caption_credit("The mill at dusk (left)").caption, "The mill at dusk (left)");
  EXPECT_EQ(split_caption_credit("A photo: the mill at dusk").credit, "");
}

}  // namespace
}  // namespace lede::extraction
