"""Whom a protest and a force's action against it are aimed at. In a report of a protest,
"21 people were arrested", "at least 15 people were hurt when police charged" tell of the
protesters, named by whatever the report calls them ("teachers", "supporters of the
candidate"), not of people at large (`people_as_protesters`): ACLED and the gold sets code the
arrested and the hurt of a dispersal as the protest's crowd. A crowd that marches to
parliament or gathers outside a court addresses that body (`protested_seats`). Of any act on
people: bare "people" counted beside a party it names are that party (`people_beside_named`),
and a party told as some of a group ("four civilians, including a child") is part of that
group's target (`parts_of_a_group`)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .act_kinds import REMOTE_MODES
from .argument_words import GENERIC_HEADS
from .armed_sides import sector_of
from .lexicon import lemma as _lemma
from .merge_words import STATE_SECTORS
from .owned_things import evidence_head as _head_token
from .owned_things import names_whom
from .riot_counts import same_day, same_place
from .syntax import pobj_of

# the unnamed people a report counts ("21 people were arrested"): a bare noun of anyone
ANYONE = {"people", "persons"}
# what a force does to a crowd: arrests it, or assaults it (disperses, shoots, hurts)
CROWD_ACTS = {"COERCE", "ASSAULT"}
# what a crowd the report names no better is called
PROTESTERS = "protesters"


def _anyone(p: Any) -> bool:
    return p.kb_id is None and p.name.strip().lower() in ANYONE


def _state_or_unnamed(d: Any) -> bool:
    """The act is done by state forces, or by no one named ("were arrested", "were hurt
    when police charged"); an attack from afar by no one named (a bomb that went off, a
    shelling) is no act on a crowd."""
    if not d.actors and d.typed.mode in REMOTE_MODES:
        return False
    return all(a.sector in STATE_SECTORS for a in d.actors)


def _crowd(p: Any) -> bool:
    """A protest's actor that names its crowd (not "people" again)."""
    return not _anyone(p) and p.sector not in STATE_SECTORS


def _protest_for(d: Any, protests: list[Any]) -> Any | None:
    """The protest told nearest `d` (before it first) on its day and at its place."""
    at = d.trigger.token.i
    fits = [e for e in protests if same_day(e, d) and same_place(e, d)]
    before = [e for e in fits if e.trigger.token.i < at]
    if before:
        return max(before, key=lambda e: e.trigger.token.i)
    return min(fits, key=lambda e: e.trigger.token.i, default=None)


def people_as_protesters(final: list[Any]) -> None:
    """An arrest or assault by state forces (or by no one named) whose target is bare
    "people", in a report that tells a protest on the same day at the same place, is aimed at
    that protest's crowd: "people" gives way to the protest's named actors, or, where the
    protest names its crowd no better ("thousands of people marched"), to "protesters" (the
    words "people" kept as one more mention of them)."""
    protests = [d for d in final if d.modality == "asserted" and d.typed.plover == "PROTEST"]
    if not protests:
        return
    for d in final:
        if d.modality != "asserted" or d.typed.plover not in CROWD_ACTS:
            continue
        anyone = [p for p in d.targets if _anyone(p)]
        if not anyone or not _state_or_unnamed(d):
            continue
        protest = _protest_for(d, protests)
        if protest is None:
            continue
        said = tuple(m for p in anyone for m in (p.name, *p.mentions))
        crowd = [replace(p, mentions=tuple(dict.fromkeys((*p.mentions, *said))))
                 for p in protest.actors if _crowd(p)] or [
            replace(anyone[0], name=PROTESTERS, mentions=tuple(dict.fromkeys(said)))]
        names = {p.name.lower() for p in d.targets}
        kept = [p for p in d.targets if not _anyone(p)]
        d.targets = kept + [p for p in crowd if p.name.lower() not in names]


# where a crowd goes or stands, told of a seat of power ("marched to parliament", "gathered
# outside the court", "rallied in front of the ministry")
TOWARD_PREPS = ("to", "towards", "toward", "on", "outside", "at", "before")
# what a seat's building is called, its body named before it ("the parliament buildings")
BUILDING_NOUNS = {"building", "buildings", "premises", "compound", "gate", "gates"}


def _seats_told(tok: Any, lex: Any) -> list[Any]:
    """The seats of power a protest word is told going to or standing at: the "to" /
    "outside" / "in front of" phrase of the word, or of the road it blocks ("blocked roads
    around the parliament buildings"); a building stands for the body it is of."""
    holders = [tok] + [c for c in tok.children if c.dep_ in ("dobj", "obj")
                       and lex.in_class(_lemma(c), "roadway")]
    found = [g for h in holders for g in pobj_of(h, (*TOWARD_PREPS, "around", "near"))]
    found += [g for h in holders for f in pobj_of(h, ("in",)) if f.lower_ == "front"
              for g in pobj_of(f, ("of",))]
    out = []
    for g in found:
        if _lemma(g) in BUILDING_NOUNS or g.lower_ in BUILDING_NOUNS:
            g = next((c for c in g.children if c.dep_ in ("compound", "poss")
                      and lex.in_class(_lemma(c), "seat_of_power")), g)
        if lex.in_class(_lemma(g), "seat_of_power") and g.pos_ in ("NOUN", "PROPN") and not (
                _foot_of_a_thing(g, lex)):
            # ("outside the army's base": the army, whose seat it is)
            owner = [c for c in g.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]
            out.append(owner[0] if owner and _lemma(g) in ("base", "barracks", "headquarters")
                       else g)
    return out


# the classes of words a body or force is called by ("the base of the 5th Brigade")
HOLDER_CLASSES = ("armed", "troops", "actor_word", "group_word", "person")


