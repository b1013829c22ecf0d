"""Round 10 (geo5): a name of three letters or fewer that reaches a town abroad only as one
of its other names ("Zad": Zadar) is no reading in a story whose other places lie in
another country; in a story about that town's country it still is. Real gazetteer;
sentences written for these tests."""

from __future__ import annotations


def test_a_short_other_name_of_a_town_abroad_does_not_beat_the_story_country(resolve_names):
    text = ("Marines patrolled Musa Qala and Zad in Helmand after the attack near Lashkar Gah "
            "and Kandahar.")
    found = resolve_names(text, ["Musa Qala", "Zad", "Helmand", "Lashkar Gah", "Kandahar"])
    zad = found[1].place
    assert zad is None or zad.country == "AF"  # was Zadar, Croatia, at full score


def test_the_short_other_name_still_reads_as_the_town_in_its_own_country(resolve_names):
    text = "Tourists left Zad for Split and Dubrovnik on the Croatian coast."
    found = resolve_names(text, ["Zad", "Split", "Dubrovnik"])
    assert found[0].place is not None and found[0].place.name == "Zadar"


def test_a_country_abbreviation_keeps_its_reading_in_a_story_elsewhere(resolve_names):
    text = "Envoys from the UK met officials in Kabul, Kandahar and Herat on Monday."
    found = resolve_names(text, ["UK", "Kabul", "Kandahar", "Herat"])
    assert found[0].place is not None and found[0].place.country == "GB"
