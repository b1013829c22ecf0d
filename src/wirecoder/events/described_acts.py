"""Triggers that describe someone or something rather than tell an event: what an organisation
"had provided" in a relative clause ("the association, which had provided legal help to
migrants"); the protest people are held for ("those detained for peacefully protesting", "jailed
for demonstrating": the arrest's reason, told as an event where it happened); a passive "met"
with what answered ("the protests were met by a crackdown": no meeting); aid that was blocked
("armed men blocked aid from reaching the camps": the blocking is the event, no aid given); and
talks a mediator held that led to an agreement ("agreed to a truce after talks mediated by the
church": one event, the agreement)."""

from __future__ import annotations

from typing import Any

from .lexicon import lemma as _lemma
from .lexicon import load_lexicon

# kinds of help or backing a relative clause describes its noun by
DESCRIBED_KINDS = {"AID", "SUPPORT", "COOPERATE"}
RELATIVES = {"which", "who", "that"}
# verbs that hold or punish people for what they did
HOLDING_VERBS = {"detain", "arrest", "jail", "imprison", "sentence", "convict", "punish",
                 "prosecute", "charge", "fine", "hold", "expel", "fire", "dismiss", "sack"}


def _pluperfect_relative(tok: Any) -> bool:
    """"which had provided legal help": a relative clause in the pluperfect."""
    return tok.dep_ == "relcl" and tok.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in tok.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVES for c in tok.children)


def _held_for(tok: Any) -> bool:
    """"detained for peacefully protesting", "jailed for demonstrating"."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ != "for":
        return False
    holder = tok.head.head
    return _lemma(holder) in HOLDING_VERBS


# verbs that keep aid from arriving
BLOCKING_VERBS = {"block", "obstruct", "hinder", "impede", "halt", "stop", "prevent", "deny",
                  "hamper", "loot", "divert", "seize", "hijack", "steal", "restrict"}
# what answers a demand or a protest when it "was met with" it (besides event nouns)
REPLY_NOUNS = {"force", "silence", "resistance", "criticism", "opposition", "scepticism",
               "skepticism", "anger", "outrage", "derision", "gas", "bullet", "fire", "hostility",
               "indifference", "approval", "applause"}
# people the passive "met by" may name: a meeting, not a reply ("was met by the minister")
MEETING_AGENTS = {"PERSON", "ORG", "NORP", "GPE"}


def _met_with_a_reply(tok: Any) -> bool:
    """"were met by a crackdown", "was met with tear gas / with silence"."""
    if _lemma(tok) != "meet" or not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    agents = [g for c in tok.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "with")
              for g in c.children if g.dep_ == "pobj"]
    lex = load_lexicon()
    return bool(agents) and all(g.ent_type_ not in MEETING_AGENTS and g.pos_ == "NOUN" and (
        _lemma(g) in REPLY_NOUNS or lex.entry(_lemma(g), "N") is not None) for g in agents)


def _blocked_aid(tok: Any) -> bool:
    """"blocked aid from reaching", "aid was obstructed"."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass") and (
        _lemma(tok.head) in BLOCKING_VERBS)


def _talks_before_agreement(tok: Any) -> bool:
    """"agreed ... after talks mediated by the provincial government"."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in (
        "after", "following") and any(c.dep_ == "acl" and _lemma(c) in (
            "mediate", "broker", "facilitate", "host", "sponsor") for c in tok.children)


def drop_described(found: list[Any]) -> list[Any]:
    """The triggers of `found` less those that describe a noun or give a reason."""
    return [t for t in found if not (
        t.entry.plover in DESCRIBED_KINDS and _pluperfect_relative(t.token)
        or t.entry.plover == "PROTEST" and _held_for(t.token)
        or t.entry.plover == "CONSULT" and (_met_with_a_reply(t.token)
                                            or _talks_before_agreement(t.token))
        or t.entry.plover == "AID" and _blocked_aid(t.token))]
