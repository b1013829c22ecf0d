"""The MUC-4 span filler step: candidates in the forms keys write, features that tell roles
apart, and how read fillers join the document's templates."""

from __future__ import annotations

import numpy as np
import pytest

from wirecoder.events import muc_fillers
from wirecoder.events.muc_fillers import Candidate, add_fillers, candidates, document_examples
from wirecoder.language import parse

TEXT = ("Urban guerrillas of the People's Revolutionary Army set off two powerful bombs at the "
        "offices of the electricity company in Santa Rosa on Monday. Later, the police found "
        "the bodies of three farmers near the road.")


@pytest.fixture(scope="module")
def parsed():
    return parse(TEXT)


def _texts(cands: list[Candidate]) -> set[str]:
    return {c.text for c in cands}


def test_candidates_come_in_the_forms_keys_write(parsed) -> None:
    texts = _texts(candidates(parsed, TEXT))
    # the phrase without its determiner and adjectives, and its head alone
    assert "two powerful bombs" in texts
    assert "bombs" in texts
    # the phrase with its "of" complement
    assert "offices of the electricity company" in texts
    assert "bodies of three farmers" in texts or "the bodies of three farmers" in texts
    # no candidate starts with a determiner (GTT keys drop it) and none is a pronoun
    assert not any(t.lower().startswith(("the ", "a ", "an ")) for t in texts)


def test_candidate_offsets_point_at_their_text(parsed) -> None:
    for c in candidates(parsed, TEXT):
        assert TEXT[c.start:c.end] == c.text


def test_features_tell_how_a_phrase_hangs_in_its_clause(parsed) -> None:
    cands, feats = document_examples(TEXT, [], [], parsed)
    by_text = {c.text: f for c, f in zip(cands, feats)}
    bombs = by_text["bombs"]
    assert "hl=bomb" in bombs and "verb=set" in bombs
    offices = by_text["offices of the electricity company"]
    assert any(f.startswith("prep=at") for f in offices)


def test_events_say_which_role_a_phrase_already_has(parsed) -> None:
    events = [{"plover_type": "ASSAULT", "acled_sub_event_type": "Attack",
               "actors": [{"name": "Urban guerrillas"}], "targets": [],
               "weapons": [{"name": "bombs"}]}]
    cands, feats = document_examples(TEXT, events, [], parsed)
    by_text = {c.text: f for c, f in zip(cands, feats)}
    assert "pipe:actors" in by_text["Urban guerrillas"]
    assert "pipe:weapons" not in by_text["Urban guerrillas"]
    assert "pipe:weapons" in by_text["bombs"]


def _template(trigger: int, **roles) -> dict:
    return {"plover_type": "ASSAULT", "trigger": [trigger, trigger + 5],
            **{r: roles.get(r, []) for r in ("actors", "targets", "weapons")}}


def test_a_read_filler_joins_the_template_told_nearest_to_it() -> None:
    text = "x" * 200
    first, second = _template(0), _template(100)
    cands = [Candidate(40, 45, "alpha", "chunk", 0), Candidate(150, 155, "omega", "chunk", 0),
             Candidate(90, 94, "beta", "chunk", 0)]
    probs = np.array([[0.0, 0.9, 0.0], [0.0, 0.9, 0.0], [0.0, 0.9, 0.0]])
    out = add_fillers([first, second], cands, probs, dict.fromkeys(muc_fillers.ROLES, 0.5), text)
    assert [e["name"] for e in out[0]["targets"]] == ["alpha"]
    # "beta" is told just before the second incident ("the mayor, who was killed in ...")
    assert [e["name"] for e in out[1]["targets"]] == ["omega", "beta"]
    # the inputs are left as they were
    assert first["targets"] == [] and second["targets"] == []


def test_a_filler_below_its_threshold_or_already_there_is_not_added() -> None:
    text = "x" * 100
    t = _template(0, actors=[{"name": "The guerrillas", "text_mention": "the guerrillas"}])
    cands = [Candidate(10, 19, "guerrillas", "bare", 0), Candidate(30, 35, "beta", "chunk", 0)]
    probs = np.array([[0.95, 0.0, 0.0], [0.4, 0.0, 0.0]])
    out = add_fillers([t], cands, probs, dict.fromkeys(muc_fillers.ROLES, 0.5), text)
    assert [e["name"] for e in out[0]["actors"]] == ["The guerrillas"]


def test_no_templates_no_fillers() -> None:
    cands = [Candidate(0, 5, "alpha", "chunk", 0)]
    out = add_fillers([], cands, np.array([[0.9, 0.9, 0.9]]),
                      dict.fromkeys(muc_fillers.ROLES, 0.5), "alpha")
    assert out == []


def test_probabilities_follow_the_weights() -> None:
    model = {"index": {"bias": 0, "hl=bomb": 1},
             "weights": np.array([[-2.0, 0.0], [-2.0, 0.0], [-2.0, 4.0]])}
    p = muc_fillers.probabilities([["bias", "hl=bomb", "unseen"], ["bias"]], model)
    assert p[0, 2] > 0.8 and p[1, 2] < 0.2
    assert p[0, 0] == pytest.approx(p[1, 0])


