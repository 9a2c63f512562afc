#include "meta/text_util.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "core/utf8.h"

namespace lede::meta {

bool is_space_cp(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || cp == 0x2009 || cp == 0x200A || cp == 0x202F ||
         cp == 0x2002 || cp == 0x2003 || cp == 0xFEFF || cp == 0x200B;
}

char32_t fold_code_point(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;  // Latin-1 capitals
  if (cp == 0x130) return 'i';                                   // Turkish dotted capital I
  if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) return cp | 1;
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return (cp & 1) ? cp + 1 : cp;
  if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) return cp + 32;  // Greek capitals
  if (cp >= 0x410 && cp <= 0x42F) return cp + 32;                 // Cyrillic capitals
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;                 // Ё and friends
  return cp;
}

namespace {

// Folds the code point at `i` into `out` (room for 4 bytes), advances `i`, returns the bytes written.
size_t fold_next(std::string_view text, size_t& i, char* out) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) {
    out[0] = static_cast<char>((c >= 'A' && c <= 'Z') ? c + 32 : c);
    ++i;
    return 1;
  }
  return encode_utf8(fold_code_point(next_code_point(text, i)), out);
}

// Folds the ASCII start of `text` eight bytes at a time into `out` (room for `room` bytes),
// stopping before the first eight that hold another byte: labels, class names and dates are
// mostly ASCII, and folding them byte by byte was a large part of matching them. Returns the
// bytes folded.
size_t fold_ascii_words(std::string_view text, char* out, size_t room) {
  size_t i = 0;
  while (i + 8 <= text.size() && i + 8 <= room) {
    uint64_t eight = eight_bytes::load(text.data() + i);
    if (eight & eight_bytes::kHighBits) break;
    eight_bytes::store(out + i, eight_bytes::lower_ascii(eight));
    i += 8;
  }
  return i;
}

}  // namespace

