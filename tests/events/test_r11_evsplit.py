"""One event per real-world event (round 11): a fire the raiders set beside the people they
killed, a later fight by the other side, a dated background event and a current one, orders,
suspensions, condemnations and calls told beside other acts, and words that tell no event
(a warning of a risk, the breach of a ceasefire, the go-between of a truce). Sentences written
for these tests."""

from __future__ import annotations

from datetime import date


def _asserted(events, plover=None):
    return [e for e in events if e.modality == "asserted"
            and (plover is None or e.type.plover == plover)]


def _sub(events, acled):
    return [e for e in events if e.type.acled_sub_event_type == acled]


# 1. property burned in a raid that killed people: a destruction of its own
def test_fire_set_in_a_later_sentence_is_its_own_destruction(events_of):
    evs = events_of("Gunmen stormed the village of Tarabo in Kano state on Friday, killing nine "
                    "farmers. The raiders, who came on horseback, set fire to about 40 huts and "
                    "a clinic, a local official said.")
    burned = _sub(evs, "Looting/property destruction")
    assert len(burned) == 1
    assert [(q.kind, q.value) for q in burned[0].quantities] == [("destroyed", 40)]
    attack = _sub(evs, "Attack")
    assert len(attack) == 1 and any(q.kind == "killed" for q in attack[0].quantities)
    assert not any(q.kind == "destroyed" for q in attack[0].quantities)


def test_burning_told_beside_the_killing_is_its_own_destruction(events_of):
    evs = events_of("Islamist insurgents raided the village of Ngala in Borno state at the "
                    "weekend, shooting seven herders and burning the local school and dozens of "
                    "huts, officials said on Monday.")
    assert len(_sub(evs, "Looting/property destruction")) == 1
    assert len(_asserted(evs, "ASSAULT")) == 2


def test_fire_that_killed_or_burned_what_was_attacked_stays_one_event(events_of):
    evs = events_of("Bandits set fire to a house in Zamfara on Friday, killing two children.")
    assert len(_asserted(evs, "ASSAULT")) == 1
    evs = events_of("Rebels attacked a bus near Beni on Friday, killing four passengers, and set "
                    "it on fire.")
    assert len(_asserted(evs, "ASSAULT")) == 1


def test_a_later_toll_goes_to_the_attack_past_the_fire(linked_events_of):
    evs = linked_events_of("Gunmen attacked the village of Tarabo before dawn on Friday, "
                           "killing at least nine farmers. The attackers set fire to about 40 "
                           "huts in the village, a local official said. A rights group said on "
                           "Saturday that the death toll had risen to 14 after more bodies were "
                           "found.")
    attack = _sub(evs, "Attack")
    assert len(attack) == 1
    assert [q.value for q in attack[0].quantities if q.kind == "killed"] == [14]
    assert len(_sub(evs, "Looting/property destruction")) == 1


# 2. the other side's later fight against the attackers
def test_a_later_fight_by_the_other_side_at_its_own_time_is_a_clash(linked_events_of):
    evs = linked_events_of("Jihadist fighters stormed the town of Djibo at the weekend, killing "
                           "six traders, residents said on Monday. Burkinabe troops fought the "
                           "jihadists near the main market on Sunday afternoon, a local official "
                           "said.")
    clash = _sub(evs, "Armed clash")
    assert len(clash) == 1
    assert len(_asserted(evs, "ASSAULT")) == 2


def test_a_claim_by_the_attackers_joins_their_attack_not_the_fight(linked_events_of):
    evs = linked_events_of("Jihadist fighters raided the town of Djibo at the weekend, killing "
                           "six traders, residents said on Monday. Burkinabe troops fought the "
                           "jihadists near the market on Sunday afternoon, an official said. "
                           "The jihadist group claimed the raid on Sunday, saying its fighters "
                           "had killed 20 soldiers.")
    clash = _sub(evs, "Armed clash")
    assert len(clash) == 1
    assert not any(q.kind == "killed" and q.value == 20 for q in clash[0].quantities)


