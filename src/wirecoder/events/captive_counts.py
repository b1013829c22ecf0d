""""Gunmen seized two boats and took their crews ... Fishermen who escaped said 28 of their
colleagues were taken": how many people an abduction took, told in a sentence just after it
that reports no event of its own (`later_captives`)."""

from __future__ import annotations

from typing import Any

from .lexicon import lemma as _lemma
from .lexicon import load_lexicon
from .numbers import count_quantity

# verbs whose passive tells people taken in an abduction
TAKEN_VERBS = {"take", "abduct", "kidnap", "seize", "snatch", "carry"}
# places one is taken to that tell a rescue or a treatment, not captivity (not
# stand_ins.SHELTER_NOUNS, the places built to house people: "taken to a settlement" or "to
# their home" may be a captivity; they share only "camp" and "shelter")
CARE_PLACES = {"hospital", "clinic", "morgue", "centre", "center", "facility", "safety",
               "shelter", "camp"}
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
