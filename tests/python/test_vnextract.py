# Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
"""Tests of the vnextract Python module on the bundled seed article.

Run from the repository root, against a build made with VNEXTRACT_BUILD_PYTHON=ON:

    PYTHONPATH=build/py/python /usr/bin/python3 -m pytest -q tests/python

Every expected value below was read off the Vietnamese text of
data/seed/seed-page.html by hand (published 02/08/2022, so "6 tháng đầu năm"
is 2022-H1), not copied from the program's output.
"""

import datetime
import json
import threading
from pathlib import Path

import pytest

import vnextract
from vnextract import Kind, Qualifier, Section

SEED = Path(__file__).resolve().parents[2] / "data" / "seed"
HTML_PATH = SEED / "seed-page.html"
TEXT_PATH = SEED / "000_af0604fd0860093f.txt"


@pytest.fixture(scope="module")
def html():
    return HTML_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def text():
    return TEXT_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def doc(html):
    return vnextract.extract_html(html, source=str(HTML_PATH))


@pytest.fixture(scope="module")
def text_doc(text):
    return vnextract.extract_text(text, source=str(TEXT_PATH))


def find(doc, label, section=Section.BODY):
    found = [i for i in doc.indicators if i.label == label and i.section == section]
    assert len(found) == 1, (label, section, doc.indicators)
    return found[0]


def key(ind):
    return (ind.label, ind.value, ind.unit, ind.qualifier, ind.period, ind.kind)


# ---- module surface ---------------------------------------------------------


def test_public_names():
    for name in vnextract.__all__:
        assert hasattr(vnextract, name), name
    assert vnextract.__version__ == vnextract.version
    assert vnextract.version.count(".") == 2
    assert vnextract.SCHEMA_VERSION == 1


def test_exception_hierarchy():
    assert issubclass(vnextract.Error, Exception)
    for cls in (
        vnextract.EncodingError,
        vnextract.InputTooLargeError,
        vnextract.InvalidArgumentError,
    ):
        assert issubclass(cls, vnextract.Error)
    assert issubclass(vnextract.EncodingError, ValueError)
    assert issubclass(vnextract.InvalidArgumentError, ValueError)
    assert vnextract.EncodingError.__module__ == "vnextract"


def test_enum_members_and_str():
    assert [m for m in Section.__members__] == ["TITLE", "LEAD", "BODY", "CAPTION", "TABLE"]
    assert list(Qualifier.__members__) == [
        "EXACT",
        "MORE_THAN",
        "LESS_THAN",
        "NEARLY",
        "APPROX",
        "AT_LEAST",
        "AT_MOST",
        "RANGE",
    ]
    assert list(Kind.__members__) == ["ACTUAL", "ESTIMATE", "TARGET", "CHANGE", "RATIO"]
    # str() is the JSON name; every member's name is that name in upper case.
    for enum in (Section, Qualifier, Kind):
        for name, member in enum.__members__.items():
            assert str(member) == name.lower()
    assert f"{Qualifier.MORE_THAN}" == "more_than"


def test_docstrings_are_useful():
    assert "html: str | bytes" in vnextract.extract_html.__doc__
    assert "published" in vnextract.extract_text.__doc__
    assert "list[Quantity]" in vnextract.find_quantities.__doc__
    assert vnextract.__doc__ and vnextract._vnextract.__doc__


# ---- the seed page ------------------------------------------------------------


def test_seed_page_metadata(doc):
    assert doc.source == str(HTML_PATH)
    assert doc.layout == "sharepoint_bantin"
    assert doc.published == datetime.date(2022, 8, 2)
    assert isinstance(doc.published, datetime.date)
    assert doc.published_text == "02/08/2022"
    assert doc.author == "Hương Lan"
    assert doc.title == (
        "Ban Quản lý các Khu công nghiệp tỉnh phấn đấu tổng sản phẩm năm 2022 "
        "đạt trên 1.500 tỷ đồng"
    )
    assert doc.lead.startswith("Từ đầu năm đến nay, Ban Quản lý các Khu công nghiệp tỉnh")
    # Six body paragraphs in the article; the byline is not one of them.
    assert len(doc.paragraphs) == 6
    assert doc.paragraphs[-1].endswith("hoạt động hiệu quả./.")
    assert all("Hương Lan" not in p for p in doc.paragraphs)


def test_plywood_output(doc):
    # "Trong 6 tháng đầu năm, sản lượng gỗ dán đạt hơn 64.000 m3"
    ind = find(doc, "sản lượng gỗ dán")
    assert ind.section == Section.BODY
    assert ind.value == 64000
    assert ind.unit == "m3"
    assert ind.qualifier == Qualifier.MORE_THAN
    assert ind.period == "2022-H1"
    assert ind.kind == Kind.ACTUAL
    assert ind.compare_to is None
    assert ind.value_min is None and ind.value_max is None
    assert ind.surface == "64.000 m3"
    assert "sản lượng gỗ dán đạt hơn 64.000 m3" in ind.sentence


