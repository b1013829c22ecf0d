"""Whom a force's action against a protest is aimed at (`people_as_protesters`): in a report
of a protest, "21 people were arrested", "at least 15 people were hurt when police charged"
tell of the protesters, named by whatever the report calls them ("teachers", "supporters of
the candidate"), not of people at large. ACLED and the gold sets code the arrested and the
hurt of a dispersal as the protest's crowd."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .merge_words import STATE_SECTORS
from .riot_counts import _same_day

# the unnamed people a report counts ("21 people were arrested"): a bare noun of anyone
ANYONE = {"people", "persons"}
# what a force does to a crowd: arrests it, or assaults it (disperses, shoots, hurts)
CROWD_ACTS = {"COERCE", "ASSAULT"}
# what a crowd the report names no better is called
PROTESTERS = "protesters"


def _anyone(p: Any) -> bool:
    return p.kb_id is None and p.name.strip().lower() in ANYONE


def _state_or_unnamed(d: Any) -> bool:
    """The act is done by state forces, or by no one named ("were arrested")."""
    return all(a.sector in STATE_SECTORS for a in d.actors)


def _same_place(a: Any, b: Any) -> bool:
    """The two are placed alike, or one is not placed."""
    if a.location is None or b.location is None:
        return True
    return (a.location.name or "").lower() == (b.location.name or "").lower()


def _crowd(p: Any) -> bool:
    """A protest's actor that names its crowd (not "people" again)."""
    return not _anyone(p) and p.sector not in STATE_SECTORS


def _protest_for(d: Any, protests: list[Any]) -> Any | None:
    """The protest told nearest `d` (before it first) on its day and at its place."""
    at = d.trigger.token.i
    fits = [e for e in protests if _same_day(e, d) and _same_place(e, d)]
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
