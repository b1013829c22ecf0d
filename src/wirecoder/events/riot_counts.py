"""The hurt of a riot and of its dispersal, each on its own event (`harm_to_its_side`): the
police officers hurt by rioters are the riot's count, the protesters hurt by the police the
dispersal's (the golden README: quantities go to the event that produced them; "Nine
officers were injured ... Organisers said at least 20 protesters had been hurt"), also where
no event of the document counts the hurt yet (`hurt_told_apart`). The dead and hurt told
beside an arrest are the violence's, not the arrest's (`harm_off_arrests`)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..geo.containment import haversine_km
from ..records import Quantity
from .draft import Draft
from .lexicon import lemma, load_lexicon, strip_plural
from .numbers import count_quantity
from .merge_words import RIOT_SUBTYPES, STATE_PEOPLE, STATE_SECTORS
from .absorption import sentences_apart
from .repression import INTERVENTIONS as DISPERSAL_SUBTYPES
from .repression import SENTENCES_AFTER as DISPERSAL_SENTENCES
from .repression import WITH_INTERVENTION

# who stands for the police in a riot's count ("nine officers were injured")
POLICE_PEOPLE = STATE_PEOPLE | {"officer", "police", "cop", "policeman", "policemen"}
# who stands for the crowd in a dispersal's count ("at least 20 protesters had been hurt")
CROWD_PEOPLE = {"protester", "demonstrator", "marcher", "rioter", "student", "vendor",
                "worker", "supporter", "teacher", "activist", "youth", "trader"}


def _whose(q: Any) -> str | None:
    """'police' or 'crowd' for the people a count names by its last word, else None."""
    if not q.object:
        return None
    word = strip_plural(q.object.split()[-1].lower())
    if word in POLICE_PEOPLE:
        return "police"
    return "crowd" if word in CROWD_PEOPLE else None


def same_day(a: Draft, b: Draft) -> bool:
    """The two are told of one day, or of days next to each other (a riot that ran into the
    night), or one has no day."""
    sa = a.time.start if a.time is not None else None
    sb = b.time.start if b.time is not None else None
    return sa is None or sb is None or abs((sa - sb).days) <= 1


# how far apart two acts of one occasion may be placed (a city and its districts)
NEAR_KM = 30.0


def same_place(a: Draft, b: Draft) -> bool:
    """The two are placed alike (by name, or a town and its neighbourhood, within
    `NEAR_KM`), or one is not placed."""
    pa, pb = a.location, b.location
    if pa is None or pb is None or (pa.name or "").lower() == (pb.name or "").lower():
        return True
    if None in (pa.lat, pa.lon, pb.lat, pb.lon):
        return False
    return haversine_km(pa.lat, pa.lon, pb.lat, pb.lon) <= NEAR_KM


def harm_to_its_side(final: list[Draft]) -> None:
    """Where a document tells one riot and one dispersal of it by state forces, a count of
    hurt police officers on the dispersal moves to the riot, and a count of hurt protesters
    on the riot moves to the dispersal (unless the other already carries it)."""
    riots = [d for d in final if d.modality == "asserted" and d.typed.plover == "PROTEST"
             and d.typed.acled in RIOT_SUBTYPES]
    dispersals = [d for d in final if d.modality == "asserted" and d.typed.plover == "ASSAULT"
                  and d.typed.acled in DISPERSAL_SUBTYPES
                  and any(p.sector in STATE_SECTORS for p in d.actors)]
    if len(riots) != 1 or len(dispersals) != 1 or not same_day(riots[0], dispersals[0]):
        return
    riot, dispersal = riots[0], dispersals[0]
    for source, target, side in ((dispersal, riot, "police"), (riot, dispersal, "crowd")):
        moving = [q for q in source.quantities if q.kind == "injured" and _whose(q) == side]
        for q in moving:
            source.quantities.remove(q)
            if not any(o.kind == q.kind and o.value == q.value for o in target.quantities):
                target.quantities.append(q)


def dispersals_share_the_riot(final: list[Draft]) -> None:
    """"Rioters set fire to a bank ... Police fired tear gas to disperse them": the dispersal
    of a crowd that rioted is coded with the riot's sub-type, "Violent demonstration", not
    "Protest with intervention" (the golden README: a protest and its dispersal share the
    ACLED sub-type); the riot is one told as such the same day, both placed at the place of
    that name (not a riot in other districts of the city: "police dispersed the march in the
    capital ... In two outlying districts, young men threw stones") or, where a place is not
    told, in the dispersal's sentence or the next two either way. Run after the counts are moved
    (`hurt_to_its_event` finds dispersals by their sub-type)."""
    riots = [d for d in final if d.modality == "asserted" and d.typed.plover == "PROTEST"
             and d.typed.acled == "Violent demonstration"]
    for d in final:
        if d.modality == "asserted" and d.typed.plover == "ASSAULT" and (
                d.typed.acled == WITH_INTERVENTION) and any(
                same_day(r, d) and _same_name(r, d) for r in riots):
            d.typed = replace(d.typed, acled="Violent demonstration")


def _same_name(a: Draft, b: Draft) -> bool:
    """Both are placed at a place of one name, or, where either is not placed, told within
    a few sentences of each other."""
    pa, pb = a.location, b.location
    if pa is None or pb is None or not pa.name or not pb.name:
        return sentences_apart(a.trigger.token, b.trigger.token) <= DISPERSAL_SENTENCES
    return pa.name.lower() == pb.name.lower()


def hurt_to_its_event(final: list[Draft]) -> None:
    """The dead and hurt of a document's riots, dispersals and arrests, each on the event
    that hurt them (the three steps below, in this order)."""
    harm_off_arrests(final)
    harm_to_its_side(final)
    hurt_told_apart(final)


# verbs whose passive subject is people hurt ("at least 14 traders had been hurt")
HURT_VERBS = frozenset(("hurt", "injure", "wound"))
SENTENCES_AFTER = 4  # how far after the riot or its dispersal its hurt are still told


def _violent(d: Draft) -> bool:
    return d.modality == "asserted" and (d.typed.plover == "ASSAULT" or (
        d.typed.plover == "PROTEST" and d.typed.acled in RIOT_SUBTYPES))


def _for_side(q: Quantity, cands: list[Draft]) -> list[Draft]:
    """The riots for hurt police, the dispersals for a hurt crowd; people of no side ("at
    least 17 people were hurt") were hurt by the force's violence rather than the crowd's,
    so the attacks first; else all of them."""
    side = _whose(q)
    return [d for d in cands if (side == "police" and d.typed.plover == "PROTEST") or (
        side == "crowd" and d.typed.acled in DISPERSAL_SUBTYPES)] or [
        d for d in cands if side is None and d.typed.plover == "ASSAULT"] or cands


def harm_off_arrests(final: list[Draft]) -> None:
    """"At least 17 people were hurt and 23 were detained": people killed or hurt are no count
    of an arrest (an arrest hurts no one in its coding) but of the violence of the same
    occasion (the same day and place: not the clash of another town told before), told in
    the arrest's sentence or before it: a riot for hurt police, its dispersal for hurt
    protesters, else the nearest such event. The count moves there unless that event counts
    the same people another way; where no such event is told it stays."""
    violent = [d for d in final if _violent(d)]
    for arrest in final:
        if arrest.typed.acled != "Arrests" or arrest.modality != "asserted":
            continue
        for q in [q for q in arrest.quantities if q.kind in ("killed", "injured")]:
            at = min((e.start for e in q.evidence), default=arrest.sent.start_char)
            cands = [d for d in violent if d.sent.start_char <= at and same_day(arrest, d)
                     and same_place(arrest, d) and not any(
                         o.kind == q.kind and o.value != q.value for o in d.quantities)]
            if not cands:
                continue
            target = max(_for_side(q, cands), key=lambda d: d.sent.start_char)
            arrest.quantities.remove(q)
            if not any(o.kind == q.kind for o in target.quantities):
                target.quantities.append(q)


def _hurt_count(tok: Any, doc_id: str | None) -> Quantity | None:
    """The people a number counts as hurt in a passive clause: "at least 14 traders had been
    hurt", "Six officers were injured" (the number or its noun the verb's subject)."""
    noun = tok.head if tok.dep_ in ("nummod", "quantmod") else tok
    verb = noun.head
    if noun.dep_ != "nsubjpass" or verb.pos_ != "VERB" or lemma(verb) not in HURT_VERBS:
        return None
    q = count_quantity(tok, "injured", load_lexicon(), doc_id)
    if q is None or noun == tok:
        return q
    return Quantity(kind=q.kind, value=q.value, qualifier=q.qualifier, object=noun.text,
                    evidence=q.evidence)


def hurt_told_apart(final: list[Draft]) -> None:
    """"Police said five officers were injured in the clashes. The traders' union said at least
    14 traders had been hurt": the hurt that no event of the document counts, told in the few
    sentences after a riot or its dispersal, are that event's count: hurt police the riot's,
    a hurt crowd the dispersal's (one such event in the document, not yet counting them)."""
    riots = [d for d in final if _violent(d) and d.typed.plover == "PROTEST"]
    dispersals = [d for d in final if _violent(d) and d.typed.acled in DISPERSAL_SUBTYPES]
    if not final or len(riots) > 1 or len(dispersals) > 1 or not (riots or dispersals):
        return
    doc = final[0].sent.doc
    counted = {e.start for d in final for q in d.quantities for e in q.evidence}
    sents = list(doc.sents)
    doc_id = next((e.document_id for d in final for e in d.evidence), None)
    for target, side in ((riots[0] if riots else None, "police"),
                         (dispersals[0] if dispersals else None, "crowd")):
        if target is None:
            continue
        first = next(i for i, s in enumerate(sents) if s.start == target.sent.start)
        for sent in sents[first + 1:first + 1 + SENTENCES_AFTER]:
            for tok in sent:
                if not (tok.like_num or tok.pos_ == "NUM"):
                    continue
                q = _hurt_count(tok, doc_id)
                if q is None or _whose(q) != side or q.evidence[0].start in counted:
                    continue
                if not any(o.kind == "injured" and _whose(o) in (side, None)
                           for o in target.quantities):
                    target.quantities.append(q)
