"""Other sources' tolls for an article's lead attack told further down than `later_tolls`
reads (`tolls_told_later`): "Gunmen attacked a train, killing at least seven people, the
ministry said. ... A union official told AFP: 'We have counted nine dead'", "... The rights
group put the toll at 44", "... Hospital staff said between 40 and 60 people had been treated
for injuries". A wire story leads with one source's figure and gives the others' figures in
its later paragraphs; each is a figure for the same toll, kept beside the first.
"""

from __future__ import annotations

import re
from typing import Any

from ..records import Quantity
from ..time.lexicon import MONTHS
from .back_reference import SCENE_OTHER
from .background import PERIOD_NOUNS
from .casualty_followup import NOT_COUNTS, buried_count, cared_for_count
from .count_kinds import DEAD_NOUNS
from .draft import Draft
from .later_tolls import dead_by_another_source, names_another_incident, toll_count
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon
from .merge_words import TALLY_RE
from .numbers import count_quantity, range_bounds

# the sentences `later_tolls` reads after the attack's own
NEAR = 3
KINDS = ("killed", "injured")
# the relation of such a figure to the lead's count (`count_resolution` keeps it apart)
FIGURE = "another figure"
# words of a date that is not the attack's week: another year, a month, a span back in time
_OTHER_TIME = PERIOD_NOUNS | {"century", "ago", "since", "last"}
# words of a toll summed over many incidents ("the overall toll", "in all")
_SUMMED = {"overall", "total", "cumulative", "all"}


def tolls_told_later(out: list[Draft]) -> None:
    """The lead attack (the first asserted attack with a count of its dead or hurt) takes figures
    of its dead or hurt that sentences past `later_tolls`' reach give: a toll put at a
    number, the dead buried or counted as bodies, people said to have died or been treated
    by another source, when the sentence tells no other incident, no other time, and no other
    event of the article is told there."""
    lead = next((d for d in out if d.typed.plover == "ASSAULT" and d.modality == "asserted"
                 and d.evidence and any(q.kind in KINDS for q in d.quantities)), None)
    if lead is None:
        return
    doc = lead.sent.doc
    doc_id = lead.evidence[0].document_id
    # the sentences of other attacks, of events with casualties of their own, or of events
    # not asserted (the past, the feared): their counts are not the lead's
    others = {m.token.sent.start for e in out if e is not lead and (
        e.typed.plover == "ASSAULT" or e.modality != "asserted"
        or any(q.kind in KINDS for q in e.quantities)) for m in (e.trigger, *e.mentions)}
    first = min([lead.sent.start] + [m.token.sent.start for m in lead.mentions])
    told = {m.token.sent.start for m in (lead.trigger, *lead.mentions)}
    for n, sent in enumerate(s for s in doc.sents if s.start > first):
        if sent.start in others or sent.start in told or not _same_incident(sent, lead):
            continue
        if n >= NEAR:
            found = _figures(sent, lead, doc_id)
        elif any(x.kind == "killed" for x in lead.quantities):
            # bodies counted in the next sentences too: a figure `later_tolls` does not read
            found = [(bodies_counted(sent, doc_id), FIGURE)]
        else:
            continue
        for q, rel in found:
            if q is None:
                continue
            # a value the lead has already; a figure another event holds from this very word
            if any(x.kind == q.kind and x.value == q.value for x in lead.quantities) or any(
                    x.kind == q.kind and x.evidence and x.evidence[0].start == q.evidence[0].start
                    for e in out for x in e.quantities):
                continue
            lead.quantities.extend(range_bounds(q, doc, load_lexicon()))
            lead.count_relations[q.evidence] = rel


def _figures(sent: Any, lead: Draft, doc_id: str | None) -> list[tuple[Quantity | None, str]]:
    """The toll figures one later sentence gives, each with its relation to the lead's count:
    at most one of the dead, one of the hurt (of the kinds the lead counts already). A toll
    that "rose to" a number revises the lead's count, as one told just after does."""
    kinds = {x.kind for x in lead.quantities}
    q, rel = None, FIGURE
    if "killed" in kinds:
        q, rel = toll_count(sent, doc_id)
        if rel == "additive":
            q = None  # "two more died": a sum `later_tolls` makes only beside the first telling
        rel = "revision" if rel == "revision" else FIGURE
        q = q or dead_by_another_source(sent, lead, doc_id) or bodies_counted(sent, doc_id)
    hurt = cared_for_count(sent, doc_id) if "injured" in kinds else None
    return [(q, rel), (hurt, FIGURE)]


def bodies_counted(sent: Any, doc_id: str | None) -> Quantity | None:
    """"The Red Cross said it had counted 41 bodies", "We have counted nine dead": a number
    of bodies or of the dead, a figure of those killed (a count the number itself modifies,
    not "the bodies of two soldiers")."""
    lex = load_lexicon()
    for t in sent:
        if not (_lemma(t) in DEAD_NOUNS or t.lower_ == "dead") or t.pos_ not in ("NOUN", "ADJ"):
            continue
        num = next((c for c in t.children if c.dep_ == "nummod" and c.ent_type_ not in
                    NOT_COUNTS), None)
        if num is None and t.i > 0 and t.doc[t.i - 1].like_num:
            num = t.doc[t.i - 1]  # ("nine dead": the tagger reads "dead" as an adjective)
        q = count_quantity(num, "killed", lex, doc_id) if num is not None else None
        if q is not None and q.value >= 1:
            return q
    return buried_count(sent, doc_id)


def _same_incident(sent: Any, d: Draft) -> bool:
    """`sent` tells no other incident: no "separate" / "another", no incident noun that is not
    the attack named again ("in the attack"), and no date of another month or year ("In
    September 2021, 119 inmates were killed"); a weekday or "Tuesday night" is the same week."""
    if any(t.lower_ in SCENE_OTHER for t in sent) or _cumulative(sent):
        return False
    for e in sent.ents:
        if e.label_ != "DATE":
            continue
        words = {w.lower_.rstrip(".") for w in e}
        if words & (MONTHS.keys() | _OTHER_TIME) or re.search(r"\b(1[89]|20)\d\d\b", e.text):
            return False
    return not names_another_incident(sent, d)


def _cumulative(sent: Any) -> bool:
    """A toll summed over a span, not one attack's: "the overall / total toll", "in all",
    "so far", "over the past months", "since January", or a present perfect "militants have
    killed more than 500"."""
    if TALLY_RE.search(sent.text) or any(
            t.lower_ in _SUMMED
            and (t.lower_ != "all" or t.head.lower_ == "in" and t.dep_ == "pobj")
            for t in sent):
        return True
    return any(_lemma(t) == "kill" and any(
        c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") and c.lemma_ == "have" for c in t.children)
        for t in sent)
