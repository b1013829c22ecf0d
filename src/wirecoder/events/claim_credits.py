"""Claimants a sentence gives to an event besides the sayers of its own clauses: who claims
an attack ("The X group claimed responsibility in a statement", "X claimed the attack"), who
blames it on someone ("A government spokesman blamed the attack on X", "The minister blamed
the Y front, saying ..."), and who mediated the talks or the deal ("after three days of
Algeria-mediated talks", "a truce brokered by church leaders"). Each says the event happened.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..records import Claim
from .argument_words import EVENT_ANAPHORS, NOBODY, STATEMENT_TYPES
from .claimant_names import relayed_sources
from .casualty_followup import CLAIMED_NOUNS as ATTACK_NOUNS
from .claims import claimant_of, sayer_subject
from .later_participants import last_violent_event
from .lexicon import lemma as _lemma
from .merge_words import NON_STATE_SECTORS, STATE_SECTORS
from .modality import CLAIMED_NOUNS as RESPONSIBILITY_NOUNS
from .participant_mapper import participant_key
from .syntax import _negated

# verbs by which a party claims an attack ("claimed responsibility", "claimed the bombing")
CLAIM_VERBS = {"claim", "accept", "assume"}


def _told(final: list[Any]) -> dict[int, Any]:
    """Token index of each word that tells a kept event -> that event."""
    return {m.token.i: d for d in final for m in (d.trigger, *d.mentions)}


def _named_event(verb: Any, told: dict[int, Any]) -> tuple[bool, Any]:
    """(names an act?, the kept event it names) for what a claim or blame is about: its
    object or its "for"/"on" phrase ("claimed the attack", "blamed X for the killings",
    "blamed the attack on X"); (False, None) where it names none ("claimed responsibility",
    "blamed the Y front")."""
    words = [c for c in verb.children if c.dep_ == "dobj"]
    words += [verb.head] if _claimed_by(verb) else []  # ("an attack claimed by X")
    words += [g for w in (verb, *words) for c in w.children
              if c.dep_ == "prep" and c.lower_ in ("for", "on")
              for g in c.children if g.dep_ in ("pobj", "pcomp")]
    named = False
    for w in words:
        for u in (w, *w.conjuncts):
            if u.i in told:
                return True, told[u.i]
            if _lemma(u) in EVENT_ANAPHORS or u.lower_ in ("it", "them", "both"):
                named = True
    return named, None


def _claimed_by(verb: Any) -> bool:
    """"an attack claimed by X", "the bombing, claimed by X,": a participle of claiming on
    a noun for an attack."""
    return _lemma(verb) == "claim" and verb.tag_ == "VBN" and verb.dep_ == "acl" and (
        _lemma(verb.head) in ATTACK_NOUNS)


def _claimers(sent: Any) -> list[tuple[Any, Any]]:
    """(verb, subject) of each asserted claim of an attack or blame in the sentence."""
    out = []
    for t in sent:
        lem = _lemma(t)
        if t.pos_ != "VERB" or _negated(t) or t.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
            continue
        if lem == "blame":
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children):
                continue  # "the attack was blamed on X": nobody named says so
        elif _claimed_by(t):
            # "in an attack claimed by the Islamic State": the agent claims it
            out += [(t, g) for c in t.children if c.dep_ == "agent" for g in c.children
                    if g.dep_ == "pobj" and g.lower_ not in NOBODY]
            continue
        elif lem in CLAIM_VERBS:
            objs = [c for c in t.children if c.dep_ == "dobj"]
            if not any(_lemma(o) in RESPONSIBILITY_NOUNS or _lemma(o) in EVENT_ANAPHORS
                       for o in objs):
                continue
        else:
            continue
        subj, passive = sayer_subject(t)
        for s in subj if not passive else []:
            if s.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ in ("no", "any")
                                         for c in s.children):
                continue
            out.append((t, s))
    return out


def _add_claim(d: Any, p: Any, verb: str, evidence: tuple[Any, ...],
               date: Any = None) -> None:
    """`p` says event `d` happened (by the word `verb`, on `date` if told), unless a
    claimant of `d` is the same party."""
    key = {k for k in participant_key(p) if not k.startswith("head:")}
    if any(key & participant_key(c.claimant) for c in d.claims):
        return
    d.claims = [*d.claims, Claim(claimant=p, verb=verb, date=date, evidence=evidence)]


def _said_with(verb: Any, p: Any, ctx: Any) -> tuple[Any, ...]:
    """The evidence of `p`'s claim told by the token `verb`: the verb, then `p`'s own."""
    return (ctx.document.span(verb.idx, verb.idx + len(verb.text)),) + p.evidence


def credit_claimers_and_blamers(final: list[Any], ctx: Any) -> None:
    """"Gunmen killed seven farmers, the mayor said. The X militia claimed responsibility":
    whoever claims or blames an attack says it happened: a claimant of the event the claim
    names, or (naming none, or only "the attack") of the last violent event told in or
    before its sentence. Not of an event told as the blamer's own statement."""
    told = _told(final)
    for sent in ctx.doc.sents:
        for verb, subj in _claimers(sent):
            named, d = _named_event(verb, told)
            if d is None and _lemma(verb) == "blame" and not named and any(
                    c.dep_ == "prep" and c.lower_ == "for" and any(
                        g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")
                        for g in c.children)
                    for w in (verb, *verb.children) for c in w.children):
                continue  # "blamed the drought for poor harvests": no act told
            found = [d] if d is not None else _claimed_events(final, sent)
            if d is not None and _first_told_as_anaphor(d, sent):
                # "JNIM claimed responsibility for the assault": an event first told by a
                # definite noun refers back to one told before (the parser left it apart)
                found += [e for e in _claimed_events(final, sent) if e is not d]
            p = claimant_of(subj, ctx.mapper, ctx.lex)
            # "... in a statement carried by its Amaq news agency": the relay says so too
            relays = [claimant_of(src, ctx.mapper, ctx.lex)
                      for _how, src in relayed_sources(verb)]
            for e in found if p is not None else []:
                if e.modality == "asserted" and e.typed.plover not in STATEMENT_TYPES:
                    for q in (p, *(r for r in relays if r is not None)):
                        _add_claim(e, q, verb.text, _said_with(verb, q, ctx))


