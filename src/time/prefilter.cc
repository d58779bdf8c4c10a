#include "time/prefilter.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <utility>

namespace vnextract::time {
namespace {

constexpr std::size_t kUnbounded = std::numeric_limits<std::size_t>::max();
// Starts are extended through what follows them until they are this long:
// a longer start is tried at fewer places.
constexpr std::size_t kPreferredStart = 6;
// Past this many starts, extending stops (each start is a literal the
// finder's scan looks for).
constexpr std::size_t kMaxStarts = 24;

std::size_t Add(std::size_t a, std::size_t b) {
  return a == kUnbounded || b == kUnbounded || a > kUnbounded - b ? kUnbounded : a + b;
}
std::size_t Mul(std::size_t a, int n) {
  if (n < 0) return a == 0 ? 0 : kUnbounded;
  std::size_t r = 0;
  for (int i = 0; i < n; ++i) r = Add(r, a);
  return r;
}

// The pattern as a tree of the constructs the analysis reads.
struct Node {
  enum Type { kEmpty, kLit, kDigit, kSet, kAny, kAlt, kCat, kRep } type = kEmpty;
  std::string lit;               // kLit
  std::vector<std::string> set;  // kSet: one character each, "#" for a digit
  std::vector<Node> kids;        // kAlt, kCat; kRep has one
  int min = 0, max = 0;          // kRep; max -1: unbounded
};

Node Make(Node::Type type) {
  Node n;
  n.type = type;
  return n;
}

class Parser {
 public:
  explicit Parser(std::string_view p) : p_(p) {}

  // Whether the pattern holds an assertion (read as empty in the tree).
  bool assertions() const { return assertions_; }

  Result<Node> Parse() {
    Node n = Alt();
    if (!error_.empty()) return InvalidArgumentError(error_);
    if (i_ != p_.size())
      return InvalidArgumentError("unbalanced ')' at byte " + std::to_string(i_));
    return n;
  }

 private:
  bool More() const { return i_ < p_.size() && error_.empty(); }
  void Fail(std::string why) {
    if (error_.empty()) error_ = std::move(why) + " at byte " + std::to_string(i_);
  }

  // One UTF-8 character at i_.
  std::string Char() {
    std::size_t n = 1;
    const auto b = static_cast<unsigned char>(p_[i_]);
    if (b >= 0xF0) {
      n = 4;
    } else if (b >= 0xE0) {
      n = 3;
    } else if (b >= 0xC0) {
      n = 2;
    }
    n = std::min(n, p_.size() - i_);
    std::string c(p_.substr(i_, n));
    i_ += n;
    return c;
  }

  Node Alt() {
    Node alt = Make(Node::kAlt);
    alt.kids.push_back(Cat());
    while (More() && p_[i_] == '|') {
      ++i_;
      alt.kids.push_back(Cat());
    }
    if (alt.kids.size() == 1) return std::move(alt.kids[0]);
    return alt;
  }

  Node Cat() {
    Node cat = Make(Node::kCat);
    while (More() && p_[i_] != '|' && p_[i_] != ')') {
      Node n = Repeat();
      // Adjacent literals make one.
      if (n.type == Node::kLit && !cat.kids.empty() && cat.kids.back().type == Node::kLit) {
        cat.kids.back().lit += n.lit;
      } else if (n.type != Node::kEmpty) {
        cat.kids.push_back(std::move(n));
      }
    }
    if (cat.kids.empty()) return Make(Node::kEmpty);
    if (cat.kids.size() == 1) return std::move(cat.kids[0]);
    return cat;
  }

  bool Number(int* v) {
    if (!More() || p_[i_] < '0' || p_[i_] > '9') return false;
    int n = 0;
    while (More() && p_[i_] >= '0' && p_[i_] <= '9' && n < 10000) n = n * 10 + (p_[i_++] - '0');
    *v = n;
    return true;
  }

