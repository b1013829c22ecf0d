"""Event records (their schema v1 JSON form) to JSON Lines, a table, CSV with ACLED-style
columns, or GeoJSON."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

ACLED_COLUMNS = (
    "event_id", "event_date", "event_date_end", "time_precision", "year", "disorder_type",
    "event_type", "sub_event_type", "plover_type", "plover_mode", "cameo", "actor1",
    "assoc_actor_1", "actor2", "assoc_actor_2", "country", "admin1", "admin2", "location",
    "latitude", "longitude", "geo_precision", "source", "source_url", "notes", "fatalities",
    "quantities", "modality", "confidence",
)


def _names(participants: list[dict[str, Any]]) -> list[str]:
    return [p.get("name", "") for p in participants]


def acled_row(record: dict[str, Any]) -> dict[str, Any]:
    """One event as a flat row with ACLED's column names where they have a meaning."""
    etype = record.get("type") or {}
    time = record.get("time") or {}
    place = record.get("location") or {}
    actors = _names(record.get("actors", []))
    targets = _names(record.get("targets", []))
    sources = record.get("sources") or [{}]
    killed = [q["value"] for q in record.get("quantities", []) if q.get("kind") == "killed"]
    start = time.get("start")
    acled_type = etype.get("acled_event_type")
    return {
        "event_id": record.get("id"),
        "event_date": start,
        "event_date_end": time.get("end"),
        "time_precision": time.get("precision"),
        "year": start[:4] if start else None,
        "disorder_type": _disorder(acled_type),
        "event_type": acled_type,
        "sub_event_type": etype.get("acled_sub_event_type"),
        "plover_type": etype.get("plover"),
        "plover_mode": etype.get("plover_mode"),
        "cameo": etype.get("cameo"),
        "actor1": actors[0] if actors else None,
        "assoc_actor_1": "; ".join(actors[1:]) or None,
        "actor2": targets[0] if targets else None,
        "assoc_actor_2": "; ".join(targets[1:]) or None,
        "country": place.get("country"),
        "admin1": place.get("admin1"),
        "admin2": place.get("admin2"),
        "location": place.get("name"),
        "latitude": place.get("lat"),
        "longitude": place.get("lon"),
        "geo_precision": place.get("precision"),
        "source": sources[0].get("publisher"),
        "source_url": sources[0].get("url"),
        "notes": record.get("summary"),
        "fatalities": int(max(killed)) if killed else 0,
        "quantities": "; ".join(f"{q['kind']} {q['qualifier']} {q['value']}"
                                for q in record.get("quantities", [])) or None,
        "modality": record.get("modality"),
        "confidence": record.get("confidence"),
    }


def _disorder(acled_type: str | None) -> str | None:
    if acled_type in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
        return "Political violence"
    if acled_type in ("Protests", "Riots"):
        return "Demonstrations"
    if acled_type == "Strategic developments":
        return "Strategic developments"
    return None


def geojson(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    features = []
    for record in records:
        place = record.get("location") or {}
        if place.get("lat") is None or place.get("lon") is None:
            continue
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
            "properties": acled_row(record),
        })
    return {"type": "FeatureCollection", "features": features}


def write_events(records: list[dict[str, Any]], fmt: str, fh: IO[str]) -> None:
    """Write records in `fmt`: jsonl/json (one record a line), csv, geojson or table."""
    if fmt in ("jsonl", "json"):
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(fh, fieldnames=ACLED_COLUMNS)
        writer.writeheader()
        for record in records:
            writer.writerow(acled_row(record))
    elif fmt == "geojson":
        json.dump(geojson(records), fh, ensure_ascii=False)
        fh.write("\n")
    elif fmt == "table":
        for record in records:
            row = acled_row(record)
            when = row["event_date"] or "?"
            if row["event_date_end"] and row["event_date_end"] != row["event_date"]:
                when += f"..{row['event_date_end']}"
            fh.write(f"{when:<22} {row['plover_type'] or '':<10} {(row['location'] or '-'):<24} "
                     f"{row['notes'] or ''}\n")
    else:
        raise ValueError(f"unknown format {fmt!r}")
