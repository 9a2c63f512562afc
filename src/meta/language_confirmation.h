// A cheap test that an article's text is written in the language its page declares, made
// before CLD2 and in its stead where it is certain: CLD2 is the costliest step of the
// metadata stage (its tables miss the caches), and on most pages it only confirms the
// declared language.
#pragma once

#include <string_view>

namespace lede::meta {

/// What the cheap test says of a text's language.
struct TextLanguage {
  /// The language (a bare ISO 639-1 code) the text is certainly written in; empty where the
  /// test does not know: CLD2 must read the text.
  std::string_view language;
  /// The bytes of the text CLD2 would score: its letters, each run after one space. CLD2's own
  /// count differs by a few dozen bytes at most, or less where it squeezes repeated text out.
  size_t scored_bytes = 0;
};

/// The language `text` is certainly written in, where its page declares none: the language
/// of a script of its own (Korean, Japanese, Greek, Thai, Georgian, Armenian), or the one whose
/// function words (function_words.h) make a large share of the words while those of its
/// neighbours are few.
TextLanguage text_names_language(std::string_view text);

/// Where the page declares `primary` (a bare ISO 639-1 code): `primary` where `text` (words one
/// ASCII space apart) is certainly written in it, by a script that language alone writes in or
/// by its function words making a large share of the words while those of its neighbours are
/// few (fewer foreign words than naming allows); else the language `text` names as
/// text_names_language() would, if any. The text is read once for both questions.
TextLanguage text_confirms_or_names_language(std::string_view text, std::string_view primary);

}  // namespace lede::meta
