"""Round 16 (w6follow): counts told in a follow-up sentence, attached to the event they
complete. Sentences written for these tests."""

from .conftest import counts, of_type, one, pipeline_events


# ------------------------------------------- the wounded told just after a riot are its own
def test_people_hurt_told_after_a_riot_are_the_riots():
    for text, n in (
            ("Hundreds of farmers protesting against land seizures in Kisumu turned violent on "
             "Friday, blocking roads and throwing stones at police. Eleven officers were "
             "injured, the county police commander said.", 11.0),
            ("Demonstrators rioted in the port city of Mombasa on Sunday, torching cars and "
             "hurling rocks at police. Four policemen were wounded, a police spokesman said in "
             "a statement.", 4.0)):
        events = pipeline_events(text, "2026-03-03")
        riot = one(events, "PROTEST")
        assert counts(riot, "injured") == [(n, "exact")], (text, riot.quantities)
        assert not of_type(events, "ASSAULT"), (text, [e.type for e in events])


# ------------------------------------------------- the people treated are the attack's wounded
def test_people_treated_after_an_attack_are_its_wounded():
    for text, n, qual in (
            ("Gunmen attacked a police post in Garissa on Monday, killing six officers. Nine "
             "others were being treated in hospital, a medic said.", 9.0, "exact"),
            ("A car bomb exploded outside a market in Mogadishu on Saturday, killing at least "
             "12 people. At least 20 people were hospitalised, doctors said.", 20.0, "at_least"),
            ("Militants ambushed a convoy near Gao on Friday. Seven soldiers were being treated "
             "for gunshot wounds, the army said.", 7.0, "exact")):
        ev = one(pipeline_events(text, "2026-03-03"), "ASSAULT")
        assert counts(ev, "injured") == [(n, qual)], (text, ev.quantities)


# ------------------------------- a group's claim of an attack, with its own toll, is the attack
def test_the_kill_a_claim_of_the_attack_tells_is_that_attack():
    for text, told, claimed in (
            ("Gunmen stormed an army checkpoint near Tillaberi on Sunday, killing nine "
             "soldiers, the defence ministry said. The Islamic State Sahel Province claimed "
             "responsibility in a statement, saying its fighters had killed 25 soldiers.",
             9.0, 25.0),
            ("Militants attacked a border post in Mandera on Friday, killing four police "
             "officers. The group later claimed the attack, saying it had killed "
             "12 members of the security forces.", 4.0, 12.0)):
        events = pipeline_events(text, "2026-03-03")
        assaults = of_type(events, "ASSAULT")
        assert len(assaults) == 1, (text, [e.quantities for e in assaults])
        assert sorted(v for v, _ in counts(assaults[0], "killed")) == [told, claimed], (
            text, assaults[0].quantities)


# ---------------------------------------- "N of the attackers were killed": the attackers' dead
def test_attackers_killed_are_counted_apart_from_their_victims():
    for text, victims, own in (
            ("Gunmen raided a bank in Kaduna on Monday, killing five guards. Two of the "
             "attackers were killed in an exchange of fire with police, the police said.",
             5.0, 2.0),
            ("Armed men attacked a police station in Zamfara on Friday, killing six officers. "
             "Three of the gunmen were shot dead by the police.", 6.0, 3.0)):
        ev = one(pipeline_events(text, "2026-03-03"), "ASSAULT")
        assert sorted(v for v, _ in counts(ev, "killed")) == sorted([victims, own]), (
            text, ev.quantities)


def test_part_of_the_militants_killed_stays_a_part():
    text = ("Soldiers killed 12 militants in a raid on a camp near Diffa on Sunday. Two of the "
            "militants were commanders, the army said.")
    ev = one(pipeline_events(text, "2026-03-03"), "ASSAULT")
    assert counts(ev, "killed") == [(12.0, "exact")], ev.quantities


# ------------------------------- the lead's statement told again in full later on is one event
def test_an_accusation_summed_up_in_the_lead_and_told_later_is_one():
    for text in (
            "NAIROBI, May 4 (Reuters) - Five soldiers were killed in an attack on a base in "
            "northern Kenya on Sunday, the army said, as Nairobi accused Somalia of harbouring "
            "the militants.\n\nThe gunmen crossed the border before dawn, the army said. "
            "Kenya's defence minister accused Mogadishu of failing to police its border.",
            "BAGHDAD, May 4 (AP) - A drone struck a checkpoint near the Syrian border on "
            "Sunday, killing three border guards, as Baghdad accused Syria of letting "
            "smugglers operate freely.\n\nIraq's interior minister accused Damascus of "
            "turning a blind eye to the militants."):
        events = pipeline_events(text, "2026-05-05")
        assert len(of_type(events, "ACCUSE")) == 1, (text, [
            (e.actors, e.targets) for e in of_type(events, "ACCUSE")])


def test_accusations_by_two_countries_stay_apart():
    text = ("ISLAMABAD, May 4 (Reuters) - Pakistan accused India of backing the militants who "
            "attacked a train on Sunday.\n\nIndia's foreign ministry accused Pakistan of "
            "spreading lies to hide its own failures.")
    assert len(of_type(pipeline_events(text, "2026-05-05"), "ACCUSE")) == 2


# ---------------------------------- the lead's risen toll brings the body's first count up to date
def test_a_toll_the_lead_says_has_risen_replaces_the_first_count():
    for text, n in (
            ("PESHAWAR, May 4 (Reuters) - The death toll from a suicide bombing at a mosque in "
             "Peshawar rose to 14 on Monday, hospital officials said.\n\nThe bomber blew "
             "himself up during Friday prayers, initially killing nine worshippers.", 14.0),
            ("MAIDUGURI, May 4 (AP) - The death toll from an ambush on a police convoy in Borno "
             "state has risen to eight, police said on Monday.\n\nGunmen opened fire on the "
             "convoy near Bama on Saturday, killing five officers on the spot.", 8.0)):
        ev = one(pipeline_events(text, "2026-05-04"), "ASSAULT")
        assert [v for v, _ in counts(ev, "killed")] == [n], (text, ev.quantities)
