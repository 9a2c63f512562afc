#include "meta/escaped_twice.h"

#include <cstring>

#include "html/tokenizer/char_ref.h"

namespace lede::meta {

std::optional<std::string> decode_escaped_twice(std::string_view text) {
  if (text.empty()) return std::nullopt;  // memchr() may not be handed an empty view's null data
  const char* p = text.data();
  const char* end = p + text.size();
  const char* amp = static_cast<const char*>(std::memchr(p, '&', text.size()));
  if (amp == nullptr) return std::nullopt;
  std::string out;
  bool decoded = false;
  while (amp != nullptr) {
    html::CharRef ref;
    uint32_t errors = 0;
    // Read as in an attribute value: a legacy name without ';' followed by '=' or a letter is
    // text ("&copy=2"); a reference not closed by ';' is left as written too.
    if (html::decode_char_ref(amp, end, /*in_attribute=*/true, ref, errors) && ref.end[-1] == ';') {
      out.append(p, amp);
      out.append(ref.utf8);
      p = ref.end;
      decoded = true;
    } else {
      out.append(p, amp + 1);
      p = amp + 1;
    }
    amp = static_cast<const char*>(std::memchr(p, '&', static_cast<size_t>(end - p)));
  }
  if (!decoded) return std::nullopt;
  out.append(p, end);
  return out;
}

}  // namespace lede::meta
