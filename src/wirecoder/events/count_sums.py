"""Counts of one kind of people told in one clause (`sum_people`): several counts add up
("killed three soldiers and two civilians"), unless they are each side's toll or figures that
different sources give for the same people (`source_of`: "police said 17 were killed, while
the governor put the toll at 25" is two counts of one toll, never 42)."""

from __future__ import annotations

import re
from typing import Any

from ..records import Quantity
from .background import CONFLICT_NOUNS, toll_of_years
from .count_kinds import figure_put_at
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon, strip_plural
from .merge_words import PEOPLE_KINDS, REVISE_LEMMAS
from .people_counts import _explicitness, _spans
from .tallies import toll_over_a_period

QUOTES = "\"'“”‘’"
# verbs whose subject is the source of a figure told in their clause
SOURCE_VERBS = {"say", "tell", "state", "add", "report", "announce", "confirm", "put", "place",
                "estimate", "give", "claim", "quote", "cite"}


def source_of(num: Any) -> tuple[int, str] | None:
    """The statement a count is told in: (the reporting verb's index, its subject's words) for
    "police said 17 people were killed" (said, police), "the governor put the toll at 25"
    (put, governor), or None where no reporting verb with a subject governs the number. A
    count in a reporting verb's own object is under the verb, not told by another clause. A
    reporting clause after the count that the parser hangs beside its clause ("..., killing
    three soldiers, the ministry said") tells it too."""
    fig = figure_put_at(num)
    node = fig.head if fig is not None else num
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") and _lemma(node) in SOURCE_VERBS:
            subj = _named_subject(node)
            if subj is not None:
                return node.i, subj
        for c in node.children:
            if c.dep_ == "parataxis" and c.i > num.i and c.pos_ == "VERB" \
                    and _lemma(c) in SOURCE_VERBS:
                subj = _named_subject(c)
                if subj is not None:
                    return c.i, subj
        if node.head == node:
            return None
        node = node.head
    return None