def test_revenue_and_exports(doc):
    # "tổng doanh thu hơn 664 tỷ đồng"
    revenue = find(doc, "tổng doanh thu")
    assert (revenue.value, revenue.unit, revenue.qualifier) == (
        664_000_000_000,
        "VND",
        Qualifier.MORE_THAN,
    )
    assert (revenue.period, revenue.kind) == ("2022-H1", Kind.ACTUAL)
    assert revenue.surface == "664 tỷ đồng"
    # "giá trị xuất khẩu hơn 14,9 triệu USD"
    exports = find(doc, "giá trị xuất khẩu")
    assert (exports.value, exports.unit, exports.qualifier) == (
        14_900_000,
        "USD",
        Qualifier.MORE_THAN,
    )
    assert (exports.period, exports.kind) == ("2022-H1", Kind.ACTUAL)
    assert exports.surface == "14,9 triệu USD"


def test_first_half_sentence(doc):
    # The sentence "Trong 6 tháng đầu năm, ..." lists eight results, all 2022-H1:
    # hơn 64.000 m3; hơn 352 tấn; 2.900 tấn; gần 410 tấn; 13.500.000 sản phẩm;
    # hơn 664 tỷ đồng; hơn 14,9 triệu USD; hơn 1.200 lao động.
    h1 = [
        i
        for i in doc.indicators
        if i.section == Section.BODY and i.sentence.startswith("Trong 6 tháng đầu năm")
    ]
    assert [(i.value, i.qualifier) for i in h1] == [
        (64_000, Qualifier.MORE_THAN),
        (352, Qualifier.MORE_THAN),
        (2_900, Qualifier.EXACT),
        (410, Qualifier.NEARLY),
        (13_500_000, Qualifier.EXACT),
        (664_000_000_000, Qualifier.MORE_THAN),
        (14_900_000, Qualifier.MORE_THAN),
        (1_200, Qualifier.MORE_THAN),
    ]
    assert [i.unit for i in h1[:4]] == ["m3", "tonne", "tonne", "tonne"]
    assert [i.unit for i in h1[5:7]] == ["VND", "USD"]
    assert all(i.period == "2022-H1" and i.kind == Kind.ACTUAL for i in h1)


def test_targets_for_2022(doc):
    # "Phấn đấu năm 2022, giá trị tổng sản phẩm ước đạt trên 1.500 tỷ đồng; kim
    # ngạch xuất nhập khẩu hàng hóa ước đạt khoảng 30 triệu USD; đóng góp ngân
    # sách địa phương ước đạt 30 tỷ đồng; tạo việc làm cho khoảng 1.500 lao động;
    # thu tiền sử dụng hạ tầng, dịch vụ công ích 2,6 tỷ đồng đạt 100% kế hoạch."
    plan = [i for i in doc.indicators if i.sentence.startswith("Phấn đấu năm 2022")]
    assert [(i.value, i.unit, i.qualifier) for i in plan if i.unit != "percent"][:3] == [
        (1_500_000_000_000, "VND", Qualifier.MORE_THAN),
        (30_000_000, "USD", Qualifier.APPROX),
        (30_000_000_000, "VND", Qualifier.EXACT),
    ]
    assert all(i.period == "2022" for i in plan)
    fee = [i for i in plan if i.surface == "2,6 tỷ đồng"]
    assert len(fee) == 1
    assert (fee[0].value, fee[0].unit, fee[0].kind) == (2_600_000_000, "VND", Kind.TARGET)


def test_ratio_to_plan(doc):
    # "... 2,6 tỷ đồng đạt 100% kế hoạch": 100 percent of the plan.
    ratios = [i for i in doc.indicators if i.kind == Kind.RATIO]
    assert len(ratios) == 1
    ratio = ratios[0]
    assert ratio.value == 100
    assert ratio.unit == "percent"
    assert ratio.compare_to == "plan"
    assert ratio.section == Section.BODY
    assert "100%" in ratio.surface


