#include "lede/lede.h"

namespace lede {

// LEDE_VERSION comes from the project() call in the top-level CMakeLists.txt.
std::string_view version() { return LEDE_VERSION; }

}  // namespace lede
