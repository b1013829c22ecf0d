"""A pronoun's antecedent in the main clause ("The guard was detained after he stabbed two
nurses"): the subject it refers to, where number and animacy agree and no rival does. Moved
whole out of `participant_mapper` (the same code)."""

from __future__ import annotations

from typing import Any

from .argument_words import PLURAL_PRONOUNS, SINGULAR_PRONOUNS
from .lexicon import load_lexicon
from .lexicon import lemma as _lemma


def _agrees(noun: Any, plural_pronoun: bool) -> bool:
    """Whether a noun can be what a personal pronoun of that number refers to: a person or
    an armed force (for "they" also an organisation or a group), of the same number."""
    plural = noun.tag_ in ("NNS", "NNPS") or bool(noun.conjuncts)
    if noun.pos_ not in ("NOUN", "PROPN") or plural != plural_pronoun:
        return False
    lex = load_lexicon()
    lemma = _lemma(noun)
    animate = noun.ent_type_ == "PERSON" or lex.in_class(lemma, "person") or lex.in_class(
        lemma, "armed")
    if plural:
        animate = animate or noun.ent_type_ in ("ORG", "NORP") or lex.in_class(
            lemma, "actor_word") or lex.in_class(lemma, "group_word")
    return animate


def clause_antecedent(pron: Any) -> Any:
    """The subject of the main clause that a pronoun refers to: the subject of a clause
    depending on it ("The guard was detained after he stabbed two nurses", "Gunmen stormed
    the hotel and they killed three guards") or a possessive in the main clause itself ("the
    ministers flew back for their meeting"). None unless number and animacy agree and no
    object or agent of that clause agrees as well ("the officer arrested the man after he
    stabbed ...": either could be meant)."""
    low = pron.lower_
    if low not in SINGULAR_PRONOUNS | PLURAL_PRONOUNS:
        return None
    if pron.dep_ in ("nsubj", "nsubjpass") and low not in ("his", "their"):
        verb = pron.head
        if verb.dep_ not in ("advcl", "conj"):
            return None
        main = verb.head
    elif pron.dep_ == "poss" and low in ("his", "their"):
        main = pron.head
        for _ in range(6):  # up through the phrases that hold the possessed noun
            if main.pos_ in ("VERB", "AUX") or main.head == main:
                break
            main = main.head
    else:
        return None
    if main.pos_ not in ("VERB", "AUX"):
        return None
    plural = low in PLURAL_PRONOUNS
    subj = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pron.i]
    if len(subj) != 1 or not _agrees(subj[0], plural):
        return None
    rivals = [c for c in main.children if c.dep_ in ("dobj", "dative") and c.i < pron.i]
    rivals += [g for c in main.children if c.dep_ == "agent" and c.i < pron.i
               for g in c.children if g.dep_ == "pobj"]
    if any(_agrees(r, plural) for r in rivals):
        return None
    return subj[0]


SAYING_LEMMAS = {"say", "tell", "add", "announce", "state", "warn", "insist", "note"}
# offices a speaker is named by ("the U.N. envoy said"), besides the lexicon's person words
SPEAKER_TITLES = {"envoy", "coordinator", "director", "spokesman", "spokeswoman", "spokesperson",
                  "commissioner", "ambassador", "secretary", "general", "representative",
                  "chairman", "chairwoman", "chairperson", "prosecutor", "lawyer", "head"}


def previous_speaker(pron: Any) -> Any:
    """"..., the U.N. envoy for Sudan said. She called on all sides to ...": a "he"/"she"
    that opens a sentence is the one the sentence before quoted (the singular person noun
    that is the subject of its saying verb) where that sentence names no person (whom the
    actor stage would take) and no other singular person noun is its subject."""
    if pron.lower_ not in ("he", "she") or pron.dep_ not in ("nsubj", "nsubjpass"):
        return None
    sent = pron.sent
    if any(t.is_alpha for t in pron.doc[sent.start:pron.i]) or sent.start == 0:
        return None
    prev = pron.doc[sent.start - 1].sent
    if any(t.ent_type_ == "PERSON" for t in prev):
        return None
    lex = load_lexicon()
    speakers = [c for v in prev if v.pos_ == "VERB" and _lemma(v) in SAYING_LEMMAS
                and (v.dep_ == "ROOT" or v.head.i == v.i)
                for c in v.children if c.dep_ == "nsubj"]
    if len(speakers) != 1:
        return None
    s = speakers[0]
    if s.pos_ not in ("NOUN", "PROPN") or s.tag_ not in ("NN", "NNP") or s.ent_type_ or not (
            lex.in_class(_lemma(s), "person") or s.lower_ in SPEAKER_TITLES):
        return None
    return s


def sayer_antecedent(pron: Any) -> Any:
    """"The paramilitary force said it had seized 40 rifles", "the rebels said they had
    captured the town": "it"/"they" as the subject of what a body says is that body (the
    saying verb's common-noun subject, of the same number: a force, a group, an army)."""
    low = pron.lower_
    if low not in ("it", "they") or pron.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = pron.head
    if verb.dep_ != "ccomp" or _lemma(verb.head) not in SAYING_LEMMAS | {"claim", "confirm"}:
        return None
    subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].pos_ != "NOUN":
        return None
    s = subj[0]
    lex = load_lexicon()
    lemma = _lemma(s)
    if not (lex.in_class(lemma, "armed") or lex.in_class(lemma, "actor_word")
            or lex.in_class(lemma, "group_word")):
        return None
    plural = s.tag_ == "NNS" or bool(s.conjuncts)
    return s if plural == (low == "they") else None
