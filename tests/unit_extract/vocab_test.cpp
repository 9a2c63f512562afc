#include "extract/vocab.h"

#include <gtest/gtest.h>

namespace lede::extraction::vocab {
namespace {

TEST(VocabTest, SplitsClassNamesIntoWords) {
  EXPECT_TRUE(classify_tokens("post__share-bar") & kShare);
  EXPECT_TRUE(classify_tokens("relatedArticles") & kRelated);
  EXPECT_TRUE(classify_tokens("c-article-body") & kArticleBody);
  EXPECT_TRUE(classify_tokens("article_body") & kArticleBody);
  EXPECT_TRUE(classify_tokens("sr-only") & kHidden);
}

TEST(VocabTest, ShortWordsMatchOnlyWhole) {
  // "ad" is a word of the ads group; it must not be found inside "header" or "shadow".
  EXPECT_FALSE(classify_tokens("header-shadow") & kAds);
  EXPECT_TRUE(classify_tokens("top-ad") & kAds);
}

TEST(VocabTest, AnAbbreviatedAdvancedIsNoAd) {
  // Page builders name their "advanced heading" block "adv-heading"; an ad is named in full.
  EXPECT_FALSE(classify_tokens("kt-adv-heading12_a3 wp-block-advancedheading") & kAds);
  EXPECT_TRUE(classify_tokens("advert-slot") & kAds);
}

TEST(VocabTest, BannersAreNamedApartFromAds) {
  EXPECT_EQ(classify_tokens("hero-banner"), uint32_t{kBanner});
  EXPECT_TRUE(classify_tokens("promotionalBanner") & kBanner);
  EXPECT_TRUE(kBoilerplate & kBanner);
}

TEST(VocabTest, ForumMemberPanelsAreNamedAfterTheUser) {
  EXPECT_TRUE(classify_tokens("message-userExtras") & kMemberPanel);
  EXPECT_TRUE(classify_tokens("userTitle message-userTitle") & kMemberPanel);
  EXPECT_TRUE(classify_tokens("userinfo_extra") & kMemberPanel);
  EXPECT_FALSE(classify_tokens("message-name username") & kMemberPanel);
}

TEST(VocabTest, SeveralTokensCombine) {
  uint32_t mask = classify_tokens("widget comments-area");
  EXPECT_TRUE(mask & kSidebar);
  EXPECT_TRUE(mask & kComments);
  EXPECT_FALSE(mask & kArticleBody);
}

TEST(VocabTest, LeadWordsCountOnlyAtTheStartOfAToken) {
  EXPECT_TRUE(classify_tokens("widget_recent_entries") & kSidebar);
  EXPECT_TRUE(classify_tokens("widgets-area") & kSidebar);
  EXPECT_FALSE(classify_tokens("builder-widget-container") & kSidebar);
  EXPECT_TRUE(classify_tokens("secondary") & kSidebar);
  EXPECT_FALSE(classify_tokens("text-secondary-300 border-secondary-100 btn-secondary") & kSidebar);
}

TEST(VocabTest, StateTokensNameNothing) {
  EXPECT_EQ(classify_tokens("has-paywall"), 0u);
  EXPECT_EQ(classify_tokens("no-sidebar with-comments"), 0u);
  EXPECT_TRUE(classify_tokens("has-paywall paywall") & kNewsletter);
}

TEST(VocabTest, UtilityVariantsBeforeAColonNameNothing) {
  // "print:" and "md:" say when a utility class applies, not what the element is.
  EXPECT_EQ(classify_tokens("print:break-inside-avoid"), 0u);
  EXPECT_EQ(classify_tokens("md:group-hover/nav:opacity-100 max-w-3xl"), 0u);
  EXPECT_TRUE(classify_tokens("lg:sidebar") & kSidebar);
  EXPECT_TRUE(classify_tokens("print:hidden share-bar") & kShare);
}

TEST(VocabTest, NeutralNamesHaveNoConcept) { EXPECT_EQ(classify_tokens("row col-md-8 clearfix"), 0u); }

}  // namespace
}  // namespace lede::extraction::vocab
