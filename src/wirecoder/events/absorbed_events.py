"""Events that are part of another event of their document, folded into it after merging:
a headline that restates what the body reports (`headline_repeats`), an act told only as
what an accusation says was done to people already reported (`accused_repeats`), a dealing
an accusation alleges (`accused_dealings`), and
weapons seized or
destroyed, a bare "operation" or a robbery told in the course of a raid that killed or
detained people (`fold_seizures`), which ACLED codes as that one event.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .act_kinds import looting, seized_vessel, taken_in_one_clause
from .draft import Draft, time_ok
from .lexicon import lemma as _lemma
from .clause_subjects import accused_of


def headline_end(text: str) -> int:
    """End of the headline: a short first line with no closing full stop (0: none)."""
    m = re.search(r"[\n\u2028]", text)
    if m is None:
        return 0
    line = text[:m.start()].strip()
    if not line or len(line) > 160 or line.endswith((".", "!", "?", ":", ";")):
        return 0
    return m.start()


def headline_repeats(drafts: list[Draft]) -> list[Draft]:
    """A headline ("Suspected Insurgents Detained") restates an event the body reports: when the
    body has an event of the same type, the headline's parse adds nothing but noise."""
    if not drafts:
        return drafts
    end = headline_end(drafts[0].trigger.token.doc.text)
    if not end:
        return drafts
    body: dict[str, Draft] = {}
    for d in drafts:
        if d.trigger.start >= end and d.modality == "asserted":
            body.setdefault(d.typed.plover, d)
    out = []
    for d in drafts:
        # a headline event the merge already joined to the body's report of it ("Gunmen kill
        # 14 villagers" + "gunmen ... killed at least 14 villagers") is that report, told
        # by its first mention in the body, unless the body's first event of its type is told
        # with the same word (a release's lead and its details, "detained ... detained": one
        # event); another act ("also set fire to granaries", "shot down 40 drones") does not
        # swallow it
        headline = d.trigger.start < end
        into = body.get(d.typed.plover) if headline else None
        below = [m for m in d.mentions if m.start >= end] if headline else []
        # (nor where the body's first report of its type is this event's own mention, told
        # before the other with another word: "exchanged fire late on Wednesday ... Pakistan's
        # army said Indian forces had fired mortar rounds", or placed where the later one
        # cannot be: a strike across the border from the clash it followed)
        lead = min(below, key=lambda m: m.start) if below else None
        if lead is not None and (into is None or _lemma(into.trigger.token) not in {
                _lemma(m.token) for m in (d.trigger, *d.mentions)} or (
                lead.start < into.trigger.start
                and (_lemma(lead.token) != _lemma(into.trigger.token)
                     or not _same_province(d, into)))):
            first = lead
            # the headline's title-case words parse as odd phrases ("Border Guards Foil
            # Smuggling Attempt"): who the body names is who took part
            text = d.trigger.token.doc.text
            d.actors = _named_in_body(d.actors, end, text)
            d.targets = _named_in_body(d.targets, end, text)
            d.mentions = [m for m in d.mentions if m is not first] + [d.trigger]
            d.trigger, d.sent = first, first.token.sent
            ent = first.entry
            if (ent.plover == d.typed.plover and ent.acled and ent.acled[0] not in "@-"
                    and ent.acled != d.typed.acled):
                # the body's words type the event the headline's terse noun only named
                # ("... over firing" / "troops exchanged fire": an armed clash)
                d.typed = replace(d.typed, acled=ent.acled, mode=ent.mode or d.typed.mode)
            into = None
        if into is None:
            out.append(d)
            continue
        # what the headline (and the lead joined to it) says and the body's first mention
        # lacks is kept
        if into.location is None:
            into.location = d.location
        if (into.time is None or into.time.start is None) and d.time is not None \
                and d.time.start is not None:
            into.time = d.time
        kinds = {q.kind for q in into.quantities}
        into.quantities += [q for q in d.quantities if q.kind not in kinds]
        into.evidence += d.evidence
    return out


