"""Custody told with a verb of holding or taking ("has been held by the military since
Saturday", "police are holding two journalists", "security forces picked up a student
activist", "border units caught 31 migrants"): a state's forces or authorities hold or take a
person, which is an arrest (PLOVER COERCE). Not "held talks", "held the town", "caught up with
them", nor a crew picked up by a passing ship."""

from __future__ import annotations

from typing import Any

from .lexicon import lemma as _lemma
from .lexicon import load_lexicon
from .syntax import doers

# who takes people into custody besides the state's armed forces
AUTHORITIES = {"authority", "authorities", "junta", "agent", "gendarme", "gendarmerie",
               "intelligence", "police", "policeman", "officer", "guard", "prosecutor"}
# words that make an authority only as the taker's head ("customs seized ...") or before a
# force or official noun ("border units", "customs officials"), not "border villagers"
SERVICE_WORDS = {"border", "customs", "coastguard"}
FORCE_HEADS = {"guard", "police", "official", "agent", "unit", "service", "officer", "force",
               "patrol"}
# suffixes of words for people ("comedian", "activist", "blogger", "protester")
PERSON_SUFFIXES = ("ist", "ian", "er", "or", "ant", "ent", "ee")
# words with such endings that name no person, and people who are rescued, not arrested
NOT_HELD = {"power", "border", "order", "center", "centre", "water", "paper", "number",
            "quarter", "headquarter", "headquarters", "corridor", "sector", "territory",
            "equipment", "government", "settlement", "parliament", "agreement", "tournament",
            "event", "talent", "crew", "survivor", "passenger", "sailor", "seafarer", "body",
            "bodies", "remains", "fisherman"}


def _taker(t: Any) -> bool:
    lex = load_lexicon()
    words = [t, *(c for c in t.children if c.dep_ in ("compound", "amod"))]
    service = _lemma(t) in FORCE_HEADS or t.lower_ in FORCE_HEADS
    return any(lex.in_class(_lemma(w), "state_force") or _lemma(w) in AUTHORITIES
               or w.lower_ in AUTHORITIES or (w == t or service) and (
                   _lemma(w) in SERVICE_WORDS or w.lower_ in SERVICE_WORDS)
               for w in words) and _lemma(t) not in NOT_HELD


def _person(t: Any) -> bool:
    lex = load_lexicon()
    lem = _lemma(t)
    if lem in NOT_HELD or t.lower_ in NOT_HELD or lex.in_class(lem, "place_word"):
        return False
    return t.ent_type_ == "PERSON" or t.lower_ in ("him", "her", "them") or lex.in_class(
        lem, "person") or (t.pos_ == "NOUN" and lem.endswith(PERSON_SUFFIXES))


def custody_taken(tok: Any) -> bool:
    """A state's forces or authorities (subject, or the passive's agent) hold or take a person
    (object, or the passive's subject)."""
    takers = doers(tok)
    held = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    held = [g for h in held for g in (h, *h.conjuncts)]
    return any(_taker(t) for t in takers) and any(_person(h) for h in held)
