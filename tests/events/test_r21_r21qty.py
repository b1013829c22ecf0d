"""Round 21 (r21qty) fixes in quantities. Sentences written for these tests (places and
names not taken from the dev articles)."""

from .conftest import pipeline_events


def _counts(text: str, plover: str | None = None,
            published: str = "2026-03-04") -> list[tuple[str, float, str]]:
    return [(q.kind, q.value, q.qualifier) for e in pipeline_events(text, published)
            if plover is None or e.type.plover == plover for q in e.quantities]


# ------------- "Five fishermen, three of them minors, were detained": a part, not more people
def test_a_part_told_as_n_of_them_after_a_count_is_not_added_to_it():
    for text, count in (
            ("KAMPALA, March 9 (Reuters) - Four crew members, two of them foreign nationals, "
             "were arrested at the airstrip in Arua, the army said.", ("arrested", 4.0)),
            ("ANKARA, March 9 (Reuters) - Police arrested six men, four of them Syrian "
             "nationals, in raids in Gaziantep on Sunday.", ("arrested", 6.0)),
            ("MOMBASA, March 9 (Reuters) - Five fishermen, three of them minors, were "
             "detained by the navy off Lamu on Friday, officials said.", ("arrested", 5.0))):
        counts = _counts(text, "COERCE")
        assert (*count, "exact") in counts, (text, counts)
        assert not any(k == count[0] and v > count[1] for k, v, _ in counts), (text, counts)


# ------------- "arrested seven militants in Gao and detained 25 miners near Kidal": two counts
def test_counts_that_coordinated_verbs_each_tell_are_kept_apart_not_summed():
    for text, first, second in (
            ("BAMAKO, March 9 (AFP) - Troops arrested seven militants in Gao on Sunday and "
             "detained 25 people involved in illegal mining near Kidal, the army said.", 7.0,
             25.0),
            ("TUNIS, March 9 (Reuters) - The National Guard detained 12 smugglers near Ben "
             "Guerdane and arrested 30 migrants off Zarzis over the weekend, the ministry "
             "said.", 12.0, 30.0)):
        counts = _counts(text, "COERCE")
        assert ("arrested", first, "exact") in counts, (text, counts)
        assert ("arrested", second, "exact") in counts, (text, counts)
        assert not any(v == first + second for _, v, _ in counts), (text, counts)


def test_others_told_by_a_second_verb_still_add_to_the_first_count():
    text = ("NAIROBI, March 9 (Reuters) - Police detained 14 protesters in Nakuru and "
            "arrested nine others in Eldoret on Sunday, officials said.")
    assert ("arrested", 23.0, "at_least") in _counts(text, "COERCE"), _counts(text)


# ------------- "The death toll from ... has risen to 44": the bare number is no date
def test_a_toll_risen_to_a_bare_number_counts_the_dead_of_the_attack_it_names():
    for text, n in (
            ("LAGOS, March 9 (AFP) - The death toll from Sunday's attacks on two villages in "
             "Benue state has risen to 44, an official said on Wednesday.", 44.0),
            ("MULTAN, Pakistan, March 9 (Reuters) - The death toll from Friday's bombing of a "
             "bus station in Dera Ghazi Khan has climbed to 23, police said on Sunday.", 23.0)):
        counts = _counts(text, "ASSAULT")
        assert ("killed", n, "exact") in counts, (text, counts)

