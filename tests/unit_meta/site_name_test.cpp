#include "meta/site_name.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace lede::meta {
namespace {

using Texts = std::vector<std::string_view>;

TEST(SiteNameTest, PartAnotherSourceNames) {
  Texts others = {"Fernhill Kitchenware"};
  EXPECT_EQ(site_name_of("Fernhill Kitchenware - Everything for a kitchen that lasts", others, {}, "a.example"),
            "Fernhill Kitchenware");
}

TEST(SiteNameTest, PartATitleEndsWith) {
  Texts titles = {"Planting garlic | The Allotment Diary"};
  EXPECT_EQ(site_name_of("The Allotment Diary · Notes on growing food", {}, titles, ""), "The Allotment Diary");
  // A title holding the whole text, or several of its parts, says nothing of which is the name.
  Texts whole = {"Planting garlic - The Allotment Diary · Notes on growing food"};
  EXPECT_EQ(site_name_of("The Allotment Diary · Notes on growing food", {}, whole, ""),
            "The Allotment Diary · Notes on growing food");
  Texts list = {"Results | Racing | F1 | Rally"};
  EXPECT_EQ(site_name_of("Racing | F1 | Rally | Karting", {}, list, ""), "Racing | F1 | Rally | Karting");
}

TEST(SiteNameTest, PartTheHostNames) {
  EXPECT_EQ(site_name_of("Thoughts about onboarding | Tallyho Blog", {}, {}, "blog.tallyho.example"), "Tallyho Blog");
  EXPECT_EQ(site_name_of("Jane Moor | Landscape Photography", {}, {}, "janemoorphotography.example"), "Jane Moor");
  EXPECT_EQ(site_name_of("Moor News - Local news", {}, {}, "www.moornews.co.uk"), "Moor News");
  // A short label names a part that is the same ("LSC" on lsc.gov), the host itself its part.
  EXPECT_EQ(site_name_of("MRC: Marsh Rescue Centre", {}, {}, "mrc.example"), "MRC: Marsh Rescue Centre");
  EXPECT_EQ(site_name_of("MRC | Rescue news", {}, {}, "mrc.example"), "MRC");
  EXPECT_EQ(site_name_of("MRC.EXAMPLE · Rescue news", {}, {}, "www.mrc.example"), "MRC.EXAMPLE");
  EXPECT_EQ(site_name_of("DE | Rescue news", {}, {}, "de.example"), "DE | Rescue news");
  // Two parts the host names alike: both are kept.
  EXPECT_EQ(site_name_of("iSchool | Moor University", {}, {}, "ischool.moor.edu"), "iSchool | Moor University");
}

TEST(SiteNameTest, KeptWholeWithoutAgreement) {
  EXPECT_EQ(site_name_of("The Moor Post | MoorPost.example", {}, {}, ""), "The Moor Post | MoorPost.example");
  EXPECT_EQ(site_name_of("Occupational Safety Administration", {}, {}, "osa.example"),
            "Occupational Safety Administration");
}

TEST(SiteNameTest, AcronymBesideTheName) {
  EXPECT_EQ(site_name_of("NWRU - North West Rowing Union | Rowing news", {}, {}, "nwru.example"),
            "NWRU - North West Rowing Union");
  EXPECT_EQ(site_name_of("Bundesamt für Wasserbau - BAWB | Aktuelles", {}, {}, "www.bawb.example"),
            "Bundesamt für Wasserbau - BAWB");
}

TEST(SiteNameTest, AddressDanglingSeparatorAndQuotes) {
  EXPECT_EQ(site_name_of("https://www.harbourtimes.example/", {}, {}, ""), "harbourtimes.example");
  EXPECT_EQ(site_name_of("Fenwick Garden Supplies |", {}, {}, ""), "Fenwick Garden Supplies");
  // A host of one label (or none) names nothing.
  EXPECT_EQ(site_name_of("Fenwick | Tools that last", {}, {}, "localhost"), "Fenwick | Tools that last");
  EXPECT_EQ(site_name_of("Fenwick - - Tools that last", {}, {}, "fenwick.example"), "Fenwick");
  EXPECT_EQ(site_name_of("Ann Hale - \"Back Pages\"", {}, {}, "backpages.letters.example"), "Back Pages");
}

TEST(SiteNameTest, CharactersAroundTheName) {
  EXPECT_EQ(site_name_of("\"Harbour Systems\"", {}, {}, ""), "Harbour Systems");
  EXPECT_EQ(site_name_of("@harbourtimes", {}, {}, ""), "harbourtimes");
  EXPECT_EQ(site_name_of("www.harbourtimes.example", {}, {}, ""), "harbourtimes.example");
  EXPECT_EQ(site_name_of("www.harbourtimes.example | News of the port", {}, {}, "harbourtimes.example"),
            "harbourtimes.example");
  EXPECT_EQ(site_name_of("www ok", {}, {}, ""), "www ok");
  EXPECT_EQ(site_name_of("@ the harbour", {}, {}, ""), "@ the harbour");
  // A template's variable left unfilled names nothing.
  EXPECT_EQ(site_name_of("{$plugin.news.site_name}", {}, {}, ""), "");
  EXPECT_EQ(site_name_of("{{ site.name }}", {}, {}, ""), "");
}

}  // namespace
}  // namespace lede::meta
