"""A parse repair: a reduced passive relative clause read as the sentence's main verb ("Three
fishermen kidnapped off the coast last month were freed on Wednesday"), which makes the people
it was done to the doer; run by `parse_repairs`.
"""

from __future__ import annotations

from typing import Any

_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
# what a verb that has done something to someone holds as its object or complement
_OBJECTS = ("dobj", "ccomp", "xcomp", "attr", "oprd", "dative", "acomp")


def _passive_after(verb: Any) -> Any | None:
    """The finite passive verb ("were freed") the parser hung as an unlinked conjunct,
    complement or adverbial clause (no "and" or subordinator before it, no subject of its
    own) on a past-tense verb before it,
    or took the verb and its subject for its clausal subject ("[sailors kidnapped in March]
    were released")."""
    if verb.dep_ in ("csubj", "csubjpass") and verb.head.i > verb.i:
        w = verb.head
        others = [c for c in w.children if c.dep_ in _SUBJECTS and c != verb]
        if w.pos_ == "VERB" and w.tag_ == "VBN" and not others and any(
                c.dep_ == "auxpass" and c.i < w.i for c in w.children):
            return w
        return None
    for w in verb.rights:
        if w.dep_ not in ("conj", "ccomp", "advcl") or w.pos_ != "VERB" or w.tag_ != "VBN":
            continue
        if not any(c.dep_ == "auxpass" and c.i < w.i for c in w.children) or any(
                c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in w.children):
            return None  # ("... after they were seen", "... when it was hit": a clause of its own)
        if any(c.dep_ == "cc" and verb.i < c.i < w.i for c in verb.children) or any(
                t.lower_ in ("and", "but", "or", ";") for t in verb.doc[verb.i + 1:w.i]):
            return None  # "... and were seen": two acts of one subject
        group = min([c.i for c in w.children if c.i < w.i and c.dep_ in (
            "aux", "auxpass", "neg", "advmod")] + [w.i])
        if verb.doc[group - 1].text == ",":
            return None  # "Militants attacked on Monday, were repelled": a reduced relative
            # runs into its main verb without a comma
        return w
    return None


def repair_reduced_passives(doc: Any) -> None:
    """"Three Malaysian fishermen kidnapped off the coast of Sabah last month were freed on
    Wednesday": the small parser reads "kidnapped" as a past-tense verb whose subject is the
    fishermen, and "were freed" as its conjunct. A past-tense verb right after its subject,
    with no object, followed without "and" by a subjectless passive of the same clause, is
    a reduced relative ("fishermen [who were] kidnapped"): the noun is the passive verb's
    subject, the first verb a participle describing it."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.tag_ != "VBD":
            continue
        subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        if len(subj) != 1 or subj[0].pos_ not in ("NOUN", "PROPN") or subj[0].i != verb.i - 1:
            continue
        passive = _passive_after(verb)
        if passive is None or any(c.dep_ in _OBJECTS or c.dep_ in ("aux", "auxpass", "neg")
                                  for c in verb.children if c != passive):
            continue
        noun = subj[0]
        later = [c for c in verb.children if c.i > passive.i]
        if verb.head == passive:
            pass  # (the clausal subject's case: the passive keeps its place)
        elif verb.head == verb:
            passive.head, passive.dep_ = passive, "ROOT"
        else:
            passive.head, passive.dep_ = verb.head, verb.dep_
        noun.head, noun.dep_ = passive, "nsubjpass"
        verb.head, verb.dep_, verb.tag_ = noun, "acl", "VBN"
        for c in later:
            c.head = passive
