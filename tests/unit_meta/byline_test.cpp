#include "meta/byline.h"

#include <gtest/gtest.h>

namespace lede::meta {
namespace {

// "name/role" pairs joined by "; " for compact expectations.
std::string people(std::string_view byline) {
  std::string out;
  for (const Author& a : parse_byline(byline)) {
    if (!out.empty()) out += "; ";
    out += a.name;
    if (!a.role.empty()) out += "/" + a.role;
  }
  return out;
}

TEST(BylineTest, SharedTrailingRole) {
  EXPECT_EQ(people("By Anna Berg and Tom Reyes, Tokyo and Seoul correspondents"),
            "Anna Berg/correspondent; Tom Reyes/correspondent");
}

TEST(BylineTest, Lists) {
  EXPECT_EQ(people("Anna Berg, Tom Reyes and Li Wei"), "Anna Berg; Tom Reyes; Li Wei");
  EXPECT_EQ(people("By ANNA BERG & TOM REYES"), "ANNA BERG; TOM REYES");
  EXPECT_EQ(people("Von Klaus Meier und Petra Schulz"), "Klaus Meier; Petra Schulz");
  EXPECT_EQ(people("Par Jean Dupont et Marie Curie"), "Jean Dupont; Marie Curie");
  EXPECT_EQ(people("Alex David, Sönke Hahn, and Julian K. Arni"), "Alex David; Sönke Hahn; Julian K. Arni");
}

// The Turkish dotted capital İ folds to one byte from two: bylines are matched on folded text
// and cut in the text as written, which once cut names short ("İsmail Öztür") and threw
// std::out_of_range (ending the process) where a name held several.
TEST(BylineTest, NamesWhoseFoldingIsShorter) {
  EXPECT_EQ(people("By İsmail Öztürk and İlker Şahin, Istanbul correspondents"),
            "İsmail Öztürk/correspondent; İlker Şahin/correspondent");
  EXPECT_EQ(people("İSMAİL ÖZTÜRK, İLKER ŞAHİN"), "İSMAİL ÖZTÜRK; İLKER ŞAHİN");
  EXPECT_NO_THROW(parse_byline("İsmail Staff:bytheA.– İİ:|"));
  EXPECT_NO_THROW(parse_byline(":author:(İİ|İSTANBUL, "));
  std::string role;
  EXPECT_EQ(clean_person_name("Recipe by İİİİ by Ayşe Kaya", &role), "Ayşe Kaya");
}

TEST(BylineTest, LabelledRoles) {
  EXPECT_EQ(people("Reporting by Anna Berg; Editing by Tom Reyes"),
            "Anna Berg/reporter; Tom Reyes/editor");
  EXPECT_EQ(people("Text: Klaus Meier | Photos by Petra Schulz"),
            "Klaus Meier; Petra Schulz/photographer");
}

// Turkish news pages label their credits "Haber:" (the story), "Muhabir:" (the reporter) and
// "Fotoğraf:" (the photographs): labels, never a person's name.
TEST(BylineTest, TurkishLabels) {
  EXPECT_EQ(people("Haber: Ayşe Kaya"), "Ayşe Kaya");
  EXPECT_EQ(people("Haber: Ayşe Kaya, Fotoğraf: Mehmet Demir"), "Ayşe Kaya; Mehmet Demir/photographer");
  EXPECT_EQ(people("Muhabir: Ahmet Yıldız"), "Ahmet Yıldız/reporter");
}

TEST(BylineTest, KoreanJapaneseChinese) {
  EXPECT_EQ(people("글 김철수 기자, 사진 이영희 기자"), "김철수/기자; 이영희/기자");
  EXPECT_EQ(people("김철수·이영희 기자 kim@example.co.kr"), "김철수/기자; 이영희/기자");
  EXPECT_EQ(people("[서울=뉴시스] 홍길동 기자"), "홍길동/기자");
  EXPECT_EQ(people("（ワシントン=山田太郎）"), "山田太郎");
  EXPECT_EQ(people("ソウル=佐藤花子特派員"), "佐藤花子/特派員");
  EXPECT_EQ(people("山田太郎記者"), "山田太郎/記者");
  EXPECT_EQ(people("责编：王小明"), "王小明/责编");
  EXPECT_EQ(people("本报记者 李华"), "李华/记者");
}

TEST(BylineTest, NeverAPerson) {
  EXPECT_EQ(people("By Staff"), "");
  EXPECT_EQ(people("Email the author"), "");
  EXPECT_EQ(people("May 9, 2017"), "");
  EXPECT_EQ(people("By Reuters"), "");
  EXPECT_EQ(people("By Anna Berg, Reuters"), "Anna Berg");
  EXPECT_EQ(people("admin"), "");
  EXPECT_EQ(people("Anna Berg anna@example.com @annaberg"), "Anna Berg");
  EXPECT_EQ(people("MENU"), "");
  EXPECT_EQ(people("Topic Author"), "");
  EXPECT_EQ(people("Privacy"), "");
}

TEST(BylineTest, PersonChecks) {
  EXPECT_TRUE(looks_like_person("Jean-Luc Picard"));
  EXPECT_TRUE(looks_like_person("محمد علي"));
  EXPECT_FALSE(looks_like_person("Posted on 12 May 2017"));
  EXPECT_FALSE(looks_like_person("this is a whole sentence about something else entirely"));
  EXPECT_FALSE(looks_like_person("Redaktion"));
}

}  // namespace
}  // namespace lede::meta

