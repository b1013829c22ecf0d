"""`event_time`: when did the event behind a trigger word happen, with the words that say so.

In order: a date (or a "from X to Y" / "between X and Y" range) attached to the trigger in
the dependency parse — or, without a parse, the nearest date in the trigger's clause; then
discourse: "during the talks / the meeting / the visit" takes the date of that meeting when
an earlier sentence gives one (anaphoric timexes such as "on the same day" are already
resolved by the tagger against the date in focus). With no evidence the interval is
unknown and `fallback` names the anchor date a user could fall back to — it is never
filled in silently.
"""

from __future__ import annotations

import re
from typing import Any

from ..language import DECISION_NOUNS, DEFINITE_DETERMINERS, expanded_span, span_root
from ..records import Analysis, Span, Timex, TimeSpan
from . import calendar as cal
from .hours_later import HOURS, hours_later_span
from .day_ranges import WEEKDAY as _WEEKDAY
from .day_ranges import first_day_before, past_weekday, week_on
from .dateline import is_dateline
from .day_before import day_before_other
from .attribution_dates import (OTHER_CLAUSE_PENALTY, before_attribution, charged_act_date,
                                record_since, reported_clause_date, said_before_clause,
                                sibling_report_date, speech_occasion_date,
                                through_other_clause)
from .participle_dates import doing_when_reached
from .day_of_period import n_day_stretch, stretch_counted
from .offset_clause import eve_of, event_offset_span, offset_clause_span
from .run_on import run_on
from .report_periods import report_period, week_of_month_part
from .stretch_of import stretch_span
from .since_range import since_span, since_timex
from .tagger import SAYING_DAY, tag_timexes
from .lexicon import (COURSE_VERBS, ENACTING_VERBS, LASTING_STATE_VERBS, SEQUENCE_MARKS,
                      SPEECH_VERBS)
from .terms import is_term

_RANGE_JOIN = re.compile(r"^\s*(?:to|through|until|till|thru|and|-|–|—)\s*$", re.I)
_RANGE_OPEN = re.compile(r"(?:from|between)\s+(?:the\s+)?$", re.I)
_NOUNS = (r"(?P<noun>talks|meeting|visit|summit|conference|session|negotiations|discussions|"
          r"trip|call|encounter|ceremony|gathering)")
_DURING = re.compile(r"\b(?:during|at|on\s+the\s+sidelines\s+of|amid)"
                     r"\s+(?:the|this|that|their|his|her|its)\s+" + _NOUNS + r"\b", re.I)
# "prior to Sharaa's visit": only a bound, said in the fallback, not a date of the event
_BOUND = re.compile(r"\b(?P<rel>prior\s+to|before|ahead\s+of|after|following|since)\s+"
                    r"(?:(?:the|this|that|their|his|her|its|[\w-]+['’]s?)\s+){1,2}" + _NOUNS
                    + r"\b", re.I)
_MEETING_WORDS = {
    "talks": r"\b(?:met|meet|meets|meeting|talks|held\s+talks|visit(?:ed|s)?|summit)\b",
    "meeting": r"\b(?:met|meet|meets|meeting|talks|visit(?:ed|s)?|summit)\b",
    "visit": r"\b(?:visit(?:ed|s|ing)?|trip|met|arrived)\b",
    "summit": r"\b(?:summit|met|meeting)\b",
}
# "air strikes killed 30 people overnight": the night before the report (a timex for TimeML
# only with a day named: "Friday night"; an event still has its two days)
_OVERNIGHT = re.compile(r"\bovernight\b(?!\s+(?:stay|bag|flight|train|trip|shift|curfew))", re.I)
_GROUNDED = ("day", "week", "month", "year")
_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}


# how long, not when: "for three months", "to 15 years", "extended it by six months"
_FOR_SPAN = re.compile(r"\b(?:for|over|to|by|of)(?:\s+(?:the\s+)?(?:next|past|last|coming))?\s+$",
                       re.I)
_AFTER = re.compile(r"\s*(?:later|afterwards?|after|on)\b", re.I)
_BEFORE = re.compile(r"\s*(?:earlier|before|prior\s+to)\b", re.I)
_DURATION_UNIT = {"D": ("day", "day"), "W": ("week", "day"), "M": ("month", "month"),
                  "Y": ("year", "year")}


