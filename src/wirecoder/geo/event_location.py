"""Where an event happened: the place named in the event's own clause, not the document's first.

Ranking of the toponyms inside the event's sentence:
1. a place in a locative prepositional phrase ("in/at/near/outside X") whose head chain reaches
   the trigger without crossing another clause (the shortest path wins);
2. a place anywhere in the trigger's subtree;
3. a place in a locative phrase elsewhere in the sentence, nearest the trigger;
otherwise none. The place keeps its own precision; the toponym's modifier ("southern",
"near") is reported on the toponym, not on the coordinates.
"""

from __future__ import annotations

from typing import Any

from ..records import Analysis, Place, Span, Toponym

LOCATIVE = frozenset("in at near outside inside across throughout around within into on "
                     "from onto off along over outskirts between".split())
CLAUSE_DEPS = frozenset(("ccomp", "advcl", "relcl", "acl", "xcomp", "csubj", "parataxis"))
NON_PLACE_PREP = frozenset(("of", "with", "by", "for", "to", "against", "about"))
# within one rank, the most specific place wins ("the West Bank city of Nablus" -> Nablus)
_SPECIFIC = {"point": 0, "city": 1, "admin2": 2, "unknown": 2, "admin1": 3, "region": 4,
             "country": 5}
# a place in the sentence that no parse link ties to the event: off (on the dev set it adds
# recall but costs sentence accuracy, 59.2 -> 57.6; the events stage may fall back itself)
ANY_PLACE_FALLBACK = False
PLACE_NOUNS = frozenset("""city town village province district region area outskirts suburb
suburbs capital county state neighborhood neighbourhood camp governorate municipality
countryside vicinity border island port streets street parts part centre center heart
villages towns cities neighborhoods neighbourhoods""".split())


def _inside_org(doc: Any, tok: Any, t: Toponym) -> bool:
    """The toponym lies inside a longer ORG/NORP entity, or is a NORP word modifying a noun
    ("Syrian forces"); a place the tagger merely mislabelled ("in Harare" as ORG) is not."""
    if tok.ent_type_ not in ("NORP", "ORG"):
        return False
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end:
            if ent.start_char < t.span.start or ent.end_char > t.span.end:
                return True
            return ent.label_ == "NORP" and tok.dep_ in ("amod", "compound", "nmod")
    return False


def _token_at(doc: Any, start: int, end: int) -> Any | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _place_of(tok: Any) -> bool:
    """"of" after a place noun ("the city of Mosul"): the phrase is still the place."""
    return tok.lower_ == "of" and tok.head.lemma_.lower() in PLACE_NOUNS


def _path(tok: Any, trigger: Any, limit: int = 12) -> tuple[int, bool, str | None] | None:
    """Steps from tok up to trigger, whether a clause boundary is crossed, the first prep."""
    steps, crossed, prep = 0, False, None
    cur = tok
    while steps < limit:
        if cur.i == trigger.i:
            return steps, crossed, prep
        if cur.dep_ == "prep" and prep is None and not _place_of(cur):
            prep = cur.lower_
        if cur.dep_ in CLAUSE_DEPS and steps > 0:
            crossed = True
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        steps += 1
    return None


def _prep_of(tok: Any) -> str | None:
    cur = tok
    for _ in range(6):
        if cur.dep_ == "prep" and not _place_of(cur):
            return cur.lower_
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def choose_toponym(doc: Any, toponyms: list[Toponym], trigger: Span, sentence: Span,
                   ) -> Toponym | None:
    """The toponym that tells where the event at `trigger` happened (None: not stated)."""
    inside = [t for t in toponyms if sentence.start <= t.span.start and t.span.end <= sentence.end]
    if not inside:
        return None
    trig = _token_at(doc, trigger.start, trigger.end) if doc is not None else None
    best: tuple[tuple, Toponym] | None = None
    for t in inside:
        key: tuple[int, ...]
        if trig is None:
            key = (3, 0, abs(t.span.start - trigger.start))
        else:
            tok = _token_at(doc, t.span.start, t.span.end)
            if tok is None or tok.pos_ == "ADJ" or _inside_org(doc, tok, t):
                # "Syrian forces", "the Syrian Arab Army": an adjective or a place inside an
                # organisation's name is not where the event happened
                continue
            path = _path(tok, trig)
            prep = _prep_of(tok)
            locative = prep in LOCATIVE or t.modifier is not None
            spec = _SPECIFIC.get(t.place.precision if t.place else "unknown", 3)
            if path is not None and locative and not path[1]:
                key = (0, spec, path[0], t.span.start)
            elif path is not None and (locative or prep is None) and prep not in NON_PLACE_PREP:
                key = (1, spec, path[0] + (3 if path[1] else 0), t.span.start)
            elif locative:
                key = (2, spec, abs(t.span.start - trigger.start))
            elif ANY_PLACE_FALLBACK:
                key = (3, spec, abs(t.span.start - trigger.start))
            else:
                continue
        if best is None or key < best[0]:
            best = (key, t)
    return best[1] if best else None


def event_location(analysis: Analysis, trigger: Span, sentence: Span) -> Place | None:
    """The place of the event whose trigger is `trigger`, with the toponym as its evidence."""
    chosen = choose_toponym(analysis.doc, list(analysis.toponyms), trigger, sentence)
    if chosen is None:
        return None
    if chosen.place is None:
        return Place(name=chosen.span.text, country=None, precision="unknown",
                     evidence=(chosen.span,))
    return chosen.place
