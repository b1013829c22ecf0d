"""Round 11 (counts2): the parties of a fight and its length are no counts of it; the
perpetrators' own tally is kept beside another source's count."""

from __future__ import annotations


def _counts(evs, kind=None):
    return sorted((q.kind, q.value) for e in evs if e.type.plover == "ASSAULT"
                  for q in e.quantities if kind is None or q.kind == kind)


def test_two_of_the_groups_fighting_are_not_among_the_dead(events_of):
    evs = events_of("Fighting between two of the province's largest clans killed at least "
                    "five herders near Galdogob on Tuesday.")
    assert _counts(evs, "killed") == [("killed", 5.0)]


def test_the_rival_factions_of_a_clash_are_no_count(events_of):
    evs = events_of("Clashes between two rival gangs in the harbour district left four "
                    "dockworkers dead.")
    assert _counts(evs) == [("killed", 4.0)]


def test_how_long_a_fight_lasted_is_no_count(events_of):
    evs = events_of("The clashes between police and smugglers lasted for three days, "
                    "killing two constables.")
    assert _counts(evs) == [("killed", 2.0)]


def test_how_long_captives_were_held_still_counts(events_of):
    evs = events_of("Bandits held the three engineers captive for five weeks before "
                    "releasing them.")
    assert ("other", 5.0) in _counts(evs)


def test_the_doers_own_tally_is_kept_beside_an_officials_count(linked_events_of):
    evs = linked_events_of("Boko Haram fighters attacked a market in Damasak on Friday, "
                           "killing seven traders, a district official said. Boko Haram "
                           "claimed the attack, saying its fighters had killed 23 people.")
    assert _counts(evs, "killed") == [("killed", 7.0), ("killed", 23.0)]


def test_a_part_of_the_dead_is_no_count_of_its_own(events_of):
    evs = events_of("A car bomb exploded outside a hotel in Baidoa on Friday, killing at least "
                    "seven people, including three policemen, officials said.")
    assert _counts(evs) == [("killed", 7.0)]


def test_more_places_after_a_named_one_are_no_count(events_of):
    evs = events_of("Police detained 40 people in raids across Ankara and six other provinces "
                    "on Monday.")
    assert sorted((q.kind, q.value) for e in evs for q in e.quantities) == [("arrested", 40.0)]


def test_a_figure_another_source_puts_the_people_at_is_kept_beside_the_count(events_of):
    evs = events_of("Gunmen kidnapped at least 25 passengers from a bus near Funtua, police "
                    "and residents said on Monday. A police spokesman confirmed the kidnapping "
                    "but put the number of people taken at 19.")
    assert _counts(evs, "captured") == [("captured", 19.0), ("captured", 25.0)]
    assert not _counts(evs, "other")


def test_an_agreeing_figure_is_one_count(events_of):
    evs = events_of("Gunmen kidnapped 25 passengers from a bus near Funtua on Monday. A police "
                    "spokesman confirmed the kidnapping and put the number of people taken "
                    "at 25.")
    assert _counts(evs, "captured") == [("captured", 25.0)]
