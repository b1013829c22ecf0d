"""What an act that does not strike targets: people, a body or a state, or a vessel or vehicle
it stops or seizes; never a place, a road, a service or an activity it closes, bans or cuts.
"The governor imposed a curfew on Dala", "banned night travel on the Garissa road", "cut
mobile internet access across Sylhet", "extended a ban on motorbike traffic", "protested
outside the police headquarters": no one is named, and the dev gold sets code such acts with
no target (of the 256 coercions they code, no target is a place, a road, a service or an
activity; seized ships, boats and aircraft are coded, as are the people and bodies barred or
held). A thing's owner is named in its own phrase ("suspended the activities of foreign aid
groups", "set fire to the offices of a banana exporter"): the owner is the target. Acts of
force keep the sites and things they hit ("burned three schools"; `things_beside_people`),
but not the road or the town where they happened ("took the passengers from two buses on a
highway": the dev gold sets code no road, crossing or border as what an attack hit).

And a count is no one, in any act: "Police put the number abducted at 43" counts the
abducted, it does not name them."""

from __future__ import annotations

from typing import Any

from .custody_verbs import PERSON_SUFFIXES
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon
from .owned_things import (PLACE_ENTS, _named_thing, _vehicle, evidence_head, force_site,
                           names_body, names_whom, owned_thing, owners_of)
from .quantities import LOCATIVE_PREPS
from .statement_targets import ACT_NOUN_ENDINGS
from .syntax import of_objects

# the acts that strike, whose targets may be things and sites
STRIKING = {"ASSAULT"}
# prepositions of the place an act happened at ("on a highway", "near the border")
WHERE_PREPS = (*LOCATIVE_PREPS, "on", "along")
# nouns that count what they are said of ("the number abducted", "the total detained")
COUNT_HEADS = {"number", "total", "toll", "tally", "figure"}
# word classes of places, roads, crossings and services, which a ban or a cut closes
CLOSED_CLASSES = ("place_word", "roadway", "crossing_points", "communications", "online")
# word classes of bodies a ban or a mandate names ("the newspaper", "the party", "its mission")
BODY_CLASSES = ("bannable", "shuttable", "observers", "diplomatic_mission", "collective_body")
# the endings of act nouns (`statement_targets.ACT_NOUN_ENDINGS`, less the short ones,
# "-ment" and "-ure", which also end words for people and bodies: "official", "elements",
# "the legislature")
ACTIVITY_ENDINGS = tuple(e for e in ACT_NOUN_ENDINGS
                         if len(e) > 2 and e not in ("ment", "ure"))
# activities named by their verb ("banned night travel", "suspended motorbike traffic")
ACTIVITY_WORDS = {"travel", "traffic", "access", "entry", "trade", "transport", "service"}
# endings of nouns for whoever does something ("a casino operator", "a banana exporter"):
# the endings of words for people, less "-ee" (those an act is done to: "an employee")
AGENT_ENDINGS = tuple(e for e in PERSON_SUFFIXES if e != "ee")


