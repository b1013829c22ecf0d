"""Targets and actors named in another sentence: a word that refers back to people held
before ("the men", "them", "the 12", "nine of them": `pronoun_targets.attach_held_again`),
a bare "the militants" after a fuller description (`mention_forms.described_before`), and
"both groups" / "the two militias" as the two sides told before (`both_parties`). Texts
written for these tests; `published` is Friday 2026-11-20."""

from datetime import date

import pytest

from .conftest import whole_pipeline, with_trigger


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 11, 20))


def _names(parts):
    return [p.name.lower() for p in parts]


# --- people held before, named again by a word that refers back ---------------------------

@pytest.mark.parametrize("text, word, held", [
    ("ABUJA, Nov 17 - Nigerian police arrested three rice farmers on Sunday over a clash in "
     "Benue state. A magistrate remanded the men in prison on Tuesday, a police spokesman "
     "said.", "remanded", "rice farmers"),
    ("BAKU, Nov 16 - Azerbaijani border guards detained two Iranian fishermen in the Caspian "
     "Sea on Sunday. A court in Lankaran fined them 2,000 manats each on Wednesday.",
     "fined", "iranian fishermen"),
    ("MINSK, Nov 10 - Belarus's KGB said on Tuesday it had detained a Lithuanian lorry driver "
     "near Grodno. A court in Grodno sentenced the man to six years in prison on Thursday.",
     "sentenced", "lithuanian lorry driver"),
    ("LUANDA, Nov 14 - Angolan police detained 19 taxi drivers during a strike in Luanda on "
     "Saturday. A judge ordered the release of seven of them on Monday.", "release",
     "taxi drivers"),
])
def test_people_held_before_are_whom_a_later_act_in_custody_is_done_to(run, text, word, held):
    act = with_trigger(run(text), word)
    assert held in _names(act.targets)


def test_the_bare_word_stays_a_mention_of_the_people_held(run):
    act = with_trigger(run(
        "ABUJA, Nov 17 - Nigerian police arrested three rice farmers on Sunday over a clash in "
        "Benue state. A magistrate remanded the men in prison on Tuesday, a police spokesman "
        "said."), "remanded")
    held = next(p for p in act.targets if p.name == "rice farmers")
    assert "men" in held.mentions


def test_a_count_of_them_after_a_clash_is_of_the_people_told_before(run):
    act = with_trigger(run(
        "HARARE, Nov 14 - Supporters of an expelled party official fought with police in "
        "Mutare on Saturday. Nine of them were arrested, police said."), "arrested")
    assert "supporters" in _names(act.targets)


def test_the_men_after_an_attack_are_not_its_victims(run):
    # an attack takes no one into custody: "the men" there may be the attackers
    act = with_trigger(run(
        "KANO, Nov 15 - Gunmen killed four traders on a highway near Kano on Saturday. Police "
        "later arrested the men in a forest, a spokesman said."), "arrested")
    assert act.targets  # the arrested are named, and ...
    assert "traders" not in _names(act.targets)  # ... not by the attack's victims


# --- "the militants" after "Naga militants"; a people's name before people kept ----------

def test_a_bare_definite_noun_takes_the_description_told_before(run):
    events = run("IMPHAL, Nov 18 - Naga militants ambushed a police patrol in Ukhrul district "
                 "on Wednesday, police said. On Friday, the militants attacked an army post in "
                 "Senapati district, killing two soldiers.")
    act = with_trigger(events, "attacked")
    assert "naga militants" in _names(act.actors)
    assert "militants" in act.actors[0].mentions


def test_a_people_named_before_the_noun_stays_in_the_name(run):
    events = run("IMPHAL, Nov 18 - Naga militants ambushed a police patrol in Ukhrul district "
                 "on Wednesday, police said.")
    act = with_trigger(events, "ambushed")
    assert "naga militants" in _names(act.actors)


def test_two_descriptions_before_leave_the_bare_noun_as_it_is(run):
    events = run("IMPHAL, Nov 18 - Naga militants and Meitei militants exchanged fire in Ukhrul "
                 "district on Wednesday. On Friday, the militants attacked an army post in "
                 "Senapati district, killing two soldiers.")
    act = with_trigger(events, "attacked")
    assert not {"naga militants", "meitei militants"} & set(_names(act.actors))


def test_other_people_are_no_description_of_the_people_before(run):
    events = run("ACCRA, Nov 18 - Police arrested other protesters near parliament on Monday. "
                 "On Tuesday, the protesters blocked the main road to the airport, police said.")
    act = with_trigger(events, "blocked")
    assert "other protesters" not in _names(act.actors)


# --- "both groups", "the two militias" -----------------------------------------------------

def test_both_groups_addressed_are_the_two_that_fought(run):
    events = run("SANAA, Nov 16 - The Giants Brigades and the Security Belt Forces fought in "
                 "Aden on Sunday. The presidential council urged both groups on Monday to "
                 "return to their bases.")
    act = with_trigger(events, "urged")
    names = _names(act.targets)
    assert "giants brigades" in names and "security belt forces" in names


def test_groups_not_counted_as_two_are_left_alone(run):
    events = run("SANAA, Nov 16 - The Giants Brigades and the Security Belt Forces fought in "
                 "Aden on Sunday. The presidential council urged armed groups on Monday to "
                 "return to their bases.")
    act = with_trigger(events, "urged")
    assert "security belt forces" not in _names(act.targets)
