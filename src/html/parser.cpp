#include "html/parser.h"

#include <algorithm>

#include "html/tokenizer/tokenizer.h"
#include "html/tree/tree_builder.h"

namespace lede::html {

namespace {

// §13.2.3.5 "preprocessing the input stream": CR LF becomes LF, a lone CR becomes LF.
void normalize_newlines(std::string& s) {
  auto first_cr = std::find(s.begin(), s.end(), '\r');
  if (first_cr == s.end()) return;
  auto out = first_cr;
  for (auto in = first_cr; in != s.end(); ++in) {
    if (*in == '\r') {
      *out++ = '\n';
      if (in + 1 != s.end() && in[1] == '\n') ++in;
    } else {
      *out++ = *in;
    }
  }
  s.erase(out, s.end());
}

}  // namespace

Document parse(std::string utf8, const ParseOptions& options) {
  normalize_newlines(utf8);
  Document doc(std::move(utf8));
  Tokenizer tokenizer(doc);
  tree::TreeBuilder builder(doc, tokenizer, options);
  builder.run();
  doc.shrink_to_fit();
  return doc;
}

}  // namespace lede::html
