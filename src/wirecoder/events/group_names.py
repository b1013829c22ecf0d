"""Group names read inside a participant's phrase: the proper name before a common noun of
a kind of group ("the Frontier Corps paramilitary force": "Frontier Corps"), and what most of a
people believe, which is no part of its name ("the mainly Christian Kuki community").
Functions of a `ParticipantMapper` (passed as `mapper`), moved out of its module."""

from __future__ import annotations

import re
from typing import Any

from ..records import Participant
from .lexicon import lemma as _lemma


# common nouns saying what kind of group a proper name before them is ("the X militia")
KIND_OF_GROUP = {"force", "group", "militia", "movement", "party", "organisation",
                 "organization", "agency", "outfit", "faction", "network", "brigade", "battalion",
                 "regiment", "unit", "community", "minority", "majority"}
# of those, the ones that name a people by its name ("the Nuer community")
PEOPLE_HEADS = {"community", "minority", "majority"}
# "the mainly Christian", "the predominantly Muslim": what most of a people are
_MAJORITY_CREED = re.compile(r"^(?:the\s+)?(?:mainly|mostly|predominantly|largely|"
                             r"overwhelmingly|majority)[\s-]+[A-Z][\w'-]*\s+")


def without_majority_creed(mapper: Any, p: Participant) -> Participant:
    """"the mainly Christian Kuki community", "the mostly Sunni Arab tribes": what most
    of a people believe or are ("mainly Christian") describes them, no part of the name."""
    if p.kb_id or not p.evidence:
        return p
    ev = p.evidence[0]
    m = _MAJORITY_CREED.match(ev.text)
    if not m or m.end() >= len(ev.text):
        return p
    span = mapper.document.span(ev.start + m.end(), ev.end)
    return Participant(name=span.text, kind=p.kind, country=p.country, sector=p.sector,
                       mentions=tuple(dict.fromkeys((span.text, *p.mentions))),
                       evidence=(span,) + p.evidence[1:])


def name_before_kind(mapper: Any, p: Participant, head: Any) -> Participant:
    """"the Frontier Corps paramilitary force", "the Red Hand militia": a group's proper
    name before a common noun saying what kind of group it is names the group too (a
    mention beside the whole phrase). Not a place's or people's name, nor a group the
    actor stage named whole ("the Amhara militia")."""
    if p.kb_id or head.pos_ != "NOUN" or _lemma(head) not in KIND_OF_GROUP or not (
            p.evidence):
        return p
    doc = head.doc
    i = head.i - 1
    while i >= 0 and doc[i].pos_ in ("ADJ", "NOUN") and doc[i].is_lower and (
            doc[i].head == head):
        i -= 1
    end = i
    while i >= 0 and (doc[i].pos_ == "PROPN" or doc[i].text.istitle() and (
            doc[i].pos_ == "ADJ")) and doc[i].dep_ in ("compound", "nmod", "amod") or (
            i > 0 and doc[i].text == "-" and doc[i - 1].text.istitle()
            and not doc[i].whitespace_):  # ("the Kuki-Zo community")
        i -= 1
    start = i + 1
    while start <= end and doc[start].idx < p.evidence[0].start:
        start += 1  # (a part the name was already cut of, "mostly Hindu")
    people = _lemma(head) in PEOPLE_HEADS  # ("the Nuer community": "Nuer" names it)
    if end < start or doc[start].text == "-" or any(
            t.ent_type_ in ("GPE", "NORP", "LOC") and not people for t in doc[start:end + 1]):
        return p
    m = mapper.mention_at(doc[start].idx, doc[end].idx + len(doc[end].text))
    if m is not None and m.entity.kind == "state" or not people and any(
            x.span.end > head.idx for x in mapper.mentions_within(
                doc[start].idx, head.idx + len(head.text))):
        return p  # (a group the actor stage named whole, "the Amhara militia")
    short = mapper.document.span(doc[start].idx, doc[end].idx + len(doc[end].text)).text
    return Participant(name=p.name, kind=p.kind, country=p.country, sector=p.sector,
                       mentions=tuple(dict.fromkeys((*p.mentions, short))),
                       evidence=p.evidence)
