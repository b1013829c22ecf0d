"""Repairs of the small parser's dependency trees, run right after it as a spaCy component,
so that every stage reads the repaired tree.

Repairs: a sentence-final reporting clause whose subject the parser coordinated with the
objects before it ("... kidnapped 31 students and two teachers, police and residents said.":
the words between the last comma and the subjectless reporting verb become its subject); a
verb of saying or promising coordinated with the verb of a reported clause (it is the
speaker's); a noun-noun compound object read as a clause after a verb of imposing
(`events.syntax.repair_compound_objects`).
"""

from __future__ import annotations

from typing import Any

PARSE_REPAIRS = "wirecoder_parse_repairs"
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
_NOMINAL = ("NOUN", "PROPN", "PRON")


def repair_parse(doc: Any) -> Any:
    if not doc.has_annotation("DEP"):
        return doc
    from .events.lexicon import lemma, load_lexicon

    verbs = load_lexicon().words("reporting_verbs")
    for sent in doc.sents:
        root = sent.root
        if root.pos_ == "VERB" and lemma(root) in verbs:
            _sayers_before(root, sent)
    from .events.syntax import repair_compound_objects

    repair_compound_objects(doc)  # "imposed asset freezes and travel bans"
    for tok in doc:
        if tok.dep_ == "conj" and tok.pos_ == "VERB" and (
                lemma(tok) in verbs or lemma(tok) in COMMISSIVES):
            _speech_conjunct_up(tok, verbs, lemma)
    return doc


# verbs of promising, which like verbs of saying coordinate with the saying, not with what is said
COMMISSIVES = {"promise", "vow", "pledge", "warn", "urge", "call", "appeal", "demand"}


def _speech_conjunct_up(verb: Any, reporting: set[str], lemma: Any) -> None:
    """"The governor said forces had been deployed and promised that ...": a verb of saying or
    promising that the parser coordinated with the verb of the reported clause is coordinated
    with the reporting verb, whose subject it shares (the governor promised, not the forces)."""
    said = verb.head
    if said.dep_ != "ccomp" or said.head == said or lemma(said.head) not in reporting:
        return
    if any(c.dep_ in _SUBJECTS for c in verb.children) or lemma(said) in reporting:
        return
    verb.head = said.head


def _sayers_before(verb: Any, sent: Any) -> None:
    """"..., police and residents said.": the phrase between the comma and the reporting
    verb is its subject when the parser left the verb without one."""
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return
    doc = verb.doc
    k = verb.i - 1
    while k > sent.start and doc[k].text != ",":
        k -= 1
    if k <= sent.start or k == verb.i - 1:
        return
    words = doc[k + 1:verb.i]
    if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in words):
        return
    heads = [t for t in words if not (words.start <= t.head.i < words.end)]
    if len(heads) != 1:
        return
    head = heads[0]
    if head.pos_ not in _NOMINAL or head.dep_ not in ("conj", "appos", "npadvmod", "dobj"):
        return
    head.head = verb
    head.dep_ = "nsubj"


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARSE_REPAIRS):
        Language.component(PARSE_REPAIRS, func=repair_parse)


_register()
