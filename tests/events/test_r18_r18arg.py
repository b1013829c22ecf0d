"""Round 18 (r18arg) fixes in event arguments. Sentences written for these tests."""

from .conftest import of_type, pipeline_events


def _targets(text: str) -> list[str]:
    return [t.name for e in of_type(pipeline_events(text, "2026-03-03"), "ASSAULT")
            for t in e.targets]


# ------------------------------------ "fought with clubs and knives": every item an instrument
def test_things_listed_with_a_weapon_are_no_targets():
    for text, thing in (
            ("Rival supporters fought with clubs and knives outside a polling station in "
             "Tamale on Monday.", "clubs"),
            ("Villagers attacked the officers with stones and machetes in Kisii on Friday.",
             "stones"),
            ("Rioters pelted police with bottles and petrol bombs in Lyon on Saturday.",
             "bottles")):
        assert thing not in _targets(text), (text, _targets(text))
