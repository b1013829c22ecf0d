"""Property a crowd burns or loots: "protesters set fire to the council office", "rioters
looted a dozen shops". ACLED codes such an act apart from the demonstration it broke out of,
as a destruction of property (an assault, not a "violent demonstration"), whoever did it;
the stones thrown and the tyres burned on the road stay the demonstration's."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .lexicon import Lexicon
from .lexicon import lemma as _lemma
from .type_cues import TYRES, _is_person, is_arson

if TYPE_CHECKING:
    from .detect import Trigger

DESTRUCTION = "Looting/property destruction"
# what a crowd burns to block a road or hold a line, no one's property destroyed
ROAD_FIRES = TYRES | {"barricade", "barricades", "tyres", "roadblock", "roadblocks", "rubbish",
                      "garbage", "trash", "flag", "flags", "effigy", "effigies"}


def crowd_destroys_property(trigger: Trigger, objs: list[Any], lex: Lexicon) -> bool:
    """A trigger of burning or looting (its entry's ACLED sub-type is the destruction of
    property, or a fire set on purpose) whose objects are things, none of them a person nor a
    tyre or barricade burned on the road ("set fire to two buses", "looted shops"; not "burned
    tyres", "beat a man")."""
    if not objs or not (trigger.entry.acled == DESTRUCTION or is_arson(trigger)):
        return False
    return not _is_person(objs, lex) and not any(
        _lemma(x) in ROAD_FIRES or x.lower_ in ROAD_FIRES for o in objs for x in (o, *o.conjuncts))
