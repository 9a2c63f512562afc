// A cheap test that an article's text is written in the language its page declares, made
// before CLD2 and in its stead where it is certain: CLD2 is the costliest step of the
// metadata stage (its tables miss the caches), and on most pages it only confirms the
// declared language.
#pragma once

#include <string_view>

namespace lede::meta {

/// True when `text` (words one ASCII space apart) is certainly written in the language
/// `primary` (a bare ISO 639-1 code): by a script that language alone writes in (Korean,
/// Japanese, Greek, Thai, Georgian, Armenian), or by its function words (function_words.h)
/// making a large share of the words while those of its neighbours are few. False says only
/// that the test does not know: CLD2 must read the text.
bool text_confirms_language(std::string_view text, std::string_view primary);

}  // namespace lede::meta
