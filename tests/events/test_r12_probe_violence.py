"""Round 12 (probe_violence) fixes found by probing invented wire reports of violent events.
Sentences written for these tests."""

from .conftest import counts, names


def _assaults(evs):
    return [e for e in evs if e.type.plover == "ASSAULT"]


def test_a_bare_passive_toll_in_the_next_sentence_is_the_same_attack(linked_events_of):
    evs = _assaults(linked_events_of(
        "Armed robbers killed three guards at a gold mine near Kadoma on Tuesday, police "
        "said. Four other workers were injured."))
    assert len(evs) == 1
    assert counts(evs[0], "killed") == [(3, "exact")]
    assert counts(evs[0], "injured") == [(4, "exact")]


def test_a_toll_with_a_place_of_its_own_is_not_folded_in(linked_events_of):
    evs = _assaults(linked_events_of(
        "Armed robbers killed three guards at a gold mine near Kadoma on Tuesday, police "
        "said. Separately, two traders were wounded in a shooting in Bulawayo."))
    assert len(evs) == 2


def test_clashes_between_two_sides_set_the_first_against_the_second(linked_events_of):
    evs = _assaults(linked_events_of(
        "Clashes between herders and farmers near the town of Lafia left 11 people dead on "
        "Friday, a police spokesman said."))
    assert len(evs) == 1
    assert names(evs[0].actors) and "herders" in names(evs[0].actors)[0]
    assert any("farmers" in n for n in names(evs[0].targets))


def test_fighting_that_erupted_between_two_sides(linked_events_of):
    evs = _assaults(linked_events_of(
        "On Thursday, fierce fighting erupted between the police and a criminal gang in the "
        "port city."))
    assert len(evs) == 1
    assert any("police" in n.lower() for n in names(evs[0].actors))
    assert any("gang" in n for n in names(evs[0].targets))


def test_a_gerund_fight_that_killed_people_is_one_event(linked_events_of):
    evs = _assaults(linked_events_of(
        "Fighting between two rival clans in the district has killed 19 people since Monday, "
        "elders said."))
    assert len(evs) == 1
    assert counts(evs[0], "killed") == [(19, "exact")]


def test_a_source_that_puts_the_toll_higher_is_kept_beside_it(linked_events_of):
    evs = _assaults(linked_events_of(
        "Raiders killed 21 herders near the town of Kadugli on Monday, officials said. "
        "Community elders put the death toll at more than 40."))
    assert len(evs) == 1
    assert sorted(counts(evs[0], "killed")) == [(21, "exact"), (40, "more_than")]


def test_a_source_that_says_the_toll_was_lower_is_kept_beside_it(linked_events_of):
    evs = _assaults(linked_events_of(
        "Militiamen killed 16 fishermen on Lake Albert on Monday, a local official said. A "
        "navy spokesman said the toll was nine."))
    assert len(evs) == 1
    assert sorted(counts(evs[0], "killed")) == [(9, "exact"), (16, "exact")]


def test_a_when_clause_on_the_coordinated_wounded_frames_the_killing_too(linked_events_of):
    evs = _assaults(linked_events_of(
        "Nine people were killed and scores injured when a grenade went off at a busy market "
        "in the town on Friday, police said."))
    assert len(evs) == 1


def test_power_cut_by_an_attack_is_no_sanction(linked_events_of):
    evs = linked_events_of(
        "Rebel rockets hit a hydroelectric dam near the city on Wednesday, cutting electricity "
        "to 90,000 homes, the energy ministry said.")
    assert [e.type.plover for e in evs] == ["ASSAULT"]


def test_a_supply_cut_with_no_attack_is_still_a_sanction(linked_events_of):
    evs = linked_events_of("The government cut fuel supplies to the breakaway region on Monday.")
    assert [e.type.plover for e in evs] == ["SANCTION"]


def test_people_described_as_displaced_who_are_killed_count_as_killed(linked_events_of):
    evs = _assaults(linked_events_of(
        "Raiders killed at least 14 displaced farmers at a settlement near the border on "
        "Tuesday, aid workers said."))
    assert counts(evs[0], "killed") == [(14, "at_least")]
    assert counts(evs[0], "displaced") == []


def test_a_bare_number_injured_is_a_count_even_if_tagged_a_date(linked_events_of):
    evs = _assaults(linked_events_of(
        "A device exploded inside a mosque in the eastern town during Friday prayers, killing "
        "12 worshippers and injuring 40, a provincial spokesman said."))
    assert counts(evs[0], "injured") == [(40, "exact")]
