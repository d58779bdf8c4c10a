#include "plain/plain_checks.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "context/tokens.h"
#include "grammar.h"
#include "html/html.h"
#include "indicators/label.h"
#include "indicators/lexicon.h"
#include "indicators/linker.h"
#include "indicators/quantities.h"
#include "numbers/spelled.h"
#include "plain/label_plain.h"
#include "plain/lexicon_plain.h"
#include "plain/quantities_plain.h"
#include "plain/spelled_plain.h"
#include "plain/tokens_plain.h"
#include "plain/utf8_plain.h"
#include "text/run.h"
#include "text/sentences.h"
#include "text/utf8.h"
#include "time/periods.h"
#include "vnextract/vnextract.h"

namespace vnextract::plain {
namespace {

using indicators::FoundQuantity;
using indicators::Lexicon;
using internal::Grammar;

std::string Quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || c == '"' || c == '\\') {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", u);
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::uint64_t Next(std::uint64_t& state) {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return state;
}

// Equal doubles, NaN equal to NaN (values are compared, not computed twice).
bool SameDouble(const std::optional<double>& a, const std::optional<double>& b) {
  if (a.has_value() != b.has_value()) return false;
  if (!a) return true;
  return std::memcmp(&*a, &*b, sizeof(double)) == 0 || (std::isnan(*a) && std::isnan(*b));
}

std::string DescribeOne(const FoundQuantity& f) {
  std::ostringstream o;
  o.precision(17);
  const Quantity& q = f.quantity;
  o << "{" << Quote(q.surface) << " [" << q.span.begin << "," << q.span.end << ") value ";
  if (q.value)
    o << *q.value;
  else
    o << "-";
  o << " min ";
  if (q.value_min)
    o << *q.value_min;
  else
    o << "-";
  o << " max ";
  if (q.value_max)
    o << *q.value_max;
  else
    o << "-";
  o << " of ";
  if (q.value_of)
    o << *q.value_of;
  else
    o << "-";
  o << " unit " << Quote(q.unit) << " text " << Quote(q.unit_text) << " "
    << QualifierName(q.qualifier) << " class " << static_cast<int>(f.unit_class) << " [" << f.begin
    << "," << f.end << ") threshold " << f.threshold << " unit_begin " << f.unit_begin
    << " qualifier_word " << (f.qualifier_word ? Quote(f.qualifier_word->word) : "-") << " plan "
    << f.plan << "}";
  return o.str();
}

bool Same(const FoundQuantity& a, const FoundQuantity& b) {
  const Quantity& x = a.quantity;
  const Quantity& y = b.quantity;
  return SameDouble(x.value, y.value) && SameDouble(x.value_min, y.value_min) &&
         SameDouble(x.value_max, y.value_max) && SameDouble(x.value_of, y.value_of) &&
         x.unit == y.unit && x.unit_text == y.unit_text && x.qualifier == y.qualifier &&
         x.surface == y.surface && x.span.begin == y.span.begin && x.span.end == y.span.end &&
         a.unit_class == b.unit_class && a.begin == b.begin && a.end == b.end &&
         a.threshold == b.threshold && a.unit_begin == b.unit_begin &&
         a.qualifier_word == b.qualifier_word && a.plan == b.plan && a.name_begin == b.name_begin &&
         a.name_end == b.name_end;
}

std::string Describe(const std::vector<FoundQuantity>& v) {
  std::string out;
  for (const FoundQuantity& f : v) out += "\n    " + DescribeOne(f);
  return out;
}

std::string Describe(const std::optional<numbers::SpelledNumber>& s) {
  if (!s) return "none";
  std::ostringstream o;
  o.precision(17);
  o << "[" << s->begin << "," << s->end << ") " << s->value << " words " << s->words << " scale "
    << s->has_scale;
  return o.str();
}

bool Same(const std::optional<numbers::SpelledNumber>& a,
          const std::optional<numbers::SpelledNumber>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || (a->begin == b->begin && a->end == b->end && SameDouble(a->value, b->value) &&
                a->words == b->words && a->has_scale == b->has_scale);
}

template <typename Entry>
std::string CheckLexiconAt(std::string_view name, const Lexicon<Entry>& lexicon,
                           std::string_view folded, std::size_t pos) {
  for (bool glued : {false, true}) {
    const Entry* fast = indicators::MatchAt(lexicon, folded, pos, glued);
    const Entry* slow = plain::MatchAt(lexicon.entries(), folded, pos, glued);
    if (fast != slow) {
      return std::string(name) + " MatchAt(" + std::to_string(pos) + (glued ? ", glued" : "") +
             ") in " + Quote(folded) + ": fast " + (fast ? Quote(fast->word) : "none") +
             ", plain " + (slow ? Quote(slow->word) : "none");
    }
  }
  const Entry* fast = indicators::MatchEndingAt(lexicon, folded, pos);
  const Entry* slow = plain::MatchEndingAt(lexicon.entries(), folded, pos);
  if (fast != slow) {
    return std::string(name) + " MatchEndingAt(" + std::to_string(pos) + ") in " + Quote(folded) +
           ": fast " + (fast ? Quote(fast->word) : "none") + ", plain " +
           (slow ? Quote(slow->word) : "none");
  }
  return {};
}

// The per-position twins on folded bytes.
std::string CheckPositions(const Grammar& g, std::string_view folded, Counts* counts,
                           std::size_t positions) {
  const numbers::NumberWords& words = g.number_words;
  for (std::size_t pos = 0; pos <= folded.size() && pos < positions; ++pos) {
    for (const std::string& d :
         {CheckLexiconAt("units", g.units, folded, pos),
          CheckLexiconAt("scale_words", g.scale_words, folded, pos),
          CheckLexiconAt("denominators", g.denominators, folded, pos),
          CheckLexiconAt("qualifiers", g.qualifiers, folded, pos),
          CheckLexiconAt("kind_cues", g.kind_cues, folded, pos),
          CheckLexiconAt("comparators", g.comparators, folded, pos),
          CheckLexiconAt("label_trims", g.label_trims, folded, pos),
          CheckLexiconAt("currency_prefixes", g.currency_prefixes, folded, pos),
          CheckLexiconAt("traps", g.traps, folded, pos),
          CheckLexiconAt("fixed_quantities", g.fixed_quantities, folded, pos)}) {
      if (!d.empty()) return d;
    }
    const std::string_view word = numbers::WordAt(folded, pos);
    if (words.Lookup(word) != plain::LookupWord(words, word)) {
      return "NumberWords::Lookup(" + Quote(word) + ") differs";
    }
    if (words.LookupAt(folded, pos) != plain::LookupWord(words, word)) {
      return "NumberWords::LookupAt(" + std::to_string(pos) + ") in " + Quote(folded) +
             " differs from the lookup of " + Quote(word);
    }
    const bool starts = numbers::StartsNumberWord(words, folded, pos);
    if (starts != plain::StartsNumberWord(words, folded, pos)) {
      return "StartsNumberWord(" + std::to_string(pos) + ") in " + Quote(folded) + ": fast " +
             (starts ? "yes" : "no") + ", plain " + (starts ? "no" : "yes");
    }
    const auto fast = numbers::ScanSpelled(words, folded, pos);
    const auto slow = plain::ScanSpelled(words, folded, pos);
    if (!Same(fast, slow)) {
      return "ScanSpelled(" + std::to_string(pos) + ") in " + Quote(folded) + ": fast " +
             Describe(fast) + ", plain " + Describe(slow);
    }
    if (fast && counts != nullptr) ++counts->spelled;
  }
  return {};
}

std::string CheckQuantities(const Grammar& g, std::string_view text, std::string_view folded,
                            Counts* counts) {
  const std::vector<FoundQuantity> fast = indicators::FindQuantitiesIn(g, text, folded);
  const std::vector<FoundQuantity> slow = plain::FindQuantities(g, text, folded);
  bool same = fast.size() == slow.size();
  for (std::size_t k = 0; same && k < fast.size(); ++k) same = Same(fast[k], slow[k]);
  if (!same) {
    return "FindQuantitiesIn in " + Quote(text) + "\n  fast:" + Describe(fast) +
           "\n  plain:" + Describe(slow);
  }
  if (counts != nullptr) counts->quantities += fast.size();
  return {};
}

std::string CheckLabelWords(std::string_view label) {
  if (indicators::IsGenericLabel(label) != plain::IsGenericLabel(label)) {
    return "IsGenericLabel(" + Quote(label) + ") differs";
  }
  if (indicators::StartsWithTargetHead(label) != plain::StartsWithTargetHead(label)) {
    return "StartsWithTargetHead(" + Quote(label) + ") differs";
  }
  return {};
}

// The character boundaries of valid UTF-8 `s`, 0 and s.size() included.
std::vector<std::size_t> Boundaries(std::string_view s) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) out.push_back(i);
  }
  out.push_back(s.size());
  return out;
}

