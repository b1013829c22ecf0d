"""Actors carried into a passive sentence of detail: "Armed youths stopped a convoy outside
Bor on Monday. The drivers were held for six hours and two trucks were looted." A wire story
names the doer once; a following sentence that tells a further violent or coercive act in
the passive, with no "by" agent and no doer of its own, goes on with the doers of the act
told just before it (not where those it hit are of the doers' own kind: "Troops raided the
camp. Two soldiers were killed" is the other side's act; an arrest only from state forces).
"""

from __future__ import annotations

from typing import Any

from .argument_words import SAY_VERBS, STATEMENT_TYPES
from .claim_carry import MAX_BREAKS, MAX_SENTENCES_BACK, paragraph_of
from .claims import _last_sayer, sayer_body
from .later_participants import named_doers
from .crowd_damage import DESTRUCTION
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon, strip_plural
from .merge_words import STATE_SECTORS
from .participant_mapper import participant_key

# acts whose doer a passive sentence of detail leaves to the sentence before
CARRIED_TYPES = {"ASSAULT", "COERCE"}
# acts whose doers a following passive goes on with
SOURCE_TYPES = {"ASSAULT", "COERCE", "MOBILIZE"}


def _passive_without_agent(tok: Any) -> bool:
    """"were held", "was looted", "were detained at the scene": a passive verb with no
    "by" agent."""
    if tok.pos_ not in ("VERB", "AUX") or tok.tag_ != "VBN":
        return False
    kids = list(tok.children)
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in kids) and not any(
        c.dep_ == "agent" for c in kids)


def _own_kind(targets: list[Any], actors: list[Any]) -> bool:
    """Those hit are of the doers' own kind (the same sector) or the doers themselves."""
    sectors = {a.sector for a in actors if a.sector}
    keys = set().union(*(participant_key(a) for a in actors)) if actors else set()
    return any(t.sector in sectors or participant_key(t) & keys for t in targets)


def carry_actors_into_passives(final: list[Any], ctx: Any) -> None:
    """A violent or coercive act told in the passive with no agent and no actor takes the
    actors of the last such act told in the sentences just before its sentence (at most
    `MAX_SENTENCES_BACK` back, `MAX_BREAKS` paragraph breaks)."""
    sents = list(ctx.doc.sents)
    index = {s.start: i for i, s in enumerate(sents)}
    text = ctx.doc.text
    para = {s.start: paragraph_of(text, s.start_char) for s in sents}
    for d in final:
        if d.actors or d.modality != "asserted" or d.typed.plover not in CARRIED_TYPES:
            continue
        if not _passive_without_agent(d.trigger.token) or d.trigger.token.dep_ == "relcl":
            continue  # ("X, who was killed during a police operation": a description)
        i = index.get(d.sent.start)
        if not i:
            continue
        lo = sents[max(0, i - MAX_SENTENCES_BACK)].start
        told = [e for e in final if e is not d and e.actors and e.modality == "asserted"
                and e.typed.plover in SOURCE_TYPES and lo <= e.sent.start < d.sent.start
                and para[d.sent.start] - para[e.sent.start] <= MAX_BREAKS
                and not _crowd_damage(e)]
        src = max(told, key=lambda e: (e.sent.start, e.trigger.token.i), default=None)
        if src is None or _own_kind(d.targets, src.actors):
            continue
        if d.typed.plover == "COERCE" and (d.typed.acled != "Arrests" or not any(
                a.sector in STATE_SECTORS for a in src.actors)):
            continue  # "were detained": by the state, not by the rioters told before (and
            # "internet access was cut" is not the act of the forces told before)
        d.actors = list(src.actors)


def _crowd_damage(e: Any) -> bool:
    """"Protesters looted six shops ... Two men were shot dead": what a crowd burned or
    looted is a moment of its protest (`crowd_damage`), whose doers are not carried into
    the shootings or arrests told after it, as a protest's are not."""
    crowd = load_lexicon().classes["protest_actor"]
    return e.typed.acled == DESTRUCTION and all(
        strip_plural(a.name.split()[-1].lower()) in crowd for a in e.actors if a.name)


def _trailing(verb: Any) -> bool:
    """A reporting verb set after what it reports ("..., residents said"): its sayer is a
    source, not the body the story is about."""
    return verb.dep_ in ("parataxis", "conj") or any(
        c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children)


def name_pronoun_doers(final: list[Any], ctx: Any) -> None:
    """"Eritrea's information ministry denied the report. In a statement it accused Addis
    Ababa of ...": an act whose subject is an "it" ("they") nobody resolved, with no actor,
    is done by the body (bodies) that said something last, in its sentence or the two
    before (`claims.body_said_before`; the sayer found once, named by `claims.sayer_body`),
    where it said so as the subject of its sentence (not a source set after what it
    reports)."""
    for d in final:
        if d.actors:
            continue
        tok = d.trigger.token
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ not in ("it", "they"):
            continue
        sayer = _last_sayer(subj, ctx.lex, past_pronouns=True)
        if sayer is None or (_trailing(sayer.head) and sayer.sent.start != subj.sent.start):
            continue  # "Soldiers detained 25 men, residents said. They accused ...": not them
            # (but "..., the ministry said, adding that it had asked ...": its own words)
        p = sayer_body(sayer, subj, ctx.mapper, ctx.lex)
        if p is not None and not any(participant_key(p) & participant_key(t)
                                     for t in d.targets):
            d.actors = [p]


