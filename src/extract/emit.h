// Stage 5: the kept part of the chosen container as blocks in reading order, and as plain text.
#pragma once

#include <cstdint>
#include <vector>

#include "extract/analysis.h"
#include "lede/article.h"

namespace lede::extraction {

struct Emitted {
  std::vector<Block> blocks;
  std::vector<Image> images;
};

/// Lays out `roots` (document order), skipping removed and dropped nodes.
Emitted emit_blocks(const Analysis& a, const std::vector<NodeId>& roots, const std::vector<uint8_t>& dropped);

/// Plain text of blocks: paragraphs separated by a blank line, list items and table rows by a
/// line break.
std::string blocks_to_text(const std::vector<Block>& blocks);

}  // namespace lede::extraction
