"""Which clause a date near a verb of saying belongs to: the saying's ("said on Monday that
...") or the act it reports ("arrested four men on Saturday, a spokesman said"), for the
parse-tree ranking of `event_time`."""

from __future__ import annotations

from typing import Any

from .lexicon import SPEECH_VERBS


def _before_subject(verb: Any, x_tok: Any) -> bool:
    """The date word comes before the verb's first subject (the verb has one)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and x_tok.i < subj.i


def said_before_clause(t_tok: Any, x_tok: Any) -> bool:
    """"Police said on Monday they had arrested 22 people over the weekend": a date between
    the verb of saying and the subject of the clause it reports is the saying's, though the
    parser may hang it on the reported verb."""
    head = t_tok.head
    if t_tok.dep_ != "ccomp" or head.lemma_.lower() not in SPEECH_VERBS \
            or not head.i < x_tok.i < t_tok.i:
        return False
    return _before_subject(t_tok, x_tok)


def before_attribution(verb: Any, t_tok: Any, x_tok: Any) -> bool:
    """"Troops arrested four men in a raid on Saturday morning, a spokesman said": a date
    between the reported clause and an attribution that follows it, read by the parser as
    the saying's, is the clause's (the words' own date comes after the verb of saying or
    before the clause: "said on Sunday", "On Sunday, police said that ...")."""
    if verb.lemma_.lower() not in SPEECH_VERBS or not t_tok.i < x_tok.i < verb.i:
        return False
    return _before_subject(verb, x_tok)


def reported_clause_date(t_path: list[Any], x_path: list[Any]) -> bool:
    """"Two rebels surrendered on Monday, the spokesman said, adding: 'We call on the others
    to give up'": a date the verb of saying reaches only down the clause it reports dates
    that clause's act, not the saying, nor what the saying goes on to add in the present
    ("adding", "saying"). A date between the verb and the reported clause's subject is still the
    saying's ("said on Monday they had arrested 22 people", `said_before_clause`). The paths
    run from the trigger and from the date up to the verb where they meet."""
    verb = t_path[-1]
    if len(t_path) > 1 and t_path[0].tag_ not in ("VBP", "VBZ"):
        return False  # "adding that the two groups had agreed to ...": an act told in the
        # past may be the reported act's own day; only a present ("We call on ...") is not
    if verb.lemma_.lower() not in SPEECH_VERBS or not all(
            t.tag_ == "VBG" and t.lemma_.lower() in SPEECH_VERBS or t.dep_ == "ccomp"
            for t in t_path[:-1]):
        return False
    clause = next((t for t in x_path if t.dep_ == "ccomp" and t.head.i == verb.i), None)
    return clause is not None and not said_before_clause(clause, x_path[0])


# how much farther a date is when the trigger reaches it only through a conjoined clause with
# its own subject ("said it had deployed troops on Monday, and that troops detained five men and
# seized rifles at a checkpoint on Tuesday": Monday is the deploying's)
OTHER_CLAUSE_PENALTY = 4


def through_other_clause(t_path: list[Any]) -> bool:
    """The trigger climbs to the date's verb through a conjunct with a subject of its own:
    another clause, whose date is another act's."""
    return any(t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in t_path)
