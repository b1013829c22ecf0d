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
    from wirecoder.evaluate.events import _qty_key

    more = {"kind": "arrested", "value": 30, "qualifier": "more_than"}
    assert _qty_key(more) == _qty_key({"kind": "arrested", "value": 31, "qualifier": "at_least"})
    tons = {"kind": "seized", "value": 30, "qualifier": "more_than"}
    assert _qty_key(tons) == ("seized", 30.0, "more_than")
