"""When an undated reaction was made: "Amnesty International condemned the killings" in a
report whose main event happened two days before it was published. The text says only that
the statement came after the event it reacts to and before the report, so its date is that
interval, from the day of the document's main event to the anchor date, rather than the
anchor date alone (which would claim the report's day as the day it was said).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any, Callable

from ..geo.place_parse import ATTRIBUTION_VERBS
from ..records import TimeSpan
from ..time.told_day import BORROWED_FALLBACK
from .draft import Draft
from .foreign_times import OCCASION_NOUNS

ANCHOR_FALLBACK = "no date in the text: a reported statement"
ANNOUNCED_FALLBACK = "no date in the text: an act announced as done, dated by the saying"
MAX_DAYS = 7  # a reaction reported more than a week after the event is another story's
# verbs whose clause is what was said: "warned that ...", "reported that ..."
_SAYING = ATTRIBUTION_VERBS | {"warn", "urge", "call", "add", "insist", "stress", "describe",
                               "accuse", "condemn", "claim", "write", "declare", "deny"}
# "condemned the attack on Friday, saying it was ready to help": the participle that tells
# what the dated act said
_SAYING_PARTICIPLES = frozenset(("saying", "adding", "stressing", "insisting", "warning",
                                 "noting", "arguing", "declaring"))


def saying_day(tok: Any, time_of: Callable[..., Any]) -> Any:
    """The day of the dated saying a statement with no date of its own is part of: what a
    dated verb of saying reports ("the ministry said on Tuesday the sanctions were
    blackmail and rejected its ultimatums", "state media reported on Wednesday that a
    spokesman had called the gunfire a provocation"), a verb of the same speaker joined to
    one ("condemned the attack on Friday and said Washington stood with the region"), or
    what a participle of saying on one tells ("..., saying it was ready to cooperate").
    None where no such verb carries a day of its own."""
    cur = tok
    for _ in range(6):
        head = cur.head
        if head.i == cur.i:
            return None
        if cur.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            # the same speaker's next verb; "said on Wednesday that enemies were trying to
            # exploit them, and promised aid": a past tense cannot go on from "were trying",
            # so the verb is the speaker's, hung by the parser on the reported clause
            speaker = _speaker_of_misjoined(cur)
            if speaker is not None:
                head = speaker
        elif cur.dep_ == "ccomp" and _occasion_participle(head):
            # "said in an audio message posted on Wednesday that they rejected it": the
            # parser hangs what was said on the message's participle, which dates it
            ts = time_of(head)
            return ts if ts.start is not None and ts.precision == "day" and (
                ts.start == ts.end) else None
        elif cur.dep_ == "ccomp" and head.lemma_.lower() in _SAYING or cur.dep_ in (
                "xcomp", "acomp"):
            pass  # what a verb of saying reports; "was ready to cooperate"
        elif cur.dep_ in ("advcl", "xcomp") and cur.lower_ in _SAYING_PARTICIPLES:
            pass
        else:
            return None
        cur = head
        if cur.tag_ == "VBG" and cur.lower_ in _SAYING_PARTICIPLES and tok.tag_ in ("VBP", "VBZ"):
            continue  # "..., the office said, adding: 'We call on ...'": what it adds in the
            # present is not dated by the act the saying reported, the day "adding" borrows
        if cur.pos_ in ("VERB", "AUX") and cur.tag_ in ("VBD", "VBZ", "VBP", "VBG"):
            ts = time_of(cur)
            if ts.start is not None and ts.precision == "day" and ts.start == ts.end \
                    and not _told_inside(ts, tok):
                return ts
    return None


def _told_inside(ts: Any, tok: Any) -> bool:
    """The day a joined verb borrows is told inside the statement itself ("... would be freed
    when conditions allow and accused the army of bombing villages on Monday", parsed with
    "accused" joined to "allow": Monday is the bombing's, not the saying's)."""
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    return bool(ts.evidence) and all(lo <= ev.start and ev.end <= hi for ev in ts.evidence)


def _speaker_of_misjoined(verb: Any) -> Any:
    """The verb of saying a subjectless past-tense verb, joined to a progressive with a subject
    of its own inside what was said, belongs to ("said that enemies were trying to exploit
    them, and promised aid"); None when the verb is not so joined."""
    head = verb.head
    if verb.tag_ != "VBD" or head.tag_ != "VBG" or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return None
    return next((a for a in head.ancestors if a.tag_ == "VBD" and a.i < head.i
                 and a.lemma_.lower() in _SAYING), None)


def _occasion_participle(tok: Any) -> bool:
    """"(in) a message posted", "a statement issued": a participle on the noun of the words a
    statement is made in."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.lemma_.lower() in OCCASION_NOUNS


def main_event_day(drafts: list[Draft], statement_types: set[str],
                   anchor: date | None) -> date | None:
    """The day of the first event told (in text order) that is not itself a statement and
    that the text dates to a day, when that day is in the week before the anchor date (none
    without an anchor). Of a stretch of days, the last: what reacts to it came after it
    ("signed on Wednesday after two days of talks": Wednesday, not the talks' first day)."""
    if anchor is None:
        return None
    for d in sorted(drafts, key=lambda d: d.trigger.start):
        t = d.time
        if d.modality != "asserted" or d.typed.plover in statement_types or t is None \
                or t.start is None or t.precision != "day" or (t.fallback or "").startswith(
                    ANCHOR_FALLBACK):
            continue
        day = t.end or t.start
        return day if 0 < (anchor - day).days <= MAX_DAYS else None
    return None


_FIRST_PERSON = frozenset(("i", "we"))


def made_in_the_text(tok: Any) -> bool:
    """A statement the text itself makes, in the present: a release's own voice ("The
    ministry condemns this act and calls on citizens to report ...", no verb in the past
    above it) or a speaker's own words ("We call on the remaining members to surrender").
    It is made on the day the text is, not at some time after the event it follows."""
    if tok.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in tok.children):
        return True
    return not any(a.tag_ in ("VBD", "VBN") for a in tok.ancestors)


def date_undated_statements(drafts: list[Draft], statement_types: set[str],
                            anchor: date | None) -> None:
    """Statements dated only by the anchor take the interval from the main event's day to it;
    not one the text makes itself (`made_in_the_text`)."""
    day = main_event_day(drafts, statement_types, anchor)
    if day is None:
        return
    for d in drafts:
        t = d.time
        if d.modality == "asserted" and d.typed.plover in statement_types and t is not None \
                and (t.fallback or "").startswith(ANCHOR_FALLBACK) and t.start == anchor \
                and not made_in_the_text(d.trigger.token):
            d.time = replace(t, start=day, fallback=t.fallback + f"; said after the main "
                                                               f"event of {day.isoformat()}")


REPORTED_FALLBACK = "no date in the text: an act a dated report says had happened"


def _reporting_verb(tok: Any) -> Any:
    """The verb of saying whose report holds the trigger, an act in the past perfect ("the
    minister said that 44 people had been detained", "police said they had arrested one
    man"); None otherwise."""
    if tok.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ in ("had", "'d")
                                    for c in tok.children):
        return None  # the past perfect: before the report, after the story's main event
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            return None
        if cur.dep_ == "ccomp":
            return cur.head if cur.head.lemma_.lower() in ATTRIBUTION_VERBS else None
        if cur.dep_ not in ("conj",):
            return None
        cur = cur.head
    return None


# "27 people had been arrested ... in the clashes": arrests made in the event told, on its day
_DURING_EVENT = re.compile(r"\b(?:in|during|amid|at)\s+the\s+(?:clash(?:es)?|protests?|riots?|"
                           r"unrest|"
                           r"violence|fighting|raids?|operation|demonstrations?|crackdown|"
                           r"rally|march|scene)\b", re.I)
# an arrest in the inquiry into an act, not one made in it: "arrested three suspects",
# "detained four men over the killing", "on suspicion of helping the attackers"
_INQUIRY = re.compile(r"\b(?:suspects?|over\s+the|in\s+connection\s+with|linked\s+to|"
                      r"on\s+suspicion\s+of|suspected\s+of|for\s+(?:their|his|her)\s+"
                      r"(?:role|part|involvement)\s+in)\b", re.I)


def _said_after(tok: Any) -> Any:
    """"Police have arrested three suspects, a spokesman said": an arrest in the perfect with
    the saying after it; the verb of saying, else None."""
    if tok.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ in ("had", "'d", "has", "have")
                                    for c in tok.children):
        return None
    if tok.dep_ == "ccomp" and tok.head.i > tok.i and tok.head.lemma_.lower() in ATTRIBUTION_VERBS:
        return tok.head
    return next((c for c in tok.children if c.dep_ in ("parataxis", "ccomp") and c.i > tok.i
                 and c.lemma_.lower() in ATTRIBUTION_VERBS), None)


