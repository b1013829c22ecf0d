"""A parse repair: a noun-noun compound object that the small parser reads as a clause after
a verb of imposing ("imposed asset freezes and travel bans"), run by `parse_repairs`.
"""

from __future__ import annotations

from typing import Any

from .lexicon import lemma as _lemma
from .lexicon import load_lexicon


def _plural_noun_lemma(word: str) -> str:
    if word.endswith(("ches", "shes", "sses", "xes", "zzes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def repair_compound_objects(doc: Any) -> None:
    """"imposed asset freezes and travel bans on 12 officials": the small parser reads a
    noun-noun compound object as a clause, "asset" the subject of a verb "freezes" (which it
    hangs as a clause on "imposed", or makes the root with "imposed" a modifier of "asset").
    A verb of imposing takes no clause, and a present-tense form that directly follows a
    bare singular noun and has no object or complement of its own is that noun's plural
    head. The parse is mended in place: the "-s" word becomes the plural noun object of the
    imposing verb, the noun before it its compound modifier."""
    lex = load_lexicon()
    imposing = lex.classes["impose"] - lex.words("reporting_verbs")
    for v in doc:
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if v.tag_ != "VBZ" or len(subj) != 1 or subj[0].tag_ != "NN" or (
                subj[0].i != v.i - 1) or any(
                c.dep_ in ("det", "poss", "nummod") for c in subj[0].children) or any(
                c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "aux", "neg", "oprd")
                for c in v.children):
            continue
        noun = subj[0]
        if v.dep_ == "ccomp" and not any(c.dep_ == "dobj" for c in v.head.children):
            h = v.head  # "imposed [asset freezes]" read as "imposed [(that) asset freezes]"
        elif v.dep_ == "ROOT":  # "[Japan imposed] asset freezes": "imposed" read as a modifier
            h = next((c for c in noun.lefts if c.dep_ == "amod" and c.tag_ == "VBD"
                      and c.i == noun.i - 1 and any(g.dep_ == "nsubj" for g in c.children)),
                     None)
        else:
            continue
        if h is None or h.pos_ != "VERB" or _lemma(h) not in imposing:
            continue
        if v.dep_ == "ROOT":
            h.head, h.dep_ = h, "ROOT"
        v.head, v.dep_, v.tag_, v.pos_ = h, "dobj", "NNS", "NOUN"
        v.lemma_ = _plural_noun_lemma(v.lower_)
        noun.head, noun.dep_ = v, "compound"
