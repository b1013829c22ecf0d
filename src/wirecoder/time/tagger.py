"""`tag_timexes`: find TIMEX3 expressions in a text and normalise them against an anchor.

Three steps: every rule of `patterns.py` proposes spans; a probe normalisation drops the
candidates its handler rejects ("May" the name, "We", amounts that look like years); the
longest non-overlapping spans win; then the kept spans are normalised in reading order, so
that anaphoric expressions ("the previous day", "on the same day") see the date in focus.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date
from typing import Any

from ..records import Span, Timex
from . import calendar as cal
from .handlers import HANDLERS
from .normalize import Context, Result
from .patterns import (HEAD_WORDS, MULTI_CATEGORY, RULE_HEADS, RULE_ORDER, RULES,
                       dashed_years_ascend)
from .tense import make_tense

# a few rules outrank longer overlapping ones when they tie in length
_PRIORITY_BONUS = {"set_money_a": -100, "set_every": -50, "ago": -20}


_TOKEN = re.compile(r"[A-Za-z]+|\d+")
# how far before / after a head token a rule's match may start / end
WINDOW_BEFORE, WINDOW_AFTER = 70, 50
_UNIT_HEADED = {"ago", "ago_vague", "duration", "duration_range", "duration_adj",
                "duration_vague", "duration_plural", "for_plural", "a_unit", "the_unit",
                "half_unit", "set_money_a", "recent_units", "day_number", "century", "year_adj",
                "mod_the_unit", "unit_before", "rel_unit"}


def head_positions(text: str) -> dict[str, list[int]]:
    """Offsets of the head tokens of each category ('month', 'unit', 'year4' ...)."""
    out: dict[str, list[int]] = {}
    n = len(text)
    for m in _TOKEN.finditer(text):
        tok = m.group()
        if tok[0].isdigit():
            nxt = text[m.end()] if m.end() < n else ""
            if len(tok) == 4:
                out.setdefault("year4s" if nxt == "s" or nxt == "'" else "year4", []).append(
                    m.start())
            if nxt == ":":
                out.setdefault("digitcolon", []).append(m.start())
            if nxt in "/-":
                out.setdefault("digitsep", []).append(m.start())
            if nxt == "s" or nxt == "'":
                out.setdefault("year4s", []).append(m.start())
            continue
        low = tok.lower()
        cats = MULTI_CATEGORY.get(low)
        if cats is None:
            cat = HEAD_WORDS.get(low)
            if cat is None:
                continue
            cats = (cat,)
        for cat in cats:
            out.setdefault(cat, []).append(m.start())
    return out


def _windows(positions: list[int], n: int, before: int, after: int) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for p in sorted(positions):
        s, e = max(0, p - before), min(n, p + after)
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def _candidates(text: str) -> list[tuple[int, int, str, re.Match[str]]]:
    heads = head_positions(text)
    out = []
    seen: set[tuple[int, int, str]] = set()
    n = len(text)
    cache: dict[tuple[tuple[str, ...], int], list[tuple[int, int]]] = {}
    for name, rx in RULES:
        cats = RULE_HEADS[name]
        after = 30 if name in _UNIT_HEADED else WINDOW_AFTER
        key = (cats, after)
        if key not in cache:
            positions = [p for cat in cats for p in heads.get(cat, ())]
            cache[key] = _windows(positions, n, WINDOW_BEFORE, after)
        for s, e in cache[key]:
            # a window that ends inside a word would cut matches short: extend to its end
            while e < n and (text[e].isalnum() or text[e] in ".'-"):
                e += 1
            for m in rx.finditer(text, s, e):
                mkey = (m.start(), m.end(), name)
                if name == "year" and not dashed_years_ascend(text, *m.span("year")):
                    continue  # "a 2000-1500 lead": no pair of years
                if m.end() > m.start() and mkey not in seen:
                    seen.add(mkey)
                    out.append((m.start(), m.end(), name, m))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " ,;:(\n\t":
        end -= 1
    while start < end and text[start] in " ,;:)\n\t":
        start += 1
    return start, end


def select_spans(text: str, probe: Context) -> list[tuple[int, int, str, re.Match[str]]]:
    """The accepted candidates, longest first, without overlaps, in reading order."""
    accepted = []
    for start, end, name, m in _candidates(text):
        try:
            res = HANDLERS[name](m, probe)
        except (ValueError, KeyError, OverflowError):
            res = None
        if res is not None:
            accepted.append((start, end, name, m))
    accepted.sort(key=lambda c: (-(c[1] - c[0]), RULE_ORDER[c[2]] + _PRIORITY_BONUS.get(c[2], 0),
                                 c[0]))
    taken: list[tuple[int, int, str, re.Match[str]]] = []
    starts: list[int] = []  # sorted starts of the taken spans (they never overlap)
    ends: list[int] = []
    for cand in accepted:
        i = bisect.bisect_right(starts, cand[0])
        # the span starting at or before cand must end before it; the next must start after
        if i > 0 and ends[i - 1] > cand[0]:
            continue
        if i < len(starts) and starts[i] < cand[1]:
            continue
        starts.insert(i, cand[0])
        ends.insert(i, cand[1])
        taken.append(cand)
    taken.sort(key=lambda c: c[0])
    return taken


def to_timex(text: str, start: int, end: int, res: Result, document_id: str | None) -> Timex:
    s, e, precision = (None, None, "unknown")
    if res.type in ("DATE", "TIME"):
        s, e, precision = cal.interval(res.value)
    return Timex(span=Span(start, end, text[start:end], document_id), type=res.type,
                 value=res.value, start=s, end=e, precision=precision, mod=res.mod)


def _clip(timex: Timex, anchor: date) -> Timex:
    """'earlier this year' ends at the anchor; 'later this month' starts there."""
    if timex.start is None or timex.end is None or not timex.start <= anchor <= timex.end:
        return timex
    first = timex.span.text.split()[0].lower()
    if first == "earlier":
        return replace(timex, end=anchor)
    if first == "later":
        return replace(timex, start=anchor)
    return timex


def tag_timexes(text: str, anchor: date, doc: Any = None,
                document_id: str | None = None) -> list[Timex]:
    """TIMEX3 expressions in `text`, normalised against `anchor` (the document's reference date).

    `doc` (a spaCy Doc over the same text) is optional: with it, the tense of the governing
    verb decides whether a bare weekday or month lies before or after the anchor.
    """
    original = text
    if _caseless(text):
        text = restore_case(text)  # same length: offsets and spans stay those of the original
    tense = make_tense(text, doc)
    probe = Context(text=text, anchor=anchor, tense=tense, extra={"probe": True})
    ctx = Context(text=text, anchor=anchor, tense=tense)
    out: list[Timex] = []
    for start, end, name, m in select_spans(text, probe):
        try:
            res = HANDLERS[name](m, ctx)
        except (ValueError, KeyError, OverflowError):
            res = None
        if res is None:
            continue
        s, e = _trim(text, start, end)
        if res.type == "DATE" and _NAMED_AFTER.match(text, e):
            continue  # "the 19 April Movement", "the 15 September Front": a name, not a date
        timex = _clip(to_timex(original, s, e, res, document_id), anchor)
        out.append(timex)
        if res.focus is not None:
            ctx.focus_day = res.focus
            ctx.focus_unit = res.unit or "day"
            ctx.extra["last_date"] = (e, res.focus)
            if ctx.focus_unit == "day":
                ctx.extra["last_day"] = res.focus  # the day a later "later in the day" means
            event_day = ctx.extra.get("event_day")
            if not (isinstance(event_day, date) and res.focus > event_day
                    and SAYING_DAY.search(text, max(0, s - 60), s)):
                ctx.extra["event_day"] = res.focus  # (a later day of saying is not an event's)
        if timex.start is not None and timex.precision in ("day", "month", "year", "week"):
            ctx.extra["focus_any"] = timex.start
    out = _same_period(text, out)
    out = _apposed_quarter(text, _period_a_year_ago(
        text, _day_before_after(text, _share_range_years(text, out))))
    if text is not original:  # the post-passes rebuild some spans from the working text
        out = [t if t.span.text == original[t.span.start:t.span.end] else replace(
            t, span=Span(t.span.start, t.span.end, original[t.span.start:t.span.end],
                         t.span.document_id)) for t in out]
    return out


# the day of a saying: "the army said Wednesday", "told reporters on Tuesday", "said in a
# statement on Monday" (a bare clock time after it is still the story's day, not this one)
SAYING_DAY = re.compile(r"\b(?:said|says|told|announced|added|stated|confirmed|reported)"
                        r"(?:\s+(?!that\b)[\w'’.-]+){0,4}?\s+(?:on\s+|late\s+|early\s+)?$")
_NAMED_AFTER = re.compile(r"\s+(?:movement|front|brigade|commando)(?![\w-])", re.IGNORECASE)
_UPPER = re.compile(r"[A-Z]")
_CASE_WORDS = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|(?:jan|feb|mar|apr|aug|sept?|oct|nov|dec)\.|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|easter|christmas)\b")
# words before which a lower-case "may" / "march" is the month ("in may", "since march")
_MONTH_CUE_LOWER = re.compile(r"\b(?:in|since|until|by|of|early|late|mid|last|next|this|during"
                              r"|through|from|before|after)\s+$|\d\s+$")
_SENT_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)([a-z])")


def _caseless(text: str) -> bool:
    """A text with no capital letters at all (a lower-cased wire feed, as in MUC-4)."""
    return len(text) > 40 and _UPPER.search(text) is None


def restore_case(text: str) -> str:
    """Capitalise month and weekday names and sentence starts of an all-lower-case text, so that
    the rules that read capitals ("May" the month, not the modal) apply; length is kept."""
    chars = list(text)
    for m in _CASE_WORDS.finditer(text):
        if m.group() in ("may", "march") and not (
                re.match(r"\s+\d", text[m.end():m.end() + 3])
                or _MONTH_CUE_LOWER.search(text, max(0, m.start() - 12), m.start())):
            continue  # the modal and the verb ("to march for peace") keep their lower case
        chars[m.start()] = chars[m.start()].upper()
    for m in _SENT_START.finditer(text):
        chars[m.start(1)] = chars[m.start(1)].upper()
    return "".join(chars)


_RANGE_JOIN = re.compile(r"\s*(?:to|through|until|till|and|-|–|—)\s*$", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+(?:the\s+)?$", re.IGNORECASE)


_MONTHS_JOIN = re.compile(r"\s*(?:and|or|to|through|-|–|—)\s*", re.IGNORECASE)


def _share_range_years(text: str, timexes: list[Timex]) -> list[Timex]:
    """'between March and May 2024', 'from Dec. 28 to Jan. 3, 2025', 'in July and August
    2024': the first end takes its year from the second, which names it (the first is never
    later than the second)."""
    out = list(timexes)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.type != "DATE" or b.type != "DATE" or a.start is None or b.start is None:
            continue
        join = text[a.span.end:b.span.start]
        # two months told as one period ("in July and August 2024", "in May or June 2023")
        months = a.precision == b.precision == "month" and bool(_MONTHS_JOIN.fullmatch(join))
        if not months and (not _RANGE_JOIN.fullmatch(join) or not _RANGE_OPEN.search(
                text[max(0, a.span.start - 12):a.span.start])):
            continue
        if re.search(r"\d{4}", a.span.text) or not re.search(r"\d{4}", b.span.text):
            continue
        if not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", a.value):
            continue
        year = b.start.year
        try:
            new_start = a.start.replace(year=year)
        except ValueError:
            continue
        if new_start > b.start:
            year -= 1
        value = f"{year:04d}{a.value[4:]}"
        s, e, precision = cal.interval(value)
        out[i] = replace(a, value=value, start=s, end=e, precision=precision)
    return out


_DAY_SHIFT = re.compile(r"(?:\b(?:the|that)\s+)?\bday\s+(?P<dir>before|after)\s+$", re.IGNORECASE)


def _day_before_after(text: str, timexes: list[Timex]) -> list[Timex]:
    """'the day before last Tuesday', 'the day after Nov. 3': one expression, a day off the
    date it names (TimeML marks the whole phrase)."""
    out: list[Timex] = []
    for t in timexes:
        m = _DAY_SHIFT.search(text, max(0, t.span.start - 20), t.span.start)
        if m is None or t.type != "DATE" or t.precision != "day" or t.start is None:
            out.append(t)
            continue
        s = m.start()
        while out and out[-1].span.end > s and out[-1].span.start >= s:
            out.pop()  # "the day" / "the day before" alone, now part of the longer phrase
        d = cal.shift(t.start, "day", -1 if m.group("dir").lower() == "before" else 1)
        value = d.isoformat()
        start, end, precision = cal.interval(value)
        out.append(replace(t, span=Span(s, t.span.end, text[s:t.span.end], t.span.document_id),
                           value=value, start=start, end=end, precision=precision, mod=None))
    return out


_YEAR_BACK = re.compile(r"\s+(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|last\s+year)\b",
                        re.IGNORECASE)
# a period already placed a year back: "the corresponding period last year" shifts once
_ALREADY_BACK = re.compile(r"corresponding|comparable|year-ago|year-earlier|same", re.IGNORECASE)
# a period within a year: a quarter, half, month or season ("2021-Q3", "2021-07")
_PERIOD_VALUE = re.compile(r"\d{4}-(?:Q\d|H\d|\d\d|SP|SU|FA|WI)")


def _period_a_year_ago(text: str, timexes: list[Timex]) -> list[Timex]:
    """'the quarter a year ago', 'the month a year earlier', 'the corresponding period last
    year': one expression, the period a year back (the second part alone says only the year)."""
    out: list[Timex] = []
    for t in timexes:
        prev = out[-1] if out else None
        m = _YEAR_BACK.match(text, prev.span.end) if prev is not None else None
        if (prev is None or m is None or prev.type != "DATE" or t.span.start < m.start()
                or t.span.end > m.end() or not _PERIOD_VALUE.fullmatch(prev.value)):
            out.append(t)
            continue
        back = 0 if _ALREADY_BACK.search(prev.span.text) else 1
        value = f"{int(prev.value[:4]) - back:04d}{prev.value[4:]}"
        start, end, precision = cal.interval(value)
        out[-1] = replace(prev, span=Span(prev.span.start, m.end(), text[prev.span.start:m.end()],
                                          prev.span.document_id),
                          value=value, start=start, end=end, precision=precision)
    return out


_QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")


def _apposed_quarter(text: str, timexes: list[Timex]) -> list[Timex]:
    """'the comparable year-ago quarter, the second quarter ended Oct. 31, ...': a quarter
    named by reference (year-ago, latest, that) followed by an apposition naming a quarter is
    that quarter (the apposition says which); lists of quarters are left alone."""
    out = list(timexes)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if (a.type == "DATE" and b.type == "DATE" and _QUARTER_VALUE.fullmatch(a.value)
                and _QUARTER_VALUE.fullmatch(b.value) and a.value != b.value
                and re.fullmatch(r"\s*,\s*", text[a.span.end:b.span.start])
                and not re.search(r"first|second|third|fourth|[1-4](?:st|nd|rd|th)",
                                  a.span.text, re.IGNORECASE)  # a itself says which
                and re.match(r"(?:\s+(?:ended|ending)\s+[^,;]{3,25})?\s*[,;]\s*(?!and\b|or\b)",
                             text[b.span.end:b.span.end + 40])):
            out[i] = replace(a, value=b.value, start=b.start, end=b.end, precision=b.precision)
    return out


# "from 19 to 25 May", "between 3 and 9 June": the first day, told before the dated one
FIRST_OF_RANGE = re.compile(r"\b(?:from|between)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+"
                            r"(?:to|and|until|till|through)\s+$", re.IGNORECASE)
