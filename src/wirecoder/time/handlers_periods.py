"""Handlers for years, decades, centuries, quarters, halves and financial periods.

Quarters follow the conventions of financial news: "the quarter" and "a year earlier" refer
to the quarter in focus (named in the last sentences) or else the latest quarter completed
before the anchor — the one an earnings report is about.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import calendar as cal
from .handlers import g, ground_date, handler
from .lexicon import spelled_year
from .patterns import DATE_CORE
from .normalize import Context, Result, mod_of, ordinal_num, quarter_for, year_from_rel


@handler("year")
def _year(m: re.Match[str], ctx: Context) -> Result | None:
    y = int(m.group("year"))
    mod = mod_of(g(m, "mod"))
    text = ctx.text
    # amounts and addresses are not years: "1990 shares", "No. 1990", "$1990"
    after = text[m.end():m.end() + 25].lower()
    if re.match(r"\s*(?:shares|people|troops|men|women|units|votes|cars|tons|barrels|points|"
                r"yards|feet|miles|meters|metres|km|kilometers|dollars|workers|jobs|cases|"
                r"acres|pounds|ounces|(?:m|b|tr)illion|houses|homes|families|civilians|soldiers|"
                r"refugees|children|residents|members|prisoners|buildings|vehicles|rockets|"
                r"missiles|fighters|police|officers|students|patients|deaths|dead)\b", after):
        return None
    if re.search(r"\b(?:more|less|fewer)\s+than\s+$|\b(?:nearly|almost|at\s+least|up\s+to|some"
                 r"|roughly|approximately)\s+$", text[max(0, m.start() - 16):m.start()], re.I) and \
            re.match(r"\s+[a-z]+s\b", after) and not re.match(r"\s+(?:years|levels)\b", after):
        return None  # "more than 2000 houses": a count before a plural noun, not a year
    if abs(y - ctx.anchor.year) > 300:
        return None
    if re.search(r"\b(?:(?:no|nos|num)\.|number|apt\.?|suite|room|route|flight|kilometer|km|box)\s*$",
                 text[max(0, m.start() - 12):m.start()], re.IGNORECASE):
        return None  # "house no. 1824", "flight 1549", "kilometer 1500": a number, not a year
    if re.match(r"\s*(?:gmt|utc|hrs|hours|z)\b", after):
        return None  # "(1745 gmt)": a clock time, not a year
    half = re.search(r"\b(first|second|last|latter)\s+half", g(m, "mod") or "", re.I)
    if half:  # "the first half of 1990" -> 1990-H1
        return Result("DATE", f"{y:04d}-H{1 if half.group(1).lower() == 'first' else 2}")
    return Result("DATE", f"{y:04d}", mod, focus=None, unit="year")


@handler("spelled_year")
def _spelled_year(m: re.Match[str], ctx: Context) -> Result | None:
    y = spelled_year(m.group("spelled"))
    if y is None:
        return None
    return Result("DATE", f"{y:04d}", mod_of(g(m, "mod")))


def _period_mod(m: re.Match[str]) -> str | None:
    """'the early 1990s' START, 'the latter half of the 19th century' END."""
    return mod_of(g(m, "part")) or mod_of(g(m, "mod"))


@handler("decade")
def _decade(m: re.Match[str], ctx: Context) -> Result | None:
    y = m.group("decade")[:4]
    if y.endswith("00") and y.isdigit() and int(y) < 2000:
        # "the late 1800s", "the early 1900s": the century (TimeML "18"), not 1800-1809
        return Result("DATE", y[:2], _period_mod(m))
    return Result("DATE", m.group("decade")[:3], _period_mod(m))


@handler("decade_short")
def _decade_short(m: re.Match[str], ctx: Context) -> Result | None:
    dd = int(m.group("decade"))
    century = 20 if 2000 + dd <= ctx.anchor.year else 19
    return Result("DATE", f"{century}{dd // 10}", _period_mod(m))


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


_AFTER_A_DECADE = re.compile(r"\bthe\s+(?:early\s+|late\s+|mid-?\s*)?(?:twenties|thirties|forties"
                             r"|fifties|sixties|seventies|eighties|nineties)\s+(?:and|or|to|through)"
                             r"\s+(?:(?:early|late|mid)[-\s]+)?$", re.IGNORECASE)


@handler("decade_word")
def _decade_word(m: re.Match[str], ctx: Context) -> Result | None:
    if not m.group(0).lower().startswith("the") and not _AFTER_A_DECADE.search(
            ctx.text, max(0, m.start() - 30), m.start()):
        return None  # "in his forties" is an age; "the forties and fifties" both decades
    dd = _DECADE_WORDS[m.group("decade").lower()]
    century = 20 if 2000 + dd * 10 <= ctx.anchor.year else 19
    return Result("DATE", f"{century}{dd}", _period_mod(m))


@handler("century")
def _century(m: re.Match[str], ctx: Context) -> Result | None:
    n = ordinal_num(m.group("ord"))
    if not n or n > 30:
        return None
    dec = (g(m, "dec") or "").lower()
    if dec:  # "the last decade of the 20th century": 199
        return Result("DATE", f"{n - 1:02d}{0 if dec == 'first' else 9}")
    return Result("DATE", f"{n - 1:02d}", _period_mod(m))


@handler("quarter")
def _quarter(m: re.Match[str], ctx: Context) -> Result | None:
    q = ordinal_num(m.group("ord"))
    if not q or not 1 <= q <= 4:
        return None
    year: int | None = None
    if g(m, "yearq"):
        year = int(m.group("yearq"))
    elif g(m, "year"):
        year = int(m.group("year"))
    elif g(m, "relq"):
        year = year_from_rel(ctx, m.group("relq"))
    elif g(m, "rel"):
        year = year_from_rel(ctx, m.group("rel"))
    else:
        year = _year_of_end_date(ctx, m)
    value = quarter_for(ctx, q, year)
    if g(m, "ago"):
        value = f"{int(value[:4]) - 1:04d}-Q{q}"
    elif (int(value[:4]) - ctx.anchor.year) * 4 + q - cal.quarter_of(ctx.anchor) <= 1:
        # a forecast quarter further ahead ("losses through the third quarter of 1990") is not
        # the quarter a report is about
        ctx.focus_quarter = (int(value[:4]), q)
        ctx.extra["fq_pos"] = m.end()
        current = (int(value[:4]), q) == (ctx.anchor.year, cal.quarter_of(ctx.anchor))
        if re.search(r"fiscal", m.group(0), re.I) or (
                current and year is None and ctx.tense(m.start(), m.end()) < 0):
            # results already reported for a quarter the calendar has not finished: the
            # company's fiscal label ("reported a decline in fourth-quarter earnings" on Nov. 2)
            ctx.extra["fiscal_q"] = (value, m.end())
    return Result("DATE", value)


_ENDED_DATE = re.compile(rf"\s*,?\s+(?:ended|ending|that\s+ended|which\s+ended)\s+"
                         rf"(?P<date>{DATE_CORE})")


def _year_of_end_date(ctx: Context, m: re.Match[str]) -> int | None:
    """'the second quarter ended Oct. 31' (said on Oct. 27, 1989): the quarter of the year its
    end date falls in (1988), not the anchor's year."""
    em = _ENDED_DATE.match(ctx.text, m.end())
    if not em:
        return None
    end = ground_date(ctx, em, em.group("date"))
    if not isinstance(end, date):
        return None
    if end > ctx.anchor and "ended" in em.group(0):  # it has ended
        return end.year - 1
    return end.year


