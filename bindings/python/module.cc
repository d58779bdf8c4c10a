// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
//
// vnextract._vnextract: the pybind11 module behind the `vnextract` package.
//
// Design (first version):
//  * One module-level vnextract::Extractor, created at import time and shared
//    by every call (it is immutable and thread-safe). Extraction runs with the
//    GIL released; the input is copied into a std::string first, while the GIL
//    is still held.
//  * Records (Document, Indicator, Quantity, Diagnostic) are read-only views of
//    the C++ values. to_dict() is json.loads(ToJson(x)): the JSON is the
//    contract, so the dict is the JSON, key for key.
//  * A non-OK Status becomes a Python exception: Error or one of its
//    subclasses EncodingError, InputTooLargeError, InvalidArgumentError
//    (EncodingError and InvalidArgumentError are also ValueErrors).

// GCC 12 at -O2 reports a false "potential null pointer dereference" inside
// pybind11's clear_patients() (std::unordered_map / std::vector code inlined
// from system headers). Silenced for the pybind11 headers only.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wnull-dereference"
#endif
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#include <cstddef>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>
#include <vector>

#include "record/fields.h"
#include "vnextract/vnextract.h"

namespace py = pybind11;

namespace {

using vnextract::Date;
using vnextract::Diagnostic;
using vnextract::Document;
using vnextract::Indicator;
using vnextract::Kind;
using vnextract::Qualifier;
using vnextract::Quantity;
using vnextract::Section;
using vnextract::Span;
using vnextract::Status;
using vnextract::StatusCode;

// ---- exceptions ------------------------------------------------------------
// C++ types, each registered with pybind11 (module-local translators) as the
// Python exception of the same name. Translators are tried last-registered
// first, so the subclasses are registered after Error.

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};
class EncodingError : public Error {
 public:
  using Error::Error;
};
class InputTooLargeError : public Error {
 public:
  using Error::Error;
};
class InvalidArgumentError : public Error {
 public:
  using Error::Error;
};

// The library's messages name C++ settings ("raise Options::max_input_bytes");
// in Python they are attributes (Options.max_input_bytes).
std::string PythonMessage(std::string message) {
  for (std::size_t at = message.find("Options::"); at != std::string::npos;
       at = message.find("Options::", at)) {
    message.replace(at, 9, "Options.");
  }
  return message;
}

[[noreturn]] void ThrowStatus(const Status& status) {
  switch (status.code()) {
    case StatusCode::kInvalidEncoding:
      throw EncodingError(PythonMessage(status.message()));
    case StatusCode::kInputTooLarge:
    case StatusCode::kResourceExhausted:
      throw InputTooLargeError(PythonMessage(status.message()));
    case StatusCode::kInvalidArgument:
      throw InvalidArgumentError(PythonMessage(status.message()));
    case StatusCode::kOk:
    case StatusCode::kInternal:
      break;
  }
  throw Error(status.ToString());
}

// ---- extractors ------------------------------------------------------------

vnextract::Extractor CreateExtractor(const vnextract::Options& options) {
  vnextract::Result<vnextract::Extractor> created = vnextract::Extractor::Create(options);
  if (!created.ok()) ThrowStatus(created.status());
  return std::move(created).value();
}

// The extractor behind the module-level functions (default Options).
const vnextract::Extractor& DefaultExtractor() {
  // Deliberately never destroyed: a daemon thread may still be extracting
  // while the interpreter shuts down.
  static const vnextract::Extractor* const extractor =
      new vnextract::Extractor(CreateExtractor(vnextract::Options{}));
  return *extractor;
}

// ---- conversions -----------------------------------------------------------

std::string TypeName(py::handle obj) {
  return py::str(py::type::handle_of(obj).attr("__name__")).cast<std::string>();
}

