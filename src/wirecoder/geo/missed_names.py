"""Proper names that toponym recognition left out but the event's own locative phrase marks
as places ("in the village of X", "at the X market", a name the gazetteer knows), for
`event_location`. Moved out of `event_location` (the same rule).
"""

from __future__ import annotations

import re
from typing import Any

from ..records import Place, Span, Toponym
from .fallback import COMPASS_PART, abroad_scene, distance_place
from .place_parse import LOCATIVE, PLACE_OR_SITE, _inherited, _motion, _path, _prep_of
from .place_context import prominent_place
from .place_words import GENERIC_WORDS

NOT_PLACE_ENTS = frozenset(("DATE", "TIME", "PERSON", "NORP", "MONEY", "PERCENT", "CARDINAL",
                            "ORDINAL", "QUANTITY", "WORK_OF_ART", "LAW", "LANGUAGE", "EVENT",
                            "PRODUCT"))


def _in_org(doc: Any, t: Toponym) -> bool:
    """A name inside an organisation's ("the National Maritime Council")."""
    span = doc.char_span(t.span.start, t.span.end, alignment_mode="expand")
    return span is not None and any(tok.ent_type_ == "ORG" for tok in span)


# nouns of a state's first-level divisions: "the Amhara region", "the Kachin state"
PROVINCE_NOUNS = frozenset(("region", "state", "province"))


def _named_province(tok: Any, gazetteer: Any) -> bool:
    """A people's name the tagger reads as such, naming a province the gazetteer knows ("sent
    troops to the Amhara region"): the province, unlike "the Pashtun areas"."""
    return (tok.dep_ == "compound" and tok.head.lemma_.lower() in PROVINCE_NOUNS
            and gazetteer is not None and any(
                e.precision == "admin1" for e in gazetteer.lookup(tok.text)))


# the local divisions' nouns written after their names ("X upazila", "X woreda")
LOCAL_DIVISIONS = frozenset("township territory upazila commune woreda tehsil zone".split())


# prepositions that put the event beside a place ("near X", "outside X")
VICINITY_PREPS = frozenset(("near", "outside"))


# the area nouns a name stands on as the object of the event's verb ("shelled the X district")
# and the named sites of one spot ("struck the X gas field", "shelled the X air base")
_SITE_OBJECTS = frozenset(("field", "base", "airbase", "airport", "refinery"))
_AREA_OBJECTS = frozenset(("district", "neighbourhood", "neighborhood", "village", "suburb",
                           "quarter", "town", "township", "camp")) | _SITE_OBJECTS
# of them, the ones a town's precision fits (the rest are parts of a province)
_TOWN_LIKE = frozenset(("village", "town", "camp", "neighbourhood", "neighborhood", "quarter",
                        "suburb")) | _SITE_OBJECTS


def _struck_area(tok: Any, trig: Any) -> bool:
    """The name qualifies an area noun that is the direct object of the event's own verb
    ("shelled the rebel-held X district", "stormed the X camp"): the area acted on is where
    the event happened."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _TOWN_LIKE:
        head = head.head  # "seized the town of X", "raided the village of X"
    elif tok.dep_ != "compound":
        return False
    if not (head.lemma_.lower() in _AREA_OBJECTS
            and head.dep_ == "dobj" and head.head.pos_ == "VERB"):
        return False
    # the verb itself, or what it goes on to do ("shelled the X district, killing three")
    return head.head.i == trig.i or (trig.dep_ in ("advcl", "conj") and trig.head.i == head.head.i)


# the nouns of "the village of X": a settlement, whatever the gazetteer knows of X
_SETTLEMENTS = frozenset(("village", "town", "hamlet", "settlement"))
# what the tagger reads an unknown village's name as, besides a person's or a people's
_MISREAD_ENTS = frozenset(("LANGUAGE", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"))


def _of_settlement(tok: Any) -> bool:
    """The name is the object of "the village/town of"."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" \
        and tok.head.head.lemma_.lower() in _SETTLEMENTS


# verbs that say only that the event their subject names happened ("talks were held in X",
# "the meeting took place in X", "fighting broke out near X")
_OCCURRING = frozenset("hold convene stage occur happen erupt resume open".split())


