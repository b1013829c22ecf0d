"""A statement the lead sentence sums up and a later sentence tells in full ("... as Tehran
accused Pakistan of sheltering militants. [...] The interior minister accused Islamabad of
tolerating sanctuaries"): one statement, by one country's government against another's."""

from __future__ import annotations

from .draft import Draft, _sent_distance, time_ok
from .merge_words import STATE_SECTORS

# the kinds of statement a lead sums up
LEAD_STATEMENTS = {"ACCUSE", "REJECT", "REQUEST", "THREATEN"}


def _one_country(parts: list, state: bool) -> str | None:
    """The one country all the participants belong to (all of its state, if `state`)."""
    countries = {p.country for p in parts}
    if len(countries) != 1 or None in countries or (
            state and any(p.sector not in STATE_SECTORS for p in parts)):
        return None
    return next(iter(countries))


def _in_the_lead(e: Draft) -> bool:
    """The event is told in the lead: the first paragraph (after any dateline), or the first
    two sentences of a text with no paragraphs."""
    doc = e.sent.doc
    cut = doc.text.find("\n")
    if cut >= 0:
        return e.sent.start_char < cut
    return e.sent.start in [s.start for s in doc.sents][:2]


def restated_from_the_lead(e: Draft, d: Draft) -> bool:
    """`e`, told in the document's first sentence, and `d`, a few sentences on, are one
    statement: the same kind, said by the state of one country of the state or people of
    another, on days that agree."""
    if not (e.typed.plover == d.typed.plover and e.typed.plover in LEAD_STATEMENTS
            and _in_the_lead(e) and e.modality == d.modality == "asserted"
            and not d.new_event and 1 <= _sent_distance(e, d) <= 6):
        return False
    said_by = _one_country(e.actors, True)
    if said_by is None or said_by != _one_country(d.actors, True):
        return False
    said_of = _one_country(e.targets, False)
    if said_of is None or said_of == said_by or said_of != _one_country(d.targets, False):
        return False
    # a day told for one only (the other dated by the report) does not keep them apart
    return any(t is None or not t.evidence for t in (e.time, d.time)) or time_ok(e.time, d.time)
