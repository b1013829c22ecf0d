"""The events stage: from a parsed, time-, place- and actor-tagged document to Event records.

detect triggers -> type them in context -> arguments from the parse -> embedded events fold
into the request / threat / refusal that carries them -> modality, time, place, quantities,
weapons, claims -> merge repeated mentions -> confidence, summary, stable id.
"""

from __future__ import annotations

import importlib
from typing import Any

from ..records import (Analysis, Event, EventType, Place, Quantity, Source, TimeSpan,
                       Toponym, stable_id)
from .arguments import roles_for
from .back_reference import during_the
from .calibration import calibrate
from .claims import claims_for
from . import discourse, event_places
from .detect import Trigger, find_triggers
from .draft import Draft
from .filters import _addressless_request, _bare_noun, _fold_support_requests
from .lexicon import ACLED_SUB_TO_TYPE, Lexicon, TriggerEntry, load_lexicon
from .lexicon import lemma as _lemma
from .merge import merge_document, merge_sentence
from .merge_words import ANAPHORIC_DETS, NEW_EVENT_DETS
from .modality import background, generic_plural, in_time_adjunct, modality_of
from .participant_mapper import ParticipantMapper, merge_participants
from .participants import (affiliations, attach_later_participants, expand_name, full_names,
                           identified_victims, instrument_word, last_violent_event,
                           named_apposition, target_participant, weapons_in)
from .quantities import extract_quantities, governing_duration
from .typing import Typed, as_intent, embed, resolve_types

STATEMENT_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE"}
FRAMES = {"REQUEST", "THREATEN", "REJECT", "AGREE"}
INTENT_ADJECTIVES = {"ready", "willing", "prepared", "determined", "eager", "poised"}
MUST_ENTRY = TriggerEntry("must", "V", "REQUEST", None, "100", None, None, 0.6)


def _optional(module: str, name: str) -> Any:
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def focus_country(toponyms: list[Any]) -> str | None:
    """The country the document's resolved places name most often; on a tie the one named
    first (never set order, which changes with Python's hash seed from run to run)."""
    countries = [t.place.country for t in toponyms if t.place and t.place.country]
    return max(countries, key=countries.count) if countries else None