// FindWord through the sentence's word filter against FindWord alone, for
// every kind cue of the grammar and every word and pair of words of the
// sentence, over the whole sentence and over its second half.
std::string CheckWordFilter(const Grammar& g, std::string_view folded) {
  const indicators::WordFilter filter(folded);
  std::vector<std::string_view> words;
  for (const auto& role : g.cues_by_role) {
    for (const indicators::KindEntry* cue : role) words.push_back(cue->word);
  }
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (i == 0 || folded[i - 1] == ' ') starts.push_back(i);
  }
  for (std::size_t k = 0; k < starts.size(); ++k) {
    const std::size_t end1 = k + 1 < starts.size() ? starts[k + 1] - 1 : folded.size();
    const std::size_t end2 = k + 2 < starts.size() ? starts[k + 2] - 1 : folded.size();
    words.push_back(folded.substr(starts[k], end1 - starts[k]));
    words.push_back(folded.substr(starts[k], end2 - starts[k]));
  }
  for (std::string_view w : words) {
    for (const std::size_t b : {std::size_t{0}, folded.size() / 2}) {
      const std::size_t fast = indicators::FindWord(folded, w, b, folded.size(), &filter);
      const std::size_t plain = indicators::FindWord(folded, w, b, folded.size());
      if (fast != plain) {
        std::ostringstream o;
        o << "FindWord with the word filter: \"" << w << "\" from " << b << " in \"" << folded
          << "\": " << fast << ", without: " << plain;
        return o.str();
      }
    }
  }
  return {};
}

