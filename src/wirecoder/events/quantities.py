"""Quantities: how many were killed, injured, arrested, captured, displaced, destroyed, seized.

A number (digits, number words, "two dozen", "1.5 million") or a vague amount ("dozens",
"several") counts the noun it modifies; the predicate that noun depends on gives the kind
("three soldiers were killed" -> killed; "left five dead" -> killed; the trigger's own kind
otherwise, and "other" when nothing says), and the words before the number the qualifier
("over 130" -> more_than, "at least" -> at_least, "about" -> about, "up to" -> at_most,
"fewer than" -> less_than). Coordinated counts of people are summed ("a Taliban leader and
two suspected insurgents" -> 3, at least). Reading a number's value and qualifier lives in
`events.numbers`; what kind of thing a count counts in `events.count_kinds`; people counted
without a number ("killed a Taliban leader", "the militants") in `events.implicit_counts`.
"""

from __future__ import annotations

import re
from typing import Any

from ..records import Document, Quantity
from .argument_words import DEATH_VERBS
from .count_kinds import (BACK_REFERENCES, HARM_KINDS, and_killed, attacked_through,
                          counts_the_dead, displaced_by, figure_put_at, figure_words,
                          in_other_clause, is_agent, kind_for, looted_premises, not_people,
                          parties_between, singled_out_among, taken_before, to_death)
from .count_durations import TIME_UNITS, measure_length
from .count_scope import counted_participle, gerund_subject, shared_patient
from .count_sums import sum_people, a_conflicts_toll, source_of
from .implicit_counts import PERSON_KINDS, implicit_people, people_word
from .lexicon import Lexicon, load_lexicon
from .lexicon import lemma as _lemma
from .lexicon import strip_plural
from .merge_words import ORDINALS
from .numbers import (between_upper, counted_through_model, digits_restated, hyphen_modifier,
                      inside_name, model_name, noun_after_digits, number_tokens, parse_number,
                      qualifier_for, range_bounds, range_start, several_scale)
from .syntax import of_objects

def _unit(t: Any) -> bool:
    """A unit of measure or of money (the lexicon's class "unit"), by lemma or as written."""
    lex = load_lexicon()
    return lex.in_class(_lemma(t), "unit") or lex.in_class(t.lower_, "unit")


MONTHS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
          "january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"}
# plural scale words, a vague amount however they are tagged ("thousands of students")
VAGUE_SCALES = {"dozens", "scores", "hundreds", "thousands", "millions", "tens"}
OTHER_PEOPLE = {"other", "others"}  # "numerous others were detained"
CODE_RE = re.compile(r"\d+-\d+-[A-Za-z]+-\d+|0\d+\b")
LOCATIVE_PREPS = ("in", "over", "across", "throughout", "at", "near", "around", "from")
# things "both" counts besides people: weapons, vehicles, buildings ("both trucks were burned")
BOTH_THING_CLASSES = ("weapon", "weapon_head", "property", "infrastructure", "base")
# (none of the parties of a relation, "both sides"; none of a body's parts, "in both legs")
BOTH_THINGS = {"vehicle", "car", "truck", "lorry", "van", "bus", "tanker", "building", "house",
               "home", "shop", "compound"}


def counted_noun(num: Any) -> Any | None:
    if model_name(num):  # "AK-47": a name, no numeral
        return None
    through = counted_through_model(num)  # "six AK-47 rifles"
    if through is not None:
        return through
    if num.dep_ in ("nummod", "quantmod") and num.head.pos_ in ("NOUN", "PROPN", "ADJ"):
        return num.head
    restated = noun_after_digits(num)
    if restated is not None:  # "nineteen (19) terrorists", however parsed
        return restated
    if num.pos_ in ("NUM",) and num.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "conj",
                                              "appos"):
        # "killed 12", "five were wounded", "dozens of people"
        of = of_objects(num)
        return of[0] if of else num
    if num.pos_ == "NUM" and num.dep_ == "npadvmod" and of_objects(num):
        return of_objects(num)[0]  # "shot down 31 of 45 drones", 31 read as an adverb
    return None


