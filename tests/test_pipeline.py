"""The stage registry checks order once and runs stages in order."""

from __future__ import annotations

import pytest

from wirecoder.errors import ConfigError
from wirecoder.pipeline import STAGES, Pipeline, register_stage
from wirecoder.records import Document


class Upper:
    name = "upper"
    requires: tuple[str, ...] = ()
    assigns = ("doc",)

    def __init__(self, options=None):
        pass

    def __call__(self, analysis):
        analysis.doc = analysis.document.text.upper()


class NeedsAnchor:
    name = "needs_anchor"
    requires = ("anchor",)
    assigns = ("events",)

    def __init__(self, options=None):
        pass

    def __call__(self, analysis):  # pragma: no cover - never reached
        raise AssertionError


@pytest.fixture(autouse=True)
def _fake_stages():
    saved = dict(STAGES)
    register_stage("upper", f"{__name__}:Upper")
    register_stage("needs_anchor", f"{__name__}:NeedsAnchor")
    yield
    STAGES.clear()
    STAGES.update(saved)


def test_stages_run_in_order_and_fill_the_analysis():
    pipeline = Pipeline(["upper"])
    analysis = pipeline(Document(id="d1", text="car bomb in Kabul"))
    assert analysis.doc == "CAR BOMB IN KABUL"


def test_a_stage_whose_input_nobody_assigns_is_refused_at_start():
    with pytest.raises(ConfigError) as info:
        Pipeline(["upper", "needs_anchor"])
    assert "[W001]" in str(info.value) and "anchor" in str(info.value)


def test_unknown_stage_names_the_known_ones():
    with pytest.raises(ConfigError) as info:
        Pipeline(["upper", "sentiment"])
    assert "sentiment" in str(info.value) and "language" in str(info.value)


def test_run_many_in_two_processes_keeps_order():
    pipeline = Pipeline(["upper"])
    docs = [Document(id=f"d{i}", text=f"report {i}") for i in range(6)]
    out = list(pipeline.run_many(docs, workers=2))
    assert [a.document.id for a in out] == [d.id for d in docs]
    assert [a.doc for a in out] == [None] * 6  # heavy docs are not sent back from workers