std::string CheckLabels(const Grammar& g, std::string_view sentence, std::string_view folded,
                        Counts* counts) {
  const std::vector<time::PeriodMatch> periods = g.periods.Find(folded, Date{2022, 8, 2});
  const bool frame_cues = plain::HasFrameCue(g, folded);
  // The spans the linker reads (from the sentence's start or the end of a
  // figure to the start of the next), and some at random.
  const std::vector<FoundQuantity> found = plain::FindQuantities(g, sentence, folded);
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  std::size_t prev = 0;
  for (const FoundQuantity& f : found) {
    spans.emplace_back(0, f.begin);
    if (prev <= f.begin) spans.emplace_back(prev, f.begin);
    prev = f.end;
  }
  spans.emplace_back(0, sentence.size());
  const std::vector<std::size_t> at = Boundaries(sentence);
  std::uint64_t state = 0x9E3779B97F4A7C15ull ^ sentence.size();
  for (int k = 0; k < 6; ++k) {
    std::size_t b = at[Next(state) % at.size()], e = at[Next(state) % at.size()];
    if (b > e) std::swap(b, e);
    spans.emplace_back(b, e);
  }
  for (const auto& [b, e] : spans) {
    const std::string fast =
        indicators::CleanLabel({g, sentence, folded, periods, frame_cues}, b, e);
    const std::string slow = plain::CleanLabel(g, sentence, folded, b, e, periods);
    if (fast != slow) {
      return "CleanLabel([" + std::to_string(b) + "," + std::to_string(e) + ")) of " +
             Quote(sentence) + ": fast " + Quote(fast) + ", plain " + Quote(slow);
    }
    if (std::string d = CheckLabelWords(fast); !d.empty()) return d;
    if (counts != nullptr) ++counts->labels;
  }
  return {};
}

