#include "extract/page_shape.h"

#include <string_view>

#include "extract/text.h"

namespace lede::extraction {
namespace {

// Calibrated with the cascade in pipeline.cpp on aeb, wcxb-dev and trafilatura-eval: two or
// three sentences. Item names and product blurbs stay under it; an article's paragraphs reach
// it. Characters measure it in languages of long words (German); words, each character of a
// spaceless script being one (text.h), in Japanese and Chinese, where a sentence is 20 to 40
// characters.
constexpr uint32_t kArticleParagraphChars = 150;
constexpr uint32_t kArticleParagraphWords = 25;

}  // namespace

bool lacks_article_paragraph(std::span<const Block> blocks) {
  for (const Block& b : blocks) {
    if (b.type != Block::Type::kParagraph && b.type != Block::Type::kQuote) continue;
    std::string_view text = b.text;
    while (!text.empty()) {
      size_t end = text.find('\n');
      TextCounts line = count_text(text.substr(0, end));
      if (line.chars >= kArticleParagraphChars || line.words >= kArticleParagraphWords) return false;
      text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    }
  }
  return true;
}

}  // namespace lede::extraction