def test_title_and_caption(doc):
    # Title: "... phấn đấu tổng sản phẩm năm 2022 đạt trên 1.500 tỷ đồng" (a target).
    title = [i for i in doc.indicators if i.section == Section.TITLE]
    assert [(i.value, i.unit, i.qualifier, i.period, i.kind) for i in title] == [
        (1_500_000_000_000, "VND", Qualifier.MORE_THAN, "2022", Kind.TARGET)
    ]
    # Caption: "Sản lượng gỗ dán tại KCN Thanh Bình đạt hơn 64.000 m3 trong 6 tháng đầu năm".
    caption = [i for i in doc.indicators if i.section == Section.CAPTION]
    assert [(i.value, i.unit, i.qualifier, i.period) for i in caption] == [
        (64_000, "m3", Qualifier.MORE_THAN, "2022-H1")
    ]


def test_spans_slice_the_input(doc, html):
    data = html.encode("utf-8")
    assert doc.indicators
    for ind in doc.indicators:
        begin, end = ind.span
        assert isinstance(begin, int) and isinstance(end, int)
        assert 0 <= begin < end <= len(data)
        assert data[begin:end].decode("utf-8") == ind.surface


def test_spans_slice_the_text_dump(text_doc, text):
    data = text.encode("utf-8")
    for ind in text_doc.indicators:
        begin, end = ind.span
        assert data[begin:end].decode("utf-8") == ind.surface


def test_no_figures_from_chrome_or_noise(doc, html):
    # "Covid 19", "ISO 9001: 2015", the years, the related news ("2 dự án mới với
    # tổng vốn 350 tỷ đồng", "120 công nhân") and the footer ("(0209) 3 870 456",
    # "Giấy phép số 25/GP-TTĐT", "Số lượt truy cập: 1.254.387") are not indicators.
    forbidden = {
        350_000_000_000,
        1_254_387,
        3_870_456,
        870_456,
        9001,
        2015,
        19,
        2021,
        2022,
        120,
        25,
        209,
    }
    values = {i.value for i in doc.indicators}
    assert not values & forbidden, [i for i in doc.indicators if i.value in forbidden]
    related_news = html.encode("utf-8").index(b"Block_BanTin_TinKhac")
    assert all(i.span[1] < related_news for i in doc.indicators)


def test_to_dict_is_the_json(doc):
    d = doc.to_dict()
    assert d == json.loads(doc.to_json())
    assert list(d) == list(json.loads(doc.to_json()))  # same key order
    assert d["published"] == "2022-08-02"
    assert d["schema_version"] == vnextract.SCHEMA_VERSION
    assert len(d["indicators"]) == len(doc.indicators)
    for ind, record in zip(doc.indicators, d["indicators"]):
        assert ind.to_dict() == record == json.loads(ind.to_json())
        assert list(ind.to_dict()) == list(record)
        assert record["label"] == ind.label
        assert record["qualifier"] == str(ind.qualifier)
        assert record["kind"] == str(ind.kind)
        assert record["section"] == str(ind.section)
        assert tuple(record["span"]) == ind.span
    # The 664 tỷ đồng revenue is an integer in JSON, not 6.64e+11.
    assert '"value":664000000000' in doc.to_json()
    pretty = doc.to_json(indent=2)
    assert "\n" in pretty and json.loads(pretty) == d


def test_text_dump_matches_html(doc, text_doc):
    assert text_doc.layout == "text"
    assert text_doc.published == datetime.date(2022, 8, 2)
    assert text_doc.author == "Hương Lan"
    assert text_doc.title == doc.title
    html_body = [key(i) for i in doc.indicators if i.section == Section.BODY]
    text_body = [key(i) for i in text_doc.indicators if i.section == Section.BODY]
    assert html_body
    assert text_body == html_body


def test_str_and_bytes_inputs_agree(doc, html):
    from_bytes = vnextract.extract_html(html.encode("utf-8"), source=str(HTML_PATH))
    assert from_bytes.to_json() == doc.to_json()
    no_source = vnextract.extract_html(html)
    assert no_source.source == ""
    assert vnextract.extract_html(bytearray(html.encode("utf-8"))).to_json() == no_source.to_json()


def test_extract_text_published_argument(text):
    # A date given by the caller overrides the one in the dump.
    as_date = vnextract.extract_text(text, published=datetime.date(2023, 8, 2))
    as_str = vnextract.extract_text(text, published="2023-08-02")
    assert as_date.published == datetime.date(2023, 8, 2)
    assert as_date.to_json() == as_str.to_json()
    assert find(as_date, "sản lượng gỗ dán").period == "2023-H1"


def test_find_quantities():
    found = vnextract.find_quantities("giá trị xuất khẩu hơn 14,9 triệu USD")
    assert len(found) == 1
    q = found[0]
    assert q.value == 14_900_000
    assert q.unit == "USD"
    assert q.qualifier == Qualifier.MORE_THAN
    assert q.surface == "14,9 triệu USD"
    data = "giá trị xuất khẩu hơn 14,9 triệu USD".encode("utf-8")
    assert data[q.span[0] : q.span[1]].decode("utf-8") == q.surface
    assert q.to_dict() == json.loads(q.to_json())
    assert q.to_dict()["value"] == 14_900_000
    assert vnextract.find_quantities("không có số nào") == []
    assert vnextract.find_quantities(b"") == []


