"""Handlers for weekdays, the deictic / reference words ("now", "recently", "soon"), parts of
the day and quarters. Durations and sets are `handlers_durations`'."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from . import calendar as cal
from .handlers_durations import _part_suffix
from .lexicon import NUMBER_WORDS, PARTS_OF_DAY, SEASONS, WEEKDAYS
from .day_of_period import period_day
from .normalize import Context, Result, ordinal_num, quarter_for, weekday_date
from .patterns import WEEKDAY
from .tense import sentence_bounds

# Only the words TimeBank annotates often enough to be worth tagging (measured on dev):
# "previously", "formerly", bare "future" and "recent" are mostly left untagged there; "soon"
# only after a modal (`_soon`).
PRESENT_WORDS = {"now", "currently", "nowadays", "right now", "at present",
                 "the present", "these days", "current"}
PAST_WORDS = {"recently", "lately", "the past", "the recent past", "the distant past"}
FUTURE_WORDS = {"the future", "the near future", "the distant future", "the immediate future"}
# "current" and "future" are dates only before these kinds of words
_NOT_CURRENT = re.compile(r"\s+(?:account|accounts|affairs|events|carrying|flows?|of\b|"
                          r"electric|generation|tense)", re.IGNORECASE)


def _rel_weekday(m: re.Match[str], ctx: Context) -> Result | None:
    wd = m.group("weekday")
    if not wd[0].isupper():
        return None
    d = weekday_date(ctx, WEEKDAYS[wd.lower()], m.start(), m.end(), m.group("rel"))
    return Result("DATE", d.isoformat(), focus=d, unit="day")


def _weekday_of_week(m: re.Match[str], ctx: Context) -> Result | None:
    """"on Thursday last week": that weekday of the week before the anchor's ("this week", of
    its week; "next week", of the week after)."""
    wd = m.group("weekday")
    if not wd[0].isupper():
        return None
    shift = {"last": -7, "this": 0, "next": 7}[m.group("rel").lower()]
    monday = ctx.anchor - timedelta(days=ctx.anchor.weekday())
    d = monday + timedelta(days=shift + WEEKDAYS[wd.lower()] - 1)
    return Result("DATE", d.isoformat(), focus=d, unit="day")


def _weekday(m: re.Match[str], ctx: Context) -> Result | None:
    wd = m.group("weekday")
    if not wd[0].isupper():
        return None
    key = wd.lower().rstrip(".")
    if key not in WEEKDAYS:
        return None
    shared = _SHARED_PLURAL.match(ctx.text, m.end())
    if shared and shared.group("part2") and ctx.tense(m.start(), m.end()) < 0:
        shared = None  # "clashed on Monday and Tuesday nights": two nights just past
    if shared:  # "on Monday and Tuesday nights": the plural head makes both recurrences
        suffix = _part_suffix(shared.group("part") or shared.group("part2"))
        return Result("SET", f"XXXX-WXX-{WEEKDAYS[key]}{suffix}")
    if _GENITIVE_NOUN.match(ctx.text, m.end()):
        # "Wednesday's ruling", "Friday's close": the weekday qualifies a noun (an event already
        # reported), not the clause's verb ("they said they would challenge Wednesday's
        # ruling"), so the verb's tense does not place it: the latest such day
        d = cal.weekday_near(ctx.anchor, WEEKDAYS[key], -1)
    else:
        d = weekday_date(ctx, WEEKDAYS[key], m.start(), m.end())
    return Result("DATE", d.isoformat(), focus=d, unit="day")


# a genitive weekday before a noun, unless the noun names something scheduled ("Sunday's
# election", "Friday's deadline"), which may lie ahead
_GENITIVE_NOUN = re.compile(
    r"(?:'s|\u2019s)\s+(?!(?:[a-z-]+\s+)?(?:election|elections|vote|voting|poll|polls|ballot|"
    r"referendum|runoff|run-off|deadline|summit|meeting|talks|session|hearing|trial|game|match|"
    r"race|final|visit|trip|launch|ceremony|inauguration|parade|march|rally|opening|debate|"
    r"auction|expiry|expiration|start|kickoff|kick-off|holiday|festival|conference|"
    r"anniversary)\b)[a-z]")


# a weekday coordinated with a plural one ("Monday and Tuesday nights", "Monday and Thursdays")
_SHARED_PLURAL = re.compile(
    r"\s*(?:,|and|or|,\s*and|,\s*or)\s+" + WEEKDAY + r"(?:s\b(?:\s+(?P<part>mornings|afternoons"
    r"|evenings|nights))?|\s+(?P<part2>mornings|afternoons|evenings|nights)\b)")


# "USA Today", "VOA Today", "NBC's Today show": a title, not the day
_TITLE_BEFORE = re.compile(r"\b[A-Z]{2,}(?:'s)?\s+$")


# "in today's world", "today's youth", "today's personal computers": "today" meaning nowadays
# (TimeML: PRESENT_REF), not the date of the document
_GENERIC_TODAY = re.compile(
    r"(?:'s|\u2019s)\s+(?:[a-z]+\s+)?(?:world|society|youth|young|generation|generations|children"
    r"|kids|teenagers|students|families|parents|consumers|culture|economy|technology|politics"
    r"|computers|phones|media|schools|voters|leaders|standards|era|age|times|climate)\b")


def _deictic(m: re.Match[str], ctx: Context) -> Result | None:
    raw = m.group("word")
    if raw[0] == "T" and raw.lower() == "today":
        before = ctx.text[max(0, m.start() - 20):m.start()]
        sentence_start = re.search(r"(?:^|[.!?:;\"'`(\[]\s*|\n)\s*$", before) is not None
        if not sentence_start and (_TITLE_BEFORE.search(before) or re.match(
                r"\s+(?:show|program|programme)\b", ctx.text[m.end():m.end() + 11])):
            return None
    if raw.lower() == "today" and _GENERIC_TODAY.match(ctx.text, m.end()):
        return Result("DATE", "PRESENT_REF")  # "today's world": nowadays, not the day
    w = re.sub(r"\s+", " ", m.group("word").lower())
    shift = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
             "the day after tomorrow": 2}[w]
    d = ctx.anchor + timedelta(days=shift)
    return Result("DATE", d.isoformat(), focus=d, unit="day")


def _ref(m: re.Match[str], ctx: Context) -> Result | None:
    w = re.sub(r"\s+", " ", m.group("word").lower())
    after = ctx.text[m.end():m.end() + 20]
    if w == "current" and (_NOT_CURRENT.match(after) or not re.match(r"\s+[a-z]", after)):
        return None
    if w == "future" and not re.match(r"\s+[a-z]", after):
        return None
    if w == "the future" and (re.match(r"\s+of\b", after) or (
            re.match(r"\s+(?:looks?|is|was|seems|remains|appears|lies|belongs)\b", after)
            and not re.search(r"\b(?:in|into|about|for|to|towards?|with|on|at|from|until|beyond"
                              r"|than|of)\s+$", ctx.text[max(0, m.start() - 10):m.start()],
                              re.IGNORECASE))):
        return None  # "the future of our peoples", "the future looks bleak": prospects, not a time
    if (m.group("word") == "Now" and re.match(r"\s+[A-Z][a-z]", after) and not re.search(
            r"(?:^|[.!?:;\"'`(\[]\s*|\n)\s*$", ctx.text[max(0, m.start() - 4):m.start()])):
        return None  # "in Now Zad district": a capitalised "Now" inside a name
    if w == "now" and re.match(r"\s*,|\s+for\b", after) and re.search(
            r"(?:^|[.!?]\s+|\n)$", ctx.text[max(0, m.start() - 3):m.start()]):
        return None  # "Now, he says ...": a discourse marker opening the sentence
    if w in ("now", "current") and ctx.text[m.end():m.end() + 1] == "-":
        return None  # "the now-deserted village", "now-defunct": part of an adjective
    if w.startswith("then"):
        return Result("DATE", "PAST_REF")  # "the then-current chairman": current back then
    if w == "soon":
        return _soon(m, ctx)
    if w in PRESENT_WORDS:
        return Result("DATE", "PRESENT_REF")
    if w in PAST_WORDS:
        return Result("DATE", "PAST_REF")
    if w in FUTURE_WORDS:
        return Result("DATE", "FUTURE_REF")
    return None


# "soon" governed by a modal or an infinitive ("may soon seek", "it soon will begin", "to soon
# grow", "healthy enough soon to consider"): the near future (TimeML FUTURE_REF). Elsewhere it is
# mostly relative to another time ("soon after the raid", "he was soon released", "as soon as")
_SOON_MODAL_BEFORE = re.compile(r"\b(?:will|'ll|shall|may|might|could|would|should|must|to)\s+$",
                                re.IGNORECASE)
_SOON_MODAL_AFTER = re.compile(r"\s+(?:will|'ll|shall|may|might|could|would|should|must|to)\s+"
                               r"(?!the\b|a\b|an\b)[a-z]", re.IGNORECASE)


_SOON_RELATIVE_BEFORE = re.compile(r"\b(?:as|too|so|how)\s+$", re.IGNORECASE)
_SOON_RELATIVE_AFTER = re.compile(r"\s+(?:as|after|afterwards|thereafter|enough)\b", re.IGNORECASE)


def _soon(m: re.Match[str], ctx: Context) -> Result | None:
    before = ctx.text[max(0, m.start() - 12):m.start()]
    if _SOON_RELATIVE_BEFORE.search(before) or _SOON_RELATIVE_AFTER.match(
            ctx.text[m.end():m.end() + 12]):
        return None
    if _SOON_MODAL_BEFORE.search(before) or _SOON_MODAL_AFTER.match(ctx.text, m.end()):
        return Result("DATE", "FUTURE_REF")
    return None


_COPULA_BEFORE = re.compile(r"\b(?:is|'s|marks|becomes)\s+$", re.IGNORECASE)


def _day_number(m: re.Match[str], ctx: Context) -> Result | None:
    """'Today is the eighth day of the strike', "it's the second day of an offensive": in the
    present tense, the day of writing. Elsewhere ('on the third day of the trip', 'it was the
    third day of talks') the count alone does not say which day."""
    if not m.group(0).lower().startswith("the") or not re.match(
            r"\s+of\b", ctx.text[m.end():m.end() + 4]):
        return None  # "Kenya's third day of mourning": a possessive, not "it's"
    if _COPULA_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()) is None:
        day = period_day(ctx, m.group("ord"), m.end(), lambda w, s, e: _first_day(ctx, m, w))
        return None if day is None else Result("DATE", day.isoformat())
    return Result("DATE", ctx.anchor.isoformat())


