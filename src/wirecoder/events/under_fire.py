""""A patrol came under fire from armed men ... one officer was wounded": violence told as
suffered by someone who "came under fire / attack from" a named side was done by that side
to them (`attach_fire_from`), when the clause that tells the harm names no one who did it."""

from __future__ import annotations

from typing import Any

from .lexicon import lemma as _lemma
from .participant_mapper import merge_participants

# nouns of violence one comes under
FIRE_NOUNS = {"fire", "gunfire", "attack", "shelling", "bombardment", "assault", "barrage",
              "rocket", "mortar"}
# verbs of coming under it
UNDER_VERBS = {"come", "fall"}


def _under_fire(verb: Any) -> Any | None:
    """The noun of "came under fire" on `verb` (None if it has none)."""
    if _lemma(verb) not in UNDER_VERBS:
        return None
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ == "under":
            for n in p.children:
                if n.dep_ == "pobj" and _lemma(n) in FIRE_NOUNS:
                    return n
    return None


def _from_whom(verb: Any, noun: Any) -> list[Any]:
    """The heads of "from X (and Y)" on the noun or on the verb."""
    for host in (noun, verb):
        for p in host.children:
            if p.dep_ == "prep" and p.lower_ == "from":
                objs = [g for g in p.children if g.dep_ == "pobj"]
                return [u for g in objs for u in (g, *g.conjuncts)]
    return []


def attach_fire_from(final: list[Any], ctx: Any) -> None:
    """An assault with no one named to have done it, told in the sentence where someone
    "came under fire from" a named side: that side did it, and who came under fire is among
    its targets."""
    for d in final:
        if d.typed.plover != "ASSAULT" or d.actors or d.modality != "asserted":
            continue
        sent = d.trigger.token.sent
        for verb in sent:
            noun = _under_fire(verb)
            if noun is None:
                continue
            doers = [p for p in (ctx.mapper.participant(h) for h in _from_whom(verb, noun))
                     if p is not None]
            if not doers:
                continue
            d.actors = list(merge_participants(doers))
            hit = [p for p in (ctx.mapper.participant(c) for c in verb.children
                               if c.dep_ == "nsubj") if p is not None]
            names = {p.name for p in d.targets}
            d.targets = list(d.targets) + [p for p in hit if p.name not in names]
            break
