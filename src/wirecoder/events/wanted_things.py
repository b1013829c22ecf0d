"""What a request asks for when it names no addressee: a thing or a measure ("called for an
end to the incursions", "demanded a doubling of wages", "sought a two-year extension",
"issued a call for safe passage") is a political demand of whoever can grant it; people
("called for all occupants to exit") or a unit's fire and support are a tactical call-out.
Also the context some trigger verbs of asking or barring need (`asking_ok`, the lexicon's
`needs=`): "pleaded with", "wants X to", "pressed X to", "barred X from"."""

from __future__ import annotations

from typing import Any

from .lexicon import lemma as _lemma
from .lexicon import load_lexicon
from .syntax import doers, of_objects

__all__ = ["ASKING", "ASKING_NEEDS", "TACTICAL", "actor_like", "asking_ok", "thing_demanded"]

# what a unit in a fight calls in: no political demand
TACTICAL = {"support", "reinforcement", "reinforcements", "backup", "medevac", "evacuation",
            "fire", "cover", "help", "assistance", "extraction", "ambulance"}
# what extortion asks for: no political demand (tests/events/test_r15_w4recall.py)
EXTORTED = {"ransom", "money", "payment", "tax", "taxes", "fee", "bribe", "cash", "levy",
            "toll"}
# the verbs a call or an appeal is issued with ("issued a call for", "made an appeal for")
ISSUING = {"issue", "make", "renew", "repeat", "launch", "reiterate", "echo"}


def _asked_nouns(tok: Any) -> list[Any]:
    """The noun phrases a request word asks for: its object, its "for" phrase, and for a
    call or appeal noun the "for" phrase of the verb it is issued with."""
    hosts = [tok]
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and _lemma(tok.head) in ISSUING:
        hosts.append(tok.head)
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    objs += [g for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ == "for"
             for g in c.children if g.dep_ == "pobj"]
    return [g for o in objs for g in (o, *o.conjuncts)]


# the words of asking whose object is what is asked for (not "they say we must pay a fine")
ASKING = {"demand", "call", "appeal", "seek", "request", "ask", "press", "urge", "push",
          "petition", "plead", "want", "insist", "pressure", "plea", "petitioned"}


def thing_demanded(tok: Any) -> bool:
    """A request word whose object is a thing or a measure, not people nor a tactical call."""
    if _lemma(tok) not in ASKING or tok.dep_ in ("advcl", "xcomp", "acl", "relcl", "pcomp"):
        return False  # the aim of a march, a description of its makers ("to demand ..."), or
        # what one is charged with ("jailed on charges of calling for unrest")
    lex = load_lexicon()
    if any(_to_clause(c) for c in tok.children):
        return False  # "called for all occupants to exit": people told to act, no thing
    for o in _asked_nouns(tok):
        if o.pos_ not in ("NOUN",) or o.ent_type_ in ("PERSON", "NORP"):
            continue
        lem = _lemma(o)
        if {lem, o.lower_} & (TACTICAL | EXTORTED) or any(  # (the parser's "taxes": "taxis")
                lex.in_class(lem, c) for c in ("person", "armed", "troops")):
            continue
        if any(lex.in_class(_lemma(g), c) for g in of_objects(o) for c in ("armed", "troops")):
            continue  # "requested the presence of a coalition force": forces called in
        if any(_lemma(c) in TACTICAL for c in o.children if c.dep_ in ("compound", "amod")):
            continue  # "air support", "medical evacuation"
        return True
    return False


def _to_clause(c: Any) -> bool:
    return c.dep_ in ("xcomp", "advcl", "ccomp") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)


def actor_like(t: Any) -> bool:
    lex = load_lexicon()
    return t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or any(
        lex.in_class(_lemma(t), c) for c in ("actor_word", "person", "armed", "office_holder"))


ASKING_NEEDS = {"plea", "other_to_act", "for_on_to", "barred_from", "banning_agent"}


def asking_ok(tok: Any, needs: str) -> bool:
    """Context an asking verb needs: "pleaded with the authorities to ..." or "pleaded for
    help" (not "pleaded guilty"); "wants the government to declare ..." (another party to
    act, not "wants to"); "pressed for talks", "pressed the ministry to explain"; "barred
    journalists from the area" (a ban someone imposes)."""
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    if needs in ("barred_from", "banning_agent"):  # "Eritrea barred journalists from ...",
        # "the Taliban have prohibited women from ...": a ban someone imposes, not a rule's
        # effect ("the designations bar Americans from dealing with them") nor a standing
        # state ("journalists are barred from the area")
        agents = doers(tok)
        return any(actor_like(a) for a in agents) and any(
            c.dep_ in ("dobj", "nsubjpass") for c in tok.children) and (
            needs == "banning_agent" or "from" in preps)
    if needs == "plea":
        return bool(preps & {"with", "for"}) or any(_to_clause(c) for c in tok.children)
    if needs == "other_to_act":
        return any(_to_clause(c) and any(g.dep_ == "nsubj" and actor_like(g)
                                         for g in c.children) for c in tok.children) or any(
            o.dep_ == "dobj" and actor_like(o) for o in tok.children) and any(
            _to_clause(c) for c in tok.children)
    # for_on_to
    return bool(preps & {"for", "on"}) or any(
        o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN") for o in tok.children) and any(
        _to_clause(c) for c in tok.children)
