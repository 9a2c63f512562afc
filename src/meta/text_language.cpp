// The language the article is written in, detected by CLD2 (Debian libcld2-dev) on its text.
// <html lang> and Content-Language describe the page, and site templates often declare one
// language for every article; the text itself says which language this article is in. The
// detection is one candidate among the declared ones (resolve.cpp weighs them).
// compact_lang_det.h uses FILE without including its header.
#include <cstdio>
// clang-format off
#include <cld2/public/compact_lang_det.h>
// clang-format on

#include <string>

#include "meta/sources.h"
#include "meta/text_util.h"

namespace lede::meta {

namespace {

namespace Tag = html::Tag;

// Enough text for a confident answer; more only costs time.
constexpr size_t kMaxDetectBytes = 32 * 1024;
// Below this much letter text CLD2's answer is a guess: the title and description are used
// instead, at a weak weight.
constexpr int kMinBodyTextBytes = 400;
// A detection is strong when CLD2 calls it reliable and the language covers most of the text.
constexpr int kStrongPercent = 80;
constexpr int kStrongTextBytes = 1500;

// Elements whose text is page chrome or code, not the article.
bool is_chrome(const html::Node& node) {
  switch (node.tag) {
    case Tag::kScript: case Tag::kStyle: case Tag::kTemplate: case Tag::kNav: case Tag::kHeader:
    case Tag::kFooter: case Tag::kAside: case Tag::kForm: case Tag::kSelect: case Tag::kButton:
    case Tag::kNoscript: case Tag::kHead:
      return true;
    default:
      return false;
  }
}

std::string article_text(const html::Document& doc, const PageIndex& index) {
  html::NodeId root = index.main_article != html::kNoNode ? index.main_article : doc.root();
  std::string text;
  for (html::NodeId n = root; n != html::kNoNode && text.size() < kMaxDetectBytes;) {
    const html::Node& node = doc.node(n);
    if (node.type == html::NodeType::kElement && n != root && (is_chrome(node) || in_widget(index, n))) {
      n = doc.next_skipping_children(n, root);
      continue;
    }
    if (node.type == html::NodeType::kText) {
      text += doc.data(n);
      text += ' ';
    }
    n = doc.next_in_tree(n, root);
  }
  return text;
}

// CLD2 names a few languages by their retired ISO 639 codes; BCP 47 uses the current ones.
std::string bcp47(CLD2::Language lang) {
  std::string code = CLD2::LanguageCode(lang);
  if (code == "iw") return "he";
  if (code == "jw") return "jv";
  if (code == "in") return "id";
  // CLD2 tells Nynorsk ("nn") apart; its "no" is the Bokmål that most Norwegian is written in.
  if (code == "no") return "nb";
  return code;
}

struct Detection {
  std::string tag;
  int percent = 0;
  int text_bytes = 0;
  bool reliable = false;
};

Detection detect(const std::string& text) {
  CLD2::Language top3[3];
  int percent3[3];
  int text_bytes = 0;
  bool reliable = false;
  CLD2::Language lang = CLD2::DetectLanguageSummary(text.data(), static_cast<int>(text.size()),
                                                     /*is_plain_text=*/true, top3, percent3,
                                                     &text_bytes, &reliable);
  Detection d;
  if (lang == CLD2::UNKNOWN_LANGUAGE || lang == CLD2::TG_UNKNOWN_LANGUAGE) return d;
  d.tag = bcp47(lang);
  // "xx-Latn" and friends name a script, not a language.
  if (d.tag.rfind("xx", 0) == 0) d.tag.clear();
  d.percent = percent3[0];
  d.text_bytes = text_bytes;
  d.reliable = reliable;
  return d;
}

}  // namespace

void extract_text_language(const html::Document& doc, const PageIndex& index, Evidence& ev) {
  Detection body = detect(article_text(doc, index));
  if (!body.tag.empty() && body.reliable && body.text_bytes >= kMinBodyTextBytes) {
    bool strong = body.percent >= kStrongPercent && body.text_bytes >= kStrongTextBytes;
    ev.add_text(Field::kLanguage, Origin::kDetected, strong ? kWeightStructured : kWeightMeta,
                body.tag);
    return;
  }
  std::string short_text;
  for (const Candidate& c : ev.candidates()) {
    if (c.field == Field::kTitle || c.field == Field::kDescription) short_text += c.value + ". ";
  }
  Detection brief = detect(short_text);
  if (!brief.tag.empty() && brief.reliable) {
    ev.add_text(Field::kLanguage, Origin::kDetected, kWeightWeak, brief.tag);
  }
}

}  // namespace lede::meta
