"""Reading a number expression: its value ("1,200", "twenty-five", "2.5 million"), its
tokens around a NUM token ("two hundred"), the qualifier the words before it give ("over
130" -> more_than, "at least" -> at_least, "about" -> about), a range's lower bound ("eight to
12"), an indefinite number of a scale word ("several hundred"), and a number that is part of a
name ("the Route 9 bridge")."""

from __future__ import annotations

import re
from typing import Any

from ..records import Quantity, Span
from .argument_words import UNIT_WORDS
from .lexicon import Lexicon, load_lexicon
from .lexicon import lemma as _lemma

RANGE_WORDS = {"to", "or", "-", "–", "—"}
NUM_RE = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$")


def parse_number(tokens: list[Any], lex: Lexicon) -> float | None:
    """Value of a number written in digits or words ("1,200", "twenty-five", "2.5 million")."""
    q = lex.cues["quantities"]
    words, scales = q["number_words"], q["scale_words"]
    total, current, seen = 0.0, 0.0, False
    for t in tokens:
        w = t.lower_.replace(",", "") if NUM_RE.match(t.lower_) else t.lower_
        if re.match(r"^\d+(\.\d+)?$", w):
            current += float(w)
            seen = True
            continue
        parts = w.split("-")
        if all(p in words for p in parts) and parts != [""]:
            for p in parts:
                v = float(words[p])
                if p in scales:
                    current = max(current, 1.0) * v
                    if v >= 1000:
                        total += current
                        current = 0.0
                else:
                    current += v
            seen = True
            continue
        if w in ("and",) and seen:
            continue
        if seen:
            break
    if not seen:
        return None
    return total + current


def number_tokens(num: Any) -> list[Any]:
    """The tokens of a number expression around a NUM token ("two hundred", "1.5 million")."""
    toks = [num] + [c for c in num.children if c.dep_ in ("compound", "quantmod", "nummod")
                    and (c.like_num or c.pos_ == "NUM")]
    return sorted(toks, key=lambda t: t.i)


def number_span(toks: list[Any], doc_id: str | None) -> Span:
    """The evidence of a number expression: the text from its first token to its last."""
    a, b = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return Span(a, b, toks[0].doc.text[a:b], doc_id)


def count_quantity(num: Any, kind: str, lex: Lexicon, doc_id: str | None) -> Quantity | None:
    """A count of `kind` read off the number expression around the NUM token `num`, with the
    qualifier of the words before it ("at least 12"); None where it has no value."""
    toks = number_tokens(num)
    value = parse_number(toks, lex)
    if value is None:
        return None
    return Quantity(kind=kind, value=value, qualifier=qualifier_for(toks[0], lex), object=None,
                    evidence=(number_span(toks, doc_id),))


def qualifier_for(first: Any, lex: Lexicon) -> str:
    doc = first.doc
    before = " ".join(t.lower_ for t in doc[max(first.sent.start, first.i - 4):first.i])
    before = " " + before + " "
    best, best_len = "exact", 0
    for qual, phrases in lex.cues["quantities"]["qualifiers"].items():
        for p in phrases:
            p = str(p)
            if before.endswith(" " + p + " ") and len(p) > best_len:
                best, best_len = qual, len(p)
    return best


def range_start(ntoks: list[Any]) -> list[Any] | None:
    """The lower bound's tokens of a range ("eight to 12", "10-15"), else None."""
    doc = ntoks[0].doc
    for t in doc[ntoks[0].i:ntoks[-1].i + 1]:
        dash = t.lower_ in ("-", "–", "—")
        if t.lower_ in RANGE_WORDS and t.i > ntoks[0].i and (
                not dash or (doc[t.i - 1].is_digit and t.i + 1 < len(doc)
                             and doc[t.i + 1].is_digit)):
            low = [x for x in ntoks if x.i < t.i]
            return low or None
    j = ntoks[-1].i
    if (j + 2 < len(doc) and doc[j].is_digit and doc[j + 1].lower_ in ("-", "–", "—")
            and doc[j + 2].is_digit):
        return ntoks  # "10-15 suspects", the upper bound parsed apart
    return None


