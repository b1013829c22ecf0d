"""One count per kind of people for a merged event (`resolve_counts`): the counts of its
mentions, read with `events.people_counts`, combined in text order (a revision replaces
the total, more people add to it, the same people told again keep the better-stated
count), and the tolls that sentences just after an attack revise or add to
(`_later_tolls`: "the death toll rose to nine").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..language import expanded_span
from ..records import Quantity, Span
from ..time.lexicon import MONTHS
from .casualty_followup import (NOT_COUNTS, buried_count, buried_people, cared_for_count,
                                doers_partitive, in_a_claim)
from .count_kinds import figure_put_at
from .count_sums import by_own_verb, told_by_another_source
from .displaced_counts import displaced_told_after
from .draft import Draft
from .lexicon import load_lexicon
from .lexicon import lemma as _lemma
from .merge_words import (DEATH_LEMMAS, PEOPLE_GROUPS, QUALIFIER_CAUTION, REVISE_LEMMAS, TOLL_RE,
                          UPDATE_RE)
from .people_counts import (_count_relation, _explicitness, _name_key, _one_of, _ordinal,
                            _part_keys, _side, _spans, _vague_only, _wording)
from .numbers import count_quantity, number_tokens, parse_number
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
        own = [q for q in main if _doers_own_claim(q, d, doc) or _put_at(q, doc)] or (
            told_by_another_source(main, rel, doc))
        claimed: list[Quantity] = []
        if own and any(q not in own and _explicitness(q, doc) == 2 for q in main):
            # "Islamic State claimed the attack, saying its fighters had killed 11", "police
            # put the number of people taken at 31": the perpetrators' own tally or another
            # source's figure disagrees with the count told before; both are kept (two counts
            # of the same people, told by different sources), never merged
            main = [q for q in main if q not in own]
            claimed = own
        if any(rel[id(q)] not in ("tally", "spread") for q in main):
            main = [q for q in main if rel[id(q)] not in ("tally", "spread")]
        elif all(rel[id(q)] == "spread" for q in main):
            main = [_at_least_one(main[0])]
            rel[id(main[0])] = "plain"
        kind = next((k for k in kinds if any(q.kind == k for q in qs)), main[0].kind)
        totals = []
        for group in [g for g in (main, claimed, fallen) if g]:
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
    for c in d.claims:
        if not c.evidence or _sentence_start(doc, c.evidence[0]) != sent:
            continue
        armed = c.claimant.kind in ("armed group", "militia") or c.claimant.sector in (
            "REB", "UAF", "INS")
        if armed and ((c.verb or "").lower() in ("claimed", "claims", "claim")
                      or participant_key(c.claimant) & doers):
            return True
    return False


def _put_at(q: Quantity, doc: Any) -> bool:
    """The count is a figure someone puts the people at ("put the number of people taken
    at 31", "said the toll was 11")."""
    sps = _spans(q, doc)
    if len(sps) != 1:
        return False
    said = _toll_stated(sps[0].root)  # "a spokesman said the toll was 11"
    return figure_put_at(sps[0].root) is not None or buried_people(sps[0].root) or (
        said is not None and bool(TOLL_RE.search(" ".join(t.text for t in said.subtree))))


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
                found = _revised_count(_spans(q, doc)[0].sent) if _spans(q, doc) else None
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


def _revised_count(sent: Any, doc_id: str | None = None) -> Quantity | None:
    """The killed count a sentence revises a toll to: "the death toll rose to nine", "the toll
    now stands at at least 12", "bringing the number of dead to 15"."""
    lex = load_lexicon()
    for t in sent:
        if _lemma(t) not in REVISE_LEMMAS or t.pos_ not in ("VERB", "AUX"):
            continue
        for u in sent.doc[t.i + 1:min(sent.end, t.i + 10)]:
            if (u.like_num or u.pos_ == "NUM") and (u.ent_type_ not in NOT_COUNTS
                                                     or _revised_to(u, t)):
                q = count_quantity(u, "killed", lex, doc_id)
                if q is not None:
                    return q
    return None


def _revised_to(num: Any, verb: Any) -> bool:
    """"The death toll ... has risen to 44", "climbed to 12": the number the toll verb's
    "to"/"at" takes is the toll, even where the tagger read the bare number as a date (not a
    year, nor a day beside a month's name)."""
    prep = num.head
    if num.dep_ != "pobj" or prep.lower_ not in ("to", "at") or prep.head.i != verb.i:
        return False
    doc = num.doc
    near = {doc[i].lower_.rstrip(".") for i in (num.i - 1, num.i + 1) if 0 <= i < len(doc)}
    return not re.match(r"^(1[89]|20)\d\d$", num.text) and not near & MONTHS.keys()


def _later_tolls(out: list[Draft]) -> None:
    """Sentences just after an attack that report no event of their own but change its toll:
    "The death toll rose to nine" revises the count of people killed; "Two more people later
    died of their wounds" adds to it."""
    if not out:
        return
    doc = out[0].sent.doc
    sents = list(doc.sents)
    for d in out:
        _own_toll(d)
        _cared_for(d, out, sents)
        if d.typed.plover != "ASSAULT" or d.modality != "asserted" or not any(
                q.kind == "killed" for q in d.quantities) or not d.evidence:
            continue
        doc_id = d.evidence[0].document_id
        # the sentences that tell another event's deaths (an event told in between with no
        # deaths there, "the raiders also burned 20 shops", leaves the toll to this one)
        others = {s.start for e in out if e is not d and e.typed.plover == "ASSAULT"
                  and e.modality == "asserted" for q in e.quantities
                  if q.kind == "killed" and q.evidence for s in sents
                  if s.start_char <= q.evidence[0].start < s.end_char}
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
    displaced_told_after(out)


def _cared_for(d: Draft, out: list[Draft], sents: list[Any]) -> None:
    """"Gunmen attacked a post, killing six. Nine others were being treated in hospital": the
    people treated, in the attack's own sentences or the next ones before another attack's,
    are its wounded (when it counts none there already)."""
    if d.typed.plover != "ASSAULT" or d.modality != "asserted" or not d.evidence:
        return
    told = {m.token.sent.start for m in (d.trigger, *d.mentions)}
    others = {m.token.sent.start for e in out if e is not d and e.typed.plover == "ASSAULT"
              for m in (e.trigger, *e.mentions)} - told
    first = min(told)
    for sent in [s for s in sents if s.start >= first][:len(told) + 2]:
        if sent.start in others:
            break
        if any(q.kind == "injured" and q.evidence and sent.start_char <= q.evidence[0].start
               < sent.end_char for q in d.quantities):
            continue
        q = cared_for_count(sent, d.evidence[0].document_id)
        if q is not None and not any(q.evidence[0].start == s.start for x in d.quantities
                                     for s in x.evidence):
            d.quantities.append(q)
            d.count_relations[q.evidence] = "plain"


TOLL_NOUNS = {"toll", "number"}


def _own_toll(d: Draft) -> None:
    """"The death toll from Sunday's bombing rose to six": the attack named in the toll's
    "from"/"in"/"of" phrase has that many killed (when it has no count of its own)."""
    tok = d.trigger.token
    if d.typed.plover != "ASSAULT" or any(q.kind == "killed" for q in d.quantities) or not (
            d.evidence) or tok.dep_ not in ("pobj", "poss") or not TOLL_RE.search(d.sent.text):
        return
    prep = tok.head if tok.dep_ == "pobj" else None
    holder = prep.head if prep is not None and prep.lower_ in ("from", "in", "of") else (
        tok.head if tok.dep_ == "poss" else None)
    if holder is None or holder.lower_ not in TOLL_NOUNS:
        return
    q = _revised_count(d.sent, d.evidence[0].document_id)
    if q is None:
        return
    d.quantities.append(q)
    d.count_relations[q.evidence] = "revision"


def _toll_count(sent: Any, doc_id: str | None) -> tuple[Quantity | None, str]:
    put = _toll_put_at(sent, doc_id) or buried_count(sent, doc_id)
    if put is not None:
        return put, "plain"  # "Residents put the death toll at 50": another source's figure
    if TOLL_RE.search(sent.text):
        found = _revised_count(sent, doc_id)
        if found is not None:
            return found, "revision"
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


def _toll_put_at(sent: Any, doc_id: str | None) -> Quantity | None:
    """"Local residents put the death toll at more than 50", "Medics estimated the number of
    dead at 40", "a spokesman said the toll was 11": a source's own figure for the toll, a
    count of the attack's dead."""
    if not TOLL_RE.search(sent.text):
        return None
    lex = load_lexicon()
    for u in sent:
        # (the tagger may read "the toll was 11" as a date: the toll says it is a count)
        if not (u.like_num or u.pos_ == "NUM") or u.ent_type_ in ("TIME", "ORDINAL", "MONEY",
                                                                   "PERCENT"):
            continue
        fig = figure_put_at(u) or _toll_stated(u)
        if fig is None or not TOLL_RE.search(" ".join(t.text for t in fig.subtree)):
            continue
        q = count_quantity(u, "killed", lex, doc_id)
        if q is None:
            continue
        return q
    return None


def _toll_stated(num: Any) -> Any | None:
    """The subject of "the toll was 11" (the number the predicate of "be"), or None."""
    if num.dep_ != "attr" or _lemma(num.head) != "be":
        return None
    return next((c for c in num.head.children if c.dep_ == "nsubj"), None)