namespace lede::meta {
namespace {

TEST(BylineTest, LabelInsideTheText) {
  EXPECT_EQ(people("Zeige alle Beiträge von Petra Ruland"), "Petra Ruland");
  EXPECT_EQ(people("Recipe by PJ Hamel"), "PJ Hamel");
  // Names are looked at for the labels only after a space followed by 'b', 'v' or 'p': names
  // with such spaces but no label, a label after another, labels of other languages.
  EXPECT_EQ(clean_person_name("Bella Perez Vidal"), "Bella Perez Vidal");
  EXPECT_EQ(clean_person_name("Story by Max Roe von Petra Ruland"), "Petra Ruland");
  EXPECT_EQ(clean_person_name("Recette PAR Jean Dupont"), "Jean Dupont");
  EXPECT_EQ(clean_person_name("Artículo por Ana Vidal"), "Ana Vidal");
  EXPECT_EQ(clean_person_name("Ana Vidal por"), "Ana Vidal por");
  EXPECT_TRUE(looks_like_person("cubethethird", /*require_capital=*/false));
  EXPECT_FALSE(looks_like_person("cubethethird"));
}

TEST(BylineTest, NobleParticleIsNotTheLabel) {
  // "von" between a first name and a surname is part of the name, after a label or not.
  EXPECT_EQ(clean_person_name("Christoph von Eichhorn"), "Christoph von Eichhorn");
  EXPECT_EQ(clean_person_name("Artikel von Alexa von Heyden"), "Alexa von Heyden");
  EXPECT_EQ(people("Posted by Walter von Aachen"), "Walter von Aachen");
  // A label before a whole name, or a verb before one word, is still the label.
  EXPECT_EQ(clean_person_name("Ein Beitrag von Petra Ruland"), "Petra Ruland");
  EXPECT_EQ(clean_person_name("erstellt von Dominique"), "Dominique");
  // Capitalised German words that introduce a post or a quote are no first names.
  EXPECT_EQ(clean_person_name("Eingestellt von Unknown"), "Unknown");
  EXPECT_EQ(clean_person_name("Zitat von TheFreeman"), "TheFreeman");
}

}  // namespace
}  // namespace lede::meta

