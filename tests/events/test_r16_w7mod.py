"""Round 16 (w7mod): a date that only modifies an earlier event noun among an act's arguments
("convicted over the 2021 ambush", "sentenced for the 2022 massacre", "charged over last
year's bombing") does not make the act itself history."""

from __future__ import annotations

import pytest

from .conftest import of_type, pipeline_events


@pytest.mark.parametrize("text, kind", [
    ("A judge sentenced a former militia commander to 20 years for the 2022 massacre in Ituri.",
     "ACCUSE"),
    ("A tribunal in Arusha sentenced two former officers to life for the 2019 killings in "
     "Rutshuru.", "ACCUSE"),
    ("A court in Gulu jailed a rebel officer for the 2023 raid on a refugee camp.", "COERCE"),
])
def test_act_over_an_older_event_noun_is_news(text, kind):
    events = pipeline_events(text, "2026-05-08")
    acts = [e for e in of_type(events, kind) if e.trigger.text.lower() not in
            ("massacre", "killings", "raid")]
    assert acts and all(e.modality == "asserted" for e in acts)


def test_act_dated_in_an_earlier_year_stays_history():
    events = pipeline_events("Gunmen killed 12 villagers in Zamfara state in March 2019, "
                             "police said.", "2026-05-08")
    assert all(e.modality == "historical" for e in of_type(events, "ASSAULT"))


def test_act_over_an_older_event_noun_does_not_take_its_year():
    events = pipeline_events("A tribunal in Arusha sentenced two former officers to life for "
                             "the 2019 killings in Rutshuru.", "2026-05-08")
    acts = [e for e in of_type(events, "ACCUSE") if e.trigger.text.lower() == "sentenced"]
    assert acts and all(e.time is not None and e.time.start is not None
                        and e.time.start.year == 2026 for e in acts)
