"""The event ontology as data: trigger lexicon, cue word classes and the CAMEO->PLOVER table.

Everything here is read once per process from `wirecoder/data/ontology/` (tab-separated and
YAML files); code elsewhere never hard-codes trigger words or type names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parent.parent / "data" / "ontology"

ACLED_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"),
}
ACLED_SUB_TO_TYPE = {sub: typ for typ, subs in ACLED_EVENT_TYPES.items() for sub in subs}


@dataclass(frozen=True)
class TriggerEntry:
    """One line of triggers.tsv."""

    lemma: str
    pos: str  # "V" or "N"
    plover: str
    mode: str | None
    cameo: str | None
    acled: str | None  # sub-event type, an "@rule", or None
    quantity: str | None
    weight: float
    generic: bool = False
    needs: str | None = None


@dataclass(frozen=True)
class CameoRow:
    code: str
    plover: str
    mode: str | None
    description: str


class Lexicon:
    """Triggers by (lemma, pos), word classes, cue lists and the CAMEO table."""

    def __init__(self, triggers: list[TriggerEntry], cues: dict[str, Any],
                 cameo: dict[str, CameoRow]) -> None:
        self.triggers: dict[tuple[str, str], TriggerEntry] = {
            (t.lemma, t.pos): t for t in triggers}
        self.multiword = {t.lemma for t in triggers if " " in t.lemma}
        self.cues = cues
        self.classes: dict[str, frozenset[str]] = {
            k: frozenset(str(w).lower() for w in v) for k, v in cues["classes"].items()}
        self.cameo = cameo
        self._words: dict[str, frozenset[str]] = {}

    def entry(self, lemma: str, pos: str) -> TriggerEntry | None:
        return self.triggers.get((lemma, pos))

    def in_class(self, word: str, name: str) -> bool:
        return word.lower() in self.classes.get(name, frozenset())

    def words(self, key: str) -> frozenset[str]:
        """A cue list as a lower-case set (built once: callers ask per trigger)."""
        found = self._words.get(key)
        if found is None:
            found = self._words[key] = frozenset(str(w).lower() for w in self.cues.get(key, ()))
        return found

    def cameo_plover(self, code: str | None) -> str | None:
        row = self.cameo.get(code or "")
        return row.plover if row else None


def _read_triggers(path: Path) -> list[TriggerEntry]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + [""] * 9)[:9]
        lemma, pos, plover, mode, cameo, acled, qty, weight, flags = (c.strip() for c in cols)
        flag_set = set(flags.split()) if flags else set()
        needs = next((f.split("=", 1)[1] for f in flag_set if f.startswith("needs=")), None)
        out.append(TriggerEntry(
            lemma=lemma, pos=pos, plover=plover, mode=mode or None, cameo=cameo or None,
            acled=None if acled in ("", "-") else acled, quantity=qty or None,
            weight=float(weight or 0.5), generic="generic" in flag_set, needs=needs))
    return out


def _read_cameo(path: Path) -> dict[str, CameoRow]:
    rows: dict[str, CameoRow] = {}
    pattern = re.compile(r"^(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)#?(.*)$")
    for line in path.read_text(encoding="utf-8").splitlines():
        m = pattern.match(line.strip())
        if not m:
            continue
        code, plover, mode, _context, desc = (g.strip() for g in m.groups())
        rows.setdefault(code, CameoRow(code, plover, mode or None, desc))
    return rows


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The packaged ontology data, loaded once per process."""
    triggers = _read_triggers(DATA / "triggers.tsv")
    cues = yaml.safe_load((DATA / "cues.yaml").read_text(encoding="utf-8"))
    cameo = _read_cameo(DATA / "CAMEO2PLOVER-2021.txt")
    return Lexicon(triggers, cues, cameo)


# verb lemmas spaCy's rule lemmatizer gets wrong, and the right ones: it reads "staged",
# "staging", "stages" as forms of "stag" ("gunmen staged an attack"), "fined" of "fin",
# "cordoned" of "cordone", "raged", "raging" of "rag" ("fighting raged on")
VERB_LEMMA_FIXES = {"stag": "stage", "fin": "fine", "cordone": "cordon", "rag": "rage"}


def lemma(tok: Any) -> str:
    """A token's lower-case lemma (its lower-case text where the tagger gave none)."""
    out = tok.lemma_.lower() if tok.lemma_ else tok.lower_
    if tok.pos_ == "VERB" and out in VERB_LEMMA_FIXES:
        return VERB_LEMMA_FIXES[out]
    return out


def people_word(tok: Any, lex: Lexicon) -> bool:
    """A noun for people: a person ("farmer") or an armed group's member ("militant")."""
    return lex.in_class(lemma(tok), "person") or lex.in_class(lemma(tok), "armed")


def strip_plural(word: str) -> str:
    """A head word less a plural "s" ("suspects": "suspect"); words of three letters or
    fewer ("gas") are left as they are."""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word