def between_upper(num: Any) -> Any | None:
    """The upper bound of "between 20 and 30" (the number token after "and"), where `num` is
    the lower one, right after "between" (a quotation mark may stand between); else None."""
    doc = num.doc
    k = num.i - 1
    while k >= 0 and doc[k].is_quote:
        k -= 1
    if k < 0 or doc[k].lower_ != "between":
        return None
    j = num.i + 1
    while j < len(doc) and (doc[j].head.i == num.i and doc[j].dep_ in ("compound", "quantmod")
                            or doc[j].lower_ in ("hundred", "thousand", "million")):
        j += 1
    if j + 1 < len(doc) and doc[j].lower_ == "and" and (doc[j + 1].like_num
                                                         or doc[j + 1].pos_ == "NUM"):
        return doc[j + 1]
    return None


def between_lower(num: Any) -> Any | None:
    """The lower bound of "between 20 and 30" where `num` is the upper one (the parser may
    hang the counted noun on it: "put the toll at between 25 and 30 dead"); else None."""
    doc = num.doc
    for k in range(max(0, num.i - 5), num.i):
        if (doc[k].like_num or doc[k].pos_ == "NUM") and (
                (up := between_upper(doc[k])) is not None and up.i == num.i):
            return doc[k]
    return None


def several_scale(num: Any) -> bool:
    """"several hundred", "a few thousand": an indefinite number of a scale word."""
    doc = num.doc
    if num.lower_ not in ("hundred", "thousand", "million") or num.i == 0:
        return False
    before = doc[num.i - 1].lower_
    return before in ("several", "few") and not (
        before == "few" and num.i > 1 and doc[num.i - 2].lower_ not in ("a",))


def unit_number(num: Any) -> bool:
    """A number right before a unit word written as a name ("the 444 Brigade", "the 5
    Commando Regiment"): the unit's name, not a count of units."""
    doc = num.doc
    nxt = doc[num.i + 1] if num.i + 1 < len(doc) else None
    return (num.like_num and nxt is not None and num.head.i >= nxt.i and nxt.is_title
            and nxt.tag_ in ("NN", "NNP") and nxt.lower_ in UNIT_WORDS)


def inside_name(num: Any) -> bool:
    """A number between a proper name and the singular noun it modifies is part of the name
    ("destroyed the Marywilska 44 centre", "on the Route 9 bridge"), not a count; so is a
    unit's number (`unit_number`)."""
    if unit_number(num):
        return True
    doc = num.doc
    before = doc[num.i - 1] if num.i > 0 else None
    if before is None or before.tag_ != "NNP" or before.ent_type_ == "DATE" or \
            num.dep_ not in ("nummod", "compound"):
        return False
    if num.head.i == before.i:  # "Route 9" hung on "Route"
        return before.head.i > num.i and before.head.tag_ == "NN"
    return num.head.i > num.i and num.head.tag_ == "NN" and before.head.i == num.head.i


# hyphenated words after a number that still count people or a length ("a 10-man patrol",
# "a 200-strong crowd", "a two-day strike", "a 14-year-old girl": read elsewhere)
_COUNTING_COMPOUNDS = {"year", "month", "week", "day", "hour", "minute", "strong", "member",
                       "man", "men", "woman", "women", "person", "people", "odd"}


def hyphen_modifier(num: Any) -> bool:
    """A number inside a hyphenated modifier ("two four-wheel-drive vehicles", "a
    three-storey building", "a two-point plan"): it describes the thing, it counts nothing."""
    doc = num.doc
    i = num.i
    if num.whitespace_ or i + 2 >= len(doc) or doc[i + 1].text != "-":
        return False
    nxt = doc[i + 2]
    return (not doc[i + 1].whitespace_ and nxt.is_alpha and not nxt.like_num
            and nxt.lower_ not in _COUNTING_COMPOUNDS)


# a weapon's model name, letters then digits ("AK-47", "M16", "RPG-7", "M-16", "AK-47s")
MODEL_RE = re.compile(r"^[A-Z][A-Za-z]*-?\d[\dA-Za-z.]*$")


