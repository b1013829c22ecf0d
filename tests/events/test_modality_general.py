"""Modality (events/modality.py): general statements, habits and tallies are no single event
(trend: hypothetical; perfect progressive: hypothetical; a perfect over a period: historical,
a summary); denying someone's part in an event does not negate the event. Sentences written
for these tests."""

import pytest

from .conftest import one

# (text, the PLOVER type of its first such event, that event's modality); each reading next to
# the one-event sentence it must not swallow
ONE_EVENT = [
    pytest.param("The storm passed. The fall in exports is due to rebel attacks on the oil "
                 "pipeline.", "ASSAULT", "hypothetical", id="bare-plural-in-present-clause"),
    pytest.param("The storm passed. Rebel attacks on the oil pipeline cut exports on Monday.",
                 "ASSAULT", "asserted", id="bare-plural-in-past-clause-with-a-day"),
    pytest.param("The storm passed. The fall in income is due to a drop in prices as well as a "
                 "drop in exports due to rebel attacks on the oil pipeline.",
                 "ASSAULT", "hypothetical", id="bare-plural-deep-in-present-clause"),
    pytest.param("The militias have been attacking convoys on the northern highway.",
                 "ASSAULT", "hypothetical", id="perfect-progressive-is-ongoing-activity"),
    pytest.param("The storm passed. The rebels have been holding thousands of displaced "
                 "villagers as human shields near the front line, aid workers said.",
                 "COERCE", "asserted", id="ongoing-hold-of-counted-group-is-one-situation"),
    pytest.param("Militiamen attacked a convoy on the northern highway on Tuesday.",
                 "ASSAULT", "asserted", id="one-attack"),
    pytest.param("Three guards have been killed in an attack on the prison.",
                 "ASSAULT", "asserted", id="one-attack-in-the-perfect"),
    pytest.param("So far this year, nine journalists have been murdered in the country.",
                 "ASSAULT", "historical", id="tally-over-a-period"),
    pytest.param("Since the movement was founded, nearly 500 of its members have been murdered.",
                 "ASSAULT", "historical", id="perfect-since-an-earlier-event-is-a-tally"),
    pytest.param("Three soldiers were killed after the convoy left the base on Monday.",
                 "ASSAULT", "asserted", id="past-after-an-earlier-event"),
    pytest.param("The storm passed. There have been nine kidnappings in the province since the "
                 "new governor took office.", "ASSAULT", "historical",
                 id="there-have-been-n-events-is-a-tally"),
    pytest.param("The storm passed. There were two bombings in the capital on Monday.",
                 "ASSAULT", "asserted", id="there-were-n-events-on-a-day"),
    pytest.param("The movement denied any involvement in the assassination of the senator.",
                 "ASSAULT", "asserted", id="denying-a-part-in-an-attack-does-not-negate-it"),
    pytest.param("the patrol was driving through the hamlet known as las flores when their "
                 "truck was blown up by a mine.", "ASSAULT", "asserted",
                 id="adverbial-clause-is-not-what-its-verb-knows"),
    pytest.param("Detectives travelled to the port to question the perpetrators of the robbery "
                 "of a cash van.", "COERCE", "asserted", id="perpetrators-presuppose-robbery"),
    pytest.param("Police raised their alert level in view of the possibility of rebel attacks "
                 "on police stations.", "ASSAULT", "hypothetical", id="possibility-of-attacks"),
    pytest.param("Police raised their alert level after the rebel attack on a police station "
                 "on Sunday.", "ASSAULT", "asserted", id="after-an-attack"),
    pytest.param("Police fired tear gas to disperse them and arrested at least 20 students.",
                 "COERCE", "asserted", id="finite-verb-coordinated-with-a-purpose-infinitive"),
    pytest.param("The storm passed. The insurgency has killed thousands of villagers and "
                 "displaced two million.", "ASSAULT", "historical", id="a-wars-toll-is-a-tally"),
    pytest.param("The storm passed. Rebels have killed three soldiers in an ambush, the army "
                 "said.", "ASSAULT", "asserted", id="a-perfect-with-actors-is-one-event"),
    pytest.param("The gang went to the farm to rob the owners and kill their dogs.",
                 "ASSAULT", "hypothetical", id="infinitives-coordinated-share-the-purpose"),
    pytest.param("The hotel in Derry received a warning of a bomb attack on Friday night.",
                 "ASSAULT", "hypothetical", id="warning-of-an-attack"),
    pytest.param("Consulates got alerts about bombings in the port city on Friday.",
                 "ASSAULT", "hypothetical", id="alerts-about-bombings"),
    pytest.param("The hotel in Derry was bombed on Friday night despite a warning.",
                 "ASSAULT", "asserted", id="bombed-despite-a-warning"),
]


