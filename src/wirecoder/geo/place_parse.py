"""How a toponym stands in its sentence's parse, for `event_location` and `not_the_place`:
the preposition that ties it to a clause ("in/at/near X", "from X", "of" after a share),
the path to the event's trigger and whether it crosses a clause, and the readings that make
a name no place of the event: the doer of a verb ("Turkey captured"), a people ("the
Serbs"), a country modifying a noun ("U.S. troops"), the possessor of what is no place
("Syria's army"), a name inside an organisation's name. Moved out of `event_location`
(the same rules).
"""

from __future__ import annotations

import re
from typing import Any

from ..records import Toponym

# "from X" is a source or an origin ("refugees from Sudan", "captured the rock from Spain",
# "marching from Najaf"), not where the event happened: not locative
LOCATIVE = frozenset("in at near outside inside across throughout around within into on "
                     "onto off along over outskirts between through beyond behind beside "
                     "alongside aboard towards toward past via beneath amid".split())
CLAUSE_DEPS = frozenset(("ccomp", "advcl", "relcl", "acl", "xcomp", "csubj", "parataxis"))
NON_PLACE_PREP = frozenset(("of", "with", "by", "for", "to", "against", "about", "from"))
PLACE_NOUNS = frozenset("""city town village province district region area outskirts suburb
suburbs capital county state neighborhood neighbourhood camp governorate municipality
countryside vicinity border island port streets street parts part centre center heart
villages towns cities neighborhoods neighbourhoods""".split()) | frozenset(
    # the local divisions wires name after a town or a district's name ("X township",
    # "X territory", "X upazila", "X commune", "X zone", "X woreda", "X tehsil")
    "township territory upazila commune zone woreda tehsil department prefecture".split())


def _inside_org(doc: Any, tok: Any, t: Toponym, gazetteer: Any = None) -> bool:
    """The toponym lies inside a longer ORG/NORP entity, or is a NORP word modifying a noun
    ("Syrian forces"; a proper name before a place noun, "the X region", is its name); a place
    the tagger merely mislabelled ("in Harare" as ORG) is not, nor a town and its province
    that `gazetteer` knows (`_place_pair`)."""
    if tok.ent_type_ not in ("NORP", "ORG"):
        return False
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end:
            if ent.start_char == t.span.start and _town_of(tok):
                return False  # "in the village of X under the Y Mechanism": one span, X a place
            if ent.start_char < t.span.start or ent.end_char > t.span.end:
                return not _place_pair(doc.text, ent, t, gazetteer)
            return ent.label_ == "NORP" and tok.dep_ in ("amod", "compound", "nmod") and not (
                tok.pos_ == "PROPN" and noun_in(tok.head, PLACE_NOUNS))  # "the X region"
    return False