def _occurring_verb(trig: Any) -> Any:
    """The verb an event noun is the subject of when that verb only says the event happened
    ("the talks were held in X", "a meeting took place in X", "clashes broke out in X"):
    its locative phrase is the event's; else the trigger itself."""
    verb = trig.head
    if trig.dep_ not in ("nsubj", "nsubjpass") or trig.pos_ != "NOUN" or verb.pos_ != "VERB":
        return trig
    lemma = verb.lemma_.lower()
    if lemma in _OCCURRING or (lemma == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)) or (
            lemma == "break" and any(c.dep_ == "prt" and c.lower_ == "out"
                                     for c in verb.children)):
        return verb
    return trig


# what stands between an unknown name and the known place that holds it ("the village of X
# in Y province", "X, Y")
_HELD_GAP = re.compile(r"\s*(?:,|,?\s*in)\s*(?:the\s+)?(?:" + COMPASS_PART + r"\s+)?$",
                       re.IGNORECASE)
# a country's possessive before the area it holds ("in Mali's central Mopti region")
_OWNER_GAP = re.compile(r"['’]s\s+(?:" + COMPASS_PART + r"\s+)?$", re.IGNORECASE)


def _holder(text: str, end: int, toponyms: list[Toponym]) -> Place | None:
    """The resolved place written right after an unknown name as what holds it ("the
    village of X in northern Y", "in X, Y province"): the name lies in it; a country's
    possessive hands on to the area it opens ("outside X in Somalia's south-western Y
    region": Y)."""
    after = sorted((t for t in toponyms if t.span.start >= end), key=lambda t: t.span.start)
    if not after:
        return None
    t = after[0]
    if not (t.place is not None and t.place.country and t.place.precision in (
            "country", "region", "admin1", "admin2")
            and _HELD_GAP.match(text[end:t.span.start])):
        return None
    if t.place.precision == "country" and len(after) > 1:
        n = after[1]
        if n.place is not None and n.place.country == t.place.country \
                and n.place.precision in ("admin1", "admin2") \
                and _OWNER_GAP.match(text[t.span.end:n.span.start]):
            return n.place
    return t.place


def _modifier_country(tok: Any, toponyms: list[Toponym]) -> Place | None:
    """"the Myanmar town of X", "the Malian village of X": the country that modifies the
    place noun holds the name."""
    noun = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head
    if noun.lemma_.lower() not in PLACE_OR_SITE:
        return None
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "nmod") and child.i < noun.i:
            for t in toponyms:
                if t.span.start <= child.idx < t.span.end and t.place is not None \
                        and t.place.precision == "country" and t.place.country:
                    return t.place
    return None


def _told_area(text: str, opening: int, start: int, toponyms: list[Toponym],
               focus: Place | None) -> Place | None:
    """The area of another country than the document's focus that the name's own sentence
    sets its action in before the name (`fallback.abroad_scene`): X lies there, not at the
    dateline abroad."""
    if focus is None or not focus.country:
        return None
    before = [t for t in toponyms if t.span.end <= start and t.place is not None
              and t.place.country and not t.span.text.isupper()]
    if not before:
        return None
    t = max(before, key=lambda t: t.span.start)
    if t.place is None or not abroad_scene(
            text, opening, t.span.start, t.span.end, t.place.country or "", focus.country,
            t.place.precision in ("country", "region", "admin1", "admin2")):
        return None
    return t.place


def _held_place(name: str, span: Span, area: Place) -> Place:
    """An unknown town in the known area that holds it: the town's name, the area's country
    and divisions (a country or a region of several states gives no admin1)."""
    inside = area.precision in ("admin1", "admin2")
    return Place(name=name, country=area.country, precision="city",
                 admin1=area.admin1 if inside else None,
                 admin2=area.admin2 if area.precision == "admin2" else None,
                 lat=area.lat, lon=area.lon, evidence=(span,))


def _struck_area_place(name: str, span: Span, noun: str, focus: Place | None) -> Place | None:
    """The place of an unknown area the event's verb acts on: its own name, in the area the
    document is about (`focus`: its country, province and point, as `resolve` places any
    name the gazetteer lacks); None without a focus."""
    if focus is None or not focus.country:
        return None
    return Place(name=name, country=focus.country,
                 precision="city" if noun in _TOWN_LIKE else "admin2",
                 admin1=focus.admin1, admin2=None, lat=focus.lat, lon=focus.lon,
                 evidence=(span,))


