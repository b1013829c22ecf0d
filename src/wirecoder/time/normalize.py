"""Turn a matched rule into a TIMEX3 type, value and mod, reasoning on the calendar.

Deictic expressions ("yesterday", "last week", "a year ago") resolve against the anchor;
anaphoric ones ("the previous day", "the same day", "the following year") against the
date in focus in the discourse (`Context.focus`), which the tagger updates as it reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable

from . import calendar as cal
from .lexicon import MONTHS, ORDINALS, SEASONS, UNITS, parse_number


@dataclass
class Result:
    type: str
    value: str
    mod: str | None = None
    focus: date | None = None  # a day this expression puts in focus
    unit: str | None = None  # granularity of that focus


@dataclass
class Context:
    text: str
    anchor: date
    tense: Callable[[int, int], int]  # (start, end) -> -1 past, 0 unknown, +1 future
    focus_day: date | None = None
    focus_unit: str = "day"
    focus_quarter: tuple[int, int] | None = None
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def ref(self) -> date:
        return self.focus_day or self.anchor

    @property
    def event_ref(self) -> date:
        """The day in focus for a time told with no day of its own ("at about 10 p.m.", "the
        same evening"): the last day an event was told on, not a later day of saying ("late
        on Monday, the army said Wednesday. The attackers came at about 10 p.m.")."""
        day = self.extra.get("event_day")
        return day if isinstance(day, date) else self.ref


MOD_WORDS = {"early": "START", "late": "END", "mid": "MID", "middle": "MID", "end": "END",
             "beginning": "START", "start": "START", "close": "END", "turn": "END",
             "first half": "START", "second half": "END", "last half": "END",
             "latter half": "END", "latter part": "END",
             "early part": "START", "first part": "START"}
APPROX_MODS = {"about": "APPROX", "around": "APPROX", "nearly": "LESS_THAN",
               "almost": "LESS_THAN", "more than": "MORE_THAN", "over": "MORE_THAN",
               "less than": "LESS_THAN", "under": "LESS_THAN", "at least": "EQUAL_OR_MORE",
               "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
               "at most": "EQUAL_OR_LESS", "roughly": "APPROX", "approximately": "APPROX",
               "some": "APPROX", "well over": "MORE_THAN", "fewer than": "LESS_THAN",
               "longer than": "MORE_THAN", "within": "EQUAL_OR_LESS"}
# words that let a bare "May" / "March" be the month
MONTH_CUE = re.compile(r"(?:\b(?:in|since|until|till|by|of|early|late|mid|last|next|this|during|"
                       r"through|from|for|to|before|after|between|and|or|on|end|beginning|throughout)"
                       r"\s+|-)$", re.IGNORECASE)


def g(m: re.Match[str], name: str) -> str | None:
    """The text of the group `name` of `m`, or None where the pattern has no such group."""
    try:
        return m.group(name)
    except IndexError:
        return None


def mod_of(text: str | None) -> str | None:
    if not text:
        return None
    t = re.sub(r"^the\s+|\s+of$|-$", "", text.lower().strip(" -"))
    t = re.sub(r"\s+", " ", t).strip()
    return MOD_WORDS.get(t)


def approx_of(span_text: str) -> str | None:
    t = span_text.lower()
    for k in sorted(APPROX_MODS, key=len, reverse=True):
        if t.startswith(k + " "):
            return APPROX_MODS[k]
    return None


def month_num(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def day_num(word: str) -> int:
    return int(re.match(r"\d+", word).group())  # type: ignore[union-attr]


def ordinal_num(word: str) -> int | None:
    w = word.lower().replace("-", " ")
    if w in ORDINALS:
        return ORDINALS[w]
    m = re.match(r"(\d+)", w)
    if m:
        return int(m.group(1))
    parts = w.split()
    if len(parts) == 2 and parts[0] in ("twenty", "thirty"):
        o = ORDINALS.get(parts[1])
        return (20 if parts[0] == "twenty" else 30) + o if o else None
    return None


YEAR_POLICY = {"day": "closest", "month": "closest"}  # how a month(-day) without a year is placed

# a past verb right before a date ("began on May 3"), unless it is a planned one ("to be held on")
_PAST_VERB_BEFORE = re.compile(
    r"\b(?!(?:expected|scheduled|planned|slated|due)\b)(?:[a-z]{2,}ed|began|died|took|met|won|lost"
    r"|fell|rose)\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE)
_PLAN_VERB_BEFORE = re.compile(r"\b(?:be|been|is|are|will|to|would)\s+\w+\s+(?:on\s+|in\s+)?$",
                               re.IGNORECASE)


def _place(ctx: Context, cands: list[date], start: int, end: int, policy: str) -> date:
    a = ctx.anchor
    same = [d for d in cands if d.year == a.year]
    if policy == "same" and same:
        return same[0]
    t = ctx.tense(start, end)
    if t < 0:
        past = [d for d in cands if d <= a]
        window = 300
        if _PAST_VERB_BEFORE.search(ctx.text[max(0, start - 25):start]) and not \
                _PLAN_VERB_BEFORE.search(ctx.text[max(0, start - 30):start]):
            window = 366  # "began on May 3": the verb right before the date says it is past
        if past and (a - max(past)).days < window:
            return max(past)
    elif t > 0:
        fut = [d for d in cands if d >= a]
        if fut and (min(fut) - a).days < 300:
            return min(fut)
    if policy in ("tense", "same") and same:
        return same[0]
    return min(cands, key=lambda d: abs((d - a).days))


def resolve_month_day(ctx: Context, month: int, day: int, start: int, end: int) -> date | None:
    """The year of a month-day without one (news convention: the anchor's year)."""
    cands = []
    for y in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1):
        d = cal.real_date(y, month, day)
        if d is not None:
            cands.append(d)
    if not cands:
        return None
    return _place(ctx, cands, start, end, YEAR_POLICY["day"])


def resolve_month(ctx: Context, month: int, start: int, end: int) -> int:
    """The year of a month named without one."""
    a = ctx.anchor
    if month == a.month:
        return a.year
    cands = [date(y, month, 1) for y in (a.year - 1, a.year, a.year + 1)]
    return _place(ctx, cands, start, end, YEAR_POLICY["month"]).year


def weekday_date(ctx: Context, wd: int, start: int, end: int, rel: str | None = None) -> date:
    a = ctx.anchor
    if rel:
        rel = re.sub(r"\s+", " ", rel.lower())
        if rel in ("the previous", "the following", "the next"):  # from the day in focus
            ref = ctx.ref
            return cal.weekday_near(ref + timedelta(days=-1 if rel == "the previous" else 1), wd,
                                    -1 if rel == "the previous" else 1)
        if rel in ("last", "this past"):
            return cal.weekday_near(a - timedelta(days=1), wd, -1)
        if rel in ("next", "this coming"):
            return cal.weekday_near(a + timedelta(days=1), wd, +1)
        if rel == "that":
            return cal.weekday_near(ctx.ref, wd, 0)
        if rel == "this":
            t = ctx.tense(start, end)
            return cal.weekday_near(a, wd, t if t else 0)
    t = ctx.tense(start, end)
    return cal.weekday_near(a, wd, +1 if t > 0 else -1)


def fmt_num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration_value(num: float | None, unit: str) -> str:
    """P3Y, PT5H, P2W, PXD (num None: unspecified), P20Y for two decades."""
    letter = UNITS[unit]
    n = num
    if unit == "decade":
        letter, n = "Y", None if num is None else num * 10
    elif unit == "century":
        letter, n = "Y", None if num is None else num * 100
        if num is None:
            letter = "C"
    elif unit == "millennium":
        letter, n = "Y", None if num is None else num * 1000
        if num is None:
            letter = "ML"
    elif unit == "fortnight":
        letter, n = "W", None if num is None else num * 2
    elif unit == "weekend":
        letter = "WE"
    elif unit == "quarter":
        letter = "Q"
    # decades count as years ("two decades" = P20Y, "decades" = PXY); centuries vague = PXC
    t = "T" if unit in ("second", "minute", "hour") else ""
    if n is None:
        return f"P{t}X{letter}"
    if t and not float(n).is_integer():
        secs = round(n * {"H": 3600, "M": 60, "S": 1}[letter])
        h, rest = divmod(secs, 3600)
        mi, s = divmod(rest, 60)
        return "PT" + (f"{h}H" if h else "") + (f"{mi}M" if mi else "") + (f"{s}S" if s else "")
    if not float(n).is_integer():
        smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24),
                   "H": ("M", 60), "Q": ("M", 3)}
        if letter in smaller:
            whole = int(n)
            small, k = smaller[letter]
            rest = round((n - whole) * k)
            if letter == "D" or letter == "H" or (t and letter in ("H", "M")):
                if letter == "D":
                    return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
                return f"PT{whole}H{rest}M" if whole else f"PT{rest}M"
            return f"P{whole}{letter}{rest}{small}" if whole else f"P{rest}{small}"
    return f"P{t}{fmt_num(n)}{letter}"


