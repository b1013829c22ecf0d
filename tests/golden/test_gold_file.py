"""The golden articles and their hand-coded events are well formed and agree with the text.

These checks do not run the pipeline: they guard the gold itself (FORMATS.md, events.jsonl).
The same checks (all but the example-file one) run over the held-out fresh benchmarks,
bench/events/fresh/articles.gold.jsonl, bench/events/fresh2/articles.gold.jsonl,
bench/events/fresh3/articles.gold.jsonl, bench/events/fresh4/articles.gold.jsonl,
bench/events/fresh5/articles.gold.jsonl, bench/events/fresh6/articles.gold.jsonl,
bench/events/fresh7/articles.gold.jsonl, bench/events/fresh8/articles.gold.jsonl,
bench/events/fresh9/articles.gold.jsonl, bench/events/fresh10/articles.gold.jsonl,
bench/events/fresh11/articles.gold.jsonl, bench/events/fresh12/articles.gold.jsonl,
bench/events/fresh13/articles.gold.jsonl, bench/events/fresh14/articles.gold.jsonl,
bench/events/fresh15/articles.gold.jsonl, bench/events/fresh16/articles.gold.jsonl,
bench/events/fresh17/articles.gold.jsonl, bench/events/fresh18/articles.gold.jsonl,
bench/events/fresh19/articles.gold.jsonl and bench/events/fresh20/articles.gold.jsonl, which have no
example texts.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
EXAMPLES = REPO / "examples" / "golden"
GOLDEN_FILE = HERE / "articles.gold.jsonl"
FRESH_FILE = REPO / "bench" / "events" / "fresh" / "articles.gold.jsonl"
FRESH2_FILE = REPO / "bench" / "events" / "fresh2" / "articles.gold.jsonl"
FRESH3_FILE = REPO / "bench" / "events" / "fresh3" / "articles.gold.jsonl"
FRESH4_FILE = REPO / "bench" / "events" / "fresh4" / "articles.gold.jsonl"
FRESH5_FILE = REPO / "bench" / "events" / "fresh5" / "articles.gold.jsonl"
FRESH6_FILE = REPO / "bench" / "events" / "fresh6" / "articles.gold.jsonl"
FRESH7_FILE = REPO / "bench" / "events" / "fresh7" / "articles.gold.jsonl"
FRESH8_FILE = REPO / "bench" / "events" / "fresh8" / "articles.gold.jsonl"
FRESH9_FILE = REPO / "bench" / "events" / "fresh9" / "articles.gold.jsonl"
FRESH10_FILE = REPO / "bench" / "events" / "fresh10" / "articles.gold.jsonl"
FRESH11_FILE = REPO / "bench" / "events" / "fresh11" / "articles.gold.jsonl"
FRESH12_FILE = REPO / "bench" / "events" / "fresh12" / "articles.gold.jsonl"
FRESH13_FILE = REPO / "bench" / "events" / "fresh13" / "articles.gold.jsonl"
FRESH14_FILE = REPO / "bench" / "events" / "fresh14" / "articles.gold.jsonl"
FRESH15_FILE = REPO / "bench" / "events" / "fresh15" / "articles.gold.jsonl"
FRESH16_FILE = REPO / "bench" / "events" / "fresh16" / "articles.gold.jsonl"
FRESH17_FILE = REPO / "bench" / "events" / "fresh17" / "articles.gold.jsonl"
FRESH18_FILE = REPO / "bench" / "events" / "fresh18" / "articles.gold.jsonl"
FRESH19_FILE = REPO / "bench" / "events" / "fresh19" / "articles.gold.jsonl"
FRESH20_FILE = REPO / "bench" / "events" / "fresh20" / "articles.gold.jsonl"
GOLDEN_SOURCE = "wirecoder golden (written by the project, CC0)"
FRESH_SOURCE = "wirecoder fresh benchmark (written by the project, CC0)"
FRESH2_SOURCE = "wirecoder fresh benchmark 2 (written by the project, CC0)"
FRESH3_SOURCE = "wirecoder fresh benchmark 3 (written by the project, CC0)"
FRESH4_SOURCE = "wirecoder fresh benchmark 4 (written by the project, CC0)"
FRESH5_SOURCE = "wirecoder fresh benchmark 5 (written by the project, CC0)"
FRESH6_SOURCE = "wirecoder fresh benchmark 6 (written by the project, CC0)"
FRESH7_SOURCE = "wirecoder fresh benchmark 7 (written by the project, CC0)"
FRESH8_SOURCE = "wirecoder fresh benchmark 8 (written by the project, CC0)"
FRESH9_SOURCE = "wirecoder fresh benchmark 9 (written by the project, CC0)"
FRESH10_SOURCE = "wirecoder fresh benchmark 10 (written by the project, CC0)"
FRESH11_SOURCE = "wirecoder fresh benchmark 11 (written by the project, CC0)"
FRESH12_SOURCE = "wirecoder fresh benchmark 12 (written by the project, CC0)"
FRESH13_SOURCE = "wirecoder fresh benchmark 13 (written by the project, CC0)"
FRESH14_SOURCE = "wirecoder fresh benchmark 14 (written by the project, CC0)"
FRESH15_SOURCE = "wirecoder fresh benchmark 15 (written by the project, CC0)"
FRESH16_SOURCE = "wirecoder fresh benchmark 16 (written by the project, CC0)"
FRESH17_SOURCE = "wirecoder fresh benchmark 17 (written by the project, CC0)"
FRESH18_SOURCE = "wirecoder fresh benchmark 18 (written by the project, CC0)"
FRESH19_SOURCE = "wirecoder fresh benchmark 19 (written by the project, CC0)"
FRESH20_SOURCE = "wirecoder fresh benchmark 20 (written by the project, CC0)"


def load_rows(path=GOLDEN_FILE):
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


PLOVER = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"}
ACLED = {"Armed clash", "Government regains territory", "Non-state actor overtakes territory",
         "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
         "Remote explosive/landmine/IED", "Grenade", "Sexual violence", "Attack",
         "Abduction/forced disappearance", "Peaceful protest", "Protest with intervention",
         "Excessive force against protesters", "Violent demonstration", "Mob violence", "Agreement",
         "Arrests", "Change to group/activity", "Disrupted weapons use",
         "Headquarters or base established", "Looting/property destruction",
         "Non-violent transfer of territory", "Other"}
KINDS = {"killed", "injured", "arrested", "captured", "displaced", "destroyed", "seized", "other"}
QUALIFIERS = {"exact", "at_least", "more_than", "about", "at_most", "less_than"}
PLACE_PRECISION = {"point", "city", "admin2", "admin1", "country", "region", None}
ROWS = load_rows()
FRESH_ROWS = load_rows(FRESH_FILE)
FRESH2_ROWS = load_rows(FRESH2_FILE)
FRESH3_ROWS = load_rows(FRESH3_FILE)
FRESH4_ROWS = load_rows(FRESH4_FILE)
FRESH5_ROWS = load_rows(FRESH5_FILE)
FRESH6_ROWS = load_rows(FRESH6_FILE)
FRESH7_ROWS = load_rows(FRESH7_FILE)
FRESH8_ROWS = load_rows(FRESH8_FILE)
FRESH9_ROWS = load_rows(FRESH9_FILE)
FRESH10_ROWS = load_rows(FRESH10_FILE)
FRESH11_ROWS = load_rows(FRESH11_FILE)
FRESH12_ROWS = load_rows(FRESH12_FILE)
FRESH13_ROWS = load_rows(FRESH13_FILE)
FRESH14_ROWS = load_rows(FRESH14_FILE)
FRESH15_ROWS = load_rows(FRESH15_FILE)
FRESH16_ROWS = load_rows(FRESH16_FILE)
FRESH17_ROWS = load_rows(FRESH17_FILE)
FRESH18_ROWS = load_rows(FRESH18_FILE)
FRESH19_ROWS = load_rows(FRESH19_FILE)
FRESH20_ROWS = load_rows(FRESH20_FILE)
GOLD_FILES = {"golden": (ROWS, GOLDEN_SOURCE), "fresh": (FRESH_ROWS, FRESH_SOURCE),
              "fresh2": (FRESH2_ROWS, FRESH2_SOURCE), "fresh3": (FRESH3_ROWS, FRESH3_SOURCE),
              "fresh4": (FRESH4_ROWS, FRESH4_SOURCE), "fresh5": (FRESH5_ROWS, FRESH5_SOURCE),
              "fresh6": (FRESH6_ROWS, FRESH6_SOURCE), "fresh7": (FRESH7_ROWS, FRESH7_SOURCE),
              "fresh8": (FRESH8_ROWS, FRESH8_SOURCE), "fresh9": (FRESH9_ROWS, FRESH9_SOURCE),
              "fresh10": (FRESH10_ROWS, FRESH10_SOURCE),
              "fresh11": (FRESH11_ROWS, FRESH11_SOURCE),
              "fresh12": (FRESH12_ROWS, FRESH12_SOURCE),
              "fresh13": (FRESH13_ROWS, FRESH13_SOURCE),
              "fresh14": (FRESH14_ROWS, FRESH14_SOURCE),
              "fresh15": (FRESH15_ROWS, FRESH15_SOURCE),
              "fresh16": (FRESH16_ROWS, FRESH16_SOURCE),
              "fresh17": (FRESH17_ROWS, FRESH17_SOURCE),
              "fresh18": (FRESH18_ROWS, FRESH18_SOURCE),
              "fresh19": (FRESH19_ROWS, FRESH19_SOURCE),
              "fresh20": (FRESH20_ROWS, FRESH20_SOURCE)}


def _ids(rows):
    return [r["id"] for r in rows]


# every article of both files, labelled "<file>:<id>"
ALL_ROWS = [pytest.param(r, id=f"{name}:{r['id']}") for name, (rows, _) in GOLD_FILES.items() for r in rows]

ROW_KEYS = {"id", "text", "published", "source", "events"}
EVENT_KEYS = {"id", "plover_type", "acled_sub_event_type", "original_type", "actors", "targets",
              "location", "date", "quantities", "claimants", "weapons"}
OPTIONAL_EVENT_KEYS = {"plover_type_alt", "core"}
PLACE_KEYS = {"name", "country", "admin1", "lat", "lon", "precision"}
DATE_PRECISION = {"day", "week", "month", "year", None}


@pytest.mark.parametrize("name", list(GOLD_FILES))
def test_at_least_eight_articles_and_unique_ids(name):
    rows, _ = GOLD_FILES[name]
    assert len(rows) >= 8
    assert len(set(_ids(rows))) == len(rows)
    event_ids = [e["id"] for r in rows for e in r["events"]]
    assert len(set(event_ids)) == len(event_ids)
    # at most two articles must rely on in-text anchors alone
    assert sum(r["published"] is None for r in rows) <= 2


def test_fresh_articles_are_not_golden_articles():
    sets = [ROWS, FRESH_ROWS, FRESH2_ROWS, FRESH3_ROWS, FRESH4_ROWS, FRESH5_ROWS, FRESH6_ROWS,
            FRESH7_ROWS, FRESH8_ROWS, FRESH9_ROWS, FRESH10_ROWS, FRESH11_ROWS,
            FRESH12_ROWS, FRESH13_ROWS, FRESH14_ROWS, FRESH15_ROWS, FRESH16_ROWS,
            FRESH17_ROWS, FRESH18_ROWS, FRESH19_ROWS, FRESH20_ROWS]
    for i, a in enumerate(sets):
        for b in sets[i + 1:]:
            assert not set(_ids(a)) & set(_ids(b))
            assert not {r["text"] for r in a} & {r["text"] for r in b}


@pytest.mark.parametrize("row", ROWS, ids=_ids(ROWS))
def test_text_matches_example_file(row):
    assert (EXAMPLES / f"{row['id']}.txt").read_text(encoding="utf-8") == row["text"]


@pytest.mark.parametrize("row", ALL_ROWS)
def test_row_schema(row):
    """The events.jsonl schema of shared/gold/FORMATS.md: keys and value types."""
    assert set(row) == ROW_KEYS
    assert isinstance(row["id"], str) and row["id"] and isinstance(row["text"], str)
    words = len(row["text"].split())
    assert 250 <= words <= 500, words
    sources = {name: source for name, (_, source) in GOLD_FILES.items()}
    assert row["source"] in sources.values()
    owner = next(name for name, (rows, _) in GOLD_FILES.items() if any(row is r for r in rows))
    assert row["source"] == sources[owner]
    if row["published"] is not None:
        date.fromisoformat(row["published"])
    assert isinstance(row["events"], list) and row["events"]
    for ev in row["events"]:
        assert EVENT_KEYS <= set(ev) <= EVENT_KEYS | OPTIONAL_EVENT_KEYS, ev["id"]
        assert isinstance(ev.get("core", True), bool), ev["id"]
        assert isinstance(ev.get("plover_type_alt", []), list), ev["id"]
        for role in ("actors", "targets", "claimants", "weapons", "quantities"):
            assert isinstance(ev[role], list), ev["id"]
        if ev["location"] is not None:
            assert set(ev["location"]) == PLACE_KEYS, ev["id"]
        assert set(ev["date"]) == {"start", "end", "precision"}, ev["id"]
        assert ev["date"]["precision"] in DATE_PRECISION, ev["id"]
        for q in ev["quantities"]:
            assert set(q) == {"kind", "value", "qualifier", "object"}, ev["id"]


def _entity_ok(entity, text_lower, where):
    assert set(entity) == {"name", "aliases", "country", "sector"}, where
    for s in [entity["name"], *entity["aliases"]]:
        assert s.lower() in text_lower, f"{where}: {s!r} is not in the text"
    assert entity["country"] is None or re.fullmatch(r"[A-Z]{3}", entity["country"]), where


@pytest.mark.parametrize("row", ALL_ROWS)
def test_events_are_well_formed(row):
    text_lower = row["text"].lower()
    assert any(e.get("core", True) for e in row["events"]), "every article has a core event"
    for ev in row["events"]:
        where = ev["id"]
        assert ev["id"].startswith(row["id"] + "-")
        assert ev["plover_type"] in PLOVER, where
        assert set(ev.get("plover_type_alt", [])) <= PLOVER - {ev["plover_type"]}, where
        assert ev["acled_sub_event_type"] is None or ev["acled_sub_event_type"] in ACLED, where
        assert ev["original_type"]
        for role in ("actors", "targets", "claimants", "weapons"):
            for ent in ev[role]:
                _entity_ok(ent, text_lower, f"{where} {role}")
        loc = ev["location"]
        if loc is not None:
            assert loc["name"].lower() in text_lower, where
            assert loc["country"] is None or re.fullmatch(r"[A-Z]{2}", loc["country"]), where
            assert loc["precision"] in PLACE_PRECISION, where
            if loc["lat"] is not None:
                assert -90 <= loc["lat"] <= 90 and -180 <= loc["lon"] <= 180, where
        d = ev["date"]
        start, end = (date.fromisoformat(d[k]) if d[k] else None for k in ("start", "end"))
        if start and end:
            assert start <= end, where
        if ev.get("core", True):
            # a core event is dated to the day (or a range of days), or to a week ("last week")
            assert start is not None and end is not None and d["precision"] in ("day", "week"), where
            if d["precision"] == "week":
                assert start.isoweekday() == 1 and (end - start).days == 6, where
        for q in ev["quantities"]:
            assert q["kind"] in KINDS and q["qualifier"] in QUALIFIERS, where
            assert isinstance(q["value"], (int, float)) and q["value"] > 0, where


@pytest.mark.parametrize("row", ALL_ROWS)
def test_core_event_dates_are_not_after_publication(row):
    if row["published"] is None:
        return
    published = date.fromisoformat(row["published"])
    for ev in row["events"]:
        if ev.get("core", True):
            assert date.fromisoformat(ev["date"]["start"]) <= published, ev["id"]
