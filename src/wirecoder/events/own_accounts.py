"""A party's own account of an act told before: "An Israeli drone strike killed two people
near Tyre, Lebanon's health ministry said. The Israeli army said it had targeted a Hezbollah
commander." The side that did the act (or had it done to it) says, in a sentence after it,
what it did or what was done ("it had expelled the vessel", "five militants had been
neutralised"), in words of its own: it says the act happened, so it is a claimant of the
act, as the source of the first account is.

Not an account of that act: a denial ("said it had not fired"), a clause that tells an act of
another kind ("said it had arrested 12 suspects"), or one set at another time or place of its
own ("said it had killed 12 militants in Gao on Tuesday").
"""

from __future__ import annotations

from typing import Any

from .claim_carry import QUOTES
from .claim_credits import _add_claim
from .claimant_names import BODY_NOUNS
from .claims import DISOWN_VERBS, claimant_of, sayer_subject
from .lexicon import lemma as _lemma
from .merge_words import STATE_SECTORS
from .participant_mapper import participant_key
from .plain_acts import neutralised
from .syntax import _negated

# what a party calls itself as the doer in its own account ("it had targeted", "our forces")
SELF_WORDS = {"it", "they", "we"}
SELF_POSSESSIVES = {"its", "their", "our"}
# acts a party gives its own account of
ACCOUNTED_TYPES = {"ASSAULT"}
# how many sentences after the act its account may come
MAX_AFTER = 2
# the kinds of act a verb of an account tells ("it had targeted", "had expelled the vessel")
ACT_VERB_TYPES = {"ASSAULT", "COERCE"}
ACT_VERB_MODES = {"expel"}


def _act_verb(tok: Any, lex: Any) -> bool:
    """`tok` tells an act of force: a lexicon trigger of `ACT_VERB_TYPES` (or of an
    expulsion), or a force's euphemism for killing ("had been neutralised"); not "had
    changed its leader"."""
    entry = lex.entry(_lemma(tok), "V") or neutralised(tok, lex)
    return entry is not None and (entry.plover in ACT_VERB_TYPES or entry.mode in ACT_VERB_MODES)


def _key(p: Any) -> set[str]:
    return {k for k in participant_key(p) if not k.startswith("head:")}


def _same_side(p: Any, party: Any) -> bool:
    """`p` is `party`, or the same state's government or forces ("Turkey's defence ministry"
    for "Turkish drones")."""
    if _key(p) & _key(party):
        return True
    state = {p.sector, party.sector} <= STATE_SECTORS | {None} and (
        p.sector in STATE_SECTORS or p.kind == "state") and party.sector in STATE_SECTORS
    return bool(state and p.country and p.country == party.country)


def _own_clause(verb: Any, sides: list[Any], ctx: Any) -> Any | None:
    """The clause a reporting verb reports, when it tells the sayer's own act or a thing
    done ("it had targeted a commander", "the group had targeted a depot" (the body it
    speaks for), "five militants had been neutralised"), asserted, with no time of its
    own."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None or clause.pos_ not in ("VERB", "AUX") or _negated(clause) or (
            _lemma(clause) in ("have", "be")) or any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return None  # ("it had no information", "it would spare no effort": no act told)
    if not _act_verb(clause, ctx.lex):
        return None  # ("the group had recently changed its leader": no act told)
    if any(t.ent_type_ in ("DATE", "TIME") for t in clause.subtree):
        return None
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children)
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    doer = None if subj is None or subj.pos_ == "PRON" else ctx.mapper.participant(subj)
    own = subj is not None and (subj.lower_ in SELF_WORDS or any(
        c.dep_ == "poss" and c.lower_ in SELF_POSSESSIVES for c in subj.children) or (
        _lemma(subj) in BODY_NOUNS and any(c.lower_ == "the" for c in subj.children)) or (
        doer is not None and any(_same_side(doer, q) for q in sides)))
    done = any(c.dep_ == "dobj" for c in clause.children)
    return clause if passive or (own and done) else None


def _sayer_sides(subj: Any, ctx: Any) -> list[Any]:
    """Who a sayer speaks for: itself, and the body whose spokesman or official it is ("the
    rebels' spokesman", "the army's press office")."""
    p = claimant_of(subj, ctx.mapper, ctx.lex)
    owners = [ctx.mapper.participant(c) for c in subj.children if c.dep_ == "poss"
              and c.pos_ != "PRON"]
    return [q for q in (p, *owners) if q is not None]


def _elsewhere(clause: Any, d: Any) -> bool:
    """The clause names a place the act's sentence does not ("in Butembo"), as its own (not
    in a clause that describes someone: "a commander who was in charge south of X")."""
    told = d.sent.text
    return any(t.ent_type_ in ("GPE", "LOC") and t.text not in told and not _describing(t, clause)
               for t in clause.subtree)


def _describing(tok: Any, clause: Any) -> bool:
    node = tok
    while node != clause and node.head != node:
        if node.dep_ in ("relcl", "acl"):
            return True
        node = node.head
    return False


def credit_own_accounts(final: list[Any], ctx: Any) -> None:
    """Adds the sayer of a party's own account (`_own_clause`) as a claimant of the last
    asserted act (`ACCOUNTED_TYPES`) told in the `MAX_AFTER` sentences before it whose actor
    or target it is (`_same_side`)."""
    verbs = ctx.lex.words("reporting_verbs")
    sents = list(ctx.doc.sents)
    index = {s.start: i for i, s in enumerate(sents)}
    told = {m.token.i: d for d in final for m in (d.trigger, *d.mentions)}
    acts = [d for d in final if d.modality == "asserted" and d.typed.plover in ACCOUNTED_TYPES]
    for i, sent in enumerate(sents):
        for verb in sent:
            if verb.pos_ != "VERB" or _lemma(verb) not in verbs or _negated(verb) or (
                    _lemma(verb) in DISOWN_VERBS):
                continue
            subj, passive = sayer_subject(verb)
            if passive or not subj:
                continue
            sides = _sayer_sides(subj[0], ctx)
            clause = _own_clause(verb, sides, ctx) if sides else None
            if clause is None:
                continue
            other = told.get(clause.i)
            if other is not None and other.typed.plover not in ACCOUNTED_TYPES:
                continue  # "said it had arrested 12 suspects": an act of its own
            p = sides[0]
            before = [d for d in acts if i - MAX_AFTER <= index.get(d.sent.start, i) < i
                      and not _quoted(d.trigger.token)]
            if other in before:
                d = other  # (its words tell the act told before: "the air force had struck")
            else:
                d = _last_of_its_side(before, sides)
            if d is None or _elsewhere(clause, d) or not any(
                    _same_side(s, q) for s in sides for q in (*d.actors, *d.targets)):
                continue
            ev = (ctx.document.span(verb.idx, verb.idx + len(verb.text)),) + p.evidence
            _add_claim(d, p, verb.text, ev)


def _last_of_its_side(before: list[Any], sides: list[Any]) -> Any | None:
    """The last act told before whose party the sayer is by name (else by its state)."""
    def named(d: Any) -> bool:
        return any(_key(s) & _key(q) for s in sides for q in (*d.actors, *d.targets))
    acts = [d for d in before if named(d)] or before
    return max(acts, key=lambda x: (x.sent.start, x.trigger.token.i), default=None)


def _quoted(tok: Any) -> bool:
    """The act is told inside a quotation (someone's own words, not the story's account)."""
    before = tok.doc.text[tok.sent.start_char:tok.idx]
    return sum(ch in QUOTES for ch in before) % 2 == 1

