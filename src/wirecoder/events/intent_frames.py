"""Typing of intents and frames: PLOVER codes a stated intention as AGREE (cooperative acts)
or THREATEN (hostile ones), a refusal of a cooperative act as REJECT, and a request / threat /
refusal whose content is another event takes its mode from that event. Moved whole out of
`typing` (the same code)."""

from __future__ import annotations

from .lexicon import Lexicon
from .typing import Typed, cameo_for

HOSTILE = {"ASSAULT", "COERCE", "SANCTION", "THREATEN", "PROTEST", "REJECT", "ACCUSE"}
COOPERATIVE = {"AID", "CONSULT", "RETREAT", "CONCEDE", "COOPERATE", "SUPPORT", "AGREE",
               "MOBILIZE"}
# what a request / threat / refusal is about, from the embedded event's type
_ASKED_MODES = {"RETREAT": "yield", "CONCEDE": "yield", "AID": "assist", "COOPERATE": "assist",
                "CONSULT": "meet", "AGREE": "meet"}
EMBEDDED_MODE = {
    "REQUEST": _ASKED_MODES,
    "REJECT": _ASKED_MODES,
    "THREATEN": {"ASSAULT": "violence", "SANCTION": "relations", "COERCE": "restrict",
                 "PROTEST": "relations", "MOBILIZE": "violence"},
}


def embed(frame: Typed, inner: Typed, lex: Lexicon) -> Typed:
    """A request / threat / refusal whose content is another event: mode from the content."""
    mode = EMBEDDED_MODE.get(frame.plover, {}).get(inner.plover, frame.mode)
    if frame.plover in ("REQUEST", "REJECT") and mode is None:
        mode = "change"
    if frame.plover == "AGREE":
        mode = frame.mode
    return Typed(frame.plover, mode, None, cameo_for(frame.plover, mode, frame.cameo, lex),
                 max(frame.weight, min(inner.weight, 0.9)))


def as_intent(typed: Typed, lex: Lexicon, negated: bool = False) -> Typed:
    """PLOVER codes a stated intention as AGREE (cooperative acts) or THREATEN (hostile
    ones), and a refusal of a cooperative act as REJECT."""
    if negated:
        if typed.plover in COOPERATIVE:
            mode = EMBEDDED_MODE["REJECT"].get(typed.plover)
            return Typed("REJECT", mode, None, cameo_for("REJECT", mode, None, lex),
                         typed.weight)
        return typed
    if typed.plover in ("AGREE", "THREATEN", "REQUEST", "REJECT", "ACCUSE"):
        return typed
    if typed.plover in HOSTILE:
        mode = EMBEDDED_MODE["THREATEN"].get(typed.plover)
        if typed.mode in ("curfew", "martial-law", "ban"):
            mode = typed.mode
        return Typed("THREATEN", mode, None, cameo_for("THREATEN", mode, None, lex),
                     typed.weight)
    return Typed("AGREE", None, None, cameo_for("AGREE", None, None, lex), typed.weight)
