#include "extract/thread.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/candidates.h"
#include "extract/vocab.h"

namespace lede::extraction {
namespace {

// A thread has at least this many posts (the opening post and two replies): two alike siblings
// are as often an article and the next one.
constexpr uint32_t kMinPosts = 3;
// The chosen text is a post's body when it holds this share of the post's prose; the rest of the
// post is its author line, date and buttons. An article sitting in one of several alike page
// sections is a small part of its section.
constexpr double kMinBodyShareOfPost = 0.5;
// Walking up from the chosen text, the post is found within this many levels (forum software
// wraps a post's body in a few cells and columns).
constexpr int kMaxLevelsToPost = 12;
// The posts of a thread sit side by side, or in a few blocks (the opening post in one, the
// replies in the next) within this many levels above a post: forum software wraps each block in
// a block, a container and a body, so the two meet four levels up.
constexpr int kMaxLevelsToThread = 4;


bool is_class_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

// Scanned by hand: find_first_of() looks each byte up in the set with a call of its own.
std::string_view first_class(const html::Document& doc, NodeId id) {
  std::string_view value = doc.attribute_value(id, "class");
  size_t start = 0;
  while (start < value.size() && is_class_space(value[start])) ++start;
  size_t end = start;
  while (end < value.size() && !is_class_space(value[end])) ++end;
  return value.substr(start, end - start);
}


// The first class of elements, read once each: the search for a thread compares the same
// elements again and again (every scope it tries holds the one below), and reading an attribute
// is what cost the time.
class FirstClasses {
 public:
  explicit FirstClasses(const html::Document& doc) : doc_(doc) {}

  std::string_view of(NodeId id) {
    if (read_.empty()) {
      read_.assign(doc_.node_count(), 0);
      values_.resize(doc_.node_count());
    }
    if (!read_[id]) {
      values_[id] = first_class(doc_, id);
      read_[id] = 1;
    }
    return values_[id];
  }

