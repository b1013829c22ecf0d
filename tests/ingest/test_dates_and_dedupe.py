"""Published-date parsing (strict, explained) and near-duplicate detection."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.ingest.dates import parse_published
from wirecoder.ingest.dedupe import Deduplicator, signature, similarity
from wirecoder.records import Document


@pytest.mark.parametrize("value, expected", [
    ("2025-11-30", date(2025, 11, 30)),
    ("2025-11-30T08:15:00Z", date(2025, 11, 30)),
    ("2025-11-30 08:15:00+01:00", date(2025, 11, 30)),
    ("Sun, 30 Nov 2025 08:15:00 GMT", date(2025, 11, 30)),
    ("November 30, 2025", date(2025, 11, 30)),
    ("Sunday, November 30th 2025", date(2025, 11, 30)),
    ("30 November 2025", date(2025, 11, 30)),
    ("Sept. 3, 2025", date(2025, 9, 3)),
    ("2024-02-29", date(2024, 2, 29)),
    ("", None),
    (None, None),
])
def test_valid_dates(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value, why", [
    ("2025-02-30", "February has 28 days in 2025"),
    ("February 30th, 2025", "February has 28 days in 2025"),
    ("February 30th", "February never has day 30"),
    ("November 30th", "no year"),
    ("2025-13-01", "no month 13"),
    ("11/30/2025", "ambiguous"),
    ("yesterday", "not a date format"),
    ("Smarch 3, 2025", "not a month name"),
    ("2025-11-30T25:99", "malformed time"),
])
def test_invalid_dates_say_why(value, why):
    with pytest.raises(ValueError) as info:
        parse_published(value)
    assert why in str(info.value)


ARTICLE = (
    "Militants attacked a checkpoint in the north, killing four soldiers, the army said on "
    "Wednesday. Officials said the attackers fled on motorcycles toward the border after a "
    "gun battle that lasted two hours and that reinforcements had been sent to the area. "
    "The checkpoint guards the main road between the provincial capital and the border "
    "crossing, which traders use to bring grain and fuel into the region."
)


def doc(text: str, origin: str) -> Document:
    return Document(id=Document.make_id(text), text=text, origin=origin)


def test_identical_near_identical_and_different_documents():
    seen = Deduplicator()
    assert seen.check(doc(ARTICLE, "a")) is None
    same = seen.check(doc(ARTICLE.replace(" ", "  "), "b"))
    assert same is not None and same.kind == "identical copy" and same.of.origin == "a"
    near = seen.check(doc(ARTICLE + " (Reporting by Wire staff)", "c"))
    assert near is not None and near.kind == "near-identical copy" and near.similarity >= 0.9
    rewritten = ("A checkpoint in the north came under attack by militants on Wednesday and "
                 "four soldiers died, according to the army, which sent reinforcements.")
    assert seen.check(doc(rewritten, "d")) is None


def test_signature_is_deterministic_and_similarity_tracks_overlap():
    assert (signature(ARTICLE) == signature(ARTICLE)).all()
    half = ARTICLE[: len(ARTICLE) // 2]
    assert similarity(signature(ARTICLE), signature(half)) < 0.7


def test_short_documents_only_match_when_identical_in_words():
    seen = Deduplicator()
    assert seen.check(doc("Talks resumed.", "a")) is None
    assert seen.check(doc("Talks collapsed.", "b")) is None
