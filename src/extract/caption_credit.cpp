#include "extract/caption_credit.h"

#include <algorithm>
#include <cctype>

namespace lede::extraction {

namespace {

// Labels that open a credit sentence, folded; a colon follows them.
constexpr std::string_view kCreditLabels[] = {"photograph", "photographs", "photo", "photos",
                                              "picture", "pictures", "image", "images", "credit",
                                              "foto", "fotos", "bild", "illustration"};
// Words inside a closing parenthesis that make it a credit rather than an aside.
constexpr std::string_view kCreditWords[] = {"photo", "foto", "credit", "©", "攝", "摄", "写真", "사진"};
// A credit is a name or two and an agency; a longer parenthesis is part of the caption.
constexpr size_t kMaxCreditBytes = 80;

std::string fold_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim_space(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// "(...)" or "（...）" closing the caption, when it reads as a credit.
bool split_parenthesis(std::string_view text, CaptionParts& out) {
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"}, {"（", "）"}}) {
    if (!text.ends_with(close)) continue;
    size_t at = text.rfind(open);
    if (at == std::string_view::npos || at == 0) continue;
    std::string_view inside = text.substr(at + open.size(), text.size() - close.size() - at - open.size());
    std::string folded = fold_ascii(inside);
    bool names_credit = inside.find('/') != std::string_view::npos ||
                        std::any_of(std::begin(kCreditWords), std::end(kCreditWords),
                                    [&](std::string_view w) { return folded.find(w) != std::string::npos; });
    if (!names_credit || inside.size() > kMaxCreditBytes || inside.find("://") != std::string_view::npos) continue;
    out.caption = std::string(trim_space(text.substr(0, at)));
    out.credit = std::string(trim_space(inside));
    return true;
  }
  return false;
}

// "... the first line would run. Photograph: James Whitaker"
bool split_label_sentence(std::string_view text, CaptionParts& out) {
  std::string folded = fold_ascii(text);
  for (size_t at = folded.rfind(". "); at != std::string::npos && at > 0; at = folded.rfind(". ", at - 1)) {
    size_t start = at + 2;
    for (std::string_view label : kCreditLabels) {
      if (folded.compare(start, label.size(), label) != 0) continue;
      std::string_view rest = trim_space(std::string_view(folded).substr(start + label.size()));
      if (rest.empty() || rest.front() != ':' || text.size() - start > kMaxCreditBytes) continue;
      out.caption = std::string(trim_space(text.substr(0, at + 1)));
      out.credit = std::string(trim_space(text.substr(start)));
      return true;
    }
    if (at == 0) break;
  }
  return false;
}

}  // namespace

CaptionParts split_caption_credit(std::string_view caption) {
  std::string_view text = trim_space(caption);
  CaptionParts parts;
  if (split_parenthesis(text, parts) || split_label_sentence(text, parts)) return parts;
  parts.caption = std::string(text);
  return parts;
}

}  // namespace lede::extraction
