import json
from pathlib import Path

import jsonschema
import pytest

from wirecoder.evaluate.events import align, score
from wirecoder.evaluate.snippets import label_metrics

from .conftest import analyse

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "src" / "wirecoder" / "schema" / "event.schema.json"
SEED = ROOT / "examples" / "article.txt"
SHARED_SEED = ROOT.parent / "shared" / "seed" / "article.txt"


def _validator():
    return jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_events_of_a_hand_parsed_text_validate():
    a = analyse("The US Central Command announced on Sunday that American forces destroyed over "
                "15 weapon hideouts. Police arrested 12 protesters in Lagos, officials said.")
    assert a.events
    v = _validator()
    for e in a.events:
        v.validate(e.to_json())


@pytest.mark.slow
def test_seed_events_validate_and_evidence_matches():
    path = SEED if SEED.exists() else SHARED_SEED
    if not path.exists():
        pytest.skip("seed article not available")
    from wirecoder.evaluate.events import run_pipeline
    from wirecoder.records import Document

    text = path.read_text(encoding="utf-8")
    analysis = run_pipeline(Document(id=Document.make_id(text), text=text))
    v = _validator()
    assert len(analysis.events) >= 6
    for e in analysis.events:
        v.validate(e.to_json())
        assert e.summary.endswith(".")
        for s in e.evidence:
            assert s.text == text[s.start:s.end]


def _ev(t, **kw):
    base = {"plover_type": t, "actors": [], "targets": [], "weapons": [], "quantities": [],
            "location": None, "date": None, "modality": "asserted"}
    base.update(kw)
    return base


def test_alignment_needs_compatible_type_and_core_counts_for_recall():
    gold = [_ev("ASSAULT"), _ev("COERCE", plover_type_alt=["ASSAULT"]),
            _ev("CONSULT", core=False)]
    pred = [_ev("ASSAULT"), _ev("ASSAULT"), _ev("CONSULT"), _ev("AID"),
            _ev("ASSAULT", modality="hypothetical")]
    assert len(align([p for p in pred if p["modality"] == "asserted"], gold)) == 3
    m = score([pred], [gold], scoped=False)["events"]
    assert (m["tp"], m["fp"], m["fn"]) == (2, 1, 0)  # CONSULT hits a core:false event
    scoped = score([pred], [gold])
    assert scoped["events"]["fp"] == 0 and scoped["out_of_scope"] == 1  # AID: not annotated


def test_role_fillers_match_name_or_alias_ignoring_case_and_articles():
    gold = [_ev("ASSAULT", actors=[{"name": "FMLN", "aliases": ["the guerrillas"]}],
                weapons=[{"name": "dynamite", "aliases": []}])]
    pred = [_ev("ASSAULT", actors=[{"name": "Guerrillas", "aliases": []}],
                weapons=[{"name": "rifles", "aliases": []}])]
    rf = score([pred], [gold])["role_filler"]
    assert rf["actors"]["f1"] == 1.0 and rf["weapons"]["f1"] == 0.0


def test_label_metrics():
    m = label_metrics(["A", "A", "B", "null"], ["A", "B", "B", "null"])
    assert m["accuracy"] == 0.75
    assert m["confusion"]["A"] == {"A": 1, "B": 1}
    assert 0 < m["macro_f1"] <= 1 and 0 < m["weighted_f1"] <= 1


def test_more_than_a_count_of_people_is_at_least_the_next_whole_number():
    from wirecoder.evaluate.event_fields import _qty_key

    more = {"kind": "arrested", "value": 30, "qualifier": "more_than"}
    assert _qty_key(more) == _qty_key({"kind": "arrested", "value": 31, "qualifier": "at_least"})
    tons = {"kind": "seized", "value": 30, "qualifier": "more_than"}
    assert _qty_key(tons) == ("seized", 30.0, "more_than")


# ---------------------------------------------------------------- GTT role-filler F1
def _muc(kind, **kw):
    acled = {"attack": "Attack", "bombing": "Remote explosive/landmine/IED",
             "kidnapping": "Abduction/forced disappearance"}[kind]
    return _ev("ASSAULT", acled_sub_event_type=acled, **kw)


