"""From a finished `Draft` to its `Event` record: confidence (rule score, then calibrated),
the one-line summary, ACLED's counting of captured people as arrests, and the stable id.
Moved out of `stage` (the same code).
"""

from __future__ import annotations

from dataclasses import replace

from ..geo.gazetteer import default_gazetteer
from ..geo.held_village import known_holder
from ..geo.written_name import as_written
from ..records import Analysis, Event, EventType, Quantity, Source, TimeSpan, stable_id
from .calibration import calibrate
from .claimant_names import distinct_claims
from .draft import Draft
from .lexicon import ACLED_SUB_TO_TYPE
from .member_nouns import folded_members
from .participant_mapper import merge_participants
from .person_names import titled_mentions
from .reported_names import reported
from .weapons import instruments_of


def _confidence(d: Draft) -> float:
    c = d.typed.weight * 0.75 + 0.1
    if d.actors:
        c += 0.08
    if d.targets:
        c += 0.05
    if d.mentions:
        c += min(0.04 * len(d.mentions), 0.08)
    if d.flexible:
        c -= 0.15
    if d.trigger.token.pos_ in ("NOUN", "PROPN") and not (d.actors or d.targets):
        c -= 0.1
    if d.modality != "asserted":
        c -= 0.05
    return max(0.05, min(0.98, c))


VERBS = {"ASSAULT": "attacked", "COERCE": "took coercive action against", "PROTEST":
         "protested against", "MOBILIZE": "mobilized forces", "SANCTION": "cut ties with",
         "THREATEN": "threatened", "REJECT": "rejected", "ACCUSE": "accused", "REQUEST":
         "made a demand of", "CONCEDE": "made a concession to", "RETREAT":
         "eased pressure on", "AID": "gave aid to", "COOPERATE": "cooperated with",
         "SUPPORT": "supported", "CONSULT": "met with", "AGREE": "agreed with"}
MODE_VERBS = {"arrest": "arrested", "seize": "seized or destroyed", "abduct": "abducted",
              "assassinate": "killed", "release": "released", "ease": "eased sanctions on",
              "withdraw": "withdrew from", "visit": "visited", "phone": "phoned",
              "ban": "banned", "deport": "deported", "curfew": "imposed a curfew on"}


def _summary(d: Draft) -> str:
    actor = " and ".join(list(dict.fromkeys(p.name for p in d.actors))[:2]) or (
        "An unidentified actor")
    verb = MODE_VERBS.get(d.typed.mode or "", VERBS.get(d.typed.plover, "acted toward"))
    target = " and ".join(list(dict.fromkeys(p.name for p in d.targets))[:2])
    parts = [actor, verb]
    if target:
        parts.append(target)
    elif verb.endswith((" on", " of", " with", " to", " against", " from")):
        parts.append("others")
    s = " ".join(parts)
    if d.typed.acled:
        s += f" ({d.typed.acled})"
    if d.location is not None:
        s += f" in {d.location.name}"
    if d.time is not None and d.time.start is not None:
        if d.time.end and d.time.end != d.time.start:
            s += f" between {d.time.start.isoformat()} and {d.time.end.isoformat()}"
        else:
            s += f" on {d.time.start.isoformat()}"
    if d.modality != "asserted":
        s += f" [{d.modality}]"
    return s + "."


# PLOVER types of talk and policy: they kill or wound no one ("the talks broke down after the
# ELN attacked a base, killing two soldiers": the two are the attack's dead, not the talks')
NON_PHYSICAL = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "CONCEDE", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "SANCTION"}


def _normalise_quantities(d: Draft) -> None:
    """People "captured" by security forces in an arrest are arrested (ACLED counts arrests);
    an event of talk or policy holds no dead or wounded."""
    if d.typed.plover in NON_PHYSICAL:  # (nor anyone arrested: "jailed two men for five
        # years" is a sentence; the arrest count is the arrest's)
        d.quantities = [q for q in d.quantities if q.kind not in ("killed", "injured",
                                                                   "arrested", "captured")]
    if d.typed.acled != "Arrests":
        return
    qs = []
    for q in d.quantities:
        if q.kind == "captured":
            q = Quantity(kind="arrested", value=q.value, qualifier=q.qualifier, object=q.object,
                         evidence=q.evidence)
        qs.append(q)
    d.quantities = qs


def calibrated(d: Draft, text: str = "") -> float:
    """The chance the event is right, from the rule confidence and the fields it has."""
    x = [float(bool(d.actors)), float(bool(d.targets)), float(bool(d.quantities)),
         float(d.location is not None), float(d.time is not None and d.time.start is not None)]
    return calibrate(_confidence(d), x, text)


def to_event(d: Draft, analysis: Analysis) -> Event:
    _normalise_quantities(d)
    doc = analysis.document
    t = d.typed
    ev = tuple(dict.fromkeys(sorted(d.evidence, key=lambda s: (s.start, s.end))))
    trig = doc.span(d.trigger.start, d.trigger.end)
    return Event(
        id=stable_id("evt", doc.id, t.plover, trig.start, trig.end),
        document_id=doc.id,
        type=EventType(plover=t.plover, plover_mode=t.mode, acled_event_type=ACLED_SUB_TO_TYPE.get(
            t.acled or ""), acled_sub_event_type=t.acled, cameo=t.cameo),
        actors=tuple(map(reported, folded_members(merge_participants(d.actors)))),
        targets=tuple(map(reported, folded_members(merge_participants(
            [p for p in d.targets if p not in d.actors])))),
        location=as_written(known_holder(d.location, analysis.toponyms, doc.text),
                            default_gazetteer()) if d.location else None,
        time=d.time or TimeSpan(None, None, "unknown"),
        evidence=ev,
        sources=(Source(doc.id, doc.url, doc.publisher, doc.published),),
        quantities=tuple(d.quantities),
        claims=tuple(replace(c, claimant=titled_mentions(c.claimant, analysis.doc))
                     for c in distinct_claims(d.claims)),
        weapons=merge_participants(instruments_of(d.weapons, t, analysis.doc, d.quantities)),
        modality=d.modality,
        confidence=calibrated(d, doc.text),
        summary=_summary(d),
        trigger=trig,
    )
