"""Where an event happened: the place named in the event's own clause, not the document's first.

Ranking of the toponyms inside the event's sentence (plus proper names recognition left out
that the event's own locative phrase marks as places: "in the village of X", "at the X
market", a name the gazetteer knows; resolved when the gazetteer knows them):
1. a place in a locative prepositional phrase ("in/at/near/through X", "to X" after a verb of
   motion) whose head chain reaches the trigger without crossing another clause (the shortest
   path wins);
2. a place anywhere in the trigger's subtree, not a bare name inside another verb's clause;
3. a place in a locative phrase, or the object, of a clause the event's clause hangs under
   ("hit a bus in Donetsk, killing 8") or is coordinated with, not across a coordinate clause
   with its own date ("held towns in Syria ... but lost its last base in 2019") nor from
   another branch of the sentence;
otherwise none. Never the event's place: an adjective, a place inside an organisation's name,
a plural people name ("the Serbs"), where the hurt were taken or treated ("taken to a
hospital in X"), where a report of a non-statement event was made ("..., the minister told a
news conference in X"), for a statement what it answers ("expelled the attache after a strike
on X"), the doer of a verb ("Turkey captured", "seized by
France"), a country name modifying a noun ("U.S. troops"), the possessor of what is no place
("Syria's army"), "from X" (an origin or a source) and the country across "the border
with X". "of" after a share or a stretch ("half
of X", "the jungles of X") or before a locative phrase ("at the gate of a X hotel") passes the
phrase on; a possessor ranks after the place it owns ("Mogadishu's Yaqshid district").
An area that only seats the doer ("Police in X province used tear gas ... in the town of
Y") gives way to a town inside it the act's clauses name; a clause that reaches a list of
names from afar takes the list's first; a measure "covering" an area holds there.
With no place in the sentence, an event its subject spreads over a whole country
("nationwide", "across the country") takes that country (`geo.nationwide`).
The place keeps its own precision; the toponym's modifier ("southern", "near") is reported on
the toponym, not on the coordinates.
The parse tests live in `geo.place_parse`, the names recognition left out in
`geo.missed_names`, the reasons against a toponym for the events stage's fallbacks in
`geo.not_the_place`.
"""

from __future__ import annotations

import re
from typing import Any

from ..language import span_root
from ..records import Analysis, Place, Span, Toponym
from ..time.lexicon import LASTING_STATE_VERBS
from .bearing_names import second_route_end
from .fallback import COMPASS_PART
from .home_base import home_base
from .missed_names import missed_place_names
from .nationwide import nationwide_place
from .place_parse import (LOCATIVE, NON_PLACE_PREP, PLACE_NOUNS, PLACE_OR_SITE, _actor,
                          _country_modifier, _inherited, _inside_org, _motion, _object_place,
                          _path, _people, _prep_of, addressee_seat, between_parties,
                          care_destination, in_occasion, in_reported_clause, neighbour, noun_in,
                          possessor_not_place, said_there)
from .place_words import NATURAL_REGION_WORDS
from .speaker_seat import speaker_seat

# within one rank, the most specific place wins ("the West Bank city of Nablus" -> Nablus)
_SPECIFIC = {"point": 0, "city": 1, "admin2": 2, "unknown": 2, "admin1": 3, "region": 4,
             "country": 5}
# a sea, a gulf or an ocean: where at sea the text says by the land place beside it
WATERS = frozenset(("SEA", "OCN", "BAY", "GULF", "STRT"))
# a place in the sentence that no parse link ties to the event: off (on the dev set it adds
# recall but costs sentence accuracy, 59.2 -> 57.6; the events stage may fall back itself)
ANY_PLACE_FALLBACK = False