# 3. a headline event joined to the lead is the lead's report, not a later one's
def test_the_leads_exchange_of_fire_is_kept_apart_from_a_later_claim(events_of):
    evs = events_of("Armenia, Azerbaijan trade blame over firing on border\n\n"
                    "Armenian and Azerbaijani troops exchanged fire along the border late on "
                    "Tuesday, each side said. Azerbaijan's defence ministry said on Wednesday "
                    "that Armenian forces had fired mortar rounds at a village near Tovuz, "
                    "wounding two farmers. The two countries fought a war over Karabakh in "
                    "2020.", date(2026, 5, 6))
    lead = [e for e in _asserted(evs, "ASSAULT") if e.time.start == date(2026, 5, 5)]
    assert len(lead) == 1 and lead[0].trigger.text.startswith("exchanged")


# 4. orders, suspensions, condemnations and calls
def test_head_of_a_mission_ordered_out_is_an_expulsion(events_of):
    evs = events_of("Chad's junta on Tuesday ordered the head of the African Union's mission in "
                    "N'Djamena to leave the country within 48 hours, accusing him of meddling "
                    "in domestic politics, a spokesman said.")
    assert len(_asserted(evs, "SANCTION")) == 1
    [acc] = _asserted(evs, "ACCUSE")
    assert "head" not in [p.name for p in acc.actors]


def test_suspending_a_broadcaster_is_a_ban(events_of):
    evs = events_of("Guinea's broadcasting authority suspended the Belgian radio station RTBF "
                    "for two months on Friday.")
    assert len(_asserted(evs, "COERCE")) == 1
    evs = events_of("Ethiopia suspended flights to Eritrea on Friday.")
    assert not _asserted(evs, "COERCE")


def test_calling_a_measure_an_attack_on_something_is_an_accusation(events_of):
    evs = events_of("Opposition lawmakers called the new law \"an attack on the constitution\" "
                    "and said they would boycott parliament.")
    assert len(_asserted(evs, "ACCUSE")) == 1
    assert not _asserted(evs, "ASSAULT")
    evs = events_of("Amnesty International condemned the closure of the newspaper as an "
                    "assault on free speech.")
    assert len(_asserted(evs, "ACCUSE")) == 1
    assert not _asserted(evs, "ASSAULT")


def test_calling_a_blast_an_attack_is_no_accusation(events_of):
    evs = events_of("On Friday, the president called the blast a terrorist attack.")
    assert not _asserted(evs, "ACCUSE")


def test_ordering_armed_groups_to_withdraw_is_a_demand(events_of):
    evs = events_of("The interior minister ordered the two militias to withdraw from the city "
                    "centre.")
    assert len(_asserted(evs, "REQUEST")) == 1
    assert not _asserted(evs, "RETREAT")


def test_ordering_ones_own_troops_back_is_still_the_withdrawal(events_of):
    evs = events_of("The president ordered troops to withdraw from the border town.")
    assert not _asserted(evs, "REQUEST")
    assert len(_asserted(evs, "RETREAT")) == 1


def test_a_clause_with_its_own_subject_is_not_inside_the_order(events_of):
    evs = events_of("On Monday, the interior minister ordered both militias to withdraw from "
                    "the city centre, and the army said it had deployed troops between them.")
    assert len(_asserted(evs, "MOBILIZE")) == 1


def test_a_call_coordinated_with_a_welcome_is_a_request(events_of):
    evs = events_of("The African Union welcomed the truce and urged all parties to protect "
                    "civilians.")
    assert len(_asserted(evs, "REQUEST")) == 1
    assert len(_asserted(evs, "SUPPORT")) == 1


# 5. words that tell no event
def test_a_warning_of_a_risk_is_no_threat(events_of):
    evs = events_of("Relief groups have warned that flooding in the camps could worsen a "
                    "cholera outbreak.")
    assert not _asserted(evs, "THREATEN")
    evs = events_of("The militia's spokesman warned that it would keep attacking the capital.")
    assert len(_asserted(evs, "THREATEN")) == 1
    evs = events_of("The militia warned that attacks on the capital would continue.")
    assert len(_asserted(evs, "THREATEN")) == 1


def test_the_breach_of_a_truce_is_no_agreement(events_of):
    evs = events_of("Armenian and Azerbaijani troops exchanged fire along the border on Tuesday "
                    "night, in the worst breach of the truce in months.")
    assert not _asserted(evs, "RETREAT")


def test_the_go_between_of_a_truce_is_not_its_party(events_of):
    evs = events_of("Tribal elders from the town of Ajdabiya brokered a truce between two rival "
                    "militias in Benghazi on Tuesday afternoon.")
    truce = _asserted(evs, "RETREAT")
    assert truce
    assert not any("elders" in p.name for e in truce for p in e.actors)
