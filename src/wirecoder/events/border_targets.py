"""Whom shutting or reopening a border is aimed at: the state across it. "Poland closed its
border crossings with Belarus", "shut the frontier between Benin and Niger": the act is
against (or, reopened, toward) Belarus, Niger; not the provinces the crossings lie in."""

from __future__ import annotations

from typing import Any

from .lexicon import lemma as _lemma
from .owned_things import names_whom
from .syntax import pobj_of

# what a border act is typed (closing: SANCTION or COERCE; reopening: RETREAT)
BORDER_ACTS = {"SANCTION", "COERCE", "RETREAT"}
# what names a state across a border
STATE_ENTS = ("GPE", "NORP")


def _crossings(tok: Any, lex: Any) -> list[Any]:
    """The border nouns an act's trigger closes or opens: its object, or the word itself
    (a trigger phrase "closed its border crossings" is headed by the verb)."""
    heads = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass"))]
    out = [h for h in heads if _lemma(h) in lex.classes["crossing_points"]
           or h.lower_ in lex.classes["crossing_points"]]
    # ("border crossings": the compound names the border too)
    return [x for h in out for x in (h, *h.conjuncts)]


def _across(noun: Any) -> list[Any]:
    """The names a border noun is told with: "with X", "between A and B", "to X"."""
    found = pobj_of(noun, ("with", "to"))
    found += [x for o in pobj_of(noun, ("between",)) for x in (o, *o.conjuncts)]
    return [o for o in found if o.pos_ == "PROPN" or o.ent_type_ in STATE_ENTS]


def _state(p: Any, actors: list[Any]) -> bool:
    """A participant that is a state (linked, with a country) other than the acting one."""
    own = {a.country for a in actors if a.country} | {a.name.lower() for a in actors}
    return bool(p.country or p.kb_id) and p.country not in own and p.name.lower() not in own


def attach_states_across(final: list[Any], ctx: Any) -> None:
    """A closure (or reopening) of a border told with the state across it targets that state,
    in place of any place it named ("all crossings in Tak province"); people or bodies it
    named stay ("closed the border to traders")."""
    for d in final:
        if d.typed.plover not in BORDER_ACTS:
            continue
        doc = d.trigger.token.doc
        for m in (d.trigger, *d.mentions):
            nouns = _crossings(m.token, ctx.lex)
            # ("closed its border with X": "with X" may hang on the verb)
            names = [s for n in ([*nouns, m.token] if nouns else []) for s in _across(n)]
            parts = [p for p in map(ctx.mapper.participant, names)
                     if p is not None and _state(p, d.actors)][:1]
            if parts:
                names = {parts[0].name.lower()}
                d.targets = parts + [p for p in d.targets if names_whom(p, doc)
                                     and p.name.lower() not in names]
                break
