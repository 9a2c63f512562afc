#include "meta/candidates_by_field.h"

namespace lede::meta {

CandidatesByField::CandidatesByField(const Evidence& ev) : ev_(ev) {
  // A counting sort: it keeps each field's candidates in their order, in one allocation.
  const std::vector<Candidate>& all = ev.candidates();
  for (const Candidate& c : all) ++start_[static_cast<size_t>(c.field) + 1];
  for (size_t f = 1; f <= kFieldCount; ++f) start_[f] += start_[f - 1];
  filed_.resize(all.size());
  std::array<size_t, kFieldCount> next;
  for (size_t f = 0; f < kFieldCount; ++f) next[f] = start_[f];
  size_t dated = 0;
  for (const Candidate& c : all) {
    filed_[next[static_cast<size_t>(c.field)]++] = &c;
    dated += c.field == Field::kPublished || c.field == Field::kModified;
  }
  dates_.reserve(dated);
  for (const Candidate& c : all) {
    if (c.field == Field::kPublished || c.field == Field::kModified) dates_.push_back(&c);
  }
}

}  // namespace lede::meta
