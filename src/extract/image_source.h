// Which picture an <img> shows, and whether it is a picture of the article at all. Pages that
// load images lazily keep a stand-in in src (a transparent gif, "placeholder.svg") and the real
// address in a data attribute or a srcset; pages also draw stars, bullets and ticks as tiny
// images, which are marks in the layout, not pictures.
#pragma once

#include <string_view>
#include <vector>

#include "html/dom.h"
#include "lede/article.h"

namespace lede::extraction {

using html::NodeId;

/// The address of the picture `img` shows, read as a reader's browser would once the page's
/// scripts have run: a lazy-loading address (data-src and kin), else a lazy-loading srcset
/// (data-srcset and kin), else src unless it is a stand-in, else srcset, else the srcset of a
/// <source> in the image's <picture>. Empty when the element names only a stand-in.
std::string_view image_source(const html::Document& doc, NodeId img);

/// The candidate of a srcset a reader would want: the widest ("a.jpg 320w, b.jpg 970w" gives
/// b.jpg), else the densest ("a.jpg 1x, b.jpg 2x" gives b.jpg), else the first. Empty when the
/// list names none.
std::string_view best_srcset_candidate(std::string_view srcset);

/// A mark drawn as an image rather than a picture: laid out at icon size (both sides 32 pixels
/// or less), named an icon, an emoji or an avatar by its class or its box's, an avatar by the
/// folder or host of its address (`src`), filed in a folder of icons or smilies, inside a button, or a gif or svg in a row of three
/// images or more (a rating's stars).
bool is_icon_image(const html::Document& doc, NodeId img, std::string_view src);

/// Lists each address once, where it first appears, with the caption, alt text and credit any
/// of its listings gave; a gif or svg listed three times or more is a mark the layout repeats
/// (a rating star, a bullet, a tick) and is not listed at all.
void list_images_once(std::vector<Image>& images);

}  // namespace lede::extraction
