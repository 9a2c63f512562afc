#include "parse_command.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "html/parser.h"
#include "html/serialize_tree.h"
#include "page_files.h"
#include "tree_stats.h"

namespace lede::cli {

namespace {

struct ParseCommandOptions {
  bool tree = false;
  bool stats = false;
  std::vector<std::filesystem::path> paths;
  html::ParseOptions parse;
};

constexpr const char* kParseExamples = R"(Examples:
  lede parse --tree page.html          the tree in the html5lib-tests format
  lede parse --stats page.html.gz      counts, depth and parse speed of one page
  lede parse --stats pages/ more/      every .html/.htm(.gz) below the folders, then a total
  lede parse --stats --max-depth 64 deep.html

--stats columns: elements, text nodes, comments, attributes, decoded UTF-8 bytes, deepest
element nesting, parse time (decode excluded) and parse speed in MB/s (10^6 bytes/s).
Exit codes: 0 all pages parsed, 1 bad command line, 2 some page could not be read.)";

void report_read_error(const std::filesystem::path& path, const std::string& reason) {
  std::fprintf(stderr, "lede parse: cannot read '%s': %s\n", path.c_str(), reason.c_str());
}

// html::parse refuses a document whose text exceeds what one Document can hold (length_error);
// that page is reported like an unreadable one instead of ending the run.
std::optional<html::Document> parse_page(const std::filesystem::path& path, std::string bytes,
                                         const html::ParseOptions& options) {
  try {
    return html::parse(std::move(bytes), options);
  } catch (const std::length_error& e) {
    std::fflush(stdout);  // the rows printed so far come before the message
    report_read_error(path, e.what());
    return std::nullopt;
  }
}

int run_tree(const ParseCommandOptions& options) {
  if (options.paths.size() != 1) {
    std::fprintf(stderr, "lede parse: --tree takes exactly one file\n");
    return kExitUsage;
  }
  const std::filesystem::path& path = options.paths.front();
  PageBytes page = read_and_decode_page(path);
  if (!page.ok()) {
    report_read_error(path, page.error);
    return kExitInputError;
  }
  std::optional<html::Document> doc = parse_page(path, std::move(page.bytes), options.parse);
  if (!doc) return kExitInputError;
  std::string tree = html::serialize_tree(*doc);
  std::fwrite(tree.data(), 1, tree.size(), stdout);
  return kExitOk;
}

void print_stats_header() {
  std::printf("%9s %9s %8s %9s %11s %5s %9s %8s  %s\n", "elements", "text", "comments", "attrs",
              "bytes", "depth", "parse_ms", "MB/s", "page");
}

void print_stats_row(const TreeStats& s, size_t bytes, double seconds, const std::string& label) {
  double mb_per_s = seconds > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0.0;
  std::printf("%9zu %9zu %8zu %9zu %11zu %5u %9.3f %8.1f  %s\n", s.elements, s.text_nodes,
              s.comments, s.attributes, bytes, s.max_element_depth, seconds * 1e3, mb_per_s,
              label.c_str());
}

int run_stats(const ParseCommandOptions& options) {
  TreeStats total;
  size_t total_bytes = 0;
  double total_seconds = 0;
  size_t pages = 0;
  size_t failures = 0;
  print_stats_header();
  for (const std::filesystem::path& path : expand_page_paths(options.paths)) {
    PageBytes page = read_and_decode_page(path);
    if (!page.ok()) {
      std::fflush(stdout);
      report_read_error(path, page.error);
      ++failures;
      continue;
    }
    size_t bytes = page.bytes.size();
    auto start = std::chrono::steady_clock::now();
    std::optional<html::Document> doc = parse_page(path, std::move(page.bytes), options.parse);
    std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    if (!doc) {
      ++failures;
      continue;
    }
    TreeStats stats = collect_tree_stats(*doc);
    print_stats_row(stats, bytes, elapsed.count(), path.string());
    total += stats;
    total_bytes += bytes;
    total_seconds += elapsed.count();
    ++pages;
  }
  print_stats_row(total, total_bytes, total_seconds,
                  "TOTAL (" + std::to_string(pages) + (pages == 1 ? " page)" : " pages)"));
  if (pages == 0 && failures == 0) {
    std::fprintf(stderr, "lede parse: no page files found (.html, .htm, .xhtml, optionally .gz)\n");
    return kExitInputError;
  }
  return failures == 0 ? kExitOk : kExitInputError;
}

}  // namespace

Command add_parse_command(CLI::App& app) {
  auto options = std::make_shared<ParseCommandOptions>();
  CLI::App* sub = app.add_subcommand("parse", "Parse pages with lede's HTML layer and show the result");
  sub->footer(kParseExamples);
  CLI::Option* tree = sub->add_flag("--tree", options->tree, "Print the tree of one page (html5lib-tests format)");
  CLI::Option* stats = sub->add_flag("--stats", options->stats, "Print counts and parse speed per page and in total");
  tree->excludes(stats);
  sub->add_option("paths", options->paths, "Page files (.gz is inflated) or directories to walk")
      ->required();
  sub->add_option("--max-depth", options->parse.max_depth, "Deepest element nesting kept")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  sub->add_flag("--scripting", options->parse.scripting, "Parse with the scripting flag on");
  return {sub, [options]() {
            if (options->tree) return run_tree(*options);
            if (options->stats) return run_stats(*options);
            std::fprintf(stderr, "lede parse: choose --tree or --stats (see lede parse --help)\n");
            return kExitUsage;
          }};
}

}  // namespace lede::cli