def _first_told_as_anaphor(d: Any, sent: Any) -> bool:
    """The event is first told in `sent`, by a noun with a definite determiner ("the
    assault", "Sunday's bombing")."""
    first = min((m.token for m in (d.trigger, *d.mentions)), key=lambda t: t.i)
    return first.sent.start == sent.start and first.pos_ == "NOUN" and any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another")
        for c in first.children)


def _claimed_events(final: list[Any], sent: Any) -> list[Any]:
    """The events a claim or blame that names no told act is about: the last violent event
    told before its sentence (else in it), and the attack the article leads with (what a
    claim or blame later in a story is most often of, and told twice where the parser split
    it)."""
    before = [d for d in final if d.typed.plover in ("ASSAULT", "COERCE")
              and d.sent.start < sent.start]
    last = max(before, key=lambda x: (x.sent.start, x.trigger.token.i), default=None)
    if last is None:
        last = last_violent_event(final, sent)
        return [last] if last is not None else []
    lead = min((d for d in before if d.typed.plover == "ASSAULT" and d.modality == "asserted"),
               key=lambda x: (x.sent.start, x.trigger.token.i), default=None)
    return [last] if lead is None or lead is last else [last, lead]


# verbs of a third party's part in talks or a deal
MEDIATING_VERBS = {"mediate", "broker", "facilitate"}
# events a mediator tells of: the talks and what they agreed
MEDIATED_TYPES = {"CONSULT", "AGREE", "RETREAT", "SUPPORT", "COOPERATE"}