_SAME_PERIOD = re.compile(r"(?:the\s+)?same\s+period", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:to|and|until|till|through|-|–)\s*")
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+(?:the\s+)?$", re.IGNORECASE)


def _same_period(text: str, timexes: list[Timex]) -> list[Timex]:
    """"carried out operations from 19 to 25 May ... During the same period, detachments
    arrested nine people": outside earnings talk (no quarter named), "the same period" is
    the span of days the text told last, not a fiscal quarter."""
    if re.search(r"\bquarter", text, re.IGNORECASE):
        return timexes
    out: list[Timex] = []
    last: tuple[date, date] | None = None
    for i, t in enumerate(timexes):
        if t.type == "DATE" and _SAME_PERIOD.fullmatch(t.span.text.strip()) and last:
            out.append(replace(t, value=last[0].isoformat(), start=last[0], end=last[1],
                               precision="day"))
            continue
        out.append(t)
        if t.precision != "day" or t.start is None or t.end is None:
            continue
        m = FIRST_OF_RANGE.search(text, max(0, t.span.start - 30), t.span.start)
        if m and t.span.text[:1].isdigit() and 1 <= int(m.group(1)) < t.start.day:
            last = (t.start.replace(day=int(m.group(1))), t.end)
            continue
        prev = timexes[i - 1] if i else None
        if prev is not None and prev.precision == "day" and prev.start is not None \
                and prev.start < t.start and _RANGE_JOIN.fullmatch(
                    text[prev.span.end:t.span.start]) \
                and _RANGE_OPEN.search(text, max(0, prev.span.start - 15), prev.span.start):
            last = (prev.start, t.end)
    return out
