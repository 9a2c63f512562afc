#include "extract/emit.h"

#include "extract/caption_credit.h"
#include "extract/image_source.h"
#include "extract/text.h"
#include "extract/vocab.h"

namespace lede::extraction {
namespace {

namespace Tag = html::Tag;
using html::NodeType;

// A caption is looked for after the image and after its box and the box's box.
constexpr int kCaptionBoxLevels = 3;
// Longer text after an image is the story going on, not its caption.
constexpr uint32_t kMaxCaptionChars = 300;
// A list item or cell whose text is mostly links is a teaser of other pages.
constexpr double kMinTeaserLinkDensity = 0.5;

// `text` without `suffix` at its end and the white space before it.
std::string_view text_before_suffix(std::string_view text, std::string_view suffix) {
  text.remove_suffix(suffix.size());
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.remove_suffix(1);
  return text;
}

class Emitter {
 public:
  Emitter(const Analysis& a, const std::vector<uint8_t>& dropped) : a_(a), dropped_(dropped) {}

  // The walks below read a kept node's type and tag (Analysis::tags), not the whole node.
  void walk(NodeId id) {
    if (skipped(id)) return;
    const NodeType type = a_.doc.type(id);
    if (type == NodeType::kText) {
      paragraph_.append(a_.doc.data(id));
      return;
    }
    if (type != NodeType::kElement) return;
    const html::TagId tag = a_.tags[id];
    switch (tag) {
      case Tag::kBr:
        // Pages that separate paragraphs with "<br><br>" mean a paragraph break by the second
        // one; a single <br> is a line break inside the paragraph.
        if (follows_br(id)) {
          flush();
        } else {
          paragraph_.line_break();
        }
        return;
      case Tag::kImg: add_image(id, {}); return;
      case Tag::kH1: case Tag::kH2: case Tag::kH3: case Tag::kH4: case Tag::kH5: case Tag::kH6:
        emit_heading(id, tag);
        return;
      case Tag::kUl: case Tag::kOl: case Tag::kDl: emit_list(id); return;
      case Tag::kTable:
        if (is_layout_table(id)) break;
        emit_table(id);
        return;
      case Tag::kPre: emit_simple(id, Block::Type::kCode); return;
      case Tag::kBlockquote: emit_simple(id, Block::Type::kQuote); return;
      case Tag::kFigure: emit_figure(id); return;
      default: break;
    }
    bool block = is_block_tag(tag);
    if (block) flush();
    for (NodeId c : html::children(a_.doc, id)) walk(c);
    if (block) flush();
  }

  void flush() {
    if (paragraph_.empty()) return;
    Block b;
    b.type = Block::Type::kParagraph;
    b.text = paragraph_.take();
    if (!b.text.empty()) out_.blocks.push_back(std::move(b));
  }

  Emitted take() {
    flush();
    list_images_once(out_.images);
    return std::move(out_);
  }

 private:
  bool skipped(NodeId id) const { return a_.removed[id] || dropped_[id]; }

  // The previous sibling, past white space only, is a <br>.
  bool follows_br(NodeId id) const {
    for (NodeId p = a_.doc.prev_sibling(id); p != html::kNoNode; p = a_.doc.prev_sibling(p)) {
      const html::Node& n = a_.doc.node(p);
      if (n.type == NodeType::kText) {
        if (a_.doc.data(p).find_first_not_of(" \t\n\r\f") != std::string_view::npos) return false;
        continue;
      }
      return n.type == NodeType::kElement && n.tag == Tag::kBr;
    }
    return false;
  }

  // Text of a subtree on one line; nested blocks become line breaks. The pictures met on the way
  // (a list item's photo, a table cell's, a recipe step's) wait in pictures_met_ until the text
  // is taken: their captions are read with the same buffer.
  void collect_inline(NodeId id, InlineText& into) {
    if (skipped(id)) return;
    const NodeType type = a_.doc.type(id);
    if (type == NodeType::kText) {
      into.append(a_.doc.data(id));
      return;
    }
    if (type != NodeType::kElement) return;
    const html::TagId tag = a_.tags[id];
    if (tag == Tag::kBr) {
      into.line_break();
      return;
    }
    // A figure is listed as one picture, its image with its caption (figure_parts()).
    if ((tag == Tag::kImg && inside_figure_ == 0) || tag == Tag::kFigure) pictures_met_.push_back(id);
    if (tag == Tag::kFigure) ++inside_figure_;
    bool block = is_block_tag(tag);
    if (block && !into.empty()) into.line_break();
    for (NodeId c : html::children(a_.doc, id)) collect_inline(c, into);
    if (block && !into.empty()) into.line_break();
    if (tag == Tag::kFigure) --inside_figure_;
  }