class _Context:
    """Per-document helpers: spans, time and place lookups with safe fallbacks."""

    def __init__(self, analysis: Analysis, lex: Lexicon) -> None:
        self.analysis = analysis
        self.doc = analysis.doc
        self.document = analysis.document
        self.lex = lex
        self.mapper = ParticipantMapper(analysis.document, list(analysis.mentions or []))
        self._event_time = _optional("wirecoder.time", "event_time")
        self._day_told_before = _optional("wirecoder.time", "day_told_before")
        self.focus_country = focus_country(analysis.toponyms or [])
        self._event_location = _optional("wirecoder.geo", "event_location")
        self._not_the_place = _optional("wirecoder.geo.event_location", "not_the_place")

    def sent_span(self, sent: Any) -> Any:
        return self.document.span(sent.start_char, sent.end_char)

    def tok_span(self, tok: Any) -> Any:
        return self.document.span(tok.idx, tok.idx + len(tok.text))

    def time_of(self, tok: Any, start: int | None = None, end: int | None = None) -> TimeSpan:
        if self._event_time is not None:
            try:
                span = self.document.span(start if start is not None else tok.idx,
                                          end if end is not None else tok.idx + len(tok.text))
                return self._event_time(self.analysis, span, self.sent_span(tok.sent))
            except Exception as exc:  # noqa: BLE001 - a peer stage bug must not lose events
                self.analysis.problems.append(f"events: event_time failed: {exc!r}")
        return TimeSpan(None, None, "unknown", fallback="no time stage available")

    def day_told_before(self, tok: Any) -> TimeSpan | None:
        """The day the sentences before `tok`'s tell, when they tell one (the time stage's
        `day_told_before`); None without the time stage."""
        if self._day_told_before is None:
            return None
        return self._day_told_before(self.analysis, self.sent_span(tok.sent))

    def place_of(self, trig: Trigger) -> Any:
        place = event_places.undateline(self.analysis, self._place_of(trig), trig.start,
                                     self.focus_country)
        return event_places.province_check(self.analysis, place, trig.token.sent, trig.start,
                                        self.focus_country)

    def _no_place_reason(self, t: Toponym, trig: Trigger) -> str | None:
        """`geo.event_location.not_the_place` for toponym `t` of the trigger's sentence,
        given the sentence's toponyms as `choose_toponym` is (its possessor rule asks
        whether the possessed noun is itself one: "Afghanistan's Ghazni"); the gazetteer is
        the default one both use. None (no reason against) without the geo module."""
        if self._not_the_place is None:
            return None
        sent = trig.token.sent
        inside = [o for o in self.analysis.toponyms or []
                  if sent.start_char <= o.span.start and o.span.end <= sent.end_char]
        return self._not_the_place(self.doc, t, trig.token, inside)

    def _province_may_place(self, t: Toponym, trig: Trigger, place: Any) -> bool:
        """Whether a province the sentence names may stand for the event's place. With no
        place from geo, only where the parse gives no reason against it; with one, unless
        the name is a possessor that says whose, not where ("Nangarhar's police chief was
        killed in Kabul"; the other reasons, clause attachment or "from", are too fragile
        to overrule geo's place)."""
        reason = self._no_place_reason(t, trig)
        if place is None:
            return reason is None
        return reason not in LOCAL_NO_PLACE

    def _place_of(self, trig: Trigger) -> Any:
        place = None
        if self._event_location is not None:
            try:
                place = self._event_location(self.analysis,
                                             self.document.span(trig.start, trig.end),
                                             self.sent_span(trig.token.sent))
            except Exception as exc:  # noqa: BLE001
                self.analysis.problems.append(f"events: event_location failed: {exc!r}")
        focus = self.focus_country
        sent = trig.token.sent
        # (toponym, its place) for the provinces the sentence names
        provinces: list[tuple[Toponym, Place]] = []
        for t in self.analysis.toponyms or []:
            tp = t.place
            if (tp is not None and tp.precision == "admin1" and tp.admin1
                    and sent.start_char <= t.span.start < sent.end_char
                    and (focus is None or tp.country == focus)
                    and self._province_may_place(t, trig, place)):
                provinces.append((t, tp))
        attached = event_places.attached_place(self.analysis, trig.token)
        if attached is not None and not any(pp.country == attached.country
                                            and pp.admin1 != attached.admin1
                                            for _, pp in provinces):
            return attached  # "signed ... in Doha": the parse ties the place to the event
        if provinces and (place is None or place.admin1 != provinces[0][1].admin1) and not any(
                place is not None and place.admin1 == pp.admin1 for _, pp in provinces):
            # the sentence names the province; a place that contradicts it is a misreading
            return min(provinces, key=lambda tpp: abs(tpp[0].span.start - trig.start))[1]
        if focus and (place is None or (place.country and place.country != focus)):
            # a place outside the country the document is about, while the sentence names a
            # place inside it ("Andar district, Ghazni province" read as Andard, France):
            # keep the sentence's in-focus toponym, the finest first. With no place from
            # event_location at all, only a toponym the parse gives no reason against
            # (`geo.event_location.not_the_place`): geo's rules already said no to every other reading
            inside: list[tuple[Toponym, Place]] = []
            for t in self.analysis.toponyms or []:
                tp = t.place
                if (tp is not None and tp.country == focus
                        and sent.start_char <= t.span.start < sent.end_char
                        and tp.precision in ("point", "city", "admin2", "admin1")
                        and (place is not None
                             or self._no_place_reason(t, trig) is None)):
                    inside.append((t, tp))
            if inside:
                rank = {"admin1": 0, "city": 1, "admin2": 2, "point": 3}
                best = min(inside, key=lambda tpp: (rank.get(tpp[1].precision, 9),
                                                    abs(tpp[0].span.start - trig.start)))
                return best[1]
        return place


