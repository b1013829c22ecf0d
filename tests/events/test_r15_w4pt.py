"""Round 15, second wave (places and dates, w4pt): sentences invented for each construction."""

from __future__ import annotations

from datetime import date

from .conftest import of_type as _by_type
from .conftest import pipeline_events as _events


# ------------------------------------------ an unknown area the event's verb acts on
def test_an_unknown_district_shelled_is_the_place() -> None:
    # the gazetteer lacks the district: its name, in the province the story is in
    text = ("ADEN, Yemen (Reuters) - Government artillery shelled the rebel-held al-Mansoura "
            "district on Sunday, killing three civilians, a local official said.")
    attacks = _by_type(_events(text, "2026-05-06"), "ASSAULT")
    assert attacks and attacks[0].location is not None
    assert attacks[0].location.name == "al-Mansoura"
    assert attacks[0].location.country == "YE" and attacks[0].location.admin1


def test_an_unknown_neighbourhood_bombed_in_a_charge() -> None:
    text = ("HODEIDAH, Yemen (Reuters) - A rebel commander accused coalition jets of bombing "
            "the government-held al-Rawdah neighbourhood on Friday, killing a child.")
    attacks = _by_type(_events(text, "2026-05-06"), "ASSAULT")
    assert attacks and attacks[0].location is not None
    assert attacks[0].location.name == "al-Rawdah"


# ------------------------------------------ a natural region's name is no city landmark
def test_a_wadi_area_is_not_the_dateline_city() -> None:
    text = ("MOSUL, Iraq (Reuters) - Gunmen killed two shepherds on Sunday in the Wadi Horan "
            "area, a police source said.")
    attacks = _by_type(_events(text, "2026-05-06"), "ASSAULT")
    assert attacks and attacks[0].location is not None
    assert attacks[0].location.name == "Wadi Horan"


def test_the_scene_of_the_sentence_before_over_the_story_city() -> None:
    # the events' own sentence names no place: the area searched the sentence before is the
    # scene, not the city of the dateline
    text = ("TIKRIT, Iraq (Reuters) - A roadside bomb killed three soldiers in Tikrit on "
            "Sunday, police said. Hours later, soldiers began combing farms in the Wadi "
            "Tharthar area, where the gunmen hide. Two gunmen were killed in a firefight on "
            "Monday, an army spokesman said.")
    clashes = [e for e in _by_type(_events(text, "2026-05-06"), "ASSAULT")
               if e.time.start == date(2026, 5, 4)]
    assert clashes and clashes[0].location is not None
    assert clashes[0].location.name == "Wadi Tharthar"


def test_where_the_wounded_were_taken_is_no_scene() -> None:
    # the sentence before the firefight names only the town of the hospital
    text = ("GULU, Uganda (Reuters) - Rebels ambushed a bus near Kitgum on Friday, killing six "
            "passengers, police said. The wounded were taken to a hospital in Gulu. Soldiers "
            "killed two of the attackers in a firefight hours later, the army said.")
    attacks = _by_type(_events(text, "2026-05-06"), "ASSAULT")
    assert attacks and all(a.location is not None and a.location.name == "Kitgum"
                           for a in attacks)


def test_a_lead_placed_in_a_country_part_takes_the_town_the_next_sentence_names() -> None:
    text = ("LAGOS (Reuters) - Bandits kidnapped 20 students from a school in northwestern "
            "Nigeria, police said on Monday. The gunmen stormed the school in Kankara town in "
            "Katsina state on Sunday night, a police spokesman said.")
    kidnaps = _by_type(_events(text, "2026-05-06"), "ASSAULT")
    assert kidnaps and kidnaps[0].location is not None
    assert kidnaps[0].location.name == "Kankara"


# ------------------------------------------ a past charge's only date is the act charged
def test_a_past_charge_is_not_dated_by_the_act_it_charges() -> None:
    # "on Sunday" is the shelling's day; the accusation itself is undated
    text = "A rebel spokesman accused the army of shelling the village of Dar Saad on Sunday."
    accusations = _by_type(_events(text, "2026-05-06"), "ACCUSE")
    assert accusations
    assert accusations[0].time.start == date(2026, 5, 3)
    assert accusations[0].time.end == date(2026, 5, 6)


# ------------------------------------------ province names the built gazetteer lacks
def test_karen_state_is_kayin() -> None:
    text = ("YANGON (Reuters) - Myanmar's military bombed a village in Karen state on Sunday, "
            "killing five people, a rebel spokesman said.")
    attacks = _by_type(_events(text, "2026-05-06"), "ASSAULT")
    assert attacks and attacks[0].location is not None
    assert attacks[0].location.admin1 == "Kayin"


def test_arakan_state_is_rakhine() -> None:
    text = "Troops raided a market in Arakan State on Monday, residents said."
    attacks = _by_type(_events(text, "2026-05-06"), "ASSAULT")
    assert attacks and attacks[0].location is not None
    assert attacks[0].location.admin1 == "Rakhine"


def test_a_woman_named_karen_is_no_place() -> None:
    text = ("LONDON (Reuters) - Police arrested two men in Leeds on Monday, Karen Smith, a "
            "police spokeswoman, said.")
    arrests = _by_type(_events(text, "2026-05-06"), "COERCE")
    assert arrests and arrests[0].location is not None
    assert arrests[0].location.name == "Leeds"
