#include "extract_corpus.h"

#include <cstdio>
#include <fstream>
#include <functional>

#include <nlohmann/json.hpp>

#include "page_files.h"

namespace lede::bench {

namespace {

struct ListedPage {
  std::string id;
  std::string url;
};

std::optional<std::vector<ListedPage>> read_truth_list(const std::filesystem::path& set_dir) {
  std::filesystem::path truth_path = set_dir / "truth.jsonl";
  std::ifstream truth(truth_path);
  if (!truth) {
    std::fprintf(stderr, "bench_extract: cannot read %s\n", truth_path.c_str());
    return std::nullopt;
  }
  std::vector<ListedPage> listed;
  std::string line;
  while (std::getline(truth, line)) {
    if (line.empty()) continue;
    nlohmann::json record = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!record.is_object() || !record.contains("id")) {
      std::fprintf(stderr, "bench_extract: a line of %s has no id\n", truth_path.c_str());
      return std::nullopt;
    }
    listed.push_back({record["id"].get<std::string>(), record.value("url", std::string())});
  }
  return listed;
}

/// Calls `visit` with each listed page's raw and decoded bytes; false as soon as one fails.
bool for_each_page(const std::filesystem::path& set_dir,
                   const std::function<bool(const ListedPage&, std::string raw, std::string utf8)>& visit) {
  std::optional<std::vector<ListedPage>> listed = read_truth_list(set_dir);
  if (!listed) return false;
  for (const ListedPage& page : *listed) {
    std::filesystem::path path = set_dir / "html" / (page.id + ".html.gz");
    lede::cli::PageBytes raw = lede::cli::read_page_file(path);
    if (!raw.ok()) {
      std::fprintf(stderr, "bench_extract: cannot read %s: %s\n", path.c_str(), raw.error.c_str());
      return false;
    }
    lede::cli::PageBytes utf8 = lede::cli::decode_page(raw.bytes);
    if (!utf8.ok()) {
      std::fprintf(stderr, "bench_extract: cannot decode %s: %s\n", path.c_str(), utf8.error.c_str());
      return false;
    }
    if (!visit(page, std::move(raw.bytes), std::move(utf8.bytes))) return false;
  }
  return true;
}

}  // namespace

std::optional<Corpus> load_corpus(const std::filesystem::path& set_dir) {
  Corpus corpus;
  bool ok = for_each_page(set_dir, [&](const ListedPage& page, std::string raw, std::string utf8) {
    corpus.raw_bytes += raw.size();
    corpus.utf8_bytes += utf8.size();
    corpus.pages.push_back({page.id, page.url, std::move(raw), utf8.size()});
    return true;
  });
  if (!ok) return std::nullopt;
  return corpus;
}

bool dump_decoded(const std::filesystem::path& set_dir, const std::filesystem::path& out_dir) {
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  std::ofstream manifest(out_dir / "manifest.jsonl");
  if (ec || !manifest) {
    std::fprintf(stderr, "bench_extract: cannot write into %s\n", out_dir.c_str());
    return false;
  }
  bool ok = for_each_page(set_dir, [&](const ListedPage& page, std::string, std::string utf8) {
    std::string file = page.id + ".html";
    std::ofstream out(out_dir / file, std::ios::binary);
    out.write(utf8.data(), static_cast<std::streamsize>(utf8.size()));
    if (!out) {
      std::fprintf(stderr, "bench_extract: cannot write %s\n", (out_dir / file).c_str());
      return false;
    }
    manifest << nlohmann::json{{"file", file}, {"url", page.url}, {"bytes", utf8.size()}}.dump() << '\n';
    return true;
  });
  return ok && static_cast<bool>(manifest.flush());
}

}  // namespace lede::bench
