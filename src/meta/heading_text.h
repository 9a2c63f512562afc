// The words of the article's headline as a reader sees them: the text of its <h1> without what
// is set in it but is no part of the headline.
#pragma once

#include <string>

#include "html/dom.h"

namespace lede::meta {

/// The whitespace-collapsed text of heading `h`, at most `max_bytes`, leaving out an icon's
/// drawing (an <svg> names its artboard in a <title>), a button ("Copy item path"), the
/// readings a ruby annotation sets over its characters (<rt>, <rp>), elements marked `hidden`
/// (a bookmark tooltip's "Stay organized with collections") and a kicker set before
/// the headline in an element named as one ("<span class=dachzeile>", a forum thread's
/// "<span class=label>"), when words follow it.
std::string heading_text(const html::Document& doc, html::NodeId h, size_t max_bytes);

}  // namespace lede::meta
