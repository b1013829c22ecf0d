"""MUC-4 template output (events/muc.py): the task's relevance rules and the trained step,
on event records written for these tests."""

from wirecoder.events import muc


def _e(acled="Attack", targets=(), actors=(), weapons=(), plover="ASSAULT", mode=None,
       date=None, location=None):
    return {"plover_type": plover, "plover_mode": mode, "acled_sub_event_type": acled,
            "actors": [dict(a) for a in actors], "targets": [dict(t) for t in targets],
            "weapons": [dict(w) for w in weapons], "date": {"start": date, "end": date},
            "location": location, "quantities": [], "confidence": 0.7, "modality": "asserted"}


def _ent(name, sector=None):
    return {"name": name, "aliases": [], "sector": sector}


def test_incident_types():
    assert muc.incident_type(_e("Remote explosive/landmine/IED")) == "bombing"
    assert muc.incident_type(_e("Abduction/forced disappearance")) == "kidnapping"
    assert muc.incident_type(_e("Arrests", plover="COERCE", mode="arrest")) is None
    assert muc.incident_type(_e(None, plover="CONSULT")) is None


def test_a_clash_between_armed_groups_is_no_terrorist_incident():
    clash = _e("Armed clash", targets=[_ent("army patrol")], actors=[_ent("rebels")])
    assert not muc.relevant(clash)
    assert not muc.relevant(_e("Attack", targets=[_ent("soldiers")]))
    assert not muc.relevant(_e("Attack", targets=[_ent("Salvadoran military", "MIL")]))
    # a guerrilla attack that hits civilians is relevant (task definition 1.0)
    assert muc.relevant(_e("Attack", targets=[_ent("soldiers"), _ent("a bus")]))
    assert muc.relevant(_e("Attack", targets=[_ent("the mayor")]))


def test_an_attack_with_no_target_and_no_weapon_is_not_specific():
    assert not muc.relevant(_e("Attack", actors=[_ent("a subversive group")]))
    assert muc.relevant(_e("Attack", weapons=[_ent("dynamite")]))
    assert muc.relevant(_e("Remote explosive/landmine/IED"))


def test_one_template_per_type_unless_dates_differ():
    a = _e("Attack", targets=[_ent("the mayor")], date="1990-01-02")
    b = _e("Attack", targets=[_ent("his driver")], actors=[_ent("gunmen")])
    c = _e("Attack", targets=[_ent("a judge")], date="1990-01-05")
    out = muc.templates([a, b, c], ("date",))
    assert len(out) == 2
    assert [t["name"] for t in out[0]["targets"]] == ["the mayor", "his driver"]


def test_the_trained_step_loads_offline_and_is_deterministic():
    model = muc.load_model()
    events = [_e("Attack", targets=[_ent("the mayor")], actors=[_ent("guerrillas", "REB")],
                 date="1990-01-02"), _e("Armed clash", targets=[_ent("army patrol")])]
    once = muc.model_templates(events)
    assert once == muc.model_templates(events)
    if model is not None:
        assert set(model) >= {"template", "filler", "template_threshold", "filler_threshold"}
        p = muc._prob(model["template"], muc.event_features(events[0], 0, 2))
        assert 0.0 < p < 1.0


def test_an_attack_with_an_explosive_device_is_a_bombing():
    # MUC-4 BOMBING: the weapon decides, whatever word told the attack
    # ("guerrillas attacked the power station with dynamite sticks")
    assert muc.incident_type(_e("Attack", weapons=[_ent("dynamite sticks")])) == "bombing"
    assert muc.incident_type(_e("Attack", weapons=[_ent("an explosive charge")])) == "bombing"
    assert muc.incident_type(_e("Attack", weapons=[_ent("car bomb")])) == "bombing"
    # thrown or fired weapons leave an attack
    assert muc.incident_type(_e("Attack", weapons=[_ent("grenade")])) == "attack"
    assert muc.incident_type(_e("Attack", weapons=[_ent("machinegun fire")])) == "attack"
    assert muc.incident_type(_e("Attack", weapons=[_ent("charges")])) == "attack"
    # a kidnapping stays a kidnapping whatever weapon the kidnappers carried
    assert muc.incident_type(_e("Abduction/forced disappearance",
                                weapons=[_ent("bombs")])) == "kidnapping"
