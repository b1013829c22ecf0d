"""A parse repair: a range of people that opens a reported clause ("said between 200 and 300
people had fled"), which the small parser hangs as a "between" phrase on the verb before it,
leaving the clause's verb without a subject; run by `parse_repairs`.
"""

from __future__ import annotations

from typing import Any

_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
# words that may stand between the counted people and their verb ("had", "have been", "all")
_BEFORE_VERB = ("aux", "auxpass", "neg", "advmod")


def _range_noun(between: Any) -> Any | None:
    """The noun a "between N and M" phrase counts ("between 200 and 300 people")."""
    noun = next((c for c in between.children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    low = next((c for c in noun.children if c.dep_ == "nummod" and c.i < noun.i), None)
    if low is None or not any(c.dep_ == "conj" and c.like_num for c in low.children):
        return None
    return noun


def repair_range_subjects(doc: Any) -> None:
    """"Residents said between 200 and 300 people, mostly women and children, had fled":
    the parser reads "between ... people" as a prepositional phrase of "said" and leaves
    "fled" with no subject. A "between" phrase whose object is a noun counted by a range
    ("200 and 300"), followed by a finite verb of the same sentence that has no subject and
    hangs on the phrase's head (or is it), is that verb's subject: the noun becomes its
    (passive) subject, "between" a modifier of the range's first number."""
    for between in doc:
        if between.lower_ != "between" or between.dep_ not in ("prep", "mark"):
            continue
        noun = _range_noun(between)
        if noun is None:
            continue
        end = max(t.i for t in noun.subtree)
        verb = next((t for t in doc[end + 1:between.sent.end] if t.pos_ in ("VERB", "AUX")
                     and t.dep_ not in _BEFORE_VERB), None)
        if verb is None or verb.pos_ != "VERB" or any(
                c.dep_ in _SUBJECTS for c in verb.children) or not (
                verb == between.head or verb.head == between.head
                and verb.dep_ in ("ccomp", "conj", "advcl")):
            continue
        if any(t.dep_ not in _BEFORE_VERB and t.pos_ != "PUNCT"
               for t in doc[end + 1:verb.i]):
            continue
        low = next(c for c in noun.children if c.dep_ == "nummod" and c.i < noun.i)
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        between.head, between.dep_ = low, "quantmod"
        noun.head, noun.dep_ = verb, "nsubjpass" if passive else "nsubj"
