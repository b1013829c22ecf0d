"""The toponym scorer's arithmetic (no models)."""

from __future__ import annotations

import math

from wirecoder.evaluate.toponyms import MAX_KM, _auc, _match_counts, resolution_metrics
from wirecoder.records import Place


def test_unresolved_counts_as_the_maximum_error():
    gold = {"lat": 10.0, "lon": 10.0, "geonameid": 5, "country": "SY"}
    m = resolution_metrics([(gold, None)])
    assert m["mean_km"] == MAX_KM and m["acc@161"] == 0.0
    assert m["geonameid_acc"] == 0.0 and m["country_acc"] == 0.0


def test_exact_answer():
    gold = {"lat": 33.5, "lon": 36.3, "geonameid": 3, "country": "SY"}
    place = Place(name="Damascus", country="SY", geonameid=3, lat=33.5, lon=36.3)
    m = resolution_metrics([(gold, place)])
    assert m["acc@161"] == 1.0 and m["median_km"] < 1e-6 and m["geonameid_acc"] == 1.0


def test_auc_is_zero_for_perfect_and_one_for_all_wrong():
    assert _auc([0.0, 0.0, 0.0]) == 0.0
    assert math.isclose(_auc([MAX_KM - 1] * 3), 1.0, rel_tol=1e-4)


def test_span_matching_exact_and_overlap():
    gold = [(0, 5), (10, 20)]
    pred = [(0, 5), (12, 18), (30, 35)]
    assert _match_counts(gold, pred, overlap=False) == (1, 2, 1)
    assert _match_counts(gold, pred, overlap=True) == (2, 1, 0)


def test_mordecai3_protocol_keeps_recognised_gold_with_a_known_id():
    from wirecoder.evaluate.toponyms import mordecai3_protocol

    class Gaz:
        def get(self, geonameid):
            if geonameid != 7:
                return None
            return Place(name="Homs", country="SY", geonameid=7, lat=34.7, lon=36.7)

    near = Place(name="Homs", country="SY", geonameid=7, lat=34.72, lon=36.72)
    far = Place(name="Elsewhere", country=None, lat=0.0, lon=0.0)
    triples = [
        ({"geonameid": 7, "lat": 30.0, "lon": 30.0}, near, True),   # gold point far, gaz point near
        ({"geonameid": 7, "lat": 34.7, "lon": 36.7}, far, True),
        ({"geonameid": 7, "lat": 34.7, "lon": 36.7}, far, False),   # not recognised: left out
        ({"geonameid": 99, "lat": 1.0, "lon": 1.0}, far, True),     # id unknown: left out
        ({"geonameid": None, "lat": 1.0, "lon": 1.0}, far, True),   # no id: left out
    ]
    m = mordecai3_protocol(triples, Gaz())
    assert m["n"] == 2 and m["acc@161"] == 0.5
