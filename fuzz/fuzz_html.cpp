// Fuzz target: bytes -> decode -> parse -> walk and serialize, with fuzzed ParseOptions.
// The first byte picks max_depth (small caps reach the depth-limit paths), the second the
// scripting flag; the rest is the page. Aborts when the tree breaks an invariant.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "html/parser.h"
#include "html/serialize_tree.h"
#include "page_files.h"
#include "tree_stats.h"

namespace {
constexpr size_t kOptionBytes = 2;
// Larger inputs find nothing new and slow the fuzzer down (re2 caps at 4 KiB; HTML needs
// room for nesting and long runs).
constexpr size_t kMaxInputBytes = 64 * 1024;
constexpr uint8_t kDefaultDepthAbove = 128;  // first byte >= this: the default max_depth
constexpr uint32_t kFuzzedDepthRange = 64;
// The smallest cap the parser can honour: <html> and its <head>/<body> always exist, at depths
// 1 and 2, so a cap of 1 cannot hold (the tree builder never moves children of <html>).
constexpr uint32_t kMinFuzzedDepth = 2;
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < kOptionBytes || size > kMaxInputBytes) return 0;
  lede::html::ParseOptions options;
  if (data[0] < kDefaultDepthAbove) options.max_depth = kMinFuzzedDepth + data[0] % kFuzzedDepthRange;
  options.scripting = (data[1] & 1) != 0;
  std::string page(reinterpret_cast<const char*>(data + kOptionBytes), size - kOptionBytes);

  lede::cli::PageBytes decoded = lede::cli::decode_page(std::move(page));
  if (!decoded.ok()) return 0;
  lede::html::Document doc = lede::html::parse(std::move(decoded.bytes), options);
  lede::cli::TreeStats stats = lede::cli::collect_tree_stats(doc);
  if (stats.max_element_depth > options.max_depth) std::abort();
  std::string tree = lede::html::serialize_tree(doc);
  if (tree.empty() && stats.nodes() > 0) std::abort();
  return 0;
}