def _foot_of_a_thing(g: Any, lex: Any) -> bool:
    """"Gathered at the base of the monument": a "base" whose "of" phrase names a thing, not
    a force or body (no name, no word for an armed or organised group), is the foot of that
    thing, no seat of power."""
    return _lemma(g) == "base" and any(
        o.pos_ == "NOUN" and not o.ent_type_
        and not any(lex.in_class(_lemma(o), c) for c in HOLDER_CLASSES)
        for o in pobj_of(g, ("of",)))


def protested_seats(final: list[Any], ctx: Any) -> None:
    """A protest with no target told going to or standing at the seat of a body ("marched
    peacefully to parliament", "gathered outside the provincial legislature to demand a
    referendum") is addressed to that body: its target."""
    for d in final:
        if d.typed.plover != "PROTEST" or d.targets:
            continue
        crowd = {p.name.lower() for p in d.actors}
        for m in (d.trigger, *d.mentions):
            seats = [p for p in (ctx.mapper.participant(g) for g in _seats_told(m.token, ctx.lex))
                     if p is not None and p.name.lower() not in crowd]
            if seats:
                d.targets = seats
                break


# what may stand between "people" and a party told as some of them ("six people, including
# two journalists", "30 people, many of them pupils", "people, mostly women")
SOME_WORDS = "including|among them|among whom"
SOME_OF_THEM = re.compile(rf"^\s*[,(\u2014-]\s*({SOME_WORDS}|mostly|mainly)?\s*$")


def _told_inside(people: Any, p: Any, doc: Any) -> bool:
    """Whether party `p` is told inside the people: in their phrase, or in apposition."""
    h, g = _head_token(people, doc), _head_token(p, doc)
    if h is None or g is None:
        return False
    if g.i != h.i and g in h.subtree:
        return True
    end, start = people.evidence[0].end, p.evidence[0].start
    return 0 <= start - end < 40 and bool(SOME_OF_THEM.match(doc.text[end:start]))


def people_beside_named(final: list[Any]) -> None:
    """"Gunmen killed nine villagers and wounded 14 people", "opened fire on a market,
    killing six traders and wounding 20 people": bare "people" counted beside an unarmed
    party the act names (the villagers, the traders) are that party counted again, not a
    second target (the words "people" kept as one more mention of the first such party);
    unless the party is told inside the people ("six people, including two journalists":
    the people are the target). People hurt beside only a state's forces ("killing three
    police officers and wounding 20 people") are bystanders: a target of their own."""
    for d in final:
        if d.typed.plover not in CROWD_ACTS:
            continue
        anyone = [p for p in d.targets if _anyone(p)]
        if not anyone:
            continue
        doc = d.trigger.token.doc
        # (people hurt beside police or troops are bystanders, not more of them; people
        # arrested beside suspects, or hurt beside fighters of a clash, are those again)
        named = [p for p in d.targets if not _anyone(p) and names_whom(p, doc) and not (
            d.typed.plover == "ASSAULT" and sector_of(p) in STATE_SECTORS)]
        if not named:
            continue
        if any(_told_inside(a, p, doc) for a in anyone for p in named):
            continue
        said = tuple(m for p in anyone for m in (p.name, *p.mentions))
        first = named[0]
        d.targets = [replace(p, mentions=tuple(dict.fromkeys((*p.mentions, *said))))
                     if p is first else p for p in d.targets if not _anyone(p)]


# what tells a party as some of a group told just before it ("four civilians, including a
# child", "19 prisoners, among them three priests"), a count or article allowed after it
SOME_OF_GROUP = re.compile(rf"^\s*,?\s*({SOME_WORDS})\s+(\S+\s+)?$")
# a party that names itself as some of the group before it ("30 people, many of them pupils")
OF_THEM = re.compile(r"^\S+ of them\b", re.IGNORECASE)


def _some_of(group: Any, p: Any, doc: Any) -> bool:
    """Whether `p` is told as some of `group`: right after its head word, after "including"
    or "among them", or as "many of them ..."."""
    h = _head_token(group, doc)
    if h is None or not p.evidence or p is group:
        return False
    end, start = h.idx + len(h.text), p.evidence[0].start
    between = doc.text[end:start]
    if not 0 < start - end < 40:
        return False
    return bool(SOME_OF_GROUP.match(between)) or (
        bool(OF_THEM.match(p.evidence[0].text)) and between.strip() in (",", "", "(", "\u2014"))


def _generic(group: Any, doc: Any) -> bool:
    """A group named by a word for anyone ("people", "men", "others")."""
    h = _head_token(group, doc)
    return _anyone(group) or (h is not None and h.lower_ in GENERIC_HEADS)


def _named(p: Any, doc: Any) -> bool:
    """A party the report names ("Ana Ruiz"), not one it describes ("a woman commander")."""
    h = _head_token(p, doc)
    return p.kind == "person" or (h is not None and h.pos_ == "PROPN")


def parts_of_a_group(final: list[Any]) -> None:
    """"Security forces killed four militants, including a woman cadre", "released 19
    prisoners, among them three priests": a party told as some of a group that is a target
    of the same act is part of that target, not one of its own (the group is whom the act
    was against, and is counted). Bare "people" or "men" is no such group, and a person the
    report names stays."""
    for d in final:
        if len(d.targets) < 2:
            continue
        doc = d.trigger.token.doc
        # (not of a generic group: "nine people, including four soldiers", "five men,
        # including two commanders" may tell whom the act was aimed at; nor a person the
        # report names: both are kept)
        parts = {id(p) for p in d.targets for g in d.targets
                 if not _generic(g, doc) and not _named(p, doc) and _some_of(g, p, doc)}
        d.targets = [p for p in d.targets if id(p) not in parts]
