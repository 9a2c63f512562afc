// The few nodes of a page that extract_visible_text reads wherever the template put them: texts
// and elements that may start a byline, short texts that may label a date line or stand as a
// byline label, and texts with a digit for the first date after the headline. index_page's walk
// over every node files them (VisibleTextFiler), where visible_text walked the whole page twice
// again to find them: a page of 1,500 nodes has a few dozen.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "html/dom.h"
#include "meta/text_util.h"

namespace lede::meta {

// ---- what makes a text or an element worth reading: asked when filing and when reading ----

/// The labels a byline opens with ("By Jane Doe", "Von A", "Text: B"), case-folded.
inline constexpr std::string_view kBylineStarts[] = {
    "by ", "von ", "par ", "por ", "di ", "door ", "av ", "af ", "text: ", "autor: ",
    "autorin: ", "auteur : ", "auteur: ", "author: ", "written by ", "text von ", "text und fotos von ",
    "reporting by ", "additional reporting by "};

/// The bytes of a text's start compared with the byline starts: as many as the longest holds.
inline constexpr size_t kBylineStartBytes = [] {
  size_t longest = 0;
  for (std::string_view s : kBylineStarts) longest = std::max(longest, s.size());
  return longest;
}();

namespace byline_start_detail {

// The first byte of each byline start, and its first two bytes, as sets: tables built once
// at compile time, so that a test costs no check that they were built.
struct StartBytes {
  std::array<bool, 128> firsts{};
  std::array<bool, 128 * 128> pairs{};
};
inline constexpr StartBytes kStartBytes = [] {
  StartBytes set;
  for (std::string_view s : kBylineStarts) {
    set.firsts[static_cast<unsigned char>(s[0])] = true;
    set.pairs[static_cast<unsigned char>(s[0]) * 128 + static_cast<unsigned char>(s[1])] = true;
  }
  return set;
}();

// False when a text starting with these two bytes (element_text_first_bytes) cannot start like
// a byline whatever the case of its letters; true when the bytes do not tell. Asked through
// kMayStartByline.
constexpr bool tests_may_start_byline(std::array<unsigned char, 2> start) {
  auto lower = [](unsigned char c) { return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c + 32) : c; };
  // Every start opens with an ASCII letter, and the one code point outside ASCII that folds to
  // one (U+0130, to 'i') opens none: a text opening outside ASCII may start like a byline only
  // after white space that collapsing drops (U+00A0; U+2002..U+202F; U+FEFF), and most CJK,
  // Cyrillic and Greek texts are ruled out here.
  if (start[0] >= 0x80) {
    if (start[0] == 0xC2) return start[1] == 0xA0 || start[1] == 0;
    if (start[0] == 0xE2) return start[1] == 0x80 || start[1] == 0;
    if (start[0] == 0xEF) return start[1] == 0xBB || start[1] == 0;
    return false;
  }
  if (!kStartBytes.firsts[lower(start[0])]) return false;
  // The second byte is unknown (0) or may fold to an ASCII letter ("İ" folds to "i").
  if (start[1] == 0 || start[1] >= 0x80) return true;
  return kStartBytes.pairs[lower(start[0]) * 128 + lower(start[1])];
}

// tests_may_start_byline() of every pair of bytes, as bits built at compile time: it is asked
// of every text of the page, where its tests, byte by byte, mispredicted. A first byte that
// starts no byline whatever follows it (tested with the second byte unknown, 0) is not paired
// with every second byte: testing all 65,536 pairs passes clang's limit on constant evaluation.
inline constexpr auto kMayStartByline = [] {
  std::array<uint64_t, 256 * 256 / 64> bits{};
  for (unsigned first = 0; first < 256; ++first) {
    if (!tests_may_start_byline({static_cast<unsigned char>(first), 0})) continue;
    for (unsigned second = 0; second < 256; ++second) {
      if (!tests_may_start_byline({static_cast<unsigned char>(first), static_cast<unsigned char>(second)})) continue;
      unsigned pair = first << 8 | second;
      bits[pair >> 6] |= uint64_t{1} << (pair & 63);
    }
  }
  return bits;
}();

}  // namespace byline_start_detail

