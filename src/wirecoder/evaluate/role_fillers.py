"""MUC-4 role-filler F1 as GTT scores it (`gtt_role_filler`): predicted templates mapped onto
gold templates per document, fillers matched as strings; what a predicted event's MUC
incident type is, and the one string per entity a prediction outputs (`text_mentions`).
Moved out of `evaluate.events` (the same code).
"""

from __future__ import annotations

from typing import Any

from ..events.muc import gtt_norm
from .event_fields import ROLES, UNSCORED_MODALITIES, _types


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
