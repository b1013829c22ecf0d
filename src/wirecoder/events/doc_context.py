"""What the events stage knows of one document while drafting its events (`DocContext`):
spans, the actor mapper, and the event's time and place asked of the time and geo stages,
with safe fallbacks when a stage is missing or fails. Moved out of `stage` (the same code).
"""

from __future__ import annotations

import importlib
from typing import Any

from ..actors.link import iso3_of
from ..geo.event_location import WATERS, holds, in_named_area
from ..geo.place_parse import ATTRIBUTION_VERBS, in_occasion, in_reported_clause
from ..language import dateline_opening, span_root
from ..records import Analysis, Place, TimeSpan, Toponym
from . import event_places
from .argument_words import COURT_NOUNS
from .attached_places import attached_place
from .detect import Trigger
from .lead_detail import town_in_lead_province
from .lexicon import Lexicon
from .participant_mapper import ParticipantMapper


def optional_import(module: str, name: str) -> Any:
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def focus_country(toponyms: list[Any]) -> str | None:
    """The country the document's resolved places name most often; on a tie the one named
    first (never set order, which changes with Python's hash seed from run to run)."""
    countries = [t.place.country for t in toponyms if t.place and t.place.country]
    return max(countries, key=countries.count) if countries else None


class DocContext:
    """Per-document helpers: spans, time and place lookups with safe fallbacks."""

    def __init__(self, analysis: Analysis, lex: Lexicon) -> None:
        self.analysis = analysis
        self.doc = analysis.doc
        self.document = analysis.document
        self.lex = lex
        self.mapper = ParticipantMapper(analysis.document, list(analysis.mentions or []))
        self._event_time = optional_import("wirecoder.time", "event_time")
        self._day_told_before = optional_import("wirecoder.time", "day_told_before")
        self.focus_country = focus_country(analysis.toponyms or [])
        self._event_location = optional_import("wirecoder.geo", "event_location")
        self._not_the_place = optional_import("wirecoder.geo.not_the_place", "not_the_place")
        self._capital_place = optional_import("wirecoder.geo.capital", "capital_place")

    def sent_span(self, sent: Any) -> Any:
        return self.document.span(sent.start_char, sent.end_char)

    def place_span(self, sent: Any) -> Any:
        """Where to look for the place of an event of `sent`: the sentence, from the wire
        dateline that opens it when one does (the time stage reads a dateline's date
        itself)."""
        opening = dateline_opening(sent)
        start = opening.start_char if opening is not None else sent.start_char
        return self.document.span(start, sent.end_char)

    def tok_span(self, tok: Any) -> Any:
        return self.document.span(tok.idx, tok.idx + len(tok.text))

    def time_of(self, tok: Any, start: int | None = None, end: int | None = None) -> TimeSpan:
        if self._event_time is not None:
            try:
                span = self.document.span(start if start is not None else tok.idx,
                                          end if end is not None else tok.idx + len(tok.text))
                return self._event_time(self.analysis, span, self.sent_span(tok.sent))
            except Exception as exc:  # noqa: BLE001 - a peer stage bug must not lose events
                self.analysis.problems.append(f"events: event_time failed: {exc!r}")
        return TimeSpan(None, None, "unknown", fallback="no time stage available")

    def day_told_before(self, tok: Any, act: bool = False) -> TimeSpan | None:
        """The day the sentences before `tok`'s tell, when they tell one (the time stage's
        `day_told_before`; an `act`, not a saying, is not dated by its sentence's day of
        saying, unless told in the past perfect: "said on Sunday that 17 people had been
        arrested" runs to the saying, `statement_dates`); None without the time stage."""
        if self._day_told_before is None:
            return None
        clause = [tok]  # "had fired mortar rounds ..., wounding two": the clause's verb too
        while clause[-1].dep_ in ("advcl", "conj", "xcomp") and len(clause) < 4:
            clause.append(clause[-1].head)
        perfect = any(c.lower_ == "had" for v in clause for c in v.children
                      if c.dep_ in ("aux", "auxpass"))
        return self._day_told_before(self.analysis, self.sent_span(tok.sent), act and not perfect)

    def place_of(self, trig: Trigger, statement: bool = False) -> Any:
        """Where the event at `trig` happened; a `statement` (an accusation, an appeal) is not
        placed by what it reports (`geo.place_parse.in_reported_clause`)."""
        skip = None
        if statement:
            # a statement's or a diplomatic act's dateline is not moved to the place of the
            # event it answers ("expelled the attache after a drone strike on X")
            def skip(t: Toponym) -> bool:
                node = span_root(self.doc, t.span.start, t.span.end)
                return node is not None and (in_occasion(node, trig.token)
                                             or in_reported_clause(node, trig.token))
        place = event_places.undateline(self.analysis, event_places.landmark_city(
            self.analysis, self._place_of(trig, statement)), trig.start, self.focus_country,
            skip=skip)
        place = event_places.province_check(self.analysis, place, trig.token.sent, trig.start,
                                         self.focus_country)
        if statement:
            return place
        return town_in_lead_province(self.analysis, place, trig.token.sent,
                                     self.focus_country, trig.token, trig.start)

    def _no_place_reason(self, t: Toponym, trig: Trigger) -> str | None:
        """`geo.not_the_place.not_the_place` for toponym `t` of the trigger's sentence,
        given the sentence's toponyms as `choose_toponym` is (its possessor rule asks
        whether the possessed noun is itself one: "Afghanistan's Ghazni"); the gazetteer is
        the default one both use. None (no reason against) without the geo module."""
        if self._not_the_place is None:
            return None
        sent = trig.token.sent
        inside = [o for o in self.analysis.toponyms or []
                  if sent.start_char <= o.span.start and o.span.end <= sent.end_char]
        return self._not_the_place(self.doc, t, trig.token, inside)

    def _province_may_place(self, t: Toponym, trig: Trigger, place: Any) -> bool:
        """Whether a province the sentence names may stand for the event's place. With no
        place from geo, only where the parse gives no reason against it; with one, unless
        the name is a possessor that says whose, not where ("Nangarhar's police chief was
        killed in Kabul"), an origin, or what the event is for ("a truce for X province
        signed in Havana"; the other reasons, clause attachment or "from", are too fragile
        to overrule geo's place)."""
        reason = self._no_place_reason(t, trig)
        if place is None:
            return reason is None
        return reason not in LOCAL_NO_PLACE

    def _dateline_place(self, sent: Any) -> Place | None:
        """The place of the wire dateline that opens `sent` ("KABUL, Nov. 9 (Reuters) -"):
        where the report was filed stands for the place of an event its opening sentence
        tells without naming one (`event_places.undateline` then moves it to a province the
        body names)."""
        opening = dateline_opening(sent)
        if opening is None:
            return None
        place = next((t.place for t in self.analysis.toponyms or [] if t.place is not None
                      and opening.start_char <= t.span.start < opening.end_char), None)
        if place is None or not place.country:
            return None
        # not where the sentence points to another country ("SANAA (AP) - The Houthis fired
        # a missile at southern Israel ... it was intercepted"; "BRUSSELS - ... the abduction
        # of Ukrainian children"): the reporter's city says nothing of where that happened.
        # (A province the sentence names in the same country is where `undateline` moves it.)
        if any(t.place is not None and t.place.country and t.place.country != place.country
               and sent.start_char <= t.span.start < sent.end_char
               for t in self.analysis.toponyms or []):
            return None
        mention_countries = {m.entity.country for m in self.analysis.mentions or []
                             if m.entity.country and m.entity.kind != "media"
                             and sent.start_char <= m.span.start < sent.end_char}
        if mention_countries - {iso3_of(place.country)}:
            return None
        return place

    def _origin(self, t: Toponym) -> bool:
        """The toponym is what something comes or is called back from ("recalled its own
        envoy from X"), not where the event is."""
        node = span_root(self.doc, t.span.start, t.span.end) if self.doc is not None else None
        while node is not None and node.dep_ in ("compound", "flat") and node.head != node:
            node = node.head
        return node is not None and node.dep_ == "pobj" and node.head.lower_ == "from"

    def _court_seat(self, place: Any, trig: Trigger) -> bool:
        """Geo's place is the seat of the court or judge the sentence is about ("a federal
        judge in X on Tuesday ordered ... the Y state police"): a ruling is made where the
        court sits, whatever province the rest of the sentence names."""
        if place is None or not place.evidence or self.doc is None:
            return False
        tok = span_root(self.doc, place.evidence[0].start, place.evidence[0].end)
        if tok is None or tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at"):
            return False
        court = tok.head.head  # the court or judge, the subject of the event's own verb
        return court.lemma_.lower() in COURT_NOUNS and court.dep_ == "nsubj" \
            and court.head.i == trig.token.i

    def _names_capital(self, place: Any) -> bool:
        """A country place whose word qualifies "capital" ("the Togolese capital")."""
        if place.precision != "country" or not place.evidence or self.doc is None:
            return False
        tok = span_root(self.doc, place.evidence[0].start, place.evidence[0].end)
        return tok is not None and tok.head.lemma_.lower() == "capital" and tok.head.i != tok.i

    def _place_of(self, trig: Trigger, statement: bool = False) -> Any:
        place = None
        if self._event_location is not None:
            try:
                place = self._event_location(
                    self.analysis, self.document.span(trig.start, trig.end),
                    self.place_span(trig.token.sent),
                    statement=statement)
            except Exception as exc:  # noqa: BLE001
                self.analysis.problems.append(f"events: event_location failed: {exc!r}")
        if (place is None or self._names_capital(place)) and self._capital_place is not None:
            # "clashes broke out in the Libyan capital": a capital named by its role (geo's
            # event_location picks toponyms only, here the country of "Libyan")
            from wirecoder.geo.gazetteer import default_gazetteer

            place = self._capital_place(self.analysis, self.document.span(trig.start, trig.end),
                                        default_gazetteer()) or place
        if place is None:
            place = self._dateline_place(trig.token.sent)
        focus = self.focus_country
        sent = trig.token.sent
        # (toponym, its place) for the provinces the sentence names
        provinces: list[tuple[Toponym, Place]] = []
        for t in self.analysis.toponyms or []:
            tp = t.place
            if (tp is not None and tp.precision == "admin1" and tp.admin1
                    and sent.start_char <= t.span.start < sent.end_char
                    and (focus is None or tp.country == focus)
                    and self._province_may_place(t, trig, place)
                    and not (place is not None and (speaker_place(self.doc, t, trig.token)
                                                    or actor_province(self.doc, t,
                                                                      trig.token)))):
                provinces.append((t, tp))
        attached = attached_place(self.analysis, trig.token)
        if attached is not None and place is not None and not attached.admin1 \
                and attached.precision in ("country", "region") \
                and place.country == attached.country and place.admin1:
            attached = None  # "in the Mexican state of Michoacan": geo's place is finer
        if attached is not None and attached.feature_code in WATERS and place is not None \
                and place.feature_code not in WATERS:
            attached = None  # "in the Bay of X near Y Island": at sea, told by the land place
        if attached is not None and place is not None and attached.evidence and \
                place.evidence and in_named_area(self.analysis.document.text,
                                                 place.evidence[0], attached.evidence[0]):
            attached = None  # "killed eight in X, in Y state": Y only says where X lies
        if attached is not None and holds(attached, place, unresolved_towns=True):
            attached = None  # "raided the town of X in Y state": X lies in Y, and is finer
        if attached is not None and not any(pp.country == attached.country
                                            and pp.admin1 != attached.admin1
                                            for _, pp in provinces):
            return attached  # "signed ... in Doha": the parse ties the place to the event
        if provinces and (place is None or place.admin1 != provinces[0][1].admin1) and not any(
                place is not None and place.admin1 == pp.admin1 for _, pp in provinces) \
                and not self._court_seat(place, trig):
            # the sentence names the province; a place that contradicts it is a misreading
            return min(provinces, key=lambda tpp: abs(tpp[0].span.start - trig.start))[1]
        if focus and (place is None or (place.country and place.country != focus)):
            # a place outside the country the document is about, while the sentence names a
            # place inside it ("Andar district, Ghazni province" read as Andard, France):
            # keep the sentence's in-focus toponym, the finest first, as a province is kept
            # (`_province_may_place`): with no place from event_location at all, only a
            # toponym the parse gives no reason against (geo's rules already said no to every
            # other reading); with one, not a possessor, an origin or what the event is for;
            # never an origin ("recalled its envoy from X").
            # Nor, over geo's place, the dateline: where the report was filed ("BOGOTA - ...
            # signed in Havana"; an event the text places nowhere may stand there)
            inside: list[tuple[Toponym, Place]] = []
            for t in self.analysis.toponyms or []:
                tp = t.place
                if (tp is not None and tp.country == focus
                        and sent.start_char <= t.span.start < sent.end_char
                        and tp.precision in ("point", "city", "admin2", "admin1")
                        and (place is None or not event_places.dateline(self.document.text, t))
                        and not self._origin(t)
                        and self._province_may_place(t, trig, place)):
                    inside.append((t, tp))
            if inside:
                rank = {"admin1": 0, "city": 1, "admin2": 2, "point": 3}
                best = min(inside, key=lambda tpp: (rank.get(tpp[1].precision, 9),
                                                    abs(tpp[0].span.start - trig.start)))
                return best[1]
        return place