def test_a_noun_modifying_an_event_noun_is_a_candidate() -> None:
    text = "A car bomb explosion damaged the embassy."
    texts = _texts(candidates(parse(text), text))
    assert "car bomb" in texts


@pytest.mark.skipif(muc_fillers.load_model() is None, reason="no trained span model installed")
def test_the_shipped_model_reads_a_caseless_reports_fillers_in_its_own_words() -> None:
    from wirecoder.evaluate.events import _document, run_pipeline, text_mentions, to_gold_format
    from wirecoder.events.muc import model_templates

    text = ("urban guerrillas of the fmln blew up the house of mayor jose ramirez with dynamite "
            "in san miguel yesterday. the police said two children were wounded in the "
            "explosion.")
    analysis = run_pipeline(_document({"id": "t", "text": text, "published": "1990-01-03"}))
    events = [to_gold_format(e) for e in analysis.events]
    text_mentions(events, text)
    templates = model_templates(events, text=text)
    assert len(templates) == 1
    fillers = {r: [e["text_mention"] for e in templates[0][r]]
               for r in ("actors", "targets", "weapons")}
    assert "dynamite" in fillers["weapons"]
    assert "urban guerrillas" in fillers["actors"]
    assert any("jose ramirez" in t for t in fillers["targets"])
    # every filler is the text's own words
    assert all(f in text for fs in fillers.values() for f in fs)


def test_a_template_without_trigger_is_placed_by_its_named_fillers() -> None:
    text = "x" * 60 + " the mayor " + "y" * 130 + " the bank"
    first = {"plover_type": "ASSAULT", "actors": [], "targets": [{"name": "the mayor"}],
             "weapons": []}
    second = {"plover_type": "ASSAULT", "actors": [{"name": ""}],
              "targets": [{"name": "the bank"}], "weapons": []}
    cands = [Candidate(190, 195, "alpha", "chunk", 0)]
    out = add_fillers([first, second], cands, np.array([[0.0, 0.9, 0.0]]),
                      dict.fromkeys(muc_fillers.ROLES, 0.5), text)
    # a filler without a name places nothing: the second incident is told at "the bank",
    # nearest to "alpha", not at the start of the text
    assert [e["name"] for e in out[1]["targets"]] == ["the bank", "alpha"]
    assert [e["name"] for e in out[0]["targets"]] == ["the mayor"]


def test_overlapping_phrases_give_one_filler_the_most_probable() -> None:
    # "the Salvadoran Army", "Salvadoran Army" and "Army" are one phrase: a key lists it once
    text = "Troops of the Salvadoran Army fired on the bus."
    t = _template(36)
    cands = [Candidate(14, 29, "Salvadoran Army", "bare", 0), Candidate(25, 29, "Army", "head", 0),
             Candidate(0, 6, "Troops", "head", 0)]
    probs = np.array([[0.7, 0.0, 0.0], [0.8, 0.0, 0.0], [0.6, 0.0, 0.0]])
    out = add_fillers([t], cands, probs, dict.fromkeys(muc_fillers.ROLES, 0.5), text)
    assert sorted(e["name"] for e in out[0]["actors"]) == ["Army", "Troops"]


def test_names_of_one_entity_are_one_key() -> None:
    text = ("Rebels of the National Liberation Union (NLU) burned a bus. The NLU denied it. "
            "The army blamed Commander Ramos.")
    names = ["National Liberation Union", "NLU", "NLU", "army", "Commander Ramos", "Ramos"]
    cands, at = [], 0
    for n in names:
        s = text.index(n, at)
        cands.append(Candidate(s, s + len(n), n, "name", 0))
        at = s + 1
    events = [{"actors": [{"name": "Commander Ramos", "aliases": ["Ramos", "he"]}]}]
    keys = muc_fillers.entity_keys(cands, events, text)
    # a phrase and the parenthesised one right after it, and the same words again
    assert keys[0] == keys[1] == keys[2]
    # a name and the alias the pipeline linked to it; a pronoun alias links nothing
    assert keys[4] == keys[5]
    assert len({keys[0], keys[3], keys[4]}) == 3
    assert "he" not in keys


def test_a_template_keeps_one_name_per_entity() -> None:
    text = "Rebels of the National Liberation Union (NLU) burned a bus near the army post."
    t = _template(46)
    cands = [Candidate(14, 39, "National Liberation Union", "name", 0),
             Candidate(41, 44, "NLU", "name", 0), Candidate(68, 77, "army post", "bare", 0)]
    probs = np.array([[0.6, 0.0, 0.0], [0.9, 0.0, 0.0], [0.0, 0.7, 0.0]])
    keys = muc_fillers.entity_keys(cands, [], text)
    out = add_fillers([t], cands, probs, dict.fromkeys(muc_fillers.ROLES, 0.5), text, keys=keys)
    assert [e["name"] for e in out[0]["actors"]] == ["NLU"]
    assert [e["name"] for e in out[0]["targets"]] == ["army post"]
    assert all("_entity" not in e for r in muc_fillers.ROLES for e in out[0][r])
    # without keys both names stay
    out = add_fillers([t], cands, probs, dict.fromkeys(muc_fillers.ROLES, 0.5), text)
    assert len(out[0]["actors"]) == 2
