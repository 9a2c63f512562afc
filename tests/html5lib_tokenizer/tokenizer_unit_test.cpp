// Focused checks of the tokenizer's tricky parts, beyond what html5lib-tests pin down: which
// strings stay views into the input, the historical attribute rule, NUL handling, script
// escapes, and hostile sizes that must stay linear.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <random>
#include <string>
#include <vector>

#include "html/document_builder.h"
#include "html/tokenizer/named_entities.h"
#include "html/tokenizer/tokenizer.h"

namespace lede::html {
namespace {

struct Tokenized {
  DocumentBuilder doc;
  std::vector<Token> tokens;  // copies, the EOF token excluded
};

Tokenized tokenize(std::string input, TokenizerState state = TokenizerState::kData,
                   std::string_view last_start_tag = {}) {
  Tokenized out{DocumentBuilder(std::move(input)), {}};
  Tokenizer tokenizer(out.doc);
  tokenizer.set_state(state);
  if (!last_start_tag.empty()) tokenizer.set_last_start_tag(last_start_tag);
  Token token;
  for (tokenizer.next(token); token.kind != TokenKind::kEof; tokenizer.next(token)) {
    out.tokens.push_back(token);
  }
  return out;
}

std::string_view value_of(const Tokenized& t, const Token& tag, std::string_view name) {
  for (const Attribute& a : tag.attributes) {
    if (t.doc.str(a.name) == name) return t.doc.str(a.value);
  }
  return "<missing>";
}

bool is_input_view(const Tokenized& t, StrRef ref) { return ref.offset < t.doc.input().size(); }

TEST(TokenizerTest, EntityTableIsCompleteAndSortedForTheNarrowingSearch) {
  const auto table = named_entities();
  EXPECT_EQ(table.size(), 2231u);  // WHATWG's list, with and without ';' for legacy names
  EXPECT_TRUE(std::is_sorted(table.begin(), table.end(),
                             [](const auto& a, const auto& b) { return a.name < b.name; }));
}

TEST(TokenizerTest, HistoricalRuleKeepsLegacyEntitiesInAttributeValues) {
  Tokenized t = tokenize(R"(<a href="?x=1&copy=2&amp;y&lt" title='&notit;' alt=&copy>)");
  ASSERT_EQ(t.tokens.size(), 1u);
  EXPECT_EQ(value_of(t, t.tokens[0], "href"), "?x=1&copy=2&y<");
  EXPECT_EQ(value_of(t, t.tokens[0], "title"), "&notit;");
  EXPECT_EQ(value_of(t, t.tokens[0], "alt"), "\u00A9");
}

TEST(TokenizerTest, TextDecodesLongestLegacyEntityPrefix) {
  Tokenized t = tokenize("I'm &notit; &#x41;&#128;&#0;");
  ASSERT_EQ(t.tokens.size(), 1u);
  EXPECT_EQ(t.doc.str(t.tokens[0].data), "I'm \u00ACit; A\u20AC\uFFFD");
}

TEST(TokenizerTest, UnchangedStringsAreViewsIntoTheInput) {
  Tokenized t = tokenize("<p class=\"lead\">Plain text &lt; copied</p><!-- note -->");
  ASSERT_EQ(t.tokens.size(), 4u);
  EXPECT_TRUE(is_input_view(t, t.tokens[0].name));
  EXPECT_TRUE(is_input_view(t, t.tokens[0].attributes[0].value));
  EXPECT_FALSE(is_input_view(t, t.tokens[1].data));  // holds a decoded reference
  EXPECT_EQ(t.doc.str(t.tokens[1].data), "Plain text < copied");
  EXPECT_TRUE(is_input_view(t, t.tokens[3].data));
  EXPECT_EQ(t.doc.str(t.tokens[3].data), " note ");
}

TEST(TokenizerTest, NamesAreLowercasedAndInterned) {
  Tokenized t = tokenize("<DIV Class=x></Div><my-Widget>");
  ASSERT_EQ(t.tokens.size(), 3u);
  EXPECT_EQ(t.tokens[0].tag, Tag::kDiv);
  EXPECT_EQ(t.doc.str(t.tokens[0].name), "div");
  EXPECT_EQ(t.doc.str(t.tokens[0].attributes[0].name), "class");
  EXPECT_EQ(t.tokens[1].kind, TokenKind::kEndTag);
  EXPECT_EQ(t.tokens[1].tag, Tag::kDiv);
  EXPECT_EQ(t.doc.str(t.tokens[2].name), "my-widget");
  EXPECT_EQ(t.tokens[2].tag, t.doc.intern_tag("my-widget"));
  EXPECT_GE(t.tokens[2].tag, Tag::kKnownCount);
}

TEST(TokenizerTest, NulInDataIsItsOwnTokenAndReplacedElsewhere) {
  using namespace std::string_literals;
  Tokenized data = tokenize("a\0b<x y='\0'>"s);
  ASSERT_EQ(data.tokens.size(), 4u);
  EXPECT_EQ(data.doc.str(data.tokens[0].data), "a");
  EXPECT_EQ(data.doc.str(data.tokens[1].data), "\0"s);
  EXPECT_EQ(data.doc.str(data.tokens[2].data), "b");
  EXPECT_EQ(value_of(data, data.tokens[3], "y"), "\uFFFD");

  Tokenized rcdata = tokenize("a\0b</title>"s, TokenizerState::kRcdata, "title");
  ASSERT_EQ(rcdata.tokens.size(), 2u);
  EXPECT_EQ(rcdata.doc.str(rcdata.tokens[0].data), "a\uFFFDb");
  EXPECT_EQ(rcdata.tokens[1].tag, Tag::kTitle);
}

TEST(TokenizerTest, ScriptEscapesHideTheEndTagOnlyWhenDoubleEscaped) {
  Tokenized t =
      tokenize("<!--<script>x</script>--></script>", TokenizerState::kScriptData, "script");
  ASSERT_EQ(t.tokens.size(), 2u);
  EXPECT_EQ(t.doc.str(t.tokens[0].data), "<!--<script>x</script>-->");
  EXPECT_EQ(t.tokens[1].kind, TokenKind::kEndTag);

  // Escaped but not double escaped: the first </script> ends the element.
  Tokenized escaped =
      tokenize("<!-- a </SCRIPT > --></script>", TokenizerState::kScriptData, "script");
  ASSERT_EQ(escaped.tokens.size(), 4u);
  EXPECT_EQ(escaped.doc.str(escaped.tokens[0].data), "<!-- a ");
  EXPECT_EQ(escaped.tokens[1].kind, TokenKind::kEndTag);
  EXPECT_EQ(escaped.doc.str(escaped.tokens[2].data), " -->");
}

TEST(TokenizerTest, CharacterRunIsMaximalAcrossStrayLessThanSigns) {
  Tokenized t = tokenize("a < b &amp;& c <3 </ <");
  ASSERT_EQ(t.tokens.size(), 2u);  // the text, then "</ <" as a bogus comment
  EXPECT_EQ(t.doc.str(t.tokens[0].data), "a < b && c <3 ");
  EXPECT_EQ(t.tokens[1].kind, TokenKind::kComment);
  EXPECT_EQ(t.doc.str(t.tokens[1].data), " <");
}

TEST(TokenizerTest, CdataSectionOnlyWhenTheTreeBuilderAllowsIt) {
  DocumentBuilder doc(std::string("<![CDATA[x<y]]>z<![CDATA[w]]>"));
  Tokenizer tokenizer(doc);
  Token token;
  tokenizer.set_cdata_allowed(true);
  tokenizer.next(token);
  EXPECT_EQ(token.kind, TokenKind::kCharacters);
  EXPECT_EQ(doc.str(token.data), "x<y");
  tokenizer.next(token);
  EXPECT_EQ(doc.str(token.data), "z");
  tokenizer.set_cdata_allowed(false);
  tokenizer.next(token);
  EXPECT_EQ(token.kind, TokenKind::kComment);
  EXPECT_EQ(doc.str(token.data), "[CDATA[w]]");
}

TEST(TokenizerTest, HundredThousandAttributesDeduplicateInLinearTime) {
  constexpr int kAttributes = 100000;
  std::string html = "<div";
  for (int round = 0; round < 2; ++round) {
    for (int i = 0; i < kAttributes; ++i)
      html += " a" + std::to_string(i) + "=" + std::to_string(round);
  }
  html += "><p x=1 x=2>";
  const auto start = std::chrono::steady_clock::now();
  Tokenized t = tokenize(html);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_EQ(t.tokens.size(), 2u);
  ASSERT_EQ(t.tokens[0].attributes.size(), static_cast<size_t>(kAttributes));
  EXPECT_EQ(value_of(t, t.tokens[0], "a99999"), "0");  // the first occurrence wins
  EXPECT_EQ(value_of(t, t.tokens[1], "x"), "1");
  EXPECT_EQ(t.tokens[1].attributes.size(), 1u);  // the table is reset between tags
  EXPECT_LT(seconds, 2.0);                       // quadratic would be ~10^10 string compares
}

TEST(TokenizerTest, UnterminatedConstructsAtHugeSizes) {
  constexpr size_t kSize = 10 << 20;
  Tokenized comment = tokenize("<!--" + std::string(kSize, 'x'));
  ASSERT_EQ(comment.tokens.size(), 1u);
  EXPECT_EQ(comment.tokens[0].data.length, kSize);

  Tokenized value = tokenize("<a href=\"" + std::string(kSize, 'x'));
  EXPECT_TRUE(value.tokens.empty());  // eof-in-tag drops the tag

  Tokenized script = tokenize(std::string(kSize, '<'), TokenizerState::kScriptData, "script");
  ASSERT_EQ(script.tokens.size(), 1u);
  EXPECT_EQ(script.tokens[0].data.length, kSize);
}

TEST(TokenizerTest, FiftyMegabyteTextNodeIsOneViewIntoTheInput) {
  constexpr size_t kSize = 50 << 20;
  Tokenized t = tokenize("<p>" + std::string(kSize, 'x') + "</p>");
  ASSERT_EQ(t.tokens.size(), 3u);
  EXPECT_EQ(t.tokens[1].data.length, kSize);
  EXPECT_TRUE(is_input_view(t, t.tokens[1].data));
}

TEST(TokenizerTest, UnclosedTagWithMillionsOfRepeatedAttributesIsDropped) {
  std::string html = "<a";
  for (int i = 0; i < 2'000'000; ++i) html += " b=\"1\"";
  Tokenized t = tokenize(html);
  EXPECT_TRUE(t.tokens.empty());
}

TEST(TokenizerTest, RandomBytesAlwaysMakeProgress) {
  constexpr size_t kSize = 1 << 20;
  std::mt19937 rng(20240601);
  // Markup-heavy noise: mostly the bytes that drive state changes, some arbitrary bytes.
  constexpr std::string_view kInteresting = "<>/!-?&#;=\"' \tabcSsCcRrIiPpTt[]0x";
  for (TokenizerState state : {TokenizerState::kData, TokenizerState::kRcdata,
                               TokenizerState::kScriptData, TokenizerState::kPlaintext}) {
    std::string html(kSize, ' ');
    for (char& c : html) {
      c = rng() % 8 == 0 ? static_cast<char>(rng()) : kInteresting[rng() % kInteresting.size()];
    }
    Tokenized t = tokenize(html, state, "script");
    uint32_t previous = 0;
    for (const Token& token : t.tokens) {
      EXPECT_GE(token.source_offset, previous);
      previous = token.source_offset;
    }
    EXPECT_LE(t.tokens.size(), kSize);
  }
}

}  // namespace
}  // namespace lede::html
