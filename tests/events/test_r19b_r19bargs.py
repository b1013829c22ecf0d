"""Round 19b (r19bargs): argument and typing leftovers found on invented wire text.

  1. "X came under fire (from Y)" with no other violence word is an assault by Y on X; not
     the criticism a minister comes under "over" or "for" something.
  2. "demanded that the officers be suspended": a measure demanded against named people is a
     political demand; a national section of a known NGO ("Amnesty International Kenya") is
     that NGO, not the country.
  3. Water cannon fired at a vessel at sea is an assault with no ACLED sub-type, no
     intervention in a protest.
  4. A country's coast guard is its coast guard, not its police.
  5. "Bandits abducted 40 passengers ..., police said" misparsed ("bandits (who were)
     abducted ... said"): the police still say so.
  6. An accusation made by judging an act targets whoever did that act: the doers of the act
     a pronoun refers back to, or of the act noun told before.
"""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import names, of_type, whole_pipeline

run = whole_pipeline(date(2026, 3, 10))


# 1. came under fire ---------------------------------------------------------------------
@pytest.mark.parametrize("text, doer, hit", [
    ("A border police patrol came under fire from suspected smugglers near Kalba on Tuesday.",
     "smugglers", "patrol"),
    ("Two aid workers came under fire from gunmen as they left a clinic in Bunia on Friday.",
     "gunmen", "aid workers"),
])
def test_came_under_fire_is_an_assault_by_the_shooters(text, doer, hit):
    ev = of_type(run(text), "ASSAULT")
    assert len(ev) == 1
    assert any(doer in n for n in names(ev[0].actors))
    assert any(hit in n for n in names(ev[0].targets))


def test_came_under_fire_with_no_shooter_named_is_still_an_assault():
    ev = of_type(run("An army supply convoy came under heavy fire near Menaka on Sunday."),
                 "ASSAULT")
    assert len(ev) == 1 and not ev[0].actors


@pytest.mark.parametrize("text", [
    "The health minister came under fire from opposition lawmakers over the hospital closures.",
    "The mayor came under fire from residents' groups for the new parking fees.",
])
def test_criticism_one_comes_under_is_no_assault(text):
    assert not of_type(run(text), "ASSAULT")


# 2. demands of a national section of an NGO ----------------------------------------------
def test_demand_that_people_be_punished_is_a_request():
    ev = of_type(run("The bar association demanded that the two judges be suspended."), "REQUEST")
    assert len(ev) == 1


def test_a_call_for_people_to_leave_stays_a_tactical_instruction():
    assert not of_type(run("The assault team called for all residents to walk out of the farmhouse "
                       "calmly before searching it."), "REQUEST")


def test_national_section_of_a_known_ngo_is_the_ngo():
    ev = of_type(run("Amnesty International Kenya called on the interior ministry to release the "
                 "detained bloggers."), "REQUEST")
    assert len(ev) == 1
    assert names(ev[0].actors) == ["Amnesty International Kenya"]
    assert ev[0].actors[0].sector == "NGO"


# 3. water cannon at a vessel ---------------------------------------------------------------
def test_water_cannon_at_a_boat_is_an_assault_without_acled_type():
    ev = of_type(run("Korean coast guard vessels fired water cannon at a Chinese trawler near "
                 "Jeju on Wednesday."), "ASSAULT")
    assert len(ev) == 1
    assert ev[0].type.acled_sub_event_type is None


def test_water_cannon_at_protesters_stays_an_intervention():
    ev = of_type(run("Riot police fired water cannon at protesters in Skopje on Sunday."),
                 "ASSAULT")
    assert ev and ev[0].type.acled_sub_event_type == "Protest with intervention"


# 4. coast guards ----------------------------------------------------------------------------
def test_a_coast_guard_is_no_police():
    ev = run("Indonesian coast guard ships seized a Vietnamese fishing boat near Natuna on "
             "Monday.")
    names = [p.name for e in ev for p in e.actors]
    assert "Indonesian coast guard" in names
    assert not any("police" in n for n in names)


# 5. misparsed "X verbed Y, police said" ------------------------------------------------------
def test_sayer_after_a_misparsed_clause_is_the_claimant():
    ev = of_type(run("Bandits abducted at least 40 passengers in Niger state on Tuesday, police "
                 "said."), "ASSAULT")
    assert len(ev) == 1
    assert any("police" in c.claimant.name for c in ev[0].claims)
    assert not any("Bandits" in c.claimant.name for c in ev[0].claims)


def test_the_by_agent_of_an_act_noun_hung_on_its_place():
    ev = run("The journalists' union denounced the abduction of a radio presenter in Beni by "
             "ADF fighters on Sunday.")
    taken = of_type(ev, "ASSAULT")
    assert taken and any("Allied Democratic Forces" in n for n in names(taken[0].actors))


# 6. targets of judging speech ------------------------------------------------------------------
@pytest.mark.parametrize("text, doer", [
    ("Rioters beat a paramedic with sticks in Derby on Saturday. \"It was attempted murder,\" "
     "the ambulance service said.", "Rioters"),
    ("Militiamen torched a clinic near Bambari on Monday, killing two nurses. \"This is a war "
     "crime,\" the regional governor said.", "Militiamen"),
])
def test_a_judged_pronoun_targets_the_doers_of_the_act_before(text, doer):
    acc = of_type(run(text), "ACCUSE")
    assert len(acc) == 1
    assert any(doer in n for n in names(acc[0].targets))


def test_a_judged_noun_targets_the_doer_told_before():
    acc = of_type(run("France approved a sale of 30 fighter jets to Egypt on Monday. Turkey's "
                  "foreign ministry said the sale violates a regional arms agreement."),
              "ACCUSE")
    assert len(acc) == 1
    assert names(acc[0].targets) and "France" in names(acc[0].targets)[0]


def test_a_judged_noun_targets_the_act_of_the_same_stem():
    acc = of_type(run("Police demolished 40 market stalls in Harare on Tuesday. The vendors' "
                  "association said the demolitions were illegal."), "ACCUSE")
    assert len(acc) == 1
    assert any("police" in n.lower() for n in names(acc[0].targets))
