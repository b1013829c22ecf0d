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
the all-types numbers are reported beside.
"""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Any

from ..records import Analysis, Document, Event
from ..events.muc import gtt_norm
from . import f1

# predictions the text does not report as news are not scored: denied, imagined, expected, or
# recalled as background (issue 2: background is "marked historical, not reported as news")
UNSCORED_MODALITIES = {"negated", "hypothetical", "future", "historical"}
ROLES = ("actors", "targets", "weapons")
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


# ---------------------------------------------------------------- matching
_ARTICLES = re.compile(r"^(the|a|an)\s+")


def norm(s: str) -> str:
    s = s.lower().replace("’", "'").strip()
    s = re.sub(r"[\"“”(),.;:!?]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return _ARTICLES.sub("", s)


def _strings(ent: dict[str, Any]) -> set[str]:
    return {norm(x) for x in [ent.get("name") or "", *(ent.get("aliases") or [])] if x}


def entity_match(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    return bool(_strings(pred) & _strings(gold))


def _types(g: dict[str, Any]) -> set[str]:
    return {t for t in [g.get("plover_type"), *(g.get("plover_type_alt") or [])] if t}


def _date(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def _date_match(p: dict[str, Any] | None, g: dict[str, Any] | None) -> dict[str, bool] | None:
    if not g or (g.get("start") is None and g.get("end") is None):
        return None
    p = p or {}
    out = {}
    ps, pe = _date(p.get("start")), _date(p.get("end") or p.get("start"))
    gs, ge = _date(g.get("start")), _date(g.get("end"))
    if gs is not None:
        out["start"] = ps == gs
    if ge is not None:
        out["end"] = pe == ge
    ref_g = gs or ge
    ref_p = ps if gs is not None else pe
    out["within_1_day"] = bool(ref_p and ref_g and abs((ref_p - ref_g).days) <= 1)
    return out


def _km(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    if None in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = (math.sin((la2 - la1) / 2) ** 2
         + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _admin(s: str | None) -> str:
    s = norm(s or "")
    return re.sub(r"\s+(province|governorate|department|state|region|district)$", "", s)


def _place_name(s: str) -> str:
    """A place name for matching: `norm`, accents folded ("Bogotá" is "Bogota", "Medellín"
    "Medellin": gold and gazetteer spell names with or without them)."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", s)
    return norm("".join(c for c in folded if not unicodedata.combining(c)))


def _place_match(p: dict[str, Any] | None, g: dict[str, Any] | None) -> dict[str, bool] | None:
    if not g:
        return None
    p = p or {}
    out: dict[str, bool] = {}
    if g.get("country"):
        out["country"] = (p.get("country") or "").upper() == g["country"].upper()
    if g.get("admin1"):
        out["admin1"] = bool(p.get("admin1")) and _admin(p.get("admin1")) == _admin(g["admin1"])
    if g.get("lat") is not None:
        km = _km(p, g)
        out["within_161km"] = km is not None and km <= 161
    if g.get("name"):
        out["name"] = bool(p.get("name")) and _place_name(p["name"]) == _place_name(g["name"])
    return out


PEOPLE_COUNTS = ("killed", "injured", "arrested", "captured", "displaced")


def _qty_key(q: dict[str, Any]) -> tuple[str, float, str]:
    """A count of people is whole: "more than 30" is "at least 31", "fewer than 5" "at most 4"."""
    v, qual = float(q["value"]), q["qualifier"]
    if q["kind"] in PEOPLE_COUNTS and v == int(v):
        if qual == "more_than":
            v, qual = v + 1, "at_least"
        elif qual == "less_than":
            v, qual = v - 1, "at_most"
    return (q["kind"], v, qual)