template <typename Entry>
std::string CheckIndex(std::string_view name, const Lexicon<Entry>& lexicon) {
  for (unsigned b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    const auto starting = lexicon.StartingWith(c);
    const auto ending = lexicon.EndingWith(c);
    const std::vector<const Entry*> want_starting = plain::StartingWith(lexicon.entries(), c);
    const std::vector<const Entry*> want_ending = plain::EndingWith(lexicon.entries(), c);
    if (!std::ranges::equal(starting, want_starting) || !std::ranges::equal(ending, want_ending)) {
      return std::string(name) + ": the index of byte " + std::to_string(b) + " differs";
    }
  }
  return {};
}

// `index[b]` must be the entries of `entries` that `keep` keeps, in order.
template <typename Entry, typename Keep>
std::string CheckFiltered(std::string_view name, const Grammar::ByByte<Entry>& index,
                          std::span<const Entry> entries, Keep keep) {
  for (unsigned b = 0; b < 256; ++b) {
    std::vector<const Entry*> want;
    for (const Entry& e : entries) {
      if (keep(e, static_cast<char>(b))) want.push_back(&e);
    }
    if (index[b] != want) return std::string(name) + ": byte " + std::to_string(b) + " differs";
  }
  return {};
}

}  // namespace

std::string CheckIndexes(const Grammar& g) {
  using indicators::QualifierEntry;
  using indicators::TrimEntry;
  for (const std::string& d :
       {CheckIndex("units", g.units), CheckIndex("scale_words", g.scale_words),
        CheckIndex("denominators", g.denominators), CheckIndex("qualifiers", g.qualifiers),
        CheckIndex("kind_cues", g.kind_cues), CheckIndex("comparators", g.comparators),
        CheckIndex("label_trims", g.label_trims),
        CheckIndex("currency_prefixes", g.currency_prefixes), CheckIndex("traps", g.traps),
        CheckIndex("fixed_quantities", g.fixed_quantities),
        CheckFiltered("trim_tails", g.trim_tails, g.label_trims.entries(),
                      [](const TrimEntry&t, char b) {
                        return t.where == indicators::TrimWhere::kTail && t.word.back() == b;
                      }),
        CheckFiltered("trim_heads", g.trim_heads, g.label_trims.entries(),
                      [](const TrimEntry&t, char b) {
                        return t.where == indicators::TrimWhere::kHead && t.word.front() == b;
                      }),
        CheckFiltered("qualifiers_before", g.qualifiers_before, g.qualifiers.entries(),
                      [](const QualifierEntry&q, char b) {
                        return q.where == indicators::Where::kBefore && q.word.back() == b;
                      })}) {
    if (!d.empty()) return d;
  }
  for (std::size_t role = 0; role < g.cues_by_role.size(); ++role) {
    std::vector<const indicators::KindEntry*> want;
    for (const indicators::KindEntry& k : g.kind_cues.entries()) {
      if (static_cast<std::size_t>(k.role) == role) want.push_back(&k);
    }
    if (g.cues_by_role[role] != want) return "cues_by_role " + std::to_string(role) + " differs";
  }
  std::vector<const indicators::CompareEntry*> exceeds;
  for (const indicators::CompareEntry& c : g.comparators.entries()) {
    if (c.where == indicators::CompareWhere::kAfterPercent) exceeds.push_back(&c);
  }
  if (exceeds.size() != g.exceeds.size()) return "exceeds differs";
  for (std::size_t k = 0; k < exceeds.size(); ++k) {
    if (g.exceeds[k].first != exceeds[k] ||
        g.exceeds[k].second != "vượt " + std::string(exceeds[k]->word)) {
      return "exceeds differs at " + std::to_string(k);
    }
  }
  return {};
}

