"""One event per real-world event per document: merging repeated mentions.

Within a sentence, an operation word ("launched a joint operation ... destroying 15
hideouts") folds into the specific event beside it, and mentions of one type merge ("killed
three and wounded five"). Across sentences, a later mention joins an earlier event of the
same type when nothing contradicts it (dates that do not overlap, places in different
countries or provinces, different targets) and something ties them: a shared participant,
a definite or demonstrative reference ("the operation", "this attack"), or no participants
of its own. "Another attack" never merges.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
import re
from typing import Any, Iterator

from ..language import expanded_span, span_root
from ..records import Claim, Participant, Place, Quantity, Span, TimeSpan
from .arguments import participant_key
from .detect import Trigger
from .lexicon import load_lexicon
from .lexicon import lemma as _lemma
from .typing import Typed

OPERATION_TYPES = {"ASSAULT", "COERCE", "MOBILIZE"}
NEW_EVENT_DETS = {"another", "other", "second", "third", "new", "separate", "further",
                  "earlier", "previous", "latest", "fresh", "similar"}
ANAPHORIC_DETS = {"the", "this", "that", "these", "those", "such", "said"}


@dataclass
class Draft:
    """An event under construction (mutable), one or more mentions."""

    trigger: Trigger
    sent: Any  # spaCy sentence Span
    typed: Typed
    actors: list[Participant] = field(default_factory=list)
    targets: list[Participant] = field(default_factory=list)
    weapons: list[Participant] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    modality: str = "asserted"
    time: TimeSpan | None = None
    location: Place | None = None
    evidence: list[Span] = field(default_factory=list)
    mentions: list[Trigger] = field(default_factory=list)
    anaphoric: bool = False
    light: bool = False  # an operation word that is the object of "launch", "carry out"...
    reference: bool = False  # a noun in a time adjunct ("during the talks"): refers back
    new_event: bool = False
    absorbed: bool = False
    reference_anchor: bool = False  # "during the operation": a later mention of the same event
    count_relations: dict = field(default_factory=dict)  # evidence -> relation, set by a toll
    # set by `absorb`: the ACLED sub-types of this draft's mention and of those folded into it
    folded_acled: set[str] = field(default_factory=set)
    # set by `absorb`: one of those mentions, not negated, kills or wounds ("killed the driver")
    harm_told: bool = False

    @property
    def generic(self) -> bool:
        return self.trigger.entry.generic

    @property
    def flexible(self) -> bool:
        return self.typed.flexible or self.generic

    def local_place(self) -> Place | None:
        """The place, if the words naming it are in this event's sentences (a place the
        geocoder fell back to from elsewhere in the document does not block a merge)."""
        if self.location is None or not self.location.evidence:
            return None
        bounds = [(s.start, s.end) for s in self.evidence]
        for ev in self.location.evidence:
            if any(a <= ev.start and ev.end <= b for a, b in bounds):
                return self.location
        return None

    def participants(self) -> set[str]:
        keys: set[str] = set()
        for p in self.actors + self.targets:
            keys |= participant_key(p)
        return keys


def _sent_distance(e: Draft, d: Draft) -> int:
    """Sentences between the last sentence of `e` and the sentence of `d`."""
    doc = d.sent.doc
    last = max([e.sent.start] + [m.token.sent.start for m in e.mentions])
    return sum(1 for s in doc.sents if last < s.start <= d.sent.start)


def _time_ok(a: TimeSpan | None, b: TimeSpan | None) -> bool:
    if a is None or b is None or a.start is None or b.start is None:
        return True
    if a.precision != "day" or b.precision != "day":
        return True
    a_end, b_end = a.end or a.start, b.end or b.start
    return a.start <= b_end and b.start <= a_end


# place precisions below country level: a place that says where within a country
SUB_COUNTRY = {"point", "city", "admin2", "admin1"}


def _place_ok(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.precision not in SUB_COUNTRY or b.precision not in SUB_COUNTRY:
        return True  # a country named in passing ("US military") is weak evidence
    if a.country and b.country and a.country != b.country:
        return False
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return False
    if (a.precision in ("city", "point") and b.precision in ("city", "point")
            and a.name.lower() != b.name.lower()):
        return False
    return True


def _unnamed_people(d: Draft) -> bool:
    """All targets are unnamed people ("suspects", "several individuals", "insurgents",
    "several individuals suspected of involvement with insurgent activity")."""
    lex = load_lexicon()
    for p in d.targets:
        head = _head_word(p, d.sent.doc)
        head = head[:-1] if head.endswith("s") and len(head) > 3 else head
        if p.kb_id or not (lex.in_class(head, "person") or lex.in_class(head, "armed")
                           or head in ("suspect", "individual", "detainee")):
            return False
    return bool(d.targets)


def _head_word(p: Participant, doc: Any) -> str:
    """The lower-case head word of a participant's words: the lemma of the root of its
    evidence span where the parse has one ("individual" of "individuals suspected of ...
    activity", "man" of "men"), else its name's last word."""
    if p.evidence and doc is not None:
        ev = p.evidence[0]
        root = span_root(doc, ev.start, ev.end)
        if root is not None and root.pos_ in ("NOUN", "PROPN", "PRON"):
            return _lemma(root)
    return p.name.lower().split()[-1] if p.name else ""


def _targets_conflict(a: Draft, b: Draft) -> bool:
    if (a.typed.plover == b.typed.plover == "COERCE" and a.typed.acled == b.typed.acled
            and _unnamed_people(a) and _unnamed_people(b)):
        return False  # two descriptions of the people detained in one raid
    ka = set().union(*(participant_key(p) for p in a.targets)) if a.targets else set()
    kb = set().union(*(participant_key(p) for p in b.targets)) if b.targets else set()
    return bool(ka and kb and not ka & kb)


def absorb(into: Draft, other: Draft, take_type: bool = False) -> None:
    """Fold `other`'s mentions and arguments into `into`."""
    into.folded_acled |= {a for a in (into.typed.acled, other.typed.acled) if a}
    into.folded_acled |= other.folded_acled
    into.harm_told = into.harm_told or other.harm_told or _tells_harm(into) or _tells_harm(other)
    if take_type or (into.flexible and not other.flexible):
        into.typed = other.typed
        into.trigger, other_trigger = other.trigger, into.trigger
        into.mentions.append(other_trigger)
    else:
        into.mentions.append(other.trigger)
    into.mentions.extend(other.mentions)
    _keep_mode(into, other)
    into.anaphoric = into.anaphoric or other.anaphoric
    # a noun in a time adjunct ("during the talks", "prior to Sharaa's visit") only dates
    # another event: the claims, counts and people of its sentence belong to that event,
    # not to the one it names; it fills only what the named event lacks. (What is done
    # "during the operation" - people detained, weapons found - is part of the operation.)
    ref = other.reference and not take_type and into.typed.plover not in OPERATION_TYPES
    for name in ("weapons", "evidence") if ref else ("weapons", "claims", "evidence"):
        cur = getattr(into, name)
        for x in getattr(other, name):
            if x not in cur:
                cur.append(x)
    target_keys: set[str] = set()
    for p in into.targets:
        target_keys |= participant_key(p)
    actor_keys = set().union(*(participant_key(p) for p in into.actors)) if into.actors else set()
    had_actors, had_targets = bool(into.actors), bool(into.targets)
    for p in other.actors:
        if ref and had_actors:
            break
        if not participant_key(p) & (target_keys | actor_keys):
            into.actors.append(p)
            actor_keys |= participant_key(p)
    for p in other.targets:
        if ref and had_targets:
            break
        if not participant_key(p) & (target_keys | actor_keys):
            into.targets.append(p)
            target_keys |= participant_key(p)
    if ref:
        other.absorbed = True
        if into.location is None:
            into.location = other.location
        if into.time is None or into.time.start is None:
            into.time = other.time or into.time
        return
    # counts of people are all kept (each with its evidence) and resolved into one total per
    # kind once the event is complete (`resolve_counts`); other counts merge by value
    seen_ev = {q.evidence for q in into.quantities if q.kind in PEOPLE_KINDS}
    for q in other.quantities:
        if q.kind in PEOPLE_KINDS:
            if q.evidence not in seen_ev:
                into.quantities.append(q)
                seen_ev.add(q.evidence)
    have = {(q.value, q.object) for q in into.quantities if q.kind != "other"}
    have_any = {(q.value, q.object) for q in into.quantities}
    for q in other.quantities:
        if q.kind in PEOPLE_KINDS:
            continue
        key = (q.value, q.object)
        if key in have or (q.kind == "other" and key in have_any):
            continue
        if q.kind != "other":
            into.quantities = [x for x in into.quantities
                               if not (x.kind == "other" and (x.value, x.object) == key)]
        into.quantities.append(q)
        have_any.add(key)
        if q.kind != "other":
            have.add(key)
    if into.location is None or (other.location is not None and _finer(
            other.location, into.location) and other.location.country in (
            None, into.location.country)):
        into.location = other.location or into.location
    if into.time is None or (into.time.start is None and other.time is not None
                             and other.time.start is not None):
        into.time = other.time
    if into.modality != "asserted" and other.modality == "asserted" and not other.flexible:
        into.modality = "asserted"
    other.absorbed = True


def _keep_mode(into: Draft, other: Draft) -> None:
    """"Guerrillas attacked the bus and set it on fire": where the kept mention says no mode
    and the folded one, of the same PLOVER type, says by what means the act was done (arson,
    firearms, explosives: cues.yaml `means_modes`), the event keeps that more specific mode.
    A mode that names another kind of act (abduct, seize, torture) is not a refinement of
    the kept mention and is not taken."""
    if (into.typed.mode is None and other.typed.mode is not None
            and into.typed.plover == other.typed.plover
            and load_lexicon().in_class(other.typed.mode, "means_modes")):
        into.typed = replace(into.typed, mode=other.typed.mode)


ADDITIVE = {"additional", "other", "another", "more", "also", "further", "associates", "associate"}


PEOPLE_GROUPS = (("killed",), ("arrested", "captured"), ("injured",))
PEOPLE_KINDS = {k for g in PEOPLE_GROUPS for k in g}


def _marked_additive(q: Quantity, doc: Any) -> bool:
    """The count itself says it is more people ("one additional suspect", "two other men")."""
    if not q.evidence:
        return False
    span = expanded_span(doc, q.evidence[0].start, q.evidence[0].end)
    if span is None:
        return False
    words = {t.lower_ for t in span} | {t.lower_ for t in span.root.children}
    return bool(words & ADDITIVE)


ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10}
UPDATE_RE = re.compile(r"(?m)^\s*UPDATE\b")
REVISION_RE = re.compile(
    r"\b(rose|risen|rises|climbed|increased|jumped|revised( \w+)?)( to\b)|"
    r"\bbringing the (total|toll|death toll|number)\b|\btoll (now )?(stands|stood) at\b", re.I)
