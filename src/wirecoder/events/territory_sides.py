"""Which side took a town: ACLED tells a government's retaking of territory from a
non-state group's taking of it. Typing decides from the words of the sentence; once the
actors are linked, a taker the knowledge base knows as a rebel, insurgent or militia group
("the Kachin Independence Army captured the town": an "army" that is no state's) overtook
the territory, whatever its name's head word."""

from __future__ import annotations

from dataclasses import replace

from .draft import Draft
from .merge_words import NON_STATE_SECTORS, STATE_SECTORS

GOVERNMENT_TAKES = "Government regains territory"
NON_STATE_TAKES = "Non-state actor overtakes territory"


def territory_taker_side(drafts: list[Draft]) -> None:
    """Retype a territory taken by actors all of non-state sectors as overtaken by a
    non-state actor (in place)."""
    for d in drafts:
        if d.typed.acled != GOVERNMENT_TAKES or not d.actors:
            continue
        if all(a.sector in NON_STATE_SECTORS for a in d.actors) and not any(
                a.sector in STATE_SECTORS for a in d.actors):
            d.typed = replace(d.typed, acled=NON_STATE_TAKES)
