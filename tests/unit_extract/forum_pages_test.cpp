// Forum threads written for these tests (invented content): what of a thread is its content, and
// what the forum software prints around each post.
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

const char kMoreProse[] =
    "<p>Clips that hold copper pipes tight against the timber are the usual culprits in older houses, where "
    "the floor has settled over the years and the pipes no longer sit where they were laid.</p>"
    "<p>If the knocking comes from the radiator valve instead, open and close it fully a few times: a valve that "
    "sticks half open lets the water hammer against it each time the pump starts.</p>";

// A post as forum software builds it: beside the message, the poster's name, rank and banner, and
// their statistics as label/value pairs.
std::string post(const std::string& name, const std::string& rank, const std::string& joined,
                 const std::string& messages, const std::string& text) {
  return "<article class=\"message message--post\"><div class=message-inner><div class=message-user>"
         "<div class=message-userDetails><h4 class=message-name><a href=/members/" + name + " class=username>" + name +
         "</a></h4><h5 class=\"userTitle message-userTitle\">" + rank + "</h5>"
         "<div class=\"userBanner message-userBanner\"><strong>Original poster</strong></div></div>"
         "<div class=message-userExtras><dl class=pairs><dt>Joined</dt><dd>" + joined + "</dd></dl>"
         "<dl class=pairs><dt>Messages</dt><dd>" + messages + "</dd></dl>"
         "<dl class=pairs><dt>Reaction score</dt><dd>312</dd></dl></div></div>"
         "<div class=message-cell><div class=message-content><div class=bbWrapper>" + text +
         "</div></div></div></div></article>";
}

// Each member's rank and statistics repeat beside each of their posts: they describe the poster,
// not the discussion, whether the thread is read as one article or as a page of posts.
TEST(ForumPagesTest, MembersRanksAndStatisticsStayOutOfTheThread) {
  std::string page =
      "<html><body><header><nav><a href=/>Forums</a> <a href=/whats-new>What's new</a></nav></header><main>"
      "<h1>Which wood for a first workbench top?</h1><div class=block-body>" +
      post("oakhand", "Senior Member", "Mar 3, 2019", "1,204",
           "I am building my first workbench this winter and cannot decide between beech and a laminated pine "
           "top. Beech costs twice as much here. Will pine dent too easily under a vice and a mallet?") +
      post("planeshaver", "Well-known member", "Jan 12, 2011", "9,871",
           "Pine dents, but a bench is a tool, not furniture. Mine is twenty years old, covered in marks, and "
           "still flat enough for every joint I cut on it.") +
      post("oakhand", "Senior Member", "Mar 3, 2019", "1,204",
           "That settles it, then. I will laminate pine and spend the difference on a proper vice.") +
      "</div></main><footer><p>Community rules and privacy policy.</p></footer></body></html>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "cannot decide between beech"));
  EXPECT_TRUE(has(body.text, "a bench is a tool, not furniture"));
  EXPECT_TRUE(has(body.text, "spend the difference on a proper vice"));
  EXPECT_FALSE(has(body.text, "Senior Member"));
  EXPECT_FALSE(has(body.text, "Original poster"));
  EXPECT_FALSE(has(body.text, "Joined"));
  EXPECT_FALSE(has(body.text, "9,871"));
  EXPECT_FALSE(has(body.text, "Reaction score"));
}

// A topic whose feed is named for comments and whose posts are named "comment" each, inside the
// page's <main>: the feed is the page, not an article's comment section, and every post in it
// stays.
std::string comment_post(int number, const std::string& name, const std::string& text) {
  return "<article id=elComment_" + std::to_string(number) + " class=\"entry entry--post\">"
         "<aside class=entry__author><a href=/profile/" + name + ">" + name + "</a></aside>"
         "<div id=comment-" + std::to_string(number) + "_wrap class=entry__content><div class=entry__post>"
         "<div class=richtext>" + text + "</div></div></div></article>";
}

