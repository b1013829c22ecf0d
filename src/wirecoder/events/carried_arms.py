"""Weapons the attackers are told to carry in a sentence after their attack ("Gunmen killed
11 people in Naulala on Monday ... The attackers, armed with rifles and machetes, arrived on
motorbikes and went from house to house"): the sentence reports no event of its own, so what
its "armed with" phrase names is the weapon of the attack told just before it."""

from __future__ import annotations

from typing import Any

from .lexicon import lemma as _lemma
from .weapons import weapons_in


def arms_carried_after(final: list[Any], ctx: Any) -> None:
    """Give an attack with no weapon of its own the weapons an "armed with" phrase names on a
    definite noun for people ("the attackers", "the gunmen") in one of the next two sentences,
    when no event is told in that sentence nor between the attack and it."""
    if not final:
        return
    doc = final[0].sent.doc
    sents = list(doc.sents)
    told = {m.token.sent.start for d in final for m in (d.trigger, *d.mentions)}
    for k, sent in enumerate(sents):
        if sent.start in told:
            continue
        arms = _carried(sent, ctx)
        if not arms:
            continue
        before = {s.start for s in sents[max(0, k - 2):k]}
        # the event told last before the sentence, in one of the two sentences before it
        last = {id(d): max(m.token.i for m in (d.trigger, *d.mentions) if m.token.i < sent.start)
                for d in final if any(m.token.i < sent.start for m in (d.trigger, *d.mentions))}
        host = max((d for d in final if id(d) in last), key=lambda d: last[id(d)], default=None)
        if host is None or doc[last[id(host)]].sent.start not in before or (
                host.typed.plover != "ASSAULT" or host.weapons):
            continue
        host.weapons = arms


def _carried(sent: Any, ctx: Any) -> list[Any]:
    """The weapons of "the attackers, armed with rifles and machetes, ..." in the sentence."""
    lex = ctx.lex
    for t in sent:
        if not _armed(t) or t.dep_ != "acl":
            continue
        noun = t.head
        if not (noun.pos_ == "NOUN" and noun.tag_ == "NNS" and (
                lex.in_class(_lemma(noun), "person") or lex.in_class(_lemma(noun), "armed"))
                and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)):
            continue
        withs = [c for c in t.children if c.dep_ == "prep" and c.lower_ == "with"]
        scope = sorted((x for w in withs for x in w.subtree), key=lambda x: x.i)
        found = weapons_in(scope, ctx)
        if found:
            return found
    return []


def _armed(t: Any) -> bool:
    """`t` is the participle "armed" of an "armed with" phrase."""
    return t.lower_ == "armed" and t.tag_ == "VBN"


def in_armed_with(doc: Any, w: Any) -> bool:
    """Whether the weapon's words stand in an "armed with" phrase ("the attackers, armed with
    rifles and machetes, ...": the phrase `_carried` reads after an attack)."""
    if not w.evidence:
        return False
    span = doc.char_span(w.evidence[0].start, w.evidence[0].end, alignment_mode="expand")
    if span is None:
        return False
    return any(_armed(a) for a in span.root.ancestors)
