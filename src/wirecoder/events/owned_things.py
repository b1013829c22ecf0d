"""Whose a thing that was hit is: the person or body a building, vehicle or property belongs
to is whom an act against it targets ("set fire to the offices of the electoral commission",
"a car belonging to a commander", "a clinic run by a charity", "the army's base"), and so are
the people a vehicle carries ("a minibus carrying coal miners", "a convoy of protesters").
`owners_of` reads the thing's own phrase (from `stand_ins.stands_for`); `attach_owners_told_after`
reads a sentence that names the thing again with its owner ("The trucks, contracted by the
Red Cross, ...", "The tanker belonged to a trading company")."""

from __future__ import annotations

from typing import Any

from .lexicon import lemma as _lemma
from .lexicon import load_lexicon
from .mention_forms import OFFICE_CLASSES, PEOPLE_CLASSES
from .plain_acts import VEHICLES
from .syntax import pobj_of
from .takers import CREWS

# word classes of the things a person or body owns, runs or travels in
THING_CLASSES = ("premises_owned", "ridden", "passage", "stormable", "seat_of_power")
# what people ride in (with `plain_acts.VEHICLES`)
VEHICLE_CLASSES = ("ridden", "passage")
# nouns of those classes that name a place with people in it, not a thing someone owns
# ("the village of Kuriga", "a camp for displaced people": `stand_ins.housed_people`)
NOT_OWNED = {"village", "camp", "aid", "shipment"}
# participles that tell who owns, runs or hires a thing ("a clinic run by MSF", "trucks
# contracted by the WFP"), with their "by" agent
OWNING_VERBS = {"own", "run", "operate", "contract", "charter", "manage", "organise",
                "organize", "hire", "lease", "rent", "use"}
# what a place name is tagged: no owner of a thing ("the port of Hodeidah")
PLACE_ENTS = ("GPE", "LOC", "FAC")
# the people aboard a vehicle, named after it ("the drivers were held", "its crew")
ABOARD = CREWS | {"driver", "drivers", "passenger", "passengers", "pilot", "pilots"}
# word classes of the common nouns that name a thing's owning body before it ("an army
# convoy", "a police post", "a rebel camp")
OWNER_WORDS = ("state_force", "non_state", "group_word")
# word classes of the sites a force or a body holds, beside vehicles: an owner named before
# them is whose they are ("a police post", "an army base", "the government palace"), unlike
# before a civilian building ("a state school", "a government hospital")
SITE_CLASSES = ("base", "seat_of_power", "armed")
# places a crowd or a force storms that are a body's site unless civilian ("a police station")
STORMED_SITES = ("stormable",)
CIVILIAN_SITES = ("civilian", "premises_owned")
# the acts whose target a thing's owner is
OWNER_TYPES = {"ASSAULT", "COERCE"}


def owned_thing(t: Any) -> bool:
    """A common noun of a thing a person or body can own or run (an office, a car, a
    clinic, a convoy), not a place with people in it."""
    lex = load_lexicon()
    word = _lemma(t)
    return t.pos_ == "NOUN" and word not in NOT_OWNED and t.lower_ not in NOT_OWNED and (
        _vehicle(t) or any(lex.in_class(w, k) for k in THING_CLASSES for w in (word, t.lower_)))


def names_body(o: Any) -> bool:
    """A noun that names a person or body: a name that is no place, an organisation, or a
    common noun for people or offices ("a district official", "the ruling party")."""
    if o.ent_type_ in PLACE_ENTS or o.like_num:
        return False
    if o.pos_ == "PROPN" or o.ent_type_ in ("ORG", "PERSON", "NORP") or any(
            c.dep_ == "compound" and c.ent_type_ == "ORG" for c in o.lefts):
        return True
    lex = load_lexicon()
    word = _lemma(o)
    return o.pos_ == "NOUN" and any(lex.in_class(w, k) for k in (
        *PEOPLE_CLASSES, *OFFICE_CLASSES, "actor_word") for w in (word, o.lower_))


def _vehicle(t: Any) -> bool:
    lex = load_lexicon()
    return t.lower_ in VEHICLES or any(
        lex.in_class(w, k) for k in VEHICLE_CLASSES for w in (_lemma(t), t.lower_))


def _people(o: Any) -> bool:
    """People counted in the plural ("coal miners", "protesters")."""
    lex = load_lexicon()
    return o.pos_ == "NOUN" and o.tag_ == "NNS" and any(
        lex.in_class(_lemma(o), k) for k in (*PEOPLE_CLASSES, "protesters"))


def _agents(v: Any) -> list[Any]:
    """Who a verb of owning names: "run by X", "belonging to X", "was owned by X" (any
    noun that is no place, no number and no other thing: "a fishing cooperative")."""
    if _lemma(v) == "belong" or v.lower_ == "belonging":
        found = pobj_of(v, ("to",))
    elif _lemma(v) in OWNING_VERBS:
        found = pobj_of(v, ("by",))
    else:
        return []
    return [o for o in found if o.pos_ in ("NOUN", "PROPN") and o.ent_type_ not in PLACE_ENTS
            and not o.like_num and not owned_thing(o)]


