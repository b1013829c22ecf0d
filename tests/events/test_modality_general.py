"""Modality (events/modality.py): general statements, habits and tallies are no single event
(trend: hypothetical; perfect progressive: hypothetical; a perfect over a period: historical,
a summary); denying someone's part in an event does not negate the event. Sentences written
for these tests."""

from .conftest import one


def test_a_trend_in_attacks_is_not_an_event(events_of):
    for text in ("Kidnappings have risen sharply in the province since the elections.",
                 "Officials reported an increase in bombings along the railway.",
                 "The rebels have stepped up attacks on power lines.",
                 "Attacks in the capital have increased this year."):
        evs = [e for e in events_of(text) if e.type.plover == "ASSAULT"]
        assert not [e for e in evs if e.modality == "asserted"], text


def test_a_trend_reads_the_event_noun():
    from wirecoder.language import load_nlp
    from wirecoder.events.modality import _trend

    doc = load_nlp()("Officials say attacks on buses have increased since the spring.")
    assert _trend(next(t for t in doc if t.lower_ == "attacks"))
    doc = load_nlp()("Officials say the attacks on two buses killed nine.")
    assert not _trend(next(t for t in doc if t.lower_ == "attacks"))


def test_a_bare_plural_in_a_present_clause_is_a_kind_of_event(events_of):
    e = one(events_of("The storm passed. The fall in exports is due to rebel attacks on the oil "
                      "pipeline."), "ASSAULT")
    assert e.modality == "hypothetical"
    e = one(events_of("The storm passed. Rebel attacks on the oil pipeline cut exports on "
                      "Monday."), "ASSAULT")
    assert e.modality == "asserted"


def test_a_perfect_progressive_is_an_ongoing_activity(events_of):
    e = one(events_of("The militias have been attacking convoys on the northern highway."),
            "ASSAULT")
    assert e.modality == "hypothetical"


def test_one_attack_stays_asserted(events_of):
    e = one(events_of("Militiamen attacked a convoy on the northern highway on Tuesday."),
            "ASSAULT")
    assert e.modality == "asserted"
    e = one(events_of("Three guards have been killed in an attack on the prison."), "ASSAULT")
    assert e.modality == "asserted"


def test_a_tally_over_a_period_is_a_summary(events_of):
    e = one(events_of("So far this year, nine journalists have been murdered in the country."),
            "ASSAULT")
    assert e.modality == "historical"
    evs = events_of("Over the past five years, some 200 farmers have vanished and 80 have "
                    "been killed by death squads.")
    assert all(e.modality == "historical" for e in evs if e.type.plover == "ASSAULT")


def test_denying_a_part_in_an_attack_does_not_negate_it(events_of):
    evs = events_of("The movement denied any involvement in the assassination of the senator.")
    e = one(evs, "ASSAULT")
    assert e.modality == "asserted"
    evs = events_of("The movement denied carrying out the bombing.")
    assert not [e for e in evs if e.type.plover == "ASSAULT" and e.modality == "asserted"]


def test_an_adverbial_clause_is_not_what_its_verb_knows_or_plans(events_of):
    e = one(events_of("the patrol was driving through the hamlet known as las flores when their "
                      "truck was blown up by a mine."), "ASSAULT")
    assert e.modality == "asserted"


def test_refraining_from_attacks_negates_them():
    from wirecoder.events.lexicon import load_lexicon
    from wirecoder.events.modality import modality_of
    from wirecoder.language import load_nlp

    doc = load_nlp()("The rebels promised to refrain from attacks on civilians.")
    tok = next(t for t in doc if t.lower_ == "attacks")
    assert modality_of(tok, None, None, load_lexicon()) == "negated"


def test_the_perpetrators_of_a_robbery_presuppose_it(events_of):
    evs = events_of("Detectives travelled to the port to question the perpetrators of the "
                    "robbery of a cash van.")
    e = one(evs, "COERCE")
    assert e.modality == "asserted"


def test_an_order_is_not_a_report(events_of):
    evs = events_of("The statement ended with a demand. Cease all bombings of villages at once.")
    assert not [e for e in evs if e.type.plover == "ASSAULT" and e.modality == "asserted"]


def test_an_ongoing_hold_of_a_counted_group_stays_one_situation(events_of):
    e = one(events_of("The storm passed. The rebels have been holding thousands of displaced "
                      "villagers as human shields near the front line, aid workers said."), "COERCE")
    assert e.modality == "asserted"


def test_continuing_is_no_trend():
    from wirecoder.events.modality import _trend
    from wirecoder.language import load_nlp

    doc = load_nlp()("Riots against the fuel prices are still continuing in the north.")
    assert not _trend(next(t for t in doc if t.lower_ == "riots"))


def test_a_perfect_since_an_earlier_event_is_a_tally(events_of):
    e = one(events_of("Since the movement was founded, nearly 500 of its members have been "
                      "murdered."), "ASSAULT")
    assert e.modality == "historical"
    e = one(events_of("Three soldiers were killed after the convoy left the base on Monday."),
            "ASSAULT")
    assert e.modality == "asserted"


def test_there_have_been_n_events_over_a_period_is_a_tally(events_of):
    e = one(events_of("The storm passed. There have been nine kidnappings in the province since "
                      "the new governor took office."), "ASSAULT")
    assert e.modality == "historical"
    e = one(events_of("The storm passed. There were two bombings in the capital on Monday."),
            "ASSAULT")
    assert e.modality == "asserted"


def test_the_possibility_of_an_attack_is_not_an_attack(events_of):
    e = one(events_of("Police raised their alert level in view of the possibility of rebel "
                      "attacks on police stations."), "ASSAULT")
    assert e.modality == "hypothetical"
    e = one(events_of("Police raised their alert level after the rebel attack on a police "
                      "station on Sunday."), "ASSAULT")
    assert e.modality == "asserted"


def test_a_bare_plural_deep_in_a_present_clause_is_a_kind_of_event(events_of):
    e = one(events_of("The storm passed. The fall in income is due to a drop in prices as well "
                      "as a drop in exports due to rebel attacks on the oil pipeline."), "ASSAULT")
    assert e.modality == "hypothetical"
