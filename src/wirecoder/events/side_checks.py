"""Checks on which side an argument is on: a member singled out of a group already named
("seven villagers, among them a nurse") is no participant of its own; a casualty the acting
side suffered ("soldiers pursued the gunmen ... one soldier was wounded") is no target of its
own side's action; the people "N of them" counts are those pursued; what attackers were
"armed with" is the weapon of their attack."""

from __future__ import annotations

from typing import Any

from .absorbed_events import sent_index
from .carried_arms import arms_carried_after, in_armed_with
from .count_kinds import singled_out_among
from .lexicon import strip_plural


def without_singled_out(tokens: list[Any]) -> list[Any]:
    """Target tokens less a common noun singled out of another one of them by "among them"
    ("abducted seven villagers, among them a nurse"): the group is the target, the one person
    singled out one of those counted. Names are kept; so are kinds of people under
    "including" ("killing nine people, including four soldiers": soldiers were hit too)."""
    out = []
    for t in tokens:
        group = _group_of(t)
        common = t.pos_ == "NOUN" or t.ent_type_ == "NORP" or any(  # ("a Briton")
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
        # (one person singled out; a counted kind, "among them eight women", is told apart)
        single = t.tag_ in ("NN", "NNP") and not any(c.dep_ == "nummod" for c in t.children)
        if common and single and group is not None and group in tokens:
            continue
        out.append(t)
    return out


def _group_of(t: Any) -> Any:
    """The noun a member is singled out of: the head of "among them a nurse" (the parser
    hangs the member as an apposition, or on the verb)."""
    if singled_out_among(t):
        head = t.head
        while head.head != head and head.pos_ not in ("NOUN", "PROPN") and (
                head.pos_ not in ("VERB", "AUX")):
            head = head.head
        if head.pos_ in ("NOUN", "PROPN"):
            return head
        objs = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass") and c.i < t.i]
        return objs[-1] if objs else None
    return None  # ("nine people, including four soldiers": a kind of victim told apart)


def _bare_head(name: str) -> str | None:
    words = name.lower().split()
    if words and words[0] in ("the", "a", "an", "one", "its", "their"):
        words = words[1:]
    return strip_plural(words[0]) if len(words) == 1 else None


# the bare words for a member of a state force: one of its own where it acts alone
FORCE_MEMBERS = {"MIL": {"soldier", "troop", "serviceman", "servicemen", "sailor", "airman",
                         "airmen", "marine", "paratrooper", "commando"},
                 "COP": {"officer", "policeman", "policemen", "constable", "policewoman",
                         "policewomen", "police", "gendarme", "agent"}}


def drop_own_side_targets(final: list[Any]) -> None:
    """"The army said its soldiers pursued the gunmen and killed four ... One soldier was
    wounded": an attack by one side whose target is only a bare noun that names the side's
    own people (the word one of its actor's mentions) counts a loss of the actor's side; the
    noun is no target. Only where one actor acts (both sides of a clash may both be named)."""
    for d in final:
        sides = {a.kb_id or a.name.lower() for a in d.actors}
        if d.typed.plover != "ASSAULT" or len(sides) != 1 or not d.targets:
            continue
        own = {strip_plural(m.lower().split()[-1]) for a in d.actors
               for m in (a.name, *a.mentions) if m.strip()}
        kb = d.actors[0].kb_id
        if d.actors[0].sector in FORCE_MEMBERS and (
                d.actors[0].kb_id or d.actors[0].kind in ("military", "police")):
            # ("its troops ... one soldier was wounded"; not "the Red Brigade claimed it",
            # a group a unit word names, whose victims the soldiers were)
            own |= FORCE_MEMBERS[d.actors[0].sector]
        kept = [p for p in d.targets if not (
            (p.kb_id and p.kb_id == kb) or (not p.kb_id and _bare_head(p.name) in own))]
        if len(kept) < len(d.targets):
            d.targets = kept


def possessive_owner(t: Any) -> Any:
    """"The army said its aircraft struck a column": the subject of the nearest verb above
    an instrument owned by "its"/"their" names whose it is (a noun, not a pronoun); None."""
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children):
        return None
    v = t.head
    for _ in range(6):
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i
                and c.pos_ in ("NOUN", "PROPN") and c.i != t.i]
        if subj and v.pos_ in ("VERB", "AUX") and v.i < t.i:
            return subj[0]
        if v.head == v:
            return None
        v = v.head
    return None



DESTRUCTION = "Looting/property destruction"


def armed_with_to_the_attack(final: list[Any]) -> None:
    """"The attackers, armed with rifles and machetes, ... set fire to several homes": what
    a phrase "armed with" says the attackers carried is the weapon of their attack, told just
    before (the raid, the fighting), not of the burning; moved there when that attack names
    no weapon of its own (kept where no attack is told before)."""
    order = sorted(final, key=lambda x: x.trigger.token.i)
    for d in order:
        if d.typed.acled != DESTRUCTION or not d.weapons:
            continue
        carried = [w for w in d.weapons if in_armed_with(d.sent.doc, w)]
        if not carried:
            continue
        sent_i = sent_index(d)
        host = None
        for e in order:
            if e is d or e.trigger.token.i >= d.trigger.token.i:
                break
            if e.typed.plover == "ASSAULT" and e.typed.acled not in (DESTRUCTION, None) and (
                    sent_i - sent_index(e) <= 2) and e.modality == d.modality:
                host = e
        if host is None or host.weapons:
            continue
        host.weapons = list(carried)
        d.weapons = [w for w in d.weapons if w not in carried]


def pursued_part_targets(final: list[Any], ctx: Any) -> None:
    """"Soldiers pursued the gunmen and killed four of them", "police chased the robbers and
    shot dead two of them": an attack with no target whose object is "N of them" is aimed
    at the object of the verb it is coordinated with (the people pursued)."""
    for d in final:
        if d.typed.plover not in ("ASSAULT", "COERCE") or d.targets:
            continue
        for m in (d.trigger, *d.mentions):
            tok = m.token
            if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.head.pos_ != "VERB":
                continue
            part = [c for c in tok.children if c.dep_ in ("dobj", "npadvmod") and c.like_num
                    and any(p.lower_ == "of" and any(g.lower_ == "them" for g in p.children)
                            for p in c.children if p.dep_ == "prep")]
            chased = [c for c in tok.head.children if c.dep_ == "dobj" and c.tag_ == "NNS"]
            if not part or not chased:
                continue
            p = ctx.mapper.participant(chased[0])
            if p is not None and p.name not in {a.name for a in d.actors}:
                d.targets = [p]
                break


def check_sides(final: list[Any], ctx: Any) -> None:
    """The passes above over the document's final events, in order."""
    drop_own_side_targets(final)
    pursued_part_targets(final, ctx)
    armed_with_to_the_attack(final)
    arms_carried_after(final, ctx)