def _first_day(ctx: Context, m: re.Match[str], words: str) -> Any:
    """The day `words` ("Monday", "May 4") name, as the tagger grounds them here."""
    from .handlers import day_of
    return day_of(ctx, m, words)


def _part_then_day(m: re.Match[str], ctx: Context) -> Result | None:
    from .handlers import day_of
    day = m.group("day")
    if day.lower() not in ("today", "yesterday", "tomorrow") and not day[0].isupper():
        return None
    d = day_of(ctx, m, day)
    if d is None:
        return None
    return Result("TIME", f"{d.isoformat()}T{PARTS_OF_DAY[m.group('part').lower()]}", focus=d,
                  unit="day")


def _mid_part(m: re.Match[str], ctx: Context) -> Result | None:
    d = ctx.ref
    return Result("TIME", f"{d.isoformat()}T{PARTS_OF_DAY[m.group('part').lower()]}")


def _rel_weekday_date(m: re.Match[str], ctx: Context) -> Result | None:
    from .handlers import date_result, ground_date
    wd = m.group("weekday")
    if not wd[0].isupper():
        return None
    parts = m.group("date").split()
    day = ordinal_num(parts[-1])
    if not day:
        return None
    return date_result(ground_date(ctx, m, f"{parts[0]} {day}", wd))


