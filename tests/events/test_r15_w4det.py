"""Second-wave (w4det) fixes in event detection and typing. Sentences written for these
tests."""

from .conftest import of_type, one, pipeline_events


# ------------------------------------- a call for a political measure, no addressee named
def test_a_call_for_a_measure_is_a_request_with_no_addressee():
    for text in (
            "Tribal elders in Ramadi accused the provincial police of ignoring smuggling and "
            "called for joint checkpoints with local volunteers.",
            "The opposition party called for an independent inquiry into the shooting on "
            "Monday.",
            "The students' union demanded an apology after the raid on the campus."):
        assert of_type(pipeline_events(text, "2026-03-03"), "REQUEST"), text


def test_a_tactical_call_out_is_still_no_request():
    for text in ("The fire brigade called for all residents to leave the building.",
                 "The platoon came under fire and called for air support near the village."):
        assert not of_type(pipeline_events(text, "2026-03-03"), "REQUEST"), text


# ------------------------------------------------- a craft carrying goods intercepted
def test_an_intercepted_plane_or_boat_is_a_seizure():
    for text, target in (
            ("The air force intercepted a light aircraft carrying cocaine over the northern "
             "province on Friday and forced it to land, the defence ministry said.", "aircraft"),
            ("The navy intercepted a speedboat carrying two tonnes of cannabis off the coast on "
             "Thursday, officials said.", "speedboat")):
        ev = one(pipeline_events(text, "2026-03-03"), "COERCE")
        assert ev.type.acled_sub_event_type is None, (text, ev.type)
        assert any(target in t.name for t in ev.targets), (text, ev.targets)


def test_an_intercepted_missile_stays_disrupted_weapons_use():
    ev = one(pipeline_events("Air defences intercepted two missiles over the city on Sunday.",
                             "2026-03-03"), "ASSAULT")
    assert ev.type.acled_sub_event_type == "Disrupted weapons use"


# ------------------------------------------- a town taken by a group named as an "army"
def test_a_rebel_army_that_takes_a_town_overtakes_territory():
    for text in ("Fighting resumed near the border on Monday, residents said. The Kachin "
                 "Independence Army captured the town of Bhamo in January 2025.",
                 "The M23 captured the city of Uvira in January, officials said on Monday."):
        evs = [e for e in pipeline_events(text, "2026-03-03")
               if e.type.acled_sub_event_type and "territory" in e.type.acled_sub_event_type]
        assert evs and evs[0].type.acled_sub_event_type == (
            "Non-state actor overtakes territory"), (text, [e.type for e in evs])


def test_government_forces_retaking_a_town_regain_territory():
    evs = pipeline_events("Government forces retook the town of Hasaka from Islamic State "
                          "militants in 2016.", "2026-03-03")
    assert any(e.type.acled_sub_event_type == "Government regains territory" for e in evs)


# ------------------------------------------------------------------------ a rescue
def test_a_rescue_is_humanitarian_aid():
    ev = one(pipeline_events("The coast guard rescued 112 migrants off the island on Sunday "
                             "after their boat capsized.", "2026-03-03"), "AID")
    assert any("migrants" in t.name for t in ev.targets)


def test_a_demand_that_describes_its_makers_is_no_request():
    for text in ("The nurses, who have been demanding an independent inquiry into the deaths, "
                 "marched to parliament on Monday.",
                 "Thousands of teachers, who are calling for a pay reform, rallied in Nairobi on "
                 "Monday."):
        evs = pipeline_events(text, "2026-03-03")
        assert not of_type(evs, "REQUEST"), (text, [e.type for e in evs])


# ----------------------------------- a count of wounded a second source gives, further on
def test_a_wounded_count_by_another_source_is_the_shootings():
    text = ("Three students were shot dead in Bamako on Tuesday as police broke up a rally "
            "against the new tax law, relatives said.\n\nPolice fired tear gas and, according "
            "to witnesses, live rounds at the crowd. One of the dead, a 20-year-old law "
            "student, was hit in the head, his sister said.\n\nThe student union said at least "
            "31 people were wounded by gunfire, while the interior minister put the number of "
            "injured at 12.\n\nPolice detained 40 people, the minister said.")
    assaults = of_type(pipeline_events(text, "2026-03-11"), "ASSAULT")
    assert len(assaults) == 1, [(e.type, e.quantities) for e in assaults]
    kinds = {(q.kind, q.value) for q in assaults[0].quantities}
    assert {("killed", 3), ("injured", 31)} <= kinds, kinds


# ---------------------------------------------- event words that are no event told
def test_talks_named_as_the_way_to_settle_are_no_meeting():
    evs = pipeline_events("China, which has investments in both countries, urged them on "
                          "Wednesday to settle the quarrel through talks, a foreign ministry "
                          "spokesman said in Beijing.", "2026-03-05")
    assert of_type(evs, "REQUEST") and not of_type(evs, "CONSULT"), [e.type for e in evs]


def test_an_event_word_naming_a_body_is_no_event():
    evs = pipeline_events("The army said on Friday it had sent two more battalions to separate "
                          "the clans, and that a ceasefire monitoring committee had begun talks "
                          "with both commanders.", "2026-03-07")
    assert not of_type(evs, "RETREAT") and not of_type(evs, "ACCUSE"), [e.type for e in evs]
    assert of_type(evs, "CONSULT") and of_type(evs, "MOBILIZE")


def test_what_something_is_said_to_be_is_no_event():
    evs = pipeline_events("Because the Wa State Army is not a recognised government, Bangkok "
                          "has to raise such cases through Naypyitaw, which no longer controls "
                          "the border.", "2026-03-05")
    assert not of_type(evs, "SUPPORT"), [e.type for e in evs]


def test_a_capital_seized_is_territory_even_when_read_as_a_name():
    evs = pipeline_events("Between 20 and 30 shops were destroyed when shells hit the market "
                          "in Kassala on Monday, a local official said. The war, which began "
                          "when the rebels seized Sanaa in 2014, has killed tens of thousands "
                          "of people.", "2026-03-11")
    taken = [e for e in evs if e.type.acled_sub_event_type == (
        "Non-state actor overtakes territory")]
    assert taken and not any(e.type.acled_sub_event_type == "Abduction/forced disappearance"
                             for e in evs), [e.type for e in evs]


def test_a_mediation_told_on_the_noun_of_what_was_mediated_is_that_event():
    evs = pipeline_events("Armenia and Azerbaijan swapped 30 detainees each on Friday in an "
                          "exchange mediated by Qatar, officials said.", "2026-03-07")
    assert of_type(evs, "RETREAT") and not of_type(evs, "CONSULT"), [e.type for e in evs]
    evs = pipeline_events("Qatar mediated talks between the two sides in Doha on Friday.",
                          "2026-03-07")
    assert of_type(evs, "CONSULT"), [e.type for e in evs]


# ------------------------------------------------------------- habits are no event
def test_what_happens_often_is_a_habit_not_an_event():
    evs = pipeline_events("Fishermen from the island are often detained by the coast guard of "
                          "the neighbouring country, officials said.", "2026-03-05")
    assert not [e for e in evs if e.modality == "asserted"], [(e.type, e.modality) for e in evs]
