#include "meta/visible_text_probes.h"

#include <bit>

namespace lede::meta {

namespace {

// The byline starts by their first byte, as sets of bits (bit k for kBylineStarts[k]): a text
// is compared with the few that open with its first letter, where comparing it with each start
// in turn mispredicted a branch at most of them.
constexpr auto kStartsByFirstByte = [] {
  static_assert(std::size(kBylineStarts) <= 32);
  std::array<uint32_t, 128> sets{};
  for (size_t k = 0; k < std::size(kBylineStarts); ++k) {
    sets[static_cast<unsigned char>(kBylineStarts[k][0])] |= uint32_t{1} << k;
  }
  return sets;
}();
// The starts that may open an ASCII text opening with `c`, whatever its case.
inline uint32_t starts_opening_with(char c) {
  unsigned char b = static_cast<unsigned char>(c);
  if (b >= 'A' && b <= 'Z') b += 32;
  return b < 128 ? kStartsByFirstByte[b] : 0;
}

}  // namespace

bool starts_like_byline(std::string_view text) {
  // Most texts are ruled out by their first two bytes, before any folding.
  std::array<unsigned char, 2> start{};
  for (size_t k = 0; k < start.size() && k < text.size(); ++k) start[k] = static_cast<unsigned char>(text[k]);
  if (!may_start_byline(start)) return false;
  std::string_view head = text.substr(0, kBylineStartBytes);
  // The starts are ASCII: an ASCII head folds byte for byte, compared without a folded copy.
  if (is_ascii_text(head)) {
    for (uint32_t set = starts_opening_with(head[0]); set != 0; set &= set - 1) {
      std::string_view s = kBylineStarts[std::countr_zero(set)];
      if (s.size() <= head.size() && equals_ascii_folded(head.substr(0, s.size()), s)) return true;
    }
    return false;
  }
  std::array<char, 3 * kBylineStartBytes> buffer;
  std::string_view folded = fold_case(head, buffer);
  for (std::string_view s : kBylineStarts) {
    if (!folded.empty() && folded[0] == s[0] && starts_with_folded(folded, s)) return true;
  }
  return false;
}


std::optional<bool> collapsed_text_starts_like_byline(std::string_view data, size_t at) {
  // The text's start collapsed as element_text() collapses it, one byte more than the start (so
  // that a space ending it is followed by a word): ASCII white space, the line breaks and
  // indentation of the markup, becomes one ' ' before the next word. A byte outside ASCII may
  // be white space that collapses too: this cannot tell.
  std::array<char, kBylineStartBytes + 1> collapsed;
  size_t size = 0;
  bool space = false;
  for (size_t k = at; k < data.size() && size < collapsed.size(); ++k) {
    char c = data[k];
    if (static_cast<unsigned char>(c) >= 0x80) return std::nullopt;
    if (is_ascii_space(c)) {
      space = true;
      continue;
    }
    if (space) {
      collapsed[size++] = ' ';
      space = false;
      if (size == collapsed.size()) break;
    }
    collapsed[size++] = c;
  }
  std::string_view head(collapsed.data(), size);
  if (size > kBylineStartBytes) return starts_like_byline(head.substr(0, kBylineStartBytes));
  bool undecided = false;
  for (uint32_t set = starts_opening_with(head[0]); set != 0; set &= set - 1) {
    std::string_view s = kBylineStarts[std::countr_zero(set)];
    if (s.size() <= head.size() && equals_ascii_folded(head.substr(0, s.size()), s)) return true;
    undecided |= s.size() > head.size() && equals_ascii_folded(head, s.substr(0, head.size()));
  }
  if (undecided) return std::nullopt;
  return false;
}

bool may_open_byline(std::string_view data, size_t first) {
  // White space outside ASCII that collapsing drops (a no-break space) is passed over: the
  // text's first code point that is not white space opens the element's collapsed text.
  size_t at = first;
  while (at < data.size()) {
    unsigned char byte = static_cast<unsigned char>(data[at]);
    if (byte < 0x80) {
      if (!is_ascii_space(data[at])) return collapsed_text_starts_like_byline(data, at) != false;
      ++at;
      continue;
    }
    // Every byline start opens with an ASCII letter, and no code point outside ASCII folds to
    // the letter of one (U+0130 folds to 'i', which opens none); an invalid byte passes through
    // collapsing as it is, and opens none either.
    if (!is_space_cp(next_code_point(data, at))) return false;
  }
  // White space only: the element's text starts in a later text node.
  return true;
}

void VisibleTextFiler::file_text(const html::Document& doc, html::NodeId n, html::NodeId parent, std::string_view data,
                                 size_t first) {
  bool digit = has_ascii_digit(data.size() > kMaxFallbackTextBytes ? data.substr(0, kDatelineBytes) : data);
  if (digit) probes_.digit_texts.push_back(n);
  // The first two bytes rule out most bylines and labels before the text is trimmed: trim()
  // strips no more than this skipped (a vertical tab stays, and starts neither).
  std::array<unsigned char, 2> start{static_cast<unsigned char>(data[first]),
                                     first + 1 < data.size() ? static_cast<unsigned char>(data[first + 1]) : uint8_t{0}};
  uint8_t reads = may_start_byline(start) ? kReadLineByline : 0;
  if (data.size() <= kMaxLabelledDateLineBytes) {
    // Nodes are numbered in document order: the first child follows its parent.
    bool alone = parent + 1 == n && doc.next_sibling(n) == html::kNoNode;
    if (!alone || digit) reads |= kReadDateLabel;
    if (data.size() <= kMaxLabelBytes && may_start_standalone_label(start[0])) reads |= kReadStandaloneLabel;
  }
  if (reads) probes_.in_order.push_back({n, reads});
}

VisibleTextProbes VisibleTextFiler::finish() {
  put_last_text_in_order();
  return std::move(probes_);
}

}  // namespace lede::meta
