"""Who takes people: irregular takers (armed groups, "armed men") abduct, the state arrests."""

from __future__ import annotations

from typing import Any

from .lexicon import Lexicon
from .lexicon import lemma as _lemma
from .syntax import own_or_shared_subjects

# what makes people who take someone irregular ("seized by armed men", "masked men took him")
IRREGULAR_MODIFIERS = {"armed", "masked", "unidentified", "unknown"}
# the people aboard a craft
CREWS = {"crew", "crews", "crewman", "crewmen", "crewmember"}


def irregular_takers(actors: list[Any], lex: Lexicon) -> bool:
    """Non-state takers of a person (their taking is an abduction, not an arrest): an armed
    group's word, or people named only as armed, masked or unidentified ("armed men")."""
    from .type_cues import _heads_lemmas  # (type_cues imports the trigger detector)

    return bool(_heads_lemmas(actors) & lex.classes["non_state"]) or any(
        lex.in_class(_lemma(a), "person") and any(
            c.dep_ == "amod" and c.lower_ in IRREGULAR_MODIFIERS for c in a.children)
        for a in actors)


def took_people(tok: Any, lex: Lexicon) -> Any | None:
    """"Armed men took two farmers from the village", "gunmen took him from his home",
    "pirates seized the ship and took its crew to an island": people taken away from or to a
    place by irregular takers are abducted (the lexicon's "abduct" entry); None for any other
    taking ("police took him to hospital", "took the town")."""
    if tok.pos_ != "VERB" or _lemma(tok) != "take" or any(c.dep_ == "prt" for c in tok.children):
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    people = [o for o in objs if lex.in_class(_lemma(o), "person") or o.ent_type_ == "PERSON"
              or o.lower_ in ("him", "her", "them") or _lemma(o) in CREWS]
    ours = [o for o in objs if _some_of_ours(o, lex)]  # "took two of our young men"
    people += ours
    if not people or not any(c.dep_ == "prep" and c.lower_ in ("from", "to")
                             for c in tok.children):
        return None
    subj = own_or_shared_subjects(tok)  # ("seized the ship and took its crew": the first's)
    if not subj or not (irregular_takers(subj, lex) or ours and all(
            s.lower_ == "they" for s in subj)):
        return None  # (a witness's "they took two of our men": unnamed takers of the speaker's
        # own people)
    return lex.entry("abduct", "V")


def _some_of_ours(obj: Any, lex: Lexicon) -> bool:
    """"two of our young men", "three of our boys": a count of the speaker's people."""
    if not (obj.like_num or obj.pos_ == "NUM" or obj.lower_ in ("some", "several", "many")):
        return False
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        g.dep_ == "pobj" and lex.in_class(_lemma(g), "person") and any(
            d.lower_ == "our" for d in g.children) for g in p.children) for p in obj.children)
