"""Round 15 (r15arg) fixes in event arguments. Sentences written for these tests."""

from .conftest import one, pipeline_events


def _names(parts):
    return {x for p in parts for x in (p.name, *p.mentions)}


# ------------------------------------------------- people of a named body are that body
def test_people_of_a_named_body_are_that_body():
    for text, plover, body in (
            ("Fighters of the Allied Democratic Forces attacked a village near Beni on Sunday, "
             "killing five farmers, police said.", "ASSAULT", "Allied Democratic Forces"),
            ("Militants of al-Shabaab stormed a hotel in Kismayo on Friday, killing nine "
             "people.", "ASSAULT", "al-Shabaab"),
            ("A former governor was arrested at his home in Kisumu on Sunday by officers of "
             "the Directorate of Criminal Investigations, a police spokesman said.", "COERCE",
             "Directorate of Criminal Investigations")):
        ev = one(pipeline_events(text, "2026-03-03"), plover)
        assert len(ev.actors) == 1 and body in ev.actors[0].name, (text, ev.actors)


def test_a_groups_own_fighters_are_the_group():
    for text, group in (
            ("Boko Haram said its fighters had attacked a military base in Borno on Friday, "
             "killing 20 soldiers.", "Boko Haram"),
            ("The Houthis said their fighters shot down a drone over Marib on Sunday.",
             "Houthis")):
        ev = one(pipeline_events(text, "2026-03-03"), "ASSAULT")
        assert [a.name for a in ev.actors] == [group], (text, ev.actors)


# ------------------------------------------------------------- whom an appeal is made to
def test_an_appeal_to_a_clan_or_tribe_targets_them_not_what_they_are_asked_about():
    for text, who in (("The governor appealed to the rival clans to allow food through.",
                       "clans"),
                      ("The elders urged the two tribes to end their feud over grazing land.",
                       "tribes")):
        ev = one(pipeline_events(text, "2026-03-03"), "REQUEST")
        assert any(who in n for n in _names(ev.targets)), (text, ev.targets)
        assert not any(n in ("food", "feud") for n in _names(ev.targets))


# ------------------------------------------------------------ a title named by its owner
def test_a_title_keeps_the_name_of_its_possessor_among_its_mentions():
    for text, plover, phrase in (
            ("The ministry summoned Myanmar's charge d'affaires in Dhaka on Monday.", "ACCUSE",
             "Myanmar's charge d'affaires"),
            ("Police detained Somaliland's foreign minister in Hargeisa on Monday.", "COERCE",
             "Somaliland's foreign minister")):
        ev = one(pipeline_events(text, "2026-03-03"), plover)
        assert phrase in _names(ev.targets), (text, ev.targets)
