"""Dates an event borrows from a clause next to it when it has none of its own.

- "Police arrested 40 students who had gathered outside parliament on Tuesday": people
  arrested, dispersed or beaten where they had gathered were acted on at that gathering, so
  the act takes the gathering's day (unlike "released villagers who were kidnapped last
  month", whose relative clause tells another, earlier act).
- "Qatar is mediating between the two sides, an official said on Monday": what a speaker
  tells in the present tense was going on when it was said, so it takes the saying's day.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from ..geo.place_parse import ATTRIBUTION_VERBS
from ..records import TimeSpan
from .lexicon import lemma
from .object_dates import PUBLISHED
from .syntax import which_clause

# verbs of people coming together at a place (the relative clause of an act's targets)
GATHER_VERBS = frozenset(("gather", "assemble", "protest", "demonstrate", "march", "rally",
                          "congregate", "converge", "camp", "mass", "stage", "hold"))
# verbs of going after people (the relative clause of an act's doers: the act is done then)
PURSUIT_VERBS = frozenset(("pursue", "chase", "hunt", "track", "follow"))
# verbs of saying whose clause is a report of an act (the attribution verbs, less "report")
SPEECH_VERBS = ATTRIBUTION_VERBS - {"report"}
_PRESENT = ("VBZ", "VBP")
# adverbs of a habit (not modality.STANCE_ADVERBS, a stance held over time: that set has
# "repeatedly" and "consistently" and lacks "usually", "sometimes", "never"...)
HABITUAL = frozenset(("often", "usually", "regularly", "routinely", "frequently", "always",
                      "typically", "sometimes", "generally", "normally", "rarely", "never",
                      "commonly", "habitually"))


def _people_of(arg: Any) -> list[Any]:
    """The noun and, for "dozens of workers", the people it counts."""
    return [arg] + [g for c in arg.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"]


def gathering_day(tok: Any, time_of: Callable[..., TimeSpan]) -> TimeSpan | None:
    """The day of the gathering told in a relative clause on the act's object or subject, or
    on the object of its purpose clause ("fired tear gas to disperse crowds who gathered ...
    on Tuesday"); or of the pursuit told in one on its doers ("Troops who pursued the
    attackers on Tuesday killed 12 of them": they killed them in that pursuit)."""
    verbs = [tok] + [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    for arg in (a for v in verbs for a in v.children):
        if arg.dep_ not in ("dobj", "nsubjpass", "nsubj"):
            continue
        told = GATHER_VERBS if arg.dep_ != "nsubj" else PURSUIT_VERBS
        for noun in _people_of(arg):
            for rel in noun.children:
                if rel.dep_ == "relcl" and lemma(rel) in told:
                    ts = time_of(rel)
                    if ts.start is not None and ts.precision == "day":
                        return ts
    return None


def _present(node: Any) -> bool:
    """"mediates", "is mediating" (not "has mediated", a past act)."""
    return node.tag_ in _PRESENT or node.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in _PRESENT and c.lemma_.lower() == "be"
        for c in node.children)


# words that make a present perfect a tally over a stretch of time, not one act
_TALLY = frozenset(("since", "over", "throughout", "during", "so", "already", "repeatedly",
                    "ever", "far", "year", "years", "months", "weeks", "recently"))


def _present_perfect(node: Any) -> bool:
    """"has sent 300 troops" (not "have arrested 90 people since May", a tally)."""
    return node.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.tag_ in _PRESENT and c.lemma_.lower() == "have"
        for c in node.children) and not any(
        c.lower_ in _TALLY for c in node.children if c.dep_ in ("prep", "advmod", "npadvmod"))


def reported_present(tok: Any, perfect: bool = False) -> Any | None:
    """The speech verb whose report the trigger's clause, in the present tense, is
    ("Qatar is mediating ..., an official said"), or with `perfect` in the present perfect
    ("Ghana has sent troops to the border, the army said"); None otherwise."""
    verb = tok.head if tok.dep_ == "attr" else tok  # "is mediating" read as a noun
    if perfect and tok.dep_ == "dobj" and tok.pos_ == "NOUN":
        verb = tok.head  # "has imposed a curfew"
    if not (_present(verb) or perfect and _present_perfect(verb)) or any(
            c.dep_ == "advmod" and c.lower_ in HABITUAL for c in verb.children):
        return None  # "the Taliban often recruit fighters": what they do, not an event
    node = verb
    while node.dep_ == "xcomp" and node.head.i != node.i:
        node = node.head
    # said in the past ("officials said"), not a headline's "..., residents say", whose
    # present tells a past event
    if node.dep_ != "ccomp" or node.head.lemma_.lower() not in SPEECH_VERBS \
            or node.head.tag_ != "VBD":
        return None
    return node.head


