"""Who a count told in another sentence credits ("... killed at least 16 civilians, the army
said. Residents had buried 19 people by Tuesday, a local councillor said."): a count of an
event taken from a sentence other than the ones that tell the event carries that sentence's
source into the event's claims (`claims.claims_for` on the count's own words).
"""

from __future__ import annotations

from typing import Any

from .claims import claims_for


def attach_count_sources(final: list[Any], ctx: Any, lex: Any) -> None:
    """Adds to each asserted event the claims of the sentences its counts were told in, where
    those sentences are none of the event's own (its trigger's and its mentions')."""
    doc = ctx.analysis.doc
    for d in final:
        if d.modality != "asserted":
            continue
        own = {d.trigger.token.sent.start, *(m.token.sent.start for m in d.mentions)}
        seen: set[int] = set()
        for ev in (e for q in d.quantities for e in q.evidence):  # a sum: each part's
            span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
            if span is None or span.sent.start in own or span.sent.start in seen:
                continue
            seen.add(span.sent.start)
            d.claims = list(d.claims) + claims_for(span.root, ctx.mapper, lex, ctx.time_of)
