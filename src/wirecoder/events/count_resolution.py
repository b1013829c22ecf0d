"""One count per kind of people for a merged event (`resolve_counts`): the counts of its
mentions, read with `events.people_counts`, combined in text order (a revision replaces
the total, more people add to it, the same people told again keep the better-stated
count), and the tolls that sentences just after an attack revise or add to
(`later_tolls.later_tolls`: "the death toll rose to nine").
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..language import expanded_span
from ..records import Quantity, Span
from .casualty_followup import buried_people, doers_partitive, in_a_claim
from .count_kinds import figure_put_at, toll_stated
from .count_sums import by_own_verb, source_of, told_by_another_source
from .draft import Draft
from .far_tolls import FIGURE
from .later_tolls import revised_count
from .merge_words import PEOPLE_GROUPS, QUALIFIER_CAUTION, TOLL_RE, UPDATE_RE
from .people_counts import (_count_relation, _explicitness, _name_key, _one_of, _ordinal,
                            _part_keys, _side, _spans, _vague_only, _wording)
from .participant_mapper import participant_key, participant_keys


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
    count of part of the people ("including two women") is no count of its own: a second
    `killed` beside the total would read as more dead. People "captured" and "detained" are
    one kind here. A long conflict's toll is no count of the event: merge drops it before
    (`count_sums.drop_conflict_tolls`)."""
    doc = d.sent.doc
    for kinds in PEOPLE_GROUPS:
        qs = [q for q in d.quantities if q.kind in kinds]
        uppers = _range_uppers(qs)  # "between 20 and 30": the upper bound is kept beside
        qs = [q for q in qs if all(q is not u for u, _ in uppers)]
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
        fallen = [q for q in qs if rel[id(q)] == "subset"
                  and doers_partitive(q, d, _spans(q, doc))]
        if not main:
            main, fallen = fallen, []
        if not main:
            continue
        if any(rel[id(q)] == "revision" for q in main):
            # "The death toll has risen to 38 ... Police had initially put the number of dead
            # at 20": the first figure, which the revision brings up to date
            main = [q for q in main if not _first_figure(q, doc)] or main
        # ("has risen to 17, police said, while officials said 23 had died": the 23 is told
        # in the revision's sentence, but it is another source's figure, not the revision)
        told = {**rel, **{id(q): "plain" for q in main[1:]
                          if rel[id(q)] == "revision" and not _the_revised(q, doc)}}
        own = [q for q in main if _doers_own_claim(q, d, doc) or _put_at(q, doc)] or (
            told_by_another_source(main, told, doc))
        claimed: list[Quantity] = []
        if own and any(q not in own and _explicitness(q, doc) == 2 for q in main):
            # "Islamic State claimed the attack, saying its fighters had killed 11", "police
            # put the number of people taken at 31": the perpetrators' own tally or another
            # source's figure disagrees with the count told before; both are kept (two counts
            # of the same people, told by different sources), never merged
            main = [q for q in main if q not in own]
            claimed = own
            # the claimed figure told again ("It said 14 soldiers had been killed"): theirs
            again = [q for q in main if any(q.value == c.value for c in claimed)]
            if again and len(again) < len(main):
                main = [q for q in main if q not in again]
                claimed = claimed + again
            rel.update({id(q): told[id(q)] for q in claimed})
        # another source's figure told further down (`far_tolls`): a count of its own
        figures = [[q] for q in main if rel[id(q)] == FIGURE and q is not main[0]]
        main = [q for q in main if all(q is not f[0] for f in figures)]
        if any(rel[id(q)] not in ("tally", "spread") for q in main):
            main = [q for q in main if rel[id(q)] not in ("tally", "spread")]
        elif all(rel[id(q)] == "spread" for q in main):
            main = [_at_least_one(main[0])]
            rel[id(main[0])] = "plain"
        kind = next((k for k in kinds if any(q.kind == k for q in qs)), main[0].kind)
        totals = []
        for group in [g for g in (main, claimed, fallen, *figures) if g]:
            for part in (p for side in _by_side(group, doc) for p in by_own_verb(side, doc)):
                total = _resolve(part, rel, doc)
                evidence = sorted({e for q in part for e in q.evidence}, key=lambda e: e.start)
                obj = total.object if len(part) == 1 else next(
                    (q.object for q in part if q.object and _side(q, doc)), None)
                if any(t.value == total.value for t in totals):
                    continue  # the other source's figure agrees: one count
                totals.append(Quantity(kind=kind, value=total.value, qualifier=total.qualifier,
                                       object=obj, evidence=tuple(evidence)))
        for upper, low in uppers:
            if any(t.value == low.value and set(low.evidence) <= set(t.evidence)
                   for t in totals):
                totals.append(replace(upper, kind=kind))
        first = d.quantities.index(next(q for q in d.quantities if q.kind in kinds))
        keep = [q for q in d.quantities if q.kind not in kinds]
        d.quantities = keep[:first] + totals + keep[first:]


