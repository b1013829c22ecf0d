"""Tallies: a present perfect over a period ("12 members have been killed so far this
year", "the conflict has killed tens of thousands") counts many past events, not one. Moved
whole out of `modality` (the same code)."""

from __future__ import annotations

import re
from typing import Any

from .argument_words import COUNTING_NOUNS
from .lexicon import lemma as _lemma

PERIOD = re.compile(r"\b(so far this (year|month)|this (year|month)|(over|in|during|for) the "
                    r"(past|last) (\w+ )?(years|months|decades?)|(in|during|over) (the )?recent "
                    r"(years|months)|since (19|20)\d\d|since the (beginning|start) of (the |this )?"
                    r"(year|month|war|conflict)|since (january|february|march|april|may|june|"
                    r"july|august|september|october|november|december))\b")


# points a few days back that a "since" counts from ("since Monday", "since the weekend")
RECENT_POINTS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                 "yesterday", "weekend"}


def days_back(noun: Any) -> bool:
    """"since Monday", "since Saturday night", "since the weekend": a point of this week."""
    return noun.lower_ in RECENT_POINTS or any(
        c.dep_ == "compound" and c.lower_ in RECENT_POINTS for c in noun.children)


# "the toll from / of / in the attack"
TOLL_PREPS = {"from", "of", "in"}


def counted_by_a_toll(tok: Any) -> bool:
    """The word is the object of "toll from/of/in" (possibly through "the X of Y"): "the death
    toll from weekend raids on two villages has risen to 38" counts the raids, particular
    events however it is worded (a bare plural, a present perfect)."""
    for _ in range(2):
        if tok.dep_ != "pobj" or tok.head.lower_ not in TOLL_PREPS:
            return False
        if _lemma(tok.head.head) == "toll":
            return True
        tok = tok.head.head
    return False


def toll_over_a_period(verb: Any) -> bool:
    """A toll verb's clause counts from a point before the event ("bringing to 23 the number
    of people killed since the demonstrations began", "raising this year's toll to 40"): many
    events' total, no count of the one told. A point days back ("since Monday") is the
    event's own revision."""
    for t in verb.subtree:
        if t.lower_ != "since":
            continue
        if t.dep_ == "mark" or any(g.dep_ == "pobj" and not days_back(g) for g in t.children):
            return True
    return bool(PERIOD.search(" ".join(t.lower_ for t in verb.subtree)))


# what has a toll of its own: "the war has killed 500,000 people"
WAR_NOUNS = {"war", "conflict", "fighting", "violence", "insurgency", "crisis", "unrest",
             "uprising", "rebellion", "campaign"}


def tally(tok: Any) -> bool:
    """A present perfect over a period ("12 members have been killed so far this year", "over
    the past nine years about 60 have been killed"): a count of many past events, not one."""
    if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.dep_ in ("attr", "nsubj") and any(
            c.dep_ == "expl" for c in tok.head.children):
        tok = tok.head  # "there have been four murders since the new governor took office"
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    verbs = [tok]
    if tok.dep_ in ("conj", "advcl", "acl") and tok.head.pos_ in ("VERB", "AUX"):
        verbs.append(tok.head)  # "have disappeared and 60 have been killed", "died ... killed by"

    def perfect(v: Any) -> bool:
        return v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve")
                                       for c in v.children)

    def since_a_point(v: Any) -> bool:
        # "said at least 30 people had been killed since the vote": a reported present
        # perfect (backshifted to "had") counting from a past point; a point days back
        # ("had been arrested in raids since Monday") opens the news's own few days, as the
        # unshifted "have been arrested since Monday" does, no period of many events
        return v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had"
                                       for c in v.children) and any(
            c.dep_ == "prep" and c.lower_ == "since" and any(
                g.dep_ == "pobj" and not days_back(g) for g in c.children)
            for c in v.children)

    if any(since_a_point(v) for v in verbs):
        return True
    if any(v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in v.children)
           and any(c.dep_ == "nsubj" and c.lemma_.lower() in WAR_NOUNS for c in v.children)
           for v in verbs):
        return True  # "said gang violence had killed 5,600 people": a war's reported toll
    if not any(perfect(v) for v in verbs):
        return False
    if not perfect(tok) and any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False  # "... and were killed yesterday": its own tense, not the perfect's
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
           for v in verbs for c in v.children):
        return True  # "since the party was founded, 1,000 members have been murdered"
    if any(c.dep_ == "advmod" and c.lower_ == "since" and not list(c.children)
           for v in verbs for c in v.children) and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lower_ in COUNTING_NOUNS for v in verbs
            for c in v.children):
        return True  # "clashes between the groups have since killed hundreds of people"
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in WAR_NOUNS for v in verbs
           for c in v.children):
        return True  # "the conflict has killed tens of thousands": a war's toll, many events
    text = " ".join(t.lower_ for v in verbs for c in v.children
                    if c.dep_ in ("prep", "npadvmod", "advmod") for t in c.subtree)
    return bool(PERIOD.search(text))
