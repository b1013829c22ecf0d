"""Round 14 (r14probe) fixes found by probing invented wire copy on security operations and
courts: shoot-downs counted as a part of a salvo, acquittals and quashed convictions, mandate
renewals, approved arms sales, forces dispatched or flown in, prison terms passed by a court,
a deployment and the purpose it is sent for. Sentences written for these tests."""

from datetime import date

import pytest

from .conftest import of_type, one, whole_pipeline


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 3, 10))


def _types(evs):
    return sorted(e.type.plover for e in evs)


# ---------------------------------------------------------------- shoot-downs
def test_a_part_of_a_salvo_shot_down_is_a_disrupted_attack(run):
    ev = one(run("Moldovan air defences shot down two of the four missiles fired at Balti "
                 "on Sunday, the defence ministry said."), "ASSAULT")
    assert ev.type.acled_sub_event_type == "Disrupted weapons use"


# ---------------------------------------------------------------- court outcomes
def test_an_acquittal_frees_the_accused(run):
    evs = run("A high court in Windhoek on Tuesday acquitted two customs officers of bribery.")
    assert _types(evs) == ["RETREAT"]


def test_a_quashed_conviction_is_a_release_and_a_quashed_ban_is_not(run):
    evs = run("Botswana's appeal court on Friday overturned the conviction of a trade union "
              "leader.")
    assert _types(evs) == ["RETREAT"]
    assert not of_type(run("The appeal court on Friday overturned a ruling on grazing "
                           "fees."), "RETREAT")


def test_a_court_jailing_for_a_term_is_a_sentence_not_an_arrest(run):
    evs = run("A court in Kampala jailed a blogger for two years on Thursday for insulting "
              "the president.")
    assert _types(evs) == ["ACCUSE"]
    # police jailing someone pending trial is still the detention
    evs = run("Police in Mombasa jailed six dock workers overnight after the brawl.")
    assert "COERCE" in _types(evs)


# ---------------------------------------------------------------- mandates and arms sales
def test_an_extended_mission_mandate_supports_the_mission(run):
    # (AGREE until round 23; the fresh sets code a renewal SUPPORT, AGREE the alternative)
    ev = one(run("The U.N. Security Council on Thursday extended the mandate of its "
                 "peacekeeping force in Cyprus by twelve months."), "SUPPORT")
    assert ev.actors


def test_an_approved_arms_sale_is_military_aid(run):
    evs = run("Germany on Wednesday approved the sale of 30 armoured vehicles to Chile, the "
              "economy ministry said.")
    assert "AID" in _types(evs)


# ---------------------------------------------------------------- deployments
def test_warships_dispatched_are_a_deployment(run):
    ev = one(run("Indonesia dispatched three frigates to the Natuna Sea on Tuesday, the navy "
                 "said."), "MOBILIZE")
    assert ev.modality == "asserted"


def test_police_flown_in_are_a_deployment_but_a_wounded_officer_is_not(run):
    one(run("Some 600 riot police were airlifted to Kisumu on Saturday, the interior ministry "
            "said."), "MOBILIZE")
    assert not of_type(run("The wounded officer was flown to a hospital in Nakuru on "
                           "Saturday."), "MOBILIZE")


def test_what_a_deployment_is_for_is_no_second_deployment(run):
    evs = of_type(run("Chad sent 500 soldiers to the border town of Adre on Monday to reinforce "
                      "the garrison there."), "MOBILIZE")
    assert len(evs) == 1 and evs[0].modality == "asserted"


def test_troops_moved_to_a_border_are_a_deployment(run):
    ev = one(run("Armenia moved additional troops to its southern frontier on Wednesday, the "
                 "defence ministry said."), "MOBILIZE")
    assert ev.actors


def test_a_force_deployed_abroad_that_acts_is_no_deployment_of_its_own(run):
    evs = run("Chadian troops deployed in Niger killed nine militants in a firefight near "
              "Diffa on Friday, the army said.")
    assert "MOBILIZE" not in _types(evs)


# ---------------------------------------------------------------- bail, embargoes, emergencies
def test_bail_granted_by_a_court_frees_the_accused(run):
    ev = one(run("Kenya's high court on Tuesday granted bail to a former governor accused of "
                 "fraud."), "RETREAT")
    assert ev.actors


def test_a_renewed_embargo_is_a_restriction(run):
    ev = one(run("The European Union on Friday renewed its arms embargo on Myanmar for a "
                 "year."), "COERCE")
    assert ev.actors


def test_an_extended_state_of_emergency_is_a_restriction(run):
    ev = one(run("Peru's government on Sunday extended the state of emergency in Lima by 30 "
                 "days."), "COERCE")
    assert ev.actors


