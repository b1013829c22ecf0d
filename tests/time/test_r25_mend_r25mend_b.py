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
