"""How many gold actor/target fillers the linker finds as mentions (MUC-4, WikiEvents, ISAF).

    .venv/bin/python bench/actors/role_fillers.py [GOLD.jsonl ...] [--limit N] [--misses]

For every gold event's actors and targets (name + aliases), a filler is *found* when some
mention's text equals the name or an alias (case- and article-insensitive: "exact"), or when
the words of one contain the other ("overlap"). This is mention recall, the ceiling for the
event stage's actor/target F1 (`wirecoder eval` measures that end to end). Also reports how
many mentions the linker emits per document (its precision cost).
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from datetime import date

from wirecoder.actors import default_kb, link_mentions
from wirecoder.language import load_nlp
from wirecoder.records import Analysis, Anchor, Document

DEFAULT = ["/work/shared/gold/muc4/events.dev.jsonl",
           "/work/shared/gold/wikievents/events.dev.jsonl",
           "/work/shared/gold/isaf-press-releases/events.dev.jsonl"]


def norm(text: str) -> str:
    text = re.sub(r"[^\w\s]", " ", text.lower())
    words = [w for w in text.split() if w not in {"the", "a", "an"}]
    return " ".join(words)


def contains(big: str, small: str) -> bool:
    return bool(small) and f" {small} " in f" {big} "


def run(path: str, limit: int, misses: bool, nlp, kb) -> dict[str, float]:
    counts: Counter[str] = Counter()
    n_docs = n_mentions = 0
    t0 = time.time()
    with open(path, encoding="utf-8") as fh:
        for line_no, line in enumerate(fh):
            if limit and line_no >= limit:
                break
            row = json.loads(line)
            text = row["text"]
            anchor = None
            if row.get("published"):
                anchor = Anchor(date.fromisoformat(row["published"][:10]), "metadata")
            a = Analysis(Document(Document.make_id(text), text), nlp(text), anchor)
            mentions = link_mentions(a, kb)
            spans = [norm(m.span.text) for m in mentions]
            n_docs += 1
            n_mentions += len(mentions)
            for event in row.get("events") or []:
                for role in ("actors", "targets"):
                    for filler in event.get(role) or []:
                        names = {norm(filler["name"])} | {norm(x) for x in filler.get("aliases") or []}
                        names.discard("")
                        if not names:
                            continue
                        counts[f"{role} gold"] += 1
                        if any(s in names for s in spans):
                            counts[f"{role} exact"] += 1
                            counts[f"{role} overlap"] += 1
                        elif any(contains(s, g) or contains(g, s) for s in spans for g in names):
                            counts[f"{role} overlap"] += 1
                        elif misses:
                            print(f"MISS {role}: {sorted(names)[:3]} | {[m.span.text for m in mentions][:12]}")
    secs = time.time() - t0
    out = {"docs": n_docs, "mentions/doc": n_mentions / max(1, n_docs), "secs": secs}
    for role in ("actors", "targets"):
        gold = counts[f"{role} gold"] or 1
        out[f"{role} gold"] = counts[f"{role} gold"]
        out[f"{role} exact"] = counts[f"{role} exact"] / gold
        out[f"{role} overlap"] = counts[f"{role} overlap"] / gold
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="*", default=DEFAULT)
    ap.add_argument("--limit", type=int, default=300, help="documents per file (0: all)")
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args()
    nlp, kb = load_nlp(), default_kb()
    print("| data set | docs | mentions/doc | actors (gold) | actor recall exact / overlap "
          "| targets (gold) | target recall exact / overlap |")
    print("|---|---|---|---|---|---|---|")
    for path in args.gold:
        r = run(path, args.limit, args.misses, nlp, kb)
        name = path.rstrip("/").split("/")[-2]
        print(f"| {name} | {r['docs']} | {r['mentions/doc']:.1f} | {r['actors gold']} | "
              f"{r['actors exact']:.3f} / {r['actors overlap']:.3f} | {r['targets gold']} | "
              f"{r['targets exact']:.3f} / {r['targets overlap']:.3f} |")


if __name__ == "__main__":
    main()
