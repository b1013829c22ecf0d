"""The weapons an event names: weapon phrases in its clause ("dynamite sticks", "mortar and
rocket launchers", "machinegun fire" -> the weapon word) and the instrument a subject names
("a bomb destroyed the bank"). Moved out of `participants` (the same code)."""

from __future__ import annotations

from typing import Any

from ..records import Participant
from .argument_words import DETONATE_VERBS, INSTRUMENT_VERBS, LAID_EXPLOSIVES
from .lexicon import lemma as _lemma
from .noun_phrases import np_bounds
from .numbers import hyphen_modifier
from .outcome_types import SEIZE_VERBS

QUANTITY_WORDS = {"multiple", "several", "various", "numerous", "many", "some", "key", "other"}
# which one of a series ("the first bomb hit the school, the second fell next to it"): no part
# of the weapon's name
ORDINALS = {"first", "second", "third", "fourth", "fifth", "last", "another", "next"}


# nouns for the use of a weapon, or a unit of it, that a weapon word modifies ("dynamite
# sticks", "bomb explosion", "machinegun fire", "grenade attack"): the weapon is the modifier
USE_HEADS = {"stick", "explosion", "blast", "detonation", "attack", "fire", "gunfire", "shot",
             "burst", "volley", "salvo", "assault", "raid", "strike", "package", "barrage"}


# unmanned craft that strike on their own ("a drone struck a convoy"): weapons, never actors
# (the lexicon's weapon class drives detection and typing, so they are added here only)
UNMANNED = {"drone", "uav", "quadcopter"}


# manned aircraft: what a state's forces strike with ("a military jet bombed the school",
# "army helicopters fired on the village"); the force that flies them acted
AIRCRAFT = {"jet", "warplane", "plane", "aircraft", "airplane", "helicopter", "gunship",
            "chopper", "fighter-bomber"}
# the force an aircraft belongs to, when it modifies it ("air force jets", "army helicopters")
OWNER_WORDS = {"military", "army", "navy", "naval", "police", "air", "force", "junta",
               "government", "coalition", "regime"}


def weapons_in(scope: list[Any], ctx: Any) -> list[Participant]:
    out = []
    heads = set(ctx.lex.classes["weapon_head"]) | UNMANNED
    doc = ctx.doc
    for t in scope:
        if t.pos_ not in ("NOUN", "PROPN") or _lemma(t) not in heads and t.lower_ not in heads \
                and not _munition_rounds(t):
            continue
        if _lemma(t) == "charge" and (_legal_charge(t) or not _explosive_charge(t)):
            continue  # "detained on charges of arson", "held pending charges": an accusation
        if _hyphen_modifier(t, heads) or _alleged(t):
            continue
        # "dynamite sticks", "a bomb explosion", "machinegun fire": the weapon is the modifier
        used = t.dep_ in ("compound", "nmod", "amod") and t.head.pos_ == "NOUN" and (
            _lemma(t.head) in USE_HEADS) and t.head.i > t.i
        if used:
            left, _ = np_bounds(t)
            left = min([left] + [c.i for c in t.children if c.dep_ in ("compound", "nmod")
                                  and c.i < t.i and c.lower_ not in QUANTITY_WORDS])
            while left < t.i and (doc[left].lower_ in QUANTITY_WORDS or doc[left].like_num):
                left += 1
            span = ctx.document.span(doc[left].idx, t.idx + len(t.text))
            out.append(Participant(name=span.text, kind="weapon", evidence=(span,),
                                   mentions=(span.text,)))
            continue
        if _lemma(t) in USE_HEADS and any(
                c.dep_ in ("compound", "nmod", "amod") and c.i < t.i and (
                    _lemma(c) in heads or c.lower_ in heads) for c in t.children):
            continue  # "machinegun fire": named by its modifier (above)
        if t.dep_ in ("compound",) and t.head.pos_ in ("NOUN",) and _lemma(t.head) not in heads:
            continue
        if t.dep_ == "conj" and t.head.dep_ in ("compound", "nmod", "amod"):
            continue  # "rocket" in "mortar and rocket launchers"
        if t.dep_ in ("compound", "nmod", "amod") and t.head.pos_ == "NOUN" and (
                _lemma(t.head) in heads) and not _listed_before(t):
            continue
        if t.dep_ == "appos" and _lemma(t.head) in heads:
            continue  # "(IEDs)": an alias, added below
        if _lemma(t) in ("fire",) and not any(c.lower_ in ("mortar", "rocket", "artillery",
                                                           "machine-gun") for c in t.children):
            continue
        left, right = np_bounds(t)
        if t.dep_ == "compound" and _lemma(t.head) in heads:
            continue
        while left < t.i and (doc[left].lower_ in QUANTITY_WORDS | ORDINALS
                              or doc[left].like_num) and not hyphen_modifier(doc[left]):
            left += 1  # (not "7.62-mm": the number is part of the weapon's name)
        # "mortar and rocket launchers": a coordinated modifier sharing this head
        for c in t.children:
            if c.dep_ in ("compound", "nmod", "amod") and c.i < left and (
                    c.lower_ not in QUANTITY_WORDS | ORDINALS) and not _listed_before(c):
                left = c.i
        # "tear gas and live bullets", parsed "[tear gas and live] bullets": the modifier
        # before the conjunction is a weapon of its own, not part of this one's name
        left = max([left] + [g.i + 1 for c in t.children if c.dep_ in ("nmod", "compound")
                             and c.i < t.i and _listed_before(c)
                             for g in c.children if g.dep_ == "cc"])
        if left > t.i:
            left = t.i
        laden = _laden_vehicle(t)
        if laden is not None:
            left, right = t.i, laden.i + 1
        span = ctx.document.span(doc[left].idx, doc[right - 1].idx + len(doc[right - 1].text))
        name = span.text
        aliases = [c.text for c in t.children if c.dep_ == "appos"]
        # "air force drones", "army helicopters": also named without whose they are
        own = left
        while own < t.i and doc[own].lower_ in OWNER_WORDS - {"naval"}:
            own += 1
        if own > left:
            aliases.append(doc[own:right].text)
        out.append(Participant(name=name, kind="weapon", evidence=(span,),
                               mentions=(name, *aliases)))
    return out + _delivered_munitions(scope, ctx, out)


