// Bylines as written into people with roles: "By A and B, X and Y correspondents",
// "A, B and C", "Reporting by A; Editing by B", "글 A 기자, 사진 B 기자", "Von A",
// "（ワシントン=山田太郎）", "责编：王小明". A site name, a date, "Staff" or "Email the author" is
// never a person, nor are the credentials after a name ("A, MS, RD" keeps them with A), the
// outlet or the wire service after one ("A, CNN", "A, AP Auto Writer"), or a reviewer's label
// ("Medically reviewed by B" gives B the role "reviewer").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lede/article.h"

namespace lede::meta {

/// The people a byline names, in order, each with the role the byline gives them (empty when
/// it gives none). Duplicates are dropped.
std::vector<Author> parse_byline(std::string_view byline);

/// True when `text` opens with a byline label and a name follows it ("By Jane Doe",
/// "记者 李华", "Text: Klaus Meier").
bool opens_with_byline_label(std::string_view text);

/// True when `text` opens with a photographer's label ("Photo by", "Foto:", "写真"): a credit
/// for a picture, whose links name the photographer and the picture library, not the author.
bool opens_with_photo_credit(std::string_view text);

/// The one word a byline label introduces ("by changingtimes", "von kurt_m"), when it reads as a
/// user's handle, which may be written in lower case; nullopt otherwise.
std::optional<std::string> handle_after_label(std::string_view text);

/// True when `name` can be a person's name: not empty, no digits, e-mail or address, not a
/// date, not a stock word ("Staff", "Redaktion", "admin"), not a sentence.
/// `require_capital`: a Latin-script name must have a capitalised word (off for handles that a
/// structured field gives).
bool looks_like_person(std::string_view name, bool require_capital = true);

/// True when `word` can be a user's handle, as forums and comment systems sign posts
/// ("Ejp55230", "hayley.p", "xJewishNinjax"): one word with a letter, of letters, digits and
/// '_', '.', '-', not a stock word ("admin", "Staff").
bool looks_like_handle(std::string_view word);

/// A person's name with labels, roles, handles and stray punctuation removed ("By Jane Doe" →
/// "Jane Doe", "홍길동 기자" → "홍길동"); `role` receives a role the name carried.
std::string clean_person_name(std::string_view name, std::string* role = nullptr);

}  // namespace lede::meta
