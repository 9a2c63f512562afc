// Interim page source for the harness while lede's own decode stage and HTML parser land:
// charset from the BOM, a <meta> declaration or uchardet, converted with iconv, parsed by gumbo
// and copied into lede's arena DOM. Replaced by decode::to_utf8 + html::parse once they exist.
#include <gumbo.h>
#include <iconv.h>
#include <uchardet/uchardet.h>

#include <algorithm>
#include <cctype>
#include <string_view>
#include <vector>

#include "scripts/quality/page_source.h"

namespace lede::quality {
namespace {

bool valid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = s[i];
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2) return false;
    }
    i += n;
  }
  return true;
}

std::string declared_charset(std::string_view s) {
  std::string head(s.substr(0, 4096));
  std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return std::tolower(c); });
  size_t p = head.find("charset=");
  if (p == std::string::npos) return {};
  p += 8;
  while (p < head.size() && (head[p] == '"' || head[p] == '\'' || head[p] == ' ')) ++p;
  size_t e = p;
  while (e < head.size() && (std::isalnum(static_cast<unsigned char>(head[e])) || head[e] == '-' || head[e] == '_')) ++e;
  return head.substr(p, e - p);
}

std::string convert(const std::string& in, const std::string& charset) {
  iconv_t cd = iconv_open("UTF-8//IGNORE", charset.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return in;
  std::string out(in.size() * 4 + 16, '\0');
  char* src = const_cast<char*>(in.data());
  size_t src_left = in.size();
  char* dst = out.data();
  size_t dst_left = out.size();
  while (src_left > 0) {
    if (iconv(cd, &src, &src_left, &dst, &dst_left) == static_cast<size_t>(-1)) {
      if (src_left == 0 || dst_left == 0) break;
      ++src;
      --src_left;
    }
  }
  iconv_close(cd);
  out.resize(out.size() - dst_left);
  return out;
}

std::string to_utf8(std::string raw) {
  if (raw.size() >= 3 && raw.compare(0, 3, "\xEF\xBB\xBF") == 0) return raw.substr(3);
  if (valid_utf8(raw)) return raw;
  std::string charset = declared_charset(raw);
  if (charset.empty() || charset == "utf-8" || charset == "utf8") {
    uchardet_t ud = uchardet_new();
    uchardet_handle_data(ud, raw.data(), raw.size());
    uchardet_data_end(ud);
    charset = uchardet_get_charset(ud);
    uchardet_delete(ud);
    if (charset.empty() || charset == "UTF-8") charset = "windows-1252";
  }
  if (charset == "iso-8859-1" || charset == "latin1") charset = "windows-1252";
  return convert(raw, charset);
}

void copy_children(html::Document& doc, const GumboNode* from, html::NodeId to) {
  struct Frame {
    const GumboNode* node;
    html::NodeId parent;
  };
  std::vector<Frame> stack;
  const GumboVector* kids = from->type == GUMBO_NODE_DOCUMENT ? &from->v.document.children : &from->v.element.children;
  for (size_t i = kids->length; i-- > 0;) stack.push_back({static_cast<const GumboNode*>(kids->data[i]), to});
  while (!stack.empty()) {
    Frame f = stack.back();
    stack.pop_back();
    const GumboNode* n = f.node;
    if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
      std::string name;
      if (n->v.element.tag == GUMBO_TAG_UNKNOWN) {
        GumboStringPiece piece = n->v.element.original_tag;
        gumbo_tag_from_original_text(&piece);
        name.assign(piece.data, piece.length);
      } else {
        name = gumbo_normalized_tagname(n->v.element.tag);
      }
      std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
      html::Namespace ns = n->v.element.tag_namespace == GUMBO_NAMESPACE_SVG      ? html::Namespace::kSvg
                           : n->v.element.tag_namespace == GUMBO_NAMESPACE_MATHML ? html::Namespace::kMathMl
                                                                                   : html::Namespace::kHtml;
      html::NodeId el = doc.create_element(doc.intern_tag(name), ns, n->v.element.start_pos.offset);
      std::vector<html::Attribute> attrs;
      for (size_t i = 0; i < n->v.element.attributes.length; ++i) {
        auto* at = static_cast<const GumboAttribute*>(n->v.element.attributes.data[i]);
        attrs.push_back({doc.append_extra(at->name), doc.append_extra(at->value)});
      }
      doc.set_attributes(el, attrs);
      doc.append_child(f.parent, el);
      const GumboVector& c = n->v.element.children;
      for (size_t i = c.length; i-- > 0;) stack.push_back({static_cast<const GumboNode*>(c.data[i]), el});
    } else if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
      doc.append_child(f.parent, doc.create_text(doc.append_extra(n->v.text.text), n->v.text.start_pos.offset));
    } else if (n->type == GUMBO_NODE_COMMENT) {
      doc.append_child(f.parent, doc.create_comment(doc.append_extra(n->v.text.text), n->v.text.start_pos.offset));
    }
  }
}

}  // namespace

html::Document load_document(std::string raw_bytes) {
  std::string utf8 = to_utf8(std::move(raw_bytes));
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  GumboOutput* out = gumbo_parse_with_options(&options, utf8.data(), utf8.size());
  html::Document doc(utf8);
  copy_children(doc, out->document, doc.root());
  gumbo_destroy_output(&options, out);
  return doc;
}

}  // namespace lede::quality
