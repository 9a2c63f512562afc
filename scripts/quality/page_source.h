// How the quality harness turns a stored page (raw bytes, any encoding) into a parsed document.
#pragma once

#include <string>

#include "html/dom.h"

namespace lede::quality {

html::Document load_document(std::string raw_bytes);

}  // namespace lede::quality
