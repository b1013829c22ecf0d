"""Acts told in a present participle on a noun, and when they happened.

"Police fired tear gas on Tuesday to disperse hundreds of people protesting against fuel
prices", "soldiers arrested dozens of traders demonstrating outside parliament": the
participle tells what the people were doing when the act that reached them was done, so the
date of that act is the participle's own (`event_time` climbs the clause to it). A past
participle ("the men arrested last week") or a relative clause ("who were kidnapped last
month") tells an act of its own time, and is not one of these; nor is a participle on a
thing ("handed him a note declaring the diplomat persona non grata"), which tells what the
thing says.
"""

from __future__ import annotations

from typing import Any

# the noun the participle hangs on is what the dated act was done to: its object, the
# subject of a passive, or what a preposition on the verb (or on its object) takes
_REACHED = frozenset(("dobj", "nsubjpass", "pobj"))


def doing_when_reached(tok: Any, trigger: Any) -> bool:
    """`tok` is the trigger itself, a present participle on a noun that the verb above
    reaches ("dispersed people protesting", "fired at students marching")."""
    if tok.i != trigger.i or tok.dep_ != "acl" or tok.tag_ != "VBG":
        return False
    noun = tok.head
    if noun.dep_ not in _REACHED or noun.tag_ != "NNS":
        return False  # (people doing something; not "a note declaring ...": what it says)
    if noun.dep_ == "pobj" and noun.head.head.pos_ not in ("VERB", "NOUN"):
        return False
    return True
