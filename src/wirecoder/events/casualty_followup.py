"""A count of casualties told in the sentence right after an attack, with no agent, place or
day of its own ("Another six people were wounded." "Two guards were hurt."): the same
attack's toll, even when the people it names are not the ones named before."""

from __future__ import annotations

from typing import Any

from .draft import Draft, _place_ok, _time_ok
from .lexicon import lemma as _lemma

# verbs whose passive tells what happened to people in an attack
CASUALTY_LEMMAS = {"wound", "injure", "hurt", "kill", "maim"}
CASUALTY_KINDS = {"killed", "injured"}


def _passive_casualty_verb(tok: Any) -> bool:
    """"were wounded", "was killed", "had been injured": a casualty verb in the passive."""
    if _lemma(tok) not in CASUALTY_LEMMAS:
        return False
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


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
    if d.time is not None and d.time.start is not None and not _time_ok(e.time, d.time):
        return False
    own_place = d.local_place()
    return own_place is None or _place_ok(e.local_place(), own_place)


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
    if d.time is not None and d.time.start is not None and not _time_ok(e.time, d.time):
        return False
    own_place = d.local_place()
    return own_place is None or _place_ok(e.local_place(), own_place)
