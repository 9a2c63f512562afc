#include "extract/text.h"

#include <gtest/gtest.h>

namespace lede::extraction {
namespace {

std::string join(std::initializer_list<std::string_view> pieces) {
  InlineText t;
  for (std::string_view p : pieces) t.append(p);
  return t.take();
}

TEST(InlineTextTest, AdjacentInlinePiecesJoinWithoutSpace) { EXPECT_EQ(join({"word", "word"}), "wordword"); }

TEST(InlineTextTest, SpaceBetweenPiecesIsKeptOnce) {
  EXPECT_EQ(join({"word ", "x"}), "word x");
  EXPECT_EQ(join({"word", " x"}), "word x");
  EXPECT_EQ(join({"word  \n ", "  x  "}), "word x");
}

TEST(InlineTextTest, LineBreakBetweenIdeographsJoinsThem) {
  EXPECT_EQ(join({"日本語の\n", "文章です"}), "日本語の文章です");
  // A plain space between ideographs is the author's and stays.
  EXPECT_EQ(join({"中文 ", "中文"}), "中文 中文");
}

TEST(InlineTextTest, LineBreakBetweenHangulWordsIsASpace) { EXPECT_EQ(join({"한국어\n", "문장"}), "한국어 문장"); }

TEST(InlineTextTest, HardLineBreakIsKept) {
  InlineText t;
  t.append("first ");
  t.line_break();
  t.append(" second");
  EXPECT_EQ(t.take(), "first\nsecond");
}

TEST(TextCountsTest, CjkCountsCharactersAsWords) {
  TextCounts c = count_text("東京で、会議。");
  EXPECT_EQ(c.chars, 7u);
  EXPECT_EQ(c.words, 7u);
  EXPECT_EQ(c.punctuation, 2u);
}

TEST(TextCountsTest, LatinCountsSpaceSeparatedWords) {
  TextCounts c = count_text("  Two words, here. ");
  EXPECT_EQ(c.words, 3u);
  EXPECT_EQ(c.chars, 14u);
  EXPECT_EQ(c.punctuation, 2u);
}

TEST(TextCountsTest, MixedScriptsCountByCodePoint) {
  // ASCII, Latin-1 with a no-break space (a space) and ideographs, in one run.
  TextCounts c = count_text("Caf\u00e9\u00a0d\u00e9j\u00e0, \u6771\u4eac.");
  EXPECT_EQ(c.chars, 12u);
  EXPECT_EQ(c.words, 5u);  // two Latin words, two ideographs, and the full stop after them
  EXPECT_EQ(c.punctuation, 2u);
}

TEST(TextCountsTest, CountWordsStopsAtItsLimit) {
  EXPECT_EQ(count_words("one two three four", 10), 4u);
  EXPECT_EQ(count_words("one two three four", 2), 2u);
  EXPECT_EQ(count_words("\u6771\u4eac\u3067 go", 10), count_text("\u6771\u4eac\u3067 go").words);
}

TEST(TextCountsTest, CyrillicAndArabicCountWordsAndTheirPunctuation) {
  // Two-byte characters: words joined by spaces, the Arabic comma and question mark as
  // punctuation.
  TextCounts c = count_text("Привет, мир، كيف؟");
  EXPECT_EQ(c.chars, 15u);
  EXPECT_EQ(c.words, 3u);
  EXPECT_EQ(c.punctuation, 3u);
}

TEST(TextCountsTest, WordsAcrossSixteenByteBlocksCountOnce) {
  // ASCII is counted sixteen bytes at a time: a word that crosses from one block into the next
  // is one word, a space at a block's last byte ends one.
  TextCounts one = count_text("abcdefghijklmnopqrstuvwxyz");
  EXPECT_EQ(one.words, 1u);
  EXPECT_EQ(one.chars, 26u);
  TextCounts two = count_text("abcdefghijklmno pqrstuvwxyz, abcdefghijklmnopqrstuvwxyz.");
  EXPECT_EQ(two.words, 3u);
  EXPECT_EQ(two.chars, 54u);
  EXPECT_EQ(two.punctuation, 2u);
  // A block holding an ideograph or a no-break space is read by code point, the next by block.
  TextCounts mixed = count_text("aaaaaaaaaaaaaa東京 bbbbbbbbbbbbbbbbbbbbbbbbb ccccccccccccccccc");
  EXPECT_EQ(mixed.words, 5u);  // a-run, two ideographs, b-run, c-run
  EXPECT_EQ(mixed.chars, 14u + 2u + 25u + 17u);
  EXPECT_EQ(count_words("one two three four five six seven eight nine ten", 3), 3u);
  EXPECT_EQ(count_words("one two three four five six seven eight nine ten", 20), 10u);
}

TEST(TextCountsTest, TwoByteAlphabetsAcrossSixteenByteBlocks) {
  // Cyrillic is counted sixteen bytes at a time too: a character whose first byte is the last of
  // a block is counted once, with the next block; the words are as a reader sees them.
  TextCounts odd = count_text("aЖЖЖЖЖЖЖ ЖЖЖЖЖЖЖЖ ЖЖЖ.");
  EXPECT_EQ(odd.chars, 1u + 7u + 8u + 3u + 1u);
  EXPECT_EQ(odd.words, 3u);
  EXPECT_EQ(odd.punctuation, 1u);
  EXPECT_EQ(count_words("aЖЖЖЖЖЖЖ ЖЖЖЖЖЖЖЖ ЖЖЖ.", 10), 3u);
  // ... and when the block after it is read by code point (it holds a dash of three bytes).
  TextCounts before_dash = count_text("aЖЖЖЖЖЖЖЖ — ЖЖЖ.");
  EXPECT_EQ(before_dash.chars, 1u + 8u + 1u + 3u + 1u);
  EXPECT_EQ(before_dash.words, 3u);
  // A no-break space (two bytes) separates words; an Arabic question mark is punctuation,
  // wherever in a block they fall.
  TextCounts nbsp = count_text("жжжжжжж\u00a0жжжжжжжжжж");
  EXPECT_EQ(nbsp.words, 2u);
  EXPECT_EQ(nbsp.chars, 17u);
  TextCounts split_nbsp = count_text("aжжжжжжж\u00a0жжжжжжжжжж");
  EXPECT_EQ(split_nbsp.words, 2u);
  EXPECT_EQ(split_nbsp.chars, 18u);
  TextCounts arabic = count_text("كيف كيف كيف؟ كيف كيف؟");
  EXPECT_EQ(arabic.words, 5u);
  EXPECT_EQ(arabic.punctuation, 2u);
  // Accented Latin with a dash of three bytes among it.
  TextCounts latin = count_text("déjà été — l’été passé, très chaud");
  EXPECT_EQ(latin.words, 7u);
  EXPECT_EQ(latin.chars, 28u);
  EXPECT_EQ(latin.punctuation, 1u);
}

// count_text() as its definition reads, one code point at a time: what the block reading must
// agree with wherever in a block a character falls.
TextCounts count_by_code_point(std::string_view s) {
  TextCounts counts;
  bool in_word = false;
  for (size_t i = 0; i < s.size();) {
    char32_t c = next_code_point(s, i);
    if (is_html_space(c)) {
      in_word = false;
      continue;
    }
    ++counts.chars;
    counts.punctuation += is_sentence_punctuation(c);
    if (is_spaceless_script(c)) {
      ++counts.words;
      in_word = false;
    } else {
      counts.words += !in_word;
      in_word = true;
    }
  }
  return counts;
}

TEST(TextCountsTest, GeneralPunctuationAtEveryPlaceOfABlock) {
  // Signs of three bytes from General Punctuation (’ “ ” — …) are read with the block around
  // them; the CJK radicals just after them (U+2E80, lead byte 0xE2 too) are spaceless, and a
  // no-break space is a space. Each sample is shifted through every place of a block.
  const std::string samples[] = {
      "l’été “quoted” — and… so, on.", "word⺀⺁word", "‘a’\u00a0b—c", "x” ", "—", "ab⺀", "终于—到了。"};
  for (const std::string& sample : samples) {
    for (size_t shift = 0; shift < 20; ++shift) {
      for (std::string_view tail : {"", " tail", "ж"}) {
        const std::string text = std::string(shift, 'a') + " " + sample + std::string(tail);
        const TextCounts expected = count_by_code_point(text);
        const TextCounts counted = count_text(text);
        EXPECT_EQ(counted.chars, expected.chars) << text;
        EXPECT_EQ(counted.words, expected.words) << text;
        EXPECT_EQ(counted.punctuation, expected.punctuation) << text;
        EXPECT_EQ(count_chars_and_punctuation(text).chars, expected.chars) << text;
        EXPECT_EQ(count_words(text, 100), expected.words) << text;
      }
    }
  }
}

// One piece laid out as InlineText's definition reads, one code point at a time: white space
// collapsed to one space, none at either end, none where a line break falls between two
// spaceless-script characters.
std::string collapse_by_code_point(std::string_view s) {
  std::string out;
  bool pending = false, newline = false;
  char32_t last = 0;
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    char32_t c = next_code_point(s, i);
    if (is_html_space(c)) {
      pending = true;
      newline |= c == '\n';
      continue;
    }
    if (pending && !out.empty() && !(newline && is_spaceless_script(last) && is_spaceless_script(c))) out += ' ';
    pending = newline = false;
    out.append(s.substr(start, i - start));
    last = c;
  }
  return out;
}

TEST(InlineTextTest, GeneralPunctuationAtEveryPlaceOfABlock) {
  // Signs of three bytes from General Punctuation (’ “ ” – — …) are copied with the words around
  // them, wherever in a block they fall; spaces beside them collapse as anywhere else, and CJK
  // radicals (U+2E80, lead byte 0xE2 too) still join across a line break.
  const std::string samples[] = {"l’été “quoted” — and…  so,\n on.", "word⺀\n⺁word", "‘a’\u00a0b—c",
                                 "x” ", "—", "ab⺀\n⺀", "终于—到了。\n终于"};
  for (const std::string& sample : samples) {
    for (size_t shift = 0; shift < 20; ++shift) {
      for (std::string_view tail : {"", " tail words here", "ж"}) {
        const std::string text = std::string(shift, 'a') + " " + sample + std::string(tail);
        EXPECT_EQ(join({text}), collapse_by_code_point(text)) << text;
      }
    }
  }
}

TEST(InlineTextTest, TwoByteAlphabetsKeepSingleSpacesAndCollapseOthers) {
  EXPECT_EQ(join({"Мельница открылась  в\nвоскресенье после трёх лет"}),
            "Мельница открылась в воскресенье после трёх лет");
  // A no-break space is a space, and collapses with the spaces beside it.
  EXPECT_EQ(join({"два\u00a0 года"}), "два года");
  // Cyrillic beside an ideograph across a line break keeps its space.
  EXPECT_EQ(join({"Токио\n", "東京"}), "Токио 東京");
}

TEST(InlineTextTest, LongRunsKeepSingleSpacesAndCollapseOthers) {
  EXPECT_EQ(join({"The mill reopened on Sunday,  after\nthree years"}), "The mill reopened on Sunday, after three years");
  EXPECT_EQ(join({"\u6771\u4eac\u306e\u5de5\u5834\n", "\u304c\u518d\u958b Tokyo"}),
            "\u6771\u4eac\u306e\u5de5\u5834\u304c\u518d\u958b Tokyo");
}

TEST(InlineTextTest, AsciiRunsBesideOtherScriptsKeepTheirSpaces) {
  EXPECT_EQ(join({"Tokyo\n", "\u6771\u4eac"}), "Tokyo \u6771\u4eac");
  EXPECT_EQ(join({"\u6771\u4eac\n", "Tokyo  and\tKyoto"}), "\u6771\u4eac Tokyo and Kyoto");
}

TEST(WordBagTest, OneBagComparedWithManyTexts) {
  WordBag bag("the mill reopened on sunday");
  EXPECT_DOUBLE_EQ(bag.f1("The mill reopened on Sunday."), 1.0);
  EXPECT_DOUBLE_EQ(bag.f1("the mill reopened on sunday"), 1.0);  // the bag is not used up
  EXPECT_NEAR(bag.f1("the mill"), 2 * 1.0 * 0.4 / 1.4, 1e-9);
  EXPECT_DOUBLE_EQ(bag.f1(""), 0.0);
  EXPECT_NEAR(bag.compare("the mill").coverage, 0.4, 1e-9);  // two of the bag's five words
  EXPECT_DOUBLE_EQ(bag.compare("on sunday the mill reopened, said the miller").coverage, 1.0);
}

TEST(WordBagTest, WordsAreFoldedAsciiRunsAndSpacelessCharacters) {
  // Only ASCII capitals fold; letters beyond ASCII stay as they are, inside the word they join.
  EXPECT_DOUBLE_EQ(word_bag_f1("Straße, BÜRO und Café.", "straße bÜro UND café"), 1.0);
  EXPECT_DOUBLE_EQ(word_bag_f1("BÜRO", "büro"), 0.0);
  // Each ideograph or kana is a word, however the text spaces them.
  EXPECT_DOUBLE_EQ(word_bag_f1("東京タワー", "東 京 タ ワ ー"), 1.0);
  // A dash beyond ASCII is a letter, not a break: "Hello—World" is one word.
  EXPECT_DOUBLE_EQ(word_bag_f1("Hello—World", "hello world"), 0.0);
  EXPECT_DOUBLE_EQ(word_bag_f1("Hello—World", "HELLO—world"), 1.0);
}

TEST(WordBagTest, AgreementOfTwoTexts) {
  EXPECT_DOUBLE_EQ(word_bag_f1("The cat sat", "the CAT sat"), 1.0);
  EXPECT_DOUBLE_EQ(word_bag_f1("one two", "three four"), 0.0);
  EXPECT_NEAR(word_bag_f1("a b c d", "a b"), 2 * 0.5 * 1.0 / 1.5, 1e-9);
}

}  // namespace
}  // namespace lede::extraction
