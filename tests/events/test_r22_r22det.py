"""Round 22 (r22det): events told twice or told as no event of their own, and acts missed.
Sentences written for these tests (places and names not from the dev articles)."""

from __future__ import annotations

from datetime import date

WEEK = date(2026, 3, 4)  # a Wednesday


def _asserted(events, plover):
    return [e for e in events if e.type.plover == plover and e.modality == "asserted"]


# ------------------------------------------- a craft seized and its crew detained, one clause
def test_a_craft_seized_with_its_crew_in_one_clause_is_one_arrest(events_of):
    for text in ("The coast guard seized a Vietnamese fishing trawler and detained its 11 crew "
                 "members off Palawan on Sunday, a spokesman said.",
                 "The navy arrested 9 Sri Lankan fishermen and seized two trawlers near "
                 "Kachchatheevu on Tuesday."):
        coerce = _asserted(events_of(text, WEEK), "COERCE")
        assert len(coerce) == 1, text
        assert coerce[0].type.acled_sub_event_type == "Arrests", text


def test_a_craft_seized_and_its_crew_detained_by_others_later_stay_two(events_of):
    text = ("Border guards seized the cargo ship Lyra off Hanko on Monday. Police said on "
            "Tuesday they had detained four of its crew members.")
    assert len(_asserted(events_of(text, WEEK), "COERCE")) == 2


# ----------------------------------------- blame laid on a cause is no second accusation
def test_blame_laid_on_a_cause_and_an_accusation_are_one_statement(events_of):
    for text in ("The mayor blamed the fire on arson and accused a local gang of trying to "
                 "intimidate traders.",
                 "The energy minister blamed the shortages on smuggling and accused traders of "
                 "hoarding fuel."):
        assert len(_asserted(events_of(text, WEEK), "ACCUSE")) == 1, text


def test_blame_laid_on_one_party_and_an_accusation_of_another_stay_two(events_of):
    text = "The governor blamed the raid on bandits and accused Kaduna of sheltering them."
    assert len(_asserted(events_of(text, WEEK), "ACCUSE")) == 2


# ------------------------------------------------------------ a rebuttal is no accusation
def test_calling_an_accusation_baseless_is_a_denial_not_an_accusation(events_of):
    events = events_of("The interior minister on Tuesday accused the opposition of inciting "
                       "the riots. Opposition leaders called the accusation baseless.", WEEK)
    accusations = _asserted(events, "ACCUSE")
    assert len(accusations) == 1
    assert "minister" in accusations[0].actors[0].name


def test_calling_sanctions_a_hostile_act_is_still_an_accusation(events_of):
    events = events_of("Minsk called the new sanctions a hostile act on Tuesday.", WEEK)
    assert _asserted(events, "ACCUSE")


# ---------------------------------------------------------- a grievance held for long
def test_a_grievance_held_for_long_is_no_statement_of_the_day(events_of):
    events = events_of("Herders in the district have long complained that the authorities "
                       "ignore them. Police arrested 14 herders on Tuesday.", WEEK)
    assert not _asserted(events, "ACCUSE")
    assert _asserted(events, "COERCE")


# ------------------------------------------------- "before withdrawing" ends the attack
def test_withdrawing_after_an_attack_is_no_retreat(events_of):
    events = events_of("Gunmen attacked a police post near Tillia on Monday and set fire to "
                       "three vehicles before withdrawing, the army said.", WEEK)
    assert _asserted(events, "ASSAULT")
    assert not _asserted(events, "RETREAT")


def test_a_force_withdrawing_from_a_town_is_still_a_retreat(events_of):
    events = events_of("The army withdrew from the town of Kidal on Monday, officials said.",
                       WEEK)
    assert _asserted(events, "RETREAT")


# ------------------------------------------- the act a reaction names takes no date from it
def test_an_act_a_summons_protests_is_the_arrest_told_after(events_of):
    events = events_of("Ghana summoned Togo's ambassador on Tuesday to protest the detention "
                       "of five Ghanaian traders by Togolese police. The traders were arrested "
                       "on Sunday at a market in Aflao, the foreign ministry said.", WEEK)
    arrests = _asserted(events, "COERCE")
    assert len(arrests) == 1
    assert arrests[0].time.start == date(2026, 3, 1)


def test_an_attack_condemned_the_day_after_is_the_attack_told_before(events_of):
    events = events_of("Gunmen stormed the embassy compound on Sunday, setting fire to a car. "
                       "The prime minister condemned the attack on the embassy in a statement "
                       "on Monday.", WEEK)
    assaults = _asserted(events, "ASSAULT")
    assert len(assaults) == 1
    assert assaults[0].time.start == date(2026, 3, 1)