def object_text(num_last: Any, noun: Any) -> str | None:
    """The words naming what was counted, after the number ("mortar and rocket launchers")."""
    doc = num_last.doc
    i = num_last.i + 1
    if i + 1 < len(doc) and doc[i].text == "(" and digits_restated(doc[i + 1]):
        i += 3  # "four (4) soldiers": what the words count, after the digits
    if i < len(doc) and doc[i].lower_ == "of":
        i += 1
    out: list[Any] = []
    j = i
    while j < len(doc):
        t = doc[j]
        if t.is_punct and t.text not in ("-",):
            break
        if t.pos_ in ("ADP", "AUX", "PRON", "SCONJ", "DET", "VERB", "ADV", "NUM", "PART") and not (
                t.tag_ in ("VBN", "VBG") and t.dep_ in ("amod", "compound")) and not model_name(t):
            break
        if t.pos_ == "CCONJ":
            prev = doc[j - 1]
            # coordination inside the phrase: the word before modifies a later head
            if not (prev.head.i > prev.i or (prev.dep_ == "conj" and prev.head.head.i > prev.i)):
                break
        out.append(t)
        j += 1
        if _unit(t) and j + 1 < len(doc) and (
                doc[j].lower_ == "of" and doc[j + 1].pos_ in ("NOUN", "PROPN", "ADJ")):
            out.append(doc[j])  # "300 kilograms of fentanyl": the unit and what it measures
            j += 1
    while out and (out[-1].pos_ == "CCONJ" or out[-1].is_punct):
        out.pop()
    if not out:
        return None
    return doc[out[0].i:out[-1].i + 1].text


