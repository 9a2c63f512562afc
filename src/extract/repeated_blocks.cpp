#include "extract/repeated_blocks.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "extract/text.h"

namespace lede::extraction {
namespace {

// Calibrated on aeb, wcxb-dev and trafilatura-eval. A copied section is paragraphs of prose: a
// run of this many characters, this many a block on average. A page prints its own labels, short
// lines and disclaimers again in each section of the same shape (a meal plan's "Meal 1 / Eat
// every 2-3 hours", each webcam's credit line): such repeats are short, or short lines.
constexpr uint32_t kMinRepeatedRunChars = 800;
constexpr uint32_t kMinRepeatedRunCharsPerBlock = 80;

}  // namespace

void drop_repeated_runs(std::vector<Block>& blocks) {
  // A repeat has the length of the text it repeats: only the texts whose length another one
  // shares are hashed, which most of a body's blocks are not.
  std::vector<size_t> sizes;
  sizes.reserve(blocks.size());
  for (const Block& b : blocks) {
    if (!b.text.empty()) sizes.push_back(b.text.size());
  }
  std::sort(sizes.begin(), sizes.end());
  // No two texts of one length, no repeat: most bodies end here.
  if (std::adjacent_find(sizes.begin(), sizes.end()) == sizes.end()) return;
  auto size_shared = [&](size_t size) {
    auto [first, last] = std::equal_range(sizes.begin(), sizes.end(), size);
    return last - first > 1;
  };
  std::unordered_set<std::string_view> seen;
  std::vector<uint8_t> repeated(blocks.size(), 0);
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].text.empty()) continue;  // a figure: neither breaks nor forms a run
    if (!size_shared(blocks[i].text.size())) continue;
    repeated[i] = !seen.insert(blocks[i].text).second;
  }
  std::vector<uint8_t> drop(blocks.size(), 0);
  for (size_t start = 0; start < blocks.size();) {
    if (!repeated[start]) {
      ++start;
      continue;
    }
    size_t end = start;
    uint32_t chars = 0;
    uint32_t text_blocks = 0;
    while (end < blocks.size() && (repeated[end] || blocks[end].text.empty())) {
      chars += count_text(blocks[end].text).chars;
      text_blocks += repeated[end];
      ++end;
    }
    if (chars >= kMinRepeatedRunChars && chars >= kMinRepeatedRunCharsPerBlock * text_blocks) {
      for (size_t k = start; k < end; ++k) drop[k] = repeated[k];
    }
    start = end;
  }
  size_t kept = 0;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (!drop[i]) {
      if (kept != i) blocks[kept] = std::move(blocks[i]);
      ++kept;
    }
  }
  blocks.resize(kept);
}

}  // namespace lede::extraction