TALLY_RE = re.compile(
    r"\bsince (the (start|beginning)|(early |late |mid-)?(January|February|March|April|May|June"
    r"|July|August|September|October|November|December|\d{4}|last|Jan\.|Feb\.|Aug\.|Sept?\.|"
    r"Oct\.|Nov\.|Dec\.))|\bso far\b|\bto date\b|\bthis (month|year)\b|"
    r"\b(past|last) (few |several |\w+ )?(weeks|months|years)\b", re.I)
QUALIFIER_CAUTION = {"exact": 0, "at_least": 1, "more_than": 1, "about": 2, "at_most": 2,
                     "less_than": 2}


def _spans(q: Quantity, doc: Any) -> list[Any]:
    out = []
    for ev in q.evidence:
        sp = expanded_span(doc, ev.start, ev.end)
        if sp is not None:
            out.append(sp)
    return out


def _numeral(sp: Any) -> bool:
    """The span states its count in a number ("four suspects", "12"), not a person noun
    counted as one or a vague word ("several")."""
    return sp[0].like_num and sp[0].ent_type_ != "ORDINAL"


REFERRING = {"the", "these", "those", "both"}


def _definite(sp: Any) -> bool:
    """"the man", "the targeted individual", "the two": people counted before."""
    first = sp[0]
    before = sp.doc[sp.start - 1] if sp.start > 0 else None
    dets = [c for c in sp.root.children if c.dep_ in ("det", "poss")]
    return (first.lower_ in REFERRING
            or (before is not None and before.lower_ in REFERRING)
            or any(c.lower_ in REFERRING for c in dets))


def _subset(sp: Any) -> bool:
    """A part of people counted before: "one of the insurgents", "including two women"."""
    toks = [t.lower_ for t in sp]
    if "of" in toks:
        i = toks.index("of")
        if i + 1 < len(toks) and toks[i + 1] in ("the", "these", "those", "them", "whom"):
            return True
    node = sp.root
    for _ in range(3):
        if node.head == node:
            break
        if node.dep_ == "pobj" and node.head.lower_ in ("including", "among"):
            return True
        node = node.head
    return False


def _ordinal(sp: Any) -> int | None:
    """"a third insurgent" (or "he" after "As the third man took aim, ..." in its
    sentence): the ordinal says how many there are in all."""
    root = sp.root
    if root.pos_ == "PRON" and root.lower_ in ("he", "him", "she", "her"):
        lex = load_lexicon()
        nouns = [t for t in root.sent if t.i < root.i and t.pos_ == "NOUN" and (
            lex.in_class(_lemma(t), "person") or lex.in_class(_lemma(t), "armed"))
                 and any(c.lower_ in ORDINALS for c in t.children)]
        if not nouns:
            return None
        root = nouns[-1]  # the last person named by an ordinal before the pronoun
        dets: tuple[str, ...] = ("a", "an", "the")
    else:
        dets = ("a", "an")
    for c in root.children:
        if c.lower_ in ORDINALS and any(d.dep_ == "det" and d.lower_ in dets
                                        for d in root.children):
            return ORDINALS[c.lower_]
    return None


