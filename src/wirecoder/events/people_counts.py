"""Reading one count of people in a merged event: the words it was read from, how it
relates to the people counted before it ('subset', 'tally', 'revision', 'additive',
'restated', 'spread', 'plain'), how explicitly it states its number, whose side's people
it counts, and the name of a person counted by name. `events.count_resolution` combines
the counts with these.
"""

from __future__ import annotations

from typing import Any

from ..language import (ARTICLES, INDEFINITE_ARTICLES, PLURAL_DEFINITE_DETERMINERS,
                        expanded_span)
from ..records import Quantity
from .back_reference import during_the_or_conjunct
from .count_kinds import singled_out_among
from .lexicon import load_lexicon
from .lexicon import lemma as _lemma
from .merge_words import (ADDITIVE, CIVILIAN_PEOPLE, NON_STATE_PEOPLE, OPERATION_NOUNS,
                          ORDINALS, REFERRING, REVISION_RE, SPREAD_MODS, STATE_PEOPLE,
                          STATE_ROLES, STATE_WORDS, TALLY_RE)

# what "of" takes in a part of people counted before: "one of the / these / those / them / whom"
OF_REFERRING = PLURAL_DEFINITE_DETERMINERS | {"them", "whom"}


def _marked_additive(q: Quantity, doc: Any) -> bool:
    """The count itself says it is more people ("one additional suspect", "two other men")."""
    if not q.evidence:
        return False
    span = expanded_span(doc, q.evidence[0].start, q.evidence[0].end)
    if span is None:
        return False
    words = {t.lower_ for t in span} | {t.lower_ for t in span.root.children}
    return bool(words & ADDITIVE)


def _spans(q: Quantity, doc: Any) -> list[Any]:
    out = []
    for ev in q.evidence:
        sp = expanded_span(doc, ev.start, ev.end)
        if sp is not None:
            out.append(sp)
    return out


def _numeral(sp: Any) -> bool:
    """The span states its count in a number ("four suspects", "12"), not a person noun
    counted as one or a vague word ("several")."""
    return sp[0].like_num and sp[0].ent_type_ != "ORDINAL"


def _definite(sp: Any) -> bool:
    """"the man", "the targeted individual", "the two": people counted before."""
    first = sp[0]
    before = sp.doc[sp.start - 1] if sp.start > 0 else None
    dets = [c for c in sp.root.children if c.dep_ in ("det", "poss")]
    return (first.lower_ in REFERRING
            or (before is not None and before.lower_ in REFERRING)
            or any(c.lower_ in REFERRING for c in dets))


def _subset(sp: Any) -> bool:
    """A part of people counted before: "one of the insurgents", "including two women"."""
    toks = [t.lower_ for t in sp]
    if "of" in toks:
        i = toks.index("of")
        if i + 1 < len(toks) and toks[i + 1] in OF_REFERRING:
            return True
    node = sp.root
    if singled_out_among(node):
        return True  # "Twenty-three people, among them eight women"
    for _ in range(3):
        if node.head == node:
            break
        if node.dep_ == "pobj" and node.head.lower_ in ("including", "among"):
            return True
        node = node.head
    return False


def _ordinal(sp: Any) -> int | None:
    """"a third insurgent" (or "he" after "As the third man took aim, ..." in its
    sentence): the ordinal says how many there are in all."""
    root = sp.root
    if root.pos_ == "PRON" and root.lower_ in ("he", "him", "she", "her"):
        lex = load_lexicon()
        nouns = [t for t in root.sent if t.i < root.i and t.pos_ == "NOUN" and (
            lex.in_class(_lemma(t), "person") or lex.in_class(_lemma(t), "armed"))
                 and any(c.lower_ in ORDINALS for c in t.children)]
        if not nouns:
            return None
        root = nouns[-1]  # the last person named by an ordinal before the pronoun
        dets = ARTICLES
    else:
        dets = INDEFINITE_ARTICLES
    for c in root.children:
        if c.lower_ in ORDINALS and any(d.dep_ == "det" and d.lower_ in dets
                                        for d in root.children):
            return ORDINALS[c.lower_]
    return None


def _count_relation(q: Quantity, doc: Any) -> str:
    """How a later count of the event relates to the people counted before it: 'subset',
    'tally' (a campaign total: "since January", "so far"), 'revision' ("rose to"),
    'additive' ("two other men", "also detained two suspects", "two suspects during the
    operation"), 'restated' (it names people counted before: "the man and three other
    suspects"), or 'plain' (the same people, perhaps told more precisely)."""
    sps = _spans(q, doc)
    if not sps:
        return "plain"
    if len(sps) == 1 and _subset(sps[0]):
        return "subset"
    if any(_spread(sp) for sp in sps):
        return "spread"
    sent = sps[0].sent
    if TALLY_RE.search(sent.text) or any(
            t.lower_ == "since" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_type_ == "DATE"
            for t in sent):
        return "tally"
    if REVISION_RE.search(sent.text):
        return "revision"
    if len(sps) == 1 and _ordinal(sps[0]):
        return "additive"  # "a third insurgent", "... the third man ... he was killed"
    if any(_definite(sp) or sp.root.pos_ == "PRON" for sp in sps):
        return "restated"
    if len(sps) > 1:
        return "plain"  # "Jan and one additional insurgent": more than the first of its parts
    # ("more than 60" is a qualifier, not "60 more")
    words = {t.lower_ for t in [*sps[0], *sps[0].root.children] if not (
        t.lower_ == "more" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "than")}
    if words & (ADDITIVE - {"associates", "associate"}) or _ordinal(sps[0]):
        return "additive"
    indefinite = all(not _definite(sp) and sp.root.pos_ != "PROPN"
                     and sp.root.ent_type_ != "PERSON" for sp in sps)
    if indefinite and (_count_during(sps[0]) or "also" in {t.lower_ for t in sent}):
        return "additive_context"
    return "plain"


