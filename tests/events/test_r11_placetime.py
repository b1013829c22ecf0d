"""Round 11 (placetime): where and when events happened. A name a place noun introduces ("the
village of X") is a place wherever the text repeats it; a place located by another ("the
village of X in Y state") is more precise than its locator; the town of the incident beats
the dateline and the hospital the wounded were taken to. Sentences written for these tests
(names and places unlike the dev articles'); full pipeline (places need the geo stage)."""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import by_trigger, whole_pipeline


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 3, 4))


def test_a_town_named_by_its_place_noun_beats_the_state_it_lies_in(run):
    events = run("Bandits raided the town of Kalaw in Myanmar's Shan state at dawn on Friday, "
                 "residents said.")
    loc = by_trigger(events, "raided").location
    assert loc is not None and loc.name == "Kalaw", loc


def test_a_town_introduced_by_its_place_noun_stays_a_place_when_repeated(run):
    events = run("Gunmen attacked the town of Damasak in Borno state on Friday, residents "
                 "said.\n\nOn Saturday the army sent two companies of troops to Damasak, a "
                 "military spokesman said.")
    loc = by_trigger(events, "sent").location
    assert loc is not None and loc.name == "Damasak", loc


def test_the_town_of_the_fight_beats_the_dateline_and_the_hospital(run):
    # (passes before this round too: a guard for the ranking the town needs)
    events = run("MAIDUGURI, Nigeria - Two soldiers were wounded in a gunfight with insurgents "
                 "near the town of Gwoza on Sunday night, the army said on Monday. The wounded "
                 "were taken to a hospital in Maiduguri.")
    loc = by_trigger(events, "wounded").location
    assert loc is not None and loc.name == "Gwoza", loc


def test_an_origin_and_a_diversion_are_not_where_the_dateline_story_happened(run):
    # the dateline city stays the place: "leaders from the town of X" came from X, flights
    # "diverted to Y" went to Y
    events = run("KHARTOUM, May 3 - Rival army units exchanged fire overnight, killing six "
                 "people, until tribal leaders from the town of Kassala negotiated a pause, "
                 "witnesses said. Several flights were diverted to Port Sudan, the airport "
                 "said.")
    loc = by_trigger(events, "exchanged fire").location
    assert loc is not None and loc.name == "Khartoum", loc


def test_coordinated_clauses_with_their_own_days_are_two_events_with_their_own_dates(run):
    # the strike is Tuesday's, not the Monday of the missile the first clause tells; the
    # launch of the missile shot down is the interception itself, no event of its own
    events = run("KYIV, March 4 (Reuters) - Ukraine's air force said it shot down a cruise "
                 "missile fired from Russia late on Monday, and Ukrainian drones hit an oil "
                 "depot in Tuapse early on Tuesday, killing two workers, Russian officials "
                 "said.")
    hit = by_trigger(events, "hit")
    assert hit.time.start == date(2026, 3, 3), hit.time
    assert not [e for e in events if e.trigger is not None and e.trigger.text == "fired"]


KENYA = ("NAIROBI, June 12 (AFP) - Kenya banned all rallies in Nakuru on Friday and deployed "
         "riot police after officers fired tear gas at hundreds of traders protesting over new "
         "market fees, officials said.\n\nThe traders marched towards the county offices on "
         "Thursday morning, demanding that the fees be scrapped.\n\nPolice blocked the "
         "marchers near the main bus station and fired tear gas and water cannon when they "
         "refused to disperse, a police commander said.\n\nThe county police chief said on "
         "Friday that 23 people had been arrested during the clashes.")


def test_an_after_clause_does_not_take_the_main_clause_date_a_later_telling_dates_it(run):
    # the lead dates the ban Friday; the tear gas came before it, on the Thursday the second
    # paragraph tells the march on and the third tells the police action in
    events = run(KENYA, published=date(2026, 6, 12))
    fired = by_trigger(events, "fired")
    assert fired.time.start == date(2026, 6, 11), fired.time
    assert by_trigger(events, "banned").time.start == date(2026, 6, 12)


def test_an_act_during_the_clashes_takes_the_clashes_date(run):
    events = run(KENYA, published=date(2026, 6, 12))
    arrests = by_trigger(events, "arrested")
    assert arrests.time.start == date(2026, 6, 11), arrests.time


def test_a_landmark_with_the_placed_at_the_city_is_the_city(run):
    # "the Singha Durbar", "the Maitighar intersection": buildings and crossings of the
    # dateline city the gazetteer does not know; the events are in Kathmandu
    events = run("KATHMANDU, May 3 (Reuters) - Thousands of students marched towards the Singha "
                 "Durbar on Tuesday, demanding lower fees, and police fired tear gas near the "
                 "Maitighar intersection, officials in Kathmandu said.",
                 published=date(2026, 5, 3))
    for trigger in ("marched", "fired"):
        loc = by_trigger(events, trigger).location
        assert loc is not None and loc.name == "Kathmandu" and loc.geonameid, loc


def test_a_headline_joined_to_the_lead_clash_is_not_dropped_for_a_later_strike(run):
    # the headline and the lead's exchange of fire near Jermuk are one event; the mortar fire
    # near Lachin, kept apart by the merge, does not swallow it
    events = run("Armenia, Azerbaijan trade blame over firing across mountain frontier\n\n"
                 "Armenian and Azerbaijani troops exchanged fire along their border late on "
                 "Monday, each side said.\n\nAn Armenian defence ministry spokesman said "
                 "Azerbaijani troops opened fire on Armenian posts near the town of Jermuk "
                 "shortly after 10 p.m. One Armenian soldier was wounded, he said.\n\n"
                 "Azerbaijan's defence ministry said on Tuesday that Armenian forces had fired "
                 "mortar rounds at villages near the town of Lachin during the night, killing a "
                 "shepherd. Armenia denied that its soldiers had fired first.",
                 published=date(2026, 3, 3))
    clash = [e for e in events if e.location is not None and e.location.name == "Jermuk"]
    assert clash and clash[0].time.start == date(2026, 3, 2), [
        (e.trigger and e.trigger.text, e.location) for e in events]
    lachin = [e for e in events if e.location is not None and "Lach" in (
        e.location.evidence[0].text if e.location.evidence else "")]
    assert lachin and lachin[0].time.start != date(2026, 3, 3), lachin


def test_a_date_in_a_relative_clause_does_not_stop_the_story_day_carrying_on(run):
    # "who was beaten to death last week" dates the trader's death, not the march; the police
    # action told next goes on in the march's Thursday
    events = run("LAGOS, June 12 (AFP) - Hundreds of traders marched to the governor's office on "
                 "Thursday morning, demanding justice for a trader who was beaten to death by "
                 "police last week.\n\nPolice blocked the marchers near the main market and "
                 "fired tear gas when they tried to push through, a police spokesman said.",
                 published=date(2026, 6, 12))
    assert by_trigger(events, "fired").time.start == date(2026, 6, 11)
