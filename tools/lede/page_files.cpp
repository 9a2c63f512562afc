#include "page_files.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <memory>
#include <system_error>

#include "decode/decode.h"

namespace lede::cli {

namespace {

constexpr std::array<unsigned char, 2> kGzipMagic = {0x1f, 0x8b};
constexpr size_t kInflateChunkBytes = 1 << 16;

std::string errno_message(int error_number) { return std::generic_category().message(error_number); }

PageBytes read_plain(const std::filesystem::path& path) {
  PageBytes out;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    out.error = errno_message(errno);
    return out;
  }
  out.bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) out.error = "read error";
  return out;
}

PageBytes inflate_gzip(const std::filesystem::path& path) {
  PageBytes out;
  std::unique_ptr<gzFile_s, decltype(&gzclose)> file(gzopen(path.c_str(), "rb"), &gzclose);
  if (!file) {
    out.error = errno_message(errno);
    return out;
  }
  std::string chunk(kInflateChunkBytes, '\0');
  while (true) {
    int n = gzread(file.get(), chunk.data(), static_cast<unsigned>(chunk.size()));
    if (n < 0) {
      int zerr = 0;
      out.error = std::string("corrupt gzip data: ") + gzerror(file.get(), &zerr);
      return out;
    }
    if (n == 0) break;
    out.bytes.append(chunk.data(), static_cast<size_t>(n));
  }
  // gzread reports a stream cut short only through gzerror, after returning its last bytes.
  int zerr = Z_OK;
  const char* message = gzerror(file.get(), &zerr);
  if (zerr != Z_OK && zerr != Z_STREAM_END) out.error = std::string("corrupt gzip data: ") + message;
  return out;
}

bool starts_with_gzip_magic(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::array<char, 2> head{};
  if (!in.read(head.data(), head.size())) return false;
  return static_cast<unsigned char>(head[0]) == kGzipMagic[0] &&
         static_cast<unsigned char>(head[1]) == kGzipMagic[1];
}

}  // namespace

PageBytes read_page_file(const std::filesystem::path& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return {{}, "is a directory"};
  if (starts_with_gzip_magic(path)) return inflate_gzip(path);
  return read_plain(path);
}

bool is_page_file_name(const std::filesystem::path& path) {
  std::filesystem::path name = path.filename();
  if (name.extension() == ".gz") name = name.stem();
  std::string ext = name.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".html" || ext == ".htm" || ext == ".xhtml";
}

std::vector<std::filesystem::path> expand_page_paths(const std::vector<std::filesystem::path>& paths) {
  std::vector<std::filesystem::path> files;
  for (const std::filesystem::path& path : paths) {
    std::error_code ec;
    if (!std::filesystem::is_directory(path, ec)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::filesystem::path> found;
    auto options = std::filesystem::directory_options::skip_permission_denied;
    for (auto it = std::filesystem::recursive_directory_iterator(path, options, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_regular_file(ec) && is_page_file_name(it->path())) found.push_back(it->path());
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

PageBytes decode_page(std::string bytes) {
  Result<decode::Decoded> decoded = decode::decode(std::move(bytes));
  if (!decoded) return {{}, "cannot decode: " + decoded.error().message};
  return {std::move(decoded.value().utf8), {}};
}

PageBytes read_and_decode_page(const std::filesystem::path& path) {
  PageBytes file = read_page_file(path);
  if (!file.ok()) return file;
  return decode_page(std::move(file.bytes));
}

}  // namespace lede::cli