char32_t next_code_point(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : -1;
  if (extra < 0 || i + static_cast<size_t>(extra) >= s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = c & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  i += extra + 1;
  return cp;
}

std::string collapse_space(std::string_view text) {
  CollapsedText out;
  out.append(text);
  return std::move(out.text());
}

namespace {

// How CollapsedText::append() reads a byte: most are ASCII that go in as they are.
enum ByteClass : uint8_t { kWordByte, kAsciiSpace, kOtherByte };
constexpr std::array<uint8_t, 256> kByteClasses = [] {
  std::array<uint8_t, 256> classes{};
  for (int c = 0; c < 256; ++c) {
    classes[c] = c >= 0x80 ? kOtherByte : is_ascii_space(static_cast<char>(c)) ? kAsciiSpace : kWordByte;
  }
  return classes;
}();

}  // namespace

bool is_collapsed(std::string_view text) {
  // Collapsed text has no white space at its ends and none but a single ' ' between words;
  // invalid bytes pass through collapsing as they are.
  bool after_space = true;  // white space at the start is dropped, as after a space
  size_t i = 0;
  while (i < text.size()) {
    // Eight bytes of ASCII at once: white space in them is single ' ' bytes, none after a
    // space (the last byte before them, when `after_space`).
    if (i + 8 <= text.size()) {
      uint64_t eight = eight_bytes::load(text.data() + i);
      if ((eight & eight_bytes::kHighBits) == 0) {
        uint64_t spaces = eight_bytes::bytes_equal(eight, ' ');
        if (eight_bytes::ascii_space_bytes(eight) != spaces) return false;
        if (spaces & (spaces << 8 | (after_space ? 0x80 : 0))) return false;
        after_space = (spaces >> 63) != 0;
        i += 8;
        continue;
      }
    }
    // Else byte by byte, through these eight bytes (or the last ones).
    for (size_t stop = std::min(i + 8, text.size()); i < stop;) {
      uint8_t kind = kByteClasses[static_cast<unsigned char>(text[i])];
      if (kind == kWordByte) {
        after_space = false;
        ++i;
      } else if (kind == kAsciiSpace) {
        if (text[i] != ' ' || after_space) return false;
        after_space = true;
        ++i;
      } else {
        if (is_space_cp(next_code_point(text, i))) return false;
        after_space = false;
      }
    }
  }
  return !after_space || text.empty();
}

std::string_view FoldedText::fold(std::string_view text) {
  original_ = text;
  if (3 * text.size() <= inline_.size()) {
    view_ = fold_case(text, inline_);
  } else {
    long_ = fold_case(text);
    view_ = long_;
  }
  return view_;
}

size_t FoldedText::original_offset(size_t folded_offset) const {
  // Valid UTF-8 only shrinks when folded (İ), so a text folded to its own length kept every
  // offset: the common case, answered without reading the text again.
  if (view_.size() == original_.size()) return folded_offset;
  size_t at = 0;
  size_t folded = 0;
  char unused[4];
  while (folded < folded_offset && at < original_.size()) folded += fold_next(original_, at, unused);
  return at;
}

void CollapsedText::append(std::string_view piece) {
  // The bytes are written straight into the string, sized for the piece and one space (every
  // space written stands for at least one byte of the piece, but for the pending one), and
  // cut to what was written at the end: appending run by run cost more than finding the runs.
  size_t size = text_.size();
  if (full() || piece.empty()) return;
  size_t room = size + std::min(piece.size(), stop_after_ - size) + 1;
  // A text cut after a few hundred bytes is given room for all of them at once, where growing
  // piece by piece moved it four or five times; a shorter text stays in the string itself.
  constexpr size_t kMaxRoomAtOnce = 1024;
  if (room > text_.capacity() && stop_after_ < kMaxRoomAtOnce) text_.reserve(std::max(room, stop_after_ + 1));
  text_.resize(room);
  size_t i = 0;
  while (i < piece.size()) {
    // A run of non-space code points goes in at once; ASCII, the common case, needs no decoding.
    size_t end = i;
    while (end < piece.size()) {
      uint8_t kind = kByteClasses[static_cast<unsigned char>(piece[end])];
      if (kind == kWordByte) {
        ++end;
        continue;
      }
      if (kind == kAsciiSpace) break;
      size_t next = end;
      if (is_space_cp(next_code_point(piece, next))) break;
      end = next;
    }
    if (end > i) {
      // Once the text is past `stop_after` the run that took it there is the last one; its
      // bytes may not fit in the room made for a cut piece.
      size_t needed = size + 1 + (end - i);
      if (needed > text_.size()) text_.resize(needed);
      if (pending_space_) text_[size++] = ' ';
      pending_space_ = false;
      std::memcpy(text_.data() + size, piece.data() + i, end - i);
      size += end - i;
      i = end;
      if (size > stop_after_) break;
    } else {
      // White space: most often one ASCII space between words, or a run of ASCII (the
      // indentation between tags), skipped eight bytes at a time past its first two bytes.
      if (kByteClasses[static_cast<unsigned char>(piece[i])] != kAsciiSpace) {
        next_code_point(piece, i);
      } else if (++i < piece.size() && kByteClasses[static_cast<unsigned char>(piece[i])] == kAsciiSpace) {
        i += skip_ascii_space(piece.substr(i));
      }
      pending_space_ = size != 0;
    }
  }
  text_.resize(size);
}

std::string fold_case(std::string_view text) {
  // ASCII (most class names, most labels) folds byte for byte in place; the first other byte
  // hands the rest to the code-point path.
  std::string out(text);
  size_t i = fold_ascii_words(text, out.data(), out.size());
  for (; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 0x80) break;
    if (c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c + 32);
  }
  if (i == out.size()) return out;
  out.resize(i);
  char folded[4];
  while (i < text.size()) out.append(folded, fold_next(text, i, folded));
  return out;
}

