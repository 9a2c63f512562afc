#include "html/tree/active_formatting.h"

#include <algorithm>
#include <functional>
#include <string_view>

namespace lede::html::tree {

namespace {

// Attribute lists longer than this are compared in order only: the set comparison is
// quadratic in the list length, and identical tags from real pages repeat their order.
constexpr size_t kMaxAttributesComparedAsSets = 16;

// Same attributes, compared as sets of (name, value) pairs (the Noah's Ark clause's test).
bool same_attributes(const DocumentBuilder& doc, NodeId a, NodeId b) {
  auto left = doc.attributes(a);
  auto right = doc.attributes(b);
  if (left.size() != right.size()) return false;
  auto equal = [&](const Attribute& x, const Attribute& y) {
    return doc.str(x.name) == doc.str(y.name) && doc.str(x.value) == doc.str(y.value);
  };
  if (std::equal(left.begin(), left.end(), right.begin(), equal)) return true;
  if (left.size() > kMaxAttributesComparedAsSets) return false;
  return std::all_of(left.begin(), left.end(), [&](const Attribute& x) {
    return std::any_of(right.begin(), right.end(), [&](const Attribute& y) { return equal(x, y); });
  });
}

}  // namespace

uint64_t ActiveFormatting::fingerprint(const DocumentBuilder& doc, NodeId node) {
  uint64_t sum = 0;
  for (const Attribute& a : doc.attributes(node)) {
    uint64_t h = std::hash<std::string_view>{}(doc.str(a.name));
    h = (h ^ std::hash<std::string_view>{}(doc.str(a.value))) * 0x9E3779B97F4A7C15ull;
    sum += h;
  }
  return sum;
}

uint64_t ActiveFormatting::fingerprint_of(const DocumentBuilder& doc, Entry& e) {
  if (!e.fingerprinted) {
    e.fingerprint = fingerprint(doc, e.node);
    e.fingerprinted = true;
  }
  return e.fingerprint;
}

bool ActiveFormatting::same_attribute_sets(const DocumentBuilder& doc, Entry& listed, Entry& pushed) {
  return fingerprint_of(doc, listed) == fingerprint_of(doc, pushed) && same_attributes(doc, listed.node, pushed.node);
}

void ActiveFormatting::push(const DocumentBuilder& doc, NodeId node, TagId tag) {
  Entry pushed = make_entry(doc, node, tag);
  if (at_ark_limit_ && entries_.back().tag == tag && identical_attributes(doc, entries_.back(), pushed)) {
    // The earliest identical entry is the first of the last kNoahsArkLimit: it goes, the
    // others move down one place, and the list ends as it did, at the limit.
    Entry* twins = entries_.data() + (entries_.size() - kNoahsArkLimit);
    for (size_t i = 0; i + 1 < kNoahsArkLimit; ++i) twins[i] = twins[i + 1];
    twins[kNoahsArkLimit - 1] = pushed;
    return;
  }
  scan_and_push(doc, pushed);
}

void ActiveFormatting::scan_and_push(const DocumentBuilder& doc, Entry& pushed) {
  const size_t size = entries_.size();
  size_t first_after_marker = size;
  size_t identical = 0;
  size_t earliest_identical = 0;
  bool other_seen = false;    // scanning from the end, an entry not identical to `pushed`
  bool all_trailing = true;   // every identical entry lies in the run that ends the list
  while (first_after_marker > 0 && !entries_[first_after_marker - 1].is_marker()) {
    --first_after_marker;
    Entry& e = entries_[first_after_marker];
    if (e.tag == pushed.tag && identical_attributes(doc, e, pushed)) {
      ++identical;
      earliest_identical = first_after_marker;
      all_trailing = all_trailing && !other_seen;
    } else {
      other_seen = true;
    }
  }
  size_t dropped = size;  // the entry that makes room, if any
  if (identical >= kNoahsArkLimit) {
    dropped = earliest_identical;
    at_ark_limit_ = identical == kNoahsArkLimit && all_trailing;
  } else if (size - first_after_marker >= kMaxEntriesAfterMarker) {
    dropped = first_after_marker;
    at_ark_limit_ = false;
  } else {
    at_ark_limit_ = identical + 1 == kNoahsArkLimit && all_trailing;
  }
  if (dropped == size) {
    entries_.push_back(pushed);
    return;
  }
  // Close the gap and put the new entry last, in one pass: the list keeps its size.
  for (size_t i = dropped; i + 1 < size; ++i) entries_[i] = entries_[i + 1];
  entries_[size - 1] = pushed;
}

void ActiveFormatting::clear_to_last_marker() {
  at_ark_limit_ = false;
  while (!entries_.empty()) {
    bool marker = entries_.back().is_marker();
    entries_.pop_back();
    if (marker) return;
  }
}

int32_t ActiveFormatting::find_after_marker(TagId tag) const {
  for (size_t i = entries_.size(); i > 0; --i) {
    const Entry& e = entries_[i - 1];
    if (e.is_marker()) return -1;
    if (e.tag == tag) return static_cast<int32_t>(i - 1);
  }
  return -1;
}

int32_t ActiveFormatting::index_of(NodeId node) const {
  for (size_t i = entries_.size(); i > 0; --i) {
    const Entry& e = entries_[i - 1];
    if (e.is_marker()) return -1;
    if (e.node == node) return static_cast<int32_t>(i - 1);
  }
  return -1;
}

}  // namespace lede::html::tree
