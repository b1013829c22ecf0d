"""The language stage: spaCy parse, and a same-length truecased parse of single-case text."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from wirecoder.language import LanguageStage, expanded_span, parse, parse_text, span_root
from wirecoder.pipeline import Pipeline, PipelineOptions
from wirecoder.records import Analysis, Document
from wirecoder.truecase import needs_truecase, truecase

CAPS = ("SAN SALVADOR, 12 NOV 89 -- FMLN GUERRILLAS ATTACKED A NATIONAL GUARD POST IN "
        "USULUTAN DEPARTMENT ON MONDAY, KILLING THREE SOLDIERS. PRESIDENT ALFREDO CRISTIANI "
        "CONDEMNED THE ATTACK AND SAID I WILL NOT NEGOTIATE. THE GUERRILLAS USED M-16 RIFLES "
        "AND DYNAMITE. THE ARMY SAID IT HAD ARRESTED 12 SUSPECTS IN SAN MIGUEL IN MAY 1989.")
LOWER = CAPS.lower()
MIXED = ("FMLN guerrillas attacked a National Guard post in Usulutan department on Monday, "
         "killing three soldiers, the army said in San Salvador.")


def _doc(text: str) -> Document:
    return Document(id=Document.make_id(text), text=text, published=date(1989, 11, 12))


@pytest.fixture(scope="module")
def stage() -> LanguageStage:
    return LanguageStage(PipelineOptions())


# ---------------------------------------------------------------- detection
def test_single_case_text_is_detected() -> None:
    assert needs_truecase(CAPS)
    assert needs_truecase(LOWER)
    assert not needs_truecase(MIXED)
    assert not needs_truecase("NATO SUMMIT")  # too few letters to judge
    # ordinary news with few capitals stays untouched
    assert not needs_truecase("The attack killed one policeman and six civilians in the "
                              "market of the town, the police said on Friday.")


# ---------------------------------------------------------------- truecasing
@pytest.mark.parametrize("text", [CAPS, LOWER])
def test_truecase_keeps_length_and_letters(text: str) -> None:
    out = truecase(text)
    assert len(out) == len(text)
    assert out.lower() == text.lower()
    assert out.startswith("San Salvador")
    assert "FMLN guerrillas attacked" in out
    assert "Usulutan" in out and "San Miguel" in out
    assert "said I will" in out
    assert "on Monday" in out and "in May 1989" in out
    assert ". The guerrillas used" in out  # sentence-initial capital, rest lower case
    assert "Alfredo Cristiani" in out


def test_truecase_never_changes_length_on_special_letters() -> None:
    # 'ß'.upper() is 'SS' and 'İ'.lower() is two code points: those letters stay as they are
    text = "DIE STRAßE IN İSTANBUL WURDE GESPERRT, SAGTE DIE POLIZEI AM MONTAG IN BERLIN."
    out = truecase(text)
    assert len(out) == len(text)
    assert "ß" in out and "İ" in out
    assert parse_text(text) == out


def test_mixed_case_text_is_parsed_as_is(stage: LanguageStage) -> None:
    assert parse_text(MIXED) == MIXED
    analysis = Analysis(document=_doc(MIXED))
    stage(analysis)
    assert analysis.doc.text == MIXED


def test_truecasing_can_be_switched_off() -> None:
    off = LanguageStage(PipelineOptions(extra={"truecase": False}))
    analysis = Analysis(document=_doc(CAPS))
    off(analysis)
    assert analysis.doc.text == CAPS


# ---------------------------------------------------------------- the parse
@pytest.mark.parametrize("text", [CAPS, LOWER])
def test_single_case_parse_finds_entities_with_valid_offsets(stage: LanguageStage,
                                                             text: str) -> None:
    analysis = Analysis(document=_doc(text))
    stage(analysis)
    doc = analysis.doc
    assert len(doc.text) == len(text)
    for tok in doc:
        assert text[tok.idx:tok.idx + len(tok.text)].lower() == tok.text.lower()
    ents = {(e.label_, text[e.start_char:e.end_char].lower()) for e in doc.ents}
    assert any(label == "GPE" and ("usulutan" in t or "san miguel" in t) for label, t in ents)
    assert any(label in ("ORG", "NORP") and "fmln" in t for label, t in ents)
    assert any(label == "PERSON" and "cristiani" in t for label, t in ents)


# ---------------------------------------------------------------- the whole pipeline
@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize("text", [CAPS, LOWER])
def test_pipeline_on_single_case_article_keeps_evidence_text(pipeline: Pipeline, text: str,
                                                              record_spans: Any) -> None:
    document = _doc(text)
    analysis = pipeline(document)
    assert analysis.doc.text != text  # it was truecased ...
    assert analysis.toponyms, "no place names found in single-case text"
    assert analysis.events, "no events found in single-case text"
    n = 0
    for event in analysis.events:
        rec = event.to_json()
        for path, span in record_spans(rec):
            n += 1
            assert 0 <= span["start"] <= span["end"] <= len(text)
            # ... but every evidence span is the original text at its offsets
            assert text[span["start"]:span["end"]] == span["text"], (path, span)
    for top in analysis.toponyms:
        assert text[top.span.start:top.span.end] == top.span.text
    for m in analysis.mentions:
        assert text[m.span.start:m.span.end] == m.span.text
    for t in analysis.timexes:
        assert text[t.span.start:t.span.end] == t.span.text
    assert n > 0


def test_truecased_doc_is_flagged(stage: LanguageStage) -> None:
    from wirecoder.language import is_truecased

    caps, mixed = Analysis(document=_doc(CAPS)), Analysis(document=_doc(MIXED))
    stage(caps)
    stage(mixed)
    assert is_truecased(caps.doc)
    assert not is_truecased(mixed.doc)


def test_all_caps_wire_text_keeps_places_and_does_not_read_us_as_a_country(
        pipeline: Pipeline) -> None:
    text = ("REBELS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT (FMLN) ATTACKED AN ARMY "
            "POST IN SAN MIGUEL DEPARTMENT ON TUESDAY, KILLING FIVE SOLDIERS, A MILITARY "
            "SPOKESMAN TOLD US. THE FMLN LATER CLAIMED THE ATTACK.")
    analysis = pipeline(Document(id="caps", text=text))
    places = {(t.span.text, t.place.country) for t in analysis.toponyms if t.place}
    assert ("SAN MIGUEL DEPARTMENT", "SV") in places or ("SAN MIGUEL", "SV") in places
    linked = {m.span.text: m.entity.kb_id for m in analysis.mentions}
    assert "US" not in linked  # "told us" is a pronoun, not the United States
    assert linked.get("FMLN") is not None
    assert linked.get("FMLN") == linked.get("FARABUNDO MARTI NATIONAL LIBERATION FRONT")


def test_a_short_all_caps_headline_is_truecased_and_keeps_its_place(pipeline: Pipeline) -> None:
    # a wire headline of 27 letters: too short for the old 40-letter floor, long enough to
    # tell that it is single-case
    text = "GUNMEN KILL SIX POLICE IN HERAT"
    assert needs_truecase(text)
    analysis = pipeline(Document(id="headline", text=text))
    assert {(t.span.text, t.place.country) for t in analysis.toponyms if t.place} == {
        ("HERAT", "AF")}
    assert analysis.events


# ---------------------------------------------------------------- spans of characters
def test_span_root_widens_to_whole_tokens_and_returns_the_head() -> None:
    doc = parse(MIXED)
    start = MIXED.index("National Guard post")
    # a cut inside words widens to "National Guard post", whose head is "post"
    root = span_root(doc, start + 3, start + len("National Guard po"))
    assert root is not None and root.text == "post"
    span = expanded_span(doc, start + 3, start + 8)
    assert span is not None and span.text == "National"
    # characters that cover no token (spaCy gives an empty span here)
    assert span_root(doc, start, start) is None
    assert expanded_span(doc, start, start) is None


def test_a_blank_line_ends_a_sentence() -> None:
    # a headline with no full stop, and a release number, above the first sentence
    text = ("Gunmen kill 12 farmers near Lake Chad, police say\n\n"
            "Gunmen on motorcycles killed 12 farmers on Sunday.\n\n"
            "2024-01-S-001\r\n\r\nKABUL, Afghanistan (Jan. 3) - Troops detained a man.\u2028\u2028"
            "He was released.")
    sents = [s.text.strip() for s in parse(text).sents]
    assert sents[0] == "Gunmen kill 12 farmers near Lake Chad, police say"
    assert sents[1] == "Gunmen on motorcycles killed 12 farmers on Sunday."
    assert "2024-01-S-001" in sents[2] and "KABUL" not in sents[2]
    assert sents[-1] == "He was released."
    # one line break (a hard-wrapped paragraph) says nothing
    wrapped = parse("Gunmen on motorcycles killed 12\nfarmers on Sunday.")
    assert len(list(wrapped.sents)) == 1
