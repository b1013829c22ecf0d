"""Round 12 (places and dates): sentences invented for each construction."""

from __future__ import annotations

from datetime import date

from wirecoder.evaluate.events import _document, run_pipeline
from wirecoder.time import tag_timexes


def _events(text: str, published: str) -> list:
    return run_pipeline(_document({"text": text, "published": published})).events


def _by_type(events: list, plover: str) -> list:
    return [e for e in events if e.type.plover == plover]


def test_a_plan_noun_is_no_future_marker() -> None:
    # "as part of a plan to ..." after the date: the past verb before it still decides
    text = ("The navy said it had sent two frigates to the port of Aden on Thursday night as "
            "part of a plan to secure the shipping lanes.")
    values = {t.span.text: t.value for t in tag_timexes(text, date(2026, 5, 15))}
    assert values["Thursday night"].startswith("2026-05-14")


def test_a_relative_clause_date_does_not_date_the_main_act() -> None:
    # the release is not dated by the week of the kidnapping the relative clause tells
    text = ("SOKOTO, March 10 (Reuters) - Gunmen have freed twelve traders who were seized on "
            "a highway in Zamfara State last week, police said on Tuesday.")
    released = _by_type(_events(text, "2026-03-10"), "RETREAT")
    assert released
    assert all(e.time.precision != "week" for e in released)


def test_a_later_exact_day_beats_last_month() -> None:
    text = ("KANO, April 20 (AFP) - Kidnappers have released 20 farmers who were abducted from "
            "their village in Zamfara State last month, residents said on Monday.\n\n"
            "The farmers were abducted on March 3, when dozens of armed men on motorcycles "
            "stormed the village and fired at residents.")
    abductions = [e for e in _events(text, "2026-04-20")
                  if e.type.acled_sub_event_type == "Abduction/forced disappearance"]
    assert abductions
    assert abductions[0].time.start == date(2026, 3, 3)
