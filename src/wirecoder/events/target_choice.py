"""Which targets a coder records for an attack, an arrest, a protest or a blame, once all
the event's arguments are in (`choose_targets`, `protest_seats`, `blamed_on`).

* The owner of a struck vehicle or post is the target in its place: "rebels looted a UNHCR
  convoy", "militants overran a Frontier Guard post", "stopped a convoy of trucks carrying
  seed for the FAO", "the base of the coalition" -> UNHCR, the Frontier Guard, the FAO, the
  coalition; a building keeps its place beside its owner ("the house of a judge").
* People harmed outrank the things hit with them: "gunmen stormed a market, killing 14
  traders", "a drone struck a bus, killing seven passengers" -> the traders, the passengers
  (a named ship or building is kept, and so is a thing beside a named owner or body).
* A bare count ("19 people were arrested", "killing five people") gives way to the people
  the event names otherwise; an arrest or dispersal of a protest told only by such a count
  or by "N of them" is of the crowd the document says protested.
* A protest is aimed at the seat of authority it marched to or gathered at ("marched to
  parliament", "a sit-in in front of the ministry"); the police it pelted are not its target
  unless it protests against them.
* "blamed the ambush on X": X is the target of the blame and an actor of the ambush.
"""

from __future__ import annotations

from typing import Any

from ..records import Participant
from .lexicon import lemma as _lemma
from .participants import actor_like
from .pronoun_targets import them_object

# things an attack hits or a raid searches whose owner or occupants the coder records
STRUCK_THINGS = frozenset((
    "convoy", "truck", "lorry", "vehicle", "car", "bus", "minibus", "van", "tanker", "column",
    "house", "home", "hut", "shelter", "tent", "stall", "shop", "market", "marketplace",
    "building", "office", "headquarters", "compound", "warehouse", "depot", "store", "silo",
    "base", "post", "outpost", "checkpoint", "camp", "position", "barracks", "station",
    "school", "hospital", "clinic", "church", "mosque", "monastery", "temple", "property",
    "boat", "trawler", "plane", "helicopter", "bridge", "road", "border", "line",
))
# things told for the force or agency that runs them ("a UNHCR convoy", "an army post"): the
# owner stands for them; a building or home stays beside its owner ("the house of a judge")
TAKEN_FOR_OWNER = frozenset(("convoy", "truck", "lorry", "vehicle", "car", "bus", "minibus",
                             "van", "tanker", "column", "boat", "trawler", "plane",
                             "helicopter", "base", "post", "outpost", "checkpoint", "position",
                             "barracks", "camp"))
