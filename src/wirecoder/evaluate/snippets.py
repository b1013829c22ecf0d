"""Score the pipeline on `snippets.jsonl` gold (PLOVER gold-standard records, CASE-style ACLED
descriptions): the prediction for a snippet describes its main event.

The main event is the asserted event whose trigger sits highest in the parse of the first
sentence with an event (reporting verbs such as "said" do not count as levels), ties going to
the more confident. Labels filled: plover_type, plover_mode, acled_sub_event_type (null when
no ACLED type applies, including when no event is found), source and target (Entity with
name, country, sector). Metrics per label: accuracy, micro/macro/weighted F1 and the confusion
matrix; for source/target: name, country and sector accuracy.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..language import span_root
from ..records import Analysis, Document, Event
from .event_fields import entity_match, norm
from .events import run_pipeline

REPORT_LIKE = frozenset({"charge", "allege", "protest", "complain", "accuse", "warn"})
LABELS = ("plover_type", "plover_mode", "acled_sub_event_type")
NONE = "null"


def _depth(tok: Any, reporting: frozenset[str]) -> int:
    d = 0
    node = tok
    while node.head != node:
        node = node.head
        if node.lemma_.lower() not in reporting:
            d += 1
    return d


def main_event(analysis: Analysis) -> Event | None:
    """The event a short text is mainly about."""
    from ..events.lexicon import load_lexicon

    events = list(analysis.events)
    if not events:
        return None
    reporting = load_lexicon().words("reporting_verbs") | REPORT_LIKE
    doc = analysis.doc

    def key(e: Event) -> tuple[Any, ...]:
        asserted = e.modality == "asserted"
        depth, sent_i, report, index = 99, 99, False, 0
        if doc is not None and e.trigger is not None:
            tok = span_root(doc, e.trigger.start, e.trigger.end)
            if tok is not None:
                depth = _depth(tok, reporting)
                sent_i = sum(1 for s in doc.sents if s.start <= tok.i) - 1
                report = tok.lemma_.lower() in reporting and (
                    tok.dep_ == "parataxis" or any(c.dep_ == "ccomp" for c in tok.children))
                index = tok.i
        return (not asserted, sent_i, report, depth, index, -e.confidence)

    return min(events, key=key)


def _entity(p: Any) -> dict[str, Any] | None:
    if p is None:
        return None
    return {"name": p.name, "aliases": [m for m in p.mentions if m != p.name],
            "country": p.country, "sector": p.sector}


def _classifier_fallback(text: str) -> str | None:
    """The ACLED sub-type the sentence classifier gives the whole snippet, when the pipeline
    found no event or an asserted one without a sub-type: its best code over all 30 (five of
    them are not ACLED types and give None) when at least FILL_MIN probable."""
    from ..events.classifier import FILL_MIN, default_classifier

    clf = default_classifier()
    if clf is None:
        return None
    probs = clf.by_acled(clf.proba([text])[0])
    best = max(probs, key=lambda a: probs[a])
    return best if probs[best] >= FILL_MIN else None


def predict(row: dict[str, Any]) -> dict[str, Any]:
    doc = Document(id=str(row.get("id") or Document.make_id(row["text"])), text=row["text"])
    analysis = run_pipeline(doc)
    e = main_event(analysis)
    labels: dict[str, Any] = {"plover_type": None, "plover_mode": None,
                              "acled_sub_event_type": None, "source": None, "target": None}
    if e is not None:
        labels.update({
            "plover_type": e.type.plover, "plover_mode": e.type.plover_mode,
            # an event the snippet only mentions (background, denied, expected) is not its
            # ACLED event: "X claimed responsibility for the attack" reports a claim
            "acled_sub_event_type": e.type.acled_sub_event_type if e.modality == "asserted"
            else None,
            "acled_event_type": e.type.acled_event_type, "cameo": e.type.cameo,
            "source": _entity(e.actors[0]) if e.actors else None,
            "target": _entity(e.targets[0]) if e.targets else None,
            "modality": e.modality, "confidence": round(e.confidence, 3),
            "summary": e.summary})
    if labels["acled_sub_event_type"] is None and (e is None or e.modality == "asserted"):
        labels["acled_sub_event_type"] = _classifier_fallback(row["text"])
    out = {k: v for k, v in row.items() if k not in ("labels", "label")}
    out["labels"] = labels
    return out


def label_metrics(gold: list[str], pred: list[str]) -> dict[str, Any]:
    n = len(gold)
    classes = sorted(set(gold) | set(pred))
    support = Counter(gold)
    per: dict[str, dict[str, float]] = {}
    for c in classes:
        tp = sum(1 for g, p in zip(gold, pred) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred) if g == c and p != c)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        per[c] = {"precision": prec, "recall": rec,
                  "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
                  "support": support.get(c, 0)}
    gold_classes = [c for c in classes if support.get(c)]
    acc = sum(1 for g, p in zip(gold, pred) if g == p) / n if n else 0.0
    macro = sum(per[c]["f1"] for c in gold_classes) / len(gold_classes) if gold_classes else 0.0
    weighted = sum(per[c]["f1"] * support[c] for c in gold_classes) / n if n else 0.0
    confusion: dict[str, dict[str, int]] = {}
    for g, p in zip(gold, pred):
        confusion.setdefault(g, {}).setdefault(p, 0)
        confusion[g][p] += 1
    return {"n": n, "accuracy": acc, "micro_f1": acc, "macro_f1": macro,
            "weighted_f1": weighted, "per_label": per, "confusion": confusion}


def _actor_scores(pairs: list[tuple[dict[str, Any], dict[str, Any] | None]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for field in ("name", "country", "sector"):
        rows = [(g, p) for g, p in pairs if field == "name" or g.get(field) is not None]
        if field == "name":
            ok = sum(1 for g, p in rows if p is not None and entity_match(p, g))
            loose = sum(1 for g, p in rows if p is not None and _contains(p, g))
            out["name_overlap"] = {"accuracy": loose / len(rows) if rows else 0.0,
                                   "n": len(rows)}
        else:
            ok = sum(1 for g, p in rows if p is not None and p.get(field) == g.get(field))
        out[field] = {"accuracy": ok / len(rows) if rows else 0.0, "n": len(rows)}
    return out


def _contains(p: dict[str, Any], g: dict[str, Any]) -> bool:
    """Either name contains the other as whole words ("Ryutaro Hashimoto" within "Japanese
    Prime Minister Ryutaro Hashimoto"): extents of actor text differ between coders."""
    ps = {norm(x) for x in [p.get("name") or "", *(p.get("aliases") or [])] if x}
    gs = {norm(x) for x in [g.get("name") or "", *(g.get("aliases") or [])] if x}
    return any(f" {a} " in f" {b} " or f" {b} " in f" {a} " for a in ps for b in gs if a and b)


def evaluate(rows: list[dict[str, Any]], limit: int | None = None,
             ) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    rows = rows[:limit] if limit else rows
    predictions = [predict(r) for r in rows]
    metrics: dict[str, Any] = {"snippets": len(rows), "labels": {}, "actors": {}}
    for label in LABELS:
        gold, pred = [], []
        for r, p in zip(rows, predictions):
            gl = r.get("labels") or {}
            if label not in gl:
                continue
            gold.append(gl[label] or NONE)
            pred.append(p["labels"].get(label) or NONE)
        if gold:
            metrics["labels"][label] = label_metrics(gold, pred)
    for role, key in (("source", "source"), ("target", "target")):
        pairs = [((r.get("labels") or {})[key], p["labels"].get(key))
                 for r, p in zip(rows, predictions) if (r.get("labels") or {}).get(key)]
        if pairs:
            metrics["actors"][role] = _actor_scores(pairs)
    return predictions, metrics
