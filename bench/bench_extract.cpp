// lede end to end: raw page bytes in, the JSON record out, on every page of a set, with N threads.
//
// Each pass runs lede::extract + lede::write_json on every page once; threads take the next page
// from one shared atomic index and each keeps its own output buffer, so nothing but that index is
// shared. Before timing, every page is extracted once and the pages with a body are counted, so
// a run that extracts nothing cannot look fast. The best of N passes is reported.
//
// Each repetition also times a pass with Options::metadata off, right after the full one, so
// load from other processes falls on both alike: the difference of the two best passes is
// what the metadata stage costs, printed as "metadata adds N%" (issue 4 bar 4: at most 25%).
//
// Peak memory is the process's ru_maxrss: run one process per thread count, since a high-water
// mark never comes down. The growth over the mark after loading the pages is what extraction
// itself costs above the input held in memory.
//
// Usage: bench_extract [--threads N] [--reps N] [SET_DIR]     prints one JSON object (and the
//                                                              metadata line on stderr)
//        bench_extract --dump-decoded OUT_DIR [SET_DIR]       writes the pages the peers read
// SET_DIR defaults to the configured shared folder's data/aeb.
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "extract_corpus.h"
#include "lede/lede.h"
#include "lede/writers.h"

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kDefaultRepetitions = 5;
constexpr double kBytesPerMegabyte = 1e6;
constexpr double kKibibytesPerMebibyte = 1024.0;

struct Arguments {
  unsigned threads = 1;
  int repetitions = kDefaultRepetitions;
  std::string dump_dir;
  std::string set_dir = std::string(LEDE_SHARED_DIR) + "/data/aeb";
};

int usage() {
  std::fprintf(stderr,
               "usage: bench_extract [--threads N] [--reps N] [SET_DIR]\n"
               "       bench_extract --dump-decoded OUT_DIR [SET_DIR]\n");
  return 1;
}

bool parse_arguments(int argc, char** argv, Arguments& args) {
  for (int i = 1; i < argc; ++i) {
    std::string flag = argv[i];
    bool has_value = i + 1 < argc;
    if (flag == "--threads" && has_value) {
      args.threads = static_cast<unsigned>(std::max(1, std::atoi(argv[++i])));
    } else if (flag == "--reps" && has_value) {
      args.repetitions = std::max(1, std::atoi(argv[++i]));
    } else if (flag == "--dump-decoded" && has_value) {
      args.dump_dir = argv[++i];
    } else if (!flag.starts_with("--")) {
      args.set_dir = flag;
    } else {
      return false;
    }
  }
  return true;
}

/// What one page's extraction produced, reduced to what the benchmark checks and sums.
struct PageOutcome {
  bool failed = false;   // lede::extract returned an error record
  bool has_body = false; // the article's text is not empty
  size_t json_bytes = 0;
};

PageOutcome extract_to_json(const lede::bench::CorpusPage& page, lede::Options& options, std::string& json) {
  options.url = page.url;
  json.clear();
  lede::Result<lede::Article> result = lede::extract(page.raw, options);
  PageOutcome outcome;
  if (result) {
    lede::write_json(result.value(), json);
    outcome.has_body = !result.value().text.empty();
  } else {
    lede::write_json_error("url", page.url, result.error(), json);
    outcome.failed = true;
  }
  outcome.json_bytes = json.size();
  return outcome;
}

/// One pass over every page with `threads` threads; returns the JSON bytes written (kept so the
/// work cannot be optimized away, and printed).
size_t run_pass(const lede::bench::Corpus& corpus, unsigned threads, bool metadata) {
  std::atomic<size_t> next_page{0};
  std::atomic<size_t> json_bytes{0};
  auto worker = [&] {
    lede::Options options;
    options.metadata = metadata;
    std::string json;
    size_t written = 0;
    for (size_t i = next_page.fetch_add(1, std::memory_order_relaxed); i < corpus.pages.size();
         i = next_page.fetch_add(1, std::memory_order_relaxed)) {
      written += extract_to_json(corpus.pages[i], options, json).json_bytes;
    }
    json_bytes.fetch_add(written, std::memory_order_relaxed);
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& thread : pool) thread.join();
  return json_bytes.load();
}