# nouns that count people without saying who they are
# ("two men", "a woman" say who, and are kept beside other victims: "killed two men and a
# girl")
COUNT_PEOPLE = frozenset(("people", "person", "persons", "others", "individuals",
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
    if p.kb_id or head is None or head.pos_ != "NOUN" or not head.is_lower:
        return False
    return _lemma(head) in STRUCK_THINGS


def _owner_tokens(head: Any, ctx: Any) -> list[Any]:
    """Who a struck thing belongs to or works for, as the noun phrase says it: a possessor or
    name before it ("the ICRC's convoy", "a UNHCR convoy"), its "of" phrase ("the offices of
    the party", "a convoy of trucks carrying food for the WFP") or a participle's agent or
    "for"/"from" phrase ("trucks contracted by the WFP", "lorries carrying rice from UNICEF
    and the Red Cross")."""
    out: list[Any] = []
    nouns = [head] + [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"]
    for n in nouns:
        out += [c for c in n.children if c.dep_ in ("poss", "compound") and c.i < n.i
                and (c.pos_ == "PROPN" or c.ent_type_ == "ORG" or (c.is_upper and len(c) > 1))]
        if n is not head and (n.pos_ == "PROPN" or n.ent_type_ == "ORG" or (
                n.pos_ == "NOUN" and _lemma(n) not in STRUCK_THINGS and actor_like(n, ctx))):
            out.append(n)  # "the offices of the Citizens Movement", "trucks of the ministry"
        if n is head:  # "a camp for displaced people": those it shelters
            out += [g for c in n.children if c.dep_ == "prep" and c.lower_ == "for"
                    for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"
                    and _lemma(g) in PEOPLE_NOUNS]
        for v in n.children:
            if v.dep_ not in ("acl", "relcl") or _lemma(v) not in OWNER_VERBS:
                continue
            for c in v.subtree:
                if c.dep_ == "pobj" and c.head.lower_ in ("for", "by", "to", "from") and (
                        c.pos_ == "PROPN" or c.ent_type_ == "ORG"):
                    out += [c, *(x for x in c.conjuncts if x.pos_ == "PROPN"
                                 or x.ent_type_ == "ORG")]
    return out


def _owners(head: Any, ctx: Any) -> list[Participant]:
    found: list[Participant] = []
    for t in _owner_tokens(head, ctx):
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


def _people_word(head: Any, ctx: Any) -> bool:
    """A common noun for people ("villagers", "passengers", "soldiers"), not a name or a
    body ("the bank", "the judge's" owner named): those an attack harms with what it hits."""
    if head is None or head.pos_ != "NOUN":
        return False
    lem = _lemma(head)
    return any(ctx.lex.in_class(lem, c) for c in ("person", "civilian", "armed", "troops"))


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
        if d.typed.plover not in ("ASSAULT", "COERCE"):
            continue
        if not d.targets and d.typed.acled in DISPERSALS and them_object(d.trigger.token):
            # "police dispersed the crowd and detained 14 of them": of the protesters
            crowd = _crowd(final, d)
            d.targets = [crowd] if crowd is not None else []
        if not d.targets:
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
        owned: set[int] = set()  # things kept beside the owner they were told with
        for p in d.targets:
            h = heads[id(p)]
            if _thing(p, h):
                owners = _owners(h, ctx)
                if owners:  # the owner of a struck thing, in the place of a vehicle or post
                    targets += [o for o in owners if not any(_same(o, t) for t in targets)]
                    if _lemma(h) in TAKEN_FOR_OWNER:
                        continue
                    owned.add(id(p))
            if not any(_same(p, t) for t in targets):
                targets.append(p)
        # people harmed outrank the things hit with them; a count gives way to names
        people = [p for p in targets if _person_like(p, heads.get(id(p)), ctx)]
        if d.typed.plover == "ASSAULT" and any(_people_word(heads.get(id(p)), ctx)
                                               for p in people):
            targets = [p for p in targets if id(p) in owned or not _thing(p, heads.get(id(p)))]
        if any(not _bare_count(p) for p in people):
            targets = [p for p in targets if not _bare_count(p)]
        d.targets = targets


# seats of the authority a march or sit-in is aimed at ("marched to parliament", "gathered
# outside the provincial legislature", "a sit-in in front of the election office")
SEAT_NOUNS = frozenset(("parliament", "legislature", "assembly", "congress", "senate", "court",
                        "courthouse", "hall", "ministry", "palace", "secretariat", "embassy",
                        "consulate", "presidency", "statehouse", "capitol", "council",
                        "commission", "prefecture", "governorate", "office"))
# buildings named for who sits in them ("the court building", "the army's base")
SEAT_BUILDINGS = frozenset(("building", "buildings", "base", "offices", "headquarters",
                            "compound", "gate", "gates", "premises", "residence"))
SEAT_PREPS = frozenset(("to", "towards", "toward", "outside", "at", "on", "before", "around",
                        "near", "into", "in"))


def _seat_tokens(tok: Any) -> list[Any]:
    """The seats of authority a protest word is told at or towards."""
    out: list[Any] = []
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in SEAT_PREPS:
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            if g.lower_ == "front" and c.lower_ == "in":  # "in front of X"
                g = next((x for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
                          for x in p.children if x.dep_ == "pobj"), g)
            elif c.lower_ == "in":
                continue  # ("in Nairobi", "in the capital": where, not at whom)
            if g.pos_ == "NOUN" and g.lower_ in SEAT_BUILDINGS:
                g = next((x for x in g.children if x.dep_ in ("poss", "compound")
                          and x.i < g.i), g)
            if _lemma(g) in SEAT_NOUNS or g.lower_ in SEAT_NOUNS or (
                    g.pos_ == "PROPN" and any(_lemma(x) in SEAT_NOUNS for x in g.subtree)):
                out.append(g)
            elif g.dep_ in ("poss", "compound") and g.lower_ not in SEAT_BUILDINGS:
                out.append(g)  # "the army's base", "the government building"
    return out


def _against(p: Participant, doc: Any) -> bool:
    """Whether `p` is told as what a protest is against ("a protest against police
    brutality", "rallied over the army's killings")."""
    head = _head(p, doc)
    return head is not None and any(a.dep_ == "prep" and a.lower_ in ("against", "over")
                                    for a in head.ancestors)


def protest_seats(final: list[Any], ctx: Any) -> None:
    """A protest's target is the seat of authority it marched to or gathered at; the police
    or troops it met there (pelted, fought) are not what it protests (the dispersal and the
    clashes are events of their own)."""
    doc = ctx.analysis.doc
    for d in final:
        if d.typed.plover != "PROTEST":
            continue
        toks = [m.token for m in (d.trigger, *d.mentions)]
        toks += [c for t in toks for c in t.children if c.dep_ in ("xcomp", "advcl")
                 and c.pos_ == "VERB"]
        toks += [t.head for t in toks if t.dep_ in ("dobj", "pobj") and t.pos_ == "NOUN"
                 and t.head.pos_ == "VERB"]  # "staged a sit-in outside ..."
        seats = [p for t in toks for g in _seat_tokens(t)
                 if (p := ctx.mapper.participant(g)) is not None]
        targets = [p for p in d.targets if p.sector not in ("COP", "MIL") or _against(p, doc)]
        for p in seats:
            if not any(_same(p, t) for t in targets):
                targets.append(p)
        d.targets = targets


def blamed_on(final: list[Any], ctx: Any) -> None:
    """"The ministry blamed the ambush on the ADF": whom an act is blamed on is the target of
    the blame and an actor of the act, not the act's target (the parser often hangs the "on"
    phrase on the act's noun, as if the ambush were on the ADF)."""
    for d in final:
        t = d.trigger.token
        verb = t.head
        if t.dep_ != "dobj" or _lemma(verb) != "blame" or t.pos_ != "NOUN":
            continue
        ons = [u for w in (t, verb) for c in w.children if c.dep_ == "prep" and c.lower_ == "on"
               for g in c.children if g.dep_ == "pobj" for u in (g, *g.conjuncts)]
        blamed = [p for p in (ctx.mapper.participant(u) for u in ons) if p is not None]
        if not blamed:
            continue
        spans = [(min(x.idx for x in u.subtree), max(x.idx + len(x) for x in u.subtree))
                 for u in ons]
        d.targets = [p for p in d.targets if not any(_same(p, b) for b in blamed) and not (
            p.evidence and all(any(a <= s.start and s.end <= b for a, b in spans)
                               for s in p.evidence))]
        d.actors += [b for b in blamed if not any(_same(b, a) for a in d.actors)]
        for e in final:
            if e.typed.plover == "ACCUSE" and e.trigger.token.i == verb.i:
                e.targets += [b for b in blamed if not any(_same(b, x) for x in e.targets)]
