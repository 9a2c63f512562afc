#include "extract/image_source.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <span>
#include <unordered_map>

namespace lede::extraction {
namespace {

namespace Tag = html::Tag;

// Both sides at most this many pixels: the size of a star, a bullet or a tick beside text; a
// photo, even a thumbnail, is drawn larger.
constexpr uint32_t kMaxIconSide = 32;
// A box this many levels up from the image that is a <button> makes the image its face.
constexpr int kButtonLevels = 3;
// A gif or svg beside this many images in one box is one of a row of marks.
constexpr size_t kRowOfMarks = 3;
// A gif or svg listed this many times is a mark the layout repeats: a rating star, a bullet, a
// tick. A page shows one of its pictures once or twice.
constexpr size_t kRepeatedMarkCount = 3;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

bool equals_lower(std::string_view s, std::string_view lower_word) {
  if (s.size() != lower_word.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (lower(s[i]) != lower_word[i]) return false;
  }
  return true;
}

// A srcset descriptor's number ("970", "1.5") in thousandths; 0 when it is none.
uint64_t descriptor_value(std::string_view number) {
  uint64_t whole = 0;
  size_t i = 0;
  for (; i < number.size() && is_digit(number[i]) && whole < 1000000; ++i) whole = whole * 10 + (number[i] - '0');
  uint64_t thousandths = 0;
  if (i < number.size() && number[i] == '.') {
    uint64_t scale = 100;
    for (++i; i < number.size() && is_digit(number[i]); ++i, scale /= 10) thousandths += (number[i] - '0') * scale;
  }
  return i == number.size() ? whole * 1000 + thousandths : 0;
}

// Words lazy-loading scripts and themes name their stand-in file by ("lazy_placeholder.gif",
// "1x1.trans.gif", "spinner2.gif", "recipe-loader.gif"), wherever they stand in the name.
constexpr std::string_view kStandInWords[] = {"placeholder", "spacer", "clearpixel", "1x1",    "lazy",
                                              "lazyload",    "loading", "loader",    "spinner"};
// Words that name a stand-in only when the name says nothing else ("blank.gif", "empty.png",
// "missing-image.svg"): "logo-transparent.png" and "blank-phone.png" are pictures.
constexpr std::string_view kBareStandInWords[] = {"blank", "empty", "transparent", "missing"};
// Words that add nothing to such a name.
constexpr std::string_view kFillerWords[] = {"image", "img", "pixel", "px"};

bool is_one_of(std::string_view token, std::span<const std::string_view> words) {
  std::string_view without_number = token;
  while (!without_number.empty() && is_digit(without_number.back())) without_number.remove_suffix(1);
  for (std::string_view word : words) {
    if (equals_lower(token, word) || equals_lower(without_number, word)) return true;
  }
  return false;
}

// A file name (without extension) that names a stand-in.
bool names_stand_in(std::string_view stem) {
  bool bare = false;
  bool only_bare = true;
  for (size_t i = 0; i < stem.size();) {
    if (!is_alnum(stem[i])) {
      ++i;
      continue;
    }
    size_t start = i;
    while (i < stem.size() && is_alnum(stem[i])) ++i;
    std::string_view token = stem.substr(start, i - start);
    if (is_one_of(token, kStandInWords)) return true;
    if (is_one_of(token, kBareStandInWords)) {
      bare = true;
    } else if (!is_one_of(token, kFillerWords) && !std::all_of(token.begin(), token.end(), is_digit)) {
      only_bare = false;
    }
  }
  return bare && only_bare;
}

// An address without its query and fragment. Every image's address is cut so, several times:
// two searches for one character each (memchr over the whole address at once) cost less than
// find_first_of("?#"), which calls memchr once per character of the address.
std::string_view without_query(std::string_view url) {
  url = url.substr(0, url.find('?'));
  return url.substr(0, url.find('#'));
}

// The file name of an address, without its query and fragment.
std::string_view file_name(std::string_view url) {
  url = without_query(url);
  return url.substr(url.rfind('/') + 1);
}

// The extension of an address's file, "" when it has none.
std::string_view extension(std::string_view url) {
  std::string_view file = file_name(url);
  size_t dot = file.rfind('.');
  return dot == std::string_view::npos ? std::string_view{} : file.substr(dot + 1);
}

// A gif, png or svg: files drawn for the layout (and screenshots); photographs are jpeg, webp
// or avif.
bool is_drawn_file(std::string_view url) {
  std::string_view ext = extension(url);
  return equals_lower(ext, "gif") || equals_lower(ext, "png") || equals_lower(ext, "svg");
}

// A gif or svg: the formats of the marks a layout repeats. A png may be that too, but is as
// often a screenshot or a product picture that a page lists again in its <noscript> twins.
bool is_mark_file(std::string_view url) {
  std::string_view ext = extension(url);
  return equals_lower(ext, "gif") || equals_lower(ext, "svg");
}

// What a lazy-loading page shows until the picture arrives: an inline data: image, or a drawn
// file (gif, png, svg; never a photograph's jpeg) named for what it is. A stand-in is no
// address of a picture.
bool is_stand_in(std::string_view url) {
  if (url.size() >= 5 && equals_lower(url.substr(0, 5), "data:")) return true;
  if (!is_drawn_file(url)) return false;
  std::string_view file = file_name(url);
  return names_stand_in(file.substr(0, file.rfind('.')));
}

// A value that names a picture: not a stand-in, and not a client-side template's address
// before its script fills it in ("{{item.image}}", "${src}").
bool is_address(std::string_view value) {
  return !value.empty() && value.find("{{") == std::string_view::npos &&
         value.find("${") == std::string_view::npos && !is_stand_in(value);
}

// An address from a srcset-like value, or empty.
std::string_view from_srcset(std::string_view srcset) {
  std::string_view candidate = best_srcset_candidate(srcset);
  return is_address(candidate) ? candidate : std::string_view{};
}

// The srcset of the first <source> of the image's <picture> that names a picture.
std::string_view picture_source(const html::Document& doc, NodeId img) {
  NodeId picture = doc.parent(img);
  if (picture == html::kNoNode || !doc.is_element(picture, Tag::kPicture)) return {};
  for (NodeId c : html::children(doc, picture)) {
    if (!doc.is_element(c, Tag::kSource)) continue;
    for (std::string_view name : {"srcset", "data-srcset"}) {
      std::string_view address = from_srcset(doc.attribute_value(c, name));
      if (!address.empty()) return address;
    }
  }
  return {};
}

// A length attribute ("24", " 220", "24px") in pixels; 0 when it gives none (absent, "100%").
uint32_t pixels(std::string_view value) {
  value = trim(value);
  uint32_t n = 0;
  size_t i = 0;
  for (; i < value.size() && is_digit(value[i]) && n < 100000; ++i) n = n * 10 + static_cast<uint32_t>(value[i] - '0');
  std::string_view rest = value.substr(i);
  if (i == 0 || (!rest.empty() && rest != "px" && rest.front() != '.')) return 0;
  return n;
}

// A class list naming an icon: "icon", "clwp-icon", "socialIcon", "emoji", "wp-smiley".
bool names_icon(std::string_view classes) {
  for (size_t at = classes.find("icon"); at != std::string_view::npos; at = classes.find("icon", at + 1)) {
    // "icon" as a word of the name, not inside another word ("silicon", "lexicon").
    if (at == 0 || !is_alnum(classes[at - 1])) return true;
  }
  return classes.find("Icon") != std::string_view::npos || classes.find("emoji") != std::string_view::npos ||
         classes.find("smiley") != std::string_view::npos;
}

// A folder a site keeps its drawn marks in: "/icons/", "/command_icons/", "/smilies/",
// "/emoticons/". The folder names what all its files are; a photo is never filed there.
bool in_mark_folder(std::string_view url) {
  url = without_query(url);
  if (size_t scheme = url.find("//"); scheme != std::string_view::npos) {
    size_t path = url.find('/', scheme + 2);
    url = path == std::string_view::npos ? std::string_view{} : url.substr(path);
  }
  url = url.substr(0, url.rfind('/') + 1);  // the folders, without the file
  for (size_t end = url.find('/'); end != std::string_view::npos;) {
    size_t next = url.find('/', end + 1);
    if (next == std::string_view::npos) break;
    std::string_view folder = url.substr(end + 1, next - end - 1);
    if (folder.ends_with("icons") || folder.ends_with("icon") || folder == "smilies" || folder == "emoticons" ||
        folder == "emoji") {
      return true;
    }
    end = next;
  }
  return false;
}

// A commenter's or member's face beside their post, named so by the class ("avatar",
// "userAvatar") or kept where a site keeps them ("/avatars/", "avatars.example.org",
// gravatar.com). Only a folder or a host says so: a file named "avatar-poster.jpg" may be a film's.
bool names_avatar(std::string_view classes, std::string_view src) {
  if (classes.find("avatar") != std::string_view::npos || classes.find("Avatar") != std::string_view::npos) {
    return true;
  }
  // Every address below holds "vatar", and most addresses hold no 'v': one search rules them
  // out, where the four would each stop at every slash.
  if (src.find("vatar") == std::string_view::npos) return false;
  return src.find("/avatars/") != std::string_view::npos || src.find("/avatar/") != std::string_view::npos ||
         src.find("//avatars.") != std::string_view::npos || src.find("gravatar.com/") != std::string_view::npos;
}

// The image's box holds kRowOfMarks images side by side or more: a rating drawn as stars
// (four full and a half), a row of badges.
bool in_row_of_images(const html::Document& doc, NodeId img) {
  NodeId box = doc.parent(img);
  if (box == html::kNoNode) return false;
  size_t images = 0;
  for (NodeId c : html::children(doc, box)) {
    if (doc.is_element(c, Tag::kImg) && ++images >= kRowOfMarks) return true;
  }
  return false;
}

}  // namespace

std::string_view best_srcset_candidate(std::string_view srcset) {
  std::string_view first;
  std::string_view best;
  // The widest candidate; in a list by pixel density alone, the densest. Widths and densities
  // are compared as written, in thousandths, so "1.5x" ranks between "1x" and "2x".
  uint64_t best_width = 0;
  uint64_t best_density = 0;
  size_t i = 0;
  while (i < srcset.size()) {
    while (i < srcset.size() && (is_space(srcset[i]) || srcset[i] == ',')) ++i;
    size_t start = i;
    while (i < srcset.size() && !is_space(srcset[i])) ++i;
    std::string_view url = srcset.substr(start, i - start);
    // A candidate is an address that may itself hold commas ("f_auto,q_80/a.jpg"), then its
    // descriptors up to the next comma; commas ending the address end the candidate.
    bool ended = false;
    while (!url.empty() && url.back() == ',') {
      url.remove_suffix(1);
      ended = true;
    }
    uint64_t width = 0;
    uint64_t density = 0;
    while (!ended && i < srcset.size() && srcset[i] != ',') {
      while (i < srcset.size() && is_space(srcset[i])) ++i;
      size_t d = i;
      while (i < srcset.size() && !is_space(srcset[i]) && srcset[i] != ',') ++i;
      std::string_view descriptor = srcset.substr(d, i - d);
      if (descriptor.size() < 2) continue;
      if (descriptor.back() == 'w') width = descriptor_value(descriptor.substr(0, descriptor.size() - 1));
      if (descriptor.back() == 'x') density = descriptor_value(descriptor.substr(0, descriptor.size() - 1));
    }
    if (url.empty()) continue;
    if (first.empty()) first = url;
    if (width > best_width || (best_width == 0 && width == 0 && density > best_density)) {
      best_width = width;
      best_density = density;
      best = url;
    }
  }
  return best.empty() ? first : best;
}

std::string_view image_source(const html::Document& doc, NodeId img) {
  // Lazy-loading pages keep the real address in a data attribute and a stand-in in src; the
  // known names come first, in this order. One pass reads them all.
  constexpr std::string_view kLazyNames[] = {"data-src", "data-lazy-src", "data-original"};
  std::string_view lazy[std::size(kLazyNames)];
  std::string_view lazy_srcset;  // data-srcset, data-lazy-srcset, ...
  std::string_view other_lazy;   // any other data-...src ("data-original-src")
  std::string_view src;
  std::string_view srcset;
  for (const html::Attribute& a : doc.attributes(img)) {
    std::string_view name = doc.str(a.name);
    std::string_view value = trim(doc.str(a.value));
    if (name == "src") {
      src = value;
    } else if (name == "srcset") {
      srcset = value;
    } else if (name.starts_with("data-")) {
      auto known = std::find(std::begin(kLazyNames), std::end(kLazyNames), name);
      if (known != std::end(kLazyNames)) {
        lazy[known - std::begin(kLazyNames)] = value;
      } else if (name.ends_with("srcset")) {
        if (lazy_srcset.empty()) lazy_srcset = value;
      } else if (name.ends_with("src")) {
        if (other_lazy.empty()) other_lazy = value;
      }
    }
  }
  for (std::string_view v : lazy) {
    if (is_address(v)) return v;
  }
  if (std::string_view v = from_srcset(lazy_srcset); !v.empty()) return v;
  if (is_address(src)) return src;
  if (std::string_view v = from_srcset(srcset); !v.empty()) return v;
  // Other data-...src names rank after src: some name a fallback ("data-fallback-src"), not
  // the picture a reader sees.
  if (is_address(other_lazy)) return other_lazy;
  return picture_source(doc, img);
}

bool is_icon_image(const html::Document& doc, NodeId img, std::string_view src) {
  // The three attributes read in one pass over the image's: asked for one by one, each would
  // walk them all again, for every image of the article.
  uint32_t width = 0;
  uint32_t height = 0;
  std::string_view classes;
  doc.for_each_attribute(img, [&](uint32_t name_id, std::string_view value) {
    std::string_view name = doc.attribute_name(name_id);
    if (name == "width") {
      width = pixels(value);
    } else if (name == "height") {
      height = pixels(value);
    } else if (name == "class") {
      classes = value;
    }
  });
  if (width > 0 && height > 0 && width <= kMaxIconSide && height <= kMaxIconSide) return true;
  if (names_icon(classes) || names_avatar(classes, src) || in_mark_folder(src)) return true;
  NodeId box = doc.parent(img);
  if (box != html::kNoNode) {
    std::string_view box_classes = doc.attribute_value(box, "class");
    if (names_icon(box_classes) || names_avatar(box_classes, {})) return true;
  }
  for (int level = 0; level < kButtonLevels && box != html::kNoNode; ++level, box = doc.parent(box)) {
    if (doc.is_element(box, Tag::kButton)) return true;
  }
  // A picture laid out larger than an icon ("width=500") is a picture even in a row of others.
  bool drawn_small = width <= kMaxIconSide && height <= kMaxIconSide;
  return drawn_small && is_mark_file(src) && in_row_of_images(doc, img);
}

void list_images_once(std::vector<Image>& images) {
  if (images.size() < 2) return;
  std::unordered_map<std::string_view, size_t> first_at;  // address -> index of its first listing
  std::vector<size_t> listings(images.size(), 0);         // by first index
  std::vector<bool> repeat(images.size(), false);
  for (size_t i = 0; i < images.size(); ++i) {
    auto [at, added] = first_at.try_emplace(images[i].url, i);
    ++listings[at->second];
    if (added) continue;
    // The same picture listed again (a lazy copy and its <noscript> twin, a photo shown in the
    // story and in a gallery): the first listing keeps what either says about it.
    Image& kept = images[at->second];
    if (kept.caption.empty()) kept.caption = images[i].caption;
    if (kept.alt.empty()) kept.alt = images[i].alt;
    if (kept.credit.empty()) kept.credit = images[i].credit;
    repeat[i] = true;
  }
  std::vector<Image> once;
  once.reserve(images.size());
  for (size_t i = 0; i < images.size(); ++i) {
    if (repeat[i] || (listings[i] >= kRepeatedMarkCount && is_mark_file(images[i].url))) continue;
    once.push_back(std::move(images[i]));
  }
  images = std::move(once);
}

}  // namespace lede::extraction
