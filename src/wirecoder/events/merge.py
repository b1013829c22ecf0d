"""One event per real-world event per document: merging repeated mentions.

Within a sentence, an operation word ("launched a joint operation ... destroying 15
hideouts") folds into the specific event beside it, and mentions of one type merge ("killed
three and wounded five"). Across sentences, a later mention joins an earlier event of the
same type when nothing contradicts it (dates that do not overlap, places in different
countries or provinces, different targets) and something ties them: a shared participant,
a definite or demonstrative reference ("the operation", "this attack"), or no participants
of its own. "Another attack" never merges.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..records import Claim, Participant, Place, Quantity, Span, TimeSpan
from .arguments import participant_key
from .detect import Trigger
from .lexicon import load_lexicon
from .typing import Typed

OPERATION_TYPES = {"ASSAULT", "COERCE", "MOBILIZE"}
NEW_EVENT_DETS = {"another", "other", "second", "third", "new", "separate", "further",
                  "earlier", "previous", "latest", "fresh", "similar"}
ANAPHORIC_DETS = {"the", "this", "that", "these", "those", "such", "said"}


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

    def participants(self) -> set[str]:
        keys: set[str] = set()
        for p in self.actors + self.targets:
            keys |= participant_key(p)
        return keys


def _sent_distance(e: Draft, d: Draft) -> int:
    """Sentences between the last sentence of `e` and the sentence of `d`."""
    doc = d.sent.doc
    last = max([e.sent.start] + [m.token.sent.start for m in e.mentions])
    return sum(1 for s in doc.sents if last < s.start <= d.sent.start)


def _time_ok(a: TimeSpan | None, b: TimeSpan | None) -> bool:
    if a is None or b is None or a.start is None or b.start is None:
        return True
    if a.precision != "day" or b.precision != "day":
        return True
    a_end, b_end = a.end or a.start, b.end or b.start
    return a.start <= b_end and b.start <= a_end


def _place_ok(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    sub_country = {"point", "city", "admin2", "admin1"}
    if a.precision not in sub_country or b.precision not in sub_country:
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
    """All targets are unnamed people ("suspects", "several individuals", "insurgents")."""
    lex = load_lexicon()
    for p in d.targets:
        head = p.name.lower().split()[-1] if p.name else ""
        head = head[:-1] if head.endswith("s") and len(head) > 3 else head
        if p.kb_id or not (lex.in_class(head, "person") or lex.in_class(head, "armed")
                           or head in ("suspect", "individual", "detainee")):
            return False
    return bool(d.targets)


def _targets_conflict(a: Draft, b: Draft) -> bool:
    if (a.typed.plover == b.typed.plover == "COERCE" and a.typed.acled == b.typed.acled
            and _unnamed_people(a) and _unnamed_people(b)):
        return False  # two descriptions of the people detained in one raid
    ka = set().union(*(participant_key(p) for p in a.targets)) if a.targets else set()
    kb = set().union(*(participant_key(p) for p in b.targets)) if b.targets else set()
    return bool(ka and kb and not ka & kb)


def absorb(into: Draft, other: Draft, take_type: bool = False) -> None:
    """Fold `other`'s mentions and arguments into `into`."""
    if take_type or (into.flexible and not other.flexible):
        into.typed = other.typed
        into.trigger, other_trigger = other.trigger, into.trigger
        into.mentions.append(other_trigger)
    else:
        into.mentions.append(other.trigger)
    into.mentions.extend(other.mentions)
    into.anaphoric = into.anaphoric or other.anaphoric
    # a noun in a time adjunct ("during the talks", "prior to Sharaa's visit") only dates
    # another event: the claims, counts and people of its sentence belong to that event,
    # not to the one it names; it fills only what the named event lacks. (What is done
    # "during the operation" - people detained, weapons found - is part of the operation.)
    ref = other.reference and not take_type and into.typed.plover not in OPERATION_TYPES
    for name in ("weapons", "evidence") if ref else ("weapons", "claims", "evidence"):
        cur = getattr(into, name)
        for x in getattr(other, name):
            if x not in cur:
                cur.append(x)
    target_keys: set[str] = set()
    for p in into.targets:
        target_keys |= participant_key(p)
    actor_keys = set().union(*(participant_key(p) for p in into.actors)) if into.actors else set()
    had_actors, had_targets = bool(into.actors), bool(into.targets)
    for p in other.actors:
        if ref and had_actors:
            break
        if not participant_key(p) & (target_keys | actor_keys):
            into.actors.append(p)
            actor_keys |= participant_key(p)
    for p in other.targets:
        if ref and had_targets:
            break
        if not participant_key(p) & (target_keys | actor_keys):
            into.targets.append(p)
            target_keys |= participant_key(p)
    if ref:
        other.absorbed = True
        if into.location is None:
            into.location = other.location
        if into.time is None or into.time.start is None:
            into.time = other.time or into.time
        return
    _add_people(into, other)
    have = {(q.value, q.object) for q in into.quantities if q.kind != "other"}
    have_any = {(q.value, q.object) for q in into.quantities}
    for q in other.quantities:
        key = (q.value, q.object)
        if key in have or (q.kind == "other" and key in have_any):
            continue
        if q.kind != "other":
            into.quantities = [x for x in into.quantities
                               if not (x.kind == "other" and (x.value, x.object) == key)]
        into.quantities.append(q)
        have_any.add(key)
        if q.kind != "other":
            have.add(key)
    if into.location is None or (other.location is not None and _finer(
            other.location, into.location) and other.location.country in (
            None, into.location.country)):
        into.location = other.location or into.location
    if into.time is None or (into.time.start is None and other.time is not None
                             and other.time.start is not None):
        into.time = other.time
    if into.modality != "asserted" and other.modality == "asserted" and not other.flexible:
        into.modality = "asserted"
    other.absorbed = True