def _said_day(verb: Any, timexes: Any) -> date | None:
    """The day the saying is dated to ("said on Sunday that ...", "said in a televised address
    on Sunday that ..."), if a timex hangs on it, or on the words it was said in."""
    for t in timexes or ():
        if t.start is None or t.end is None or t.start != t.end:
            continue
        node = next((w for w in verb.doc if w.idx <= t.span.start < w.idx + len(w)), None)
        if node is not None and any(a.i == verb.i for a in list(node.ancestors)[:3]):
            return t.start
        up = list(node.ancestors)[:5] if node is not None else []
        # "said in a televised address on Sunday": through the noun of the occasion only
        if verb in up and all(a.dep_ in ("prep", "pobj") or a.lemma_.lower() in OCCASION_NOUNS
                              for a in up[:up.index(verb)]):
            return t.start
    return None


# acts announced as done: "the army said on Sunday it had deployed two battalions to the town"
# tells the deployment as that day's news, dated to the saying, where a count of arrests told
# the same way is a tally of the days since the main event
ANNOUNCED_TYPES = frozenset(("MOBILIZE",))


def date_undated_reported_acts(drafts: list[Draft], statement_types: set[str],
                               anchor: date | None, timexes: Any = ()) -> None:
    """An act with no date of its own that a report says had happened ("the interior
    minister said on Sunday that 44 people had been detained") happened after the day of
    the document's main event and by the report: the interval from that day to the day the
    saying is dated to (`timexes`), else the anchor date, as an undated statement's
    (`date_undated_statements`). Not an attack: one side's word that the other had fired
    is a claim of its own, dated only where the text dates it."""
    day = main_event_day(drafts, statement_types, anchor)
    if day is None:
        return
    for d in drafts:
        t = d.time
        # an arrest told with no date of its own ("police said they had arrested one man over
        # the assault") may have lent the day of the sentences before: it is no more its own
        sent = d.trigger.token.sent.text
        followup = d.typed.plover == "COERCE" and bool(_INQUIRY.search(sent)) and not (
            _DURING_EVENT.search(sent))
        borrowed = followup and t is not None and (t.fallback or "").startswith(BORROWED_FALLBACK)
        after = _said_after(d.trigger.token) if followup else None
        if followup and t is not None and t.start is not None and not borrowed:
            # "police have arrested three suspects, a spokesman said on Thursday": the day of
            # the saying is the last the arrest can have been, not its day
            borrowed = after is not None and t.start == t.end == _said_day(after, timexes)
        if d.modality != "asserted" or d.typed.plover in statement_types \
                or d.typed.plover == "ASSAULT" or (t is not None and t.start is not None
                                                   and not borrowed):
            continue  # (an attack a side says the other had carried out is a claim apart)
        verb = _reporting_verb(d.trigger.token) or after
        if verb is None:
            continue
        said = _said_day(verb, timexes)
        end = said or anchor
        if said is not None and d.typed.plover in ANNOUNCED_TYPES and (
                t is None or t.start is None):
            d.time = TimeSpan(said, said, "day", text=None, fallback=ANNOUNCED_FALLBACK)
            continue
        if end < day:
            continue
        d.time = TimeSpan(day, end, "day", text=None, fallback=REPORTED_FALLBACK
                          + f": from the main event of {day.isoformat()} to the report")


