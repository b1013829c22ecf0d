"""Where an event took place when its sentence says it only by the way: a place the parse
attaches to the trigger, a dateline that is only where the report was filed, a "<Name>
province" named in the sentence, a place that stands for its government (metonymy), the
province a release names, and the document-wide fallback for events with no place of their
own. Moved out of `discourse` (the same rules); the events stage calls them while drafting,
`discourse.apply` runs the fallback after merging.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ..geo.place_parse import ATTRIBUTION_VERBS, _clause_head
from ..language import span_root
from ..records import Place
from .argument_words import COURT_NOUNS
from .draft import Draft
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon
from .nearby_places import (landmark_city, lead_detail_town, scene_place,  # noqa: F401
                            the_town, town_told_again)
from .borrowed_places import _foreign_to_actors, _site_stays
from .restated_places import note_own_place
from .named_province import (_PROVINCE, _admin1_entry, _akey,  # noqa: F401
                             named_province)
from .statement_places import (SPEECH_TYPES, UNSAID, addressed_place,  # noqa: F401
                               own_place_only, report_place, said_where_filed, seat_starts,
                               speech_act)


def dateline(text: str, t: Any) -> bool:
    """"KABUL, Afghanistan (Jan. 25)": an upper-case place opening a line, before a comma or
    dash."""
    s = t.span.start
    line_start = text.rfind("\n", 0, s) + 1
    return not text[line_start:s].strip() and _upper_dateline(text, t)


def undateline(analysis: Any, place: Place | None, start: int, focus: str | None,
               skip: Any = None) -> Place | None:
    """The dateline names where the report was filed: when the place of an event is only the
    dateline and the body names places of the same country in another province, the event
    is placed at the nearest of those (a press office in Kabul reporting a raid in Logar);
    not at one the caller's `skip` says is no place of the event."""
    if place is None or not place.evidence:
        return place
    text = analysis.document.text
    tops = [t for t in analysis.toponyms or [] if t.place is not None]
    dl = [t for t in tops if dateline(text, t)]
    ev = place.evidence[0]
    if not any(t.span.start <= ev.start < t.span.end for t in dl):
        return place
    sent = next((s for s in analysis.doc.sents if s.start_char <= start < s.end_char), None) \
        if analysis.doc is not None else None
    if place.geonameid is not None and sent is not None and any(
            t not in dl and t.place.geonameid == place.geonameid
            and sent.start_char <= t.span.start < sent.end_char
            and not _elsewhere(analysis.doc, t) for t in tops):
        return place  # the event's sentence names the dateline's town too: its place
    body = [t for t in tops if t not in dl and t.place.admin1 and (t.place.country == (
        focus or place.country)) and t.place.precision in ("admin1", "city", "admin2", "point")
        and _away_from(t.place, place) and t.span.start > max(d.span.end for d in dl)
        and not _elsewhere(analysis.doc, t) and not (skip is not None and skip(t))]
    if not body or town_told_again(analysis, place, dl, body, start, _elsewhere):
        return place
    return min(body, key=lambda t: (abs(t.span.start - start), t.span.start)).place


def _away_from(body: Place, filed: Place) -> bool:
    """A place the body names is away from the dateline's town: in another province, or
    another town of the same province ("PESHAWAR - ... a bomb in Bannu"), not the province
    that holds the dateline's town."""
    if body.admin1 != filed.admin1:
        return True
    return body.precision in ("city", "point") and filed.precision in ("city", "point") \
        and body.geonameid is not None and body.geonameid != filed.geonameid \
        and body.name != filed.name


