"""`Draft`, an event under construction, and the comparisons between two drafts that
merging rests on: how many sentences apart they are, whether their dates and places can be
the same ("nothing contradicts"), whether their targets are unnamed people, conflict or
are shared, and which side of a fight their participants are on.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from ..language import span_root
from ..records import Claim, Participant, Place, Quantity, Span, TimeSpan
from ..time.lexicon import SPEECH_VERBS
from ..time.saying import saying_verb_over
from .detect import Trigger
from .lexicon import load_lexicon
from .lexicon import lemma as _lemma
from .lexicon import strip_plural
from .merge_words import (NON_STATE_PEOPLE, NON_STATE_SECTORS, PRECISION_RANK, SEQUENCE_WORDS,
                          STATE_GROUP_WORDS, STATE_SECTORS, SUB_COUNTRY)
from .participant_mapper import participant_key, participant_keys
from .typing import Typed


@dataclass
class Draft:
    """An event under construction (mutable), one or more mentions."""

    trigger: Trigger
    sent: Any  # spaCy sentence Span
    typed: Typed
    actors: list[Participant] = field(default_factory=list)
    targets: list[Participant] = field(default_factory=list)
    weapons: list[Participant] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    modality: str = "asserted"
    time: TimeSpan | None = None
    location: Place | None = None
    evidence: list[Span] = field(default_factory=list)
    mentions: list[Trigger] = field(default_factory=list)
    anaphoric: bool = False
    light: bool = False  # an operation word that is the object of "launch", "carry out"...
    reference: bool = False  # a noun in a time adjunct ("during the talks"): refers back
    new_event: bool = False
    absorbed: bool = False
    reference_anchor: bool = False  # "during the operation": a later mention of the same event
    count_relations: dict = field(default_factory=dict)  # evidence -> relation, set by a toll
    # set by `absorb`: the ACLED sub-types of this draft's mention and of those folded into it
    folded_acled: set[str] = field(default_factory=set)
    # set by `absorb`: one of those mentions, not negated, kills or wounds ("killed the driver")
    harm_told: bool = False

    @property
    def generic(self) -> bool:
        return self.trigger.entry.generic

    @property
    def flexible(self) -> bool:
        return self.typed.flexible or self.generic

    def local_place(self) -> Place | None:
        """The place, if the words naming it are in this event's sentences (a place the
        geocoder fell back to from elsewhere in the document does not block a merge)."""
        if self.location is None or not self.location.evidence:
            return None
        bounds = [(s.start, s.end) for s in self.evidence]
        for ev in self.location.evidence:
            if any(a <= ev.start and ev.end <= b for a, b in bounds):
                return self.location
        return None

    def fold_purpose(self, purpose: Draft) -> None:
        """Take in the mention of a purpose clause that names no act of its own ("operations
        ... to combat the cells", "fired tear gas to disperse the crowd"): its words as a
        mention and evidence, its targets where this names none."""
        if not self.targets:
            self.targets = list(purpose.targets)
        self.mentions.append(purpose.trigger)
        self.evidence += [x for x in purpose.evidence if x not in self.evidence]
        purpose.absorbed = True

    def participants(self) -> set[str]:
        keys: set[str] = set()
        for p in self.actors + self.targets:
            keys |= participant_key(p)
        return keys


# the last document `_sent_distance` read and the first token of each of its sentences:
# merging compares many pairs of drafts of one document, and walking `doc.sents` for each
# pair was 2-3% of the pipeline's time
_SENT_STARTS: list[Any] = [None, []]


def _sent_distance(e: Draft, d: Draft) -> int:
    """Sentences between the last sentence of `e` and the sentence of `d`."""
    doc = d.sent.doc
    if _SENT_STARTS[0] is not doc:
        _SENT_STARTS[:] = [doc, [s.start for s in doc.sents]]
    starts = _SENT_STARTS[1]
    last = max([e.sent.start] + [m.token.sent.start for m in e.mentions])
    # sentence starts s with last < s <= d.sent.start
    return bisect_right(starts, d.sent.start) - bisect_right(starts, last)


STRETCH_DAYS = 7


def time_ok(a: TimeSpan | None, b: TimeSpan | None) -> bool:
    """Whether two mentions' times can be one event's: their spans overlap. Two days must
    overlap; so must a day and a month, week or year the text tells ("fighting intensified
    in September ... soldiers burned our houses on Sunday" in October; "in March 2025,
    gunmen killed 44" is not the attack of last Monday). A time the record fell back to (no
    words of its own) or of unknown extent says nothing against, nor does a month or year
    that would come after the day."""
    if a is None or b is None or a.start is None or b.start is None:
        return True
    a_end, b_end = a.end or a.start, b.end or b.start
    if a.precision == b.precision == "day":
        # "fighting since Jan. 28 has displaced 20,000" is a stretch of weeks that holds the
        # air strike of Sunday, not the strike: one told day and a told stretch of a week or
        # more beginning before it are two events
        if a.text and b.text and ((a_end - a.start).days >= STRETCH_DAYS) != (
                (b_end - b.start).days >= STRETCH_DAYS) and a.start != b.start:
            return False
        return a.start <= b_end and b.start <= a_end
    if a.fallback or b.fallback or "unknown" in (a.precision, b.precision) or not (
            a.text and b.text):
        return True
    # a month after the day told ("detained yesterday ... a murder found in March") is more
    # often a month of the year before, read forward, than a later act
    later = b if b.start > a_end else a if a.start > b_end else None
    return later is None or (later.precision != "day" and "day" in (a.precision, b.precision))


def times_ok(e: Draft, d: Draft) -> bool:
    """`time_ok` for two drafts, where a day set against a month, week or year is the day a
    statement was made ("the UN said on Wednesday, as fighting elsewhere forced thousands
    from their homes"), not of the act told: that day says nothing against."""
    a, b = e.time, d.time
    if time_ok(a, b):
        return True
    assert a is not None and b is not None
    if a.precision == b.precision == "day":
        return _said_of_the_act(e) or _said_of_the_act(d)
    return _said_day(a, e.sent.doc) or _said_day(b, d.sent.doc)


def _said_of_the_act(d: Draft) -> bool:
    """"The group claimed the attack on Wednesday", "police confirmed the kidnapping on
    Monday": an act named by a definite noun as what a statement speaks of; the day dates the
    statement, not the act, so it says nothing against the day the act was told with."""
    tok = d.trigger.token
    if tok.pos_ != "NOUN" or d.time is None or not any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
            for c in tok.children):
        return False
    return _said_day(d.time, d.sent.doc) and tok.head.pos_ == "VERB" and (
        _lemma(tok.head) in SPEECH_VERBS)


def _said_day(t: TimeSpan, doc: Any) -> bool:
    """The time's words date a verb of saying ("said on Wednesday")."""
    if t.precision != "day" or not t.evidence:
        return False
    ev = t.evidence[0]
    tok = span_root(doc, ev.start, ev.end)
    return tok is not None and saying_verb_over(tok) is not None


def finer_time(a: TimeSpan | None, b: TimeSpan | None) -> bool:
    """b is an exact day inside a's vaguer span ("kidnapped last month ... The villagers were
    abducted on Aug. 22"): the later, explicit date of the same event is the better one."""
    # (or a span of three days or more: "arrested earlier this week ... detained on Tuesday";
    # not "overnight Friday into Saturday", a night of two days)
    return (a is not None and b is not None and a.start is not None and b.start is not None
            and b.precision == "day" and (b.end or b.start) == b.start and (
                a.precision == "month" or ((a.end or a.start) - a.start).days >= 2)
            and a.start <= b.start and (b.end or b.start) <= (a.end or a.start)
            and not _same_words(a, b))


def _same_words(a: TimeSpan, b: TimeSpan) -> bool:
    """b's day is read from the very words that open a's span ("have abducted 12 farmers
    since Friday in a string of raids": the raids' "Friday" is the start of the abductions'
    days, not a finer date of them)."""
    told = {(s.start, s.end) for s in a.evidence}
    return bool(b.evidence) and all((s.start, s.end) in told for s in b.evidence)


def same_measure(e: Draft, d: Draft) -> bool:
    """"imposed a curfew on Thursday ... The ministry ordered a curfew from 9 p.m.": a
    measure of state (a curfew, a deployment; no arrest or attack) named again by the same
    word, both told as done, on the same stated day, in places that agree, is that one measure,
    whichever author (the state, a ministry, the troops) each sentence names."""
    a, b = e.time, d.time
    return (e.typed.plover == d.typed.plover and e.typed.plover in ("COERCE", "MOBILIZE")
            and e.typed.acled is None and d.typed.acled is None
            and e.modality == d.modality == "asserted"
            and _lemma(e.trigger.token) == _lemma(d.trigger.token)
            and a is not None and b is not None and bool(a.evidence) and bool(b.evidence)
            and a.precision == b.precision == "day" and a.start is not None
            and a.start == b.start and _place_ok(e.local_place(), d.local_place()))


def _place_ok(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.precision not in SUB_COUNTRY or b.precision not in SUB_COUNTRY:
        return True  # a country named in passing ("US military") is weak evidence
    if a.country and b.country and a.country != b.country:
        return False
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return False
    if (a.precision in ("city", "point") and b.precision in ("city", "point")
            and a.name.lower() != b.name.lower()):
        return False
    return True


def _unnamed_people(d: Draft) -> bool:
    """All targets are unnamed people ("suspects", "several individuals", "insurgents",
    "several individuals suspected of involvement with insurgent activity")."""
    lex = load_lexicon()
    for p in d.targets:
        head = strip_plural(_head_word(p, d.sent.doc))
        if p.kb_id or not (lex.in_class(head, "person") or lex.in_class(head, "armed")
                           or head in ("suspect", "individual", "detainee")):
            return False
    return bool(d.targets)


def _head_word(p: Participant, doc: Any) -> str:
    """The lower-case head word of a participant's words: the lemma of the root of its
    evidence span where the parse has one ("individual" of "individuals suspected of ...
    activity", "man" of "men"), else its name's last word."""
    if p.evidence and doc is not None:
        ev = p.evidence[0]
        root = span_root(doc, ev.start, ev.end)
        if root is not None and root.pos_ in ("NOUN", "PROPN", "PRON"):
            return _lemma(root)
    return p.name.lower().split()[-1] if p.name else ""


def _targets_conflict(a: Draft, b: Draft) -> bool:
    if (a.typed.plover == b.typed.plover == "COERCE" and a.typed.acled == b.typed.acled
            and _unnamed_people(a) and _unnamed_people(b)):
        return False  # two descriptions of the people detained in one raid
    ka = participant_keys(a.targets)
    kb = participant_keys(b.targets)
    return bool(ka and kb and not ka & kb)


def participant_words(p: Participant) -> set[str]:
    """The words of a participant's name and mentions, lower-cased, with plurals' singulars."""
    words = {w.lower().rstrip(",.") for m in (p.name, *p.mentions) for w in (m or "").split()}
    return words | {w[:-1] for w in words if w.endswith("s")}


def _party_side(parts: list[Participant]) -> str | None:
    """'state' or 'non_state' when the words of every participant say so, else None."""
    sides = set()
    for p in parts:
        words = participant_words(p)
        if p.sector in STATE_SECTORS:
            sides.add("state")
        elif p.sector in NON_STATE_SECTORS:
            sides.add("non_state")
        elif words & STATE_GROUP_WORDS:
            sides.add("state")
        elif words & NON_STATE_PEOPLE:
            sides.add("non_state")
        else:
            return None
    return next(iter(sides)) if len(sides) == 1 else None


def _two_sides(e: Draft, d: Draft, distance: int) -> bool:
    """"Security forces killed 11 militants in a raid. ... two soldiers were killed in an
    exchange of fire": the losses of the side that attacked, told right after with no agent
    of their own, are the other side of the same fight."""
    if not (e.typed.plover == d.typed.plover == "ASSAULT" and distance <= 1
            and e.modality == d.modality == "asserted" and not d.new_event):
        return False
    if not (time_ok(e.time, d.time) and _place_ok(e.local_place(), d.local_place())):
        return False
    if d.actors:
        return False  # an act with its own agent ("militants later ambushed a patrol") is new
    side = _party_side(e.actors) if e.actors and d.targets else None
    return side is not None and side == _party_side(d.targets)


def _rank(p: Place) -> float:
    if p.precision == "region" and p.admin1:
        return 3.5  # "southern Rif Dimashq": part of a province
    return PRECISION_RANK.get(p.precision, 6)


def _finer(a: Place, b: Place) -> bool:
    return _rank(a) < _rank(b)


def _shared_targets(e: Draft, d: Draft) -> bool:
    ke = participant_keys(e.targets)
    kd = participant_keys(d.targets)
    return bool(ke & kd)


def _sequenced(a: Draft, b: Draft) -> bool:
    """"Militants fired rockets at Sderot after an Israeli air strike killed a commander": a
    clause or event noun after "after"/"before" on the other trigger tells another event, one
    that came before or after it, whoever did it."""
    ta, tb = a.trigger.token, b.trigger.token
    for outer, inner in ((ta, tb), (tb, ta)):
        node = inner
        for _ in range(3):  # "after an air strike killed": the clause of the strike's verb
            if node.dep_ == "advcl" and node.head.i == outer.i:
                return not toll_after(outer, node) and any(
                    c.dep_ == "mark" and c.lower_ in SEQUENCE_WORDS for c in node.children)
            if node.dep_ == "pobj" and node.head.lower_ in SEQUENCE_WORDS and (
                    node.head.head.i == outer.i) and not any(
                    c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an")
                    for c in node.children):
                return True  # not "following the explosion", an event told before
            node = node.head
    return False


TOLL_VERBS = {"kill", "die", "wound", "injure", "hurt"}


def toll_after(outer: Any, inner: Any) -> bool:
    """"Fourteen people were killed after gunmen attacked a cattle camp": deaths or injuries
    told in the passive (or "died") with no agent of their own, with an "after" clause on
    them, are the toll of the act that clause tells (one event, not one act after another)."""
    if outer.pos_ != "VERB" or _lemma(outer) not in TOLL_VERBS or inner.dep_ != "advcl":
        return False
    if _lemma(outer) != "die" and not any(c.dep_ == "auxpass" for c in outer.children):
        return False
    if any(c.dep_ == "agent" for c in outer.children):
        return False  # "killed by police after protesters attacked": two sides, two acts
    # ("were killed and 30 others remain missing after ...": hung on the coordinated verb)
    host = inner.head.head if inner.head.dep_ == "conj" and inner.head.pos_ == "VERB" else (
        inner.head)
    return outer.i in (inner.head.i, host.i) and any(
        c.dep_ == "mark" and c.lower_ == "after" for c in inner.children)