ADDITIVE = {"additional", "other", "another", "more", "also", "further", "associates", "associate"}


PEOPLE_GROUPS = (("killed",), ("arrested", "captured"), ("injured",))


def _marked_additive(q: Quantity, doc: Any) -> bool:
    """The count itself says it is more people ("one additional suspect", "two other men")."""
    if not q.evidence:
        return False
    span = doc.char_span(q.evidence[0].start, q.evidence[0].end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    words = {t.lower_ for t in span} | {t.lower_ for t in span.root.children}
    return bool(words & ADDITIVE)


def _add_people(into: Draft, other: Draft) -> None:
    """A later mention that counts more people ("also detained two additional suspects") adds
    to the running total of the event; the total is kept beside the separate counts. People
    "captured" and "detained" in one arrest add up; within one sentence only a count marked as
    additional adds ("captured a leader and detained one additional suspect")."""
    same = other.sent.start == into.sent.start
    doc = other.sent.doc
    words = {t.lower_ for t in other.sent}
    for kinds in PEOPLE_GROUPS:
        mine = [q for q in into.quantities if q.kind in kinds]
        seen = {s for q in mine for s in q.evidence}
        theirs = [q for q in other.quantities if q.kind in kinds
                  and not (q.evidence and set(q.evidence) <= seen)]
        if not mine or not theirs:
            continue
        if same:  # one side is the additional people, whichever trigger came first
            add_theirs = [_marked_additive(q, doc) for q in theirs]
            add_mine = [_marked_additive(q, doc) for q in mine]
            if not (all(add_theirs) and not any(add_mine)
                    or all(add_mine) and not any(add_theirs)):
                continue
        elif not (words & ADDITIVE or ((other.reference_anchor or _during_the(other)) and all(
                _indefinite(q, doc) for q in theirs))):
            continue
        a = max(mine, key=lambda q: q.value)
        b = max(theirs, key=lambda q: q.value)
        qual = "exact" if a.qualifier == b.qualifier == "exact" else "at_least"
        into.quantities.append(Quantity(kind=a.kind, value=a.value + b.value, qualifier=qual,
                                        object=None, evidence=a.evidence + b.evidence))


def _during_the(d: Draft) -> bool:
    """"... confiscated weapons and detained two suspects during the operation": a "during
    the/this N" phrase on the trigger or on a verb coordinated with it."""
    tok = d.trigger.token
    heads = [tok, *tok.conjuncts]
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "during" and any(
                    g.dep_ == "pobj" and any(x.dep_ == "det" and x.lower_ in ("the", "this",
                                                                               "that")
                                             for x in g.children) for g in c.children):
                return True
    return False


DEFINITE = {"the", "this", "that", "these", "those", "his", "her", "their", "its", "both", "all"}


def _indefinite(q: Quantity, doc: Any) -> bool:
    """A count of people not referred back to ("two suspected insurgents", not "the two")."""
    if not q.evidence:
        return False
    span = doc.char_span(q.evidence[0].start, q.evidence[0].end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if span.root.pos_ == "PROPN" or span.root.ent_type_ == "PERSON":
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    return before is None or before.lower_ not in DEFINITE and span[0].lower_ not in DEFINITE


PRECISION_RANK = {"point": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4, "region": 5,
                  "unknown": 6}


def _rank(p: Place) -> float:
    if p.precision == "region" and p.admin1:
        return 3.5  # "southern Rif Dimashq": part of a province
    return PRECISION_RANK.get(p.precision, 6)


def _finer(a: Place, b: Place) -> bool:
    return _rank(a) < _rank(b)


def _same_type(a: Draft, b: Draft) -> bool:
    if a.typed.plover != b.typed.plover:
        return False
    return not (a.typed.acled and b.typed.acled and a.typed.acled != b.typed.acled
                and a.typed.plover != "ASSAULT")


def _purpose_into_operation(drafts: list[Draft]) -> None:
    """"carried out clearance operations ... to combat the ISIS cells": a purpose clause that
    says what an operation was against is no second event; the operation the sentence reports
    is the event (its type and its modality) and the purpose names its target. A purpose
    that is an outcome ("an operation to detain a leader") is left to the rules for intent."""
    light = [d for d in drafts if d.light and d.typed.plover in OPERATION_TYPES]
    for s in drafts:
        tok = s.trigger.token
        if (s.flexible or s.typed.plover != "ASSAULT" or s.quantities or tok.dep_ != "advcl"
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
            continue
        for op in light:
            if op.trigger.token.head.i == tok.head.i and not op.absorbed:
                if not op.targets:
                    op.targets = list(s.targets)
                op.mentions.append(s.trigger)
                op.evidence += [x for x in s.evidence if x not in op.evidence]
                s.absorbed = True
                break


def merge_sentence(drafts: list[Draft]) -> list[Draft]:
    """Merge mentions inside one sentence."""
    _purpose_into_operation(drafts)
    drafts = [d for d in drafts if not d.absorbed]
    specific = [d for d in drafts if not d.flexible]
    for d in drafts:
        if d.flexible and specific:
            same = [s for s in specific if s.modality == d.modality]
            if d.generic:
                # an operation word folds into the event its sentence reports, never into one
                # that a time adjunct only names to date it ("prior to Sharaa's visit, the
                # country had carried out clearance operations")
                same = [s for s in same if not s.reference]
            if same:
                best = min(same, key=lambda s: abs(s.trigger.token.i - d.trigger.token.i))
                absorb(best, d)
    live = [d for d in drafts if not d.absorbed]
    for i, a in enumerate(live):
        if a.absorbed:
            continue
        for b in live[i + 1:]:
            if b.absorbed or not _same_type(a, b) or (
                    _targets_conflict(a, b) and not _coordinated_acts(a, b)):
                continue
            if a.modality != b.modality:
                continue
            absorb(a, b)
    # several flexible mentions and nothing specific: keep one
    flex = [d for d in drafts if not d.absorbed and d.flexible]
    for d in flex[1:]:
        if _same_type(flex[0], d):
            absorb(flex[0], d)
    return [d for d in drafts if not d.absorbed]


def _arrest(d: Draft) -> bool:
    """An arrest, by its ACLED sub-type or, where a classifier relabelled that, its mode."""
    return d.typed.plover == "COERCE" and (d.typed.acled == "Arrests"
                                           or d.typed.mode == "arrest")


def _coordinated_acts(a: Draft, b: Draft) -> bool:
    """"arrested a weapons dealer and detained several suspects": two verbs of one subject,
    coordinated, doing one kind of operation to different people, are one operation."""
    ta, tb = a.trigger.token, b.trigger.token
    if a.typed.plover not in OPERATION_TYPES or ta.pos_ != "VERB" or tb.pos_ != "VERB":
        return False
    first, second = (ta, tb) if ta.i < tb.i else (tb, ta)
    return (second.dep_ == "conj" and second.head.i == first.i
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children)
            and _place_ok(a.local_place(), b.local_place()))


def _more_people(e: Draft, d: Draft) -> bool:
    """A later arrest of unnamed people that says it is more of the same operation ("The
    force also detained several suspects", "One additional suspect was detained", "...
    detained two suspects during the operation") joins the arrest reported before it."""
    if not (_arrest(e) and _arrest(d) and e.modality == d.modality
            and not d.new_event and _unnamed_people(d) and _sent_distance(e, d) <= 4):
        return False
    if not (_time_ok(e.time, d.time) and _place_ok(e.local_place(), d.local_place())):
        return False
    words = {t.lower_ for t in d.sent}
    doc = d.sent.doc
    return bool(words & {"also", "additional"} or _during_the(d) or any(
        _marked_additive(q, doc) for q in d.quantities))


def merge_document(drafts: list[Draft]) -> list[Draft]:
    """Merge sentence-level events across the document, in text order."""
    out: list[Draft] = []
    for d in drafts:
        fits = [] if d.new_event else [e for e in reversed(out) if _can_merge(e, d)]
        target = next((e for e in fits if not e.flexible), fits[0] if fits else None)
        if target is not None:
            absorb(target, d, take_type=(target.flexible and not d.flexible)
                   or _people_over_things(target, d))
        else:
            out.append(d)
    return out


def _people_over_things(e: Draft, d: Draft) -> bool:
    """A seizure followed by an arrest in the same operation ("Rifles were seized. The police
    arrested four men.") is an arrest: the people detained say what the event was (so is an
    arrest whose sub-type a classifier relabelled)."""
    return (e.typed.plover == d.typed.plover == "COERCE" and e.typed.mode in ("seize", "arrest")
            and e.typed.acled != "Arrests" and d.typed.acled == "Arrests")


def _weapons_found_in_operation(e: Draft, d: Draft) -> bool:
    """Weapons seized or destroyed in the course of a raid or fight reported just before
    belong to that operation ("The security force also seized two AK-47s")."""
    if d.typed.acled != "Disrupted weapons use" or e.typed.plover not in OPERATION_TYPES:
        return False
    if d.modality != e.modality or _sent_distance(e, d) > 3:
        return False
    if d.actors and e.actors and not (d.participants() & e.participants()):
        return False
    return True


EVENT_NOUNS = {"battle", "fight", "fighting", "firefight", "attack", "operation", "strike",
               "airstrike", "raid", "clash", "engagement", "exchange", "incident", "explosion",
               "blast", "ambush", "assault", "shootout", "skirmish", "search"}
PRONOUNS = {"he", "she", "him", "her", "they", "them"}


def _refers_back(d: Draft) -> bool:
    """"Two men were injured in the battle", "He was captured during the search": the
    mention names, with a definite article, an event the text reported before, or its
    patient is a pronoun."""
    tok = d.trigger.token
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "during"):
            for g in c.children:
                if g.dep_ == "pobj" and _lemma(g) in EVENT_NOUNS and any(
                        x.dep_ == "det" and x.lower_ in ("the", "this", "that")
                        for x in g.children):
                    return True
    patients = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
    return bool(patients) and all(p.lower_ in PRONOUNS for p in patients)


def _lemma(tok: Any) -> str:
    return tok.lemma_.lower() if tok.lemma_ else tok.lower_


def _back_reference(e: Draft, d: Draft) -> bool:
    """A mention that refers back (`_refers_back`) joins the nearest earlier event of its
    PLOVER type a few sentences before, when nothing contradicts it."""
    return (e.typed.plover == d.typed.plover and e.typed.plover in OPERATION_TYPES
            and not d.new_event and e.modality == d.modality == "asserted"
            and _sent_distance(e, d) <= 3 and _refers_back(d)
            and _time_ok(e.time, d.time) and _place_ok(e.local_place(), d.local_place()))


def _defined_by_of(d: Draft) -> bool:
    """"the operations of ISIS": "the" because of the "of" phrase, not a reference back."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in d.trigger.token.children)


def _can_merge(e: Draft, d: Draft) -> bool:
    """Whether mention `d` can be the same real-world event as the earlier event `e`."""
    if _more_people(e, d) or _back_reference(e, d):
        return True
    distance = _sent_distance(e, d)
    near = distance <= 2
    if _weapons_found_in_operation(e, d) and _place_ok(e.local_place(), d.local_place()):
        return True
    same_plover = e.typed.plover == d.typed.plover and e.typed.plover in OPERATION_TYPES and near
    operation_word = e.generic and near and d.typed.plover in OPERATION_TYPES
    flexible_ok = d.flexible and near and (
        d.anaphoric or d.reference or (not d.targets and e.typed.plover in OPERATION_TYPES))
    if not (_same_type(e, d) or same_plover or operation_word or flexible_ok):
        return False
    if d.generic and not (near or d.anaphoric or d.reference):
        return False  # "operations" far from any operation and not "the operation": its own
    if not (_time_ok(e.time, d.time) and _place_ok(e.local_place(), d.local_place())):
        return False
    if e.modality != d.modality and not (d.flexible or d.reference):
        return False
    if e.modality == "historical" != d.modality and not (
            (d.anaphoric and not _defined_by_of(d)) or d.reference):
        return False  # "lost its stronghold in 2019 ... Facing the operations of ISIS, ...":
        # a background event is not what a later plain mention of the present speaks of
    shared = bool(e.participants() & d.participants())
    bare = not d.actors and not d.targets
    if _targets_conflict(e, d) and not shared and not d.anaphoric:
        return False
    operation_near = (e.typed.plover in OPERATION_TYPES and e.typed.plover == d.typed.plover
                      and (distance <= 3 or (distance <= 5 and _unnamed_people(e)
                                             and _unnamed_people(d))))
    return (shared or d.anaphoric or d.reference or bare or (d.flexible and not d.targets)
            or (operation_near and not _targets_conflict(e, d)))