// The bytes of a str (as UTF-8), bytes or bytearray argument, copied so that
// the GIL can be released while the library reads them.
std::string InputBytes(py::handle obj, const char* name) {
  PyObject* p = obj.ptr();
  if (PyUnicode_Check(p)) {
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(p, &size);
    if (data == nullptr) {
      PyErr_Clear();
      throw EncodingError(std::string(name) +
                          ": the str cannot be encoded as UTF-8 (it holds a lone surrogate)");
    }
    return std::string(data, static_cast<std::size_t>(size));
  }
  if (PyBytes_Check(p)) {
    char* data = nullptr;
    Py_ssize_t size = 0;
    if (PyBytes_AsStringAndSize(p, &data, &size) != 0) throw py::error_already_set();
    return std::string(data, static_cast<std::size_t>(size));
  }
  if (PyByteArray_Check(p)) {
    return std::string(PyByteArray_AsString(p), static_cast<std::size_t>(PyByteArray_Size(p)));
  }
  throw py::type_error(std::string(name) + " must be str or bytes, not " + TypeName(obj));
}

std::string SourceArg(const std::optional<std::string>& source) { return source.value_or(""); }

py::object DateType() { return py::module_::import("datetime").attr("date"); }

py::object ToPyDate(const std::optional<Date>& date) {
  if (!date) return py::none();
  return DateType()(date->year, date->month, date->day);
}

std::optional<Date> PublishedArg(const py::object& published) {
  if (published.is_none()) return std::nullopt;
  if (py::isinstance<py::str>(published)) {
    const std::string iso = published.cast<std::string>();
    std::optional<Date> date = Date::Parse(iso);
    if (!date) {
      throw InvalidArgumentError("published: expected a real date as 'YYYY-MM-DD', got '" + iso +
                                 "'");
    }
    return date;
  }
  if (py::isinstance(published, DateType())) {  // also datetime.datetime
    return Date{published.attr("year").cast<int>(), published.attr("month").cast<int>(),
                published.attr("day").cast<int>()};
  }
  throw py::type_error("published must be a datetime.date, a 'YYYY-MM-DD' str or None, not " +
                       TypeName(published));
}

py::tuple SpanTuple(const Span& span) { return py::make_tuple(span.begin, span.end); }

py::object JsonLoads(const std::string& json) {
  return py::module_::import("json").attr("loads")(py::str(json));
}

// ---- repr helpers ----------------------------------------------------------

using vnextract::FormatNumber;  // as JSON and CSV write numbers

std::string FormatValue(const std::optional<double>& value, const std::optional<double>& min,
                        const std::optional<double>& max) {
  if (value) return FormatNumber(*value);
  if (min || max) {
    return (min ? FormatNumber(*min) : std::string("?")) + ".." +
           (max ? FormatNumber(*max) : std::string("?"));
  }
  return "None";
}

std::string Repr(const py::object& obj) { return py::repr(obj).cast<std::string>(); }

std::string IndicatorRepr(const Indicator& i) {
  std::string out = "<Indicator " + i.label + " " + FormatValue(i.value, i.value_min, i.value_max);
  if (!i.unit.empty()) out += " " + i.unit;
  out += " ";
  out += vnextract::QualifierName(i.qualifier);
  if (i.period) out += " " + *i.period;
  if (i.kind != Kind::kActual) {
    out += " ";
    out += vnextract::KindName(i.kind);
  }
  return out + ">";
}

std::string QuantityRepr(const Quantity& q) {
  std::string out = "<Quantity " + FormatValue(q.value, q.value_min, q.value_max);
  if (!q.unit.empty()) out += " " + q.unit;
  out += " ";
  out += vnextract::QualifierName(q.qualifier);
  return out + " surface=" + Repr(py::str(q.surface)) + ">";
}

std::string DocumentRepr(const Document& d) {
  const py::object title = d.title ? py::object(py::str(*d.title)) : py::object(py::none());
  return "<Document title=" + Repr(title) + " indicators=" + std::to_string(d.indicators.size()) +
         ">";
}

// ---- enums -----------------------------------------------------------------