def _dated(timexes: list[Timex], start: int, end: int, text: str = "") -> list[Timex]:
    """Grounded DATE/TIME timexes in [start, end), and durations used as offsets
    ("three months after", "two days later")."""
    out = []
    for t in timexes:
        if not (start <= t.span.start and t.span.end <= end):
            continue
        if t.type in ("DATE", "TIME") and t.start is not None and t.precision in _GROUNDED:
            out.append(t)
        elif t.type == "DURATION" and text and (_AFTER.match(text, t.span.end)
                                                or _BEFORE.match(text, t.span.end)):
            out.append(t)
    return out


def _offset_span(analysis: Analysis, timexes: list[Timex], dur: Timex,
                 anchor: str) -> TimeSpan | None:
    """'three months after March 2024' / 'two days later': the reference date moved by the
    duration; the reference is the date right after 'after', else the date in focus before."""
    text = analysis.document.text
    if HOURS.fullmatch(dur.value or ""):  # "a few hours later": that day
        return hours_later_span(analysis, timexes, dur, anchor)
    m = re.fullmatch(r"P(\d+)([DWMY])", dur.value)
    if not m or _FOR_SPAN.search(text, max(0, dur.span.start - 16), dur.span.start):
        return None  # "suspended it for three months on Wednesday", "sentenced to 15 years
        # on Monday", "extended it by six months on Tuesday", "prison terms of up to three
        # years on Monday": how long, not when
    n, letter = int(m.group(1)), m.group(2)
    unit, precision = _DURATION_UNIT[letter]
    sign = -1 if _BEFORE.match(text, dur.span.end) else 1
    ref: Timex | None = None
    after = [t for t in timexes if t.type in ("DATE", "TIME") and t.start is not None
             and 0 <= t.span.start - dur.span.end <= 12]
    if after:
        ref = after[0]
    elif re.match(r"\s*(?:later|afterwards?|earlier)\b", text[dur.span.end:], re.I):
        before = [t for t in timexes if t.type in ("DATE", "TIME") and t.start is not None
                  and t.precision in _GROUNDED and t.span.end <= dur.span.start]
        ref = before[-1] if before else None
    if ref is None or ref.start is None:
        return None
    start = cal.shift(ref.start, unit, sign * n)
    end = start
    if precision == "week":
        end = cal.shift(start, "day", 6)
    elif precision == "month":
        s2, e2, _ = cal.interval(cal.value_at(start, "month"))
        start, end = s2 or start, e2 or start
    elif precision == "year":
        s2, e2, _ = cal.interval(cal.value_at(start, "year"))
        start, end = s2 or start, e2 or start
    if _ORDER[ref.precision] > _ORDER[precision]:
        precision = ref.precision
        s3, e3, _ = cal.interval(cal.value_at(start, precision))
        start, end = s3 or start, e3 or end
    words = text[dur.span.start:max(dur.span.end, ref.span.end if ref.span.start >
                                    dur.span.start else dur.span.end)]
    return TimeSpan(start=start, end=end, precision=precision, text=words, anchor=anchor,
                    evidence=(_span_of(analysis, dur.span.start, dur.span.end),
                              _span_of(analysis, ref.span.start, ref.span.end)))


def _ranges(text: str, dated: list[Timex], doc: Any = None) -> dict[int, tuple[Timex, Timex]]:
    """Index of the first timex of each 'from X to Y' pair -> (X, Y)."""
    out = {}
    for i in range(len(dated) - 1):
        a, b = dated[i], dated[i + 1]
        between = text[a.span.end:b.span.start]
        before = text[max(0, a.span.start - 15):a.span.start]
        if _RANGE_JOIN.match(between) and (_RANGE_OPEN.search(before) or between.strip() in
                                           ("-", "–", "—", "to", "through")):
            if a.start and b.end and b.end < a.start and _WEEKDAY.search(a.span.text) and \
                    _WEEKDAY.search(b.span.text) and b.precision == "day":
                b = week_on(b, (a.start - b.end).days)  # "from Wednesday until Saturday"
            if a.start and b.end and a.start <= b.end:
                out[i] = (a, b)
        elif _day_pair(a, b, between, doc):
            out[i] = (a, b)
    return out


