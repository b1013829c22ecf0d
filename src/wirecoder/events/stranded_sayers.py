"""Sayers the parser hung elsewhere: the subject of a reporting verb that follows the clause
it reports after a comma ("..., witnesses and a hospital source told AFP", "..., the
company's spokesman, Ali Musa, said", "..., a military source in Kindu, the provincial
capital, said"), which the parser attached to the clause before as its object or an
apposition, leaving the verb with no subject (`claims.claims_for`).
"""

from __future__ import annotations

from typing import Any


def stranded_subject(verb: Any) -> list[Any]:
    """"..., the march against the transition, witnesses and a hospital source told AFP":
    the nouns between the last comma and a subjectless reporting verb, which the parser
    hung on the phrase before the comma, are its subject."""
    doc = verb.doc
    i = verb.i - 1
    while i > verb.sent.start and doc[i].text != "," and doc[i].pos_ not in ("VERB", "AUX"):
        i -= 1
    if doc[i].text != "," or i >= verb.i - 1:
        return []
    span = range(i + 1, verb.i)
    first = [t for t in doc[i + 1:verb.i] if t.pos_ in ("NOUN", "PROPN") and (
        t.head.i not in span or t.head == verb) and t.dep_ != "compound"]
    return [first[0], *(c for c in first[0].conjuncts if c.i in span)] if first else []


def hung_saying(verb: Any, trigger: Any) -> bool:
    """"..., killing four civilians, residents and a rights group said, a day after rebels
    took the road": a saying after a comma that the parser hung on the clause it reports
    (or on a clause above it) as an unlabelled dependent, with its sayers as its subject or
    stranded before it: it reports that clause, and so the trigger in it."""
    if verb.dep_ != "dep" or verb.i < trigger.i or trigger in verb.subtree or (
            trigger not in verb.head.subtree):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    edge = subj.left_edge.i if subj is not None else verb.i
    return edge > verb.sent.start and verb.doc[edge - 1].text == "," or bool(
        subj is None and stranded_subject(verb))


def trailing_saying(verb: Any, trigger: Any) -> bool:
    """"Peacekeepers came under fire near X, but no one was hurt, the mission said": a
    saying that closes the sentence, its sayer after the clause it reports, which the
    parser coordinated with the first clause, reports that clause too (not "Troops killed
    five, and the army said ...": a sayer before its words is an act of the sentence)."""
    if verb.dep_ != "conj" or verb.i < trigger.i or trigger in verb.subtree or (
            trigger not in verb.head.subtree):
        return False
    said = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i]
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(said and subj) and said[0].i < subj[0].i and subj[0].left_edge.i > 0 and (
        verb.doc[subj[0].left_edge.i - 1].text == ",")


def co_sayers_before(verb: Any, subj: list[Any]) -> list[Any]:
    """"..., the Palestinian Health Ministry and a prisoners' rights group said": a sayer
    joined by "and" to the subject of a reporting verb, which the parser hung on the clause
    before the comma (as its object), says so too."""
    doc = verb.doc
    edge = subj[0].left_edge.i
    if edge < 2 or doc[edge - 1].lower_ not in ("and", "or") or not subj[0].i < verb.i:
        return []
    joined = doc[edge - 1].head  # (the "and" hangs on the first sayer)
    return [t for t in stranded_subject(verb) if t == joined and t not in subj]


def apposed_subject(verb: Any) -> list[Any]:
    """"..., the company's spokesman, Ali Musa, said": a subjectless reporting verb right
    after an apposition set off by commas, which the parser hung on the clause before; the
    noun the apposition names is its subject."""
    doc = verb.doc
    i = verb.i - 1
    if i - 1 <= verb.sent.start or doc[i].text != ",":
        return []
    if doc[i - 1].pos_ != "PROPN":
        return _sayer_with_aside(verb)
    # the apposition's head word ("Musa" of "Ali Musa", "Doctors" of "Doctors of Hope")
    tok = next((a for a in [doc[i - 1], *doc[i - 1].ancestors][:4] if a.dep_ == "appos"),
               doc[i - 1])
    head = tok.head
    if tok.dep_ != "appos" or head.pos_ not in ("NOUN", "PROPN") or head.i >= tok.i or \
            tok.left_edge.i < 1 or doc[tok.left_edge.i - 1].text != "," or \
            head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return []
    return [head]


# how the parser hangs such a sayer on the clause before it
HUNG_AS = {"appos", "dobj", "npadvmod", "conj"}


def _sayer_with_aside(verb: Any) -> list[Any]:
    """"..., killing three of them, a military source in Kindu, the provincial capital,
    said": a subjectless reporting verb right after a comma, whose sayer holds an aside of
    its own set off by commas; the parser hung the sayer on the clause before as an
    apposition (or a second object). The outermost such phrase that opens after a comma
    and runs to the comma before the verb is the sayer (not a place or a time)."""
    doc = verb.doc
    i = verb.i - 1
    sayers = [t for t in doc[verb.sent.start:i] if t.dep_ in HUNG_AS and t.pos_ in (
        "NOUN", "PROPN") and t.right_edge.i in (i - 1, i) and t.head.i < t.left_edge.i
        and t.left_edge.i > verb.sent.start and doc[t.left_edge.i - 1].text == ","]
    outer = min(sayers, key=lambda t: t.left_edge.i, default=None)
    if outer is None or outer.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") or not any(
            t.dep_ == "appos" and t.i > outer.i for t in outer.subtree):
        return []  # (an aside of its own: else the clause before is an apposition's)
    return [outer]

