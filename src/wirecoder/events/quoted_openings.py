"""Quotations of several sentences attributed at their end: '"They burned eleven houses and
cut down the trees. Four people died," said a priest in the village.' A quotation that opens
a sentence and is not closed in it goes on into the next; the speaker the attribution after
its closing mark names said every sentence of it, so an act told in an earlier sentence of
the quotation is that speaker's claim (`claim_carry.credit_continued_quotes` is the other
way round: the quotation that goes on after its attribution).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .claim_carry import QUOTES, has_report, sentence_paragraph, said_of
from .claims import reports

# sentences a quotation may run on for before its attribution
MAX_QUOTED_AHEAD = 3


def _marks(sent: Any) -> int:
    return sum(sent.text.count(ch) for ch in QUOTES)


def credit_quotation_openings(final: list[Any], ctx: Any) -> None:
    """An asserted act with no claimant, told in a sentence that opens a quotation left open
    (one quotation mark) and has no saying of its own, takes the claims of the attribution
    that closes the quotation in a following sentence of its paragraph."""
    verbs = ctx.lex.words("reporting_verbs")
    sents = list(ctx.doc.sents)
    index = {s.start: i for i, s in enumerate(sents)}
    text = ctx.doc.text
    for d in final:
        i = index.get(d.sent.start)
        if i is None or d.claims or d.modality != "asserted" or d.reference:
            continue
        sent = sents[i]
        if sent.text.lstrip()[:1] not in QUOTES or _marks(sent) != 1 or has_report(sent, verbs):
            continue
        para = sentence_paragraph(text, sent)
        for nxt in sents[i + 1:i + 1 + MAX_QUOTED_AHEAD]:
            if sentence_paragraph(text, nxt) != para:
                break
            if _marks(nxt) == 0:
                continue  # (the quotation runs on through it)
            # the attribution after the closing mark, not a "said" inside the quotation
            # ('... he said we had to leave. Four people died," said a priest')
            close = next((t.i for t in nxt if any(ch in QUOTES for ch in t.text)), nxt.start)
            said = sorted((c for v in nxt if reports(v, verbs) and v.pos_ == "VERB"
                           for c in v.children if c.dep_ in ("ccomp", "parataxis")),
                          key=lambda c: c.head.i < close)[:1]
            if said:
                d.claims = [replace(c, date=None) for c in said_of(said[0], ctx, ctx.lex)]
            break