std::string CheckUtf8(std::string_view input) {
  // Every start in the first block, so that each sequence meets each place
  // in a thirty-two-byte block, and every end in the last; each block check
  // the processor has.
  constexpr std::size_t kBlock = 32;
  for (std::size_t cut = 0; cut < 2 * kBlock && cut <= input.size(); ++cut) {
    const std::string_view s =
        cut < kBlock ? input.substr(cut) : input.substr(0, input.size() - (cut - kBlock));
    const std::optional<std::size_t> plain = plain::FindInvalidUtf8(s);
    for (const text::Utf8Blocks blocks :
         {text::Utf8Blocks::kAvx2, text::Utf8Blocks::kSsse3, text::Utf8Blocks::kNone}) {
      const std::optional<std::size_t> fast = text::FindInvalidUtf8(s, blocks);
      if (fast != plain) {
        std::ostringstream o;
        o << "FindInvalidUtf8 (blocks " << static_cast<int>(blocks) << ") on " << s.size()
          << " bytes: " << (fast ? std::to_string(*fast) : "valid")
          << ", plain: " << (plain ? std::to_string(*plain) : "valid");
        return o.str();
      }
    }
  }
  return {};
}

// context::FoldKey and context::Tokenize (ASCII through a table) against
// their plain twins, on `text` as the context stage reads it.
std::string CheckTokens(std::string_view text) {
  std::string folded, plain_folded;
  context::FoldKey(text, &folded);
  plain::FoldKey(text, &plain_folded);
  if (folded != plain_folded) return "context::FoldKey: " + folded + "\nplain: " + plain_folded;
  std::vector<context::Token> fast, plain;
  context::Tokenize(folded, &fast);
  plain::Tokenize(folded, &plain);
  const auto describe = [](const std::vector<context::Token>& v) {
    std::string out;
    for (const context::Token& t : v) {
      out += "[" + std::to_string(t.begin) + "," + std::to_string(t.end) + " " +
             std::string(t.text) + (t.word ? " w" : "") + (t.digits ? " d" : "") + "]";
    }
    return out;
  };
  const std::string a = describe(fast), b = describe(plain);
  if (a != b) return "context::Tokenize: " + a + "\nplain: " + b;
  for (const context::Token& t : fast) {
    if (t.hash != context::TokenMap::Hash(t.text)) {
      return "context::Tokenize: the hash of \"" + std::string(t.text) + "\"";
    }
  }
  return {};
}

// The period finder (literal scan, anchored matches on at most a form's
// longest match) against FindPlain (RE2's search of the whole text).
std::string CheckPeriods(const Grammar& g, std::string_view folded) {
  const auto describe = [](const std::vector<time::PeriodMatch>& v) {
    std::string out;
    for (const time::PeriodMatch& m : v) {
      out += "[" + std::to_string(m.begin) + "," + std::to_string(m.end) + " form " +
             std::to_string(m.form) + " " + m.period.value_or("-") + " " + m.point.value_or("-") +
             (m.comparator ? " comparator" : "") + (m.as_of ? " as_of" : "") + "]";
    }
    return out;
  };
  const std::string fast = describe(g.periods.Find(folded, Date{2024, 7, 5}));
  const std::string plain = describe(g.periods.FindPlain(folded, Date{2024, 7, 5}));
  if (fast != plain) return "PeriodFinder::Find: " + fast + "\nFindPlain: " + plain;
  return {};
}

