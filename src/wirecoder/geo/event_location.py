"""Where an event happened: the place named in the event's own clause, not the document's first.

Ranking of the toponyms inside the event's sentence:
1. a place in a locative prepositional phrase ("in/at/near/through X") whose head chain
   reaches the trigger without crossing another clause (the shortest path wins);
2. a place anywhere in the trigger's subtree;
3. a place in a locative phrase of a clause the event's clause hangs under ("hit a bus in
   Donetsk, killing 8"), not of a coordinate clause with its own date ("held towns in Syria
   but lost its last base in 2019") nor of another branch of the sentence;
otherwise none. Never the event's place: an adjective, a place inside an organisation's name,
a plural people name ("the Serbs"), the doer of a verb ("Turkey captured", "seized by
France") and a country name modifying a noun ("U.S. troops"). "of" after a share or a stretch
("half of X", "the jungles of X") or before a locative phrase ("at the gate of a X hotel")
passes the phrase on. The place keeps its own precision; the toponym's modifier ("southern",
"near") is reported on the toponym, not on the coordinates.
"""

from __future__ import annotations

from typing import Any

from ..records import Analysis, Place, Span, Toponym

LOCATIVE = frozenset("in at near outside inside across throughout around within into on "
                     "from onto off along over outskirts between through beyond behind beside "
                     "alongside aboard towards toward past via beneath amid".split())
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


# nouns naming a share or a stretch of what follows "of": "half of Zaire", "parts of Syria"
PARTITIVE = frozenset("""half third quarter percent per cent much most part parts rest majority
portion swathes swaths swath stretch section sections side sides some all many areas area
corner corners edge edges heart centre center middle outskirts jungles jungle mountains hills
desert square streets""".split())
SUBJECT_DEPS = frozenset(("nsubj",))


def _people(tok: Any) -> bool:
    """A plural people name ("the Serbs", "Albanians"), tagged NORP: people, not a place."""
    return tok.ent_type_ == "NORP" and tok.tag_ in ("NNPS", "NNS")


def _actor(tok: Any) -> bool:
    """The place is the doer of a verb ("Turkey captured the island", "captured by the
    Serbs"): a state or people acting, not where anything happened."""
    if tok.dep_ in SUBJECT_DEPS and tok.head.pos_ in ("VERB", "AUX"):
        return True
    return (tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ == "agent")


def _country_modifier(tok: Any, t: Toponym) -> bool:
    """A country name modifying a noun ("U.S. troops", "a US patrol", "US-led strikes") says
    whose, like "American", not where."""
    if t.place is None or t.place.precision not in ("country", "region"):
        return False
    if tok.dep_ not in ("compound", "npadvmod", "nmod", "amod"):
        return False
    head = tok.head
    while head.dep_ in ("compound", "amod", "npadvmod", "nmod") and head.head.i != head.i:
        if head.lemma_.lower() in PLACE_NOUNS:
            break
        head = head.head
    return head.lemma_.lower() not in PLACE_NOUNS


def _prep_of(tok: Any, trig: Any) -> str | None:
    """The preposition that ties the place to the clause: stops at the trigger; an "of" after
    a share or stretch ("half of X", "the jungles of X") or before a further locative
    preposition ("in the centre of X") is passed over."""
    cur = tok
    seen_of = False
    for _ in range(8):
        if cur.i == trig.i:
            break
        if cur.dep_ == "prep":
            if cur.lower_ == "of" and (_place_of(cur) or cur.head.lemma_.lower() in PARTITIVE
                                       or cur.head.pos_ == "NUM"):
                pass
            elif cur.lower_ == "of":
                seen_of = True
            else:
                if seen_of and cur.lower_ not in LOCATIVE:
                    return "of"
                return cur.lower_
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return "of" if seen_of else None


def _own_time(conj: Any) -> bool:
    """The coordinated clause carries its own date ("... and in 2019 lost ...")."""
    for c in conj.children:
        if c.ent_type_ in ("DATE", "TIME") and c.dep_ in ("npadvmod", "tmod"):
            return True
        if c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.children):
            return True
    return False


def _clause_head(tok: Any) -> Any:
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _inherited(tok: Any, trig: Any) -> bool:
    """A place in another clause's locative phrase carries to the event only when the event's
    clause hangs under that clause as a subordinate ("hit a bus in Donetsk, killing 8"), not
    a coordinate clause ("controlled territory in Syria but lost ...") nor another branch."""
    head = _clause_head(tok)
    cur = trig
    for _ in range(12):
        if cur.i == head.i:
            return True
        if cur.dep_ == "conj" and _own_time(cur):
            return False
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False




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
            if (tok is None or tok.pos_ == "ADJ" or _inside_org(doc, tok, t) or _people(tok)
                    or _actor(tok) or _country_modifier(tok, t)):
                # "Syrian forces", "the Syrian Arab Army", "the Serbs", "Turkey captured",
                # "U.S. troops": whose or who, not where the event happened
                continue
            path = _path(tok, trig)
            prep = _prep_of(tok, trig)
            locative = prep in LOCATIVE or t.modifier is not None
            spec = _SPECIFIC.get(t.place.precision if t.place else "unknown", 3)
            # a possessor contains the possessed ("Mogadishu's Yaqshid district"): one step
            # further from the event than the place it owns
            steps = (path[0] if path is not None else 0) + (tok.dep_ == "poss")
            if path is not None and locative and not path[1]:
                key = (0, spec, steps, t.span.start)
            elif path is not None and (locative or prep is None) and prep not in NON_PLACE_PREP:
                key = (1, spec, steps + (3 if path[1] else 0), t.span.start)
            elif locative and _inherited(tok, trig):
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
