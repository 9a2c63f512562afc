// The HTML tokenizer (WHATWG HTML §13.2.5): a pull tokenizer over the document's input. The
// tree builder calls next() once per token and, between calls, switches the state for the
// elements whose content is not markup (title, textarea, style, script, plaintext, ...).
//
// The whole input is in memory, so each call runs the spec's states for one token from start
// to finish; the only state kept between calls is the content model (data, RCDATA, ...), the
// last start tag's name and the CDATA flag. Strings are views into the input wherever they
// equal their source bytes; only names with uppercase letters and runs with character
// references or replaced NULs are copied into the document's extra buffer.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "html/document_builder.h"
#include "html/tokenizer/attribute_name_set.h"
#include "html/tokenizer/ref_builder.h"
#include "html/tokenizer/scan.h"
#include "html/tokenizer/token.h"

namespace lede::html {

enum class TokenizerState : uint8_t {
  kData,
  kRcdata,
  kRawtext,
  kScriptData,
  kPlaintext,
  // The remaining states are internal to the tokenizer.
};

class Tokenizer {
 public:
  /// Tokenizes `doc.input()`; strings it produces that differ from the input are appended to
  /// the document's extra buffer. The input must not contain CR (parse() normalizes it) and
  /// must not change while the tokenizer lives (it keeps pointers into it); appending to the
  /// extra buffer in between, as the tree builder does, is fine.
  explicit Tokenizer(DocumentBuilder& doc);

  /// Fills `token` with the next token; after kEof every call returns kEof again.
  void next(Token& token);

  /// Switches the content model; the appropriate end tag is the last start tag emitted.
  void set_state(TokenizerState state);

  /// The tree builder's answer to "is the adjusted current node in a foreign namespace?",
  /// which decides whether `<![CDATA[` opens a CDATA section or a bogus comment.
  void set_cdata_allowed(bool allowed);

  /// Parse errors seen so far, counted as the spec's tokenizer states raise them (lede does not
  /// report them individually). The input-stream checks for control characters and
  /// noncharacters (§13.2.3.5) are left out: they would cost a pass over every byte.
  uint32_t error_count() const { return errors_; }

  /// Sets "the tag name of the last start tag to have been emitted" (lowercase), for callers
  /// that start tokenizing in the middle of an element (the html5lib tests' lastStartTag).
  void set_last_start_tag(std::string_view lowercase_name);

  /// Starts in the CDATA section state, as if `<![CDATA[` had just been read (for tests).
  void enter_cdata_section() { mode_ = Mode::kCdataSection; }

 private:
  // TokenizerState's values first, in its order (set_state converts by value), then the CDATA
  // section, which only markup inside foreign content opens.
  enum class Mode : uint8_t { kData, kRcdata, kRawtext, kScriptData, kPlaintext, kCdataSection };

  // Text states (text_states.cpp): each emits one maximal run of characters, or returns false
  // at markup with nothing emitted.
  bool data_text(Token& token);
  bool rcdata_text(Token& token, bool decode_references);
  bool script_text(Token& token);
  bool plaintext_text(Token& token);
  bool cdata_text(Token& token);
  /// True when `p` ('<') begins an end tag that closes the current RCDATA/RAWTEXT/script.
  bool at_appropriate_end_tag(const char* p) const;
  void emit_characters(Token& token, const char* start, StrRef data);

  // Markup (tag.cpp, comment.cpp, doctype.cpp). Each starts at `pos_` on the '<' (or after
  // "<!DOCTYPE"), emits at most one token, and leaves pos_ after what it consumed. They return
  // false when no token came out ("</>", "<![CDATA[", or a tag cut off by the end of input).
  bool markup(Token& token);
  bool tag(Token& token, const char* lt, bool end_tag);
  TagId tag_id(std::string_view lowercase_name);
  /// `seen` is the OR of the byte classes in [begin, end).
  StrRef name(const char* begin, const char* end, scan::ByteClass seen);
  StrRef fixed_up_name(const char* begin, const char* end);
  const char* attribute_value(const char* p, char quote, StrRef& value);
  bool comment(Token& token, const char* lt, const char* data);
  bool bogus_comment(Token& token, const char* lt, const char* data);
  bool doctype(Token& token, const char* lt, const char* p);

  DocumentBuilder& doc_;
  const char* begin_;
  const char* pos_;
  const char* end_;
  Mode mode_ = Mode::kData;
  bool cdata_allowed_ = false;
  bool has_last_start_tag_ = false;
  StrRef last_start_tag_;
  uint32_t errors_ = 0;
  RefBuilder builder_;
  AttributeNameSet attribute_names_;
  std::string name_scratch_;  // lowercased names before they are appended to the document

  // Ids of recently seen tag names of up to 8 bytes, packed little-endian into the key (names
  // hold no NUL, so 0 marks an empty slot): most tags then skip DocumentBuilder::intern_tag's hashing.
  static constexpr size_t kTagCacheBits = 6;
  struct TagCacheEntry {
    uint64_t key = 0;
    TagId id = 0;
  };
  TagCacheEntry tag_cache_[size_t{1} << kTagCacheBits] = {};
};

}  // namespace lede::html
