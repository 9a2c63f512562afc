#include "meta/name_words.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

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
  // A word found as written does not stop the reading of the folded name for the others.
  lede::meta::NameWords words = find_name_words("byline \xC4\xB0nfo", "");
  EXPECT_TRUE(words.byline);
  EXPECT_TRUE(words.date);
  words = find_name_words("", "sidebar-\xC4\xB0nfo");
  EXPECT_TRUE(words.widget);
  EXPECT_TRUE(words.date);
}

TEST(NameWordsTest, AByteOutsideAsciiIsNoticedAtEveryPlace) {
  // "\xC4\xB0nfo" is a date word only once folded: the name is folded when the byte outside
  // ASCII is anywhere in it, before or after the word, in names around eight bytes long.
  for (size_t before = 0; before <= 17; ++before) {
    for (size_t after = 0; after <= 17; ++after) {
      std::string name = std::string(before, 'x') + "\xC4\xB0nfo" + std::string(after, 'x');
      EXPECT_TRUE(find_name_words(name, "").date) << before << " " << after;
      EXPECT_TRUE(find_name_words("", name).date) << before << " " << after;
      // Without it, "nfo" is no word.
      name = std::string(before, 'x') + "Infx" + std::string(after, 'x');
      EXPECT_FALSE(find_name_words(name, "").date) << before << " " << after;
    }
  }
  // Words at the very start and end of a name, in any case; three bytes is the shortest.
  EXPECT_TRUE(find_name_words("BYL", "").byline);
  EXPECT_TRUE(find_name_words("xx-dek", "").standfirst);
  EXPECT_FALSE(find_name_words("de", "").standfirst);
}

// Class names that a build tool hashed (CSS modules, CSS-in-JS) spell any word by chance across
// their random capitals, on every element that shares them; names written by hand capitalise
// the start of a word and may be numbered, but do not do both inside one word.
TEST(NameWordsTest, HashedClassNamesNameNothing) {
  EXPECT_FALSE(find_name_words("Ab3xQz8LmNp1 FxnZyIQptvxebyL2oXI7", "").byline);
  EXPECT_FALSE(find_name_words("k9daTe4Xz", "").date);
  EXPECT_FALSE(find_name_words("", "q7WsideBar2Lk").widget);
  EXPECT_TRUE(find_name_words("Byline_title__3xYz1", "").byline);
  EXPECT_TRUE(find_name_words("styles_postDate__a1B2c", "").date);
  EXPECT_TRUE(find_name_words("heroSubTitle", "").standfirst);
  EXPECT_TRUE(find_name_words("related2col footer3Menu", "").widget);
  EXPECT_TRUE(find_name_words("author2 h1-title", "").byline);
  EXPECT_TRUE(find_name_words("post-byline-12", "").byline);
}

TEST(NameWordsTest, TheMemoAnswersAsEachElementWereReadAnew) {
  lede::meta::NameWordsMemo memo;
  // The same class again, with and without an id holding words of its own.
  EXPECT_TRUE(memo.find("post-meta", "").date);
  lede::meta::NameWords words = memo.find("post-meta", "byline-1");
  EXPECT_TRUE(words.date);
  EXPECT_TRUE(words.byline);
  words = memo.find("post-meta", "");
  EXPECT_TRUE(words.date);
  EXPECT_FALSE(words.byline);
  // Enough different classes to make the memo grow, each still answered by its own words.
  std::vector<std::string> classes;
  for (int i = 0; i < 3000; ++i) classes.push_back("item-" + std::to_string(i) + (i % 3 == 0 ? " sidebar" : ""));
  for (int pass = 0; pass < 2; ++pass) {
    for (int i = 0; i < 3000; ++i) EXPECT_EQ(memo.find(classes[i], "").widget, i % 3 == 0) << classes[i];
  }
}

TEST(NameWordsTest, AClassKeepsItsNoteWhileTheMemoGrows) {
  lede::meta::NameWordsMemo memo;
  std::vector<std::string> classes;
  for (int i = 0; i < 3000; ++i) classes.push_back("row-" + std::to_string(i));
  for (int i = 0; i < 3000; ++i) {
    memo.find(classes[i], "");
    EXPECT_EQ(memo.class_note(), 0) << classes[i];
    memo.class_note() = static_cast<uint8_t>(1 + i % 250);
  }
  for (int i = 0; i < 3000; ++i) {
    memo.find(classes[i], "an-id");  // the id has no note of its own
    EXPECT_EQ(memo.class_note(), 1 + i % 250) << classes[i];
  }
}

}  // namespace
