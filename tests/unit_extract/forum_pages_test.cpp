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

}  // namespace
}  // namespace lede::extraction
