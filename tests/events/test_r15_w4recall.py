"""Round 15 (w4recall): events plain wire phrasings report that the pipeline missed or
mistyped. Sentences written for these tests (none from a dev or test article)."""

from .conftest import of_type, one, pipeline_events


def _types(text: str) -> list[str]:
    return [e.type.plover for e in pipeline_events(text, "2026-03-03")]


# ------------------------------------------------- a demand for a change needs no addressee
def test_a_demanded_resignation_or_inquiry_is_a_request():
    for text in ("Farmers' unions in Punjab demanded the agriculture minister's resignation "
                 "on Sunday.",
                 "Opposition lawmakers in Lusaka called for an independent inquiry into the "
                 "election on Friday.",
                 "Dock workers in Mombasa demanded higher wages on Tuesday."):
        assert "REQUEST" in _types(text), text


def test_a_demanded_ransom_is_still_no_political_request():
    # (round 24: a ransom demanded "from the family" names whom it is asked of, a REQUEST as
    # golden and fresh9 code it; with no one named it stays none: fresh8 codes none, fresh13 one)
    assert "REQUEST" not in _types("The kidnappers demanded a ransom of $50,000 on Sunday.")


# ------------------------------------------------------ a promise of violence threatens
def test_a_vow_to_attack_is_a_threat_not_an_agreement():
    for text in ("The Islamic State Sahel Province vowed on Friday to intensify attacks on "
                 "Nigerien troops.",
                 "The armed group pledged to attack government convoys on the road to "
                 "Gao."):
        types = _types(text)
        assert "THREATEN" in types and "AGREE" not in types, (text, types)


def test_a_promise_to_halt_attacks_stays_an_agreement():
    assert "AGREE" in _types("The rebels promised on Friday to stop attacks on aid convoys.")


# ------------------------------------------------------------- yielding to a demand
def test_giving_in_to_demands_is_a_concession():
    for text in ("The Kenyan government bowed to pressure on Thursday and withdrew the "
                 "housing levy.",
                 "The city council gave in to the bus drivers' demands on Friday."):
        assert "CONCEDE" in _types(text), text


def test_a_reopened_border_crossing_eases_a_sanction_but_not_a_reopened_road():
    assert "RETREAT" in _types("Senegal reopened its border with Gambia on Saturday after "
                               "a week-long closure.")
    assert _types("Police reopened the highway to Eldoret on Saturday after a crash.") == []


# ------------------------------------------------------------ said support, joint patrols
def test_expressed_support_or_solidarity_is_support():
    for text in ("Ghana expressed support on Tuesday for the African Union's mediation "
                 "in Sudan.",
                 "The Ecuadorian president voiced solidarity with the flood victims of Peru "
                 "on Friday."):
        assert "SUPPORT" in _types(text), text


def test_joint_patrols_are_cooperation_but_a_military_patrol_is_not():
    ev = one(pipeline_events("Malaysian and Thai police began joint patrols along their "
                             "border on Monday.", "2026-03-03"), "COOPERATE")
    assert ev.actors
    assert not of_type(pipeline_events("A military patrol found an abandoned car near "
                                       "Yala on Monday.", "2026-03-03"), "COOPERATE")


# ---------------------------------------------------------------- frozen assets, fighters
def test_frozen_assets_are_coerced():
    assert "COERCE" in _types("Canada froze the bank accounts of three Haitian gang leaders "
                              "on Wednesday.")


def test_fighters_sent_are_a_deployment():
    assert "MOBILIZE" in _types("The militia sent about 500 fighters to the town of Wau on "
                                "Thursday, a local official said.")


# --------------------------------------------------- closed borders, evictions, supplies
def test_a_closed_border_or_airspace_is_a_sanction():
    # (fresh4's coders code a border closed to a neighbour as PLOVER SANCTION)
    for text in ("Chad closed its border with Sudan on Tuesday over a trade dispute.",
                 "Lithuania shut its airspace to Belarusian planes on Friday."):
        assert "SANCTION" in _types(text), text


def test_an_eviction_by_police_is_coercion():
    ev = one(pipeline_events("Riot police evicted about 300 squatters from a disused factory "
                             "in Harare on Thursday.", "2026-03-03"), "COERCE")
    assert ev.actors


def test_armoured_vehicles_delivered_are_aid():
    assert "AID" in _types("Poland delivered 40 armoured vehicles to Moldova on Wednesday, "
                           "its defence minister said.")


# ---------------------------------------------- a sentence-initial plural read as a name
def test_rioters_opening_the_text_make_a_riot():
    ev = one(pipeline_events("DOUALA, March 2 - Rioters set fire to a tax office in Douala on "
                             "Monday, police said.", "2026-03-03"), "PROTEST")
    assert ev.type.acled_sub_event_type == "Violent demonstration"


def test_accepting_responsibility_for_bombings_is_no_threat():
    assert "THREATEN" not in _types("The armed wing accepted responsibility on Sunday for the "
                                    "bombings in the market of Bauchi.")


def test_a_protests_stated_aim_is_no_second_request():
    types = _types("Police in Lome detained 15 students who had gathered outside parliament "
                   "to demand the resignation of the rector.")
    assert "REQUEST" not in types, types


# ------------------------------------------------------------ refusals in other words
def test_turning_down_or_rebuffing_a_proposal_is_a_rejection():
    for text in ("The junta in Conakry turned down an ECOWAS proposal for a transition "
                 "timetable on Friday.",
                 "Eritrea rebuffed an Ethiopian offer of port talks on Wednesday."):
        assert "REJECT" in _types(text), text
