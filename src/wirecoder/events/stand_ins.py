"""What a target noun stands for (`stands_for`): the person whose life it is, the people of a
gathering broken up, the body a convoy travels for, the people a camp shelters. Read by
`arguments.roles_for` on every target it finds."""

from __future__ import annotations

from typing import Any

from .aid_acts import AID_NAMES
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon
from .owned_things import owners_of
from .repression import GATHERING_NOUNS
from .role_patterns import whose_life
from .syntax import pobj_of
from .told_acts import CARRYING_VERBS


def stands_for(t: Any) -> list[Any]:
    """Whom a target noun stands for: the person whose life it is (`whose_life`); the people
    of a gathering ("to break up a march by dockworkers", "scattered a rally of striking
    miners"), not the gathering; a convoy or truck and whom it carries for ("stopped a
    convoy of trucks carrying food for the World Food Programme", `cargo_owners`); a camp and
    the people it shelters ("attacked a camp for displaced people", `housed_people`); a
    thing and whose it is ("a clinic run by a charity", `owned_things.owners_of`)."""
    if _lemma(t) in GATHERING_NOUNS and t.pos_ == "NOUN":
        # (the parser may hang "by" on the verb: "to break up a march by dockworkers")
        held = [t.head] if t.dep_ == "dobj" and not any(
            c.dep_ == "auxpass" for c in t.head.children) else []
        return [g for h in (t, *held) for g in pobj_of(h, ("by", "of") if h == t else ("by",))
                if _people(g)] or [t]
    carried_for = cargo_owners(t)
    return whose_life(t) + carried_for + housed_people(t) + [
        o for o in owners_of(t) if o not in carried_for]


def _people(g: Any) -> bool:
    """A noun that can name a gathering's people: a name, a group, or people counted in the
    plural ("dockworkers", "striking miners"); not the means, the hour or the place of it
    ("dispersed the rally by force", "by noon", "a rally by the river")."""
    return g.pos_ == "PROPN" or g.ent_type_ in ("ORG", "NORP", "PERSON") or (
        g.pos_ == "NOUN" and g.tag_ == "NNS")


# participles of what a convoy or truck carries ("carrying food for X", "loaded with aid")
CARRY_VERBS = CARRYING_VERBS | {"deliver", "bring"}


# what a place name is tagged: where a convoy comes from or goes to ("trucks carrying food
# from Port Sudan", "fuel for Kabul"), not a body it carries for
PLACE_ENTS = ("GPE", "LOC", "FAC")


def _body_token(g: Any) -> bool:
    return (g.pos_ == "PROPN" or g.ent_type_ == "ORG") and g.ent_type_ not in PLACE_ENTS


# what a cargo is called when someone gave it (aid_acts.AID_NAMES, and money given)
GIFT_NAMES = AID_NAMES | {"grant", "donation", "gift"}
COUNTRY_CODES = ("PCLI", "PCLD", "PCLS")


def _donor(holder: Any, g: Any) -> bool:
    """"food aid from Qatar", "humanitarian supplies from Japan", "a grant from Norway": the
    country in the "from" phrase of a cargo named as a gift gave it, a body as much as an
    agency; a town there is where it set out ("aid from the border town of Rafah"), and the
    "from" of goods not named as given is where they come from ("fuel from Iran")."""
    # the cargo is the holder, or what the carrying participle holding the phrase carries
    cargo = [holder] + [o for o in holder.children if o.dep_ == "dobj"]
    if g.ent_type_ != "GPE" or not {w for o in cargo for w in (
            _lemma(o), o.lower_, *(c.lower_ for c in o.children
                                   if c.dep_ in ("compound", "amod")))} & GIFT_NAMES:
        return False
    from ..geo.gazetteer import default_gazetteer

    ent = next((e for e in g.doc.ents if e.start <= g.i < e.end), None)
    name = ent.text if ent is not None else g.text
    name = name[4:] if name.lower().startswith("the ") else name
    try:
        found = default_gazetteer().lookup(name)
    except Exception:  # noqa: BLE001 - no gazetteer: no country known
        return False
    return bool(found) and found[0].feature_code in COUNTRY_CODES


def cargo_owners(t: Any) -> list[Any]:
    """The named body a convoy, truck or boat travels for: "a convoy of trucks carrying food
    for the World Food Programme", "trucks carrying rice from UNICEF", "a convoy from the Red
    Cross" (the "for"/"from" of the carrying participle or of what it carries, or of the
    vehicle itself), not a place it comes from or goes to ("from Port Sudan")."""
    lex = load_lexicon()
    if t.pos_ != "NOUN" or not lex.in_class(_lemma(t), "passage"):
        return []
    vehicles = [t] + [g for g in pobj_of(t, ("of",)) if lex.in_class(_lemma(g), "passage")]
    carried = [c for v in vehicles for c in v.children if c.dep_ == "acl"
               and _lemma(c) in CARRY_VERBS]
    holders = vehicles + carried + [o for c in carried for o in c.children
                                    if o.dep_ in ("dobj", "pobj", "prep") and o.pos_ != "ADP"]
    holders += [o for c in carried for p in c.children if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children if o.dep_ == "pobj"]
    found = [g for h in holders for g in pobj_of(h, ("for", "from")) if _body_token(g)]
    found += [x for h in holders for g in pobj_of(h, ("from",)) for x in (g, *g.conjuncts)
              if _donor(h, x)]
    return list(dict.fromkeys(x for g in found for x in (g, *g.conjuncts)
                              if _body_token(x) or x in found))


# places built to shelter people ("a camp for displaced people", "a shelter for migrants";
# not captive_counts.CARE_PLACES, where the rescued or treated are taken)
SHELTER_NOUNS = {"camp", "shelter", "settlement", "hostel", "orphanage", "home"}


def housed_people(t: Any) -> list[Any]:
    """The people a camp or shelter that was hit is for: "attacked a camp for displaced
    people", "shelled a shelter for migrants" (the "for" phrase, when it names people)."""
    if t.pos_ != "NOUN" or _lemma(t) not in SHELTER_NOUNS:
        return []
    lex = load_lexicon()
    return [g for g in pobj_of(t, ("for",)) if g.pos_ == "NOUN" and (
        lex.in_class(_lemma(g), "person") or any(c.dep_ == "amod" for c in g.children))]
