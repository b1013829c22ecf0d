"""Score the whole pipeline on `events.jsonl` gold (MUC-4, ISAF, WikiEvents, the seed, golden
articles): event P/R/F1 after one-to-one alignment, per-field accuracy over aligned pairs and
MUC-style role-filler P/R/F1.

Alignment (per document): a prediction and a gold event can pair when the prediction's PLOVER
type is the gold type or one of its `plover_type_alt` (gold events with no PLOVER type pair
with anything but are never required); pairs are taken greedily by the number of matching
fields. Predictions the text does not assert (modality negated, hypothetical or future) are not
scored, nor are background events (modality historical). Recall counts core gold events only;
a prediction aligned to a `core: false` (or untyped) gold event is neither a true nor a false
positive. Only predictions of PLOVER types the data set annotates are scored (`type_scope`);
the all-types numbers are reported beside. Field comparisons are `event_fields`', the GTT
role-filler F1 `role_fillers`'.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..records import Analysis, Document, Event
from ..events.muc import gtt_norm
from . import f1
from .event_fields import (ROLES, UNSCORED_MODALITIES, _date_match, _place_match, _qty_key,
                           _role_counts, _types, argument_f1, entity_match)
from .role_fillers import gtt_role_filler, muc_incident, text_mentions

_PIPELINE: Any = None


# ---------------------------------------------------------------- running the pipeline
def _stage_runner() -> Any:
    """The default pipeline's stages (or, while a peer stage does not load, those that do),
    run one by one so that one stage failing on one document costs only its own fields."""
    from ..pipeline import DEFAULT_STAGES, Pipeline, PipelineOptions, _load_stage_class

    try:
        stages = list(Pipeline().stages)
    except Exception:  # noqa: BLE001 - a stage not written yet: run the ones that exist
        options = PipelineOptions()
        stages = []
        for name in DEFAULT_STAGES:
            try:
                stages.append(_load_stage_class(name)(options))
            except Exception:  # noqa: BLE001
                continue

    def run(document: Document) -> Analysis:
        analysis = Analysis(document=document)
        for stage in stages:
            try:
                stage(analysis)
            except Exception as exc:  # noqa: BLE001 - scored as missing fields, reported
                if getattr(stage, "name", "") in ("language", "events"):
                    raise
                analysis.problems.append(f"{getattr(stage, 'name', stage)} failed: {exc!r}")
        return analysis

    return run


def run_pipeline(document: Document) -> Analysis:
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = _stage_runner()
    return _PIPELINE(document)


def _document(row: dict[str, Any]) -> Document:
    pub = row.get("published")
    return Document(id=str(row.get("id") or Document.make_id(row["text"])), text=row["text"],
                    published=date.fromisoformat(pub) if pub else None,
                    publisher=row.get("source"))


# ---------------------------------------------------------------- conversion
def _entity(p: Any) -> dict[str, Any]:
    aliases = [m for m in p.mentions if m != p.name]
    return {"name": p.name, "aliases": aliases, "country": p.country, "sector": p.sector}


def to_gold_format(e: Event) -> dict[str, Any]:
    """An Event as a GoldEvent (FORMATS.md), plus modality/confidence/summary and the
    trigger's character offsets."""
    loc = None
    if e.location is not None:
        p = e.location
        loc = {"name": p.name, "country": p.country, "admin1": p.admin1, "lat": p.lat,
               "lon": p.lon, "precision": p.precision}
    return {
        "id": e.id,
        "plover_type": e.type.plover,
        "plover_mode": e.type.plover_mode,
        "acled_sub_event_type": e.type.acled_sub_event_type,
        "cameo": e.type.cameo,
        "actors": [_entity(p) for p in e.actors],
        "targets": [_entity(p) for p in e.targets],
        "location": loc,
        "date": {"start": e.time.start.isoformat() if e.time.start else None,
                 "end": e.time.end.isoformat() if e.time.end else None,
                 "precision": e.time.precision},
        "quantities": [{"kind": q.kind, "value": q.to_json()["value"], "qualifier": q.qualifier,
                        "object": q.object} for q in e.quantities],
        "claimants": [_entity(c.claimant) for c in e.claims],
        "weapons": [_entity(w) for w in e.weapons],
        "modality": e.modality,
        "confidence": round(e.confidence, 3),
        "summary": e.summary,
        "trigger": [e.trigger.start, e.trigger.end] if e.trigger is not None else None,
    }


