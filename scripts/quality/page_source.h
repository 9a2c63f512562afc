// How the quality harness turns a stored page (raw bytes, any encoding) into a parsed document:
// lede's own decode stage and HTML parser, as lede::extract runs them.
#pragma once

#include <string>

#include "html/dom.h"

namespace lede::quality {

html::Document load_document(std::string raw_bytes);

}  // namespace lede::quality
