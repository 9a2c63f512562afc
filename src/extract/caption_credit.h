// A photo caption and the credit printed at its end, told apart: "Buses on the Headrow.
// Photograph: James Whitaker", "... closed in 2016. (Yoon Ji-ho/The Hanul Post)",
// "整修完工的神農街騎樓。（記者陳怡君攝）". The record keeps the credit beside the caption.
#pragma once

#include <string>
#include <string_view>

namespace lede::extraction {

struct CaptionParts {
  std::string caption;
  std::string credit;  // as printed, without the brackets around it; empty when none
};

/// Splits a trailing credit off `caption`: a closing parenthesis naming a photographer or an
/// agency ("(AP Photo/Jane Doe)", "（記者王明攝）"), or a last sentence opened by a credit label
/// ("Photo: ...", "Foto: ...", "Credit: ..."). A caption without one comes back whole.
CaptionParts split_caption_credit(std::string_view caption);

}  // namespace lede::extraction
