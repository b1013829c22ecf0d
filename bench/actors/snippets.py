"""Source/target country and sector accuracy of the actor linker on PLOVER gold snippets.

    .venv/bin/python bench/actors/snippets.py [/work/shared/gold/plover-gsr/snippets.dev.jsonl]
        [--errors]

Roles come from a simple dependency heuristic (source: the first linked mention in subject
position, else the first mention; target: the first mention in object position after it, else
the next mention). The events stage assigns roles properly; this measures the linker.
Also reports an oracle-role upper bound: the gold value is carried by *some* mention.
A gold field that is null is not scored (gold/FORMATS.md).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from wirecoder.actors import default_kb, link_mentions
from wirecoder.language import load_nlp
from wirecoder.records import Analysis, Document

GOLD = Path("/work/shared/gold/plover-gsr/snippets.dev.jsonl")
SUBJ = {"nsubj", "nsubjpass", "csubj", "agent"}
OBJ = {"dobj", "pobj", "dative", "attr", "oprd", "iobj"}


def role_of(doc, mention) -> str | None:
    """Walk up from the mention's head through conj/appos/compound to a grammatical role."""
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    tok = span.root
    for _ in range(6):
        if tok.dep_ in SUBJ:
            return "subj"
        if tok.dep_ in OBJ:
            return "obj"
        if tok.dep_ in {"conj", "appos", "compound", "poss", "amod", "nmod", "prep"} and \
                tok.head is not tok:
            tok = tok.head
            continue
        return None
    return None


def pick(doc, mentions):
    ms = [m for m in mentions if m.entity.kind not in {"designation list"}]
    if not ms:
        return None, None
    roles = [role_of(doc, m) for m in ms]
    src_i = next((i for i, r in enumerate(roles) if r == "subj"), 0)
    src = ms[src_i]
    tgt = next((m for m, r in zip(ms[src_i + 1:], roles[src_i + 1:], strict=True)
                if r == "obj" and m.entity.kb_id != src.entity.kb_id), None)
    if tgt is None:
        tgt = next((m for m in ms[src_i + 1:] if m.entity.name != src.entity.name), None)
    return src, tgt


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="?", default=str(GOLD))
    ap.add_argument("--errors", action="store_true", help="print the misses")
    args = ap.parse_args()
    nlp, kb = load_nlp(), default_kb()
    score: Counter[str] = Counter()
    total: Counter[str] = Counter()
    t0 = time.time()
    rows = [json.loads(line) for line in open(args.gold, encoding="utf-8")]
    for row in rows:
        text = row["text"]
        doc = Document(Document.make_id(text), text)
        a = Analysis(doc, nlp(text), None)
        mentions = link_mentions(a, kb)
        src, tgt = pick(a.doc, mentions)
        for role, pred in (("source", src), ("target", tgt)):
            gold = row["labels"].get(role)
            if not gold:
                continue
            for fld in ("country", "sector"):
                if gold.get(fld) is None:
                    continue
                key = f"{role} {fld}"
                total[key] += 1
                got = getattr(pred.entity, fld) if pred else None
                if got == gold[fld]:
                    score[key] += 1
                elif args.errors:
                    print(f"MISS {key}: gold {gold[fld]} ({gold['name']}) got {got} "
                          f"({pred.span.text if pred else None}) | {text[:110]}")
                if any(getattr(m.entity, fld) == gold[fld] for m in mentions):
                    score[f"{key} (oracle role)"] += 1
    secs = time.time() - t0
    print(f"{len(rows)} snippets in {secs:.1f}s ({secs / len(rows) * 1000:.0f} ms each, "
          "parse included)")
    print("| field | correct | scored | accuracy | oracle-role accuracy |")
    print("|---|---|---|---|---|")
    for key in ("source country", "source sector", "target country", "target sector"):
        n = total[key]
        acc = score[key] / n if n else 0.0
        orc = score[f"{key} (oracle role)"] / n if n else 0.0
        print(f"| {key} | {score[key]} | {n} | {acc:.3f} | {orc:.3f} |")


if __name__ == "__main__":
    sys.exit(main())