namespace lede::meta {
namespace {

TEST(BylineTest, CjkRolesBeforeEachName) {
  EXPECT_EQ(people("2020年08月15日 10:20\u3000来源：滨江日报\u3000记者 李华 通讯员 周明"), "李华/记者; 周明/通讯员");
  EXPECT_EQ(people("記者陳怡君／台南報導"), "陳怡君/記者");
  EXPECT_EQ(people("（责编：张伟）"), "张伟/责编");
  EXPECT_EQ(people("ロサンゼルス=佐藤健特派員"), "佐藤健/特派員");
  EXPECT_EQ(people("文・写真\u3000中村美咲"), "中村美咲");
  EXPECT_EQ(people("写真：山田花子"), "山田花子/photographer");
}

TEST(BylineTest, SourcesAreNotPeople) {
  EXPECT_EQ(people("Source: Reuters"), "");
  EXPECT_EQ(people("来源：新华社"), "");
}

TEST(BylineTest, TranslatorsReportersAndDateLabels) {
  EXPECT_EQ(people("Элеонора Уитби · Перевод: Ольга Смирнова"), "Элеонора Уитби; Ольга Смирнова/translator");
  EXPECT_EQ(people("By Lee Seo-yeon, staff reporter"), "Lee Seo-yeon/staff reporter");
  EXPECT_EQ(people("Reporting by Daniela Ortiz in Santiago; Editing by Peter Hallam"),
            "Daniela Ortiz/reporter; Peter Hallam/editor");
  EXPECT_EQ(people("Text: Jens Hansen · Fotos: Maren Köhler · 28.10.2022, 06:00 Uhr · Aktualisiert: 29.10.2022"),
            "Jens Hansen; Maren Köhler/photographer");
}

TEST(BylineTest, OpensWithALabel) {
  EXPECT_TRUE(opens_with_byline_label("记者 李华"));
  EXPECT_TRUE(opens_with_byline_label("By Jane Doe"));
  EXPECT_FALSE(opens_with_byline_label("By"));
  EXPECT_FALSE(opens_with_byline_label("Jane Doe"));
}

}  // namespace
}  // namespace lede::meta

