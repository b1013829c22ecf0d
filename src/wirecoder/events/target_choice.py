"""Which of an attack's or arrest's targets a coder records, once all its arguments are in.

Three constructions of English news, each settled over the whole event:

* the owner of a struck thing is the target, not the thing: "rebels looted a UNHCR convoy",
  "militants overran a Frontier Guard post", "police raided the offices of the opposition
  party", "stopped a convoy of trucks carrying seed for the FAO" -> UNHCR, the Frontier
  Guard, the party, the FAO;
* people harmed outrank the things hit with them: "gunmen stormed a market, killing 14
  traders", "a drone struck a bus, killing seven passengers" -> the traders, the passengers
  (a named ship or building, "the Alpine Grace", is kept);
* a bare count noun ("19 people were arrested", "killing five people") names no one when the
  event names its people otherwise ("killing five people, among them two children" -> the
  children); an arrest or dispersal of a protest told only by such a count is of the crowd the
  document says protested ("protesters ... Police said 19 people were arrested").
"""

from __future__ import annotations

from typing import Any

from ..records import Participant
from .lexicon import lemma as _lemma
from .participants import actor_like

# things an attack hits or a raid searches whose owner or occupants the coder records
STRUCK_THINGS = frozenset((
    "convoy", "truck", "lorry", "vehicle", "car", "bus", "minibus", "van", "tanker", "column",
    "house", "home", "hut", "shelter", "tent", "stall", "shop", "market", "marketplace",
    "building", "office", "headquarters", "compound", "warehouse", "depot", "store", "silo",
    "base", "post", "outpost", "checkpoint", "camp", "position", "barracks", "station",
    "school", "hospital", "clinic", "church", "mosque", "monastery", "temple", "property",
    "boat", "trawler", "plane", "helicopter", "bridge", "road", "border", "line",
))
# nouns that count people without saying who they are
COUNT_PEOPLE = frozenset(("people", "person", "persons", "man", "men", "others", "individuals",
                          "other people"))
# ACLED sub-types of the police's answer to a protest
DISPERSALS = ("Arrests", "Protest with intervention", "Excessive force against protesters")
# people a shelter or camp is said to be for
PEOPLE_NOUNS = frozenset(("people", "family", "refugee", "civilian", "villager", "resident",
                          "child", "woman", "pupil", "student", "worker", "patient"))
# verbs and prepositions that tie a thing to whom it carries or works for
OWNER_VERBS = frozenset(("carry", "contract", "operate", "belong", "charter", "hire", "run",
                         "transport", "deliver", "own"))


def _head(p: Participant, doc: Any) -> Any:
    """The head token of the words naming `p` in this event (its first evidence span)."""
    for s in p.evidence:
        span = doc.char_span(s.start, s.end, alignment_mode="expand")
        if span is not None and len(span):
            return span.root
    return None


def _bare_count(p: Participant) -> bool:
    return p.name.lower() in COUNT_PEOPLE and not p.kb_id


def _thing(p: Participant, head: Any) -> bool:
    """A common-noun thing an attack hits ("a bus", "the weekly market"), not a name."""
    if p.kb_id or head is None or head.pos_ != "NOUN" or head.ent_type_:
        return False
    return _lemma(head) in STRUCK_THINGS