# `geo.event_location.not_the_place` reasons strong enough to set aside a province the
# sentence names when geo gave the event a place
LOCAL_NO_PLACE = {"possessor", "origin"}


def _must_triggers(doc: Any, lex: Lexicon) -> list[Trigger]:
    """"X said Y must do Z": a demand by X on Y (PLOVER REQUEST)."""
    out = []
    verbs = lex.words("reporting_verbs")
    for tok in doc:
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "must"
                                               for c in tok.children):
            if tok.dep_ in ("ccomp",) and _lemma(tok.head) in verbs | {"declare", "reiterate"}:
                out.append(Trigger(tok, MUST_ENTRY, tok.idx, tok.idx + len(tok.text)))
    return out


def _frame_of(trig: Trigger, by_token: dict[int, Trigger]) -> Trigger | None:
    """The request/threat/refusal/promise trigger that embeds this trigger, if any."""
    node = trig.token
    for _ in range(4):
        if node.dep_ not in ("xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "pcomp", "advcl",
                             "conj") or node.head == node:
            return None
        if node.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to"
                                            for c in node.children):
            return None
        if node.dep_ == "conj" and node.head.i not in by_token:
            return None
        if node.dep_ == "prep" and node.lower_ not in ("for", "of", "to", "on"):
            return None
        node = node.head
        f = by_token.get(node.i)
        if f is not None:
            return f if f.entry.plover in FRAMES and f != trig else None
    return None


def _intent_adjective(tok: Any) -> bool:
    node = tok
    for _ in range(3):
        if node.dep_ in ("xcomp",) and _lemma(node.head) in INTENT_ADJECTIVES:
            return True
        if node.head == node:
            break
        node = node.head
    return False


def _reported(tok: Any, lex: Lexicon) -> bool:
    """Whether the clause is someone's statement ("X said it will ...", "according to")."""
    verbs = lex.words("reporting_verbs")
    node = tok
    for _ in range(6):
        if node.head == node:
            break
        node = node.head
        if _lemma(node) in verbs:
            return True
    return any(t.lower_ == "according" for t in tok.sent) or any(
        _lemma(t) in verbs and t.dep_ in ("ROOT", "parataxis") for t in tok.sent)


def _conditional(tok: Any) -> bool:
    clause = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("unless", "if")
                                         for g in c.children) for c in clause.children)


def _scope(tok: Any) -> list[Any]:
    """Tokens an event's quantities and weapons are read from."""
    base = tok
    if tok.pos_ in ("NOUN", "PROPN") and tok.head.pos_ in ("VERB", "AUX") and tok.dep_ in (
            "dobj", "nsubjpass", "nsubj", "attr"):
        base = tok.head
    elif tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
        base = tok.head  # "14 insurgents killed"
    return sorted(base.subtree, key=lambda t: t.i)


