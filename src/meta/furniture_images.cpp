#include "meta/furniture_images.h"

#include <array>
#include <string>

#include "meta/text_util.h"
#include "meta/url.h"

namespace lede::meta {

namespace {

// Image URLs naming these are site furniture, not the article's lead image. "blank." is the
// empty picture a CMS shares for a post without one (WordPress's "blank.jpg").
constexpr std::string_view kNotLeadImage[] = {"logo", "favicon", "icon", "sprite", "avatar", "placeholder", "blank."};

// A run of digits this long in a file name is the id of the picture it renders: an image
// store's rendition named "default" of picture 2280168 is that picture.
constexpr size_t kPictureIdDigits = 4;

// True when the folded file name holds "default" as a word of its own: the picture a site
// shares for every page that has none ("opengraph_default.png", "facebook-default-wide.jpg"),
// where YouTube's "maxresdefault.jpg" is a video's own frame, and "2280168_default_1tGuSk.jpg"
// an image store's rendition of one picture.
bool names_a_default_picture(std::string_view folded_url) {
  std::string_view name = folded_url.substr(0, folded_url.find_first_of("?#"));
  name = name.substr(name.rfind('/') + 1);
  size_t digits = 0;
  for (char c : name) {
    digits = (c >= '0' && c <= '9') ? digits + 1 : 0;
    if (digits >= kPictureIdDigits) return false;
  }
  constexpr std::string_view kDefault = "default";
  auto is_letter = [](char c) { return c >= 'a' && c <= 'z'; };
  for (size_t at = name.find(kDefault); at != std::string_view::npos; at = name.find(kDefault, at + 1)) {
    size_t end = at + kDefault.size();
    if ((at == 0 || !is_letter(name[at - 1])) && (end == name.size() || !is_letter(name[end]))) return true;
  }
  return false;
}

}  // namespace

bool is_furniture_image(std::string_view url) {
  // The path names what the picture is; the host names the site ("iconmagazine.de").
  if (size_t host = host_start(url); host != std::string_view::npos) {
    size_t path = url.find('/', host);
    url = path == std::string_view::npos ? std::string_view{} : url.substr(path);
  }
  // Folded on the stack when it fits (three bytes per byte at most), as most image URLs do.
  std::array<char, 3 * 256> buffer;
  std::string long_folded;
  std::string_view folded = url.size() <= 256 ? fold_case(url, buffer) : std::string_view(long_folded = fold_case(url));
  for (std::string_view w : kNotLeadImage) {
    if (folded.find(w) != std::string_view::npos) return true;
  }
  return names_a_default_picture(folded);
}

}  // namespace lede::meta
