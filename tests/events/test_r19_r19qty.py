"""Round 19 (r19qty) fixes in quantities: people driven from their homes, one person hurt,
people buried after an attack. Sentences written for these tests."""

from .conftest import of_type, pipeline_events


def _counts(text: str, published: str = "2026-03-04") -> list[tuple[str, float, str]]:
    """The counts of the text's attacks; fails when it has none (a check that no count is
    there must not pass for want of the attack)."""
    attacks = of_type(pipeline_events(text, published), "ASSAULT")
    assert attacks, f"no ASSAULT event in {text!r}"
    return [(q.kind, q.value, q.qualifier) for e in attacks for q in e.quantities]


def _first_counts(text: str, published: str = "2026-03-04") -> list[tuple[str, float, str]]:
    ev = of_type(pipeline_events(text, published), "ASSAULT")[0]
    return [(q.kind, q.value, q.qualifier) for q in ev.quantities]


# ------------- "More than 4,000 people have fled the district since Monday": the attack's count
def test_a_displacement_sentence_of_its_own_counts_the_first_attack():
    for text, count in (
            ("KABUL, March 3 (Reuters) - Gunmen attacked a village in Ghor province on Monday, "
             "killing at least 12 people, officials said.\n\nMore than 4,000 people have fled "
             "the district since Monday, an aid group said.",
             ("displaced", 4000.0, "more_than")),
            ("NIAMEY (Reuters) - Gunmen attacked a market in the town of Ayorou on Monday, "
             "killing at least 12 traders, the army said.\n\nArmy helicopters struck a column "
             "of fighters north of the town on Tuesday, killing about 15 of them, the army "
             "said.\n\nMore than 1,800 people have fled Ayorou since the attack, a humanitarian "
             "official said.", ("displaced", 1800.0, "more_than")),
            ("KABUL, March 3 (Reuters) - Gunmen attacked a village in Ghor province on Monday, "
             "killing at least 12 people, officials said.\n\nSome 900 families had left their "
             "homes, the provincial governor said.", ("displaced", 900.0, "about"))):
        assert count in _first_counts(text), (text, _first_counts(text))


def test_a_displacement_with_a_cause_of_its_own_is_not_the_attacks():
    text = ("KABUL, March 3 (Reuters) - Gunmen attacked a village in Ghor province on Monday, "
            "killing at least 12 people, officials said.\n\nMore than 1.2 million people have "
            "been forced from their homes by the conflict, according to the UN.")
    assert not any(k == "displaced" for k, _, _ in _counts(text)), _counts(text)


# ---------------------- "have been displaced since fighting between X and Y broke out": its count
def test_people_displaced_since_a_fight_began_are_its_count():
    for text, counts in (
            ("About 12,000 people have been displaced in the district since clashes between "
             "the militia and the army escalated in May, according to the UN.",
             [("displaced", 12000.0, "about")]),
            ("Between 3,000 and 5,000 people have fled the area since fighting between two "
             "clans broke out last week, officials said.",
             [("displaced", 3000.0, "at_least"), ("displaced", 5000.0, "at_most")])):
        got = _counts(text)
        assert all(c in got for c in counts), (text, got)


# ------------------------- "About 600 residents fled the village": who fled, not who made them
def test_the_subject_of_fled_is_displaced():
    for text, count in (
            ("Gunmen attacked a village in Ghor province on Monday, killing at least 12 "
             "people.\n\nAbout 600 residents fled the village after the attack, an aid group "
             "said.", ("displaced", 600.0, "about")),
            ("Fighting erupted in the region last week, prompting more than 50,000 people to "
             "flee to neighbouring Chad.", ("displaced", 50000.0, "more_than"))):
        assert count in _counts(text), (text, _counts(text))


def test_fighters_who_fled_are_no_displaced_count():
    text = ("Jordanian troops clashed with smugglers on the border on Monday, killing four of "
            "them. Several others fled back across the border, the army said.")
    assert not any(k == "displaced" for k, _, _ in _counts(text)), _counts(text)


# ------------- "were killed in that raid, and more than 2,000 were displaced": both outcomes
def test_a_second_outcome_coordinated_with_the_toll_is_counted():
    for text in (
            "Gunmen stormed the village of Kaya last week. At least nine people were killed in "
            "that raid, according to residents, and more than 2,000 were displaced, according "
            "to the UN.",
            "Militants stormed the town of Djibo on Monday. Six soldiers were killed in the "
            "assault and more than 2,000 residents were displaced, officials said."):
        assert ("displaced", 2000.0, "more_than") in _counts(text), (text, _counts(text))