def _a_name(head: Any) -> bool:
    """A proper name, or a common noun a name tells which ("the Kurdistan region")."""
    return head.pos_ == "PROPN" or any(c.dep_ in ("compound", "amod") and (
        c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP")) for c in head.lefts)


def _a_place(head: Any, names: bool = False) -> bool:
    """A word for a place, road, crossing or service, or, with `names`, an unlinked place
    name. Only a coercion's place names are dropped: the other acts name regions and states
    by their places ("stands with the Kurdistan region", "called on the North", "recognised
    South Ossetia"), as the gold sets code them."""
    if _a_name(head):
        return names and head.ent_type_ in PLACE_ENTS
    lex = load_lexicon()
    return head.ent_type_ in PLACE_ENTS or any(
        lex.in_class(w, k) for k in CLOSED_CLASSES for w in (_lemma(head), head.lower_))


def _names_no_one(p: Any, doc: Any, coercion: bool) -> Any:
    """The head word of a target that names no one: a place (`_a_place`), or, unless it is
    a word for people or a body, a building ("the governor's office") or an act or an
    activity ("night travel", "public gatherings", "suspicion", "the activities of ...");
    None otherwise (a word for no act is kept: "recruits", "the clergy")."""
    if p.kb_id or p.sector:
        return None
    head = evidence_head(p, doc)
    if head is None or head.pos_ not in ("NOUN", "PROPN") or _named_thing(head) or _vehicle(head):
        return None
    if _a_place(head, names=coercion):
        return head
    lex = load_lexicon()
    words = (_lemma(head), head.lower_)
    if head.pos_ == "PROPN" or names_whom(p, doc) or _agent_noun(head) or any(
            lex.in_class(w, k) for k in BODY_CLASSES for w in words):
        return None
    return head if owned_thing(head) or _an_act(head) else None


def _a_seat(head: Any) -> bool:
    """A seat of power ("the public prosecutor's office", "city hall"), which names the body
    that sits there unless its phrase names another owner."""
    return load_lexicon().in_class(_lemma(head), "seat_of_power")


def _an_act(head: Any) -> bool:
    """An act or an activity (`_an_activity`), or an act the lexicon knows ("conduct")."""
    return _an_activity(_lemma(head)) or load_lexicon().in_class(_lemma(head), "evaluated_acts")


def _an_activity(word: str) -> bool:
    """A noun for an act or an activity: one of `ACTIVITY_WORDS`, or a verb's act noun by
    its ending ("gathering", "session", "suspicion")."""
    return word in ACTIVITY_WORDS or any(
        word.endswith(end) and len(word) > len(end) + 2 for end in ACTIVITY_ENDINGS)


def _agent_noun(head: Any) -> bool:
    """A noun for whoever does something: "an operator", "exporters" (not "a shipment")."""
    word = head.lower_[:-1] if head.lower_.endswith("s") else head.lower_
    return word.endswith(AGENT_ENDINGS) and not word.endswith("ment")


def _where_it_happened(p: Any, doc: Any) -> bool:
    """A target of an act of force that is where the act happened, not what it hit: an
    unlinked place name or a road or crossing, as the object of a preposition of place
    ("abducted passengers from two buses on a highway", "an ambush near the border", "a
    shooting in Korangi"); a road or bridge blown up, its object, stays."""
    if p.kb_id or p.sector:
        return False
    head = evidence_head(p, doc)
    if head is None or head.dep_ != "pobj" or head.head.lower_ not in WHERE_PREPS:
        return False
    lex = load_lexicon()
    return head.ent_type_ in ("GPE", "LOC") or any(
        lex.in_class(w, k) for k in ("roadway", "crossing_points")
        for w in (_lemma(head), head.lower_))


def _a_count(p: Any, doc: Any) -> bool:
    """A target that is a count word with nothing counted after it ("the number abducted";
    "the number of hostages" is read as the hostages elsewhere)."""
    if p.kb_id or p.sector:
        return False
    head = evidence_head(p, doc)
    return head is not None and head.pos_ == "NOUN" and head.lower_ in COUNT_HEADS and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in head.children)


def _owners(head: Any) -> list[Any]:
    """Who a thing or an activity belongs to, told in its own phrase ("the offices of a
    banana exporter", "the activities of foreign aid groups"); a place has none ("the town
    of Dala" names the town; "the police headquarters" is a site the police hold)."""
    if _a_place(head, names=True) and not force_site(head):
        return []
    return owners_of(head) or [o for o in of_objects(head) if o.ent_type_ not in PLACE_ENTS
                               and (names_body(o) or _agent_noun(o))]


def drop_non_targets(final: list[Any], ctx: Any) -> None:
    """Drops from each event the targets that are counts; from the acts of force
    (`STRIKING`) the places where they happened; from the other acts those that name no
    one, putting the owner its phrase names in place of a thing or an activity. A seat of
    power, or a protest's building, whose owner is not named ("protested outside city hall",
    "the district election office", "called on the public prosecutor's office") is kept: the
    gold sets code the body that sits there by it."""
    for d in final:
        if not d.targets:
            continue
        doc = d.trigger.token.doc
        keep = [p for p in d.targets if not _a_count(p, doc)]
        if d.typed.plover in STRIKING:
            keep = [p for p in keep if not _where_it_happened(p, doc)]
        else:
            named = {x.name.lower() for x in (*d.targets, *d.actors)}
            out = []
            for p in keep:
                head = _names_no_one(p, doc, d.typed.plover == "COERCE")
                owners = _owners(head) if head is not None else []
                if head is None or (not owners and not _an_act(head) and (
                        d.typed.plover == "PROTEST" or _a_seat(head))):
                    out.append(p)  # ("city hall", "the prosecutor's office": the body there)
                    continue
                for o in owners:
                    owner = ctx.mapper.participant(o)
                    if owner is not None and owner.name.lower() not in named:
                        out.append(owner)
                        named.add(owner.name.lower())
            keep = out
        d.targets = keep