def owners_of(t: Any) -> list[Any]:
    """The person or body a thing belongs to, told in its own phrase: "the offices of the
    electoral commission", "the home of a district official", "a car belonging to a
    commander", "a clinic run by Doctors Without Borders", "Hezbollah's depot"; and the
    people a vehicle carries: "a minibus carrying coal miners", "a convoy of protesters".
    Not a place ("the port of Hodeidah") nor what a vehicle is made of ("a convoy of six
    trucks")."""
    if not owned_thing(t):
        return []
    lex = load_lexicon()
    out = [o for o in pobj_of(t, ("of",)) if names_body(o) and (
        not lex.in_class(_lemma(t), "passage") or _people(o) or o.pos_ == "PROPN"
        or o.ent_type_ == "ORG")]
    # ("Hezbollah's depot"; not "the state prosecutor's office", which names the body)
    out += [c for c in t.children if c.dep_ == "poss" and (
        c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "NORP")) and names_body(c)]
    out += owner_modifiers(t)
    # ("a convoy of six trucks, organised by church groups": the participle may hang on
    # the vehicles the convoy is made of)
    made_of = [g for g in pobj_of(t, ("of",)) if _vehicle(g)] if _vehicle(t) else []
    for v in (c for h in (t, *made_of) for c in h.children
              if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"):
        out += _agents(v)
        if _vehicle(t) and _lemma(v) in ("carry", "transport"):
            out += [o for o in v.children if o.dep_ == "dobj" and _people(o)]
    return list(dict.fromkeys(x for o in out for x in (o, *o.conjuncts)
                              if x.ent_type_ not in PLACE_ENTS))


def force_site(t: Any) -> bool:
    """A site or vehicle a force or a body holds: a post, base, checkpoint, convoy, barracks,
    station, palace or vehicle; not a civilian building (a school, a hospital, a market)."""
    lex = load_lexicon()
    words = (_lemma(t), t.lower_)
    if _vehicle(t) or any(lex.in_class(w, k) for k in SITE_CLASSES for w in words):
        return True
    return any(lex.in_class(w, k) for k in STORMED_SITES for w in words) and not any(
        lex.in_class(w, k) for k in CIVILIAN_SITES for w in words)


def owner_modifiers(t: Any) -> list[Any]:
    """The body a thing's own modifier names as its owner: "an army convoy", "a police post",
    "the state government palace", "a WFP convoy" (a force, a government or a group, by its
    common noun or its name, one that names a body on its own); only of a force's or a
    body's site (`force_site`: not "a state school", "a government hospital"), and not what
    the thing carries or is for ("a passenger plane", "a supply convoy", "a border post")."""
    if not force_site(t):
        return []
    lex = load_lexicon()
    out = []
    for c in t.lefts:
        if c.dep_ != "compound" or c.ent_type_ in PLACE_ENTS or c.like_num:
            continue
        # (a name only as an organisation's: "the Penha complex" is a place's)
        if (c.ent_type_ == "ORG" or (c.pos_ == "NOUN" and any(
                lex.in_class(_lemma(c), k) for k in OWNER_WORDS))) and names_body(c):
            out.append(c)
    return out[-1:]  # ("a state police convoy": the police, "state" tells which)


# how many sentences after the act a thing named again is looked for
SENTENCES_AFTER = 2


def _main_clause(verb: Any, sent: Any) -> bool:
    """A sentence's own verb, or the verb of what it reports ("..., were carrying seeds, a
    source said")."""
    return verb.i == sent.root.i or (verb.dep_ in ("ccomp", "parataxis")
                                     and verb.head.i == sent.root.i)


def _told_again(thing: Any) -> list[Any]:
    """The later mentions of a thing: "the <noun>" with the same head word as the subject of
    one of the next sentences ("The trucks, contracted by X, were ...", "The boat was owned by
    X"), not a noun inside a clause about something else ("... a town where the clinic run by
    the diocese was open")."""
    word = _lemma(thing)
    return [t for s in _sentences_after(thing) for t in s if t.pos_ == "NOUN" and _lemma(t) == word
            and t.dep_ in ("nsubj", "nsubjpass") and _main_clause(t.head, s) and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                for c in t.children)]


def _owners_told(t: Any) -> list[Any]:
    """Owners a later sentence gives a thing: in its phrase ("The trucks, contracted by the
    Red Cross, were ..."), or as its predicate ("The tanker belonged to X", "The centre was
    run by X")."""
    found = owners_of(t)
    verb = t.head
    if t.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX"):
        found += _agents(verb)
    return found


