"""A side's fighters named twice in one role: "al Shabaab militants", "JNIM ... the
jihadists", "gunmen ... the attackers". A bare noun for an armed group's members, beside a
non-state group named in the same role of the same event, is that group told again: it
becomes a mention of the group, not a second actor ("fighters" and the FARC, not two)."""

from __future__ import annotations

from dataclasses import replace

from ..records import Participant

# bare nouns for the members of an armed side (singular and plural forms)
MEMBER_NOUNS = {"fighter", "fighters", "militant", "militants", "gunman", "gunmen", "attacker",
                "attackers", "assailant", "assailants", "insurgent", "insurgents", "jihadist",
                "jihadists", "militiaman", "militiamen", "rebel", "rebels"}
# sectors of the state's own forces and offices: their members are no fighters of a group
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "IGO"}


def _bare_member(p: Participant) -> bool:
    return not p.kb_id and p.name.lower() in MEMBER_NOUNS and p.sector not in STATE_SECTORS


# what a named side must be for fighters to be its own: an armed group (not a newspaper)
ARMED_SECTORS = {"REB", "UAF"}
ARMED_KINDS = {"armed group", "militia", "rebel group", "insurgent group"}


def _group(p: Participant) -> bool:
    """A named armed non-state group the member noun can belong to."""
    return (p.sector in ARMED_SECTORS or p.kind in ARMED_KINDS) and p.sector not in (
        STATE_SECTORS) and p.name[:1].isupper() and p.name.lower() not in MEMBER_NOUNS


def folded_members(parts: tuple[Participant, ...]) -> tuple[Participant, ...]:
    """`parts` with each bare member noun folded into the first other group of the role."""
    out = list(parts)
    for p in parts:
        if not _bare_member(p) or p not in out:
            continue
        named = [q for q in out if _group(q)]
        host = named[0] if named else next(
            (q for q in out if q is not p and _bare_member(q) and out.index(q) < out.index(p)),
            None)
        if host is None:
            continue
        i = out.index(host)
        out[i] = replace(host, mentions=tuple(dict.fromkeys((*host.mentions, p.name,
                                                             *p.mentions))),
                         evidence=tuple(dict.fromkeys(host.evidence + p.evidence)))
        out.remove(p)
    return tuple(out)