def _one_of(q: Quantity, doc: Any) -> bool:
    """The count restates the people counted before to single one of them out: "one of the
    insurgents killed was ...", "one of the detainees is ..."."""
    sps = _spans(q, doc)
    if len(sps) != 1:
        return False
    root = sps[0].root
    of = root.head
    return (root.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ == "one"
            and _definite(sps[0]))


def _spread(sp: Any) -> bool:
    """The count is told for several operations at once ("detained two suspects during
    separate operations", "killed 12 militants in three raids"): it is the total of several
    events, not the count of the one event a record stands for."""
    verb = next((a for a in sp.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    for t in verb.subtree:
        if not (t.dep_ == "pobj" and t.head.lower_ in ("during", "in", "across", "over")
                and t.tag_ in ("NNS", "NNPS") and _lemma(t) in OPERATION_NOUNS):
            continue
        path, node = [], t
        while node.i != verb.i and node.head != node:
            path.append(node.dep_)
            node = node.head
        if any(dep in ("relcl", "advcl", "ccomp", "xcomp", "conj") for dep in path):
            continue  # the phrase belongs to another clause
        for c in t.children:
            if c.dep_ == "amod" and c.lower_ in SPREAD_MODS:
                return True
            if c.dep_ == "nummod" and c.like_num and c.lower_ not in ("one", "1"):
                return True
    return False


def _wording(q: Quantity, doc: Any) -> set[str]:
    return {" ".join(t.lower_ for t in sp) for sp in _spans(q, doc)}


def _vague_only(q: Quantity, doc: Any) -> bool:
    """Every part of the count is a vague plural ("several suspects", "numerous insurgents")."""
    vague = load_lexicon().cues["quantities"]["vague"]
    sps = _spans(q, doc)
    return bool(sps) and all(sp[0].lower_ in vague or (sp[0].lower_ in INDEFINITE_ARTICLES and len(sp) > 1
                                                       and sp[1].lower_ in vague) for sp in sps)


def _count_during(sp: Any) -> bool:
    """"... detained two suspects during the operation": the verb the count hangs on (or a
    verb coordinated with it) has a "during the/this N" phrase."""
    verb = next((a for a in sp.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and during_the_or_conjunct(verb)


def _explicitness(q: Quantity, doc: Any) -> int:
    """2: every part of the count is a number; 1: some part is; 0: none (a person noun
    counted as one, "several", a pronoun)."""
    sps = _spans(q, doc)
    n = sum(1 for sp in sps if _numeral(sp))
    return 2 if sps and n == len(sps) else 1 if n else 0


def _side(q: Quantity, doc: Any) -> str | None:
    """Whose people a count counts: 'state' (soldiers, police officers), 'non_state'
    (militants, gunmen) or 'civilian'; None when its words do not say (suspects, people,
    a leader, a name, a pronoun) or its parts disagree."""
    sides: set[str | None] = set()
    for sp in _spans(q, doc):
        root = sp.root
        lemma = _lemma(root)
        mods = {c.lower_ for c in root.children if c.dep_ in ("compound", "amod")}
        if lemma in STATE_PEOPLE or (lemma in STATE_ROLES and mods & STATE_WORDS):
            sides.add("state")
        elif lemma in NON_STATE_PEOPLE:
            sides.add("non_state")
        elif lemma in CIVILIAN_PEOPLE:
            sides.add("civilian")
        else:
            sides.add(None)
    named = sides - {None}
    return next(iter(named)) if len(named) == 1 else None


def _name_key(q: Quantity, doc: Any) -> str | None:
    """The name of one person counted by name ("Qari Ziauddin"), else None."""
    sps = _spans(q, doc)
    if len(sps) != 1 or q.value != 1:
        return None
    root = sps[0].root
    lex = load_lexicon()

    def named(t: Any) -> bool:  # not a title-case headline noun ("Taliban Facilitator Detained")
        return t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and not _title_line(t) and not (
            lex.in_class(_lemma(t), "person") or lex.in_class(_lemma(t), "armed")))

    if named(root):
        return root.lower_
    for c in root.children:  # "the rebel commander Omar Wali"
        if c.dep_ == "appos" and c.ent_type_ == "PERSON":
            return c.lower_
    if root.dep_ == "appos" and root.head.ent_type_ == "PERSON":  # "Omar Wali, a commander"
        return root.head.lower_
    return None


def _title_line(t: Any) -> bool:
    """The token is on a line in title case (a headline), where nouns parse as names."""
    text = t.doc.text
    start = text.rfind("\n", 0, t.idx) + 1
    end = text.find("\n", t.idx)
    words = [w for w in text[start:end if end >= 0 else len(text)].split()
             if w.isalpha() and len(w) > 3]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _part_keys(q: Quantity, doc: Any) -> set[tuple[str, str]]:
    """(number word, noun) of each counted part ("two facilitators" -> ("two", "facilitator"))."""
    vague = load_lexicon().cues["quantities"]["vague"]
    out = set()
    for sp in _spans(q, doc):
        first = sp[0].lower_
        if sp[0].like_num or first in vague:
            out.add((first, _lemma(sp.root)))
    return out
