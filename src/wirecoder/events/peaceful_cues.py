"""A protest the text itself calls peaceful: the cue must describe the protest, not any
thing in its sentence ("Protesters demanding a peaceful end to the war blocked roads" tells
no peaceful protest)."""

from __future__ import annotations

from typing import Any

# words that call a gathering peaceful ("a peaceful march", "marched peacefully", "the march
# was peaceful", "passed off calmly")
PEACEFUL_WORDS = {"peaceful", "peacefully", "calm", "calmly", "nonviolent", "non-violent"}
# what a gathering went "without" when it stayed peaceful
WITHOUT_NOUNS = {"incident", "violence", "incidents", "clashes"}


def called_peaceful(tok: Any) -> bool:
    """The protest word `tok`, or the verb it is the subject of ("The march was peaceful",
    "The protest ended without incident"), holds a peaceful cue: an adjective or adverb of
    its own ("a peaceful march", "marched peacefully"), a predicate adjective, or a "without
    incident / violence" phrase."""
    holders = [tok, *([tok.head] if tok.dep_ in ("nsubj", "nsubjpass") else [])]
    for h in holders:
        for c in h.children:
            if c.dep_ in ("amod", "advmod", "acomp", "oprd") and c.lower_ in PEACEFUL_WORDS:
                return True
            if c.dep_ == "prep" and c.lower_ == "without" and any(
                    g.dep_ == "pobj" and g.lower_ in WITHOUT_NOUNS for g in c.children):
                return True
    return False
