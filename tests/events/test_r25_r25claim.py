"""Round 25 (r25claim): claimants, and three review leftovers of round 24 (an act's noun told
by derivation, not by a shared start; the addressee check's negative case). Sentences written
for these tests (places and names not from the dev articles)."""

from __future__ import annotations

from datetime import date

from .conftest import asserted, names, names_and_mentions

WEEK = date(2027, 3, 3)  # a Wednesday


def _claimants(e):
    return {m.lower() for c in e.claims for m in (c.claimant.name, *c.claimant.mentions)}


# ------------------------------------------- an approved noun names an act by derivation
def test_welcomed_shelters_are_no_shelling(events_of):
    # "shelter" shares "shel-" with "shelled" but is no act of shelling
    events = events_of("Rebel fighters shelled an army base outside the town of Mbala on "
                       "Monday. Refugee groups on Tuesday welcomed the shelters.", WEEK)
    welcome = asserted(events, "SUPPORT")
    assert welcome and "Rebel fighters" not in names(welcome[0].targets)


def test_welcomed_attachment_is_no_attack(events_of):
    events = events_of("Gunmen attacked a bus near the town of Ruvo on Sunday, killing four "
                       "passengers. The transport union on Monday welcomed the attachment.",
                       WEEK)
    welcome = asserted(events, "SUPPORT")
    assert welcome and "Gunmen" not in names(welcome[0].targets)


def test_welcomed_seizure_is_still_the_seizure(events_of):
    events = events_of("The coast guard seized a foreign trawler fishing illegally off the "
                       "island on Sunday. Fishermen's unions welcomed the seizure on Monday.",
                       WEEK)
    welcome = asserted(events, "SUPPORT")
    assert welcome and "coast guard" in names(welcome[0].targets)


def test_welcomed_deployment_is_the_deployment(events_of):
    events = events_of("Border police deployed 300 officers to the crossing on Friday. "
                       "Traders' associations welcomed the deployment on Saturday.", WEEK)
    welcome, deployed = asserted(events, "SUPPORT"), asserted(events, "MOBILIZE")
    assert welcome and deployed and deployed[0].actors
    assert names(welcome[0].targets) == names(deployed[0].actors)  # the border police
    assert "Border police" in names_and_mentions(welcome[0].targets)


# ------------------------------------------- a place told to act is no addressee
def test_districts_warned_to_prepare_are_no_addressee(events_of):
    events = events_of("The army warned the border districts to prepare for more shelling.",
                       WEEK)
    threat = asserted(events, "THREATEN")
    assert threat and "border districts" not in names(threat[0].targets)


# ------------------------------------------- a release that opens "X reports:" is X's account
def test_a_release_opening_with_reports_colon_is_its_issuers(events_of):
    events = events_of("The Ministry of Defence reports:\n\nOn the night of 2 March, air "
                       "defence units shot down 14 drones over the Kursk region. There were "
                       "no casualties.", WEEK)
    attack = asserted(events, "ASSAULT")
    assert attack and "ministry of defence" in _claimants(attack[0])


def test_a_press_service_speaks_for_its_body(events_of):
    events = events_of("The press service of the Interior Ministry reports:\n\nOn 3 March, "
                       "unidentified gunmen fired on a police patrol near the village of "
                       "Orlik. One officer was wounded.", WEEK)
    attack = asserted(events, "ASSAULT")
    assert attack and "interior ministry" in _claimants(attack[0])


def test_a_list_heading_with_a_colon_credits_no_one(events_of):
    events = events_of("Key facts:\n\nOn 3 March, unidentified gunmen fired on a police "
                       "patrol near the village of Orlik. One officer was wounded.", WEEK)
    attack = asserted(events, "ASSAULT")
    assert attack and not attack[0].claims


# ------------------------------------------- "put the toll ... at N": the figure's source
def test_put_the_toll_from_a_bombing_at_a_figure_claims_the_bombing(events_of):
    events = events_of("Health officials put the death toll from Saturday's bombing of the "
                       "main market in Kismayo at 14.", WEEK)
    attack = asserted(events, "ASSAULT")
    assert attack and "health officials" in _claimants(attack[0])


def test_put_the_number_arrested_at_a_figure_claims_the_arrests(events_of):
    events = events_of("The state news agency put the number of people arrested during "
                       "Monday's protests in Tabriz at 45.", WEEK)
    arrest = asserted(events, "COERCE")
    assert arrest and "state news agency" in _claimants(arrest[0])


# ------------------------------------------- a text read on an outlet: the outlet says so
def test_a_statement_broadcast_on_television_credits_the_broadcaster(events_of):
    events = events_of("A curfew was imposed on the town of Maradi on Sunday, according to a "
                       "statement broadcast on national television.", WEEK)
    curfew = asserted(events, "COERCE")
    assert curfew and "national television" in _claimants(curfew[0])


