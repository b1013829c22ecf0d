"""A tiny hand-made gazetteer behind the real interface; the real one, and a resolver of
names over it."""

from __future__ import annotations

import pytest

from wirecoder.geo import default_gazetteer, event_location, find_toponyms, resolve_spans
from wirecoder.geo.gazetteer import Entry, Gazetteer
from wirecoder.records import Analysis, Document


def _e(gid, name, fcode, cc, a1=None, a1n=None, a2=None, a2n=None, lat=0.0, lon=0.0, pop=0):
    fclass = "P" if fcode.startswith("PPL") else ("L" if fcode == "CONT" else "A")
    return Entry(gid, name, fclass, fcode, cc, a1, a1n, a2, a2n, lat, lon, pop)


ENTRIES = [
    _e(1, "Syria", "PCLI", "SY", lat=35.0, lon=38.0, pop=22_000_000),
    _e(2, "Rif Dimashq", "ADM1", "SY", "08", "Rif Dimashq", lat=33.5, lon=36.9, pop=2_800_000),
    _e(3, "Damascus", "PPLC", "SY", "13", "Dimashq", lat=33.51, lon=36.29, pop=1_569_394),
    _e(10, "United States", "PCLI", "US", lat=39.76, lon=-98.5, pop=327_000_000),
    _e(11, "District of Columbia", "ADM1", "US", "DC", "District of Columbia", lat=38.91,
       lon=-77.0, pop=700_000),
    _e(12, "Washington", "PPLC", "US", "DC", "District of Columbia", lat=38.895, lon=-77.036,
       pop=689_545),
    _e(13, "Washington", "ADM1", "US", "WA", "Washington", lat=47.5, lon=-120.5, pop=7_000_000),
    _e(14, "Paris", "PPL", "US", "TX", "Texas", lat=33.66, lon=-95.55, pop=25_000),
    _e(15, "Texas", "ADM1", "US", "TX", "Texas", lat=31.25, lon=-99.25, pop=29_000_000),
    _e(20, "France", "PCLI", "FR", lat=46.0, lon=2.0, pop=67_000_000),
    _e(21, "Paris", "PPLC", "FR", "11", "Ile-de-France", lat=48.85, lon=2.35, pop=2_138_551),
    _e(30, "Afghanistan", "PCLI", "AF", lat=33.0, lon=66.0, pop=38_000_000),
    _e(31, "Ghazni", "ADM1", "AF", "08", "Ghazni", lat=33.0, lon=68.0, pop=1_300_000),
    _e(32, "Ghazni", "PPLA", "AF", "08", "Ghazni", lat=33.55, lon=68.42, pop=143_000),
    _e(33, "Andar", "ADM2", "AF", "08", "Ghazni", "1", "Andar", lat=33.3, lon=68.5, pop=150_000),
    _e(34, "Andar", "PPL", "IN", "10", "Haryana", lat=29.0, lon=76.0, pop=600),
]
ALIASES = {10: ["US", "U.S.", "America"], 11: ["DC", "D.C."], 1: ["Syrian"],
           2: ["Rif Dimashq Governorate"]}


@pytest.fixture()
def tiny_gazetteer() -> Gazetteer:
    return Gazetteer.from_entries(ENTRIES, ALIASES)


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    """The real gazetteer (built on first use from the installed packages)."""
    return default_gazetteer()


@pytest.fixture(scope="session")
def resolve_names(gaz):
    """Resolve names on the real gazetteer, each found in the text after the one before."""
    def resolve(text, names):
        spans, pos = [], 0
        for n in names:
            i = text.index(n, pos)
            spans.append((i, i + len(n)))
            pos = i + len(n)
        return resolve_spans(text, spans, gaz)
    return resolve


@pytest.fixture(scope="session")
def nlp():
    from wirecoder.language import load_nlp

    return load_nlp()


def places_in(text, nlp, gaz):
    """{toponym text: place} as the places stage finds them in `text` (parsed, truecased when
    single-case) with gazetteer `gaz`."""
    from wirecoder.language import parse

    doc = parse(text, True, nlp)
    return {t.span.text: t.place for t in find_toponyms(text, doc, gazetteer=gaz,
                                                        document_id="t")}


def analysed_places(analysis):
    """{toponym text: place} of a whole-pipeline analysis."""
    return {t.span.text: t.place for t in analysis.toponyms or []}


def event_place(text, trigger, nlp, gaz, **options):
    """The place `event_location` gives the event whose trigger is the first `trigger` in
    `text`, toponyms found with gazetteer `gaz`."""
    doc = nlp(text)
    document = Document(id="t", text=text)
    a = Analysis(document=document, doc=doc)
    a.toponyms = find_toponyms(text, doc, gazetteer=gaz, document_id="t")
    i = text.index(trigger)
    sent = doc.char_span(i, i + len(trigger), alignment_mode="expand")[0].sent
    return event_location(a, document.span(i, i + len(trigger)),
                          document.span(sent.start_char, sent.end_char), **options)


def event_places(analysis: Analysis, plover: str) -> list[str | None]:
    """The place names of an analysis's events of one PLOVER type, in order (None: no place)."""
    return [e.location.name if e.location else None for e in analysis.events
            if e.type.plover == plover]
