// Document's constructor: turns a finished DocumentBuilder tree into the compact form that
// dom.h describes. A tree built in document order comes with its records already written
// (DocumentBuilder::records_complete): only its nodes are converted. Any other tree is written
// in one pre-order pass over the nodes reachable from the root.
#include <vector>

#include "html/document_builder.h"
#include "html/dom.h"
#include "html/record_writer.h"

namespace lede::html {

class DocumentWriter {
 public:
  DocumentWriter(Document& doc, DocumentBuilder& built) : doc_(doc), built_(built) {}

  void run() {
    static_assert(RecordWriter::kStartBits == Document::kKindShift, "records and kinds share a word");
    size_t count = built_.node_count();
    doc_.nodes_.reserve(count + 1);
    RecordWriter records;
    if (built_.records_complete()) {
      records = built_.take_records();
      convert_nodes();
    } else {
      // Reserved once, as the builder does: text and attribute bytes and a few per node.
      records.reserve(built_.input().size() + built_.extra_size() + 4 * count + 256);
      write_tree(records);
    }
    // The sentinel closes the last node's record and has no parent, so no node takes it for a
    // first child. The names of unknown tags follow the last record.
    doc_.nodes_.push_back({kNoNode, kNoNode, 0, records.position()});
    for (StrRef name : built_.interned_tag_names()) doc_.tag_names_.push_back(records.append_string(built_.str(name)));
    doc_.strings_ = std::move(records.strings());
    doc_.attribute_names_ = std::move(records.attribute_names());
    doc_.doctypes_ = std::move(records.doctypes());
    doc_.nodes_.shrink_to_fit();
    doc_.strings_.shrink_to_fit();
    doc_.attribute_names_.shrink_to_fit();
  }

 private:
  using Kind = Document::Kind;

  static Kind kind_of(const BuildNode& n) {
    switch (n.type) {
      case NodeType::kDocument: return Kind::kDocument;
      case NodeType::kDoctype: return Kind::kDoctype;
      case NodeType::kText: return Kind::kText;
      case NodeType::kComment: return Kind::kComment;
      case NodeType::kTemplateContent: return Kind::kTemplateContent;
      case NodeType::kElement: break;
    }
    return static_cast<Kind>(static_cast<uint8_t>(Kind::kHtmlElement) + static_cast<uint8_t>(n.ns));
  }
  static uint32_t record_word(const BuildNode& n, uint32_t start) {
    return static_cast<uint32_t>(kind_of(n)) << Document::kKindShift | start;
  }

  // The builder's creation order is the document order and its records are written: every
  // node keeps its id, its links and its record.
  void convert_nodes() {
    size_t count = built_.node_count();
    Document::StoredNode* out = doc_.nodes_.reserve_more(count);
    for (NodeId id = 0; id < count; ++id) {
      const BuildNode& n = built_.node(id);
      out[id] = {n.parent, n.next_sibling, n.source_offset, record_word(n, n.record)};
    }
    doc_.nodes_.commit(out + count);
  }

  // One pre-order pass over the nodes reachable from the root. The path from the root to the
  // node being written is kept as a stack of written ids, each with its last written child, so
  // a node finds its parent's new id and links its previous sibling without a table mapping
  // every builder id to its new one.
  void write_tree(RecordWriter& records) {
    path_.clear();
    NodeId old = built_.root();
    write_node(old, records);
    for (;;) {
      NodeId next = built_.node(old).first_child;
      while (next == kNoNode) {
        if (old == built_.root()) return;
        path_.pop_back();  // `old` and everything below it are written
        next = built_.node(old).next_sibling;
        if (next == kNoNode) old = built_.node(old).parent;
      }
      write_node(next, records);
      old = next;
    }
  }

  void write_node(NodeId old_id, RecordWriter& records) {
    const BuildNode& n = built_.node(old_id);
    NodeId id = static_cast<NodeId>(doc_.nodes_.size());
    NodeId parent = kNoNode;
    if (!path_.empty()) {
      PathEntry& up = path_.back();
      parent = up.id;
      if (up.last_child != kNoNode) doc_.nodes_[up.last_child].next_sibling = id;
      up.last_child = id;
    }
    path_.push_back({id, kNoNode});
    doc_.nodes_.push_back({parent, kNoNode, n.source_offset, record_word(n, records.position())});
    switch (n.type) {
      case NodeType::kElement:
        records.write_element(n.tag, built_.attributes(old_id), [this](StrRef ref) { return built_.str(ref); });
        break;
      case NodeType::kText:
      case NodeType::kComment:
        records.write_data(built_.data(old_id));
        break;
      case NodeType::kDoctype: {
        const Doctype& d = built_.doctype(old_id);
        records.write_doctype(d, built_.str(d.name), built_.str(d.public_id), built_.str(d.system_id));
        break;
      }
      case NodeType::kDocument:
      case NodeType::kTemplateContent:
        break;
    }
  }

  Document& doc_;
  DocumentBuilder& built_;
  struct PathEntry {
    NodeId id;          // a written node on the path from the root
    NodeId last_child;  // its child written last, kNoNode before the first
  };
  std::vector<PathEntry> path_;
};

Document::Document(DocumentBuilder& built) { DocumentWriter(*this, built).run(); }

}  // namespace lede::html
