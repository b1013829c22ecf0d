"""Round 26 (r26muc): the shipped MUC-4 models (template classifier, span filler classifier and
the word-piece tagger) load offline and turn an invented MUC-style report into templates with
the text's own words as fillers, and keep none for a report of no incident."""

from __future__ import annotations

from wirecoder.events import muc, muc_fillers


def test_the_shipped_models_load() -> None:
    # they ship in the package: a missing or unreadable file fails here instead of skipping
    assert muc.load_model() is not None
    assert muc_fillers.load_model() is not None


def _templates(text: str) -> list[dict]:
    from wirecoder.evaluate.events import _document, run_pipeline, text_mentions, to_gold_format

    analysis = run_pipeline(_document({"id": "t", "text": text, "published": "1990-03-12"}))
    events = [to_gold_format(e) for e in analysis.events]
    text_mentions(events, text)
    return muc.model_templates(events, text=text)


def test_an_invented_caseless_attack_report_gives_an_attack_template() -> None:
    text = ("heavily armed men believed to be members of the farabundo marti national liberation "
            "front attacked the home of mayor carlos mendez in the town of berlin, usulutan "
            "department, with rifles and grenades last night. the mayor and two of his "
            "bodyguards were killed, a military spokesman said.")
    templates = _templates(text)
    assert templates, "no template for a report of a guerrilla attack on a mayor"
    kinds = {muc.incident_type(t) for t in templates}
    assert kinds & {"attack", "bombing"}
    fillers = {r: [e.get("text_mention") or e.get("name") for t in templates for e in t[r]]
               for r in ("actors", "targets", "weapons")}
    assert any("mendez" in f or "mayor" in f or "bodyguards" in f for f in fillers["targets"])
    assert any(f in ("rifles", "grenades") for f in fillers["weapons"])
    # every filler is written in the text's own words
    assert all(f in text for fs in fillers.values() for f in fs)


def test_an_invented_report_of_no_incident_gives_no_template() -> None:
    text = ("the minister of agriculture opened the national coffee fair in san salvador today. "
            "he said exports rose by 12 percent last year and that growers expect better prices "
            "in the coming season.")
    assert _templates(text) == []
