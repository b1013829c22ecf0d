"""Round 13 (r13det) fixes in which events exist and their type. Sentences written for these
tests."""

from .conftest import one


def _types(evs):
    return [e.type.plover for e in evs]


def test_a_negated_clause_does_not_negate_a_conjunct_with_its_own_subject(events_of):
    evs = events_of("The minister said the government would not negotiate with the kidnappers "
                    "and that 200 extra police had been sent to the town.")
    assert one(evs, "MOBILIZE").modality == "asserted"
    evs = events_of("Officials said the president will not meet the rebel envoy, and that the "
                    "army has deployed 500 troops to the border.")
    assert one(evs, "MOBILIZE").modality == "asserted"


def test_will_not_negotiate_is_a_refusal_to_meet(events_of):
    ev = one(events_of("The interior minister said on Friday the state would not negotiate "
                       "with the hijackers."), "REJECT")
    assert ev.type.plover_mode == "meet"
    ev = one(events_of("The opposition will not meet envoys of the junta, its leader said."),
             "REJECT")
    assert ev.modality == "asserted"


def test_a_meeting_that_did_not_happen_is_no_refusal(events_of):
    assert "REJECT" not in _types(events_of("The two leaders did not meet in Geneva on Monday."))


def test_a_dealing_alleged_by_an_accusation_is_no_event(events_of):
    evs = events_of("Soldiers detained nine farmers near Garoua on Friday, accusing them of "
                    "supplying food and medicine to the insurgents.")
    assert "AID" not in _types(evs) and "COERCE" in _types(evs)
    assert "CONSULT" not in _types(events_of("Mali's foreign ministry accused Algeria of "
                                             "hosting rebel leaders in Algiers."))
    assert "SUPPORT" not in _types(events_of("Kinshasa accused Rwanda of backing the rebels."))


def test_an_attack_alleged_by_an_accusation_stays_an_event(events_of):
    evs = events_of("The army accused the rebels of shelling a market in Goma, killing six "
                    "people.")
    assert "ASSAULT" in _types(evs)


def test_lauding_and_applauding_are_support(events_of):
    assert "SUPPORT" in _types(events_of("The president lauded the police for the arrests."))
    assert "SUPPORT" in _types(events_of("The premier applauded the rescue teams on Sunday."))


def test_suspending_deliveries_is_a_sanction(events_of):
    ev = one(events_of("The aid agency said it had suspended food deliveries to the district."),
             "SANCTION")
    assert ev.type.plover_mode == "discontinue"


def test_enforcing_a_lockdown_is_coercion(events_of):
    assert "COERCE" in _types(events_of("Rebels enforced a lockdown across the eastern province "
                                        "on Friday."))


def test_a_crowd_gathered_to_demand_is_a_protest(events_of):
    evs = events_of("Police detained 20 teachers who had gathered outside the ministry to "
                    "demand higher pay.")
    assert {"COERCE", "PROTEST"} <= set(_types(evs))
    assert "PROTEST" in _types(events_of("Hundreds of farmers gathered in front of parliament "
                                         "in Nairobi on Monday to protest against the new tax."))
    assert "PROTEST" not in _types(events_of("Leaders gathered in Addis Ababa to discuss the "
                                             "crisis."))


def test_a_call_on_armed_groups_is_a_request(events_of):
    # the parser may make "on" a particle that holds the addressee
    evs = events_of("The U.N. envoy in Sudan on Friday called on armed groups to let relief "
                    "convoys through.")
    assert "REQUEST" in _types(evs)


def test_the_holder_of_a_possessed_role_is_an_addressee(events_of):
    evs = events_of("Twelve of the crew members are Nepali, the Nepalese labour ministry said on "
                    "Sunday, adding that it had asked the ship's owner to bring them home as "
                    "soon as possible.")
    assert "REQUEST" in _types(evs)
    assert "REQUEST" in _types(events_of("The union urged the mine's owners to pay the miners."))
    assert "REQUEST" not in _types(events_of("Officers called for the occupants to exit the "
                                             "building."))


