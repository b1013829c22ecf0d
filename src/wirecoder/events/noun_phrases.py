"""The noun phrase around a participant's head token (`np_bounds`): without determiners,
counts, hedges or trailing clauses, with a unit's ordinal ("the 9th Front") and a group
noun's "of" complement ("members of the xxii front"); and the demonym the parser makes the
head of "a combined Afghan and coalition force" (`coordinated_modifier`).
"""

from __future__ import annotations

import re
from typing import Any

from .argument_words import (GROUP_HEADS, HEDGES, NON_PARTICIPANT_ENTS, PRONOUNS, SKIP_LEFT,
                             UNIT_WORDS, VAGUE_QUANTITY)
from .lexicon import lemma as _lemma
from .numbers import hyphen_modifier, model_name, unit_number
from .syntax import dateline_dash, line_break_in, of_objects


def coordinated_modifier(t: Any) -> Any:
    """"a combined Afghan and coalition security force", "a joint Iraqi and US patrol": the
    parser makes the first modifier (a demonym) the head and the noun its conjunct. The
    noun heads one phrase (returned; None when this is not the case). Not "an Afghan and a
    coalition soldier" (the noun has its own determiner) nor "Afghans and coalition troops"."""
    if t.ent_type_ != "NORP" or t.tag_ in ("NNS", "NNPS") or t.lower_.endswith("s"):
        return None
    for c in t.children:
        if c.dep_ != "conj" or c.pos_ != "NOUN" or c.i <= t.i:
            continue
        if any(g.dep_ in ("det", "nummod", "poss") or g.lower_ in VAGUE_QUANTITY | {
                "other", "more"} for g in c.children):
            return None  # "Wali and several other fighters": two participants
        mods = [g for g in c.lefts if g.dep_ in ("compound", "nmod") and g.pos_ in (
            "NOUN", "PROPN")]
        between = t.doc[t.i + 1:c.left_edge.i]
        if mods and len(between) and all(b.dep_ == "cc" for b in between):
            return c
    return None


