from wirecoder.events.lexicon import ACLED_SUB_TO_TYPE, load_lexicon
from wirecoder.events.typing import BASE_CAMEO, cameo_for

from .conftest import one


def test_arrest_is_coerce_arrests(events_of):
    e = one(events_of("Police arrested 23 opposition supporters in Nairobi on Monday."), "COERCE")
    assert (e.type.plover_mode, e.type.acled_sub_event_type, e.type.cameo) == (
        "arrest", "Arrests", "173")
    assert e.type.acled_event_type == "Strategic developments"


def test_weapon_picks_explosions_subtype(events_of):
    e = one(events_of("Warplanes bombed a rebel-held market town, killing nine people."),
            "ASSAULT")
    assert e.type.acled_sub_event_type == "Air/drone strike"
    assert e.type.acled_event_type == "Explosions/Remote violence"


def test_destroying_weapons_caches_is_disrupted_weapons_use(events_of):
    e = one(events_of("Soldiers destroyed three weapons caches near the border on Friday."),
            "COERCE")
    assert e.type.acled_sub_event_type == "Disrupted weapons use"


def test_diplomatic_events_have_no_acled_type(events_of):
    e = one(events_of("President Trump met with President al-Sharaa in Washington on Monday."),
            "CONSULT")
    assert e.type.acled_sub_event_type is None and e.type.acled_event_type is None


def test_threat_to_use_force_is_threaten(events_of):
    e = one(events_of("Iran threatened to shell Iraqi towns in retaliation."), "THREATEN")
    assert e.type.plover_mode == "violence"


def test_refusal_of_cooperation_is_reject(events_of):
    evs = events_of("Syria said it will not accept any more refugees.")
    assert [e.type.plover for e in evs] == ["REJECT"]


def test_cameo_codes_agree_with_cameo2plover_table():
    lex = load_lexicon()
    for entry in lex.triggers.values():
        if entry.cameo:
            assert lex.cameo_plover(entry.cameo) == entry.plover, entry
    for plover, code in BASE_CAMEO.items():
        assert lex.cameo_plover(code) == plover
        assert lex.cameo_plover(cameo_for(plover, None, None, lex)) == plover


def test_lexicon_acled_names_are_acled_subtypes():
    for entry in load_lexicon().triggers.values():
        if entry.acled and not entry.acled.startswith("@"):
            assert entry.acled in ACLED_SUB_TO_TYPE, entry


def test_a_fire_that_kills_is_still_a_hazard(events_of):
    evs = events_of("A fire killed ten people in a market on Sunday.")
    assert not [e for e in evs if e.type.plover == "ASSAULT"]


def test_killing_people_is_force_against_protesters_only_at_a_protest(events_of):
    e = one(events_of("Gunmen stormed the village and killed five people."), "ASSAULT")
    assert e.type.acled_sub_event_type != "Excessive force against protesters"
    e = one(events_of("Police fired on people protesting in the capital, killing five people."),
            "ASSAULT")
    assert e.type.acled_sub_event_type == "Excessive force against protesters"


def test_executing_orders_is_not_a_killing(events_of):
    assert not [e for e in events_of("The commander was executing orders from leaders abroad.")
                if e.type.plover == "ASSAULT"]
    e = one(events_of("Rebels executed three hostages."), "ASSAULT")
    assert ("killed", 3.0) in {(q.kind, q.value) for q in e.quantities}


def test_regaining_something_that_is_no_place_is_no_battle(events_of):
    evs = events_of("The ceasefire stopped the militia from regaining influence in the valley.")
    assert not [e for e in evs if e.type.acled_sub_event_type == "Government regains territory"]
    evs = events_of("Government troops regained the town of Kidal on Monday.")
    assert [e for e in evs if e.type.plover == "ASSAULT"]


def test_calling_something_a_hostile_act_is_an_accusation(events_of):
    for text in ("Turkey's foreign minister called the embargo \"an unfriendly act\" on "
                 "Monday.", "The opposition branded the vote illegal.",
                 "Caracas described the seizure of its aircraft as piracy."):
        e = one(events_of(text), "ACCUSE")
        assert (e.type.plover_mode, e.type.cameo) == ("disapprove", "111"), text


def test_calling_something_by_a_name_that_blames_no_one_is_no_event(events_of):
    for text in ("The president called the agreement a historic step.",
                 "Observers described the town as a hub of the cotton trade.",
                 "Police said the man hid two rifles he described as illegal."):
        assert not [e for e in events_of(text) if e.type.plover == "ACCUSE"], text


def test_a_call_for_days_of_protest_is_still_a_request(events_of):
    # "three days" is a date entity, yet what is called for; only "on <date>" is no "call on"
    evs = events_of("The union on Monday called for two days of nationwide strikes over pay.")
    assert [e.type.plover for e in evs if e.type.plover == "REQUEST"] == ["REQUEST"]
