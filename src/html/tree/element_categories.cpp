#include "html/tree/element_categories.h"

#include <array>
#include <initializer_list>

namespace lede::html::tree {

namespace {

using Table = std::array<CategoryMask, Tag::kKnownCount>;

constexpr void mark(Table& table, std::initializer_list<TagId> tags, CategoryMask bits) {
  for (TagId t : tags) table[t] |= bits;
}

// HTML-namespace categories, from §13.2.4.2 (special, scopes) and §13.2.4.3 (formatting).
// <select> is not special here: since customizable select its content is ordinary markup, and
// html5lib-tests (webkit02.dat, <font><select><option>a</option></font>) expect </font> not to
// treat the select as a furthest block.
constexpr Table make_html_table() {
  Table t{};
  mark(t,
       {Tag::kAddress, Tag::kApplet, Tag::kArea, Tag::kArticle, Tag::kAside, Tag::kBase,
        Tag::kBasefont, Tag::kBgsound, Tag::kBlockquote, Tag::kBody, Tag::kBr, Tag::kButton,
        Tag::kCaption, Tag::kCenter, Tag::kCol, Tag::kColgroup, Tag::kDd, Tag::kDetails,
        Tag::kDir, Tag::kDiv, Tag::kDl, Tag::kDt, Tag::kEmbed, Tag::kFieldset, Tag::kFigcaption,
        Tag::kFigure, Tag::kFooter, Tag::kForm, Tag::kFrame, Tag::kFrameset, Tag::kH1, Tag::kH2,
        Tag::kH3, Tag::kH4, Tag::kH5, Tag::kH6, Tag::kHead, Tag::kHeader, Tag::kHgroup,
        Tag::kHr, Tag::kHtml, Tag::kIframe, Tag::kImg, Tag::kInput, Tag::kKeygen, Tag::kLi,
        Tag::kLink, Tag::kListing, Tag::kMain, Tag::kMarquee, Tag::kMenu, Tag::kMeta, Tag::kNav,
        Tag::kNoembed, Tag::kNoframes, Tag::kNoscript, Tag::kObject, Tag::kOl, Tag::kP,
        Tag::kParam, Tag::kPlaintext, Tag::kPre, Tag::kScript, Tag::kSearch, Tag::kSection,
        Tag::kSource, Tag::kStyle, Tag::kSummary, Tag::kTable, Tag::kTbody,
        Tag::kTd, Tag::kTemplate, Tag::kTextarea, Tag::kTfoot, Tag::kTh, Tag::kThead,
        Tag::kTitle, Tag::kTr, Tag::kTrack, Tag::kUl, Tag::kWbr, Tag::kXmp},
       kSpecial | kListItemStop);
  // The <li>/<dd>/<dt> walk passes over these three special elements.
  for (TagId tag : {Tag::kAddress, Tag::kDiv, Tag::kP}) {
    t[tag] &= static_cast<CategoryMask>(~kListItemStop);
  }
  mark(t,
       {Tag::kApplet, Tag::kCaption, Tag::kHtml, Tag::kTable, Tag::kTd, Tag::kTh, Tag::kMarquee,
        Tag::kObject, Tag::kTemplate},
       kScopeBoundary);
  mark(t, {Tag::kOl, Tag::kUl}, kListItemExtra);
  mark(t, {Tag::kButton}, kButtonExtra);
  mark(t, {Tag::kHtml, Tag::kTable, Tag::kTemplate}, kTableBoundary | kTableContext);
  mark(t,
       {Tag::kTd, Tag::kTh, Tag::kTr, Tag::kTbody, Tag::kThead, Tag::kTfoot, Tag::kCaption,
        Tag::kColgroup, Tag::kTable, Tag::kTemplate, Tag::kHead, Tag::kBody, Tag::kFrameset,
        Tag::kHtml},
       kResetsMode);
  mark(t,
       {Tag::kDd, Tag::kDt, Tag::kLi, Tag::kOptgroup, Tag::kOption, Tag::kP, Tag::kRb, Tag::kRp,
        Tag::kRt, Tag::kRtc},
       kImpliedEnd | kImpliedEndThorough);
  mark(t,
       {Tag::kCaption, Tag::kColgroup, Tag::kTbody, Tag::kTd, Tag::kTfoot, Tag::kTh, Tag::kThead,
        Tag::kTr},
       kImpliedEndThorough);
  mark(t,
       {Tag::kA, Tag::kB, Tag::kBig, Tag::kCode, Tag::kEm, Tag::kFont, Tag::kI, Tag::kNobr,
        Tag::kS, Tag::kSmall, Tag::kStrike, Tag::kStrong, Tag::kTt, Tag::kU},
       kFormatting);
  for (CategoryMask& m : t) m |= kHtmlElement;
  return t;
}

constexpr Table kHtmlCategories = make_html_table();

// MathML text integration points and annotation-xml, SVG foreignObject/desc/title: special
// and scope boundaries in their own namespaces (§13.2.4.2).
constexpr CategoryMask kForeignBoundary = kSpecial | kListItemStop | kScopeBoundary;

}  // namespace

const CategoryMask* const kKnownHtmlCategories = kHtmlCategories.data();

CategoryMask other_categories(TagId tag, Namespace ns) {
  switch (ns) {
    case Namespace::kHtml:
      return tag < Tag::kKnownCount ? kHtmlCategories[tag] : CategoryMask{kHtmlElement};
    case Namespace::kMathMl:
      switch (tag) {
        case Tag::kMi:
        case Tag::kMo:
        case Tag::kMn:
        case Tag::kMs:
        case Tag::kMtext:
        case Tag::kAnnotationXml:
          return kForeignBoundary;
        default:
          return 0;
      }
    case Namespace::kSvg:
      switch (tag) {
        case Tag::kForeignobject:
        case Tag::kDesc:
        case Tag::kTitle:
          return kForeignBoundary;
        default:
          return 0;
      }
  }
  return 0;
}

}  // namespace lede::html::tree