  Node Repeat() {
    Node atom = Atom();
    while (More()) {
      int min = 0, max = 0;
      const char c = p_[i_];
      if (c == '?') {
        min = 0, max = 1;
        ++i_;
      } else if (c == '*') {
        min = 0, max = -1;
        ++i_;
      } else if (c == '+') {
        min = 1, max = -1;
        ++i_;
      } else if (c == '{') {
        const std::size_t at = i_;
        ++i_;
        if (!Number(&min)) {  // RE2 reads a '{' that starts no repeat as itself
          i_ = at;
          break;
        }
        max = min;
        if (More() && p_[i_] == ',') {
          ++i_;
          if (!Number(&max)) max = -1;
        }
        if (!More() || p_[i_] != '}') {
          i_ = at;
          break;
        }
        ++i_;
      } else {
        break;
      }
      if (More() && p_[i_] == '?') ++i_;  // lazy: the same strings
      Node rep = Make(Node::kRep);
      rep.min = min;
      rep.max = max;
      rep.kids.push_back(std::move(atom));
      atom = std::move(rep);
    }
    return atom;
  }

  Node Class() {
    ++i_;  // '['
    bool negated = false;
    if (More() && p_[i_] == '^') {
      negated = true;
      ++i_;
    }
    std::vector<std::string> members;
    bool first = true;
    while (More() && (p_[i_] != ']' || first)) {
      first = false;
      std::string c;
      if (p_[i_] == '\\' && i_ + 1 < p_.size()) {
        ++i_;
        if (p_[i_] == 'd') {
          ++i_;
          members.push_back("#");
          continue;
        }
        if ((p_[i_] >= 'a' && p_[i_] <= 'z') || (p_[i_] >= 'A' && p_[i_] <= 'Z')) {
          negated = true;  // \s, \w ...: read as any character
          ++i_;
          continue;
        }
        c = Char();
      } else {
        c = Char();
      }
      if (More() && p_[i_] == '-' && i_ + 1 < p_.size() && p_[i_ + 1] != ']') {
        ++i_;
        const std::string to = Char();
        if (c.size() != 1 || to.size() != 1 || to[0] < c[0] || to[0] - c[0] > 16) {
          negated = true;  // a wide range: read as any character
          continue;
        }
        for (char x = c[0]; x <= to[0]; ++x) {
          members.push_back(x >= '0' && x <= '9' && to[0] - c[0] == 9 ? "#" : std::string(1, x));
        }
        continue;
      }
      members.push_back(std::move(c));
    }
    if (!More()) {
      Fail("unterminated class");
      return {};
    }
    ++i_;  // ']'
    if (negated) return Make(Node::kAny);
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
    Node n = Make(Node::kSet);
    n.set = std::move(members);
    return n;
  }

  Node Atom() {
    const char c = p_[i_];
    if (c == '(') {
      ++i_;
      if (More() && p_[i_] == '?') {
        if (p_.substr(i_, 2) == "?:") {
          i_ += 2;
        } else if (p_.substr(i_, 3) == "?P<" || p_.substr(i_, 2) == "?<") {
          const std::size_t close = p_.find('>', i_);
          if (close == std::string_view::npos) {
            Fail("unterminated group name");
            return {};
          }
          i_ = close + 1;
        } else {
          Fail("unsupported group flags");
          return {};
        }
      }
      Node n = Alt();
      if (!More() || p_[i_] != ')') {
        Fail("missing ')'");
        return {};
      }
      ++i_;
      return n;
    }
    if (c == '[') return Class();
    if (c == '.') {
      ++i_;
      return Make(Node::kAny);
    }
    if (c == '^' || c == '$') {
      ++i_;
      assertions_ = true;
      return Make(Node::kEmpty);
    }
    if (c == '*' || c == '+' || c == '?' || c == '{') {
      Fail("a quantifier with nothing to repeat");
      ++i_;
      return {};
    }
    if (c == '\\') {
      ++i_;
      if (!More()) {
        Fail("trailing backslash");
        return {};
      }
      const char e = p_[i_];
      if (e == 'd') {
        ++i_;
        return Make(Node::kDigit);
      }
      if (e == 'b' || e == 'B' || e == 'A' || e == 'z') {
        ++i_;
        assertions_ = true;
        return Make(Node::kEmpty);
      }
      if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9')) {
        ++i_;
        return Make(Node::kAny);  // \s, \w, \x…: read as any character
      }
      Node n = Make(Node::kLit);
      n.lit = Char();
      return n;
    }
    Node n = Make(Node::kLit);
    n.lit = Char();
    return n;
  }