def _gold(kind, **kw):
    return _muc(kind, original_type=kind, **kw)


def _ent(name, *aliases):
    return {"name": name, "aliases": list(aliases)}


def test_gtt_normalisation_drops_punctuation_and_articles_anywhere():
    from wirecoder.evaluate.events import gtt_norm

    assert gtt_norm("The F.M.L.N.") == "fmln"
    assert gtt_norm("members of the  Red Brigade,") == "members of red brigade"


def test_gtt_a_filler_matching_any_mention_is_right_and_duplicates_are_not_penalised():
    gold = [_gold("attack", actors=[_ent("the rebels", "urban commandos")],
                  targets=[_ent("the mayor"), _ent("his driver")])]
    pred = [_muc("attack", actors=[_ent("Urban commandos"), _ent("rebels")],
                 targets=[_ent("the mayor")])]
    rf = score([pred], [gold])["role_filler"]
    # both predicted actors name the one gold entity: 2/2 right, 1/1 found (GTT: no 1-to-1)
    assert rf["actors"]["precision"] == 1.0 and rf["actors"]["recall"] == 1.0
    assert rf["targets"]["precision"] == 1.0 and rf["targets"]["recall"] == 0.5
    # micro over incident type (1/1) + actors (2/2, 1/1) + targets (1/1, 1/2)
    assert rf["precision"] == 1.0 and rf["recall"] == 3 / 4
    strict = score([pred], [gold])["role_filler_strict"]
    assert strict["actors"]["precision"] == 0.5  # the old one-to-one count


def test_gtt_templates_map_only_within_the_incident_type():
    gold = [_gold("bombing", targets=[_ent("the embassy")])]
    pred = [_muc("attack", targets=[_ent("the embassy")])]
    rf = score([pred], [gold])["role_filler"]
    assert rf["f1"] == 0.0  # an attack is not the bombing: its fillers are all spurious
    pred = [_muc("bombing", targets=[_ent("the embassy")])]
    assert score([pred], [gold])["role_filler"]["f1"] == 1.0
    both = [_muc("attack", original_type="attack / bombing")]
    assert score([[_muc("bombing")]], [both])["role_filler"]["f1"] == 1.0


def test_gtt_mapping_maximises_the_documents_f1_and_spurious_templates_count():
    gold = [_gold("attack", targets=[_ent("the mayor")]),
            _gold("attack", targets=[_ent("a judge")])]
    pred = [_muc("attack", targets=[_ent("judge")]), _muc("attack", targets=[_ent("mayor")]),
            _muc("attack", targets=[_ent("a priest")])]
    rf = score([pred], [gold])["role_filler"]
    # best mapping pairs judge-judge and mayor-mayor; the third template is spurious
    assert rf["recall"] == 1.0 and rf["precision"] == 4 / 6
    none = score([[_muc("kidnapping", targets=[_ent("a nun")])]], [[]])["role_filler"]
    assert none["precision"] == 0.0 and none["incident_type"]["precision"] == 0.0


def test_gtt_arrests_are_no_muc_templates_but_still_count_elsewhere():
    gold = [_gold("attack", targets=[_ent("the mayor")])]
    arrest = _ev("COERCE", plover_mode="arrest", acled_sub_event_type="Arrests",
                 targets=[_ent("two suspects")])
    attack = _muc("attack", targets=[_ent("mayor")])
    assert score([[attack, arrest]], [gold])["role_filler"]["f1"] == 1.0
    isaf = [_ev("COERCE", targets=[_ent("two suspects")])]  # no MUC incident types here
    assert score([[arrest]], [isaf])["role_filler"]["f1"] == 1.0


def test_gtt_other_sets_original_types_are_not_muc_types():
    gold = [_ev("ASSAULT", original_type="insurgentskilled", targets=[_ent("Taliban")])]
    pred = [_ev("ASSAULT", acled_sub_event_type="Armed clash", targets=[_ent("Taliban")])]
    assert score([pred], [gold])["role_filler"]["f1"] == 1.0
