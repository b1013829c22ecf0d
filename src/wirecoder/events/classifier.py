"""ACLED sub-event type from a classifier over MiniLM sentence embeddings, combined with the
trigger lexicon.

The classifier (`data/models/acled_minilm_lr.npz`, trained by `bench/events/train_classifier.py`
on `bench/events/acled_train.jsonl`) is a softmax regression over the 30 CASE 2021 Task 2 codes:
25 ACLED sub-event types and 5 types ACLED does not code (organised crime, natural and man-made
disasters, diplomacy, attribution). It reads the whole sentence of an event's trigger, so it
sees what the lexicon's word rules miss ("a device buried in the track went off"), but not who
did what to whom; the lexicon keeps the PLOVER type and the classifier only chooses the ACLED
sub-type among those compatible with it (:data:`COMPATIBLE`):

- the lexicon gave none: the classifier's overall best code fills it when that code is
  compatible with the PLOVER type and its probability is at least FILL_MIN ("the militia set
  up a base": MOBILIZE, no sub-type in the lexicon -> Headquarters or base established);
- the lexicon gave a sub-type from a context rule ("@violence": weapon cues, then defaults):
  the classifier's best compatible type replaces it only if more probable by RULE_MARGIN;
- the lexicon gave a fixed sub-type (a trigger entry such as "lynch" -> Mob violence): the
  same with FIXED_MARGIN.

Shipped: fixed entries are kept (FIXED_MARGIN > 1), a rule's choice yields when the
classifier gives another compatible type 0.3 more probability, gaps are filled at p >= 0.5.
Measured variants (bench/events/RESULTS.md, "Embedding classifier"): overriding everything
(margins 0) cost 7 points of ACLED accuracy on the ISAF press releases (the classifier was
trained on one-line descriptions); fill-only changed nothing there but gained less on our ACLED
descriptions. The margins were chosen with the first model (478 training descriptions) and kept
for the second (1501, round 2; RESULTS.md "ACLED classifier, training data round 2"): it is
more confident (half of the cross-validated training items reach p >= 0.5, a quarter before)
and more precise there (0.97 correct at p >= 0.5 in CV, 0.91 before), so the same margins
let it act more often where it is right.

Sentences are embedded once (cache by text), a document's in one batch
(`typing.resolve_types` calls :func:`prefetch_acled` before typing each trigger), and only
for events whose PLOVER type has compatible ACLED types and whose sub-type the margins allow
to change (with the shipped margins: events the lexicon left without one or typed by a
context rule). Without the model
package (see `wirecoder.embed`) or with WIRECODER_ACLED_CLASSIFIER=off, :func:`refine_acled`
returns the lexicon's choice unchanged.
"""

from __future__ import annotations

import logging
import os
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any, Sequence

import numpy as np

log = logging.getLogger(__name__)

MODEL = Path(__file__).resolve().parent.parent / "data" / "models" / "acled_minilm_lr.npz"
ENV_SWITCH = "WIRECODER_ACLED_CLASSIFIER"  # "on" / "off"; unset: DEFAULT_ON
DEFAULT_ON = True
ENV_MARGINS = "WIRECODER_ACLED_MARGINS"  # "fixed,rule,fill" (bench knob for the variants)

FIXED_MARGIN = 2.0  # > 1: a fixed lexicon entry is never overridden
RULE_MARGIN = 0.3  # a rule's choice yields to a clearly more probable compatible type
FILL_MIN = 0.5

_VIOLENCE = ("Armed clash", "Government regains territory", "Non-state actor overtakes territory",
             "Chemical weapon", "Air/drone strike", "Suicide bomb",
             "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade",
             "Sexual violence", "Attack", "Abduction/forced disappearance", "Mob violence",
             "Looting/property destruction", "Excessive force against protesters")
# ACLED sub-event types an event of each PLOVER type can have (as the lexicon assigns them)
COMPATIBLE: dict[str, frozenset[str]] = {
    "ASSAULT": frozenset(_VIOLENCE),
    "COERCE": frozenset({"Arrests", "Disrupted weapons use", "Looting/property destruction",
                         "Abduction/forced disappearance", "Protest with intervention"}),
    "PROTEST": frozenset({"Peaceful protest", "Protest with intervention",
                          "Excessive force against protesters", "Violent demonstration"}),
    "RETREAT": frozenset({"Agreement", "Non-violent transfer of territory"}),
    "AGREE": frozenset({"Agreement"}),
    "MOBILIZE": frozenset({"Change to group/activity", "Headquarters or base established"}),
}
# A PLOVER mode that already says what happened fixes the ACLED sub-type: the classifier reads
# the whole sentence ("captured a facilitator and seized weapons") and must not turn an arrest
# the parse found into the weapons seizure beside it.
MODE_FIXES: dict[str, frozenset[str]] = {
    "arrest": frozenset({"Arrests"}),
    "abduct": frozenset({"Abduction/forced disappearance"}),
    # a bomb the sentence names ("killed when their vehicle hit a roadside bomb"): the
    # clause around the killing alone reads like a shooting
    "explosives": frozenset({"Remote explosive/landmine/IED"}),
}
# Who holds a place afterwards is read from the trigger's object (typing's @territory rule: a
# place was taken); a sentence that only mentions lost ground ("lost its last towns under
# coalition strikes") does not make the strikes a territorial event.
TERRITORIAL = frozenset({"Government regains territory", "Non-state actor overtakes territory",
                         "Non-violent transfer of territory"})