  // A picture in a list item or cell of links (related stories, a shop's product cards, a chart
  // of titles) shows the page a link leads to, not this article; a listicle's item reads as prose.
  bool in_teaser(NodeId picture) const {
    for (NodeId n = a_.doc.parent(picture); n != html::kNoNode; n = a_.doc.parent(n)) {
      const html::TagId tag = a_.doc.tag(n);
      if (tag == Tag::kLi || tag == Tag::kTd || tag == Tag::kTh || tag == Tag::kDd || tag == Tag::kDt) {
        return a_.link_density(n) > kMinTeaserLinkDensity;
      }
      if (tag == Tag::kUl || tag == Tag::kOl || tag == Tag::kDl || tag == Tag::kTable) return false;
    }
    return false;
  }

  // Lists the pictures met in the text of the block just laid out, in document order.
  void list_pictures_met() {
    if (pictures_met_.empty()) return;
    listing_.swap(pictures_met_);
    for (NodeId id : listing_) {
      if (in_teaser(id)) continue;
      if (a_.tags[id] == Tag::kImg) {
        add_image(id, {});
        continue;
      }
      FigureParts parts = figure_parts(id);
      if (parts.img != html::kNoNode) add_image(parts.img, std::move(parts.caption), std::move(parts.credit));
    }
    listing_.clear();
    // Pictures inside a figure's caption are not the figure's picture, as in emit_figure().
    pictures_met_.clear();
  }

  std::string inline_text(NodeId id) {
    collect_inline(id, scratch_);
    return scratch_.take();
  }

  void emit_heading(NodeId id, html::TagId tag) {
    flush();
    Block b;
    b.type = Block::Type::kHeading;
    b.level = 1 + (tag - Tag::kH1);
    b.text = inline_text(id);
    if (!b.text.empty()) out_.blocks.push_back(std::move(b));
    list_pictures_met();
  }

  void emit_simple(NodeId id, Block::Type type) {
    flush();
    Block b;
    b.type = type;
    if (type == Block::Type::kCode) {
      for (NodeId n = id; n != html::kNoNode;) {
        if (skipped(n)) {
          n = a_.doc.next_skipping_children(n, id);
          continue;
        }
        const html::Node& node = a_.doc.node(n);
        if (node.type == NodeType::kText) b.text += a_.doc.data(n);
        // Highlighters and editors write a code line as <br> or as a block of its own; either
        // ends the line, which the text must keep ("import os" and "import sys" are two lines).
        bool line_end = node.type == NodeType::kElement && n != id &&
                        (node.tag == Tag::kBr || (is_block_tag(node.tag) && !b.text.empty()));
        if (line_end && (node.tag == Tag::kBr || b.text.back() != '\n')) b.text += '\n';
        n = a_.doc.next_in_tree(n, id);
      }
      while (!b.text.empty() && (b.text.back() == '\n' || b.text.back() == ' ')) b.text.pop_back();
      size_t start = b.text.find_first_not_of('\n');
      b.text.erase(0, start == std::string::npos ? b.text.size() : start);
    } else {
      b.text = inline_text(id);
    }
    if (!b.text.empty()) out_.blocks.push_back(std::move(b));
    list_pictures_met();
  }

  void emit_list(NodeId id) {
    flush();
    Block b;
    b.type = Block::Type::kList;
    for (NodeId item : html::children(a_.doc, id)) {
      if (skipped(item) || a_.doc.type(item) != NodeType::kElement) continue;
      std::string text = inline_text(item);
      if (!text.empty()) b.items.push_back(std::move(text));
    }
    for (const std::string& item : b.items) {
      if (!b.text.empty()) b.text += '\n';
      b.text += item;
    }
    if (!b.items.empty()) out_.blocks.push_back(std::move(b));
    list_pictures_met();
  }