def _elsewhere(doc: Any, t: Any) -> bool:
    """The body's toponym `t` names no place where the story happens, whatever the event: an
    origin ("elders from the city of X"), where something was sent or turned away to
    ("flights were diverted to X", "was flown to X"), where the news was told ("told a
    news conference in X", "said in X"), whose ("X's armed groups") or what
    kind of people or thing ("the X elders")."""
    node = span_root(doc, t.span.start, t.span.end) if doc is not None else None
    if node is None:
        return False
    while node.dep_ in ("compound", "flat") and node.head.pos_ == "PROPN" and node.head != node:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.dep_ == "pobj":
        node = node.head.head  # "from the city of X"
    if node.dep_ == "pobj" and node.head.lower_ in ("from", "to"):
        return True
    if node.dep_ == "pobj" and node.head.lower_ in ("in", "at") \
            and _clause_head(node).lemma_.lower() in ATTRIBUTION_VERBS:
        return True  # "the minister told a news conference in X": where it was said
    return node.dep_ in ("poss", "compound", "amod", "nmod") and node.head.pos_ == "NOUN" \
        and not load_lexicon().in_class(_lemma(node.head), "place_word")


ORG_NOUNS = {"government", "administration", "regime", "authority", "authorities",
             "leadership", "leader", "official", "cabinet", "ministry", "parliament"}


# verbs whose country subject is where things happen, not who acts: "Sudan saw fierce
# fighting", "Mali has suffered a wave of attacks"
SETTING_VERBS = {"see", "witness", "experience", "suffer", "have", "be", "become", "remain",
                 "face", "record", "host", "endure", "undergo", "register"}


def metonymic(doc: Any, place: Place) -> bool:
    """A place name used for its government: the agent of a passive ("designated by the US",
    "a coalition led by the US") or coordinated with a government or an organisation
    ("contacts between his new government and Washington")."""
    if not place.evidence:
        return False
    for ev in place.evidence:
        node = span_root(doc, ev.start, ev.end)
        if node is None:
            return False
        while node.dep_ in ("compound", "flat") and node.head != node:
            node = node.head
        if node.lemma_.lower() in COURT_NOUNS:
            return False  # "a Lahore court jailed him": the court's seat, not a government
        if node.dep_ == "pobj" and node.head.lower_ == "by" and node.head.dep_ == "agent":
            continue
        if acting_government(node, place):
            continue  # "Norway and Cuba welcomed the deal": their governments did
        if node.dep_ == "conj" and node.head.ent_type_ not in ("GPE", "LOC", "FAC") and (
                node.head.ent_type_ in ("ORG", "PERSON", "NORP")
                or node.head.lemma_.lower() in ORG_NOUNS) and not _names_places(node.head):
            continue
        return False
    return True


# verbs whose capital-city subject undergoes what happens there: "Kyiv lost power"
CITY_SETTING_VERBS = SETTING_VERBS | {"lose"}


def acting_government(node: Any, place: Place) -> bool:
    """The name at `node` stands for its government, as the subject of a verb that is no
    setting verb: a country ("Norway and Cuba welcomed the deal"), or a capital city whose
    verb takes an object or a clause ("Washington imposed sanctions", "Moscow said it would
    ...", "Beijing warned Manila"; not "Kabul fell" or "Kyiv came under fire")."""
    first = node
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    if first.dep_ != "nsubj" or first.head.pos_ != "VERB":
        return False
    verb = first.head
    if place.precision == "country":
        return _lemma(verb) not in SETTING_VERBS
    return (place.feature_code == "PPLC" and _lemma(verb) not in CITY_SETTING_VERBS
            and any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in verb.children))


def _names_places(tok: Any) -> bool:
    """`tok` modifies a place noun ("the NATO and Mandera areas", "the Garissa and Wajir
    districts"): the names coordinated there name places, whatever the tagger calls them."""
    return tok.dep_ in ("nmod", "compound", "amod") and load_lexicon().in_class(
        _lemma(tok.head), "place_word")


def province_check(analysis: Any, place: Place | None, sent: Any, start: int,
                   focus: str | None) -> Place | None:
    """`_province_check`, the result noted as the mention's own place (`restated_places`)."""
    place = _province_check(analysis, place, sent, start, focus)
    note_own_place(sent, start, place)
    return place