def _draft(trig: Trigger, typed: Typed, ctx: _Context) -> Draft:
    lex, tok = ctx.lex, trig.token
    roles = roles_for(tok, typed.plover, typed.mode, lex)
    # "a bomb exploded / destroyed the bank": a weapon in the subject is the instrument
    instruments = [t for t in roles.actors + roles.coactors
                   if typed.plover in ("ASSAULT", "COERCE") and instrument_word(t, lex)]
    roles.actors = [t for t in roles.actors if t not in instruments]
    # "killed by a bomb placed by X": who placed the instrument acted
    roles.actors += [g for t in instruments for c in t.children if c.dep_ == "acl"
                     for a in c.children if a.dep_ == "agent"
                     for g in a.children if g.dep_ == "pobj" and g not in roles.actors]
    # "a Russian missile struck": the state or group the weapon is said to be from fired it
    roles.actors += [c for t in instruments for c in t.children
                     if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < t.i
                     and c.ent_type_ in ("NORP", "GPE", "ORG") and c not in roles.actors]
    roles.coactors = [t for t in roles.coactors if t not in instruments]
    unknown = [t for t in roles.name_modifiers
               if not getattr(ctx.mapper.participant(t), "kb_id", None)]
    roles.actors = [t for t in roles.actors if t not in unknown]
    if typed.plover in ("ASSAULT", "COERCE"):
        # "the Banco Popular bombing": a name the actor KB does not know is what was hit,
        # unless it is a place's ("the Bannu attack": where, geo's to say)
        roles.targets += [t for t in unknown if t not in roles.targets and not any(
            p.span.start <= t.idx < p.span.end for p in ctx.analysis.toponyms or [])]
    actors = [p for p in (ctx.mapper.participant(t) for t in roles.actors + roles.coactors) if p]
    if typed.plover in ("ASSAULT", "COERCE"):
        for t in roles.actors:
            actors.extend(affiliations(t, ctx))
    target_toks = list(roles.targets)
    if typed.plover in ("AID", "AGREE", "RETREAT", "SUPPORT", "CONCEDE", "REQUEST"):
        to = [g for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
              for g in c.children if g.dep_ == "pobj"]
        target_toks = to + target_toks
    if typed.plover in ("REQUEST", "CONCEDE", "REJECT"):
        target_toks += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
                        for g in c.children if g.dep_ == "pobj"]
    if typed.plover in ("REQUEST", "ACCUSE", "THREATEN", "REJECT") and not roles.targets:
        # "demanded that the US cancel ...": whom the demand is addressed to
        for c in tok.children:
            if c.dep_ in ("ccomp", "xcomp"):
                target_toks += [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    if typed.plover == "CONSULT" and typed.mode in ("visit",):
        target_toks += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "to")
                        for g in c.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE",)]
    if trig.entry is MUST_ENTRY:
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        rep = [c for c in tok.head.children if c.dep_ in ("nsubj",)]
        actors = [p for p in (ctx.mapper.participant(t) for t in rep) if p]
        target_toks = subj
    if typed.plover in ("ASSAULT", "COERCE"):
        target_toks = [n for t in target_toks for n in named_apposition(t)]
    targets = []
    for t in target_toks:
        p = target_participant(t, typed, ctx)
        if p is not None:
            targets.append(p)
        if typed.plover in ("ASSAULT", "COERCE"):
            targets.extend(affiliations(t, ctx))
    d = Draft(trigger=trig, sent=tok.sent, typed=typed, actors=actors, targets=targets)
    d.time = ctx.time_of(tok, trig.start, trig.end)
    if discourse.foreign_time(tok, d.time):
        d.time = TimeSpan(None, None, "unknown", fallback="the only date describes a participant")
    if (d.time.start is None and typed.plover in STATEMENT_TYPES and ctx.analysis.anchor
            and (tok.tag_ in ("VBD", "VBZ", "VBP", "VBN") or tok.pos_ == "NOUN")):
        # a statement the article reports with no date of its own: dated by the article
        a = ctx.analysis.anchor
        d.time = TimeSpan(a.date, a.date, "day", text=None, anchor=a.describe(),
                          fallback="no date in the text: a reported statement, dated by the "
                                   f"document's anchor ({a.source})")
    d.location = ctx.place_of(trig)
    anchor = ctx.analysis.anchor.date if ctx.analysis.anchor else None
    d.modality = modality_of(tok, d.time, anchor, lex,
                             violent=typed.plover not in STATEMENT_TYPES | {"CONSULT"})
    scope = _scope(tok)
    scope += [t for t in governing_duration(tok) if t not in scope]
    d.quantities = extract_quantities(tok, scope, trig.entry.quantity, ctx.document, lex,
                                      objects=roles.objects or roles.targets)
    if typed.plover in ("ASSAULT", "COERCE", "THREATEN", "MOBILIZE"):
        d.weapons = weapons_in(scope, ctx)
        if not d.weapons and typed.plover == "ASSAULT" and trig.entry.plover == "ASSAULT":
            # "a bomb went off in the bank, killing two": the weapon named in the sentence
            d.weapons = weapons_in(list(tok.sent), ctx)
        for t in instruments:
            if not any(t.idx >= w.evidence[0].start and t.idx < w.evidence[0].end
                       for w in d.weapons if w.evidence):
                d.weapons.extend(weapons_in(sorted(t.subtree, key=lambda x: x.i), ctx))
    d.claims = claims_for(tok, ctx.mapper, lex, ctx.time_of)
    d.evidence = [ctx.sent_span(tok.sent)]
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "amod", "predet")}
    d.anaphoric = tok.pos_ in ("NOUN", "PROPN") and bool(dets & ANAPHORIC_DETS)
    d.reference = in_time_adjunct(tok)
    d.reference_anchor = during_the(tok)
    if any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that")
           for t in roles.targets for c in t.children) and typed.plover in ("COERCE", "ASSAULT"):
        d.anaphoric = True  # "the detainees were taken into custody": the same arrest
    if d.modality == "asserted" and background(tok):
        d.modality = "historical"
    if d.modality == "asserted" and generic_plural(tok, lex):
        d.modality = "hypothetical"  # "responsible for attacks against X": habitual, no one event
    d.light = trig.entry.generic and tok.dep_ in ("dobj", "nsubjpass", "conj") and (
        _lemma(tok.head) in lex.classes["light"])
    if d.reference:
        d.claims = []
    d.new_event = bool(dets & NEW_EVENT_DETS)
    d.mentions = []
    return d


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


