"""Handlers for durations ("three years", "for weeks", "half a day"), "ago" and the units
counted back or ahead ("two years ago", "the past few months", "within days"), and sets
("every week", "weekly", "on Mondays"). Moved out of `handlers_more` (the same code).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from . import calendar as cal
from .patterns import WEEKDAY
from .lexicon import MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS, unit_of
from .normalize import (Context, Result, approx_of, duration_value, fmt_num, g, mod_of, num_of,
                        weekday_date)
from .tense import sentence_bounds


def _granular(ctx: Context, m: re.Match[str], target: date, unit: str) -> Result:
    """A date `unit`-grained: quarters in quarter talk, weeks, months, years..."""
    from .handlers_periods import focus_quarter, multi_quarter_focus
    if (unit == "year" and ctx.focus_quarter and target.year == ctx.anchor.year - 1
            and not multi_quarter_focus(ctx, m.start())):
        y, q = focus_quarter(ctx, m.start())  # earnings talk: the same quarter a year before
        return Result("DATE", f"{y - 1:04d}-Q{q}")
    if unit in ("hour", "minute", "second"):
        return Result("TIME", target.isoformat())
    if unit in ("decade", "century"):
        unit = "year"
    value = cal.value_at(target, unit)
    res = Result("DATE", value)
    if unit == "day":
        res.focus, res.unit = target, "day"
    return res


def _ago(m: re.Match[str], ctx: Context) -> Result | None:
    unit = unit_of(m.group("unit"))
    if unit is None:
        return None
    direction = re.sub(r"\s+", " ", m.group("dir").lower())
    num = num_of(m.group("num"))
    after = ctx.text[m.end():m.end() + 3]
    if direction in ("before", "after") and re.match(r"\s+[\w\"'“]", after):
        return None  # "two days before the vote": the duration is the timex, 'before' a signal
    back = direction in ("ago", "earlier", "before", "previously", "back")
    if num is None:
        return Result("DATE", "PAST_REF" if back else "FUTURE_REF")
    base = ctx.anchor if direction in ("ago", "from now", "hence", "back") else ctx.ref
    n = int(round(num)) if num >= 1 else 0
    if not float(num).is_integer() and unit == "year":
        target = cal.shift(base, "month", int(round(num * 12)) * (-1 if back else 1))
        return _granular(ctx, m, target, "month")
    from .handlers_periods import multi_quarter_focus
    fq_pos = ctx.extra.get("fq_pos")
    if (unit == "year" and n == 1 and back and ctx.focus_quarter and isinstance(fq_pos, int)
            and 0 <= m.start() - fq_pos < 200 and not multi_quarter_focus(ctx, m.start())):
        y, q = ctx.focus_quarter  # "this year's third quarter ... a year earlier"
        return Result("DATE", f"{y - 1:04d}-Q{q}")
    target = cal.shift(base, unit, -n if back else n)
    return _granular(ctx, m, target, unit)


def _ago_vague(m: re.Match[str], ctx: Context) -> Result | None:
    return Result("DATE", "PAST_REF")


def _duration(m: re.Match[str], ctx: Context) -> Result | None:
    unit = unit_of(m.group("unit"))
    if unit is None:
        return None
    if _some_day_ahead(m, ctx):
        return Result("DATE", "FUTURE_REF")
    raw = m.group("num")
    if unit == "hour" and re.fullmatch(r"[0-2]\d[0-5]\d", raw) and re.search(
            r"\b(?:at|by|until|from|before|after)\s+$", ctx.text[max(0, m.start() - 7):m.start()]):
        return None  # "at 1930 hours": a 24-hour clock time, not 1,930 hours
    num = num_of(raw)
    if num is None and raw.lower() not in ("several", "a few", "few", "some", "many",
                                           "a number of", "numerous", "multi",
                                           "a couple of", "dozens of"):
        return None
    if num is not None and num > 5000:
        return None
    if _fraction(unit, m, ctx):
        return None
    if re.match(r"\s+(?:old|of\s+age)\b", ctx.text[m.end():m.end() + 8]):
        return None  # "52 years old", "12 years of age": an age
    # "1990 shares", "500 days" fine; "2 p.m." is not a duration (no unit) — skip "one second"
    text = m.group(0)
    if re.search(r"\band\s+a\s+half\b", text, re.I) and num is not None:
        num += 0.5
    if unit == "second" and num == 1 and re.match(r"(?:the\s+)?one\s+second", text, re.I):
        return None
    if unit == "second" and re.fullmatch(r"an?\s+second", text, re.I) and re.match(
            r"\s+(?!later|earlier|ago|or|and|before|after|longer|more|too|in|of|to|at|for)"
            r"[a-z]", ctx.text[m.end():m.end() + 12]):
        return None  # "a second group", "a second betrayal": the ordinal
    if unit == "quarter":
        return Result("DURATION", "PXQ" if num is None else f"P{fmt_num(num)}Q")
    return Result("DURATION", duration_value(num, unit), approx_of(text))


def _duration_range(m: re.Match[str], ctx: Context) -> Result | None:
    unit = unit_of(m.group("unit"))
    n2 = num_of(m.group("num2"))
    if unit is None or n2 is None:
        return None
    return Result("DURATION", duration_value(n2, unit), approx_of(m.group(0)))


# nouns naming an event or a state that lasts (the age of a person, a place or an
# organisation is no time of an event)
_EVENT_NOUN_AFTER = re.compile(
    r"\s+(?:(?:[a-z]+-)?[a-z]+\s+)?(?:truce|cease-?fire|armistice|war|conflict|fighting|strike|"
    r"walkout|lockout|dispute|feud|embargo|blockade|siege|crisis|insurgency|rebellion|uprising|"
    r"occupation|standoff|stand-off|stalemate|deadlock|boycott|moratorium|ban|curfew|freeze|"
    r"shutdown|campaign|offensive|protests?|talks|negotiations|investigation|probe|inquiry|"
    r"recession|slump|drought|famine|epidemic|outbreak|detention|captivity|exile|"
    r"state\s+of\s+emergency)(?=\s*(?:[^\w\s]|$)|\s+(?:to|in|on|of|with|between|that|which|"
    r"has|had|have|is|was|were|and|or|by|for|against|over|at|from|could|would|will|may)\b)",
    re.IGNORECASE)


def _duration_adj(m: re.Match[str], ctx: Context) -> Result | None:
    unit = unit_of(m.group("unit"))
    if unit is None:
        return None
    raw = m.group("num")
    if m.group("old") and not (m.group("old").lower() == "-old"
                               and _EVENT_NOUN_AFTER.match(ctx.text, m.end())):
        return None  # ages ("a 6-year-old boy", "the 50-year-old alliance") are not timexes
    # ... but how long an event or state has lasted is ("the 8-month-old truce"): TimeML
    # marks the duration of events
    num = None if raw.lower() in ("several", "multi") else num_of(raw)
    if num is None and raw.lower() not in ("several", "multi"):
        return None
    return Result("DURATION", duration_value(num, unit))


def _duration_plural(m: re.Match[str], ctx: Context) -> Result | None:
    unit = unit_of(m.group("unit"))
    if unit is None:
        return None
    rel = (g(m, "rel") or "").lower()
    if rel in ("early", "later"):
        return None
    if rel == "recent":
        return recent_span(m, ctx, unit)
    if unit == "year" and re.fullmatch(r"(?:the\s+)?past\s+years", m.group(0), re.I):
        # "in past years": the recent past, not a measured length
        return Result("DATE", "PAST_REF")
    return Result("DURATION", duration_value(None, unit))


# a present or past perfect: "have suffered", "has been", "has moved", "had grown"
_PERFECT = re.compile(
    r"\b(?:has|have|had|'ve)\s+(?:(?:not|never|also|already|long|just|only|largely|steadily)\s+)?"
    r"(?:been|[a-z]{2,}ed|[a-z]+[^e\W]en|grown|known|shown|drawn|flown|thrown|made|had|done|gone|"
    r"come|become|begun|run|won|lost|left|kept|held|brought|bought|thought|taught|caught|sought|"
    r"fought|built|sent|spent|felt|met|led|paid|said|told|sold|found|stood|got|hit|put|set|cut|"
    r"risen|fallen|seen|taken|given|driven|written|chosen|spoken|broken|struck|fled|grew)\b",
    re.IGNORECASE)


def recent_span(m: re.Match[str], ctx: Context, unit: str) -> Result:
    """'in recent years / months / days'. With a perfect in its sentence ("have suffered ... in
    recent years", "in recent months, lenders have extended ...") it is the stretch of time up
    to now, a DURATION (PXY); otherwise ("were killed in recent days", "the boom of recent
    years") a vague past time, DATE PAST_REF."""
    s, e = sentence_bounds(ctx.text, m.start(), m.end())
    of_before = re.search(r"\bof\s+(?:the\s+)?$", ctx.text[max(s, m.start() - 8):m.start()])
    if not of_before and _PERFECT.search(ctx.text, s, e):
        return Result("DURATION", duration_value(None, unit))
    return Result("DATE", "PAST_REF")


def _for_plural(m: re.Match[str], ctx: Context) -> Result | None:
    unit = unit_of(m.group("unit"))
    return Result("DURATION", duration_value(None, unit)) if unit else None


def _fraction(unit: str, m: re.Match[str], ctx: Context) -> bool:
    """'more than a quarter of the market': a share of something, not three months."""
    return unit == "quarter" and bool(re.match(
        r"\s+of\s+(?:the|its|their|his|her|our|all|them|those|these|an?)\b"
        r"(?!\s+(?:year|century|decade|month|day|hour|week)\b)", ctx.text[m.end():m.end() + 30],
        re.I))


# "will one day be", "could one day replace", "he hopes he may one day return": an indefinite
# time ahead (TimeML: DATE FUTURE_REF), not a day-long duration
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|might|may|can|shall|should|must|'ll)\s+"
                           r"(?:(?:also|still|yet|even|surely|perhaps|\w+ly)\s+)?$", re.IGNORECASE)
_SOMEDAY_VERB_AFTER = re.compile(r"\s+(?:be|become|return|see|replace|win|rule|lead|take|go|come"
                                 r"|make|have|get|join|follow|live|walk|run|play|face|need|want)\b",
                                 re.IGNORECASE)


def _some_day_ahead(m: re.Match[str], ctx: Context) -> bool:
    if m.group(0).lower() != "one day":
        return False
    if _MODAL_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
        return True
    return bool(re.search(r"\b(?:he|she|they|we|i|you|it)\s+$",
                          ctx.text[max(0, m.start() - 6):m.start()], re.IGNORECASE)
                and _SOMEDAY_VERB_AFTER.match(ctx.text, m.end()))


def _a_unit(m: re.Match[str], ctx: Context) -> Result | None:
    unit = unit_of(m.group("unit"))
    if unit is None:
        return None
    if _fraction(unit, m, ctx):
        return None
    text = m.group(0).lower()
    if _some_day_ahead(m, ctx):
        return Result("DATE", "FUTURE_REF")
    num = 1.5 if "and a half" in text else 1.0
    if "minute and a half" in text:
        return Result("DURATION", "PT1M30S", approx_of(text))
    if unit == "second" or (unit == "day" and re.search(r"\bone\s+day$", text)
                            and re.match(r"\s*,?\s*(?:he|she|they|we|i|it|you)\b",
                                         ctx.text[m.end():m.end() + 8], re.I)):
        return None
    if "minute and a half" in text:
        return Result("DURATION", "PT1M30S", approx_of(text))
    return Result("DURATION", duration_value(num, unit), approx_of(text))


def _the_unit(m: re.Match[str], ctx: Context) -> Result | None:
    unit = m.group("unit").lower()
    ref = ctx.ref
    if unit == "year":
        if re.match(r"\s+(?:ended|ending|to\s+date|through)\b", ctx.text[m.end():m.end() + 12]):
            return Result("DURATION", "P1Y")  # "the year ended Sept. 30": a fiscal span
        return Result("DATE", f"{ctx.anchor.year:04d}")
    if unit == "week":
        return Result("DATE", cal.week_value(ref))
    if unit == "weekend":
        t = ctx.tense(m.start(), m.end())
        sat = cal.weekday_near(ctx.anchor, 6, +1 if t > 0 else -1)
        return Result("DATE", cal.week_value(sat) + "-WE")
    if unit == "month":
        return Result("DATE", cal.value_at(ref, "month"))
    if unit == "day" and re.match(r"\s+(?:of\s+|on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday"
                                  r"|Saturday|Sunday)\b", ctx.text[m.end():m.end() + 14]):
        return None  # "during the day Friday": the weekday names the day
    if unit == "day" and ref is ctx.focus_day and ctx.focus_unit in ("month", "year"):
        # "sentenced on Wednesday ... held since their arrest in March 2025. ... released later
        # in the day": the last day told, not the first of that month; with none, a day of
        # the month the text leaves open, as "that same day" after "in October"
        last = ctx.extra.get("last_day")
        if isinstance(last, date):
            return Result("DATE", last.isoformat(), focus=last, unit="day")
        return Result("DATE", f"{ref.year:04d}-{ref.month:02d}-XX" if ctx.focus_unit == "month"
                      else f"{ref.year:04d}-XX-XX")
    if unit == "day":
        shift = re.match(r"\s+(?P<dir>after|before)\s+(?:his|her|their|its|the|a|an)\s",
                         ctx.text[m.end():m.end() + 12], re.IGNORECASE)
        if shift and not appositive_to_date(ctx, m.start()):
            # "the day after his death": a day off the event in focus ("Oct. 12, the day
            # before the plunge" is that date itself)
            ref = cal.shift(ref, "day", 1 if shift.group("dir").lower() == "after" else -1)
        return Result("DATE", ref.isoformat(), focus=ref, unit="day")
    return None


def appositive_to_date(ctx: Context, pos: int) -> bool:
    """The expression at `pos` stands in apposition to a date just before it ("Nov. 3, the
    day before the warrant was issued")."""
    last = ctx.extra.get("last_date")
    return (isinstance(last, tuple) and isinstance(last[0], int)
            and re.fullmatch(r"\s*(?:,|--?|–|—)\s*", ctx.text[last[0]:pos]) is not None)


def _half_unit(m: re.Match[str], ctx: Context) -> Result | None:
    unit = unit_of(m.group("unit"))
    return Result("DURATION", duration_value(0.5, unit), approx_of(m.group(0))) if unit else None


_SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M",
                "yearly": "P1Y", "hourly": "PT1H", "nightly": "XXXX-XX-XXTNI",
                "biweekly": "P2W", "semiannually": "P6M", "semi-annually": "P6M",
                "bimonthly": "P2M", "twice-yearly": "P6M"}


