#include "scripts/quality/page_source.h"

#include "decode/decode.h"
#include "html/parser.h"

namespace lede::quality {

html::Document load_document(std::string raw_bytes) {
  Result<decode::Decoded> decoded = decode::decode(std::move(raw_bytes), {});
  // A page the decoder refuses is scored as an empty page, as the API would report it.
  if (!decoded) return html::parse(std::string());
  return html::parse(std::move(decoded.value().utf8));
}

}  // namespace lede::quality
