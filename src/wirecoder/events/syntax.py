"""Reading a clause off the dependency parse, for the argument rules: the objects of given
prepositions, a token and its conjuncts, a wire story's dateline, and whether a token can
name an actor at all (a verb's subject: `clause_subjects`).
"""

from __future__ import annotations

from typing import Any

from .argument_words import COUNTING_NOUNS, NON_PARTICIPANT_ENTS
from .lexicon import Lexicon, load_lexicon
from .lexicon import lemma as _lemma

LINE_BREAKS = ("\n", "\r", "\u2028", "\u2029")
NOUN_POS = {"NOUN", "PROPN"}


def line_break_in(text: str) -> bool:
    """Whether a text holds a line break: a newline or a Unicode line or paragraph separator
    (the ISAF releases' header lines end in U+2028)."""
    return any(b in text for b in LINE_BREAKS)


def dateline_dash(t: Any) -> bool:
    """The dash that ends a wire story's dateline: spaced, near the start of its line, after
    a bracket, a capitalised place or a date ("MAPUTO (Wire) - Rebels ...", "NAIROBI, June
    23 - "); not a dash inside a name in a lower-case text ("the cano - limon pipeline")."""
    if t.text not in ("-", "--", "\u2013", "\u2014") or not t.whitespace_ or t.i == 0:
        return False
    before = t.doc[t.i - 1]
    if not before.whitespace_ or not (before.text == ")" or before.ent_type_ == "DATE" or (
            before.is_upper and len(before.text) > 1)):
        return False
    start = t.i
    while start > 0 and t.i - start < 12 and not line_break_in(t.doc[start - 1].text_with_ws):
        start -= 1
    return t.i - start < 12


def set_apart(a: Any, b: Any) -> bool:
    """A line break or a dateline's dash stands between tokens `a` and `b`: a word of a
    headline or a dateline is no part of the phrase on the other side."""
    lo, hi = min(a.i, b.i), max(a.i, b.i)
    return any(line_break_in(t.text_with_ws) or dateline_dash(t) for t in a.doc[lo:hi])


def with_conjuncts(tokens: list[Any]) -> list[Any]:
    """The tokens and those coordinated with them; a verb the parser coordinated with a noun
    is none ("gunmen ... killed 14 and wounded nine" misparsed as "gunmen and wounded")."""
    out: list[Any] = []
    for t in tokens:
        for u in (t, *t.conjuncts):
            if u not in out and not (u.pos_ in ("VERB", "AUX") and t.pos_ not in ("VERB", "AUX")):
                out.append(u)
    return out


def measured_noun(obj: Any) -> Any:
    """"the destruction of a pylon six km from the city": the parser can hang the "of" phrase
    on the measure noun ("km"), which names a distance, not what was acted on; the noun
    modifying it ("pylon") is the object. Any other token is returned as it is."""
    if load_lexicon().in_class(obj.lower_, "measure"):
        for c in reversed(list(obj.lefts)):  # the nearest: the modifier phrase's head
            if c.dep_ in ("nmod", "compound") and c.is_alpha and not c.like_num:
                return c  # (the tagger can also mistag that noun)
    return obj


# plural nouns of time a count is "of" ("two of the last three years")
TIME_PLURALS = {"years", "months", "weeks", "days", "hours", "decades", "times", "cases"}


def counted(tok: Any) -> Any:
    """"Dozens of gunmen attacked": the people a counting noun counts act or suffer, not the
    count; any other token is returned as it is."""
    if tok.lower_ in COUNTING_NOUNS and tok.pos_ in ("NOUN", "NUM"):
        of = of_objects(tok)
        if of:
            return of[0]
    if tok.pos_ == "NUM" and tok.ent_type_ == "CARDINAL" and tok.dep_ in (
            "dobj", "obj", "nsubj"):
        # "killed three of the guards", "rescued 12 of the passengers": those counted (not
        # "three of its fighters were killed", a count the event of the sentence before has)
        lex = load_lexicon()  # (people or a group, not "fought two of their three wars")
        of = [g for g in of_objects(tok) if g.pos_ == "PROPN" or (
            g.pos_ == "NOUN" and g.tag_ == "NNS" and lex.entry(_lemma(g), "N") is None
            and not lex.in_class(_lemma(g), "joint") and g.lower_ not in TIME_PLURALS)]
        if of:
            return of[0]
    return tok


