"""One event per real-world event (events/merge.py, events/fight_told_again.py,
events/casualty_followup.py, events/repression.py): a fight told as going on, a riot looked
back at as "the clashes" or fought as "running battles", a toll told again by another
speaker, one protest told with two sub-types. Texts written for these tests (places and
people not from any benchmark article); `published` is Saturday 2026-03-14."""

from datetime import date

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Document


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline()
    return lambda text: pipe(Document(id="t", text=text, published=date(2026, 3, 14))).events


def _assaults(events):
    return [e for e in events if e.type.plover == "ASSAULT"]


def _counts(e, kind):
    return {q.value for q in e.quantities if q.kind == kind}


# --- "the fighting continued": the fight carried on, one event ----------------------------

@pytest.mark.parametrize("text", [
    "Army troops and rebels clashed near the town of Paoua in the Central African Republic on "
    "Monday, the army said. The fighting continued into Tuesday, residents said.",
    "Heavy fighting broke out between government forces and the rebels around the town of "
    "Tessalit in northern Mali on Tuesday. Clashes continued on Wednesday, a local official "
    "said.",
    "Soldiers and militia fighters clashed in the district of Walikale on Wednesday. Fighting "
    "raged on through Thursday, a local official said.",
])
def test_fight_told_as_going_on_is_the_same_fight(run, text):
    fights = _assaults(run(text))
    assert len(fights) == 1
    # the one fight is told by both sentences (not the second lost to detection)
    assert text.split(". ", 1)[1] in [s.text for s in fights[0].evidence]


def test_fight_going_on_brings_its_toll_to_the_fight(run):
    fights = _assaults(run(
        "Soldiers and militia fighters clashed in the district of Walikale on Wednesday. "
        "Fighting raged on through Thursday, killing at least six people, a local official "
        "said."))
    assert len(fights) == 1 and _counts(fights[0], "killed") == {6}


def test_fight_breaking_out_elsewhere_is_another_fight(run):
    fights = _assaults(run(
        "Soldiers and militia fighters clashed in the district of Walikale on Wednesday. On "
        "Thursday, fighting broke out between two rival militias near Lubero."))
    assert len(fights) == 2


# --- "hurt in the clashes": the riot told before ------------------------------------------

@pytest.mark.parametrize(("text", "hurt"), [
    ("Protesters hurled rocks at riot police and set fire to two trucks in the town of Puno on "
     "Friday. At least 18 police officers were hurt in the clashes, the interior ministry "
     "said.", 18),
    ("Youths threw stones at police in the centre of Kumasi on Friday and burned tyres on the "
     "main road. Eleven officers were injured in the violence, police said.", 11),
])
def test_harm_in_the_clashes_after_a_riot_is_the_riots(run, text, hurt):
    events = run(text)
    riot = next(e for e in events if e.type.plover == "PROTEST")
    assert _counts(riot, "injured") == {hurt}
    assert not any(e.type.acled_sub_event_type == "Armed clash" for e in events)


def test_running_battles_fought_by_rioters_are_the_riot(run):
    events = run("Stone-throwing youths fought running battles with police in the centre of "
                 "Tamale on Friday and burned tyres on the main road.")
    assert [e.type.plover for e in events if e.type.plover in ("PROTEST", "ASSAULT")] == [
        "PROTEST"]


# --- a toll told again by another speaker -------------------------------------------------

def test_toll_shot_dead_told_by_another_is_the_shooting(run):
    events = run(
        "Police fired live bullets at protesters in the town of Kakamega on Monday, killing one "
        "man, a rights group said. Protesters blocked roads with burning tyres in the town "
        "centre, police said. The rights group said two people were shot dead and 12 were "
        "treated for gunshot wounds.")
    shootings = _assaults(events)
    assert len(shootings) == 1
    assert _counts(shootings[0], "killed") == {1, 2}


# --- one protest, two ACLED sub-types -----------------------------------------------------

def test_march_told_again_after_the_force_used_on_it_is_one_protest(run):
    events = run(
        "Police fired tear gas and rubber bullets at thousands of people marching on the "
        "parliament in Tbilisi on Thursday, injuring 14. The march, called by student unions, "
        "was largely peaceful until protesters reached the police lines, witnesses said.")
    protests = [e for e in events if e.type.plover == "PROTEST"]
    # one gathering, keeping the most it came to (force used on it), not "Peaceful protest"
    assert [e.type.acled_sub_event_type for e in protests] == ["Protest with intervention"]
