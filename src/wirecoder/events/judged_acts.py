"""Whom an accusation made by judging an act targets (`evaluations`): the party responsible for
the act judged, when `later_participants.attach_condemned_perpetrators` found none.

  - a pronoun that refers back to an act ("'It was attempted murder,' the constable said",
    "said this was a massacre"): the doers of the last act told before the speech;
  - a definite noun of an act that no event of the text is a mention of ("The US approved an
    arms sale to Taiwan. Beijing said the sale violates the one-China principle"): the doer
    of the same noun told before (the subject of the verb it is the object of, its possessor
    or its "by" agent), else the doers of the last act told before whose word shares the
    noun's stem ("demolished four homes ... said the demolitions amounted to a war crime").
"""

from __future__ import annotations

from typing import Any

from .evaluations import ACT_PRONOUNS, SPEECH_VERBS, judged_subjects
from .lexicon import lemma as _lemma
from .merge_words import STATE_SECTORS
from .clause_subjects import subject_of

# acts whose doers a speaker can be said to judge
JUDGED_TYPES = {"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE", "THREATEN"}
STEM = 5  # letters a noun and an act's word share to name the same act ("demol-ition")
SENTENCES_BACK = 3  # how far before the speech a referred-back act is looked for


def _acts_told_before(d: Any, final: list[Any]) -> list[Any]:
    """The asserted acts with doers told before `d`'s trigger, in its sentence or the few
    before, of a type a speaker can judge."""
    tok = d.trigger.token
    sents = [s.start for s in tok.doc.sents if s.start <= tok.sent.start][-SENTENCES_BACK - 1:]
    return [e for e in final if e is not d and e.actors and e.modality == "asserted"
            and e.typed.plover in JUDGED_TYPES and e.trigger.token.i < tok.i
            and e.sent.start >= sents[0]]


def _last_doers(before: list[Any], fits: Any) -> list[Any]:
    """The actors of the last of the acts `before` that `fits` accepts ([] if none)."""
    e = max((e for e in before if fits(e)), key=lambda x: x.trigger.token.i, default=None)
    return list(e.actors) if e is not None else []


def _victim_words(pron: Any, speech: Any) -> set[str]:
    """Who the judgment says was wronged ("It was attempted murder of police officers":
    "police", "officer"): no doer of the act it judges."""
    lo, hi = sorted((pron.i, speech.i))
    objs = [g for t in pron.doc[lo:hi] if t.lower_ == "of" and t.dep_ == "prep"
            for g in t.children if g.dep_ == "pobj"]
    return {w for g in objs for w in (_lemma(g), *(_lemma(c) for c in g.children
                                                    if c.dep_ in ("compound", "amod")))}


def _own_forces(speakers: list[Any]) -> set[tuple[str, str]]:
    """The (sector, country) of the speakers that are state forces."""
    return {(p.sector, p.country) for p in speakers if p.sector in STATE_SECTORS and p.country}


def _not_of(e: Any, words: set[str], own: set[tuple[str, str]]) -> bool:
    """The act `e` is not done by those `words` name as wronged, nor by the speaker's own
    state forces `own` (a police chief judging a riot is not judging his officers' response)."""
    names = {w for p in e.actors for w in p.name.lower().split()}
    return not names & words and not (own and all(
        (p.sector, p.country) in own for p in e.actors))


def _antecedent_doers(noun: Any, ctx: Any) -> list[Any]:
    """The doer of the same act noun told in an earlier sentence ("announced an arms sale"):
    the subject of the verb whose object it is, its possessor, or its "by" agent."""
    lem = _lemma(noun)
    for t in reversed(list(noun.doc[:noun.sent.start])):
        if _lemma(t) != lem or t.pos_ != "NOUN":
            continue
        heads = [c for c in t.children if c.dep_ == "poss"] + [
            g for c in t.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"
            for g in c.children if g.dep_ == "pobj"]
        if not heads and t.dep_ in ("dobj", "obj") and t.head.pos_ == "VERB":
            subj, passive = subject_of(t.head)
            heads = [] if passive else subj
        found = [p for p in (ctx.mapper.participant(h) for h in heads) if p is not None]
        if found:
            return found
        break
    return []


def _same_stem(e: Any, noun: Any) -> bool:
    words = {_lemma(m.token) for m in (e.trigger, *e.mentions)}
    stem = _lemma(noun)[:STEM]
    return len(stem) == STEM and any(w.startswith(stem) for w in words)


def attach_judged_doers(final: list[Any], ctx: Any) -> None:
    """Fill the target of an accusation by evaluative speech (see the module docstring)."""
    for d in final:
        tok = d.trigger.token
        if d.typed.plover != "ACCUSE" or d.targets or d.modality != "asserted" or (
                tok.pos_ != "VERB" or _lemma(tok) not in SPEECH_VERBS):
            continue
        speakers = {p.name.lower() for p in d.actors}
        own = _own_forces(d.actors)
        before = _acts_told_before(d, final)
        doers: list[Any] = []
        for s in judged_subjects(tok, ctx.lex):
            if s.lower_ in ACT_PRONOUNS:
                wronged = _victim_words(s, tok)
                doers = _last_doers(before, lambda e, w=wronged: _not_of(e, w, own))
            elif s.pos_ == "NOUN":
                doers = _antecedent_doers(s, ctx) or _last_doers(
                    before, lambda e, s=s: _same_stem(e, s))
            doers = [p for p in doers if p.name.lower() not in speakers]
            if doers:
                d.targets = doers
                break
