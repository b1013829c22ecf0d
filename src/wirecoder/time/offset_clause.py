"""`offset_clause_span`: the day of an act told in a clause that a measure of time ties to the
act of the main clause ("recalled its envoy on Tuesday, a day after troops shelled a border
post"; "stormed the town on Monday, two days after the group ambushed a convoy"): the main
clause's day moved back (after) or on (before) by that measure. Hours move it by nothing.
"""

from __future__ import annotations

import re
from datetime import timedelta

from ..language import expanded_span
from ..records import Analysis, Span, Timex, TimeSpan

# the counts of a measure of time ("a day", "two weeks", "10 days"), shared with
# `event_offsets`
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10}
NUMBER = r"an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}"
_MEASURE = re.compile(r"\b(?P<n>" + NUMBER + r"|(?:a\s+few\s+|several\s+)?(?=hours))\s*"
                      r"(?P<unit>days?|weeks?|hours?)"
                      r"\s+(?P<rel>after|before)\s+(?P<det>(?:the|a|an|its|their|his|her)\s)?",
                      re.IGNORECASE)
CLAUSE_END = re.compile(r"[,;:.!?]|\s[-–—]\s|\n")


def _introduces_clause(analysis: Analysis, pos: int) -> bool:
    """Whether the "after"/"before" at `pos` opens a clause ("two days after the group
    kidnapped three soldiers": a subordinating `mark`) rather than a noun phrase ("a day after
    the attack", a preposition whose noun is dated elsewhere)."""
    if analysis.doc is None:
        return False
    span = expanded_span(analysis.doc, pos, pos + 1)
    return span is not None and span[0].idx == pos and span[0].dep_ == "mark"


def offset_clause_span(analysis: Analysis, trigger: Span, sentence: Span,
                       dated: list[Timex]) -> TimeSpan | None:
    """The shifted day when `trigger` is the verb of such a clause ("a day after <subject>
    <verb> ...", "a week after a drone strike killed ..."; not "a day after the attack", whose
    noun is dated elsewhere) and the rest of
    its sentence names one day for the main act; None otherwise (a month: "in July 2024, a day
    after ..." leaves the clause's act to the rest of the pipeline)."""
    text = analysis.document.text
    m = next((m for m in _MEASURE.finditer(text, sentence.start, trigger.start)
              if not CLAUSE_END.search(text, m.end(), trigger.start)
              and trigger.start - m.end() <= 80
              and (not m.group("det") or _introduces_clause(analysis, m.start("rel")))), None)
    if m is None:
        return None
    end = CLAUSE_END.search(text, trigger.end, sentence.end)
    clause_end = end.start() if end else sentence.end
    outside = [t for t in dated if t.type in ("DATE", "TIME") and t.start is not None
               and (t.span.end <= m.start() or t.span.start >= clause_end)
               and t.precision == "day"]
    if len({(t.start, t.end) for t in outside}) != 1:
        return None
    ref = outside[0]
    word, unit = m.group("n").strip().lower(), m.group("unit").lower()
    n = 0 if unit.startswith("hour") else NUMBERS.get(word) or (int(word) if word.isdigit() else 0)
    sign = -1 if m.group("rel").lower() == "after" else 1
    day = ref.start + timedelta(days=sign * n * (7 if unit.startswith("week") else 1))
    return TimeSpan(start=day, end=day, precision="day",
                    text=text[m.start():m.end()].strip() + " " + ref.span.text,
                    anchor=analysis.anchor.describe() if analysis.anchor else None,
                    evidence=(analysis.document.span(m.start(), m.end()),
                              analysis.document.span(ref.span.start, ref.span.end)))
