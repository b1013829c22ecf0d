"""Who acts through a barrier: "a convoy was turned back at a roadblock set up by armed young
men" names no agent of the act itself, but whoever set up or manned the roadblock made it."""

from __future__ import annotations

from typing import Any

from .lexicon import lemma as _lemma

# nouns of a barrier people set up on a road and stop others at
BARRIER_NOUNS = {"roadblock", "checkpoint", "barricade", "blockade", "road-block",
                 "barrier"}


def _barrier_agents(tok: Any) -> list[Any]:
    """The "by" agents of a barrier the trigger happens at ("at a roadblock set up / manned /
    mounted by X"); [] if none."""
    out = []
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in (
            "at", "on", "near", "through", "by")):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            if _lemma(noun) not in BARRIER_NOUNS and noun.lower_ not in BARRIER_NOUNS:
                continue
            for part in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
                out += [g for a in part.children if a.dep_ == "agent"
                        for g in a.children if g.dep_ == "pobj"]
    return out


def attach_barrier_agents(final: list[Any], ctx: Any) -> None:
    """An act with no actor told in the passive ("was turned back", "were stopped", "were
    robbed") at a barrier someone set up is made by them."""
    for d in final:
        tok = d.trigger.token
        if d.actors or d.typed.plover not in ("COERCE", "ASSAULT"):
            continue
        if any(c.dep_ == "agent" for c in tok.children):
            continue
        found = [p for p in (ctx.mapper.participant(a) for a in _barrier_agents(tok))
                 if p is not None]
        if found:
            d.actors = found[:1]
