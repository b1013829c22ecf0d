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

INTERVENTIONS = ("Excessive force against protesters", "Protest with intervention")
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
        return INTERVENTIONS[1]
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