def _reported_progressive(tok: Any) -> Any | None:
    """"announced late on Tuesday that the government was suspending peace talks": the
    present of what was said, moved into the past tense by the saying, was going on when it
    was said; the verb of saying, else None."""
    verb = tok.head if tok.dep_ == "attr" else tok
    if verb.tag_ != "VBG" or not any(c.dep_ == "aux" and c.tag_ == "VBD"
                                     and c.lemma_.lower() == "be" for c in verb.children):
        return None
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH_VERBS \
            or verb.head.tag_ != "VBD":
        return None
    return verb.head


def speech_day(tok: Any, time_of: Callable[..., TimeSpan],
               perfect: bool = False) -> TimeSpan | None:
    """The day of the saying when the trigger's clause, in the present tense, is what a
    speech verb with a date of its own reports; with `perfect`, an act it tells in the
    present perfect ("has sent 300 troops to the border, the army said on Monday") is dated
    to that day too (late, once the later sentences have had their say: "have released the
    captives, officials said on Tuesday. They walked out of the forest on Monday")."""
    verb = reported_present(tok, perfect=perfect) or _reported_progressive(tok)
    if verb is None:
        return None
    ts = time_of(verb)
    return ts if ts.start is not None and ts.precision == "day" else None


def _dated_relative(tok: Any, time_of: Callable[..., TimeSpan]) -> bool:
    """The trigger's object is described by a relative clause with a date of its own ("shot
    dead two men who had robbed a bank on Monday")."""
    return any(rel.dep_ == "relcl" and time_of(rel).start is not None
               for arg in tok.children if arg.dep_ in ("dobj", "nsubjpass")
               for rel in arg.children)


def told_day_past_relative(tok: Any, time_of: Callable[..., TimeSpan]) -> TimeSpan | None:
    """"Police shot dead two men who had robbed a bank on Friday, a spokesman said on
    Sunday": the date is the robbery's; the shooting, told by a dated saying, takes the
    saying's day (the day the report tells), not the relative clause's."""
    if tok.tag_ != "VBD" or tok.dep_ != "ccomp" or lemma(tok.head) not in SPEECH_VERBS \
            or tok.head.tag_ != "VBD" or not _dated_relative(tok, time_of):
        return None
    ts = time_of(tok.head)
    return ts if ts.start is not None and ts.precision == "day" else None


# "an attack in December 2023 ..., in which 20 people were killed": the relative words that
# make a clause tell what happened in the course of an event named before it
_OCCASION_PREPS = frozenset(("in", "during", "amid"))


def _occasion_clause(tok: Any) -> bool:
    """The trigger's clause is a relative clause opened by "in which" / "during which"."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return which_clause(node, _OCCASION_PREPS)


def occasion_day(d: Any, drafts: list[Any]) -> TimeSpan | None:
    """The date of the event named last before an undated "in which ..." clause of its
    sentence ("carried out an attack in December 2023 near X, close to the border, in which
    20 people were killed": the killing was in December 2023, whatever noun the parse hangs
    the clause on)."""
    tok = d.trigger.token
    if not _occasion_clause(tok):
        return None
    sent = tok.sent
    before = [o for o in drafts if o is not d and o.trigger.token.sent.start == sent.start
              and o.trigger.start < d.trigger.start and o.time is not None
              and o.time.start is not None]
    if not before:
        return None
    return max(before, key=lambda o: o.trigger.start).time


# a part of the night or early morning with no day named: "before dawn", "in the early hours"
_DAWN = re.compile(r"\b(?:(?:before|at|around|near|just\s+after|shortly\s+(?:before|after))\s+"
                   r"(?:dawn|daybreak|first\s+light)|in\s+the\s+(?:early|small|wee)\s+"
                   r"(?:morning\s+)?hours)\b(?!\s+of\b)", re.I)


def dawn_day(tok: Any, time_of: Callable[..., TimeSpan], anchor: Any) -> TimeSpan | None:
    """"Gunmen killed four farmers in the early hours, police said on Tuesday": an act told
    in the past with only "before dawn" / "in the early hours" to date it, and no earlier
    sentence that names a day, happened in the early hours of the day it was told: the day of
    the sentence's dated saying, else the publication date (not an in-text date, which may be
    any day an encyclopedia article names)."""
    if tok.tag_ not in ("VBD", "VBN") and tok.pos_ != "NOUN":
        return None
    m = _DAWN.search(tok.sent.text)
    if m is None:
        return None
    for w in tok.sent:
        if lemma(w) in SPEECH_VERBS and w.tag_ == "VBD":
            ts = time_of(w)
            if ts.start is not None and ts.precision == "day" and ts.start == ts.end:
                return TimeSpan(ts.start, ts.end, "day", text=m.group(0), anchor=ts.anchor,
                                fallback=f"{m.group(0)!r} with no day: the day it was told")
    if anchor is None or anchor.source not in PUBLISHED:
        return None
    return TimeSpan(anchor.date, anchor.date, "day", text=m.group(0), anchor=anchor.describe(),
                    fallback=f"{m.group(0)!r} with no day: the day of the report")
