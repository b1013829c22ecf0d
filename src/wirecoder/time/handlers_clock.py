"""Handlers for clock times and parts of the day: "3:30 p.m. Tuesday", "at 0300 GMT",
"Friday night", "tonight". Registered by `handler`, like those of `handlers`; moved out of
`handlers` (the same code).
"""

from __future__ import annotations

import re

from .handlers import HANDLERS, capitalised, day_of, g, handler
from .lexicon import PARTS_OF_DAY, WEEKDAYS
from .normalize import Context, Result, approx_of, mod_of


def clock_value(clock: str) -> str | None:
    c = clock.lower().replace(" ", "")
    if c in ("noon", "midday"):
        return "12:00"
    if c == "midnight":
        return "24:00"
    m = re.match(r"(\d{1,2})(?:[:.](\d\d))?(?::(\d\d))?(a\.?m\.?|p\.?m\.?)?$", c)
    if not m:
        w = re.match(r"([a-z]+)(?:o'clock|a\.m\.|p\.m\.)", c)
        from .lexicon import NUMBER_WORDS
        if w and w.group(1) in NUMBER_WORDS:
            h = int(NUMBER_WORDS[w.group(1)])
            if "p.m." in c and h < 12:
                h += 12
            return f"{h:02d}:00"
        return None
    h, mi = int(m.group(1)), int(m.group(2) or 0)
    ap = (m.group(4) or "").replace(".", "")
    if ap == "pm" and h < 12:
        h += 12
    if ap == "am" and h == 12:
        h = 0
    if h > 24:
        return None
    return f"{h:02d}:{mi:02d}" + (f":{m.group(3)}" if m.group(3) else "")


# a day named after the zone or a GMT/UTC gloss: "3:30 a.m. local time (0830 GMT) on Tuesday"
_DAY_AFTER_ZONE = re.compile(
    r"\s*(?:local\s+time|[A-Z]{2,4}(?:\s+time)?)?\s*(?:\(\s*\d{3,4}\s*(?:GMT|UTC|Z)\s*\))?"
    r"\s*,?\s*(?:on\s+)?(?P<day>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|today\b|yesterday\b|tomorrow\b)")


def _day_after_zone(text: str, end: int) -> str | None:
    """The day written after a clock time's zone ("3:30 a.m. local time (0830 GMT) on
    Tuesday", "at 2200 local time on Sunday"), else None."""
    later = _DAY_AFTER_ZONE.match(text, end, min(len(text), end + 50))
    return later.group("day") if later else None


def _clock_on_day(m: re.Match[str], ctx: Context, day: str | None, hm: str,
                  mod: str | None = None) -> Result | None:
    """The clock time `hm` on the day written with it (`day`) or after its zone, else on the
    day `day_of` reads with no day written (which the time then leaves out of focus)."""
    day = day or _day_after_zone(ctx.text, m.end())
    d = day_of(ctx, m, day)
    if d is None:
        return None
    return Result("TIME", f"{d.isoformat()}T{hm}", mod, focus=d if day else None, unit="day")


@handler("clock")
def _clock(m: re.Match[str], ctx: Context) -> Result | None:
    hm = clock_value(m.group("clock"))
    if hm is None:
        return None
    if re.match(r"noon", m.group("clock"), re.I) and re.search(
            r"\bhigh\s+$", ctx.text[max(0, m.start() - 6):m.start()], re.I):
        return None  # "High Noon" (the film), "high noon" (the showdown): an idiom
    day = g(m, "day")
    if day and day.split()[0][0].islower() and day.lower().split()[0] not in (
            "today", "yesterday", "tomorrow"):
        return None
    return _clock_on_day(m, ctx, day, hm, approx_of(m.group(0)))


HANDLERS["day_clock"] = _clock


_BEFORE_MIL_CLOCK = re.compile(r"(?:\b(?:at|by|until|till|from|before|after|around|about|to|and|of"
                               r"|since|approximately|shortly)\s+)$", re.IGNORECASE)


@handler("mil_clock")
def _mil_clock(m: re.Match[str], ctx: Context) -> Result | None:
    """'at 0300 GMT', '0830 UTC on Friday': a 24-hour clock time in wire style."""
    c = m.group("clock")
    if not _BEFORE_MIL_CLOCK.search(ctx.text, max(0, m.start() - 16), m.start()):
        return None  # "In 2000 GMT merged ...": a year before a name, not a clock time
    if re.search(r"\(\s*$", ctx.text[max(0, m.start() - 3):m.start()]):
        return None  # "10:35 a.m. (0735 GMT)": a gloss of the time just named, not a new one
    tz = (g(m, "tz") or "").lower()
    if not tz and not c.startswith("0") and 1900 <= int(c) <= 2059 and not (
            re.search(r"\bat\s+(?:approximately\s+|about\s+|around\s+)?$",
                      ctx.text[max(0, m.start() - 18):m.start()], re.IGNORECASE)
            and re.match(r"\s*(?:[,;)]|on\b|local\b)", ctx.text[m.end():m.end() + 7])):
        return None  # "at 1990 prices", "by 2015": a year unless a zone says it is a clock
    if not tz and not re.match(r"\s*(?:[,.;)-]|\(|on\b|local\b|in\b|when\b|and\b|to\b|until\b|$)",
                               ctx.text[m.end():m.end() + 8], re.IGNORECASE):
        return None  # a bare four-digit number needs the punctuation of a time ("at 1625, ...")
    return _clock_on_day(m, ctx, g(m, "day"), f"{c[:2]}:{c[2:]}")


@handler("part_of_day")
def _part_of_day(m: re.Match[str], ctx: Context) -> Result | None:
    day = m.group("day")
    if day.split()[0].lower() in WEEKDAYS and not capitalised(day):
        return None
    if day.lower() == "last" and m.group("part").lower() != "night":
        return None
    d = day_of(ctx, m, day)
    if d is None:
        return None
    part = PARTS_OF_DAY[m.group("part").lower()]
    if day.split()[0].lower() in WEEKDAYS and part not in ("EV", "AF"):
        # TimeBank annotates "Friday night" mostly as the day (DATE), "this morning" as a TIME;
        # "Friday evening" / "Friday afternoon" keep the part of day (TIME, TimeML's TEV/TAF)
        return Result("DATE", d.isoformat(), mod_of(g(m, "mod")), focus=d, unit="day")
    return Result("TIME", f"{d.isoformat()}T{part}", mod_of(g(m, "mod")), focus=d, unit="day")


@handler("part_of_day_alone")
def _tonight(m: re.Match[str], ctx: Context) -> Result | None:
    if m.group("word").lower() == "overnight":
        return None
    return Result("TIME", f"{ctx.anchor.isoformat()}TNI")


@handler("part_of_weekday")
def _part_of_weekday(m: re.Match[str], ctx: Context) -> Result | None:
    d = day_of(ctx, m, m.group("day"))
    if d is None:
        return None
    return Result("TIME", f"{d.isoformat()}T{PARTS_OF_DAY[m.group('part').lower()]}", focus=d,
                  unit="day")