def _sentences_after(tok: Any) -> list[Any]:
    doc = tok.doc
    sents = []
    sent = tok.sent
    while len(sents) < SENTENCES_AFTER and sent.end < len(doc):
        sent = doc[sent.end].sent
        sents.append(sent)
    return sents


def _aboard_told(vehicle: Any) -> list[Any]:
    """The people aboard a vehicle named in the next sentences: "The drivers were held for
    hours", "Drivers were threatened at gunpoint", "ordered the drivers back", "two of the
    crew", with "the"/"its"/"their" or as a bare plural, nothing else before them."""
    out = []
    for s in _sentences_after(vehicle):
        for t in s:
            if t.pos_ != "NOUN" or t.lower_ not in ABOARD or t.dep_ not in (
                    "nsubj", "nsubjpass", "dobj", "pobj"):
                continue
            lefts = list(t.lefts)
            if t.dep_ == "pobj" and not (t.head.lower_ == "of" and (
                    t.head.head.like_num or t.head.head.pos_ == "NUM")):
                continue  # ("two of the drivers": a count of them; not "near the drivers")
            if not _aboard_this(t, vehicle):
                continue  # ("the crew of a television station": someone else's)
            if all(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their")
                   for c in lefts) and (lefts or t.tag_ == "NNS"):
                out.append(t)
    return out[:1]


def _aboard_this(t: Any, vehicle: Any) -> bool:
    """Whether nothing after "crew" / "drivers" ties them to something else: no modifier of
    their own ("the crew of a television station", "drivers who saw it") but "of the" with
    the vehicle's own word ("the crew of the truck")."""
    for c in t.rights:
        if c.dep_ in ("relcl", "acl"):
            return False
        if c.dep_ == "prep" and not (c.lower_ == "of" and any(
                o.dep_ == "pobj" and _lemma(o) == _lemma(vehicle) and any(
                    d.dep_ == "det" and d.lower_ == "the" for d in o.children)
                for o in c.children)):
            return False
    return True


def attach_owners_told_after(final: list[Any], ctx: Any) -> None:
    """"Insurgents ambushed a convoy of six trucks. The trucks, contracted by the Red Cross,
    were carrying seeds": an attack on (or a seizure of) a thing that a later sentence names
    again, with the same word after "the", as owned, run or hired by someone also targets
    that owner; one on a vehicle also targets the people aboard it that the next sentences
    name ("Gunmen stopped a convoy ... The drivers were held for hours")."""
    for d in final:
        if d.typed.plover not in OWNER_TYPES or d.modality != "asserted":
            continue
        doc = d.trigger.token.doc
        things = []
        for p in d.targets:
            if p.kb_id or not p.evidence:
                continue
            head = evidence_head(p, doc)
            if head is not None and owned_thing(head):
                things.append(head)
        names = {p.name.lower() for p in (*d.targets, *d.actors)}
        for thing in things:
            whose = [o for again in _told_again(thing)[:1] for o in _owners_told(again)]
            if _vehicle(thing):
                whose += _aboard_told(thing)
            for o in whose:
                p = ctx.mapper.participant(o)
                if p is not None and p.name.lower() not in names:
                    d.targets.append(p)
                    names.add(p.name.lower())


def evidence_span(p: Any, doc: Any) -> Any:
    """The words of a participant's first evidence span (None: no evidence, or none lines up
    with the document's words)."""
    if not p.evidence:
        return None
    return doc.char_span(p.evidence[0].start, p.evidence[0].end, alignment_mode="expand")


def evidence_head(p: Any, doc: Any) -> Any:
    """The head word of a participant's first evidence span (None: no evidence)."""
    span = evidence_span(p, doc)
    return span.root if span is not None else None


def _a_thing(p: Any, head: Any) -> bool:
    """A target that names a building, vehicle or property, not a body ("parliament", "the
    ministry" name the body that sits there; a name linked to the knowledge base is one)."""
    if p.kb_id or head is None or not owned_thing(head) or head.ent_type_ == "ORG":
        return False
    lex = load_lexicon()
    word = _lemma(head)
    return not (lex.in_class(word, "seat_of_power") and lex.in_class(word, "actor_word"))


def names_whom(p: Any, doc: Any) -> bool:
    """A participant that names people or a body (linked, given a sector, or a noun for
    them), not a place ("Tanzanian soil", "the provinces"), a thing, nor an act ("the
    demonstrations")."""
    if p.kb_id or p.sector:
        return True
    head = evidence_head(p, doc)
    return head is not None and not _a_thing(p, head) and not _named_thing(head) and (
        names_body(head) or _people(head)) and load_lexicon().entry(_lemma(head), "N") is None


def _named_thing(head: Any) -> bool:
    """A name told with a word for a thing: "the tanker Eagle S", "the ship Vega Horizon"."""
    near = [*head.subtree] + ([head.head] if head.dep_ in ("appos", "compound") else [])
    return head.pos_ == "PROPN" and any(
        t.i != head.i and t.pos_ == "NOUN" and owned_thing(t) for t in near)
