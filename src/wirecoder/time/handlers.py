"""One handler per rule of `patterns.py`: the match and the context in, a `Result` out (or None
to reject a candidate, e.g. "May" the name or "We" the pronoun)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Callable

from . import calendar as cal
from .lexicon import HOLIDAYS, SEASONS, WEEKDAYS, spelled_year
from .normalize import (MONTH_CUE, Context, Result, day_num, g, mod_of, month_num, ordinal_num,
                        rel_unit_value, resolve_month, resolve_month_day, weekday_date,
                        year_from_rel)
from .patterns import MONTH_D

_MONTH_RX = re.compile(MONTH_D, re.IGNORECASE)
Handler = Callable[[re.Match[str], Context], Result | None]
HANDLERS: dict[str, Handler] = {}


def handler(name: str) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        HANDLERS[name] = fn
        return fn
    return deco


def capitalised(word: str | None) -> bool:
    return bool(word) and word[0].isupper()  # type: ignore[index]


def month_ok(m: re.Match[str], ctx: Context, word: str, followed_by_number: bool) -> bool:
    """Month names must be capitalised; 'May'/'March' alone need a cue; 'Jan' needs a number."""
    if not capitalised(word):
        return False
    bare = word.rstrip(".")
    if not word.endswith(".") and bare.lower() in ("jan", "feb", "apr", "aug", "oct", "nov",
                                                    "dec", "sept", "sep") and not followed_by_number:
        return False
    if bare.lower() in ("may", "march") and not followed_by_number:
        pos = m.start() + m.group(0).rfind(word)  # the cue is read before the month word
        before = ctx.text[max(0, pos - 20):pos]
        after = ctx.text[pos + len(word):pos + len(word) + 20]
        # "the March accession": the month as a modifier before a lower-case noun
        modifier = (bare.lower() == "march" and re.search(r"\bthe\s+$", before, re.I)
                    and re.match(r"\s+[a-z]{3,}", after)
                    and not re.match(r"\s+(?:on|to|of|in|from|for|through|and|by)\b", after))
        if not MONTH_CUE.search(before) and not modifier:
            return False
        after = ctx.text[m.end():m.end() + 12]
        if bare.lower() == "may" and re.match(r"\s+(?:be|have|not|also|still|well|never|"
                                                r"even|take|need|get|go|come|help|make)\b",
                                                after):
            return False
    return True


def parse_date_core(text: str) -> tuple[int, int, int | None] | None:
    """(month, day, year|None) from 'November 24th', 'Nov. 24, 2025', '24 November 2025'."""
    t = re.sub(r"\s+", " ", text.strip())
    t = re.sub(r"^the ", "", t, flags=re.I)
    m = re.match(r"([A-Za-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?(?:\s*,\s*| )?(\d{4})?$", t)
    if m:
        mo = month_num(m.group(1))
        if mo:
            return mo, int(m.group(2)), int(m.group(3)) if m.group(3) else None
    m = re.match(r"(\d{1,2})(?:st|nd|rd|th)? (?:of )?([A-Za-z]+\.?),? ?(\d{4})?$", t)
    if m:
        mo = month_num(m.group(2))
        if mo:
            return mo, int(m.group(1)), int(m.group(3)) if m.group(3) else None
    return None


def ground_date(ctx: Context, m: re.Match[str], core: str, weekday: str | None = None,
                ) -> date | str | None:
    parsed = parse_date_core(core)
    if not parsed:
        return None
    mo, d, y = parsed
    if y is None and weekday:
        wd = WEEKDAYS.get(weekday.lower().rstrip("."))
        if wd:  # a weekday beside the date fixes the year: the closest such year to the anchor
            for k in range(0, 12):
                for y2 in (ctx.anchor.year - k, ctx.anchor.year + k):
                    dd = cal.real_date(y2, mo, d)
                    if dd is not None and dd.isoweekday() == wd and (
                            y2 <= ctx.anchor.year or k <= 1):
                        return dd
    if y is not None:
        return cal.real_date(y, mo, d)
    return resolve_month_day(ctx, mo, d, m.start(), m.end())


def date_result(dd: date | str | None, mod: str | None = None) -> Result | None:
    if dd is None:
        return None
    if isinstance(dd, str):
        return Result("DATE", dd, mod)
    return Result("DATE", dd.isoformat(), mod, focus=dd, unit="day")


def month_result(y: int, mo: int, m: re.Match[str]) -> Result:
    """Month `mo` of year `y` as a DATE, with the modifier the match `m` carries ("early")."""
    return Result("DATE", f"{y:04d}-{mo:02d}", mod_of(g(m, "mod")), focus=date(y, mo, 1),
                  unit="month")


_A_DAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today"
                    r"|yesterday|tonight|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
                    r"[a-z]*\.?\s+\d)", re.IGNORECASE)


_HOURS_SPAN = re.compile(r"\s*(?:to|until|till|through|and|-|–)\s*(?:about\s+|around\s+)?\d",
                         re.IGNORECASE)
_HOURS_SPAN_END = re.compile(r"(?:\b(?:from|between)\s+(?:about\s+|around\s+)?|\d[\s.apm]*"
                             r"(?:to|until|till|through|and|-|–)\s*(?:about\s+|around\s+)?)$",
                             re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“])|\n")


def _names_a_day(text: str, start: int, end: int) -> bool:
    """Whether the sentence around [start, end) names a day in words."""
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)),
             default=0)
    nxt = _SENTENCE_END.search(text, end)
    hi = nxt.start() if nxt else len(text)
    return bool(_A_DAY.search(text, lo, start) or _A_DAY.search(text, end, hi))


def day_of(ctx: Context, m: re.Match[str], day: str | None) -> date | None:
    if not day:
        # a bare clock time goes on the story's day, unless its sentence names a day of its
        # own ("imposed a 9 p.m. to 5 a.m. curfew on Tuesday")
        # or it is an end of a span of hours ("a curfew from 9 p.m. to 6 a.m.": the hours)
        return ctx.ref if _names_a_day(ctx.text, m.start(), m.end()) or _HOURS_SPAN.match(
            ctx.text, m.end()) or _HOURS_SPAN_END.search(
            ctx.text, max(0, m.start() - 30), m.start()) else ctx.event_ref
    dl = day.lower()
    if dl == "today" or dl == "this":
        return ctx.anchor
    if dl == "yesterday":
        return ctx.anchor - timedelta(days=1)
    if dl == "tomorrow":
        return ctx.anchor + timedelta(days=1)
    if dl == "last":
        return ctx.anchor - timedelta(days=1)
    if dl in ("that", "the same"):
        return ctx.ref
    if dl in ("the next", "the following"):
        return ctx.ref + timedelta(days=1)
    if dl == "the previous":
        return ctx.ref - timedelta(days=1)
    first = day.split()[0].split(",")[0]
    wd = WEEKDAYS.get(first.lower())
    rest = re.sub(r"^\w+,?\s*", "", day) if wd else day
    if rest and parse_date_core(rest):
        dd = ground_date(ctx, m, rest, first if wd else None)
        return dd if isinstance(dd, date) else None
    if wd:
        return weekday_date(ctx, wd, m.start(), m.end())
    return None


@handler("weekday_date")
def _weekday_date(m: re.Match[str], ctx: Context) -> Result | None:
    if not capitalised(m.group("weekday")):
        return None
    return date_result(ground_date(ctx, m, m.group("date"), m.group("weekday")))


@handler("date")
def _date(m: re.Match[str], ctx: Context) -> Result | None:
    core = m.group("date")
    word = _MONTH_RX.search(core)
    if not word or not month_ok(m, ctx, word.group(), True):
        return None
    return date_result(ground_date(ctx, m, core), mod_of(g(m, "mod")))


@handler("week_of")
def _week_of(m: re.Match[str], ctx: Context) -> Result | None:
    """'the week of March 6': the (ISO) week that contains that day."""
    dd = ground_date(ctx, m, m.group("date"))
    if not isinstance(dd, date):
        return None
    value = cal.week_value(dd) + ("-WE" if m.group("unit").lower() == "weekend" else "")
    return Result("DATE", value)


@handler("iso_date")
def _iso(m: re.Match[str], ctx: Context) -> Result | None:
    return date_result(cal.real_date(int(m.group("y")), int(m.group("m")), int(m.group("d"))))


@handler("slash_date")
def _slash(m: re.Match[str], ctx: Context) -> Result | None:
    y = int(m.group("y"))
    if y < 100:
        y += 1900 if y > (ctx.anchor.year % 100) + 1 else 2000
    return date_result(cal.real_date(y, int(m.group("m")), int(m.group("d"))))


def _month_of(m: re.Match[str], ctx: Context, followed_by_number: bool) -> int | None:
    """The number of the month the group "month" names, where `month_ok` takes it."""
    word = m.group("month")
    return month_num(word) if month_ok(m, ctx, word, followed_by_number) else None


@handler("month_year")
def _month_year(m: re.Match[str], ctx: Context) -> Result | None:
    mo = _month_of(m, ctx, True)
    if mo is None:
        return None
    if g(m, "year"):
        y = int(m.group("year"))
    elif g(m, "spelled"):
        y = spelled_year(m.group("spelled")) or 0
        if not y:
            return None
    else:
        y = year_from_rel(ctx, m.group("rel"))
    return month_result(y, mo, m)


@handler("rel_month")
def _rel_month(m: re.Match[str], ctx: Context) -> Result | None:
    word = m.group("month")
    if not capitalised(word) or (word.lower().startswith(("jan", "dec", "oct", "aug"))
                                 and len(word) <= 3):
        return None
    mo = month_num(word)
    if mo is None:
        return None
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    a = ctx.anchor
    if rel in ("last", "this past"):
        y = a.year if mo < a.month else a.year - 1
    elif rel in ("next", "this coming"):
        y = a.year if mo > a.month else a.year + 1
    elif rel == "that":
        y = ctx.ref.year
    else:
        y = a.year
    return month_result(y, mo, m)


@handler("month")
def _month(m: re.Match[str], ctx: Context) -> Result | None:
    mo = _month_of(m, ctx, False)
    if mo is None:
        return None
    y = resolve_month(ctx, mo, m.start(), m.end())
    return month_result(y, mo, m)


@handler("day_ordinal")
def _day_ordinal(m: re.Match[str], ctx: Context) -> Result | None:
    if not capitalised(m.group("month")):
        return None
    d = ordinal_num(m.group("ord"))
    mo = month_num(m.group("month"))
    if not d or d < 1 or not mo:
        return None
    core = f"{m.group('month')} {d}" + (f", {m.group('year')}" if g(m, "year") else "")
    return date_result(ground_date(ctx, m, core))


HANDLERS["month_ordinal"] = _day_ordinal


@handler("bare_day")
def _bare_day(m: re.Match[str], ctx: Context) -> Result | None:
    """'27th' in 'from November 24th to 27th': the month (and year) of the date just before."""
    before = ctx.text[max(0, m.start() - 40):m.start()]
    pm = re.search(r"([A-Z][a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\s*(?:to|through|until|till|and|-|–)\s*$", before)
    if not pm or month_num(pm.group(1)) is None:
        return None
    d0 = ground_date(ctx, m, f"{pm.group(1)} {pm.group(2)}" + (f", {pm.group(3)}" if pm.group(3) else ""), None)
    prev = ctx.extra.get("last_date")
    if isinstance(prev, tuple) and m.start() - prev[0] <= 12:
        d0 = prev[1]
    if not isinstance(d0, date):
        return None
    try:
        dd = d0.replace(day=day_num(m.group("day")))
    except ValueError:
        return None
    if dd < d0:
        return None
    return date_result(dd)


@handler("lead_day")
def _lead_day(m: re.Match[str], ctx: Context) -> Result | None:
    """'2' in 'the night of 2 to 3 March': the day of the month (and year) written after the
    second day, when it comes before it."""
    if not capitalised(m.group("month")):
        return None
    mo, d = month_num(m.group("month")), day_num(m.group("day2"))
    if not mo or not 0 < d - day_num(m.group("day")):
        return None
    # (grounded as the second date is, where it is written)
    d2 = cal.real_date(int(m.group("year")), mo, d) if g(m, "year") else resolve_month_day(
        ctx, mo, d, m.start("day2"), m.end("month"))
    if not isinstance(d2, date):
        return None
    return date_result(d2.replace(day=day_num(m.group("day"))))


# a national holiday qualified by another country ("Colombia's Independence Day", "Canadian
# Thanksgiving"): the US dates of the lexicon do not apply
_OTHER_NATION = re.compile(r"(?<!\bU\.S\.)(?<!\bAmerica)(?<!\bUS)(?<!\bnation)(?<!\bcountry)"
                           r"(?:'s|\u2019s)\s+$|\b(?!American\b)[A-Z][a-z]+(?:an|ian|ese|ish|i)\s+$")


@handler("holiday")
def _holiday(m: re.Match[str], ctx: Context) -> Result | None:
    name = re.sub(r"\s+", " ", m.group("name").lower())
    key = HOLIDAYS.get(name)
    if key is None or not capitalised(m.group("name")):
        return None
    if name in ("independence day", "labor day", "memorial day", "veterans day", "thanksgiving",
                "thanksgiving day", "election day") and _OTHER_NATION.search(
                    ctx.text, max(0, m.start() - 30), m.start()):
        return None  # "Colombia's Independence Day" is not July 4: its date is unknown here
    a = ctx.anchor
    rel = (g(m, "rel") or "").lower()
    y = a.year + {"last": -1, "next": 1}.get(rel, 0)
    d = cal.holiday(key, y)
    lead = timedelta(days=6 if name.endswith(" week") else 0)  # a week begins before Sunday
    if not rel:
        t = ctx.tense(m.start(), m.end())
        if t < 0 and d - lead > a:
            d = cal.holiday(key, y - 1)
        elif t > 0 and d < a:
            d = cal.holiday(key, y + 1)
    if name.endswith(" week"):
        return Result("DATE", cal.week_value(d))  # "Easter week": the week of Easter Sunday
    return date_result(d)


def unit_is_title(m: re.Match[str], ctx: Context) -> bool:
    """'This Week' capitalised inside quotes or after a possessive (ABC's "This Week") is a
    title: TimeML leaves time words in proper names unmarked. A title-case headline is not."""
    before = ctx.text[max(0, m.start() - 6):m.start()]
    return m.group("rel")[:1].isupper() and bool(re.search(r"(?:[\"“]|'s\s)\s*$", before))


@handler("rel_unit")
def _rel_unit(m: re.Match[str], ctx: Context) -> Result | None:
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    if re.fullmatch(r"[A-Z][a-z]+", m.group("unit")) and unit_is_title(m, ctx):
        return None  # ABC's "This Week": a time word inside a name is not a TIMEX3
    unit = m.group("unit").lower()
    unit = "FA" if unit == "autumn" else unit
    if unit == "FA":
        unit = "fall"
    if rel == "past" and not m.group(0).lower().startswith(("the", "this")):
        return None
    if unit == "second":
        return None
    if rel == "past" and unit in ("decade", "century"):
        # "over the past decade": the last ten years up to now, not the 1980s
        return Result("DURATION", "P10Y" if unit == "decade" else "P100Y")
    if rel == "past" or rel == "this past":
        rel = "last"
    if rel in ("coming", "this coming", "upcoming"):
        rel = "next"
    if unit in ("hour", "minute"):
        return None
    if unit == "night":
        return None
    if unit == "quarter":
        return None  # rel_quarter handles it
    value, target = rel_unit_value(ctx, rel, unit)
    mod = mod_of(g(m, "mod"))
    if g(m, "ea"):
        mod = mod or None
    res = Result("DATE", value, mod)
    if unit == "day" and target is not None:
        res.focus, res.unit = target, "day"
    return res


@handler("unit_before")
def _unit_before(m: re.Match[str], ctx: Context) -> Result | None:
    unit = m.group("unit").lower()
    d = -1 if m.group("rel").lower() == "before" else 1
    if unit == "night":
        # "a curfew on Monday after clashes the night before": the night of the day before
        # the day in focus, as "the previous night" is
        night = cal.shift(ctx.ref, "day", d)
        return Result("TIME", f"{night.isoformat()}TNI", focus=night, unit="day")
    from .handlers_durations import appositive_to_date
    if unit == "day" and appositive_to_date(ctx, m.start()):
        d = 0  # "last seen Nov. 3, the day before the warrant was issued": Nov. 3 itself
    base = ctx.ref
    any_focus = ctx.extra.get("focus_any")
    if unit in ("year", "month") and isinstance(any_focus, date):
        base = any_focus  # "last year ... down from $450 million the year before"
    target = cal.shift(base, unit, d)
    res = Result("DATE", cal.value_at(target, unit))
    if unit == "day":
        res.focus, res.unit = target, "day"
    return res


@handler("season")
def _season(m: re.Match[str], ctx: Context) -> Result | None:
    y = int(m.group("year")) if g(m, "year") else spelled_year(m.group("spelled") or "")
    if not y:
        return None
    return Result("DATE", f"{y:04d}-{SEASONS[m.group('season').lower()]}", mod_of(g(m, "mod")))


@handler("season_year")
def _season_year(m: re.Match[str], ctx: Context) -> Result | None:
    return Result("DATE", f"{int(m.group('year')):04d}-{SEASONS[m.group('season').lower()]}")


HANDLERS["year_season"] = _season_year


@handler("ea_deictic")
def _ea_deictic(m: re.Match[str], ctx: Context) -> Result | None:
    w = m.group("word").lower()
    d = ctx.anchor + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[w])
    ea = m.group("ea").lower()
    mod = {"early": "START", "late": "END"}.get(ea)
    return Result("DATE", d.isoformat(), mod, focus=d, unit="day")


@handler("ea_weekday")
def _ea_weekday(m: re.Match[str], ctx: Context) -> Result | None:
    if not capitalised(m.group("weekday")):
        return None
    d = weekday_date(ctx, WEEKDAYS[m.group("weekday").lower()], m.start(), m.end())
    mod = {"early": "START", "late": "END"}.get(m.group("ea").lower())
    return Result("DATE", d.isoformat(), mod, focus=d, unit="day")


from . import handlers_clock, handlers_periods  # noqa: E402,F401  (register their handlers)
from .handlers_durations import register as _register_durations  # noqa: E402
from .handlers_more import register as _register_more  # noqa: E402

_register_durations(HANDLERS)
_register_more(HANDLERS)
