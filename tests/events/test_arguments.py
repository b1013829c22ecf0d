from .conftest import names, one


def test_subject_acts_object_is_target(events_of):
    e = one(events_of("Rebels attacked the army base on Tuesday."), "ASSAULT")
    assert names(e.actors) == ["Rebels"]
    assert names(e.targets) == ["army base"]


def test_passive_by_agent_is_actor(events_of):
    e = one(events_of("About 50 peasants were kidnapped by guerrillas in the north."), "ASSAULT")
    assert names(e.actors) == ["guerrillas"]
    assert names(e.targets) == ["peasants"]


def test_against_phrase_is_target(events_of):
    e = one(events_of("The army launched an offensive against the rebels on Sunday."), "ASSAULT")
    assert "rebels" in names(e.targets)
    assert names(e.actors) == ["army"]  # the subject of the light verb "launched"


def test_in_cooperation_with_is_a_co_actor(events_of):
    e = one(events_of("American forces, in cooperation with the Interior Ministry, destroyed "
                      "15 weapons caches."), "COERCE")
    assert set(names(e.actors)) == {"American forces", "Interior Ministry"}


def test_possessor_of_a_demand_is_its_actor(events_of):
    e = one(events_of("The opposition's demand was to urge the government to lift the curfew."),
            "REQUEST")
    assert "opposition" in " ".join(names(e.actors))


def test_weapons_are_listed_without_quantity_words(events_of):
    e = one(events_of("Troops seized multiple assault rifles and anti-tank mines in a raid."),
            "COERCE")
    assert {"assault rifles", "anti-tank mines"} <= set(names(e.weapons))


def test_evidence_text_equals_document_text(events_of):
    text = "Police arrested 12 protesters in Lagos, officials said."
    for e in events_of(text):
        spans = list(e.evidence) + [e.trigger] + [s for p in e.actors + e.targets
                                                 for s in p.evidence]
        spans += [s for q in e.quantities for s in q.evidence]
        spans += [s for c in e.claims for s in c.evidence]
        for s in spans:
            assert s.text == text[s.start:s.end]