def model_name(tok: Any) -> bool:
    """A weapon's model name the parser may read as a number ("eight AK-47 rifles"): it
    counts nothing. Only before a weapon word (its head, or a head above a chain of
    compounds: "AK-47 assault rifles"); "M23 rebels", "G7 leaders", "COVID-19 cases" are
    other names."""
    if not MODEL_RE.match(tok.text) or tok.like_num:
        return False
    lex = load_lexicon()
    node = tok
    while node.head.i > node.i and node.dep_ in ("compound", "nummod", "amod", "nmod"):
        node = node.head
        if any(lex.in_class(_lemma(node), c) for c in ("weapon", "weapon_head")):
            return True
    return False


def counted_through_model(num: Any) -> Any | None:
    """"six AK-47 rifles", "8 AK-47 rifles": the numeral right before a model name counts the
    noun the name modifies (the parser hangs the numeral on the name); None otherwise."""
    name = num.head
    if not (num.like_num and num.dep_ in ("compound", "nummod") and name.i == num.i + 1
            and model_name(name) and name.dep_ in ("nummod", "compound")):
        return None
    return name.head if name.head.pos_ in ("NOUN", "PROPN") and name.head.i > name.i else None


def range_bounds(q: Quantity, doc: Any, lex: Lexicon) -> list[Quantity]:
    """A count read off the lower number of "between 20 and 30" as its two bounds (at least
    20, at most 30: "put the toll at between 25 and 30 dead"); the count alone otherwise."""
    start = q.evidence[0].start if q.evidence else None
    num = next((t for t in doc if t.idx == start), None)
    lower = between_lower(num) if num is not None else None
    if lower is not None:  # the count was read off the upper number: its range from the lower
        low = parse_number(number_tokens(lower), lex)
        if low is not None and low < q.value:
            a, b = number_tokens(lower)[0].idx, q.evidence[0].end
            q = Quantity(kind=q.kind, value=low, qualifier=q.qualifier, object=q.object,
                         evidence=(Span(a, b, doc.text[a:b], q.evidence[0].document_id),))
            num = lower
    upper = between_upper(num) if num is not None else None
    high = parse_number(number_tokens(upper), lex) if upper is not None else None
    if high is None or high <= q.value:
        return [q]
    return [Quantity(kind=q.kind, value=q.value, qualifier="at_least", object=q.object,
                     evidence=q.evidence),
            Quantity(kind=q.kind, value=high, qualifier="at_most", object=q.object,
                     evidence=q.evidence)]



def digits_restated(num: Any) -> bool:
    """A number in digits in brackets right after the same number in words ("nineteen (19)
    terrorists", "four (4) soldiers", the way many communiqués write counts): the words told
    again, no second count."""
    doc = num.doc
    i = num.i
    if not (num.text.isdigit() and 2 <= i and i + 1 < len(doc) and doc[i - 1].text == "("
            and doc[i + 1].text == ")"):
        return False
    words = _words_before(doc, i - 2)
    if not words:
        return False
    value = parse_number(words, load_lexicon())
    return value is not None and value == float(num.text)


def _words_before(doc: Any, last: int) -> list[Any]:
    """The run of number words ending at `last` ("twenty-four", "one hundred and five"), its
    hyphens left out; empty where `last` is no number word."""
    def word(t: Any) -> bool:
        return t.like_num and not t.text.isdigit()
    j = last
    while j >= 0 and (word(doc[j]) or doc[j].text in ("-", "and") and j > 0 and j < last
                      and word(doc[j - 1])):
        j -= 1
    return [t for t in doc[j + 1:last + 1] if t.text != "-"]


def noun_after_digits(num: Any) -> Any | None:
    """The noun "nineteen (19) terrorists" counts, for the words however the parser hung them
    on it (as a modifier of any kind); None where no digits restate `num` before its head."""
    doc = num.doc
    i = num.i + 2
    if i + 2 > len(doc) or not digits_restated(doc[i]):
        return None
    head = num.head.head if num.head.i == i else num.head  # "three" hung on the "3"
    return head if head.i == i + 2 and head.pos_ in ("NOUN", "PROPN") else None
