"""Claims: who says the event happened ("X said", "according to X", "X announced").

The claimant is the subject of a reporting verb whose complement holds the trigger (climbing
the parse from the trigger), or the object of "according to"; a statement or report named
there ("according to the US military statement") gives way to the actor inside it. The claim
date is the time attached to the reporting verb.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..records import Claim, Participant
from .argument_words import NOBODY, REPORT_NOUNS
from .lexicon import Lexicon
from .lexicon import lemma as _lemma
from .participant_mapper import ParticipantMapper
from .syntax import subject_of, with_conjuncts


# what a released text is ("released a video / footage showing"), besides REPORT_NOUNS
RELEASED_WORDS = {"video", "footage", "image", "images", "photo", "photos", "recording",
                  "audio", "figure", "figures", "data", "list", "toll", "findings", "details"}


def reporting_verbs_over(trigger: Any, lex: Lexicon) -> list[Any]:
    """Reporting verbs that govern the trigger (nearest first)."""
    verbs = lex.words("reporting_verbs")
    out = []
    node = trigger
    for _ in range(8):
        head = node.head
        if head == node:
            break
        freed = _lemma(head) == "release" and node.dep_ == "dobj" and (
            _lemma(node) not in REPORT_NOUNS | RELEASED_WORDS)  # "release a man detained"
        if _lemma(head) in verbs and head.pos_ in ("VERB", "AUX") and node.dep_ not in (
                "nsubj", "nsubjpass", "agent") and not freed:
            out.append(head)
        node = head
    # "..., police said" attached as the root with the event clause as its ccomp/parataxis
    root = trigger.sent.root
    if root not in out and _lemma(root) in verbs and root != trigger:
        for c in root.children:
            if c.dep_ in ("ccomp", "parataxis", "advcl") and trigger in c.subtree:
                out.append(root)
                break
    for t in trigger.sent:
        # "X arrested Y early on Wednesday, his party said, a day after ...": a reporting
        # verb the parser hung on the trigger itself as a parenthetical reports it too
        if (t.dep_ == "parataxis" and _lemma(t) in verbs and t not in out
                and trigger not in t.subtree and (trigger.sent.root != trigger
                                                  or t.head == trigger)):
            out.append(t)
    return out


# what a party disowns ("had no connection to the attack", "was not involved in the raid",
# "denied any role in the killings"): who says so does not report the event, it denies it
DISOWNED_LINKS = {"connection", "link", "role", "part", "involvement", "hand", "responsibility",
                  "involved", "responsible", "behind", "linked", "connected"}
DISOWN_VERBS = {"deny", "disclaim", "disavow", "dismiss"}


def disowned(trigger: Any, verb: Any) -> bool:
    """The reporting `verb` denies the event's tie to its sayer: it is a verb of denial, or
    the trigger is the object of a tie the clause negates ("it had no connection to the
    attack", "they were not involved in the raid")."""
    if _lemma(verb) in DISOWN_VERBS:
        return True
    node = trigger
    for _ in range(8):
        if node == verb or node.head == node:
            return False
        head = node.head
        if node.dep_ == "pobj" and head.dep_ == "prep":
            tie = head if head.lower_ == "behind" else head.head  # "was not behind it"
            if _lemma(tie) in DISOWNED_LINKS or tie.lower_ in DISOWNED_LINKS:
                holder = tie.head if tie.dep_ in ("dobj", "attr", "acomp") else tie
                if any(c.dep_ == "det" and c.lower_ == "no" for c in tie.children) or any(
                        c.dep_ == "neg" for c in (*tie.children, *holder.children)):
                    return True
        node = head
    return False


def according_to(sentence: Any) -> list[Any]:
    out: list[Any] = []
    for t in sentence:
        if t.lower_ == "according":
            for c in t.children:
                if c.lower_ == "to":
                    out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def claims_for(trigger: Any, mapper: ParticipantMapper, lex: Lexicon,
               time_of: Callable[[Any], Any]) -> list[Claim]:
    """Claims for one trigger; `time_of(token)` gives the TimeSpan of a reporting verb."""
    out: list[Claim] = []
    for verb in reporting_verbs_over(trigger, lex):
        if disowned(trigger, verb):
            continue
        subj, passive = subject_of(verb)
        if passive:
            subj = [g for c in verb.children if c.dep_ == "agent"
                    for g in c.children if g.dep_ == "pobj"]
        for s in with_conjuncts(subj):
            if s.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ == "no"
                                         for c in s.children):
                continue  # "No group claimed responsibility for the attack": no claim
            p = _claimant(s, mapper)
            if p is None:
                continue
            ts = time_of(verb)
            when = ts.start if ts is not None and ts.precision == "day" else None
            verb_ev = (mapper.document.span(verb.idx, verb.idx + len(verb.text)),)
            out.append(Claim(claimant=p, verb=verb.text, date=when,
                             evidence=verb_ev + p.evidence))
    for obj in according_to(trigger.sent):
        p = _claimant(obj, mapper)
        if p is None:
            continue
        acc = obj.head.head
        acc_ev = (mapper.document.span(acc.idx, obj.head.idx + len(obj.head.text)),)
        out.append(Claim(claimant=p, verb="according to", date=None, evidence=acc_ev + p.evidence))
    return out


# a text someone issues: "a statement from the army", "a report by the monitor"
ISSUED_TEXTS = {"statement", "report", "communique", "release", "announcement", "account",
                "bulletin", "post", "message", "letter"}


def issuer_of(tok: Any) -> Any:
    """Who issued the text `tok` names: the object of "from"/"by" on it ("a statement from
    the navy", "a report by the commission") or the agent of a participle on it ("a statement
    issued by the ministry"); None where the text names no issuer."""
    if tok.lemma_.lower() not in ISSUED_TEXTS and tok.lower_ not in ISSUED_TEXTS:
        return None
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
        if c.dep_ == "acl" and c.tag_ == "VBN":
            objs = [g for a in c.children if a.dep_ == "agent"
                    for g in a.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def _claimant(tok: Any, mapper: ParticipantMapper) -> Participant | None:
    issuer = issuer_of(tok)
    if issuer is not None:
        p = mapper.participant(issuer)
        if p is not None:
            return p
    if tok.lower_ in REPORT_NOUNS or tok.lemma_.lower() in REPORT_NOUNS:
        inside = mapper.participant(tok, inner=True)
        if inside is not None:
            return inside
    return mapper.participant(tok)