# ------------------------- a past verb the parser hung on a purpose is an act of its own
def test_a_curfew_imposed_beside_a_deployment_purpose_is_asserted(events_of):
    events = events_of("The ministry said on Sunday it had deployed security forces to "
                       "separate the two sides and imposed a curfew on Qarya until further "
                       "notice.", WEEK)
    assert _asserted(events, "MOBILIZE")
    assert _asserted(events, "COERCE")


def test_an_infinitive_conjunct_stays_a_purpose(events_of):
    events = events_of("Troops were sent on Monday to secure the road and to arrest the "
                       "smugglers.", WEEK)
    assert not _asserted(events, "COERCE")


# ------------------------------------------------- forces ordered somewhere, passive
def test_forces_that_had_been_ordered_to_a_place_are_deployed(events_of):
    for text in ("The minister said on Monday that 300 additional police officers had been "
                 "ordered to the island.",
                 "The ministry said 200 more gendarmes were ordered to the province on Monday."):
        assert _asserted(events_of(text, WEEK), "MOBILIZE"), text


def test_an_envoy_ordered_to_a_ministry_is_no_deployment(events_of):
    events = events_of("The envoy was ordered to the ministry on Monday.", WEEK)
    assert not _asserted(events, "MOBILIZE")


# ------------------------------------------------------- a raid named again is that raid
def test_the_raids_named_again_are_the_arrests_made_in_them(events_of):
    events = events_of("The agency said more than 500 migrants had been rounded up in raids "
                       "across Agadez over the past week. Local officials said the raids "
                       "targeted smuggling rings and that 80 people had been deported to Libya "
                       "on Sunday.", WEEK)
    assert not _asserted(events, "ASSAULT")
    assert [e.type.acled_sub_event_type for e in _asserted(events, "COERCE")] == ["Arrests", None]


def test_another_raid_with_its_own_toll_stays_an_event(events_of):
    events = events_of("Police arrested 40 people in raids across Mombasa on Saturday. In a "
                       "separate raid on Monday, gunmen killed two guards at a bank in Malindi.",
                       WEEK)
    assert _asserted(events, "COERCE")
    assert _asserted(events, "ASSAULT")


# --------------------------------------- protests an accusation says someone encouraged
def test_protests_an_accusation_says_were_encouraged_are_no_new_protest(events_of):
    events = events_of("The interior minister on Tuesday accused opposition leaders of "
                       "encouraging the street protests.", WEEK)
    assert _asserted(events, "ACCUSE")
    assert not _asserted(events, "PROTEST")


# ------------------------------------------ "until X is captured": how long a vow lasts
def test_an_act_a_vow_will_last_until_is_no_threat_of_its_own(events_of):
    for text in ('"The hunt will continue until the last bandit is captured," the governor '
                 'said on Tuesday.',
                 '"Those behind the ambush will be pursued until they are killed or arrested," '
                 'the minister said on Tuesday.'):
        events = events_of(text, WEEK)
        assert not [e for e in events if e.type.plover == "THREATEN"], text
        assert not _asserted(events, "ASSAULT") and not _asserted(events, "COERCE"), text


def test_an_act_until_a_past_act_still_happened(events_of):
    events = events_of("Gunmen besieged the police station in Kanam until soldiers attacked "
                       "them on Monday, the army said.", WEEK)
    assert _asserted(events, "ASSAULT")


def test_a_day_told_after_the_act_a_summons_protests_stays_the_acts(events_of):
    events = events_of("Mali summoned Guinea's ambassador on Tuesday to protest against the "
                       "arrest of four Malian traders in Siguiri last week.", WEEK)
    arrest = _asserted(events, "COERCE")
    assert len(arrest) == 1 and arrest[0].time.start is not None
    assert arrest[0].time.start < date(2026, 3, 1)


def test_the_raids_named_again_keep_the_operations_days(events_of):
    events = events_of("The agency said more than 500 migrants had been rounded up in raids "
                       "across Agadez over the past week. Local officials said the raids "
                       "targeted smuggling rings and that 80 people had been deported to Libya "
                       "on Sunday.", WEEK)
    arrest = [e for e in _asserted(events, "COERCE") if e.type.acled_sub_event_type == "Arrests"]
    assert arrest[0].time.start != arrest[0].time.end