 private:
  const html::Document& doc_;
  std::vector<uint8_t> read_;
  std::vector<std::string_view> values_;
};

// The page says the chosen text is a post of a discussion: it, its post or what holds them is
// named or typed as a comment, reply or answer ("comment", "reply", itemtype schema.org/Comment,
// itemprop=comment). Below the post, only the way down to the chosen text counts: an article's
// own comment section below it says nothing of the article.
bool names_discussion(const Analysis& a, NodeId body) {
  for (NodeId n = body; n != html::kNoNode && n != a.body; n = a.doc.parent(n)) {
    if (a.concepts[n] & vocab::kComments) return true;
    std::string_view type = a.doc.attribute_value(n, "itemtype");
    if (type.find("Comment") != std::string_view::npos || type.find("Answer") != std::string_view::npos) return true;
    std::string_view prop = a.doc.attribute_value(n, "itemprop");
    if (prop == "comment" || prop.ends_with("Answer")) return true;
  }
  return false;
}

// The chosen text's own way up names a discussion, or the other posts built like it are, most of
// them, named so and together outweigh it: a forum's opening post is often marked as the page's
// article (itemprop=articleBody, a "topic" box) and only its replies as comments. Each reply
// named, not one box: an article's page sections built alike are not posts because one of them
// is its comment section. An article's comments, even when each is built like its body, are
// outweighed by it (calibrated on articles of wcxb-dev whose comments share the body's class);
// a question's replies outweigh it.
bool is_discussion(const Analysis& a, NodeId body, const std::vector<NodeId>& posts) {
  if (names_discussion(a, body)) return true;
  double others_prose = 0;
  size_t others = 0, named = 0;
  for (NodeId p : posts) {
    if (contains(a.doc, p, body)) continue;
    others_prose += a.prose_chars(p);
    ++others;
    if (names_discussion(a, p)) ++named;
  }
  return 2 * named > others && named + 1 >= kMinPosts && others_prose > a.prose_chars(body);
}

// The first node after the subtree of `id` in document order (the node count past the last).
NodeId after_subtree(const html::Document& doc, NodeId id) {
  NodeId next = doc.next_skipping_children(id, doc.root());
  return next == html::kNoNode ? static_cast<NodeId>(doc.node_count()) : next;
}

// The elements below `scope` built like `post`, outermost only, that hold text. Alike: the same
// tag and the same first class. Elements without a class are alike by tag alone, which says
// nothing of how they were built. The post's class is read once, an element's only when its tag
// matches. The tree stores nodes in document order, so the subtree of `scope` is the run of ids
// up to the first node after it: scanning ids costs less than walking the tree, and the search
// for a thread reads the subtrees of many nested scopes. A node that is not removed is one the
// analysis kept, and Analysis::tags holds its tag (a text node holds 0, the id of <a>, and has no
// class: it is never alike).
std::vector<NodeId> alike_items(const Analysis& a, NodeId scope, NodeId post, FirstClasses& classes) {
  std::vector<NodeId> items;
  const std::string_view post_class = classes.of(post);
  if (post_class.empty()) return items;
  const html::TagId post_tag = a.doc.node(post).tag;
  for (NodeId n = scope + 1, end = after_subtree(a.doc, scope); n < end;) {
    if (a.removed[n]) {
      n = after_subtree(a.doc, n);
    } else if (a.tags[n] == post_tag && classes.of(n) == post_class) {
      if (a.prose_chars(n) > 0) items.push_back(n);
      n = after_subtree(a.doc, n);
    } else {
      ++n;
    }
  }
  return items;
}

// `id`, a kept element, is built like `post` (alike_items()).
bool is_alike(const Analysis& a, NodeId id, NodeId post, FirstClasses& classes) {
  const std::string_view post_class = classes.of(post);
  return !post_class.empty() && a.tags[id] == a.tags[post] && classes.of(id) == post_class;
}

}  // namespace

std::vector<NodeId> thread_posts(const Analysis& a, const std::vector<NodeId>& roots) {
  if (roots.empty()) return {};
  // The scorer joins to the chosen container its siblings that score well (a post's signature or
  // quoted text beside its body): the thread is found from the one with the most prose, and its
  // posts replace those of them that lie in a post or beside the post found. A root elsewhere (a
  // question the page marked beside its answers) is not part of the posts, and the attempt stays.
  NodeId body = *std::max_element(roots.begin(), roots.end(),
                                  [&](NodeId x, NodeId y) { return a.prose_chars(x) < a.prose_chars(y); });
  NodeId post = body;
  FirstClasses classes(a.doc);
  for (int level = 0; level <= kMaxLevelsToPost && post != html::kNoNode && post != a.body; ++level) {
    if (a.prose_chars(body) < kMinBodyShareOfPost * a.prose_chars(post)) return {};
    // The scopes tried, narrowest first: the post's ancestors, up to <body>.
    std::array<NodeId, kMaxLevelsToThread> scopes;
    size_t count = 0;
    for (NodeId scope = post; count < scopes.size() && scope != a.body && a.doc.parent(scope) != html::kNoNode;) {
      scope = a.doc.parent(scope);
      scopes[count++] = scope;
    }
    // The alike items of the widest scope are read once: those of a narrower scope are the ones
    // inside it, unless that scope or one between it and the widest is alike itself (then, an
    // item of the wider scope, it hides those below it, and the narrower scope is read anew).
    const std::vector<NodeId> widest = count > 0 ? alike_items(a, scopes[count - 1], post, classes) : std::vector<NodeId>{};
    for (size_t up = 0; up < count; ++up) {
      const NodeId scope = scopes[up];
      std::vector<NodeId> posts;
      if (up + 1 == count) {
        posts = widest;
      } else if (std::any_of(scopes.begin() + static_cast<std::ptrdiff_t>(up), scopes.begin() + static_cast<std::ptrdiff_t>(count - 1),
                             [&](NodeId s) { return is_alike(a, s, post, classes); })) {
        posts = alike_items(a, scope, post, classes);
      } else {
        const NodeId end = after_subtree(a.doc, scope);
        std::copy_if(widest.begin(), widest.end(), std::back_inserter(posts), [&](NodeId p) { return p > scope && p < end; });
      }
      if (posts.size() < kMinPosts) continue;
      NodeId beside = a.doc.parent(post);
      bool covers_roots = std::all_of(roots.begin(), roots.end(), [&](NodeId r) {
        return contains(a.doc, beside, r) ||
               std::any_of(posts.begin(), posts.end(), [&](NodeId p) { return contains(a.doc, p, r); });
      });
      return covers_roots && is_discussion(a, body, posts) ? posts : std::vector<NodeId>{};
    }
    post = a.doc.parent(post);
  }
  return {};
}

}  // namespace lede::extraction
