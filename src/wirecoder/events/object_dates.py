"""A date that belongs to an event noun among an act's arguments, not to the act: "the four
were convicted over the 2024 attack", "charged for last year's bombing". Such a date does not
make the act itself history. And the reverse: the date of a reaction is not the date of the
act it reacts to ("condemned the attack on Monday"), nor is the place of the reaction its place
("traders in X welcomed the arrests")."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from .argument_words import CONDEMNING_VERBS, DESCRIBING_VERBS, NAMING_VERBS

# an act that ended this long before the article is history (read by `modality`, `past_events`)
HISTORICAL_AGE = timedelta(days=366)


def date_of_object(tok: Any, t: Any) -> bool:
    """Whether the date `t` of the event told by `tok` is only a modifier of another event
    noun among its arguments ("were convicted over the 2024 attack", "for impeding the inquiry
    into last year's blast"): the date tells when that noun's act happened, not when the event
    did."""
    if t is None or not t.evidence:
        return False
    for ev in t.evidence:
        words, heads = _date_words(tok.doc, ev)
        if len(heads) != 1:
            return False
        noun = heads[0]
        rel = next(w.dep_ for w in words if w.head.i == noun.i)
        if noun.i == tok.i or noun.pos_ != "NOUN" or rel not in ("poss", "compound", "nummod"):
            return False
        if tok.i not in {a.i for a in noun.ancestors}:
            return False
        if noun.head.lower_ == "of" and noun.head.head.lower_ == "eve":
            return False  # "on the eve of Sunday's election": the day before it, the act's
    return True


def _date_words(doc: Any, ev: Any) -> tuple[list[Any], list[Any]]:
    """The words of the date evidence `ev`, and the words outside it that they hang on."""
    words = [w for w in doc if ev.start <= w.idx < ev.end]
    inside = {w.i for w in words}
    return words, [w.head for w in words if w.head.i not in inside]


def date_of_embedded_act(tok: Any, t: Any) -> bool:
    """Whether every word of the date `t` hangs on another verb inside the clause of the act
    `tok` tells ("urged both sides to use the mechanisms of the deal initialled in August
    2025", "said the town, which rebels seized in 2022, had been retaken"): the date tells
    when that verb's act happened, not when the event did. Read only to decide whether an
    event is history, never to date a news event."""
    if t is None or not t.evidence:
        return False
    for ev in t.evidence:
        _words, heads = _date_words(tok.doc, ev)
        if len(heads) != 1 or tok.i not in {a.i for a in heads[0].ancestors} | {heads[0].i}:
            return False
        node = heads[0]
        if node.lower_ in PERIOD_PREPS:
            return False  # "have been fighting ... since September 2024": the parser may hang
            # a period's start on any verb in between
        while node.i != tok.i and node.pos_ != "VERB":
            node = node.head
        if node.dep_ == "advcl" and any(c.dep_ == "mark" or c.lower_ in ("when", "while")
                                        for c in node.children):
            return False  # "have fought since the colony was annexed in 1969": a clause of
            # time dates the act by another ("the truce agreed in 2024", a participle the
            # parser may take for an adverbial clause, has no conjunction)
        if node.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                     for c in node.children):
            return False  # "troops were deployed to repel incursions in the 1990s": a
            # purpose shares the act's time
        if node.i == tok.i or node.lemma_.lower() in NAME_PARTICIPLES:
            return False  # "a faction known as X since 2024": a name, not an act
        if node.dep_ in ("relcl", "acl") and node.head.i == tok.i:
            return False  # "the protests, which began in late September": the event's own
    return True


# prepositions that open or span a period ("since 2024", "for two years"; modality's too)
PERIOD_PREPS = {"since", "for", "from", "over", "throughout", "until", "till"}
# the anchor sources that are a publication date
PUBLISHED = ("metadata", "--published")
# participles that name a noun ("known as", "dubbed", "described as", "styled")
NAME_PARTICIPLES = NAMING_VERBS | DESCRIBING_VERBS | {"style"}


def old_date(t: Any, anchor: Any) -> bool:
    """Whether the time `t` ended more than a year before the publication `anchor`."""
    if t is None or anchor is None or anchor.source not in PUBLISHED:
        return False
    end = t.end or t.start
    return end is not None and end < anchor.date - HISTORICAL_AGE


# verbs of a reaction to an act told as their object ("condemned the attack", "to protest the
# detention of ..."), and those whose "over" phrase names the act ("summoned the envoy over")
REACTION_VERBS = CONDEMNING_VERBS | {"protest", "mourn", "welcome", "regret", "summon"}


def reacted_to(tok: Any, t: Any) -> bool:
    """Whether the date `t` of the event noun `tok` is only the date of a reaction to it
    ("the minister on Monday condemned the attack", "summoned the ambassador on Wednesday to
    protest the detention of four farmers", "... over the arrests"): the act took place
    before the reaction, on a day its own words or its other mentions tell."""
    if t is None or not t.evidence or _reacting_verb(tok) is None:
        return False
    own = {w.i for w in tok.subtree}
    for ev in t.evidence:
        words, heads = _date_words(tok.doc, ev)
        if any(w.i in own for w in words):
            return False  # "condemned Sunday's attack": the act's own day
        heads = [h.head if h.pos_ == "ADP" else h for h in heads]  # ("on" Monday)
        if words and words[0].i > tok.i and not all(h.pos_ in ("NOUN", "PROPN") for h in heads):
            return False  # "protest against the arrest of three men in Cotonou last week": a
            # day told after the act may be its own, wherever the parser hangs it (not one in
            # a phrase of the saying: "... in a statement on Monday")
    return True


def _reacting_verb(tok: Any) -> Any:
    """The reaction verb whose object (or "over"/"against" phrase) is the event noun `tok`
    ("condemned the attack", "protested over the arrests"), or None."""
    if tok.pos_ != "NOUN":
        return None
    if tok.dep_ == "dobj":
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("over", "against"):
        verb = tok.head.head
    else:
        return None
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in REACTION_VERBS else None


def reaction_place(tok: Any, place: Any) -> bool:
    """The place of the event noun `tok` is only where a reaction to it was made ("traders'
    associations in X welcomed the arrests", "the minister in X condemned the attack"): a place
    outside the noun's own words, in the reacting verb's clause. The act took place where its
    own words or its other mentions tell (the arrests told before, in another town)."""
    if place is None or not place.evidence or _reacting_verb(tok) is None:
        return False
    own = list(tok.subtree)
    lo, hi = min(w.idx for w in own), max(w.idx + len(w) for w in own)
    return not any(lo <= ev.start < hi for ev in place.evidence)