// py::enum_'s own __str__ gives "Qualifier.MORE_THAN"; ours gives the JSON
// name. A member also compares equal to its JSON name (Kind.TARGET ==
// "target"), so records, dicts and objects filter the same way; __hash__
// follows (hash(Kind.TARGET) == hash("target")) to keep == and hash
// consistent. Assigned (not def'd) so they replace the inherited ones.
template <typename E, typename NameFn>
void SetJsonStr(py::enum_<E>& e, NameFn name) {
  e.attr("__str__") =
      py::cpp_function([name](E v) { return std::string(name(v)); }, py::name("__str__"),
                       py::is_method(e), "The stable lower-case name used in JSON.");
  auto equal = [name](E v, const py::object& other) -> py::object {
    if (py::isinstance<py::str>(other)) return py::bool_(other.cast<std::string>() == name(v));
    if (py::isinstance<E>(other)) return py::bool_(other.cast<E>() == v);
    return py::reinterpret_borrow<py::object>(Py_NotImplemented);
  };
  e.attr("__eq__") = py::cpp_function(equal, py::name("__eq__"), py::is_method(e));
  e.attr("__ne__") = py::cpp_function(
      [equal](E v, const py::object& other) -> py::object {
        py::object eq = equal(v, other);
        if (eq.is(py::reinterpret_borrow<py::object>(Py_NotImplemented))) return eq;
        return py::bool_(!eq.cast<bool>());
      },
      py::name("__ne__"), py::is_method(e));
  e.attr("__hash__") =
      py::cpp_function([name](E v) { return py::hash(py::str(std::string(name(v)))); },
                       py::name("__hash__"), py::is_method(e));
}

void BindEnums(py::module_& m) {
  py::enum_<Section> section(m, "Section", "Where in the article a figure was found.");
  section.value("TITLE", Section::kTitle)
      .value("LEAD", Section::kLead)
      .value("BODY", Section::kBody)
      .value("CAPTION", Section::kCaption)
      .value("TABLE", Section::kTable);
  SetJsonStr(section, vnextract::SectionName);

  py::enum_<Qualifier> qualifier(
      m, "Qualifier",
      "How the text hedges the value: 'hơn 64.000' is MORE_THAN, 'gần 410' NEARLY.");
  qualifier.value("EXACT", Qualifier::kExact)
      .value("MORE_THAN", Qualifier::kMoreThan)
      .value("LESS_THAN", Qualifier::kLessThan)
      .value("NEARLY", Qualifier::kNearly)
      .value("APPROX", Qualifier::kApprox)
      .value("AT_LEAST", Qualifier::kAtLeast)
      .value("AT_MOST", Qualifier::kAtMost)
      .value("RANGE", Qualifier::kRange);
  SetJsonStr(qualifier, vnextract::QualifierName);

  py::enum_<Kind> kind(m, "Kind",
                       "What the figure is: a result, an estimate, a target, a change or a "
                       "ratio.");
  kind.value("ACTUAL", Kind::kActual)
      .value("ESTIMATE", Kind::kEstimate)
      .value("TARGET", Kind::kTarget)
      .value("CHANGE", Kind::kChange)
      .value("RATIO", Kind::kRatio);
  SetJsonStr(kind, vnextract::KindName);
}

// ---- functions -------------------------------------------------------------

Document ExtractHtml(const vnextract::Extractor& extractor, const py::object& html,
                     const std::optional<std::string>& source, const py::object& published) {
  const std::string input = InputBytes(html, "html");
  const std::string src = SourceArg(source);
  const std::optional<Date> date = PublishedArg(published);
  vnextract::Result<Document> result = [&] {
    py::gil_scoped_release release;
    return extractor.ExtractHtml(input, src, date);
  }();
  if (!result.ok()) ThrowStatus(result.status());
  return std::move(result).value();
}

Document ExtractText(const vnextract::Extractor& extractor, const py::object& text,
                     const std::optional<std::string>& source, const py::object& published) {
  const std::string input = InputBytes(text, "text");
  const std::string src = SourceArg(source);
  const std::optional<Date> date = PublishedArg(published);
  vnextract::Result<Document> result = [&] {
    py::gil_scoped_release release;
    return extractor.ExtractText(input, src, date);
  }();
  if (!result.ok()) ThrowStatus(result.status());
  return std::move(result).value();
}

