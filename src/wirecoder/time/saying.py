"""The verb of saying a date word hangs on ("ISPR said in a statement on Thursday that ...",
"the police said on Monday"): where there is one, the day is the day the words were said, not
the day of what they tell. One rule for the time stage (`told_day`, `since_range`) and the
events stage (`draft`, `detail_dates`).
"""

from __future__ import annotations

from typing import Any

from .lexicon import SPEECH_VERBS

# how many steps up from the date word the verb it hangs on is looked for
_UP = 4


def saying_verb_over(node: Any, itself: bool = False) -> Any | None:
    """The first verb (or auxiliary) above `node` (`node` itself first, with `itself`) when
    it is a verb of saying (`lexicon.SPEECH_VERBS`); else None."""
    above = [node, *list(node.ancestors)[:_UP]] if itself else list(node.ancestors)[:_UP]
    head = next((a for a in above if a.pos_ in ("VERB", "AUX")), None)
    return head if head is not None and head.lemma_.lower() in SPEECH_VERBS else None