TEST(ForumPagesTest, PostsNamedAsCommentsInATopicNamedAsCommentsStay) {
  std::string page =
      "<html><body><header><nav><a href=/>Forums</a> <a href=/search>Search</a></nav></header>"
      "<main id=main><h1>Rain barrel overflow in winter</h1>"
      "<div class=topic-overview><p>Replies 3. Started by fernbed in Garden Water, last reply on Sunday. The topic "
      "summary below is written by the forum: members discuss diverters, a second barrel, and where to lead the "
      "overflow hose so that the water stays away from the house wall in winter storms. Most liked: the diverter "
      "on the downpipe, which sends the water back down the pipe once the barrel is full.</p></div>"
      "<div id=comments class=topic><div class=entries>" +
      comment_post(101, "fernbed", "<p>My rain barrel overflows against the house wall every time it rains hard in "
                                   "winter. Should I add a second barrel, or a diverter on the downpipe?</p>"
                                   "<p>The wall stays damp for days afterwards and the plaster inside has started to stain. I have "
                                   "tried moving the barrel a little further along the wall, but the ground slopes back "
                                   "towards the house and the water finds its way there anyway.</p>"
                                   "<p>The barrel is a 200 litre one, filled from a single downpipe that drains half the "
                                   "roof, so a heavy night fills it before midnight.</p>") +
      comment_post(102, "gutterguy", "<p>A diverter first. It sends the water back down the pipe once the barrel is "
                                     "full, so nothing spills, and it costs far less than a second barrel.</p><p>Fit it at the height "
                                     "of the barrel's rim, with a little fall towards the barrel, and clean its filter each "
                                     "autumn when the leaves come down, or it blocks and spills just the same.</p>") +
      comment_post(103, "moss", "<p>Also lead the overflow hose to a gravel pit a metre from the wall. Ours has "
                                "handled three winters of storms without any damp inside. Dig it half a metre deep, line it "
                                "with fabric so the soil stays out, and fill it with coarse gravel.</p>") +
      comment_post(105, "clayfoot", "<p>We had the same trouble with a barrel on a slope. In the end we raised it on "
                                    "a platform of paving slabs, which gave the tap enough height for a watering can and "
                                    "let the overflow hose run downhill, away from the wall, to the border. The slabs "
                                    "took an afternoon to lay and have not moved in five years.</p>") +
      comment_post(106, "gutterguy", "<p>Good point about the slope. Whatever you choose, check the downpipe joints "
                                     "as well: a leaking joint behind the barrel wets the wall in the same place and is "
                                     "easy to blame on the overflow. A bead of sealant fixes it in minutes.</p>") +
      comment_post(104, "fernbed", "<p>Fitted the diverter on Saturday and the wall stayed dry through the storm, "
                                   "thank you both.</p>") +
      "</div></div></main><footer><p>Community guidelines and privacy.</p></footer></body></html>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "overflows against the house wall"));
  EXPECT_TRUE(has(body.text, "A diverter first"));
  EXPECT_TRUE(has(body.text, "gravel pit a metre from the wall"));
  EXPECT_TRUE(has(body.text, "the wall stayed dry through the storm"));
  EXPECT_FALSE(has(body.text, "Community guidelines"));
}

// A forum's JSON-LD copy (articleBody) is its opening post alone. The page's region, cleaned as a
// region, leaves the replies out (other people's talk) and keeps the trending topics beside the
// thread, and so agrees with that copy better than the thread does: the thread stays the article.
std::string board_reply(const std::string& name, const std::string& text) {
  return "<li class=board-item><div class=board-user><a href=/members/" + name + ">" + name +
         "</a></div><div class=board-message>" + text + "</div></li>";
}

std::string trending(const std::string& title, const std::string& teaser) {
  return "<div class=trend-card><h3><a href=/t/" + std::to_string(title.size()) + ">" + title + "</a></h3><p>" +
         teaser + "</p></div>";
}

TEST(ForumPagesTest, AThreadDoesNotGiveWayToARegionThatAgreesBetterWithTheOpeningPost) {
  const std::string opening =
      "Is it worth learning to sharpen my own chisels with water stones, or should I send them to a service? "
      "I have six chisels and a plane iron, all dull after a year of weekend work, and the nearest service "
      "is an hour's drive away.";
  std::string page =
      "<html><body><header><nav><a href=/>Forums</a> <a href=/new>New</a></nav></header><main class=page-main>"
      "<article class=thread-view><h1>Sharpening my own chisels?</h1><div class=thread-content><p>" + opening +
      "</p><section class=discussion-board><ul>" +
      board_reply("honer", "<p>Learn it. A coarse and a fine stone and a simple honing guide will cost less than two "
                           "visits to a service, and you will sharpen whenever an edge dulls, not once a year. The "
                           "first evening is slow; by the third chisel it is routine.</p>") +
      board_reply("oldbench", "<p>Water stones need flattening now and then, so add a flattening plate to the list. "
                              "I keep mine soaking in a tub under the bench, so a touch-up takes two minutes while the "
                              "glue dries on the next joint.</p>") +
      board_reply("dovetail", "<p>A service grinds away more steel than you would and rarely polishes the back. "
                              "Flatten the backs yourself once, properly, and from then on only the bevel needs "
                              "work. Your chisels will last decades longer.</p>") +
      board_reply("honer", "<p>One more thing: strop the edge on leather with a little compound after the fine "
                           "stone. It takes seconds and the edge lasts noticeably longer in oak.</p>") +
      "</ul></section></div></article>"
      "<section class=trending-topics><h2>Trending topics</h2>" +
      trending("Which glue for outdoor furniture?", "Members compare glues that survive rain and frost.") +
      trending("First lathe recommendations", "A new turner asks which small lathe to buy first.") +
      "</section></main><footer><p>Forum rules.</p></footer></body></html>";
  html::Document doc = html::parse(page);
  Body body = extract_body(doc, Options{}, opening);
  EXPECT_TRUE(has(body.text, "sharpen my own chisels"));
  EXPECT_TRUE(has(body.text, "Learn it."));
  EXPECT_TRUE(has(body.text, "strop the edge on leather"));
  EXPECT_FALSE(has(body.text, "outdoor furniture"));
}

