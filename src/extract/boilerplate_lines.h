// Lines that pages print inside the article's container but that are not the article, recognised
// by their text rather than their markup: the label left where an ad slot was ("Advertisement",
// "Publicité", "REKLAM"), and the byline and contact lines that close a story ("By A and B,
// Tokyo correspondents", "Please direct questions to desk@paper.example"). Markup names most
// boilerplate (vocab.h); these lines often sit in a bare <p> or between <br>s of the body text.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "core/view_map.h"
#include "lede/article.h"

namespace lede::extraction {

/// The whole line is an ad slot's label, in one of the languages pages label ads in.
bool is_ad_label(std::string_view line);

/// The heading of a box around the article: "Related stories", "Mehr zum Thema", "Über den
/// Autor", "Share this".
bool is_box_heading(std::string_view line);

/// A line that points to another page: "Read more: <headline>", "MIRA: <headline>".
bool is_pointer_line(std::string_view line);

/// A credit or source line: "Foto: A. Name", "Crédits photos : Agence".
bool is_credit_line(std::string_view line);

/// A post's meta line: "This entry was posted in News", "Tags: mills, roofs".
bool is_post_meta_line(std::string_view line);

/// "Follow us on Facebook, Instagram and Telegram": a short line naming several networks.
bool is_follow_line(std::string_view line);

/// The notice a script-driven page shows without its scripts: "You need to enable JavaScript
/// to run this app."
bool is_script_notice(std::string_view line);

/// A byline: "By " and a capitalised name, short, not a sentence ("By Friday, talks ended.").
bool is_byline(std::string_view line);

/// A short line that gives an e-mail address: how to reach the desk or the author.
bool is_contact_line(std::string_view line);

/// Whether each short line tested so far is one of the lines above. The attempts of the cascade
/// emit much of the same text (the scored container lies in the semantic one, the region holds
/// both), and a line's verdict depends on its text alone: each distinct line is tested once per
/// page. The lines are copied, as the blocks they came from are rewritten.
class LineVerdicts {
 public:
  /// The verdict stored for `line`, or nullptr when it has none yet.
  const bool* find(std::string_view line);
  void add(std::string_view line, bool boilerplate);

 private:
  std::string_view keep(std::string_view line);

  ViewMap<bool> verdicts_;
  std::vector<std::unique_ptr<char[]>> chunks_;  // the lines' characters, which the keys view
  size_t chunk_left_ = 0;
  char* chunk_next_ = nullptr;
};

/// Removes the lines above from every paragraph and heading (ad labels, script notices, box
/// headings, pointer, credit, post-meta and follow lines), bylines from the start of the body, and
/// bylines and contact lines from its end. Blocks left empty are removed.
void trim_boilerplate_lines(std::vector<Block>& blocks, LineVerdicts& verdicts);
void trim_boilerplate_lines(std::vector<Block>& blocks);

/// Cuts the body at a box heading ("Das könnte Sie auch interessieren", "Read next") that opens a
/// block in its second half when no paragraph of prose follows it: what follows is the box
/// (teasers, links), not more of the article. Elsewhere such a line is only removed, by
/// trim_boilerplate_lines.
void cut_box_tail(std::vector<Block>& blocks);

/// Removes headings whose section holds nothing (the content below them was cleaned away): a
/// heading followed by one of the same or a higher rank, or by the end of the body.
void drop_orphan_headings(std::vector<Block>& blocks);

}  // namespace lede::extraction