/// False when a text whose first two bytes (past ASCII white space; 0 for none) are `start`
/// cannot start like a byline; true when they do not tell.
inline bool may_start_byline(std::array<unsigned char, 2> start) {
  unsigned pair = static_cast<unsigned>(start[0]) << 8 | start[1];
  return (byline_start_detail::kMayStartByline[pair >> 6] >> (pair & 63)) & 1;
}

/// True when the (collapsed) text starts like a byline: a byline start of kBylineStarts,
/// whatever the case of its letters.
bool starts_like_byline(std::string_view text);

/// starts_like_byline() of the collapsed text that starts at `data[at]` (a byte that is not
/// ASCII white space), read in place when collapsing leaves its start as written (ASCII, no
/// space but a single ' ' between words): its first kBylineStartBytes bytes, or all of a
/// shorter text when that settles the answer whatever follows ("Politik" starts no byline; "By"
/// may). Nullopt when this cannot tell.
std::optional<bool> collapsed_text_starts_like_byline(std::string_view data, size_t at);

/// False when an element whose collapsed text starts with the text node `data` (its first byte
/// that is not ASCII white space at `first`) cannot start like a byline, whatever follows.
bool may_open_byline(std::string_view data, size_t first);

/// A label standing alone in its element, with the name in the next one:
/// "<p>Written by</p><p>Jane Doe</p>". Case-folded.
inline constexpr std::string_view kStandaloneLabels[] = {
    "written by", "by", "by:", "author", "author:", "authors", "posted by", "von", "von:",
    "autor", "autor:", "autorin", "verfasst von", "geschrieben von", "par", "écrit par", "por",
    "escrito por", "di", "scritto da"};
/// A text node longer than this is no standalone label, whatever it trims to.
inline constexpr size_t kMaxLabelBytes = 20;

namespace byline_start_detail {
inline constexpr std::array<bool, 128> kStandaloneLabelFirsts = [] {
  std::array<bool, 128> set{};
  for (std::string_view l : kStandaloneLabels) {
    if (static_cast<unsigned char>(l[0]) < 0x80) set[static_cast<unsigned char>(l[0])] = true;
  }
  return set;
}();
}  // namespace byline_start_detail

/// False when a text whose first byte (once trimmed) is `first` is no standalone label. Outside
/// ASCII only "é" and "É" (0xC3 0xA9, 0xC3 0x89) fold to the first letter of one ("écrit par"):
/// a Cyrillic or CJK text is not folded to be compared.
inline bool may_start_standalone_label(unsigned char first) {
  if (first >= 0x80) return first == 0xC3;
  return byline_start_detail::kStandaloneLabelFirsts[first >= 'A' && first <= 'Z' ? first + 32 : first];
}

/// A text node longer than this is prose, not a line that labels its date ("Erstellt am: ...").
inline constexpr size_t kMaxLabelledDateLineBytes = 120;

/// Text nodes longer than this are prose: only their first kDatelineBytes are read for the
/// first date after the headline (a dateline: "27.1.2022 - Bei der ...").
inline constexpr size_t kMaxFallbackTextBytes = 300;
inline constexpr size_t kDatelineBytes = 40;

/// The elements a loose byline is written in ("<p><i>von Daniela Obers</i></p>").
constexpr bool may_hold_loose_byline(html::TagId tag) {
  namespace Tag = html::Tag;
  return tag == Tag::kP || tag == Tag::kDiv || tag == Tag::kSpan || tag == Tag::kSmall || tag == Tag::kEm ||
         tag == Tag::kI || tag == Tag::kStrong || tag == Tag::kB || tag == Tag::kAddress || tag == Tag::kH4 ||
         tag == Tag::kH5 || tag == Tag::kH6;
}

namespace byline_start_detail {
inline constexpr auto kLooseBylineTags = [] {
  std::array<bool, html::Tag::kKnownCount> tags{};
  for (html::TagId tag = 0; tag < html::Tag::kKnownCount; ++tag) tags[tag] = may_hold_loose_byline(tag);
  return tags;
}();
}  // namespace byline_start_detail