def test_a_decree_read_on_radio_credits_the_radio_not_the_decree(events_of):
    events = events_of("The government declared a state of emergency in Kasai province on "
                       "Monday, according to a decree read on state radio.", WEEK)
    found = asserted(events, "COERCE")
    assert found and "state radio" in _claimants(found[0])
    assert not any("decree" in m for m in _claimants(found[0]))


def test_a_statement_from_the_army_posted_online_is_the_armys(events_of):
    events = events_of("Two soldiers were killed in the clash, according to a statement from "
                       "the army posted on its website.", WEEK)
    found = asserted(events, "ASSAULT")
    assert found and "army" in _claimants(found[0])


# ------------------------------------------- "an attack claimed by X": X says it happened
def test_an_attack_claimed_by_a_group_has_the_group_as_claimant(events_of):
    events = events_of("Insurgents killed four soldiers at a checkpoint near the town of "
                       "Mueda on Sunday in an attack claimed by Islamic State, the army said.",
                       WEEK)
    attack = asserted(events, "ASSAULT")
    assert attack and "islamic state" in _claimants(attack[0])
    assert "army" in _claimants(attack[0])


def test_the_attack_claimed_by_a_group_in_a_later_sentence(events_of):
    events = events_of("Gunmen stormed a hotel in the port city on Friday, killing nine "
                       "people, police said. The attack, claimed by al-Shabaab, was the "
                       "deadliest this year.", WEEK)
    attack = asserted(events, "ASSAULT")
    assert attack and "al-shabaab" in _claimants(attack[0])


def test_an_attack_claimed_by_no_group_has_no_claimant(events_of):
    events = events_of("Gunmen killed three farmers near the village on Friday in an attack "
                       "that was not claimed by any group.", WEEK)
    attack = asserted(events, "ASSAULT")
    assert attack and not attack[0].claims


# ------------------------------------------- who tells the flight after an attack tells of it
def test_who_tells_the_evacuation_after_shelling_claims_the_shelling(events_of):
    events = events_of("Artillery shells fired from across the border hit the town of Kupa "
                       "on Monday, killing two civilians, the regional police said. About "
                       "3,000 people were evacuated from villages near the border, the "
                       "district governor said.", WEEK)
    attack = asserted(events, "ASSAULT")
    assert attack and "district governor" in _claimants(attack[0])


def test_a_flight_after_arrests_credits_no_one_with_the_arrests(events_of):
    events = events_of("Police arrested 40 protesters in the capital on Monday, the interior "
                       "ministry said. About 200 students fled the campus, a student leader "
                       "said.", WEEK)
    arrest = asserted(events, "COERCE")
    assert arrest and "student leader" not in _claimants(arrest[0])


# ------------------------------------------- a digit ordinal names a unit, wherever it hangs
def test_the_3rd_infantry_division_keeps_its_number(events_of):
    events = events_of("The army's 3rd infantry division said troops had killed five "
                       "militants near the lake on Tuesday.", WEEK)
    attack = asserted(events, "ASSAULT")
    assert attack and "3rd infantry division" in _claimants(attack[0])


def test_a_numbered_military_region_keeps_its_number(events_of):
    events = events_of("The army's 4th joint military region said troops had killed four "
                       "militants on Wednesday.", WEEK)
    attack = asserted(events, "ASSAULT")
    assert attack and "4th joint military region" in _claimants(attack[0])


def test_an_ordinal_on_a_victim_is_no_name(events_of):
    events = events_of("Gunmen killed the 3rd victim in the village on Monday.", WEEK)
    attack = asserted(events, "ASSAULT")
    assert attack and names(attack[0].targets) == ["victim"]


# ------------------------------------------- a person keeps the lower-case title set before
def test_a_speaker_keeps_a_lower_case_title_as_a_mention(events_of):
    from .conftest import whole_pipeline

    events = whole_pipeline(WEEK)("Gunmen killed three herders near the village of Loboi "
                                  "on Sunday, Baringo county police commander Amina Otieno "
                                  "told reporters.")
    attack = asserted(events, "ASSAULT")
    assert attack and "baringo county police commander amina otieno" in _claimants(attack[0])


def test_an_army_statement_read_on_television_stays_the_armys(events_of):
    events = events_of("Bandits burned a granary and stole about 40 sheep near the village, "
                       "according to an army statement broadcast on state television on "
                       "Sunday.", WEEK)
    attack = asserted(events, "ASSAULT")
    assert attack and "army" in _claimants(attack[0])
    assert "state television" not in _claimants(attack[0])


def test_a_statement_on_its_own_website_credits_no_website(events_of):
    events = events_of("Gunmen killed two guards at a mine near the town on Monday, according "
                       "to a statement published on its website.", WEEK)
    attack = asserted(events, "ASSAULT")
    assert attack and "website" not in _claimants(attack[0])
