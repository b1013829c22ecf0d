""""Both countries", "the two nations": a statement addressed to a pair of states the article
is about names them both (`name_both_countries`)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any

from ..records import Participant

# a plural phrase that names a pair of states without naming them
PAIR_OF_STATES = re.compile(
    r"(?:both |the two )?(?:countries|nations|neighbou?rs|states|governments)", re.IGNORECASE)
# events whose target a statement addresses
ADDRESSED_TYPES = {"REQUEST", "ACCUSE", "THREATEN", "SUPPORT", "AGREE", "CONSULT", "REJECT"}


def name_both_countries(final: list[Any], ctx: Any) -> None:
    """"The envoy called on both countries to show restraint": when the article names two
    states besides the speaker (or two more often than any other, twice at least), "both
    countries" are those two."""
    counts: Counter[str] = Counter()
    first: dict[str, Any] = {}
    for m in ctx.analysis.mentions or []:
        if m.entity.kind == "state" and m.entity.kb_id:
            counts[m.entity.kb_id] += 1
            first.setdefault(m.entity.kb_id, m)
    for d in final:
        if d.typed.plover not in ADDRESSED_TYPES:
            continue
        pair = [p for p in d.targets if PAIR_OF_STATES.fullmatch(p.name.strip())]
        if len(pair) != 1:
            continue
        own = {a.kb_id for a in d.actors} | {a.country for a in d.actors}
        states = [(k, n) for k, n in counts.most_common() if k not in own]
        if len(states) < 2 or len(states) > 2 and (
                states[1][1] < 2 or states[2][1] == states[1][1]):
            continue  # (two states, or two named more often than any other)
        named = [_as_target(first[k]) for k, _ in states[:2]]
        d.targets = [p for p in d.targets if p is not pair[0]] + named


def _as_target(m: Any) -> Participant:
    return replace(m.entity, mentions=tuple(dict.fromkeys((*m.entity.mentions, m.span.text))),
                   evidence=(m.span,))
