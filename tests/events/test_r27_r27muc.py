"""Round 27 (r27muc): the shipped MUC-4 span filler classifier, read on invented caseless
reports: the "by" agent of a passive attack verb is the perpetrator, the weapon "with" which
it was done is the instrument, and the victim is the target, each in the text's own words; and
the DEV loss table (`bench/events/muc_filler_losses.py`) counts a gold filler named below the
threshold as lost, and a passing longer form of a gold mention as a variant."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from wirecoder.events import muc
from wirecoder.events.muc_fillers import Candidate

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench" / "events"))


def _fillers(text: str) -> dict[str, set[str]]:
    from wirecoder.evaluate.events import _document, run_pipeline, text_mentions, to_gold_format

    analysis = run_pipeline(_document({"id": "t", "text": text, "published": "1990-03-12"}))
    events = [to_gold_format(e) for e in analysis.events]
    text_mentions(events, text)
    templates = muc.model_templates(events, text=text)
    assert templates, "no MUC template for an invented report of an attack"
    return {r: {e.get("text_mention") or e.get("name") for t in templates for e in t[r]}
            for r in ("actors", "targets", "weapons")}


def test_the_agent_of_a_passive_killing_is_the_perpetrator() -> None:
    text = ("trade unionist marta cienfuegos was shot dead by unidentified gunmen outside her "
            "home in the town of zacatecoluca, la paz department, on monday night, a human "
            "rights office reported today.")
    got = _fillers(text)
    assert "unidentified gunmen" in got["actors"]
    assert "marta cienfuegos" in got["targets"]
    assert all(f in text for fs in got.values() for f in fs)


_MURDER = ("prosecutor julio ocampo was murdered this morning in pereira by two men riding a "
           "motorcycle, who fired machineguns at his car as he waited at a traffic light, "
           "police said.")


def test_a_murder_by_two_men_with_machineguns_gives_perpetrator_and_weapon() -> None:
    got = _fillers(_MURDER)
    assert got["actors"] & {"two men", "men"}
    assert "machineguns" in got["weapons"]


@pytest.mark.xfail(strict=True, reason="known miss of the shipped span model (round 27): the "
                   "victim named by office and name before a passive verb is no target")
def test_a_murder_by_two_men_names_the_victim_as_target() -> None:
    assert _fillers(_MURDER)["targets"] & {"julio ocampo", "prosecutor julio ocampo"}


def _doc(text: str, spans: list[tuple[str, str]], probs: list[float], labels: list[int]) -> dict:
    cands = []
    for words, form in spans:
        start = text.index(words)
        cands.append(Candidate(start, start + len(words), words, form, 0))
    return {"chosen": [{"trigger": [0, 5]}], "cands": cands, "text": text,
            "probs": np.array([[p, 0.0, 0.0] for p in probs]),
            "labels": [[y, 0, 0] for y in labels], "feats": [["bias"]] * len(cands),
            "gold": [{"actors": [{"name": "guerrillas", "aliases": []},
                                 {"name": "army", "aliases": []}]}]}


def test_the_loss_table_counts_lost_gold_fillers_and_wrong_forms(capsys) -> None:
    from muc_filler_losses import role_losses

    text = "eln guerrillas attacked the post; the army said."
    d = _doc(text, [("eln guerrillas", "chunk"), ("guerrillas", "head"), ("army", "head")],
             [0.9, 0.3, 0.1], [0, 1, 1])
    role_losses([d], 0, "actors", 0.4)
    out = capsys.readouterr().out
    # both gold actors are named by a candidate, neither passes; the passing longer form of
    # "guerrillas" is a wrong variant, not a wrong entity
    assert "gold entities 2, named by a candidate 2 (1.00), passing 0 (0.00)" in out
    assert "another form of a gold mention 1, other 0" in out