def _named_in_body(parts: list[Any], end: int, text: str) -> list[Any]:
    """The participants the body names too (or linked ones), where there are any."""
    below = text[end:].lower()
    body = [p for p in parts if p.kb_id or not p.evidence
            or any(ev.start >= end for ev in p.evidence) or p.name.lower() in below]
    return body if body else parts


def _same_province(a: Draft, b: Draft) -> bool:
    """No contradiction between the places the two events' own sentences name (a place taken
    from elsewhere in the document does not count)."""
    pa, pb = a.local_place(), b.local_place()
    if pa is None or pb is None:
        return True
    return (pa.country == pb.country
            and (not pa.admin1 or not pb.admin1 or pa.admin1 == pb.admin1))


def _seized_another_day(m: Draft, d: Draft) -> bool:
    """"Soldiers searched the prison on Monday and seized 12 firearms" after a riot told on
    Saturday: a seizure whose own words date it to a day the raid's own words do not cover is
    a search or find of its own, not what the raid found."""
    a, b = m.time, d.time
    return (a is not None and b is not None and a.precision == b.precision == "day"
            and bool(a.text and b.text) and not (a.fallback or b.fallback)
            and not time_ok(a, b))


def sent_index(d: Draft) -> int:
    return sum(1 for s in d.sent.doc.sents if s.start < d.sent.start)


def _could_be_part(m: Draft, d: Draft) -> bool:
    """Seizure `d` can be part of raid `m`, unless the seizure is itself the operation the text
    reports ("launched a joint operation ..., destroying 15 weapons hideouts": it carries its
    own operation word) and the raid comes only well after it, by other named actors
    (another state's operation reported twenty sentences on)."""
    own_operation = any(t.entry.generic for t in d.mentions)
    if not own_operation or not (m.actors and d.actors):
        return True
    if {p.name for p in m.actors} & {p.name for p in d.actors}:
        return True
    if any(p.kb_id is None for p in m.actors):
        return True  # "the security force": an unnamed force may be the one that seized
    return sent_index(m) - sent_index(d) <= 3


def _looting_in(d: Draft, m: Draft) -> bool:
    """Robbery or looting `d` is part of assault `m` when the same sentence tells both ("the
    gunmen shot the guard and robbed the bank") or they share an actor; never of an arrest."""
    if m.typed.plover != "ASSAULT":
        return False
    return m.sent.start == d.sent.start or bool(
        {p.name for p in d.actors} & {p.name for p in m.actors})


# nouns that tell why someone or something was seized ("on suspicion that it had ...")
SUSPICION_NOUNS = {"suspicion", "suspicions", "charge", "charges", "allegation", "allegations"}


def _suspected_of(m: Draft, d: Draft) -> bool:
    """"seized a cargo ship on suspicion that it had damaged a cable": the act the seizure
    says was suspected (in a clause of "suspicion", "charges") is not the seizure's raid."""
    tok = m.trigger.token
    for _ in range(6):
        if tok.head.i == tok.i or tok.i == d.trigger.token.i:
            return False
        tok = tok.head
        if tok.lower_ in SUSPICION_NOUNS and tok.head.i == d.trigger.token.i or (
                tok.lower_ in SUSPICION_NOUNS and tok.head.head.i == d.trigger.token.i):
            return True
    return False