namespace lede::meta {
namespace {

// The role words, the words that end a name and the labels are looked up by one byte of the
// text (its last, the one after a space, its first two): capitals, several candidates for the
// same byte, and a word found where an earlier one with the same byte is not.
TEST(BylineTest, WordsLookedUpByTheirBytes) {
  EXPECT_EQ(people("By ANNA BERG and TOM REYES, TOKYO CORRESPONDENTS"),
            "ANNA BERG/correspondent; TOM REYES/correspondent");
  EXPECT_EQ(people("Anna Berg, Staff Writer"), "Anna Berg/staff writer");
  EXPECT_EQ(clean_person_name("Jane Doe Last Updated"), "Jane Doe");
  EXPECT_EQ(clean_person_name("John Roe Sponsored"), "John Roe");
  EXPECT_EQ(clean_person_name("Jane Doe Page Updated"), "Jane Doe");
  EXPECT_EQ(clean_person_name("Jane Doe Published"), "Jane Doe");
  EXPECT_EQ(clean_person_name("Jane Doe Publicado"), "Jane Doe");
  EXPECT_EQ(clean_person_name("Jane Doe Prolific"), "Jane Doe Prolific");
  EXPECT_EQ(people("BY: Jane Doe"), "Jane Doe");
  EXPECT_EQ(people("Bylines Daily"), "Bylines Daily");
  EXPECT_EQ(people("PHOTOS BY Petra Schulz"), "Petra Schulz/photographer");
  EXPECT_EQ(people("Photo Petra Schulz"), "Petra Schulz/photographer");
}

TEST(BylineTest, AddressesAndCriesAreNoPerson) {
  EXPECT_FALSE(looks_like_person("Jane www.example.com"));
  EXPECT_FALSE(looks_like_person("Jane https://example.com"));
  EXPECT_FALSE(looks_like_person("Who Wrote This?"));
  EXPECT_FALSE(looks_like_person("Read This Now!"));
  EXPECT_TRUE(looks_like_person("Jane Wwwalker"));
  EXPECT_TRUE(looks_like_person("Jane Doe: Writer"));
  EXPECT_FALSE(looks_like_person("jane doe"));
  EXPECT_TRUE(looks_like_person("jane Doe"));
}

// A forum's post header names a handle, which may be lower case, after a label; a lower-case
// word after no label, or several words, is no handle.
TEST(BylineTest, HandleAfterLabel) {
  EXPECT_EQ(handle_after_label("Post by changingtimes").value_or(""), "changingtimes");
  EXPECT_EQ(handle_after_label("by quiet_marsh").value_or(""), "quiet_marsh");
  EXPECT_EQ(handle_after_label("Beitrag von kurt").value_or(""), "kurt");
  EXPECT_FALSE(handle_after_label("changingtimes").has_value());
  EXPECT_FALSE(handle_after_label("Post changingtimes").has_value());
  EXPECT_FALSE(handle_after_label("by the sea").has_value());
  EXPECT_FALSE(handle_after_label("by admin").has_value());
}

// "By" before a lower-case gerund or pronoun opens a consent or an instruction.
TEST(BylineTest, ConsentLinesAreNoBylines) {
  EXPECT_EQ(people("By submitting this form, you agree to our Privacy Policy."), "");
  EXPECT_EQ(people("By clicking Accept, I agree to the Terms"), "");
  EXPECT_EQ(people("By you, for you"), "");
  EXPECT_EQ(people("By the Lavazza Team"), "the Lavazza Team");
  EXPECT_EQ(people("By Sterling Banks"), "Sterling Banks");
}

// A sentence, a label or a credit holds pronouns, auxiliaries and prepositions no name holds;
// the particles of names stay.
TEST(BylineTest, FunctionWordsAreInNoName) {
  EXPECT_FALSE(looks_like_person("you agree to our Privacy Policy"));
  EXPECT_FALSE(looks_like_person("This article was Written By"));
  EXPECT_FALSE(looks_like_person("Founder at Oakywood"));
  EXPECT_FALSE(looks_like_person("Bundesministerium für Wirtschaft"));
  EXPECT_TRUE(looks_like_person("Marna van der Merwe"));
  EXPECT_TRUE(looks_like_person("Jose de la Cruz"));
  EXPECT_TRUE(looks_like_person("Daphne du Maurier"));
  EXPECT_TRUE(looks_like_person("Christoph von Eichhorn"));
  EXPECT_FALSE(looks_like_person("GET TO KNOW KENDALL JENNER HOME"));
  EXPECT_TRUE(looks_like_person("KELVIN TO"));
  EXPECT_FALSE(looks_like_person("Home » Technology Consulting"));
  EXPECT_FALSE(looks_like_person("Services › Cloud Hosting"));
}

// A job title written after a name is the person's role, not part of the name; a title alone
// names nobody.
TEST(BylineTest, JobTitleAfterName) {
  EXPECT_EQ(people("Susan Hallam MBE Managing Director"), "Susan Hallam/Managing Director");
  EXPECT_EQ(people("Nik Koblov Head of Engineering"), "Nik Koblov/Head of Engineering");
  EXPECT_EQ(people("Preetam Jinka Co-founder"), "Preetam Jinka/Co-founder");
  EXPECT_EQ(people("Emily Nelson // Manager"), "Emily Nelson/Manager");
  EXPECT_EQ(people("Marketing Director"), "");
  EXPECT_EQ(people("CEO of CaseBasix"), "");
  EXPECT_EQ(people("Murray Head"), "Murray Head");
  EXPECT_EQ(people("Anna Director"), "Anna Director");
}

// A count in brackets after each word lists a shop's filters or a comment counter.
TEST(BylineTest, CountsInBracketsAreNoByline) {
  EXPECT_EQ(people("Men's (158) Women's (164) Unisex (3)"), "");
  EXPECT_EQ(people("Narrow (1) Regular (337) Wide (52)"), "");
  EXPECT_EQ(people("Heinrich Heine (1797)"), "Heinrich Heine");
}

TEST(BylineTest, PhotoCredits) {
  EXPECT_TRUE(opens_with_photo_credit("Photo by ev on Unsplash"));
  EXPECT_TRUE(opens_with_photo_credit("Foto: Anna Berg"));
  EXPECT_FALSE(opens_with_photo_credit("By Matthew Davis"));
  EXPECT_FALSE(opens_with_photo_credit("Photography tips for beginners"));
}

}  // namespace
}  // namespace lede::meta