def _province_check(analysis: Any, place: Place | None, sent: Any, start: int,
                    focus: str | None) -> Place | None:
    """A place that the gazetteer did not resolve (no id), a country-wide place, or one in
    another province than the "X province" its sentence names, gives way to that province.
    A place name that stands for a government (`metonymic`) is no place."""
    if place is not None and metonymic(sent.doc, place):
        return None  # nor a province from that name: the sentence gives the event no place
    if place is None:
        tok = next((t for t in sent if t.idx <= start < t.idx + len(t)), None)
        town = the_town(analysis, tok, focus) if tok is not None else None
        if town is not None:
            return town
        fallback = unplaced(analysis, sent, start, focus)
        if fallback is not None:  # used after the discourse rules, if none of them places it
            sent.doc.user_data.setdefault(FALLBACK_KEY, {})[start] = fallback
        return None
    guessed = place.geonameid is None or place.precision in ("country", "unknown")
    prov = named_province(analysis, sent, start, focus or place.country)
    if prov is None and (place.precision in ("country", "unknown")
                         or place.precision == "region" and not place.admin1):
        # "... in the southern Philippines, officials said. The trucks were stopped outside
        # X town": the lead's detail names the town
        fallback = lead_detail_town(analysis, sent, place.country or focus, dateline,
                                    _elsewhere) or document_province(analysis,
                                                                     place.country or focus)
        if fallback is not None:  # used after the discourse rules, for physical events only
            sent.doc.user_data.setdefault(FALLBACK_KEY, {})[start] = fallback
        return place
    if prov is None or (prov.country and place.country and prov.country != place.country):
        return place
    if prov.geonameid is None:
        # a province the gazetteer does not know: only over a place geo itself guessed
        if place.geonameid is not None or place.precision == "country" or place.country is None:
            return place
        prov = Place(name=prov.name, country=place.country, precision="admin1",
                     admin1=prov.admin1, evidence=prov.evidence)
    same_sentence = bool(prov.evidence) and (
        sent.start_char <= prov.evidence[0].start < sent.end_char)
    same_admin1 = _akey(place.admin1) == _akey(prov.admin1)
    if place.geonameid is None and place.precision == "city" and same_sentence \
            and place.country and prov.country == place.country \
            and not _district_named(analysis.document.text, place):
        # "the village of X in Y province", "outside X town in Y province": a town the
        # gazetteer lacks, that the sentence places in the province, is the place (a
        # district the gazetteer lacks, "X district, Y province", gives way to the province)
        return dataclasses.replace(place, admin1=prov.admin1)
    if guessed or (same_sentence and not same_admin1):
        if not guessed and place.precision != "admin1" and same_admin1:
            return place
        return prov
    return place


# the words by which a text asks for a district rather than the town it is named for (not
# geo.containment.DISTRICT_WORDS, the division words that end a gazetteer name)
_DISTRICT_WORDS = frozenset(("district", "districts", "county", "municipality", "province"))


def _district_named(text: str, place: Place) -> bool:
    """The place's name is a district's: the noun ends its span or follows it ("security
    operations in X district and Y city")."""
    if not place.evidence:
        return False
    ev = place.evidence[0]
    after = text[ev.end:ev.end + 20].split()
    return ev.text.split()[-1].lower() in _DISTRICT_WORDS or bool(
        after and after[0].strip(",.;").lower() in _DISTRICT_WORDS)


def unplaced(analysis: Any, sent: Any, start: int, focus: str | None) -> Place | None:
    """An event whose sentence gives it no place: the "X province" its sentence names, else
    the last one the text named before it, else the one province the document's places are in
    ("In Garmsir district of Helmand Province, ... . During the search the force captured ...")."""
    prov = named_province(analysis, sent, start, focus)
    if prov is not None and prov.country is None and focus:
        if _admin1_entry(prov.name, None).country is not None:
            prov = None  # a province of another country than the one the text is about
        else:
            prov = Place(name=prov.name, country=focus, precision="admin1", admin1=prov.admin1,
                         evidence=prov.evidence)
    text = analysis.document.text
    prev = sent.doc[sent.start - 1].sent if sent.start > 0 else None
    if prev is not None and not _PROVINCE.search(text, sent.start_char, sent.end_char) \
            and not _PROVINCE.search(text, prev.start_char, prev.end_char):
        # "searched two houses in X district. Three suspects were detained.": the one town
        # the sentence before named, when neither sentence names a province (a release that
        # names "X district, Y province" is coded at the province)
        prov = scene_place(analysis, sent, focus, dateline, _elsewhere) or prov
    return prov or document_province(analysis, focus)