std::vector<Quantity> FindQuantities(const vnextract::Extractor& extractor,
                                     const py::object& text) {
  const std::string input = InputBytes(text, "text");
  vnextract::Result<std::vector<Quantity>> found = [&] {
    py::gil_scoped_release release;
    return extractor.FindQuantities(input);
  }();
  if (!found.ok()) ThrowStatus(found.status());
  return std::move(found).value();
}

py::str DecodeHtml(const py::object& html) {
  const std::string input = InputBytes(html, "html");
  vnextract::Result<std::string> decoded = [&] {
    py::gil_scoped_release release;
    return vnextract::DecodeHtml(input);
  }();
  if (!decoded.ok()) ThrowStatus(decoded.status());
  return py::str(decoded->data(), decoded->size());
}

// ---- flat records ------------------------------------------------------------

// The rows of Document.to_records(): the library's flat records
// (vnextract/csv.h, the CSV's columns), as dicts of str, float or None.
void AppendRecords(const Document& d, py::list& out) {
  const std::span<const std::string_view> columns = vnextract::RecordColumns();
  std::vector<py::str> keys;
  for (std::string_view c : columns) keys.emplace_back(c.data(), c.size());
  for (const Indicator& i : d.indicators) {
    const std::vector<vnextract::RecordCell> row = vnextract::RecordRow(d, i);
    py::dict r;
    for (std::size_t k = 0; k < row.size(); ++k) {
      switch (row[k].type) {
        case vnextract::RecordCell::Type::kNull:
          r[keys[k]] = py::none();
          break;
        case vnextract::RecordCell::Type::kText:
          r[keys[k]] = py::str(row[k].text);
          break;
        case vnextract::RecordCell::Type::kNumber:
          r[keys[k]] = py::float_(row[k].number);
          break;
      }
    }
    out.append(std::move(r));
  }
}

py::list Records(const Document& d) {
  py::list out;
  AppendRecords(d, out);
  return out;
}

// Records of many documents (an iterable of Document), in order.
py::list RecordsOf(const py::iterable& documents) {
  py::list out;
  for (py::handle item : documents) {
    if (!py::isinstance<Document>(item)) {
      throw py::type_error("to_records() takes Document objects, not " + TypeName(item));
    }
    AppendRecords(item.cast<const Document&>(), out);
  }
  return out;
}

// The CSV rows of many documents (an iterable of Document), in order.
std::string CsvRowsOf(const py::iterable& documents) {
  std::string out;
  for (py::handle item : documents) {
    if (!py::isinstance<Document>(item)) {
      throw py::type_error("csv_rows() takes Document objects, not " + TypeName(item));
    }
    out += vnextract::CsvRows(item.cast<const Document&>());
  }
  return out;
}

// ---- record attributes -------------------------------------------------------

// A field's value as Python sees it: enums as the pybind11 enums, dates as
// datetime.date, spans as (begin, end), lists as lists.
template <vnextract::record::Type kType, typename T>
py::object ToPython(const T& v) {
  using vnextract::record::Type;
  if constexpr (kType == Type::kInt) {
    return py::int_(v);
  } else if constexpr (kType == Type::kText || kType == Type::kSentence) {
    return py::str(v);
  } else if constexpr (kType == Type::kOptText) {
    return v ? py::object(py::str(*v)) : py::object(py::none());
  } else if constexpr (kType == Type::kName) {
    if constexpr (std::is_same_v<T, vnextract::DiagnosticCode>) {
      return py::str(std::string(vnextract::DiagnosticCodeName(v)));  // a str, as in JSON
    } else {
      return py::cast(v);
    }
  } else if constexpr (kType == Type::kNumber) {
    return v ? py::object(py::float_(*v)) : py::object(py::none());
  } else if constexpr (kType == Type::kSpan) {
    return SpanTuple(v);
  } else if constexpr (kType == Type::kIndex) {
    return v ? py::object(py::int_(*v)) : py::object(py::none());
  } else if constexpr (kType == Type::kDate) {
    return ToPyDate(v);
  } else {  // kTexts, kIndicators, kDiagnostics
    return py::cast(v);
  }
}