# "had arrested 23 people by Tuesday morning": done at some time up to that day, not on it
_BY = re.compile(r"\bby\s+$", re.I)


def date_acts_done_by(drafts: list[Draft], statement_types: set[str],
                      anchor: date | None) -> None:
    """An act told in the perfect with "by" a day ("By Tuesday morning, police had arrested
    23 people") was done at some time from the story's main event up to that day: the
    interval from the main event's day (`main_event_day`) to it. Not "by Tuesday's blast"
    (the day of the act's cause)."""
    day = main_event_day(drafts, statement_types, anchor)
    if day is None:
        return
    for d in drafts:
        t, tok = d.time, d.trigger.token
        if d.modality != "asserted" or d.typed.plover in statement_types or t is None \
                or t.start is None or t.start != t.end or not t.evidence or not day < t.start:
            continue
        if not any(c.dep_ == "aux" and c.lower_ in ("had", "'d", "has", "have")
                   for c in tok.children):
            continue
        text, ev = tok.doc.text, t.evidence[0]
        if _BY.search(text, max(0, ev.start - 8), ev.start) and not re.match(
                r"['’]s\b", text[ev.end:ev.end + 2]):
            d.time = replace(t, start=day, fallback=f"done by {t.start.isoformat()}, after the "
                                                    f"main event of {day.isoformat()}")