def extract_quantities(trigger: Any, scope: list[Any], trigger_kind: str | None,
                       document: Document, lex: Lexicon,
                       objects: list[Any] | None = None, assault: bool = False,
                       event_type: str | None = None) -> list[Quantity]:
    """Counts in the trigger's scope (its clause tokens). `assault`: the event is an attack or
    a fight, whose length ("clashes lasted for two days") is no count of it; `event_type`:
    only a measure's length ("suspended the paper for three months") is counted."""
    vague = lex.cues["quantities"]["vague"]
    if to_death(trigger) or (trigger_kind == "injured" and and_killed(trigger, lex)):
        trigger_kind = "killed"  # "shot the mayor to death", "beaten to death", "shot and killed"
    whole = counted_participle(trigger)  # "(13 of) the more than 60 wounded": 60 counts them
    scope = scope + [t for t in gerund_subject(trigger) + whole if t not in scope]
    scope = scope + [t for t in displaced_by(trigger) + taken_before(trigger, lex)
                     if t not in scope]
    shared = shared_patient(trigger)
    if shared is not None:  # "three gunmen opened fire and were killed"
        scope = scope + [t for t in shared.subtree if t not in scope and not (
            t.dep_ in ("relcl", "acl") or any(a.dep_ in ("relcl", "acl") and a in
                                               shared.subtree for a in t.ancestors))]
        objects = [*(objects or []), shared]
    out: list[Quantity] = []
    used: set[int] = set()
    subsets: set[int] = set()  # counts of a part of people counted before ("including two")
    people_other: set[int] = set()  # people counted with no kind ("beating two students")
    figures: list[Any] = []  # "the number of people taken" a count puts at a number
    told: dict[int, Any] = {}  # the statement (and its source) each count is told in
    verbs: dict[int, Any] = {}  # the verb each count is the object or subject of
    figure_ids = figure_words(scope)
    for tok in scope:
        if tok.i in used or tok.i in figure_ids or digits_restated(tok):
            continue  # "the number (of people) ... at 31"; "four (4) soldiers": one count
        one_more = _one_more(tok, trigger_kind, document, lex)
        if one_more is not None:  # "two girls were killed and a third was hurt"
            out.append(one_more)
            used.add(tok.i)
            continue
        # "a pair of policemen", "a dozen soldiers", "both guards"
        both = _both_counted(tok, lex)
        counted = _number_noun(tok, lex) or both
        is_num = tok.like_num or tok.pos_ == "NUM" or counted is not None
        is_vague = tok.lower_ in vague and tok.dep_ in ("amod", "nummod", "det", "nsubj",
                                                          "dobj", "nsubjpass", "pobj", "quantmod",
                                                          "conj")  # "a leader and several of"
        if not (is_num or is_vague):
            continue
        duration = (tok.ent_type_ == "DATE" and tok.head.lemma_.lower() in TIME_UNITS
                    and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "for")
        if tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL") and (
                not duration or (assault and trigger_kind in (None, "killed", "injured"))) and not (
                tok.ent_type_ == "DATE" and between_upper(tok) is not None
                and tok.dep_ == "nummod" and people_word(tok.head, lex)) and not (
                _harmed_number(tok, lex)):
            continue  # (not "between 15 and 25 people", tagged as a date)
        if re.match(r"^(19|20)\d\d$", tok.text) and tok.head.ent_type_ == "DATE":
            continue
        if duration and not measure_length(trigger, event_type):
            continue  # "jailed for four years", "have marched for almost two years": no count
        if is_num and CODE_RE.match(document.text, tok.idx):
            continue  # a release or file number ("011-07-S-046"), not a count
        if is_num and inside_name(tok):
            continue  # "the Marywilska 44 centre", "the Route 9 bridge": part of a name
        if is_num and hyphen_modifier(tok):
            continue  # "two four-wheel-drive vehicles": the four describes them
        if tok.lower_ == "one" and tok.i + 1 < len(tok.doc) and (
                tok.doc[tok.i + 1].lower_ == "another"):
            continue  # "fought one another": the sides, no count
        if is_num and _of_them(tok) and (tok.head.dep_ == "appos" or (
                tok.dep_ == "nsubj" and tok.head.pos_ in ("NOUN", "PROPN"))):
            continue  # "Nine people were killed, three of them children, and ...": a part
            # told aside in a verbless phrase, no count of its own
        if is_num and a_conflicts_toll(tok, trigger):
            continue  # "... decades of fighting that has killed 40,000 people": background
        ntoks = number_tokens(tok) if is_num else [tok]
        used.update(t.i for t in ntoks)
        part_of = next((t for t in tok.doc[ntoks[0].i:ntoks[-1].i] if t.lower_ == "of"), None)
        if part_of is not None:  # "shot down 40 of 52 drones": the part, not the whole
            ntoks = [t for t in ntoks if t.i < part_of.i] or ntoks
        upper = between_upper(ntoks[0]) if is_num else None
        if upper is not None:  # "between 20 and 30 people": the upper bound read here
            used.update(t.i for t in number_tokens(upper))
        ranged = is_num and range_start(ntoks)
        if ranged:  # "eight to 12 insurgents": at least the lower bound
            ntoks = ranged
        noun = counted or counted_noun(tok) if is_num else (tok.head if tok.dep_ in (
            "amod", "nummod", "det", "quantmod") else tok)
        if noun is None or (_lemma(noun) in TIME_UNITS and not duration):
            continue
        if is_num and upper is None and parties_between(tok, noun):
            continue  # "fighting between two rival militias": the sides, no count of the event
            # ("Between 10 and 15 people were killed": a range, counted)
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num and (
                noun.head.head.i != tok.i) and tok not in whole:
            continue  # "31 of 45 drones": 45 is the whole the part was taken from
        if _locative(noun) and lex.in_class(strip_plural(noun.lower_), "place_word"):
            continue  # "killed 12 people in three villages", "in Kabul and two other provinces"
        if noun.dep_ == "pobj" and noun.head.lower_ == "from" and not people_word(noun, lex):
            continue  # "abducted the passengers from two buses": what they were taken from
        if noun.lower_.rstrip(".") in MONTHS or (
                tok.i > 0 and tok.doc[tok.i - 1].lower_.rstrip(".") in MONTHS):
            continue  # "PESHAWAR, Pakistan, Feb 11 -": a date the parser missed
        if is_vague and tok.dep_ not in ("amod", "nummod", "det", "quantmod"):
            of = of_objects(tok)
            noun = of[0] if of else tok
        elided = (noun == tok and trigger_kind in PERSON_KINDS and tok.head.i == trigger.i
                  and tok.dep_ in ("dobj", "nsubjpass"))  # "engaged them, killing several"
        if is_vague and tok.lower_ in VAGUE_SCALES:
            continue  # "killed scores of rebels", "thousands of people": no number, no count
        if is_vague and not (people_word(noun, lex) or elided
                             or (noun.lower_ in OTHER_PEOPLE and trigger_kind in PERSON_KINDS)):
            continue
        value = 2.0 if both is not None else (
            parse_number(ntoks, lex) if is_num else float(vague[tok.lower_]))
        if value is None:
            continue
        first = ntoks[0]
        if counted is not None:  # the qualifier comes before the article ("about a dozen")
            first = _with_article(first)
            article = _with_article(tok)
            if article.i > 0 and tok.doc[article.i - 1].lower_ == "half":
                value /= 2  # "half a dozen soldiers"
        qual = "at_least" if ranged or upper is not None else qualifier_for(
            first, lex) if is_num else "at_least"
        if qual == "exact" and counted is not None and tok.lower_ == "dozen":
            qual = "about"  # "killing a dozen people": a round figure, not a count of twelve
        if is_num and several_scale(ntoks[0]):
            value, qual = value * 2, "at_least"  # "several hundred": like "hundreds", 200+
        kind = kind_for(noun, trigger_kind, lex)
        if trigger_kind in PERSON_KINDS and trigger.dep_ in ("acl", "relcl") and (
                trigger.head.i == noun.i) and kind != trigger_kind:
            kind = trigger_kind  # "two farmers detained by border guards were released"
        if kind in ("seized", "destroyed", "other", None) and counts_the_dead(noun, trigger):
            # "three bodies were found", "found the bodies of two men", "recovered seven
            # bodies, several of them burned": bodies are the dead, never things destroyed
            kind = "killed"
        if kind == trigger_kind and kind in (*PERSON_KINDS, "destroyed") and in_other_clause(
                tok, noun, trigger, lex):
            # "in pursuit of a commander who leads one of the cells", "burned the market ...
            # gunmen, who arrived on more than 100 motorcycles"
            kind = "other"
        if kind in PERSON_KINDS and _unit(noun) or kind == "seized" and looted_premises(noun, lex):
            kind = "other"  # "(22 kgs)" of a drug found in an arrest: not people
        if kind == "displaced" and is_vague:
            continue  # "several others fled": no number of people driven from their homes
        if kind in PERSON_KINDS and duration:
            kind = "other"  # "held captive for eight months": how long, not how many
        if kind in (*PERSON_KINDS, "destroyed", "seized") and is_agent(noun, trigger, lex):
            kind = "other"  # "three gunmen killed two guards": the doers, not the dead
        if kind in PERSON_KINDS and attacked_through(noun, lex):
            kind = "other"  # "abducted 50 people in raids on three communities"
        if kind in PERSON_KINDS and not (people_word(noun, lex)
                                         or noun.ent_type_ in ("NORP",) or noun == counted
                                         or noun.pos_ in ("NUM", "PRON")):
            if kind == "killed" and lex.in_class(_lemma(noun), "weapon"):
                kind = "destroyed"
            elif kind in ("arrested", "captured") and lex.in_class(_lemma(noun), "weapon"):
                kind = "seized"  # "arrested 14 men and seized ... including 20 rifles"
            elif not_people(noun, lex):
                kind = "other"  # "detained suspects during four operations in two provinces"
        figure = figure_put_at(tok) if noun == tok else None
        if figure is not None and (trigger_kind or kind) in PERSON_KINDS:
            # "put the number of people taken at 31": the count of the event's own people
            dead = any(_lemma(c) in ("death", "dead") for c in figure.subtree)
            kind = "killed" if dead else (trigger_kind or kind)
            figures.append(figure)
        if kind == "other" and (_no_count_of_its_own(tok, ntoks, noun, is_vague, lex)
                                or _included(noun) or in_other_clause(tok, noun, trigger, lex)):
            # ("the attackers, who arrived in at least four vehicles": what the clause counts)
            continue  # (and "killing nine people, including four soldiers": a part, no count)
        obj = object_text(ntoks[-1], noun) if noun != tok else None
        start = ntoks[0].idx
        end_tok = noun if noun.i > ntoks[-1].i else ntoks[-1]
        end = end_tok.idx + len(end_tok.text)
        out.append(Quantity(kind=kind, value=value, qualifier=qual, object=obj,
                            evidence=(document.span(start, end),)))
        told[id(out[-1])] = source_of(tok)
        verbs[id(out[-1])] = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
        if _included(noun) or _of_them(tok):
            subsets.add(id(out[-1]))
        if kind == "other" and people_word(noun, lex):
            people_other.add(id(out[-1]))
        high = range_bounds(out[-1], tok.doc, lex)[1:] if upper is not None else []
        if high:  # the range's two bounds, no sum ("between 20 and 30")
            out.extend(high)
            subsets.update((id(out[-2]), id(out[-1])))
        if (trigger_kind in PERSON_KINDS and kind in PERSON_KINDS and kind != trigger_kind
                and _shared_object(noun, trigger)):  # "killed and wounded several insurgents"
            out.append(Quantity(kind=trigger_kind, value=value, qualifier=qual, object=obj,
                                evidence=(document.span(start, end),)))
    implicit = implicit_people(trigger, trigger_kind, objects or [], document, lex, used)
    for t in scope:  # "a student died and 26 were hurt when police fired": one dead, at least
        if t.dep_ == "nsubj" and _lemma(t.head) in DEATH_VERBS and t.head in scope and (
                t.head.i != trigger.i) and kind_for(t, None, lex) == "killed":
            implicit += implicit_people(t, "killed", [t], document, lex, used)
    for fig in figures:  # "put the number of people taken at 31": the people are counted by 31
        a, b = fig.left_edge.idx, fig.right_edge.idx + len(fig.right_edge.text)
        implicit = [q for q in implicit if not any(a <= e.start < b for e in q.evidence)]
    out.extend(implicit)
    # "beating two students ... injuring two": the people of no kind are the hurt ones
    out = [q for q in out if id(q) not in people_other or not any(
        p.kind in PERSON_KINDS and p.value == q.value for p in out)]
    return sum_people(out, subsets, told, verbs)


