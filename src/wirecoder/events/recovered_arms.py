"""Weapons found after a fight or a raid, told in a sentence of their own ("Two rifles and
a large quantity of explosives were recovered from the spot", "Troops recovered four M16
rifles at the site", "The operation also allowed the recovery of two rifles and four
magazines"): `seized` counts of the operation told just before (`arms_found_after`), when
that sentence tells no event of its own. Only what a numeral counts is a count ("an AK-47
rifle", "a large quantity of explosives" are none)."""

from __future__ import annotations

from typing import Any

from ..records import Quantity
from .lexicon import Lexicon, load_lexicon
from .lexicon import lemma as _lemma
from .numbers import count_quantity, counted_through_model, model_name
from .tallies import toll_over_a_period
from .syntax import of_objects
from .weapons import RECOVERY_WORDS, listed_items

# the operations weapons are found in: a fight or raid, an arrest, a seizure
OPERATION_MODES = {"ASSAULT": None, "COERCE": ("arrest", "seize")}


def _found_nouns(word: Any) -> list[Any]:
    """The things a recovery word takes: the passive subject ("two rifles were recovered"),
    the object ("recovered four rifles") or, for a noun, its "of" object ("the recovery of
    two rifles"), each with its conjuncts ("four rifles, an AK-47 and two devices")."""
    if word.pos_ == "VERB":
        heads = [c for c in word.children if c.dep_ in ("nsubjpass", "dobj")]
        heads = heads or listed_items(word)  # ("Items recovered include 8 rifles")
    elif word.pos_ == "NOUN":
        heads = of_objects(word)
    else:
        heads = []
    out: list[Any] = []
    for h in heads:
        out.append(h)
        out.extend(c for c in h.subtree if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"))
    return out


def _arms_count(noun: Any, lex: Lexicon, doc_id: str | None) -> Quantity | None:
    """The `seized` count of a weapon noun with a numeral ("four M16 rifles", "37 rounds of
    ammunition", "40 kilograms of explosives"), else None."""
    what = noun
    if lex.in_class(_lemma(noun), "unit") and of_objects(noun):
        what = of_objects(noun)[0]  # "40 kilograms of explosives": the explosives are counted
    if not lex.in_class(_lemma(what), "weapon"):
        return None
    num = next((c for c in noun.children if c.dep_ == "nummod" and c.like_num
                and c.ent_type_ not in ("DATE", "TIME", "MONEY", "ORDINAL")), None)
    if num is None:  # "8 AK-47 rifles": the numeral hung on the model name
        num = next((g for c in noun.children if model_name(c) for g in c.children
                    if counted_through_model(g) == noun), None)
    if num is None:
        return None
    q = count_quantity(num, "seized", lex, doc_id)
    if q is None:
        return None
    end = max(noun.i, what.i)
    obj = noun.doc[num.i + 1:end + 1].text if end > num.i else None
    return Quantity(kind="seized", value=q.value, qualifier=q.qualifier, object=obj,
                    evidence=q.evidence)


def _recovered(sent: Any, lex: Lexicon, doc_id: str | None) -> list[Quantity]:
    out: list[Quantity] = []
    for t in sent:
        if _lemma(t) not in RECOVERY_WORDS or toll_over_a_period(t):
            continue  # ("since January, 200 rifles have been recovered": a running total)
        for noun in _found_nouns(t):
            q = _arms_count(noun, lex, doc_id)
            if q is not None:
                out.append(q)
    return out


def _finds_arms(d: Any) -> bool:
    """An operation that finds weapons: a fight or raid, an arrest, a seizure (not "imposed a
    curfew", not an evacuation of the wounded)."""
    if d.typed.plover not in OPERATION_MODES:
        return False
    modes = OPERATION_MODES[d.typed.plover]
    return modes is None or d.typed.mode in modes


def arms_found_after(out: list[Any]) -> None:
    """Sentences right after an asserted fight or raid (up to the next sentence that tells
    another operation, three at most after the last that tells the fight; a sentence telling
    an event of another sort is passed over) that tell weapons recovered or seized: their
    counts are the operation's `seized` counts (weapons recovered after a firefight belong to
    it), as in a later sentence that names the operation again ("The operation also allowed
    the recovery of four magazines")."""
    if not out:
        return
    lex = load_lexicon()
    doc = out[0].sent.doc
    sents = list(doc.sents)
    for d in out:
        if not _finds_arms(d) or d.modality != "asserted" or not d.evidence:
            continue
        own = {m.token.sent.start for m in (d.trigger, *d.mentions)}
        others: dict[int, list[Any]] = {}
        for e in out:
            for m in (e.trigger, *e.mentions):
                if e is not d:
                    others.setdefault(m.token.sent.start, []).append(e)
        gap = 0  # sentences since the event was last told
        for sent in [s for s in sents if s.start > min(own)]:
            gap = 0 if sent.start in own else gap + 1
            if gap > 3 or sent.start not in own and any(
                    _finds_arms(e) for e in others.get(sent.start, [])):
                break  # another operation told there: what is found is its own
            if sent.start in others and sent.start not in own:
                continue  # ("The wounded have been evacuated to a hospital": no operation)
            have = {e.start for x in out for q in x.quantities for e in q.evidence}
            d.quantities.extend(q for q in _recovered(sent, lex, d.evidence[0].document_id)
                                if q.evidence[0].start not in have)
