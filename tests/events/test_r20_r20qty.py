"""Round 20 (r20qty) fixes in quantities. Sentences written for these tests (places and
names not taken from the dev articles)."""

from .conftest import of_type, pipeline_events


def _counts(text: str, published: str = "2026-03-04") -> list[tuple[str, float, str]]:
    return [(q.kind, q.value, q.qualifier) for e in of_type(pipeline_events(text, published),
                                                            "ASSAULT") for q in e.quantities]


# ------------- one civilian or one member of the state's forces killed: one, exactly
def test_one_civilian_or_soldier_killed_without_a_numeral_is_exactly_one():
    for text in (
            "TAMALE, Ghana, May 6 (Reuters) - Soldiers fired on a crowd in Tamale on Tuesday, "
            "killing a farmer, witnesses said.",
            "GULU, Uganda, May 6 - A landmine killed a policeman near Gulu on Friday, the "
            "district commissioner said.",
            "KIDAL, Mali, May 6 - Gunmen ambushed a patrol near Kidal on Monday and killed a "
            "soldier, the army said."):
        assert ("killed", 1.0, "exact") in _counts(text), (text, _counts(text))


def test_one_insurgent_or_leader_killed_by_an_operation_stays_at_least_one():
    text = ("KANDAHAR, May 6 - Afghan and coalition forces killed a Taliban leader during an "
            "operation in Maiwand district on Monday, the coalition said.")
    assert ("killed", 1.0, "at_least") in _counts(text), _counts(text)
