"""People counted without a number: a person named ("killed a Taliban leader") counts one, at
least; a definite plural ("the militants were all killed") the count the text gave before,
else two at least; a plural pronoun ("detained them") the count of the people it refers to.
`events.quantities` adds these counts to the numbers it reads.
"""

from __future__ import annotations

from typing import Any

from ..language import INDEFINITE_ARTICLES, PLURAL_DEFINITE_DETERMINERS
from ..records import Document, Quantity
from .count_kinds import singled_out_among
from .lexicon import Lexicon
from .lexicon import lemma as _lemma
from .lexicon import people_word
from .numbers import number_tokens, parse_number, qualifier_for
from .type_cues import named_group_member

PLACE_ENTS = ("GPE", "LOC", "FAC", "NORP", "DATE", "TIME")
PERSON_KINDS = {"killed", "injured", "arrested", "captured", "displaced"}


def _under_trigger(o: Any, trigger: Any) -> bool:
    """The object hangs on the trigger directly, not inside an adjunct ("while in pursuit of a
    commander", "during a search for a leader")."""
    node = o
    for _ in range(8):
        if node.i == trigger.i:
            return True
        if node.dep_ in ("advcl", "relcl", "acl", "advmod", "npadvmod") or (
                node.dep_ == "prep" and node.lower_ != "of"):
            return False
        if node.head == node:
            return False
        node = node.head
    return False


def implicit_people(trigger: Any, kind: str | None, objects: list[Any], document: Document,
                     lex: Lexicon, used: set[int]) -> list[Quantity]:
    """A person named without a number ("killed a Taliban leader", "wounded the guards")
    counts one, at least (a definite plural two, at least; "both" two)."""
    if kind not in PERSON_KINDS:
        return []
    out = []
    expanded = []
    for o in objects:
        # "a leader, a facilitator and several associates": parsed as an apposition, the
        # second item of a list (an indefinite noun with its own conjuncts) is another person
        listed = [c for c in o.children if c.dep_ == "appos" and any(
            d.dep_ == "det" and d.lower_ in INDEFINITE_ARTICLES for d in c.children) and any(
            d.dep_ == "conj" for d in c.children) and any(
            d.dep_ == "det" and d.lower_ in INDEFINITE_ARTICLES for d in o.children)]
        for x in (o, *o.conjuncts, *listed):
            member = named_group_member(x)  # "an Islamic Movement of Uzbekistan leader"
            if member is not None and people_word(member, lex):
                x = member
            if x not in expanded:
                expanded.append(x)
    for o in expanded:
        if any(c.i in used for c in o.children if c.dep_ not in ("conj", "cc", "appos")
               ) or o.i in used:
            continue
        if o.dep_ == "nsubj" and o.head.i == trigger.i:
            continue  # the agent of an active trigger is not among the people it counts
        if singled_out_among(o):
            continue  # "seven villagers, among them a nurse": one of those counted
        if trigger in o.ancestors and not _under_trigger(o, trigger):
            continue  # "detained several suspects while in pursuit of a commander"
        if o.pos_ == "PRON" and o.lower_ in ("him", "her", "he", "she"):
            out.append(Quantity(kind=kind, value=1, qualifier="at_least", object=None,
                                evidence=(document.span(o.idx, o.idx + len(o.text)),)))
            continue
        if o.pos_ == "PRON" and o.lower_ in ("them", "they"):
            earlier = _pronoun_antecedent_count(o, trigger, lex)
            if earlier is not None:  # "found three wounded men and detained them"
                out.append(Quantity(kind=kind, value=earlier[0], qualifier=earlier[1],
                                    object=None,
                                    evidence=(document.span(o.idx, o.idx + len(o.text)),)))
            continue
        if o.pos_ in ("PRON",):
            continue
        # a name coordinated with a person noun is a person ("killed Rostum and his associate")
        # ("killing Jan and several other insurgents": a name the tagger took for a month
        # is still no date where it is the trigger's object beside people)
        named = o.pos_ == "PROPN" and (o.ent_type_ not in PLACE_ENTS or (
            o.ent_type_ == "DATE" and o.dep_ in ("dobj", "nsubjpass")
            and o.head.i == trigger.i)) and any(
            people_word(x, lex) for x in o.conjuncts)
        if not (people_word(o, lex) or o.ent_type_ == "PERSON" or named):
            continue
        if any(c.dep_ in ("amod", "det", "nummod") and c.ent_type_ != "ORDINAL" and (
                c.like_num or c.lower_ in lex.cues["quantities"]["vague"]) for c in o.children):
            continue  # counted by its number ("a third gunman" is one more, counted here)
        # a bare plural gives no number ("detained suspected insurgents", "massacred our
        # peasant brothers"): only a numeral or number word counts. A definite one ("the
        # militants were all killed") takes the count the text gave before, else at least two
        # one person hurt is one, exactly ("a soldier was lightly wounded"), as the news
        # gold sets code it; one killed is one, exactly, where the victim is a civilian or a
        # member of the state's forces ("killing a farmer", "a policeman died": a loss told
        # by the victim's side or the authorities); an insurgent, a leader or anyone else
        # killed or taken by an operation stays "at least" (the ISAF convention)
        value, qual = 1.0, "exact" if kind == "injured" or (
            kind == "killed" and _counted_victim(o, lex)) else "at_least"
        if o.tag_ in ("NNS", "NNPS"):
            if not any(c.dep_ == "det" and c.lower_ in PLURAL_DEFINITE_DETERMINERS
                       for c in o.children):
                continue
            value, qual = _antecedent_count(o, lex) or (2.0, "at_least")
        ev = document.span(o.idx, o.idx + len(o.text))
        prev = out[-1] if out else None
        if value == 1 and o.tag_ in ("NN", "NNP") and o.dep_ == "conj" and prev is not None \
                and prev.value >= 1 and prev.qualifier == qual and prev.evidence and (
                    _listed_with(o, prev.evidence[0].start)):
            # "wounding the pilot and a passenger": one more person of the same list
            out[-1] = Quantity(kind=kind, value=prev.value + 1, qualifier=prev.qualifier,
                               object=None, evidence=prev.evidence + (ev,))
            continue
        out.append(Quantity(kind=kind, value=value, qualifier=qual, object=None,
                            evidence=(ev,)))
    return out