def _day_pair(a: Timex, b: Timex, between: str, doc: Any = None) -> bool:
    """'on Friday and Saturday', 'on Saturday and Sunday', 'on July 8 and 9': two days a day
    or two apart joined by 'and' tell one stretch of days from the first to the second; 'on
    Sunday night into Monday': a night that runs into the next day. A bare second number is
    the next day only, and only when it counts no noun ("on July 8 and 9 people were
    injured": a count)."""
    join = between.strip().lower()
    bare = join == "and" and b.span.text.isdigit()  # the second day shares the first's month
    named = bool(_WEEKDAY.search(a.span.text)) and bool(_WEEKDAY.search(b.span.text))
    if not (join in ("and", "into") and a.precision == b.precision == "day"
            and a.start is not None and b.start is not None and (named or bare)):
        return False
    gap = (b.start - a.start).days
    if bare and not named:
        return gap == 1 and not _counts_a_noun(doc, b.span.start)
    return 0 < gap <= (2 if join == "and" else 1)


def _counts_a_noun(doc: Any, pos: int) -> bool:
    """The number at character `pos` counts a noun ("9 people"), not a day of a month."""
    tok = _token_at(doc, pos) if doc is not None else None
    return tok is not None and (tok.dep_ == "nummod" and tok.head.i > tok.i or tok.i + 1 < len(
        doc) and doc[tok.i + 1].pos_ in ("NOUN", "PROPN"))


_DATELINE_GAP = re.compile(r"[\s)\]:,–—-]*")  # what may sit between a dateline's date and its text


def _span_of(analysis: Analysis, start: int, end: int) -> Span:
    return analysis.document.span(start, end)


def _from_timexes(analysis: Analysis, parts: tuple[Timex, ...], anchor: str) -> TimeSpan:
    text = analysis.document.text
    first, last = parts[0], parts[-1]
    precision = max((p.precision for p in parts), key=lambda p: _ORDER[p])
    return TimeSpan(start=first.start, end=last.end, precision=precision,
                    text=text[first.span.start:last.span.end], anchor=anchor,
                    evidence=tuple(_span_of(analysis, p.span.start, p.span.end) for p in parts))




def _token_at(doc: Any, pos: int) -> Any:
    span = expanded_span(doc, pos, pos + 1)
    return None if span is None else span[0]


def _path_to_root(tok: Any) -> list[Any]:
    path = [tok]
    while path[-1].head.i != path[-1].i and len(path) < 50:
        path.append(path[-1].head)
    return path


def _measure_clause(t: Any) -> bool:
    """"adopted a resolution on Monday extending the embargo": a participle on a measure
    that is the object of the act of adopting it takes effect with that act, so that act's
    date is its own."""
    return (t.dep_ == "acl" and t.tag_ == "VBG" and t.head.lemma_.lower() in DECISION_NOUNS
            and t.head.dep_ == "dobj" and t.head.head.pos_ == "VERB")


def _when_clause_of(path: list[Any], x_tok: Any) -> bool:
    """The trigger's clause is a "when" clause on the timex itself ("since September 2021,
    when special forces seized power"): the date it hangs on is its own."""
    return any(t.dep_ in ("relcl", "acl", "advcl") and t.head.i == x_tok.i and any(
        c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in t.children) for t in path)


