#include "meta/date_labels.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <string>
#include <vector>

#include "core/eight_bytes.h"
#include "meta/text_util.h"

namespace lede::meta {

namespace {

// Case-folded. Checked as substrings of the last few words before a date.
constexpr std::string_view kModifiedLabels[] = {
    "last updated", "last update", "last modified", "updated", "update", "modified", "last edited", "edited", "revised", "aktualisiert",
    "geändert", "aktualisierung", "stand:", "mis à jour", "modifié", "actualizado", "actualización",
    "atualizado", "atualização", "aggiornato", "aggiornamento", "bijgewerkt", "gewijzigd",
    "zaktualizowano", "aktualizacja", "обновлено", "обновлен", "изменено", "güncelleme",
    "güncellendi", "güncellenme", "수정", "업데이트", "최종수정", "更新", "修改", "تحديث",
    "تم التحديث", "آخر تحديث", "uppdaterad", "opdateret", "oppdatert", "päivitetty"};

constexpr std::string_view kPublishedLabels[] = {
    "published", "publish", "posted", "released", "created", "first published", "date:",
    "veröffentlicht", "erschienen", "erstellt", "publié", "publicado", "publicación",
    "pubblicato", "gepubliceerd", "geplaatst", "opublikowano", "data publikacji",
    "опубликовано", "дата публикации", "yayınlanma", "yayınlandı", "yayın", "입력", "등록",
    "게재", "작성", "公開", "公开", "发布", "發布", "发表", "發表", "投稿", "配信", "نشر",
    "تاريخ النشر", "publicerad", "udgivet", "publisert", "julkaistu"};

// Only the end of the preceding text counts: a label further back belongs to another date.
constexpr size_t kLabelWindowBytes = 40;

struct Label {
  std::string_view folded;
  DateLabel meaning;
};

// The labels filed by their first byte, and the triples of bytes any label starts with:
// label_before() runs on every short text of a page, and most places in a text are ruled out
// by their first three bytes alone (two let common pairs such as "re" and "up" through).
class LabelIndex {
 public:
  LabelIndex() {
    for (std::string_view l : kModifiedLabels) add(l, DateLabel::kModified);
    for (std::string_view l : kPublishedLabels) add(l, DateLabel::kPublished);
  }
  /// No label is shorter: a place closer than this to the text's end starts none.
  size_t shortest() const { return shortest_; }
  /// False when no label starts with the three bytes at `at`: they are hashed into one of
  /// 65,536 bits (8 KB, where the table stays in the cache), of which the labels set a few
  /// dozen. The answer is almost always false, a branch the processor predicts; a test of the
  /// first byte before (most letters start some label) was a branch it mispredicted at every
  /// few bytes of every short text of the page. The first two bytes, which start about seventy
  /// labels of 65,536 pairs, rule out most places before the three are hashed.
  bool may_start(const char* at) const { return first_pairs_[pair(at)] && starts_[triple(at)]; }
  const std::vector<Label>& starting_with(char c) const { return by_byte_[static_cast<unsigned char>(c)]; }

 private:
  // The first three bytes hashed into the bit set; a collision only lets a place through.
  static size_t triple(const char* at) {
    auto byte = [&](size_t k) { return static_cast<size_t>(static_cast<unsigned char>(at[k])); };
    return (byte(0) << 8 ^ byte(1) << 4 ^ byte(2) * 0x9E5) & 0xFFFF;
  }
  static size_t pair(const char* at) {
    return static_cast<size_t>(static_cast<unsigned char>(at[0])) << 8 | static_cast<unsigned char>(at[1]);
  }
  void add(std::string_view label, DateLabel meaning) {
    by_byte_[static_cast<unsigned char>(label[0])].push_back({label, meaning});
    first_pairs_.set(pair(label.data()));
    starts_.set(triple(label.data()));
    shortest_ = std::min(shortest_, label.size());
  }

