"""Round 12, event detection and typing: present-tense statements, orders with an
infinitive, diplomatic verbs (thanks, concern, "called the attack ... a strike against"),
vessels and convoys stopped, fugitives recaptured, coordinated clauses of two subjects.
Every sentence is invented."""

from __future__ import annotations

from datetime import date

from wirecoder.records import Event


def _types(events: list[Event]) -> list[str]:
    return [e.type.plover for e in events]


def _one(events: list[Event], plover: str) -> Event:
    found = [e for e in events if e.type.plover == plover]
    assert len(found) == 1, [(e.type.plover, e.summary) for e in events]
    return found[0]


def test_present_tense_call_is_dated_by_the_text_not_its_content(events_of):
    events = events_of("The Northern Council calls on Ruritania to stop its illegal drilling and "
                       "to honour the 1998 boundary treaty.", date(2026, 3, 4))
    req = _one(events, "REQUEST")
    assert req.time.start == date(2026, 3, 4)


def test_order_to_others_is_a_request(events_of):
    events = events_of("The interior minister of Velmora condemned the bombing and ordered the "
                       "customs agencies to find those responsible.")
    req = _one(events, "REQUEST")
    assert any("agenc" in p.name for p in req.targets)


def test_order_to_forces_to_take_control_is_their_deployment(events_of):
    events = events_of("The governor declared a curfew in the province and ordered the army to "
                       "take control of the airport, his spokesman said.")
    mob = _one(events, "MOBILIZE")
    assert any("army" in p.name.lower() for p in mob.actors)
    assert not any(e.type.acled_sub_event_type == "Government regains territory" for e in events)


def test_order_to_troops_to_withdraw_is_no_request(events_of):
    events = events_of("The defence minister ordered the troops to withdraw from the hills.")
    assert "REQUEST" not in _types(events)


def test_calling_for_an_official_to_be_dismissed_is_a_request(events_of):
    events = events_of('"The riot was organised from inside the jail," the head of the wardens\' '
                       "association told reporters, calling for the jail director to be sacked.")
    assert "REQUEST" in _types(events)


def test_thanks_to_both_delegations_are_support(events_of):
    events = events_of("The Tanzanian foreign ministry thanked both delegations for their "
                       "cooperation.")
    assert _types(events) == ["SUPPORT"]


def test_expressed_concern_over_clashes_is_an_accusation(events_of):
    events = events_of("The ambassadors of Norway and Canada expressed concern over the clashes "
                       "in a statement.")
    assert "ACCUSE" in _types(events)


def test_attack_called_an_assault_on_an_ideal_is_condemned(events_of):
    events = events_of("Chile's foreign minister called the shelling of Arica \"another assault "
                       "on civilian life\".")
    assert "ACCUSE" in _types(events)


def test_blast_called_an_attack_on_a_town_is_no_accusation(events_of):
    events = events_of("The police chief called the blast an attack on the town.")
    assert "ACCUSE" not in _types(events)


def test_vessel_blocked_by_ships_is_coerced(events_of):
    events = events_of("The research boat was sailing to the atoll when it was blocked by three "
                       "navy ships.")
    assert "COERCE" in _types(events)


def test_convoy_turned_back_at_a_checkpoint_is_coerced(events_of):
    events = events_of("Militia fighters had turned back a second food convoy at a checkpoint "
                       "south of Kalemie, aid workers said.")
    assert "COERCE" in _types(events)


def test_protesters_blocking_trucks_is_no_blockade(events_of):
    events = events_of("Protesters blocked the fuel trucks outside the refinery.")
    assert "COERCE" not in _types(events)


def test_recaptured_prisoners_are_arrested(events_of):
    events = events_of("By Monday, police and soldiers had recaptured 23 of the escaped prisoners "
                       "in searches across the province, the minister said.")
    arrest = _one(events, "COERCE")
    assert arrest.type.acled_sub_event_type == "Arrests"
    assert [(q.kind, q.value) for q in arrest.quantities] == [("arrested", 23)]


def test_a_vessel_expelled_is_no_expulsion(events_of):
    events = events_of('The navy said in a statement that it had "expelled" the foreign trawler '
                       "from its waters.")
    assert "SANCTION" not in _types(events)


def test_two_clauses_of_two_subjects_keep_their_own_weapon(events_of):
    events = events_of("Gunmen shot dead a mayor outside his home on Friday, and a roadside bomb "
                       "killed three policemen on a highway east of the town on Saturday.")
    shot = [e for e in events if e.trigger and e.trigger.text.startswith("shot")]
    bomb = [e for e in events if e.trigger and e.trigger.text == "killed"]
    assert shot and bomb
    assert not shot[0].weapons
    assert [(q.kind, q.value) for q in shot[0].quantities if q.kind == "killed"] == [("killed", 1)]
    assert bomb[0].type.acled_sub_event_type == "Remote explosive/landmine/IED"


def test_order_enforcing_a_suspension_is_no_request(events_of):
    events = events_of("The press council suspended the weekly Harbour Gazette for a month and "
                       "ordered newsagents to stop selling it.")
    assert "REQUEST" not in _types(events)


def test_earlier_the_same_day_is_no_history():
    from wirecoder.run import extract  # (the place stage keeps the two strikes apart)

    events = extract("Three people were wounded on Tuesday when a drone hit a lorry near Sidon, "
                     "the ministry said.\n\nEarlier on Tuesday, Syrian artillery shelled the "
                     "outskirts of Khiam, near the frontier, the news agency reported.",
                     "2026-04-08")
    shelling = [e for e in events if e.trigger and e.trigger.text == "shelled"]
    assert shelling and shelling[0].modality == "asserted"


def test_a_signed_agreement_is_one_signing(events_of):
    events = events_of("The accord was signed in the regional capital two days earlier by the "
                       "government's envoy and the leader of the Highland Front.")
    assert _types(events) == ["SUPPORT"]
