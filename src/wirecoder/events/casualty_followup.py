"""A count of casualties told in the sentence right after an attack, with no agent, place or
day of its own ("Another six people were wounded." "Two guards were hurt."): the same
attack's toll, even when the people it names are not the ones named before."""

from __future__ import annotations

from dataclasses import replace
from collections.abc import Callable, Iterator
from typing import Any

from ..language import expanded_span
from ..records import Quantity, Span
from .draft import Draft, _place_ok, time_ok, participant_words
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon
from .merge_words import NON_STATE_PEOPLE, RIOT_SUBTYPES, STATE_SECTORS
from .count_kinds import figure_put_at, toll_stated
from .count_scope import counted_participle
from .numbers import count_quantity
from .people_counts import OF_REFERRING

# verbs whose passive tells what happened to people in an attack
CASUALTY_LEMMAS = {"wound", "injure", "hurt", "kill", "maim"}
CASUALTY_KINDS = {"killed", "injured"}


def _passive_casualty_verb(tok: Any) -> bool:
    """"were wounded", "was killed", "had been injured": a casualty verb in the passive."""
    if _lemma(tok) not in CASUALTY_LEMMAS:
        return False
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


def _own_day_and_place_fit(e: Draft, d: Draft) -> bool:
    """A day or place `d` tells of its own does not contradict the attack `e`'s."""
    if d.time is not None and d.time.start is not None and not time_ok(e.time, d.time):
        return False
    own_place = d.local_place()
    return own_place is None or _place_ok(e.local_place(), own_place)


def casualties_told_after(e: Draft, d: Draft, distance: int) -> bool:
    """`d` is a bare passive toll in the sentence after the attack `e` and adds to it."""
    if not (e.typed.plover == d.typed.plover == "ASSAULT" and distance <= 1
            and e.modality == d.modality == "asserted" and not d.new_event and not d.actors):
        return False
    if not _passive_casualty_verb(d.trigger.token):
        return False
    if not any(q.kind in CASUALTY_KINDS for q in d.quantities):
        return False
    if any(p.kb_id for p in d.targets):
        return False  # a named person or force is told of for its own sake
    return _own_day_and_place_fit(e, d)


# ACLED's sub-types of a riot: harm told just after one is coded within it


def the_hurt_named_again(e: Draft, d: Draft, distance: int) -> bool:
    """"A bomb killed 18 people. Thirteen of the more than 60 wounded died overnight": a
    participle used as a noun for people after a number ("the more than 60 wounded") names
    the people an attack told just before hurt, not an act of its own, whatever day their
    deaths are told on."""
    return (e.typed.plover == d.typed.plover == "ASSAULT" and e.modality == "asserted"
            and d.modality == "asserted" and distance <= 2 and not d.actors
            and bool(counted_participle(d.trigger.token)))


def casualties_after_riot(e: Draft, d: Draft, distance: int) -> bool:
    """"Demonstrators blocked roads and pelted police with stones. Seven police officers were
    hurt, the police said": a bare passive count of wounded or dead in the sentence right
    after a riot, with no one named acting and no day or place of its own, is the riot's
    (ACLED codes the injuries of a riot within it), even where it names the police hurt."""
    if not (e.typed.plover == "PROTEST" and e.typed.acled in RIOT_SUBTYPES
            and d.typed.plover == "ASSAULT" and distance <= 1
            and e.modality == d.modality == "asserted" and not d.new_event and not d.actors):
        return False
    if not _passive_casualty_verb(d.trigger.token):
        return False
    if not d.quantities or any(q.kind not in CASUALTY_KINDS for q in d.quantities):
        return False
    if any(p.kb_id and p.sector not in STATE_SECTORS for p in d.targets):
        return False  # a named person is told of for his own sake
    return _own_day_and_place_fit(e, d)


# the words a wounded count names people by when it says nothing of who they were
GENERIC_PEOPLE = {"people", "person", "persons", "others", "protesters", "demonstrators",
                  "civilians"}


def wounded_counted_by_another(e: Draft, d: Draft, distance: int) -> bool:
    """"... two men were shot dead. [...] The coalition said at least 23 people were wounded
    by gunfire": a count of wounded a speaker gives a few sentences after an attack, naming no
    one acting, no one in particular and no day or place of its own, is that attack's."""
    if not (e.typed.plover == d.typed.plover == "ASSAULT" and distance <= 3
            and e.modality == d.modality == "asserted" and not d.new_event and not d.actors
            and d.claims):
        return False
    tok = d.trigger.token
    if _lemma(tok) not in ("wound", "injure", "hurt") or not _passive_casualty_verb(tok):
        return False
    if not d.quantities or any(q.kind != "injured" for q in d.quantities):
        return False
    if any(p.kb_id or (p.name.lower().split() or [""])[-1] not in GENERIC_PEOPLE
           for p in d.targets):
        return False
    return _own_day_and_place_fit(e, d)