# what says "rounds" are shots fired ("live rounds", "rubber rounds", "mortar rounds"), not
# rounds of talks
ROUND_KINDS = {"live", "rubber", "plastic", "blank", "mortar", "artillery", "tank", "sniper",
               "rifle", "machine-gun", "ammunition", "tracer"}


# verbs and nouns of finding what was left behind or taken from the fighters
RECOVERY_WORDS = SEIZE_VERBS | {"recovery", "seizure"}
# verbs and nouns of taking weapons from their holders: what they take is no instrument
TAKING = RECOVERY_WORDS | {"capture", "steal", "loot", "haul", "cache"}
# verbs whose subject is named by a list ("Items recovered include ...", "... were ...")
LISTING = {"include", "comprise", "be"}


def listed_items(word: Any) -> list[Any]:
    """"Items recovered include 8 rifles", "The weapons seized were two pistols": what the
    list names whose subject the verb `word` qualifies (the objects of its "include" or
    "be"); [] when `word` qualifies no such subject."""
    if word.dep_ != "acl" or word.head.dep_ != "nsubj" or _lemma(word.head.head) not in LISTING:
        return []
    return [c for c in word.head.head.children if c.dep_ in ("dobj", "attr")]


def taken_thing(t: Any) -> bool:
    """The weapon is a thing seized, found or stolen ("seized 40 rifles", "two rifles were
    recovered", "the recovery of four magazines", "captured weapons", "Items recovered
    include two pistols"): what was taken from its holders, not what the event was done
    with (an instrument)."""
    x = t
    while x.dep_ == "conj" and x.head.i != x.i:
        x = x.head
    if x.dep_ == "appos":
        x = x.head
    head = x.head
    # "captured weapons" are taken ones, unless used: the object of the deed ("detonated a
    # stolen car bomb") or what it was done with ("attacked ... with looted weapons")
    used = (x.dep_ == "dobj" and _lemma(head) not in TAKING) or (
        x.dep_ == "pobj" and head.lower_ in ("with", "using"))
    if not used and any(c.dep_ == "amod" and c.tag_ == "VBN" and _lemma(c) in TAKING
                        for c in x.children):
        return True
    if x.dep_ in ("dobj", "nsubjpass") and _lemma(head) in TAKING:
        return True
    if x.dep_ == "pobj" and head.lower_ == "of" and _lemma(head.head) in TAKING:
        return True
    if x.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and (
            head.head.i < x.i and taken_thing(head.head)):
        return True  # "seized 200 rounds of ammunition", "two boxes of grenades were found"
    return x.dep_ in ("dobj", "attr") and any(
        _lemma(a) in TAKING and x in listed_items(a)
        for s in head.children if s.dep_ == "nsubj" for a in s.children)