def test_repr(doc):
    ind = find(doc, "sản lượng gỗ dán")
    r = repr(ind)
    assert r.startswith("<Indicator ") and r.endswith(">")
    assert "sản lượng gỗ dán" in r
    assert "64000" in r and "m3" in r and "more_than" in r and "2022-H1" in r
    assert repr(doc).startswith("<Document title=")
    assert f"indicators={len(doc.indicators)}" in repr(doc)
    q = vnextract.find_quantities("hơn 14,9 triệu USD")[0]
    assert "14,9 triệu USD" in repr(q)


def test_records_are_read_only(doc):
    ind = doc.indicators[0]
    with pytest.raises(AttributeError):
        ind.value = 1
    with pytest.raises(AttributeError):
        doc.title = "x"


def test_indicator_outlives_document(html):
    ind = vnextract.extract_html(html).indicators[2]
    label = ind.label
    import gc

    gc.collect()
    assert ind.label == label and ind.to_dict()["label"] == label


# ---- errors -------------------------------------------------------------------


def test_invalid_utf8_bytes():
    with pytest.raises(vnextract.EncodingError) as info:
        vnextract.extract_html(b"\xff\xfe bad")
    assert isinstance(info.value, vnextract.Error)
    assert isinstance(info.value, ValueError)
    assert "UTF-8" in str(info.value)
    with pytest.raises(vnextract.EncodingError):
        vnextract.extract_text(b"<p>t\xe1\xbb</p>")
    with pytest.raises(vnextract.EncodingError):
        vnextract.find_quantities(b"hon 5 t\xff")


def test_unencodable_str():
    with pytest.raises(vnextract.EncodingError):
        vnextract.extract_html("lone surrogate \ud800")


def test_bad_published_date(text):
    with pytest.raises(vnextract.Error) as info:
        vnextract.extract_text(text, published="2022-13-45")
    assert isinstance(info.value, vnextract.InvalidArgumentError)
    assert isinstance(info.value, ValueError)
    assert "2022-13-45" in str(info.value)
    with pytest.raises(vnextract.InvalidArgumentError):
        vnextract.extract_text(text, published="2023-02-29")
    with pytest.raises(TypeError):
        vnextract.extract_text(text, published=20220802)


def test_wrong_input_type():
    with pytest.raises(TypeError):
        vnextract.extract_html(12345)
    with pytest.raises(TypeError):
        vnextract.find_quantities(None)


def test_input_too_large():
    big = b"a" * ((16 << 20) + 1)
    with pytest.raises(vnextract.InputTooLargeError):
        vnextract.extract_html(big)
    with pytest.raises(vnextract.InputTooLargeError):
        vnextract.find_quantities(big)


# ---- threads ------------------------------------------------------------------


def test_threads_give_identical_results(html):
    expected = vnextract.extract_html(html).to_json()
    results = [[] for _ in range(4)]
    errors = []

    def work(out):
        try:
            for _ in range(20):
                out.append(vnextract.extract_html(html).to_json())
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(r,)) for r in results]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert all(len(r) == 20 for r in results)
    assert all(j == expected for r in results for j in r)


def test_find_quantities_grammar_from_python():
    # "từ 15 đến 20 dự án": a range of projects, both bounds set, value None.
    (r,) = vnextract.find_quantities("thu hút từ 15 đến 20 dự án")
    assert (r.value, r.value_min, r.value_max) == (None, 15, 20)
    assert r.unit == "project" and r.qualifier == vnextract.Qualifier.RANGE
    assert r.surface == "từ 15 đến 20 dự án"
    assert r.to_dict()["value_min"] == 15 and r.to_dict()["qualifier"] == "range"
    # "hai mươi mốt nghìn không trăm mười một" = 21 011, a plain number.
    (n,) = vnextract.find_quantities("hai mươi mốt nghìn không trăm mười một")
    assert n.value == 21011 and n.unit == ""
    # "không quá 95 tỷ đồng": at most 95 billion đồng.
    (m,) = vnextract.find_quantities("không quá 95 tỷ đồng")
    assert (m.value, m.unit, str(m.qualifier)) == (95e9, "VND", "at_most")
    # Years, dates, document numbers and periods are not quantities.
    assert vnextract.find_quantities("Quyết định số 1876/QĐ-UBND ngày 02/08/2022") == []
    assert vnextract.find_quantities("trong 6 tháng đầu năm 2022") == []