def _town_of(tok: Any) -> bool:
    """The name is the object of "the town/village/city of": a place, though the tagger runs an
    organisation's name on from it."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in (
        "town", "village", "city", "hamlet") and tok.head.head.i == tok.head.i - 1


# "X, Y" of a town and the area that holds it, each a capitalised name
_PAIR_PART = re.compile(r"^(?:[A-Z][\w'’.-]*\s*){1,4}$")


def _place_pair(text: str, ent: Any, t: Toponym, gazetteer: Any) -> bool:
    """An ORG entity that is only a town and its province, comma-joined ("in Poso, Central
    Sulawesi"): the tagger's one name for two places, each a name `gazetteer` knows (none
    without a gazetteer)."""
    if ent.label_ != "ORG" or gazetteer is None:
        return False
    parts = [p.strip() for p in text[ent.start_char:ent.end_char].split(",")]
    if len(parts) != 2 or not all(_PAIR_PART.match(p) for p in parts) \
            or t.span.text.strip() not in parts:
        return False
    return all(gazetteer.has_name(p) for p in parts)


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


def neighbour(t: Toponym) -> bool:
    """"near the border with X", "along Lebanon's border with X": X is the country on the
    other side of the border, not where the event happened (the border's own side is)."""
    return t.modifier is not None and t.modifier.startswith("border with")


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
ride run escape deploy send dispatch withdraw retreat advance transfer take bring evacuate
infiltrate enter""".split())


def to_verb(tok: Any, trig: Any) -> Any | None:
    """The verb of the first "to" phrase on the way from `tok` up to `trig` ("returned to
    Saigon": "returned"); None when none is met before the trigger or the root."""
    cur = tok
    while cur.i != trig.i and cur.head.i != cur.i:
        if cur.dep_ == "prep" and cur.lower_ == "to":
            return cur.head
        cur = cur.head
    return None


def _motion(tok: Any, trig: Any) -> bool:
    """"to X" on a verb of motion ("returned to Saigon"): X is where the event ends. Not on
    a motion verb coordinated with the event's ("resigned on Monday and fled to India": the
    resignation was not in India)."""
    verb = to_verb(tok, trig)
    if verb is None or verb.dep_ == "conj" and verb.head.i == trig.i:
        return False
    return verb.lemma_.lower() in MOTION


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


# the dependencies of a clause that says what a statement reports or asks for: "said (that)
# ...", "urged them to ...", "accused X of shelling ..."
CONTENT_DEPS = frozenset(("ccomp", "xcomp", "pcomp"))


def in_reported_clause(node: Any, trigger: Any) -> bool:
    """The place at `node` lies in a clause that says what the statement at `trigger` reports
    or asks for ("accused Moscow of shelling a hospital in Kharkiv", "urged the rebels to
    disarm in Cauca", "blamed rioters and said police had arrested 120 in X"): where that
    happened, not where the words were said ("Speaking in Mombasa, the minister urged ..."
    is said there)."""
    cur = node
    for _ in range(12):
        if cur.head.i == cur.i:
            return False
        if cur.head.i == trigger.i or (cur.head.dep_ == "conj" and cur.head.head.i == trigger.i):
            return cur.dep_ in CONTENT_DEPS
        if cur.dep_ in CONTENT_DEPS:
            return _reaches(cur, trigger)
        cur = cur.head
    return False


def _reaches(tok: Any, target: Any) -> bool:
    """`target` is `tok`'s head or above it."""
    return any(a.i == target.i for a in tok.ancestors)


def between_parties(tok: Any, t: Any) -> bool:
    """"mediated between Armenia and Azerbaijan", "talks between Israel and Hamas": countries
    after "between" on an act (not on a place: "the border between X and Y") are its
    parties, not its place."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    prep = first.head
    return (t.place is not None and t.place.precision == "country" and first.dep_ == "pobj"
            and prep.lower_ == "between" and not noun_in(prep.head, PLACE_OR_SITE)
            and prep.head.lemma_.lower() not in ("border", "frontier", "road", "highway"))


# where the hurt are cared for: "taken to a hospital in X", "flown to X for treatment",
# "treated in X", "admitted to X Hospital" is where they went after the event, not where it was
CARE_NOUNS = frozenset("hospital clinic infirmary morgue mortuary dispensary".split())
CARE_VERBS = frozenset("treat hospitalize hospitalise admit".split())
CARRY_VERBS = frozenset("""take rush fly evacuate airlift transfer transport carry bring move
send refer ferry drive""".split())
CARE_PURPOSE = frozenset("treatment care surgery".split())


def care_destination(tok: Any, trig: Any) -> bool:
    """The place at `tok` is where the hurt were taken or treated, on a verb other than the
    event's own: "wounded and taken to a hospital in X", "several were flown to X for
    treatment", "are being treated in X". Not on the event's own verb ("evacuated to X" as
    the event) and not a place the carrying verb merely passes ("taken from X")."""
    cur, care_noun = tok, False
    for _ in range(10):
        if cur.i == trig.i or cur.head.i == cur.i:
            return False
        if noun_in(cur, CARE_NOUNS):
            care_noun = True
        head = cur.head
        if head.pos_ in ("VERB", "AUX"):
            if head.i == trig.i:
                return False
            lemma = head.lemma_.lower()
            if lemma in CARE_VERBS and cur.dep_ == "prep":
                return True
            if lemma in CARRY_VERBS and cur.dep_ == "prep":
                # "flown to X for treatment", "taken to a hospital in X" (the "in" read on
                # the verb): the verb carries the hurt to care
                to_care = any(c.dep_ == "prep" and (
                    (c.lower_ == "for" and any(noun_in(g, CARE_PURPOSE) for g in c.children))
                    or (c.lower_ == "to" and any(noun_in(g, CARE_NOUNS) for g in c.children)))
                    for c in head.children)
                if cur.lower_ == "to":
                    return care_noun or to_care
                return cur.lower_ in ("in", "at") and to_care
            return False
        cur = head
    return False


# verbs that attribute what a sentence reports: "..., the secretary told a news conference in
# X", "..., police said in a statement in X"; the core of the lexicon's `reporting_verbs`
# (cues.yaml), which also has "claim", "deny", "tweet", "write"...: kept apart (a claim or a
# denial is not where the reported act took place); events.borrowed_dates.SPEECH_VERBS is
# this set less "report"
ATTRIBUTION_VERBS = frozenset("say tell announce report state add confirm".split())


def said_there(tok: Any, trig: Any) -> bool:
    """The place at `tok` is where the report of the event was made, not where the event
    happened: it hangs on a verb of saying whose reported clause holds the trigger ("one
    suspect was killed ..., the secretary told a news conference in X")."""
    verb = _clause_head(tok)
    if verb.i == trig.i or verb.lemma_.lower() not in ATTRIBUTION_VERBS:
        return False
    cur = trig
    for _ in range(12):
        if cur.head.i == cur.i:
            return False
        if cur.head.i == verb.i:
            return cur.dep_ in ("ccomp", "parataxis", "advcl")
        cur = cur.head
    return False


# words that tie to a statement or a diplomatic act the other event it answers: "expelled the
# attache after a drone strike on X", "summoned the envoy over the shelling of X"
OCCASION_WORDS = frozenset(("after", "following", "over"))


def in_occasion(node: Any, trigger: Any) -> bool:
    """The place at `node` lies in the phrase that names what a statement or a diplomatic act
    answers ("Chad expelled the attache after a drone strike on the town of X", "condemned
    the killings over the raid in X"): where that happened, not where the act was done."""
    cur = node
    for _ in range(14):
        if cur.head.i == cur.i:
            return False
        head = cur.head
        if cur.dep_ in ("prep", "mark") and cur.lower_ in OCCASION_WORDS and (
                head.i == trigger.i or (head.dep_ == "conj" and head.head.i == trigger.i)
                or (trigger.dep_ == "conj" and trigger.head.i == head.i)):
            return True
        if head.i == trigger.i:
            return False
        cur = head
    return False


# the people a statement is about or addressed to, named by where they sit ("accused the
# authorities in X", "urged the government in X")
SEATED_NOUNS = frozenset("""authority authorities government regime junta leader leaders
leadership ruler rulers official officials administration""".split())


def addressee_seat(tok: Any, trig: Any) -> bool:
    """The name says where the statement's target or addressee sits ("accused the military
    authorities in X of ...", "called on the government in X to ..."): who, not where the
    statement was made."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("in", "at") or prep.dep_ != "prep":
        return False
    # the noun the phrase hangs on, or the one right before it ("accused the authorities |
    # in X", the parser tying "in X" to the verb)
    noun = prep.head if prep.head.i != trig.i or prep.i == 0 else prep.doc[prep.i - 1]
    if noun.lemma_.lower() not in SEATED_NOUNS and noun.lower_ not in SEATED_NOUNS:
        return False
    up = noun.head.head if noun.dep_ == "pobj" else noun.head  # "called on the government"
    return noun.dep_ in ("dobj", "pobj") and up.i == trig.i


# verbs of statements about or to others ("accused the authorities in X of ...")
STATEMENT_VERBS = frozenset("""accuse blame condemn denounce criticize criticise urge call warn
praise thank congratulate""".split())


def statement_addressee_seat(tok: Any, trig: Any) -> bool:
    """`addressee_seat` under a verb of statement ("accused", "urged"), whatever the event's
    type: the name says who the statement is about, not where it was made."""
    return trig.lemma_.lower() in STATEMENT_VERBS and addressee_seat(tok, trig)