def _set_every(m: re.Match[str], ctx: Context) -> Result | None:
    what = m.group("what")
    wl = what.lower()
    unit = unit_of(wl)
    n = num_of(g(m, "num")) if g(m, "num") else 1
    if g(m, "other"):
        n = 2
    if unit:
        if unit == "second" and not g(m, "num"):
            return None
        return Result("SET", duration_value(n, unit))
    if wl.rstrip("s") in WEEKDAYS and what[0].isupper():
        return Result("SET", f"XXXX-WXX-{WEEKDAYS[wl.rstrip('s')]}")
    if wl.rstrip(".") in MONTHS and what[0].isupper():
        return Result("SET", f"XXXX-{MONTHS[wl.rstrip('.')]:02d}")
    if wl in SEASONS:
        return Result("SET", f"XXXX-{SEASONS[wl]}")
    if wl in PARTS_OF_DAY:
        return Result("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[wl]}")
    return None


def _set_adverb(m: re.Match[str], ctx: Context) -> Result | None:
    w = m.group("word").lower()
    if w not in _SET_ADVERBS:
        return None
    if w in ("daily", "weekly") and _newspaper_noun(m, ctx):
        return None
    return Result("SET", _SET_ADVERBS[w])


def _newspaper_noun(m: re.Match[str], ctx: Context) -> bool:
    """'the Daily Mail', 'the Daily Telegraph': a capitalised 'Daily' inside a paper's name
    (the lower-case noun, 'the Communist Party daily Granma', is left as TimeBank marks it
    half the time)."""
    after = ctx.text[m.end():m.end() + 20]
    if not (m.group("word")[0].isupper() and re.match(r"\s+[A-Z]", after)):
        return False
    before = ctx.text[max(0, m.start() - 3):m.start()]
    return not re.search(r"(?:^|[.!?\"'`]\s*|\n\s*)$", before)  # not a sentence start


