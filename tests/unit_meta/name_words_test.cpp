#include "meta/name_words.h"

#include <gtest/gtest.h>

namespace {

using lede::meta::find_name_words;

TEST(NameWordsTest, WordsAreFoundInAnyCaseAnywhereInClassOrId) {
  lede::meta::NameWords words = find_name_words("post-Meta entryAuthor", "");
  EXPECT_TRUE(words.date);    // "meta"
  EXPECT_TRUE(words.byline);  // "author" inside a camelCase name
  EXPECT_FALSE(words.widget);
  EXPECT_FALSE(words.standfirst);

  words = find_name_words("", "SIDEBAR-left");
  EXPECT_TRUE(words.widget);
  EXPECT_FALSE(words.date);

  words = find_name_words("HEntry card", "article-Subtitle");
  EXPECT_TRUE(words.hentry);
  EXPECT_TRUE(words.standfirst);
}

TEST(NameWordsTest, NamesWithoutTheWordsHoldNone) {
  lede::meta::NameWords words = find_name_words("col-md-4 btn btn-primary", "main-nav");
  EXPECT_FALSE(words.byline || words.date || words.standfirst || words.widget || words.hentry);
  // Two bytes that open a word but not the word itself.
  words = find_name_words("da", "au");
  EXPECT_FALSE(words.byline || words.date);
}

TEST(NameWordsTest, NamesOutsideAsciiAreMatchedFolded) {
  // The dotted capital I folds to 'i': "İnfo" is "info" folded, a date word.
  EXPECT_TRUE(find_name_words("\xC4\xB0nfo", "").date);
  // Letters of other scripts next to a word do not hide it.
  EXPECT_TRUE(find_name_words("\xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80 byline", "").byline);
  EXPECT_FALSE(find_name_words("\xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80", "").byline);
}

}  // namespace