def _term(m: re.Match[str], ctx: Context) -> Result | None:
    rel = m.group("rel").lower()
    if rel in ("near", "short"):
        return Result("DATE", "FUTURE_REF")
    return None


def _later_date(m: re.Match[str], ctx: Context) -> Result | None:
    return Result("DATE", "FUTURE_REF")


def _clock_part(m: re.Match[str], ctx: Context) -> Result | None:
    h_word = m.group("hour").lower()
    h = int(h_word) if h_word.isdigit() else int(NUMBER_WORDS.get(h_word, -1))
    if not 1 <= h <= 12:
        return None
    part = m.group("part").lower()
    if part in ("afternoon", "evening") and h < 12:
        h += 12
    if part == "morning" and h == 12:
        h = 0
    d = ctx.event_ref
    return Result("TIME", f"{d.isoformat()}T{h:02d}:00")


def _season_plural(m: re.Match[str], ctx: Context) -> Result | None:
    code = SEASONS.get(m.group("season").lower()[:-1])
    return Result("SET", f"XXXX-{code}") if code else None


_DAY_WORD = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday"
                       r"|today|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d)")


def _part_in_the(m: re.Match[str], ctx: Context) -> Result | None:
    """'Shares fell Friday. Dealers placed orders in the morning': that part of the day named
    just before (nothing when no day was named nearby, as in habits)."""
    if re.search(r"\d\s+in\s+$|o'clock\s+in\s+$", ctx.text[max(0, m.start() - 12):m.start()]):
        return None  # "4 in the morning" is a clock time
    if not _DAY_WORD.search(ctx.text, max(0, m.start() - 200), m.start()):
        return None  # no day named just before: often habitual ("skates in the morning")
    if re.search(r"\b(?:sometimes|usually|often|always|normally|generally|every)\b",
                 ctx.text[max(0, m.start() - 40):m.start()], re.IGNORECASE):
        return None
    part = PARTS_OF_DAY[m.group("part").lower()]
    return Result("TIME", f"{ctx.event_ref.isoformat()}T{part}")