// One read-only property per field of the field table (record/fields.inc)
// that a record of kind kRecord has.
template <vnextract::record::Record kRecord, typename R, typename... Base>
void BindFields(py::class_<R, Base...>& cls) {
  using vnextract::record::Record;
  using vnextract::record::Type;
#define VNX_FIELD(rec, name, type, json, csv, doc)                                        \
  if constexpr (vnextract::record::Holds(kRecord, Record::rec)) {                         \
    cls.def_property_readonly(                                                            \
        #name, [](const R& r) { return ToPython<Type::type>(r.VNX_MEMBER(name)); }, doc); \
  }
#include "record/fields.inc"
#undef VNX_FIELD
}

// ---- records ---------------------------------------------------------------

void BindRecords(py::module_& m) {
  using vnextract::record::Record;
  py::class_<Quantity> quantity(m, "Quantity",
                                "A number with its unit, as find_quantities() reports it (no "
                                "label, period or kind). Read-only.");
  BindFields<Record::QUANTITY>(quantity);
  quantity
      .def(
          "to_dict", [](const Quantity& q) { return JsonLoads(vnextract::ToJson(q)); },
          "The JSON record as a dict (json.loads(quantity.to_json())).")
      .def(
          "to_json", [](const Quantity& q) { return vnextract::ToJson(q); },
          "The JSON record, one line.")
      .def("__repr__", &QuantityRepr);

  py::class_<Indicator, Quantity> indicator(
      m, "Indicator",
      "One mention of an indicator in a document: a Quantity read in context. "
      "Read-only.");
  BindFields<Record::INDICATOR>(indicator);
  indicator
      .def(
          "to_dict", [](const Indicator& i) { return JsonLoads(vnextract::ToJson(i)); },
          "The JSON record as a dict (json.loads(indicator.to_json())).")
      .def(
          "to_json", [](const Indicator& i) { return vnextract::ToJson(i); },
          "The JSON record, one line.")
      .def("__repr__", &IndicatorRepr);

  py::class_<Diagnostic> diagnostic(
      m, "Diagnostic", "Something that could not be found or looked doubtful. Read-only.");
  BindFields<Record::DIAGNOSTIC>(diagnostic);
  diagnostic.def("__repr__", [](const Diagnostic& d) {
    return "<Diagnostic " + std::string(vnextract::DiagnosticCodeName(d.code)) + ": " + d.message +
           ">";
  });

  py::class_<Document> document(m, "Document",
                                "Everything vnextract read from one page or text. Read-only.");
  BindFields<Record::DOCUMENT>(document);
  document
      .def(
          "to_dict", [](const Document& d) { return JsonLoads(vnextract::ToJson(d)); },
          "The JSON record as a dict (json.loads(document.to_json())).")
      .def(
          "to_json",
          [](const Document& d, std::optional<int> indent) {
            return indent ? vnextract::ToPrettyJson(d, *indent) : vnextract::ToJson(d);
          },
          py::arg("indent") = py::none(),
          "The JSON record: one line, or indented by `indent` spaces per level.")
      .def("to_records", &Records,
           "One flat dict per indicator, ready for pandas.DataFrame(doc.to_records()).\n\n"
           "Keys, in order: vnextract.RECORD_FIELDS (the extract CLI's CSV columns).\n"
           "Text fields are str, enums their JSON names ('body', 'more_than'),\n"
           "published 'YYYY-MM-DD', numbers float; missing values are None.")
      .def(
          "to_csv", [](const Document& d) { return vnextract::CsvRows(d); },
          "The extract CLI's CSV rows of this document (no header; see vnextract.csv_header()).")
      .def(
          "without_restatements",
          [](const Document& d) {
            Document unique = d;
            std::erase_if(unique.indicators, [](const Indicator& i) { return i.restates; });
            return unique;
          },
          "A copy without the indicators that restate another (a title or lead figure\n"
          "repeated further down, Indicator.restates set): each fact once, as the extract\n"
          "CLI's --unique writes it.")
      .def("__repr__", &DocumentRepr);
}

// ---- options and extractor -------------------------------------------------

py::object OptionsRepr(const vnextract::Options& o) {
  return py::str(
             "Options(max_input_bytes={}, reference_date={!r}, max_parse_bytes={}, "
             "max_paragraphs={}, max_indicators={})")
      .format(o.max_input_bytes, ToPyDate(o.reference_date), o.max_parse_bytes, o.max_paragraphs,
              o.max_indicators);
}

void BindExtractor(py::module_& m) {
  py::class_<vnextract::Options>(
      m, "Options",
      "Settings of an Extractor. A plain value: change the attributes, then pass it to\n"
      "Extractor(options); the Extractor keeps its own copy.")
      .def(py::init([](std::size_t max_input_bytes, const py::object& reference_date,
                       std::size_t max_parse_bytes, std::size_t max_paragraphs,
                       std::size_t max_indicators) {
             vnextract::Options o;
             o.max_input_bytes = max_input_bytes;
             o.reference_date = PublishedArg(reference_date);
             o.max_parse_bytes = max_parse_bytes;
             o.max_paragraphs = max_paragraphs;
             o.max_indicators = max_indicators;
             return o;
           }),
           py::kw_only(), py::arg("max_input_bytes") = vnextract::Options{}.max_input_bytes,
           py::arg("reference_date") = py::none(),
           py::arg("max_parse_bytes") = vnextract::Options{}.max_parse_bytes,
           py::arg("max_paragraphs") = vnextract::Options{}.max_paragraphs,
           py::arg("max_indicators") = vnextract::Options{}.max_indicators,
           "Options(*, max_input_bytes=16 MiB, reference_date=None, max_parse_bytes=1 GiB,\n"
           "        max_paragraphs=50000, max_indicators=100000)")
      .def_readwrite("max_input_bytes", &vnextract::Options::max_input_bytes,
                     "Inputs over this many bytes raise InputTooLargeError (default 16 MiB).")
      .def_readwrite("max_parse_bytes", &vnextract::Options::max_parse_bytes,
                     "Most memory the HTML parser may hold for one page; a page that needs\n"
                     "more raises InputTooLargeError (default 1 GiB).")
      .def_readwrite("max_paragraphs", &vnextract::Options::max_paragraphs,
                     "Body paragraphs read per document; past it the rest is left out and\n"
                     "the document gets the diagnostic 'paragraphs_cut'.")
      .def_readwrite("max_indicators", &vnextract::Options::max_indicators,
                     "Indicators per document; past it the diagnostic 'indicators_cut'.")
      .def_property(
          "reference_date", [](const vnextract::Options& o) { return ToPyDate(o.reference_date); },
          [](vnextract::Options& o, const py::object& date) {
            o.reference_date = PublishedArg(date);
          },
          "Periods of undated pages resolve against this datetime.date (None: they stay\n"
          "unresolved). It is not copied into Document.published.")
      .def("__repr__", &OptionsRepr);

  py::class_<vnextract::Extractor>(
      m, "Extractor",
      "An extractor with its own Options, for repeated use. Immutable: share one\n"
      "across threads (extraction releases the GIL). The module-level functions\n"
      "use an Extractor with default Options.")
      .def(py::init([](const std::optional<vnextract::Options>& options) {
             return CreateExtractor(options.value_or(vnextract::Options{}));
           }),
           py::arg("options") = py::none(),
           "Extractor(options: Options | None = None). Raises InvalidArgumentError for\n"
           "options out of range (max_input_bytes == 0).")
      .def_property_readonly(
          "options", [](const vnextract::Extractor& e) { return e.options(); },
          "A copy of the Options this extractor was made with.")
      .def("extract_html", &ExtractHtml, py::arg("html"), py::arg("source") = py::none(),
           py::arg("published") = py::none(), "As vnextract.extract_html(), with these options.")
      .def("extract_text", &ExtractText, py::arg("text"), py::arg("source") = py::none(),
           py::arg("published") = py::none(), "As vnextract.extract_text(), with these options.")
      .def("find_quantities", &FindQuantities, py::arg("text"),
           "As vnextract.find_quantities(), with these options.")
      .def("__repr__", [](const vnextract::Extractor& e) {
        return "Extractor(" + OptionsRepr(e.options()).cast<std::string>() + ")";
      });
}

constexpr const char* kModuleDoc =
    R"doc(Typed economic indicators from Vietnamese government news-portal pages.

The compiled core of the `vnextract` package; import `vnextract`, not this.

    >>> import vnextract
    >>> doc = vnextract.extract_html(open("page.html", "rb").read(), source="page.html")
    >>> for ind in doc.indicators:
    ...     print(ind.label, ind.value, ind.unit, ind.qualifier, ind.period)

Errors: input that cannot be used raises vnextract.Error (EncodingError for
bytes that are not UTF-8, InputTooLargeError over the size limit,
InvalidArgumentError for a bad argument such as published="2022-13-45").
Content problems (no date, no title) are Document.diagnostics, not errors.
Extraction releases the GIL; the functions may be called from many threads.)doc";

