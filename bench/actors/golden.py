"""Actor/target/claimant linking on the project's golden articles and the seed: is each gold
filler found as a mention (name or alias, case- and article-insensitive), and does the
mention carry the gold country and sector?

    .venv/bin/python bench/actors/golden.py [tests/golden/articles.gold.jsonl /work/shared/seed/events.gold.jsonl]

Prints NOTFOUND / WRONG lines, then the totals. The anchor is the article's published date.
"""
import json
import re
import sys
from datetime import date
from wirecoder.actors import default_kb, link_mentions
from wirecoder.language import load_nlp
from wirecoder.records import Analysis, Anchor, Document
def norm(t): return " ".join(w for w in re.sub(r"[^\w\s]", " ", t.lower()).split() if w not in {"the","a","an"})
nlp, kb = load_nlp(), default_kb()
tot = ok_found = ok_c = ok_s = nc = ns = 0
paths = sys.argv[1:] or ["tests/golden/articles.gold.jsonl", "/work/shared/seed/events.gold.jsonl"]
for path in paths:
  for line in open(path):
    row = json.loads(line)
    text = row["text"]
    pub = row.get("published")
    anchor = Anchor(date.fromisoformat(pub[:10]), "m") if pub else None
    ms = link_mentions(Analysis(Document(Document.make_id(text), text), nlp(text), anchor), kb)
    seen = set()
    for ev in row["events"]:
        for role in ("actors", "targets", "claimants"):
            for f in ev.get(role) or []:
                key = (f["name"], role)
                if key in seen:
                    continue
                seen.add(key)
                names = {norm(f["name"])} | {norm(a) for a in f.get("aliases") or []}
                hits = [m for m in ms if norm(m.span.text) in names]
                tot += 1
                if not hits:
                    print("NOTFOUND", row["id"], f["name"], f.get("country"), f.get("sector"))
                    continue
                ok_found += 1
                e = hits[0].entity
                if f.get("country") is not None or f.get("sector") is not None:
                    if f.get("country") is not None:
                        nc += 1
                        ok_c += e.country == f["country"]
                    if f.get("sector") is not None:
                        ns += 1
                        ok_s += e.sector == f["sector"]
                    if (f.get("country") is not None and e.country != f["country"]) or (f.get("sector") is not None and e.sector != f["sector"]):
                        print("WRONG", row["id"], f["name"], (f.get("country"), f.get("sector")), "got", (e.name, e.country, e.sector, e.kind), hits[0].span.text)
print(f"found {ok_found}/{tot}; country {ok_c}/{nc}; sector {ok_s}/{ns}")