# verbs whose passive tells what was done to the people an attack harmed or took
RESTATED_LEMMAS = CASUALTY_LEMMAS | {"abduct", "kidnap", "shoot"}  # "were shot dead"
RESTATED_KINDS = CASUALTY_KINDS | {"captured"}


def _subset(p: Any, doc: Any) -> bool:
    """"25 people were abducted, including four women": a part of the people counted."""
    for ev in p.evidence[:1]:
        span = expanded_span(doc, ev.start, ev.start + 1)
        tok = span[0] if span is not None and span[0].idx == ev.start else None
        while tok is not None and tok.head != tok and tok.dep_ != "ROOT":
            if tok.lower_ in ("including", "among"):
                return True
            tok = tok.head
    return False


def count_restated_by_another(e: Draft, d: Draft, distance: int) -> bool:
    """"Bandits abducted 22 farmers ... A local official said 25 people were abducted": a
    second speaker's count of the same harm (dead, wounded, abducted), told in the passive of
    people no one is named doing it to, within a few sentences of an attack whose own count
    is of that kind, restates that attack (counts that disagree are both kept). A toll that
    says no more than "killed" or "wounded" is typed a plain attack; it restates an attack of
    any sub-type ("Police fired on protesters, killing one man ... A rights group said two
    people were shot dead and 12 were wounded"), and may add a kind (the wounded) to the one
    it shares."""
    if not (e.typed.plover == d.typed.plover == "ASSAULT"
            and d.typed.acled in (e.typed.acled, "Attack")
            and 1 <= distance <= 3 and e.modality == d.modality == "asserted"
            and not d.new_event and not d.actors and d.claims):
        return False
    tok = d.trigger.token
    if _lemma(tok) not in RESTATED_LEMMAS or not any(
            c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return False
    kinds = {q.kind for q in d.quantities}
    told = {q.kind for q in e.quantities}
    if not kinds or not kinds <= RESTATED_KINDS or not (
            kinds <= told if d.typed.acled == e.typed.acled else kinds & told):
        return False
    doc = d.sent.doc
    if any(p.kb_id or ((p.name.lower().split() or [""])[-1] not in GENERIC_PEOPLE
                       and not _subset(p, doc)) for p in d.targets):
        return False
    return _own_day_and_place_fit(e, d)


# verbs whose passive tells that people were being cared for after an attack (and whose
# object, in the active, who was: "its teams had treated at least 17 people")
CARE_LEMMAS = {"treat", "hospitalize", "hospitalise"}
# "at least 60 protesters had needed medical treatment", "received hospital care"
NEEDING_CARE = {"need", "require", "receive", "seek"}
CARE_NOUNS = {"treatment", "care", "attention"}
NOT_COUNTS = ("DATE", "TIME", "ORDINAL", "MONEY", "PERCENT")


def _count_word(head: Any) -> Any | None:
    """The number word of a noun phrase that counts people ("at least 17 people", "35
    protesters"), not a date or money; None where it has none."""
    return next((c for c in head.subtree if (c.like_num or c.pos_ == "NUM")
                 and c.ent_type_ not in NOT_COUNTS and c.i <= head.i), None)


def figures_put_at(sent: Any, kind: str, doc_id: str | None, names: Callable[[Any], bool],
                   stated: bool = False) -> Iterator[Quantity]:
    """The counts of `kind` that a source puts a figure of `sent` at ("put the number of
    injured at 31", "estimated the toll at 40"; with `stated`, "the toll was 11"), in text
    order: a number (no time, ordinal, money or percentage; a date may be one: the tagger may
    read "the toll was 11" as a date) whose figure `names` accepts."""
    lex = load_lexicon()
    for u in sent:
        if not (u.like_num or u.pos_ == "NUM") or u.ent_type_ in NOT_COUNTS[1:]:
            continue
        fig = figure_put_at(u) or (toll_stated(u) if stated else None)
        if fig is None or not names(fig):
            continue
        q = count_quantity(u, kind, lex, doc_id)
        if q is not None:
            yield q


# the words of a figure of the hurt ("the number of injured", "of wounded")
HURT_WORDS = {"injured", "wounded", "injuries", "hurt", "casualties"}


def cared_for_count(sent: Any, doc_id: str | None) -> Quantity | None:
    """"Nine others were being treated in hospital", "at least 14 people were hospitalised",
    "put the number of injured at 31":
    the people an attack's report says were being treated are its wounded (a count of the
    subject of a passive verb of care, of the object of an active one, "medics treated 17
    people", or of the subject of "needed treatment")."""
    lex = load_lexicon()
    put = next((q for q in figures_put_at(  # "the health officer put the number of injured at 31"
        sent, "injured", doc_id, lambda fig: any(x.lower_ in HURT_WORDS for x in fig.subtree))
        if q.value >= 1), None)
    if put is not None:
        return put
    for t in sent:
        if t.pos_ != "VERB":
            continue
        if _lemma(t) in CARE_LEMMAS and not any(c.dep_ == "auxpass" for c in t.children):
            cared = [c for c in t.children if c.dep_ == "dobj"]  # "had treated 17 people"
        elif _lemma(t) in NEEDING_CARE and any(c.dep_ == "dobj" and _lemma(c) in CARE_NOUNS
                                               for c in t.children):
            cared = [c for c in t.children if c.dep_ == "nsubj"]  # "60 needed treatment"
        elif _lemma(t) in CARE_LEMMAS:
            cared = [c for c in t.children if c.dep_ == "nsubjpass"]
        else:
            continue
        for subj in cared:
            num = _count_word(subj)
            if num is None:
                continue
            q = count_quantity(num, "injured", lex, doc_id)
            if q is None or q.value < 1:
                continue
            return q
    return None


# what was buried after an attack: people or their bodies ("buried 19 people", "19 bodies")
BURIED_NOUNS = {"people", "person", "body", "corpse", "victim", "villager", "resident", "dead"}


def buried_people(tok: Any) -> bool:
    """The words are what a verb "bury" takes ("had buried 19 people")."""
    return tok.dep_ in ("dobj", "nsubjpass") and _lemma(tok.head) == "bury"


def buried_count(sent: Any, doc_id: str | None) -> Quantity | None:
    """"Residents had buried 19 people by Tuesday", "We buried 29 people": the people buried
    after an attack, a count of its dead (another source's figure, kept beside the first)."""
    lex = load_lexicon()
    for t in sent:
        if _lemma(t) != "bury" or t.pos_ != "VERB":
            continue
        for obj in (c for c in t.children if buried_people(c)):
            num = _count_word(obj)
            if num is None or not (_lemma(obj) in BURIED_NOUNS or obj.i == num.i):
                continue
            q = count_quantity(num, "killed", lex, doc_id)
            if q is None or q.value < 1:
                continue
            a, b = q.evidence[0].start, obj.idx + len(obj.text)
            return replace(q, object=None if obj.i == num.i else obj.text,
                           evidence=(Span(a, b, sent.doc.text[a:b], doc_id),))
    return None


# what a group claims when it claims an attack ("claimed responsibility", "claimed the raid")
CLAIMED_NOUNS = {"responsibility", "credit", "attack", "assault", "raid", "ambush", "bombing",
                 "blast", "explosion", "strike", "killing", "operation"}


def in_a_claim(tok: Any) -> bool:
    """"X claimed responsibility in a statement, saying its fighters had killed 18": the act
    is told inside what the claim of an attack says (a clause of "say" hanging on a "claim"
    whose object is the attack or the responsibility for it)."""
    node = tok
    for _ in range(6):
        if node.head == node:
            return False
        head = node.head
        if _lemma(node) in ("say", "add") and node.dep_ in ("advcl", "conj", "xcomp") and (
                _lemma(head) == "claim") and any(
                    c.dep_ == "dobj" and _lemma(c) in CLAIMED_NOUNS for c in head.children):
            return not any(c.dep_ == "neg" for c in head.children)
        node = head
    return False


def claimed_with_its_toll(e: Draft, d: Draft, distance: int) -> bool:
    """`d` is the act a group's claim of the attack `e`, told just before it, says it did
    ("... stormed a police post. The group claimed responsibility, saying its fighters had
    killed 18 soldiers"): the same attack, whatever the claim calls its victims."""
    return (e.typed.plover == d.typed.plover == "ASSAULT" and 1 <= distance <= 2
            and e.modality == "asserted" and not d.new_event
            and in_a_claim(d.trigger.token))


def doers_partitive(q: Quantity, d: Draft, spans: list[Any]) -> bool:
    """"Gunmen killed seven officers ... Three of the attackers were killed": a count of part
    of the attackers ("N of the gunmen") where the attack hit no armed men is the attackers'
    own dead, not a part of the people counted before (its victims)."""
    if len(spans) != 1 or any(participant_words(p) & NON_STATE_PEOPLE or {
            w[:-1] for w in participant_words(p) if w.endswith("s")} & NON_STATE_PEOPLE
            for p in d.targets):
        return False
    for t in spans[0]:
        if t.lower_ != "of" or t.i + 1 >= len(t.doc) or t.doc[t.i + 1].lower_ not in OF_REFERRING:
            continue
        if any(c.dep_ == "pobj" and _lemma(c) in NON_STATE_PEOPLE for c in t.children):
            return True
    return False
