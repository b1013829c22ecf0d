"""Round 14 (w3dt) dates and places of security operations, courts and deployments.
Sentences written for these tests."""

from datetime import date

from .conftest import of_type, pipeline_events

PUB = "2026-03-10"  # a Tuesday


def _events(text):
    return pipeline_events(text, PUB)


def _start(ev):
    return ev.time.start if ev.time is not None else None


def _place(ev):
    return ev.location.name if ev.location is not None else None


# ---------------------------------------------------------------- dates
def test_a_renewed_measure_takes_the_day_it_was_renewed():
    ev = of_type(_events("Officials in Sousse extended the night curfew on Monday after a "
                         "week of unrest."), "COERCE")[0]
    assert _start(ev) == date(2026, 3, 9)


def test_until_gives_the_term_of_a_measure_not_its_date():
    for text in ("The military council extended the ban on street rallies until the end of "
                 "the year.",
                 "The cabinet prolonged the overnight curfew until the end of the month."):
        evs = of_type(_events(text), "COERCE")
        assert evs and all(_start(e) not in (date(2026, 1, 1), date(2026, 3, 1),
                                             date(2026, 12, 31)) for e in evs), text


def test_until_on_a_dated_renewal_keeps_the_renewal_day():
    ev = of_type(_events("The regional governor on Sunday extended the emergency curfew until "
                         "April 15."), "COERCE")[0]
    assert _start(ev) == date(2026, 3, 8)


def test_a_present_perfect_deployment_takes_the_day_it_was_told():
    ev = of_type(_events("Zambia has sent 350 soldiers to the northern border, the defence "
                         "ministry said on Monday."), "MOBILIZE")[0]
    assert _start(ev) == date(2026, 3, 9)


def test_a_present_perfect_tally_is_not_dated_by_the_saying():
    evs = of_type(_events("Police have arrested 240 people since January, the interior "
                          "ministry said on Monday."), "COERCE")
    assert all(_start(e) != date(2026, 3, 9) for e in evs)


# ---------------------------------------------------------------- places
def test_a_court_in_a_town_places_its_sentence_there():
    evs = _events("A military tribunal in Bamako sentenced four soldiers to ten years in "
                  "prison on Monday.")
    assert evs and _place(evs[0]) == "Bamako"


def test_a_city_named_court_is_its_seat_not_a_government():
    evs = _events("NAIROBI, March 9 (Reuters) - A Nairobi court on Monday jailed two "
                  "bloggers for three years.")
    assert evs and _place(evs[0]) == "Nairobi"


def test_a_province_named_like_its_people_is_where_troops_were_sent():
    ev = of_type(_events("GONDAR, March 8 - Federal forces were sent to the Amhara region on "
                         "Saturday after clashes."), "MOBILIZE")[0]
    assert ev.location is not None and ev.location.precision == "admin1"


def test_a_natural_region_is_no_landmark_of_the_dateline_city():
    ev = of_type(_events("LUANDA, March 8 - Soldiers burned 15 illegal mining camps in the "
                         "Cuango Valley on Saturday."), "ASSAULT")[0]
    assert _place(ev) != "Luanda"


def test_a_weekday_ending_past_fighting_is_the_last_one():
    ev = of_type(_events("Fighting raged in the hills above the town until Sunday, villagers "
                         "said."), "ASSAULT")[0]
    assert _start(ev) == date(2026, 3, 8)


def test_a_present_perfect_measure_takes_the_day_it_was_told():
    ev = of_type(_events("The mayor has imposed a curfew on the market district, the city "
                         "council said on Sunday."), "COERCE")[0]
    assert _start(ev) == date(2026, 3, 8)


def test_a_date_between_said_and_the_reported_subject_is_the_sayings():
    ev = of_type(_events("Gendarmes said on Monday they had detained 17 smugglers near the "
                         "dunes over the weekend."), "COERCE")[0]
    assert _start(ev) == date(2026, 3, 7)


def test_a_relative_clause_date_leaves_the_act_the_told_day():
    ev = of_type(_events("Police in Eldoret shot dead three men who had robbed a money-transfer "
                         "shop on Thursday, a police commander said on Sunday."),
                 "ASSAULT")[0]
    assert _start(ev) == date(2026, 3, 8)


def test_a_prison_term_before_the_day_is_no_offset():
    ev = _events("A tribunal in Dakar sentenced a former mayor to 12 years on Monday for "
                 "embezzlement.")[0]
    assert _start(ev) == date(2026, 3, 9)


def test_a_measure_declared_on_a_weekday_that_will_last_is_dated_to_the_last_one():
    ev = of_type(_events("The cabinet imposed a dusk-to-dawn curfew on Saturday that will "
                         "remain in force until April 20."), "COERCE")[0]
    assert _start(ev) == date(2026, 3, 7)
