"""The hurt of a riot and of its dispersal, each on its own event (`harm_to_its_side`): the
police officers hurt by rioters are the riot's count, the protesters hurt by the police the
dispersal's (the golden README: quantities go to the event that produced them; "Nine
officers were injured ... Organisers said at least 20 protesters had been hurt")."""

from __future__ import annotations

from typing import Any

from .draft import Draft
from .lexicon import strip_plural
from .merge_words import RIOT_SUBTYPES, STATE_PEOPLE, STATE_SECTORS
from .repression import INTERVENTIONS as DISPERSAL_SUBTYPES

# who stands for the police in a riot's count ("nine officers were injured")
POLICE_PEOPLE = STATE_PEOPLE | {"officer", "police", "cop", "policeman", "policemen"}
# who stands for the crowd in a dispersal's count ("at least 20 protesters had been hurt")
CROWD_PEOPLE = {"protester", "demonstrator", "marcher", "rioter", "student", "vendor",
                "worker", "supporter", "teacher", "activist", "youth", "trader"}


def _whose(q: Any) -> str | None:
    """'police' or 'crowd' for the people a count names by its last word, else None."""
    if not q.object:
        return None
    word = strip_plural(q.object.split()[-1].lower())
    if word in POLICE_PEOPLE:
        return "police"
    return "crowd" if word in CROWD_PEOPLE else None


def _same_day(a: Draft, b: Draft) -> bool:
    """The two are told of one day, or of days next to each other (a riot that ran into the
    night), or one has no day."""
    sa = a.time.start if a.time is not None else None
    sb = b.time.start if b.time is not None else None
    return sa is None or sb is None or abs((sa - sb).days) <= 1


def harm_to_its_side(final: list[Draft]) -> None:
    """Where a document tells one riot and one dispersal of it by state forces, a count of
    hurt police officers on the dispersal moves to the riot, and a count of hurt protesters
    on the riot moves to the dispersal (unless the other already carries it)."""
    riots = [d for d in final if d.modality == "asserted" and d.typed.plover == "PROTEST"
             and d.typed.acled in RIOT_SUBTYPES]
    dispersals = [d for d in final if d.modality == "asserted" and d.typed.plover == "ASSAULT"
                  and d.typed.acled in DISPERSAL_SUBTYPES
                  and any(p.sector in STATE_SECTORS for p in d.actors)]
    if len(riots) != 1 or len(dispersals) != 1 or not _same_day(riots[0], dispersals[0]):
        return
    riot, dispersal = riots[0], dispersals[0]
    for source, target, side in ((dispersal, riot, "police"), (riot, dispersal, "crowd")):
        moving = [q for q in source.quantities if q.kind == "injured" and _whose(q) == side]
        for q in moving:
            source.quantities.remove(q)
            if not any(o.kind == q.kind and o.value == q.value for o in target.quantities):
                target.quantities.append(q)
