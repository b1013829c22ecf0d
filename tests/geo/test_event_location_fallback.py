"""event_location fallback: no place in the sentence, but the event is spread over a whole
country by its subject ("nationwide"): that country, at country precision, with evidence
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.geo import event_location, find_toponyms
from wirecoder.records import Analysis, Document, Mention, Participant


def _analysis(text, nlp, gaz, mentions=()):
    doc = nlp(text)
    document = Document(id="t", text=text)
    a = Analysis(document=document, doc=doc)
    a.toponyms = find_toponyms(text, doc, gazetteer=gaz, document_id="t")
    for name, iso3 in mentions:
        i = text.index(name)
        a.mentions.append(Mention(document.span(i, i + len(name)),
                                  Participant(name=name, country=iso3)))
    return a


def _place(a, trigger, gaz):
    text = a.document.text
    i = text.index(trigger)
    sent = a.doc.char_span(i, i + len(trigger), alignment_mode="expand")[0].sent
    return event_location(a, a.document.span(i, i + len(trigger)),
                          a.document.span(sent.start_char, sent.end_char), gazetteer=gaz)


def test_subject_country_named_by_an_adjective(nlp, tiny_gazetteer):
    a = _analysis("Syrian police raided dozens of homes nationwide on Monday.", nlp,
                  tiny_gazetteer)
    place = _place(a, "raided", tiny_gazetteer)
    assert place is not None and place.country == "SY" and place.precision == "country"
    assert [e.text for e in place.evidence] == ["nationwide", "Syrian"]


def test_subject_linked_to_a_state_by_the_actors_stage(nlp, tiny_gazetteer):
    text = "The French government said the country had closed mosques across the country."
    a = _analysis(text, nlp, tiny_gazetteer, mentions=[("the country", "FRA")])
    place = _place(a, "closed", tiny_gazetteer)
    assert place is not None and place.country == "FR" and place.precision == "country"
    assert [e.text for e in place.evidence] == ["across the country", "the country"]


@pytest.mark.parametrize("text,trigger", [
    # nobody says which country: no guess
    ("Police raided dozens of homes nationwide on Monday.", "raided"),
    # no word spreads the event over the country
    ("Syrian police raided dozens of homes on Monday.", "raided"),
])
def test_no_fallback_without_a_country_or_a_nationwide_word(nlp, tiny_gazetteer, text,
                                                            trigger):
    assert _place(_analysis(text, nlp, tiny_gazetteer), trigger, tiny_gazetteer) is None


def test_a_place_in_the_sentence_comes_first(nlp, tiny_gazetteer):
    a = _analysis("Syrian police raided homes in Damascus and arrested people nationwide.", nlp,
                  tiny_gazetteer)
    place = _place(a, "raided", tiny_gazetteer)
    assert place is not None and place.evidence[0].text == "Damascus"


def test_nationwide_word_of_a_coordinate_clause_is_not_the_events(nlp, tiny_gazetteer):
    text = ("Syrian rebels lost ten men in the battle, and dozens of soldiers were killed "
            "across the country.")
    a = _analysis(text, nlp, tiny_gazetteer)
    assert _place(a, "lost", tiny_gazetteer) is None