def fold_seizures(drafts: list[Draft]) -> list[Draft]:
    """Weapons seized or destroyed in the course of a raid that killed or detained people are
    part of that raid (one event, as ACLED codes it), not a separate weapons event; so is a
    bare "operation" that the killing or detention was part of. A robbery or looting ("gunmen
    robbed the bank") is part only of an assault it is told with (`_looting_in`), never of an
    arrest: the arrest is what is done to the robbers."""
    mains = [d for d in drafts if d.modality == "asserted" and (
        d.typed.plover == "ASSAULT" or d.typed.acled == "Arrests")]
    if not mains:
        return drafts
    out = []
    for d in drafts:
        if d.generic and d.typed.acled is None and d.modality == "asserted" and not d.new_event:
            # "conducted an operation ..." beside the killing or detention it consisted of
            into = [m for m in mains if m is not d and not m.generic and _same_province(m, d)]
            if into:
                m = into[0]
                if m.location is None:
                    m.location = d.location
                m.evidence += d.evidence
                continue
        if d.typed.plover == "COERCE" and d.typed.mode == "seize" and d.modality == "asserted":
            names = {p.name for p in d.actors}
            into = [m for m in mains if _same_province(m, d) and (
                m.sent.start == d.sent.start or d.reference_anchor or not names
                or names & {p.name for p in m.actors} or not d.new_event)
                and _could_be_part(m, d) and not (looting(d) and not _looting_in(d, m))
                and not (seized_vessel(d) and (  # (a craft apart from its crew's arrest)
                    m.sent.start != d.sent.start or m.typed.mode == "arrest"
                    and not taken_in_one_clause(d, m)))
                and not _suspected_of(m, d) and not _seized_another_day(m, d)]
            if into:
                m = min(into, key=lambda m: (m.typed.acled != "Arrests", m.flexible))
                m.quantities += [q for q in d.quantities if q.kind in ("seized", "destroyed")]
                m.weapons += [w for w in d.weapons if w not in m.weapons]
                m.evidence += d.evidence
                if m.location is None and m.sent.start == d.sent.start:
                    # "seized a trawler off X and detained its crew": the seizure's place
                    m.location = d.location
                if not m.actors and m.sent.start == d.sent.start:
                    # "five men were arrested and the forces seized two cars": who seized
                    # is who arrested
                    taken = {p.name for p in m.targets}
                    m.actors = [p for p in d.actors if p.name not in taken]
                continue
        out.append(d)
    return out


# pronouns that refer back to people the text has already told of
PEOPLE_PRONOUNS = {"them", "him", "her"}


def _accused_repeat(d: Draft) -> bool:
    """"accused the police of shooting them": an act of an accusation whose victims are a
    pronoun for people already told of, with no count of its own."""
    tok = d.trigger.token
    return (not d.quantities and bool(accused_of(tok))
            and any(c.dep_ == "dobj" and c.lower_ in PEOPLE_PRONOUNS for c in tok.children))


def accused_repeats(drafts: list[Draft]) -> list[Draft]:
    """An act told only inside an accusation about people the text has already reported
    ("the four dead were students, and accused the police of shooting them after they had
    been arrested") is the accusation's content, when the text has already reported an event
    of its type: that earlier event is the one the accusation retells, and the acts told in
    the accused act's own clauses ("after they had been arrested") go with it. An accused act
    with victims of its own ("accused the army of shelling its positions") stays an event."""
    gone: list[Any] = []
    for d in drafts:
        if d.modality == "asserted" and _accused_repeat(d) and any(
                m is not d and m.modality == "asserted" and m.typed.plover == d.typed.plover
                and m.trigger.start < d.trigger.start for m in drafts):
            gone.append(d.trigger.token)
    if not gone:
        return drafts
    return [d for d in drafts if not any(
        d.trigger.token.i in {t.i for t in g.subtree} and d.sent.start == g.sent.start
        for g in gone)]


# acts of dealing with a party, which an accusation alleges as a standing relation ("accused
# them of supplying food to the rebels", "of hosting foreign troops", "of backing the M23")
DEALING_TYPES = {"AID", "CONSULT", "COOPERATE", "SUPPORT", "AGREE", "CONCEDE"}


def accused_dealings(drafts: list[Draft]) -> list[Draft]:
    """A cooperation, aid or meeting told only as what an accusation alleges ("the army
    accused the villagers of supplying food to the insurgents", "Mali accused Algeria of
    hosting rebel leaders") is the accusation's content, no event of its own: the text
    reports the charge, not a delivery or a meeting it dates and places."""
    return [d for d in drafts if not (d.typed.plover in DEALING_TYPES and len(d.mentions) <= 1
                                      and accused_of(d.trigger.token))]
