// OpenGraph (ogp.me), its article:* namespace, and Twitter cards, as <meta property|name>.
#include "meta/byline.h"
#include "meta/meta_attributes.h"
#include "meta/sources.h"
#include "meta/text_util.h"

namespace lede::meta {

namespace {

// Twitter cards are a weaker echo of OpenGraph on most pages.
constexpr int kWeightTwitter = kWeightMarkup;

bool is_profile_url(std::string_view v) { return v.find("://") != std::string_view::npos || v.front() == '@'; }

}  // namespace

void extract_opengraph(const html::Document& doc, std::span<const MetaAttributes> metas, Evidence& ev) {
  std::string twitter_label;
  for (const MetaAttributes& attributes : metas) {
    html::NodeId m = attributes.id;
    std::string_view written = attributes.property.empty() ? attributes.name : attributes.property;
    // Every property read below starts with "og:", "article:" or "twitter:"; a name that starts
    // with another ASCII letter folds to none of them, and is passed over unfolded (most <meta>
    // are such: description, viewport, robots).
    if (written.empty()) continue;
    if (unsigned char first = static_cast<unsigned char>(written.front()); first < 0x80) {
      char lower = static_cast<char>((first >= 'A' && first <= 'Z') ? first + 32 : first);
      if (lower != 'o' && lower != 'a' && lower != 't') continue;
    }
    // Compared as a view: its length first, where a std::string meets each literal with a
    // strlen() and a compare, dozens of times a <meta>. Most are written in lower case already.
    FoldedText folded;
    std::string_view key = folds_to_itself(written) ? written : folded.fold(written);
    std::string_view content = trim(attributes.content);
    if (key.empty() || content.empty()) continue;
    // Every property read below is an og:, article: or twitter: one; the other <meta> (most
    // of a page's) are passed over before the comparisons.
    if (!key.starts_with("og:") && !key.starts_with("article:") && !key.starts_with("twitter:")) continue;
    uint32_t pos = doc.node(m).source_offset;
    KeyScope named(ev, key);
    if (key == "og:title") ev.add_text(Field::kTitle, Origin::kOpenGraph, kWeightMeta, content, pos);
    else if (key == "og:description") ev.add_text(Field::kDescription, Origin::kOpenGraph, kWeightMeta, content, pos);
    else if (key == "og:site_name") ev.add_text(Field::kSiteName, Origin::kOpenGraph, kWeightStructured, content, pos);
    else if (key == "og:url") ev.add_text(Field::kCanonicalUrl, Origin::kOpenGraph, kWeightMarkup, content, pos);
    else if (key == "og:locale") ev.add_text(Field::kLanguage, Origin::kOpenGraph, kWeightMarkup, content, pos);
    else if (key == "og:image" || key == "og:image:url" || key == "og:image:secure_url") {
      ev.add_image(Origin::kOpenGraph, kWeightMeta, {std::string(content), {}, {}, {}}, pos);
    } else if (key == "og:image:alt") {
      // Attach to the image given just before, as the protocol orders them.
      for (auto it = ev.candidates().rbegin(); it != ev.candidates().rend(); ++it) {
        if (it->field == Field::kImage && it->origin == Origin::kOpenGraph) {
          Image img = it->image();
          img.alt = std::string(content);
          ev.add_image(Origin::kOpenGraph, kWeightMeta + 1, std::move(img), pos);
          break;
        }
      }
    } else if (key == "article:published_time" || key == "og:article:published_time" ||
               key == "article:published" || key == "og:published_time") {
      ev.add_date(Field::kPublished, Origin::kOpenGraph, kWeightStructured, content, pos);
    } else if (key == "article:modified_time" || key == "og:article:modified_time" ||
               key == "og:updated_time" || key == "article:modified" || key == "og:modified_time") {
      ev.add_date(Field::kModified, Origin::kOpenGraph, kWeightStructured, content, pos);
    } else if (key == "article:author" || key == "og:article:author") {
      if (is_profile_url(content)) continue;
      for (Author& a : parse_byline(content)) ev.add_author(Origin::kOpenGraph, kWeightMeta, a, pos);
    } else if (key == "article:section" || key == "og:article:section") {
      ev.add_text(Field::kSection, Origin::kOpenGraph, kWeightStructured, content, pos);
    } else if (key == "article:tag" || key == "og:article:tag") {
      ev.add_text(Field::kTag, Origin::kOpenGraph, kWeightStructured, content, pos);
    } else if (key == "twitter:title") {
      ev.add_text(Field::kTitle, Origin::kTwitter, kWeightTwitter, content, pos);
    } else if (key == "twitter:description") {
      ev.add_text(Field::kDescription, Origin::kTwitter, kWeightTwitter, content, pos);
    } else if (key == "twitter:image" || key == "twitter:image:src") {
      ev.add_image(Origin::kTwitter, kWeightTwitter, {std::string(content), {}, {}, {}}, pos);
    } else if (key == "twitter:creator" && !is_profile_url(content)) {
      for (Author& a : parse_byline(content)) ev.add_author(Origin::kTwitter, kWeightWeak, a, pos);
    } else if (key == "twitter:label1" || key == "twitter:label2") {
      twitter_label = fold_case(content);
    } else if ((key == "twitter:data1" || key == "twitter:data2") &&
               (twitter_label.find("written by") != std::string::npos ||
                twitter_label.find("author") != std::string::npos ||
                twitter_label.find("verfasst") != std::string::npos ||
                twitter_label.find("geschrieben") != std::string::npos ||
                twitter_label.find("escrito") != std::string::npos ||
                twitter_label.find("écrit") != std::string::npos)) {
      // WordPress SEO plugins put the post's author here ("Written by" / "Jane Doe").
      for (Author& a : parse_byline(content)) ev.add_author(Origin::kTwitter, kWeightMarkup, a, pos);
    }
  }
}

}  // namespace lede::meta
