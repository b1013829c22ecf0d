"""The MUC-4 word-piece tagger: windows over long documents, the span features it gives the
span classifier, and (with the shipped model) what it reads in a caseless report."""

from __future__ import annotations

import numpy as np
import pytest

from wirecoder.events import muc_fillers, muc_tagger
from wirecoder.events.muc_tagger import span_features, windows


def test_windows_cover_every_piece_and_overlap() -> None:
    for n in (0, 1, 254, 255, 600, 1746):
        ws = windows(n)
        assert ws[0][0] == 0 and ws[-1][1] == n
        assert all(e - s <= muc_tagger.WINDOW for s, e in ws)
        # each window starts before the previous one ends: no piece is read without context
        assert all(s2 < e1 for (_, e1), (s2, _) in zip(ws, ws[1:]))


def test_span_features_read_the_pieces_inside_the_span() -> None:
    # "the fmln attacked": pieces "the" 0-3, "fm" 4-6, "##ln" 6-8, "attacked" 9-17
    offsets = np.array([[0, 3], [4, 6], [6, 8], [9, 17]])
    probs = np.array([[0.1, 0.0, 0.0], [0.95, 0.0, 0.0], [0.65, 0.0, 0.0], [0.02, 0.3, 0.0]])
    f = set(span_features(4, 8, offsets, probs))
    assert {"tgamax>=0.9", "tgamean>=0.8", "tgamin>=0.6"} <= f
    assert "tgamin>=0.7" not in f and "tgamax>=0.05" in f
    # the pieces around it: "the" before (0.1), "attacked" after (0.02)
    assert "tgaout>=0.1" in f and "tgaout>=0.2" not in f
    # nothing of the target role inside the span, but the next word's 0.3 is seen around it
    assert not any(x.startswith(("tgtmax", "tgtmean", "tgtmin")) for x in f)
    assert "tgtout>=0.3" in f
    # a span between pieces (whitespace) has no tagger evidence, and says so
    assert span_features(3, 4, offsets, probs) == ["tg=none"]


def test_a_six_way_model_also_tells_where_a_phrase_starts() -> None:
    # "guerrillas of the fmln": "guerrillas" 0-10, "of" 11-13, "the" 14-17, "fm" 18-20, "##ln" 20-22
    offsets = np.array([[0, 10], [11, 13], [14, 17], [18, 20], [20, 22]])
    inside = [[0.9, 0, 0], [0.6, 0, 0], [0.5, 0, 0], [0.9, 0, 0], [0.9, 0, 0]]
    first = [[0.8, 0, 0], [0.0, 0, 0], [0.1, 0, 0], [0.7, 0, 0], [0.0, 0, 0]]
    probs = np.hstack([np.array(inside), np.array(first)])
    whole = set(span_features(0, 22, offsets, probs))
    fmln = set(span_features(18, 22, offsets, probs))
    # both start where a phrase starts ...
    assert "tgafirst>=0.7" in whole and "tgafirst>=0.7" in fmln
    # ... but the long one runs into a second phrase ("fmln" starts inside it), the short not
    assert "tgalater>=0.7" in whole and "tgalater>=0.05" not in fmln
    # a three-way model gives neither feature
    assert not any("first" in x or "later" in x for x in span_features(0, 22, offsets,
                                                                          probs[:, :3]))


def test_a_model_with_tagger_features_still_reads_without_the_tagger(monkeypatch) -> None:
    from wirecoder.language import parse

    text = "Guerrillas of the FMLN bombed the power station in San Miguel."
    model = {"index": {"bias": 0, "tgamax>=0.5": 1}, "weights": np.array(
        [[-1.0, 3.0], [-1.0, 0.0], [-1.0, 0.0]]), "thresholds": dict.fromkeys(
        muc_fillers.ROLES, 0.5), "keep": True, "tagger": True}
    monkeypatch.setattr(muc_fillers, "default_tagger", lambda: None)
    template = {"plover_type": "ASSAULT", "trigger": [23, 29], "actors": [], "targets": [],
                "weapons": []}
    out = muc_fillers.span_templates([template], [], text, model, parse(text))
    # no tagger: no candidate reaches the threshold, the template stays as it was
    assert out[0]["actors"] == []


@pytest.mark.skipif(muc_tagger.default_tagger() is None, reason="no tagger model installed")
def test_the_shipped_tagger_tells_perpetrator_target_and_weapon_apart() -> None:
    text = ("urban guerrillas of the farabundo marti national liberation front blew up the "
            "house of mayor jose ramirez with dynamite in san miguel yesterday. the police said "
            "two children were wounded in the explosion.")
    offsets, probs = muc_tagger.default_tagger().tag(text)
    assert probs.shape in ((len(offsets), 3), (len(offsets), 6))
    probs = probs[:, :3]  # inside a phrase of each role

    def role_of(phrase: str) -> int:
        s = text.index(phrase)
        inside = (offsets[:, 0] >= s) & (offsets[:, 1] <= s + len(phrase))
        return int(np.argmax(probs[inside].max(axis=0)))

    assert role_of("farabundo marti national liberation front") == 0
    assert role_of("mayor jose ramirez") == 1
    assert role_of("dynamite") == 2
    # a date and a place are no filler of any role
    s = text.index("yesterday")
    inside = (offsets[:, 0] >= s) & (offsets[:, 1] <= s + len("yesterday"))
    assert probs[inside].max() < 0.3
