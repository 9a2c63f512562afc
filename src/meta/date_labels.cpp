#include "meta/date_labels.h"

#include <string>

#include "meta/text_util.h"

namespace lede::meta {

namespace {

// Case-folded. Checked as substrings of the last few words before a date.
constexpr std::string_view kModifiedLabels[] = {
    "updated", "update", "modified", "last edited", "edited", "revised", "aktualisiert",
    "geändert", "aktualisierung", "mis à jour", "modifié", "actualizado", "actualización",
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

}  // namespace

DateLabel label_before(std::string_view text_before) {
  std::string tail = fold_case(text_before.size() > kLabelWindowBytes
                                   ? text_before.substr(text_before.size() - kLabelWindowBytes)
                                   : text_before);
  size_t best_mod = std::string::npos;
  size_t best_pub = std::string::npos;
  for (std::string_view l : kModifiedLabels) {
    size_t at = tail.rfind(l);
    if (at != std::string::npos && (best_mod == std::string::npos || at > best_mod)) best_mod = at;
  }
  for (std::string_view l : kPublishedLabels) {
    size_t at = tail.rfind(l);
    if (at != std::string::npos && (best_pub == std::string::npos || at > best_pub)) best_pub = at;
  }
  if (best_mod == std::string::npos && best_pub == std::string::npos) return DateLabel::kNone;
  if (best_mod == std::string::npos) return DateLabel::kPublished;
  if (best_pub == std::string::npos) return DateLabel::kModified;
  return best_mod > best_pub ? DateLabel::kModified : DateLabel::kPublished;
}

bool names_modification(std::string_view folded) {
  return folded.find("update") != std::string_view::npos ||
         folded.find("modif") != std::string_view::npos ||
         folded.find("aktualisiert") != std::string_view::npos ||
         folded.find("revised") != std::string_view::npos;
}

}  // namespace lede::meta
