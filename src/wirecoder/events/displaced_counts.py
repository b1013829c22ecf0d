"""People driven from their homes, told in a sentence of their own after an attack or a
fight ("More than 3,000 people have fled the town since Monday", "About 300 residents had
left their homes since the attack", "Some 900 families had fled their homes"): a
`displaced` count of the article's first violent event, when that sentence tells no other
event and no cause of its own. So also a count of people who fled, or were evacuated by no
one named, that a non-violent event of the sentence took ("About 4,000 villagers were
evacuated", read as an aid event; "said 9,000 people had fled ..., and urged all sides"):
people put to flight are the toll of the violence, not of the evacuation or the appeal
(`displaced_moved_to_violence`)."""

from __future__ import annotations

from typing import Any

from ..language import expanded_span
from ..records import Document
from .count_kinds import DISPLACING as COUNT_KINDS_DISPLACING
from .count_kinds import departed, uprooted
from .draft import Draft
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon, strip_plural
from .merge_words import RIOT_SUBTYPES
from .quantities import extract_quantities
from .result_participles import VIOLENT_TYPES
from .tallies import days_back
from .outcome_verbs import back_reference

# verbs whose passive subject was put out of their homes ("were displaced", "were evacuated")
DISPLACING = COUNT_KINDS_DISPLACING | {"evacuate"}
# clauses that can tell the count: the sentence's own verb, or what its source said
TOLD = ("ROOT", "ccomp", "conj")
# words of custody: people who "fled" a prison escaped, they were not driven from home
CUSTODY_WORDS = {"prisoner", "inmate", "detainee", "convict", "escape", "jail", "prison",
                 "jailbreak", "custody"}
# ACLED sub-types that put nobody to flight on their own (a fire set, goods taken)
NO_FLIGHT = {"Looting/property destruction", "Arrests", "Disrupted weapons use"}


def _displacing_clause(v: Any) -> bool:
    if v.pos_ != "VERB" or v.dep_ not in TOLD:
        return False
    if v.dep_ == "conj" and v.head.dep_ != "ROOT":
        return False
    passive = any(c.dep_ == "auxpass" for c in v.children)
    return departed(v) or (passive and (_lemma(v) in DISPLACING or uprooted(v)))


def _own_cause(v: Any, mentioned: set[int]) -> bool:
    """The clause names what drove the people out ("by gang violence", "because of floods")
    other than with a word of the event itself ("since the attack")."""
    for c in v.children:
        if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "because", "due"):
            if not any(t.i in mentioned for t in c.subtree):
                return True
    return False


# verbs of getting away from something: what they take is what the people fled
ESCAPING = {"escape", "flee", "avoid"}


def _since_the_event(tok: Any) -> bool:
    """"since the attack", "after the fighting": the event told before, named again; or
    what the people fled ("crossed into Colombia to escape the fighting", "fleeing the
    violence"): the cause of their flight, not an event with people of its own."""
    if tok.dep_ == "dobj" and _lemma(tok.head) in ESCAPING:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in ("since", "after") and back_reference(tok)


def _custody(sent: Any, owner: dict[int, Any]) -> bool:
    """A word of custody in the sentence: its people broke out of jail; not "to escape the
    fighting", an escape from an event told as what they fled."""
    return any(_lemma(t) in CUSTODY_WORDS and not any(
        c.dep_ == "dobj" and c.i in owner for c in t.children) for t in sent)


def _armed(q: Any, lex: Any) -> bool:
    """"About 20 fighters fled": armed men who fled a fight are no displaced people."""
    last = (q.object or "").split()[-1:] or [""]
    return lex.in_class(strip_plural(last[0].lower()), "armed")


def _background(sent: Any) -> bool:
    """A year in the sentence ("since 2021", "in May 2024"): a count of other times."""
    return any(t.ent_type_ == "DATE" and t.shape_ == "dddd" for t in sent)


# words of a date that tell a stretch of time ("this year", "in recent weeks")
PERIOD_WORDS = {"year", "years", "month", "months", "week", "weeks"}


def over_own_period(v: Any) -> bool:
    """"More than 20,000 people have fled the area this year", "have been displaced since
    January": a flight counted over a stretch of time of its own (a period told in its
    clause), not the toll of one act told beside it; "have fled to the town" (a bare present
    perfect), "had fled since Monday" or "since the attack" count from the act itself."""
    since = [g for c in v.children if c.dep_ == "prep" and c.lower_ == "since"
             for g in c.children if g.dep_ in ("pobj", "pcomp")]
    if any(g.ent_type_ != "DATE" or days_back(g) for g in since):
        return False
    return bool(since) or _background(v.sent) or any(
        t.lower_ in PERIOD_WORDS and t.ent_type_ == "DATE" for t in v.subtree)


