"""The complete lemma cache (lemma_cache.py): the same lemmas as spaCy's rule lemmatizer, each
(word, part of speech, morphology) worked out once. Texts written for these tests."""

from wirecoder.language import load_nlp
from wirecoder.lemma_cache import CachedRuleLemmas

TEXTS = ["Gunmen attacked two police posts on Monday; the attackers fled after the attacks.",
         "The militants were attacking the base when soldiers attacked them back.",
         "She said they had been meeting the mayors of Kabul and Herat in better days."]


def test_the_cache_gives_spacys_lemmas():
    nlp = load_nlp()
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer.lemmatize, CachedRuleLemmas)  # installed by load_nlp
    ours = [[t.lemma_ for t in nlp(x)] for x in TEXTS]
    cached = lemmatizer.lemmatize
    try:
        lemmatizer.lemmatize = lemmatizer.rule_lemmatize
        theirs = [[t.lemma_ for t in nlp(x)] for x in TEXTS]
    finally:
        lemmatizer.lemmatize = cached
    assert ours == theirs
    assert {"attack", "attacker", "meet", "mayor", "day"} <= {lemma for doc in ours
                                                               for lemma in doc}


def test_each_word_analysis_is_worked_out_once():
    calls = []

    def counting(token):
        calls.append(token.text)
        return [token.text.lower()]

    nlp = load_nlp()
    cache = CachedRuleLemmas(counting)
    with nlp.select_pipes(disable=["lemmatizer", "ner"]):
        doc = nlp("Police said police said police said.")
    assert [cache(t)[0] for t in doc] == ["police", "said"] * 3 + ["."]
    assert calls.count("said") == 1 and sorted(set(calls)) == [".", "Police", "police", "said"]


def test_an_untagged_token_is_not_cached():
    calls = []
    cache = CachedRuleLemmas(lambda token: calls.append(token.text) or [token.text])
    nlp = load_nlp()
    doc = nlp.make_doc("attack attack")  # no tagger: no part of speech
    cache(doc[0]), cache(doc[1])
    assert calls == ["attack", "attack"] and not cache.cache