def _set_weekday(m: re.Match[str], ctx: Context) -> Result | None:
    wd = m.group("weekday")
    if not wd[0].isupper():
        return None
    if g(m, "part") and _AFTER_ONE_WEEKDAY.search(ctx.text[max(0, m.start() - 15):m.start()]) and (
            ctx.tense(m.start(), m.end()) < 0):
        # "rioted on Monday and Tuesday nights": the second of two nights just past
        d = weekday_date(ctx, WEEKDAYS[wd.lower()], m.start(), m.end())
        return Result("DATE", d.isoformat(), focus=d, unit="day")
    return Result("SET", f"XXXX-WXX-{WEEKDAYS[wd.lower()]}{_part_suffix(g(m, 'part'))}")


# a single weekday coordinated before this one ("Monday and Tuesday nights")
_AFTER_ONE_WEEKDAY = re.compile(WEEKDAY + r"(?:\s*,)?\s+(?:and|or|,)\s+$")


def _part_suffix(part: str | None) -> str:
    """The time-of-day suffix of a recurring weekday ("Monday nights" -> "TNI")."""
    return f"T{PARTS_OF_DAY[part.lower().rstrip('s')]}" if part else ""


def _first_of_year(m: re.Match[str], ctx: Context) -> Result | None:
    rel = (g(m, "rel") or "this").lower()
    d = date(ctx.anchor.year + {"last": -1, "next": 1}.get(rel, 0), 1, 1)
    return Result("DATE", d.isoformat(), focus=d, unit="day")