def num_of(text: str | None) -> float | None:
    if text is None:
        return None
    t = re.sub(r"\s+", " ", text.lower().strip())
    if t in ("several", "a few", "few", "some", "many", "a number of", "numerous",
             "dozens of", "multi"):
        return None
    return parse_number(t)


def quarter_for(ctx: Context, q: int, year: int | None) -> str:
    a = ctx.anchor
    if year is None:
        year = a.year
        if q > cal.quarter_of(a) and ctx.tense(0, 0) <= 0:
            year -= 1
    return f"{year:04d}-Q{q}"


def year_from_rel(ctx: Context, rel: str | None) -> int:
    r = (rel or "this").lower()
    return ctx.anchor.year + {"last": -1, "next": 1}.get(r, 0)


_TENSE_DIR = {"last": -1, "past": -1, "previous": -1, "preceding": -1, "prior": -1,
              "this past": -1, "next": 1, "coming": 1, "following": 1, "this coming": 1,
              "upcoming": 1, "this": 0, "current": 0, "same": 0, "the same": 0, "that": 0}


def rel_unit_value(ctx: Context, rel: str, unit: str) -> tuple[str, date | None]:
    """'last week' -> the week before the anchor's; 'the previous day' -> the day before focus."""
    rel = re.sub(r"\s+", " ", rel.lower())
    d = _TENSE_DIR.get(rel, 0)
    anaphoric = rel in ("previous", "following", "preceding", "prior", "same", "the same", "that")
    base = ctx.anchor
    if anaphoric:
        any_focus = ctx.extra.get("focus_any")
        base = (any_focus if isinstance(any_focus, date) and unit in ("year", "month", "quarter",
                                                                      "decade") else ctx.ref)
    if unit in SEASONS:
        code = SEASONS[unit]
        start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
        y = base.year
        if d < 0:  # the most recent such season that has ended
            while date(y, start_month, 1) > cal.shift(base, "month", -3):
                y -= 1
        elif d > 0:  # the next such season that has not begun
            while date(y, start_month, 1) <= base:
                y += 1
        return f"{y:04d}-{code}", None
    target = cal.shift(base, unit, d)
    if anaphoric and unit == "day" and base is ctx.focus_day and ctx.focus_unit == "month":
        # "that same day" after "in October": a day of that month, which the text leaves open
        return f"{target.year:04d}-{target.month:02d}-XX", None
    return cal.value_at(target, unit), target
