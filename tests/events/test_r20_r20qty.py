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


# ------------- "Between 20 and 30 people were killed": a range as the subject is counted
def test_a_range_after_between_as_the_subject_gives_both_bounds():
    for text, low, high in (
            ("BOSASO, Somalia, May 6 - Between 20 and 30 people were killed when gunmen "
             "stormed a hotel in Bosaso on Tuesday, police said.", 20.0, 30.0),
            ("MARADI, Niger, May 6 - Between 6 and 9 soldiers were wounded in an ambush near "
             "Maradi on Monday, a security source said.", 6.0, 9.0)):
        counts = _counts(text)
        kind = "killed" if "killed" in text else "injured"
        assert (kind, low, "at_least") in counts and (kind, high, "at_most") in counts, (
            text, counts)


# ------------- "Nine of the 40 wounded were children": the participle's number counts them
def test_the_whole_a_part_is_taken_from_counts_a_participle_used_as_a_noun():
    for text, count in (
            ("KISMAYO, Somalia, May 6 - A car bomb killed 11 people outside a hotel in "
             "Kismayo on Tuesday. Nine of the more than 40 wounded were children, a doctor "
             "said.", ("injured", 40.0, "more_than")),
            ("SOKOTO, Nigeria, May 6 - A bomb at a bus station in Sokoto killed six "
             "travellers on Monday. Five of the 25 injured were in a serious condition, "
             "hospital staff said.", ("injured", 25.0, "exact"))):
        assert count in _counts(text), (text, _counts(text))


# ------------- two named sources give two figures for the same dead: both are kept
def test_a_second_sources_figure_for_the_same_people_is_kept_beside_the_first():
    for text, first, second in (
            ("TALOQAN, Afghanistan, May 6 - Gunmen opened fire on a wedding party near Taloqan "
             "on Tuesday, killing nine guests, police said. The provincial governor said 13 "
             "people had been killed in the shooting.", 9.0, 13.0),
            ("NYALA, Sudan, May 6 - A drone strike on a market in Nyala killed 16 people on "
             "Monday, the health ministry said. Local volunteers said 25 people were killed "
             "in the strike.", 16.0, 25.0)):
        counts = _counts(text)
        assert ("killed", first, "exact") in counts and ("killed", second, "exact") in counts, (
            text, counts)


# ------------- a conflict's toll told after the event is not the event's count
def test_a_conflicts_toll_in_the_perfect_does_not_replace_the_events_count():
    text = ("CHIHUAHUA, Mexico, May 6 - Gunmen killed five soldiers in an ambush near Parral "
            "on Tuesday, the defence ministry said. The fighting between rival gangs has "
            "killed more than 900 people in the state, according to local "
            "prosecutors.")
    evs = [e for e in of_type(pipeline_events(text, "2026-05-06"), "ASSAULT")
           if e.modality == "asserted"]
    # the event is the one with its own count, wherever it stands; no asserted attack has the toll
    counts = [[(q.kind, q.value, q.qualifier) for q in e.quantities] for e in evs]
    assert any(("killed", 5.0, "exact") in c for c in counts), counts
    assert not any(v == 900 for c in counts for _, v, _ in c), counts


def test_the_toll_of_another_event_told_by_an_indefinite_noun_is_not_the_events():
    text = ("LUSAKA, May 6 - One person was killed and at least eight others were injured "
            "when police fired tear gas at traders protesting in Lusaka on Monday, a hospital "
            "official said. The traders' earlier marches were met by a crackdown in which "
            "activists said at least 35 people were killed.")
    evs = [e for e in of_type(pipeline_events(text, "2026-05-06"), "ASSAULT")
           if e.modality == "asserted"]
    # the event is the one with its own count, wherever it stands; no asserted attack has the toll
    counts = [[(q.kind, q.value, q.qualifier) for q in e.quantities] for e in evs]
    assert any(("killed", 1.0, "exact") in c for c in counts), counts
    assert not any(v == 35 for c in counts for _, v, _ in c), counts
