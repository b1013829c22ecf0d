"""Score `event_location` on event-location gold (Halterman 2019 format).

Each row: a sentence, the event trigger span and the gold location spans ([] when the
sentence states none). The sentence is parsed, its toponyms found (`find_toponyms`), and
`event_location` picks the event's place; its evidence span is the prediction.
Metrics: sentence accuracy (the predicted set of spans equals gold: one overlapping gold span
for a prediction, or no prediction for an empty gold), and P/R/F1 over location spans
(a predicted span matches a gold span it overlaps), plus exact-span P/R/F1.
"""

from __future__ import annotations

from typing import Any

from . import f1


def evaluate(rows: list[dict[str, Any]], limit: int | None = None,
             ) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    from ..geo import default_gazetteer, event_location, find_toponyms
    from ..language import expanded_span, load_nlp
    from ..records import Analysis, Document

    rows = rows[:limit] if limit else rows
    gaz = default_gazetteer()
    nlp = load_nlp()
    correct = 0
    over = [0, 0, 0]
    exact = [0, 0, 0]
    predictions: list[dict[str, Any]] = []
    for row, doc in zip(rows, nlp.pipe((r["text"] for r in rows), batch_size=64)):
        text = row["text"]
        document = Document(id=str(row.get("id")), text=text)
        analysis = Analysis(document=document, doc=doc)
        analysis.toponyms = find_toponyms(text, doc, gazetteer=gaz, document_id=document.id)
        ev = row["event"]
        trigger = document.span(ev["start"], ev["end"])
        sent = expanded_span(doc, ev["start"], ev["end"])
        if sent is not None:
            s = sent[0].sent
            sentence = document.span(s.start_char, s.end_char)
        else:
            sentence = document.span(0, len(text))
        place = event_location(analysis, trigger, sentence, gazetteer=gaz)
        pred = [(sp.start, sp.end) for sp in (place.evidence if place else ())][:1]
        gold = [(g["start"], g["end"]) for g in row.get("location") or []]
        hit_o = [p for p in pred if any(p[0] < g[1] and g[0] < p[1] for g in gold)]
        hit_e = [p for p in pred if p in gold]
        matched_gold = sum(1 for g in gold if any(p[0] < g[1] and g[0] < p[1] for p in pred))
        over[0] += len(hit_o)
        over[1] += len(pred) - len(hit_o)
        over[2] += len(gold) - matched_gold
        exact[0] += len(hit_e)
        exact[1] += len(pred) - len(hit_e)
        exact[2] += len(gold) - len(hit_e)
        correct += int((not pred and not gold) or (bool(pred) and len(hit_o) == len(pred)
                                                    and bool(gold)))
        predictions.append({"id": row.get("id"), "event": ev,
                            "location": [{"start": s, "end": e, "text": text[s:e]}
                                         for s, e in pred],
                            "place": place.to_json() if place else None})
    metrics = {
        "sentences": len(rows),
        "sentence_accuracy": correct / len(rows) if rows else 0.0,
        "spans_overlap": f1(*over),
        "spans_exact": f1(*exact),
    }
    return predictions, metrics