def _syntactic_distance(doc: Any, trigger: Span, timex: Timex) -> float | None:
    """Tree distance between trigger and timex; None when the timex belongs to another clause
    that embeds the trigger ("X said on Friday that troops attacked": Friday is the saying)."""
    t_tok = _token_at(doc, trigger.start)
    x_tok = span_root(doc, timex.span.start, timex.span.end)
    if t_tok is None or x_tok is None:
        return None
    t_path = _path_to_root(t_tok)
    x_path = _path_to_root(x_tok)
    x_ids = {tok.i: n for n, tok in enumerate(x_path)}
    if charged_act_date(t_tok, x_tok):
        return None  # "accused the army of shelling villages on Monday"
    for n, tok in enumerate(t_path):
        if tok.i in x_ids:
            if record_since(x_path[:x_ids[tok.i] + 1]):
                return None  # "the protests were the largest since March 2024"
            if speech_occasion_date(t_tok, tok, x_path[:x_ids[tok.i]]):
                return None  # "accused the army of shelling villages in a statement on Monday"
            if reported_clause_date(t_path[:n + 1], x_path[:x_ids[tok.i] + 1]):
                return None  # "rebels surrendered on Monday, the spokesman said"
            if sibling_report_date(t_path[:n + 1], x_path[:x_ids[tok.i] + 1]):
                return None  # "said rebels had attacked on Monday, and called for calm"
            if _when_clause_of(t_path[:n], x_tok):
                return float(n)  # "since October 2025, when the army seized power"
            # the trigger climbs through a complement clause to reach the timex's verb
            if any(t.dep_ in ("ccomp", "relcl", "acl", "csubj") and not _measure_clause(t)
                   and not doing_when_reached(t, t_tok) for t in t_path[:n]) and not (
                    before_attribution(tok, t_tok, x_tok)):
                return None
            # "released villagers who were kidnapped last month": the timex dates a clause
            # that describes a participant, not the trigger ("talks that began on Tuesday",
            # an event's own course, still dates it; "migrants who remained there on Monday",
            # a lasting state, has no day of its own: the day is the act's)
            own = COURSE_VERBS | (LASTING_STATE_VERBS if timex.precision == "day" else set())
            if any(t.dep_ == "relcl" and t.head.i != t_tok.i and t.lemma_.lower() not in own
                   for t in x_path[:x_ids[tok.i]]):
                return None
            # "deployed the army on Thursday after police fired tear gas": a clause told as
            # before or after the timex's act happened at another time; and the other way
            # round, "blaming the other for the worst violence since a treaty settled the
            # border last year": the year is the treaty's, not the blaming's
            if any(t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in SEQUENCE_MARKS
                                             for m in t.children) for t in t_path[:n]) or any(
                    t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since"
                                              for m in t.children)
                    for t in x_path[1:x_ids[tok.i]]):
                return None
            # "condemned the arrests on Wednesday": a definite event noun, the object of the
            # verb the date hangs on, was told before; the date is the verb's
            if n == 1 and t_tok.pos_ == "NOUN" and t_tok.dep_ in ("dobj", "nsubjpass") \
                    and x_ids[tok.i] <= 2 and tok.pos_ == "VERB" and (
                        tok.lemma_.lower() not in ENACTING_VERBS) and any(
                    c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS
                    for c in t_tok.children):
                return None
            if tok.lemma_.lower() in SPEECH_VERBS and t_tok.i < tok.i < x_tok.i or \
                    said_before_clause(t_tok, x_tok):
                # "attacked the camp on Tuesday night, killing five, an official said
                # Wednesday": a date after a closing attribution is the saying's; it dates
                # the act only where nothing nearer does
                return n + x_ids[tok.i] + AFTER_SAYING_PENALTY
            # (not the day of a saying both joined clauses report: "said on Thursday it had
            # deployed troops, and that a committee had begun talks")
            other = through_other_clause(t_path[:n]) and not said_before_clause(tok, x_tok)
            # and the other way round: "had demanded ransom on Sept. 12, and that families
            # had paid last week": the date reached through a joined clause of its own
            # subject is that clause's act's
            other = other or through_other_clause(x_path[1:x_ids[tok.i]])
            return n + x_ids[tok.i] + (OTHER_CLAUSE_PENALTY if other else 0)
    return None


AFTER_SAYING_PENALTY = 5


# anchors that are a date the text tells (of some past event, as in an encyclopedia article),
# not the day of the report (`time.anchor`)
TOLD_DATE_ANCHORS = ("latest full date", "latest month-day")


def _apposed_to(tok: Any, unit: tuple[Timex, ...]) -> bool:
    """"..., the army said Wednesday, the deadliest such attack in a year": an event noun
    the parse hangs as an apposition on a date restates the sentence's event, which that
    date (the day it was told) does not date."""
    if tok is None or tok.dep_ != "appos" or tok.pos_ != "NOUN":
        return False
    head = tok.head
    return any(t.span.start <= head.idx < t.span.end for t in unit)


def _meeting_date(analysis: Analysis, timexes: list[Timex], noun: str,
                  before: int) -> Timex | None:
    """The day-level date of the latest earlier sentence that reports the meeting/talks."""
    text = analysis.document.text
    rx = re.compile(_MEETING_WORDS.get(noun.lower(), r"\b" + re.escape(noun) + r"\b"), re.I)
    best = None
    for t in timexes:
        if t.span.end > before or t.type not in ("DATE", "TIME") or t.precision != "day":
            continue
        s = max(text.rfind(". ", 0, t.span.start), text.rfind("\n", 0, t.span.start)) + 1
        e_dot = text.find(". ", t.span.end)
        e = e_dot if e_dot >= 0 else len(text)
        if rx.search(text, s, e):
            best = t
    return best