def _one_more(tok: Any, trigger_kind: str | None, document: Document,
              lex: Lexicon) -> Quantity | None:
    """"Two girls were killed and a third was hurt", "killed two guards and wounded a third":
    "a <ordinal>" as the subject of a harm, after a count of the same people, is one more
    person harmed (None for any other word)."""
    if tok.lower_ not in ORDINALS or tok.dep_ not in ("nsubj", "nsubjpass", "dobj") or not any(
            c.dep_ == "det" and c.lower_ == "a" for c in tok.children) or tok.head.dep_ != "conj":
        return None
    kind = kind_for(tok, trigger_kind, lex)
    if kind not in PERSON_KINDS:
        return None
    art = next(c for c in tok.children if c.dep_ == "det")
    return Quantity(kind=kind, value=1.0, qualifier="exact", object=None,
                    evidence=(document.span(art.idx, tok.idx + len(tok.text)),))


def _no_count_of_its_own(tok: Any, ntoks: list[Any], noun: Any, is_vague: bool,
                         lex: Lexicon) -> bool:
    """A number of no kind that counts nothing the event did: a vague amount ("thousands of
    students", "hundreds of troops": the size of a crowd, not a count), the parties it names
    again ("the two sides", "the two countries"), or the weapons used ("detonated two
    explosive devices")."""
    if is_vague or several_scale(ntoks[0]) or (ntoks[0].lower_ in VAGUE_SCALES):
        return True
    last = ntoks[-1]
    if last.lower_ in ("one", "1") and last.i + 1 < len(last.doc) and (
            last.doc[last.i + 1].lower_ == "of"):
        return True  # "in one of the largest rallies in years": a part, not a count
    if any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") and c.i < ntoks[0].i
           for c in noun.children):
        return True
    return lex.in_class(_lemma(noun), "weapon") or lex.in_class(_lemma(noun), "weapon_head")


