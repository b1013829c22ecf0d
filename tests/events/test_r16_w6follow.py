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
