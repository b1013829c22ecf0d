"""Round 22 (r22qty) fixes in counts and dates. Sentences written for these tests (places and
names not taken from the dev articles)."""

from .conftest import pipeline_events


def _events(text: str, published: str = "2026-03-18") -> list:
    return pipeline_events(text, published)


def _counts(text: str, plover: str | None = None,
            published: str = "2026-03-18") -> list[tuple[str, float, str]]:
    return [(q.kind, q.value, q.qualifier) for e in _events(text, published)
            if plover is None or e.type.plover == plover for q in e.quantities]


# ------------- "arrested three on Monday and five more on Tuesday": 8 exactly
def test_exact_counts_told_in_numbers_add_up_to_an_exact_total():
    for text, total in (
            ("DAKAR, March 18 (Reuters) - Senegalese police arrested four opposition activists "
             "on Monday and two more on Tuesday ahead of a rally in Thies, their lawyer said.",
             6.0),
            ("NAIROBI, March 18 (Reuters) - Police in Kisii arrested three people on Monday "
             "and five more on Tuesday over the looting of a warehouse, a police commander "
             "said.", 8.0)):
        counts = _counts(text, "COERCE")
        assert ("arrested", total, "exact") in counts, (text, counts)


def test_a_person_counted_as_one_still_makes_the_sum_a_lower_bound():
    text = ("ZIGUINCHOR, Senegal, March 18 (Reuters) - Soldiers killed a rebel commander and "
            "two fighters near Bignona on Sunday, the army said.")
    assert ("killed", 3.0, "at_least") in _counts(text, "ASSAULT"), _counts(text)


# ------------- "killing a dozen people": a round figure
def test_a_dozen_without_a_qualifier_is_about_twelve():
    text = ("SOKOTO, Nigeria, March 18 (Reuters) - Gunmen attacked a village in Sokoto state "
            "on Tuesday, killing a dozen people, a local official said.")
    counts = _counts(text, "ASSAULT")
    assert ("killed", 12.0, "about") in counts, counts
    assert ("killed", 12.0, "exact") not in counts, counts


# ------------- "At least 12 people were hurt and 30 were detained": the hurt are not the arrest's
def test_people_hurt_told_beside_an_arrest_go_to_the_violence_not_the_arrest():
    text = ("CARACAS, March 18 (AP) - Hundreds of residents blocked roads and burned tires in "
            "Barquisimeto on Tuesday night after days without water, and police fired tear gas "
            "to clear them, witnesses said.\n\nAt least 12 people were hurt and 30 were "
            "detained, a rights group said on Wednesday.")
    events = _events(text)
    arrests = [e for e in events if e.type.acled_sub_event_type == "Arrests"]
    assert arrests and all(q.kind == "arrested" for e in arrests for q in e.quantities)
    assert ("injured", 12.0, "at_least") in _counts(text, "ASSAULT"), _counts(text)


def test_officers_hurt_told_beside_an_arrest_go_to_the_riot():
    text = ("ACCRA, March 18 (Reuters) - Police fired tear gas on Tuesday to disperse hundreds "
            "of traders who threw stones at officers and burned a police car in central "
            "Accra, in protest at new market fees.\n\nPolice said 19 people had been arrested "
            "and five officers injured in the clashes.")
    assert ("injured", 5.0, "exact") in _counts(text, "PROTEST"), _counts(text)
    assert all(k == "arrested" for k, _, _ in _counts(text, "COERCE")), _counts(text)


# ------------- "The traders' union said at least 14 traders had been hurt": the dispersal's
def test_protesters_hurt_told_in_a_sentence_of_their_own_go_to_the_dispersal():
    text = ("ACCRA, March 18 (Reuters) - Police fired tear gas on Tuesday to disperse hundreds "
            "of traders who threw stones at officers and burned a police car in central "
            "Accra, in protest at new market fees.\n\nPolice said 19 people had been arrested "
            "and five officers injured in the clashes. The traders' union said at least 14 "
            "traders had been hurt, three of them seriously.")
    assault = _counts(text, "ASSAULT")
    assert ("injured", 14.0, "at_least") in assault, assault
    assert ("injured", 14.0, "at_least") not in _counts(text, "PROTEST"), _counts(text)


# ------------- "clashed with police on Monday and Tuesday nights": two nights just past
def test_a_riot_on_two_named_nights_is_dated_from_the_first_to_the_second():
    text = ("PARIS, March 18 (Reuters) - Youths set cars on fire and clashed with police in the "
            "suburb of Villiers-le-Bel on Monday and Tuesday nights, police said.")
    dated = [(e.time.start, e.time.end) for e in _events(text)
             if e.type.plover in ("PROTEST", "ASSAULT")]
    assert any(s is not None and s.isoformat() == "2026-03-16" for s, _ in dated), dated
    assert any(e is not None and e.isoformat() == "2026-03-17" for _, e in dated), dated


# ------------- "had been arrested on Sunday evening and would be brought before a judge"
def test_an_arrest_told_in_the_perfect_passive_before_a_future_is_dated_in_the_past():
    text = ("NAIROBI, March 18 (Reuters) - A prosecutor said on Wednesday that 11 people had "
            "been arrested in Kisumu on Sunday evening and would be brought before a judge.")
    days = [e.time.start for e in _events(text) if e.type.acled_sub_event_type == "Arrests"]
    assert days and days[0] is not None and days[0].isoformat() == "2026-03-15", days


# ------------- "extended a state of emergency by six months on Tuesday": how long, not when
def test_a_measure_extended_by_a_length_on_a_day_is_dated_that_day():
    text = ("LOME, March 18 (Reuters) - The government extended a state of emergency covering "
            "the northern Kara region by six months on Tuesday, the information minister said.")
    days = [(e.time.start, e.time.end) for e in _events(text) if e.type.plover == "COERCE"]
    assert days and all(s is not None and s.isoformat() == "2026-03-17" for s, _ in days), days


# ------------- "Soldiers who chased the attackers on Monday killed about 20": the pursuit's day
def test_a_killing_by_pursuers_takes_the_day_of_the_pursuit():
    text = ("NIAMEY, March 18 (Reuters) - Gunmen attacked an army post near the town of Tera "
            "late on Sunday, killing five soldiers, the army said on Wednesday. Soldiers who "
            "chased the attackers on Monday killed about 20 of them, it added.")
    events = _events(text)
    pursuit = [e for e in events if any(q.value == 20.0 for q in e.quantities)]
    assert pursuit and pursuit[0].time.start is not None, [(e.time, e.quantities) for e in events]
    assert pursuit[0].time.start.isoformat() == "2026-03-16", pursuit[0].time


# ------------- "30 were detained, a group said on Wednesday": the riot's day, not the saying's
def test_an_undated_arrest_told_after_a_dated_riot_takes_its_day_not_the_day_of_saying():
    text = ("CARACAS, March 18 (AP) - Hundreds of residents blocked roads and burned tires in "
            "Barquisimeto on Monday night after days without water, and police fired tear gas "
            "to clear them, witnesses said.\n\nAt least 12 people were hurt and 30 were "
            "detained, a rights group said on Wednesday. The interior minister accused "
            "opposition politicians of stirring the unrest, a spokesman said on Wednesday.")
    events = _events(text)
    arrests = [e.time.start for e in events if e.type.acled_sub_event_type == "Arrests"]
    assert arrests and arrests[0] is not None and arrests[0].isoformat() == "2026-03-16", arrests
    accusations = [e.time.start for e in events if e.type.plover == "ACCUSE"]
    assert accusations and accusations[0].isoformat() == "2026-03-18", accusations