def mediators_in(sent: Any) -> list[Any]:
    """"talks mediated by Togo", "a truce brokered by the church and local chiefs",
    "Algeria-mediated talks": the heads of who mediated, in a sentence."""
    out: list[Any] = []
    doc = sent.doc
    for t in sent:
        if _lemma(t) not in MEDIATING_VERBS or t.tag_ != "VBN":
            continue
        by = [g for c in t.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
        if not by and t.i >= sent.start + 2 and doc[t.i - 1].text == "-" and (
                doc[t.i - 2].pos_ == "PROPN"):
            by = [doc[t.i - 2]]  # "Qatar-mediated talks"
        out += [u for g in by for u in (g, *g.conjuncts) if u not in out]
    return out


def _split_pair(p: Any, ctx: Any) -> list[Any]:
    """"the provincial government and church leaders" read as one phrase: the two sources
    it names (unlinked, a short phrase on each side of one "and")."""
    parts = p.name.split(" and ")
    if p.kb_id or len(parts) != 2 or "," in p.name or not p.evidence or any(
            not 1 <= len(x.split()) <= 4 for x in parts):
        return [p]
    out = []
    start = p.evidence[0].start
    for x in parts:
        at = ctx.document.text.find(x, start)
        if at < 0:
            return [p]
        span = ctx.document.span(at, at + len(x))
        out.append(replace(p, name=x, mentions=(x,), evidence=(span,)))
        start = at + len(x)
    return out


def credit_mediators(final: list[Any], ctx: Any) -> None:
    """"Chad and Niger agreed to reopen their border after Algeria-mediated talks": the
    mediator of talks or a deal told in the sentence of an event of talks or agreement
    says it happened (its claimant)."""
    for d in final:
        if d.typed.plover not in MEDIATED_TYPES or d.modality not in ("asserted", "historical"):
            continue
        sents = {m.token.sent.start: m.token.sent for m in (d.trigger, *d.mentions)}
        for sent in sents.values():
            for tok in mediators_in(sent):
                p = claimant_of(tok, ctx.mapper, ctx.lex)
                verb = tok.head if tok.dep_ == "pobj" else tok
                for q in _split_pair(p, ctx) if p is not None else []:
                    _add_claim(d, q, verb.text, _said_with(verb, q, ctx))


# "with each side blaming the other", "the two sides accused each other": a fight both
# parties tell of
MUTUAL_SUBJECTS = {"side", "sides", "each", "both", "party", "parties"}
MUTUAL_OBJECTS = {"other", "another"}


def credit_both_sides(final: list[Any]) -> None:
    """"Kyrgyz and Tajik troops fought ..., with each side blaming the other": each party to
    a fight whose sentence has both sides blame or accuse each other says it happened (and
    the parties "both governments said" stands for: `credit_both_parties`)."""
    for d in final:
        if d.typed.plover != "ASSAULT" or d.modality != "asserted":
            continue
        sent = d.trigger.token.sent
        if not any(_lemma(t) in ("blame", "accuse") and any(
                c.lower_ in MUTUAL_SUBJECTS or c.dep_ in ("nsubj", "npadvmod")
                and c.lower_ == "they" for c in t.children) and any(
                u.lower_ in MUTUAL_OBJECTS for u in t.subtree) for t in sent):
            continue
        for p in (*d.actors, *d.targets):
            if p.kind != "person" and (p.kb_id or p.sector):
                _add_claim(d, p, "blamed", p.evidence)
    credit_both_parties(final)


# "both governments said", "the two sides said", "each side said": the parties told before
BOTH_WORDS = {"both", "each", "two"}
PARTY_NOUNS = {"side", "government", "country", "party", "army", "military", "delegation",
               "capital", "ministry", "state"}
# of those, the words that stand only for states ("both governments", "the two armies")
STATE_PARTY_NOUNS = PARTY_NOUNS - {"side", "party", "delegation"}


def _party_head(c: Any, doc: Any) -> Any | None:
    """The head noun of the words a claimant was told by, or None."""
    if not c.claimant.evidence:
        return None
    ev = c.claimant.evidence[-1]
    span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
    return None if span is None else span.root


def _a_party(p: Any, head: Any) -> bool:
    """`p` can be one of the parties a "both governments" / "both sides" stands for: a state
    (or its forces) for a word of states, a state or an armed or organised group for
    "sides"; never the victims ("Police shot dead three protesters, both ministries said")."""
    if p.kind == "person":
        return False
    state = p.kind == "state" or p.sector in STATE_SECTORS
    if _lemma(head) in STATE_PARTY_NOUNS:
        return state
    return state or p.sector in NON_STATE_SECTORS


def _both_parties(c: Any, doc: Any) -> bool:
    """The claim `c` is said by "both governments", "the two sides", "each side"."""
    head = _party_head(c, doc)
    return head is not None and _lemma(head) in PARTY_NOUNS and any(
        t.lower_ in BOTH_WORDS for t in head.lefts if t.dep_ in ("det", "predet", "nummod"))


def credit_both_parties(final: list[Any]) -> None:
    """"The foreign ministers of Armenia and Azerbaijan signed a protocol ..., both
    governments said": the parties of the event (two or more states or bodies among its
    actors and targets) are its claimants in place of the words that stand for them."""
    for d in final:
        doc = d.trigger.token.doc
        both = [c for c in d.claims if _both_parties(c, doc)]
        if not both:
            continue
        head = _party_head(both[0], doc)
        parties = [p for p in (*d.actors, *d.targets) if (p.kb_id or p.sector)
                   and _a_party(p, head)]
        if len(parties) < 2:
            continue
        d.claims = [c for c in d.claims if c not in both]
        for p in parties:
            _add_claim(d, p, both[0].verb, both[0].evidence, both[0].date)