def _until_then(m: re.Match[str], ctx: Context) -> Result | None:
    """'The rights terminate on Nov. 30. Until then, ...': the day named in the last few
    sentences (nothing when none was)."""
    if ctx.extra.get("probe"):
        return Result("DATE", "FUTURE_REF")  # the selection pass: the real value comes later
    last = ctx.extra.get("last_date")
    if not (isinstance(last, tuple) and isinstance(last[0], int) and isinstance(last[1], date)
            and 0 <= m.start() - last[0] < 250):
        return None
    return Result("DATE", last[1].isoformat())


def _two_quarters(m: re.Match[str], ctx: Context) -> Result | None:
    """'the first two quarters of 1990' is the first half year (TimeML 1990-H1)."""
    year = (int(m.group("year")) if m.group("year")
            else ctx.anchor.year + {"last": -1, "next": 1}.get(m.group("rel").lower(), 0))
    half = 1 if m.group("which").lower() == "first" else 2
    return Result("DATE", f"{year:04d}-H{half}")


# habitual adverbs: "business is usually done in the second and fourth quarters"
_HABITUAL = re.compile(r"\b(?:usually|typically|normally|generally|traditionally|always|often|"
                       r"customarily|historically|each\s+year|every\s+year|annually)\b",
                       re.IGNORECASE)


def _quarter_coord(m: re.Match[str], ctx: Context) -> Result | None:
    """'the second and fourth quarters': each quarter of the pair. In a habitual statement a
    recurring quarter of every year (TimeML SET XXXX-Q2), else that quarter of the year."""
    q = ordinal_num(m.group("ord"))
    if not q:
        return None
    s, e = sentence_bounds(ctx.text, m.start(), m.end())
    if _HABITUAL.search(ctx.text, s, e):
        return Result("SET", f"XXXX-Q{q}")
    return Result("DATE", quarter_for(ctx, q, None))


def register(handlers: dict[str, Any]) -> None:
    handlers.update({
        "quarter_coord": _quarter_coord, "quarters_plural": _quarter_coord,
        "rel_weekday": _rel_weekday, "weekday": _weekday, "weekday_of_week": _weekday_of_week,
        "deictic": _deictic, "ref": _ref,
        "day_number": _day_number,
        "part_then_day": _part_then_day, "mid_part": _mid_part,
        "rel_weekday_date": _rel_weekday_date, "term": _term,
        "later_date": _later_date, "clock_part": _clock_part,
        "season_plural": _season_plural,
        "part_in_the": _part_in_the, "until_then": _until_then, "two_quarters": _two_quarters,
    })
