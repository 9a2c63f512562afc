// Runs the metadata stage (decode → parse → meta) over an evaluation set and writes the
// prediction file ../shared/bench/score.py reads: {"output": {id: {title, date, authors, lang}}}.
//
//   meta_eval SET_DIR PRED.json        SET_DIR holds truth.jsonl and html/<id>.html.gz
//   meta_eval --page FILE [URL]        prints the metadata of one page as JSON
//   meta_eval --candidates FILE [URL]  prints every date and author candidate with its origin
#include <zlib.h>

#include <fstream>
#include <iterator>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "decode/decode.h"
#include "html/parser.h"
#include "meta/element_names.h"
#include "meta/evidence.h"
#include "meta/metadata.h"
#include "meta/page_index.h"
#include "meta/sources.h"

namespace {

std::string read_gz(const std::string& path) {
  std::string out;
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return out;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  gzclose(f);
  return out;
}

}  // namespace

// The metadata fields of one page, for looking at what the stage makes of it.
int print_page(const std::string& path, const std::string& url) {
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto decoded = lede::decode::decode(std::move(bytes));
  if (!decoded) return 2;
  lede::html::Document doc = lede::html::parse(std::move(decoded.value().utf8));
  lede::Article a;
  lede::meta::extract_metadata(doc, {url, {}}, a);
  nlohmann::json r = nlohmann::json::object();
  auto put = [&](const char* k, const std::string& v) {
    if (!v.empty()) r[k] = v;
  };
  put("canonical_url", a.canonical_url);
  put("site_name", a.site_name);
  put("language", a.language);
  put("title", a.title);
  put("subtitle", a.subtitle);
  put("description", a.description);
  for (const lede::Author& p : a.authors) {
    nlohmann::json person = {{"name", p.name}};
    if (!p.role.empty()) person["role"] = p.role;
    if (!p.url.empty()) person["url"] = p.url;
    r["authors"].push_back(person);
  }
  put("byline", a.byline);
  put("date_published", a.date_published);
  put("date_modified", a.date_modified);
  put("section", a.section);
  for (const std::string& t : a.tags) r["tags"].push_back(t);
  if (!a.image.url.empty()) r["image"] = a.image.url;
  for (const lede::Translation& t : a.translations) {
    nlohmann::json o = {{"url", t.url}};
    if (!t.lang.empty()) o["lang"] = t.lang;
    if (!t.relation.empty()) o["relation"] = t.relation;
    r["translations"].push_back(o);
  }
  std::cout << r.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  return 0;
}

// Every date and author candidate the sources give, for seeing why resolution chose what it did.
int print_candidates(const std::string& path, const std::string& url) {
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (path.size() > 3 && path.compare(path.size() - 3, 3, ".gz") == 0) bytes = read_gz(path);
  auto decoded = lede::decode::decode(std::move(bytes));
  if (!decoded) return 2;
  lede::html::Document doc = lede::html::parse(std::move(decoded.value().utf8));
  namespace m = lede::meta;
  m::PageIndex index = m::index_page(doc);
  m::Evidence ev({m::today_utc(), m::NumericOrder::kDayFirst, url});
  m::extract_jsonld_scripts(doc, index, ev);
  std::vector<m::MetaAttributes> metas = m::read_metas(doc, index);
  m::extract_opengraph(doc, metas, ev);
  m::extract_meta_tags(doc, metas, ev);
  m::extract_microdata(doc, index, ev);
  m::extract_microformats(doc, index, ev);
  m::extract_time_elements(doc, index, ev);
  m::extract_links(doc, index, ev);
  m::extract_headlines(doc, index, ev);
  m::extract_visible_text(doc, index, ev);
  m::extract_url(url, ev);
  m::extract_fallback_dates(doc, index, ev);
  std::vector<lede::html::NodeId> dated = index.times;
  for (lede::html::NodeId n : index.date_like) {
    if (doc.find_attribute(n, "title")) dated.push_back(n);
  }
  for (lede::html::NodeId t : dated) {
    std::cout << "dated @" << doc.node(t).source_offset << " widget=" << m::in_widget(index, t)
              << " chrome=" << m::in_page_chrome(index, t) << " near=" << m::near_headline(doc, index, t)
              << " in:";
    for (lede::html::NodeId p = doc.node(t).parent; p != lede::html::kNoNode; p = doc.node(p).parent) {
      m::ElementNames names;
      names.fold(doc.attribute_value(p, "class"), doc.attribute_value(p, "id"));
      if (!names.class_and_id().empty()) std::cout << " [" << names.class_and_id() << "]";
    }
    std::cout << "\n";
  }
  for (const m::Candidate& c : ev.candidates()) {
    const char* field = c.field == m::Field::kPublished  ? "published"
                        : c.field == m::Field::kModified ? "modified"
                        : c.field == m::Field::kAuthor   ? "author"
                        : c.field == m::Field::kByline   ? "byline"
                                                         : nullptr;
    if (!field) continue;
    std::cout << field << "\t" << m::origin_name(c.origin) << "\tw=" << c.weight << "\t@" << c.position
              << "\t" << c.value << "\n";
  }
  return 0;
}

int main(int argc, char** argv) {
  if (argc >= 3 && std::string(argv[1]) == "--page") return print_page(argv[2], argc > 3 ? argv[3] : "");
  if (argc >= 3 && std::string(argv[1]) == "--candidates") {
    return print_candidates(argv[2], argc > 3 ? argv[3] : "");
  }
  if (argc != 3) {
    std::cerr << "usage: meta_eval SET_DIR PRED.json\n";
    return 1;
  }
  std::string dir = argv[1];
  std::ifstream truth(dir + "/truth.jsonl");
  if (!truth) {
    std::cerr << "cannot read " << dir << "/truth.jsonl\n";
    return 2;
  }
  nlohmann::json output = nlohmann::json::object();
  std::string line;
  while (std::getline(truth, line)) {
    if (line.empty()) continue;
    nlohmann::json row = nlohmann::json::parse(line, nullptr, false);
    if (row.is_discarded()) continue;
    std::string id = row.value("id", "");
    std::string url = row["url"].is_string() ? row["url"].get<std::string>() : "";
    std::string bytes = read_gz(dir + "/html/" + id + ".html.gz");
    auto decoded = lede::decode::decode(std::move(bytes));
    if (!decoded) continue;
    lede::html::Document doc = lede::html::parse(std::move(decoded.value().utf8));
    lede::Article article;
    lede::meta::extract_metadata(doc, {url, {}}, article);
    nlohmann::json rec = nlohmann::json::object();
    if (!article.title.empty()) rec["title"] = article.title;
    std::string date = article.date_published;
    if (!date.empty()) rec["date"] = date;
    nlohmann::json authors = nlohmann::json::array();
    for (const lede::Author& a : article.authors) authors.push_back(a.name);
    if (!authors.empty()) rec["authors"] = authors;
    if (!article.language.empty()) rec["lang"] = article.language;
    if (!article.date_modified.empty()) rec["modified"] = article.date_modified;
    output[id] = rec;
  }
  std::ofstream(argv[2]) << nlohmann::json{{"output", output}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  return 0;
}
