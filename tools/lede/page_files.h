// Finding and reading page files for the tools that look at many pages (`lede parse`, the
// benchmarks): directories are walked recursively, gzipped pages are inflated on the fly.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace lede::cli {

/// Bytes of a page: raw from a file, or decoded to UTF-8.
struct PageBytes {
  std::string bytes;
  std::string error;  ///< empty on success; otherwise a one-line reason ("No such file or directory")
  bool ok() const { return error.empty(); }
};

/// Reads a whole file. Gzip content (recognized by its magic bytes, whatever the name) is
/// inflated; a truncated or corrupt gzip stream is an error, not a short page.
PageBytes read_page_file(const std::filesystem::path& path);

/// True for the names a directory walk picks up: .html, .htm, .xhtml, each optionally + .gz.
bool is_page_file_name(const std::filesystem::path& path);

/// The files named by `paths`, in order: a directory contributes its page files (recursively,
/// sorted by path); anything else is passed through, so a missing file fails when it is read.
std::vector<std::filesystem::path> expand_page_paths(const std::vector<std::filesystem::path>& paths);

/// A page's bytes as valid UTF-8 through lede's decode stage (BOM, <meta> charset, detection;
/// there are no HTTP headers for a file), ready for html::parse(). Fails only when the
/// converter rejects an encoding it claimed to support.
PageBytes decode_page(std::string bytes);

/// read_page_file() then decode_page(): the UTF-8 text of a page file.
PageBytes read_and_decode_page(const std::filesystem::path& path);

}  // namespace lede::cli
