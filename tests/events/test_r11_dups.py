"""False and duplicate events (round 11): a denial of a charge or of an act is no event
(PLOVER has no type for it), while a refusal of something asked or granted still is a REJECT;
an act told only inside an accusation about people already reported dead is the accusation's
content, not a second attack. Sentences written for these tests."""

from __future__ import annotations

from datetime import date


def _asserted(events, plover=None):
    return [e for e in events if e.modality == "asserted"
            and (plover is None or e.type.plover == plover)]


# 1. denials
def test_denial_of_a_blamed_attack_in_a_relative_clause_is_no_event(events_of):
    evs = events_of("Gunmen shot dead four traders near the market of Kolda on Sunday. Senegal "
                    "blamed a separatist faction for the raid, which the faction's leaders "
                    "denied.")
    assert not _asserted(evs, "REJECT")


def test_denial_of_a_charge_is_no_event(events_of):
    evs = events_of("Villagers said troops burned three houses in Tizi on Friday. The garrison "
                    "commander denied the accusation.")
    assert not _asserted(evs, "REJECT")


def test_denial_that_an_act_happened_is_no_event(events_of):
    evs = events_of("Shells landed on the village of Orlen on Monday, residents said. Moldova "
                    "denied that its gunners had opened fire.")
    assert not _asserted(evs, "REJECT")


def test_refusing_a_request_is_still_a_rejection(events_of):
    evs = events_of("The provincial governor on Tuesday rejected the union's demand for a "
                    "wage increase.")
    assert _asserted(evs, "REJECT")


def test_denying_a_permit_is_still_a_rejection(events_of):
    evs = events_of("The city council of Lorvik denied a permit for the opposition rally on "
                    "Thursday.")
    assert _asserted(evs, "REJECT")


# 2. an act told only inside an accusation about people already reported
def test_accused_killing_of_the_reported_dead_is_the_accusations_content(events_of):
    evs = events_of("Four gunmen were killed in a shootout with police in the town of Tarim on "
                    "Saturday, the interior ministry said. A rights group said on Sunday that "
                    "the four were students and accused the police of shooting them after they "
                    "had been arrested.")
    assert len(_asserted(evs, "ASSAULT")) == 1
    assert _asserted(evs, "ACCUSE")
    assert not _asserted(evs, "COERCE")


def test_accused_act_with_victims_of_its_own_stays_an_event(events_of):
    evs = events_of("Gunmen killed three guards at a mine near Lubero on Thursday. On Sunday "
                    "the rebel movement accused the army of shelling its camps near "
                    "Kanyabayonga, killing two civilians.")
    assaults = _asserted(evs, "ASSAULT")
    assert any(q.kind == "killed" and q.value == 2 for e in assaults for q in e.quantities)


# 3. a measure of state told twice with different authors
def test_curfew_told_twice_on_the_same_day_is_one_curfew(events_of):
    evs = events_of("Kenya imposed a curfew on the town of Garissa on Saturday after clashes "
                    "between rival clans. Elders from both clans met the governor. Residents "
                    "said several shops were looted. Two herders were stabbed near the market, a "
                    "doctor said. Schools were closed. The interior ministry ordered a curfew "
                    "from 7 p.m. to 5 a.m. in the town centre, and police patrolled the "
                    "streets.", date(2025, 11, 29))
    curfews = [e for e in _asserted(evs, "COERCE") if e.trigger.text == "curfew"]
    assert len(curfews) == 1


def test_curfews_on_different_days_stay_apart(events_of):
    evs = events_of("Authorities imposed a curfew on the town of Garissa on Saturday. On "
                    "Tuesday the governor ordered a curfew in Wajir after a market fire.",
                    date(2025, 12, 3))
    curfews = [e for e in _asserted(evs, "COERCE") if e.trigger.text == "curfew"]
    assert len(curfews) == 2


# 4. two months told as one period take the year the second names
def test_months_coordinated_before_a_year_share_it(events_of):
    evs = events_of("Police arrested six union leaders in Lagos on Monday. Strikes in March "
                    "and April 2023 shut the country's ports for weeks.", date(2025, 11, 30))
    strikes = [e for e in evs if e.trigger.text == "Strikes"]
    assert strikes and strikes[0].time is not None
    assert strikes[0].time.start.year == 2023