def choose_toponym(doc: Any, toponyms: list[Toponym], trigger: Span, sentence: Span,
                   gazetteer: Any = None, statement: bool = False) -> Toponym | None:
    """The toponym that tells where the event at `trigger` happened (None: not stated). For a
    `statement` (an accusation, an appeal), not a place in what it reports or asks for
    ("accused X of shelling a hospital in Kharkiv": `in_reported_clause`)."""
    inside = [t for t in toponyms if sentence.start <= t.span.start and t.span.end <= sentence.end]
    trig = span_root(doc, trigger.start, trigger.end) if doc is not None else None
    if trig is not None:
        countries = frozenset(t.place.country for t in toponyms
                              if t.place is not None and t.place.country)
        inside += missed_place_names(doc, inside, trig, sentence, gazetteer, countries,
                                     focus=_focus_place(toponyms))
    if not inside:
        return None
    keyed: list[tuple[tuple, Toponym, Any]] = []
    for t in inside:
        key: tuple[int, ...]
        tok = None
        if trig is None:
            key = (3, 0, abs(t.span.start - trigger.start))
        else:
            tok = span_root(doc, t.span.start, t.span.end)
            if (tok is None or tok.pos_ == "ADJ" or _inside_org(doc, tok, t, gazetteer)
                    or _people(tok) or _actor(tok) or _country_modifier(tok, t) or neighbour(t)
                    or between_parties(tok, t)):
                # "Syrian forces", "the Syrian Arab Army", "the Serbs", "Turkey captured",
                # "U.S. troops": whose or who, not where the event happened; "the border
                # with X": the other side
                continue
            if possessor_not_place(tok, t, inside, gazetteer):
                continue  # "Australia's embassy", "Japan's military": whose, not where
            if home_base(tok, trig):
                continue  # "blamed the attack on X, a group based in Y": X's home, not where
            if statement and (in_reported_clause(tok, trig) or in_occasion(tok, trig)
                              or addressee_seat(tok, trig) or _told_of_a_noun(tok, trig)):
                continue
            if not statement and (said_there(tok, trig) or speaker_seat(tok, trig)):
                # "..., the minister told a news conference in X", "a source in X said":
                # where it was said
                continue
            if care_destination(tok, trig):
                continue  # "wounded and taken to a hospital in X": where they were cared for
            path = _path(tok, trig)
            prep = _prep_of(tok, trig)
            locative = prep in LOCATIVE or t.modifier is not None
            if prep == "to" and path is not None and not path[1] and _motion(tok, trig):
                locative = True  # "returned to Saigon"
            if prep in ("to", "from") and _route_end(tok):
                locative = True  # "struck a convoy on the road to X": on X's approaches
            if prep is None and path is not None and path[1] and _covered(tok, trig):
                locative, path = True, (path[0], False, None)  # "a curfew covering X"
            spec = _SPECIFIC.get(t.place.precision if t.place else "unknown", 3)
            if t.place is not None and t.place.feature_code in WATERS:
                spec = _SPECIFIC["country"] + 1  # "in the Bay of X near Y Island": at Y
            elif spec < _SPECIFIC["admin2"] and t.span.text.split()[-1].lower() \
                    in NATURAL_REGION_WORDS:
                # "a hideout in the X Mountains near Y": a stretch of land, which the town
                # it lies near places more narrowly (still before a province)
                spec = _SPECIFIC["admin2"]
            # a possessor contains the possessed ("Mogadishu's Yaqshid district"): after any
            # place of the same rank and precision that is no possessor
            steps = (path[0] if path is not None else 0) + 100 * (tok.dep_ == "poss")
            if path is not None and locative and not path[1]:
                key = (0, spec, steps, t.span.start)
            elif path is not None and (locative or prep is None) and prep not in NON_PLACE_PREP \
                    and (locative or not path[1]):
                # a bare name inside another verb's clause under the trigger ("an operation
                # targeting a Haqqani leader") is that verb's argument, not the event's place
                key = (1, spec, steps + (3 if path[1] else 0), t.span.start)
            elif locative and _inherited(tok, trig):
                key = (2, spec, abs(_listed_at(tok, t) - trigger.start))
            elif prep is None and _object_place(tok) and _inherited(tok, trig):
                # "struck the Idlib governorate, killing 50": the place the governing verb acts on
                key = (2, spec, abs(_listed_at(tok, t) - trigger.start))
            elif ANY_PLACE_FALLBACK:
                key = (3, spec, abs(t.span.start - trigger.start))
            else:
                continue
        keyed.append((key, t, tok))
    if trig is not None:
        keyed = _located_places(keyed, trig)
        keyed = _seat_gives_way(keyed, trig)
        keyed = _placed_in_area(keyed, doc.text)
        keyed = [k for k in keyed if not any(  # "on the road between A and B": at A
            second_route_end(doc.text, (o.span.start, o.span.end),
                             (k[1].span.start, k[1].span.end)) for _, o, _ in keyed)]
    if any(not reference_point(t) and not _area_around(t, keyed) and t.place is not None
           for _, t, _ in keyed):
        # "in the town of X, south of Y": Y only says where X lies (an area that holds Y,
        # "40 km north of Y in Z province", leaves Y the nearest named point)
        keyed = [k for k in keyed if not reference_point(k[1])]
    best = min(keyed, key=lambda k: k[0], default=None)
    return best[1] if best else None


