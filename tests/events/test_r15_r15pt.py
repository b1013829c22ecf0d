"""Round 15 (places and dates, r15pt): sentences invented for each construction."""

from __future__ import annotations

from wirecoder.evaluate.events import _document, run_pipeline

from .conftest import of_type as _by_type
from .conftest import pipeline_events as _events


# ------------------------------------------------ place names joined by a particle
def test_a_name_joined_by_a_particle_is_one_place() -> None:
    # the tagger reads "Gracias" alone (a town of another department) and "Dios" as an ORG
    text = ("Soldiers clashed with smugglers on Tuesday near a river in the department of "
            "Gracias a Dios, the army said.")
    an = run_pipeline(_document({"text": text, "published": "2026-05-06"}))
    names = [t.span.text for t in an.toponyms]
    assert "Gracias a Dios" in names and "Gracias" not in names


def test_a_province_named_with_del_is_not_its_last_word() -> None:
    # "Maguindanao del Norte province" is no "Norte province"
    text = ("Militants ambushed an army truck on Monday in a village in Maguindanao del Norte "
            "province, the military said.")
    attacks = _by_type(_events(text, "2026-05-06"), "ASSAULT")
    assert attacks and attacks[0].location is not None
    assert attacks[0].location.name == "Maguindanao del Norte"
    # a Philippine province is a second-level area, inside its region
    assert attacks[0].location.admin1 == "Autonomous Region in Muslim Mindanao"


def test_a_town_in_a_province_named_with_de() -> None:
    text = ("Rebels attacked a police post on Sunday near Villa del Rosario in Norte de "
            "Santander province, officials said.")
    attacks = _by_type(_events(text, "2026-05-06"), "ASSAULT")
    assert attacks and attacks[0].location is not None
    assert attacks[0].location.name == "Villa del Rosario"
    assert attacks[0].location.admin1 == "Norte de Santander"
