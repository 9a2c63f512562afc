#include "extract_command.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "lede/lede.h"
#include "lede/writers.h"
#include "page_files.h"

namespace lede::cli {
namespace {

constexpr const char* kStdinName = "-";

constexpr const char* kExamples = R"(Examples:
  lede page.html                      title and body as plain text
  lede -f json --url https://example.com/news/1 page.html
  curl -s https://example.com/ | lede -f json -
  lede -f jsonl pages/ > articles.jsonl   every .html/.htm(.gz) below pages/, one record a line
  lede -f json --explain page.html    the record, and where each metadata field came from
  lede --precision -o article.txt page.html.gz

Formats: text (title, blank line, paragraphs separated by blank lines), json (the article
record; an array of records for several inputs), jsonl (one record a line, each naming its
"source"). An input that is not a page gives one line on stderr and, in json/jsonl, the record
{"source": ..., "error": {"kind", "message"}}; the other inputs go on.
With --explain, json/jsonl records end with "explain": {"<field>": {"source", "key", "value",
"agreeing": [...], "rejected": [...]}} for each metadata field the record holds: the statement
the value came from (source: jsonld, opengraph, twitter, meta, microdata, time, link, html-lang,
http, url, title, heading, text, cld2; key: the property, JSON-LD key or line as written), the
others that agreed, and up to 8 of those it beat, strongest first.
Exit codes: 0 every input was a page (one without an article is still a success, with a
warning), 1 bad command line, 2 some input could not be read or was not a page.)";

enum class Format { kText, kJson, kJsonl };

struct ExtractSettings {
  std::vector<std::string> inputs;
  std::string format = "text";
  std::string output_path;
  std::string url;
  bool precision = false;
  bool recall = false;
  bool blocks = false;
  bool no_metadata = false;
  bool explain = false;
};

struct Input {
  std::string name;  // as the user gave it (a path, or "-"), used in messages and "source"
  std::filesystem::path path;
};

struct ReadResult {
  std::string bytes;
  std::string error;
};

ReadResult read_stdin() {
  constexpr size_t kChunkBytes = 1 << 16;
  ReadResult result;
  std::string chunk(kChunkBytes, '\0');
  while (size_t n = std::fread(chunk.data(), 1, chunk.size(), stdin)) result.bytes.append(chunk, 0, n);
  if (std::ferror(stdin)) result.error = std::string("read error: ") + std::strerror(errno);
  return result;
}

ReadResult read_input(const Input& input) {
  if (input.name == kStdinName) return read_stdin();
  PageBytes file = read_page_file(input.path);
  return {std::move(file.bytes), std::move(file.error)};
}

// Directories become the page files below them; a directory without any is reported, since a
// run over nothing would otherwise succeed silently.
std::vector<Input> expand_inputs(const std::vector<std::string>& names) {
  std::vector<Input> inputs;
  for (const std::string& name : names) {
    std::error_code ec;
    if (name == kStdinName || !std::filesystem::is_directory(name, ec)) {
      inputs.push_back({name, name});
      continue;
    }
    std::vector<std::filesystem::path> files = expand_page_paths({name});
    if (files.empty()) std::fprintf(stderr, "lede: %s: no .html or .htm files found\n", name.c_str());
    for (const std::filesystem::path& file : files) inputs.push_back({file.string(), file});
  }
  return inputs;
}

Format parse_format(const std::string& name) {
  if (name == "json") return Format::kJson;
  if (name == "jsonl") return Format::kJsonl;
  return Format::kText;
}

// Writes records as each input finishes, so a long batch streams and a crash loses nothing
// already extracted.
class RecordSink {
 public:
  RecordSink(std::FILE* out, Format format, bool batch) : out_(out), format_(format), batch_(batch) {}

  void article(const Input& input, const Article& article) {
    std::string record;
    if (format_ == Format::kText) {
      if (batch_) record = "==> " + input.name + " <==\n";
      write_text(article, record);
      separate_text(record);
    } else {
      write_json(article, record, style(input));
    }
    emit(record);
  }

  void error(const Input& input, const Options& options, const Error& error) {
    if (format_ == Format::kText) return;
    std::string record;
    bool by_url = !options.url.empty();
    write_json_error(by_url ? "url" : "source", by_url ? std::string_view(options.url) : input.name,
                     error, record, style({}));
    emit(record);
  }

  void finish() {
    if (format_ == Format::kJson && batch_) std::fputs(records_ ? "\n]\n" : "[]\n", out_);
    std::fflush(out_);
  }

 private:
  JsonStyle style(const Input& input) const {
    return {.pretty = format_ == Format::kJson, .source = input.name};
  }

  // Text records of a batch are separated by one blank line.
  void separate_text(std::string& record) const {
    if (batch_ && records_ > 0) record.insert(0, "\n");
  }