// ---- the lists ----

/// What extract_visible_text reads of a filed node (bits).
enum VisibleTextRead : uint8_t {
  kReadLooseByline = 1,      // an element that may hold a loose byline and whose text may start one
  kReadLineByline = 2,       // a text that may start a byline
  kReadDateLabel = 4,        // a short text that may label its element's date line
  kReadStandaloneLabel = 8,  // a text short enough to be a standalone label, and starting like one
};

struct VisibleTextProbe {
  html::NodeId node;
  uint8_t reads;  // VisibleTextRead bits
};

struct VisibleTextProbes {
  /// Outside <script>, <style> and <head> (of any namespace), in document order: elements that
  /// may hold a loose byline and whose text may start one, and the texts that are not blank
  /// and may start a byline, label a date line (up to kMaxLabelledDateLineBytes, except a text
  /// alone in its element without an ASCII digit: its element holds no date) or be a
  /// standalone label.
  std::vector<VisibleTextProbe> in_order;
  /// Outside <script>, <style> and <head>, in document order: the texts with an ASCII digit in
  /// what is read for the first date after the headline (their first kDatelineBytes when longer
  /// than kMaxFallbackTextBytes).
  std::vector<html::NodeId> digit_texts;
};

/// Files the nodes of VisibleTextProbes as index_page's walk visits every node in document order.
class VisibleTextFiler {
 public:
  /// Each element, with its tag (of any namespace). True when it may hold a loose byline: it
  /// is filed once its first text settles how its text starts (first_text_settled()).
  bool element(const html::Document& doc, html::NodeId n, html::TagId tag) {
    if (n < skip_end_) return false;
    namespace Tag = html::Tag;
    if (tag == Tag::kScript || tag == Tag::kStyle || tag == Tag::kHead) {
      skip_end_ = doc.next_skipping_children(n, doc.root());  // kNoNode: the rest of the page
      return false;
    }
    return tag < byline_start_detail::kLooseBylineTags.size() && byline_start_detail::kLooseBylineTags[tag];
  }

  /// Each text node that is not ASCII white space only, with its first byte that is not
  /// (`first`): the blank ones, most of a page's, hold nothing visible_text reads.
  void text(const html::Document& doc, html::NodeId n, html::NodeId parent, std::string_view data, size_t first) {
    put_last_text_in_order();
    if (n >= skip_end_) file_text(doc, n, parent, data, first);
  }

  /// An element that element() said may hold a loose byline, once the text node `text` (`data`,
  /// its first byte that is not ASCII white space at `first`) starts its text, as
  /// element_text_first_bytes() tells (`start`). Told after text() of that text node, of the
  /// elements it starts innermost first.
  void first_text_settled(html::NodeId element, html::NodeId text, std::string_view data, size_t first,
                          std::array<unsigned char, 2> start) {
    if (text != opening_text_) {
      opening_text_ = text;
      opens_byline_ = may_start_byline(start) && may_open_byline(data, first);
    }
    if (opens_byline_) probes_.in_order.push_back({element, kReadLooseByline});
  }

  /// The lists, in document order.
  VisibleTextProbes finish();

 private:
  void file_text(const html::Document& doc, html::NodeId n, html::NodeId parent, std::string_view data, size_t first);
  // What was filed since the last text was told, that text and then the elements it started
  // (innermost first), all of them before it in document order, is put in document order:
  // reversed.
  void put_last_text_in_order() {
    if (probes_.in_order.size() - last_text_at_ > 1) {
      std::reverse(probes_.in_order.begin() + static_cast<std::ptrdiff_t>(last_text_at_), probes_.in_order.end());
    }
    last_text_at_ = probes_.in_order.size();
  }

  html::NodeId skip_end_ = 0;  // nodes before it lie inside the last <script>, <style> or <head>
  html::NodeId opening_text_ = html::kNoNode;  // the text first_text_settled() was last told of
  bool opens_byline_ = false;                  // whether its elements may open with a byline
  size_t last_text_at_ = 0;                    // where what the last text told filed begins
  VisibleTextProbes probes_;
};

}  // namespace lede::meta
