"""Who blocked the road: a crowd's blockade is its protest ("traders blocked roads with
burning tyres"), an armed or criminal group's is coercion ("gang members blocked 40 roads
with hijacked buses", "bandits blocked the highway and robbed travellers"). Typing reads the
subject's head word (`typing`: "gunmen", "militants"); once the actors are linked, a blocker
the knowledge base knows as a gang, a cartel, bandits or another armed group decides it,
whatever its head word ("members of a street gang")."""

from __future__ import annotations

from ..actors.build import default_kb
from ..records import Participant
from .draft import Draft, participant_words
from .lexicon import lemma as _lemma
from .merge_words import NON_STATE_SECTORS, STATE_SECTORS
from .typing import Typed

# the sectors of those who carry arms: a state's forces, rebels and militias, criminals
ARMED_SECTORS = (NON_STATE_SECTORS | STATE_SECTORS | {"CRM"}) - {"GOV"}
BLOCKADE = Typed("COERCE", "restrict", None, "191", 0.5, settled=True)


def armed_blockades(drafts: list[Draft]) -> None:
    """Retype as coercion (in place) a protest told by "block" whose actors are all of armed
    sectors (a state's forces, armed groups, criminals)."""
    for d in drafts:
        if d.typed.plover != "PROTEST" or _lemma(d.trigger.token) != "block" or not d.actors:
            continue
        if all(_sector(a) in ARMED_SECTORS for a in d.actors):
            d.typed = Typed(BLOCKADE.plover, BLOCKADE.mode, None, BLOCKADE.cameo,
                            d.typed.weight, settled=True)


def _sector(p: Participant) -> str | None:
    """The participant's sector, or where it has none the sector the knowledge base gives a
    word of its name ("gang members": a gang's)."""
    if p.sector:
        return p.sector
    generic = default_kb().lexicon.generic
    return next((s for w in sorted(participant_words(p)) if (s := (generic.get(w) or {}).get(
        "sector"))), None)
