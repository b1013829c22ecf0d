"""Round 24 mends (r24mend) of what round 23's review found. Texts written for these tests;
`published` is Friday 2026-11-20.

- the country that gave the aid a convoy carries is hit with it ("trucks carrying food aid
  from Qatar", `stand_ins._donor`); a town, or goods not named as given, is where it came
  from;
- an attack the text dates is told for itself even when done again and again ("has
  repeatedly shelled the town since Sunday"); undated, or another act, it is a series, no
  one event (`modality._told_as_series`);
- relatives the text has moved away ("who fled to Niamey") do not speak from the scene
  (`statement_places._moved_away`).
"""

from datetime import date

import pytest

from .conftest import whole_pipeline, with_trigger


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 11, 20))


def _targets(e):
    return [p.name.lower() for p in e.targets]


# --- 1. a donor country is a body the convoy carries for ----------------------------------

@pytest.mark.parametrize("text,word,donor", [
    ("Gunmen attacked a convoy of trucks carrying food aid from Qatar near the town of Nyala "
     "on Monday, killing two drivers.", "attacked", "qatar"),
    ("Armed men looted a convoy of lorries carrying humanitarian aid from Japan on the road "
     "to Bossangoa on Sunday, the United Nations said.", "looted", "japan"),
    ("Gunmen fired on a convoy carrying food aid from the United Arab Emirates outside "
     "Mukalla on Wednesday.", "fired", "emirates"),
])
def test_the_country_that_gave_the_aid_is_hit_with_the_convoy(run, text, word, donor):
    targets = _targets(with_trigger(run(text), word, "ASSAULT", only_asserted=False))
    # (round 26: the convoy itself folds into the body it carries for, as the dev gold codes
    # aid convoys: `events.things_beside_people`)
    assert not any("convoy" in t for t in targets), targets
    assert any(donor in t for t in targets), targets


@pytest.mark.parametrize("text,word,place", [
    ("Rebels ambushed a convoy of trucks carrying fuel from Iran near the border on "
     "Thursday, officials said.", "ambushed", "iran"),
    ("Militants ambushed a convoy carrying aid from the border town of Rafah on Friday, "
     "wounding three drivers.", "ambushed", "rafah"),
])
def test_where_goods_come_from_is_no_donor(run, text, word, place):
    targets = _targets(with_trigger(run(text), word, "ASSAULT", only_asserted=False))
    assert not any(place in t for t in targets), targets


# --- 2. an attack the text dates is asserted even when done again and again ----------------

@pytest.mark.parametrize("text,word", [
    ("The militia has repeatedly struck the camp, and on Sunday its fighters killed five "
     "people there, a local official said.", "struck"),
    ("Rebel artillery has repeatedly shelled the town of Kalehe since Sunday, killing 12 "
     "civilians, local officials said on Tuesday.", "shelled"),
])
def test_a_dated_repeated_attack_is_asserted(run, text, word):
    assert with_trigger(run(text), word, "ASSAULT", only_asserted=False).modality == "asserted"


def test_an_undated_repeated_attack_is_a_series(run):
    events = run("No group has claimed the blast. Armed groups have repeatedly targeted the "
                 "pipeline with rockets and drones, officials say.")
    assert not any(e.modality == "asserted" and e.trigger is not None
                   and "targeted" in e.trigger.text for e in events), events


@pytest.mark.parametrize("text,word,plover", [
    ("The army has repeatedly sent reinforcements to the northern garrison town.", "sent",
     "MOBILIZE"),
    ("The opposition has repeatedly accused the electoral commission of fraud.", "accused",
     "ACCUSE"),
])
def test_another_act_done_repeatedly_is_a_series(run, text, word, plover):
    events = [e for e in run(text) if e.trigger is not None and word in e.trigger.text
              and e.type.plover == plover]
    assert not any(e.modality == "asserted" for e in events), events


# --- 3. relatives who moved away do not speak from the scene ------------------------------

@pytest.mark.parametrize("text,word,scene", [
    ("Gunmen killed nine villagers in Kadji, a village in Niger's Tillaberi region, on "
     "Saturday, officials said. Relatives who fled to Niamey accused the army of failing to "
     "protect them.", "accused", "Tillab"),
    ("Soldiers burned dozens of homes in the village of Mbalmayo in Cameroon's Centre region "
     "on Monday. Relatives of the victims, who have since moved to Yaounde, blamed the army "
     "for the killings.", "blamed", "Mbalmayo"),
])
def test_relatives_who_moved_away_do_not_speak_at_the_scene(run, text, word, scene):
    loc = with_trigger(run(text), word, "ACCUSE", only_asserted=False).location
    assert loc is None or scene not in loc.name, loc


def test_relatives_at_the_scene_still_speak_there(run):
    events = run("Police shot dead three protesters in the town of Kisii in western Kenya on "
                 "Tuesday. Relatives who gathered outside the mortuary accused police of "
                 "using live bullets.")
    loc = with_trigger(events, "accused", "ACCUSE", only_asserted=False).location
    assert loc is not None and loc.name == "Kisii", loc