@handler("quarter_ended")
def _quarter_ended(m: re.Match[str], ctx: Context) -> Result | None:
    """'the quarter ended Sept. 30': the calendar quarter holding most of the three months
    before that day (a fiscal quarter ended July 31 is mostly the second quarter)."""
    end = ground_date(ctx, m, m.group("date"))
    if not isinstance(end, date):
        return None
    if m.group("unit").lower() == "period" and not re.search(r"quarter|three", m.group(0), re.I):
        return None
    if end > ctx.anchor and "ended" in ctx.text[m.end():m.end() + 20]:  # it has ended
        try:
            end = end.replace(year=end.year - 1)
        except ValueError:
            return None
    fiscal = ctx.extra.get("fiscal_q")
    if isinstance(fiscal, tuple) and m.start() - fiscal[1] < 400 and abs((end - ctx.anchor).days) < 120:
        # "the fiscal first quarter ... the quarter ended Sept. 30": the same fiscal quarter
        ctx.extra["fq_pos"] = m.end()
        return Result("DATE", fiscal[0])
    mid = end - timedelta(days=45)
    q = cal.quarter_of(mid)
    ctx.focus_quarter = (mid.year, q)
    ctx.extra["fq_pos"] = m.end()
    return Result("DATE", f"{mid.year:04d}-Q{q}")