double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& tv) { return static_cast<double>(tv.tv_sec) + static_cast<double>(tv.tv_usec) / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / kKibibytesPerMebibyte;  // Linux reports KiB
}

/// The best of the passes timed with one setting.
struct Timing {
  double best_seconds = 1e300;
  double best_cpu = 0;   // CPU seconds of the best pass
  size_t json_bytes = 0;

  void time_pass(const lede::bench::Corpus& corpus, unsigned threads, bool metadata) {
    double cpu_start = cpu_seconds();
    auto start = Clock::now();
    json_bytes = run_pass(corpus, threads, metadata);
    double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    if (seconds < best_seconds) {
      best_seconds = seconds;
      best_cpu = cpu_seconds() - cpu_start;
    }
  }
};

}  // namespace

int main(int argc, char** argv) {
  Arguments args;
  if (!parse_arguments(argc, argv, args)) return usage();
  if (!args.dump_dir.empty()) return lede::bench::dump_decoded(args.set_dir, args.dump_dir) ? 0 : 2;

  std::optional<lede::bench::Corpus> corpus = lede::bench::load_corpus(args.set_dir);
  if (!corpus || corpus->pages.empty()) return 2;
  double loaded_rss_mib = peak_rss_mib();

  size_t failed = 0, with_body = 0;
  {
    lede::Options options;
    std::string json;
    for (const lede::bench::CorpusPage& page : corpus->pages) {
      PageOutcome outcome = extract_to_json(page, options, json);
      failed += outcome.failed;
      with_body += outcome.has_body;
    }
  }

  Timing full, body_only;
  for (int r = 0; r < args.repetitions; ++r) {
    full.time_pass(*corpus, args.threads, /*metadata=*/true);
    body_only.time_pass(*corpus, args.threads, /*metadata=*/false);
  }
  double peak_mib = peak_rss_mib();
  double best_seconds = full.best_seconds;
  // Metadata's cost over the body-only pipeline, and its share of the whole: "adds <= 25%" is
  // a share of at most 20%.
  double metadata_seconds = full.best_seconds - body_only.best_seconds;
  double adds_percent = 100.0 * metadata_seconds / body_only.best_seconds;
  double share_percent = 100.0 * metadata_seconds / full.best_seconds;
  std::fprintf(stderr, "metadata adds %.1f%% (%.1f%% of the end-to-end time; %.3f s with, %.3f s without)\n",
               adds_percent, share_percent, full.best_seconds, body_only.best_seconds);

  double pages = static_cast<double>(corpus->pages.size());
  nlohmann::json report = {
      {"tool", "lede"},
      {"version", std::string(lede::version())},
      {"threads", args.threads},
      {"pages", corpus->pages.size()},
      {"pages_with_body", with_body},
      {"pages_failed", failed},
      {"raw_bytes", corpus->raw_bytes},
      {"utf8_bytes", corpus->utf8_bytes},
      {"json_bytes_per_pass", full.json_bytes},
      {"repetitions", args.repetitions},
      {"best_seconds", best_seconds},
      {"pages_per_s", pages / best_seconds},
      {"mb_per_s", static_cast<double>(corpus->utf8_bytes) / kBytesPerMegabyte / best_seconds},
      // CPU seconds per wall second in the best pass: 2.0 means two cores were ours throughout.
      {"cores_used", full.best_cpu / best_seconds},
      {"pages_per_s_without_metadata", pages / body_only.best_seconds},
      {"metadata_adds_percent", adds_percent},
      {"metadata_share_percent", share_percent},
      {"peak_rss_mib", peak_mib},
      {"rss_growth_mib", peak_mib - loaded_rss_mib},
  };
  std::printf("%s\n", report.dump().c_str());
  return 0;
}
