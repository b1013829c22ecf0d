""""About 300 supporters gathered outside the court. Police used batons to push them back":
a force's act whose only object is "them", left unresolved, is aimed at the people the
sentence before (or the clause before) tells of as the subject (`attach_them_targets`); an
act done to people in custody that names them by a word referring back ("remanded the men",
"eleven of them were charged") is done to whom the arrest before took (`attach_held_again`)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..language import PLURAL_DEFINITE_DETERMINERS
from .argument_words import COUNTING_NOUNS
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon
from .mention_forms import PEOPLE_CLASSES
from .numbers import parse_number
from .owned_things import evidence_span

# acts whose object pronoun names whom they are done to
AIMED_TYPES = {"ASSAULT", "COERCE"}


def _them_object(trigger: Any) -> Any | None:
    """"them" as the object of the trigger or of its purpose verb ("used batons to push them
    back", "fired tear gas to disperse them")."""
    verbs = [trigger] + [c for c in trigger.children if c.dep_ in ("xcomp", "advcl")
                         and c.pos_ == "VERB"]
    for v in verbs:
        for c in v.children:
            if c.dep_ == "dobj" and c.lower_ == "them":
                return c
    return None


def _tokens_before(tok: Any) -> list[Any]:
    """The tokens before `tok` in its sentence and the one before, nearest first."""
    doc, sent = tok.doc, tok.sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return list(reversed(doc[first:tok.i]))


def _plural_subjects_before(them: Any) -> list[Any]:
    """Plural noun subjects before `them`, in its sentence or the one before, nearest first."""
    return [t for t in _tokens_before(them) if t.dep_ == "nsubj"
            and t.tag_ in ("NNS", "NNPS") and t.pos_ in ("NOUN", "PROPN")]


def attach_them_targets(final: list[Any], ctx: Any) -> None:
    """An act with no target whose object is an unresolved "them" is aimed at the nearest
    plural subject told before it that is not one of its doers."""
    for d in final:
        if d.typed.plover not in AIMED_TYPES or d.targets or d.modality != "asserted":
            continue
        them = _them_object(d.trigger.token)
        if them is None:
            continue
        doers = {a.name for a in d.actors} | {a.kb_id for a in d.actors if a.kb_id}
        for ante in _plural_subjects_before(them):
            # "hundreds of nurses": the people the count words are of
            ante = next((g for c in ante.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj" and (
                             ante.like_num or ante.lower_ in COUNTING_NOUNS)), ante)
            p = ctx.mapper.participant(ante)
            if p is not None and p.name not in doers and p.kb_id not in doers:
                d.targets = [p]
                break


# acts done to people already taken or held, often told with a word that refers back to
# them ("remanded the men", "fined them", "the 17 were charged", "released 12 of them")
HELD_TYPES = {"COERCE", "ACCUSE", "RETREAT", "SANCTION"}
# nouns that stand, with "the", for people told of before and describe them no further
BARE_PEOPLE = {"man", "men", "woman", "women", "person", "people", "pair", "trio"}
# what a count of people taken up again is "of" ("eleven of them", "some of those")
COUNTED_BACK = {"them", "those"}
# acts that take people into custody or captivity: whom they took is who is held after
TAKING_ACLED = {"Arrests", "Abduction/forced disappearance"}


def _refers_back(h: Any) -> bool:
    """"the men", "the two women", "the 17": "the" (or "these"/"those") and at most a
    count before a bare word for people, or before a number, with nothing after."""
    dets = [c for c in h.lefts if c.dep_ == "det"]
    if not dets or dets[0].lower_ not in PLURAL_DEFINITE_DETERMINERS:
        return False
    # ("the men in custody": a place or state after it describes them no further)
    if any(c.dep_ not in ("det", "nummod") for c in h.lefts) or any(
            c.dep_ in ("relcl", "appos", "compound") or c.dep_ == "prep" and c.lower_ == "of"
            for c in h.rights):
        return False
    return h.lower_ in BARE_PEOPLE or (h.like_num and h.pos_ in ("NUM", "NOUN", "PROPN"))