def _focus_place(toponyms: list[Toponym]) -> Place | None:
    """The first town or province the text names in the country it names most: where a
    name the gazetteer lacks is placed (as `resolve` places one)."""
    known = [t.place for t in toponyms if t.place is not None and t.place.geonameid
             and t.place.country and t.place.precision in ("city", "admin2", "admin1")]
    if not known:
        return None
    counts: dict[str, int] = {}
    areas: dict[tuple[str, str], int] = {}
    for p in known:
        counts[p.country or ""] = counts.get(p.country or "", 0) + 1
        if p.admin1:
            areas[(p.country or "", p.admin1)] = areas.get((p.country or "", p.admin1), 0) + 1
    top = max(counts, key=lambda c: counts[c])
    # in that country, the province it names most (a dateline capital named once gives way
    # to the province the story's towns lie in)
    mine = [a for a in areas if a[0] == top]
    area = max(mine, key=lambda a: areas[a]) if mine else None
    return next((p for p in known if p.country == top and area is not None
                 and (p.country, p.admin1) == area and areas[area] > 1),
                next(p for p in known if p.country == top))


_COMPASS = ("north", "south", "east", "west")


def reference_point(t: Toponym) -> bool:
    """The toponym follows a compass bearing ("north of X", "southwest of X"): a point that
    says where another place lies, the event's place only when the sentence names no other."""
    mod = t.modifier or ""
    return mod.endswith(" of") and mod.startswith(_COMPASS)


ROUTE_NOUNS = frozenset("road highway route motorway track".split())


def _route_end(tok: Any) -> bool:
    """The name ends a route the event happened on ("on the road to the city of X", "along
    the highway from X"): the place the route leads to or from is the nearest named one."""
    cur = tok
    for _ in range(4):
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and noun_in(cur.head.head, PLACE_NOUNS):
            cur = cur.head.head  # "the city of X"
            continue
        break
    prep = cur.head if cur.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("to", "from") or prep.dep_ != "prep":
        return False
    # the route the phrase hangs on, or the one right before it ("attacked a bus on the
    # highway | to X", the parser tying "to X" to the verb)
    road = prep.head if prep.head.lemma_.lower() in ROUTE_NOUNS else (
        prep.doc[prep.i - 1] if prep.i > 0 else prep)
    return road.lemma_.lower() in ROUTE_NOUNS and road.dep_ == "pobj" \
        and road.head.lower_ in ("on", "along")


def _area_around(t: Toponym, keyed: list) -> bool:
    """`t` is an area that holds a reference point of the same event."""
    return t.place is not None and t.place.precision in ("admin1", "admin2", "country") \
        and any(reference_point(r) and holds(t.place, r.place) for _, r, _ in keyed)


def _located_places(keyed: list, trig: Any) -> list:
    """A place whose locative phrase hangs on another place of the event ("raided the town
    of X in Y province", "stormed X near Y") tells where that place lies, as does an area of
    the event's locative phrase that holds a place the event's clause names ("raided the town
    of X in Y state" read with "in Y" on the verb, X in Y by the gazetteer): the located place
    (X) ranks with its locator, and the more specific of the two wins."""
    out = []
    for key, t, tok in keyed:
        if tok is not None and key[0] > 0:
            for other_key, o, other in keyed:
                if other is None or other_key[0] != 0 or other.i == tok.i:
                    continue
                # the noun the name stands on: itself, or "town" of "the town of X"
                nodes = {tok.i}
                if tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                        and noun_in(tok.head.head, PLACE_OR_SITE):
                    nodes.add(tok.head.head.i)
                if any(a.i in nodes for a in _up_to(other, trig)) or (
                        key[0] == 1 and _own_clause(tok, trig) and holds(o.place, t.place)):
                    key = (0,) + tuple(key[1:3]) + (t.span.start,)
                    break
        out.append((key, t, tok))
    return out


