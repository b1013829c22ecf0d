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
a plural people name ("the Serbs"), the doer of a verb ("Turkey captured", "seized by
France"), a country name modifying a noun ("U.S. troops"), the possessor of what is no place
("Syria's army") and "from X" (an origin or a source). "of" after a share or a stretch ("half
of X", "the jungles of X") or before a locative phrase ("at the gate of a X hotel") passes the
phrase on; a possessor ranks after the place it owns ("Mogadishu's Yaqshid district").
With no place in the sentence, an event its subject spreads over a whole country
("nationwide", "across the country") takes that country (`geo.nationwide`).
The place keeps its own precision; the toponym's modifier ("southern", "near") is reported on
the toponym, not on the coordinates.
"""

from __future__ import annotations

from typing import Any

from ..language import span_root
from ..records import Analysis, Place, Span, Toponym

# "from X" is a source or an origin ("refugees from Sudan", "captured the rock from Spain",
# "marching from Najaf"), not where the event happened: not locative
LOCATIVE = frozenset("in at near outside inside across throughout around within into on "
                     "onto off along over outskirts between through beyond behind beside "
                     "alongside aboard towards toward past via beneath amid".split())
CLAUSE_DEPS = frozenset(("ccomp", "advcl", "relcl", "acl", "xcomp", "csubj", "parataxis"))
NON_PLACE_PREP = frozenset(("of", "with", "by", "for", "to", "against", "about", "from"))
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


def noun_in(tok: Any, nouns: frozenset[str]) -> bool:
    """The noun `tok` is one of `nouns` (singulars), in the singular or the plural. The tagger
    reads a capitalised plural ("Zabul and Kandahar Provinces", "the Provinces of X") as a
    proper noun and leaves it unlemmatised."""
    word = tok.lemma_.lower()
    if word in nouns:
        return True
    if word.endswith("ies"):
        return word[:-3] + "y" in nouns
    return word.endswith("s") and not word.endswith("ss") and word[:-1] in nouns


def _place_of(tok: Any) -> bool:
    """"of" after a place noun ("the city of Mosul", "the provinces of X and Y"): the phrase
    is still the place."""
    return tok.lower_ == "of" and noun_in(tok.head, PLACE_NOUNS)


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
    return (tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ == "agent") or (
        _contact_clause_subject(tok))


def _contact_clause_subject(tok: Any) -> bool:
    """"the 52 drones Russia launched": a name right after a noun, no comma between (that
    would make it an apposition), before a finite verb is the subject of a relative clause
    without "that", whatever the parser made of it: who launched, not where."""
    name = [t for t in tok.subtree if t.i > tok.head.i]
    if tok.dep_ != "appos" or tok.pos_ != "PROPN" or not name or name[-1].i + 1 >= len(tok.doc):
        return False
    before, after = tok.doc[name[0].i - 1], tok.doc[name[-1].i + 1]
    return (before.tag_ in ("NNS", "NN") and after.pos_ == "VERB"
            and after.tag_ in ("VBD", "VBZ", "VBP"))


def _country_modifier(tok: Any, t: Toponym) -> bool:
    """A country name modifying a noun ("U.S. troops", "a US patrol", "US-led strikes") says
    whose, like "American", not where. A name the gazetteer does not know (no feature
    code: placed at the document's country by the fallback, "the Catatumbo oil basin") is no
    country's name."""
    if t.place is None or t.place.precision not in ("country", "region") \
            or t.place.feature_code is None:
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


MOTION = frozenset("""return go come travel flee move arrive march head drive fly sail walk
run escape deploy send dispatch withdraw retreat advance transfer take bring evacuate
infiltrate enter""".split())


def _motion(tok: Any, trig: Any) -> bool:
    """"to X" on a verb of motion ("returned to Saigon"): X is where the event ends."""
    cur = tok
    while cur.i != trig.i and cur.head.i != cur.i:
        if cur.dep_ == "prep" and cur.lower_ == "to":
            return cur.head.lemma_.lower() in MOTION
        cur = cur.head
    return False


def _object_place(tok: Any) -> bool:
    """The place is the object of its verb ("struck the Idlib governorate", "stormed Mainok")."""
    cur = tok
    for _ in range(4):
        if cur.dep_ in ("dobj", "nsubjpass"):
            return cur.i == tok.i or cur.lemma_.lower() in PLACE_NOUNS
        if cur.dep_ in ("compound", "pobj", "prep") and (cur.dep_ != "prep" or _place_of(cur)):
            cur = cur.head
            continue
        return False
    return False


# prepositions whose object is a place, never a person ("in", not "on" or "against")
WHERE_PREPS = frozenset("in at near outside inside within into across throughout".split())


def possessor_not_place(tok: Any, t: Toponym,
                        toponyms: list[Toponym] | tuple[Toponym, ...] = (),
                        gazetteer: Any = None) -> bool:
    """The name `t` (token `tok`) is the possessor of a noun that is no place ("Colombia's
    ambassador was shot in Quito", "Japan's military"): it says whose, not where. A possessed
    place or site noun or place name ("Baghdad's bridges", "Mogadishu's Yaqshid district",
    "Afghanistan's Ghazni") lies inside the possessor, which stays a (coarser) place of the
    event. A place name is one of the sentence's `toponyms`, or a proper name (not one read
    as a person's, but after "in/at/near") that `gazetteer` knows in the possessor's country
    (the tagger's entity label is no help here: the small model reads "Japan's Ai Sugiyama"
    as a facility and "Spain's Basque Country" as an organisation)."""
    if tok.dep_ != "poss":
        return False
    head = tok.head
    if noun_in(head, PLACE_OR_SITE):
        return False
    if any(o.span.start <= head.idx < o.span.end for o in toponyms):
        return False
    # no one is "in" a person: after "in/at/near" a name the tagger reads as a person's
    # ("in Kenya's Garissa") is looked up all the same
    person = head.ent_type_ == "PERSON" and not (
        head.dep_ == "pobj" and head.head.lower_ in WHERE_PREPS)
    if (gazetteer is None or head.pos_ != "PROPN" or person or head.ent_type_ == "NORP"
            or t.place is None or not t.place.country):
        return True
    parts = [c for c in head.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
    text = head.doc[min([head.i] + [c.i for c in parts]):head.i + 1].text
    return not any(e.country == t.place.country for e in gazetteer.lookup(text))


def _clause_head(tok: Any) -> Any:
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _inherited(tok: Any, trig: Any) -> bool:
    """A place in another clause's locative phrase carries to the event only when the event's
    clause hangs under that clause ("hit a bus in Donetsk, killing 8") or is coordinated with
    it, not when a coordinate clause on the way has its own date ("controlled territory in
    Syria ... but lost its last base in 2019") nor from another branch of the sentence."""
    head = _clause_head(tok)
    heads = {head.i}
    # coordinated verbs share a place ("planned and launched attacks in Logar"), unless the
    # conjunct carries its own date
    while head.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and not _own_time(head):
        head = head.head
        heads.add(head.i)
    cur = trig
    for _ in range(12):
        if cur.i in heads:
            return True
        if cur.dep_ == "conj" and _own_time(cur):
            return False
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False




SITE_NOUNS = frozenset("""base airport airbase hospital market bazaar field range plateau square
mountain mountains hill hills valley university school mosque church compound checkpoint
station bridge highway road crossing stadium hotel prison palace quarter sector zone
front basin""".split())  # not "embassy": "France's embassy" is France's, wherever it stands
PLACE_OR_SITE = PLACE_NOUNS | SITE_NOUNS
NOT_PLACE_ENTS = frozenset(("DATE", "TIME", "PERSON", "NORP", "MONEY", "PERCENT", "CARDINAL",
                            "ORDINAL", "QUANTITY", "WORK_OF_ART", "LAW", "LANGUAGE", "EVENT",
                            "PRODUCT"))


def _missed_names(doc: Any, toponyms: list[Toponym], trig: Any, sentence: Span,
                  gazetteer: Any, countries: frozenset[str] = frozenset()) -> list[Toponym]:
    """Proper names in the event's own locative phrase that recognition left out ("killed in
    southern Kobane", "in the town of Adwar", "at the Kokkadicholai base"): the phrase says
    they are places. Resolved when the gazetteer knows the name, else kept unresolved."""
    taken = [(t.span.start, t.span.end) for t in toponyms]
    out: list[Toponym] = []
    for tok in doc[trig.sent.start:trig.sent.end]:
        # the tagger reads an unknown village name as a person's: the place noun decides
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or (
                tok.ent_type_ in NOT_PLACE_ENTS and tok.ent_type_ != "PERSON"):
            continue
        if (tok.dep_ in ("compound", "flat") and tok.head.pos_ == "PROPN" and tok.head.i > tok.i
                ) or (tok.i + 1 < trig.sent.end and doc[tok.i + 1].pos_ == "PROPN"
                      and doc[tok.i + 1].ent_type_ not in NOT_PLACE_ENTS - {"PERSON"}):
            continue  # not the last word of the name ("Musa" of "Musa Qal'ah district")
        first = tok
        while first.i > trig.sent.start and doc[first.i - 1].pos_ == "PROPN" and \
                doc[first.i - 1].ent_type_ not in NOT_PLACE_ENTS - {"PERSON"}:
            first = doc[first.i - 1]
        start, end = first.idx, tok.idx + len(tok.text)
        if any(a < end and start < b for a, b in taken):
            continue
        path = _path(tok, trig)
        if path is None or path[1] or _prep_of(tok, trig) not in LOCATIVE:
            continue
        name = doc.text[start:end]
        head = tok.head
        place_word = (tok.dep_ == "compound" and head.lemma_.lower() in PLACE_OR_SITE
                      ) or (tok.dep_ == "pobj" and tok.head.lower_ == "of"
                            and tok.head.head.lemma_.lower() in PLACE_OR_SITE)
        # a name the gazetteer knows, heading the phrase itself; no acronym ("YPG", "A.M.")
        known = (tok.dep_ in ("pobj", "dobj", "appos", "conj") and gazetteer is not None
                 and tok.ent_type_ != "PERSON"
                 and tok.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "") and not name.isupper()
                 and "." not in name and len(name) > 3 and gazetteer.has_name(name))
        if not (place_word or known):
            continue
        if known or (gazetteer is not None and gazetteer.has_name(name)):
            from . import resolve_spans
            res = resolve_spans(doc.text, [(start, end)], gazetteer=gazetteer,
                                document_id=sentence.document_id)
            if res and res[0].place is not None and (
                    not countries or res[0].place.country in countries):
                out.append(res[0])
                continue
            # a name read as a town of a country the document never names ("from Wali" as
            # Warri, Nigeria, in a report from Afghanistan) is no place of this story, unless
            # a place noun says it is one (then unresolved)
            if not place_word:
                continue
        out.append(Toponym(span=Span(start, end, name, sentence.document_id), place=None))
    return out


def choose_toponym(doc: Any, toponyms: list[Toponym], trigger: Span, sentence: Span,
                   gazetteer: Any = None) -> Toponym | None:
    """The toponym that tells where the event at `trigger` happened (None: not stated)."""
    inside = [t for t in toponyms if sentence.start <= t.span.start and t.span.end <= sentence.end]
    trig = span_root(doc, trigger.start, trigger.end) if doc is not None else None
    if trig is not None:
        countries = frozenset(t.place.country for t in toponyms
                              if t.place is not None and t.place.country)
        inside += _missed_names(doc, inside, trig, sentence, gazetteer, countries)
    if not inside:
        return None
    best: tuple[tuple, Toponym] | None = None
    for t in inside:
        key: tuple[int, ...]
        if trig is None:
            key = (3, 0, abs(t.span.start - trigger.start))
        else:
            tok = span_root(doc, t.span.start, t.span.end)
            if (tok is None or tok.pos_ == "ADJ" or _inside_org(doc, tok, t) or _people(tok)
                    or _actor(tok) or _country_modifier(tok, t)):
                # "Syrian forces", "the Syrian Arab Army", "the Serbs", "Turkey captured",
                # "U.S. troops": whose or who, not where the event happened
                continue
            if possessor_not_place(tok, t, inside, gazetteer):
                continue  # "Australia's embassy", "Japan's military": whose, not where
            path = _path(tok, trig)
            prep = _prep_of(tok, trig)
            locative = prep in LOCATIVE or t.modifier is not None
            if prep == "to" and path is not None and not path[1] and _motion(tok, trig):
                locative = True  # "returned to Saigon"
            spec = _SPECIFIC.get(t.place.precision if t.place else "unknown", 3)
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
                key = (2, spec, abs(t.span.start - trigger.start))
            elif prep is None and _object_place(tok) and _inherited(tok, trig):
                # "struck the Idlib governorate, killing 50": the place the governing verb acts on
                key = (2, spec, abs(t.span.start - trigger.start))
            elif ANY_PLACE_FALLBACK:
                key = (3, spec, abs(t.span.start - trigger.start))
            else:
                continue
        if best is None or key < best[0]:
            best = (key, t)
    return best[1] if best else None


# verbs whose "from X" is where something moving set out ("fled from X", "rockets launched
# from X"): X is not where the event happened
ORIGIN_VERBS = MOTION | frozenset("leave depart launch fire smuggle deport expel".split())


def _origin(tok: Any, trig: Any) -> bool:
    """The "from" phrase holding `tok` is the origin of a moving person or thing: it hangs
    on a noun ("refugees from X", "a patrol from X") or on a verb of motion ("marched from
    X"). On another verb ("abducted from X", "attacked the well from the X basin, in Y")
    it says where the event took its object: the place. A participle with a determiner
    names people ("the wounded from X", "the displaced from X"): a noun."""
    cur = tok
    for _ in range(8):
        if cur.i == trig.i or cur.head.i == cur.i:
            return True
        if cur.dep_ == "prep" and cur.lower_ == "from":
            head = cur.head
            if head.pos_ in ("VERB", "AUX") and not any(c.dep_ == "det" for c in head.children):
                return head.lemma_.lower() in ORIGIN_VERBS
            return True
        cur = cur.head
    return True


def not_the_place(doc: Any, t: Toponym, trig: Any,
                  toponyms: list[Toponym] | tuple[Toponym, ...] = (),
                  gazetteer: Any = None) -> str | None:
    """Why the parse says a toponym of the event's sentence is not the event's place, for a
    caller's fallback when `event_location` gave the event none (None: no reason against,
    the sentence's place may stand in). Not: an adjective, a people, the doer of a verb ("seized by Ruritania"), a
    word modifying a noun that is no place ("fighters loyal to X", "the X police"; the head of
    a longer name decides: "the X City Y Hotel" passes), the origin of a moving person or
    thing ("refugees from X", "marched from X"; not "abducted from X"), a name inside
    another verb's clause that the event's clause does not hang under ("controlled territory
    in X but lost it under the strikes in 2019"). A name coordinated with a name stands where
    the first stands ("in X and Y provinces", "X and Y signed"); a place noun counts in the
    plural ("the Provinces of X and Y"). The possessor of a noun that is no place
    ("Colombia's ambassador") is not the place, by the rule `choose_toponym` applies
    (`possessor_not_place`, with `toponyms`, the sentence's toponyms where the caller has
    them, and `gazetteer`, default `default_gazetteer()`)."""
    tok = span_root(doc, t.span.start, t.span.end)
    if tok is None:
        return "no token"
    # (a name inside a facility's name, "the Kabul Intercontinental Hotel", still says where:
    # geo's organisation rule is not repeated here; "the Kabul police" is a noun modifier)
    # a name coordinated with a name ("Zabul and Kandahar provinces", "Turkey and Iran
    # signed") stands where its first conjunct stands, doer or place
    first = tok
    while first.dep_ == "conj" and first.head.pos_ == "PROPN" and first.head.i != first.i:
        first = first.head
    if (tok.pos_ == "ADJ" or _people(tok) or _actor(tok) or _country_modifier(tok, t)
            or (first.i != tok.i and _actor(first))):
        return "whose or who"
    if tok.dep_ == "poss":
        if gazetteer is None:
            from .gazetteer import default_gazetteer

            gazetteer = default_gazetteer()
        if possessor_not_place(tok, t, toponyms, gazetteer):
            return "possessor"
    if _prep_of(tok, trig) == "from" and _origin(tok, trig):
        return "origin"
    # the noun the name hangs on, below its clause: a place noun passes the name on
    cur = tok
    for _ in range(8):
        if cur.i == trig.i or cur.head.i == cur.i or cur.pos_ in ("VERB", "AUX"):
            break
        head = cur.head
        if head.i == trig.i or head.pos_ in ("VERB", "AUX"):
            break
        inside_name = t.span.start <= head.idx < t.span.end or (
            cur.dep_ in ("compound", "flat") and head.pos_ == "PROPN")  # a longer name's head
        possessed_place = cur.i == tok.i and cur.dep_ == "poss"  # a place's: passed above
        coordinated = cur.dep_ == "conj" and head.pos_ == "PROPN"  # beside it, not on it
        if (not inside_name and not possessed_place and not coordinated
                and head.pos_ in ("NOUN", "PROPN", "ADJ", "PRON")
                and not noun_in(head, PLACE_OR_SITE)
                and not (cur.dep_ == "prep" and cur.lower_ in LOCATIVE)):
            return "modifies a noun"
        cur = head
    clause, own = _clause_head(tok), _clause_head(trig)
    if clause.i != own.i and not _inherited(tok, trig):
        return "another verb's clause"
    return None


def event_location(analysis: Analysis, trigger: Span, sentence: Span,
                   gazetteer: Any = None) -> Place | None:
    """The place of the event whose trigger is `trigger`, with the toponym as its evidence.
    `gazetteer` (default: `default_gazetteer()`) resolves a name recognition left out that
    the event's own locative phrase marks as a place. With no place in the sentence, an
    event spread over a whole country by its subject ("nationwide") takes that country
    (`nationwide.nationwide_place`)."""
    from .nationwide import nationwide_place  # (it reads this module's clause words)

    if gazetteer is None:
        from .gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    chosen = choose_toponym(analysis.doc, list(analysis.toponyms), trigger, sentence,
                            gazetteer=gazetteer)
    if chosen is None:
        return nationwide_place(analysis, trigger, gazetteer)
    if chosen.place is None:
        return Place(name=chosen.span.text, country=None, precision="unknown",
                     evidence=(chosen.span,))
    return chosen.place
