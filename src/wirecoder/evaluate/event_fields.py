"""How a predicted event's fields compare with a gold event's (`evaluate.events`): names
normalised and matched as strings, dates and places within tolerance, quantities by kind,
actors and targets by role counts and head words (`argument_f1`), and which predictions are
left unscored. Moved out of `evaluate.events` (the same code).
"""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Any


# predictions the text does not report as news are not scored: denied, imagined, expected, or
# recalled as background (issue 2: background is "marked historical, not reported as news")
UNSCORED_MODALITIES = {"negated", "hypothetical", "future", "historical"}
ROLES = ("actors", "targets", "weapons")


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


# letters NFKD does not fold, and the marks transliterations write for an ayn or a glottal
# stop: "Şırnak" / "Sirnak", "Taʻizz" / "Ta'izz" / "Taizz", "Karbala’" / "Karbala"
_UNFOLDED = str.maketrans({"ı": "i", "İ": "I", "ʻ": None, "ʼ": None, "’": None, "‘": None,
                           "'": None, "`": None})


def _folded(s: str) -> str:
    """`s` with accents, the dotless i and ayn/apostrophe marks folded (gold sets and the
    gazetteer spell the same place either way), then `norm`ed."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", s)
    return norm("".join(c for c in folded if not unicodedata.combining(c)).translate(_UNFOLDED))


def _admin(s: str | None) -> str:
    s = _folded(s or "")
    return re.sub(r"\s+(province|governorate|department|state|region|district)$", "", s)


def _place_name(s: str) -> str:
    """A place name for matching: `norm`, accents and marks folded ("Bogotá" is "Bogota",
    "Medellín" "Medellin": gold and gazetteer spell names with or without them)."""
    return _folded(s)


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