  // A table used for page layout holds paragraphs and lists in its cells; a data table holds
  // short values.
  bool is_layout_table(NodeId id) const {
    for (NodeId n = a_.doc.next_in_tree(id, id); n != html::kNoNode; n = a_.doc.next_in_tree(n, id)) {
      // Read through the accessors: removed nodes are read too, which Analysis::tags leaves at 0.
      if (a_.doc.type(n) != NodeType::kElement) continue;
      const html::TagId tag = a_.doc.tag(n);
      if (tag == Tag::kTable || tag == Tag::kP || tag == Tag::kDiv || tag == Tag::kUl || tag == Tag::kOl ||
          is_heading_tag(tag)) {
        return true;
      }
    }
    return false;
  }

  void emit_table(NodeId id) {
    flush();
    Block b;
    b.type = Block::Type::kTable;
    for (NodeId n = id; n != html::kNoNode;) {
      if (skipped(n)) {
        n = a_.doc.next_skipping_children(n, id);
        continue;
      }
      if (a_.is_tag(n, Tag::kTr)) {
        std::vector<std::string> row;
        for (NodeId cell : html::children(a_.doc, n)) {
          if (skipped(cell) || (!a_.is_tag(cell, Tag::kTd) && !a_.is_tag(cell, Tag::kTh))) continue;
          row.push_back(inline_text(cell));
        }
        std::string line;
        for (const std::string& cell : row) {
          if (cell.empty()) continue;
          if (!line.empty()) line += ' ';
          line += cell;
        }
        if (!line.empty()) {
          if (!b.text.empty()) b.text += '\n';
          b.text += line;
          b.rows.push_back(std::move(row));
        }
        n = a_.doc.next_skipping_children(n, id);
        continue;
      }
      n = a_.doc.next_in_tree(n, id);
    }
    if (!b.rows.empty()) out_.blocks.push_back(std::move(b));
    list_pictures_met();
  }

  // An image's caption is often the element after the image's own box ("<div class=image><img>
  // </div><div class=image-desc>...</div>"): one named for a caption or a description, short.
  std::string caption_beside(NodeId img) {
    NodeId box = img;
    for (int level = 0; level < kCaptionBoxLevels && box != html::kNoNode; ++level, box = a_.doc.parent(box)) {
      NodeId next = a_.doc.next_sibling(box);
      while (next != html::kNoNode && a_.doc.type(next) != NodeType::kElement) next = a_.doc.next_sibling(next);
      if (next == html::kNoNode) continue;
      auto names = [](std::string_view value) {
        return value.find("caption") != std::string_view::npos || value.find("desc") != std::string_view::npos;
      };
      bool named = names(a_.doc.attribute_value(next, "class")) || names(a_.doc.attribute_value(next, "id"));
      if (!named || a_.removed[next] || a_.stats[next].chars > kMaxCaptionChars) return {};
      return inline_text_ignoring_drops(next);
    }
    return {};
  }

  // Text of a caption the cleaner set aside (it repeats the alt text, or is named a credit).
  std::string inline_text_ignoring_drops(NodeId id) {
    for (NodeId n = id; n != html::kNoNode; n = a_.doc.next_in_tree(n, id)) {
      if (a_.doc.type(n) == NodeType::kText) scratch_.append(a_.doc.data(n));
    }
    return scratch_.take();
  }

  // Buttons and icons drawn as images ("btn_original_korean.gif"): controls, not pictures.
  static bool is_control_image(std::string_view src) {
    std::string_view file = src.substr(src.rfind('/') + 1);
    return file.starts_with("btn") || file.find("button") != std::string_view::npos ||
           file.find("icon") != std::string_view::npos;
  }

