"""Helpers for the events tests: parse a small text by hand, with no peer stage needed."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.events import extract_events
from wirecoder.language import load_nlp
from wirecoder.records import Analysis, Anchor, Document, Event


def analyse(text: str, anchor: date = date(2025, 11, 30)) -> Analysis:
    doc = Document(id=Document.make_id(text), text=text, published=anchor)
    analysis = Analysis(document=doc, doc=load_nlp()(text), anchor=Anchor(anchor, "test"))
    try:  # the time stage's tagger, where it is installed: events read analysis.timexes
        from wirecoder.time import tag_timexes

        analysis.timexes = tag_timexes(text, anchor, doc=analysis.doc, document_id=doc.id)
    except ImportError:
        pass
    analysis.events = extract_events(analysis)
    return analysis


def whole_pipeline(published: date):
    """Run the whole pipeline (every stage) on a text published on `published` unless another
    date is given: the body of the test modules' `run` fixtures."""
    from wirecoder.pipeline import Pipeline

    pipe = Pipeline()

    def go(text: str, published: date = published) -> list[Event]:
        return pipe(Document(id=Document.make_id(text), text=text, published=published)).events
    return go


@pytest.fixture
def events_of():
    def run(text: str, anchor: date = date(2025, 11, 30)) -> list[Event]:
        return analyse(text, anchor).events
    return run


@pytest.fixture
def linked_events_of():
    """Events with the actor stage's linked mentions (sectors of "soldiers", "police"), no
    time tags."""
    from wirecoder.actors import link_mentions

    def run(text: str, anchor: date = date(2025, 11, 30)) -> list[Event]:
        doc = Document(id=Document.make_id(text), text=text, published=anchor)
        a = Analysis(document=doc, doc=load_nlp()(text), anchor=Anchor(anchor, "test"))
        a.mentions = link_mentions(a)
        return extract_events(a)
    return run


def pipeline_events(text: str, published: str) -> list[Event]:
    """The events the whole pipeline makes of a text published on an ISO date, the way
    `wirecoder eval` reads a gold row."""
    from wirecoder.evaluate.events import _document, run_pipeline

    return run_pipeline(_document({"text": text, "published": published})).events


def of_type(events: list[Event], plover: str) -> list[Event]:
    return [e for e in events if e.type.plover == plover]


def by_trigger(events: list[Event], trigger: str) -> Event:
    """The first event whose trigger is the word `trigger`; fails when there is none."""
    found = [e for e in events if e.trigger is not None and e.trigger.text == trigger]
    assert found, [(e.trigger.text if e.trigger else None) for e in events]
    return found[0]


def asserted(events: list[Event], plover: str | None = None) -> list[Event]:
    """The asserted events (of one PLOVER type, when one is given)."""
    return [e for e in events if e.modality == "asserted"
            and (plover is None or e.type.plover == plover)]


def first_asserted(events: list[Event], plover: str) -> Event:
    """The first asserted event of one PLOVER type; fails, listing the events' types and
    modalities, when there is none."""
    found = asserted(events, plover)
    assert found, [(e.type.plover, e.modality) for e in events]
    return found[0]


def with_trigger(events: list[Event], word: str, plover: str | None = None,
                 only_asserted: bool = True) -> Event:
    """The first (asserted) event whose trigger contains `word` (of one PLOVER type, when one
    is given); fails, listing the events, when there is none."""
    found = [e for e in events if e.trigger is not None and word in e.trigger.text
             and (not only_asserted or e.modality == "asserted")
             and (plover is None or e.type.plover == plover)]
    assert found, [(e.type.plover, e.trigger.text if e.trigger else None) for e in events]
    return found[0]


def one(events: list[Event], plover: str) -> Event:
    found = [e for e in events if e.type.plover == plover]
    assert found, f"no {plover} event in {[e.type.plover for e in events]}"
    return found[0]


def counts(ev: Event, kind: str) -> list[tuple[float, str]]:
    """(value, qualifier) of each count of one kind on the event."""
    return [(q.value, q.qualifier) for q in ev.quantities if q.kind == kind]


def names(parts) -> list[str]:
    return [p.name for p in parts]


def names_and_mentions(parts) -> set[str]:
    """Every name and mention of the parts (actors, targets, claimants)."""
    return {x for p in parts for x in (p.name, *p.mentions)}


def plovers(events: list[Event]) -> list[str]:
    return [e.type.plover for e in events]


def asserted_by_word(events: list[Event], plover: str, word: str) -> list[Event]:
    """The asserted events of one PLOVER type whose trigger holds `word` (lower case); fails
    when there is none."""
    found = [e for e in events if e.modality == "asserted" and e.type.plover == plover
             and e.trigger is not None and word in e.trigger.text.lower()]
    assert found, [(e.type.plover, e.trigger.text if e.trigger else None) for e in events]
    return found


def kinds_of(events: list[Event]) -> list[tuple[str, str | None]]:
    """(PLOVER type, ACLED sub-type) of each asserted event, in order."""
    return [(e.type.plover, e.type.acled_sub_event_type) for e in events
            if e.modality == "asserted"]


def target_words(events: list[Event], plover: str) -> set[str]:
    """Every target name and mention (lower case) of the events of one PLOVER type; there
    must be such an event."""
    found = of_type(events, plover)
    assert found, plovers(events)
    return {m.lower() for e in found for m in names_and_mentions(e.targets)}
