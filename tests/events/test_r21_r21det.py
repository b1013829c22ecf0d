"""Round 21 (r21det): missed events of general constructions. Sentences written for these
tests (places and names not from the dev articles)."""

from __future__ import annotations

from .conftest import names, one


def _asserted(events, plover):
    return [e for e in events if e.type.plover == plover and e.modality == "asserted"]


# ------------------------------- a reported "had been arrested since <a day of this week>"
def test_arrests_since_a_weekday_in_reported_speech_are_news(events_of):
    for text in ("Police said 21 people had been arrested in raids in Kisumu since Friday.",
                 "The governor said that 8 suspected smugglers had been detained in Tabora "
                 "since Saturday night.",
                 "The army said its troops had detained 15 people in Bunia since the weekend."):
        arrests = _asserted(events_of(text), "COERCE")
        assert arrests, text


def test_a_reported_tally_since_a_vote_or_a_year_stays_background(events_of):
    events = events_of("Activists said 60 people had been detained since the referendum.")
    assert not _asserted(events, "COERCE")
    events = events_of("Activists said 300 people had been detained since 2019.")
    assert not _asserted(events, "COERCE")


# ----------------------------- a force's past strikes told as a source's statement are news
def test_strikes_a_spokesman_says_the_air_force_launched_are_one_occasion(events_of):
    for text in ("A navy spokesman said on Monday that the navy had launched missile strikes "
                 "on rebel bases near Hodeida.",
                 "An army spokesman said on Friday that the army had cleared two villages and "
                 "had carried out air strikes on insurgent hideouts."):
        assert _asserted(events_of(text), "ASSAULT"), text


def test_attacks_a_person_is_known_for_stay_a_habit(events_of):
    events = events_of("Police said he carried out raids against border posts.")
    assert not _asserted(events, "ASSAULT")


# --------------------------------- a negated quoted present does not negate a past conjunct
def test_a_thanks_after_a_quoted_no_one_is_not_negated(events_of):
    events = events_of('The ministry said in a statement that the ruling showed "that no one '
                       'is untouchable" and thanked the judges of the supreme court for their '
                       'courage.')
    assert _asserted(events, "SUPPORT")
    assert not [e for e in events if e.type.plover == "REJECT"]


# ------------------------------------------------------------- cordons and seals, fines
def test_an_area_cordoned_or_sealed_off_by_a_force_is_a_restriction(events_of):
    for text in ("Gendarmes cordoned off the old town of Agadez on Sunday.",
                 "Soldiers sealed off the university campus in Bouake on Thursday."):
        ev = one(events_of(text), "COERCE")
        assert ev.modality == "asserted", text


def test_a_fine_a_court_hands_down_is_its_accusation(events_of):
    ev = one(events_of("A court in Baku fined the blogger 2,000 manats on Monday for "
                       "insulting officials."), "ACCUSE")
    assert any("court" in n for n in names(ev.actors))


# ----------------------------------------------------------- displaced people given shelter
def test_a_town_sheltering_or_housing_the_displaced_gives_aid(events_of):
    for text in ("The town of Mopti is sheltering about 900 displaced people in two schools.",
                 "The county housed 300 flood victims in a sports hall last week."):
        assert one(events_of(text), "AID").modality == "asserted", text


def test_a_building_housing_a_ministry_gives_no_aid(events_of):
    events = events_of("The building, which houses the ministry of finance, was damaged.")
    assert not [e for e in events if e.type.plover == "AID"]


# -------------------------------------------------------------------------- boats stopped
def test_a_pirogue_or_dinghy_intercepted_is_stopped_on_its_way(events_of):
    for text in ("The navy intercepted a pirogue carrying 120 migrants off Dakhla on Friday.",
                 "The coast guard intercepted a dinghy with 41 people aboard near Lampedusa."):
        assert one(events_of(text), "COERCE").modality == "asserted", text


# ------------------------------------------------- a gathering a force broke up is a protest
def test_people_who_gathered_and_were_dispersed_protested(events_of):
    for text in ("Police fired tear gas to disperse hundreds of nurses who had gathered "
                 "outside the health ministry in Lusaka on Monday.",
                 "Soldiers dispersed a crowd gathered outside the governor's office in "
                 "Maiduguri on Tuesday."):
        assert _asserted(events_of(text), "PROTEST"), text


def test_people_who_gathered_for_a_funeral_did_not_protest(events_of):
    events = events_of("Hundreds of mourners who had gathered for the funeral in Kano "
                       "prayed for the victims.")
    assert not [e for e in events if e.type.plover == "PROTEST"]


# ------------------------------------- ", which X denied" after a told clause answers a claim
def test_a_which_denied_after_a_reported_clause_is_no_refusal(events_of):
    events = events_of("Local radio quoted a farmer as saying that Azerbaijani soldiers had "
                       "fired on his tractor on Friday night, which Baku denied.")
    assert not [e for e in events if e.type.plover == "REJECT"]


def test_a_request_which_was_denied_is_still_refused(events_of):
    events = events_of("The families applied for permission to visit the prison, which the "
                       "governor denied on Monday.")
    assert one(events, "REJECT")


# ------------------------------------------------ writing left behind makes no one's demand
def test_a_banner_left_at_a_scene_demands_nothing(events_of):
    events = events_of("Arsonists burned a sawmill near Osorno on Sunday. A banner left at the "
                       "site demanded the return of community lands.")
    assert not [e for e in events if e.type.plover == "REQUEST"]
    assert one(events, "ASSAULT")


# --------------------------------------------- a complaint a clause says someone filed is told
def test_a_complaint_someone_says_he_lodged_is_an_accusation(events_of):
    events = events_of("The mayor of Kayes said on Friday that he had lodged a complaint "
                       "against those who looted the town hall.")
    assert _asserted(events, "ACCUSE")
