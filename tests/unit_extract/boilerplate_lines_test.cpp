#include "extract/boilerplate_lines.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lede::extraction {
namespace {

Block paragraph(std::string text) {
  Block b;
  b.type = Block::Type::kParagraph;
  b.text = std::move(text);
  return b;
}

TEST(BoilerplateLinesTest, AdLabelsInSeveralLanguagesAndDecorations) {
  EXPECT_TRUE(is_ad_label("Advertisement"));
  EXPECT_TRUE(is_ad_label("— ADVERTISEMENT —"));
  EXPECT_TRUE(is_ad_label("PUBLICITÉ"));
  EXPECT_TRUE(is_ad_label("Publicidad"));
  EXPECT_TRUE(is_ad_label("REKLAM"));
  EXPECT_TRUE(is_ad_label("Реклама"));
  EXPECT_TRUE(is_ad_label("広告"));
  EXPECT_FALSE(is_ad_label("Advertisement spending rose by a third last year."));
  EXPECT_FALSE(is_ad_label(""));
}

TEST(BoilerplateLinesTest, BylinesAreNamesNotSentences) {
  EXPECT_TRUE(is_byline("By Kim Min-ji and Cho Ki-weon, Tokyo and Busan correspondents"));
  EXPECT_TRUE(is_byline("BY JANE DOE"));
  EXPECT_FALSE(is_byline("By Friday, the talks had ended."));
  EXPECT_FALSE(is_byline("By the end of the year the mill was restored"));
  EXPECT_FALSE(is_byline("By 2030 the town wants a new bridge"));
  EXPECT_FALSE(is_byline("Reporting by Ana Ruiz"));
}

TEST(BoilerplateLinesTest, ContactLinesGiveAnAddress) {
  EXPECT_TRUE(is_contact_line("Please direct questions or comments to [desk@paper.example]"));
  EXPECT_FALSE(is_contact_line("Follow us @paper on every network"));
  EXPECT_FALSE(is_contact_line("The council has no e-mail address and answers letters only."));
}

TEST(BoilerplateLinesTest, ScriptNotices) {
  EXPECT_TRUE(is_script_notice("You need to enable JavaScript to run this app."));
  EXPECT_FALSE(is_script_notice("JavaScript and TypeScript share most of their syntax."));
}

TEST(BoilerplateLinesTest, BoxHeadingsPointersCreditsAndFollowLines) {
  EXPECT_TRUE(is_box_heading("Mehr zum Thema:"));
  EXPECT_TRUE(is_box_heading("You might also like"));
  EXPECT_TRUE(is_box_heading("À lire aussi"));
  EXPECT_FALSE(is_box_heading("Related work on mill roofs"));
  EXPECT_TRUE(is_pointer_line("Read more: Valley mill reopens after ten years"));
  EXPECT_TRUE(is_pointer_line("LE PUEDE INTERESAR: El molino vuelve a abrir"));
  EXPECT_FALSE(is_pointer_line(
      "Read more about the mill in the council's report, which lists every repair."));
  EXPECT_TRUE(is_credit_line("Foto: Ana Ruiz"));
  EXPECT_TRUE(is_credit_line("Crédits photos : Agence Vallée"));
  EXPECT_FALSE(is_credit_line("Photographers came from three towns to see the mill."));
  EXPECT_TRUE(is_credit_line("The mill at dusk on Sunday (VALLEY PRESS/Ana Ruiz)"));
  EXPECT_FALSE(is_credit_line("The mill reopened (see https://valley.example/mill)"));
  EXPECT_TRUE(is_post_meta_line("This entry was posted in News on May 5, 2021 by Ana."));
  EXPECT_TRUE(is_post_meta_line("Tags: mills, roofs, valley"));
  EXPECT_FALSE(is_post_meta_line("Posted inside the mill, the notice was easy to miss."));
  EXPECT_TRUE(is_follow_line("Follow us on Facebook, Instagram and Telegram"));
  EXPECT_FALSE(is_follow_line("The council posts its minutes on Facebook."));
}

TEST(BoilerplateLinesTest, HeadingsWithEmptySectionsGo) {
  Block h2;
  h2.type = Block::Type::kHeading;
  h2.level = 2;
  std::vector<Block> blocks(5, h2);
  blocks[0].text = "The mill";
  blocks[1] = paragraph("It reopened.");
  blocks[2].text = "Gallery";  // its pictures were cleaned away
  blocks[3].text = "History";
  blocks[4] = paragraph("Built in 1820.");
  blocks.push_back(h2);
  blocks.back().text = "Newsletter";  // nothing after it
  drop_orphan_headings(blocks);
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(blocks[0].text, "The mill");
  EXPECT_EQ(blocks[2].text, "History");
  EXPECT_EQ(blocks[3].text, "Built in 1820.");
}

TEST(BoilerplateLinesTest, TrimsClosingLinesAndLabelsButKeepsTheStory) {
  std::vector<Block> blocks = {
      paragraph("By Ana Ruiz"),
      paragraph("The mill reopened on Sunday.\nAdvertisement\nHundreds came to see it."),
      paragraph(
          "The roof was paid for by the valley.\nBy Ana Ruiz and Li Wei, valley correspondents"),
      paragraph("Write to us at letters@valley.example"),
  };
  trim_boilerplate_lines(blocks);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].text, "The mill reopened on Sunday.\nHundreds came to see it.");
  EXPECT_EQ(blocks[1].text, "The roof was paid for by the valley.");
}

}  // namespace
// The story's second half ends in a box of teasers under "Das könnte Sie auch interessieren":
// the box goes from its heading on. An inline "Read more" promo in the middle of the story, with
// prose after it, only loses its own line.
TEST(BoilerplateLinesTest, ABoxHeadingInTheSecondHalfCutsTheTeasersAfterIt) {
  const std::string prose =
      "Der Gemeinderat hat am Dienstag beschlossen, die alte Mühle am Fluss zu retten, nachdem die "
      "Bürger monatelang Unterschriften gesammelt und Spenden für das neue Dach gesammelt hatten.";
  std::vector<Block> blocks = {paragraph(prose), paragraph(prose),
                               paragraph("Das könnte Sie auch interessieren\nStadtfest verschoben"),
                               paragraph("Neue Buslinie ab März")};
  cut_box_tail(blocks);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[1].text, prose);

  // The heading is told however the page decorates, spaces or capitalises it.
  for (const char* heading : {"Related stories", "RELATED   STORIES", "Tags:", "— Related —", "» See also", "Share",
                              "share this", "  Read next  "}) {
    std::vector<Block> box = {paragraph(prose), paragraph(prose), paragraph(heading), paragraph("Neue Buslinie ab März")};
    cut_box_tail(box);
    EXPECT_EQ(box.size(), 2u) << heading;
  }

  std::vector<Block> promo = {paragraph(prose), paragraph(prose), paragraph("Read more"), paragraph(prose)};
  cut_box_tail(promo);
  EXPECT_EQ(promo.size(), 4u);
  trim_boilerplate_lines(promo);
  EXPECT_EQ(promo.size(), 3u);
}

}  // namespace lede::extraction