// The sentences of a block through BlockLinker (a sentence with no figure
// read only when a later one has a figure) against LinkSentence on each
// with one context: the same indicators.
std::string CheckBlockLinker(const Grammar& g, std::string_view block,
                             const std::vector<text::Range>& sentences) {
  constexpr Date kPublished{2024, 7, 5};
  const indicators::PeriodFrame none;
  Document eager, lazy;
  indicators::LinkContext ctx = indicators::ContextUnder(kPublished, none);
  indicators::BlockLinker linker(g, Section::kBody, indicators::ContextUnder(kPublished, none));
  for (const text::Range& r : sentences) {
    const std::string_view sentence = block.substr(r.begin, r.end - r.begin);
    for (Indicator& ind : indicators::LinkSentence(g, sentence, Section::kBody, ctx)) {
      eager.indicators.push_back(std::move(ind));
    }
    for (Indicator& ind : linker.Link(sentence)) lazy.indicators.push_back(std::move(ind));
  }
  const std::string a = ToJson(eager), b = ToJson(lazy);
  if (a != b) return "BlockLinker differs from LinkSentence:\n lazy: " + b + "\neager: " + a;
  return {};
}

std::string CheckAll(const Grammar& g, std::string_view input, Counts* counts,
                     std::size_t positions) {
  if (std::string d = CheckPositions(g, text::FoldCaseKeepOffsets(input), counts, positions);
      !d.empty()) {
    return d;
  }
  if (std::string d = CheckUtf8(input); !d.empty()) return d;
  if (text::FindInvalidUtf8(input)) return {};
  if (std::string d = CheckTokens(input); !d.empty()) return d;
  // The text as Extractor::FindQuantities reads it, then its sentences as
  // the linker does.
  text::RunBuilder builder;
  builder.Append(input, 0, input.size());
  const text::TextRun run = builder.Finish();
  const std::string folded = text::FoldCaseKeepOffsets(run.text);
  const std::vector<text::Range> sentences = text::SplitSentences(run.text);
  if (!(sentences.size() == 1 && sentences[0].begin == 0 && sentences[0].end == run.text.size())) {
    if (std::string d = CheckQuantities(g, run.text, folded, nullptr); !d.empty()) return d;
  }
  for (const text::Range& r : sentences) {
    const std::string_view sentence = std::string_view(run.text).substr(r.begin, r.end - r.begin);
    const std::string sentence_folded = text::FoldCaseKeepOffsets(sentence);
    if (std::string d = CheckQuantities(g, sentence, sentence_folded, counts); !d.empty()) {
      return d;
    }
    if (std::string d = CheckLabels(g, sentence, sentence_folded, counts); !d.empty()) return d;
    if (std::string d = CheckWordFilter(g, sentence_folded); !d.empty()) return d;
    if (std::string d = CheckPeriods(g, sentence_folded); !d.empty()) return d;
  }
  return CheckBlockLinker(g, run.text, sentences);
}

std::string CheckRegionParse(const Extractor& extractor, std::string_view html) {
  auto json = [&] {
    const Result<Document> doc = extractor.ExtractHtml(html, "page.html");
    return doc.ok() ? ToJson(*doc) : "error: " + doc.status().ToString();
  };
  const std::string fast = json();
  std::string whole;
  {
    html::ScopedWholePageParse plain_parse;
    whole = json();
  }
  if (fast != whole)
    return "ExtractHtml differs from the whole-page parse:\n fast: " + fast + "\nwhole: " + whole;
  return {};
}

