"""How two mentions of one sentence are tied (used by `merge.merge_sentence`): one is the
subject of the other's verb, frames it ("in an attack", a "when" clause), tells its outcome in
a participle, or is coordinated with it as one operation; or each has a day of its own."""

from __future__ import annotations

from .act_kinds import _abduction, when_on_day
from .draft import Draft, _place_ok, time_ok, toll_after
from .merge_words import OPERATION_TYPES


def _tied_elsewhere(a: Draft, b: Draft, live: list[Draft]) -> bool:
    """"Gunmen shot dead the mayor ..., and a landmine blast killed three policemen": an event
    noun that is the subject of another act of the sentence is that act's."""
    return b.trigger.token.pos_ == "NOUN" and not _subject_of(a, b) and any(
        c is not a and c is not b and not c.absorbed and _subject_of(c, b) for c in live)


def _own_days(a: Draft, b: Draft) -> bool:
    """Two acts of one sentence dated by time words of their own to days that do not
    overlap ("intercepted a missile fired late on Wednesday, and warplanes struck the port
    early on Thursday"): two events, unless one is the other's outcome or frame."""
    ta, tb = a.time, b.time
    if ta is None or tb is None or not ta.evidence or not tb.evidence or time_ok(ta, tb):
        return False
    if ta.evidence[0].start == tb.evidence[0].start:
        return False
    return not (_framed_by(a, b) or _framed_by(b, a) or _participle_outcome(a, b)
                or _participle_outcome(b, a) or _subject_of(a, b) or _subject_of(b, a))


def _participle_outcome(a: Draft, b: Draft) -> bool:
    """"A missile struck a residential building, killing eight people": a participle clause
    with no subject of its own, hung on the verb of an attack, tells what that attack did
    (one event, its targets both the building and the people)."""
    tb = b.trigger.token
    # ("The clashes lasted three days, killing two constables": hung on the verb the event
    # noun is the subject of)
    hosts = {tb.head.i} | {c.i for c in tb.head.children if c.dep_ == "nsubj"}
    return (tb.dep_ == "advcl" and tb.tag_ == "VBG"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tb.children)
            and any(m.token.i in hosts for m in (a.trigger, *a.mentions)))


def _framed_by(a: Draft, b: Draft) -> bool:
    """"Gunmen killed 12 villagers in an attack on a market": an event noun in an "in /
    during" phrase on the other trigger is the event that act was part of, whatever each
    names as its target; so is a "when" clause on it ("four workers were killed when their
    car hit a roadside bomb")."""
    ta, tb = a.trigger.token, b.trigger.token
    for outer, inner in ((ta, tb), (tb, ta)):
        if (inner.dep_ == "pobj" and inner.head.lower_ in ("in", "during")
                and inner.head.head.i == outer.i and inner.pos_ == "NOUN"):
            return True
        # ("12 were killed and dozens wounded when a bomb exploded": the parser hangs the
        # clause on the verb coordinated with the trigger, and it frames both)
        host = inner.head.head if inner.head.dep_ == "conj" and inner.head.pos_ == "VERB" else (
            inner.head)
        if any(c.dep_ in ("mark", "advmod") and c.lower_ == "when" for c in inner.children) and (
                inner.dep_ == "advcl" and outer.i in (inner.head.i, host.i)
                or when_on_day(inner, outer)) or toll_after(outer, inner):
            return True
    return _dispersal_frame(a, b) or _dispersal_frame(b, a)


def _dispersal_frame(outer: Draft, inner: Draft) -> bool:
    """"Two men were shot dead as police broke up the march": a clause of a force breaking up
    a protest ("as", "while", "when") on a killing tells the operation it was done in."""
    ti, to = inner.trigger.token, outer.trigger.token
    return (inner.typed.acled == "Protest with intervention" and ti.dep_ == "advcl"
            and ti.head.i == to.i and any(c.dep_ == "mark" and c.lower_ in ("as", "while", "when")
                                          for c in ti.children))


def _subject_of(a: Draft, b: Draft) -> bool:
    """"The attack on the police station killed two officers": an event noun that is the
    subject of the other trigger is the event that verb tells the outcome of, whatever each
    names as its target."""
    ta, tb = a.trigger.token, b.trigger.token
    # (a gerund subject is an event noun too: "Fighting between ... has killed 27 people")
    return any((n.pos_ == "NOUN" or n.tag_ == "VBG") and n.dep_ == "nsubj" and n.head.i == v.i
               and v.pos_ == "VERB" for n, v in ((ta, tb), (tb, ta)))


def _coordinated_acts(a: Draft, b: Draft) -> bool:
    """"arrested a weapons dealer and detained several suspects": two verbs of one subject,
    coordinated, doing one kind of operation to different people, are one operation; so are
    a verb and the verb of a clause already folded into the other event ("an attack that
    killed four soldiers and wounded five policemen")."""
    tb = b.trigger.token
    if a.typed.plover not in OPERATION_TYPES or tb.pos_ != "VERB":
        return False
    if _abduction(a) != _abduction(b):
        return False  # "shot dead two guards and kidnapped the manager": two incident kinds
    for ta in (m.token for m in (a.trigger, *a.mentions) if m.token.sent == tb.sent):
        if ta.pos_ != "VERB" or ta.i == tb.i:
            continue
        first, second = (ta, tb) if ta.i < tb.i else (tb, ta)
        if (second.dep_ == "conj" and second.head.i == first.i
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children)
                and _place_ok(a.local_place(), b.local_place())):
            return True
    return False
