"""What has gone on since a day: "fighting has killed 12 people since it erupted on Sept.
17", "violence has killed 20 people since Oct. 3", "police said 14 suspects had been arrested
since Monday" (reported speech). The act of a present perfect verb with a
"since" phrase or clause ran from that day; when the day is recent (a month or less before
the report) it runs up to the report's day, as the story's own ongoing event; an older one
("has kept troops there since 1992") is dated by the day it began, as a background fact.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from ..language import span_root
from ..records import Timex, TimeSpan
from .attribution_dates import sets_record
from .lexicon import SPEECH_VERBS
from .saying import saying_verb_over

RECENT = timedelta(days=31)


_UP = ("nsubj", "nsubjpass", "csubj", "dobj", "acl", "compound", "amod")
_IN = ("in", "during", "amid")  # the event the act of the verb was part of


def _clause_verb(tok: Any) -> Any:
    """The present perfect verb whose clause the trigger is: itself, or the verb it (or the
    noun it stands in) is subject or object of; else the trigger."""
    node = tok
    for _ in range(3):
        if _present_perfect(node):
            return node
        if node.dep_ == "pobj" and node.head.lower_ in _IN and node.head.head.i != node.i:
            node = node.head.head  # "20 people have been killed in clashes since Saturday"
            continue
        if node.dep_ not in _UP or node.head.i == node.i:
            break
        node = node.head
    return tok


def _present_perfect(verb: Any) -> bool:
    """"have been arrested"; or "had been arrested" in what a verb of saying reports ("police
    said 14 suspects had been arrested since Monday"), the present perfect told as reported
    speech."""
    if verb.tag_ != "VBN":
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(aux & {"has", "have"}) or ("had" in aux and _reported(verb))


def _reported(verb: Any) -> bool:
    return _reporting_verb(verb) is not None


def _reporting_verb(verb: Any) -> Any | None:
    """The verb of saying whose words the verb's clause is ("police said ... had been
    arrested"), if any."""
    node = verb
    for _ in range(3):
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in SPEECH_VERBS:
            return node.head
        if node.dep_ != "conj" or node.head.i == node.i:
            return None
        node = node.head
    return None


def _saying_day(tok: Any, timexes: list[Timex]) -> date | None:
    """"Police said on Monday that 14 suspects had been arrested since ...": the day of the
    verb of saying that reports the trigger's clause, where its own words give one."""
    if tok is None:
        return None
    said = _reporting_verb(_clause_verb(tok))
    if said is None:
        return None
    for t in timexes:
        if t.precision != "day" or t.start is None or t.start != t.end:
            continue
        root = span_root(tok.doc, t.span.start, t.span.end)
        head = None if root is None else saying_verb_over(root)
        if head is not None and head.i == said.i:
            return t.start
    return None


def since_timex(tok: Any, timexes: list[Timex]) -> Timex | None:
    """The day-, week- or month-level timex of a "since" phrase or clause on the trigger's present
    perfect verb ("has killed ... since it erupted on Sept. 17"), if any."""
    if tok is None:
        return None
    verb = _clause_verb(tok)
    if not _present_perfect(verb):
        return None
    # "has killed 12 people and driven 4,000 from their homes since it erupted": the
    # phrase may hang on a coordinated verb
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    if verb.dep_ == "conj":
        verbs.append(verb.head)
    # on its subject: "fighting around the town since Jan. 28 has displaced 20,000 people"
    verbs += [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    for v, c in ((v, c) for v in verbs for c in v.children):
        if c.lower_ == "since" and c.dep_ == "prep":
            if sets_record(v):
                continue  # ("the deadliest bombing since March": a record, `record_since`)
            nodes = list(c.subtree)
        elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since"
                                       for m in c.children):
            nodes = list(c.subtree)
        else:
            continue
        lo, hi = nodes[0].idx, nodes[-1].idx + len(nodes[-1])
        inside = [t for t in timexes if lo <= t.span.start and t.span.end <= hi
                  and t.type == "DATE" and t.start is not None
                  and t.precision in ("day", "week", "month", "year")]
        if inside:
            return inside[0]
    return None


def since_span(ts: TimeSpan, timex: Timex, anchor: date, tok: Any = None,
               timexes: list[Timex] = ()) -> TimeSpan:
    """`ts` (dated by the "since" timex) running on to the report's day when that day is
    recent; to the day of the saying that reports it, where that saying has a day of its own
    ("police said on Monday that 14 suspects had been arrested since March 1")."""
    if timex.start is None or ts.start is None \
            or not timedelta(0) <= anchor - timex.start <= RECENT:
        return ts
    said = _saying_day(tok, timexes)
    end = said if said is not None and timex.start <= said <= anchor else anchor
    return replace(ts, end=end)
