// Orchestration only: check the input, hand it to html/ (or the text-dump
// reader), then run every block through sentences -> quantities -> linker,
// map spans back to input offsets, and read the indicators in their page
// (context/: concept, area, restatements).
#include "vnextract/extractor.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "context/annotate.h"
#include "grammar.h"
#include "html/blocks.h"
#include "html/html.h"
#include "indicators/linker.h"
#include "indicators/quantities.h"
#include "indicators/table_linker.h"
#include "text/binary.h"
#include "text/decode.h"
#include "text/run.h"
#include "text/sentences.h"
#include "text/utf8.h"
#include "vnextract/decode.h"

namespace vnextract {
namespace internal {

struct ExtractorImpl {
  Options options;
  std::unique_ptr<const Grammar> grammar;  // every table, built by Create
};

}  // namespace internal

namespace {

Status CheckSize(std::string_view input, const Options& options) {
  if (input.size() > options.max_input_bytes) {
    return InputTooLargeError(
        "input is " + std::to_string(input.size()) + " bytes, over the limit of " +
        std::to_string(options.max_input_bytes) + " (raise Options::max_input_bytes to accept it)");
  }
  return Status::Ok();
}

Status CheckInput(std::string_view input, const Options& options) {
  if (Status s = CheckSize(input, options); !s.ok()) return s;
  if (auto bad = text::FindInvalidUtf8(input)) {
    return InvalidEncodingError(
        "input is not valid UTF-8 (first bad byte at offset " + std::to_string(*bad) +
        "); convert it to UTF-8 first, e.g. iconv -f windows-1258 -t utf-8");
  }
  return Status::Ok();
}

// A PNG, PDF or archive is no page: say what it is rather than read it as
// a windows-1252 page of garbage.
Status CheckNotBinary(std::string_view input) {
  if (std::optional<std::string> what = text::SniffBinary(input)) {
    return Status(
        StatusCode::kInvalidEncoding,
        "input looks like " + *what + ", not an HTML page or text; vnextract reads only those");
  }
  return Status::Ok();
}

std::optional<std::string> TextOf(const std::optional<text::TextRun>& run) {
  if (!run) return std::nullopt;
  return run->text;
}

// What the per-document limits cut, for the diagnostics.
struct Cuts {
  std::size_t indicators = 0;  // found past Options::max_indicators
  std::size_t split_sentences = 0;
};

void LinkRun(const internal::ExtractorImpl& impl, const text::TextRun& run, Section section,
             std::size_t block, indicators::LinkContext context, std::vector<Indicator>& out,
             std::vector<context::FigureSite>& sites, Cuts& cuts) {
  indicators::BlockLinker linker(*impl.grammar, section, std::move(context));
  for (const text::Range& s : text::SplitSentences(run.text)) {
    if (s.cut) ++cuts.split_sentences;
    const std::string_view sentence = std::string_view(run.text).substr(s.begin, s.end - s.begin);
    for (Indicator& ind : linker.Link(sentence)) {
      if (out.size() >= impl.options.max_indicators) {
        ++cuts.indicators;
        continue;
      }
      sites.push_back({section, block, ind.span.begin});
      ind.span = run.InputSpan(s.begin + ind.span.begin, s.begin + ind.span.end);
      ind.sentence = std::string(sentence);
      out.push_back(std::move(ind));
    }
  }
}

// A body paragraph that heads what follows: set off as a heading (h1-h3,
// all bold) or a short line that ends no sentence ("II. Sản xuất nông
// nghiệp 6 tháng đầu năm"), or a list introduction ("Kết quả 9 tháng đầu
// năm như sau:").
enum class Heads { kNo, kSection, kList };
Heads HeadsWhat(std::string_view p, bool marked) {
  constexpr std::size_t kShortLine = 160;  // bytes: a heading, not a paragraph
  std::size_t e = p.size();
  while (e > 0 && (p[e - 1] == ' ' || p[e - 1] == '*')) --e;
  if (e == 0) return Heads::kNo;
  const char last = p[e - 1];
  if (last == ':') return Heads::kList;
  const bool ends_sentence =
      last == '.' || last == '!' || last == '?' || last == ';' || last == ')' || last == '"';
  if (ends_sentence || p.size() > kShortLine * (marked ? 2 : 1)) return Heads::kNo;
  return Heads::kSection;
}

Document Assemble(const internal::ExtractorImpl& impl, html::Blocks blocks, std::string_view source,
                  std::optional<Date> published_override) {
  Document doc;
  doc.source = std::string(source);
  doc.layout = std::move(blocks.layout);
  doc.published = published_override ? published_override : blocks.published;
  doc.published_text = std::move(blocks.published_text);
  if (published_override) doc.published_text.reset();
  doc.title = TextOf(blocks.title);
  doc.lead = TextOf(blocks.lead);
  doc.author = TextOf(blocks.author);
  doc.source_outlet = TextOf(blocks.outlet);
  doc.diagnostics = std::move(blocks.diagnostics);
  const std::optional<Date> reference = doc.published ? doc.published : impl.options.reference_date;
  if (!doc.published && reference) {
    doc.diagnostics.push_back(
        {DiagnosticCode::kReferenceDate,
         "periods resolved against Options::reference_date " + reference->ToString()});
  }
  Cuts cuts;
  // The period a reader takes from the title (else the lead) governs what
  // states none; a section heading's replaces it under the heading.
  const internal::Grammar& g = *impl.grammar;
  using indicators::Basis;
  using indicators::ContextUnder;
  using indicators::FrameOf;
  const indicators::PeriodFrame none;
  const indicators::PeriodFrame title_frame =
      blocks.title ? FrameOf(g, blocks.title->text, reference, Basis::kTitle) : none;
  const indicators::PeriodFrame lead_frame =
      blocks.lead ? FrameOf(g, blocks.lead->text, reference, Basis::kHeading) : none;
  const indicators::PeriodFrame& doc_frame = title_frame.period ? title_frame : lead_frame;
  std::vector<context::FigureSite> sites;
  if (blocks.title) {
    LinkRun(impl, *blocks.title, Section::kTitle, 0, ContextUnder(reference, none), doc.indicators,
            sites, cuts);
  }
  if (blocks.lead) {
    LinkRun(impl, *blocks.lead, Section::kLead, 0, ContextUnder(reference, title_frame),
            doc.indicators, sites, cuts);
  }
  for (std::size_t i = 0; i < blocks.captions.size(); ++i) {
    LinkRun(impl, blocks.captions[i], Section::kCaption, i, ContextUnder(reference, doc_frame),
            doc.indicators, sites, cuts);
  }
  indicators::PeriodFrame section_frame = doc_frame;
  const std::size_t max_paragraphs = impl.options.max_paragraphs;
  doc.paragraphs.reserve(std::min(blocks.paragraphs.size(), max_paragraphs));
  for (std::size_t i = 0; i < blocks.paragraphs.size() && i < max_paragraphs; ++i) {
    text::TextRun& r = blocks.paragraphs[i];
    const bool marked = i < blocks.paragraph_marked.size() && blocks.paragraph_marked[i];
    const Heads heads = HeadsWhat(r.text, marked);
    indicators::PeriodFrame frame = section_frame;
    if (heads != Heads::kNo) {
      const indicators::PeriodFrame own = FrameOf(g, r.text, reference, Basis::kHeading);
      // A heading with no period ends the previous heading's; a list
      // introduction with none leaves it.
      if (own.period || heads == Heads::kSection) section_frame = own.period ? own : doc_frame;
      frame = doc_frame;
    }
    LinkRun(impl, r, Section::kBody, i, ContextUnder(reference, frame), doc.indicators, sites,
            cuts);
    // Read: the text moves into the document and the offset map (four bytes
    // a byte) goes, rather than both living until the end.
    doc.paragraphs.push_back(std::move(r.text));
    std::vector<std::uint32_t>().swap(r.map);
  }
  // Statistical tables (html::TableBlock): one indicator per figure cell,
  // under their caption's period, else the document's.
  for (std::size_t t = 0; t < blocks.tables.size(); ++t) {
    const html::TableBlock& table = blocks.tables[t];
    indicators::PeriodFrame frame = doc_frame;
    if (table.caption) {
      const indicators::PeriodFrame own =
          FrameOf(g, table.caption->text, reference, Basis::kHeading);
      if (own.period) frame = own;
    }
    for (Indicator& ind :
         indicators::LinkTable(*impl.grammar, table, ContextUnder(reference, frame))) {
      if (doc.indicators.size() >= impl.options.max_indicators) {
        ++cuts.indicators;
        continue;
      }
      sites.push_back({Section::kTable, t, 0});
      doc.indicators.push_back(std::move(ind));
    }
  }
  // What each figure measures, where, and which ones repeat another.
  context::PageText page;
  if (doc.title) page.title = *doc.title;
  if (doc.lead) page.lead = *doc.lead;
  page.paragraphs.assign(doc.paragraphs.begin(), doc.paragraphs.end());
  for (const html::TableBlock& table : blocks.tables) {
    page.table_captions.push_back(table.caption ? std::string_view(table.caption->text)
                                                : std::string_view());
  }
  page.identity.assign(blocks.identity.begin(), blocks.identity.end());
  page.published = reference;
  context::Annotate(impl.grammar->concepts, impl.grammar->places, page, sites, doc.indicators);
  if (blocks.paragraphs.size() > max_paragraphs) {
    doc.diagnostics.push_back({DiagnosticCode::kParagraphsCut,
                               "the body has " + std::to_string(blocks.paragraphs.size()) +
                                   " paragraphs; only the first " + std::to_string(max_paragraphs) +
                                   " (Options::max_paragraphs) were read"});
  }
  if (cuts.indicators > 0) {
    doc.diagnostics.push_back({DiagnosticCode::kIndicatorsCut,
                               std::to_string(cuts.indicators) + " indicators past the first " +
                                   std::to_string(impl.options.max_indicators) +
                                   " (Options::max_indicators) were left out"});
  }
  if (cuts.split_sentences > 0) {
    doc.diagnostics.push_back(
        {DiagnosticCode::kSentenceSplit,
         std::to_string(cuts.split_sentences) + " pieces of sentences longer than " +
             std::to_string(text::kMaxSentenceBytes) +
             " bytes were read separately; a figure across a cut may be missed"});
  }
  return doc;
}

}  // namespace

Result<Extractor> Extractor::Create(const Options& options) {
  if (options.max_input_bytes == 0) {
    return InvalidArgumentError("Options::max_input_bytes must be positive");
  }
  if (options.max_parse_bytes == 0) {
    return InvalidArgumentError("Options::max_parse_bytes must be positive");
  }
  if (options.max_paragraphs == 0) {
    return InvalidArgumentError("Options::max_paragraphs must be positive");
  }
  if (options.max_indicators == 0) {
    return InvalidArgumentError("Options::max_indicators must be positive");
  }
  if (options.reference_date && !options.reference_date->Valid()) {
    return InvalidArgumentError("Options::reference_date is not a real date: " +
                                options.reference_date->ToString());
  }
  // Every table now, none on the first page.
  Result<std::unique_ptr<const internal::Grammar>> grammar = internal::Grammar::Build();
  if (!grammar.ok()) return grammar.status();
  auto impl = std::make_unique<internal::ExtractorImpl>();
  impl->options = options;
  impl->grammar = std::move(*grammar);
  return Extractor(std::move(impl));
}

Extractor::Extractor(std::unique_ptr<const internal::ExtractorImpl> impl)
    : impl_(std::move(impl)) {}
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;
Extractor::~Extractor() = default;

const Options& Extractor::options() const { return impl_->options; }

Result<Document> Extractor::ExtractHtml(std::string_view html, std::string_view source,
                                        std::optional<Date> published) const {
  if (Status s = CheckSize(html, impl_->options); !s.ok()) return s;
  if (Status s = CheckNotBinary(html); !s.ok()) return s;
  if (published && !published->Valid()) {
    return InvalidArgumentError("published is not a real date: " + published->ToString());
  }
  Result<text::Decoded> decoded = text::DecodePage(html);
  if (!decoded.ok()) return decoded.status();
  const std::string_view utf8 = decoded->converted ? std::string_view(decoded->text) : html;
  html::PageLines page =
      html::ReadHtml(utf8, impl_->grammar->layouts, impl_->options.max_parse_bytes);
  if (page.parse_exhausted) {
    return ResourceExhaustedError(
        "parsing the page needs more than " + std::to_string(impl_->options.max_parse_bytes) +
        " bytes of memory (Options::max_parse_bytes): its markup is pathological "
        "(almost all tags or nesting); raise the limit to accept it");
  }
  page.diagnostics.insert(page.diagnostics.begin(), decoded->diagnostics.begin(),
                          decoded->diagnostics.end());
  return Assemble(*impl_, html::FindBlocks(std::move(page)), source, published);
}

Result<Document> Extractor::ExtractText(std::string_view text, std::string_view source,
                                        std::optional<Date> published) const {
  if (Status s = CheckSize(text, impl_->options); !s.ok()) return s;
  if (Status s = CheckNotBinary(text); !s.ok()) return s;
  if (Status s = CheckInput(text, impl_->options); !s.ok()) return s;
  if (published && !published->Valid()) {
    return InvalidArgumentError("published is not a real date: " + published->ToString());
  }
  return Assemble(*impl_, html::FindBlocks(html::ReadTextDump(text)), source, published);
}

Result<std::vector<Quantity>> Extractor::FindQuantities(std::string_view input) const {
  if (Status s = CheckInput(input, impl_->options); !s.ok()) return s;
  std::vector<Quantity> out;
  text::RunBuilder builder;
  builder.Append(input, 0, input.size());
  const text::TextRun run = builder.Finish();
  const std::string folded = text::FoldCaseKeepOffsets(run.text);
  for (indicators::FoundQuantity& f :
       indicators::FindQuantitiesIn(*impl_->grammar, run.text, folded)) {
    f.quantity.span = run.InputSpan(f.quantity.span.begin, f.quantity.span.end);
    out.push_back(std::move(f.quantity));
  }
  return out;
}

Result<std::string> DecodeHtml(std::string_view bytes) {
  Result<text::Decoded> decoded = text::DecodePage(bytes);
  if (!decoded.ok()) return decoded.status();
  if (!decoded->converted) return std::string(bytes);
  return std::move(decoded->text);
}

}  // namespace vnextract
