// The URL pieces metadata reads: hosts, paths, absolute links, and the key two URLs of one
// page share. The scans read eight bytes at a time, so hosts and paths of every length around
// a multiple of eight are tried.
#include "meta/url.h"

#include <gtest/gtest.h>

#include <string>

namespace lede::meta {
namespace {

TEST(UrlTest, HostEndsAtTheFirstSlashQueryOrFragment) {
  EXPECT_EQ(url_host("https://www.example.com/a?b"), "www.example.com");
  EXPECT_EQ(url_host("https://news.example?x=1/2"), "news.example");
  EXPECT_EQ(url_host("https://news.example#top/2"), "news.example");
  EXPECT_EQ(url_host("https://news.example"), "news.example");
  EXPECT_EQ(url_host("/relative/path"), "");
  EXPECT_EQ(url_host("mailto:someone@example.com"), "");
}

TEST(UrlTest, HostsOfEveryLengthAroundAWordOfEightBytes) {
  for (size_t length = 1; length <= 40; ++length) {
    std::string host(length, 'h');
    for (const char* rest : {"", "/", "/path/to/page.html", "?q=/x", "#a/b", "/é/ü?x#y"}) {
      EXPECT_EQ(url_host("https://" + host + rest), host) << length << " " << rest;
    }
  }
}

TEST(UrlTest, PathEndsAtTheQueryOrFragment) {
  EXPECT_EQ(url_path("https://www.example.com/a/b?c#d"), "/a/b");
  EXPECT_EQ(url_path("https://www.example.com/a/b#d?c"), "/a/b");
  EXPECT_EQ(url_path("https://www.example.com"), "/");
  EXPECT_EQ(url_path("https://www.example.com?x=1"), "/");
  for (size_t length = 0; length <= 40; ++length) {
    std::string path = "/" + std::string(length, 'p');
    EXPECT_EQ(url_path("https://example.org" + path + "?page=2"), path) << length;
    EXPECT_EQ(url_path("https://example.org" + path + "#section"), path) << length;
    EXPECT_EQ(url_path("https://example.org" + path), path) << length;
  }
}

TEST(UrlTest, ResolvesRelativeReferences) {
  const std::string base = "https://news.example/world/2024/story.html?x=1";
  EXPECT_EQ(resolve_url(base, "/about"), "https://news.example/about");
  EXPECT_EQ(resolve_url(base, "other.html"), "https://news.example/world/2024/other.html");
  EXPECT_EQ(resolve_url(base, "../2023/old.html"), "https://news.example/world/2023/old.html");
  EXPECT_EQ(resolve_url(base, "?page=2"), "https://news.example/world/2024/story.html?page=2");
  EXPECT_EQ(resolve_url(base, "//cdn.example/i.jpg"), "https://cdn.example/i.jpg");
  EXPECT_EQ(resolve_url(base, "http://other.example/x"), "http://other.example/x");
  EXPECT_EQ(resolve_url(base, "#top"), "");
  EXPECT_EQ(resolve_url(base, "JavaScript:void(0)"), "");
  EXPECT_EQ(resolve_url(base, "mailto:desk@news.example"), "");
}

TEST(UrlTest, KeyDropsSchemeWwwQueryFragmentAndTrailingSlashes) {
  EXPECT_EQ(url_key("https://www.Example.com/A/b/?utm=1#c"), "example.com/a/b");
  EXPECT_EQ(url_key("http://example.com/a/b"), url_key("https://www.example.com/a/b/"));
  EXPECT_NE(url_key("https://example.com/a/b"), url_key("https://example.com/a/c"));
}

TEST(UrlTest, FrontPagesOfASiteAndOfItsLanguageEditions) {
  EXPECT_TRUE(is_front_page("https://news.example"));
  EXPECT_TRUE(is_front_page("https://news.example/?lang=fr"));
  EXPECT_TRUE(is_front_page("https://news.example/fr/"));
  EXPECT_TRUE(is_front_page("https://news.example/de-ch"));
  EXPECT_TRUE(is_front_page("https://news.example/pt_BR/"));
  EXPECT_TRUE(is_front_page("/en/"));
  EXPECT_FALSE(is_front_page("https://news.example/fr/actualites"));
  EXPECT_FALSE(is_front_page("https://news.example/news"));
  EXPECT_FALSE(is_front_page("https://news.example/english"));
  EXPECT_FALSE(is_front_page("/en/2024/story"));
  EXPECT_FALSE(is_front_page("en/"));
  EXPECT_FALSE(is_front_page("//cdn.example/"));
}

TEST(UrlTest, ALanguageMenuEntryForTheArticleKeepsItsLastPathSegment) {
  const std::string article = "https://news.example/hy/article/378866";
  EXPECT_TRUE(may_lead_to_same_article("https://news.example/ru/article/378866", article));
  EXPECT_TRUE(may_lead_to_same_article("https://news.example/docs/commit/es", "https://news.example/docs/commit"));
  EXPECT_TRUE(may_lead_to_same_article("https://news.example/en/story.html", "https://news.example/de/story.html"));
  // A translated address in a tree of the same shape.
  EXPECT_TRUE(may_lead_to_same_article("https://news.example/en/2024/bridge.html", "https://news.example/fr/2024/pont.html"));
  EXPECT_FALSE(may_lead_to_same_article("https://news.example/en/2024", "https://news.example/fr/2024/pont.html"));
  EXPECT_FALSE(may_lead_to_same_article("https://news.example/english", article));
  EXPECT_FALSE(may_lead_to_same_article("https://news.example/es/portada", article));
  // Too short a segment to tell the article by: any entry may lead to it.
  EXPECT_TRUE(may_lead_to_same_article("https://news.example/english", "https://news.example/a/7"));
}

}  // namespace
}  // namespace lede::meta