std::string RandomText(const Grammar& g, std::uint64_t& state) {
  static constexpr std::string_view kExtra[] = {
      // digits with groups, decimals, suffixes, signs
      "1.234,5", "13.500.000", "2,350,000,000", "1,500", "14,9", "3.21", "66.6", ",77", "10k",
      "1,2M", ",0012G", "4G", "346 000", "01", "2022", "2021-2025", "02/08/2022", "09:33", "-5",
      "+0,02", "(-0,39", "9001:2015", "15+500", "1876/QĐ-UBND", "CN-05", "95-III", "0912345678",
      "4.0", "1.", "38/108", "3B", "7", "12", "100", "0",
      // words the rules read
      "từ", "đến", "tới", "giữa", "và", "thứ", "lần", "xếp", "hạng", "âm", "phẩy", "chấm", "gấp",
      "tăng", "giảm", "bằng", "chiếm", "so với", "cùng kỳ", "năm", "tháng", "quý",
      "6 tháng đầu năm", "năm 2022", "quý III/2022", "tháng 7/2022", "đến ngày 30/6/2023",
      "giai đoạn 2021-2025", "trở lên", "trở xuống", "mỗi", "có", "với", "theo", "tại", "căn cứ",
      "Covid", "hoà", "thuỷ sản", "khoá", "quý", "KCN Kim Bảng", "ISO", "Nghị định số", "trong đó",
      "riêng", "toàn tỉnh", "dự toán", "kế hoạch", "chỉ tiêu", "tốc độ tăng trưởng", "doanh thu",
      "sản lượng", "đạt", "ước đạt", "phấn đấu", "được giao", "dự kiến", "dao động", "đã vượt",
      "vượt", "hàng", "vài", "Năm", "Tỷ", "Đến", "HAI", "Một", "USD", "VNĐ", "$", "€", "£", "Rs.",
      "đô la", "xen",
      // punctuation
      ".", ",", ";", ":", "-", "–", "/", "(", ")", "%", "!", "?", "\"", "'", "…", " ", "  ",
      "\xC2\xA0"};
  std::vector<std::string_view> pool;
  auto add = [&](const auto& lexicon) {
    for (const auto& e : lexicon.entries()) pool.push_back(e.word);
  };
  add(g.units);
  add(g.scale_words);
  add(g.denominators);
  add(g.qualifiers);
  add(g.kind_cues);
  add(g.comparators);
  add(g.label_trims);
  add(g.currency_prefixes);
  add(g.traps);
  add(g.fixed_quantities);
  for (const numbers::WordEntry& w : g.number_words.entries()) {
    pool.push_back(w.word);
    pool.push_back(w.word);  // number words twice as often
  }
  for (std::string_view w : kExtra) pool.push_back(w);
  std::string text;
  const int tokens = 1 + static_cast<int>(Next(state) % 16);
  for (int k = 0; k < tokens; ++k) {
    const std::uint64_t r = Next(state);
    if (k > 0) {
      switch (r % 10) {
        case 0:
          break;  // glued
        case 1:
          text += ", ";
          break;
        case 2:
          text += "  ";
          break;
        default:
          text += ' ';
      }
    }
    std::string w(pool[(r >> 8) % pool.size()]);
    if ((r >> 40) % 7 == 0 && !w.empty() && w[0] >= 'a' && w[0] <= 'z')
      w[0] = static_cast<char>(w[0] - 32);
    if ((r >> 44) % 5 == 0) {
      // A number right before it: "64.000 m3", "hơn 14,9 triệu".
      text += std::to_string((r >> 20) % 100000);
      if ((r >> 50) % 3 == 0) text += (r >> 52) % 2 ? ".000" : ",5";
      text += (r >> 54) % 4 == 0 ? "" : " ";
    }
    text += w;
  }
  if (Next(state) % 3 == 0) text += '.';
  return text;
}

std::string RandomBytes(const Grammar& g, std::uint64_t& state) {
  std::string text = RandomText(g, state);
  const int changes = 1 + static_cast<int>(Next(state) % 3);
  for (int k = 0; k < changes && !text.empty(); ++k) {
    const std::uint64_t r = Next(state);
    text[r % text.size()] = static_cast<char>((r >> 32) & 0xFF);
  }
  return text;
}

}  // namespace vnextract::plain
