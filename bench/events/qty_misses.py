"""Gold counts by what became of them, per dev set, from predictions made with
`run_eval.py GOLD --predictions PRED_DIR/SET.jsonl` (SET: golden, fresh, fresh2 ... fresh14,
isaf). On the events the scorer aligns: `ok`, `wrong number` (the kind is there with another
value), `wrong qualifier`, `wrong kind` (the value is there under another kind), `count on
wrong event` (another prediction of the article carries it), `missing`; and `event missed`
for gold events left unaligned; `spurious` counts kinds a prediction gives that its gold
event does not have.

    PYTHONPATH=src .venv/bin/python bench/events/qty_misses.py PRED_DIR [SET,SET...] [-v]

`-v` prints each miss with the gold and predicted counts: for dev sets only, never a
held-out one.
"""
import json
import sys
from collections import Counter

from wirecoder.evaluate.event_fields import UNSCORED_MODALITIES, _qty_key
from wirecoder.evaluate.events import align

W = ""
SETS = {"golden": W + "tests/golden/articles.gold.jsonl",
        "fresh": W + "bench/events/fresh/articles.gold.jsonl",
        **{f"fresh{i}": W + f"bench/events/fresh{i}/articles.gold.jsonl" for i in
           [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]},
        "isaf": "/work/shared/gold/isaf-press-releases/events.dev.jsonl"}


def rows(p):
    return [json.loads(l) for l in open(p) if l.strip()]


def classify(g, p, others):
    pk = {_qty_key(q) for q in p.get("quantities") or []} if p else set()
    k = _qty_key(g)
    if k in pk:
        return "ok"
    if p is None:
        if any(k in {_qty_key(q) for q in o.get("quantities") or []} for o in others):
            return "event missed/count elsewhere"
        return "event missed"
    pq = p.get("quantities") or []
    if any(q["kind"] == g["kind"] and float(q["value"]) == float(g["value"]) for q in pq):
        return "wrong qualifier"
    if any(k == _qty_key(q) for o in others for q in o.get("quantities") or []):
        return "count on wrong event"
    if any(float(q["value"]) == float(g["value"]) for q in pq):
        return "wrong kind"
    if any(q["kind"] == g["kind"] for q in pq):
        return "wrong number"
    return "missing"


def run(pred_dir, names, verbose=False):
    tot, spur = Counter(), Counter()
    per = {}
    for name in names:
        gold = rows(SETS[name])
        preds = {d["id"]: d.get("events", []) for d in rows(f"{pred_dir}/{name}.jsonl")}
        c = Counter()
        for doc in gold:
            ps = [e for e in preds.get(doc["id"], [])
                  if e.get("modality") not in UNSCORED_MODALITIES]
            gs = doc["events"]
            pairs = dict((j, i) for i, j in align(ps, gs))
            for j, g in enumerate(gs):
                p = ps[pairs[j]] if j in pairs else None
                others = [e for i, e in enumerate(ps) if p is None or e is not p]
                for q in g.get("quantities") or []:
                    cl = classify(q, p, others)
                    c[cl] += 1
                    if verbose and cl != "ok":
                        print(f"  [{name}] {doc['id'][:45]} {g['plover_type']} GOLD {q['kind']}"
                              f" {q['value']} {q['qualifier']} ({q.get('object')}) -> {cl}; PRED "
                              + (str([(x['kind'], x['value'], x['qualifier'], x.get('object'))
                                      for x in p.get('quantities') or []]) if p else '-'))
                if p:
                    gk = {_qty_key(q) for q in g.get("quantities") or []}
                    for q in p.get("quantities") or []:
                        if _qty_key(q) not in gk and not any(
                                x["kind"] == q["kind"] for x in g.get("quantities") or []):
                            spur[name] += 1
                            if verbose:
                                print(f"  [{name}] {doc['id'][:45]} SPURIOUS {q['kind']} "
                                      f"{q['value']} {q['qualifier']} ({q.get('object')})")
        per[name] = c
        tot += c
    return per, tot, spur


if __name__ == "__main__":
    pred_dir = sys.argv[1]
    names = sys.argv[2].split(",") if len(sys.argv) > 2 and sys.argv[2] != "-v" else list(SETS)
    per, tot, spur = run(pred_dir, names, verbose="-v" in sys.argv)
    classes = ["ok", "wrong number", "wrong qualifier", "wrong kind", "count on wrong event",
               "missing", "event missed", "event missed/count elsewhere"]
    print("set".ljust(9) + "".join(c[:10].rjust(11) for c in classes) + "  spurious")
    for n, c in per.items():
        print(n.ljust(9) + "".join(str(c[k]).rjust(11) for k in classes) + str(spur[n]).rjust(9))
    print("TOTAL".ljust(9) + "".join(str(tot[k]).rjust(11) for k in classes)
          + str(sum(spur.values())).rjust(9))
