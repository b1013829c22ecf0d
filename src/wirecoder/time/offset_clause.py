"""Acts dated by a measure of time from another act or event.

`offset_clause_span`: the day of an act told in a clause that a measure of time ties to the
act of the main clause ("recalled its envoy on Tuesday, a day after troops shelled a border
post"; "stormed the town on Monday, two days after the group ambushed a convoy"): the main
clause's day moved back (after) or on (before) by that measure. Hours move it by nothing.

`event_offset_span`: an act dated by a measure of time from an event the text dates
elsewhere: "Drones struck a depot a day after the ceasefire took effect" (an earlier
sentence: the ceasefire "took effect on Sunday"), "supporters protested a day after the vote"
(the election "on Thursday"), "hours after the verdict" (its day), "police arrested activists
on the eve of the election": the day of that event (the first earlier sentence that names
it, or a word of its family, with one day) moved on or back by the measure. `eve_of`: "on
the eve of Sunday's election", the day before the day named.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from ..language import expanded_span
from ..records import Analysis, Span, Timex, TimeSpan
from .dateline import is_dateline
from .lexicon import NUMBER_WORDS

# the counts of a measure of time ("a day", "two weeks", "10 days"; their values:
# `lexicon.NUMBER_WORDS`)
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
    n = 0 if unit.startswith("hour") else NUMBER_WORDS.get(word) or (
        int(word) if word.isdigit() else 0)
    sign = -1 if m.group("rel").lower() == "after" else 1
    day = ref.start + timedelta(days=sign * n * (7 if unit.startswith("week") else 1))
    return TimeSpan(start=day, end=day, precision="day",
                    text=text[m.start():m.end()].strip() + " " + ref.span.text,
                    anchor=analysis.anchor.describe() if analysis.anchor else None,
                    evidence=(analysis.document.span(m.start(), m.end()),
                              analysis.document.span(ref.span.start, ref.span.end)))


# words that name the same event in a later sentence ("the election" ... "the vote")
_FAMILIES = (
    {"vote", "election", "elections", "poll", "polls", "ballot", "referendum", "runoff"},
    {"ceasefire", "cease-fire", "truce"},
    {"attack", "bombing", "blast", "explosion", "ambush", "raid", "assault", "killing",
     "killings", "massacre", "shooting", "strike", "strikes", "clashes"},
    {"coup", "putsch"},
    {"verdict", "ruling", "sentence", "sentencing", "judgment", "judgement", "conviction"},
    {"protest", "protests", "demonstration", "demonstrations", "rally"},
    {"arrest", "arrests", "detention"},
    {"talks", "meeting", "summit", "visit"},
    {"deal", "agreement"},
    {"earthquake", "quake", "floods", "storm", "cyclone"},
)
_EVENT_MEASURE = re.compile(
    r"\b(?:(?P<n>the|" + NUMBER + r")\s+"
    r"(?P<unit>days?|weeks?)\s+(?P<rel>after|before)|(?:on\s+)?the\s+(?P<eve>eve)\s+of|"
    # "Hours after the verdict, police detained ...": the same day
    r"(?P<soon>(?:(?:just|only|a\s+few|several|some|two|three|\d{1,2})\s+)?(?:hours|minutes)"
    r"|shortly|moments|minutes)\s+(?:after|before))"
    r"\s+(?:the|its|their|this|last\s+\w+['’]s)\s+(?P<words>(?:[\w-]+\s+){0,2}[\w-]+)", re.I)
_NUM = {**NUMBER_WORDS, "the": 1}  # "the day after the vote"
_EVE_BEFORE = re.compile(r"\bthe\s+eve\s+of\s+$", re.I)


def _family(words: str) -> set[str] | None:
    for w in words.lower().split():
        for fam in _FAMILIES:
            if w in fam:
                return fam
    return None


def _told_day(analysis: Analysis, timexes: list[Timex], fam: set[str], words: list[str],
              before: int) -> Timex | None:
    """The one day of the first earlier sentence that tells an event of the family ("attack",
    "attacked"; "the market attack": one that names the market, where one does)."""
    text = analysis.document.text
    if analysis.doc is None:
        return None
    rx = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in fam) + r")(?:s|d|ed|ing)?\b", re.I)
    found: list[tuple[int, int, Timex]] = []
    for sent in analysis.doc.sents:
        s, e = sent.start_char, min(sent.end_char, before)
        if s >= before:
            break
        if not rx.search(text, s, e):
            continue
        days = [t for t in timexes if s <= t.span.start and t.span.end <= e
                and t.type in ("DATE", "TIME") and t.precision == "day" and t.start is not None
                and not is_dateline(text, t)]
        if len({t.start for t in days}) == 1:
            found.append((s, e, days[-1]))
    named = [f for f in found if words and all(
        re.search(r"\b" + re.escape(w), text[f[0]:f[1]], re.I) for w in words)]
    pick = named or found
    return pick[0][2] if pick else None


def event_offset_span(analysis: Analysis, trigger: Span, sentence: Span,
                      dated: list[Timex], timexes: list[Timex]) -> TimeSpan | None:
    """The day of the act at `trigger` when its sentence dates it only by "N days after /
    before the <event>" or "on the eve of the <event>" and an earlier sentence dates that
    event to one day; None otherwise."""
    text = analysis.document.text
    if any(t.type in ("DATE", "TIME") and t.start is not None for t in dated):
        return None  # the sentence has a date of its own
    for m in _EVENT_MEASURE.finditer(text, sentence.start, sentence.end):
        end = CLAUSE_END.search(text, m.end(), sentence.end)
        if m.start() <= trigger.start < (end.start() if end else sentence.end) and not m.group(
                "eve"):
            continue  # the trigger is the act of the "after" clause, not the main act
        words = m.group("words").split()
        noun = next((i for i, w in enumerate(words) if _family(w)), None)
        if noun is None:
            continue
        fam = _family(words[noun]) or set()
        ref = _told_day(analysis, timexes, fam, words[:noun], sentence.start)
        if ref is None or ref.start is None:
            return None
        if m.group("eve"):
            shift = -1
        elif m.group("soon"):
            shift = 0
        else:
            unit = m.group("unit").lower()
            if m.group("n").lower() == "the" and not unit.startswith("day"):
                continue
            n = _NUM.get(m.group("n").lower()) or int(m.group("n"))
            shift = n * (7 if unit.startswith("week") else 1)
            shift = shift if m.group("rel").lower() == "after" else -shift
        day = ref.start + timedelta(days=shift)
        return TimeSpan(start=day, end=day, precision="day", text=m.group(0),
                        anchor=analysis.anchor.describe() if analysis.anchor else None,
                        evidence=(analysis.document.span(m.start(), m.end()),
                                  analysis.document.span(ref.span.start, ref.span.end)))
    return None


def eve_of(text: str, ts: TimeSpan, t: Timex) -> TimeSpan:
    """"on the eve of Sunday's election": the day before the day named."""
    if (ts.precision == "day" and ts.start is not None and ts.start == ts.end
            and _EVE_BEFORE.search(text, max(0, t.span.start - 20), t.span.start)
            and re.match(r"['’]s?\s", text[t.span.end:t.span.end + 3])):
        day = ts.start - timedelta(days=1)
        return replace(ts, start=day, end=day)
    return ts
