// lede_eval: runs the extraction over one evaluation set of ../shared/data and writes the
// prediction file that ../shared/bench/score.py reads.
//
//   lede_eval SET_DIR PRED.json [--preset balanced|precision|recall] [--only ID]
//
// SET_DIR holds truth.jsonl (one page per line, its "id" and "url") and html/<id>.html.gz (raw
// bytes).
#include <zlib.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "extract/extract_body.h"
#include "meta/metadata.h"
#include "scripts/quality/page_source.h"

namespace {

bool read_gzip(const std::string& path, std::string& out) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return false;
  char buffer[1 << 16];
  int n;
  while ((n = gzread(f, buffer, sizeof buffer)) > 0) out.append(buffer, static_cast<size_t>(n));
  gzclose(f);
  return n == 0;
}

int usage() {
  std::cerr << "usage: lede_eval SET_DIR PRED.json [--preset balanced|precision|recall] [--only ID]\n";
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) return usage();
  std::string set_dir = argv[1], pred_path = argv[2], only;
  lede::Options options;
  for (int i = 3; i + 1 < argc; i += 2) {
    std::string flag = argv[i], value = argv[i + 1];
    if (flag == "--only") {
      only = value;
    } else if (flag == "--preset") {
      if (value == "precision") options.preset = lede::Preset::kPrecision;
      else if (value == "recall") options.preset = lede::Preset::kRecall;
      else if (value != "balanced") return usage();
    } else {
      return usage();
    }
  }
  std::ifstream truth(set_dir + "/truth.jsonl");
  if (!truth) {
    std::cerr << "lede_eval: cannot read " << set_dir << "/truth.jsonl\n";
    return 2;
  }
  nlohmann::json output = nlohmann::json::object();
  size_t pages = 0, bytes = 0;
  double seconds = 0;
  std::string line;
  while (std::getline(truth, line)) {
    if (line.empty()) continue;
    nlohmann::json entry = nlohmann::json::parse(line);
    std::string id = entry.at("id").get<std::string>();
    std::string url = entry.value("url", "");
    if (!only.empty() && id != only) continue;
    std::string raw;
    if (!read_gzip(set_dir + "/html/" + id + ".html.gz", raw)) {
      std::cerr << "lede_eval: cannot read page " << id << "\n";
      continue;
    }
    bytes += raw.size();
    auto start = std::chrono::steady_clock::now();
    lede::html::Document doc = lede::quality::load_document(std::move(raw));
    // As lede::extract does: the metadata stage reads the page's JSON-LD, whose articleBody is
    // evidence for the choice.
    lede::Article article;
    lede::meta::PageFacts facts = lede::meta::extract_metadata(doc, {.url = url, .http_content_language = {}}, article);
    lede::extraction::Body body = lede::extraction::extract_body(doc, options, facts.json_ld_article_body);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    output[id] = {{"text", body.text}, {"attempt", body.attempt}, {"trace", body.trace}};
    ++pages;
  }
  std::ofstream(pred_path) << nlohmann::json{{"output", output}, {"version", "lede"}}.dump(-1, ' ', false,
                                                                                          nlohmann::json::error_handler_t::replace);
  std::fprintf(stderr, "lede_eval: %zu pages, %.1f MB, %.2f s (%.0f pages/s)\n", pages, bytes / 1e6, seconds,
               seconds > 0 ? pages / seconds : 0.0);
  return 0;
}