FALLBACK_KEY = "wirecoder.events.fallback_places"
PHYSICAL_TYPES = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}


def _fallback_places(drafts: list[Draft]) -> None:
    """Events still without a place take the province their text names before them (or the
    document's one province), noted while drafting (`province_check`); attacks, arrests,
    protests and deployments placed only country- or region-wide take the document's one
    province (a place in no country, a sea, stays). A statement (`speech_act`) takes no
    place from another sentence, and its own place (`seat_only`: "an official in Accra
    condemned ...") is no fallback for others."""
    seats = seat_starts(drafts)
    for d in drafts:
        if d.modality == "historical" or own_place_only(d):
            continue
        physical = d.typed.plover in ("ASSAULT", "PROTEST") or (
            d.typed.plover in PHYSICAL_TYPES and d.typed.acled is not None)
        if d.location is not None and not (
                physical and not d.location.admin1
                and d.location.precision in ("country", "unknown", "region")):
            continue  # a country-wide statement or policy stays country-wide
        if d.location is not None and d.location.country is None \
                and d.location.feature_code is not None:
            continue  # in no country: a sea ("fired at a tanker in the Red Sea"), not a province
        stash = d.trigger.token.doc.user_data.get(FALLBACK_KEY) or {}
        for m in [d.trigger, *d.mentions]:
            if m.start in stash:
                place = stash[m.start]
                if not _foreign_to_actors(d, place) and not _site_stays(d, place) \
                        and not any(ev.start in seats for ev in place.evidence):
                    d.location = place
                break


def _upper_dateline(text: str, t: Any) -> bool:
    """An upper-case place name before a comma, dash or bracket ("... Release KABUL,
    Afghanistan (May 3)"): a dateline even where it does not open a line."""
    name = text[t.span.start:t.span.end]
    return (name.isupper() and len(name) >= 3
            and text[t.span.end:t.span.end + 2].lstrip()[:1] in (",", "/", "-", "—", "–", "("))


def _government_name(analysis: Any, t: Any) -> bool:
    """The toponym `t` is a capital that stands for its government where it is written
    ("Washington imposed sanctions"): no place of the story (`acting_government`)."""
    if analysis.doc is None or t.place is None:
        return False
    node = span_root(analysis.doc, t.span.start, t.span.end)
    return node is not None and acting_government(node, t.place)


def document_province(analysis: Any, country: str | None) -> Place | None:
    """The province all the document's places below country level (of `country`; the
    dateline and a capital standing for its government left out) are in, as an admin1
    place; None when they name several or none."""
    if country is None:
        return None
    text = analysis.document.text
    tops = [t for t in analysis.toponyms or [] if t.place is not None
            and t.place.country == country and t.place.admin1
            and t.place.precision in ("admin1", "city", "admin2", "point")
            and not dateline(text, t) and not _upper_dateline(text, t)
            and not _government_name(analysis, t)]
    if not tops or len({_akey(t.place.admin1) for t in tops}) != 1:
        return None
    first = tops[0]
    p = _admin1_entry(first.place.admin1, country)
    return Place(name=p.name if p.country else first.place.admin1, country=country,
                 precision="admin1", geonameid=p.geonameid if p.country else None,
                 admin1=p.admin1 if p.country else first.place.admin1, lat=p.lat, lon=p.lon,
                 feature_code=p.feature_code, evidence=(first.span,))
