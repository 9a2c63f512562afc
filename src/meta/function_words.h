// The commonest function words (articles, conjunctions, prepositions, pronouns, auxiliaries)
// of the languages whose pages lede reads most, lowercase, one space apart. They let
// language_confirmation.cpp confirm the language a page declares from the words of its article,
// which running prose in a language is largely made of (a fifth to a third of its words are
// these), where CLD2 costs ten times as much to say the same.
//
// Each list is a few dozen words written for this purpose, not a frequency list copied from a
// corpus. A language of kConfirmable is one the test may confirm; the others are there only
// so that a text in a close neighbour (Catalan or Galician beside Spanish and Portuguese,
// Afrikaans beside Dutch, Luxembourgish beside German, the Scandinavian languages, the East
// Slavic and South Slavic languages beside Russian, Azerbaijani beside Turkish) is not taken
// for the language declared: its own function words count against the declared language's.
#pragma once

#include <array>
#include <string_view>

namespace lede::meta {

struct FunctionWords {
  std::string_view language;  // ISO 639-1, as CLD2 names it
  bool confirmable;           // the test may confirm this language (it was measured on it)
  std::string_view words;     // lowercase, one space apart
};

inline constexpr std::array<FunctionWords, 26> kFunctionWords = {{
    {"en", true,
     "the and of to a in is that for it was on with as be at by this had not are but from have they "
     "his her which were has been their will would an or its who also after more than no do so"},
    {"de", true,
     "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an "
     "werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum "
     "haben nur oder aber vor zur"},
    {"nl", true,
     "de het een van en in is dat op te zijn voor met die niet aan er om ook als bij of wordt door "
     "naar uit maar worden heeft nog over dan wel deze hij ze werd"},
    {"fr", true,
     "le la les de des du et un une à en est que qui dans pour pas sur au aux par plus avec ce il "
     "elle sont ont se son sa ses mais ne été cette nous vous leur"},
    {"es", true,
     "el la los las de del y que en un una es por con para se al lo como más pero su sus no le ha "
     "este esta fue son muy también entre sobre cuando ya hay desde está"},
    {"pt", true,
     "o a os as de do da dos das e que em no na nos nas um uma é por com para se ao não mais como "
     "mas foi pelo pela seu sua são também entre sobre está ele ela já até"},
    {"it", true,
     "il lo la i gli le di del della dei delle e che in un una è per con non si al alla da dal sono "
     "anche come più ma nel nella questo questa ha ci stato"},
    {"pl", true,
     "i w z na do się nie to że jest o jak a od po za ale co przez dla tak czy są jego już oraz może "
     "tym był było także tylko ich który która które"},
    {"ru", true,
     "и в не на что с по как это к из за от о у для его но же так он она все был была были также "
     "только уже или бы который которые чтобы этом при до"},
    {"tr", true,
     "ve bir bu da de için ile çok daha olarak olan gibi ne ama en o kadar sonra ise değil var her "
     "şey olduğu göre"},
    {"ca", false,
     "el la els les de del dels i que en un una és per amb al als no més com però seu seva aquest "
     "aquesta va ha hi ja també"},
    {"gl", false,
     "o a os as de do da dos das e que en no na un unha é por con para se ao non máis como pero "
     "tamén cando xa"},
    {"af", false, "die en van is in het nie wat op te vir met word hulle ook sy dit om aan was deur maar ons"},
    {"lb", false, "an den de der ass net vun mat fir och ze si gëtt hien dës sinn awer"},
    {"da", false, "og i at det en den til er som på de med har af for ikke der var et men om fra jeg sig kan"},
    {"sv", false,
     "och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi "
     "så kan"},
    {"nb", false,
     "og i det som en på er av for med til den har de ikke om et han men var jeg seg fra vi så kan at"},
    {"cs", false,
     "a v se na je že s z do o to k i jako ale by za jsou od tak po jeho které který nebo také jen už"},
    {"sk", false,
     "a v sa na je že s z do o to k i ako ale by za sú pre od tak po jeho ktoré ktorý alebo aj len už"},
    {"uk", false,
     "і в у на що з не до та як за це від по для його але її також були був було який яка які ще "
     "вже або"},
    {"be", false, "і у на што з не да як гэта ад па для яго але таксама быў была які ужо ці"},
    {"bg", false,
     "и в на да се не за от че с е по са това като но ще той тя които който която беше при до още "
     "също или"},
    {"sr", false, "и у на да се не за од је са су то као али из што који која које био била још или по"},
    {"mk", false,
     "и во на да се не за од е со што тоа како но ќе тој која кој кои беше при до уште исто или"},
    // "care" (which) is left out: it is a frequent English word.
    {"ro", false, "și de la în a cu pe că nu din un o este sunt pentru mai sau al ale lui fost au"},
    {"az", false, "və bir bu da də üçün ilə çox daha olaraq olan kimi amma"},
}};

}  // namespace lede::meta
