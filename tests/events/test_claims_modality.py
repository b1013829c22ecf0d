from datetime import date

from .conftest import analyse, one


def test_said_and_according_to_are_claims(events_of):
    e = one(events_of("Rebels attacked a convoy near Goma, the army said."), "ASSAULT")
    assert [(c.claimant.name, c.verb) for c in e.claims] == [("army", "said")]
    e = one(events_of("According to the police, gunmen killed three farmers."), "ASSAULT")
    assert [(c.claimant.name, c.verb) for c in e.claims] == [("police", "according to")]


def test_announced_on_a_day_dates_the_claim():
    a = analyse("The ministry announced on Sunday (November 30th) that troops arrested "
                "12 smugglers.")
    e = one(a.events, "COERCE")
    claim = e.claims[0]
    assert claim.verb == "announced" and claim.claimant.name == "ministry"
    # the day the claim was made: a Sunday, November 30th (the year from the weekday)
    assert (claim.date.month, claim.date.day, claim.date.weekday()) == (11, 30, 6)


def test_negated(events_of):
    e = one(events_of("The soldiers did not fire on the crowd."), "ASSAULT")
    assert e.modality == "negated"


def test_hypothetical(events_of):
    assert one(events_of("The militants could attack the capital."), "ASSAULT").modality == \
        "hypothetical"
    assert one(events_of("The group plans to attack the airport."), "ASSAULT").modality == \
        "hypothetical"


def test_future_unreported_stays_future(events_of):
    e = one(events_of("The seized explosives will be destroyed by the army."), "COERCE")
    assert e.modality == "future"


def test_historical_by_date_and_by_once():
    a = analyse("ISIS once controlled large swathes of territory but lost its final "
                "stronghold in 2019 under the US-led coalition strikes.", anchor=date(2025, 11, 30))
    e = one(a.events, "ASSAULT")
    assert e.modality == "historical"


def test_event_describing_a_role_is_background(events_of):
    evs = events_of("Police arrested a gang leader on Monday. The leader was involved in the "
                    "kidnapping of two aid workers and is accused of conducting bombing campaigns "
                    "in the north.")
    kidnaps = [e for e in evs if e.type.acled_sub_event_type == "Abduction/forced disappearance"]
    assert kidnaps and all(e.modality != "asserted" for e in kidnaps)
    assert any(e.type.plover == "COERCE" and e.modality == "asserted" for e in evs)


def test_a_verb_coordinated_with_an_attempt_is_not_attempted(events_of):
    evs = events_of("The gunmen attempted to shoot the soldiers, and were subsequently killed.")
    killed = [e for e in evs if e.trigger.text == "killed"]
    assert killed and killed[0].modality == "asserted"
    shoot = [e for e in evs if e.trigger.text == "shoot"]
    assert shoot and shoot[0].modality == "hypothetical"
    evs = events_of("Police tried to stop and arrest the men.")
    assert all(e.modality == "hypothetical" for e in evs if e.type.plover == "COERCE")


def test_a_past_round_of_operations_by_a_state_is_no_habit():
    from wirecoder.events.background import generic_plural
    from wirecoder.events.lexicon import load_lexicon
    from wirecoder.language import load_nlp

    lex = load_lexicon()
    doc = load_nlp()("The army had carried out raids in three districts.")
    raids = next(t for t in doc if t.lower_ == "raids")
    assert not generic_plural(raids, lex)
    doc = load_nlp()("He carried out raids against the police.")
    raids = next(t for t in doc if t.lower_ == "raids")
    assert generic_plural(raids, lex)  # a person described by what he does


def test_claimed_responsibility_names_the_reported_attack_not_background(events_of):
    # a claim made now for the attack the report is about: the attack is asserted news
    e = one(events_of("The Red Dawn Front claimed responsibility for the bombing of a power "
                      "station in Tarija on Tuesday."), "ASSAULT")
    assert e.modality == "asserted"
    # an attack named to describe someone stays background
    e = one(events_of("Police detained a man responsible for the bombing of a bridge in "
                      "Tarija."), "ASSAULT")
    assert e.modality == "historical"
