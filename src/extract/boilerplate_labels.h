// The words of boilerplate lines, defined once, as vocab.h defines the class/id words. Every entry
// is folded (lower case, no surrounding punctuation); boilerplate_lines.cpp folds each line the
// same way before comparing. The labels come in the languages of the pages lede reads most.
#pragma once

#include <string_view>

namespace lede::extraction::labels {

// Ad slots' labels: the whole line is one of these.
inline constexpr std::string_view kAdLabels[] = {
    "ad", "ads", "advert", "adverts", "advertisement", "advertisements", "advertising",
    "sponsored", "sponsored content", "paid content", "paid post", "promoted",
    "story continues below advertisement", "article continues below advertisement",
    "continue reading below", "content continues below", "scroll to continue with content",
    "anzeige", "werbung", "publicité", "publicite", "publicidad", "pubblicità", "publicidade",
    "pub", "reklam", "reklama", "реклама", "advertentie", "annonce", "mainos", "hirdetés",
    "διαφήμιση", "إعلان", "פרסומת", "広告", "광고", "广告", "廣告", "โฆษณา", "quảng cáo", "iklan"};

// Headings of the boxes around an article: related and most-read lists, author boxes, share
// bars, comment forms. The whole line is one of these.
inline constexpr std::string_view kBoxHeadings[] = {
    // English
    "related", "related articles", "related posts", "related stories", "related content",
    "related topics", "you might also like", "you may also like", "more stories", "more from",
    "recommended", "recommended for you", "most read", "most popular", "most viewed", "trending",
    "read more", "read next", "see also", "also read", "more on this story", "latest news",
    "latest articles", "about the author", "share this", "share this article", "share this post",
    "share", "comments", "leave a comment", "leave a reply", "you are here", "tags",
    // A shop's rails of other products
    "related products", "similar products", "similar items", "customers also bought",
    "customers also viewed", "frequently bought together", "recently viewed", "complete the look",
    "people also bought", "you may also be interested in",
    // German
    "mehr zum thema", "ähnliche artikel", "ähnliche beiträge", "verwandte artikel",
    "verwandte beiträge", "verwandte themen", "weitere artikel", "weitere artikel zum thema",
    "weitere beiträge", "meistgelesen", "meistgelesene artikel", "meistdiskutierte artikel",
    "meistkommentiert", "neueste artikel", "neueste beiträge", "auch interessant",
    "das könnte sie auch interessieren", "das könnte dich auch interessieren", "schon gelesen",
    "auch lesen", "weiterlesen", "zum weiterlesen", "mehr themen", "lesen sie auch",
    "lesen sie mehr", "mehr lesen", "über den autor", "über die autorin", "diese seite teilen",
    "jetzt teilen", "artikel teilen", "teilen", "kommentare", "kommentar schreiben",
    "kommentierte artikel", "mehr interessantes", "empfehlungen",
    // French, Spanish, Portuguese, Italian
    "à lire aussi", "a lire aussi", "lire aussi", "sur le même sujet", "à voir aussi",
    "articles similaires", "partager", "commentaires", "te puede interesar", "le puede interesar",
    "también te puede interesar", "lee también", "leer más", "noticias relacionadas",
    "compartir", "comentarios", "leia também", "leia mais", "veja também", "leggi anche",
    "potrebbe interessarti", "articoli correlati", "condividi",
    // Dutch, Polish, Turkish
    "lees ook", "lees meer", "gerelateerde artikelen", "delen", "czytaj też", "czytaj także",
    "czytaj więcej", "zobacz również", "zobacz też", "przeczytaj też", "przeczytaj także",
    "dowiedz się więcej", "udostępnij", "ilgili haberler", "paylaş",
    // Newsletter and subscription prompts
    "subscribe", "subscribe now", "sign up", "sign up now", "newsletter",
    "sign up for our newsletter",
    "subscribe to our newsletter", "get our newsletter", "abonnieren", "jetzt abonnieren",
    "newsletter abonnieren", "zum newsletter anmelden", "s'abonner", "abonnez-vous", "suscríbete",
    "suscribirse", "iscriviti", "abonneer", "zapisz się",
    // Contact and image-viewer labels left without their box
    "kontakt", "contact", "bild anzeigen", "bild vergrößern", "view image", "enlarge image"};

// Labels that open a line pointing elsewhere ("Read more: <headline>", "MIRA: <headline>"): the
// line is this label, a colon and a short title.
inline constexpr std::string_view kPointerLabels[] = {
    "read more", "read also", "also read", "see also", "related", "watch", "listen",
    "lesen sie auch", "lesen sie mehr", "mehr zum thema", "weiterlesen", "auch lesen",
    "zum weiterlesen", "lire aussi", "à lire aussi", "a lire aussi", "voir aussi",
    "le puede interesar", "te puede interesar", "lee también", "lea también", "mira", "ver más",
    "vea también", "ver también", "leia também", "leia mais", "veja também", "leggi anche",
    "lees ook", "czytaj też",
    "czytaj także", "zobacz też", "zobacz również", "przeczytaj też"};

// Openings of a post's meta line, printed under a blog post ("This entry was posted in News on
// May 5 by Ana"): the line opens with one of these.
inline constexpr std::string_view kPostMetaOpenings[] = {
    "this entry was posted", "this entry was filed", "posted in", "filed under", "categories:",
    "category:", "tags:", "tagged:", "tagged with", "dieser eintrag wurde", "dieser beitrag wurde",
    "der beitrag wurde", "veröffentlicht in", "kategorie:", "kategorien:", "schlagwörter:",
    "schlagworte:", "publié dans", "catégories :", "publicado en", "categorías:", "etiquetas:",
    "pubblicato in", "geplaatst in", "opublikowano w"};

// Labels that open a credit or source line ("Foto: A. Name", "Crédits photos : Agence").
inline constexpr std::string_view kCreditLabels[] = {
    "photo", "photos", "foto", "fotos", "credit", "credits", "crédit", "crédits",
    "crédits photos", "crédit photo", "photo credit", "image", "image credit", "bild",
    "titelbild", "beitragsbild", "bildquelle", "quelle", "quellen", "quellenangaben", "źródło",
    "fuente", "fonte"};

// Social networks: a short line that names several of them is a "follow us" line.
inline constexpr std::string_view kSocialNetworks[] = {
    "facebook", "twitter", "instagram", "telegram", "whatsapp", "youtube", "tiktok", "linkedin",
    "pinterest", "threads", "bluesky", "mastodon", "snapchat"};

}  // namespace lede::extraction::labels
