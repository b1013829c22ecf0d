"""MUC-4 template output (events/muc.py), round 4: filler strings and further mentions of an
incident, on event records written for these tests."""

import pytest

from wirecoder.events import muc


def _e(acled="Attack", targets=(), actors=(), weapons=(), date=None):
    return {"plover_type": "ASSAULT", "plover_mode": None, "acled_sub_event_type": acled,
            "actors": [_ent(a) for a in actors], "targets": [_ent(t) for t in targets],
            "weapons": [_ent(w) for w in weapons], "date": {"start": date, "end": date},
            "location": None, "quantities": [], "confidence": 0.7, "modality": "asserted"}


def _ent(name):
    return {"name": name, "aliases": [], "sector": None}


def test_a_filler_takes_the_most_complete_form_the_document_gives_it():
    # "the people's liberation commandos ... the commandos" -> the key gives the full name
    events = [_e(actors=["People's Liberation Commandos"], targets=["the mayor"]),
              _e(actors=["commandos"], targets=["his bodyguard"])]
    forms = muc.longest_forms(events)
    assert forms[("commandos",)] == "People's Liberation Commandos"
    # a word inside a longer name is no short form of it ("liberation" is not the group)
    assert ("liberation",) not in forms


def test_two_different_longer_forms_leave_the_short_one():
    events = [_e(actors=["urban guerrillas"]), _e(actors=["rural guerrillas"]),
              _e(actors=["guerrillas"])]
    assert ("guerrillas",) not in muc.longest_forms(events)


def test_a_title_before_a_victims_name_is_left_out():
    # MUC-4 keys name a human target without the title or descriptor before the name
    events = [_e(targets=["Teresa Alvarado"]),
              _e(targets=["labour minister teresa alvarado"])]
    names = muc.proper_names(events)
    assert muc.bare_name(("labour", "minister", "teresa", "alvarado"), names) == (
        "teresa", "alvarado")
    # a thing owned by a person stays the thing ("the house of judge Teresa Alvarado")
    assert muc.bare_name(("house", "of", "judge", "teresa", "alvarado"), names) is None
    t = [dict(events[1])]
    muc.complete_names(t, events)
    assert t[0]["targets"][0]["text_mention"] == "teresa alvarado"


def test_a_perpetrator_takes_the_most_complete_description():
    # "a group of heavily armed men kidnapped the judge ... the armed men fled"
    events = [_e("Abduction/forced disappearance", actors=["group of heavily armed men"],
                 targets=["the judge"]),
              _e(actors=["armed men"], targets=["his escort"])]
    t = [dict(events[1])]
    muc.complete_names(t, events)
    assert t[0]["actors"][0]["text_mention"] == "group of heavily armed men"
    # targets are not lengthened ("his escort" stays, whatever else the document says)
    assert t[0]["targets"][0]["name"] == "his escort"
    assert "text_mention" not in t[0]["targets"][0]


def test_the_later_mentions_of_an_event_are_a_template_feature():
    first = _e(targets=["the mayor"], actors=["gunmen"])
    again = _e(targets=["the mayor"])
    other = _e("Abduction/forced disappearance", targets=["a priest"])
    f = muc.event_features(first, 0, 3, [], [again, other])
    assert f["shares_participant_later"] == 1.0 and f["same_type_later"] == 1.0
    f = muc.event_features(other, 2, 3, [first, again], [])
    assert f["shares_participant_later"] == 0.0 and f["same_type_later"] == 0.0
    # without the later events (older callers) the features are absent, not zero
    assert "same_type_later" not in muc.event_features(first, 0, 3)


def test_thresholds_can_be_tried_on_one_scoring_of_a_document():
    model = muc.load_model()
    if model is None:
        pytest.skip("no trained MUC model (bench/events/train_muc.py)")
    events = [_e(targets=["the mayor"], actors=["gunmen"], weapons=["pistol"]),
              _e("Armed clash", targets=["army patrol"])]
    doc = muc.score_document(events, model)
    for tt in (0.0, 0.5, 1.01):
        m = dict(model, template_threshold=tt)
        assert muc.choose_templates(doc, m) == muc.model_templates(events, m)
    assert muc.choose_templates(doc, dict(model, template_threshold=1.01)) == []


def test_a_mapped_candidates_fillers_are_labelled_by_its_own_gold_template():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "bench" / "events" / "train_muc.py"
    spec = importlib.util.spec_from_file_location("train_muc_for_test", path)
    train_muc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train_muc)

    def gold(kind, actor, target):
        return {"original_type": kind, "actors": [{"name": actor, "aliases": []}],
                "targets": [{"name": target, "aliases": []}], "weapons": []}

    # a report of two incidents: the FPL kidnapped a judge, the ELN bombed a pipeline;
    # the kidnapping event names both groups
    kidnap = _e("Abduction/forced disappearance", actors=["FPL", "ELN"], targets=["judge"])
    bombing = _e("Remote explosive/landmine/IED", actors=["ELN"], targets=["pipeline"])
    golds = [gold("kidnapping", "fpl", "judge"), gold("bombing", "eln", "pipeline")]
    _, ty, fx, fy = train_muc.examples([[kidnap, bombing]], [golds])
    assert ty == [1, 1]
    own_actors = [y for x, y in zip(fx, fy) if x.get("role=actors") and x["own"]]
    # the ELN is a perpetrator of the document, but not of the kidnapping
    assert own_actors == [1, 0, 1]


def test_property_destroyed_is_arson_only_when_set_on_fire():
    # MUC-4 ARSON is an attack by fire: "they set the town hall on fire" (PLOVER mode arson);
    # "they destroyed the town hall" by other means is an attack
    burned = _e("Looting/property destruction", targets=["town hall"])
    burned["plover_mode"] = "arson"
    wrecked = _e("Looting/property destruction", targets=["town hall"])
    assert muc.incident_type(burned) == "arson"
    assert muc.incident_type(wrecked) == "attack"
    # an explosive still makes it a bombing
    blown = _e("Looting/property destruction", targets=["town hall"], weapons=["dynamite"])
    assert muc.incident_type(blown) == "bombing"


def test_the_span_trainers_parse_cache_is_not_reused_for_other_documents(tmp_path, capsys):
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "bench" / "events" / "train_muc_fillers.py"
    spec = importlib.util.spec_from_file_location("train_muc_fillers_for_test", path)
    trainer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trainer)
    cache = str(tmp_path / "parses.spacy")
    first = [{"text": "guerrillas bombed a power pylon."}]
    trainer.parses(first, cache)
    # the same documents come back from the cache; other documents are parsed afresh
    capsys.readouterr()
    assert [d.text.lower() for d in trainer.parses(first, cache)] == [first[0]["text"]]
    assert "parsing again" not in capsys.readouterr().out
    other = [{"text": "the army freed two hostages."}, {"text": "a judge was shot."}]
    assert [d.text.lower() for d in trainer.parses(other, cache)] == [d["text"] for d in other]
    assert "parsing again" in capsys.readouterr().out
