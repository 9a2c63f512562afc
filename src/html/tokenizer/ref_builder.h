// Builds the StrRef of a text run, comment, or attribute value. The result is a view into the
// input for as long as the run equals its source bytes; the first replacement (a character
// reference, a NUL turned into U+FFFD) copies what came before into the document's extra
// buffer, and from then on the run grows at the end of that buffer.
#pragma once

#include <string_view>

#include "html/document_builder.h"

namespace lede::html {

class RefBuilder {
 public:
  explicit RefBuilder(DocumentBuilder& doc) : doc_(doc) {}

  /// Starts a new string whose source bytes begin at `p` (inside the document's input).
  void start(const char* p) {
    segment_ = p;
    copied_ = false;
  }

  /// The source bytes [from, resume) become `bytes`; the string continues at `resume`.
  void replace(const char* from, const char* resume, std::string_view bytes) {
    keep_until(from);
    doc_.extend_extra(copy_, bytes);
    segment_ = resume;
  }

  /// Finishes the string at `p` (exclusive) and returns it.
  StrRef finish(const char* p) {
    if (!copied_) return doc_.input_ref(segment_, static_cast<size_t>(p - segment_));
    keep_until(p);
    return copy_;
  }

 private:
  // Copies the unchanged source bytes [segment_, p) to the end of the copy.
  void keep_until(const char* p) {
    std::string_view kept(segment_, static_cast<size_t>(p - segment_));
    if (!copied_) {
      copy_ = doc_.append_extra(kept);
      copied_ = true;
    } else {
      doc_.extend_extra(copy_, kept);
    }
  }

  DocumentBuilder& doc_;
  const char* segment_ = nullptr;  // first source byte not yet accounted for
  bool copied_ = false;
  StrRef copy_;
};

}  // namespace lede::html
