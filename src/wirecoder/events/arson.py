"""An assault done by fire: an attack when it harmed people, a destruction of property when
it did not (`_settle_arson`, run after merging). Moved out of `merge` (the same rules)."""

from __future__ import annotations

from dataclasses import replace

from .act_kinds import _harmed_people
from .draft import Draft
from .merge_words import ARSON_KINDS


def _settle_arson(d: Draft) -> None:
    """"Rebels attacked the lorry and set it on fire", "set fire to the house, killing two
    children": an assault whose mentions were typed both an attack and a destruction of
    property, done by fire (mode arson), is an attack when it harmed people (people killed or
    injured, or a person among its targets) and a destruction of property when it did not,
    whichever mention the merge kept."""
    if (d.typed.plover != "ASSAULT" or d.typed.mode != "arson" or d.typed.acled not in ARSON_KINDS
            or not ARSON_KINDS <= d.folded_acled):
        return
    acled = "Attack" if _harmed_people(d) else "Looting/property destruction"
    if acled != d.typed.acled:
        d.typed = replace(d.typed, acled=acled)