def of_objects(tok: Any) -> list[Any]:
    """The objects of `tok`'s "of" phrases ("dozens of people": "people")."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]


def doers(tok: Any) -> list[Any]:
    """Who does the verb `tok`: its subject, or the passive's "by" agent."""
    return [c for c in tok.children if c.dep_ == "nsubj"] + [
        g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def said_by_subject(tok: Any, verbs: Any) -> bool:
    """`tok` is a verb of `verbs` (of saying) with a subject of its own: "the ministry said
    ...", not "..., saying" nor "and said" sharing another verb's subject."""
    return tok.pos_ == "VERB" and _lemma(tok) in verbs and any(
        c.dep_ == "nsubj" for c in tok.children)


def phrase_before_aside(prep: Any) -> list[Any]:
    """The tokens of a prepositional phrase up to its first comma or clause or aside on it:
    "of al-Thawra hospital" of "of al-Thawra hospital, where the wounded were taken"."""
    aside = {u.i for t in prep.subtree if t.dep_ in ("relcl", "acl", "advcl", "appos")
             for u in t.subtree}
    sub = []
    for t in prep.subtree:
        if t.text == "," or t.i in aside:
            break
        sub.append(t)
    return sub


def own_or_shared_subjects(tok: Any) -> list[Any]:
    """A verb's subjects, or for a verb coordinated without one those of the verb before it
    ("seized the ship and took its crew")."""
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subj and tok.dep_ == "conj":
        subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
    return subj


def which_clause(verb: Any, preps: Any) -> bool:
    """`verb` heads a relative clause opened by one of `preps` with "which": "an attack near
    the border, in which 20 people were killed"."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "prep" and c.lower_ in preps and any(g.lower_ == "which" for g in c.children)
        for c in verb.children)


def pobj_of(tok: Any, preps: tuple[str, ...]) -> list[Any]:
    """Objects of the given prepositions on tok, with a preposition coordinated with one of
    them wherever the parser hangs it ("at the judge's home and at the offices of a lawyer",
    "blamed on X and not on Y")."""
    out: list[Any] = []
    for c in tok.children:
        # a phrasal verb's preposition can come parsed as a particle that still has its
        # object ("called on Muslims to ...": "on" prt, "Muslims" its pobj)
        if c.dep_ in ("prep", "agent", "prt") and c.lower_ in preps:
            out.extend(measured_noun(g) for g in c.children if g.dep_ == "pobj")
            for q in c.subtree:
                if q.dep_ == "conj" and q.pos_ == "ADP" and q.lower_ == c.lower_ and (
                        q.head.pos_ == "ADP") and not _negated(q):
                    out.extend(m for g in q.children if g.dep_ == "pobj"
                               for m in (measured_noun(g),) if m not in out)
        elif c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ in preps and not _negated(c):
            out.extend(m for g in c.children if g.dep_ == "pobj"
                       for m in (measured_noun(g),) if m not in out)
    return out


def included(prep: Any) -> list[Any]:
    """Who an "including" phrase names: its object, and each name of a list the parser hangs
    under one another ("including A, wife of B, C, the actor D and E": A, C, D and E). An
    item that describes the one before it ("wife of B") names no one else, and a name that
    modifies a noun ("two Taliban commanders") is no item of its own."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    items: list[list[Any]] = [[]]
    for t in sorted(prep.subtree, key=lambda x: x.i)[1:]:
        if t.text in (",", ";") or (t.dep_ == "cc" and t.lower_ in ("and", "or")):
            items.append([])
        else:
            items[-1].append(t)
    names = []
    for item in (i for i in items if i):
        propn = [t for t in item if t.pos_ == "PROPN" and t.ent_type_ not in (
            "GPE", "LOC", "FAC") and t.ent_type_ not in NON_PARTICIPANT_ENTS]
        if not propn or len(items) < 2:
            continue
        last = propn[-1]
        if last.head in item and last.head.i > last.i or any(
                t.lower_ == "of" and t.i < last.i for t in item):
            continue
        if last not in objs and last not in names:
            names.append(last)
    return objs + names


def _negated(tok: Any) -> bool:
    """"... and not on the army": a coordinated phrase the sentence denies."""
    return any(c.dep_ == "neg" for c in tok.children)


def may_act(t: Any, lex: Lexicon) -> bool:
    """A token that can name an actor: not a dateline, a place, a preposition or an event
    noun (a person noun that is also an event's trigger stays, and so does a body sent on
    a mission: `acting_body`)."""
    return (not _dateline(t) and t.ent_type_ not in NON_PARTICIPANT_ENTS
            and t.ent_type_ not in ("LOC", "FAC") and t.pos_ != "ADP"
            and not lex.in_class(_lemma(t), "place_word")
            and ((lex.entry(_lemma(t), "N") is None
                  # "Fighting between X and Y killed ...": a gerund the tagger made a verb
                  and not (t.tag_ in ("VBG", "NN") and lex.entry(t.lower_, "N") is not None))
                 or lex.in_class(_lemma(t), "person") or acting_body(t)))


# nouns for an undertaking and for the people sent on it
BODY_NOUNS = {"mission", "delegation"}


def acting_body(tok: Any) -> bool:
    """"The UN mission condemned the killings": a noun for an undertaking that is also the
    body sent on it names the body, not an event, when it is a verb's subject or is named
    for an organisation or country ("the UN mission", "the EU's mission"); "launched a
    rescue mission" stays an operation. A capitalised one heads a body's name ("the African
    Union Mission in Somalia urged ...")."""
    if tok.pos_ not in ("NOUN", "PROPN") or _lemma(tok) not in BODY_NOUNS:
        return False
    return tok.dep_ == "nsubj" or any(
        c.dep_ in ("compound", "poss", "amod", "nmod") and c.ent_type_ in ("ORG", "NORP", "GPE")
        for c in tok.children)


def _dateline(tok: Any) -> bool:
    """A capitalised place opening a wire story ("NAIROBI, June 23 -"): not a participant."""
    if not (tok.is_upper and len(tok.text) > 3 and tok.i + 1 < len(tok.doc)
            and tok.doc[tok.i + 1].text in (",", "(", "-", "—")):
        return False
    # the line it opens: a header line above ("2013-01-S-017") may be glued to the sentence
    start = tok.sent.start
    for i in range(tok.i - 1, tok.sent.start - 1, -1):
        if line_break_in(tok.doc[i].text_with_ws):
            start = i + 1
            break
    return tok.i - start <= 2