def np_bounds(head: Any) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase around a head, without determiners,
    numbers, clauses or trailing prepositional phrases (except "of" + name)."""
    left = head.i
    doc = head.doc
    # "secretary-general", "director-general": a hyphenated word the tokenizer split before
    # the head is one word with it
    while (left >= 2 and doc[left - 1].text == "-" and not doc[left - 1].whitespace_
           and not doc[left - 2].whitespace_ and doc[left - 2].is_alpha
           and doc[left - 2].head.i == head.i):
        left -= 2
    for c in sorted(head.lefts, key=lambda t: -t.i):
        if c.i >= left:
            continue
        if c.dep_ == "poss" and _name_possessive(c, head):
            left = min(t.i for t in c.subtree)  # "the Lord's Resistance Army"
            continue
        if c.dep_ == "nummod" and model_name(c) and c.i == left - 1:
            left = c.i  # "six AK-47 rifles": the model name is part of the name, not a count
            break
        if c.dep_ in SKIP_LEFT or c.dep_ in ("nummod",):
            break
        if c.i != left - 1 and not any(left > t.i >= c.i for t in c.subtree):
            break
        left = min(t.i for t in c.subtree)
    if left >= 2 and doc[left - 2].like_num and hyphen_modifier(doc[left - 2]):
        left -= 2  # "a two-storey building": the number is part of a describing word
    # a phrase never crosses a line break (a headline above the sentence) nor a dateline's
    # dash ("MAPUTO (Wire) - Islamist insurgents")
    for i in range(head.i - 1, left - 1, -1):
        if line_break_in(doc[i].text_with_ws) or dateline_dash(doc[i]):
            left = i + 1
            break
    while left < head.i:
        t = doc[left]
        if t.like_num and hyphen_modifier(t):
            break  # (as above)
        if model_name(t):
            break  # "AK-47 rifles": a model name is part of the name
        if t.dep_ in SKIP_LEFT and not (t.dep_ == "advmod" and t.head.i != head.i
                                        and left < t.head.i < head.i):
            left += 1  # an adverb modifying a modifier stays: "heavily armed men"
        elif _unit_ordinal(t, head):
            break  # "the 9th Front", "the 3rd Brigade": the number names the unit
        elif t.is_punct or t.like_num or (t.pos_ == "PRON" and t.lower_ in PRONOUNS):
            left += 1
        elif t.lower_ in VAGUE_QUANTITY and t.dep_ in ("amod", "det", "nummod", "advmod"):
            left += 1  # "several houses": how many is a count, not part of the name
        elif (t.lower_ in ("year", "years", "month", "months", "week", "day")
              and left + 2 < head.i and doc[left + 1].text == "-"
              and doc[left + 2].lower_ == "old"):
            left += 3  # "a 14-year-old girl": the age is no part of the name
        elif t.lower_ in HEDGES:
            left += 1  # "alleged guerrillas": the doubt is the report's, not the name's
        elif (t.lower_ in ("so", "self") and left + 2 <= head.i and doc[left + 1].text == "-"
              and doc[left + 2].lower_ in ("called", "styled")):
            left += 3  # "so-called", "self-styled"
        else:
            break
    if head.dep_ == "conj" and coordinated_modifier(head.head) == head:
        left = min(left, np_bounds(head.head)[0])  # "combined Afghan and coalition force"
    right = head.i + 1
    # "passers-by", "stand-in": a hyphenated word the tokenizer split after the head
    while (right + 1 < len(doc) and doc[right].text == "-" and not doc[right - 1].whitespace_
           and not doc[right].whitespace_ and doc[right + 1].is_alpha):
        right += 2
    if head.pos_ == "PROPN" or head.ent_type_:
        for c in head.rights:
            if c.dep_ == "prep" and c.lower_ == "of":
                sub = list(c.subtree)
                if any(t.pos_ == "PROPN" for t in sub):
                    right = max(t.i for t in sub) + 1
            elif c.dep_ == "prep" and c.lower_ in ("for", "on") and _name_goes_on(head, c):
                right = max(t.i for t in c.subtree) + 1  # "the Alliance for Democracy"
            break
    elif group_head(head):
        # "members of the xxii front", "a column of rebels": the group is named by its "of"
        right = max(right, group_of_end(head))
    while right - 1 > head.i and doc[right - 1].is_punct:
        right -= 1
    return left, right


def _name_possessive(c: Any, head: Any) -> bool:
    """"the Lord's Resistance Army", "the Sudan People's Liberation Army", "the Kurdistan
    Workers' Party": a possessive inside a group's capitalised name (one entity with it, or
    a word no entity of its own), not an owner ("Myanmar's Arakan Army")."""
    if head.pos_ != "PROPN" or c.pos_ != "PROPN" or not c.is_title or c.i + 2 > head.i:
        return False
    if c.ent_type_ and c.ent_type_ == head.ent_type_ == "ORG" and c.ent_iob_ != "B" or (
            c.ent_type_ == "ORG" and head.ent_type_ == "ORG" and not any(
                e.start <= c.i < e.end and e.end <= head.i for e in head.doc.ents)):
        return True
    return not c.ent_type_ and head.ent_type_ == "ORG" and all(
        t.is_title for t in head.doc[c.i + 2:head.i + 1])


NAME_JOINERS = {"the", "of", "and", "for", "on", "in", "&"}


def _name_goes_on(head: Any, prep: Any) -> bool:
    """"the Committee on Tamil Rights", "the Alliance for Democracy in Mali": a group's
    capitalised name runs on through "for"/"on" and words all capitalised (not "Hamas on
    Monday", nor a person's or a country's name)."""
    sub = [t for t in prep.subtree if t.i > prep.i]
    return (head.is_title and head.ent_type_ not in ("PERSON", "GPE", "NORP", "DATE")
            and head.doc[head.i - 1].lower_ not in ("on", "for") and bool(sub)
            and all((t.is_title or t.is_upper or t.lower_ in NAME_JOINERS)
                    and t.ent_type_ not in ("DATE", "TIME") for t in sub)
            and next((t for t in sub if t.lower_ != "the"), prep).is_title)


def _unit_ordinal(t: Any, head: Any) -> bool:
    """A digit ordinal on a military or rebel unit's name ("9th Front", "12th front",
    "3rd Brigade", "the 3rd infantry division", "the 4th joint military region"), part of
    its name, not a count, whether the parser hangs it on the unit word or on a word of the
    name before it; so is a number right before a unit word written as a name ("the 444
    Brigade": `unit_number`)."""
    on_name = t.head == head or (t.head.dep_ in ("compound", "amod") and t.head.head == head
                                 and t.i < t.head.i < head.i)
    return (bool(re.fullmatch(r"\d+(?:st|nd|rd|th)", t.lower_)) and on_name and (
        _lemma(head) in UNIT_WORDS or head.lower_ in UNIT_WORDS or _military_area(head))) or (
        t.head == head and unit_number(t))


def _military_area(head: Any) -> bool:
    """"the 4th joint military region", "the 2nd military zone": a command named by its
    area."""
    return head.lower_ in ("region", "zone", "sector") and any(
        c.lower_ == "military" for c in head.lefts)


def group_head(tok: Any) -> bool:
    """A group noun with an "of" complement naming people or an organisation."""
    if tok.pos_ != "NOUN" or _lemma(tok) not in GROUP_HEADS and tok.lower_ not in GROUP_HEADS:
        return False
    return any(g.pos_ in ("NOUN", "PROPN") and not g.like_num and g.ent_type_ not in
               NON_PARTICIPANT_ENTS | {"GPE", "LOC", "FAC"} for g in of_objects(tok))


def group_of_end(head: Any) -> int:
    """End (exclusive) of the "of" complement of a group noun, with the complement's own
    "of" + name chain ("members of the xxii front of the farc") but no clause after it."""
    end = head.i + 1
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    end = max([g.i + 1] + [t.i + 1 for t in g.subtree if t.dep_ not in (
                        "relcl", "acl", "punct", "cc", "conj", "appos") and _in_np(t, g)])
            break
    return end


def _in_np(t: Any, g: Any) -> bool:
    """t is inside g's noun phrase: reached from g through modifiers and "of" phrases only."""
    node = t
    while node != g:
        if node.dep_ in ("relcl", "acl", "appos", "conj", "cc", "punct", "advcl"):
            return False
        if node.dep_ == "prep" and node.lower_ != "of":
            return False
        if node.head == node:
            return False
        node = node.head
    return True


def described_kind(m: Any, doc: Any) -> bool:
    """An unlinked people or creed adjective ("Shi'ite", "Kurdish"), tagged NORP and
    modifying a noun: it says what kind of thing, not whose."""
    if m.entity.kb_id or m.entity.kind != "group":
        return False
    toks = [t for t in doc if m.span.start <= t.idx < m.span.end]
    return bool(toks) and all(t.ent_type_ == "NORP" and t.dep_ in ("amod", "compound")
                              and t.tag_ in ("JJ", "NNP") and t.head.i > t.i for t in toks)


def cut_short(text: str, kb_id: str | None) -> bool:
    """An unlinked name the tagger ended on a joining word ("the Council for Peace and" of
    "the Council for Peace and Justice"): the noun phrase is the name, not the mention."""
    words = text.split()
    return not kb_id and len(words) > 1 and words[-1].lower() in NAME_JOINERS - {"&"}
