"""Resolution by context, on the tiny gazetteer (no spaCy needed)."""

from __future__ import annotations

from wirecoder.geo import resolve_spans
from wirecoder.geo.gazetteer import name_key
from wirecoder.geo.recognize import modifier_before


def _spans(text: str, *names: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for n in names:
        i = text.index(n, pos)
        out.append((i, i + len(n)))
        pos = i + len(n)
    return out


def test_name_key_folds_case_accents_and_dots():
    assert name_key("Rīf Dimashq") == "rif dimashq"
    assert name_key("U.S.") == "us"
    assert name_key("Hay’at") == "hayat"


def test_province_of_country_resolves_to_admin1(tiny_gazetteer):
    text = "a joint operation in the southern Rif Dimashq Province of Syria"
    tops = resolve_spans(text, _spans(text, "Rif Dimashq Province", "Syria"), tiny_gazetteer)
    assert tops[0].place.geonameid == 2
    # "southern" names a part of the province: precision "region", admin1 kept
    assert tops[0].place.precision == "region" and tops[0].place.admin1 == "Rif Dimashq"
    assert tops[0].modifier == "southern"
    # the direction narrows the place; it does not move its point
    assert (tops[0].place.lat, tops[0].place.lon) == (33.5, 36.9)
    assert tops[1].place.precision == "country"


def test_comma_container_inside_one_span(tiny_gazetteer):
    text = "They met on November 10th in Washington, DC."
    (top,) = resolve_spans(text, _spans(text, "Washington, DC"), tiny_gazetteer)
    assert top.place.geonameid == 12
    assert top.place.admin1 == "District of Columbia"
    assert top.place.precision == "city"
    assert top.span.text == "Washington, DC"


def test_district_province_containment(tiny_gazetteer):
    text = "fighting in Andar district, Ghazni province"
    tops = resolve_spans(text, _spans(text, "Andar district", "Ghazni province"), tiny_gazetteer)
    assert tops[0].place.geonameid == 33
    assert tops[1].place.geonameid == 31


def test_document_focus_beats_population(tiny_gazetteer):
    text = "Storms hit Texas. In Paris, the county fair was cancelled."
    tops = resolve_spans(text, _spans(text, "Texas", "Paris"), tiny_gazetteer)
    assert tops[1].place.geonameid == 14
    text = "Storms hit France. In Paris, the fair was cancelled."
    tops = resolve_spans(text, _spans(text, "France", "Paris"), tiny_gazetteer)
    assert tops[1].place.geonameid == 21


def test_unknown_name_is_recognised_but_unresolved(tiny_gazetteer):
    text = "They met in Xyzzyville."
    (top,) = resolve_spans(text, _spans(text, "Xyzzyville"), tiny_gazetteer)
    assert top.place is None


def test_modifiers():
    assert modifier_before("on the outskirts of ", len("on the outskirts of ")) == "outskirts of"
    assert modifier_before("fighting near ", len("fighting near ")) == "near"
    assert modifier_before("in the ", len("in the ")) is None


def test_same_name_with_different_containers_are_two_places(tiny_gazetteer):
    text = "Paris, Texas, and Paris, France."
    tops = resolve_spans(text, _spans(text, "Paris", "Texas", "Paris", "France"),
                         tiny_gazetteer)
    assert [t.place.geonameid for t in tops] == [14, 15, 21, 20]


def test_generic_word_alone_is_not_a_town(tiny_gazetteer):
    text = "Storms hit Texas. The West was spared."
    tops = resolve_spans(text, _spans(text, "Texas", "West"), tiny_gazetteer)
    # "West" names no place by itself: it falls back to the document's focus, no geonameid
    assert tops[1].place is not None and tops[1].place.geonameid is None
    assert tops[1].place.country == "US"


def _with_kabul():
    from wirecoder.geo.gazetteer import Gazetteer

    from .conftest import ALIASES, ENTRIES, _e
    kabul = _e(40, "Kabul", "PPLC", "AF", "13", "Kabul", lat=34.53, lon=69.17, pop=3_000_000)
    return Gazetteer.from_entries([*ENTRIES, kabul], ALIASES)


def test_unknown_name_falls_back_to_its_written_container_not_the_dateline():
    gaz = _with_kabul()
    text = ("KABUL, Afghanistan (Aug. 3) - Forces detained two insurgents in Qalandarkhel "
            "village of Andar district, Ghazni province, today.")
    tops = resolve_spans(text, _spans(text, "KABUL", "Afghanistan", "Qalandarkhel",
                                      "Andar district", "Ghazni province"), gaz)
    assert tops[0].place.geonameid == 40
    village = tops[2].place
    # the chain of containers: the district (admin2), not Kabul the dateline city
    assert village.geonameid is None and village.admin1 == "Ghazni"
    assert village.precision == "admin2" and (village.lat, village.lon) == (33.3, 68.5)


def test_unknown_district_falls_back_to_the_province_beside_it():
    gaz = _with_kabul()
    text = "KABUL, Afghanistan - A raid in Zarkhel district, Ghazni province, killed two."
    tops = resolve_spans(text, _spans(text, "KABUL", "Afghanistan", "Zarkhel",
                                      "Ghazni province"), gaz)
    district = tops[2].place
    assert district.admin1 == "Ghazni" and district.precision == "admin1"
    assert (district.lat, district.lon) == (33.0, 68.0) and tops[2].score < 0.5
    # without a written container an unknown name still goes to the document's focus
    text = "KABUL, Afghanistan - A raid near Zarkhel killed two."
    tops = resolve_spans(text, _spans(text, "KABUL", "Afghanistan", "Zarkhel"), gaz)
    assert tops[2].place.admin1 == "Kabul"


def test_dateline_town_is_no_focus_for_a_story_elsewhere():
    gaz = _with_kabul()
    text = ("KABUL, Afghanistan (Jan. 25) - Forces patrolled Ghazni province. "
            "Insurgents fired on them near Zarkhel.")
    tops = resolve_spans(text, _spans(text, "KABUL", "Afghanistan", "Ghazni province",
                                      "Zarkhel"), gaz)
    assert tops[0].place.geonameid == 40  # the dateline itself still resolves
    assert tops[3].place.admin1 == "Ghazni" and tops[3].place.precision == "admin1"