def _locative(noun: Any) -> bool:
    """The noun, or the first of the conjuncts it ends, is the object of a preposition of
    place ("in three villages", "across Istanbul and 11 other provinces")."""
    node = noun
    for _ in range(3):
        if node.dep_ != "conj" or node.head == node:
            break
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ in LOCATIVE_PREPS:
        return True
    # "across Istanbul and 11 other provinces", however it is attached: a named place, then
    # more places of its kind
    first = min([noun.i] + [c.left_edge.i for c in noun.children if c.i < noun.i])
    doc = noun.doc
    return (any(c.dep_ == "amod" and c.lower_ == "other" for c in noun.children) and first > 1
            and doc[first - 1].lower_ in ("and", ",")
            and doc[first - 2].ent_type_ in ("GPE", "LOC", "FAC"))


def _number_noun(tok: Any, lex: Lexicon) -> Any | None:
    """The people a singular noun number word counts: "a pair of policemen", "a couple of
    guards", "a dozen soldiers" (the word's "of" complement or the noun it modifies, a
    person or armed noun); None for any other token."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.like_num:
        return None
    if tok.lower_ not in lex.cues["quantities"]["number_words"]:
        return None
    if tok.dep_ in ("nummod", "quantmod", "amod", "compound"):
        noun = tok.head
    else:
        of = of_objects(tok)
        if not of:
            # "killing three civilians and wounding about a dozen": the people left unsaid
            harm = tok.dep_ in ("dobj", "nsubjpass") and _harm_kind(tok.head, lex)
            return tok if harm else None
        noun = of[0]
    if noun.tag_ not in ("NNS", "NNPS") or not (people_word(noun, lex) or (
            noun.lower_ in OTHER_PEOPLE and _harm_kind(noun.head, lex))):
        return None  # ("wounding about a dozen others": people, as the verb says)
    return noun


def _harm_kind(verb: Any, lex: Lexicon) -> bool:
    """A verb that counts people as it harms or holds them ("wounding", "detained")."""
    return verb.pos_ == "VERB" and lex.cues["quantities"]["kind_by_lemma"].get(
        _lemma(verb)) in PERSON_KINDS


def _with_article(tok: Any) -> Any:
    """The article before a noun number word ("about a dozen": the qualifier is before it)."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev if prev is not None and prev.lower_ in ("a", "an") else tok