std::string_view fold_case(std::string_view text, std::span<char> buffer) {
  size_t used = fold_ascii_words(text, buffer.data(), buffer.size());
  // The last bytes of ASCII text, fewer than eight, are lowered as one word overlapping the one
  // before (lowering a byte twice leaves it lowered), where they went one by one: names and
  // labels, folded several times each, end in such bytes.
  size_t size = text.size();
  if (used < size && used >= 8 && size - used < 8 && size <= buffer.size()) {
    uint64_t last = eight_bytes::load(text.data() + size - 8);
    if ((last & eight_bytes::kHighBits) == 0) {
      eight_bytes::store(buffer.data() + size - 8, eight_bytes::lower_ascii(last));
      return {buffer.data(), size};
    }
  }
  for (size_t i = used; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (used == buffer.size()) break;
      buffer[used++] = static_cast<char>((c >= 'A' && c <= 'Z') ? c + 32 : c);
      ++i;
      continue;
    }
    char folded[4];
    size_t n = fold_next(text, i, folded);
    if (used + n > buffer.size()) break;
    std::copy(folded, folded + n, buffer.data() + used);
    used += n;
  }
  return {buffer.data(), used};
}

bool folding_can_produce(std::string_view text) {
  // fold_cp() maps into ASCII letters, U+00C0..U+045F (Latin-1, Latin Extended-A, Greek,
  // Cyrillic), and invalid bytes into U+FFFD.
  for (size_t i = 0; i < text.size();) {
    char32_t cp = next_code_point(text, i);
    bool ascii_letter = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    if (ascii_letter || (cp >= 0xC0 && cp <= 0x45F) || cp == 0xFFFD) return true;
  }
  return false;
}

std::string_view trim(std::string_view text, std::string_view also) {
  // The spaces trim() strips (not a vertical tab).
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
  // Without `also` only single ASCII bytes are stripped, and such a byte is never part of a
  // longer code point: the ends are read byte by byte.
  if (also.empty()) {
    while (!text.empty() && blank(text.front())) text.remove_prefix(1);
    while (!text.empty() && blank(text.back())) text.remove_suffix(1);
    return text;
  }
  // `also` is a list of code points, not bytes: "–" must not strip a lone 0x80 byte.
  auto strip = [&](std::string_view cp_bytes) {
    if (cp_bytes.size() == 1 && blank(cp_bytes[0])) return true;
    // An ASCII byte is looked for as a byte (see ascii_kept below), not among `also` decoded.
    if (cp_bytes.size() == 1 && static_cast<unsigned char>(cp_bytes[0]) < 0x80) {
      return also.find(cp_bytes[0]) != std::string_view::npos;
    }
    size_t i = 0;
    while (i < also.size()) {
      size_t start = i;
      next_code_point(also, i);
      if (also.substr(start, i - start) == cp_bytes) return true;
    }
    return false;
  };
  // An ASCII byte is a code point of its own, so it is stripped when `also` holds it as a byte;
  // only the other ends need decoding.
  auto ascii_kept = [&](char c) {
    return static_cast<unsigned char>(c) < 0x80 && !blank(c) && also.find(c) == std::string_view::npos;
  };
  if (!text.empty() && ascii_kept(text.front()) && ascii_kept(text.back())) return text;
  while (!text.empty()) {
    size_t i = 0;
    next_code_point(text, i);
    if (!strip(text.substr(0, i))) break;
    text.remove_prefix(i);
  }
  while (!text.empty()) {
    size_t start = text.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    if (!strip(text.substr(start))) break;
    text.remove_suffix(text.size() - start);
  }
  return text;
}

bool starts_with_folded(std::string_view folded_text, std::string_view folded_prefix) {
  return folded_text.substr(0, folded_prefix.size()) == folded_prefix;
}

bool is_cjk(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x1100 && cp <= 0x11FF);
}

size_t utf8_length(std::string_view text) {
  size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool has_class_token(std::string_view classes, std::string_view token) {
  for (size_t at = classes.find(token); at != std::string_view::npos; at = classes.find(token, at + 1)) {
    bool starts = at == 0 || is_ascii_space(classes[at - 1]);
    bool ends = at + token.size() == classes.size() || is_ascii_space(classes[at + token.size()]);
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace lede::meta
