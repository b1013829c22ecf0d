"""The attribute_ruler's indexed matcher (attribute_index.py) finds the same matches as spaCy's
Matcher, so tokens get the same part of speech, lemma and morphology; texts written for
these tests, covering the ruler's word exceptions, its two-token rules and whitespace."""

import pytest
import spacy

from wirecoder.attribute_index import IndexedRulerMatch, index_attribute_ruler
from wirecoder.language import load_nlp

TEXTS = [
    "Insurgents attacked a checkpoint in Kandahar on Monday, killing two soldiers.",
    "I ain't gonna say it's over; y'all know we gotta leave.  Let's go!\n\n  There are "
    "nothin' left there, and there's no one who'd stay.",
    "THE ARMY SAID IT HAD RETAKEN THE TOWN .  \t  The mayor, who'd fled, wasn't there.",
    "He could've been killed; she'd have known. Don't they?",
    "",
]


def _stock_match(ruler, doc):
    return type(ruler).match(ruler, doc)


@pytest.fixture(scope="module")
def parsed():
    nlp = load_nlp()
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        return nlp, [nlp(t) for t in TEXTS]


def test_indexed_matches_equal_the_matchers(parsed):
    nlp, docs = parsed
    ruler = nlp.get_pipe("attribute_ruler")
    indexed = IndexedRulerMatch(ruler)
    for doc in docs:
        assert indexed(doc) == _stock_match(ruler, doc)
    # the two-token rules ("gon na", "got ta", "let 's") match where they should
    rules = {r for r, _, _, _ in indexed(docs[1])}
    assert any(len(p) == 2 for r in rules for p in ruler.patterns[r]["patterns"])


def test_tokens_get_the_same_pos_lemma_and_morphology_as_with_spacys_matcher():
    nlp = load_nlp()
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match, IndexedRulerMatch)  # installed by load_nlp
    ours = [[(t.pos_, t.lemma_, str(t.morph), t.tag_) for t in nlp(x)] for x in TEXTS]
    indexed = ruler.match
    try:
        del ruler.match  # back to AttributeRuler.match
        theirs = [[(t.pos_, t.lemma_, str(t.morph), t.tag_) for t in nlp(x)] for x in TEXTS]
    finally:
        ruler.match = indexed
    assert ours == theirs
    lemmas = [(t.text, t.lemma_) for t in nlp(TEXTS[1])]
    # the two-token rules: "ai n't" -> be, "gon na" -> go to, "let 's" -> let us
    assert {("ai", "be"), ("gon", "go"), ("na", "to"), ("'s", "us")} <= set(lemmas)
    assert ("y'", "you") in lemmas  # a regular-expression rule


def test_a_pattern_with_a_quantifier_keeps_spacys_matcher():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "new"}, {"IS_TITLE": True, "OP": "+"}]], {"LEMMA": "place"})
    assert not index_attribute_ruler(nlp)
    assert "match" not in vars(ruler)


def test_rules_added_after_indexing_are_still_applied():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "kabul"}]], {"LEMMA": "Kabul"})
    assert index_attribute_ruler(nlp)
    ruler.add([[{"LOWER": "herat"}]], {"LEMMA": "Herat"})
    doc = nlp("kabul and herat")
    assert [t.lemma_ for t in doc] == ["Kabul", "", "Herat"]
