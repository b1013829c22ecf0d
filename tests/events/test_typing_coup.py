"""A coup (a seizure of power by force) is a coercion, PLOVER COERCE, that ACLED codes among
strategic developments as "Other"; a ruler removed by a vote is none of ours."""

import pytest


def _coups(events):
    return [e for e in events if e.type.plover == "COERCE"
            and e.type.acled_sub_event_type == "Other"]


@pytest.mark.parametrize("text", [
    "Army officers seized power in Conakry on Sunday.",
    "Mutinous soldiers overthrew President Tamba Jawara early on Friday.",
    "Rebel officers staged a coup in the capital overnight.",
    "The presidential guard ousted the civilian government on Monday.",
])
def test_a_seizure_of_power_is_a_coup(events_of, text):
    coups = _coups(events_of(text))
    assert len(coups) == 1 and coups[0].actors
    assert coups[0].type.cameo == "170"


def test_power_is_no_target(events_of):
    coups = _coups(events_of("Army officers seized power in Conakry on Sunday."))
    assert not coups[0].targets


def test_the_president_detained_is_an_arrest_of_its_own(events_of):
    evs = events_of("Soldiers seized power in Bangui and detained the president at his home.")
    assert len(_coups(evs)) == 1
    assert [e.type.acled_sub_event_type for e in evs if e.type.plover == "COERCE"
            and e.type.plover_mode == "arrest"] == ["Arrests"]


@pytest.mark.parametrize("text", [
    "Lawmakers ousted the prime minister in a no-confidence vote on Tuesday.",
    "Voters toppled the ruling party in Sunday's election.",
    "Protesters toppled a statue of the former dictator.",
])
def test_a_vote_or_a_statue_is_no_coup(events_of, text):
    assert not _coups(events_of(text))


def test_staged_is_read_as_stage(events_of):
    # spaCy's lemmatizer reads "staged" as "stag": the light verb still names who acted
    evs = events_of("Gunmen staged an attack on a police post in Kidal on Friday.")
    assert [p.name for p in evs[0].actors] == ["Gunmen"]


def test_a_sit_in_split_by_the_tokenizer_is_a_protest(events_of):
    evs = events_of("Hundreds of nurses staged a sit-in outside the health ministry on Monday.")
    assert [e.type.plover for e in evs] == ["PROTEST"]