def missed_place_names(doc: Any, toponyms: list[Toponym], trig: Any, sentence: Span,
                  gazetteer: Any, countries: frozenset[str] = frozenset(),
                  focus: Place | None = None) -> list[Toponym]:
    """Proper names in the event's own locative phrase that recognition left out ("killed in
    southern Kobane", "in the town of Adwar", "at the Kokkadicholai base"): the phrase says
    they are places. Resolved when the gazetteer knows the name, else kept unresolved."""
    taken = [(t.span.start, t.span.end) for t in toponyms]
    out: list[Toponym] = []
    occurring_verb = _occurring_verb(trig)  # (one per trigger, not per token)
    for tok in doc[trig.sent.start:trig.sent.end]:
        # the tagger reads an unknown village name as a person's, a town's as a people's
        # ("the town of Pahalgam"): the place noun decides
        # ("the village of X" read as a language or a work of art: the noun decides too)
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or (
                tok.ent_type_ in NOT_PLACE_ENTS - {"PERSON", "NORP"} and not (
                    tok.ent_type_ in _MISREAD_ENTS and _of_settlement(tok))):
            continue
        if (tok.dep_ in ("compound", "flat") and tok.head.pos_ == "PROPN" and tok.head.i > tok.i
                ) or (tok.i + 1 < trig.sent.end and doc[tok.i + 1].pos_ == "PROPN"
                      and doc[tok.i + 1].ent_type_ not in NOT_PLACE_ENTS - {"PERSON"}):
            continue  # not the last word of the name ("Musa" of "Musa Qal'ah district")
        first = tok
        while first.i > trig.sent.start and doc[first.i - 1].pos_ == "PROPN" and \
                doc[first.i - 1].ent_type_ not in NOT_PLACE_ENTS - {"PERSON"}:
            first = doc[first.i - 1]
        start, end = first.idx, tok.idx + len(tok.text)
        if any(a < end and start < b for a, b in taken):
            continue
        path = _path(tok, trig)
        occurring = path is None and occurring_verb != trig
        if occurring:
            path = _path(tok, occurring_verb)
        struck = _struck_area(tok, trig)
        # "recovered pistols from a house near X and arrested a man", "overran positions near
        # X, killing 23": the vicinity phrase of the clause the event hangs on or is
        # coordinated with carries to it, as a known name's does (`_inherited`)
        carried = path is None and not occurring and tok.dep_ == "pobj" \
            and tok.head.lower_ in VICINITY_PREPS and _inherited(tok, trig)
        if not carried and not struck and (path is None or path[1] or (
                _prep_of(tok, trig) not in LOCATIVE and not (
                    _named_province(tok, gazetteer) and _motion(tok, trig)))):
            continue  # (a province troops were sent to is where they deploy)
        name = doc.text[start:end]
        head = tok.head
        place_word = (tok.dep_ == "compound" and head.lemma_.lower() in PLACE_OR_SITE
                      ) or (tok.dep_ == "pobj" and tok.head.lower_ == "of"
                            and tok.head.head.lemma_.lower() in PLACE_OR_SITE) or (
            # "in X upazila", the parser reading the division's noun as no noun of X
            tok.dep_ == "pobj" and tok.i + 1 < len(doc)
            and doc[tok.i + 1].lower_ in LOCAL_DIVISIONS)
        # a name the gazetteer knows, heading the phrase itself; no acronym ("YPG", "A.M.")
        known = (tok.dep_ in ("pobj", "dobj", "appos", "conj") and gazetteer is not None
                 and tok.ent_type_ != "PERSON"
                 and tok.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "") and not name.isupper()
                 and "." not in name and len(name) > 3 and name.lower() not in GENERIC_WORDS
                 and gazetteer.has_name(name))  # not "the Gulf", "the Lake": no one place
        # a site or natural feature the tagger names ("near Bajo de Masinloc", FAC/LOC) heading
        # the event's own locative phrase, though the gazetteer lacks it: a name of several
        # words, not one a big place's name opens ("near the Boston Marathon"), in a sentence
        # that names no town or province (a dateline aside)
        site = (tok.ent_type_ in ("FAC", "LOC") and tok.dep_ == "pobj" and first.i < tok.i
                and first.ent_type_ == tok.ent_type_ and not name.isupper()
                and gazetteer is not None and not prominent_place(gazetteer, first.text)
                and not any(t.place is not None and not t.span.text.isupper()
                            and t.place.precision not in ("country", "region")
                            and not _in_org(doc, t) for t in toponyms))
        # "overran positions near X", "stopped outside X": a vicinity word says the name it
        # heads is a place, though the tagger read an unknown village as a name of something
        # else (no acronym, no person's name, no word of the org's sort)
        vicinity = (tok.dep_ == "pobj" and tok.head.lower_ in VICINITY_PREPS
                    and tok.ent_type_ in ("ORG", "PERSON", "") and first.i == tok.i
                    and not name.isupper() and len(name) > 3 and focus is not None
                    and name.lower() not in GENERIC_WORDS)
        # "in X, 40 km north of Y": a name told by its distance from a known place
        reference = distance_place(doc.text, end, ((t.span.start, t.place) for t in toponyms)) \
            if tok.dep_ == "pobj" and not name.isupper() and len(name) > 3 else None
        if not (place_word or known or site or vicinity or reference):
            continue
        settlement = place_word and _of_settlement(tok)
        if occurring and not (known or settlement):
            continue  # ("broke out in the district of X": the district's town is the place)
        if tok.ent_type_ == "NORP" and tok.dep_ != "pobj" and not _named_province(tok, gazetteer):
            continue  # "the town of Pahalgam", not "the Pashtun areas" nor "X district"
        if known or (gazetteer is not None and gazetteer.has_name(name)):
            from . import resolve_spans
            res = resolve_spans(doc.text, [(start, end)], gazetteer=gazetteer,
                                document_id=sentence.document_id)
            if res and res[0].place is not None and (
                    not countries or res[0].place.country in countries):
                out.append(res[0])
                continue
            # a name read as a town of a country the document never names ("from Wali" as
            # Warri, Nigeria, in a report from Afghanistan) is no place of this story, unless
            # a place noun says it is one (then unresolved)
            if not place_word:
                continue
        span = Span(start, end, name, sentence.document_id)
        # (not a site named after a town the gazetteer knows: "near the X Airfield in Y")
        area = None if first.i < tok.i and gazetteer is not None \
            and gazetteer.has_name(first.text) else _holder(doc.text, end, toponyms + out)
        if area is None and reference is not None:
            area = Place(name=reference.name, country=reference.country, precision="country")
        if area is not None:
            out.append(Toponym(span=span, place=_held_place(name, span, area)))
            continue
        told = _modifier_country(tok, toponyms) or _told_area(
            doc.text, trig.sent.start_char, start, toponyms, focus)
        if told is not None and (struck or vicinity):
            out.append(Toponym(span=span, place=_held_place(name, span, told)))
            continue
        noun = (tok.head.head if tok.dep_ == "pobj" else tok.head).lemma_.lower()
        place = _struck_area_place(name, span, noun, focus) \
            if struck else (_struck_area_place(name, span, "village", focus)
                            if vicinity and not place_word else None)
        if place is None and settlement:
            # "held in the village of X": a village the gazetteer lacks, in the country its
            # phrase names ("the Malian village of X") or the area the document is about (as
            # `resolve` places a recognised name it lacks)
            held = _holder(doc.text, end, toponyms + out) or told
            place = _held_place(name, span, held) if held is not None \
                else _struck_area_place(name, span, noun, focus)
        if place is None and focus is not None and focus.country and tok.i + 1 < len(doc) \
                and doc[tok.i + 1].lower_ in LOCAL_DIVISIONS:
            # "in X upazila" with no area written beside it: a division of the document's
            # country (which of its provinces the text does not say)
            place = Place(name=name, country=focus.country, precision="admin2",
                          lat=focus.lat, lon=focus.lon, evidence=(span,))
        out.append(Toponym(span=span, place=place))
    return out
