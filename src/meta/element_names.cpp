#include "meta/element_names.h"

#include "meta/text_util.h"

namespace lede::meta {

ElementNames::ElementNames(const html::Document& doc) : spans_(doc.node_count()) {
  for (html::NodeId n = doc.root(); n != html::kNoNode; n = doc.next_in_tree(n, doc.root())) {
    if (doc.node(n).type != html::NodeType::kElement) continue;
    std::string_view classes = doc.attribute_value(n, "class");
    std::string_view id = doc.attribute_value(n, "id");
    if (classes.empty() && id.empty()) continue;
    Span& s = spans_[n];
    s.begin = static_cast<uint32_t>(folded_.size());
    folded_ += fold_case(classes);
    s.class_bytes = static_cast<uint32_t>(folded_.size()) - s.begin;
    if (!id.empty()) {
      folded_ += ' ';
      folded_ += fold_case(id);
    }
    s.bytes = static_cast<uint32_t>(folded_.size()) - s.begin;
  }
}

}  // namespace lede::meta
