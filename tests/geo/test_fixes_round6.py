"""Round 6: `choose_toponym` and `not_the_place` apply one possessor rule
(`possessor_not_place`). Tiny gazetteer, spaCy parse; sentences written for these tests."""

from __future__ import annotations

from wirecoder.geo import find_toponyms
from wirecoder.geo.event_location import choose_toponym
from wirecoder.geo.not_the_place import not_the_place
from wirecoder.records import Document


def _both(text, trigger, name, nlp, gaz):
    """(toponym chosen for the event, not_the_place's reason against the toponym `name`)."""
    doc = nlp(text)
    document = Document(id="t", text=text)
    tops = find_toponyms(text, doc, gazetteer=gaz, document_id="t")
    i = text.index(trigger)
    trig = [t for t in doc if t.idx == i][0]
    chosen = choose_toponym(doc, tops, document.span(i, i + len(trigger)),
                            document.span(0, len(text)), gazetteer=gaz)
    top = [t for t in tops if t.span.text == name][0]
    return chosen, not_the_place(doc, top, trig)  # as the events stage calls it


def test_possessor_of_a_person_is_no_place_for_either(nlp, tiny_gazetteer):
    chosen, reason = _both("France's ambassador was shot in Damascus on Monday.", "shot",
                           "France", nlp, tiny_gazetteer)
    assert chosen is not None and chosen.span.text == "Damascus"
    assert reason == "possessor"


def test_possessor_of_a_place_name_is_a_place_for_both(nlp, tiny_gazetteer):
    # "Afghanistan's Ghazni": the possessor contains the place it owns; the fallback may use
    # it as choose_toponym does (it ranks it after Ghazni)
    text = "Gunmen opened fire in Afghanistan's Ghazni on Monday."
    chosen, reason = _both(text, "opened", "Afghanistan", nlp, tiny_gazetteer)
    assert chosen is not None and chosen.span.text == "Ghazni"
    assert reason is None