@pytest.mark.parametrize("text, plover, modality", ONE_EVENT)
def test_the_modality_of_one_event(events_of, text, plover, modality):
    assert one(events_of(text), plover).modality == modality


# sentences that report no attack: a trend, a denial of the act itself, an order
NO_ATTACK_REPORTED = [
    pytest.param("Kidnappings have risen sharply in the province since the elections.",
                 id="trend-risen"),
    pytest.param("Officials reported an increase in bombings along the railway.",
                 id="trend-an-increase-in"),
    pytest.param("The rebels have stepped up attacks on power lines.", id="trend-stepped-up"),
    pytest.param("Attacks in the capital have increased this year.", id="trend-increased"),
    pytest.param("The movement denied carrying out the bombing.", id="denied-the-act"),
    pytest.param("The statement ended with a demand. Cease all bombings of villages at once.",
                 id="an-order"),
    pytest.param("Two hotels in Derry received bomb warnings on Friday night.",
                 id="bomb-warnings"),
]


@pytest.mark.parametrize("text", NO_ATTACK_REPORTED)
def test_no_attack_is_asserted(events_of, text):
    evs = events_of(text)
    assert not [e for e in evs if e.type.plover == "ASSAULT" and e.modality == "asserted"]


def test_a_tally_of_several_kinds_is_a_summary(events_of):
    evs = events_of("Over the past five years, some 200 farmers have vanished and 80 have "
                    "been killed by death squads.")
    assert all(e.modality == "historical" for e in evs if e.type.plover == "ASSAULT")


def _token(text, word):
    from wirecoder.language import load_nlp

    return next(t for t in load_nlp()(text) if t.lower_ == word)


def test_a_trend_reads_the_event_noun():
    from wirecoder.events.modality import _trend

    assert _trend(_token("Officials say attacks on buses have increased since the spring.",
                         "attacks"))
    assert not _trend(_token("Officials say the attacks on two buses killed nine.", "attacks"))
    # continuing is no trend
    assert not _trend(_token("Riots against the fuel prices are still continuing in the north.",
                             "riots"))


def test_refraining_from_attacks_negates_them():
    from wirecoder.events.lexicon import load_lexicon
    from wirecoder.events.modality import modality_of

    tok = _token("The rebels promised to refrain from attacks on civilians.", "attacks")
    assert modality_of(tok, None, None, load_lexicon()) == "negated"


def test_what_a_call_was_made_to_say_was_said(events_of):
    evs = events_of("The gang called the victim's family on Friday to demand a ransom of "
                    "two million pesos.")
    assert [e.modality for e in evs if e.type.plover == "REQUEST"] == ["asserted"]
    # (the family, reported by whose it is: `reported_names`)
    assert [p.name for p in one(evs, "REQUEST").targets][:1] == ["victim's family"]


def test_a_journey_made_to_demand_something_is_still_a_purpose(events_of):
    evs = events_of("Rebel envoys travelled to the capital to demand a ceasefire.")
    assert [e.modality for e in evs if e.type.plover == "REQUEST"] == ["hypothetical"]
