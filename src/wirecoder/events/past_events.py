"""Background events told with the article's news: acts the text recalls from an earlier time
("in June 2014 gunmen killed about 60 people", "a brief war in 1992 in which several hundred
people were killed", "since October 2025, when an army unit seized power"). Run late, once
every event has its final date: an event dated well before the article is history, and so is
what a recalled event's own clauses tell ("bombings that killed four people, which police
blamed on the group"; "seized power, ousting the president"); so is an act dated by its own
words to a month or a year a season or more before the article. Such an act is not merged
into the article's news (`apart_in_time`, used by `merge`). Ages are measured only against a
publication date, never against a date guessed from the text.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ..records import TimeSpan
from .object_dates import HISTORICAL_AGE, PUBLISHED, date_of_embedded_act, date_of_object


def _own_date(d: Any) -> bool:
    """Whether `d`'s date comes from words of its own clause, not from the article's anchor
    or a day told elsewhere."""
    t = d.time
    return t is not None and t.start is not None and not t.fallback


def _tells_more_of(tok: Any) -> Any:
    """The event word a clause headed by `tok` tells more of, or None: the noun a relative
    clause hangs on (or the noun it names inside: "bombings in Kampala that killed four
    people, which police blamed on the group"), the verb a subjectless participle follows."""
    if tok.dep_ == "relcl":
        return tok.head
    if tok.dep_ in ("acl", "advcl") and tok.tag_ == "VBG" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children):
        return tok.head
    return None


def _when_clause(tok: Any) -> bool:
    return tok.dep_ == "relcl" and any(c.lower_ == "when" and c.dep_ == "advmod"
                                       for c in tok.children)


def _when_date(tok: Any, timexes: Any) -> TimeSpan | None:
    """"since October 2025, when an army unit seized power": a clause that a date's "when"
    introduces happened at that date."""
    if not _when_clause(tok):
        return None
    return _date_at(tok.head, timexes)


def _date_at(word: Any, timexes: Any) -> TimeSpan | None:
    """The span of the resolved DATE expression `word` stands in, or None."""
    for tx in timexes or ():
        if tx.type == "DATE" and tx.start is not None and \
                tx.span.start <= word.idx < tx.span.end:
            return TimeSpan(tx.start, tx.end or tx.start, tx.precision, text=tx.span.text,
                            evidence=(tx.span,))
    return None


def _noun_date(noun: Any, timexes: Any) -> TimeSpan | None:
    """The date an event noun carries in its own words ("bombings in March 2019", "the 2019
    bombing"), or None."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    words = [c for c in noun.children if c.dep_ in ("nummod", "compound", "amod", "npadvmod")]
    words += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
              for g in c.children if g.dep_ == "pobj"]
    return next((d for w in words if (d := _date_at(w, timexes)) is not None), None)


# a month or a year stated for an act that ended this long before the article: recalled, not
# news ("in October 2025 an army unit seized power", in an article of the next summer)
RECALLED_AGE = timedelta(days=90)


def _months_back(d: Any, end: date, anchor: date) -> bool:
    """Whether `d` is dated by its own words to a month or a year that ended a season or more
    before `anchor`; not when the date opens a state ("held since February")."""
    t = d.time
    if t.fallback or t.precision not in ("month", "year") or end >= anchor - RECALLED_AGE:
        return False
    tok = d.trigger.token
    doc = tok.doc
    if _when_clause(tok):
        return True  # "since November 2025, when rebels attacked": the act opened the state
    for ev in t.evidence:
        first = next((w for w in doc if w.idx >= ev.start), None)
        if first is not None and first.i > 0 and doc[first.i - 1].lower_ in ("since", "until"):
            return False
    return bool(t.evidence) or t.text is not None


def apart_in_time(e: Any, d: Any) -> bool:
    """Two events, one dated by its own words to a month or a year that ended a season or
    more before the other's stated day ("since November 2025, when rebels attacked the
    bridge" against "killed six farmers on Sunday"): two acts, the older one recalled,
    whatever else they share."""
    for old, new in ((e, d), (d, e)):
        t, n = old.time, new.time
        if t is None or n is None or t.start is None or n.start is None or n.fallback:
            continue
        if _months_back(old, t.end or t.start, n.start):
            return True
    return False


def date_when_clauses(drafts: Any, timexes: Any = ()) -> None:
    """Date the events told in a "when" clause of a date by that date, in place; before the
    drafts merge, so that an act recalled that way is not taken for the news."""
    for d in drafts:
        when = _when_date(d.trigger.token, timexes)
        if when is not None and not _own_date(d):
            d.time = when


# anchors that are the day the article came out: a date inferred from the text's own dates
# (or today) is no measure of how old an act is


def mark_past_events(final: list[Any], anchor: Any, timexes: Any = ()) -> None:
    """Mark as history (modality "historical") the events the article recalls, in place;
    only against the article's publication date."""
    if anchor is None or anchor.source not in PUBLISHED:
        return
    anchor = anchor.date
    for d in final:
        t = d.time
        end = (t.end or t.start) if t is not None else None
        if d.modality == "asserted" and end is not None and (
                end < anchor - HISTORICAL_AGE or _months_back(d, end, anchor)):
            if date_of_object(d.trigger.token, t) or date_of_embedded_act(d.trigger.token, t):
                d.time = None  # the date was the object's, not the act's
                continue
            d.modality = "historical"
    history: dict[int, Any] = {}  # the word of a historical event's mention -> the event

    def remember(d: Any) -> None:
        history.update((m.token.i, d) for m in (d.trigger, *d.mentions))

    for d in final:
        if d.modality == "historical":
            remember(d)
    for _ in range(2):  # a clause on a clause: "bombings that killed four, which police blamed"
        for d in final:
            if d.modality != "asserted":
                continue
            tok = d.trigger.token
            told = _tells_more_of(tok)
            if told is None:
                continue
            past = history.get(told.i)
            if past is None and told.dep_ in ("dobj", "nsubjpass", "pobj") and \
                    tok.dep_ == "relcl":
                past = history.get(told.head.i)  # "killed four people, which police blamed"
            if past is None and not _own_date(d):
                dated = _noun_date(told, timexes)  # "bombings in March 2019 that killed nine"
                if dated is not None and dated.end is not None and \
                        dated.end < anchor - HISTORICAL_AGE:
                    d.time, d.modality = dated, "historical"
                    remember(d)
                continue
            if past is None or past is d or (_own_date(d) and past.time is not None
                                               and d.time != past.time):
                continue
            d.modality = "historical"
            if past.time is not None and past.time.start is not None:
                d.time = past.time
            remember(d)