def _role_counts(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> tuple[int, int, int]:
    """(tp, fp, fn) for one role of one aligned pair: each gold entity matched at most once."""
    used: set[int] = set()
    tp = 0
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and entity_match(p, g):
                used.add(i)
                tp += 1
                break
    return tp, len(pred) - len(used), len(gold) - tp


_HEAD_STOP = re.compile(r"\s(of|in|from|at|on|for|with|who|which|that)\s")


def head_word(s: str) -> str:
    """The head word of a noun phrase as a string: its last word before a post-modifier
    ("members of the xxii front" -> "members", "the Russian major general" -> "general")."""
    s = _HEAD_STOP.split(" " + norm(s) + " ", maxsplit=1)[0]
    words = s.split()
    return words[-1] if words else ""


def _head_match(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    """WikiEvents' "head match" (Li et al. 2021): the head words agree, for any name or alias."""
    heads = {head_word(x) for x in _strings(gold)} - {""}
    return bool(heads & {head_word(x) for x in _strings(pred)})


def argument_f1(pairs: list[tuple[dict[str, Any], dict[str, Any]]],
                ) -> dict[str, dict[str, Any]]:
    """Actor / target / weapon F1 over aligned (prediction, gold) pairs whose gold annotates
    the role: precision = our entities matching some gold argument of the aligned event,
    recall = gold arguments some entity of ours matches. `exact`: names or aliases equal as
    in the field scorer; `head`: head words equal (WikiEvents' head-match F1)."""
    out: dict[str, dict[str, Any]] = {}
    for role in ROLES:
        res = {}
        for kind, match in (("exact", entity_match), ("head", _head_match)):
            tp_p = n_p = tp_g = n_g = 0
            for p, g in pairs:
                gold = g.get(role)
                if gold is None:
                    continue
                pred = p.get(role) or []
                n_p += len(pred)
                n_g += len(gold)
                tp_p += sum(1 for e in pred if any(match(e, x) for x in gold))
                tp_g += sum(1 for x in gold if any(match(e, x) for e in pred))
            prec = tp_p / n_p if n_p else 0.0
            rec = tp_g / n_g if n_g else 0.0
            res[kind] = {"precision": prec, "recall": rec,
                         "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
                         "n_pred": n_p, "n_gold": n_g}
        out[role] = res
    return out


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


# ---------------------------------------------------------------- GTT role-filler F1
# Du et al. 2021 (GTT, github xinyadu/gtt eval.py), the scorer TempGen's 57.8 was measured
# with: per document, predicted templates map one-to-one onto gold templates of the same
# incident type (or stay unmapped), the mapping chosen to maximise the document's micro F1;
# the incident type counts as one filler of every template (right when mapped); a predicted
# filler is right when it is one of the mentions of ANY gold entity of that role in the mapped
# template, a gold entity found when ANY predicted filler matches it (no one-to-one within a
# role); fillers of unmapped templates are false positives / misses. Strings are compared
# lower-cased without punctuation and without the words a/an/the. A predicted entity is one
# string, as GTT's systems output (`text_mentions`). Optional (core: false) templates count
# like the others, as in GTT. On MUC-4 gold our events become MUC templates through
# `events.muc` (the MUC-4 task's own definition of a relevant incident: arrests have no MUC
# type, clashes between armed groups are not terrorist incidents, ...); the number without
# that relevance step is reported beside (`role_filler_types_only`). One difference remains,
# from our gold and output formats: roles are the merged ones (PerpInd+PerpOrg = actors,
# Target+Victim = targets), so a perpetrator organisation given as an individual still counts.
MUC_INCIDENTS = ("attack", "bombing", "kidnapping", "arson", "robbery", "forced work stoppage")


def muc_incident(p: dict[str, Any]) -> str | None:
    """The MUC-4 incident type of a predicted event (None: none; `events.muc`)."""
    from ..events.muc import incident_type

    return incident_type(p)


def _gtt_gold_entity(ent: dict[str, Any]) -> set[str]:
    return {gtt_norm(x) for x in [ent.get("name") or "", *(ent.get("aliases") or [])]
            if x and gtt_norm(x)}


def _gtt_match(pred: dict[str, Any], gold: set[str]) -> bool:
    """One string stands for a predicted entity, as in GTT's models' output: its text
    mention (`text_mention`, set by `evaluate` from the document: the name where the text
    has it, else the first mention), else its name."""
    rep = gtt_norm(pred.get("text_mention") or pred.get("name") or "")
    return bool(rep) and rep in gold


def text_mentions(preds: list[dict[str, Any]], text: str) -> None:
    """Sets each predicted entity's `text_mention`: its name if the text contains it (a name
    the pipeline completed from the text, "Hector Oqueli Colindres"), else its first mention
    in the text (a linked "army" whose KB name is "Salvadoran military")."""
    low = " " + gtt_norm(text) + " "
    for p in preds:
        for role in ROLES:
            for e in p.get(role) or []:
                name = e.get("name") or ""
                if not name or f" {gtt_norm(name)} " in low or not e.get("aliases"):
                    e["text_mention"] = name
                else:
                    e["text_mention"] = e["aliases"][0]


def _gtt_pair(p: dict[str, Any], g: dict[str, Any], roles: tuple[str, ...],
              ) -> dict[str, tuple[int, int]]:
    """(predicted fillers right, gold entities found) per role of one mapped pair."""
    out = {}
    for role in roles:
        gold = [_gtt_gold_entity(e) for e in g.get(role) or []]
        pred = p.get(role) or []
        out[role] = (sum(1 for e in pred if any(_gtt_match(e, ge) for ge in gold)),
                     sum(1 for ge in gold if any(_gtt_match(e, ge) for e in pred)))
    return out


def _muc_gold(g: dict[str, Any]) -> bool:
    """A MUC-4 template ("attack", "bombing / attack", ...); other sets' original types are
    their own (ISAF "insurgentskilled")."""
    parts = [x.strip() for x in (g.get("original_type") or "").split("/")]
    return bool(parts[0]) and all(x in MUC_INCIDENTS for x in parts)


def _gtt_compatible(p: dict[str, Any], g: dict[str, Any]) -> bool:
    if _muc_gold(g):
        incident = muc_incident(p)  # "attack" in "attack / bombing"
        return incident is not None and incident in g["original_type"]
    types = _types(g)
    return not types or p["plover_type"] in types


def _best_mapping(n_p: int, n_g: int, gain: dict[tuple[int, int], tuple[int, int]],
                  p_den: int, r_den: int) -> list[tuple[int, int]]:
    """The one-to-one partial mapping maximising micro F1 (exhaustive while small, else
    greedy by each pair's share of precision plus recall)."""
    def f(a: int, b: int) -> float:
        p, r = (a / p_den if p_den else 0.0), (b / r_den if r_den else 0.0)
        return 2 * p * r / (p + r) if p + r else 0.0

    by_gold = {j: [i for i in range(n_p) if (i, j) in gain] for j in range(n_g)}
    space = 1
    for j in range(n_g):
        space *= len(by_gold[j]) + 1
    if space <= 50000:
        best: tuple[float, list[tuple[int, int]]] = (-1.0, [])

        def dfs(j: int, used: set[int], a: int, b: int, pairs: list[tuple[int, int]]) -> None:
            nonlocal best
            if j == n_g:
                v = f(a, b)
                if v > best[0]:
                    best = (v, list(pairs))
                return
            dfs(j + 1, used, a, b, pairs)
            for i in by_gold[j]:
                if i not in used:
                    da, db = gain[(i, j)]
                    used.add(i)
                    pairs.append((i, j))
                    dfs(j + 1, used, a + da, b + db, pairs)
                    pairs.pop()
                    used.discard(i)

        dfs(0, set(), 0, 0, [])
        return best[1]
    order = sorted(gain, key=lambda k: -(gain[k][0] / max(p_den, 1) + gain[k][1] / max(r_den, 1)))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for i, j in order:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def gtt_mapping(preds: list[dict[str, Any]], golds: list[dict[str, Any]],
                roles: tuple[str, ...]) -> tuple[list[tuple[int, int]],
                                                 dict[tuple[int, int], dict[str, tuple[int, int]]]]:
    """GTT's best one-to-one mapping of one document's predicted templates to its gold ones:
    the (prediction, gold) index pairs, and for every compatible pair its per-role
    (precision, recall) match counts (`_gtt_pair`)."""
    detail: dict[tuple[int, int], dict[str, tuple[int, int]]] = {}
    gain: dict[tuple[int, int], tuple[int, int]] = {}
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            if _gtt_compatible(p, g):
                d = _gtt_pair(p, g, roles)
                detail[(i, j)] = d
                gain[(i, j)] = (1 + sum(v[0] for v in d.values()),
                                1 + sum(v[1] for v in d.values()))
    p_den = sum(1 + sum(len(p.get(r) or []) for r in roles) for p in preds)
    r_den = sum(1 + sum(len(g.get(r) or []) for r in roles) for g in golds)
    return _best_mapping(len(preds), len(golds), gain, p_den, r_den), detail


def gtt_role_filler(pred_rows: list[list[dict[str, Any]]], gold_rows: list[list[dict[str, Any]]],
                    scope: set[str] | None = None, muc_relevance: bool = True,
                    model: bool = False, texts: list[str] | None = None) -> dict[str, Any]:
    """Role-filler P/R/F1 as GTT's eval.py counts it (see above); predictions the text does
    not report as news, or of types outside `scope`, are no templates. On MUC-4 gold our
    templates are the events with a MUC incident type and, with `muc_relevance`, only those
    the MUC-4 task definition calls relevant (`events.muc.relevant`); with `model`, those the
    trained template classifier keeps, with the fillers the filler classifier keeps
    (`events.muc.model_templates`) or, given the documents' `texts`, those the span
    classifier reads from the text (the shipped span model replaces the others)."""
    from ..events.muc import model_templates, relevant

    roles = tuple(r for r in ROLES if any(g.get(r) is not None for gs in gold_rows for g in gs))
    muc = any(_muc_gold(g) for gs in gold_rows for g in gs)
    keys = ("incident_type", *roles)
    tot = {k: [0, 0, 0, 0] for k in keys}  # p_num, p_den, r_num, r_den
    for n, (preds_all, golds) in enumerate(zip(pred_rows, gold_rows)):
        asserted = [p for p in preds_all if p.get("modality") not in UNSCORED_MODALITIES]
        preds = [p for p in asserted if (not scope or p["plover_type"] in scope)
                 and not (muc and (muc_incident(p) is None
                                   or (muc_relevance and not model and not relevant(p))))]
        if muc and model:
            preds = model_templates(asserted, text=texts[n] if texts else None)
        golds = [g for g in golds if _types(g) or _muc_gold(g)]
        doc = {k: [0, 0, 0, 0] for k in keys}
        for p in preds:
            doc["incident_type"][1] += 1
            for r in roles:
                doc[r][1] += len(p.get(r) or [])
        for g in golds:
            doc["incident_type"][3] += 1
            for r in roles:
                doc[r][3] += len(g.get(r) or [])
        pairs, detail = gtt_mapping(preds, golds, roles)
        for i, j in pairs:
            doc["incident_type"][0] += 1
            doc["incident_type"][2] += 1
            for r, (a, b) in detail[(i, j)].items():
                doc[r][0] += a
                doc[r][2] += b
        for k in keys:
            for x in range(4):
                tot[k][x] += doc[k][x]

    def prf(v: list[int]) -> dict[str, float]:
        p = v[0] / v[1] if v[1] else 0.0
        r = v[2] / v[3] if v[3] else 0.0
        return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}

    micro = [sum(tot[k][x] for k in keys) for x in range(4)]
    roles_only = [sum(tot[k][x] for k in roles) for x in range(4)]
    return {**prf(micro), **{k: prf(v) for k, v in tot.items()},
            "without_incident_type": prf(roles_only)}


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
