"""Features of the event gate (`train_gate.py`, `gate_cv.py`): what a predicted event record
in gold format (`wirecoder.evaluate.events.to_gold_format`) and its document's text say about
its chance of being a real gold event, with no gold: PLOVER type, mode and modality, the rule
confidence, which fields the record has (actors, targets, place, date, quantities, claimants,
weapons; `n_evidence`, the merged mentions, when the record carries it), the trigger word,
where its sentence stands in the article, whether the trigger is inside a quotation or a
reported-speech sentence, how many other events of its type the article has. The trigger
sentence's MiniLM embedding is added by `train_gate.embed_docs`.

Not shipped: the gate did not carry in leave-one-set-out CV on the current tree's dev-set
predictions (bench/events/gate_cv.py; numbers in the commit message).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

_SENT_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]*[A-Z0-9])|\n+")
_REPORTED = re.compile(r"\b(?:said|says|say|told|according to|stated|claimed|alleged|"
                       r"reported|added|warned|insisted)\b", re.I)
_OPEN_Q = "\"\u201c"
_CLOSE_Q = "\"\u201d"


def sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the text's sentences (a plain splitter: the gate only needs where
    the trigger's sentence starts and ends, the same way at training and at run time)."""
    spans, start = [], 0
    for m in _SENT_END.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, len(text))]


def trigger_sentence(text: str, trigger: Sequence[int] | None,
                     spans: list[tuple[int, int]] | None = None) -> tuple[int, int, int]:
    """(sentence index, start, end) of the sentence holding the trigger's first character."""
    spans = spans or sentences(text)
    at = trigger[0] if trigger else 0
    for i, (s, e) in enumerate(spans):
        if at < e or i == len(spans) - 1:
            return i, s, e
    return 0, spans[0][0], spans[0][1]


def _quoted(text: str, sent: tuple[int, int], at: int) -> bool:
    """The trigger stands inside quotation marks opened earlier in its sentence."""
    before = text[sent[0]:at]
    straight = before.count('"')
    return straight % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _log1(n: float) -> float:
    return math.log1p(max(0.0, float(n)))


def raw_features(ev: dict[str, Any], text: str, doc_events: Sequence[dict[str, Any]],
                 spans: list[tuple[int, int]] | None = None) -> dict[str, float]:
    """Named feature values of one event in gold format (`evaluate.events.to_gold_format`,
    plus `n_evidence`), given the document text and all the document's events."""
    spans = spans or sentences(text)
    trig = ev.get("trigger")
    idx, s, e = trigger_sentence(text, trig, spans)
    at = trig[0] if trig else s
    word = text[trig[0]:trig[1]].lower() if trig else ""
    sent = text[s:e]
    f: dict[str, float] = {
        "confidence": float(ev.get("confidence") or 0.5),
        f"type={ev.get('plover_type')}": 1.0,
        f"mode={ev.get('plover_mode')}": 1.0,
        f"modality={ev.get('modality')}": 1.0,
        f"word={word}": 1.0,
        "has_acled": float(bool(ev.get("acled_sub_event_type"))),
        "n_actors": _log1(len(ev.get("actors") or [])),
        "n_targets": _log1(len(ev.get("targets") or [])),
        "has_actor": float(bool(ev.get("actors"))),
        "has_target": float(bool(ev.get("targets"))),
        "has_place": float(bool(ev.get("location"))),
        f"place_precision={(ev.get('location') or {}).get('precision')}": 1.0,
        "has_date": float(bool((ev.get("date") or {}).get("start"))),
        f"date_precision={(ev.get('date') or {}).get('precision')}": 1.0,
        "n_quantities": _log1(len(ev.get("quantities") or [])),
        "n_claimants": _log1(len(ev.get("claimants") or [])),
        "n_weapons": _log1(len(ev.get("weapons") or [])),
        "n_evidence": _log1(ev.get("n_evidence", 1)),
        "sentence_index": _log1(idx),
        "lead_sentence": float(idx == 0),
        "position": at / max(1, len(text)),
        "quoted": float(_quoted(text, (s, e), at)),
        "reported": float(bool(_REPORTED.search(sent))),
        "sentence_words": _log1(len(sent.split())),
        "doc_events": _log1(len(doc_events)),
        "same_type_in_doc": _log1(sum(1 for d in doc_events
                                      if d.get("plover_type") == ev.get("plover_type")) - 1),
    }
    return f
