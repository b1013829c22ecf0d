"""Round 25 review mends (r25mend_b), dates: two numbers joined by a dash are a range of
years only when the later comes second and no count noun follows ("between 1800-1900
residents", "a 2000-1500 lead" are no years). Sentences invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.time.tagger import tag_timexes


@pytest.mark.parametrize("text", ["Between 1800-1900 residents fled the village of Pulka.",
                                  "Some 1500-2000 people gathered in the square.",
                                  "The home side took a 2000-1500 lead in the count."])
def test_a_number_with_dashes_that_counts_is_no_year(text):
    found = [t.span.text for t in tag_timexes(text, date(2026, 5, 12))]
    assert found == [], found


def test_a_dashed_range_of_years_is_still_read():
    found = [t.span.text for t in tag_timexes("The 2010-2012 drought killed cattle.",
                                              date(2026, 5, 12))]
    assert found == ["2010", "2012"], found


def test_the_day_of_a_saying_dates_its_clause_not_the_dateline_or_publication():
    # the r25date test below, published and datelined two days after the saying's Thursday,
    # so that a fall back to either day fails it
    from wirecoder.evaluate.events import _document, run_pipeline

    text = ("DAVAO, May 9 (AP) - The army said on Thursday it had sent two battalions to the "
            "area, and that a committee formed under the 2019 accord had begun talks with both "
            "clans.")
    events = run_pipeline(_document({"text": text, "published": "2026-05-09"})).events
    found = [(e.time.start, e.time.end) for e in events
             if e.trigger is not None and "talks" in e.trigger.text]
    assert (date(2026, 5, 7), date(2026, 5, 7)) in found, found
