// Block-at-a-time UTF-8 validation for text that is not mostly ASCII (CJK, Cyrillic, Greek
// pages), where a byte-at-a-time check runs at a few hundred MB/s.
#pragma once

#include <cstddef>
#include <string_view>

namespace lede::decode {

struct BlockCheck {
  bool valid;
  bool ascii_only;
  /// When !valid: the first error lies in a sequence that starts at or after this offset minus
  /// three bytes (a sequence cut off by a chunk boundary is reported with the next chunk).
  std::size_t error_block;
};

/// True when this CPU can run check_utf8_blocks (x86-64 with SSSE3).
bool can_check_utf8_blocks();

/// Validates all of `bytes` in 16-byte blocks with three table lookups per block (the method
/// of Keiser and Lemire, "Validating UTF-8 in less than one instruction per byte", 2021),
/// grouped in 64-byte chunks; all-ASCII chunks take a short path. Only call when
/// can_check_utf8_blocks().
BlockCheck check_utf8_blocks(std::string_view bytes);

}  // namespace lede::decode
