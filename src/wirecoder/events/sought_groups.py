"""The group an operation was after: "detained several suspected insurgents while searching
for a Taliban commander", "killed two militants during a raid targeting an al-Shabaab
leader", "in pursuit of a Haqqani network facilitator". An arrest or attack made in a search
for a member of a named group is aimed at that group, whoever it caught: the group named in
the sought person's phrase (`participants.affiliations`) becomes one of its targets, beside
the people taken. The search must be the operation's own (an adverbial clause, a "during /
in" phrase, an operation noun's modifier), not what the people taken are said to have done
("two men suspected of targeting a Taliban leader", "men hunting a rival clan's chief")."""

from __future__ import annotations

from typing import Any

from .lexicon import lemma as _lemma
from .lexicon import load_lexicon
from .outcome_types import ARREST_VERBS
from .participants import affiliations
from .phrase_triggers import SEARCH_NOUNS as SEEK_NOUNS

# words of looking for someone: the sought person is their object ("targeting X", "to
# capture X") or their "for" / "of" phrase ("a search for X", "in pursuit of X")
SEEK_VERBS = {"target", "pursue", "capture", "hunt", "seek", "track", "search", "look",
              "arrest", "detain"}
# verbs that say what the people taken did or are thought to have done
SUSPICION_VERBS = {"suspect", "accuse", "charge", "believe", "allege", "wanted", "want"}


def _sought(w: Any) -> list[Any]:
    """The people a seeking word is after (with their conjuncts)."""
    out = []
    if w.pos_ == "VERB" and _lemma(w) in SEEK_VERBS:
        out += [c for c in w.children if c.dep_ in ("dobj", "obj")]
    if (w.pos_ == "VERB" and _lemma(w) in SEEK_VERBS) or (
            w.pos_ == "NOUN" and _lemma(w) in SEEK_NOUNS):
        out += [g for c in w.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
                for g in c.children if g.dep_ == "pobj"]
    return [u for s in out for u in (s, *s.conjuncts)]


def _the_operations_own(w: Any, tok: Any) -> bool:
    """The seeking word hangs on the act or on an operation phrase of it, not on the people
    the act took or on what they are charged with."""
    lex = load_lexicon()
    x = w
    while x.i != tok.i:
        h = x.head
        if h.i == x.i:
            return False
        if x.dep_ == "prep" and x.lower_ in ("in", "during"):
            pass  # ("detained five men in raids targeting X": the raids, hung on the men)
        elif h.i != tok.i and (lex.in_class(_lemma(h), "person") or lex.in_class(_lemma(h), "armed")
                             or _lemma(h) in SUSPICION_VERBS or h.lower_ in SUSPICION_VERBS):
            return False
        if x.dep_ in ("relcl", "ccomp", "xcomp") and h.i != tok.i and x.i != w.i:
            return False
        x = h
    return True


def attach_sought_groups(final: list[Any], ctx: Any) -> None:
    """Adds to each arrest or attack the named groups whose member it was looking for."""
    for d in final:
        if d.typed.plover not in ("COERCE", "ASSAULT"):
            continue
        tok = d.trigger.token
        names = {p.name for p in (*d.targets, *d.actors)}
        seeking = [w for w in tok.subtree if w.i != tok.i and _the_operations_own(w, tok)]
        if (tok.dep_ == "advcl" and tok.tag_ == "VBG" or tok.dep_ == "conj" and _lemma(
                tok.head) in SEEK_VERBS) and tok.head.pos_ == "VERB" and (
                _lemma(tok.head) not in ARREST_VERBS | {"capture"}):
            # "forces targeted a Taliban leader, detaining four suspects", "targeted a Taliban
            # leader, and detained two suspected insurgents": the act done in that search,
            # told beside it as its participle or joined to a search verb (not any act
            # joined to an arrest, "detained a Taliban commander ... and beat two
            # journalists": taking someone is no search for them)
            seeking.append(tok.head)
        for w in seeking:
            for s in _sought(w):
                for q in affiliations(s, ctx):
                    if q.name not in names:
                        d.targets.append(q)
                        names.add(q.name)
