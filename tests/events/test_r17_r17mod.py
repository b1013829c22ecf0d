"""Round 17 (r17mod): modality and background marking. Sentences written for these tests.

- a charge told in the simple present or the present perfect outside the lead is a standing
  charge, background to the news; so is what it charges ("accuse the herders of burning");
- "in the past", "in previous years" make the clause history;
- an old date that hangs on another verb inside the act's clause ("urged them to respect the
  truce agreed in 2024") does not make the act history.
"""

from __future__ import annotations

import pytest

from .conftest import of_type, pipeline_events

PUBLISHED = "2026-05-08"
LEAD = "Floods cut the main road north of the capital on Thursday, officials said. "


def _modality(text: str, plover: str, word: str) -> str:
    events = [e for e in of_type(pipeline_events(text, PUBLISHED), plover)
              if e.trigger is not None and e.trigger.text.lower() == word]
    assert events, f"no {plover} event on {word!r}"
    return events[0].modality


@pytest.mark.parametrize("text, word", [
    (LEAD + "The provincial police have been accused of torturing detainees.", "accused"),
    (LEAD + "Opposition parties have accused the ruling party of buying votes.", "accused"),
    (LEAD + "Cattle herders in the valley accuse the ranchers of poisoning their wells.",
     "accuse"),
    (LEAD + "It was the third such raid, which Lima blames on a cocaine cartel.", "blames"),
])
def test_standing_charge_is_background(text, word):
    assert _modality(text, "ACCUSE", word) != "asserted"


@pytest.mark.parametrize("text, plover, word", [
    (LEAD + "Rights groups have accused both militias of killing civilians.", "ASSAULT",
     "killing"),
    (LEAD + "Cattle herders in the valley accuse the ranchers of burning their huts.",
     "ASSAULT", "burning"),
])
def test_what_a_standing_charge_charges_is_no_news(text, plover, word):
    assert _modality(text, plover, word) != "asserted"


@pytest.mark.parametrize("text, word", [
    (LEAD + "The interior minister on Friday accused the rebels of shelling the market.",
     "accused"),
    ("Peru has accused Bolivia of sheltering the gunmen who attacked a border post on "
     "Friday, the foreign ministry said.", "accused"),
    (LEAD + "\"We accuse the governor of lying to the families,\" the union leader said.",
     "accuse"),
])
def test_a_charge_laid_on_a_day_stays_news(text, word):
    assert _modality(text, "ACCUSE", word) == "asserted"


@pytest.mark.parametrize("text, plover, word", [
    (LEAD + "The militia has attacked the mission in the past, residents said.", "ASSAULT",
     "attacked"),
    (LEAD + "Fishermen and the coast guard clashed near the port in previous years.",
     "ASSAULT", "clashed"),
])
def test_in_the_past_is_history(text, plover, word):
    assert _modality(text, plover, word) == "historical"


def test_in_the_past_week_is_news():
    text = LEAD + "The militia has attacked the mission twice in the past week, residents said."
    assert _modality(text, "ASSAULT", "attacked") == "asserted"


@pytest.mark.parametrize("text, plover, word", [
    (LEAD + "The envoy urged both sides to respect the truce agreed in Doha in March 2024.",
     "REQUEST", "urged"),
    (LEAD + "The bishop called on the militias to honour the accord signed in Nairobi in "
     "June 2023.", "REQUEST", "called on"),
])
def test_old_date_of_an_embedded_act_is_not_the_acts(text, plover, word):
    assert _modality(text, plover, word) == "asserted"


def test_old_date_of_the_act_itself_stays_history():
    text = LEAD + "In March 2023 the envoy urged both sides to respect the truce."
    assert _modality(text, "REQUEST", "urged") == "historical"


@pytest.mark.parametrize("text, plover, word", [
    (LEAD + "Kenyan troops, who have been deployed in the region to fight the militants, "
     "were sent to Garissa on Sunday.", "MOBILIZE", "deployed"),
    (LEAD + "The militia, which has attacked a police post in the north, seized the town on "
     "Monday.", "ASSAULT", "attacked"),
])
def test_perfect_relative_clause_on_the_subject_describes_it(text, plover, word):
    assert _modality(text, plover, word) == "historical"


def test_relative_clause_on_the_subject_leaves_the_news():
    text = (LEAD + "The militia, which has attacked a police post in the north, seized the "
            "town on Monday.")
    acts = [e for e in pipeline_events(text, PUBLISHED)
            if e.trigger is not None and e.trigger.text.lower() == "seized"]
    assert acts and acts[0].modality == "asserted"


@pytest.mark.parametrize("text, word", [
    (LEAD + "Morocco has never recognised the breakaway republic.", "recognised"),
    (LEAD + "Bhutan does not recognise dual citizenship, officials said.", "recognise"),
])
def test_standing_refusal_to_recognise_is_no_news(text, word):
    # no asserted refusal: background, or (r17det) no event at all
    assert not [e for e in of_type(pipeline_events(text, PUBLISHED), "REJECT")
                if e.trigger is not None and e.trigger.text.lower() == word
                and e.modality == "asserted"]


def test_refusal_on_a_day_stays_news():
    text = LEAD + "The rebels did not accept the offer on Monday."
    assert _modality(text, "REJECT", "accept") == "asserted"


@pytest.mark.parametrize("text, plover, word", [
    (LEAD + "The militia has killed hundreds of civilians in the province since the beginning "
     "of the year.", "ASSAULT", "killed"),
    (LEAD + "Bandits have kidnapped more than 200 people in the state since January.",
     "ASSAULT", "kidnapped"),
])
def test_perfect_since_the_start_of_the_year_is_a_tally(text, plover, word):
    assert _modality(text, plover, word) == "historical"


def test_old_date_of_a_purpose_is_the_acts():
    text = LEAD + "Federal troops were deployed to repel incursions by militants in 2019."
    assert _modality(text, "MOBILIZE", "deployed") == "historical"