def _owner_tokens(head: Any) -> list[Any]:
    """Who a struck thing belongs to or works for, as the noun phrase says it: a possessor or
    name before it ("the army's convoy", "a UNHCR convoy"), its "of" phrase ("the offices of
    the party", "a convoy of trucks carrying food for the WFP") or a participle's agent or
    "for"/"to" phrase ("trucks contracted by the WFP", "vehicles belonging to the mission")."""
    out: list[Any] = []
    nouns = [head] + [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"]
    for n in nouns:
        out += [c for c in n.children if c.dep_ in ("poss", "compound") and c.i < n.i
                and c.pos_ == "PROPN"]
        if n is not head and n.pos_ in ("PROPN",):
            out.append(n)  # "the offices of the Citizens Movement"
        elif n is not head and n.pos_ == "NOUN" and n.ent_type_ == "ORG":
            out.append(n)
        if n is head:  # "a camp for displaced people": those it shelters
            out += [g for c in n.children if c.dep_ == "prep" and c.lower_ == "for"
                    for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"
                    and _lemma(g) in PEOPLE_NOUNS]
        for v in n.children:
            if v.dep_ not in ("acl", "relcl") or _lemma(v) not in OWNER_VERBS:
                continue
            for c in v.subtree:
                if c.dep_ == "pobj" and c.head.lower_ in ("for", "by", "to") and (
                        c.pos_ == "PROPN" or c.ent_type_ == "ORG"):
                    out.append(c)
    return out


def _owners(head: Any, ctx: Any) -> list[Participant]:
    found: list[Participant] = []
    for t in _owner_tokens(head):
        p = ctx.mapper.participant(t)
        if p is not None and (p.kb_id or p.sector or t.ent_type_ in ("ORG", "NORP")
                              or _lemma(t) in PEOPLE_NOUNS) and (
                p not in found):
            found.append(p)
    return found


def _person_like(p: Participant, head: Any, ctx: Any) -> bool:
    """A person, group or body (not a thing): linked, given a sector, or an actor word."""
    if _thing(p, head):
        return False
    return bool(p.sector or p.kb_id or head is None or actor_like(head, ctx))


def _same(a: Participant, b: Participant) -> bool:
    return a == b or bool(a.kb_id and a.kb_id == b.kb_id) or a.name.lower() == b.name.lower()


def _crowd(final: list[Any], d: Any) -> Participant | None:
    """The crowd the document says protested, told before or with this event (the last)."""
    sent = d.trigger.token.sent.start
    best = None
    for e in final:
        if e.typed.plover != "PROTEST" or e.trigger.token.sent.start > sent:
            continue
        for a in e.actors:
            if not _bare_count(a) and a.name.lower() not in ("crowd", "crowds"):
                if best is None or e.trigger.token.i > best[0]:
                    best = (e.trigger.token.i, a)
    return best[1] if best else None


def choose_targets(final: list[Any], ctx: Any) -> None:
    """Settle the targets of the attacks and arrests in `final` (changed in place)."""
    doc = ctx.analysis.doc
    for d in final:
        if d.typed.plover not in ("ASSAULT", "COERCE") or not d.targets:
            continue
        heads = {id(p): _head(p, doc) for p in d.targets}
        # an arrest or dispersal told only by a count of people: the protesting crowd
        if d.typed.acled in DISPERSALS and all(_bare_count(p) for p in d.targets):
            crowd = _crowd(final, d)
            if crowd is not None:
                counts = tuple(dict.fromkeys(p.name for p in d.targets))
                d.targets = [Participant(
                    name=crowd.name, kb_id=crowd.kb_id, kind=crowd.kind, country=crowd.country,
                    sector=crowd.sector,
                    mentions=tuple(dict.fromkeys((*crowd.mentions, *counts))),
                    evidence=tuple(s for p in d.targets for s in p.evidence))]
                continue
        targets: list[Participant] = []
        for p in d.targets:
            h = heads[id(p)]
            if _thing(p, h):
                owners = _owners(h, ctx)
                if owners:  # the owner of a struck thing, in the thing's place
                    targets += [o for o in owners if not any(_same(o, t) for t in targets)]
                    continue
            if not any(_same(p, t) for t in targets):
                targets.append(p)
        # people harmed outrank the things hit with them; a count gives way to names
        people = [p for p in targets if _person_like(p, heads.get(id(p)), ctx)]
        if d.typed.plover == "ASSAULT" and people:
            targets = [p for p in targets if not _thing(p, heads.get(id(p)))]
        if any(not _bare_count(p) for p in people):
            targets = [p for p in targets if not _bare_count(p)]
        d.targets = targets