constexpr const char* kExtractHtmlDoc =
    R"doc(extract_html(html: str | bytes, source: str | None = None, published: datetime.date | str | None = None) -> Document

Extract a news-portal page.

html:      the page, as str or bytes. Bytes may be UTF-8 (a BOM is allowed),
           UTF-16 with a BOM, or the charset the page declares in <meta>
           (windows-1258 ...); vnextract.decode_html(html) returns the text
           that spans index. Spans are byte offsets into that UTF-8 text (for
           a str: into html.encode()).
source:    a path, URL or id, copied into Document.source.
published: the publication date (datetime.date or "YYYY-MM-DD"), e.g. the
           date a crawler recorded; overrides the date printed on the page.

    >>> doc = vnextract.extract_html(open("page.html", "rb").read(), source="page.html")
    >>> for i in doc.indicators:
    ...     print(i.label, i.value, i.unit, i.qualifier, i.period, i.kind)

Raises EncodingError (bytes in no charset vnextract can read),
InputTooLargeError (over Options.max_input_bytes, 16 MiB by default),
InvalidArgumentError (a published date that does not exist) -- all
subclasses of vnextract.Error.)doc";

constexpr const char* kExtractTextDoc =
    R"doc(extract_text(text: str | bytes, source: str | None = None, published: datetime.date | str | None = None) -> Document

