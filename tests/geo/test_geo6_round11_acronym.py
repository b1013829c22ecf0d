"""Round 11 (geo6): an organisation's acronym the tagger reads as one, coordinated with a
place name before a place noun ("in the NATO and Mandera areas"), is no place because a
small town is written so in mixed case (Nato, the Philippines): the resolver reads such an
acronym as no town either. Real gazetteer, spaCy parse; sentences written for these tests."""

from __future__ import annotations

from wirecoder.geo.place_context import known_place

from .conftest import event_place, places_in


def test_an_organisation_acronym_coordinated_with_a_place_is_no_place(nlp, gaz):
    found = places_in("Bandits attacked a convoy in the NATO and Mandera areas on Monday.",
                    nlp, gaz)
    assert "NATO" not in found
    assert found["Mandera"] is not None and found["Mandera"].country == "KE"


def test_the_event_is_placed_at_the_place_not_the_acronym(nlp, gaz):
    place = event_place("Bandits attacked a convoy in the NATO and Mandera areas on Monday.",
                        "attacked", nlp, gaz)
    assert place is not None and place.name == "Mandera"


def test_known_place_skips_small_mixed_case_towns_for_an_upper_case_name(gaz):
    assert known_place(gaz, "Nato")  # the villages in the Philippines
    assert not known_place(gaz, "NATO", main_name=True)
    assert known_place(gaz, "Mandera", main_name=True)


def test_a_place_coordinated_with_an_organisation_under_a_place_noun_places_the_event():
    # the events stage read "Mandera", coordinated with the organisation "NATO", as standing
    # for a government (`event_places.metonymic`); under "areas" the names are places
    from datetime import date

    from wirecoder.pipeline import Pipeline
    from wirecoder.records import Document

    text = ("Kenyan troops patrolled the NATO and Mandera areas on Monday after gunmen attacked "
            "a bus, killing four passengers.")
    analysis = Pipeline()(Document(id="t", text=text, published=date(2025, 3, 4)))
    attack = [e for e in analysis.events if e.type.plover == "ASSAULT"]
    assert attack and attack[0].location is not None
    assert attack[0].location.name == "Mandera"