def _told_of_a_noun(tok: Any, trig: Any) -> bool:
    """The place lies in a relative clause on a noun below the statement ("summoned the
    envoy to protest against a drone strike that killed three men near X"): the clause tells
    another event, where that happened, not where the statement was made. Not a clause that
    only says where someone is ("the official, who works at the liaison office in X")."""
    for node in _up_to(tok, trig):
        if node.dep_ == "relcl" and node.head.i != trig.i:
            return node.lemma_.lower() not in _WHEREABOUTS
    return False


# verbs of a clause that says where someone or something is, not what happened there
_WHEREABOUTS = LASTING_STATE_VERBS | {"work", "be", "serve", "sit"}


# verbs by which a measure or a state names the area it spans ("a state of emergency
# covering the X region", "a curfew spanning A and B districts")
_SPANNING = frozenset(("cover", "span", "encompass"))


def _covered(tok: Any, trig: Any) -> bool:
    """The name is (in) the object of a participle that says what area the event at `trig`
    spans ("extended a state of emergency covering the X region"): where it holds."""
    node = tok
    while node.dep_ in ("compound", "amod", "nmod", "conj", "appos") and node.head.i != node.i:
        node = node.head
    verb = node.head
    return node.dep_ == "dobj" and verb.dep_ == "acl" and verb.head.i == trig.i \
        and verb.lemma_.lower() in _SPANNING