def _named_subject(verb: Any) -> str | None:
    """The words of the verb's subject, unless it is a pronoun."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    return " ".join(t.lower_ for t in subj.subtree)


def a_conflicts_toll(num: Any, trigger: Any) -> bool:
    """The number is counted by a long conflict's toll told beside the event ("the clash was
    the latest in decades of fighting that has killed 40,000 people"), or by a toll the event
    brings up to since a point before it ("shot dead two more, bringing to 23 the number of
    people killed since the protests began"), not by `trigger`."""
    for node in num.ancestors:
        if node.pos_ in ("VERB", "AUX"):
            return node.i != trigger.i and (toll_of_years(node) or (
                _lemma(node) in REVISE_LEMMAS and toll_over_a_period(node)))
    return False


def _told_apart(group: list[Quantity], told: dict[int, Any]) -> bool:
    """The counts are told in statements of different sources (each names its subject)."""
    sources = {told.get(id(q)) for q in group}
    return None not in sources and len({s[1] for s in sources}) > 1


def sum_people(qs: list[Quantity], subsets: set[int] | None = None,
                told: dict[int, Any] | None = None,
                verbs: dict[int, Any] | None = None) -> list[Quantity]:
    """Several counts of one person kind in one clause add up (at least the sum); people
    "captured" and "detained" in one clause are one kind here. A count of part of the people
    already counted ("including two women") does not add, nor do counts that coordinated
    verbs each tell of their own ("arrested seven militants in one town and detained 25
    miners in another": two groups, each its own count)."""
    by_kind: dict[str, list[Quantity]] = {}
    rest = []
    any_arrested = any(q.kind == "arrested" for q in qs)
    for q in qs:
        if subsets and id(q) in subsets:
            rest.append(q)
        elif q.kind in ("killed", "arrested", "captured"):
            key = "arrested" if q.kind == "captured" and any_arrested else q.kind
            by_kind.setdefault(key, []).append(q)
        else:
            rest.append(q)
    for kind, group in by_kind.items():
        if len(group) == 1 or _two_sides(group) or _told_apart(group, told or {}) or (
                _own_verbs(group, verbs or {})):
            rest.extend(group)  # "killed 15 soldiers and 30 militants": a count per side
            continue  # (and each source's figure is its own count)
        total = sum(q.value for q in group)
        ev = tuple(s for q in group for s in q.evidence)
        qual = "exact" if all(_stated_exactly(q) for q in group) else "at_least"
        rest.append(Quantity(kind=kind, value=total, qualifier=qual, object=None,
                             evidence=ev))
    return rest


def _stated_exactly(q: Quantity) -> bool:
    """The count is an exact number written out ("three people", "five more"), not a person
    counted as one ("a Taliban leader") nor a vague or bounded amount: such parts add up to
    an exact total ("arrested three people on Monday and five more on Tuesday": 8)."""
    if q.qualifier != "exact" or len(q.evidence) != 1:
        return False
    first = q.evidence[0].text.split()[0].lower() if q.evidence[0].text.split() else ""
    words = load_lexicon().cues["quantities"]["number_words"]
    return bool(re.match(r"^\d[\d,]*$", first)) or all(
        w in words and w not in _ROUGH_OR_ONE for w in first.split("-"))


# number words that count a person as one or give a round figure
_ROUGH_OR_ONE = {"a", "an", "one", "single", "dozen", "couple", "pair"}


MORE_WORDS = {"other", "others", "another", "more", "additional", "further"}


def _own_verbs(group: list[Quantity], verbs: dict[int, Any]) -> bool:
    """Each count is told by its own verb, and the verbs are coordinated ("arrested seven ...
    and detained 25 ..."): separate acts, each with its own people."""
    return _verbs_apart([verbs.get(id(q)) for q in group], group)


def _verbs_apart(heads: list[Any], group: list[Quantity]) -> bool:
    if any(h is None for h in heads) or len({h.i for h in heads}) < 2:
        return False
    if any(w in MORE_WORDS for q in group for e in q.evidence for w in e.text.lower().split()):
        return False  # "detained 14 ... and arrested nine others": more people, added
    return all(h.dep_ == "conj" and h.head.i in {x.i for x in heads} for h in heads[1:]
               if h.i != heads[0].i)


def by_own_verb(qs: list[Quantity], doc: Any) -> list[list[Quantity]]:
    """The counts of a merged event, one group per coordinated verb that tells its own count
    ("arrested seven militants in Gao and detained 25 miners near Kidal": 7 and 25, neither
    the other's restatement nor a sum), or per coordinated noun that has its own count ("five
    policemen and 12 workers were hurt", a kind never summed); all in one group otherwise."""
    sps = [_spans(q, doc) for q in qs]
    if len(qs) < 2 or any(len(s) != 1 for s in sps):
        return [qs]
    roots = [s[0].root for s in sps]
    if _each_apart(roots, qs):
        return [[q] for q in qs]  # "five policemen and 12 workers were hurt": two counts
    heads = [next((a for a in r.ancestors if a.pos_ == "VERB"), None) for r in roots]
    return [[q] for q in qs] if _each_apart(heads, qs) else [qs]


def _each_apart(heads: list[Any], qs: list[Quantity]) -> bool:
    """Each count of `qs` is told on a head of its own, the heads coordinated
    (`_verbs_apart`)."""
    return _verbs_apart(heads, qs) and len({h.i for h in heads}) == len(qs)


def _two_sides(group: list[Quantity]) -> bool:
    """Counts of state forces and of armed groups fighting them (each side's toll is its
    own count, as the golden articles code them)."""
    classes = load_lexicon().classes
    sides = set()
    for q in group:
        # (a word in scare quotes, 31 "terrorists", is the same word; so is the counted word
        # of the evidence where no object was read)
        words = (q.object or (q.evidence[-1].text if len(q.evidence) == 1 else "")).split()
        word = strip_plural(words[-1].lower().strip(QUOTES)) if words else ""
        word = POLICE_WORDS.get(word, word)
        sides |= {c for c in ("state_force", "non_state") if word in classes[c]}
    return sides == {"state_force", "non_state"}


# police words the state-force class knows by their stem (not the police set of
# type_cues.street_clash, which also holds "police" and "gendarmerie": words, not a map)
POLICE_WORDS = {"policeman": "police", "policemen": "police", "officer": "police",
                "policewoman": "police", "gendarme": "police"}


def drop_conflict_tolls(d: Any) -> None:
    """A merged event keeps no count of a long conflict's toll (`conflict_toll`), before its
    counts of people are resolved (`count_resolution.resolve_counts`)."""
    d.quantities = [q for q in d.quantities if not conflict_toll(q, d)]


def conflict_toll(q: Quantity, d: Any) -> bool:
    """The count `q` of the merged event `d` is a long conflict's toll, not the event's: told
    beside it ("the clash was the latest in decades of fighting that has killed 40,000
    people"; unless the event is that conflict's toll itself), or, for a count of people, told
    in another sentence (`a_conflicts_told_toll`: "The fighting between the cartels has killed
    more than 1,500 people in the state")."""
    trig = d.trigger.token
    doc = trig.doc
    if not toll_of_years(trig):
        nums = [t for sp in _spans(q, doc) for t in sp if t.like_num or t.pos_ == "NUM"]
        if nums and all(a_conflicts_toll(t, trig) for t in nums):
            return True
    return q.kind in PEOPLE_KINDS and a_conflicts_told_toll(q, d.sent, doc)


def told_by_another_source(main: list[Quantity], rel: dict[int, str], doc: Any) -> list[Quantity]:
    """Later counts of the same people that another named source gives ("Two people were
    killed ..., witnesses said. A police spokesman said one person had died"; "police said
    seven died; a hospital official put the toll at nine"): a count in numbers, told in the
    statement of a subject other than the first count's, with another value; not a revision
    ("the toll rose to") nor more people. Both sources' figures are kept."""
    if len(main) < 2:
        return []
    firsts = _spans(main[0], doc)
    first = source_of(firsts[0].root) if len(firsts) == 1 else None
    if first is None:
        return []
    out = []
    for q in main[1:]:
        sps = _spans(q, doc)
        if len(sps) != 1 or _explicitness(q, doc) != 2 or q.value == main[0].value or rel.get(
                id(q), "plain") not in ("plain", "restated"):
            continue
        src = source_of(sps[0].root)
        if src is not None and src[1] != first[1] and src[0] != first[0]:
            out.append(q)
    return out


def a_conflicts_told_toll(q: Quantity, sent: Any, doc: Any) -> bool:
    """The count is a long conflict's toll told in another sentence than the event's ("The
    fighting between the cartels has killed more than 1,500 people in the state", "decades of
    fighting that killed an estimated 150,000"), or of another event told by an indefinite
    noun ("a crackdown in which 22 people were killed"): the verb that counts it has a conflict
    noun for its subject in the perfect, is `toll_of_years` or a relative clause of an event noun
    with "a"; no count of the day's event that a back-reference merged it into."""
    sps = _spans(q, doc)
    if len(sps) != 1 or sent is None or sent.start <= sps[0].root.i < sent.end:
        return False
    verb = next((a for a in sps[0].root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    if toll_of_years(verb):
        return True
    clause = verb.head if verb.dep_ == "ccomp" and _lemma(verb.head) in SOURCE_VERBS else verb
    event_noun = load_lexicon().entry(_lemma(clause.head), "N") is not None or _lemma(
        clause.head) in CONFLICT_NOUNS  # (not "a vehicle from which they threw charges")
    if clause.dep_ == "relcl" and event_noun and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in clause.head.children):
        return True  # "were met by a crackdown in which at least 22 people were killed"
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and _lemma(subj) in CONFLICT_NOUNS and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