def test_looting_is_violence_like_arson(events_of):
    ev = one(events_of("Three lorries were looted near the border on Monday."), "ASSAULT")
    assert ev.type.acled_sub_event_type == "Looting/property destruction"
    assert "COERCE" not in _types(events_of("Armed men ransacked the clinic in Bunia on "
                                            "Thursday."))


def test_a_participle_that_describes_the_target_is_no_event(events_of):
    evs = events_of("The army said attack helicopters had bombed the withdrawing rebel convoy "
                    "near Kidal.")
    assert _types(evs) == ["ASSAULT"]


def test_the_next_round_of_talks_is_not_held_yet():
    from wirecoder.events.lexicon import load_lexicon
    from wirecoder.events.modality import modality_of
    from wirecoder.language import load_nlp

    for text in ("Officials said the next round of talks with the rebels would open in Oslo.",
                 "The upcoming talks between the two sides were cancelled."):
        talks = next(t for t in load_nlp()(text) if t.lower_ == "talks")
        assert modality_of(talks, None, None, load_lexicon(), violent=False) == "hypothetical"


def test_a_looting_is_not_the_attack_a_later_sentence_refers_to(events_of):
    evs = events_of("Gunmen stopped a lorry carrying maize near Bunia on Monday, and two sacks "
                    "of flour were looted, the driver said. The maize was meant for families "
                    "who fled Djugu after militiamen raided the area last week. At least nine "
                    "people were killed in that attack, local officials said.")
    subs = [e.type.acled_sub_event_type for e in evs if e.type.plover == "ASSAULT"]
    assert "Looting/property destruction" in subs and "Attack" in subs


def test_officers_hurt_by_stones_after_a_riot_are_the_riots_harm(events_of):
    evs = events_of("Youths blocked the main road with rocks and burning tyres in Bukavu on "
                    "Monday, police said. A police spokesman said 14 people had been arrested "
                    "and that six officers were hurt by stones.")
    assert "ASSAULT" not in _types(evs)


def test_an_aircraft_that_is_shot_at_makes_no_air_strike(events_of):
    for text in ("Gunmen opened fire on a small cargo plane as it was landing at an airstrip in "
                 "Bentiu on Monday, wounding the pilot.",
                 "Militiamen fired at a helicopter carrying aid near Malakal."):
        ev = one(events_of(text), "ASSAULT")
        assert ev.type.acled_sub_event_type != "Air/drone strike"
    ev = one(events_of("A helicopter gunship fired on a rebel convoy near Malakal."), "ASSAULT")
    assert ev.type.acled_sub_event_type == "Air/drone strike"


def test_a_stance_held_over_time_is_no_one_statement(events_of):
    # (a rejected accusation is a denial, no refusal, since r16det: no REJECT at all is fine)
    evs = events_of("Rwanda accused Burundi of sheltering rebels, an accusation Gitega has "
                    "always rejected.")
    assert not [e for e in evs if e.type.plover == "REJECT" and e.modality == "asserted"]
    ev = one(events_of("The Lawyers' Union has repeatedly denounced the trials of civilians."),
             "ACCUSE")
    assert ev.modality != "asserted"
    ev = one(events_of("The Lawyers' Union denounced the trial on Monday."), "ACCUSE")
    assert ev.modality == "asserted"


def test_wounded_people_told_of_before_make_no_new_attack():
    from wirecoder.events.detect import find_triggers
    from wirecoder.events.lexicon import load_lexicon
    from wirecoder.language import load_nlp

    doc = load_nlp()("Both wounded men were flown to a hospital in Wau on Monday afternoon.")
    assert not [t for t in find_triggers(doc, load_lexicon()) if t.entry.plover == "ASSAULT"]


def test_struck_by_a_munition_in_the_passive_is_the_attack(events_of):
    ev = one(events_of("A Panama-flagged tanker was hit by two missiles in the Gulf of Aden on "
                       "Friday, setting it ablaze, the agency said."), "ASSAULT")
    assert ev.type.acled_sub_event_type == "Shelling/artillery/missile attack"
    ev = one(events_of("The convoy was hit by a roadside bomb near Gao."), "ASSAULT")
    assert ev.type.acled_sub_event_type == "Remote explosive/landmine/IED"
    assert not events_of("He was hit by a car.")
