"""Second-wave (w4arg) fixes in event arguments. Sentences written for these tests."""

from .conftest import names_and_mentions, one, pipeline_events


def _killed(ev):
    return sorted(q.value for q in ev.quantities if q.kind == "killed")


# ------------------------------------------- two sources' figures are never added up
def test_two_sources_figures_are_two_counts_not_a_sum():
    text = ("Armed raiders attacked farmers in the hamlet of Tunga near Lafia on Saturday. "
            "Police said 12 people were killed, while a local chief put the toll at 20.")
    ev = one(pipeline_events(text, "2026-06-07"), "ASSAULT")
    assert _killed(ev) == [12.0, 20.0], ev.quantities


def test_counts_of_one_source_still_add_up():
    text = ("Gunmen killed six farmers and four herders in an attack near Lafia on Saturday, "
            "police said.")
    ev = one(pipeline_events(text, "2026-06-07"), "ASSAULT")
    assert _killed(ev) == [10.0], ev.quantities


# ----------------------------------------- people killed in a search's exchange of fire
def test_killed_in_an_exchange_of_fire_during_a_search_were_fought_by_the_searchers():
    text = ("Police officers began searching farms near Lamu on Thursday. Two suspected "
            "bandits were killed in an exchange of fire, a police spokesman said.")
    ev = one(pipeline_events(text, "2026-06-05"), "ASSAULT")
    assert ev.actors and "police" in ev.actors[0].name.lower(), ev.actors


# ------------------------------------------------------ "came under fire from X"
def test_came_under_fire_from_names_the_attacker():
    text = ("A convoy of aid workers came under fire from gunmen near the town of Kidal on "
            "Monday, and two drivers were wounded, the agency said.")
    ev = one(pipeline_events(text, "2026-06-09"), "ASSAULT")
    assert any("gunmen" in n for n in names_and_mentions(ev.actors)), ev.actors


# ----------------------------------------------- "both sides" are the two sides named
def test_urged_both_sides_are_the_two_forces_that_fought():
    text = ("Sudanese troops and fighters of the Rapid Support Forces clashed near Babanusa "
            "on Sunday. On Monday the African Union urged both sides to lay down their arms.")
    evs = pipeline_events(text, "2026-06-09")
    req = one(evs, "REQUEST")
    names = names_and_mentions(req.targets)
    assert any("Rapid Support Forces" in n for n in names), req.targets
    assert "sides" not in {p.name for p in req.targets}, req.targets


# ------------------------------- "condemned the shelling": the reported act's doers
def test_condemnation_targets_the_reported_acts_doers_not_an_accused_sides():
    text = ("ADEN, June 9 (AP) - Artillery shelling of a bus station in Dhale on Monday killed "
            "six passengers, medics said. The government blamed the Houthi rebels for the "
            "shelling. The Houthis accused government forces of shelling a farm near Qataba "
            "the same day. Egypt also condemned the shelling, its foreign ministry said.")
    evs = pipeline_events(text, "2026-06-09")
    cond = [e for e in evs if e.type.plover == "ACCUSE" and any(
        "Egypt" in n for n in names_and_mentions(e.actors))]
    assert cond, evs
    names = names_and_mentions(cond[0].targets)
    assert any("Houthi" in n for n in names), cond[0].targets


# ------------------------------------------- a long conflict's toll is not the clash's
def test_a_conflicts_toll_told_beside_a_clash_is_not_its_count():
    text = ("BOGOTA, June 9 (Reuters) - Colombian soldiers clashed with guerrillas in Cauca on "
            "Monday, the army said. Four guerrillas were killed. The clash was the latest in "
            "decades of fighting that has killed an estimated 450,000 people.")
    evs = [e for e in pipeline_events(text, "2026-06-09") if e.type.plover == "ASSAULT"
           and any(q.kind == "killed" and q.value == 4 for q in e.quantities)]
    assert evs and _killed(evs[0]) == [4.0], [e.quantities for e in evs]


# ------------------------------------------------ "N of them were taken": the captives
def test_people_taken_told_after_an_abduction_are_its_count():
    text = ("GAO, Mali, June 9 (Reuters) - Jihadist fighters kidnapped travellers on the road "
            "to Ansongo on Sunday, a local official said. A driver who escaped said 17 of "
            "the passengers were taken.")
    ev = one(pipeline_events(text, "2026-06-09"), "ASSAULT")
    assert [q.value for q in ev.quantities if q.kind == "captured"] == [17.0], ev.quantities


def test_people_taken_to_hospital_are_no_captives():
    text = ("GAO, Mali, June 9 (Reuters) - Jihadist fighters kidnapped travellers on the road "
            "to Ansongo on Sunday, a local official said. Three wounded passengers were taken "
            "to hospital.")
    ev = one(pipeline_events(text, "2026-06-09"), "ASSAULT")
    assert not [q for q in ev.quantities if q.kind == "captured" and q.value == 3], ev.quantities


# ------------------- "Police used batons to push them back, and 14 were detained"
TEACHERS = ("QUITO, June 9 (Reuters) - Hundreds of nurses gathered outside the health ministry "
            "in Quito on Tuesday. Riot police used batons to push them back, and 16 people were "
            "detained, a union leader said.")


def test_them_pushed_back_is_the_crowd_told_before():
    ev = one(pipeline_events(TEACHERS, "2026-06-09"), "ASSAULT")
    assert any("nurses" in n for n in names_and_mentions(ev.targets)), ev.targets


def test_passive_detention_beside_the_forces_act_is_theirs():
    ev = one(pipeline_events(TEACHERS, "2026-06-09"), "COERCE")
    assert any("police" in n.lower() for n in names_and_mentions(ev.actors)), ev.actors
