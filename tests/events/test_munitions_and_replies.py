"""A fire a munition set is a strike, not arson; missiles fired are not firearms; a later
strike by other agents on the first attack's agents is a reply, its own event."""

from __future__ import annotations

from .conftest import names


def _assaults(events):
    return [e for e in events if e.type.plover == "ASSAULT"]


def test_a_fire_set_by_a_munition_is_typed_by_the_munition(events_of):
    [ev] = _assaults(events_of("A Russian drone set fire to a fuel depot in Kharkiv on "
                               "Sunday."))
    assert (ev.type.plover_mode, ev.type.acled_sub_event_type) == (
        "heavy-weapons", "Air/drone strike")
    [ev] = _assaults(events_of("Rebels set fire to a clinic in Ituri province on Sunday."))
    assert ev.type.plover_mode == "arson"


def test_missiles_fired_are_not_firearms(events_of):
    [ev] = _assaults(events_of("Militiamen fired three rockets at an air base in western "
                               "Iraq on Friday."))
    assert ev.type.plover_mode == "heavy-weapons"
    [ev] = _assaults(events_of("Gunmen fired on a minibus near Jos on Friday, killing two "
                               "passengers."))
    assert ev.type.plover_mode == "firearms"


def test_a_reply_on_the_attackers_is_its_own_event(events_of):
    events = _assaults(events_of(
        "Hezbollah fighters fired anti-tank missiles at an Israeli army post near Metula on "
        "Monday, wounding two soldiers. Hours later, Israeli jets struck two Hezbollah "
        "weapons depots in southern Lebanon, the Israeli military said."))
    assert len(events) == 2
    first, reply = events
    assert any("Hezbollah" in n for n in names(first.actors))
    assert not any("Hezbollah" in n for n in names(reply.actors))


def test_an_offensive_ordered_in_reply_is_not_the_attack(linked_events_of):
    events = linked_events_of("Rebels of the National Liberation Army attacked an army base in "
                       "Arauca on Monday, killing two soldiers. The government responded by "
                       "ordering an offensive.")
    attack = [e for e in events if e.type.plover == "ASSAULT" and e.quantities]
    assert attack and not any("government" in n.lower() for n in names(attack[0].actors))


def test_the_group_a_bomb_is_named_for_set_it_off(linked_events_of):
    # the tagger reads "al-Shabaab" before "car bomb" as a person; the actor stage links it
    [ev] = _assaults(linked_events_of("An al-Shabaab car bomb exploded outside a hotel in "
                                      "Kismayo on Friday, killing four guards."))
    assert any("Shabaab" in n for n in names(ev.actors))


def test_munitions_stopped_in_flight_are_a_disrupted_attack(events_of):
    # ontology.md: ACLED's "Disrupted weapons use" covers attacks prevented
    [ev] = _assaults(events_of("Air defences shot down 23 drones over the Odesa region "
                               "overnight, the air force said."))
    assert (ev.type.plover_mode, ev.type.acled_sub_event_type) == (
        "heavy-weapons", "Disrupted weapons use")
    [ev] = _assaults(events_of("Rebels shot down an army helicopter near Goma on Monday."))
    assert ev.type.acled_sub_event_type != "Disrupted weapons use"
    assert not [e for e in events_of("Customs officers intercepted a shipment of cigarettes.")
                if e.type.plover == "ASSAULT"]


def test_casualties_told_at_the_site_struck_belong_to_the_strike(events_of):
    events = _assaults(events_of("Ukrainian drones struck a power station in the Belgorod region "
                                 "overnight, starting a fire, the regional governor said on "
                                 "Sunday. The governor said on Telegram that debris from a downed "
                                 "drone had fallen on the Shebekino power station, injuring three "
                                 "workers."))
    assert len(events) == 1
    assert ("injured", 3) in [(q.kind, q.value) for q in events[0].quantities]


def test_a_fire_told_in_the_headline_takes_the_munition_told_below(events_of):
    [ev] = _assaults(events_of("Tanker set ablaze off Hodeidah\n\nDUBAI, March 2 - A missile "
                               "struck an oil tanker off the Yemeni port of Hodeidah on Sunday."))
    assert ev.type.plover_mode == "heavy-weapons"


def test_a_reply_on_a_place_named_with_the_is_its_own_event(events_of):
    # "the port" is definite, but a place is not people the text told of before
    events = _assaults(events_of(
        "Al-Shabaab fighters fired mortars at an African Union base near Baidoa on Monday. "
        "Hours later, Somali army helicopters struck the port of Kismayo, killing six "
        "fighters, officials said."))
    assert len(events) == 2
    first, reply = events
    assert not any("Shabaab" in n for n in names(reply.actors))
    assert not any(q.kind == "killed" for q in first.quantities)


def test_martyred_soldiers_are_killed(events_of):
    events = _assaults(events_of(
        "Troops killed 11 militants in a raid in Khyber district on Monday. Two soldiers, "
        "including a major, were martyred during the exchange of fire, the army said."))
    killed = sorted(q.value for e in events for q in e.quantities if q.kind == "killed")
    assert killed == [2, 11]
