"""List the resolution errors (> 161 km) of one dev toponym set, worst first, with context.

    .venv/bin/python bench/geo/errors.py ../shared/gold/geowebnews/toponyms.dev.jsonl [--out F]

Each line: error km, gold name/id, the gazetteer's own point for the gold id (its distance to
the gold point: how far the annotation's point is from ours), the predicted place
(name, id, precision, score) and 60 characters of context either side.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    from wirecoder.evaluate import read_gold
    from wirecoder.evaluate import toponyms as tp
    from wirecoder.geo import default_gazetteer
    from wirecoder.geo.containment import haversine_km

    gaz = default_gazetteer()
    rows = read_gold(Path(args.gold))
    rows = rows[: args.limit] if args.limit else rows
    preds, metrics = tp.evaluate(rows, limit=args.limit)
    out = []
    for row, pred in zip(rows, preds):
        text = row["text"]
        for g, p in zip(row.get("toponyms") or [], pred["gold_spans_resolved"]):
            if g.get("lat") is None:
                continue
            place = p["resolved"]
            km = (tp.MAX_KM if not place or place.get("lat") is None
                  else haversine_km(g["lat"], g["lon"], place["lat"], place["lon"]))
            if km <= 161:
                continue
            ge = gaz.get(g["geonameid"]) if g.get("geonameid") else None
            out.append({
                "km": round(km), "doc": row["id"], "name": g["name"], "gold_id": g.get("geonameid"),
                "gold_in_gaz": ge is not None,
                "gaz_gold_km": (round(haversine_km(g["lat"], g["lon"], ge.lat, ge.lon))
                                if ge is not None else None),
                "gold_fcode": ge.feature_code if ge else None,
                "pred": (f"{place['name']}|{place['geonameid']}|{place['precision']}|"
                         f"{place['country']}|{place['admin1']}" if place else None),
                "ctx": text[max(0, g["start"] - 60): g["start"]].replace("\n", " ") + "[["
                       + g["name"] + "]]" + text[g["end"]: g["end"] + 60].replace("\n", " "),
            })
    out.sort(key=lambda r: -r["km"])
    for r in out:
        print(json.dumps(r, ensure_ascii=False))
    print(json.dumps(metrics["resolution"]))
    if args.out:
        Path(args.out).write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in out),
                                  encoding="utf-8")


if __name__ == "__main__":
    main()