def _count_relation(q: Quantity, doc: Any) -> str:
    """How a later count of the event relates to the people counted before it: 'subset',
    'tally' (a campaign total: "since January", "so far"), 'revision' ("rose to"),
    'additive' ("two other men", "also detained two suspects", "two suspects during the
    operation"), 'restated' (it names people counted before: "the man and three other
    suspects"), or 'plain' (the same people, perhaps told more precisely)."""
    sps = _spans(q, doc)
    if not sps:
        return "plain"
    if len(sps) == 1 and _subset(sps[0]):
        return "subset"
    if any(_spread(sp) for sp in sps):
        return "spread"
    sent = sps[0].sent
    if TALLY_RE.search(sent.text) or any(
            t.lower_ == "since" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_type_ == "DATE"
            for t in sent):
        return "tally"
    if REVISION_RE.search(sent.text):
        return "revision"
    if len(sps) == 1 and _ordinal(sps[0]):
        return "additive"  # "a third insurgent", "... the third man ... he was killed"
    if any(_definite(sp) or sp.root.pos_ == "PRON" for sp in sps):
        return "restated"
    if len(sps) > 1:
        return "plain"  # "Jan and one additional insurgent": more than the first of its parts
    words = {t.lower_ for t in sps[0]} | {t.lower_ for t in sps[0].root.children}
    if words & (ADDITIVE - {"associates", "associate"}) or _ordinal(sps[0]):
        return "additive"
    indefinite = all(not _definite(sp) and sp.root.pos_ != "PROPN"
                     and sp.root.ent_type_ != "PERSON" for sp in sps)
    if indefinite and (_count_during(sps[0]) or "also" in {t.lower_ for t in sent}):
        return "additive_context"
    return "plain"


def _one_of(q: Quantity, doc: Any) -> bool:
    """The count restates the people counted before to single one of them out: "one of the
    insurgents killed was ...", "one of the detainees is ..."."""
    sps = _spans(q, doc)
    if len(sps) != 1:
        return False
    root = sps[0].root
    of = root.head
    return (root.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ == "one"
            and _definite(sps[0]))


SPREAD_MODS = {"separate", "multiple", "several", "various", "different", "numerous"}
OPERATION_NOUNS = {"operation", "raid", "strike", "airstrike", "mission", "engagement", "clash",
                   "attack", "assault"}


