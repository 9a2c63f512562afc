#include "meta/title_repair.h"

#include <optional>

#include "meta/escaped_twice.h"
#include "meta/text_util.h"

namespace lede::meta {
namespace {

// True when `text` holds a C1 control (U+0080 to U+009F), which no text means to show: the
// mark of UTF-8 bytes read as Latin-1 and written out again ("â\u0080\u0094" for "—").
bool has_c1_control(std::string_view text) {
  for (size_t at = text.find('\xC2'); at != std::string_view::npos; at = text.find('\xC2', at + 1)) {
    if (at + 1 < text.size() && static_cast<unsigned char>(text[at + 1]) < 0xA0) return true;
  }
  return false;
}

// True when `bytes` is well-formed UTF-8 (lead bytes and continuations; enough to tell UTF-8
// from Latin-1 read as bytes).
bool well_formed_utf8(std::string_view bytes) {
  for (size_t i = 0; i < bytes.size();) {
    unsigned char b = static_cast<unsigned char>(bytes[i]);
    size_t more = b < 0x80 ? 0 : b >= 0xC2 && b < 0xE0 ? 1 : b >= 0xE0 && b < 0xF0 ? 2 : b >= 0xF0 && b < 0xF5 ? 3 : 4;
    if (more == 4 || i + more >= bytes.size() + 1) return false;
    for (size_t k = 1; k <= more; ++k) {
      if ((static_cast<unsigned char>(bytes[i + k]) & 0xC0) != 0x80) return false;
    }
    i += more + 1;
  }
  return true;
}

// `title` with each run of code points from U+0080 to U+00FF read back as the UTF-8 it was
// before it was read as Latin-1 ("itertools â\u0080\u0094 Functions" -> "itertools — Functions"),
// where the run's bytes are UTF-8; other runs, and the rest of the title, stay as they are.
std::string without_mojibake(std::string_view title) {
  std::string out;
  out.reserve(title.size());
  std::string run;  // the bytes a run of U+0080..U+00FF stands for
  size_t run_start = 0;
  auto end_run = [&](size_t at) {
    if (run.empty()) return;
    out.append(well_formed_utf8(run) ? std::string_view(run) : title.substr(run_start, at - run_start));
    run.clear();
  };
  size_t i = 0;
  while (i < title.size()) {
    size_t at = i;
    char32_t cp = next_code_point(title, i);
    if (cp >= 0x80 && cp <= 0xFF) {
      if (run.empty()) run_start = at;
      run.push_back(static_cast<char>(cp));
      continue;
    }
    end_run(at);
    out.append(title.substr(at, i - at));
  }
  end_run(title.size());
  return out;
}

// Soft hyphens: where a word may break ("Mes&shy;sen&shy;ger"), not characters a reader sees.
constexpr std::string_view kSoftHyphen = "\u00AD";

std::string without_soft_hyphens(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t at = 0; at < text.size();) {
    size_t hyphen = text.find(kSoftHyphen, at);
    out.append(text.substr(at, hyphen == std::string_view::npos ? std::string_view::npos : hyphen - at));
    if (hyphen == std::string_view::npos) break;
    at = hyphen + kSoftHyphen.size();
  }
  return out;
}


}  // namespace

std::string repaired_title(std::string_view raw) {
  std::string repaired;
  if (has_c1_control(raw)) repaired = without_mojibake(raw);
  std::string_view title = repaired.empty() ? raw : repaired;
  std::string written_out;
  // Templates that put the headline into JSON-LD, where the parser decodes nothing, or escape
  // it twice into a <meta> ("&amp;#8217;"), leave references in the text.
  if (std::optional<std::string> decoded = decode_escaped_twice(title)) {
    written_out = collapse_space(*decoded);
    title = written_out;
  }
  if (title.find(kSoftHyphen) != std::string_view::npos) {
    written_out = without_soft_hyphens(title);
    title = written_out;
  }
  if (title.data() == raw.data()) return {};
  return std::string(title);
}

}  // namespace lede::meta