def pair_score(p: dict[str, Any], g: dict[str, Any]) -> float:
    s = 0.0
    if p["plover_type"] == g.get("plover_type"):
        s += 0.5
    if g.get("acled_sub_event_type") and p.get("acled_sub_event_type") == g[
            "acled_sub_event_type"]:
        s += 0.5
    for role in ROLES:
        if g.get(role):
            s += _role_counts(p.get(role) or [], g[role])[0]
    pm = _place_match(p.get("location"), g.get("location"))
    if pm:
        s += 0.5 * sum(pm.values())
    dm = _date_match(p.get("date"), g.get("date"))
    if dm and dm.get("within_1_day"):
        s += 1
    gq = {_qty_key(q) for q in g.get("quantities") or []}
    s += len(gq & {_qty_key(q) for q in p.get("quantities") or []})
    return s


def align(preds: list[dict[str, Any]], golds: list[dict[str, Any]],
          ) -> list[tuple[int, int]]:
    cands = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            types = _types(g)
            if types and p["plover_type"] not in types:
                continue
            core = g.get("core", True) is not False and bool(types)
            cands.append((pair_score(p, g), core, -abs(i - j), i, j))
    cands.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _s, _c, _d, i, j in cands:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j))
    return pairs


# ---------------------------------------------------------------- scoring
class _Tally:
    def __init__(self) -> None:
        self.n: dict[str, int] = {}
        self.ok: dict[str, float] = {}

    def add(self, key: str, value: float, weight: int = 1) -> None:
        self.n[key] = self.n.get(key, 0) + weight
        self.ok[key] = self.ok.get(key, 0.0) + value

    def result(self) -> dict[str, dict[str, float]]:
        return {k: {"accuracy": self.ok[k] / self.n[k] if self.n[k] else 0.0, "n": self.n[k]}
                for k in sorted(self.n)}


def type_scope(gold_rows: list[list[dict[str, Any]]]) -> set[str]:
    """The PLOVER types a data set annotates (MUC-4: attacks, bombings, kidnappings, arson,
    robbery; ISAF: raids): predictions of other types are outside what its coders looked for."""
    scope: set[str] = set()
    for golds in gold_rows:
        for g in golds:
            scope |= _types(g)
    return scope


def score(pred_rows: list[list[dict[str, Any]]], gold_rows: list[list[dict[str, Any]]],
          scoped: bool = True, texts: list[str] | None = None) -> dict[str, Any]:
    """Event and field metrics. With `scoped`, predictions of PLOVER types the data set never
    annotates are left out (counted under `out_of_scope`). With the documents' `texts`, the
    trained MUC-4 step reads its fillers from the text (`events.muc_fillers`)."""
    scope = type_scope(gold_rows) if scoped else set()
    out_of_scope = 0
    tp = fp = fn = 0
    fields = _Tally()
    roles = {r: [0, 0, 0] for r in ROLES}
    per_type: dict[str, list[int]] = {}
    calib: list[tuple[float, bool]] = []
    arg_pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for preds_all, golds in zip(pred_rows, gold_rows):
        preds = [p for p in preds_all if p.get("modality") not in UNSCORED_MODALITIES]
        if scope:
            out_of_scope += sum(1 for p in preds if p["plover_type"] not in scope)
            preds = [p for p in preds if p["plover_type"] in scope]
        pairs = align(preds, golds)
        aligned_p = {i for i, _ in pairs}
        aligned_g = {j for _, j in pairs}
        for i, j in pairs:
            p, g = preds[i], golds[j]
            core = g.get("core", True) is not False and bool(_types(g))
            if core:
                tp += 1
                per_type.setdefault(g["plover_type"], [0, 0, 0])[0] += 1
            calib.append((p.get("confidence", 0.5), True))
            _fields(p, g, fields)
            arg_pairs.append((p, g))
        for i, p in enumerate(preds):
            if i not in aligned_p:
                fp += 1
                per_type.setdefault(p["plover_type"], [0, 0, 0])[1] += 1
                calib.append((p.get("confidence", 0.5), False))
        for j, g in enumerate(golds):
            if j not in aligned_g and g.get("core", True) is not False and _types(g):
                fn += 1
                per_type.setdefault(g["plover_type"], [0, 0, 0])[2] += 1
        for role in ROLES:
            for i, j in pairs:
                if golds[j].get(role) is None:
                    continue
                t, f, n = _role_counts(preds[i].get(role) or [], golds[j][role])
                roles[role][0] += t
                roles[role][1] += f
                roles[role][2] += n
            annotated = any(g.get(role) is not None for g in golds)
            if annotated:
                for i, p in enumerate(preds):
                    if i not in aligned_p:
                        roles[role][1] += len(p.get(role) or [])
                for j, g in enumerate(golds):
                    if j not in aligned_g:
                        roles[role][2] += len(g.get(role) or [])
    rf_tp = sum(v[0] for v in roles.values())
    rf_fp = sum(v[1] for v in roles.values())
    rf_fn = sum(v[2] for v in roles.values())
    no_spans = gtt_role_filler(pred_rows, gold_rows, scope, model=True)
    return {
        "events": {**f1(tp, fp, fn), "tp": tp, "fp": fp, "fn": fn},
        "fields": fields.result(),
        "arguments": argument_f1(arg_pairs),
        "role_filler": gtt_role_filler(pred_rows, gold_rows, scope),
        "role_filler_types_only": gtt_role_filler(pred_rows, gold_rows, scope,
                                                  muc_relevance=False),
        "role_filler_model": (gtt_role_filler(pred_rows, gold_rows, scope, model=True,
                                              texts=texts) if texts else no_spans),
        "role_filler_model_no_spans": no_spans,
        "role_filler_strict": {**f1(rf_tp, rf_fp, rf_fn),
                               **{r: f1(*v) for r, v in roles.items()}},
        "per_type": {k: f1(*v) | {"tp": v[0], "fp": v[1], "fn": v[2]}
                     for k, v in sorted(per_type.items())},
        "calibration": calibration(calib),
        "type_scope": sorted(scope),
        "out_of_scope": out_of_scope,
    }


