"""Event detection (events/detect.py): the words of a co-actor marker ("supported by",
"backed by", "together with") say who helped, not that something happened; the same verbs
outside a marker are events. Sentences written for these tests."""

from wirecoder.events.detect import find_triggers
from wirecoder.events.lexicon import load_lexicon
from wirecoder.language import load_nlp


def _triggers(text):
    doc = load_nlp()(text)
    return [(t.token.text, t.entry.lemma) for t in find_triggers(doc, load_lexicon())]


def test_a_verb_inside_a_co_actor_marker_is_no_trigger():
    assert _triggers("Afghan forces, supported by coalition troops, arrested two men.") == [
        ("arrested", "arrest")]
    assert _triggers("Rebels backed by foreign fighters arrested a mayor.") == [
        ("arrested", "arrest")]


def test_the_same_verb_outside_a_marker_is_a_trigger():
    assert ("supported", "support") in _triggers("The United States supported the rebels.")
    assert ("backed", "back") in _triggers("The militia backed the coup.")


def test_a_marker_later_in_a_long_document_is_found_at_its_own_offset():
    text = "Police arrested a man in the capital on Monday. " * 20 + (
        "Soldiers, backed by police, arrested five men.")
    found = _triggers(text)
    assert found.count(("arrested", "arrest")) == 21
    assert ("backed", "back") not in found