def _range_uppers(qs: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """(upper, lower) bounds of one range ("between 20 and 30 people": at most 30 beside at
    least 20, read from the same words)."""
    return [(u, low) for u in qs if u.qualifier == "at_most" for low in qs
            if low is not u and low.qualifier == "at_least" and low.evidence == u.evidence
            and low.value < u.value]


def _doers_own_claim(q: Quantity, d: Draft, doc: Any) -> bool:
    """The count is told in a sentence where an armed group that did it (or claims it)
    speaks: a claim by a non-state armed actor of the event, or its claim of responsibility
    ("claimed the attack")."""
    if not q.evidence:
        return False
    sps = _spans(q, doc)
    if len(sps) == 1 and in_a_claim(sps[0].root):
        return True  # "claimed responsibility, saying its fighters had killed 18"
    sent = _sentence_start(doc, q.evidence[0])
    doers = participant_keys(d.actors)
    told = source_of(sps[0].root) if len(sps) == 1 else None
    for c in d.claims:
        if not c.evidence or _sentence_start(doc, c.evidence[0]) != sent:
            continue
        if told is not None and not _said_by(c, doc[told[0]]):
            continue  # "killing three, the ministry said, while the rebels said ...": the
            # count is the ministry's, though the rebels speak in its sentence
        armed = c.claimant.kind in ("armed group", "militia") or c.claimant.sector in (
            "REB", "UAF", "INS")
        if armed and ((c.verb or "").lower() in ("claimed", "claims", "claim")
                      or participant_key(c.claimant) & doers):
            return True
    return False


def _said_by(c: Any, verb: Any) -> bool:
    """The claim's words are the subject of the reporting verb (its source speaks there)."""
    subj = next((t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    lo, hi = min(t.idx for t in subj.subtree), max(t.idx + len(t) for t in subj.subtree)
    return any(e.start < hi and e.end > lo for e in c.evidence)


def _put_at(q: Quantity, doc: Any) -> bool:
    """The count is a figure someone puts the people at ("put the number of people taken
    at 31", "said the toll was 11")."""
    sps = _spans(q, doc)
    if len(sps) != 1:
        return False
    said = toll_stated(sps[0].root)  # "a spokesman said the toll was 11"
    return figure_put_at(sps[0].root) is not None or buried_people(sps[0].root) or (
        said is not None and bool(TOLL_RE.search(" ".join(t.text for t in said.subtree))))


# adverbs that mark a figure as the first one given, since brought up to date
FIRST_FIGURE_ADVERBS = {"initially", "originally", "earlier", "first", "previously"}


def _first_figure(q: Quantity, doc: Any) -> bool:
    """The count is a figure the text marks as the first one given ("initially put the number
    of dead at 20", "earlier said 12 had been killed"), or a figure put in the past perfect
    ("the monitor had put the toll at 15 on Sunday"): one given before the revision."""
    sps = _spans(q, doc)
    if len(sps) != 1:
        return False
    verbs = [a for a in sps[0].root.ancestors if a.pos_ in ("VERB", "AUX")][:2]
    if any(c.dep_ == "advmod" and c.lower_ in FIRST_FIGURE_ADVERBS for v in verbs
           for c in v.children):
        return True
    put = figure_put_at(sps[0].root)
    verb = put.head if put is not None else None
    return verb is not None and verb.pos_ == "VERB" and verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _the_revised(q: Quantity, doc: Any) -> bool:
    """The count is the number its sentence revises a toll to ("the toll rose to 17")."""
    sps = _spans(q, doc)
    found = revised_count(sps[0].sent) if len(sps) == 1 else None
    return found is None or found.value == q.value


def _sentence_start(doc: Any, span: Span) -> int | None:
    tokens = expanded_span(doc, span.start, span.end)
    return tokens.sent.start if tokens is not None else None


def _at_least_one(q: Quantity) -> Quantity:
    return replace(q, value=1.0, qualifier="at_least")


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
                found = revised_count(_spans(q, doc)[0].sent) if _spans(q, doc) else None
                total = q if found is None else Quantity(
                    kind=q.kind, value=found.value, qualifier=found.qualifier, object=None,
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


def arrests_counted_once(final: list[Draft]) -> None:
    """"Police fired tear gas to break up the rally, detaining 12 students": the number of
    people arrested belongs to the arrest, not to the dispersal or the protest of the same
    sentence that shares its words (the golden README: quantities go to the event that
    produced them). Only where an arrest of the document carries that very count. Likewise
    the dead and wounded of a clash belong to it, not to the curfew or the deployment that
    followed it ("imposed a curfew after clashes left six dead")."""
    _keep_on_owner(final, ("arrested",), lambda d: d.typed.acled == "Arrests",
                   lambda d: d.typed.acled != "Arrests")
    _keep_on_owner(final, ("killed", "injured"),
                   lambda d: d.typed.plover in ("ASSAULT", "PROTEST"),
                   lambda d: d.typed.plover in ("COERCE", "MOBILIZE")
                   and d.typed.acled != "Arrests")


def _keep_on_owner(final: list[Draft], kinds: tuple[str, ...], owns: Any, borrows: Any) -> None:
    """Drop from the events `borrows` picks the counts of `kinds` that an event `owns` picks
    carries with the same value and evidence."""
    held = {(q.kind, q.value, s.start) for d in final if owns(d)
            for q in d.quantities if q.kind in kinds for s in q.evidence}
    if not held:
        return
    for d in final:
        if owns(d) or not borrows(d):
            continue
        d.quantities = [q for q in d.quantities if not (
            q.kind in kinds and q.evidence
            and all((q.kind, q.value, s.start) in held for s in q.evidence))]