def calibration(items: list[tuple[float, bool]]) -> dict[str, Any]:
    """Share of scored predictions that align to gold, by confidence band."""
    bands = [(0.0, 0.5), (0.5, 0.65), (0.65, 0.8), (0.8, 1.01)]
    out = {}
    for lo, hi in bands:
        sel = [ok for c, ok in items if lo <= c < hi]
        out[f"{lo:.2f}-{min(hi, 1.0):.2f}"] = {
            "n": len(sel), "precision": sum(sel) / len(sel) if sel else None}
    hi_sel = [ok for c, ok in items if c >= 0.8]
    out[">=0.80"] = {"n": len(hi_sel), "precision": sum(hi_sel) / len(hi_sel) if hi_sel else None}
    return out


def _fields(p: dict[str, Any], g: dict[str, Any], t: _Tally) -> None:
    if g.get("plover_type"):
        t.add("type", float(p["plover_type"] == g["plover_type"]))
    if g.get("acled_sub_event_type"):
        t.add("acled_sub_event_type", float(p.get("acled_sub_event_type")
                                           == g["acled_sub_event_type"]))
    for role in ("actors", "targets", "weapons", "claimants"):
        gold = g.get(role)
        if gold:
            tp, _fp, _fn = _role_counts(p.get(role) or [], gold)
            t.add(role, tp / len(gold))
    pm = _place_match(p.get("location"), g.get("location"))
    for k, v in (pm or {}).items():
        t.add(f"location.{k}", float(v))
    dm = _date_match(p.get("date"), g.get("date"))
    for k, v in (dm or {}).items():
        t.add(f"date.{k}", float(v))
    gq = g.get("quantities") or []
    if gq:
        pk = {_qty_key(q) for q in p.get("quantities") or []}
        pv = {(q["kind"], float(q["value"])) for q in p.get("quantities") or []}
        for q in gq:
            t.add("quantities", float(_qty_key(q) in pk))
            t.add(f"quantities.{q['kind']}", float(_qty_key(q) in pk))
            t.add(f"quantities.{q['kind']}.value", float((q["kind"], float(q["value"])) in pv))


def evaluate(rows: list[dict[str, Any]], limit: int | None = None,
             ) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Run the pipeline on each gold document and score its events."""
    rows = rows[:limit] if limit else rows
    predictions: list[dict[str, Any]] = []
    pred_rows, gold_rows = [], []
    for row in rows:
        analysis = run_pipeline(_document(row))
        preds = [to_gold_format(e) for e in analysis.events]
        text_mentions(preds, row["text"])
        out = {k: v for k, v in row.items() if k != "events"}
        out["events"] = preds
        predictions.append(out)
        pred_rows.append(preds)
        gold_rows.append(row.get("events") or [])
    metrics = score(pred_rows, gold_rows, texts=[r["text"] for r in rows])
    unscoped = score(pred_rows, gold_rows, scoped=False)
    metrics["events_all_types"] = unscoped["events"]
    metrics["role_filler_all_types"] = unscoped["role_filler"]
    metrics["role_filler_strict_all_types"] = unscoped["role_filler_strict"]
    metrics["documents"] = len(rows)
    return predictions, metrics


__all__ = ["align", "entity_match", "evaluate", "gtt_norm", "gtt_role_filler", "muc_incident",
           "run_pipeline", "score", "to_gold_format"]