  std::string_view p_;
  std::size_t i_ = 0;
  std::string error_;
  bool assertions_ = false;  // ^, $, \b, \B, \A or \z seen
};

std::size_t MinLen(const Node& n);
std::size_t MaxLen(const Node& n);

std::size_t MinLen(const Node& n) {
  switch (n.type) {
    case Node::kEmpty:
      return 0;
    case Node::kLit:
      return n.lit.size();
    case Node::kDigit:
    case Node::kAny:
      return 1;
    case Node::kSet: {
      std::size_t m = kUnbounded;
      for (const std::string& s : n.set) m = std::min(m, s == "#" ? std::size_t{1} : s.size());
      return m == kUnbounded ? 0 : m;
    }
    case Node::kAlt: {
      std::size_t m = kUnbounded;
      for (const Node& k : n.kids) m = std::min(m, MinLen(k));
      return m;
    }
    case Node::kCat: {
      std::size_t m = 0;
      for (const Node& k : n.kids) m = Add(m, MinLen(k));
      return m;
    }
    case Node::kRep:
      return Mul(MinLen(n.kids[0]), n.min);
  }
  return 0;
}

std::size_t MaxLen(const Node& n) {
  switch (n.type) {
    case Node::kEmpty:
      return 0;
    case Node::kLit:
      return n.lit.size();
    case Node::kDigit:
      return 1;
    case Node::kAny:
      return 4;  // one UTF-8 character
    case Node::kSet: {
      std::size_t m = 0;
      for (const std::string& s : n.set) m = std::max(m, s.size());
      return m;
    }
    case Node::kAlt: {
      std::size_t m = 0;
      for (const Node& k : n.kids) m = std::max(m, MaxLen(k));
      return m;
    }
    case Node::kCat: {
      std::size_t m = 0;
      for (const Node& k : n.kids) m = Add(m, MaxLen(k));
      return m;
    }
    case Node::kRep:
      return Mul(MaxLen(n.kids[0]), n.max);
  }
  return 0;
}

// A prefix every match of a node may begin with; `complete` when it is the
// whole match (so what follows the node may extend it). "#": one digit.
struct Item {
  std::string text;
  bool complete = false;
  friend bool operator==(const Item&, const Item&) = default;
};

// The prefixes of `n`'s matches, or false when a match may begin with any
// character.
bool First(const Node& n, std::vector<Item>& out) {
  out.clear();
  switch (n.type) {
    case Node::kEmpty:
      out.push_back({"", true});
      return true;
    case Node::kLit:
      out.push_back({n.lit, true});
      return true;
    case Node::kDigit:
      out.push_back({"#", false});
      return true;
    case Node::kSet:
      for (const std::string& s : n.set) out.push_back({s, s != "#"});
      return true;
    case Node::kAny:
      return false;
    case Node::kAlt: {
      std::vector<Item> kid;
      for (const Node& k : n.kids) {
        if (!First(k, kid)) return false;
        out.insert(out.end(), kid.begin(), kid.end());
      }
      return true;
    }
    case Node::kRep: {
      std::vector<Item> kid;
      if (!First(n.kids[0], kid)) return false;
      const bool once = n.max == 1;
      for (Item& it : kid) out.push_back({it.text, it.complete && once});
      if (n.min == 0) out.push_back({"", true});
      return true;
    }
    case Node::kCat: {
      out.push_back({"", true});
      std::vector<Item> kid, next;
      for (const Node& k : n.kids) {
        const bool known = First(k, kid);
        std::size_t extended = 0;
        for (const Item& it : out) extended += it.complete && !it.text.empty() ? kid.size() : 1;
        const bool grow = extended <= kMaxStarts;
        next.clear();
        for (const Item& it : out) {
          if (it.text.empty() && it.complete) {
            if (!known) return false;
            next.insert(next.end(), kid.begin(), kid.end());
          } else if (!it.complete || it.text.size() >= kPreferredStart || !known || !grow) {
            next.push_back({it.text, false});
          } else {
            for (const Item& k2 : kid) {
              if (k2.text == "#") {
                next.push_back({it.text, false});
              } else {
                next.push_back({it.text + k2.text, k2.complete});
              }
            }
          }
        }
        std::swap(out, next);
        std::sort(out.begin(), out.end(), [](const Item& a, const Item& b) {
          return a.text != b.text ? a.text < b.text : a.complete < b.complete;
        });
        out.erase(std::unique(out.begin(), out.end()), out.end());
      }
      return true;
    }
  }
  return false;
}

// A literal every match holds, starting between `lo` and `hi` bytes after
// the match's start.
struct Need {
  std::string lit;
  std::size_t lo = 0, hi = 0;
};

void Needs(const Node& n, std::size_t lo, std::size_t hi, std::vector<Need>& out) {
  switch (n.type) {
    case Node::kLit:
      out.push_back({n.lit, lo, hi});
      return;
    case Node::kCat:
      for (const Node& k : n.kids) {
        Needs(k, lo, hi, out);
        lo = Add(lo, MinLen(k));
        hi = Add(hi, MaxLen(k));
      }
      return;
    case Node::kRep:
      if (n.min >= 1) Needs(n.kids[0], lo, hi, out);
      return;
    case Node::kAlt:
      if (n.kids.size() == 1) Needs(n.kids[0], lo, hi, out);
      return;
    default:
      return;
  }
}

}  // namespace

