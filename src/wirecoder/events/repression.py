"""Security forces' action against a crowd (CAMEO 175, "use tactics of violent repression").

Tear gas, water cannon or rubber bullets fired at a crowd are an assault (PLOVER ASSAULT,
no firearms mode) that ACLED codes as the protest's own sub-event: "Protest with
intervention", or "Excessive force against protesters" where people are killed. A protest
told in one sentence and the police action against it in the next are coded alike: the
protest takes the sub-event of the intervention told against it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .lexicon import Lexicon
from .lexicon import lemma as _lemma
from .lexicon import strip_plural
from .syntax import line_break_in

# the ACLED sub-types of a force stepping in on a protest
EXCESSIVE_FORCE = "Excessive force against protesters"
WITH_INTERVENTION = "Protest with intervention"
INTERVENTIONS = (EXCESSIVE_FORCE, WITH_INTERVENTION)
SENTENCES_AFTER = 2  # how far after a protest its dispersal is still told


def _means(objs: list[Any]) -> list[Any]:
    """The nouns naming what was fired or used: each object and its conjuncts, what a
    counting noun counts ("volleys of tear gas"), and a coordinated modifier the parser hung
    on the last noun ("tear gas and water cannon" read as "(tear gas and water) cannon")."""
    out = []
    for m in (m for o in objs for m in [o, *o.conjuncts]):
        of = [p for c in m.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]
        m = of[0] if of else m
        out.append(m)
        out += [c for c in m.lefts if c.dep_ in ("nmod", "compound", "amod")
                and any(g.dep_ == "conj" for g in c.children)]
    return out


def _named_as(m: Any, phrases: frozenset[str]) -> bool:
    """The noun with up to three words before it (its lemma last) is one of `phrases`."""
    doc = m.doc
    return any(" ".join([t.lower_ for t in doc[max(m.i - k, 0):m.i]] + [_lemma(m)]).replace(
        " - ", "-") in phrases for k in range(4))


def crowd_control(objs: list[Any], lex: Lexicon) -> bool:
    """"fired tear gas and rubber bullets", "lobbed stun grenades": every means named is one
    of crowd control (a noun with the words before it), none a firearm or a bomb."""
    means = _means(objs)
    return bool(means) and all(_named_as(m, lex.classes["crowd_control"]) for m in means)


def force_means(objs: list[Any], lex: Lexicon) -> bool:
    """"used tear gas and water cannon", "used live ammunition", "used excessive force":
    every means named is one of crowd control or of lethal force, so that using it is an
    assault ("used the money", "used the road" are not)."""
    means = _means(objs)
    phrases = lex.classes["crowd_control"] | lex.classes["lethal_means"]
    return bool(means) and all(_named_as(m, phrases) for m in means)


def _against_protesters(d: Any, lex: Lexicon) -> str | None:
    """The ACLED sub-event an event gives the protest it is told after: a security action
    typed as an intervention, or an arrest of protesters ("arrested 20 demonstrators")."""
    if d.modality != "asserted" or d.typed.plover == "PROTEST":
        return None
    if d.typed.acled in INTERVENTIONS:
        return str(d.typed.acled)
    heads = {strip_plural(p.name.lower().split()[-1]) for p in d.targets if p.name}
    if d.typed.acled == "Arrests" and heads & lex.classes["protest_actor"]:
        return WITH_INTERVENTION
    return None


def intervened_protests(drafts: list[Any], lex: Lexicon) -> None:
    """"Hundreds protested in Omdurman. Police fired tear gas to disperse them": a peaceful
    protest is one with intervention (or excessive force) when a security action against
    its participants is told in its sentence or the next ones of its paragraph."""
    for p in drafts:
        if p.typed.plover != "PROTEST" or p.typed.acled != "Peaceful protest" or (
                p.modality != "asserted"):
            continue
        doc, sents = p.sent.doc, list(p.sent.doc.sents)
        first = next(i for i, s in enumerate(sents) if s.start == p.sent.start)
        told = []
        for d in drafts:
            k = next((i for i, s in enumerate(sents) if s.start == d.sent.start), -1)
            if not first <= k <= first + SENTENCES_AFTER or line_break_in(
                    doc[p.sent.start:d.sent.start].text):
                continue
            sub = _against_protesters(d, lex)
            if sub is not None:
                told.append(sub)
        if told:
            p.typed = replace(p.typed, acled=min(told, key=INTERVENTIONS.index))


def protest_by_deed(purpose: Any) -> bool:
    """"Residents blocked roads to protest against power cuts": a protest that is the purpose
    of a past deed of the same people is done by that deed, not planned."""
    from .lexicon import lemma

    head = purpose.head
    return lemma(purpose) in ("protest", "demonstrate") and purpose.dep_ in ("advcl", "xcomp") \
        and head.pos_ == "VERB" and head.tag_ == "VBD"


# verbs of breaking up a crowd: "dispersed the rally", "broke up the march"
BREAKING_UP = {"disperse", "scatter"}


def crowd_dispersed(purpose: Any, trigger: Any) -> bool:
    """"fired tear gas to disperse hundreds of people protesting against power cuts", "to
    break up a march by thousands of workers": the crowd a past act of force was used to
    break up was there; its protest, named inside the purpose clause's object, is told, not
    planned (the dispersal itself stays the purpose, folded into the act)."""
    from .lexicon import lemma

    head = purpose.head
    if trigger == purpose or head.pos_ != "VERB" or head.tag_ not in ("VBD", "VBN") or not (
            lemma(purpose) in BREAKING_UP or lemma(purpose) == "break" and any(
                c.dep_ == "prt" and c.lower_ == "up" for c in purpose.children)):
        return False
    return any(trigger in c.subtree for c in purpose.children if c.dep_ in ("dobj", "obj"))


def crowd_broken_up(sent: Any, lex: Lexicon) -> bool:
    """The sentence tells a protest broken up ("as police broke up a banned march",
    "when troops dispersed the rally"): a protest and the force used against it."""
    for t in sent:
        lem = _lemma(t)
        if not (lem in BREAKING_UP or lem == "break" and any(
                c.dep_ == "prt" and c.lower_ == "up" for c in t.children)):
            continue
        if any(c.dep_ in ("dobj", "obj", "nsubjpass") and (
                lex.in_class(_lemma(c), "protest") or lex.in_class(_lemma(c), "protest_actor"))
               for c in t.children):
            return True
    return False


KILLING_VERBS = {"kill", "shoot", "die", "wound", "injure"}


def killed_breaking_up(tok: Any, plover: str, acled: str | None, lex: Lexicon) -> str | None:
    """"Two young men were shot dead as security forces broke up a banned march": people
    killed or shot where a protest is broken up, by no weapon told apart, are ACLED's
    excessive force against protesters (else `acled` unchanged)."""
    if plover == "ASSAULT" and acled in (None, "Attack") and _lemma(tok) in KILLING_VERBS and (
            crowd_broken_up(tok.sent, lex)):
        return "Excessive force against protesters"
    return acled


def broken_up_noun(tok: Any) -> bool:
    """"broke up a banned march", "dispersed the rally": the protest named as what was
    broken up."""
    head = tok.head
    return tok.dep_ in ("dobj", "obj") and tok.pos_ == "NOUN" and (
        _lemma(head) in BREAKING_UP or _lemma(head) == "break" and any(
            c.dep_ == "prt" and c.lower_ == "up" for c in head.children))


def protest_broken_up_then_told(e: Any, d: Any) -> bool:
    """"... as police broke up a banned march. Hundreds of protesters gathered along the
    avenue, where youths threw stones": the protest named only as what was broken up is the
    one the next sentences tell, whatever sub-type each mention alone would get."""
    from .draft import _place_ok, _sent_distance, time_ok

    if not (e.typed.plover == d.typed.plover == "PROTEST") or e.modality != d.modality:
        return False
    if broken_up_noun(e.trigger.token) == broken_up_noun(d.trigger.token):
        return False
    return _sent_distance(e, d) <= 2 and time_ok(e.time, d.time) and _place_ok(
        e.local_place(), d.local_place())


def _crowd_policed(sent: Any, lex: Lexicon) -> bool:
    """The sentence tells a crowd being policed: crowd-control means ("used batons", "fired
    tear gas"), a crowd broken up or pushed back."""
    for t in sent:
        lem = _lemma(t)
        if lex.in_class(lem, "crowd_control") or lex.in_class(t.lower_, "crowd_control"):
            return True
        if lem in BREAKING_UP or lem in ("push", "break") and any(
                c.dep_ == "prt" and c.lower_ in ("back", "up") for c in t.children):
            return True
    return False


def _one_person_taken(d: Any) -> bool:
    return any(c.dep_ in ("dobj", "nsubjpass") and c.tag_ in ("NN", "NNP")
               for c in d.trigger.token.children)


def arrests_at_a_crowd(e: Any, d: Any, lex: Lexicon) -> bool:
    """"The former minister was arrested at his home on Sunday ... Police used batons to
    push the crowd back, and 14 people were detained": people detained while a crowd is
    policed are not the arrest of one person told in another sentence."""
    if not (e.typed.acled == d.typed.acled == "Arrests") or e.sent.start == d.sent.start:
        return False
    crowd_e, crowd_d = _crowd_policed(e.sent, lex), _crowd_policed(d.sent, lex)
    if crowd_e == crowd_d:
        return False
    return _one_person_taken(d if crowd_e else e)


def crowd_blocks_road(tok: Any, lex: Lexicon) -> bool:
    """A road blockade by people who are not a security force: "miners blocked roads into the
    city", "truckers blocked the main highway" (their protest); not "police blocked the road"."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not any(lex.in_class(_lemma(o), "roadway") for o in objs):
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subj and tok.dep_ == "conj":  # "set fire to 15 homes and blocked roads": the
        subj = [c for c in tok.head.children if c.dep_ == "nsubj"]  # first verb's subject
    return bool(subj) and not any(
        lex.in_class(_lemma(s), "troops") or s.ent_type_ in ("GPE", "NORP") for s in subj)


# ACLED's sub-types of one gathering, from the least to the most it came to: a crowd that
# turned violent is a riot; a peaceful one met by force, a protest with intervention or
# excessive force against protesters
GATHERING_KINDS = ("Peaceful protest", "Protest with intervention",
                   "Excessive force against protesters", "Violent demonstration")


# nouns that name a gathering itself, not the disorder or unrest it was part of
GATHERING_NOUNS = {"march", "protest", "demonstration", "rally", "sit-in", "gathering",
                   "procession", "vigil", "walkout"}


def one_gathering(e: Any, d: Any) -> bool:
    """Two protest mentions whose ACLED sub-types differ, both sub-types of a gathering."""
    return (e.typed.plover == d.typed.plover == "PROTEST" and e.typed.acled != d.typed.acled
            and e.typed.acled in GATHERING_KINDS and d.typed.acled in GATHERING_KINDS)


def gathering_told_again(e: Any, d: Any, distance: int) -> bool:
    """"Police fired tear gas at thousands marching on Congress ... The march was largely
    peaceful until protesters reached the barricades": "the march" ("this protest", "the
    rally") a few sentences after a protest told with another sub-type (the one of the force
    used on it) is that gathering told again, when it tells no day of its own that the
    protest's does not share; the other tests of a merge (place, modality) still apply. The
    noun is singular and "the" or "this": "those protests", "the protests" often name a wave
    of them, or ones told of as background."""
    tok = d.trigger.token
    if not (one_gathering(e, d) and d.anaphoric and 0 < distance <= 3
            and e.modality == d.modality == "asserted" and tok.tag_ in ("NN", "NNP")
            and _lemma(tok) in GATHERING_NOUNS
            and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children)):
        return False
    if d.time is None or d.time.start is None:
        return True
    return e.time is not None and e.time.start is not None and (
        d.time.start <= (e.time.end or e.time.start) and e.time.start <= (d.time.end
                                                                        or d.time.start))


def most_the_gathering_came_to(into: Any, other: Any) -> None:
    """One gathering told in two mentions keeps the sub-type of the most it came to (a riot
    over force used on it, force over a peaceful march)."""
    if not one_gathering(into, other) or into.typed.settled:
        return
    if GATHERING_KINDS.index(other.typed.acled) > GATHERING_KINDS.index(into.typed.acled):
        into.typed = replace(into.typed, acled=other.typed.acled)


def dispersed_gathering(tok: Any) -> bool:
    """"fired tear gas to disperse 200 teachers who had gathered outside parliament", "broke
    up a crowd gathered at the gate": a gathering that a force broke up was a demonstration,
    whoever gathered (the "gather" a purpose like "to demand" would otherwise tell)."""
    if tok.dep_ not in ("relcl", "acl") or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    crowd = tok.head
    return crowd.dep_ in ("dobj", "obj") and broken_up_noun(crowd) or (
        crowd.dep_ == "pobj" and crowd.head.dep_ == "prep" and crowd.head.head.dep_ in (
            "dobj", "obj") and broken_up_noun(crowd.head.head))  # "about 200 of the supporters"