def event_time(analysis: Analysis, trigger: Span, sentence: Span) -> TimeSpan:
    """The time of the event whose trigger word is `trigger`, inside `sentence`."""
    from .stage import choose_anchor

    anchor = analysis.anchor or choose_anchor(analysis)
    anchor_text = anchor.describe()
    text = analysis.document.text
    # the time stage has run when there is an anchor (then an empty list means no timexes)
    timexes = analysis.timexes if analysis.anchor is not None else tag_timexes(
        text, anchor.date, doc=analysis.doc, document_id=analysis.document.id)
    dated = _dated(timexes, sentence.start, sentence.end, text)
    shifted = offset_clause_span(analysis, trigger, sentence, dated)  # "a day after X did"
    if shifted is not None:
        return shifted
    shifted = event_offset_span(analysis, trigger, sentence, dated, timexes)
    if shifted is not None:  # "a day after the vote", "on the eve of the election"
        return shifted
    t_tok = _token_at(analysis.doc, trigger.start) if analysis.doc is not None else None
    stretch = stretch_span(analysis, trigger, sentence, timexes, t_tok, anchor.date, anchor_text)
    if stretch is not None:  # "A week of fighting has killed 60 people"
        return stretch
    if not dated:
        # "KABUL, Afghanistan (March 20, 2011)" on a line of its own, right before the first
        # sentence: the dateline dates that sentence as if it were part of it
        lead = [t for t in _dated(timexes, 0, sentence.start, text) if is_dateline(text, t)
                and _DATELINE_GAP.fullmatch(text, t.span.end, sentence.start)]
        if lead:
            return _from_timexes(analysis, (lead[-1],), anchor_text)
    dates = [t for t in dated if t.type != "DURATION"]
    ranges = _ranges(text, dates, analysis.doc)
    in_range = {id(b) for a, b in ranges.values()}
    units: list[tuple[Timex, ...]] = [(t,) for t in dated if t.type == "DURATION"]
    for i, t in enumerate(dates):
        if i in ranges:
            units.append(ranges[i])
        elif id(t) not in in_range:
            units.append((t,))
    # a date right after "after" is the reference of the offset, not a time of its own
    offsets = {id(t): _offset_span(analysis, timexes, t, anchor_text) for t in dated
               if t.type == "DURATION"}
    refs = {id(r) for ts in offsets.values() if ts is not None for r in timexes
            if any(r.span.start == ev.start for ev in ts.evidence[1:])
            and r.span.start > min(ev.start for ev in ts.evidence)}
    # "extended the curfew until the end of the month": the term, not the day of the act
    units = [u for u in units if (u[0].type != "DURATION" or offsets.get(id(u[0])))
             and id(u[0]) not in refs and not (len(u) == 1 and is_term(text, t_tok, u[0]))
             and not week_of_month_part(text, u[0])]
    best: tuple[float, tuple[Timex, ...]] | None = None
    # a verb in the past tense did not happen after the report ("agreed to meet again next
    # month": the month is the meeting's)
    # (an event noun that is the subject or object of such a verb too: "fighting raged until
    # Sunday", "declared a state of emergency on Sunday that will last until ...")
    # (and a participle that goes on from such a verb: "besieged the town ..., killing dozens")
    past = t_tok is not None and (t_tok.tag_ == "VBD" or t_tok.pos_ == "NOUN" and t_tok.dep_ in (
        "nsubj", "nsubjpass", "dobj") and t_tok.head.tag_ == "VBD" or t_tok.tag_ == "VBG"
        and t_tok.dep_ in ("advcl", "xcomp") and t_tok.head.tag_ == "VBD"
    ) and not anchor.source.startswith(TOLD_DATE_ANCHORS)
    if past:
        units = [past_weekday(u, anchor.date) for u in units]
    for unit in units:
        if past and unit[0].start is not None and unit[0].start > anchor.date:
            continue
        if _apposed_to(t_tok, unit) or stretch_counted(text, unit[0].span.start,
                                                      unit[0].span.end, trigger.start):
            continue
        if analysis.doc is not None:
            dists = [_syntactic_distance(analysis.doc, trigger, t) for t in unit]
            dists2 = [d for d in dists if d is not None]
            if not dists2:
                continue
            score = min(dists2) + abs(unit[0].span.start - trigger.start) / 1000
        else:
            gap = text[min(trigger.end, unit[0].span.end):max(trigger.start, unit[0].span.start)]
            that = re.search(r"\bthat\b", gap)  # "said on Friday that ...": the saying's day
            if that and SAYING_DAY.search(gap, 0, that.start) and \
                    unit[0].span.start < trigger.start:
                continue
            score = abs(unit[0].span.start - trigger.start)
        if day_before_other(unit, units):
            score += 2  # "detained 12 men on Saturday over a brawl the night before"
        if trigger.start > unit[0].span.end and is_dateline(text, unit[0]):
            score += 100000  # after the dateline: only when nothing else in the sentence dates it
        if best is None or score < best[0]:
            best = (score, unit)
    since = since_timex(t_tok, dated)
    if best is not None:
        offset = offsets.get(id(best[1][0]))
        if offset is not None:
            return offset
        ts = first_day_before(analysis, _from_timexes(analysis, best[1], anchor_text))
        if len(best[1]) == 1:  # "three weeks ago", "over the past week", "this week"
            ts = eve_of(text, report_period(ts, best[1][0], anchor.date, t_tok, text), best[1][0])
        if since in best[1]:
            return since_span(ts, since, anchor.date, t_tok, dated)
        # "broke out on Saturday and continued until Monday"
        ts = run_on(ts, t_tok, dated, lambda s, e: _span_of(analysis, s, e), anchor.date)
        return n_day_stretch(text, trigger.start, ts, anchor.date)  # "a three-day strike from"
    if since is not None:  # "fighting has killed 12 since it erupted on Sept. 17"
        return since_span(_from_timexes(analysis, (since,), anchor_text), since, anchor.date,
                          t_tok, dated)
    m = _DURING.search(text, sentence.start, sentence.end)
    if m:
        meeting = _meeting_date(analysis, timexes, m.group("noun"), sentence.start)
        if meeting is not None:
            ts = _from_timexes(analysis, (meeting,), anchor_text)
            return TimeSpan(start=ts.start, end=ts.end, precision=ts.precision,
                            text=m.group(0), anchor=anchor_text,
                            evidence=(_span_of(analysis, m.start(), m.end()),) + ts.evidence)
    b = _BOUND.search(text, sentence.start, sentence.end)
    if b:
        meeting = _meeting_date(analysis, timexes, b.group("noun"), sentence.start)
        if meeting is not None and meeting.start is not None:
            rel = re.sub(r"\s+", " ", b.group("rel").lower())
            side = "before" if rel in ("prior to", "before", "ahead of") else "after"
            return TimeSpan(
                start=None, end=None, precision="unknown", text=None, anchor=anchor_text,
                evidence=(_span_of(analysis, b.start(), b.end()),
                          _span_of(analysis, meeting.span.start, meeting.span.end)),
                fallback=f"no date stated; {side} {meeting.start.isoformat()} "
                         f"({b.group(0)!r}, dated by {meeting.span.text!r}); the anchor date "
                         f"{anchor_text} is a possible fallback")
    o = _OVERNIGHT.search(text, sentence.start, sentence.end)
    if o and not anchor.source.startswith("today"):
        # the night that ends on the report's day; only against a date the document gives
        # (or on the one day the sentence names, its saying's: "said on Friday that drones
        # had struck the port overnight" is the night into Friday)
        told = {t.start for t in dated if t.type == "DATE" and t.precision == "day"
                and t.start == t.end and t.start is not None and t.start <= anchor.date
                and SAYING_DAY.search(text, max(0, t.span.start - 60), t.span.start)}
        end = told.pop() if len(told) == 1 else anchor.date
        return TimeSpan(start=cal.shift(end, "day", -1), end=end, precision="day",
                        text=o.group(0), anchor=anchor_text,
                        evidence=(_span_of(analysis, o.start(), o.end()),))
    return TimeSpan(start=None, end=None, precision="unknown", text=None, anchor=anchor_text,
                    fallback=f"no time stated for this event; the anchor date {anchor_text} "
                             f"is a possible fallback (an upper bound for past events)")