class AcledClassifier:
    """Softmax regression over sentence embeddings: P(code | sentence) for the 30 codes."""

    def __init__(self, path: Path, encoder: Any) -> None:
        m = np.load(path, allow_pickle=False)
        self.w = m["W"].astype(np.float32)
        self.b = m["b"].astype(np.float32)
        self.labels = [str(x) for x in m["labels"]]
        self.acled = [str(x) or None for x in m["acled"]]
        self.encoder = encoder
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def proba(self, texts: Sequence[str]) -> np.ndarray:
        """Class probabilities, one row per text (embeddings batched, cached by text)."""
        texts = [" ".join(t.split()) for t in texts]
        with self._lock:
            todo = list(dict.fromkeys(t for t in texts if t not in self._cache))
            if todo:
                x = self.encoder.encode(todo)
                z = x @ self.w + self.b
                z -= z.max(1, keepdims=True)
                p = np.exp(z)
                p /= p.sum(1, keepdims=True)
                for t, row in zip(todo, p):
                    self._cache[t] = row
                    while len(self._cache) > 4096:
                        self._cache.popitem(last=False)
            return np.stack([self._cache[t] for t in texts]) if texts else np.zeros(
                (0, len(self.labels)), dtype=np.float32)

    def by_acled(self, p: np.ndarray) -> dict[str | None, float]:
        """Probabilities summed per ACLED sub-type (None: the 5 non-ACLED codes)."""
        out: dict[str | None, float] = {}
        for a, v in zip(self.acled, p):
            out[a] = out.get(a, 0.0) + float(v)
        return out


_STATE: dict[str, Any] = {}
_STATE_LOCK = threading.Lock()


def default_classifier() -> AcledClassifier | None:
    """The shipped classifier, or None (no model package, no weights, or switched off)."""
    switch = os.environ.get(ENV_SWITCH, "").lower()
    if switch in ("off", "0", "no", "false") or (not DEFAULT_ON and switch not in (
            "on", "1", "yes", "true")):
        return None
    with _STATE_LOCK:
        if "clf" not in _STATE:
            clf = None
            from ..embed import default_encoder

            enc = default_encoder()
            if enc is not None:
                if MODEL.is_file():
                    clf = AcledClassifier(MODEL, enc)
                else:
                    log.warning("ACLED classifier weights missing (%s); lexicon only", MODEL)
            _STATE["clf"] = clf
        return _STATE["clf"]  # type: ignore[no-any-return]


def _margins() -> tuple[float, float, float]:
    raw = os.environ.get(ENV_MARGINS)
    if raw:
        try:
            f, r, m = (float(v) for v in raw.split(","))
            return f, r, m
        except ValueError:
            log.warning("ignoring %s=%r (want three numbers)", ENV_MARGINS, raw)
    return FIXED_MARGIN, RULE_MARGIN, FILL_MIN


def choose(probs: dict[str | None, float], plover: str, acled: str | None, from_rule: bool,
           margins: tuple[float, float, float] | None = None,
           mode: str | None = None) -> str | None:
    """The ACLED sub-type given the classifier's probabilities per sub-type and the lexicon's
    choice (see the module docstring); a mode in MODE_FIXES keeps a sub-type it implies."""
    allowed = COMPATIBLE.get(plover)
    if not allowed:
        return acled
    if mode in MODE_FIXES and acled in MODE_FIXES[mode]:
        return acled
    if acled not in TERRITORIAL:
        allowed = allowed - TERRITORIAL
    fixed_margin, rule_margin, fill_min = margins or _margins()
    best = max(allowed, key=lambda a: probs.get(a, 0.0))
    if acled is None:
        top = max(probs, key=lambda a: probs[a])
        return top if top in allowed and probs[top] >= fill_min else None
    if acled not in allowed or best == acled:
        return acled
    margin = rule_margin if from_rule else fixed_margin
    return best if probs.get(best, 0.0) > probs.get(acled, 0.0) + margin else acled


def _may_change(plover: str, acled: str | None, rule: str | None, mode: str | None,
                margins: tuple[float, float, float]) -> bool:
    """Whether the classifier can change the lexicon's choice (else nothing is embedded)."""
    if plover not in COMPATIBLE or (mode in MODE_FIXES and acled in MODE_FIXES[mode]):
        return False
    from_rule = bool(rule and str(rule).startswith("@"))
    # a probability cannot beat another by 1: no need to embed
    return acled is None or margins[1 if from_rule else 0] < 1.0


def prefetch_acled(asks: Sequence[tuple[Any, str, str | None, str | None, str | None]]) -> None:
    """Embed in one batch the sentences `refine_acled` will read for these
    (sentence, plover, acled, rule, mode) asks, so that its calls find them cached."""
    margins = _margins()
    texts = [s if isinstance(s, str) else s.text for s, plover, acled, rule, mode in asks
             if _may_change(plover, acled, rule, mode, margins)]
    clf = default_classifier() if texts else None
    if clf is not None:
        clf.proba(texts)


def refine_acled(sent: Any, plover: str, acled: str | None, rule: str | None,
                 mode: str | None = None) -> str | None:
    """Hook for `typing.resolve_type`: the lexicon's ACLED sub-type `acled` for an event of
    PLOVER type `plover` in sentence `sent` (a spaCy Span or text), revised by the classifier.
    `rule` is the trigger entry's ACLED field (an "@rule" when the choice came from context)."""
    margins = _margins()
    if not _may_change(plover, acled, rule, mode, margins):
        return acled
    from_rule = bool(rule and str(rule).startswith("@"))
    clf = default_classifier()
    if clf is None:
        return acled
    text = sent if isinstance(sent, str) else sent.text
    probs = clf.by_acled(clf.proba([text])[0])
    return choose(probs, plover, acled, from_rule, margins, mode)
