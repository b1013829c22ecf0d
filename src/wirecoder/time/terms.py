"""The term of a measure is not the day it was taken.

"extended the curfew until the end of the month", "renewed the mission's mandate until
August 2027", "remanded them in custody until 20 May", "postponed the vote to next year":
the date after "until" (or after "to" on a verb that moves a date) is when the measure runs
out or the thing is moved to; the act itself was done on the day the text tells elsewhere,
or on none it tells.
"""

from __future__ import annotations

import re
from typing import Any

from ..records import Timex

# acts that set a measure, a custody or a date for some time to come
TERM_VERBS = frozenset(("extend", "renew", "prolong", "impose", "reimpose", "declare",
                        "suspend", "ban", "close", "shut", "remand", "postpone", "adjourn",
                        "delay", "defer", "jail", "sentence", "detain", "order", "authorize",
                        "authorise", "approve"))
# verbs whose "to <date>" is the new date of what they move, not when they acted
MOVE_VERBS = frozenset(("extend", "postpone", "adjourn", "delay", "defer", "push", "move",
                        "prolong"))
_UNTIL = re.compile(r"\b(?:until|till|til|through|up\s+to|to)\s+$", re.I)


def _acts(tok: Any) -> list[str]:
    """The lemma of the trigger verb, or of the verb whose object an event noun is
    ("extended the curfew"; not the curfew's own: "the curfew will remain in force until
    Friday" gives the state that runs until then its only date)."""
    out = [tok.lemma_.lower()] if tok.pos_ in ("VERB", "AUX") else []
    if tok.dep_ in ("dobj", "nsubjpass", "attr") and tok.head.i != tok.i:
        out.append(tok.head.lemma_.lower())
    return out


def is_term(text: str, trigger_tok: Any, t: Timex) -> bool:
    """Whether the timex `t`, introduced by "until" (or "to" after a verb that moves a date),
    is the term of the measure the trigger sets rather than the day it was set."""
    if trigger_tok is None:
        return False
    m = _UNTIL.search(text, max(0, t.span.start - 12), t.span.start)
    if m is None:
        return False
    acts = _acts(trigger_tok)
    if m.group(0).lower().startswith("to"):
        return any(a in MOVE_VERBS for a in acts)
    return any(a in TERM_VERBS for a in acts)
