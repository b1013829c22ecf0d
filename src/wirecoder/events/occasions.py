"""A plural noun told as one occasion: "agreed on Wednesday to a ceasefire after talks hosted
by China in Kunming", "at talks hosted by Malaysia". The participle describing it (`modality`'s
`_describes_a_kind`, "rounds mediated by the African Union" over years of talks) tells one
meeting when the noun is where or after what a finite past act was done."""

from __future__ import annotations

from typing import Any

# prepositions that place a past act at or after an occasion
OCCASION_PREPS = {"after", "at", "during", "following", "in"}


def one_occasion(noun: Any) -> bool:
    """The plural `noun` is the object of "after / at / during / following / in" hung on a
    verb in the simple past ("agreed ... after talks", "signed at talks"); not a series ("years
    of talks, including rounds mediated by ...")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in OCCASION_PREPS:
        return False
    verb = prep.head
    return verb.pos_ in ("VERB", "AUX") and verb.tag_ == "VBD"
