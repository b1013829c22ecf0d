"""`is_dateline`: whether a date word is the date of a report's dateline ("KABUL, Afghanistan
(Dec. 1) - ...", "WASHINGTON, Aug. 11 (Xinhua) --"): the date of the report, the weakest
evidence for the date of an event told after it. The one test the time stages share.
"""

from __future__ import annotations

import re

from ..records import Timex

_DATELINE_BEFORE = re.compile(r"(?:^|[\n\u2028\u2029])[ \t]*[A-Z][A-Za-z.'’ -]{1,40},"
                              r"(?:[ \t]+[A-Z][A-Za-z.'’ -]{1,40},?)?"
                              r"[ \t]*\(?[ \t]*$")
_DATELINE_AFTER = re.compile(r"[ \t]*(?:\)[ \t]*(?:[-–—:]|\(|$|[\u2028\u2029])|\([A-Z][\w ]*\)"
                             r"|[-–—]{1,2})", re.MULTILINE)


def is_dateline(text: str, t: Timex) -> bool:
    """Whether `t` opens its line as the date of a dateline: a place name (and country) with
    a comma before it, a closing bracket, an agency's name or a dash after it."""
    line_start = max(text.rfind(c, 0, t.span.start) for c in "\n\u2028\u2029") + 1
    return bool(_DATELINE_BEFORE.search(text[max(0, line_start - 1):t.span.start])
                and _DATELINE_AFTER.match(text, t.span.end))