  // `credit`: a credit the caption's markup set apart; otherwise one printed at its end is
  // split off.
  void add_image(NodeId img, std::string caption, std::string credit = {}) {
    std::string_view src = image_source(a_.doc, img);
    if (src.empty() || is_control_image(src) || is_icon_image(a_.doc, img, src)) return;
    if (caption.empty()) caption = caption_beside(img);
    if (credit.empty()) {
      CaptionParts parts = split_caption_credit(caption);
      caption = std::move(parts.caption);
      credit = std::move(parts.credit);
    }
    Image image;
    image.url = std::string(src);
    image.alt = std::string(a_.doc.attribute_value(img, "alt"));
    image.caption = std::move(caption);
    image.credit = std::move(credit);
    out_.images.push_back(std::move(image));
  }

  // The text of an element inside a caption that the page names a credit ("<span
  // class=credit>"), whether or not the cleaner kept it.
  std::string credit_inside(NodeId caption) {
    for (NodeId n = a_.doc.first_child(caption); n != html::kNoNode; n = a_.doc.next_in_tree(n, caption)) {
      if (a_.doc.type(n) == NodeType::kElement && (a_.concepts[n] & vocab::kCredit)) {
        return inline_text_ignoring_drops(n);
      }
    }
    return {};
  }

  struct FigureParts {
    NodeId img = html::kNoNode;  // the first kept image
    std::string caption;
    std::string credit;
  };

  FigureParts figure_parts(NodeId id) {
    NodeId img = html::kNoNode;
    std::string caption;
    std::string credit;
    for (NodeId n = id; n != html::kNoNode;) {
      if (skipped(n)) {
        n = a_.doc.next_skipping_children(n, id);
        continue;
      }
      if (img == html::kNoNode && a_.is_tag(n, Tag::kImg)) img = n;
      if (a_.is_tag(n, Tag::kFigcaption)) {
        caption = inline_text(n);
        credit = credit_inside(n);
        // A credit the cleaner kept is printed at the caption's end: once, beside it.
        if (!credit.empty() && caption.ends_with(credit)) caption = std::string(text_before_suffix(caption, credit));
        n = a_.doc.next_skipping_children(n, id);
        continue;
      }
      n = a_.doc.next_in_tree(n, id);
    }
    return {img, std::move(caption), std::move(credit)};
  }

  // A figure is its image and its caption, once: the alt text is kept as the image's alt, never
  // printed beside a caption that says the same.
  void emit_figure(NodeId id) {
    flush();
    auto [img, caption, credit] = figure_parts(id);
    pictures_met_.clear();  // the caption's own
    if (img != html::kNoNode) add_image(img, caption, credit);
    if (caption.empty() && img != html::kNoNode) return;
    Block b;
    b.type = Block::Type::kFigure;
    b.caption = caption;
    if (img != html::kNoNode) b.src = std::string(image_source(a_.doc, img));
    if (img == html::kNoNode) {
      // A figure without an image (a pull quote, an embedded chart's text) is laid out as is.
      for (NodeId c : html::children(a_.doc, id)) walk(c);
      flush();
      return;
    }
    out_.blocks.push_back(std::move(b));
  }

  const Analysis& a_;
  const std::vector<uint8_t>& dropped_;
  InlineText paragraph_;
  // The text of one heading, list item, cell or caption at a time (inline_text()), in a buffer
  // kept from one to the next.
  InlineText scratch_;
  // Pictures met by collect_inline() and not listed yet, and the ones being listed.
  std::vector<NodeId> pictures_met_;
  std::vector<NodeId> listing_;
  int inside_figure_ = 0;
  Emitted out_;
};

}  // namespace

Emitted emit_blocks(const Analysis& a, const std::vector<NodeId>& roots, const std::vector<uint8_t>& dropped) {
  Emitter emitter(a, dropped);
  for (NodeId root : roots) {
    emitter.walk(root);
    emitter.flush();
  }
  return emitter.take();
}

std::string blocks_to_text(const std::vector<Block>& blocks) {
  size_t size = 0;
  for (const Block& b : blocks) size += b.text.size() + 2;
  std::string text;
  text.reserve(size);
  for (const Block& b : blocks) {
    // A figure's caption describes the picture; it stays with the figure, out of the prose.
    if (b.text.empty()) continue;
    if (!text.empty()) text += "\n\n";
    text += b.text;
  }
  return text;
}

}  // namespace lede::extraction
