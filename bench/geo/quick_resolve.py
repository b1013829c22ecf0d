"""Resolution-only acc@161 on the dev gold spans of LGL, GeoWebNews and TR-News (no spaCy).

    .venv/bin/python bench/geo/quick_resolve.py [--errors OUT.jsonl]

The same scoring as `wirecoder eval`'s resolution block (gold spans resolved in context,
an unresolved name counts 20,039 km); prints acc@161 and the number of > 161 km errors.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="lgl,geowebnews,tr-news")
    ap.add_argument("--errors", default=None)
    args = ap.parse_args()
    from wirecoder.evaluate import read_gold
    from wirecoder.evaluate.toponyms import MAX_KM
    from wirecoder.geo import default_gazetteer, resolve_spans
    from wirecoder.geo.containment import haversine_km

    gaz = default_gazetteer()
    errs = []
    for name in args.sets.split(","):
        rows = read_gold(ROOT.parent / "shared" / "gold" / name / "toponyms.dev.jsonl")
        n = ok = 0
        for row in rows:
            gold = row.get("toponyms") or []
            res = resolve_spans(row["text"], sorted({(g["start"], g["end"]) for g in gold}),
                                gazetteer=gaz, document_id=str(row.get("id")))
            by = {(t.span.start, t.span.end): t.place for t in res}
            for g in gold:
                if g.get("lat") is None:
                    continue
                n += 1
                p = by.get((g["start"], g["end"]))
                km = MAX_KM if p is None or p.lat is None else haversine_km(
                    g["lat"], g["lon"], p.lat, p.lon)
                if km <= 161:
                    ok += 1
                else:
                    errs.append({"set": name, "doc": row["id"], "name": g["name"],
                                 "km": round(km), "pred": p.name if p else None,
                                 "pred_country": p.country if p else None,
                                 "pred_admin1": p.admin1 if p else None})
        print(f"{name}: acc@161 {100 * ok / n:.2f} ({n - ok} errors of {n})", flush=True)
    if args.errors:
        Path(args.errors).write_text("\n".join(json.dumps(e) for e in errs) + "\n")


if __name__ == "__main__":
    main()
