// The candidates of an Evidence filed by field, each field's in the page's order: the resolvers
// read a field's few candidates, where each of them scanned all of a page's ~50 to find its own.
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <vector>

#include "meta/evidence.h"

namespace lede::meta {

class CandidatesByField {
 public:
  explicit CandidatesByField(const Evidence& ev);

  const Evidence& evidence() const { return ev_; }
  /// The candidates of `field`, in the order they were added.
  std::span<const Candidate* const> of(Field field) const {
    size_t f = static_cast<size_t>(field);
    return {filed_.data() + start_[f], filed_.data() + start_[f + 1]};
  }
  /// The candidates of kPublished and of kModified together, in the order they were added.
  std::span<const Candidate* const> dates() const { return dates_; }

 private:
  static constexpr size_t kFieldCount = static_cast<size_t>(Field::kTranslation) + 1;
  const Evidence& ev_;
  std::array<size_t, kFieldCount + 1> start_{};
  std::vector<const Candidate*> filed_;
  std::vector<const Candidate*> dates_;
};

}  // namespace lede::meta
