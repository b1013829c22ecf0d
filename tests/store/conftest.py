"""Hand-built analyses for store tests (no pipeline stage is run)."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.records import (
    Analysis,
    Anchor,
    Claim,
    Document,
    Event,
    EventType,
    Mention,
    Participant,
    Place,
    Quantity,
    Source,
    TimeSpan,
    stable_id,
)

TEXT = (
    "US forces and the Syrian Ministry of Interior destroyed more than 130 mortar and rocket "
    "launchers in southern Rif Dimashq between November 24th and 27th, CENTCOM said on "
    "Sunday (November 30th). Separately, protesters in Damascus rallied against ISIS."
)


def find(doc: Document, words: str, nth: int = 0):
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(words, start + 1)
    return doc.span(start, start + len(words))


def make_analysis(text: str = TEXT, origin: str = "sample.txt", tag: str = "") -> Analysis:
    """An analysis of `text` with two events, mentions and one fact, all with evidence.

    `text` must contain the words of TEXT the spans point at; `tag` varies the document.
    """
    text = text + tag
    doc = Document(id=Document.make_id(text), text=text, title="Raid", url="https://ex.com/a",
                   published=date(2025, 11, 30), publisher="Wire", origin=origin)
    us = Participant("US forces", kb_id="USA-MIL", kind="military", country="USA",
                     evidence=(find(doc, "US forces"),))
    moi = Participant("Syrian Ministry of Interior", kb_id="SYR-MOI", kind="government",
                      country="SYR", evidence=(find(doc, "Syrian Ministry of Interior"),))
    centcom = Participant("CENTCOM", kb_id="USA-CENTCOM", evidence=(find(doc, "CENTCOM"),))
    isis = Participant("ISIS", kb_id=None, kind="armed group", evidence=(find(doc, "ISIS"),))
    protesters = Participant("protesters", evidence=(find(doc, "protesters"),))
    rif = Place("Rif Dimashq", "SY", "admin1", geonameid=170652, admin1="Rif Dimashq",
                lat=33.5, lon=36.6, evidence=(find(doc, "southern Rif Dimashq"),))
    damascus = Place("Damascus", "SY", "city", geonameid=170654, lat=33.51, lon=36.29,
                     evidence=(find(doc, "Damascus"),))
    source = Source(doc.id, doc.url, doc.publisher, doc.published)
    raid = Event(
        id=stable_id("evt", doc.id, 0), document_id=doc.id,
        type=EventType("ASSAULT", None, "Explosions/Remote violence", None, "190"),
        actors=(us, moi), targets=(), location=rif,
        time=TimeSpan(date(2025, 11, 24), date(2025, 11, 27), "day",
                      "between November 24th and 27th", "2025-11-30 (weekday+date in text)",
                      evidence=(find(doc, "between November 24th and 27th"),)),
        evidence=(find(doc, "US forces and the Syrian Ministry of Interior destroyed"),),
        sources=(source,),
        quantities=(Quantity("destroyed", 130, "more_than", "launchers",
                             evidence=(find(doc, "more than 130 mortar and rocket launchers"),)),),
        claims=(Claim(centcom, "said", date(2025, 11, 30), evidence=(find(doc, "CENTCOM said"),)),),
        confidence=0.8, summary="US and Syrian forces destroyed launchers",
        trigger=find(doc, "destroyed"),
    )
    protest = Event(
        id=stable_id("evt", doc.id, 1), document_id=doc.id, type=EventType("PROTEST"),
        actors=(protesters,), targets=(isis,), location=damascus,
        time=TimeSpan(None, None, "unknown", fallback="document date 2025-11-30"),
        evidence=(find(doc, "protesters in Damascus rallied against ISIS"),),
        sources=(source,), confidence=0.6, summary="Protest against ISIS in Damascus",
        trigger=find(doc, "rallied"),
    )
    mentions = [Mention(find(doc, "US forces"), us), Mention(find(doc, "ISIS"), isis, via="ner"),
                Mention(find(doc, "CENTCOM"), centcom)]
    fact = {"subject": "SYR-MOI", "property": "partner", "value": "USA-MIL",
            "start": date(2025, 11, 24), "end": None,
            "evidence": {"start": raid.evidence[0].start, "end": raid.evidence[0].end,
                         "text": raid.evidence[0].text}}
    return Analysis(document=doc, anchor=Anchor(date(2025, 11, 30), "metadata"),
                    mentions=mentions, events=[raid, protest], facts=[fact],
                    problems=["no time evidence for the protest"])


@pytest.fixture
def analysis() -> Analysis:
    return make_analysis()


@pytest.fixture(name="make_analysis")
def make_analysis_fixture():
    """The `make_analysis` builder (conftest modules cannot be imported by name)."""
    return make_analysis
