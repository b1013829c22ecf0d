"""Lexicon: "sabotage" and "bring down" are attacks on property only with an infrastructure
object (needs=infrastructure in triggers.tsv). Sentences written for these tests."""

from .conftest import names


def _attacks(evs):
    return [e for e in evs if e.type.plover == "ASSAULT"]


def test_sabotage_of_a_pipeline_is_an_attack(events_of):
    evs = _attacks(events_of("Insurgents sabotaged a gas pipeline in the north on Tuesday."))
    assert len(evs) == 1 and evs[0].trigger.text.lower() == "sabotaged"
    assert any("pipeline" in n for n in names(evs[0].targets))


def test_sabotage_noun_of_power_lines(events_of):
    evs = _attacks(events_of("Police blamed the rebels for the sabotage of two power lines."))
    assert any(e.trigger.text.lower() == "sabotage" for e in evs)


def test_sabotaging_talks_is_no_attack(events_of):
    evs = _attacks(events_of("The hardliners tried to sabotage the ceasefire negotiations."))
    assert not any("sabotage" in e.trigger.text.lower() for e in evs)


def test_bringing_down_pylons_is_an_attack(events_of):
    evs = _attacks(events_of("Saboteurs brought down three electricity pylons on Sunday."))
    assert any(e.trigger.text.lower().startswith("brought") for e in evs)


def test_bringing_down_a_government_is_no_attack(events_of):
    evs = _attacks(events_of("The strikes brought down the government last year."))
    assert not any(e.trigger.text.lower().startswith("brought") for e in evs)
