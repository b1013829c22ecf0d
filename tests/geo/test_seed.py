"""The seed article on the real gazetteer and spaCy (builds the gazetteer on first use)."""

from __future__ import annotations

from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "article.txt"

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="shared/seed not present")


@pytest.fixture(scope="module")
def analysis():
    from wirecoder.geo.stage import PlaceStage
    from wirecoder.language import LanguageStage
    from wirecoder.records import Analysis, Document

    text = SEED.read_text(encoding="utf-8")
    a = Analysis(document=Document(id="seed", text=text))
    LanguageStage()(a)
    PlaceStage()(a)
    return a


def _sentence(a, needle):
    doc = a.doc
    i = a.document.text.index(needle)
    tok = doc.char_span(i, i + len(needle), alignment_mode="expand")[0]
    s = tok.sent
    return a.document.span(i, i + len(needle)), a.document.span(s.start_char, s.end_char)


def test_no_places_from_person_or_organisation_names(analysis):
    names = {t.span.text for t in analysis.toponyms}
    assert "Cooper" not in names and "al-Sham" not in names and "Sham" not in names
    for t in analysis.toponyms:
        assert t.span.text == analysis.document.text[t.span.start:t.span.end]


def test_us_is_the_country(analysis):
    us = [t for t in analysis.toponyms if t.span.text == "US"]
    assert us and all(t.place.country == "US" and t.place.precision == "country" for t in us)


def test_joint_operation_in_rif_dimashq(analysis):
    from wirecoder.geo import event_location

    trigger, sentence = _sentence(analysis, "launched")
    place = event_location(analysis, trigger, sentence)
    # "the southern Rif Dimashq Province": a part of the province (precision "region")
    assert place.country == "SY" and place.precision == "region"
    assert place.admin1 == "Rif Dimashq"
    assert abs(place.lat - 33.5) < 1.0 and abs(place.lon - 36.9) < 1.0
    assert "Rif Dimashq" in place.evidence[0].text


def test_meeting_in_washington(analysis):
    from wirecoder.geo import event_location

    trigger, sentence = _sentence(analysis, "met with")
    place = event_location(analysis, trigger, sentence)
    assert place.name == "Washington" and place.country == "US" and place.precision == "city"
    assert place.admin1 == "District of Columbia"