Extract a plain-text dump of a page (one block per line; SharePoint web-part
titles such as "PublishingPortal - Block_BanTin_Toolbar" are recognised).

text:      the dump, as str or as UTF-8 bytes.
source:    a path, URL or id, copied into Document.source.
published: the publication date (datetime.date or "YYYY-MM-DD"); overrides
           any date found in the text. Periods such as "6 tháng đầu năm"
           resolve against it.

Raises EncodingError, InputTooLargeError, and InvalidArgumentError (also a
ValueError) for a published string that is not a real date.)doc";

constexpr const char* kDecodeHtmlDoc =
    R"doc(decode_html(html: str | bytes) -> str

The text extract_html() reads from the bytes of a page: the charset found by
the byte-order mark, valid UTF-8, the page's <meta> declaration, or a
windows-1258/1252 guess. Indicator spans are UTF-8 byte offsets into
decode_html(html).encode(), so a page that was not UTF-8 can be highlighted:

    >>> text = vnextract.decode_html(page_bytes).encode()
    >>> text[ind.span[0]:ind.span[1]].decode() == ind.surface

Raises EncodingError for broken UTF-8 or a charset that cannot be converted.)doc";

constexpr const char* kToRecordsDoc =
    R"doc(to_records(documents: Iterable[Document]) -> list[dict]

The flat records (Document.to_records()) of many documents, in order:

    >>> docs = [vnextract.extract_html(p.read_bytes(), source=str(p)) for p in pages]
    >>> pandas.DataFrame(vnextract.to_records(docs), columns=vnextract.RECORD_FIELDS)

vnextract.to_dataframe(documents) does the same and imports pandas only then.)doc";