def instruments_of(weapons: list[Participant], typed: Any, doc: Any,
                   quantities: Any = ()) -> list[Participant]:
    """The weapons an attack, a fight or an arrest was done with: the things taken in it (the
    rifles recovered after the firefight, the pistols seized in the raid: `taken_thing`, read
    at the last word of the evidence) are no instrument of it: they are its `seized` count.
    An arrest keeps the things it seized that no `seized` count covers and no word counts
    ("seized rifles and ammunition", the bare objects of the taking): they would be lost; not
    "a drone", "dozens of machetes" (counted, the way the gold leaves them out)."""
    if typed.plover not in ("ASSAULT", "COERCE"):
        return weapons
    out = []
    for w in weapons:
        end = w.evidence[0].end if w.evidence else None
        tok = next((t for t in doc if t.idx < end <= t.idx + len(t.text)), None) if (
            end is not None) else None
        if tok is None or not taken_thing(tok) or (
                typed.plover == "COERCE" and _lemma(_listed_head(tok).head) in DISARMING) or (
                typed.plover == "COERCE" and _uncounted_object(tok, quantities)):
            out.append(w)  # (a device dismantled stays the weapon whose use was stopped)
    return out


def _uncounted_object(tok: Any, quantities: Any) -> bool:
    """The weapon is a bare object of the taking ("seized rifles and ammunition": no
    article, number or "of" phrase) that no `seized` count's evidence holds."""
    if tok.dep_ == "pobj" or _listed_head(tok).dep_ != "dobj" or any(
            c.dep_ in ("det", "nummod", "quantmod", "poss") for c in tok.children):
        return False
    return not any(q.kind == "seized" and any(e.start <= tok.idx < e.end for e in q.evidence)
                   for q in quantities)


# verbs of making a weapon harmless where it was laid: the weapon stays the deed's own
DISARMING = {"dismantle", "defuse", "disarm", "neutralise", "neutralize"}


def _listed_head(t: Any) -> Any:
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t


def _munition_rounds(t: Any) -> bool:
    return _lemma(t) == "round" and any(c.dep_ in ("amod", "compound", "nmod") and (
        c.lower_ in ROUND_KINDS) for c in t.children)


# verbs whose object "charges" are an accusation ("faces charges", "filed charges")
CHARGING_VERBS = {"face", "bring", "file", "press", "level", "drop", "lay", "deny", "dismiss"}


def _legal_charge(t: Any) -> bool:
    """Whether "charge(s)" is an accusation: under "on"/"under", with an "of"/"including"
    list of offences, or the object of a verb of charging."""
    return (t.dep_ == "pobj" and t.head.lower_ in ("on", "under")) or any(
        c.lower_ in ("of", "including", "over", "for") for c in t.children) or (
        t.dep_ == "dobj" and _lemma(t.head) in CHARGING_VERBS)


def _explosive_charge(t: Any) -> bool:
    """Whether "charge(s)" is an explosive: named so by a modifier ("an explosive charge",
    "dynamite charges", "a demolition charge") or set off, planted or thrown ("planted a
    charge", "the charge exploded"). A bare "charge" is far more often an accusation ("held
    without charge", "pending charges", "a charge the group rejected")."""
    mods = [c for c in t.children if c.dep_ in ("amod", "compound", "nmod") and c.i < t.i]
    first = t  # ("planted grenades and charges": the verb of the first conjunct noun)
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    verb = first.head if first.dep_ in ("dobj", "nsubjpass", "nsubj", "conj") else None
    return any(_lemma(c) in LAID_EXPLOSIVES or c.lower_.startswith(("explosiv", "demoliti"))
               or c.lower_ in ("shaped", "satchel", "breaching", "plastic") for c in mods) or (
        verb is not None and _lemma(verb) in DETONATE_VERBS | INSTRUMENT_VERBS)


