"""Claims carried across sentences of one report: "Gunmen killed 11 farmers near X on
Sunday, a vigilante leader said. The attackers also burned a granary." A wire story
attributes a paragraph once; a following sentence that tells a further act and names no
source of its own (no reporting verb, no quotation) goes on with the account of the sayer
of the sentence before it (of the lead, across one paragraph break, as a follow-up
paragraph of detail does), so the act has that sayer's claimants.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .argument_words import STATEMENT_TYPES
from .claims import _reports
from .participant_mapper import participant_key

# quotation marks: a quoted sentence is its speaker's, told by an attribution of its own
QUOTES = set("\"“”‘")  # (not ’, the apostrophe)
# acts a follow-up sentence of detail tells (not a party's own decision: "The agency
# suspended deliveries" is its act, not part of what the sayer before reported)
CARRIED_TYPES = {"ASSAULT", "COERCE", "PROTEST"}
# how far back the account may be: sentences, and paragraph breaks crossed
MAX_SENTENCES_BACK = 2
MAX_BREAKS = 1


def _has_report(sent: Any, verbs: set[str]) -> bool:
    return any(_reports(t, verbs) and t.pos_ in ("VERB", "AUX") for t in sent) or any(
        t.lower_ == "according" for t in sent)


def _quoted(sent: Any) -> bool:
    return any(ch in sent.text for ch in QUOTES)


def _claims_said_in(final: list[Any], sent: Any) -> list[Any]:
    """The claims events of `sent` owe to a saying in `sent` itself (its reporting verb or
    "according to"), in the order told, each claimant once."""
    out: list[Any] = []
    keys: list[set[str]] = []
    lo, hi = sent.start_char, sent.end_char
    for d in sorted((d for d in final if d.sent.start == sent.start),
                    key=lambda x: x.trigger.token.i):
        for c in d.claims:
            if not c.evidence or not lo <= c.evidence[0].start < hi:
                continue
            key = {k for k in participant_key(c.claimant) if not k.startswith("head:")}
            if any(key & k for k in keys):
                continue
            keys.append(key)
            out.append(c)
    return out


def paragraph_of(text: str, start: int) -> int:
    """The paragraph a character offset is in: the number of blank-line breaks before it."""
    head = text[:start]
    return head.count("\n\n") + head.count("\n \n")


def _paragraph(text: str, sent: Any) -> int:
    return paragraph_of(text, sent.start_char)


def _sources(sents: list[Any], i: int, text: str) -> list[Any]:
    """The sentences whose saying an unattributed sentence `i` may go on with, in order of
    preference: those before it in its paragraph (nearest first), the one right after it in
    its paragraph ("Police fired tear gas ... Eleven were detained, police said"), then the
    previous paragraph's (nearest first); `MAX_SENTENCES_BACK` back at most, and none past a
    quotation."""
    para = _paragraph(text, sents[i])
    before, earlier = [], []
    for j in range(i - 1, max(-1, i - 1 - MAX_SENTENCES_BACK), -1):
        if _quoted(sents[j]):
            break
        p = _paragraph(text, sents[j])
        if p == para:
            before.append(sents[j])
        elif para - p <= MAX_BREAKS:
            earlier.append(sents[j])
    after = [sents[i + 1]] if i + 1 < len(sents) and _paragraph(text, sents[i + 1]) == para \
        and not _quoted(sents[i + 1]) else []
    if not after and para == 0 and i + 1 < len(sents) and (
            _paragraph(text, sents[i + 1]) == 1) and not _quoted(sents[i + 1]):
        # a lead paragraph told without a source, whose source the next paragraph
        # opens with ("China imposed sanctions on ... \n\n The measures freeze ..., the
        # foreign ministry said")
        after = [sents[i + 1]]
    return before + after + earlier


def carry_claims_forward(final: list[Any], ctx: Any) -> None:
    """An asserted act (`CARRIED_TYPES`) with no claimant, told in a sentence with no saying
    and no quotation, takes the claims said in the first sentence of `_sources` that has a
    saying (none where that saying credits no event of its sentence)."""
    verbs = ctx.lex.words("reporting_verbs")
    sents = list(ctx.doc.sents)
    index = {s.start: i for i, s in enumerate(sents)}
    for d in final:
        if d.claims or d.modality != "asserted" or d.reference or (
                d.typed.plover not in CARRIED_TYPES):
            continue
        i = index.get(d.sent.start)
        if i is None or _has_report(sents[i], verbs) or _quoted(sents[i]):
            continue
        src = next((s for s in _sources(sents, i, ctx.doc.text) if _has_report(s, verbs)),
                   None)
        said = [] if src is None else _claims_said_in(final, src)
        if said:
            d.claims = [replace(c, date=None) for c in said]


# a party's own statements: what it says is its act, not a claim that something happened
OWN_STATEMENT_TYPES = STATEMENT_TYPES | {"SANCTION"}


def drop_own_statement_claims(final: list[Any]) -> None:
    """"The ministry called on citizens to report ...", "X said it would respond": the
    sayer of a statement, demand, threat or sanction of its own is its actor, not a claimant
    of it (an attack or arrest a party reports of itself keeps the party as claimant)."""
    for d in final:
        if d.typed.plover not in OWN_STATEMENT_TYPES or not d.actors:
            continue
        keys = set().union(*({k for k in participant_key(a) if not k.startswith("head:")}
                             for a in d.actors))
        # ("the force said" of "the Lesotho Defence Force": the actor's head noun)
        heads = {a.name.lower().split()[-1] for a in d.actors if a.name}
        d.claims = [c for c in d.claims if not (participant_key(c.claimant) & keys) and not (
            c.claimant.name.lower() in heads)]
