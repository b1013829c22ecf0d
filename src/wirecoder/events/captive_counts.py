""""Gunmen seized two boats and took their crews ... Fishermen who escaped said 28 of their
colleagues were taken": how many people an abduction took, told in a sentence just after it
that reports no event of its own (`later_captives`)."""

from __future__ import annotations

from typing import Any

from .casualty_followup import figures_put_at
from .follow_ups import TREATMENT_PLACES
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon
from .numbers import count_quantity

# verbs whose passive tells people taken in an abduction
TAKEN_VERBS = {"take", "abduct", "kidnap", "seize", "snatch", "carry"}
# places one is taken to that tell a rescue or a treatment, not captivity (not
# stand_ins.SHELTER_NOUNS, the places built to house people: "taken to a settlement" or "to
# their home" may be a captivity; they share only "camp" and "shelter")
CARE_PLACES = TREATMENT_PLACES | {"centre", "center", "facility", "safety", "shelter", "camp"}
PEOPLE_KINDS = ("captured", "arrested")


def _taken_count(sent: Any) -> Any | None:
    """The number token of "28 (of their colleagues) were taken" in `sent`."""
    for t in sent:
        if _lemma(t) not in TAKEN_VERBS or t.pos_ != "VERB" or not any(
                c.dep_ == "auxpass" for c in t.children):
            continue
        if any(c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
                _lemma(g) in CARE_PLACES for g in c.subtree) for c in t.children):
            continue  # "were taken to hospital"
        for subj in (c for c in t.children if c.dep_ == "nsubjpass"):
            num = subj if subj.like_num or subj.pos_ == "NUM" else next(
                (c for c in subj.children if c.dep_ == "nummod" and c.like_num), None)
            if num is not None and num.ent_type_ not in ("DATE", "TIME", "ORDINAL", "MONEY"):
                return num
    return None


def later_captives(out: list[Any]) -> None:
    """An asserted abduction with no count of people taken gets the count a sentence just
    after it tells in the passive ("28 of their colleagues were taken"), where that sentence
    tells no other event."""
    lex = load_lexicon()
    for d in out:
        if d.typed.acled != "Abduction/forced disappearance" or d.modality != "asserted" or (
                any(q.kind in PEOPLE_KINDS for q in d.quantities)) or not d.evidence:
            continue
        doc = d.sent.doc
        own = {m.token.sent.start for m in (d.trigger, *d.mentions)}
        others = {m.token.sent.start for e in out if e is not d
                  for m in (e.trigger, *e.mentions)}
        after = [s for s in doc.sents if s.start > d.sent.start][:2]
        for sent in after:
            if sent.start in others and sent.start not in own:
                break
            num = _taken_count(sent)
            if num is None:
                continue
            q = count_quantity(num, "captured", lex, d.evidence[0].document_id)
            if q is None:
                continue
            d.quantities.append(q)
            break


def figures_put_after(out: list[Any]) -> None:
    """"HRANA said more than 40 protesters had been arrested ... The judiciary put the number
    of those detained at 14"; "Gunmen abducted the passengers ... Police put the number
    abducted at 43, while a union official said 47 people had been taken": a figure a source
    puts the people arrested or taken at (the figure's own verb says which), in one of the
    three sentences after an arrest or an abduction, is a count of it, kept beside the counts
    other sources give (whatever else the sentence tells: "describing them as rioters who had
    set fire to a bank"). The event is the last one told before of that kind (by a count of
    the kind or its trigger's verb)."""
    if not out or not out[0].evidence:
        return
    lex = load_lexicon()
    kinds = lex.cues["quantities"]["kind_by_lemma"]
    doc = out[0].sent.doc
    doc_id = out[0].evidence[0].document_id
    sents = list(doc.sents)
    for k, sent in enumerate(sents):
        for kind in PEOPLE_KINDS:
            figs = list(figures_put_at(sent, kind, doc_id, lambda fig: any(
                kinds.get(_lemma(t)) == kind for t in fig.subtree)))
            host = _host(out, kind, kinds, sents[max(0, k - 3):k]) if figs else None
            if host is None:
                continue
            if kind == "captured":
                num = _taken_count(sent)  # "... while an official said 47 had been taken"
                taken = count_quantity(num, kind, lex, doc_id) if num is not None else None
                figs += [taken] if taken is not None else []
            for q in figs:
                if not any(x.kind == kind and (x.value == q.value or x.evidence[:1] == (
                        q.evidence[:1])) for x in host.quantities):
                    host.quantities.append(q)
                    host.count_relations[q.evidence] = "plain"


def _host(out: list[Any], kind: str, kinds: dict, window: list[Any]) -> Any | None:
    """The asserted event of `kind` told last in the sentences of `window`."""
    if not window:
        return None
    lo, hi = window[0].start, window[-1].end
    best, at = None, -1
    for d in out:
        if d.modality != "asserted" or not (any(q.kind == kind for q in d.quantities) or kinds.get(
                _lemma(d.trigger.token)) == kind):
            continue
        for m in (d.trigger, *d.mentions):
            if lo <= m.token.i < hi and m.token.i > at:
                best, at = d, m.token.i
    return best