def _first_violent(out: list[Draft], sent: Any) -> Draft | None:
    """The violent event told first in the article, before the sentence."""
    told = [(min(m.token.i for m in (d.trigger, *d.mentions)), n, d) for n, d in enumerate(out)
            if d.typed.plover == "ASSAULT" and d.modality == "asserted"
            and d.typed.acled not in NO_FLIGHT]
    told = [x for x in told if x[0] < sent.start]
    return min(told, key=lambda x: x[:2])[2] if told else None


def _count_verb(q: Any, doc: Any) -> Any | None:
    """The verb whose clause tells the count ("4,000 villagers were evacuated")."""
    span = expanded_span(doc, q.evidence[0].start, q.evidence[0].end) if q.evidence else None
    tok = span.root if span is not None else None
    while tok is not None and tok.pos_ != "VERB" and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok is not None and tok.pos_ == "VERB" else None


def _fled_by_no_one_named(v: Any) -> bool:
    """"had fled to monasteries", "were evacuated from border villages": people who left or
    were moved out, with no doer of the moving named ("were evacuated by police" has one)."""
    if departed(v):
        return True
    passive = any(c.dep_ == "auxpass" for c in v.children)
    return passive and (_lemma(v) in DISPLACING or uprooted(v)) and not any(
        c.dep_ == "agent" for c in v.children)


def displaced_moved_to_violence(out: list[Draft]) -> None:
    """Move a count of displaced people from a non-violent event (an evacuation, an appeal)
    to the violent event told first before its sentence, when the count's own clause tells
    people who fled, or were evacuated by no one named, for no cause of their own."""
    if not out:
        return
    doc = out[0].sent.doc
    owner = {m.token.i: d for d in out for m in (d.trigger, *d.mentions)}
    for d in out:
        if d.typed.plover in VIOLENT_TYPES or (
                d.typed.plover == "PROTEST" and d.typed.acled in RIOT_SUBTYPES):
            continue  # a riot's own flight: "rioters torched houses, and 500 residents fled"
        for q in [q for q in d.quantities if q.kind == "displaced"]:
            v = _count_verb(q, doc)
            if v is None or not _fled_by_no_one_named(v) or over_own_period(v) or _custody(
                    v.sent, owner):
                continue
            mentioned = {t.i for t in v.sent if t.i in owner}
            target = _first_violent(out, v.sent)
            if target is None or _own_cause(v, mentioned):
                continue
            d.quantities.remove(q)
            if not any((p.kind, p.value, p.qualifier) == (q.kind, q.value, q.qualifier)
                       for p in target.quantities):
                target.quantities.append(q)
                target.count_relations[q.evidence] = "plain"


def displaced_told_after(out: list[Draft]) -> None:
    """Add the count of a stand-alone displacement sentence to the article's first violent
    event before it (when it has no count of displaced people yet)."""
    if not out:
        return
    displaced_moved_to_violence(out)
    doc = out[0].sent.doc
    lex = load_lexicon()
    owner = {m.token.i: d for d in out for m in (d.trigger, *d.mentions)}
    taken = {(s.start, s.end) for d in out for q in d.quantities for s in q.evidence}
    for sent in doc.sents:
        verbs = [v for v in sent if _displacing_clause(v)]
        if not verbs or any(over_own_period(v) for v in verbs) or _custody(sent, owner):
            continue
        target = _first_violent(out, sent)
        if target is None or any(q.kind == "displaced" for q in target.quantities):
            continue
        mentioned = {t.i for t in sent if t.i in owner}
        v = verbs[0]
        # another event told in the count's clause, or in a clause it hangs on, counts its
        # own people ("police arrested 20 and 2,000 fled"); one in a clause coordinated
        # beside the saying does not ("said 2,000 had fled, and urged the sides to ...")
        clause = {t.i for t in v.subtree} | {a.i for a in v.ancestors}
        if any(owner[i] is not target and not _since_the_event(sent.doc[i])
               for i in mentioned & clause):
            continue
        if _own_cause(v, mentioned):
            continue
        document = Document(id=target.evidence[0].document_id if target.evidence else "",
                            text=doc.text)
        scope = [t for t in v.subtree if t.sent.start == sent.start]
        found = [q for q in extract_quantities(v, scope, "displaced", document, lex)
                 if q.kind == "displaced" and not any(
                     (s.start, s.end) in taken for s in q.evidence) and not _armed(q, lex)]
        for q in found:
            target.quantities.append(q)
            target.count_relations[q.evidence] = "plain"