def _normalise_quantities(d: Draft) -> None:
    """People "captured" by security forces in an arrest are arrested (ACLED counts arrests)."""
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


def _to_event(d: Draft, analysis: Analysis) -> Event:
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
        actors=merge_participants(d.actors),
        targets=merge_participants([p for p in d.targets if p not in d.actors]),
        location=d.location,
        time=d.time or TimeSpan(None, None, "unknown"),
        evidence=ev,
        sources=(Source(doc.id, doc.url, doc.publisher, doc.published),),
        quantities=tuple(d.quantities),
        claims=tuple(dict.fromkeys(d.claims)),
        weapons=merge_participants(d.weapons),
        modality=d.modality,
        confidence=calibrated(d, doc.text),
        summary=_summary(d),
        trigger=trig,
    )


def _attach_identified_victims(final: list[Draft], ctx: _Context) -> None:
    """"The victims were identified as A and B": the names are targets of the last violent
    event told in or before that sentence."""
    for sent in ctx.doc.sents:
        toks = identified_victims(sent, ctx.lex)
        d = last_violent_event(final, sent) if toks else None
        if d is None:
            continue
        parts = [p for p in (ctx.mapper.participant(t) for t in toks) if p is not None]
        d.targets = list(merge_participants(list(d.targets) + parts))