def _listed_before(c: Any) -> bool:
    """A modifier the parser hung on the next noun across a conjunction ("[tear gas and
    live] bullets", "[grenades and assault] rifles"): an item of a list, with its "and";
    a bare singular modifier shares the head ("mortar and rocket launchers")."""
    return c.pos_ == "NOUN" and any(g.dep_ == "cc" and g.i > c.i for g in c.children) and (
        riot_munition(c) or _lemma(c) in _weapon_heads()) and (c.tag_ == "NNS" or any(
            g.dep_ in ("amod", "compound") and g.i < c.i for g in c.children))


def _weapon_heads() -> set[str]:
    from .lexicon import load_lexicon
    return set(load_lexicon().classes["weapon_head"]) | UNMANNED


# what a vehicle is loaded with, as a hyphenated adjective ("an explosives-laden truck", "a
# bomb-rigged motorcycle"): the weapon is the loaded vehicle
LADEN = {"laden", "packed", "filled", "rigged", "loaded", "stuffed", "fitted"}


def _laden_vehicle(t: Any) -> Any:
    h = t.head
    if t.dep_ in ("npadvmod", "compound", "nmod") and h.lower_ in LADEN and (
            h.i == t.i + 2 and t.doc[t.i + 1].text == "-") and h.dep_ == "amod" and (
            h.head.pos_ in ("NOUN", "PROPN") and h.head.i > h.i):
        return h.head
    return None


# verbs that deliver what they act with ("threw stones at", "fired tear gas", "used water
# cannon against") and the preposition of an instrument ("drove them off with tear gas")
DELIVERING_VERBS = {"throw", "hurl", "lob", "toss", "fire", "shoot", "use", "spray", "pelt"}


def _delivered_munitions(scope: list[Any], ctx: Any, found: list[Participant]) -> list[Any]:
    """What police and crowds throw or shoot that the weapon lexicon leaves out ("threw
    stones and sticks of dynamite", "fired tear gas", "water cannon"), when it is what a
    delivering verb throws or fires, or what an act is done "with"."""
    out: list[Participant] = []
    doc = ctx.doc
    for t in scope:
        if t.pos_ != "NOUN" or not riot_munition(t):
            continue
        node = t
        # "tear gas and water cannon", parsed as modifiers of "cannon": the coordinated
        # modifier is a munition of its own, delivered with the head
        while (node.dep_ == "conj" or node.dep_ in ("nmod", "compound") and any(
                c.dep_ in ("conj", "cc") for c in node.children)) and node.head != node:
            node = node.head
        delivered = (node.dep_ in ("dobj", "obj") and _lemma(node.head) in DELIVERING_VERBS) or (
            node.dep_ == "pobj" and node.head.lower_ == "with")
        if not delivered or any(w.evidence and w.evidence[0].start <= t.idx < w.evidence[0].end
                                for w in found + out):
            continue
        left = min([t.i] + [c.i for c in t.children if c.dep_ in ("compound", "amod")
                            and c.i < t.i and c.lower_ not in QUANTITY_WORDS])
        if left == t.i and t.i > 0 and doc[t.i - 1].dep_ == "conj" and doc[t.i - 1].pos_ == (
                "NOUN") and doc[t.i - 1].head in t.children:
            left = t.i - 1  # "water" in "tear gas and water cannon"
        span = ctx.document.span(doc[left].idx, t.idx + len(t.text))
        out.append(Participant(name=span.text, kind="weapon", evidence=(span,),
                               mentions=(span.text,)))
    return out

# what police and crowds throw or shoot that the weapon lexicon leaves out: "struck by tear
# gas canisters", "hit by stones" (the instrument, not who acted)
RIOT_MUNITIONS = {"canister", "teargas", "pellet", "projectile", "stone", "rock", "baton",
                  "truncheon", "cannon"}


def riot_munition(t: Any) -> bool:
    """"stones", "tear gas", "water cannon", "rubber pellets": a riot munition noun."""
    lemma = _lemma(t)
    return lemma in RIOT_MUNITIONS or (lemma == "gas" and any(
        c.lower_ in ("tear", "pepper") for c in t.children if c.dep_ in ("compound", "amod")))


def aircraft_word(t: Any) -> bool:
    """"a Myanmar military jet", "helicopter gunships": an aircraft noun, no name."""
    return t.pos_ in ("NOUN", "PROPN") and _lemma(t) in AIRCRAFT and t.ent_type_ not in (
        "PERSON", "ORG", "GPE", "FAC")


