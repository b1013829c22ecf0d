"""Round 13, second wave (places, w2pt): sentences invented for each construction."""

from __future__ import annotations

from wirecoder.evaluate.events import _document, run_pipeline


def _events(text: str, published: str) -> list:
    return run_pipeline(_document({"text": text, "published": published})).events


def _by_type(events: list, plover: str) -> list:
    return [e for e in events if e.type.plover == plover]


# ------------------------------------------------- the parties of talks are not their place
def test_countries_after_between_are_parties_not_the_place() -> None:
    text = "Norway offered on Friday to mediate between Colombia and Venezuela."
    events = _events(text, "2026-04-11")
    assert events
    for e in events:
        assert e.location is None or e.location.country not in ("CO", "VE")


def test_the_border_between_two_countries_still_places() -> None:
    text = ("Fighting broke out on the border between Tajikistan and Kyrgyzstan on Monday, "
            "killing four border guards.")
    attacks = _by_type(_events(text, "2026-04-11"), "ASSAULT")
    assert attacks and attacks[0].location is not None


# ------------------------------------------------- a valley named for an admin area
def test_a_valley_takes_the_area_it_is_named_for_over_the_dateline() -> None:
    text = ("KABUL (AP) - Resistance fighters ambushed a Taliban convoy in the Panjshir Valley "
            "on Tuesday, killing six, a commander said.")
    attacks = _by_type(_events(text, "2026-04-11"), "ASSAULT")
    assert attacks and attacks[0].location is not None
    assert attacks[0].location.name != "Kabul" and attacks[0].location.admin1 is not None
