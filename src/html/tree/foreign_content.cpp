// Foreign content (WHATWG HTML §13.2.6.5): SVG and MathML subtrees, their integration points
// back into HTML, the start tags that break out of them, and the name adjustments the spec
// applies to their attributes (§13.2.6.1 "adjust SVG/MathML attributes").
#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>
#include <utility>

#include "html/tree/tree_builder.h"

namespace lede::html::tree {

namespace {

using NamePair = std::pair<std::string_view, std::string_view>;

// Lowercase attribute name -> the SVG spelling, sorted by the lowercase name.
constexpr std::array<NamePair, 58> kSvgAttributeNames = {{
    {"attributename", "attributeName"},
    {"attributetype", "attributeType"},
    {"basefrequency", "baseFrequency"},
    {"baseprofile", "baseProfile"},
    {"calcmode", "calcMode"},
    {"clippathunits", "clipPathUnits"},
    {"diffuseconstant", "diffuseConstant"},
    {"edgemode", "edgeMode"},
    {"filterunits", "filterUnits"},
    {"glyphref", "glyphRef"},
    {"gradienttransform", "gradientTransform"},
    {"gradientunits", "gradientUnits"},
    {"kernelmatrix", "kernelMatrix"},
    {"kernelunitlength", "kernelUnitLength"},
    {"keypoints", "keyPoints"},
    {"keysplines", "keySplines"},
    {"keytimes", "keyTimes"},
    {"lengthadjust", "lengthAdjust"},
    {"limitingconeangle", "limitingConeAngle"},
    {"markerheight", "markerHeight"},
    {"markerunits", "markerUnits"},
    {"markerwidth", "markerWidth"},
    {"maskcontentunits", "maskContentUnits"},
    {"maskunits", "maskUnits"},
    {"numoctaves", "numOctaves"},
    {"pathlength", "pathLength"},
    {"patterncontentunits", "patternContentUnits"},
    {"patterntransform", "patternTransform"},
    {"patternunits", "patternUnits"},
    {"pointsatx", "pointsAtX"},
    {"pointsaty", "pointsAtY"},
    {"pointsatz", "pointsAtZ"},
    {"preservealpha", "preserveAlpha"},
    {"preserveaspectratio", "preserveAspectRatio"},
    {"primitiveunits", "primitiveUnits"},
    {"refx", "refX"},
    {"refy", "refY"},
    {"repeatcount", "repeatCount"},
    {"repeatdur", "repeatDur"},
    {"requiredextensions", "requiredExtensions"},
    {"requiredfeatures", "requiredFeatures"},
    {"specularconstant", "specularConstant"},
    {"specularexponent", "specularExponent"},
    {"spreadmethod", "spreadMethod"},
    {"startoffset", "startOffset"},
    {"stddeviation", "stdDeviation"},
    {"stitchtiles", "stitchTiles"},
    {"surfacescale", "surfaceScale"},
    {"systemlanguage", "systemLanguage"},
    {"tablevalues", "tableValues"},
    {"targetx", "targetX"},
    {"targety", "targetY"},
    {"textlength", "textLength"},
    {"viewbox", "viewBox"},
    {"viewtarget", "viewTarget"},
    {"xchannelselector", "xChannelSelector"},
    {"ychannelselector", "yChannelSelector"},
    {"zoomandpan", "zoomAndPan"},
}};

// Index of the MathML adjustment in the cache that follows the SVG entries.
constexpr size_t kDefinitionUrlSlot = kSvgAttributeNames.size();

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

}  // namespace

void TreeBuilder::adjust_foreign_attributes(std::vector<Attribute>& attributes, Namespace ns) {
  if (adjusted_attribute_names_.empty()) adjusted_attribute_names_.resize(kDefinitionUrlSlot + 1);
  for (Attribute& a : attributes) {
    std::string_view name = doc_.str(a.name);
    size_t slot = 0;
    std::string_view adjusted;
    if (ns == Namespace::kMathMl) {
      if (name != "definitionurl") continue;
      slot = kDefinitionUrlSlot;
      adjusted = "definitionURL";
    } else {
      auto it = std::lower_bound(kSvgAttributeNames.begin(), kSvgAttributeNames.end(), name,
                                 [](const NamePair& p, std::string_view n) { return p.first < n; });
      if (it == kSvgAttributeNames.end() || it->first != name) continue;
      slot = static_cast<size_t>(it - kSvgAttributeNames.begin());
      adjusted = it->second;
    }
    // Each adjusted spelling is stored once per document and shared by every attribute.
    if (adjusted_attribute_names_[slot].length == 0) adjusted_attribute_names_[slot] = doc_.append_extra(adjusted);
    a.name = adjusted_attribute_names_[slot];
  }
}

NodeId TreeBuilder::insert_foreign_element(Token& t, Namespace ns) {
  adjust_foreign_attributes(t.attributes, ns);
  NodeId element = insert_element(t.tag, ns, t.attributes, t.source_offset);
  if (t.self_closing) open_.pop();
  return element;
}

bool TreeBuilder::is_mathml_text_integration_point(size_t index) const {
  const OpenElements::Entry& e = open_.at(index);
  if (e.ns != Namespace::kMathMl) return false;
  return e.tag == Tag::kMi || e.tag == Tag::kMo || e.tag == Tag::kMn || e.tag == Tag::kMs || e.tag == Tag::kMtext;
}

bool TreeBuilder::is_html_integration_point(size_t index) const {
  const OpenElements::Entry& e = open_.at(index);
  if (e.ns == Namespace::kSvg) {
    return e.tag == Tag::kForeignobject || e.tag == Tag::kDesc || e.tag == Tag::kTitle;
  }
  if (e.ns == Namespace::kMathMl && e.tag == Tag::kAnnotationXml) {
    std::string_view encoding = doc_.attribute_value(e.node, "encoding");
    return equals_ignoring_ascii_case(encoding, "text/html") ||
           equals_ignoring_ascii_case(encoding, "application/xhtml+xml");
  }
  return false;
}

bool TreeBuilder::is_breakout_tag(const DocumentBuilder& doc, const Token& t) {
  switch (t.tag) {
    case Tag::kB:
    case Tag::kBig:
    case Tag::kBlockquote:
    case Tag::kBody:
    case Tag::kBr:
    case Tag::kCenter:
    case Tag::kCode:
    case Tag::kDd:
    case Tag::kDiv:
    case Tag::kDl:
    case Tag::kDt:
    case Tag::kEm:
    case Tag::kEmbed:
    case Tag::kH1:
    case Tag::kH2:
    case Tag::kH3:
    case Tag::kH4:
    case Tag::kH5:
    case Tag::kH6:
    case Tag::kHead:
    case Tag::kHr:
    case Tag::kI:
    case Tag::kImg:
    case Tag::kLi:
    case Tag::kListing:
    case Tag::kMenu:
    case Tag::kMeta:
    case Tag::kNobr:
    case Tag::kOl:
    case Tag::kP:
    case Tag::kPre:
    case Tag::kRuby:
    case Tag::kS:
    case Tag::kSmall:
    case Tag::kSpan:
    case Tag::kStrong:
    case Tag::kStrike:
    case Tag::kSub:
    case Tag::kSup:
    case Tag::kTable:
    case Tag::kTt:
    case Tag::kU:
    case Tag::kUl:
    case Tag::kVar:
      return true;
    case Tag::kFont:
      return std::any_of(t.attributes.begin(), t.attributes.end(), [&](const Attribute& a) {
        std::string_view name = doc.str(a.name);
        return name == "color" || name == "face" || name == "size";
      });
    default:
      return false;
  }
}

// §13.2.6.5 "the rules for parsing tokens in foreign content".
void TreeBuilder::foreign_content(Token& t) {
  switch (t.kind) {
    case TokenKind::kCharacters: {
      std::string_view s = doc_.str(t.data);
      StrRef data = t.data;
      bool has_text = false;
      for (char c : s) {
        if (!is_html_whitespace(c) && c != '\0') {
          has_text = true;
          break;
        }
      }
      if (std::memchr(s.data(), '\0', s.size()) != nullptr) {
        scratch_text_.clear();
        for (char c : s) {
          if (c == '\0') scratch_text_.append(kReplacementCharacter);
          else scratch_text_.push_back(c);
        }
        data = doc_.append_extra(scratch_text_);
      }
      insert_characters(data, t.source_offset);
      if (has_text) frameset_ok_ = false;
      return;
    }
    case TokenKind::kComment:
      return insert_comment(t);
    case TokenKind::kDoctype:
      return;
    case TokenKind::kStartTag:
      if (!is_breakout_tag(doc_, t)) {
        insert_foreign_element(t, open_.current_entry().ns);
        return;
      }
      break;
    case TokenKind::kEndTag: {
      if (t.tag == Tag::kBr || t.tag == Tag::kP) break;
      const OpenElements::Entry& current = open_.current_entry();
      if (t.tag == Tag::kScript && current.tag == Tag::kScript && current.ns == Namespace::kSvg) {
        open_.pop();
        return;
      }
      // Walk down through foreign elements to one with the token's name; at the first HTML
      // element, hand the token to the insertion mode. Positions answer it without a walk.
      int32_t html = open_.top_html();
      int32_t match = std::max(open_.top_index(t.tag, Namespace::kSvg), open_.top_index(t.tag, Namespace::kMathMl));
      if (match > html) {
        open_.pop_to_size(static_cast<size_t>(match));
        return;
      }
      return process(mode_, t);
    }
    case TokenKind::kEof:
      return process(mode_, t);
  }
  // Breakout: leave foreign content and reprocess as HTML.
  while (!(open_.current_entry().ns == Namespace::kHtml || is_mathml_text_integration_point(open_.size() - 1) ||
           is_html_integration_point(open_.size() - 1))) {
    open_.pop();
  }
  process(mode_, t);
}

}  // namespace lede::html::tree