def aircraft_weapon(t: Any, ctx: Any) -> Participant:
    """The aircraft an attack was flown with, without whose it is ("air force jets" ->
    "jets", "a Sudanese army helicopter gunship" -> "helicopter gunship")."""
    doc = ctx.doc
    left = t.i
    while left > 0 and doc[left - 1].head.i == t.i and doc[left - 1].dep_ in (
            "compound", "amod", "nmod") and doc[left - 1].pos_ == "NOUN" and (
            doc[left - 1].lower_ not in OWNER_WORDS and not doc[left - 1].ent_type_):
        left -= 1
    span = ctx.document.span(doc[left].idx, t.idx + len(t.text))
    return Participant(name=span.text, kind="weapon", evidence=(span,), mentions=(span.text,))


def instrument_word(t: Any, lex: Any) -> bool:
    """A weapon noun ("the bomb", "a car bomb", "dynamite charges") that no name covers."""
    if t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return False
    lemma = _lemma(t)
    return t.pos_ in ("NOUN", "PROPN") and (
        lex.in_class(lemma, "weapon_head") or lex.in_class(t.lower_, "weapon_head")
        or lex.in_class(lemma, "weapon") or lemma in RIOT_MUNITIONS | UNMANNED
    ) and not lex.in_class(lemma, "person")


def _hyphen_modifier(t: Any, heads: set[str]) -> bool:
    """"rocket" in "rocket-propelled grenades": a weapon word inside a hyphenated modifier of
    another weapon noun is part of that weapon's name, no weapon of its own."""
    h = t.head
    return h.i > t.i and h.dep_ in ("amod", "compound", "nmod") and t.i + 1 < len(t.doc) and (
        t.doc[t.i + 1].text == "-") and h.head.pos_ == "NOUN" and h.head.i > h.i and (
        _lemma(h.head) in heads or h.head.lower_ in heads)


# nouns that give the grounds a person is held or sought on ("arrested on suspicion of
# helping plant the mine", "accused of smuggling rifles"): the weapon is the alleged act's
ALLEGATION_NOUNS = {"suspicion", "charge", "charges", "accusation", "allegation", "allegations"}
ALLEGATION_VERBS = {"accuse", "suspect", "charge"}


def _alleged(t: Any) -> bool:
    for a in t.ancestors:
        if a.lower_ in ALLEGATION_NOUNS and a.dep_ == "pobj" and a.head.lower_ in ("on", "under"):
            return True
        if a.pos_ == "VERB" and _lemma(a) in ALLEGATION_VERBS and a.tag_ == "VBN" and any(
                c.dep_ == "prep" and c.lower_ in ("of", "with") for c in a.children):
            return True
    return False


# verbs that hedge whom a weapon belongs to ("believed / thought / suspected to belong to")
HEDGING_VERBS = {"believe", "think", "suspect", "say", "understand", "report", "presume"}


def belonging_owners(t: Any) -> list[Any]:
    """"a drone believed to belong to Turkey", "a drone belonging to the army": whom the
    weapon is said to belong to (they used it); [] if no one."""
    verbs = [c for c in t.children if c.dep_ == "acl"]
    if t.dep_ in ("nsubj", "nsubjpass") and _lemma(t.head) in HEDGING_VERBS:
        verbs.append(t.head)  # (the parser's "a drone [believed] ... struck": the subject)
    verbs += [x for v in verbs for x in v.children if x.dep_ == "xcomp"]
    return [g for v in verbs if _lemma(v) == "belong" for p in v.children
            if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]


def aircraft_owners(t: Any) -> list[Any]:
    """"air force jets bombed", "army drones struck": the owner words (`OWNER_WORDS`) set
    before an aircraft or a drone, the force that flew it; the word right before it too
    where the parser hung it elsewhere (after a dateline: "ADDIS ABABA, May 28 - Government
    warplanes struck ...", the parser's "Government" a sentence of its own)."""
    if not (aircraft_word(t) or _lemma(t) in UNMANNED):
        return []
    out = [c for c in t.children if c.dep_ in ("amod", "compound", "nmod") and c.i < t.i
           and c.lower_ in OWNER_WORDS]
    before = t.doc[t.i - 1] if t.i > 0 else None
    if before is not None and before.lower_ in OWNER_WORDS and before.head.i != t.i and (
            before.pos_ in ("NOUN", "PROPN", "ADJ")) and before not in out:
        out.append(before)
    return out
