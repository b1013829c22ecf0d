"""Every input kind and every bad-input kind gives documents or one clear coded error."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from wirecoder.errors import InputError
from wirecoder.ingest import NOTE_CODES, read_file, read_inputs
from wirecoder.records import Document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def read(*names: str, **kwargs) -> list[Document | InputError]:
    return list(read_inputs([str(FIXTURES / n) for n in names], **kwargs))


def docs(items) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def errors(items) -> list[InputError]:
    return [i for i in items if isinstance(i, InputError)]


def codes(items) -> list[str]:
    return [e.code for e in errors(items)]


def test_text_file_is_one_document_with_its_path_as_origin():
    items = read("article.txt")
    [doc] = items
    assert doc.text.startswith("Gunmen kidnapped 14 passengers")
    assert doc.id == Document.make_id(doc.text)
    assert doc.origin == str(FIXTURES / "article.txt")
    assert doc.published is None


def test_published_fills_a_missing_date_but_never_replaces_the_source_date():
    [txt] = read("article.txt", published=date(2025, 11, 30))
    assert txt.published == date(2025, 11, 30)
    [html] = read("article.html", published=date(2025, 11, 30))
    assert html.published == date(2025, 10, 14)


def test_html_keeps_body_title_date_url_and_publisher_without_boilerplate():
    [doc] = read("article.html")
    assert "M23 rebel group agreed on Monday to a ceasefire" in doc.text
    assert "Subscribe now" not in doc.text and "All rights reserved" not in doc.text
    assert "Home" not in doc.text.split()
    assert doc.title == "Ceasefire agreed in eastern Congo"
    assert doc.published == date(2025, 10, 14)
    assert doc.url == "https://lakeside.example/news/ceasefire-eastern-congo"
    assert doc.publisher == "Lakeside Herald"


def test_html_page_without_article_text_is_w108():
    assert codes(read("no_article.html")) == ["W108"]


def test_jsonl_rows_keep_metadata_and_bad_lines_are_reported_by_line():
    items = read("corpus.jsonl")
    good = docs(items)
    assert [d.origin.rsplit(":", 1)[1] for d in good] == ["line 1", "line 3", "line 7"]
    first = good[0]
    assert (first.url, first.title, first.published, first.publisher) == (
        "https://wire.example/1", "Mass arrests", date(2025, 11, 21), "Wire")
    by_line = {e.fields["origin"].rsplit(":", 1)[1]: e for e in errors(items)}
    assert by_line["line 4"].code == "W104"  # malformed JSON
    assert by_line["line 5"].code == "W104" and "list" in str(by_line["line 5"])
    assert by_line["line 6"].code == "W105" and "title" in str(by_line["line 6"])
    # invalid dates keep the document, without a date, and say so
    assert by_line["line 3"].code == "W117" and "February 30th" in str(by_line["line 3"])
    assert by_line["line 7"].code == "W117" and "28 days" in str(by_line["line 7"])
    assert good[1].published is None and good[2].published is None
    assert "corpus.jsonl:line 4" in str(by_line["line 4"])


def test_csv_headers_are_case_insensitive_and_extra_columns_are_ignored():
    items = read("corpus.csv")
    good = docs(items)
    assert [d.origin.rsplit(":", 1)[1] for d in good] == ["row 1", "row 2", "row 4"]
    talks = good[0]
    assert talks.title == "Talks resume" and talks.published == date(2025, 11, 24)
    assert talks.url == "https://wire.example/2" and talks.publisher == "Wire"
    assert good[2].text.startswith("Rebels said they had seized the airport, a claim")
    assert good[1].published is None and good[1].url is None
    assert sorted(codes(items)) == ["W105", "W117"]
    [w117] = [e for e in errors(items) if e.code == "W117"]
    assert w117.fields["origin"].endswith("corpus.csv:row 2")


def test_broken_csv_quoting_names_the_line_and_keeps_rows_before_it():
    items = read("broken.csv")
    assert [d.text for d in docs(items)] == ["Rows before the break are kept."]
    [error] = errors(items)
    assert error.code == "W111" and "broken.csv:line" in str(error)


def test_csv_without_a_text_column_says_which_columns_it_has():
    [error] = read("no_text_column.csv")
    assert error.code == "W105" and "'headline'" in str(error)


def test_rss_entries_become_documents_with_link_title_date_and_feed_title():
    items = read("feed.rss")
    good = docs(items)
    assert len(good) == 2
    strike = good[0]
    assert strike.text == ("A drone strike set a fuel depot on fire near the port overnight, "
                           "officials said.")
    assert strike.url == "https://frontline.example/drone-strike"
    assert strike.title == "Drone strike hits fuel depot"
    assert strike.published == date(2025, 11, 30)
    assert strike.publisher == "Frontline Wire"
    assert strike.origin.endswith("feed.rss:entry 1")
    [error] = errors(items)
    assert error.code == "W105" and error.fields["origin"].endswith("entry 3")


def test_atom_entry_prefers_full_content_over_summary():
    [doc] = read("feed.atom")
    assert doc.text.startswith("Artillery shelled two villages")
    assert doc.published == date(2025, 11, 28)
    assert doc.url == "https://border.example/shelling"


def test_truncated_feed_reports_the_break_and_keeps_complete_entries():
    items = read("truncated.xml")
    assert "W114" in codes(items)
    assert any("tear gas" in d.text for d in docs(items))


def test_xml_that_is_not_a_feed_is_w114():
    assert codes(read("not_a_feed.xml")) == ["W114"]


@pytest.mark.parametrize("name, code", [
    ("empty.txt", "W102"),
    ("blank.txt", "W102"),
    ("binary.txt", "W103"),
    ("report.html", "W103"),  # a PDF with the wrong suffix
    ("notes.docx", "W109"),
    ("missing.txt", "W101"),
])
def test_bad_files_get_one_coded_error_naming_the_file(name, code):
    [error] = read(name)
    assert error.code == code
    assert name in str(error)
    assert str(error).startswith(f"[{code}] ")


def test_binary_error_says_why():
    [error] = read("report.html")
    assert "PDF" in str(error)


def test_giant_file_is_refused_before_reading(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("word " * 1000)
    [error] = list(read_inputs([str(big)], max_bytes=1000))
    assert error.code == "W106" and "5000" in str(error) and "1000" in str(error)


def test_cp1252_text_is_decoded_with_a_note():
    items = read("latin1.txt")
    assert codes(items) == ["W115"] and "cp1252" in str(items[0])
    [doc] = docs(items)
    assert "condamné" in doc.text and "à Bamako, où" in doc.text


def test_utf8_bom_and_utf16_are_decoded_without_a_note():
    items = read("bom.txt", "utf16.txt")
    assert codes(items) == []
    bom, utf16 = docs(items)
    assert bom.text.startswith("Officials in Kyiv")
    assert utf16.text.startswith("Officials in Kyiv") and "31 drones" in utf16.text


def test_notes_come_before_the_document_they_are_about():
    items = read("corpus.jsonl")
    for i, item in enumerate(items):
        if isinstance(item, InputError) and item.code in NOTE_CODES:
            nxt = items[i + 1]
            assert isinstance(nxt, Document) and nxt.origin == item.fields["origin"]


def test_directory_is_read_recursively_in_order_skipping_hidden_and_duplicates():
    items = list(read_inputs([str(FIXTURES / "corpus")]))
    names = [Path(d.origin).name for d in docs(items)]
    assert names == ["a.txt", "c_base.txt", "e_other.txt"]
    assert not any("hidden" in (d.text + d.origin) for d in docs(items))
    by_name = {Path(e.fields["origin"]).name: e for e in errors(items)}
    assert by_name["README.md"].code == "W109"
    assert by_name["b_identical.txt"].code == "W116"
    assert "identical copy of" in str(by_name["b_identical.txt"])
    assert str(by_name["b_identical.txt"]).count("a.txt") == 1
    near = by_name["d_near.txt"]
    assert near.code == "W116" and "near-identical" in str(near) and "c_base.txt" in str(near)


def test_dedupe_can_be_turned_off():
    items = list(read_inputs([str(FIXTURES / "corpus")], dedupe=False))
    assert len(docs(items)) == 5


def test_duplicates_are_found_across_inputs_of_one_call():
    items = read("article.txt", "article.txt")
    assert len(docs(items)) == 1 and codes(items) == ["W116"]


def test_a_bad_input_does_not_stop_the_batch():
    items = read("missing.txt", "binary.txt", "article.txt", "empty.txt", "feed.atom")
    assert len(docs(items)) == 2
    assert codes(items) == ["W101", "W103", "W102"]


def test_json_array_and_single_object(tmp_path):
    array = tmp_path / "a.json"
    array.write_text('[{"text": "First report."}, {"text": "Second report."}, 7]')
    single = tmp_path / "one.json"
    single.write_text('{"text": "Only report.", "title": "One"}')
    lines = tmp_path / "lines.json"
    lines.write_text('{"text": "Line one."}\n{"text": "Line two."}\n')
    broken = tmp_path / "broken.json"
    broken.write_text('[{"text": "unterminated"')
    items = list(read_inputs([str(array), str(single), str(lines), str(broken)]))
    assert [d.text for d in docs(items)] == ["First report.", "Second report.", "Only report.",
                                            "Line one.", "Line two."]
    assert [d.origin.rsplit("/", 1)[1] for d in docs(items)][:2] == ["a.json:row 1",
                                                                     "a.json:row 2"]
    assert codes(items) == ["W104", "W104"]


def test_non_string_text_field_is_w105(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text('{"text": 42}\n')
    [error] = list(read_inputs([str(path)]))
    assert error.code == "W105" and "int" in str(error)


def test_read_file_does_not_deduplicate():
    items = list(read_file(str(FIXTURES / "corpus.csv")))
    assert len(docs(items)) == 3


def test_tsv(tmp_path):
    path = tmp_path / "x.tsv"
    path.write_text("text\tpublished\nA report, with a comma.\t2025-11-01\n")
    [doc] = list(read_inputs([str(path)]))
    assert doc.text == "A report, with a comma." and doc.published == date(2025, 11, 1)


def test_crlf_line_endings_are_normalised(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(b"First line.\r\nSecond line.\r\n")
    [doc] = list(read_inputs([str(path)]))
    assert doc.text == "First line.\nSecond line.\n"


def test_entity_expansion_and_external_entities_are_not_followed():
    items = read("laughs.xml", "external.xml")
    text = " ".join(d.text for d in docs(items))
    assert "lollol" not in text and len(text) < 200
    hostname = Path("/etc/hostname")
    if hostname.exists() and hostname.read_text().strip():
        assert "Leak: " + hostname.read_text().strip() not in text


def test_deeply_nested_json_is_w104_not_a_crash(tmp_path):
    deep = "[" * 100_000 + "]" * 100_000
    (tmp_path / "deep.jsonl").write_text('{"text": ' + deep + "}\n")
    (tmp_path / "deep.json").write_text(deep)
    items = list(read_inputs([str(tmp_path / "deep.jsonl"), str(tmp_path / "deep.json")]))
    assert codes(items) == ["W104", "W104"] and "nested too deeply" in str(items[0])


@pytest.mark.parametrize("data, expected", [
    (b"Plain report from standard input.", ["Plain report from standard input."]),
    (b'{"text": "Row one."}\n{"text": "Row two."}\n', ["Row one.", "Row two."]),
    ((FIXTURES / "feed.atom").read_bytes(), None),
])
def test_dash_reads_standard_input(monkeypatch, data, expected):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    items = list(read_inputs(["-"]))
    got = [d.text for d in docs(items)]
    if expected is None:
        assert len(got) == 1 and got[0].startswith("Artillery shelled")
    else:
        assert got == expected
    assert all(d.origin.startswith("<stdin>") for d in docs(items))
