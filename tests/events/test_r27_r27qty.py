"""Counts of round 27 (r27qty): a number in words restated in digits in brackets ("four (4)
soldiers", as many communiqués write counts) is one count, not two summed. Texts written for
these tests; `published` is Friday 2026-11-27."""

from datetime import date

import pytest

from wirecoder.events.numbers import digits_restated
from wirecoder.language import load_nlp

from .conftest import whole_pipeline


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 11, 27))


def _counts(run, text):
    return {(q.kind, q.value, q.qualifier) for e in run(text) for q in e.quantities}


# --- a number in words restated in digits in brackets is one count ------------------------

@pytest.mark.parametrize("text, count", [
    ("Gendarmes arrested five (5) suspects near Tera on Monday.", ("arrested", 5.0, "exact")),
    ("Jihadists killed twelve (12) civilians in the village of Seytenga on Wednesday.",
     ("killed", 12.0, "exact")),
    ("Fighters attacked a police post near Bama on Friday, killing seven (7) police officers.",
     ("killed", 7.0, "exact")),
    ("An air strike destroyed three (3) vehicles near Menaka on Friday, the army said.",
     ("destroyed", 3.0, "exact")),
    ("Eleven (11) jihadists were neutralised in an attack on the Kolo army post on Sunday.",
     ("killed", 11.0, "exact")),
])
def test_digits_in_brackets_restate_the_words(run, text, count):
    counts = _counts(run, text)
    assert count in counts
    assert not any(k == count[0] and v == 2 * count[1] for k, v, _ in counts)


def test_restated_count_names_what_it_counts(run):
    events = run("Gendarmes arrested three (3) smugglers near Agadez on Monday.")
    assert [(q.value, q.object) for e in events for q in e.quantities
            if q.kind == "arrested"] == [(3.0, "smugglers")]


@pytest.mark.parametrize("text, restated", [
    ("Gunmen killed twelve (12) people.", True),
    ("Gunmen killed twelve (14) people.", False),  # another figure, not the words again
    ("Gunmen killed 12 (12) people.", False),      # digits after digits: no words restated
])
def test_only_the_same_value_after_words_is_a_restatement(text, restated):
    doc = load_nlp()(text)
    assert any(digits_restated(t) for t in doc) is restated
