"""Group names read inside a participant's phrase: the proper name before a common noun of
a kind of group ("the Frontier Corps paramilitary force": "Frontier Corps"), and what most of a
people believe, which is no part of its name ("the mainly Christian Kuki community").
Functions of a `ParticipantMapper` (passed as `mapper`), moved out of its module."""

from __future__ import annotations

import re
from dataclasses import replace
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


def _country(mapper: Any, tok: Any) -> bool:
    m = mapper.mention_at(tok.idx, tok.idx + len(tok.text))
    return tok.ent_type_ == "GPE" or (m is not None and m.entity.kind == "state")


def with_country_of(mapper: Any, p: Participant, head: Any) -> Participant:
    """"the Law Society of Kenya", "the independent Human Rights Commission of Pakistan",
    "Reporters Without Borders": a body's capitalised name that goes on with "of <country>"
    or a capitalised preposition is named with it (the
    tagger often ends the name before "of"); a lower-case word before the name ("independent")
    describes it, no part of it. The phrase cut short stays a mention."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper() or not p.evidence:
        return p
    prep = next((c for c in head.rights if c.dep_ == "prep"), None)
    # "of <country>", or a capitalised preposition inside a name ("Reporters Without Borders")
    titled = prep is not None and prep.text[:1].isupper() and any(
        t.is_alpha and t.is_lower and len(t) > 3 for t in head.sent)  # (not a headline)
    if prep is None or prep.i != head.i + 1 or (prep.lower_ != "of" and not titled):
        return p
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    if len(objs) != 1 or objs[0].pos_ != "PROPN" or not (
            titled or _country(mapper, objs[0])) or any(
            t.dep_ not in ("compound", "det") for t in objs[0].children if t.i < objs[0].i) or (
            any(t.dep_ in ("prep", "cc", "conj", "appos", "relcl") for t in objs[0].children)):
        return p
    doc = head.doc
    start = head.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
            and doc[start - 1].head.i >= start - 1 and doc[start - 1].idx >= p.evidence[0].start:
        start -= 1
    end = objs[0].idx + len(objs[0].text)
    name = mapper.document.text[doc[start].idx:end]
    if "\n" in name or name.lower() == p.name.lower():
        return p
    if p.kb_id:
        return replace(p, mentions=tuple(dict.fromkeys((*p.mentions, name))))
    return Participant(name=name, kind=p.kind or "organization", country=p.country,
                       sector=p.sector, mentions=tuple(dict.fromkeys((name, p.name,
                                                                      *p.mentions))),
                       evidence=(mapper.document.span(doc[start].idx, end),))
