"""Round 7 recall (engineer recall2), lexicon data: a hunt for a suspect / a search for a
gunman is an investigation (ACCUSE, mode investigate, CAMEO 090), everyday people nouns are in
the "person" class. Sentences written for these tests."""

from wirecoder.events.lexicon import load_lexicon


def test_hunting_a_gunman_is_an_investigation(events_of):
    evs = events_of("Detectives in Leeds are hunting a gunman who shot at a bus on Monday.")
    assert any(e.type.plover == "ACCUSE" and e.type.plover_mode == "investigate"
               and e.trigger.text.lower().startswith("hunt") for e in evs)


def test_searching_for_a_commander_is_no_investigation(events_of):
    evs = events_of("The patrol was searching for a rebel commander near the river.")
    assert not any(e.type.plover == "ACCUSE" for e in evs)


def test_hunting_deer_is_no_investigation(events_of):
    evs = events_of("Villagers were hunting deer in the hills on Sunday.")
    assert not any(e.type.plover == "ACCUSE" for e in evs)


def test_everyday_people_nouns_are_persons():
    lex = load_lexicon()
    for word in ("driver", "herder", "doctor", "nurse", "shopkeeper", "shepherd", "fisherman"):
        assert lex.in_class(word, "person"), word


def test_searching_for_suspected_fighters_is_no_investigation(events_of):
    evs = events_of("The unit arrested two men while searching for suspected rebels in the valley.")
    assert not any(e.type.plover == "ACCUSE" for e in evs)


def test_searching_for_the_shooter_is_an_investigation(events_of):
    evs = events_of("Officers in Bristol were searching for the shooter on Monday night.")
    assert any(e.type.plover == "ACCUSE" and e.type.plover_mode == "investigate" for e in evs)