def extract_events(analysis: Analysis) -> list[Event]:
    """Events a document reports, one per real-world event."""
    if analysis.doc is None:
        return []
    lex = load_lexicon()
    ctx = _Context(analysis, lex)
    names = [(m.span.start, m.span.end) for m in analysis.mentions or []]
    triggers = find_triggers(analysis.doc, lex, names) + _must_triggers(analysis.doc, lex)
    triggers.sort(key=lambda t: t.token.i)
    by_token = {t.token.i: t for t in triggers}
    typed: dict[int, Typed] = {}
    drafts: dict[int, Draft] = {}
    embedded: dict[int, Trigger] = {}
    cases = []
    for trig in triggers:
        roles = roles_for(trig.token, trig.entry.plover, trig.entry.mode, lex)
        cases.append((trig, roles.objects, roles.targets, roles.actors))
    for trig, ty in zip(triggers, resolve_types(cases, lex)):
        if ty is not None:
            typed[trig.token.i] = ty
    # events embedded in a request / threat / refusal / promise fold into it
    for trig in triggers:
        if trig.token.i not in typed:
            continue
        frame = _frame_of(trig, by_token)
        if frame is not None and frame.token.i in typed:
            typed[frame.token.i] = embed(typed[frame.token.i], typed[trig.token.i], lex)
            embedded.setdefault(frame.token.i, trig)
            del typed[trig.token.i]
    for trig in triggers:
        ty = typed.get(trig.token.i)
        if ty is None:
            continue
        d = _draft(trig, ty, ctx)
        tok = trig.token
        inner = embedded.get(tok.i)
        if inner is not None and not d.targets:
            # "offered to hand over to Britain": whom the promised / demanded act concerns
            r = roles_for(inner.token, ty.plover, None, lex)
            d.targets = [p for p in (ctx.mapper.participant(t) for t in r.targets) if p]
            if ty.plover in ("REQUEST",) and not d.targets:
                d.targets = [p for p in (ctx.mapper.participant(t) for t in r.actors) if p]
        if _intent_adjective(tok) or (d.modality in ("future", "hypothetical")
                                      and _conditional(tok)):
            d.typed = as_intent(ty, lex)
            if _conditional(tok) and d.typed.plover == "AGREE" and ty.plover in (
                    "RETREAT", "SANCTION", "PROTEST"):
                d.typed = Typed("THREATEN", "relations", None, "130", ty.weight)
            d.modality = "asserted"
        elif d.modality == "future" and ty.plover not in FRAMES and _reported(tok, lex):
            d.typed = as_intent(ty, lex)
            d.modality = "asserted"
        elif d.modality == "negated" and ty.plover in ("AGREE", "SUPPORT", "CONCEDE", "RETREAT",
                                                        "AID", "COOPERATE"):
            d.typed = as_intent(ty, lex, negated=True)
            d.modality = "asserted"
        drafts[tok.i] = d
    _fold_support_requests(drafts)
    by_sent: dict[int, list[Draft]] = {}
    for d in drafts.values():
        by_sent.setdefault(d.sent.start, []).append(d)
    merged: list[Draft] = []
    for start in sorted(by_sent):
        merged.extend(merge_sentence(by_sent[start]))
    final = merge_document(merged)
    # an operation word alone, with nobody acting and nothing acted on, is not an event
    final = [d for d in final if not (d.generic and not d.mentions and (
        not d.light or not (d.actors or d.targets)))]
    final = [d for d in final if not _bare_noun(d) and not _addressless_request(d)]
    final = discourse.apply(final)
    # an event told with no date, once merged with every mention of it: the day the sentences
    # before it tell ("During an operation Wednesday ... They were subsequently killed"); late,
    # so that a borrowed day neither splits mentions nor passes for the clause's own time
    for d in final:
        if d.modality == "asserted" and (d.time is None or d.time.start is None):
            d.time = ctx.day_told_before(d.trigger.token) or d.time
    _attach_identified_victims(final, ctx)
    attach_later_participants(final, ctx)
    people = full_names(analysis.doc)
    if people:
        for d in final:
            d.actors = [expand_name(p, people) for p in d.actors]
            d.targets = [expand_name(p, people) for p in d.targets]
    return [_to_event(d, analysis) for d in final]


class EventStage:
    """Pipeline stage: fills `analysis.events` (and `analysis.facts` from the actor stage)."""

    name = "events"
    requires = ("doc", "anchor", "timexes", "toponyms", "mentions")
    assigns = ("events", "facts")

    def __init__(self, options: Any = None) -> None:
        self.options = options
        load_lexicon()
        self._facts = _optional("wirecoder.actors", "facts_from_text")

    def __call__(self, analysis: Analysis) -> None:
        analysis.events = extract_events(analysis)
        if self._facts is not None:
            try:
                analysis.facts = list(self._facts(analysis))
            except Exception as exc:  # noqa: BLE001
                analysis.problems.append(f"events: facts_from_text failed: {exc!r}")