def _listed_at(tok: Any, t: Toponym) -> int:
    """Where the list a name is coordinated in begins ("in the A and B districts, ... and
    looted shops": B counts from A), so that a clause the phrase reaches from afar takes the
    first name of the list, not the one written nearest to it."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i and first.head.i < first.i:
        first = first.head
    return first.idx if first.i != tok.i else t.span.start


def _seat_gives_way(keyed: list, trig: Any) -> list:
    """"Police in X province used tear gas to break up a protest in the town of Y": an area
    that only seats the doer (the locative hangs on the trigger's subject) names where the
    doer serves; a finer place inside it (by the gazetteer) that the trigger's clauses name
    is where the act was, and takes the seat's rank."""
    seats = [(k, o) for k, o, tok in keyed if tok is not None and k[0] == 0 and o.place is not None
             and o.place.precision in ("admin1", "region") and _subject_seat(tok, trig)]
    out = []
    for key, t, tok in keyed:
        if key[0] > 0 and tok is not None and t.place is not None and any(
                holds(o.place, t.place) for _, o in seats) and _path(tok, trig) is not None:
            key = (0,) + tuple(key[1:3]) + (t.span.start,)
        out.append((key, t, tok))
    return out


def _subject_seat(tok: Any, trig: Any) -> bool:
    """The place hangs on the trigger's subject ("Police in X used ...")."""
    chain = _up_to(tok, trig)
    return bool(chain) and chain[-1].dep_ in ("nsubj", "nsubjpass")


# the nouns of an administrative area after its name ("in X, in Y state")
_AREA_NOUNS = frozenset(("state", "province", "county", "district", "region", "governorate",
                         "prefecture", "department", "municipality"))
# (a site's noun may stand between: "the X gas field in Iraq's Y region", "the X camp in Y
# state"; a possessor before the area: "in Nigeria's Y state")
_IN_AREA = re.compile(r"\s*(?:(?:[a-z]+\s+)?(?:" + "|".join(sorted(PLACE_OR_SITE)) + r")\s*)?"
                      r",?\s*in\s+(?:the\s+)?(?:" + COMPASS_PART + r"\s+)?"
                      r"(?:(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+)?"
                      # a bearing inside the area: "in Mali's central Y region"
                      r"(?:" + COMPASS_PART + r"\s+)?$")


def in_named_area(text: str, inner: Span, outer: Span) -> bool:
    """"in Mbala, in Kwendo state", "the village of Tiro in Aru county": the name `outer`,
    with its area noun, follows the name `inner` and says where it lies."""
    if outer.start <= inner.end or not _IN_AREA.match(text[inner.end:outer.start]):
        return False
    words = text[outer.start:outer.end].lower().split()
    after = text[outer.end:outer.end + 20].split()
    # the noun inside the name's span ("Kwendo state") or after it ("North Kivu province")
    noun = words[-1] if len(words) > 1 and words[-1] in _AREA_NOUNS else (
        after[0].strip(",.;") if after else "")
    return noun in _AREA_NOUNS and text[inner.start:inner.end].split()[-1].lower() \
        not in _AREA_NOUNS


def _placed_in_area(keyed: list, text: str) -> list:
    """"killed eight people in Mbala, in Kwendo state": a named area with its area noun right
    after another place name says where that place lies; the parser may hang the area on the
    verb and the town deeper, on the attack's object. The town takes the area's rank."""
    out = list(keyed)
    for key, t, tok in keyed:
        for other_key, o, _ in keyed:
            if o is t or not any(k[1] is o for k in out) or not any(k[1] is t for k in out) \
                    or not in_named_area(text, t.span, o.span):
                continue
            best = min(key, other_key)
            if t.place is None and o.place is not None and o.place.country:
                # an unknown name lies in the area written after it: its country and province
                t = Toponym(span=t.span, score=t.score, modifier=t.modifier, place=Place(
                    name=t.span.text, country=o.place.country, precision="city",
                    admin1=o.place.admin1, lat=o.place.lat, lon=o.place.lon,
                    evidence=(t.span,)))
            new = ((best[0], key[1]) + tuple(best[2:-1]) + (t.span.start,), t, tok)
            out = [new if k[1].span == t.span else k for k in out if k[1] is not o]
            break
    return out


def _own_clause(tok: Any, trig: Any) -> bool:
    """The name hangs on the trigger without crossing into another clause ("detained them
    in X province while pursuing a leader in Y district": Y is the pursuit's)."""
    path = _path(tok, trig)
    return path is not None and not path[1]


def holds(area: Place | None, place: Place | None, *, unresolved_towns: bool = False) -> bool:
    """The area (a country, a province, a district) holds the finer place, by the codes the
    gazetteer gave both. With `unresolved_towns`, a province also holds a town the gazetteer
    lacks that geo put inside it by the words beside it ("seized the village of X in Y": X
    lies in Y, and is finer)."""
    if area is None or place is None or not area.country or area.country != place.country:
        return False
    finer = _SPECIFIC.get(place.precision, 3) < _SPECIFIC.get(area.precision, 3)
    if not finer:
        return False
    if place.geonameid is None and not (unresolved_towns and place.precision == "city"
                                        and area.precision == "admin1"):
        return False
    if area.precision == "country":
        return True
    if area.precision == "admin1":
        return bool(area.admin1) and area.admin1 == place.admin1
    if area.precision == "admin2":
        return bool(area.admin2) and area.admin2 == place.admin2 and area.admin1 == place.admin1
    return False


def _up_to(tok: Any, trig: Any) -> list[Any]:
    """The heads above `tok` below the trigger (none if the trigger is not above it)."""
    chain = []
    for a in tok.ancestors:
        if a.i == trig.i:
            return chain
        chain.append(a)
    return []


def event_location(analysis: Analysis, trigger: Span, sentence: Span,
                   gazetteer: Any = None, statement: bool = False) -> Place | None:
    """The place of the event whose trigger is `trigger`, with the toponym as its evidence.
    `gazetteer` (default: `default_gazetteer()`) resolves a name recognition left out that
    the event's own locative phrase marks as a place. With no place in the sentence, an
    event spread over a whole country by its subject ("nationwide") takes that country
    (`nationwide.nationwide_place`). A `statement` is not placed by what it reports."""
    if gazetteer is None:
        from .gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    chosen = choose_toponym(analysis.doc, list(analysis.toponyms), trigger, sentence,
                            gazetteer=gazetteer, statement=statement)
    if chosen is None:
        return nationwide_place(analysis, trigger, gazetteer)
    if chosen.place is None:
        return Place(name=chosen.span.text, country=None, precision="unknown",
                     evidence=(chosen.span,))
    return chosen.place
