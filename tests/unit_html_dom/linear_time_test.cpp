// Hostile markup must parse in time proportional to its size. Each pattern of kUnits
// repetitions is timed against a flat document of as many elements (<span></span> repeated),
// which costs the same memory traffic without any nesting. A linear tree builder stays within
// a small factor of it; a quadratic one (a stack scan per token over 100,000 open elements)
// is thousands of times slower, so the bound is loose enough for a busy machine.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <string>

#include "html/parser.h"

namespace {

#ifdef __OPTIMIZE__
constexpr size_t kUnits = 100'000;
constexpr int kRuns = 3;
#else
// Unoptimized (sanitizer) builds are ~30x slower; a quadratic parser is still far off here.
constexpr size_t kUnits = 20'000;
constexpr int kRuns = 1;
#endif
constexpr double kMaxSlowdown = 40.0;
constexpr double kBaselineFloorSeconds = 0.002;  // timer noise floor for the flat document

std::string repeat(std::string_view unit, size_t n) {
  std::string s;
  s.reserve(unit.size() * n);
  for (size_t i = 0; i < n; ++i) s += unit;
  return s;
}

double best_seconds(const std::string& input) {
  double best = 1e9;
  for (int run = 0; run < kRuns; ++run) {
    auto start = std::chrono::steady_clock::now();
    lede::html::Document doc = lede::html::parse(input);
    std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    EXPECT_GT(doc.node_count(), 1u);
    best = std::min(best, took.count());
  }
  return best;
}

// `make(n)` builds the hostile document of n repetitions.
void expect_linear(const std::function<std::string(size_t)>& make) {
  static const double baseline = std::max(best_seconds(repeat("<span></span>", kUnits)), kBaselineFloorSeconds);
  double hostile = best_seconds(make(kUnits));
  EXPECT_LT(hostile / baseline, kMaxSlowdown) << "hostile " << hostile << " s, flat " << baseline << " s";
}

TEST(LinearTimeTest, NestedDivs) {
  expect_linear([](size_t n) { return repeat("<div>", n); });
}

TEST(LinearTimeTest, NestedFormatting) {
  expect_linear([](size_t n) { return repeat("<b>", n) + "x"; });
}

TEST(LinearTimeTest, NestedTables) {
  expect_linear([](size_t n) { return repeat("<table>", n); });
}

TEST(LinearTimeTest, TablesInsideCells) {
  expect_linear([](size_t n) { return repeat("<table><tr><td>", n) + "x"; });
}

TEST(LinearTimeTest, UnclosedSpansWithText) {
  expect_linear([](size_t n) { return repeat("<span>x", n); });
}

TEST(LinearTimeTest, NestedAnchors) {
  expect_linear([](size_t n) { return repeat("<a href=x>y", n); });
}

TEST(LinearTimeTest, NestedParagraphsAndListItems) {
  expect_linear([](size_t n) { return repeat("<p><li>x", n); });
}

TEST(LinearTimeTest, DeepFormattingThenMisnestedEndTags) {
  expect_linear([](size_t n) { return repeat("<b><i><u>", n) + repeat("</b><p>x</i></u>", n); });
}

TEST(LinearTimeTest, DistinctFormattingElements) {
  expect_linear([](size_t n) {
    std::string s;
    for (size_t i = 0; i < n; ++i) s += "<b id=" + std::to_string(i) + ">";
    return s + repeat("<p>x</p>", n);
  });
}

TEST(LinearTimeTest, UnmatchedEndTagsOverDeepInlineStack) {
  expect_linear([](size_t n) { return "<x><div>" + repeat("<span>", n) + repeat("</x>", n); });
}

TEST(LinearTimeTest, ListItemsOverDeepInlineStack) {
  expect_linear([](size_t n) { return repeat("<span>", n) + repeat("<li></li>", n); });
}

TEST(LinearTimeTest, TablesOverDeepInlineStack) {
  expect_linear([](size_t n) { return repeat("<span>", n) + repeat("<table></table>", n); });
}

TEST(LinearTimeTest, ParagraphBehindButton) {
  expect_linear([](size_t n) { return "<p><button>" + repeat("<span>", n) + repeat("<div>", n); });
}

TEST(LinearTimeTest, UnmatchedEndTagsInDeepSvg) {
  expect_linear([](size_t n) { return "<svg>" + repeat("<g>", n) + repeat("</x>", n); });
}

TEST(LinearTimeTest, AdoptionAgencyOverDeepStack) {
  expect_linear([](size_t n) { return repeat("<a><div>", n) + repeat("</a>", n); });
}

TEST(LinearTimeTest, MisnestedFormattingAcrossBlocks) {
  expect_linear([](size_t n) { return repeat("<b><p>x</b>y", n); });
}

}  // namespace
