"""`infer_anchor`: the reference date of a text that has no publication date.

The anchor is the most recent date consistent with the text and not after `today`:
- a weekday named beside a month and day fixes the year ("Sunday (November 30th)" is the
  most recent November 30th, not after today, that fell on a Sunday);
- otherwise the latest full date (with a year) the text gives;
- otherwise the latest month-day, in the most recent year that keeps it not after today;
- otherwise `today` itself.
`Anchor.source` says which, and `Anchor.evidence` holds the words it used.
"""

from __future__ import annotations

import re
from datetime import date

from ..records import Anchor, Span
from .calendar import real_date
from .handlers import parse_date_core
from .lexicon import WEEKDAYS
from .patterns import DATE_CORE, MONTH, WEEKDAY, WEEKDAY_ABBR

_WEEKDAY_DATE = re.compile(
    rf"(?<![\w])(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR})\s*[,(]?\s*(?:the\s+)?(?P<date>{DATE_CORE})\)?"
    rf"|(?<![\w])(?P<date2>{DATE_CORE})\s*[,(]\s*(?P<wd2>{WEEKDAY})\)?", re.IGNORECASE)
_DATE = re.compile(rf"(?<![\w])(?P<date>{DATE_CORE})", re.IGNORECASE)
_ISO = re.compile(r"(?<![\d-])((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d-])")
MAX_YEARS_BACK = 40


def _span(text: str, start: int, end: int, document_id: str | None) -> Span:
    return Span(start, end, text[start:end], document_id)


def _most_recent(month: int, day: int, today: date, years: int = 5,
                 weekday: int | None = None) -> date | None:
    """The most recent month-day not after `today`, within `years` years back, that falls on
    `weekday` where one is given (ISO number)."""
    for y in range(today.year, today.year - years, -1):
        d = real_date(y, month, day)
        if d is not None and d <= today and (weekday is None or d.isoweekday() == weekday):
            return d
    return None


def infer_anchor(text: str, today: date | None = None,
                 document_id: str | None = None) -> Anchor:
    """The most recent date consistent with `text`, not after `today` (default: today)."""
    today = today or date.today()
    fixed: list[tuple[date, Span]] = []
    for m in _WEEKDAY_DATE.finditer(text):
        wd_word = m.group("wd") or m.group("wd2")
        core = m.group("date") or m.group("date2")
        if not wd_word or not wd_word[0].isupper():
            continue
        parsed = parse_date_core(core)
        wd = WEEKDAYS.get(wd_word.lower().rstrip("."))
        if not parsed or not wd:
            continue
        month, day, year = parsed
        if year is not None:
            d = real_date(year, month, day)
            if d is None:
                continue
            if d <= today and d.isoweekday() == wd:
                fixed.append((d, _span(text, m.start(), m.end(), document_id)))
            continue
        d2 = _most_recent(month, day, today, MAX_YEARS_BACK, wd)
        if d2:
            fixed.append((d2, _span(text, m.start(), m.end(), document_id)))
    if fixed:
        d, span = max(fixed, key=lambda x: x[0])
        return Anchor(d, "weekday+date in text", (span,))

    full: list[tuple[date, Span]] = []
    partial: list[tuple[date, Span]] = []
    for m in _DATE.finditer(text):
        word = re.search(MONTH, m.group("date"), re.IGNORECASE)
        if not word or not word.group()[0].isupper():
            continue
        parsed = parse_date_core(m.group("date"))
        if not parsed:
            continue
        month, day, year = parsed
        span = _span(text, m.start(), m.end(), document_id)
        if year is not None:
            d = real_date(year, month, day)
            if d is None:
                continue
            if d <= today:
                full.append((d, span))
        else:
            d3 = _most_recent(month, day, today)
            if d3:
                partial.append((d3, span))
    for m in _ISO.finditer(text):
        d = real_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d is None:
            continue
        if d <= today:
            full.append((d, _span(text, m.start(), m.end(), document_id)))
    if full:
        d, span = max(full, key=lambda x: x[0])
        return Anchor(d, "latest full date in text", (span,))
    if partial:
        d, span = max(partial, key=lambda x: x[0])
        return Anchor(d, "latest month-day in text, most recent year not after today", (span,))
    return Anchor(today, "today (no date in text)")