constexpr const char* kFindQuantitiesDoc =
    R"doc(find_quantities(text: str | bytes) -> list[Quantity]

Every quantity (a number with its scale word and unit) in `text`, in order,
without labels, periods or kinds:

    >>> vnextract.find_quantities("giá trị xuất khẩu hơn 14,9 triệu USD")
    [<Quantity 14900000 USD more_than surface='14,9 triệu USD'>]

Raises EncodingError for bytes that are not UTF-8 and InputTooLargeError
over the size limit.)doc";

}  // namespace

PYBIND11_MODULE(_vnextract, m) {
  m.doc() = kModuleDoc;

  py::exception<Error>& error = py::register_local_exception<Error>(m, "Error", PyExc_Exception);
  error.doc() = "Base class of every vnextract error.";
  {
    // EncodingError and InvalidArgumentError are ValueErrors too.
    const py::tuple value_error = py::make_tuple(error, py::handle(PyExc_ValueError));
    auto& encoding = py::register_local_exception<EncodingError>(m, "EncodingError", value_error);
    encoding.doc() = "The input is not valid UTF-8 (also a ValueError).";
    auto& invalid =
        py::register_local_exception<InvalidArgumentError>(m, "InvalidArgumentError", value_error);
    invalid.doc() = "An argument is out of its domain, e.g. a date that does not exist.";
  }
  auto& too_large =
      py::register_local_exception<InputTooLargeError>(m, "InputTooLargeError", error);
  too_large.doc() = "The input is larger than the extractor accepts (16 MiB).";

  BindEnums(m);
  BindRecords(m);
  BindExtractor(m);

  {
    // The docstrings carry hand-written signatures (str | bytes, datetime.date)
    // that pybind11 cannot derive from py::object parameters.
    py::options options;
    options.disable_function_signatures();
    m.def(
        "extract_html",
        [](const py::object& html, const std::optional<std::string>& source,
           const py::object& published) {
          return ExtractHtml(DefaultExtractor(), html, source, published);
        },
        py::arg("html"), py::arg("source") = py::none(), py::arg("published") = py::none(),
        kExtractHtmlDoc);
    m.def(
        "extract_text",
        [](const py::object& text, const std::optional<std::string>& source,
           const py::object& published) {
          return ExtractText(DefaultExtractor(), text, source, published);
        },
        py::arg("text"), py::arg("source") = py::none(), py::arg("published") = py::none(),
        kExtractTextDoc);
    m.def(
        "find_quantities",
        [](const py::object& text) { return FindQuantities(DefaultExtractor(), text); },
        py::arg("text"), kFindQuantitiesDoc);
    m.def("decode_html", &DecodeHtml, py::arg("html"), kDecodeHtmlDoc);
    m.def("to_records", &RecordsOf, py::arg("documents"), kToRecordsDoc);
    m.def(
        "csv_header", [] { return vnextract::CsvHeader(); },
        "csv_header() -> str\n\nThe CSV header line the extract CLI writes (ends in a newline).");
    m.def("csv_rows", &CsvRowsOf, py::arg("documents"),
          "csv_rows(documents: Iterable[Document]) -> str\n\nThe CSV rows of many documents, "
          "byte for byte as the extract CLI writes them (no header).");
    m.def(
        "format_number", [](double v) { return vnextract::FormatNumber(v); }, py::arg("value"),
        "format_number(value: float) -> str\n\nA number as JSON and CSV write it: plain and "
        "exact (664000000000, 0.00000015).");
  }
  {
    const std::span<const std::string_view> columns = vnextract::RecordColumns();
    py::tuple fields(columns.size());
    for (std::size_t i = 0; i < columns.size(); ++i) {
      fields[i] = py::str(columns[i].data(), columns[i].size());
    }
    m.attr("RECORD_FIELDS") = fields;
  }

  m.attr("version") = vnextract::kVersion;
  m.attr("__version__") = vnextract::kVersion;
  m.attr("SCHEMA_VERSION") = vnextract::kSchemaVersion;

  // Build the lexicons now: an import error beats a failure on the first page.
  (void)DefaultExtractor();
}