def name_quoted_speakers(final: list[Any], ctx: Any) -> None:
    """'"We have asked people again and again not to dig there," the police chief said',
    '"We urge both sides to stop," said the head of the mission': a demand, charge or
    refusal whose subject is a first-person "we"/"I" inside a quotation, with no actor, is
    made by the one named as saying the quotation right after it closes (in its sentence
    or, for a quotation of several sentences, in the sentence that closes it), or, with
    none there, by the one its sentence opens by saying it ('the spokesperson said, adding:
    "We call on ..."')."""
    for d in final:
        if d.actors or d.typed.plover not in STATEMENT_TYPES:
            continue
        tok = d.trigger.token
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        speaker = None if subj is None or subj.lower_ not in ("we", "i") else \
            _quotation_speaker(subj)
        p = None if speaker is None else ctx.mapper.participant(speaker)
        if p is not None:
            d.actors = [p]


def _quotation_speaker(tok: Any) -> Any:
    """The subject of the verb of saying right after the quotation `tok` is in closes, at
    most two sentences on and in the same paragraph; None outside a quotation."""
    doc = tok.doc
    start = tok.sent.start
    before = [t for t in doc[start:tok.i] if t.text in QUOTE_MARKS]
    if len(before) % 2 == 0:
        return None  # (not inside a quotation opened in its sentence)
    end = doc[min(len(doc) - 1, tok.sent.end + 1)].sent.end
    closing = next((t for t in doc[tok.i:end] if t.text in QUOTE_MARKS), None)
    if closing is None or "\n\n" in doc[tok.i:closing.i + 1].text:
        return None
    verb = closing.sent.root
    if _lemma(verb) not in SAY_VERBS or verb.i < closing.i:
        return _speaker_before(before[-1])
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i > closing.i), None)


def _speaker_before(opening: Any) -> Any:
    """'the spokesperson said, adding: "We call on ..."': the subject of the verb of saying
    that opens the sentence of the quotation, before it opens (None where there is none, or
    where a verb with a subject of its own holds the quotation: 'The minister said
    protesters chanted: "We demand ..."' is the protesters' chant; a subjectless "adding"
    still is the speaker's)."""
    verb = opening.sent.root
    if _lemma(verb) not in SAY_VERBS or verb.i > opening.i:
        return None
    if any(t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass")
                                             for c in t.children)
           for t in opening.doc[verb.i + 1:opening.i]):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)


QUOTE_MARKS = {'"', "“", "”"}


# verbs of a belief about who the doers are ("gunmen believed to be members of X")
BELIEF_VERBS = {"believe", "think", "suspect", "understand", "know", "say", "report"}
# nouns of membership whose "of" names the group ("members / fighters of X")
MEMBER_NOUNS = {"member", "fighter", "militant", "part", "supporter", "loyalist", "element"}


def _believed_group(belief: Any) -> Any:
    """The group a belief verb names: "(believed) to be members of X" -> X,
    "(thought) to be X fighters" -> the attribute ("X fighters")."""
    be = next((c for c in belief.children if c.dep_ == "xcomp" and _lemma(c) == "be"), None)
    attr = None if be is None else next((c for c in be.children if c.dep_ == "attr"), None)
    if attr is None:
        return None
    if _lemma(attr) in MEMBER_NOUNS:
        of = [g for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
        if of:
            return of[0]
    return attr


def name_believed_groups(final: list[Any], ctx: Any) -> None:
    """"Gunmen believed to be members of the X group killed seven herders": the group the
    doers are believed to belong to is the actor, the doers' words among its mentions (as
    a group officials blame: `later_participants.named_doers`). Read whether the parser
    hangs the belief on the doers ("gunmen, believed to be ...") or makes it the verb of the
    sentence with the act as its complement."""
    for d in final:
        tok = d.trigger.token
        if tok.pos_ != "VERB":
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        belief = None
        if subj is not None:
            belief = next((c for c in subj.children if c.dep_ == "acl"
                           and _lemma(c) in BELIEF_VERBS and c.tag_ == "VBN"), None)
        elif tok.dep_ in ("ccomp", "conj") and _lemma(tok.head) in BELIEF_VERBS and (
                tok.head.tag_ in ("VBD", "VBN")):
            belief = tok.head
            subj = next((c for c in belief.children if c.dep_ == "nsubj"
                         and c.i < belief.i), None)
        if belief is None or subj is None or not any(
                c.dep_ == "xcomp" and _lemma(c) == "be" for c in belief.children):
            continue  # ("..., Tass reported": a source, not a belief about the doers)
        group = _believed_group(belief)
        p = None if group is None else ctx.mapper.participant(group)
        doers = ctx.mapper.participant(subj)
        if doers is None:
            continue
        if p is None or p.sector in STATE_SECTORS or not (p.kb_id or p.name[:1].isupper()):
            if not d.actors:
                d.actors = [doers]  # (the doers at least, where the parse lost them)
            continue
        rest = [a for a in d.actors if not participant_key(a) & participant_key(doers)]
        d.actors = named_doers([doers], [p]) + rest