def _counted_victim(o: Any, lex: Lexicon) -> bool:
    """A singular victim noun whose death is told as one, exactly: a civilian ("a farmer", "a
    university student") or a member of the state's forces ("a soldier", "a police officer"),
    not an insurgent, a leader or a named person."""
    if o.tag_ not in ("NN",) or o.ent_type_ == "PERSON":
        return False
    if any(c.dep_ == "appos" for c in o.children):
        return False  # "the rebel leader, Jan": a named person
    words = [_lemma(o)] + [_lemma(c) for c in o.children if c.dep_ == "compound"]
    if any(lex.in_class(w, "non_state") for w in words):
        return False
    return lex.in_class(words[0], "civilian") or any(
        lex.in_class(w, "state_force") or (lex.in_class(w, "armed") and w != "armed")
        for w in words)


def _listed_with(o: Any, start: int) -> bool:
    """The noun is a conjunct of the singular person noun at character `start`."""
    return any(x.idx == start and x.tag_ in ("NN", "NNP") for x in o.conjuncts)


def _pronoun_antecedent_count(o: Any, trigger: Any, lex: Lexicon) -> tuple[float, str] | None:
    """"discovered three wounded insurgents ... detaining them": a plural pronoun counts as
    many as the nearest plural person noun before it in its sentence or the one before, when
    a number counts that noun (none if the nearest has no count; the trigger's own subject is
    skipped)."""
    sent = o.sent
    doc = o.doc
    prev = doc[sent.start - 1].sent if sent.start > 0 else sent
    for t in reversed(doc[prev.start:o.i]):
        if t.tag_ not in ("NNS", "NNPS") or not people_word(t, lex):
            continue
        if (t.dep_ in ("nsubj", "nsubjpass") and t.head.i == trigger.i) or (
                t.dep_ == "nsubj" and t.sent == sent and o.dep_ != "nsubjpass"):
            continue  # "The soldiers ... detaining them": not the soldiers
        return _modifier_count(t, lex, ordinals=False)
    return None


def _modifier_count(t: Any, lex: Lexicon, ordinals: bool = True) -> tuple[float, str] | None:
    """The count the plural noun `t`'s own modifiers give it ("three wounded insurgents",
    "several militants"): a number of two or more (not an ordinal where `ordinals` is False)
    or a vague amount, the first its children give; None if none does."""
    vague = lex.cues["quantities"]["vague"]
    for c in t.children:
        if c.dep_ in ("nummod", "amod", "quantmod") and (c.like_num or c.pos_ == "NUM") \
                and (ordinals or c.ent_type_ != "ORDINAL"):
            v = parse_number(number_tokens(c), lex)
            if v is not None and v >= 2:
                return v, qualifier_for(number_tokens(c)[0], lex)
        if c.dep_ in ("amod", "det") and c.lower_ in vague:
            return float(vague[c.lower_]), "at_least"
    return None


def _antecedent_count(o: Any, lex: Lexicon) -> tuple[float, str] | None:
    """"Several armed militants threatened the patrol. ... The militants were all killed": a
    plural with "the/these/those" takes the count of the last earlier mention of its noun
    (past other mentions that refer back themselves)."""
    if not any(c.dep_ == "det" and c.lower_ in PLURAL_DEFINITE_DETERMINERS for c in o.children):
        return None
    lemma = _lemma(o)
    for t in reversed(o.doc[max(0, o.i - 400):o.i]):
        if _lemma(t) != lemma or t.tag_ not in ("NNS", "NNPS"):
            continue
        found = _modifier_count(t, lex)
        if found is not None:
            return found
        if any(c.dep_ == "det" and c.lower_ in PLURAL_DEFINITE_DETERMINERS for c in t.children):
            continue  # a reference back itself: look further
        return None  # the last mention has no count
    return None
