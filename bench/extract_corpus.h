// The page set the end-to-end extraction benchmark runs on, and the decoded copy its peers read.
//
// A set is a folder holding truth.jsonl (one page a line: its "id" and "url") and
// html/<id>.html.gz (the page's raw bytes, any encoding). lede is given the raw bytes, as its
// users give them; the peers (Readability.js, readability-lxml) are given the same pages already
// decoded to UTF-8, as their users give them, so dump_decoded() writes that copy once, untimed.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace lede::bench {

struct CorpusPage {
  std::string id;
  std::string url;
  std::string raw;   ///< the page's bytes after gunzip, as served
  size_t utf8_bytes; ///< size of the page decoded to UTF-8: the unit every tool's MB/s is counted in
};

struct Corpus {
  std::vector<CorpusPage> pages;
  size_t raw_bytes = 0;
  size_t utf8_bytes = 0;
};

/// Every page listed in `set_dir`/truth.jsonl, in that order; nullopt (after saying why on
/// stderr) when the list or a page cannot be read.
std::optional<Corpus> load_corpus(const std::filesystem::path& set_dir);

/// Writes each page decoded to UTF-8 (lede's decode stage) as `out_dir`/<id>.html, and
/// `out_dir`/manifest.jsonl with one {"file", "url", "bytes"} line per page in corpus order.
/// False (after saying why on stderr) when a file cannot be written.
bool dump_decoded(const std::filesystem::path& set_dir, const std::filesystem::path& out_dir);

}  // namespace lede::bench
