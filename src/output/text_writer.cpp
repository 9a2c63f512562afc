// Plain text: what a person reads in a terminal or pipes into another tool.
#include "lede/writers.h"

namespace lede {

void write_text(const Article& article, std::string& out) {
  if (!article.title.empty()) {
    out += article.title;
    out += article.text.empty() ? "\n" : "\n\n";
  }
  if (!article.text.empty()) {
    out += article.text;
    out += '\n';
  }
}

}  // namespace lede