def _counted_back(h: Any) -> bool:
    """"eleven of them", "some of those": a count of people taken up again."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.lower_ in COUNTED_BACK for g in c.children)
        for c in h.children) and (h.like_num or h.pos_ in ("PRON", "DET", "ADJ", "NUM"))


def _back_word(d: Any) -> tuple[Any, Any] | None:
    """The word that refers back to whom the act is done to, with the target it gave (None
    where it gave none): a target "the men", an unresolved object "them", a subject "they"
    of a passive, a count "eleven of them"."""
    doc = d.trigger.token.doc
    for p in d.targets:
        if p.kb_id or not p.evidence:
            continue
        span = evidence_span(p, doc)
        # (only a word nothing has resolved: "five of them" named "supporters" is done)
        if span is not None and p.name.lower() in (span.root.lower_, span.text.lower()) and (
                _refers_back(span.root) or _counted_back(span.root)):
            return span.root, p
    if d.targets:
        return None
    trigger = d.trigger.token
    # ("fined them 500 roubles", "the release of 12 of them")
    args = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass", "dative")]
    if trigger.pos_ == "NOUN":
        args += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"]
    for c in args:
        if c.lower_ in ("them", "they") or _refers_back(c) or _counted_back(c):
            return c, None
    return None


def _plural(h: Any) -> bool:
    if h.lower_ in ("them", "they") or _counted_back(h):
        return True
    nums = [c for c in h.children if c.dep_ == "nummod"]
    if h.like_num:
        return h.lower_ not in ("one", "1")
    return h.tag_ == "NNS" or (bool(nums) and nums[0].lower_ not in ("one", "1"))


def _count(h: Any) -> float | None:
    """How many a word for people counts: "the four", "the two men", "four men"."""
    nums = [h] if h.like_num else [c for c in h.children if c.dep_ == "nummod"]
    return parse_number(nums[:1], load_lexicon()) if nums else None


def _held_before(final: list[Any], d: Any, word: Any) -> Any | None:
    """Whom the nearest act of taking or of custody told in an earlier sentence (an arrest,
    an abduction, a charge) took or held, of the word's number (and count, where both are
    told: "the four" are not "17 people"), other than the doer of `d`."""
    doc = d.trigger.token.doc
    start = d.trigger.token.sent.start
    # ("31 of them": a part of those held, no count of them)
    plural, count = _plural(word), None if _counted_back(word) else _count(word)
    doers = {a.name for a in d.actors} | {a.kb_id for a in d.actors if a.kb_id}
    # (a charge or a sentence holds people too, where the count says which: "sentenced
    # four men ... The four were convicted")
    before = sorted((e for e in final if e is not d and e.trigger.token.i < start and (
        e.typed.acled in TAKING_ACLED or e.typed.plover == "COERCE"
        or count is not None and e.typed.plover in HELD_TYPES)),
        key=lambda e: e.trigger.token.i, reverse=True)
    for e in before:
        for p in e.targets:
            if p.kb_id or not p.evidence or p.kind in ("state", "location") or \
                    p.name in doers:
                continue
            span = evidence_span(p, doc)
            if span is None or _refers_back(span.root):
                continue
            root = span.root
            # ("a Swedish-Iranian academic": the tagger may read the noun as an adjective)
            nominal = root.pos_ in ("NOUN", "PROPN") or (
                root.pos_ == "ADJ" and root.dep_ in ("dobj", "nsubjpass", "pobj", "nsubj"))
            if not nominal or root.ent_type_ in ("GPE", "LOC", "FAC"):
                continue
            told = _count(root)
            if (root.tag_ in ("NNS", "NNPS") or bool(root.conjuncts)) == plural and (
                    count is None or told is None or told == count):
                return p
        if e.targets and count is None:
            return None  # the nearest taking took others
    return None


def _people_before(them: Any, d: Any, ctx: Any) -> Any | None:
    """The people "them" refers to: the nearest plural noun for people before it, in its
    sentence or the one before, that is a subject or an object (not a doer of `d`)."""
    lex = load_lexicon()
    doers = {a.name for a in d.actors} | {a.kb_id for a in d.actors if a.kb_id}
    for t in _tokens_before(them):
        if t.pos_ != "NOUN" or t.tag_ != "NNS" or t.dep_ not in (
                "nsubj", "nsubjpass", "dobj") or not any(
                lex.in_class(_lemma(t), k) for k in PEOPLE_CLASSES + ("protesters",)):
            continue
        p = ctx.mapper.participant(t)
        if p is not None and p.name not in doers and p.kb_id not in doers:
            return p
    return None


def attach_held_again(final: list[Any], ctx: Any) -> None:
    """"Police arrested two Fulani herders on Sunday. A court remanded the men in custody":
    an act done to people in custody (charged, tried, fined, freed, expelled) whom it names
    only by a word that refers back ("the men", "them", "the 17", "eleven of them") is done
    to the people the nearest arrest or abduction told before took; "them" in an arrest
    ("detained eleven of them"), or with no arrest before, to the people told of nearest
    before it."""
    for d in final:
        if d.typed.plover not in HELD_TYPES or d.modality != "asserted":
            continue
        found = _back_word(d)
        if found is None:
            continue
        word, given = found
        pronoun = word.lower_ in ("them", "they") or _counted_back(word)
        # an act after the taking (a release, a charge) is done to whom it took; a taking
        # ("police detained five of them") to the people told of nearest before
        held = None
        if not pronoun or d.typed.acled not in TAKING_ACLED:
            held = _held_before(final, d, word)
        if held is None and pronoun:
            them = word if word.lower_ in ("them", "they") else next(
                g for c in word.children if c.dep_ == "prep" for g in c.children
                if g.dep_ == "pobj")
            held = _people_before(them, d, ctx)
        if held is None:
            continue
        back = given.name if given is not None else None
        held = replace(held, mentions=tuple(dict.fromkeys(
            (*held.mentions, back)))) if back and back != held.name else held
        d.targets = [held] + [p for p in d.targets if p is not given]