namespace lede::meta {
namespace {

TEST(BylineTest, CredentialsStayWithTheirPerson) {
  EXPECT_EQ(people("Dylan Bailey, MS, RD, FAND"), "Dylan Bailey, MS, RD, FAND");
  EXPECT_EQ(people("By Genevieve Carlton, Ph.D."), "Genevieve Carlton, Ph.D.");
  EXPECT_EQ(people("By Shelby Loos, DVM. Recipes by Ann Roe"), "Shelby Loos, DVM; Ann Roe");
  EXPECT_EQ(people("By Jane Doe, Jr."), "Jane Doe, Jr.");
  EXPECT_EQ(people("RN, BSN"), "");
  // Initials before a surname are a name's, not credentials.
  EXPECT_EQ(people("By J.D. Salinger"), "J.D. Salinger");
}

TEST(BylineTest, OutletsAndPlacesAfterNames) {
  EXPECT_EQ(people("By Clare Duffy, CNN"), "Clare Duffy");
  EXPECT_EQ(people("Mara Lindqvist and Teodor Brandt, KVXR"), "Mara Lindqvist; Teodor Brandt");
  EXPECT_EQ(people("Anna, Ben, Carl"), "Anna; Ben; Carl");
  EXPECT_EQ(people("By TOM KRISHER, AP Auto Writer"), "TOM KRISHER/writer");
  EXPECT_EQ(people("By ANDREW DALTON AP Entertainment Writer"), "ANDREW DALTON/writer");
  EXPECT_EQ(people("By AMANDA SEITZ and BEATRICE DUPUY The Associated Press"), "AMANDA SEITZ; BEATRICE DUPUY");
  EXPECT_EQ(clean_person_name("Le Monde with AFP"), "Le Monde with AFP");
  EXPECT_EQ(people("Jan Fleischhauer, deutscher Journalist, Kolumnist und Autor"), "Jan Fleischhauer/journalist");
  EXPECT_EQ(people("Von Anna Weber, Kolumnistin"), "Anna Weber/Kolumnistin");
}

TEST(BylineTest, WordsNoNameHas) {
  EXPECT_FALSE(looks_like_person("Visit the Apple Store"));
  EXPECT_FALSE(looks_like_person("Our Product Research Team"));
  EXPECT_FALSE(looks_like_person("in Uncategorized"));
  EXPECT_FALSE(looks_like_person("Pricing changes for GitHub Actions"));
  EXPECT_FALSE(looks_like_person("SHOW ALL ARTICLES OF Heiko Sauer"));
  EXPECT_TRUE(looks_like_person("Anna della Rovere"));
  EXPECT_TRUE(looks_like_person("In-ho Kim"));
  EXPECT_TRUE(looks_like_person("Ludwig van der Rohe"));
}

TEST(BylineTest, ReviewersAndPolishLabel) {
  EXPECT_EQ(people("Written by Tamsin Achterberg Medically reviewed by Rafael Quintero, MD"),
            "Tamsin Achterberg; Rafael Quintero, MD/reviewer");
  EXPECT_EQ(people("Opublikowano przez Anna Nowak"), "Anna Nowak");
  EXPECT_EQ(people("Interview: Julia Lauter"), "Julia Lauter");
  EXPECT_EQ(people("Interview with Jane Doe"), "");
  EXPECT_EQ(people("By Anna Berg with Tom Reyes"), "Anna Berg; Tom Reyes");
}

TEST(BylineTest, Handles) {
  EXPECT_TRUE(looks_like_handle("Ejp55230"));
  EXPECT_TRUE(looks_like_handle("hayley.p"));
  EXPECT_FALSE(looks_like_handle("admin"));
  EXPECT_FALSE(looks_like_handle("2024"));
  EXPECT_FALSE(looks_like_handle("Jane Doe"));
}

}  // namespace
}  // namespace lede::meta