def _included(noun: Any) -> bool:
    """The noun names part of people counted just before: "killed four insurgents, including
    two women", "among them three children"."""
    if singled_out_among(noun):
        return True
    num = noun.head.head if (noun.dep_ == "pobj" and noun.head.lower_ == "of"
                             and noun.lower_ in BACK_REFERENCES) else None
    if num is not None and num.pos_ == "NUM" and (num.dep_ in ("appos", "conj") or (
            noun.lower_ == "whom" and num.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")) or (
            num.dep_ == "nsubj" and num.head.dep_ == "appos")):
        return True  # "the militants, one of them a commander", "two men, one of whom was",
        # "five fishermen, three of them minors" (read as a verbless clause of the appositive)
    node = noun
    for _ in range(3):
        head = node.head
        if head == node:
            return False
        if node.dep_ == "pobj" and head.lower_ in ("including", "among"):
            return head.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON") or head.dep_ in (
                "prep", "acl")
        node = head
    return False


def _of_them(num: Any) -> bool:
    """"Four crew members, two of them foreign nationals": a number whose "of" takes a
    pronoun for people counted before tells part of them, however the parser attached it."""
    return num.pos_ == "NUM" and any(
        c.lower_ == "of" and any(g.dep_ == "pobj" and g.lower_ in ("them", "whom", "those")
                                 for g in c.children) for c in num.children)


def _shared_object(noun: Any, trigger: Any) -> bool:
    """The noun is the object of a verb coordinated with the trigger, which has none itself."""
    verb = noun.head
    return (noun.dep_ == "dobj" and verb.dep_ == "conj" and verb.head.i == trigger.i
            and trigger.pos_ == "VERB"
            and not any(c.dep_ in ("dobj", "obj") for c in trigger.children))


def _both_counted(tok: Any, lex: Lexicon) -> Any | None:
    """What "both" counts, two of them, for any kind of count: "both guards were wounded",
    "both of the militants", "both of them", "destroyed both trucks"; None for "both X and Y"
    (a coordination, counted by its items) and for the two parties of a relation ("both
    sides", "both countries"), which are no count of victims or things."""
    if tok.lower_ != "both":
        return None
    if tok.dep_ in ("det", "predet"):
        noun = tok.head
    else:
        of = of_objects(tok)
        if len(of) != 1:
            return None
        noun = of[0]
        if noun.lower_ == "them":
            return noun
    if noun.tag_ not in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children):
        return None
    lemma = _lemma(noun)
    if people_word(noun, lex) or lemma in BOTH_THINGS or any(
            lex.in_class(lemma, c) for c in BOTH_THING_CLASSES):
        return noun
    return None


def _harmed_number(tok: Any, lex: Any) -> bool:
    """"killing 14 worshippers and injuring 40": a bare number that is the object of a verb
    of harm counts people, even where the tagger took it for a date."""
    kind = lex.cues["quantities"]["kind_by_lemma"].get(tok.head.lemma_.lower())
    return (tok.ent_type_ == "DATE" and tok.dep_ in ("dobj", "nsubjpass")
            and tok.head.pos_ == "VERB" and kind in HARM_KINDS
            and not re.match(r"^(1[89]|20)\d\d$", tok.text))
