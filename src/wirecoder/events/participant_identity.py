"""When two participants are the same (`participant_key`: kb id, names, the head word of an
unlinked phrase) and how the same one told twice is merged into one (`merge_participants`).
Moved out of `participant_mapper` (the same rules; its names are importable from there too).
"""

from __future__ import annotations

from ..records import Participant
from .argument_words import GENERIC_HEADS
from .lexicon import strip_plural


def merge_participants(parts: list[Participant]) -> tuple[Participant, ...]:
    """Same entity (kb_id, else name case-insensitively) once, with all its evidence."""
    out: dict[str, Participant] = {}
    for p in parts:
        key = p.kb_id or p.name.lower()
        if key in out:
            q = out[key]
            ev = tuple(dict.fromkeys(q.evidence + p.evidence))
            ms = tuple(dict.fromkeys(q.mentions + p.mentions))
            out[key] = Participant(q.name, q.kb_id, q.kind, q.country, q.sector, ms, ev)
        else:
            out[key] = p
    return tuple(out.values())


def participant_key(p: Participant) -> set[str]:
    """Keys under which two participants count as the same: kb id, names, and for unlinked
    phrases the head word ("other suspected insurgents" ~ "suspected Taliban insurgents")."""
    keys = {p.name.lower()}
    if p.kb_id:
        keys.add(p.kb_id)
    keys.update(m.lower() for m in p.mentions)
    if not p.kb_id and p.name:
        # "insurgents armed with rifles" (a described name, `_described`): the head is that
        # of the bare phrase kept as its mention, not the last word of the description
        low = p.name.lower()
        name = min((m for m in p.mentions if _described_by(low, m)), key=len, default=p.name)
        words = name.lower().split()
        head = strip_plural(words[-1].rstrip(".,") if words else "")
        if head and head not in GENERIC_HEADS:
            keys.add("head:" + head)
    return keys


def participant_keys(parts: list[Participant]) -> set[str]:
    """The keys of all `parts` (`participant_key`), one set."""
    return set().union(*(participant_key(p) for p in parts)) if parts else set()


def _described_by(low: str, mention: str) -> bool:
    """Whether the lower-case name `low` is `mention` and a participle phrase after it
    ("insurgents" + "armed with rifles"). Offsets are taken in the lower-cased mention, whose
    length can differ from the mention's ("İ".lower() is two characters)."""
    m = mention.lower()
    if not m or not low.startswith(m + " "):
        return False
    rest = low[len(m) + 1:].split()
    return bool(rest) and rest[0].endswith(("ing", "ed"))
