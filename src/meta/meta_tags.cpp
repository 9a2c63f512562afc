// Named <meta> fields that are not OpenGraph: author, description, the many date names CMSs
// use, Dublin Core (DC.* / dcterms.*), Parse.ly (parsely-*), Sailthru (sailthru.*), citation_*.
#include <algorithm>
#include <array>
#include <optional>

#include "core/view_map.h"
#include "meta/byline.h"
#include "meta/meta_attributes.h"
#include "meta/sources.h"
#include "meta/text_util.h"

namespace lede::meta {

namespace {

struct Named {
  std::string_view name;  // case-folded
  Field field;
  int weight;
};

constexpr Named kNamed[] = {
    // Publication dates.
    {"datepublished", Field::kPublished, kWeightMeta},
    // A bare "date" (and Dublin Core's) is whatever date the CMS stamps, often the last edit:
    // a date line shown beside the headline outweighs it.
    {"date", Field::kPublished, kWeightVisibleDate - 1},
    {"pubdate", Field::kPublished, kWeightMeta},
    {"publishdate", Field::kPublished, kWeightMeta},
    {"publish-date", Field::kPublished, kWeightMeta},
    {"publish_date", Field::kPublished, kWeightMeta},
    {"published_time", Field::kPublished, kWeightMeta},
    {"published-date", Field::kPublished, kWeightMeta},
    {"publication_date", Field::kPublished, kWeightMeta},
    {"publication-date", Field::kPublished, kWeightMeta},
    {"article.published", Field::kPublished, kWeightMeta},
    {"article_date_original", Field::kPublished, kWeightMeta},
    {"original-publish-date", Field::kPublished, kWeightMeta},
    {"originalpublicationdate", Field::kPublished, kWeightMeta},
    {"displaydate", Field::kPublished, kWeightMeta},
    {"dc.date", Field::kPublished, kWeightVisibleDate - 1},
    {"dc.date.issued", Field::kPublished, kWeightMeta},
    {"dc.date.created", Field::kPublished, kWeightMeta},
    {"dcterms.date", Field::kPublished, kWeightVisibleDate - 1},
    {"dcterms.issued", Field::kPublished, kWeightMeta},
    {"dcterms.created", Field::kPublished, kWeightMeta},
    {"citation_publication_date", Field::kPublished, kWeightMeta},
    {"citation_date", Field::kPublished, kWeightMeta},
    {"citation_online_date", Field::kPublished, kWeightMeta},
    {"parsely-pub-date", Field::kPublished, kWeightMeta},
    {"sailthru.date", Field::kPublished, kWeightMeta},
    {"cxenseparse:recs:publishtime", Field::kPublished, kWeightMeta},
    {"created", Field::kPublished, kWeightWeak},
    {"release_date", Field::kPublished, kWeightMeta},
    {"date_published", Field::kPublished, kWeightMeta},
    {"bt:pubdate", Field::kPublished, kWeightMeta},
    {"dateposted", Field::kPublished, kWeightMeta},
    {"eomportal-lastupdate", Field::kModified, kWeightMeta},
    // Modification dates.
    {"datemodified", Field::kModified, kWeightMeta},
    {"last-modified", Field::kModified, kWeightMeta},
    {"lastmod", Field::kModified, kWeightMeta},
    {"revised", Field::kModified, kWeightMeta},
    {"modified", Field::kModified, kWeightMeta},
    {"dc.date.modified", Field::kModified, kWeightMeta},
    {"dcterms.modified", Field::kModified, kWeightMeta},
    {"article.updated", Field::kModified, kWeightMeta},
    {"updated_time", Field::kModified, kWeightMeta},
    {"bt:moddate", Field::kModified, kWeightMeta},
    // Titles, descriptions, sites, sections.
    {"parsely-title", Field::kTitle, kWeightMeta},
    {"sailthru.title", Field::kTitle, kWeightMeta},
    {"dc.title", Field::kTitle, kWeightMeta},
    {"dcterms.title", Field::kTitle, kWeightMeta},
    {"citation_title", Field::kTitle, kWeightMeta},
    {"headline", Field::kTitle, kWeightMeta},
    {"description", Field::kDescription, kWeightMeta},
    {"dc.description", Field::kDescription, kWeightMeta},
    {"dcterms.description", Field::kDescription, kWeightMeta},
    {"application-name", Field::kSiteName, kWeightWeak},
    {"apple-mobile-web-app-title", Field::kSiteName, kWeightWeak},
    {"dc.publisher", Field::kSiteName, kWeightMarkup},
    {"dcterms.publisher", Field::kSiteName, kWeightMarkup},
    {"citation_journal_title", Field::kSiteName, kWeightMarkup},
    {"parsely-section", Field::kSection, kWeightMeta},
    {"section", Field::kSection, kWeightMarkup},
    {"article.section", Field::kSection, kWeightMeta},
    {"news_keywords", Field::kTag, kWeightMeta},
    {"parsely-tags", Field::kTag, kWeightMeta},
    {"sailthru.tags", Field::kTag, kWeightMeta},
    // Often written for search engines rather than readers: tags only when nothing better.
    {"keywords", Field::kTag, kWeightWeak},
    {"dc.language", Field::kLanguage, kWeightMarkup},
    {"dcterms.language", Field::kLanguage, kWeightMarkup},
    {"language", Field::kLanguage, kWeightWeak},
};

// Meta names holding people.
constexpr std::string_view kAuthorNames[] = {
    "author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
    "citation_author", "byl", "article.author", "author_name", "authors", "byline", "dc.contributor",
    "twitter:author", "cxenseparse:author", "article:author_name"};

// What a <meta> name says: one of kNamed, or an author. Looked up once a <meta>, where a pass
// over both tables compared the name with each of their ninety names.
struct Meaning {
  const Named* named = nullptr;
  bool author = false;
};

const ViewMap<Meaning>& meanings() {
  static const auto* by_name = [] {
    auto* map = new ViewMap<Meaning>;
    for (std::string_view a : kAuthorNames) map->try_emplace(a).first.author = true;
    // The first entry of a name is the one read.
    for (const Named& n : kNamed) {
      Meaning& m = map->try_emplace(n.name).first;
      if (!m.named) m.named = &n;
    }
    return map;
  }();
  return *by_name;
}

void add_list(Field field, int weight, std::string_view content, Evidence& ev, uint32_t pos) {
  size_t start = 0;
  while (start <= content.size()) {
    // By hand: find_first_of() asks memchr() about each byte it reads.
    size_t sep = start;
    while (sep < content.size() && content[sep] != ',' && content[sep] != ';') ++sep;
    ev.add_text(field, Origin::kMetaTag, weight, trim(content.substr(start, sep - start)), pos);
    start = sep + 1;
  }
}

// A content that names no one by the byline rules may still be the author's handle
// ("stephenlega"): one word, stated in a field made for the author.
void add_meta_author(std::string_view content, uint32_t pos, Evidence& ev) {
  if (content.find("://") != std::string_view::npos) return;
  std::vector<Author> people = parse_byline(content);
  // A dotted word is a domain or a template placeholder ("page.head.author"), not a handle.
  if (people.empty() && content.find_first_of(" .") == std::string_view::npos) {
    people.push_back({std::string(content), {}, {}});
  }
  for (Author& a : people) ev.add_author(Origin::kMetaTag, kWeightMeta, a, pos);
}

std::string_view label_for(std::span<const MetaAttributes> metas, std::string_view key) {
  for (const MetaAttributes& m : metas) {
    if (fold_case(m.name) == key) return m.content;
  }
  return {};
}

// Labels of a Twitter data pair that announce the author.
constexpr std::string_view kAuthorLabels[] = {"written by", "verfasst von", "geschrieben von",
                                              "écrit par", "escrito por", "scritto da", "author",
                                              "autor", "auteur", "by"};

bool labels_author(std::string_view label) {
  std::string folded = fold_case(trim(label));
  for (std::string_view l : kAuthorLabels) {
    if (folded == l) return true;
  }
  return false;
}

// "11/01/2023 12:43:42": a machine-written numeric date with slashes comes from US-style
// server code (month first) whatever the page's language; dots and dashes follow the page.
bool us_slash_date(std::string_view content) {
  size_t first = content.find('/');
  if (first == 0 || first > 2) return false;
  size_t second = content.find('/', first + 1);
  if (second == std::string_view::npos || second - first - 1 == 0 || second - first - 1 > 2) return false;
  std::string_view year = content.substr(second + 1, 4);
  return year.size() == 4 && std::all_of(year.begin(), year.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void add_meta_date(Field field, int weight, std::string_view content, uint32_t pos, Evidence& ev) {
  if (us_slash_date(content)) {
    if (std::optional<Date> d = parse_date(content, NumericOrder::kMonthFirst)) {
      ev.add_date(field, Origin::kMetaTag, weight, *d, pos);
    }
    return;
  }
  ev.add_date(field, Origin::kMetaTag, weight, content, pos);
}

// The itemscope element a <meta itemprop> belongs to; kNoNode for a <meta name>.
html::NodeId item_scope(const html::Document& doc, html::NodeId meta, const MetaAttributes& attributes) {
  if (attributes.itemprop.empty()) return html::kNoNode;
  for (html::NodeId p = doc.node(meta).parent; p != html::kNoNode; p = doc.node(p).parent) {
    if (doc.node(p).type == html::NodeType::kElement && doc.find_attribute(p, "itemscope")) return p;
  }
  return html::kNoNode;
}

}  // namespace

void extract_meta_tags(const html::Document& doc, std::span<const MetaAttributes> metas, Evidence& ev) {
  // A thread or comment list marks up every post as an item with its own datePublished; the
  // first item that dates itself is the page's, the later ones are replies.
  html::NodeId dated_scope = html::kNoNode;
  for (const MetaAttributes& attributes : metas) {
    html::NodeId m = attributes.id;
    // Folding keeps a text empty or not: the first attribute given names the <meta>.
    std::string_view written = !attributes.name.empty()       ? attributes.name
                               : !attributes.itemprop.empty() ? attributes.itemprop
                                                              : attributes.http_equiv;
    // Most names are written in lower case already: those are read as they are.
    FoldedText folded;
    std::string_view key = folds_to_itself(written) ? written : folded.fold(written);
    std::string_view content = trim(attributes.content);
    if (key.empty() || content.empty()) continue;
    uint32_t pos = doc.node(m).source_offset;
    KeyScope named(ev, key);
    const Meaning* meaning = meanings().find(key);
    if (meaning && meaning->author) {
      add_meta_author(content, pos, ev);
      continue;
    }
    // Twitter's "enhanced data" pairs: twitter:label1 "Written by", twitter:data1 "Jane Doe".
    if (key.starts_with("twitter:data")) {
      std::string label_key = "twitter:label" + std::string(key.substr(std::string_view("twitter:data").size()));
      if (labels_author(label_for(metas, label_key))) add_meta_author(content, pos, ev);
      continue;
    }
    if (!meaning || !meaning->named) continue;
    const Named& n = *meaning->named;
    if (n.field == Field::kPublished || n.field == Field::kModified) {
      html::NodeId scope = item_scope(doc, m, attributes);
      if (dated_scope == html::kNoNode) dated_scope = scope;
      add_meta_date(n.field, scope != dated_scope ? kWeightWeak : n.weight, content, pos, ev);
    } else if (n.field == Field::kTag) {
      add_list(n.field, n.weight, content, ev, pos);
    } else {
      ev.add_text(n.field, Origin::kMetaTag, n.weight, content, pos);
    }
  }
}

}  // namespace lede::meta
