"""Where role-filler F1 loses targets, counted by class with the scorer's own mapping
(`evaluate.role_fillers.gtt_mapping`, the strings `text_mentions` set); summary numbers only
unless --show, so held-out sets may be counted without reading them.

Gold targets not found (first class that fits):
- `event unmapped`: no prediction is mapped to the gold event (detection or typing);
- `another role`: the mapped prediction has it, as an actor or weapon;
- `another event`: another prediction of the document has it as a target;
- `other form`: the mapped prediction has a target sharing its last word (a name form or
  span the gold spells otherwise: "police" vs "police officers");
- `elsewhere`: some prediction of the document has it in another role;
- `in text, never output`: no prediction has it, the text mentions it;
- `not in text`: the gold name is no mention of the text (a coder's paraphrase).

Extra targets output (first class that fits):
- `on unmapped event`: the prediction is mapped to no gold event;
- `gold actor`: it is one of the mapped gold event's actors (the actor's own side);
- `other gold target`: a target of another gold event of the document;
- `other form`: shares its last word with a gold target of the event (people counted twice,
  a group and its members, a name form);
- `place`: the gold or predicted location names it;
- `thing`: no sector (a site, vehicle, building the gold does not code);
- `other`.

    .venv/bin/python bench/events/target_misses.py GOLD:PRED [GOLD:PRED ...] [--show]
"""

from __future__ import annotations

import argparse
from collections import Counter

from per_type_recall import gold_and_predictions  # (this folder's)
from wirecoder.evaluate.event_fields import ROLES, UNSCORED_MODALITIES, _types
from wirecoder.evaluate.events import type_scope
from wirecoder.evaluate.role_fillers import _gtt_gold_entity, _gtt_match, gtt_mapping
from wirecoder.events.muc import gtt_norm

MISSED = ("event unmapped", "another role", "another event", "other form", "elsewhere",
          "in text, never output", "not in text")
EXTRA = ("on unmapped event", "gold actor", "other gold target", "other form", "place",
         "thing", "other")


def _rep(e: dict) -> str:
    return gtt_norm(e.get("text_mention") or e.get("name") or "")


def _last(s: str) -> str:
    words = s.split()
    return words[-1].rstrip("s") if words else ""


def _has(ents: list[dict], gold: set[str]) -> bool:
    return any(_gtt_match(e, gold) for e in ents)


def classify(doc: dict, preds_all: list[dict], scope: set[str],
             ) -> tuple[list[tuple[str, str]], list[tuple[str, str]], int, int]:
    """(missed gold targets, extra predicted targets) as (class, string) pairs, and the
    counts of gold targets and predicted targets."""
    preds = [p for p in preds_all if p.get("modality") not in UNSCORED_MODALITIES
             and (not scope or p["plover_type"] in scope)]
    golds = [g for g in doc["events"] if _types(g)]
    pairs, _ = gtt_mapping(preds, golds, ROLES)
    by_gold = {j: i for i, j in pairs}
    by_pred = {i: j for i, j in pairs}
    text = " " + gtt_norm(doc["text"]) + " "
    missed, extra = [], []
    for j, g in enumerate(golds):
        for ent in g.get("targets") or []:
            ge = _gtt_gold_entity(ent)
            i = by_gold.get(j)
            if i is not None and _has(preds[i].get("targets") or [], ge):
                continue
            name = gtt_norm(ent.get("name") or "")
            if i is None:
                kind = "event unmapped"
            elif any(_has(preds[i].get(r) or [], ge) for r in ("actors", "weapons")):
                kind = "another role"
            elif any(_has(p.get("targets") or [], ge) for k, p in enumerate(preds) if k != i):
                kind = "another event"
            elif any(_last(_rep(e)) in {_last(x) for x in ge}
                     for e in preds[i].get("targets") or []):
                kind = "other form"
            elif any(_has(p.get(r) or [], ge) for p in preds for r in ROLES):
                kind = "elsewhere"
            elif any(f" {x} " in text for x in ge):
                kind = "in text, never output"
            else:
                kind = "not in text"
            missed.append((kind, f"{g['plover_type']}: {name}"))
    for i, p in enumerate(preds):
        j = by_pred.get(i)
        for e in p.get("targets") or []:
            rep = _rep(e)
            if j is not None and any(_gtt_match(e, _gtt_gold_entity(ge))
                                     for ge in golds[j].get("targets") or []):
                continue
            if j is None:
                kind = "on unmapped event"
            elif any(_gtt_match(e, _gtt_gold_entity(ge)) for ge in golds[j].get("actors") or []):
                kind = "gold actor"
            elif any(_gtt_match(e, _gtt_gold_entity(ge)) for k, g in enumerate(golds)
                     if k != j for ge in g.get("targets") or []):
                kind = "other gold target"
            elif any(_last(rep) in {_last(x) for x in _gtt_gold_entity(ge)}
                     for ge in golds[j].get("targets") or []):
                kind = "other form"
            elif rep and rep in {gtt_norm((x.get("location") or {}).get("name") or "")
                                 for x in (p, golds[j])}:
                kind = "place"
            elif not e.get("sector"):
                kind = "thing"
            else:
                kind = "other"
            extra.append((kind, f"{p['plover_type']}: {rep} [{e.get('sector')}]"))
    n_gold = sum(len(g.get("targets") or []) for g in golds)
    n_pred = sum(len(p.get("targets") or []) for p in preds)
    return missed, extra, n_gold, n_pred


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pairs", nargs="+", metavar="GOLD:PRED")
    ap.add_argument("--show", action="store_true", help="print each miss (dev sets only)")
    a = ap.parse_args()
    miss_c: Counter = Counter()
    extra_c: Counter = Counter()
    n_gold = n_pred = 0
    for gold, by_id in gold_and_predictions(a.pairs):
        scope = type_scope([g["events"] for g in gold])
        for doc in gold:
            missed, extra, ng, np_ = classify(doc, by_id[doc["id"]], scope)
            n_gold += ng
            n_pred += np_
            miss_c.update(k for k, _ in missed)
            extra_c.update(k for k, _ in extra)
            if a.show:
                for k, s in missed:
                    print(f"{doc['id']}\tMISSED\t{k}\t{s}")
                for k, s in extra:
                    print(f"{doc['id']}\tEXTRA\t{k}\t{s}")
    print(f"gold targets {n_gold}, missed {sum(miss_c.values())}: "
          + ", ".join(f"{k} {miss_c[k]}" for k in MISSED))
    print(f"targets output {n_pred}, extra {sum(extra_c.values())}: "
          + ", ".join(f"{k} {extra_c[k]}" for k in EXTRA))


if __name__ == "__main__":
    main()