def _set_money_a(m: re.Match[str], ctx: Context) -> Result | None:
    what = (g(m, "what") or g(m, "what2") or "").lower()
    unit = unit_of(what)
    return Result("SET", duration_value(1, unit)) if unit else None


def _recent_units(m: re.Match[str], ctx: Context) -> Result | None:
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    unit = unit_of(m.group("unit"))
    if unit is None:
        return None
    if rel == "recent":
        return recent_span(m, ctx, unit)
    if rel in ("coming", "upcoming", "next few", "future"):
        return Result("DATE", "FUTURE_REF")
    return Result("DURATION", duration_value(None, unit))


def _mod_the_unit(m: re.Match[str], ctx: Context) -> Result | None:
    unit = m.group("unit").lower()
    if m.group(0).lower().startswith(("earlier in", "later in")) and unit not in ("year",
                                                                               "month"):
        return None
    a = ctx.anchor
    if unit == "quarter":
        return Result("DATE", f"{a.year:04d}-Q{cal.quarter_of(a)}", mod_of(m.group("mod")))
    return Result("DATE", cal.value_at(a, unit), mod_of(m.group("mod")))


def _units_ahead(m: re.Match[str], ctx: Context) -> Result | None:
    unit = unit_of(m.group("unit"))
    return Result("DURATION", duration_value(None, unit)) if unit else None


def _unit_long(m: re.Match[str], ctx: Context) -> Result | None:
    word = m.group("unit").lower()
    unit = unit_of(word)
    if unit is None:
        return None
    plural = word != unit
    return Result("DURATION", duration_value(None if plural else 1, unit))


def register(handlers: dict[str, Any]) -> None:
    handlers.update({
        "ago": _ago, "ago_vague": _ago_vague, "duration": _duration,
        "duration_range": _duration_range, "duration_adj": _duration_adj,
        "duration_vague": _duration, "duration_plural": _duration_plural,
        "for_plural": _for_plural, "first_of_year": _first_of_year, "a_unit": _a_unit,
        "the_unit": _the_unit,
        "half_unit": _half_unit, "set_every": _set_every, "set_adverb": _set_adverb,
        "set_weekday": _set_weekday, "set_weekday_part": _set_weekday,
        "set_money_a": _set_money_a, "recent_units": _recent_units,
        "mod_the_unit": _mod_the_unit, "units_ahead": _units_ahead, "unit_long": _unit_long,
        "vague_span": lambda m, ctx: Result("DURATION", "PXX"),
        "years_span": lambda m, ctx: Result("DURATION", "PXY"),
    })