# ----------------------------------------- "a soldier was lightly wounded": one hurt, exactly
def test_one_person_wounded_is_one_exactly():
    for text in (
            "Border guards clashed with armed smugglers near the frontier on Monday, killing "
            "three of them, the army said. A soldier was lightly wounded.",
            "Gunmen shot dead a district official outside his home on Friday and wounded his "
            "driver, police said."):
        assert ("injured", 1.0, "exact") in _counts(text), (text, _counts(text))


# -------------------- "villagers had buried 15 people": another source's toll, kept beside
def test_people_buried_after_an_attack_are_a_second_toll():
    for text, first, buried in (
            ("GOMA (Reuters) - Rebels raided a village in North Kivu late on Monday, killing at "
             "least 11 civilians, the army said.\n\nA local chief said villagers had buried 15 "
             "people by Wednesday morning.", 11.0, 15.0),
            ("KANO (Reuters) - Gunmen attacked a village in Zamfara state on Sunday, killing at "
             "least eight people, police said.\n\n\"We buried 13 bodies this morning,\" a "
             "community leader told Reuters.", 8.0, 13.0)):
        got = _first_counts(text)
        assert ("killed", first, "at_least") in got and ("killed", buried, "exact") in got, (
            text, got)


def test_a_burial_without_a_number_is_no_toll():
    text = ("KANO (Reuters) - Gunmen attacked a village in Zamfara state on Sunday, killing at "
            "least eight people, police said.\n\nThe victims will be buried on Tuesday, the "
            "leader said.")
    assert _first_counts(text) == [("killed", 8.0, "at_least")], _first_counts(text)


# ------------ "had recovered three rifles ... and arrested two men": the arrest's seized counts
def test_things_recovered_before_an_arrest_are_its_seized_counts():
    for text, seized in (
            ("The army said soldiers had recovered three rifles and 40 rounds of ammunition "
             "from a farmhouse near Kilifi on Monday night and arrested two men.", [3.0, 40.0]),
            ("Police recovered two pistols and a grenade from a car in Kisumu on Friday and "
             "arrested the driver, a spokesman said.", [2.0])):
        evs = of_type(pipeline_events(text, "2026-03-04"), "COERCE")
        got = [q.value for e in evs for q in e.quantities if q.kind == "seized"]
        assert all(v in got for v in seized), (text, got)
        assert not any(w.name in ("rifles", "pistols") for e in evs for w in e.weapons), text


# ------- "its volunteers had treated at least 21 people", "35 had needed medical treatment"
def test_people_treated_after_a_dispersal_are_its_wounded():
    for text, count in (
            ("LIMA (Reuters) - Police fired tear gas and rubber bullets on Tuesday to disperse "
             "hundreds of miners who had blocked a highway near Arequipa. The Peruvian Red Cross "
             "said its volunteers had treated at least 21 people for injuries.", 21.0),
            ("BELGRADE (AFP) - Riot police fired tear gas on Saturday night to break up a "
             "student sit-in on a bridge in Nis. The student union said at least 35 "
             "protesters had needed medical treatment.", 35.0)):
        assert ("injured", count, "at_least") in _counts(text), (text, _counts(text))


def test_patients_treated_without_a_number_are_no_count():
    text = ("LIMA (Reuters) - Police fired tear gas on Tuesday to disperse hundreds of miners "
            "who had blocked a highway near Arequipa. Doctors at the local hospital said they "
            "had treated many patients in recent months.")
    assert not any(k == "injured" for k, _, _ in _counts(text)), _counts(text)


def test_prisoners_or_fighters_who_fled_are_no_displaced_count():
    for text in (
            "Gunmen stormed the central prison in Kotido before dawn on Saturday, killing two "
            "guards, officials said. The ministry put the number of escaped inmates at 30, while "
            "a warden told local radio that between 40 and 50 had fled.",
            "KABUL (Reuters) - Troops attacked a militant hideout in Ghor province on Monday, "
            "killing at least 12 people, officials said.\n\nAbout 20 fighters fled the area, "
            "the army said."):
        assert not any(k == "displaced" for k, _, _ in _counts(text)), (text, _counts(text))
