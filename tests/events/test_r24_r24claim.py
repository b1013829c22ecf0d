"""Round 24 (r24claim): statements' addressees told in their own sentence, and claimants of
detail sentences. Sentences written for these tests (places and names not from the dev
articles)."""

from __future__ import annotations

from datetime import date

from .conftest import asserted, names

WEEK = date(2027, 3, 3)  # a Wednesday


def _mentions(parts):
    return {m.lower() for p in parts for m in (p.name, *p.mentions)}


# ------------------------------------------- whoever is asked to act is someone, any noun
def test_landowners_asked_to_report_are_the_addressees(events_of):
    events = events_of("The district council on Tuesday asked landowners to report any "
                       "unexploded shells found on their farms.", WEEK)
    request = asserted(events, "REQUEST")
    assert request and "landowners" in names(request[0].targets)


def test_called_on_the_north_names_the_north(events_of):
    events = events_of("The defence minister called on the North to respect the maritime "
                       "border and to stop sending patrol boats across it.", WEEK)
    request = asserted(events, "REQUEST")
    assert request and "North" in names(request[0].targets)


def test_a_demanded_clause_names_whom_it_asks_by_any_noun(events_of):
    events = events_of("The ombudsman demanded that the public prosecutor's office open an "
                       "investigation into the officers who led the raid.", WEEK)
    request = asserted(events, "REQUEST")
    assert request and "the public prosecutor's office" in _mentions(request[0].targets)


def test_said_clause_is_no_demand_of_its_subject(events_of):
    # a reported fact, not a demand: "said the office had opened" asks no one
    events = events_of("The ombudsman said the prosecutor's office had opened an inquiry "
                       "into the deaths of two miners.", WEEK)
    assert not any("office" in names(e.targets) for e in asserted(events, "REQUEST"))


def test_warned_that_banks_could_face_sanctions_warns_the_banks(events_of):
    events = events_of("The central bank warned that exchange bureaus that trade with the "
                       "militia could themselves face sanctions.", WEEK)
    threat = asserted(events, "THREATEN")
    assert threat and "exchange bureaus" in _mentions(threat[0].targets)


def test_warned_that_hoarders_would_be_prosecuted_warns_them(events_of):
    # "landowners", a noun the actor words do not know: only the passive clause names them
    events = events_of("The interior ministry warned that landowners who hoard fuel would be "
                       "prosecuted.", WEEK)
    threat = asserted(events, "THREATEN")
    assert threat and "landowners" in _mentions(threat[0].targets)


def test_a_strike_threatened_on_a_condition_is_aimed_at_who_may_act(events_of):
    events = events_of("Dockworkers' unions said they would call an indefinite strike if "
                       "parliament did not scrap the new port tax by Friday.", WEEK)
    threat = asserted(events, "THREATEN")
    assert threat and "parliament" in _mentions(threat[0].targets)


# ------------------------------------------- "accusing them of": whom the clause acted on
def test_accusing_them_takes_the_people_not_the_boats(events_of):
    events = events_of("The coast guard detained 12 fishermen and seized four boats off the "
                       "cape on Tuesday, accusing them of fishing with dynamite.", WEEK)
    accuse = asserted(events, "ACCUSE")
    assert accuse and names(accuse[0].targets) == ["fishermen"]


def test_accusing_them_takes_a_counted_crew(events_of):
    events = events_of("The navy boarded a cargo ship and detained its 9 crew on Sunday, "
                       "accusing them of smuggling fuel.", WEEK)
    accuse = asserted(events, "ACCUSE")
    assert accuse and "crew" in names(accuse[0].targets)


# ------------------------------------------- "X said, blaming Y": Y is behind the attack
def test_said_blaming_makes_the_blamed_the_attacker(events_of):
    events = events_of("A drone strike hit a fuel depot outside the city on Saturday, killing "
                       "four workers, a rebel spokesman said, blaming the air force.", WEEK)
    attack = asserted(events, "ASSAULT")
    assert attack and "air force" in names(attack[0].actors)
    assert "rebel spokesman" in names([c.claimant for c in attack[0].claims])


def test_statements_blaming_soldiers_make_no_attacker(events_of):
    # the participle describes statements; it is no blame told by the sayer
    events = events_of("A drone strike hit a fuel depot outside the city on Saturday, killing "
                       "four workers. Officials dismissed statements blaming the air force.",
                       WEEK)
    attack = asserted(events, "ASSAULT")
    assert attack and "air force" not in names(attack[0].actors)


# ------------------------------------------- wreckage told after a strike from afar
def _shelling(events):
    return [e for e in asserted(events, "ASSAULT")
            if e.type.acled_sub_event_type == "Shelling/artillery/missile attack"]


def test_who_tells_stalls_destroyed_after_shelling_tells_of_the_shelling(events_of):
    events = events_of("Artillery shells slammed into a crowded market in the town of Kobe "
                       "on Monday afternoon, killing at least nine people, a hospital "
                       "director said. Between 20 and 30 stalls were destroyed, a local "
                       "council official said.", WEEK)
    shelling = _shelling(events)
    assert len(shelling) == 1
    assert "local council official" in names([c.claimant for c in shelling[0].claims])


def test_stalls_destroyed_by_named_raiders_are_not_the_shellings_news(events_of):
    events = events_of("Artillery shells slammed into a crowded market in the town of Kobe "
                       "on Monday afternoon, killing at least nine people, a hospital "
                       "director said. Twenty stalls were destroyed by looters, police said.",
                       WEEK)
    shelling = _shelling(events)
    assert len(shelling) == 1
    assert "police" not in {n.lower() for n in names([c.claimant for c in shelling[0].claims])}


# ------------------------------------------- "stands with X": whom the support is for
def test_standing_with_a_state_supports_that_state(events_of):
    events = events_of("A foreign ministry spokeswoman said Ottawa \"stands firmly with "
                       "Moldova\" after the drone incursion.", WEEK)
    support = asserted(events, "SUPPORT")
    assert support and "Moldova" in names(support[0].targets)


# ------------------------------------------- "blamed fighters of X": the group X
def test_blaming_fighters_of_a_group_blames_the_group(events_of):
    events = events_of("A provincial official blamed fighters of the National Liberation Front "
                       "for the ambush on the aid convoy.", WEEK)
    accuse = asserted(events, "ACCUSE")
    assert accuse and "National Liberation Front" in names(accuse[0].targets)


def test_accusing_relatives_of_victims_keeps_the_relatives(events_of):
    events = events_of("The minister accused relatives of the victims of lying about the "
                       "raid.", WEEK)
    accuse = asserted(events, "ACCUSE")
    assert accuse and "victims" not in names(accuse[0].targets)
