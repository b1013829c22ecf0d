"""Calendar reasoning: shifting dates by units, weeks and quarters, and the interval a value covers."""

from __future__ import annotations

import calendar as _cal
import re
from datetime import date, timedelta


def real_date(year: int, month: int, day: int) -> date | None:
    """The calendar's date of `year`-`month`-`day`, or None where it has none (30 February)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, _cal.monthrange(year, month)[1]))


def shift(d: date, unit: str, n: int) -> date:
    """`d` moved by n units (day, week, weekend, month, quarter, year, decade, century)."""
    if unit in ("day",):
        return d + timedelta(days=n)
    if unit in ("week", "weekend", "fortnight"):
        return d + timedelta(weeks=n * (2 if unit == "fortnight" else 1))
    if unit == "month":
        return add_months(d, n)
    if unit == "quarter":
        return add_months(d, 3 * n)
    if unit == "year":
        return add_months(d, 12 * n)
    if unit == "decade":
        return add_months(d, 120 * n)
    if unit == "century":
        return add_months(d, 1200 * n)
    return d


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def value_at(d: date, unit: str) -> str:
    """The TIMEX3 value naming the `unit`-sized period that contains `d`."""
    if unit in ("day",):
        return d.isoformat()
    if unit in ("week", "fortnight"):
        return week_value(d)
    if unit == "weekend":
        return week_value(d) + "-WE"
    if unit == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "quarter":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if unit == "year":
        return f"{d.year:04d}"
    if unit == "decade":
        return f"{d.year // 10:03d}"
    if unit == "century":
        return f"{d.year // 100:02d}"
    if unit in ("hour", "minute", "second"):
        return d.isoformat()
    return d.isoformat()


def weekday_near(anchor: date, iso_weekday: int, direction: int) -> date:
    """The given weekday nearest `anchor`: direction -1 on or before, +1 on or after, 0 closest."""
    delta = iso_weekday - anchor.isoweekday()
    if direction < 0:
        return anchor + timedelta(days=delta if delta <= 0 else delta - 7)
    if direction > 0:
        return anchor + timedelta(days=delta if delta >= 0 else delta + 7)
    if delta > 3:
        delta -= 7
    elif delta < -3:
        delta += 7
    return anchor + timedelta(days=delta)


def nth_weekday(year: int, month: int, iso_weekday: int, n: int) -> date:
    """The n-th (n=-1: last) given weekday of a month."""
    if n > 0:
        first = date(year, month, 1)
        d = first + timedelta(days=(iso_weekday - first.isoweekday()) % 7)
        return d + timedelta(weeks=n - 1)
    last = date(year, month, _cal.monthrange(year, month)[1])
    return last - timedelta(days=(last.isoweekday() - iso_weekday) % 7)


def holiday(name: str | tuple[int, int], year: int) -> date:
    if isinstance(name, tuple):
        return date(year, *name)
    if name == "thanksgiving":
        return nth_weekday(year, 11, 4, 4)
    if name == "labor":
        return nth_weekday(year, 9, 1, 1)
    if name == "election":  # US: the Tuesday after the first Monday of November
        return nth_weekday(year, 11, 1, 1) + timedelta(days=1)
    if name == "memorial":
        return nth_weekday(year, 5, 1, -1)
    if name == "easter":
        return easter(year)
    raise ValueError(name)


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month, day = divmod(h + ll - 7 * m + 114, 31)
    return date(year, month, day + 1)


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def interval(value: str) -> tuple[date | None, date | None, str]:
    """The calendar interval a DATE/TIME value covers and its precision.

    "2025-11-24" -> day; "2025-W47" -> week; "2025-11" -> month; "2025-Q3", "2025-SU",
    "2025-H1" -> month-precision spans; "2025" -> year; decades/centuries -> year precision.
    Values that are not grounded ("PRESENT_REF", "XXXX-11-24") -> (None, None, "unknown").
    """
    try:
        m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?", value)
        if m:
            d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return d, d, "day"
        m = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value)
        if m:
            monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            if m.group(3):
                return monday + timedelta(days=5), monday + timedelta(days=6), "week"
            return monday, monday + timedelta(days=6), "week"
        m = re.fullmatch(r"(\d{4})-(\d\d)", value)
        if m:
            y, mo = int(m.group(1)), int(m.group(2))
            return date(y, mo, 1), date(y, mo, _cal.monthrange(y, mo)[1]), "month"
        m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
        if m:
            y, q = int(m.group(1)), int(m.group(2))
            end_m = 3 * q
            return date(y, end_m - 2, 1), date(y, end_m, _cal.monthrange(y, end_m)[1]), "month"
        m = re.fullmatch(r"(\d{4})-H([12])", value)
        if m:
            y, h = int(m.group(1)), int(m.group(2))
            return (date(y, 1, 1), date(y, 6, 30), "month") if h == 1 else (
                date(y, 7, 1), date(y, 12, 31), "month")
        m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
        if m:
            y = int(m.group(1))
            a, b = _SEASON_MONTHS[m.group(2)]
            if m.group(2) == "WI":
                return date(y, 12, 1), date(y + 1, 2, _cal.monthrange(y + 1, 2)[1]), "month"
            return date(y, a, 1), date(y, b, _cal.monthrange(y, b)[1]), "month"
        m = re.fullmatch(r"(\d{4})", value)
        if m:
            y = int(m.group(1))
            return date(y, 1, 1), date(y, 12, 31), "year"
        m = re.fullmatch(r"(\d{3})", value)
        if m:
            y = int(m.group(1)) * 10
            return date(y, 1, 1), date(y + 9, 12, 31), "year"
        m = re.fullmatch(r"(\d{2})", value)
        if m:
            y = int(m.group(1)) * 100
            return date(max(y, 1), 1, 1), date(y + 99, 12, 31), "year"
    except ValueError:
        pass
    return None, None, "unknown"
