"""Places an event takes from nearby words: the town "the town" refers to, the one town the
sentence before named when the event goes on its scene ("searched two houses in X district.
Three suspects were detained."), the city a landmark of it stands in. Moved out of
`event_places` (`the_town`, `landmark_city`: the same rules) to keep it small.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Callable

from ..geo.place_words import NATURAL_REGION_WORDS
from ..records import Place

_THE_TOWN = re.compile(r"\b[Tt]he\s+(?:town|city)\b(?!\s+(?:of|centre|center|hall|council)\b)")


def the_town(analysis: Any, tok: Any, focus: str | None) -> Place | None:
    """"clashed near Debre Markos. A drone strike on the road out of the town killed seven":
    "the town" in the words of an event whose sentence names no place is the last town the
    sentence just before it named (not a dateline)."""
    from .event_places import dateline

    text = analysis.document.text
    sent = tok.sent
    if sent.start == 0:
        return None
    before = tok.doc[sent.start - 1].sent.start_char
    lo, hi = min(t.idx for t in tok.subtree), max(t.idx + len(t) for t in tok.subtree)
    if not _THE_TOWN.search(text, lo, hi):
        return None
    towns = [t for t in analysis.toponyms or [] if t.place is not None
             and t.place.precision == "city" and before <= t.span.start
             and t.span.end <= sent.start_char and not dateline(text, t)
             and t.place.country in (None, focus or t.place.country)]
    return towns[-1].place if towns else None


FINE = ("city", "admin2", "point")


def _where(doc: Any, t: Any) -> bool:
    """The toponym stands in a phrase that says where ("in X district", "near X"), not
    what was aimed at or planned ("an attack on X")."""
    from ..geo.place_parse import PLACE_NOUNS, WHERE_PREPS, noun_in
    from ..language import span_root

    node = span_root(doc, t.span.start, t.span.end)
    for _ in range(4):
        # (a name the parse hangs on its division's noun as nmod: "in X local government area")
        while node is not None and node.dep_ in ("compound", "flat", "amod", "nmod") \
                and node.head != node:
            node = node.head
        if node is not None and node.dep_ == "pobj" and node.head.lower_ == "of" \
                and noun_in(node.head.head, PLACE_NOUNS):
            node = node.head.head  # "in the port city of X"
            continue
        break
    if node is None or node.dep_ != "pobj":
        return False
    # "brought down over the X area", "around the X district": over or around a place noun
    return node.head.lower_ in WHERE_PREPS or (
        node.head.lower_ in AREA_PREPS and node.lemma_.lower() in PLACE_NOUNS)


# prepositions that say where only before a place noun ("over the X area"; not "fought over X")
AREA_PREPS = frozenset(("over", "around"))


def _care_place(doc: Any, t: Any) -> bool:
    """The toponym is where the hurt were taken for care ("were flown to a military hospital
    in X"), not where the scene goes on."""
    from ..geo.place_parse import CARE_NOUNS, noun_in
    from ..language import span_root

    node = span_root(doc, t.span.start, t.span.end)
    if node is None or node.dep_ != "pobj" or node.head.lower_ not in ("in", "at"):
        return False
    care = node.head.head
    return noun_in(care, CARE_NOUNS) and care.dep_ == "pobj" and care.head.lower_ == "to"


def scene_place(analysis: Any, sent: Any, focus: str | None,
                dateline: Callable[[str, Any], bool],
                elsewhere: Callable[[Any, Any], bool]) -> Place | None:
    """The one town (or district) the sentence just before `sent` names, for an event whose
    own sentence names no place: the event goes on the scene told there ("Troops searched
    two houses in X district. Three suspects were detained."). None where that sentence
    names no town, or more than one (which of them is not said), or only a dateline or a
    place no story happens in (`elsewhere`: "flown to X", "told reporters in X"), or none
    in a phrase that says where (`_where`: not "an attack on X")."""
    doc = sent.doc
    if sent.start == 0:
        return None
    return _one_town(analysis, doc[sent.start - 1].sent, focus, dateline, elsewhere)


def _one_town(analysis: Any, span: Any, country: str | None,
              dateline: Callable[[str, Any], bool],
              elsewhere: Callable[[Any, Any], bool]) -> Place | None:
    """The one town (or district) sentence `span` names where a story happens (in `country`,
    when given), or None where it names none or more than one."""
    doc, text = span.doc, analysis.document.text
    towns = [t for t in analysis.toponyms or [] if t.place is not None
             and t.place.precision in FINE and t.place.country
             and span.start_char <= t.span.start < span.end_char
             and t.place.country == (country or t.place.country)
             and not dateline(text, t) and not elsewhere(doc, t) and _where(doc, t)
             and not _care_place(doc, t)]
    names = {(t.place.name, t.place.country) for t in towns}
    return towns[0].place if len(names) == 1 else None


_DATELINE_END = re.compile(r"[-–—]\s*$")


def lead_detail_town(analysis: Any, sent: Any, country: str | None,
                     dateline: Callable[[str, Any], bool],
                     elsewhere: Callable[[Any, Any], bool]) -> Place | None:
    """The one town the sentence after a lead names, for a lead that places its event only
    in a country or a part of one ("blocked a convoy in the southern Philippines. The trucks
    were stopped outside X town in Y province"): the body's first sentence tells the lead's
    detail. Only for the opening sentence of the story's first or second paragraph (a
    headline may stand before it), with the same tests as `scene_place`."""
    doc = sent.doc
    text = analysis.document.text
    if country is None or sent.end >= len(doc):
        return None
    paragraphs = [m.end() for m in re.finditer(r"\n\s*\n", text)]
    before = [p for p in paragraphs if p <= sent.start_char]
    prefix = text[before[-1] if before else 0:sent.start_char]
    # the paragraph opens with the sentence, or with a dateline only ("LAGOS (Reuters) -")
    opening = not prefix.strip() or (len(prefix) < 80 and _DATELINE_END.search(prefix))
    if not opening or len(before) > 1:
        return None
    return _one_town(analysis, doc[sent.end].sent, country, dateline, elsewhere)


# named parts of a city that are places of their own ("the Modelo neighborhood"), not "the
# X area of Derry" or "the Black Sea port of X"
AREA_NOUNS = {"neighborhood", "neighbourhood", "village", "colony", "township", "quarter",
              "suburb", "district", "hamlet", "settlement", "estate", "ward", "camp"}


# last words of the names of natural regions, which no city holds (`geo.place_words`)
REGION_WORDS = NATURAL_REGION_WORDS


# last words of the names of island groups and waters ("near the Paracel Islands", "in the
# Palk Strait"): at sea or offshore, no landmark of the city the story is filed from
WATER_WORDS = frozenset(("islands", "island", "isles", "islets", "archipelago", "atoll",
                         "reef", "shoal", "strait", "straits", "channel", "sea", "gulf", "bay",
                         "lagoon"))


# words that may follow a place's name without it modifying a noun ("the Black Sea port"
# does, "near the Paracel Islands on Sunday" does not)
_LINKS = frozenset(("on", "in", "at", "near", "off", "and", "or", "after", "before", "when",
                    "where", "while", "to", "from", "for", "during", "with", "late", "early",
                    "last", "this", "overnight", "as", "but", "by"))


# first words of the names of natural features, which no city holds ("the Wadi X area",
# "the Jebel X hills")
REGION_FIRST_WORDS = frozenset(("wadi", "jebel", "jabal", "jabel", "sierra", "cordillera"))


def landmark_city(analysis: Any, place: Place | None) -> Place | None:
    """A name the gazetteer does not know, written with "the" ("marched towards the
    Secretariat", "near the Shahbag intersection") and placed at the document's city: a
    building or a landmark of that city, whose event is placed at the city itself (with the
    landmark's words as evidence). A name without "the" (an unknown village) stays."""
    if place is None or place.geonameid or place.precision != "city" or not place.evidence:
        return place
    ev = place.evidence[0]
    text = analysis.document.text
    if not text[max(0, ev.start - 4):ev.start].lower() == "the ":
        return place
    after = text[ev.end:ev.end + 30].split()
    if after and after[0].lower().strip(",.;") in AREA_NOUNS:
        return place  # "the Modelo neighborhood": a named part of the city, a place itself
    modifies = bool(after) and after[0][:1].islower() and after[0].strip(",.;:") not in _LINKS
    words = text[ev.start:ev.end].split()
    if words[-1].lower() in WATER_WORDS and not modifies:
        # "near the Paracel Islands": offshore, in no province of the city the story was
        # filed from (the name keeps the country it was placed in)
        return replace(place, admin1=None, admin2=None)
    if words[-1].lower() in REGION_WORDS or words[0].lower() in REGION_FIRST_WORDS:
        # "in the Niger Delta", "in the Wadi X area": a region of the country, not a city's
        # landmark
        return place
    city = next((t.place for t in analysis.toponyms or [] if t.place is not None
                 and t.place.geonameid and t.place.precision == "city"
                 and (t.place.lat, t.place.lon) == (place.lat, place.lon)), None)
    return place if city is None else replace(city, evidence=place.evidence)


def answered_place(d: Any, place: Place) -> bool:
    """The event's own sentence names `place` only as where the event it answers happened
    ("Chad expelled the attache after a drone strike on the town of X", "summoned the envoy
    over the shelling of X"): the document's focus there is not the act's place."""
    from ..geo.place_parse import in_occasion
    from ..language import span_root

    tok = d.trigger.token
    sent = tok.sent
    doc = tok.doc
    for ent_start, ent_end in _place_spans(doc, place):
        if not (sent.start_char <= ent_start < sent.end_char):
            continue
        node = span_root(doc, ent_start, ent_end)
        if node is not None and in_occasion(node, tok):
            return True
    return False


def _place_spans(doc: Any, place: Place) -> list[tuple[int, int]]:
    """Where the text writes the place's evidence, or its name."""
    spans = [(e.start, e.end) for e in place.evidence or ()]
    if place.name:
        start = 0
        while True:
            i = doc.text.find(place.name, start)
            if i < 0:
                break
            spans.append((i, i + len(place.name)))
            start = i + 1
    return spans


def scene_town(d: Any, focus: Place) -> bool:
    """The event's sentence names no place, and the sentence before it names the one town
    (or district) where its scene goes on (`scene_place`, noted by `province_check` for the
    fallbacks), in the province of the document's main place (`focus`): that town, not the
    main place, is where it happened ("Troops searched villages in the X area. Two gunmen
    were killed in a firefight"); a town of another province there is more likely where the
    story went on elsewhere ("the wounded were flown to a hospital in X")."""
    from .event_places import FALLBACK_KEY, _akey

    stash = d.trigger.token.doc.user_data.get(FALLBACK_KEY) or {}
    place = next((stash[m.start] for m in [d.trigger, *d.mentions] if m.start in stash), None)
    return place is not None and place.precision in FINE and place.admin1 is not None \
        and _akey(place.admin1) == _akey(focus.admin1) \
        and d.typed.plover in ("ASSAULT", "COERCE", "PROTEST")


def town_told_again(analysis: Any, place: Place, dl: list[Any], body: list[Any], start: int,
                    elsewhere: Callable[[Any, Any], bool]) -> bool:
    """The body names the dateline's own town again as where the story goes on ("TUNIS -
    A court sentenced ... The criminal chamber of the Tunis court ... In a separate
    operation, the guard arrested 23 people near Sfax"): an event told before any other
    town of the country, or nearer that mention than any other, stays at the dateline (for
    `event_places.undateline`). A mention that only tells an origin, a destination or
    where the news was told does not count; one naming an institution of the town ("the
    Tunis court", "the city's police") does."""
    doc = analysis.doc
    again = [t for t in analysis.toponyms or [] if t.place is not None
             and t.place.geonameid is not None and t.place.geonameid == place.geonameid
             and t not in dl and t.span.start > max(d.span.end for d in dl)
             and (not elsewhere(doc, t) or _institution_of(doc, t))]
    if not again:
        return False
    told = body + again
    prior = [t for t in told if t.span.start < start]
    if prior:
        return max(prior, key=lambda t: t.span.start) in again
    return min(told, key=lambda t: (abs(t.span.start - start), t.span.start)) in again


def _institution_of(doc: Any, t: Any) -> bool:
    """The town's name modifies a noun ("the Tunis court", "Kabul police"): an institution
    that sits in the town, not an origin or a kind."""
    from ..language import span_root

    node = span_root(doc, t.span.start, t.span.end) if doc is not None else None
    return node is not None and node.dep_ in ("compound", "nmod", "poss") \
        and node.head.pos_ == "NOUN"
