"""Publication dates from metadata: strict, explained, never guessed.

`parse_published()` accepts ISO dates and timestamps ("2025-11-30", "2025-11-30T08:15:00Z"),
RFC 2822 feed dates ("Sun, 30 Nov 2025 08:15:00 GMT"), "November 30, 2025",
"Nov 30th 2025" and "30 November 2025". Slashed dates ("11/30/2025") are refused: day-first
and month-first cannot be told apart. It raises ValueError with
a reason a user can act on: "February has 28 days in 2025", "no year".

Decision (SPEC §5): an invalid date in a corpus row does not drop the row. The document is
kept without a published date (the time stage then infers an anchor from the text) and
ingest reports W117 naming the row and the value.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from ..errors import InputError

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_WORDY = (
    re.compile(rf"^{_WEEKDAY}{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?$", re.I),
    re.compile(rf"^{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?(?:\s+{_YEAR})?$", re.I),
)
_ISO = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?:[T ].*)?$")


def _checked(year: int, month: int, day: int, value: str) -> date:
    if not 1 <= month <= 12:
        raise ValueError(f"there is no month {month}")
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise ValueError(f"{calendar.month_name[month]} has {days} days in {year}")
    return date(year, month, day)


def parse_published(value: object) -> date | None:
    """A date from a metadata value; None for empty values; ValueError when invalid."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise ValueError("a number, not a date")
    text = " ".join(str(value).split())
    if not text:
        return None
    match = _ISO.match(text)
    if match:
        year, month, day = (int(match[g]) for g in ("year", "month", "day"))
        result = _checked(year, month, day, text)
        if "T" in text or " " in text:
            try:
                datetime.fromisoformat(text.replace("Z", "+00:00"))
            except ValueError as exc:
                raise ValueError("an ISO timestamp with a malformed time part") from exc
        return result
    for pattern in _WORDY:
        match = pattern.match(text)
        if match:
            month_name = match["month"].lower()
            if month_name not in _MONTHS:
                raise ValueError(f"{match['month']!r} is not a month name")
            month = _MONTHS[month_name]
            if not match["year"]:
                most = 29 if month == 2 else calendar.monthrange(2001, month)[1]
                if not 1 <= int(match["day"]) <= most:
                    raise ValueError(f"{calendar.month_name[month]} never has day {match['day']}")
                raise ValueError("no year")
            return _checked(int(match["year"]), month, int(match["day"]), text)
    if re.match(r"^[A-Za-z]{3},?\s+\d{1,2}\s+[A-Za-z]{3}\s+\d{4}", text):
        try:
            return parsedate_to_datetime(text).date()
        except (TypeError, ValueError) as exc:
            raise ValueError(f"a malformed RFC 2822 date: {exc}") from exc
    if re.match(r"^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$", text):
        raise ValueError("day-first or month-first is ambiguous")
    raise ValueError("not a date format wirecoder reads")


def published_or_note(value: object, origin: str) -> tuple[date | None, InputError | None]:
    """`parse_published(value)` and no note, or no date and the W117 note that says why
    `value` (of the document at `origin`) is no date."""
    try:
        return parse_published(value), None
    except ValueError as exc:
        return None, InputError("W117", origin=origin, value=value, why=str(exc))
