"""Round 24 (r24place): where an event is when the text names a route, a journey or a
dateline town of the same province. Sentences invented for these tests (published
2026-03-10); the whole pipeline and the real gazetteer.

- "on the road between A and the village of B": the stretch is placed at its first-named end
  (`geo.bearing_names.second_route_end`, used by `geo.event_location.choose_toponym`);
- "the officers were driving to X when gunmen opened fire": X is where they were going, not
  where the attack met them (`geo.not_the_place._destination`);
- a dateline town is only where the report was filed when the body sets the story in another
  town, even one of the same province ("PESHAWAR - ... a bomb in Bannu ..., as residents
  blocked the main road") (`events.event_places._away_from`);
- "recovered pistols from a house near X and arrested a man", "overran positions near X,
  killing 23": an unknown name after "near"/"outside" in the clause the event is coordinated
  with or hangs under places the event, as a known name there does
  (`geo.missed_names.missed_place_names`);
- a province is named as the report writes it ("Amhara", not GeoNames' "Amara"); with its
  division noun ("Panjshir province") the gazetteer's name stays (`geo.written_name`).
"""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.evaluate.event_fields import _place_name as folded
from wirecoder.pipeline import Pipeline
from wirecoder.records import Document


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _events(pipeline, text):
    doc = Document(id=Document.make_id(text), text=text, published=date(2026, 3, 10))
    return pipeline(doc).events


def _place_of(pipeline, text, trigger):
    evs = [e for e in _events(pipeline, text)
           if e.trigger is not None and e.trigger.text.lower().startswith(trigger)]
    assert evs, text
    return evs[0].location


# --- a route between two towns ------------------------------------------------------------

def test_a_road_between_two_towns_is_placed_at_its_first_end(pipeline):
    text = ("Police said a bus was attacked on the highway between Lashkar Gah and the town "
            "of Gereshk on Sunday.")
    loc = _place_of(pipeline, text, "attacked")
    assert loc is not None and folded(loc.name) == "lashkar gah", loc


def test_the_first_end_of_a_road_keeps_its_own_name(pipeline):
    text = ("Gunmen killed five traders on the road between Funtua and Gusau on Sunday, "
            "police said.")
    loc = _place_of(pipeline, text, "killed")
    assert loc is not None and loc.name == "Funtua", loc


# --- where a journey was going ------------------------------------------------------------

def test_a_journey_s_destination_is_not_where_the_attack_happened(pipeline):
    text = ("MEXICO CITY, May 2 (Reuters) - Gunmen ambushed a police patrol near the city of "
            "Uruapan on Monday.\n\nThe officers were driving to the town of Paracho when "
            "attackers opened fire from a truck, killing three of them, the state prosecutor "
            "said.")
    places = {e.location.name for e in _events(pipeline, text)
              if e.type.plover == "ASSAULT" and e.location is not None}
    assert "Paracho" not in " ".join(places), places
    assert "Uruapan" in places, places


def test_a_place_the_event_moves_to_is_still_its_own(pipeline):
    text = "Thousands of villagers fled to Gusau on Sunday after gunmen raided their homes."
    evs = [e for e in _events(pipeline, text) if e.location is not None]
    assert any(e.location.name == "Gusau" for e in evs), [(e.trigger, e.location) for e in evs]


# --- a dateline town of the same province -------------------------------------------------

def test_a_dateline_of_the_same_province_gives_way_to_the_story_s_town(pipeline):
    text = ("PESHAWAR, Pakistan, March 3 (Reuters) - The death toll from a bomb blast at a "
            "market in Bannu has risen to 14, a doctor said on Friday, as residents blocked "
            "the main road to demand better security.")
    loc = _place_of(pipeline, text, "blocked")
    assert loc is not None and loc.name == "Bannu", loc


def test_the_dateline_town_named_again_keeps_its_event(pipeline):
    text = ("PESHAWAR, Pakistan, March 3 (Reuters) - Police in Peshawar arrested 12 men on "
            "Friday after a clash outside a mosque, officials said.\n\nThe men were taken to "
            "a police station, while a wounded guard was flown to a hospital in Mardan.\n\n"
            "Police said they had seized four pistols.")
    loc = _place_of(pipeline, text, "arrested")
    assert loc is not None and loc.name == "Peshawar", loc


# --- a province as the report spells it ---------------------------------------------------

def test_a_province_is_named_as_written(pipeline):
    text = ("ADDIS ABABA, Feb 3 (Reuters) - Fano militiamen attacked an army base in Amhara on "
            "Sunday, killing 12 soldiers, officials said.")
    loc = _place_of(pipeline, text, "attacked")
    assert loc is not None and loc.name == "Amhara" and loc.admin1 == "Amara", loc


# --- a vicinity phrase of the clause the event hangs on -----------------------------------

def test_a_coordinated_act_takes_the_vicinity_of_its_first_verb(pipeline):
    text = ("DHAKA, May 21 (UNB) - Clashes between rival supporters killed one person in "
            "Rangamati on Wednesday, police said.\n\nSeparately, the army said soldiers had "
            "recovered two pistols from a house near Baghaichhari on Tuesday night and "
            "arrested one man.")
    loc = _place_of(pipeline, text, "arrested")
    assert loc is not None and loc.name == "Baghaichhari" and loc.country == "BD", loc


def test_a_participle_takes_the_vicinity_of_the_clause_it_hangs_on(pipeline):
    text = ("JUBA, May 3 (Reuters) - Gunmen killed six traders in Jonglei state on Saturday, "
            "the UN said.\n\nAn army spokesman said on Tuesday that troops had overrun rebel "
            "positions near Waat on Sunday, killing 23 fighters.")
    loc = _place_of(pipeline, text, "killing")
    assert loc is not None and loc.name == "Waat" and loc.country == "SS", loc