  std::array<std::vector<Label>, 256> by_byte_;
  std::bitset<1 << 16> first_pairs_;
  std::bitset<1 << 16> starts_;
  size_t shortest_ = std::string_view::npos;
};

}  // namespace

// `window` (ASCII, at most kLabelWindowBytes) lowered into `buffer`, as fold_case() would:
// eight bytes at a time, the last eight overlapping bytes lowered before (lowering a byte twice
// leaves it lowered).
std::string_view lower_ascii_window(std::string_view window, std::array<char, 3 * kLabelWindowBytes>& buffer) {
  using namespace eight_bytes;
  size_t size = window.size();
  if (size < 8) {
    for (size_t k = 0; k < size; ++k) {
      char c = window[k];
      buffer[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    }
  } else {
    for (size_t at = 0; at + 8 <= size; at += 8) store(buffer.data() + at, lower_ascii(load(window.data() + at)));
    if (size % 8 != 0) store(buffer.data() + size - 8, lower_ascii(load(window.data() + size - 8)));
  }
  return {buffer.data(), size};
}

DateLabel label_before(std::string_view text_before) {
  static const LabelIndex labels;
  std::string_view window =
      text_before.size() > kLabelWindowBytes ? text_before.substr(text_before.size() - kLabelWindowBytes) : text_before;
  // ASCII folds byte for byte: a window of ASCII shorter than every label holds none (most of
  // the short texts asked, "1", "(3)", " | ", are such), and one that is not is lowered in
  // place. Folding other text may turn a byte into the three of U+FFFD (a character cut at the
  // window's start).
  std::array<char, 3 * kLabelWindowBytes> buffer;
  bool ascii = is_ascii_text(window);
  if (ascii && window.size() < labels.shortest()) return DateLabel::kNone;
  std::string_view tail = ascii ? lower_ascii_window(window, buffer) : fold_case(window, buffer);
  // The label that starts last wins, a published one when both kinds start at the same byte.
  if (tail.size() < labels.shortest()) return DateLabel::kNone;
  for (size_t at = tail.size() - labels.shortest() + 1; at-- > 0;) {
    if (!labels.may_start(tail.data() + at)) continue;
    DateLabel found = DateLabel::kNone;
    for (const Label& l : labels.starting_with(tail[at])) {
      if (tail.substr(at, l.folded.size()) != l.folded) continue;
      found = l.meaning;
      if (found == DateLabel::kPublished) break;
    }
    if (found != DateLabel::kNone) return found;
  }
  return DateLabel::kNone;
}

// Small words between a label and its date ("Aktualisiert am", "Posted on", "Publié le").
constexpr std::string_view kLabelConnectors[] = {"", "am", "on", "at", "le", "el", "em", "il", "op", "في"};

size_t label_start(std::string_view text_before) {
  // Searched in the folded text: the labels' capitals are ASCII, Latin-1 or Cyrillic, which fold
  // to the same byte length, so an offset there is an offset in `text_before`.
  size_t window = text_before.size() > kLabelWindowBytes ? text_before.size() - kLabelWindowBytes : 0;
  bool ascii = std::all_of(text_before.begin(), text_before.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  // ASCII folds byte for byte, so only the window needs folding; other text is folded whole to
  // learn whether its length holds.
  std::string folded = ascii ? fold_case(text_before.substr(window)) : fold_case(text_before);
  if (!ascii) {
    if (folded.size() != text_before.size()) return std::string_view::npos;
    folded.erase(0, window);
  }
  // A label counts only where it occurs last, and only when it starts inside the window: the
  // last occurrence in the window's text is then the last in the whole text. Only a label that
  // ends the text, but for a colon or a connector, is the date's, and an earlier occurrence of
  // a label is followed by its later one: a label that qualifies anywhere does so where it
  // occurs last. The first place that starts one is the answer.
  static const LabelIndex labels;
  if (folded.size() < labels.shortest()) return std::string_view::npos;
  for (size_t at = 0; at + labels.shortest() <= folded.size(); ++at) {
    if (!labels.may_start(folded.data() + at)) continue;
    for (const Label& l : labels.starting_with(folded[at])) {
      if (folded.compare(at, l.folded.size(), l.folded) != 0) continue;
      std::string_view after = trim(std::string_view(folded).substr(at + l.folded.size()), ":： ");
      for (std::string_view c : kLabelConnectors) {
        if (after == c) return window + at;
      }
    }
  }
  return std::string_view::npos;
}

bool names_modification(std::string_view folded) {
  return folded.find("update") != std::string_view::npos ||
         folded.find("modif") != std::string_view::npos ||
         folded.find("aktualisiert") != std::string_view::npos ||
         folded.find("revised") != std::string_view::npos;
}

}  // namespace lede::meta