  void emit(std::string& record) {
    if (format_ == Format::kJson && batch_) record.insert(0, records_ ? ",\n" : "[\n");
    if (format_ != Format::kText && !(format_ == Format::kJson && batch_)) record += '\n';
    std::fwrite(record.data(), 1, record.size(), out_);
    ++records_;
  }

  std::FILE* out_;
  Format format_;
  bool batch_;
  size_t records_ = 0;
};

void report(const Input& input, std::string_view what, std::string_view message) {
  std::fprintf(stderr, "lede: %s: %.*s: %.*s\n", input.name.c_str(), static_cast<int>(what.size()),
               what.data(), static_cast<int>(message.size()), message.data());
}

int run_extract(const ExtractSettings& settings) {
  if (settings.precision && settings.recall) {
    std::fprintf(stderr, "lede: --precision and --recall exclude each other\n");
    return kExitUsage;
  }
  std::vector<std::string> names = settings.inputs;
  if (names.empty()) {
    if (isatty(STDIN_FILENO)) {
      std::fprintf(stderr, "lede: no input: give a file, a directory or - for standard input (--help)\n");
      return kExitUsage;
    }
    names.push_back(kStdinName);
  }
  std::vector<Input> inputs = expand_inputs(names);
  bool batch = names.size() > 1 || inputs.size() != 1 || inputs.front().name != names.front();
  if (batch && !settings.url.empty()) {
    std::fprintf(stderr, "lede: --url names one page; it cannot apply to several inputs\n");
    return kExitUsage;
  }

  Options options;
  options.url = settings.url;
  options.want_blocks = settings.blocks;
  options.metadata = !settings.no_metadata;
  options.explain = settings.explain;
  if (settings.precision) options.preset = Preset::kPrecision;
  if (settings.recall) options.preset = Preset::kRecall;

  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(nullptr, &std::fclose);
  std::FILE* out = stdout;
  if (!settings.output_path.empty()) {
    file.reset(std::fopen(settings.output_path.c_str(), "wb"));
    if (!file) {
      std::fprintf(stderr, "lede: cannot write '%s': %s\n", settings.output_path.c_str(),
                   std::strerror(errno));
      return kExitInputError;
    }
    out = file.get();
  }

  RecordSink sink(out, parse_format(settings.format), batch);
  bool any_failed = !names.empty() && inputs.empty();
  for (const Input& input : inputs) {
    ReadResult read = read_input(input);
    if (!read.error.empty()) {
      Error error{ErrorKind::kUnreadable, read.error};
      report(input, error_kind_name(error.kind), error.message);
      sink.error(input, options, error);
      any_failed = true;
      continue;
    }
    Result<Article> result = extract(read.bytes, options);
    if (!result) {
      report(input, error_kind_name(result.error().kind), result.error().message);
      sink.error(input, options, result.error());
      any_failed = true;
      continue;
    }
    for (const std::string& warning : result.value().warnings) report(input, "warning", warning);
    sink.article(input, result.value());
  }
  sink.finish();
  return any_failed ? kExitInputError : kExitOk;
}

}  // namespace

Command add_extract_command(CLI::App& app) {
  auto settings = std::make_shared<ExtractSettings>();
  app.description("lede: raw web pages in, clean articles out.\n"
                  "Reads each page (a file, a directory of pages, or - for standard input) and "
                  "prints its article.");
  app.footer(kExamples);
  app.set_version_flag("--version", std::string(version()));
  app.add_option("inputs", settings->inputs, "Pages: files, directories (recursive) or - for stdin");
  app.add_option("-f,--format", settings->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "jsonl"}))
      ->capture_default_str();
  app.add_option("-o,--output", settings->output_path, "Write to FILE instead of standard output");
  app.add_option("--url", settings->url, "The page's address (one input): resolves links, feeds metadata; without it, relative links are resolved against the page's canonical URL");
  CLI::Option* precision =
      app.add_flag("--precision", settings->precision, "Drop doubtful blocks: less boilerplate, may lose body text");
  CLI::Option* recall =
      app.add_flag("--recall", settings->recall, "Keep doubtful blocks: no body text lost, more boilerplate");
  precision->excludes(recall);
  app.add_flag("--blocks", settings->blocks, "JSON: add the body's blocks (headings, lists, tables, figures)");
  CLI::Option* no_metadata =
      app.add_flag("--no-metadata", settings->no_metadata,
                   "Body only: skip the metadata (title, authors, dates, language, ...), which is faster");
  CLI::Option* explain =
      app.add_flag("--explain", settings->explain,
                   "JSON: add \"explain\", where each metadata field came from (source, key, the "
                   "statements that agreed and those it beat)");
  explain->excludes(no_metadata);
  return {&app, [settings] { return run_extract(*settings); }};
}

}  // namespace lede::cli