@handler("year_period")
def _year_period(m: re.Match[str], ctx: Context) -> Result | None:
    """'the 1988 period' in earnings talk: the quarter in focus, in that year."""
    if m.group("unit").lower() == "period" and multi_quarter_focus(ctx, m.start()):
        return Result("DATE", f"{int(m.group('year')):04d}")  # "the nine months ... the 1988 period"
    _, q = focus_quarter(ctx, m.start())
    return Result("DATE", f"{int(m.group('year')):04d}-Q{q}")


@handler("quarter_q")
def _quarter_q(m: re.Match[str], ctx: Context) -> Result | None:
    if not m.group("ord")[0].isupper():
        return None
    q = int(m.group("ord")[1])
    value = quarter_for(ctx, q, int(m.group("year")) if g(m, "year") else None)
    ctx.focus_quarter = (int(value[:4]), q)
    ctx.extra["fq_pos"] = m.end()
    return Result("DATE", value)


@handler("half")
def _half(m: re.Match[str], ctx: Context) -> Result | None:
    h = 1 if m.group("ord").lower() == "first" else 2
    if g(m, "year"):
        y = int(m.group("year"))
    elif g(m, "rel"):
        y = year_from_rel(ctx, m.group("rel"))
    else:
        a = ctx.anchor
        y = a.year if (h == 1 or a.month > 6) else a.year - 1
    return Result("DATE", f"{y:04d}-H{h}")


def focus_quarter(ctx: Context, pos: int | None = None) -> tuple[int, int]:
    """The quarter talked about: one named in the last few sentences, else the latest
    quarter completed before the anchor (the one earnings reports are about)."""
    fq_pos = ctx.extra.get("fq_pos")
    if ctx.focus_quarter and (pos is None or (isinstance(fq_pos, int) and pos - fq_pos < 300)):
        return ctx.focus_quarter
    a = ctx.anchor
    q = cal.quarter_of(a) - 1
    return (a.year, q) if q >= 1 else (a.year - 1, 4)


# a span of several quarters ("the nine months", "the first half", "year to date")
_MULTI_QUARTER = re.compile(r"\b(?:nine|six|eight|9|6)[-\s]+months?\b|\bfirst\s+half\b|"
                            r"\bhalf[-\s]+year\b|\byear[-\s]+to[-\s]+date\b", re.IGNORECASE)


def multi_quarter_focus(ctx: Context, pos: int) -> bool:
    """Earnings talk has moved from the quarter to a longer span ("For the nine months, net
    was $9 million, compared with $7 million a year earlier"): a span of several quarters is
    named after the last quarter and shortly before `pos`, so the period a year back is no
    longer that quarter."""
    fq_pos = ctx.extra.get("fq_pos")
    start = max(0, pos - 250)
    if isinstance(fq_pos, int) and start < fq_pos <= pos:
        start = fq_pos
    return _MULTI_QUARTER.search(ctx.text, start, pos) is not None


_RESULTS_AFTER = re.compile(r"'s\s+(?:\w+\s+)?(?:loss|losses|profit|profits|earnings|results|net|"
                            r"income|sales|revenue|revenues)\b", re.IGNORECASE)


def _reported_results_of_focus(ctx: Context, m: re.Match[str]) -> bool:
    """'This quarter's loss includes ...' in a report on the quarter just ended, written a few
    weeks into the next one: results are reported after a quarter ends, so "this quarter" is
    the quarter the report is about (named before), not the calendar quarter just begun."""
    if not ctx.focus_quarter or not _RESULTS_AFTER.match(ctx.text, m.end()):
        return False
    a = ctx.anchor
    start = date(a.year, 3 * cal.quarter_of(a) - 2, 1)
    prev = cal.shift(start, "quarter", -1)
    return ((a - start).days < 45
            and ctx.focus_quarter == (prev.year, cal.quarter_of(prev)))