# `geo.not_the_place.not_the_place` reasons strong enough to set aside a province the
# sentence names when geo gave the event a place: whose, from where, what for ("a truce for
# Arauca department signed in Havana" was signed in Havana)
LOCAL_NO_PLACE = {"possessor", "origin", "topic"}


def speaker_place(doc: Any, t: Toponym, trig: Any) -> bool:
    """"Authorities in the breakaway region of X said they had detained two officers near
    Y": a province inside the subject of the verb of saying that reports the event tells who
    speaks, not where the event was; it does not overrule the event's own place."""
    node = span_root(doc, t.span.start, t.span.end) if doc is not None else None
    if node is None:
        return False
    above = {a.i for a in trig.ancestors}
    for a in (node, *node.ancestors):
        if a.dep_ in ("nsubj", "nsubjpass"):
            return a.head.i in above and a.head.lemma_.lower() in ATTRIBUTION_VERBS
        if a.i == trig.i or a.i in above:
            return False
    return False


# prepositions that set the subject somewhere ("fighters in X province attacked"): a place
_SETTING_PREPS = frozenset(("in", "at", "near", "outside", "inside", "around", "across"))


def actor_province(doc: Any, t: Toponym, trig: Any) -> bool:
    """"The leaders of Ethiopia's Afar and Somali regional states signed a ceasefire in X",
    "the governor of Y province met ... in X": a province named inside the subject of the
    event's own verb by "of", a possessive or a modifier tells who acts, not where; it does
    not overrule the event's own place. Not one the subject is set in ("fighters in Y
    province attacked")."""
    node = span_root(doc, t.span.start, t.span.end) if doc is not None else None
    if node is None:
        return False
    verb = trig.head if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ in (
        "dobj", "compound", "nsubjpass") else trig
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # "signed a ceasefire agreement": the compound's noun's verb
    for a in (node, *node.ancestors):
        if a.dep_ == "prep" and a.lower_ in _SETTING_PREPS:
            return False
        if a.dep_ in ("nsubj", "nsubjpass"):
            return a.head.i in (verb.i, trig.i)
        if a.i in (trig.i, verb.i):
            return False
    return False
