#include "html/parser.h"

#include <cstring>

#include "html/document_builder.h"
#include "html/tokenizer/tokenizer.h"
#include "html/tree/tree_builder.h"

namespace lede::html {

namespace {

// §13.2.3.5 "preprocessing the input stream": CR LF becomes LF, a lone CR becomes LF.
// memchr finds each CR (it scans many bytes per step); the bytes between two CRs move as one
// block, so a page with CRLF line ends costs one memmove per line.
void normalize_newlines(std::string& s) {
  char* const begin = s.data();
  char* const end = begin + s.size();
  char* cr = static_cast<char*>(std::memchr(begin, '\r', s.size()));
  if (cr == nullptr) return;
  char* out = cr;
  while (cr != nullptr) {
    *out++ = '\n';
    char* next = cr + 1;
    if (next != end && *next == '\n') ++next;
    cr = static_cast<char*>(std::memchr(next, '\r', static_cast<size_t>(end - next)));
    char* stop = cr != nullptr ? cr : end;
    std::memmove(out, next, static_cast<size_t>(stop - next));
    out += stop - next;
  }
  s.resize(static_cast<size_t>(out - begin));
}

// normalize_newlines() on a copy of `s`, whose first CR is at `first_cr`, made in the same pass:
// the bytes between two CRs are copied once, where copying the whole input and then
// normalizing it moved them twice.
std::string normalized_copy(std::string_view s, size_t first_cr) {
  std::string out;
  out.reserve(s.size());
  const char* in = s.data();
  const char* const end = in + s.size();
  const char* cr = in + first_cr;
  while (cr != nullptr) {
    out.append(in, cr).push_back('\n');
    in = cr + 1;
    if (in != end && *in == '\n') ++in;
    cr = static_cast<const char*>(std::memchr(in, '\r', static_cast<size_t>(end - in)));
  }
  out.append(in, end);
  return out;
}

// The working tree's buffers and the stack of open elements, kept per thread between parses:
// the next page starts with arrays already grown and mapped. Anything larger than this is
// freed instead, so a thread never keeps more than a few times this after a huge page.
constexpr size_t kMaxReusedBufferBytes = size_t{16} << 20;
thread_local BuilderBuffers reused_buffers;
thread_local tree::OpenElements reused_open_elements;

// `utf8`: a std::string the builder takes over, or a std::string_view it reads in place.
template <typename Input>
Document build(Input utf8, const ParseOptions& options) {
  DocumentBuilder built(std::move(utf8), std::move(reused_buffers));
  Tokenizer tokenizer(built);
  tree::TreeBuilder builder(built, tokenizer, options, reused_open_elements);
  builder.run();
  Document doc(built);
  reused_buffers = std::move(built).release_buffers(kMaxReusedBufferBytes);
  if (reused_open_elements.memory_bytes() > kMaxReusedBufferBytes) reused_open_elements = tree::OpenElements();
  return doc;
}

}  // namespace

Document parse(std::string utf8, const ParseOptions& options) {
  normalize_newlines(utf8);
  return build(std::move(utf8), options);
}

Document parse_borrowed(std::string_view utf8, const ParseOptions& options) {
  size_t first_cr = utf8.find('\r');
  if (first_cr != std::string_view::npos) return build(normalized_copy(utf8, first_cr), options);
  return build(utf8, options);
}

}  // namespace lede::html