def _spread(sp: Any) -> bool:
    """The count is told for several operations at once ("detained two suspects during
    separate operations", "killed 12 militants in three raids"): it is the total of several
    events, not the count of the one event a record stands for."""
    verb = next((a for a in sp.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    for t in verb.subtree:
        if not (t.dep_ == "pobj" and t.head.lower_ in ("during", "in", "across", "over")
                and t.tag_ in ("NNS", "NNPS") and _lemma(t) in OPERATION_NOUNS):
            continue
        path, node = [], t
        while node.i != verb.i and node.head != node:
            path.append(node.dep_)
            node = node.head
        if any(dep in ("relcl", "advcl", "ccomp", "xcomp", "conj") for dep in path):
            continue  # the phrase belongs to another clause
        for c in t.children:
            if c.dep_ == "amod" and c.lower_ in SPREAD_MODS:
                return True
            if c.dep_ == "nummod" and c.like_num and c.lower_ not in ("one", "1"):
                return True
    return False


def _wording(q: Quantity, doc: Any) -> set[str]:
    return {" ".join(t.lower_ for t in sp) for sp in _spans(q, doc)}


def _vague_only(q: Quantity, doc: Any) -> bool:
    """Every part of the count is a vague plural ("several suspects", "numerous insurgents")."""
    vague = load_lexicon().cues["quantities"]["vague"]
    sps = _spans(q, doc)
    return bool(sps) and all(sp[0].lower_ in vague or (sp[0].lower_ in ("a", "an") and len(sp) > 1
                                                       and sp[1].lower_ in vague) for sp in sps)


def _count_during(sp: Any) -> bool:
    """"... detained two suspects during the operation": the verb the count hangs on (or a
    verb coordinated with it) has a "during the/this N" phrase."""
    verb = next((a for a in sp.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(during_the(h) for h in (verb, *verb.conjuncts))


def during_the(tok: Any) -> bool:
    """`tok` has a "during the/this/that N" phrase: it happened within an event named
    before."""
    return any(True for _ in _told_nouns(tok, ("during",)))


def _told_nouns(tok: Any, preps: tuple[str, ...]) -> Iterator[Any]:
    """The nouns of `tok`'s "<prep> the/this/that N" phrases, in text order ("during the
    raid", "in the battle")."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for g in c.children:
                if g.dep_ == "pobj" and any(x.dep_ == "det" and x.lower_ in ("the", "this", "that")
                                            for x in g.children):
                    yield g


def _explicitness(q: Quantity, doc: Any) -> int:
    """2: every part of the count is a number; 1: some part is; 0: none (a person noun
    counted as one, "several", a pronoun)."""
    sps = _spans(q, doc)
    n = sum(1 for sp in sps if _numeral(sp))
    return 2 if sps and n == len(sps) else 1 if n else 0


def _better(a: Quantity, b: Quantity, doc: Any) -> Quantity:
    """Two counts of the same people: the one stated in numbers beats one inferred from nouns
    or vague words; then the larger (the fuller account); on the same value the more
    cautious qualifier ("at least 4" over "4"), since one report hedges it."""
    ea, eb = _explicitness(a, doc), _explicitness(b, doc)
    if (ea == 0) != (eb == 0):
        return a if ea > eb else b
    if a.value != b.value:
        return a if a.value > b.value else b
    if ea != eb:  # "four suspects" over "the facilitator and three others" (at least, by sum)
        return a if ea > eb else b
    return b if QUALIFIER_CAUTION.get(b.qualifier, 0) > QUALIFIER_CAUTION.get(
        a.qualifier, 0) else a


def _sum(a: Quantity, b: Quantity) -> Quantity:
    """a + b, qualified by what both say: exact + exact is exact; a lower bound ("at least",
    "more than") stays one, an estimate ("about") stays one, an upper bound ("up to") stays
    one; bounds of different sides give only the lower one ("at least")."""
    quals = {a.qualifier, b.qualifier} - {"exact"}
    if not quals:
        qual = "exact"
    elif quals <= {"at_least", "more_than"}:
        qual = "more_than" if quals == {"more_than"} else "at_least"
    elif len(quals) == 1:
        qual = next(iter(quals))  # "about", "at_most", "less_than"
    else:
        qual = "at_least"
    return Quantity(kind=a.kind, value=a.value + b.value, qualifier=qual, object=None,
                    evidence=a.evidence + b.evidence)


def resolve_counts(d: Draft) -> None:
    """One count per kind of people for the merged event, from all its mentions' counts in
    text order (`_resolve`). The total keeps the evidence of every count it was read from; a
    count of part of the people that names what they were ("including two women") stays
    beside it. People "captured" and "detained" are one kind here."""
    doc = d.sent.doc
    for kinds in PEOPLE_GROUPS:
        qs = [q for q in d.quantities if q.kind in kinds]
        if len(qs) == 1 and (d.count_relations.get(qs[0].evidence) or _count_relation(
                qs[0], doc)) == "spread" and qs[0].value >= 1:
            # people counted over several operations: this one took at least one of them
            d.quantities[d.quantities.index(qs[0])] = _at_least_one(qs[0])
            continue
        if len(qs) < 2:
            continue
        qs.sort(key=lambda q: min((e.start for e in q.evidence), default=0))
        # a sum built from counts also listed counts them once
        qs = [q for q in qs if not any(set(q.evidence) < set(o.evidence) for o in qs)]
        rel = {id(q): d.count_relations.get(q.evidence) or _count_relation(q, doc) for q in qs}
        if rel[id(qs[0])] == "subset":  # "killing many of them": part of people not counted
            rel[id(qs[0])] = "plain"    # as this kind before, so the count of this kind
        main = [q for q in qs if rel[id(q)] != "subset"]
        if not main:
            continue
        if any(rel[id(q)] not in ("tally", "spread") for q in main):
            main = [q for q in main if rel[id(q)] not in ("tally", "spread")]
        elif all(rel[id(q)] == "spread" for q in main):
            main = [_at_least_one(main[0])]
            rel[id(main[0])] = "plain"
        kind = next((k for k in kinds if any(q.kind == k for q in qs)), main[0].kind)
        totals = []
        for part in _by_side(main, doc):
            total = _resolve(part, rel, doc)
            evidence = sorted({e for q in part for e in q.evidence}, key=lambda e: e.start)
            obj = total.object if len(part) == 1 else next(
                (q.object for q in part if q.object and _side(q, doc)), None)
            totals.append(Quantity(kind=kind, value=total.value, qualifier=total.qualifier,
                                   object=obj, evidence=tuple(evidence)))
        first = d.quantities.index(next(q for q in d.quantities if q.kind in kinds))
        keep = [q for q in d.quantities if q.kind not in kinds]
        subsets = [q for q in qs if rel[id(q)] == "subset" and q.object]
        d.quantities = keep[:first] + totals + subsets + keep[first:]


def _at_least_one(q: Quantity) -> Quantity:
    return replace(q, value=1.0, qualifier="at_least")


STATE_PEOPLE = {"soldier", "troop", "trooper", "serviceman", "servicemember", "policeman",
                "policewoman", "marine", "commando", "paratrooper", "peacekeeper", "sailor",
                "airman", "gendarme"}
STATE_WORDS = {"police", "security", "army", "military", "border", "government", "state"}
STATE_ROLES = {"officer", "member", "personnel", "agent", "guard", "official"}
NON_STATE_PEOPLE = {"militant", "insurgent", "rebel", "guerrilla", "jihadist", "terrorist",
                    "fighter", "gunman", "extremist", "separatist", "militiaman", "attacker",
                    "bomber"}
CIVILIAN_PEOPLE = {"civilian", "villager", "child", "woman", "pedestrian", "passenger",
                   "worshipper", "student", "bystander", "resident", "shopper", "farmer"}


def _side(q: Quantity, doc: Any) -> str | None:
    """Whose people a count counts: 'state' (soldiers, police officers), 'non_state'
    (militants, gunmen) or 'civilian'; None when its words do not say (suspects, people,
    a leader, a name, a pronoun) or its parts disagree."""
    sides: set[str | None] = set()
    for sp in _spans(q, doc):
        root = sp.root
        lemma = _lemma(root)
        mods = {c.lower_ for c in root.children if c.dep_ in ("compound", "amod")}
        if lemma in STATE_PEOPLE or (lemma in STATE_ROLES and mods & STATE_WORDS):
            sides.add("state")
        elif lemma in NON_STATE_PEOPLE:
            sides.add("non_state")
        elif lemma in CIVILIAN_PEOPLE:
            sides.add("civilian")
        else:
            sides.add(None)
    named = sides - {None}
    return next(iter(named)) if len(named) == 1 else None


STATE_GROUP_WORDS = STATE_PEOPLE | {"force", "army", "police", "military", "security"}
STATE_SECTORS = {"GOV", "MIL", "COP", "SPY"}  # CAMEO actor sectors
NON_STATE_SECTORS = {"REB", "INS", "UAF"}


def _party_side(parts: list[Participant]) -> str | None:
    """'state' or 'non_state' when the words of every participant say so, else None."""
    sides = set()
    for p in parts:
        words = {w.lower().rstrip(",.") for m in (p.name, *p.mentions) for w in (m or "").split()}
        words |= {w[:-1] for w in words if w.endswith("s")}
        if p.sector in STATE_SECTORS:
            sides.add("state")
        elif p.sector in NON_STATE_SECTORS:
            sides.add("non_state")
        elif words & STATE_GROUP_WORDS:
            sides.add("state")
        elif words & NON_STATE_PEOPLE:
            sides.add("non_state")
        else:
            return None
    return next(iter(sides)) if len(sides) == 1 else None


def _two_sides(e: Draft, d: Draft, distance: int) -> bool:
    """"Security forces killed 11 militants in a raid. ... two soldiers were killed in an
    exchange of fire": the losses of the side that attacked, told right after with no agent
    of their own, are the other side of the same fight."""
    if not (e.typed.plover == d.typed.plover == "ASSAULT" and distance <= 1
            and e.modality == d.modality == "asserted" and not d.new_event):
        return False
    if not (_time_ok(e.time, d.time) and _place_ok(e.local_place(), d.local_place())):
        return False
    if d.actors:
        return False  # an act with its own agent ("militants later ambushed a patrol") is new
    side = _party_side(e.actors) if e.actors and d.targets else None
    return side is not None and side == _party_side(d.targets)


def _by_side(qs: list[Quantity], doc: Any) -> list[list[Quantity]]:
    """Counts of different sides ("killed 11 militants ... two soldiers were killed") are
    different people, each resolved on its own; a count that does not say whose people it
    counts ("the men") goes with the nearest count before it that does (else the first)."""
    sides = [_side(q, doc) for q in qs]
    if len(set(sides) - {None}) < 2:
        return [qs]
    groups: dict[str, list[Quantity]] = {}
    first_side = next(x for x in sides if x is not None)
    last = first_side
    for q, side in zip(qs, sides):
        last = side or last
        groups.setdefault(last, []).append(q)
    return list(groups.values())


def _name_key(q: Quantity, doc: Any) -> str | None:
    """The name of one person counted by name ("Qari Ziauddin"), else None."""
    sps = _spans(q, doc)
    if len(sps) != 1 or q.value != 1:
        return None
    root = sps[0].root
    lex = load_lexicon()

    def named(t: Any) -> bool:  # not a title-case headline noun ("Taliban Facilitator Detained")
        return t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and not _title_line(t) and not (
            lex.in_class(_lemma(t), "person") or lex.in_class(_lemma(t), "armed")))

    if named(root):
        return root.lower_
    for c in root.children:  # "the rebel commander Omar Wali"
        if c.dep_ == "appos" and c.ent_type_ == "PERSON":
            return c.lower_
    if root.dep_ == "appos" and root.head.ent_type_ == "PERSON":  # "Omar Wali, a commander"
        return root.head.lower_
    return None


def _title_line(t: Any) -> bool:
    """The token is on a line in title case (a headline), where nouns parse as names."""
    text = t.doc.text
    start = text.rfind("\n", 0, t.idx) + 1
    end = text.find("\n", t.idx)
    words = [w for w in text[start:end if end >= 0 else len(text)].split()
             if w.isalpha() and len(w) > 3]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _part_keys(q: Quantity, doc: Any) -> set[tuple[str, str]]:
    """(number word, noun) of each counted part ("two facilitators" -> ("two", "facilitator"))."""
    vague = load_lexicon().cues["quantities"]["vague"]
    out = set()
    for sp in _spans(q, doc):
        first = sp[0].lower_
        if sp[0].like_num or first in vague:
            out.add((first, _lemma(sp.root)))
    return out


def _resolve(main: list[Quantity], rel: dict[int, str], doc: Any) -> Quantity:
    """The total of one kind of people from counts in text order. The unnamed counts make a
    running total: a revision ("the toll rose to five", a count in an appended UPDATE release)
    replaces it; a count marked as more people ("two other suspects", "a third insurgent",
    "also detained two suspects") adds to it, unless it repeats words or a listed part already
    counted ("detained two facilitators and several suspects ... Several additional suspects
    were detained": "additional" to the facilitators); any other count is the same people told
    again and the better-stated of the two is kept. A person counted by name is one more
    person when a sentence names him beside a count of unnamed people ("killed four
    insurgents and confirmed X was killed"), or when the unnamed people are first counted as
    more ("two other insurgents were killed"); else he may be one of them."""
    named = [q for q in main if _name_key(q, doc) is not None]
    unnamed = [q for q in main if _name_key(q, doc) is None]
    total: Quantity | None = None
    said: set[str] = set()
    parts: set[tuple[str, str]] = set()
    first_additive = False
    last_end = 0
    partial: Quantity | None = None  # the count just before, when it told part of the total
    for q in unnamed:
        wording, keys = _wording(q, doc), _part_keys(q, doc)
        r = rel[id(q)]
        if r.startswith("additive") and (wording & said or keys & parts):
            r = "restated"  # the same words again (a release restated): the same people
        elif r == "additive_context":
            # "also detained two suspects" adds to a leader detained before; after "several
            # suspects were detained" it tells how many they were
            r = "plain" if total is not None and _vague_only(total, doc) else "additive"
        said |= wording
        if len(keys) > 1:
            parts |= keys
        told_part = None  # this count, when it tells part of the total
        if total is None:
            total, first_additive = q, r == "additive"
        else:
            between = doc.text[last_end:q.evidence[0].start] if q.evidence else ""
            if r == "revision":
                found = _revised_count(_spans(q, doc)[0].sent) if _spans(q, doc) else None
                total = q if found is None else Quantity(
                    kind=q.kind, value=found[0], qualifier=found[1], object=None,
                    evidence=q.evidence)
            elif UPDATE_RE.search(between) and _explicitness(q, doc) == 2 and r != "additive":
                total = q
            elif r == "additive" and partial is not None:
                # "... captured a logistics officer. Two other suspects were also detained":
                # other than the people just named, who are part of the total already
                total = _better(total, _sum(partial, q), doc)
            elif r == "additive":
                total = _sum(total, q)
                sps = _spans(q, doc)
                n = _ordinal(sps[0]) if sps else None
                if n and n > total.value:
                    total = Quantity(kind=total.kind, value=float(n), qualifier="at_least",
                                     object=None, evidence=total.evidence)
            else:
                before = total
                total = _better(total, q, doc)
                told_part = q if total is before and q.value < total.value else None
                if _one_of(q, doc):
                    # "one of the militants killed was X. Several other militants were also
                    # killed": "other" than the one just named, who is one of the total
                    told_part = Quantity(kind=q.kind, value=1.0, qualifier="exact",
                                         object=None, evidence=q.evidence)
        partial = told_part
        last_end = max([last_end] + [e.end for e in q.evidence])
    names: dict[str, list[Quantity]] = {}
    for q in named:
        names.setdefault(_name_key(q, doc) or "", []).append(q)
    if total is None:
        first = named[0]
        return Quantity(kind=first.kind, value=float(len(names)), qualifier="at_least",
                        object=None, evidence=first.evidence)
    counted_text = " ".join(e.text.lower() for e in total.evidence)
    first_unnamed = min((e.start for e in unnamed[0].evidence), default=0)
    extra = 0
    for key, mentions in names.items():
        if key in counted_text.split():
            continue  # summed with the unnamed people already ("Jan and several fighters")
        # named in the sentence (not across a headline's line break) of a counted span
        beside = any(sp.sent.start == c.sent.start and "\n" not in doc.text[
            min(c.start_char, sp.start_char):max(c.end_char, sp.end_char)]
            for q in mentions for sp in _spans(q, doc) for c in _spans(total, doc))
        before_more = first_additive and any(e.start < first_unnamed for q in mentions
                                             for e in q.evidence)
        if beside or before_more:
            extra += 1
    if not extra:
        return total
    return Quantity(kind=total.kind, value=total.value + extra, qualifier="at_least",
                    object=None, evidence=total.evidence)


def _during_the(d: Draft) -> bool:
    """"... confiscated weapons and detained two suspects during the operation": a "during
    the/this N" phrase on the trigger or on a verb coordinated with it."""
    tok = d.trigger.token
    return any(during_the(h) for h in (tok, *tok.conjuncts))


PRECISION_RANK = {"point": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4, "region": 5,
                  "unknown": 6}


def _rank(p: Place) -> float:
    if p.precision == "region" and p.admin1:
        return 3.5  # "southern Rif Dimashq": part of a province
    return PRECISION_RANK.get(p.precision, 6)


def _finer(a: Place, b: Place) -> bool:
    return _rank(a) < _rank(b)


def _abduction(d: Draft) -> bool:
    """Taking a person, by the trigger's own sense (a killing in a sentence that also tells
    of a kidnapping can carry the kidnapping's sub-type from the sentence's words)."""
    return d.typed.mode == "abduct" or d.trigger.entry.mode == "abduct"


def _distinct_acts(a: Draft, b: Draft) -> bool:
    """"Gunmen shot the mayor after they had kidnapped him": taking a person and harming
    them are two acts (at two times), two events that share the target, even where both
    are typed as an assault. A word that only names an event ("the attack") is not an act
    of its own and still folds into either."""
    return _kidnap_and_other_assault(a, b) and (
        _shared_targets(a, b) or _pronoun_patient(a) or _pronoun_patient(b))


def _kidnap_and_other_assault(a: Draft, b: Draft) -> bool:
    """Both are assaults told as acts (not a word that only names an event), one a taking of
    a person and the other not."""
    return (a.typed.plover == b.typed.plover == "ASSAULT" and not a.flexible
            and not b.flexible and _abduction(a) != _abduction(b))


def _pronoun_patient(d: Draft) -> bool:
    """"after they had kidnapped him": the act is done to someone named elsewhere in the
    sentence (people harmed in the course of a kidnapping raid, "two men who tried to flee
    were shot dead", are part of the raid; the same person taken and then harmed is not)."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in PRONOUNS
               for c in d.trigger.token.children)


def _same_type(a: Draft, b: Draft) -> bool:
    if a.typed.plover != b.typed.plover or _distinct_acts(a, b):
        return False
    return not (a.typed.acled and b.typed.acled and a.typed.acled != b.typed.acled
                and a.typed.plover != "ASSAULT")


def _purpose_into_operation(drafts: list[Draft]) -> None:
    """"carried out clearance operations ... to combat the ISIS cells": a purpose clause that
    says what an operation was against is no second event; the operation the sentence reports
    is the event (its type and its modality) and the purpose names its target. A purpose
    that is an outcome ("an operation to detain a leader") is left to the rules for intent."""
    light = [d for d in drafts if d.light and d.typed.plover in OPERATION_TYPES]
    for s in drafts:
        tok = s.trigger.token
        if (s.flexible or s.typed.plover != "ASSAULT" or s.quantities or tok.dep_ != "advcl"
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
            continue
        for op in light:
            if op.trigger.token.head.i == tok.head.i and not op.absorbed:
                if not op.targets:
                    op.targets = list(s.targets)
                op.mentions.append(s.trigger)
                op.evidence += [x for x in s.evidence if x not in op.evidence]
                s.absorbed = True
                break


def _describes_someone(tok: Any) -> bool:
    """"a man who planned the bombing": an event noun inside a relative clause on a person
    is told to say who that person is, not as news."""
    node = tok
    for _ in range(3):
        if node.head == node:
            return False
        node = node.head
        if node.dep_ in ("relcl", "acl") and node.pos_ in ("VERB", "AUX"):
            return True
    return False


def _outcome_clauses(drafts: list[Draft]) -> None:
    """"the bombing that killed nine people": a killing told in a relative clause on an
    attack noun is that attack's outcome, one event, with the attack's modality; the
    clause's past tense says the attack took place, so an attack noun under "planned" that
    killed people happened (as background where it describes someone). Counts told in that
    clause belong to the attack, not to an event above it ("arrested a man who planned the
    bombing that killed nine")."""
    by_tok = {d.trigger.token.i: d for d in drafts if not d.absorbed}
    for d in drafts:
        tok = d.trigger.token
        n = by_tok.get(tok.head.i)
        if (d.absorbed or n is None or n is d or tok.dep_ != "relcl" or tok.pos_ != "VERB"
                or n.trigger.token.pos_ != "NOUN" or n.flexible or d.flexible
                or not d.typed.plover == n.typed.plover == "ASSAULT" or n.reference
                or not any(q.kind in ("killed", "injured") for q in d.quantities)
                or _distinct_acts(n, d)):
            continue
        if (n.modality in ("hypothetical", "future") and d.modality == "asserted"
                and tok.tag_ == "VBD"):
            n.modality = "historical" if _describes_someone(n.trigger.token) else "asserted"
        elif n.modality == "asserted" and _describes_someone(n.trigger.token):
            n.modality = "historical"
        d.modality = n.modality
        absorb(n, d)
        inside = {t.i for t in n.trigger.token.subtree}
        owned = {q.evidence for q in n.quantities}
        for o in drafts:
            if o is n or o.absorbed or not any(
                    a.i == o.trigger.token.i for a in n.trigger.token.ancestors):
                continue
            o.quantities = [q for q in o.quantities if not (
                q.evidence in owned and q.evidence and all(
                    _span_in(ev, inside, n.sent.doc) for ev in q.evidence))]


def _span_in(ev: Span, token_ids: set[int], doc: Any) -> bool:
    sp = doc.char_span(ev.start, ev.end, alignment_mode="expand")
    return sp is not None and all(t.i in token_ids for t in sp)


def merge_sentence(drafts: list[Draft]) -> list[Draft]:
    """Merge mentions inside one sentence."""
    _outcome_clauses(drafts)
    drafts = [d for d in drafts if not d.absorbed]
    _purpose_into_operation(drafts)
    drafts = [d for d in drafts if not d.absorbed]
    specific = [d for d in drafts if not d.flexible]
    for d in drafts:
        if d.flexible and specific:
            same = [s for s in specific if s.modality == d.modality]
            if d.generic:
                # an operation word folds into the event its sentence reports, never into one
                # that a time adjunct only names to date it ("prior to Sharaa's visit, the
                # country had carried out clearance operations")
                same = [s for s in same if not s.reference]
            if same:
                best = min(same, key=lambda s: abs(s.trigger.token.i - d.trigger.token.i))
                absorb(best, d)
    live = [d for d in drafts if not d.absorbed]
    for a in live:  # "kidnapped the journalist ... and killed him": the same victim
        for b in live:
            if (b is not a and not a.targets and b.targets and _pronoun_patient(a)
                    and _distinct_acts(a, b)):
                a.targets = list(b.targets)
    for i, a in enumerate(live):
        if a.absorbed:
            continue
        for b in live[i + 1:]:
            if b.absorbed or not _same_type(a, b) or (
                    _targets_conflict(a, b) and not _coordinated_acts(a, b)
                    and not _framed_by(a, b) and not _subject_of(a, b)):
                continue
            if a.modality != b.modality:
                continue
            absorb(a, b)
    # several flexible mentions and nothing specific: keep one
    flex = [d for d in drafts if not d.absorbed and d.flexible]
    for d in flex[1:]:
        if _same_type(flex[0], d):
            absorb(flex[0], d)
    return [d for d in drafts if not d.absorbed]


def _arrest(d: Draft) -> bool:
    """An arrest, by its ACLED sub-type or, where a classifier relabelled that, its mode."""
    return d.typed.plover == "COERCE" and (d.typed.acled == "Arrests"
                                           or d.typed.mode == "arrest")


def looting(d: Draft) -> bool:
    """A taking of property for gain ("gunmen robbed the bank", "looted shops"): an act of its
    own, by those an arrest may later take, never part of the arrest."""
    return d.typed.plover == "COERCE" and d.typed.acled == "Looting/property destruction"


def _looting_and_arrest(a: Draft, b: Draft) -> bool:
    return (looting(a) and _arrest(b)) or (looting(b) and _arrest(a))


def _framed_by(a: Draft, b: Draft) -> bool:
    """"Gunmen killed 12 villagers in an attack on a market": an event noun in an "in /
    during" phrase on the other trigger is the event that act was part of, whatever each
    names as its target."""
    ta, tb = a.trigger.token, b.trigger.token
    for outer, inner in ((ta, tb), (tb, ta)):
        if (inner.dep_ == "pobj" and inner.head.lower_ in ("in", "during")
                and inner.head.head.i == outer.i and inner.pos_ == "NOUN"):
            return True
    return False


def _subject_of(a: Draft, b: Draft) -> bool:
    """"The attack on the police station killed two officers": an event noun that is the
    subject of the other trigger is the event that verb tells the outcome of, whatever each
    names as its target."""
    ta, tb = a.trigger.token, b.trigger.token
    return any(n.pos_ == "NOUN" and n.dep_ == "nsubj" and n.head.i == v.i and v.pos_ == "VERB"
               for n, v in ((ta, tb), (tb, ta)))


def _coordinated_acts(a: Draft, b: Draft) -> bool:
    """"arrested a weapons dealer and detained several suspects": two verbs of one subject,
    coordinated, doing one kind of operation to different people, are one operation; so are
    a verb and the verb of a clause already folded into the other event ("an attack that
    killed four soldiers and wounded five policemen")."""
    tb = b.trigger.token
    if a.typed.plover not in OPERATION_TYPES or tb.pos_ != "VERB":
        return False
    if _abduction(a) != _abduction(b):
        return False  # "shot dead two guards and kidnapped the manager": two incident kinds
    for ta in (m.token for m in (a.trigger, *a.mentions) if m.token.sent == tb.sent):
        if ta.pos_ != "VERB" or ta.i == tb.i:
            continue
        first, second = (ta, tb) if ta.i < tb.i else (tb, ta)
        if (second.dep_ == "conj" and second.head.i == first.i
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children)
                and _place_ok(a.local_place(), b.local_place())):
            return True
    return False


def _more_people(e: Draft, d: Draft) -> bool:
    """A later arrest of unnamed people that says it is more of the same operation ("The
    force also detained several suspects", "One additional suspect was detained", "...
    detained two suspects during the operation") joins the arrest reported before it."""
    if not (_arrest(e) and _arrest(d) and e.modality == d.modality
            and not d.new_event and _unnamed_people(d) and _sent_distance(e, d) <= 4):
        return False
    if not (_time_ok(e.time, d.time) and _place_ok(e.local_place(), d.local_place())):
        return False
    words = {t.lower_ for t in d.sent}
    doc = d.sent.doc
    return bool(words & {"also", "additional"} or _during_the(d) or any(
        _marked_additive(q, doc) for q in d.quantities))


def merge_document(drafts: list[Draft]) -> list[Draft]:
    """Merge sentence-level events across the document, in text order."""
    out: list[Draft] = []
    for d in drafts:
        fits = [] if d.new_event else [e for e in reversed(out) if _can_merge(e, d)]
        # "Two suspects were detained following the firefight": a mention told as having
        # happened refers to an event told as having happened (or denied: "he is not charged
        # with the attack"), before a nearer one only planned ("the leader plans attacks
        # against the force")
        if d.modality == "asserted":
            fits = [e for e in fits if e.modality not in ("hypothetical", "future")] or fits
        # the event that names the same target ("killed Jan ... killing Jan and several other
        # insurgents") before the nearest one (an attack Jan planned, told in between)
        named = [e for e in fits if not e.flexible and _shared_targets(e, d)]
        # "... confirmed the kidnapping": a mention with no target of its own joins the
        # event of its own kind (a kidnapping, not a nearer attack)
        same_kind = [e for e in fits if not e.flexible and not d.flexible
                     and e.typed.plover == d.typed.plover == "ASSAULT"
                     and _abduction(e) == _abduction(d)]
        # "the militants killed in the raid": the event told as a raid before
        noun = _referred_noun(d)
        called = [e for e in fits if noun and noun in {
            _lemma(m.token) for m in (e.trigger, *e.mentions)}]
        target = called[0] if called else named[0] if named else same_kind[0] if (
            same_kind and not d.targets) else next(
            (e for e in fits if not e.flexible), fits[0] if fits else None)
        if target is not None:
            absorb(target, d, take_type=(target.flexible and not d.flexible)
                   or _people_over_things(target, d))
        else:
            out.append(d)
    _later_tolls(out)
    for d in out:
        resolve_counts(d)
        _settle_arson(d)
    return out


ARSON_KINDS = {"Attack", "Looting/property destruction"}


def _settle_arson(d: Draft) -> None:
    """"Rebels attacked the lorry and set it on fire", "set fire to the house, killing two
    children": an assault whose mentions were typed both an attack and a destruction of
    property, done by fire (mode arson), is an attack when it harmed people (people killed or
    injured, or a person among its targets) and a destruction of property when it did not,
    whichever mention the merge kept."""
    if (d.typed.plover != "ASSAULT" or d.typed.mode != "arson" or d.typed.acled not in ARSON_KINDS
            or not ARSON_KINDS <= d.folded_acled):
        return
    acled = "Attack" if _harmed_people(d) else "Looting/property destruction"
    if acled != d.typed.acled:
        d.typed = replace(d.typed, acled=acled)


def _tells_harm(d: Draft) -> bool:
    """The mention's own word kills or wounds, and is not denied ("no one was injured")."""
    return d.modality != "negated" and d.trigger.entry.quantity in ("killed", "injured")


def _harmed_people(d: Draft) -> bool:
    """People killed or injured (a count, or a mention whose word kills or wounds: "killed
    the driver"), or a person among the targets ("attacked the villagers")."""
    if any(q.kind in ("killed", "injured") and q.value for q in d.quantities):
        return True
    if d.harm_told or _tells_harm(d):
        return True
    lex = load_lexicon()
    for p in d.targets:
        head = p.name.lower().split()[-1] if p.name else ""
        singular = head[:-1] if head.endswith("s") and len(head) > 3 else head
        if any(lex.in_class(w, c) for w in (head, singular) for c in ("person", "armed")) or (
                head in ("children", "women", "men")):
            return True
    return False


TOLL_RE = re.compile(r"\b(death toll|toll|number of (the )?(dead|deaths|people killed|those "
                     r"killed|victims|fatalities)|fatalities)\b", re.I)
REVISE_LEMMAS = {"rise", "climb", "increase", "jump", "reach", "stand", "hit", "grow", "mount",
                 "revise", "bring"}
DEATH_LEMMAS = {"die", "succumb"}


def _revised_count(sent: Any) -> tuple[float, str, Any] | None:
    """(value, qualifier, number token) a sentence revises a toll to: "the death toll rose to
    nine", "the toll now stands at at least 12", "bringing the number of dead to 15"."""
    from .quantities import number_tokens, parse_number, qualifier_for
    lex = load_lexicon()
    for t in sent:
        if _lemma(t) not in REVISE_LEMMAS or t.pos_ not in ("VERB", "AUX"):
            continue
        for u in sent.doc[t.i + 1:min(sent.end, t.i + 10)]:
            if (u.like_num or u.pos_ == "NUM") and u.ent_type_ not in ("DATE", "TIME", "ORDINAL",
                                                                        "MONEY", "PERCENT"):
                toks = number_tokens(u)
                v = parse_number(toks, lex)
                if v is not None:
                    return v, qualifier_for(toks[0], lex), toks
    return None


def _later_tolls(out: list[Draft]) -> None:
    """Sentences just after an attack that report no event of their own but change its toll:
    "The death toll rose to nine" revises the count of people killed; "Two more people later
    died of their wounds" adds to it."""
    if not out:
        return
    doc = out[0].sent.doc
    sents = list(doc.sents)
    for d in out:
        if d.typed.plover != "ASSAULT" or d.modality != "asserted" or not any(
                q.kind == "killed" for q in d.quantities) or not d.evidence:
            continue
        doc_id = d.evidence[0].document_id
        others = {m.token.sent.start for e in out if e is not d and e.typed.plover == "ASSAULT"
                  and e.modality == "asserted" for m in [e.trigger, *e.mentions]}
        first = min([d.sent.start] + [m.token.sent.start for m in d.mentions])
        after = [s for s in sents if s.start > first][:3]
        for sent in after:
            if sent.start in others:
                break  # the next reported event: its own counts
            if any(q.kind == "killed" and q.evidence and sent.start_char <= q.evidence[0].start
                   < sent.end_char for q in d.quantities):
                continue  # counted as a mention of the event already
            q, rel = _toll_count(sent, doc_id)
            if q is not None:
                d.quantities.append(q)
                d.count_relations[q.evidence] = rel


def _toll_count(sent: Any, doc_id: str | None) -> tuple[Quantity | None, str]:
    from .quantities import number_tokens, parse_number
    if TOLL_RE.search(sent.text):
        found = _revised_count(sent)
        if found is not None:
            v, qual, toks = found
            a, b = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            return Quantity(kind="killed", value=v, qualifier=qual, object=None,
                            evidence=(Span(a, b, sent.doc.text[a:b], doc_id),)), "revision"
    lex = load_lexicon()
    for t in sent:
        if _lemma(t) not in DEATH_LEMMAS or t.pos_ != "VERB":
            continue
        words = {x.lower_ for x in sent}
        if not words & {"more", "another", "other", "additional", "later", "wounds",
                        "injuries", "subsequently"}:
            continue
        for subj in (c for c in t.children if c.dep_ == "nsubj"):
            num = next((c for c in subj.subtree if (c.like_num or c.pos_ == "NUM")
                        and c.ent_type_ not in ("DATE", "TIME", "ORDINAL")), None)
            if num is None:
                continue
            n = parse_number(number_tokens(num), lex)
            if n is None:
                continue
            a, b = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
            return Quantity(kind="killed", value=n, qualifier="exact", object=None,
                            evidence=(Span(a, b, sent.doc.text[a:b], doc_id),)), "additive"
    return None, ""


def _shared_targets(e: Draft, d: Draft) -> bool:
    ke = set().union(*(participant_key(p) for p in e.targets)) if e.targets else set()
    kd = set().union(*(participant_key(p) for p in d.targets)) if d.targets else set()
    return bool(ke & kd)


def _people_over_things(e: Draft, d: Draft) -> bool:
    """A seizure followed by an arrest in the same operation ("Rifles were seized. The police
    arrested four men.") is an arrest: the people detained say what the event was (so is an
    arrest whose sub-type a classifier relabelled)."""
    return (e.typed.plover == d.typed.plover == "COERCE" and e.typed.mode in ("seize", "arrest")
            and e.typed.acled != "Arrests" and d.typed.acled == "Arrests" and not looting(e))


def _weapons_found_in_operation(e: Draft, d: Draft) -> bool:
    """Weapons seized or destroyed in the course of a raid or fight reported just before
    belong to that operation ("The security force also seized two AK-47s")."""
    if d.typed.acled != "Disrupted weapons use" or e.typed.plover not in OPERATION_TYPES:
        return False
    if d.modality != e.modality or _sent_distance(e, d) > 3:
        return False
    if d.actors and e.actors and not (d.participants() & e.participants()):
        return False
    return True


EVENT_NOUNS = {"battle", "fight", "fighting", "firefight", "attack", "operation", "strike",
               "airstrike", "raid", "clash", "engagement", "exchange", "incident", "explosion",
               "blast", "ambush", "assault", "shootout", "skirmish", "search"}
PRONOUNS = {"he", "she", "him", "her", "they", "them"}


def _refers_back(d: Draft) -> bool:
    """"Two men were injured in the battle", "He was captured during the search": the
    mention names, with a definite article, an event the text reported before, or its
    patient is a pronoun."""
    if _referred_noun(d) is not None:
        return True
    tok = d.trigger.token
    patients = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
    return bool(patients) and all(p.lower_ in PRONOUNS for p in patients)


def _referred_noun(d: Draft) -> str | None:
    """The event noun of an "in / during the N" phrase on the trigger ("raid")."""
    return next((_lemma(g) for g in _told_nouns(d.trigger.token, ("in", "during"))
                 if _lemma(g) in EVENT_NOUNS), None)


def _back_reference(e: Draft, d: Draft) -> bool:
    """A mention that refers back (`_refers_back`) joins the nearest earlier event of its
    PLOVER type a few sentences before, when nothing contradicts it and the event it refers
    back to can be `e` (`_told_elsewhere`)."""
    return (e.typed.plover == d.typed.plover and e.typed.plover in OPERATION_TYPES
            and not d.new_event and e.modality == d.modality == "asserted"
            and _sent_distance(e, d) <= 3 and _refers_back(d) and not _told_elsewhere(e, d)
            and _time_ok(e.time, d.time) and _place_ok(e.local_place(), d.local_place()))


# nouns of an operation that can hold arrests as well as violence ("detained during the raid")
MIXED_OPERATION_NOUNS = {"raid", "sweep"}


def _told_elsewhere(e: Draft, d: Draft) -> bool:
    """"Police arrested three traders. A fourth man was captured during the ambush": the
    event `d` says it happened in ("the ambush") is of another type than `e` (an arrest) and
    none of `e`'s mentions names it, so `e` is not the event `d` refers back to. Generic and
    operation nouns ("the operation", "the search", "the raid") fit any."""
    noun = _referred_noun(d)
    if noun is None or noun in MIXED_OPERATION_NOUNS:
        return False
    entry = load_lexicon().entry(noun, "N")
    if entry is None or entry.generic or entry.plover == e.typed.plover:
        return False
    return not any(_lemma(m.token) == noun for m in (e.trigger, *e.mentions))


def _kinds_apart(e: Draft, d: Draft) -> bool:
    """"Gunmen kidnapped three engineers. ... The rebels attacked the pumping station": a
    kidnapping and another kind of assault (a killing, an attack on a building, a fire) told
    in different sentences, each by its own verb and against its own, different target, are
    two incidents, unless the later one says it happened in an event told before ("killed
    during the kidnapping")."""
    return (_kidnap_and_other_assault(e, d) and _targets_conflict(e, d)
            and not _within_told_event(d))


def _within_told_event(d: Draft) -> bool:
    """The trigger has an "in / during the/this/that N" phrase: it happened within an event
    the text told before ("in the town" is a place: the noun must be an event noun)."""
    lex = load_lexicon()
    return any(g.pos_ == "NOUN" and lex.entry(_lemma(g), "N") is not None
               for g in _told_nouns(d.trigger.token, ("in", "during")))


def _defined_by_of(d: Draft) -> bool:
    """"the operations of ISIS": "the" because of the "of" phrase, not a reference back."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in d.trigger.token.children)


def _can_merge(e: Draft, d: Draft) -> bool:
    """Whether mention `d` can be the same real-world event as the earlier event `e`."""
    if _distinct_acts(e, d) or _kinds_apart(e, d) or _looting_and_arrest(e, d):
        return False
    if _told_elsewhere(e, d) and e.typed.plover == d.typed.plover:
        return False
    if _more_people(e, d) or _back_reference(e, d):
        return True
    distance = _sent_distance(e, d)
    near = distance <= 2
    if _weapons_found_in_operation(e, d) and _place_ok(e.local_place(), d.local_place()):
        return True
    same_plover = e.typed.plover == d.typed.plover and e.typed.plover in OPERATION_TYPES and near
    operation_word = e.generic and near and d.typed.plover in OPERATION_TYPES
    flexible_ok = d.flexible and near and (
        d.anaphoric or d.reference or (not d.targets and e.typed.plover in OPERATION_TYPES))
    if not (_same_type(e, d) or same_plover or operation_word or flexible_ok):
        return False
    if d.generic and not (near or d.anaphoric or d.reference):
        return False  # "operations" far from any operation and not "the operation": its own
    if not (_time_ok(e.time, d.time) and _place_ok(e.local_place(), d.local_place())):
        return False
    if e.modality != d.modality and not (d.flexible or d.reference):
        return False
    if e.modality == "historical" != d.modality and not (
            (d.anaphoric and not _defined_by_of(d)) or d.reference):
        return False  # "lost its stronghold in 2019 ... Facing the operations of ISIS, ...":
        # a background event is not what a later plain mention of the present speaks of
    shared = bool(e.participants() & d.participants())
    bare = not d.actors and not d.targets
    if _two_sides(e, d, distance):
        return True
    if _targets_conflict(e, d) and not shared and not d.anaphoric:
        return False
    # unnamed people taken in a later mention that names no one acting ("Several individuals
    # were detained for questioning") are more of the operation told before, further on
    unnamed = _unnamed_people(e) and _unnamed_people(d)
    operation_near = (e.typed.plover in OPERATION_TYPES and e.typed.plover == d.typed.plover
                      and (distance <= 3 or (distance <= 5 and unnamed)
                           or (distance <= 8 and unnamed and not d.actors)))
    return (shared or d.anaphoric or d.reference or bare or (d.flexible and not d.targets)
            or (operation_near and not _targets_conflict(e, d)))