Result<Prefilter> DerivePrefilter(std::string_view pattern) {
  Parser parser(pattern);
  Result<Node> tree = parser.Parse();
  if (!tree.ok()) return tree.status();
  const std::size_t longest = MaxLen(*tree);
  const std::size_t max_length =
      parser.assertions() || longest == kUnbounded ? std::string::npos : longest;
  std::vector<Item> items;
  if (!First(*tree, items)) {
    return InvalidArgumentError("a match may begin with any character: no literal to look for");
  }
  Prefilter out;
  out.max_length = max_length;
  for (const Item& it : items) {
    if (it.text.empty()) return InvalidArgumentError("the pattern can match the empty string");
    out.starts.push_back(it.text);
  }
  // Keep the shortest of starts one of which begins another.
  std::sort(out.starts.begin(), out.starts.end());
  std::vector<std::string> kept;
  for (std::string& s : out.starts) {
    if (!kept.empty() && kept.back() != "#" && s.starts_with(kept.back())) continue;
    kept.push_back(std::move(s));
  }
  out.starts = std::move(kept);
  const bool literal = std::ranges::all_of(
      out.starts, [](const std::string& s) { return s != "#" && s.size() >= kMinLiteral; });
  if (literal) return out;
  std::vector<Need> needs;
  Needs(*tree, 0, 0, needs);
  const Need* best = nullptr;
  for (const Need& n : needs) {
    if (n.hi == kUnbounded || n.lit.size() < kMinLiteral) continue;
    if (best == nullptr || n.lit.size() > best->lit.size() ||
        (n.lit.size() == best->lit.size() && n.hi < best->hi)) {
      best = &n;
    }
  }
  if (best == nullptr && std::ranges::all_of(out.starts, [](const std::string& s) {
        return s != "#" && s.size() >= kMinShortLiteral;
      })) {
    return out;  // short literal starts ("q3/")
  }
  if (best == nullptr) {
    return InvalidArgumentError(
        "some match starts with fewer than 4 literal bytes and no literal of 4 bytes or more is "
        "held by every match at a bounded distance from its start");
  }
  out.near = best->lit;
  out.reach = best->hi;
  return out;
}

}  // namespace vnextract::time
