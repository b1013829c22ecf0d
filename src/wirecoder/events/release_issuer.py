"""Who issued a press release or communique that the document is (the bulletin's issuer):
its events are the issuer's claims. A release is told in the issuer's own voice, with no news
agency in its dateline, and names the issuer in its headline ("Ministry of Defence: two
terrorists neutralised ...", "... in Kech District: ISPR") or as the subject of its first
sentence, in the present or "today" ("The National Maritime Council strongly condemns ...",
"The Office today condemned ...", "The Ministry of Defence reports:" on a line of its own),
or as the body whose press unit speaks ("The information centre of the Committee reports:").
Not a wire story's unattributed sentence: an agency in the
dateline ("(AFP)") makes the document a report about the release, not the release.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..records import Claim, Participant
from .argument_words import STATEMENT_TYPES
from .participant_mapper import participant_key

# who can issue a release (no person, place or state as a whole)
ISSUER_KINDS = {"government", "ministry", "military", "armed group", "militia", "coalition",
                "international organization", "military command", "organization", "police",
                "security forces", "intelligence", "legislature", "judiciary"}
# the verbs a release opens with in its issuer's voice
RELEASE_VERBS = {"inform", "condemn", "announce", "report", "confirm", "say", "denounce",
                 "wish", "express", "state", "declare", "notify", "welcome", "deplore"}
# the unit a body speaks through ("the press service of the ministry", "the army's media
# office"), named by one of PRESS_WORDS before it
PRESS_UNITS = {"service", "centre", "center", "office", "department", "unit", "cell", "wing"}
PRESS_WORDS = {"press", "information", "media", "communication", "communications"}


def release_issuer(ctx: Any) -> Participant | None:
    doc = ctx.analysis.doc
    lead = doc[:min(len(doc), 60)]
    if any(m.entity.kind == "media" for m in ctx.analysis.mentions or []
           if m.span.start < lead.end_char + 1):
        return None  # "(Reuters)", "(AP)": a wire story
    head_line = doc.text.split("\n", 1)[0]
    # (a line that ends in a colon opens what follows: "The Ministry of Defence reports:")
    titled = doc.text[len(head_line):].startswith("\n\n") and not head_line.rstrip(
        ).endswith((".", ":"))
    opening = _opening_issuer(doc, len(head_line) if titled else 0, ctx)
    found = _headline_issuer(doc, len(head_line), ctx) if titled else None
    if found is None or opening is None:
        return found or opening or _signed_issuer(doc, ctx)
    # the body the headline names in capitals ("ARMED FORCES GENERAL STAFF:") and the
    # opening names as it is written ("The General Staff of the Armed Forces informs"): one
    # issuer, named as the body of the release writes it
    if opening.name.lower().split()[-1] in found.name.lower().split():
        return replace(opening, mentions=tuple(dict.fromkeys((*opening.mentions, found.name))))
    return found


# the phrase heads of a sign-off line: "Issued by the Public Relations Division, Central
# Sulawesi Regional Police" (the parser hangs the second name on the verb)
SIGNED_HEADS = {"pobj", "appos", "npadvmod", "conj", "dobj", "ROOT"}


def _signed_issuer(doc: Any, ctx: Any) -> Participant | None:
    """"Issued by the Public Relations Division, Central Sulawesi Regional Police": a
    release's closing line names who issued it; the body named last (the one its press unit
    belongs to) is the issuer, the unit among its names."""
    last = doc.text.rstrip().rsplit("\n", 1)[-1]
    start = len(doc.text.rstrip()) - len(last)
    if not last.strip().lower().startswith("issued by"):
        return None
    heads = [t for t in doc if t.idx >= start and t.dep_ in SIGNED_HEADS
             and t.pos_ in ("NOUN", "PROPN")]
    for tok in reversed(heads):
        p = _issuer(tok, ctx)
        if p is not None:
            units = tuple(_less_the(doc[t.left_edge.i:t.i + 1].text) for t in heads if t != tok)
            return replace(p, mentions=tuple(dict.fromkeys((*p.mentions, *units))))
    return None


def _less_the(name: str) -> str:
    """A unit's name less its article, written "the" or "The"."""
    return name[4:] if name[:4].lower() == "the " else name


def _body_of_press_unit(tok: Any) -> Any:
    """"The press service of the Interior Ministry", "the army's media office": the body
    whose press unit `tok` is (its "of" object or possessor), else None."""
    if tok.lemma_.lower() not in PRESS_UNITS or not any(
            c.dep_ in ("compound", "amod") and c.lower_ in PRESS_WORDS for c in tok.lefts):
        return None
    owners = [c for c in tok.children if c.dep_ == "poss"] + [
        g for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj"]
    return owners[0] if owners else None


def _issuer(tok: Any, ctx: Any) -> Participant | None:
    body = _body_of_press_unit(tok)
    if body is not None:
        tok = body  # the body speaks through its press unit
    p = ctx.mapper.participant(tok)
    if p is None:
        return None
    if p.kind in ISSUER_KINDS:
        return p
    # a body the actor KB does not know, named by a proper name ("The Armed Forces of
    # Honduras inform ..."): no person, place or people
    return p if p.kind is None and tok.pos_ == "PROPN" and tok.ent_type_ not in (
        "PERSON", "GPE", "LOC", "NORP") else None


def _headline_issuer(doc: Any, end: int, ctx: Any) -> Participant | None:
    """"Ministry of National Defence: two terrorists ...", "... operation: ISPR"."""
    line = doc.text[:end]
    if ":" not in line:
        return None
    before, after = line.split(":", 1)[0], line.rsplit(":", 1)[1]
    for a, b in ((0, len(before)), (end - len(after), end)):
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None or not 1 <= len(span) <= 6 or any(t.like_num for t in span):
            continue  # (a count tells what happened: "12 MILITANTS KILLED", no issuer)
        found = _issuer(span.root, ctx)
        if found is not None:
            return found
    return None


def _opening_issuer(doc: Any, start: int, ctx: Any) -> Participant | None:
    """"PATTANI - The Command strongly condemns ...": the subject of the first sentence of
    the body, when its verb is a release's, in the present or said to be today's."""
    body = [t for t in doc if t.idx >= start][:50]  # past a dateline ("PATTANI -")
    verb = next((t for t in body if t.pos_ == "VERB" and t.lemma_.lower() in RELEASE_VERBS),
                None)
    if verb is None or not (verb.tag_ in ("VBZ", "VBP") or any(
            c.lower_ == "today" for c in verb.children)):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _issuer(subj, ctx) if subj is not None else None


def credit_release_issuer(final: list[Any], ctx: Any) -> None:
    """The issuer of the release the document is says each of its asserted events happened
    (besides the sources the release itself credits), save its own statements."""
    issuer = release_issuer(ctx)
    if issuer is None:
        return
    key = {k for k in participant_key(issuer) if not k.startswith("head:")}
    for d in final:
        if d.modality != "asserted":
            continue
        if d.typed.plover in STATEMENT_TYPES and (any(
                key & participant_key(a) for a in d.actors) or d.trigger.token.tag_ in (
                "VBZ", "VBP")):
            # told in the issuer's own voice ("The police chief urges ...", in the present):
            # the release is the act, no claim of it
            continue
        if any(key & participant_key(c.claimant) for c in d.claims):
            continue
        d.claims = [*d.claims, Claim(claimant=issuer, verb="issued", date=None,
                                     evidence=issuer.evidence)]