@handler("rel_quarter")
def _rel_quarter(m: re.Match[str], ctx: Context) -> Result | None:
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    unit = m.group("unit").lower()
    if unit == "period" and rel not in ("latest", "year-ago", "year-earlier", "year ago",
                                        "same", "comparable", "corresponding", "year-ago"):
        return None
    y, q = focus_quarter(ctx, m.start())
    a = ctx.anchor
    if rel in ("year-ago", "year-earlier", "year ago", "comparable", "corresponding"):
        return Result("DATE", f"{y - 1:04d}-Q{q}")
    if rel == "this" and _reported_results_of_focus(ctx, m):
        return Result("DATE", f"{y:04d}-Q{q}")
    if rel in ("current", "this"):
        return Result("DATE", f"{a.year:04d}-Q{cal.quarter_of(a)}")
    fiscal = ctx.extra.get("fiscal_q")
    if rel in ("latest", "most recent") and isinstance(fiscal, tuple) and m.start() - fiscal[1] < 600:
        return Result("DATE", fiscal[0])  # the fiscal quarter the report is about
    if rel in ("latest", "recent", "most recent", "just-ended", "just ended", "past", "last"):
        d = cal.shift(a, "quarter", -1)
        return Result("DATE", f"{d.year:04d}-Q{cal.quarter_of(d)}")
    if rel == "next":
        d = cal.shift(a, "quarter", 1)
        return Result("DATE", f"{d.year:04d}-Q{cal.quarter_of(d)}")
    if rel in ("previous", "prior", "preceding"):
        d = cal.shift(date(y, 3 * q, 1), "quarter", -1)
        return Result("DATE", f"{d.year:04d}-Q{cal.quarter_of(d)}")
    if rel in ("first", "second", "third", "fourth", "fiscal"):
        return None
    if rel.endswith("year's"):
        return Result("DATE", f"{year_from_rel(ctx, rel.split()[0]):04d}-Q{q}")
    return Result("DATE", f"{y:04d}-Q{q}")


@handler("the_quarter")
def _the_quarter(m: re.Match[str], ctx: Context) -> Result | None:
    # anaphoric: the quarter named last, however far back (no position: a report keeps
    # talking about the quarter it is about); without one, the latest quarter completed
    y, q = focus_quarter(ctx)
    return Result("DATE", f"{y:04d}-Q{q}")


@handler("year_adj")
def _year_adj(m: re.Match[str], ctx: Context) -> Result | None:
    raw = m.group("word").lower()
    w = raw.replace(" ", "-")
    a = ctx.anchor
    if w in ("year-earlier", "year-ago"):
        if ctx.focus_quarter and not multi_quarter_focus(ctx, m.start()):
            y, q = focus_quarter(ctx, m.start())
            return Result("DATE", f"{y - 1:04d}-Q{q}")
        return Result("DATE", f"{a.year - 1:04d}")
    if w in ("year-end", "year-s-end", "year's-end"):
        # "since year-end" is the last one; "expected to close by year-end" the coming one
        y = a.year if ctx.tense(m.start(), m.end()) > 0 else a.year - 1
        if raw != "year-end":
            # the noun "year end" / "year's end" is the end of the year (TimeML: the year, mod
            # END), like "the end of the year"; the adjective "year-end" is Dec. 31
            return Result("DATE", f"{y:04d}", "END")
        return Result("DATE", f"{y:04d}-12-31")
    if w == "year-to-date":
        return None
    return None


@handler("fiscal_year")
def _fiscal_year(m: re.Match[str], ctx: Context) -> Result | None:
    rel = (g(m, "rel") or "").lower()
    if rel in ("", "fiscal") and re.match(r"\s+(?:ended|ending)\b", ctx.text[m.end():m.end() + 8]):
        return Result("DURATION", "P1Y")  # "the fiscal year ended Jan. 31", like "the year ended"
    y = ctx.anchor.year + {"next": 1, "last": -1, "previous": -1, "latest": -1,
                           "past": -1}.get(rel, 0)
    return Result("DATE", f"{y:04d}")


@handler("season_alone")
def _season_alone(m: re.Match[str], ctx: Context) -> Result | None:
    """'the summer', 'early summer': the season of the anchor's year (winter: the one ahead
    or just past)."""
    code = {"spring": "SP", "summer": "SU", "autumn": "FA", "winter": "WI"}[
        m.group("season").lower()]
    before = ctx.text[max(0, m.start() - 12):m.start()].lower()
    if not m.group(0).lower().startswith(("the", "early", "late", "mid")) and not re.search(
            r"\b(?:in|over|during|this|by|until|since|through)\s+$", before):
        return None
    y = ctx.anchor.year
    if code == "WI" and ctx.anchor.month <= 2:
        y -= 1
    return Result("DATE", f"{y:04d}-{code}", mod_of(g(m, "mod") or g(m, "mod2")))