def test_a_force_a_unit_was_unable_to_send_is_no_deployment(run):
    evs = of_type(run("The brigade was unable to deploy troops to the outpost on Tuesday "
                      "because of flooding."), "MOBILIZE")
    assert all(e.modality != "asserted" for e in evs)


# ---------------------------------------------------------------- batch C
def test_no_group_claiming_the_attack_is_no_claimant(run):
    ev = one(run("Gunmen killed four guards at a gold mine near Kidal on Saturday, the mayor "
                 "said. No group claimed responsibility for the killings."), "ASSAULT")
    assert not any(c.claimant.name.lower() == "group" for c in ev.claims)


def test_shot_dead_before_its_object_is_no_part_of_the_target(run):
    ev = one(run("Police shot dead two men who they said were armed robbers in Kano on "
                 "Tuesday."), "ASSAULT")
    assert [t.name for t in ev.targets] == ["men"]


def test_a_state_of_exception_is_a_restriction(run):
    one(run("Honduras on Thursday declared a state of exception in three northern cities."),
        "COERCE")


def test_a_case_dismissed_by_a_court_frees_the_accused(run):
    evs = run("A Lisbon court on Wednesday dismissed the case against four former bank "
              "executives.")
    assert "RETREAT" in _types(evs) and "REJECT" not in _types(evs)
    # a spokesman dismissing accusations rejects them
    evs = run("The ministry spokesman on Wednesday dismissed the accusations as lies.")
    assert "RETREAT" not in _types(evs)


# ---------------------------------------------------------------- batch E
def test_who_puts_forces_on_alert_mobilizes_them(run):
    ev = one(run("Moldova put its border police on high alert on Thursday."), "MOBILIZE")
    assert [a.name for a in ev.actors] == ["Moldova"]


def test_raids_the_arrests_were_made_in_are_no_second_event(run):
    evs = run("Police in Uzbekistan detained 40 people suspected of ties to a banned group in "
              "raids across five regions on Wednesday, the interior ministry said.")
    assert _types(evs) == ["COERCE"]


def test_a_storming_by_gunmen_told_alone_is_the_attack(run):
    ev = one(run("Gunmen stormed the offices of a provincial radio station in Kandahar on "
                 "Tuesday, the station's director said."), "ASSAULT")
    assert ev.actors


def test_a_prison_term_counts_no_one_arrested(run):
    ev = one(run("A Yemeni court jailed two fishermen for five years on Sunday for "
                 "smuggling."), "ACCUSE")
    assert not [q for q in ev.quantities if q.kind == "arrested"]


# ---------------------------------------------------------------- batch F
def test_a_navy_sinking_a_boat_is_no_shipwreck(run):
    ev = one(run("The Sri Lankan navy sank a trawler carrying smugglers off Jaffna on Friday, "
                 "killing two of them, a spokesman said."), "ASSAULT")
    assert ev.actors
    # a boat that sank by itself is still a hazard
    assert not of_type(run("A ferry sank off Zanzibar on Friday, killing 14 passengers."),
                       "ASSAULT")


def test_drones_downed_are_a_disrupted_attack(run):
    ev = one(run("Romania's air defences downed two drones near Galati on Saturday, the "
                 "ministry said."), "ASSAULT")
    assert ev.type.acled_sub_event_type == "Disrupted weapons use"


def test_an_approved_arms_package_is_military_aid(run):
    one(run("Britain on Friday approved a 400 million pound arms package for Kyiv."), "AID")


def test_a_dissolution_of_parties_is_a_ban(run):
    one(run("Niger's military rulers on Wednesday ordered the dissolution of the country's "
            "opposition parties."), "COERCE")


def test_months_spent_in_detention_are_no_arrest(run):
    evs = run("A court in Lome freed a rapper on bail on Thursday after eight months in "
              "detention.")
    assert _types(evs) == ["RETREAT"]


# ---------------------------------------------------------------- batch G
def test_gunmen_on_a_motorbike_shot_dead_is_a_killing(run):
    ev = one(run("Gunmen on a motorbike shot dead a tax collector in the eastern town of "
                 "Beni on Friday, residents said."), "ASSAULT")
    assert [a.name for a in ev.actors] == ["Gunmen"]
    assert [t.name for t in ev.targets] == ["tax collector"]


def test_a_sentence_handed_down_is_a_finding_of_guilt(run):
    one(run("A Liberian court on Thursday handed a former warlord a life sentence for "
            "massacres during the civil war."), "ACCUSE")


def test_an_annulled_conviction_frees_the_accused(run):
    one(run("Ecuador's national court on Tuesday annulled the conviction of a former "
            "mayor."), "RETREAT")


def test_police_officers_flown_in_are_a_deployment(run):
    one(run("The government flew 200 police officers to the island of Bougainville on "
            "Friday."), "MOBILIZE")