// Forum software that prints the opening post in a block of its own and the replies in the next
// one wraps each in a few levels of containers (block, container, body): the posts meet four levels
// above each post, and all of them are the thread.
std::string message(const std::string& name, const std::string& text) {
  return "<article class=\"message message--post\"><div class=message-user><a href=/m/" + name + ">" + name +
         "</a></div><div class=message-content><div class=bbWrapper>" + text + "</div></div></article>";
}

TEST(ForumPagesTest, AnOpeningPostInABlockOfItsOwnLeadsToTheReplies) {
  std::string page =
      "<html><body><header><nav><a href=/>Forums</a> <a href=/latest>Latest</a></nav></header>"
      "<div class=page-body><h1>Old radiator keeps knocking</h1><div class=thread-page>"
      "<div class=\"block block--question\"><div class=block-container><div class=block-body>" +
      message("lowflow", "<p>The radiator in our hall knocks loudly for the first ten minutes after the heating "
                         "comes on every morning. I have bled it twice this winter, and the pressure gauge on the "
                         "boiler reads a steady 1.4 bar. The pipes under the floor are copper and about forty years "
                         "old. Is this something I can fix myself, or is it time to call a plumber?</p>") +
      "</div></div></div><div class=\"block block--replies\"><div class=block-container>"
      "<div class=\"block-body js-replyContainer\">" +
      message("pipefitter", "<p>Knocking as the system warms is usually a pipe expanding against a joist or a clip. "
                            "Lift a floorboard near the radiator while the heating starts and listen for where the "
                            "noise comes from; a felt pad between pipe and joist often ends it.</p>") +
      message("coldhall", "<p>Ours did the same and it was a sticking valve on the radiator itself. Turning the "
                          "valve fully open and closed a few times freed it, and the knocking stopped.</p>") +
      message("lowflow", "<p>It was the clip under the floorboard. A strip of felt later, the hall is quiet. "
                         "Thank you both for the quick help.</p>") +
      "</div></div></div></div></div><footer><p>Terms and rules.</p></footer></body></html>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "knocks loudly for the first ten minutes"));
  EXPECT_TRUE(has(body.text, "a felt pad between pipe and joist"));
  EXPECT_TRUE(has(body.text, "a sticking valve on the radiator"));
  EXPECT_TRUE(has(body.text, "It was the clip under the floorboard"));
}

// A quoted post folds behind a link that goes nowhere and calls itself a button: a control, like
// the <button> it stands for, not a line of the post. A link with an address stays.
TEST(ForumPagesTest, ALinkThatIsAButtonIsNoText) {
  const std::string quote =
      "<blockquote class=quote><div class=quote-content>Bleeding the radiator twice did nothing for the knocking, "
      "so the air is not the problem.</div><div class=quote-expand><a role=button tabindex=0>Click to expand...</a>"
      "</div></blockquote>";
  std::string page = "<html><body><article><h1>Old radiator keeps knocking</h1>" + quote +
                     "<p>Then look at the pipe clips under the floor: a pipe that expands against a joist knocks as "
                     "the water warms, and a felt pad between the two usually ends it. See <a href=/guides/clips "
                     "role=button>our guide to pipe clips</a> for the sizes that fit.</p>" + std::string(kMoreProse) +
                     "</article></body></html>";
  Body body = extract(page);
  EXPECT_TRUE(has(body.text, "so the air is not the problem"));
  EXPECT_TRUE(has(body.text, "a felt pad between the two"));
  EXPECT_TRUE(has(body.text, "our guide to pipe clips"));
  EXPECT_FALSE(has(body.text, "Click to expand"));
}

}  // namespace
}  // namespace lede::extraction
