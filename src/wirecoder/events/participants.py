"""Participants of an event beyond its subject and object: targets that are actors (not
things) and the groups a targeted person belongs to. The weapons named in the clause are
`weapons`'; person names `person_names`'; participants a later sentence adds
`later_participants`'."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..records import Participant
from .argument_words import DESCRIPTORS, FIGHTER_HEADS, HEDGES, MEMBER_OF_HEADS
from .fight_sides import named_groups
from .lexicon import lemma as _lemma
from .lexicon import strip_plural
from .noun_phrases import coordinated_modifier, group_head, np_bounds
from .syntax import of_objects, pobj_of, set_apart
from .typing import Typed


# what an attack fires or causes, not whom or what it hits ("fired shots at", "opened fire")
NOT_TARGETS = {"shot", "fire", "gunfire", "round", "burst", "volley", "salvo", "blast",
               "explosion", "damage", "shooting", "crossfire"}


COUNT_NOUNS = {"score", "scores", "dozen", "dozens", "hundred", "hundreds", "thousand",
               "thousands", "million", "millions"}

# "dozens of houses", "part of the building": the noun after "of" is what was hit
PART_NOUNS = {"score", "dozen", "hundred", "thousand", "number", "lot", "part", "section", "series",
              "kind", "type", "pair", "couple", "rest", "most", "some", "all", "one", "each",
              "many", "several", "portion", "half", "majority", "group", "set", "total"}


# officers named by rank ("three army generals", "a navy admiral"), which the person class
# leaves out (its words also drive detection)
RANK_NOUNS = {"general", "colonel", "admiral", "brigadier", "marshal", "sergeant", "captain"}


def actor_like(t: Any, ctx: Any) -> bool:
    lex = ctx.lex
    lemma = _lemma(t)
    return (t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or lex.in_class(lemma, "person")
            or (t.pos_ == "NOUN" and lemma in RANK_NOUNS and not any(
                of_objects(u) for u in (t, *t.conjuncts)))  # (of X: X, read inside)
            or lex.in_class(lemma, "armed") or lex.in_class(lemma, "actor_word")
            or lex.in_class(lemma, "envoy")  # "a trade attache", "two consuls"
            or ctx.mapper.mention_at(t.idx, t.idx + len(t.text)) is not None)


# people named by whom they are related to ("a friend of X", "the wife of a police officer"):
# the person is the noun, not the one in its "of" phrase, who is no group of theirs either
RELATION_NOUNS = {"friend", "brother", "sister", "son", "daughter", "wife", "husband",
                  "father", "mother", "parent", "relative", "cousin", "uncle", "aunt",
                  "nephew", "niece", "widow", "fiancee", "fiancé", "girlfriend", "boyfriend",
                  "neighbour", "neighbor", "classmate", "roommate", "colleague", "lawyer",
                  "aide", "bodyguard", "driver", "associate", "relatives", "family"}


def target_participant(t: Any, typed: Typed, ctx: Any) -> Participant | None:
    """The participant a target token names; an object that is no actor gives way to the actor
    inside it ("praised Haiti's efforts" -> Haiti) or, outside violence, to nothing."""
    lex = ctx.lex
    lemma = _lemma(t)
    if t.lower_ in ("other", "another") and any(g.lower_ in ("each", "one")
                                                for g in t.children):
        return None  # "fought each other and the army": the actors themselves
    if t.tag_ in ("JJR", "JJS", "RBR", "RBS") and t.pos_ in ("ADJ", "ADV") and (
            t.lower_ not in PART_NOUNS):
        # "killed two more of the villagers": those in the "of" phrase; "the latest in a
        # string of raids", a bare "more": no one
        of = of_objects(t)
        return target_participant(of[0], typed, ctx) if of else None
    if lemma in lex.classes["restriction"] or lemma in lex.classes["sanctions"]:
        if typed.plover in ("ACCUSE", "REJECT") and t.pos_ == "NOUN":
            return _owner(t, ctx)  # "denounced new EU sanctions": who imposed them
        return None  # "suspension of sanctions": what is eased, not whom
    if lemma in lex.classes["agreement"] and typed.plover in ("SUPPORT", "AGREE"):
        return None
    if lemma in lex.classes["generic_objects"] and t.pos_ == "NOUN":
        return None
    if lemma in lex.classes["civil_status"]:  # "revoked the citizenship of 12 critics"
        holders = of_objects(t)
        return ctx.mapper.participant(holders[0]) if holders else None
    if typed.plover in ("ASSAULT", "COERCE") and lemma in NOT_TARGETS and t.pos_ == "NOUN":
        return None
    if typed.plover == "ASSAULT" and _an_area(t, ctx):
        return None
    if lemma in COUNT_NOUNS and t.pos_ == "NOUN" and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
        return None  # "injured scores", "thousands were arrested": a count, not a name
    if lemma in RELATION_NOUNS and t.pos_ == "NOUN":
        return _of_phrase(t, ctx) or ctx.mapper.participant(t)
    if typed.plover in BLAMING_TYPES and _violent_noun(t, lex):
        return _perpetrator(t, ctx)
    if typed.acled == "Arrests" and t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS and (
            t.ent_type_ in ("GPE", "LOC", "FAC") or any(
                p.span.start <= t.idx < p.span.end for p in ctx.analysis.toponyms or [])):
        return None  # "detained 30 people in Kisumu": where, not whom
    if actor_like(t, ctx) or (typed.plover == "ACCUSE" and lemma in lex.classes["passage"]):
        return ctx.mapper.participant(t)  # (a ship "accused of smuggling fuel" is accused)
    if typed.acled == "Arrests" and _arrest_grounds(t):
        # "detained on suspicion of theft", "arrested on charges of fraud", "held over the
        # riot", "charges including looting and arson": the grounds of an arrest are no one
        # taken (a group named inside may be)
        inside = ctx.mapper.participant(t, inner=True)
        return inside if inside is not None and inside.kb_id else None
    violent = typed.plover in ("ASSAULT", "COERCE")
    if violent and t.pos_ == "NOUN" and not lex.in_class(lemma, "weapon"):
        phrase = _of_phrase(t, ctx)
        if phrase is not None:
            return phrase  # "attacked the residence of the ambassador": the residence
    inner = [c for c in t.children if c.dep_ == "poss"] + [
        g for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "by")
        for g in c.children if g.dep_ == "pobj"]
    for c in inner:
        if actor_like(c, ctx):
            return ctx.mapper.participant(c)
    held = [c for c in inner if c.pos_ in ("NOUN", "PROPN")]
    if typed.plover == "SUPPORT" and lex.in_class(lemma, "mandate") and held:
        # "renewed the mandate of the mission (in Mali, MINUSMA)": the mission, by its acronym
        short = [a for g in pobj_of(held[0], ("in",)) for a in g.children
                 if a.dep_ == "appos" and a.text.isupper()]
        return ctx.mapper.participant((short or held)[0])
    if typed.plover in OWNED_OBJECT_TYPES and t.pos_ == "NOUN" and (
            lex.in_class(lemma, "decision") or lemma in PROPOSAL_NOUNS):
        owner = _owner(t, ctx)
        if owner is not None:
            return owner  # "rejected a Sudanese proposal": Sudan
    if violent and not (lex.in_class(lemma, "weapon") or lemma in lex.classes["generic_objects"]
                        or typed.acled == "Disrupted weapons use"):
        return ctx.mapper.participant(t, inner=True)
    inside = ctx.mapper.participant(t, inner=True)
    if inside is not None and inside.kb_id:
        return inside
    return None


# the prepositions that give an arrest's grounds ("on charges of", "over the killing")
ARREST_GROUNDS = {"on", "over", "for", "under"}


PLACE_PREPS = {"in", "at", "near", "outside", "across"}


def _arrest_grounds(t: Any) -> bool:
    """Whether the noun `t` (or the first of its conjuncts) is the object of a preposition
    giving an arrest's grounds, or listed under "including"."""
    first = t
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    if first.pos_ not in ("NOUN", "VERB") or first.dep_ != "pobj":
        return False
    # (a list under "including" that is no people - actors are kept before this is asked -
    # lists charges or things found: "on charges including theft", "materials, including
    # detonators and phones, were seized")
    return first.head.lower_ in ARREST_GROUNDS or first.head.lower_ == "including"


# statements about a measure or proposal, aimed at whoever made it
OWNED_OBJECT_TYPES = ("ACCUSE", "REJECT", "SUPPORT")
# what one side puts to another, besides the measures and words of the "decision" class
PROPOSAL_NOUNS = {"proposal", "offer", "initiative", "plan", "demand", "ultimatum", "request",
                  "bid", "draft", "resolution", "call", "appeal", "idea", "scheme", "overture"}


def _owner(t: Any, ctx: Any) -> Participant | None:
    """Whose a proposal, measure or statement is: its possessor, its "of" or "by" phrase, the
    agent of a participle on it ("sanctions imposed by the EU"), or a name or demonym
    modifying it ("a Sudanese proposal", "new EU sanctions")."""
    owners = [c for c in t.children if c.dep_ == "poss"] + [
        g for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "by")
        for g in c.children if g.dep_ == "pobj"] + [
        g for p in t.children if p.dep_ == "acl" and p.tag_ == "VBN"
        for a in p.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"] + [
        c for c in t.children if c.dep_ in ("amod", "compound", "nmod") and c.i < t.i
        and c.ent_type_ in ("NORP", "GPE", "ORG") and not set_apart(c, t)]
    for c in owners:
        if actor_like(c, ctx):
            return ctx.mapper.participant(c)
    return None


# nouns for an area: "attacked the village", "the outskirts of the town" say where it happened
AREA_WORDS = {"town", "village", "city", "area", "district", "neighbourhood", "neighborhood",
              "outskirts", "region", "province", "municipality", "county", "locality",
              "settlement", "valley", "zone", "hamlet", "suburb", "canton", "countryside",
              "territory", "vicinity"}


def _an_area(t: Any, ctx: Any) -> bool:
    """A town, village or region hit by an attack: where it happened, not whom it hit (a
    country or capital the actor stage links to a state or government stays a target)."""
    if t.pos_ == "NOUN" and (_lemma(t) in AREA_WORDS or t.lower_ in AREA_WORDS):
        return True
    if t.ent_type_ in ("GPE", "LOC"):
        m = ctx.mapper.mention_at(t.idx, t.idx + len(t.text))
        return m is None or not m.entity.kb_id
    return False


# statements aimed at whoever did what they speak of ("condemned the killing of farmers by
# the militia": the militia, not the farmers)
BLAMING_TYPES = ("ACCUSE", "THREATEN")


def _violent_noun(t: Any, lex: Any) -> bool:
    entry = lex.entry(_lemma(t), "N")
    return t.pos_ == "NOUN" and entry is not None and entry.plover in ("ASSAULT", "COERCE")


def _perpetrator(t: Any, ctx: Any) -> Participant | None:
    """Who did the act a violent event noun names: its "by" agent or its possessor ("the
    army's shelling of the town"), a group's "of" phrase for its members ("by fighters of
    the X movement": the movement); None when the noun names none (its victims are no
    target of the blame: the event's actors are, see `later_participants`)."""
    agents = [c for c in t.children if c.dep_ == "poss"] + [
        g for c in t.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
        for g in c.children if g.dep_ == "pobj"]
    agents += [g for o in of_objects(t) for c in o.children if c.dep_ == "prep"
               and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
    for a in agents:
        if not actor_like(a, ctx):
            continue
        groups = [g for g in of_objects(a) if actor_like(g, ctx)]
        if groups and ctx.lex.in_class(_lemma(a), "person"):
            return ctx.mapper.participant(groups[0])
        return ctx.mapper.participant(a)
    return None


def _of_phrase(t: Any, ctx: Any) -> Participant | None:
    """A thing named with its owner ("the offices of the labor unions", "the home of the
    assembly president") as one participant; None when the noun has no "of" complement."""
    of = of_objects(t)
    if not of or t.like_num or _lemma(t) in PART_NOUNS or (
            _lemma(of[0]) in ctx.lex.classes["civil_status"]):  # ("stripped X of his immunity")
        return None
    left, _ = np_bounds(t)
    g = of[0]
    right = max([g.i + 1] + [x.i + 1 for x in g.subtree
                             if x.i > g.i and x.dep_ in ("compound", "amod", "flat", "nmod")
                             and x.head == g])
    g_left, _ = np_bounds(g)
    if g_left > g.i or left > t.i:
        return None
    doc = t.doc
    span = ctx.document.span(doc[left].idx, doc[right - 1].idx + len(doc[right - 1].text))
    text = span.text.strip()
    return Participant(name=text, evidence=(span,), mentions=(text,)) if text else None


# "individuals with suspected ties to the Taliban", "people suspected of links to X", "a man
# linked to X": the group the people are tied to
TIE_NOUNS = {"tie", "link", "connection", "affiliation", "membership"}
TIE_VERBS = {"link", "tie", "affiliate", "associate", "connect", "belong"}


def tied_groups(t: Any, ctx: Any) -> list[Participant]:
    """Named groups a person phrase ties its people to, through a tie noun or verb hung on
    it ("with ties to X", "suspected of links to X", "linked to / belonging to X"). People
    only: "targets belonging to X" says whose things were hit, not whose members."""
    lex = ctx.lex
    if not (lex.in_class(_lemma(t), "person") or lex.in_class(_lemma(t), "armed")
            or t.ent_type_ == "PERSON"):
        return []
    holders = [t]
    if t.dep_ in ("dobj", "obj", "nsubjpass"):
        # "detained three men with suspected ties to X": the parser hangs "with" on the verb
        holders += [g for c in t.head.children if c.dep_ == "prep" and c.lower_ == "with"
                    for g in c.children if g.dep_ == "pobj" and _lemma(g) in TIE_NOUNS]
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in ("with", "of"):
            holders += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "acl" and c.tag_ in ("VBN", "VBG"):
            holders.append(c)
            holders += of_objects(c)
    out: list[Participant] = []
    for h in holders:
        tie = (h.pos_ == "NOUN" and _lemma(h) in TIE_NOUNS) or (
            h.pos_ == "VERB" and h.dep_ == "acl" and _lemma(h) in TIE_VERBS)
        if not tie:
            continue
        for p in h.children:
            if p.dep_ != "prep" or p.lower_ not in ("to", "with"):
                continue
            for g in p.children:
                for x in (g, *g.conjuncts):
                    if x.dep_ not in ("pobj", "conj"):
                        continue
                    m = ctx.mapper.mention_at(x.idx, x.idx + len(x.text))
                    named = x.pos_ == "PROPN" or x.ent_type_ in ("ORG", "NORP") or (
                        m is not None and m.entity.kb_id) or any(
                        c.pos_ == "PROPN" for c in x.lefts)
                    if not named:
                        continue
                    q = ctx.mapper.participant(x)
                    if q is not None and q.name not in {o.name for o in out}:
                        out.append(q)
    return out


def affiliations(t: Any, ctx: Any) -> list[Participant]:
    """Groups named inside a person phrase ("a Taliban facilitator", "members of the FMLN",
    "people with ties to X"): the organisation targeted through its member. An area is no
    person phrase ("on the outskirts of Sugapa": where, even when the name is tagged a
    people's)."""
    doc = ctx.doc
    if t.pos_ == "NOUN" and (_lemma(t) in AREA_WORDS or t.lower_ in AREA_WORDS):
        return []
    out = tied_groups(t, ctx)
    if group_head(t):
        # "members of the xxii front of the farc", "a column of Shining Path rebels": the
        # groups named in the "of" complement (and the unit itself when it has a name)
        for g in of_objects(t):
            inside = affiliations(g, ctx)
            m = ctx.mapper.mention_at(g.idx, g.idx + len(g.text))
            named = g.pos_ == "PROPN" or g.ent_type_ in ("ORG", "NORP") or (
                m is not None and m.entity.kb_id) or ctx.lex.in_class(_lemma(g), "group_word")
            if not inside and named and not (ctx.lex.in_class(_lemma(g), "person")
                                             or ctx.lex.in_class(_lemma(g), "armed")
                                             or ctx.lex.in_class(_lemma(g), "place_word")):
                p = ctx.mapper.participant(g)
                if p is not None:
                    out.append(p)
            out.extend(q for q in inside if q.name not in {x.name for x in out})
        return out
    if ctx.mapper.named_group(t) is not None or _lemma(t) in ("community", "minority",
                                                              "majority"):
        # "the Black Hand group", "the Christian Nuer community": the name is the group's
        # own, no affiliation
        return out
    mods = [c for c in t.children if c.dep_ in ("compound", "amod", "nmod") and c.i < t.i]
    mods += [g for g in of_objects(t) if _lemma(g) not in ctx.lex.classes["civil_status"]]
    mods += from_group(t)
    mods = [m for m in mods if not m.like_num]  # "9th Front": part of the unit's name
    # "Suspected jihadist gunmen": the doubt, read as a name at the start of a sentence
    mods = [m for m in mods if m.lower_ not in HEDGES]
    # "a combined Afghan and coalition force patrol": the demonym is part of one name
    mods = [m for m in mods if coordinated_modifier(m) is None and not any(
        c.dep_ == "conj" and c.pos_ == "NOUN" and not c.ent_type_ for c in m.children)]
    lex = ctx.lex
    member = lex.in_class(_lemma(t), "person") or lex.in_class(_lemma(t), "armed")
    # a modifier on the line above (a headline the parser glued on) or before a dateline's
    # dash ("MAPUTO (Wire) - Islamist insurgents") is no affiliation
    mods = [m for m in mods if not set_apart(m, t)]
    own = [e for e in getattr(doc, "ents", ()) if e.start <= t.i < e.end]
    if own and t.pos_ == "PROPN":
        # "Efrain Rincon Rodriguez": words inside the head's own name are no affiliation
        mods = [m for m in mods if not (m.dep_ == "compound" and own[0].start <= m.i)]
    if t.pos_ == "PROPN":
        # "Colombian journalist Ana Ruiz": a noun describing a named person is no group
        mods = [m for m in mods if not (m.pos_ == "NOUN" and (
            lex.in_class(_lemma(m), "person") or _lemma(m) in DESCRIPTORS))]
    for m in mods:
        if m.dep_ == "pobj" and m.pos_ == "NOUN" and lex.entry(_lemma(m), "N") is not None:
            continue  # "accused the army of the murder": an event, not a group
        if m.dep_ == "pobj" and _lemma(t) in RELATION_NOUNS:
            continue  # "a brother of the suspect": a relative, not a member
        if member and m.dep_ == "pobj" and m.pos_ in ("NOUN", "PROPN") and not (
                lex.in_class(_lemma(m), "person") or lex.in_class(_lemma(m), "place_word")):
            if named_groups(m):
                continue  # "members of the A and B clans": two sides, each coded as one
            if _lemma(t) in PLACE_OFFICES or m.ent_type_ in ("GPE", "LOC", "FAC") and \
                    strip_plural(t.lower_) not in MEMBER_OF_HEADS:
                continue  # "the mayor of Spin Boldak": the town an office is held for
            p = ctx.mapper.participant(m)  # "terrorists of the fmln", "members of the group"
            if p is not None:
                out.append(p)
            continue
        if m.ent_type_ in ("ORG", "NORP") or ctx.mapper.mention_at(m.idx, m.idx + len(m.text)):
            mention = ctx.mapper.mention_at(m.idx, m.idx + len(m.text))
            if mention is not None and mention.entity.kind in ("state", "country"):
                continue
            if mention is not None and mention.entity.kind == "person" and not (
                    mention.entity.kb_id) and m.i < t.i and t.tag_ == "NNS" and not (
                    lex.in_class(_lemma(t), "armed") or _lemma(t) in FIGHTER_HEADS
                    or strip_plural(t.lower_) in FIGHTER_HEADS):
                continue  # "Ahmadi worshippers", "Tuareg herders": a people or creed the
                # tagger took for a person's name describes them; no one they belong to (but
                # "Haqqani fighters" are the group's)
            if m.ent_type_ == "NORP" and (mention is None or (
                    not mention.entity.kb_id and not member and m.dep_ != "pobj")):
                continue  # a nationality or creed ("Afghan civilians", "a Shia mosque"): no group
            if m.text.islower() and (mention is None or not mention.entity.kb_id):
                continue  # "jihadist gunmen": a common word describes them, names no group
            if mention is not None:
                p = ctx.mapper.participant(m)
            else:
                sub = sorted(x.i for x in m.subtree if x.ent_type_ == m.ent_type_)
                left, right = (sub[0], sub[-1]) if sub else (m.i, m.i)
                span = ctx.document.span(doc[left].idx, doc[right].idx + len(doc[right].text))
                p = Participant(name=span.text, evidence=(span,), mentions=(span.text,))
            if p is not None and p.name.lower() != t.lower_:
                out.append(p)
    return out


# the nouns that close a group's name ("the Liberation Front", "the Islamic State group")
GROUP_NAME_HEADS = frozenset(("group", "movement", "front", "brigade", "brigades", "army",
                              "militia", "organisation", "organization", "party", "council",
                              "alliance", "coalition", "battalion", "force", "forces"))


def from_group(t: Any) -> list[Any]:
    """"fighters from the Liberation Front", "militants from the Islamic State group": a
    fighter noun's "from" phrase naming an organisation (not a place: "gunmen from a nearby
    village", "fighters from Chad") is the group they belong to, as its "of" phrase is."""
    if strip_plural(t.lower_) not in MEMBER_OF_HEADS and _lemma(t) not in MEMBER_OF_HEADS:
        return []
    return [g for c in t.children if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("GPE", "LOC", "NORP")
            and (g.lower_ in GROUP_NAME_HEADS and any(x.pos_ == "PROPN" for x in g.lefts)
                or g.ent_type_ == "ORG" and g.pos_ == "PROPN")]


def member_of(t: Any) -> list[Any]:
    """The body a member noun's "of" (or group "from") phrase names."""
    return of_objects(t) or from_group(t)


# offices held for a town or a province ("the mayor of X", "the governor of X")
PLACE_OFFICES = frozenset(("mayor", "governor", "prefect", "deputy mayor"))


# who fields forces of its own that a country's military is not ("Houthi forces")
NON_STATE_KINDS = {"armed group", "militia", "government", "rebel group", "insurgent group"}


def as_members(t: Any, person: Participant | None, groups: list[Participant]
               ) -> list[Participant]:
    """"Boko Haram fighters", "ADF rebels", "Hezbollah members": fighters named by the one
    group a modifier says they belong to are that group (the phrase one of its mentions), not
    a person beside it. Otherwise the person and the groups as they are."""
    word = strip_plural(t.lower_)
    named_by = [c for c in t.children if c.dep_ in ("compound", "nmod", "amod") and c.i < t.i]
    if (person is not None and len(groups) == 1 and not named_by and member_of(t)
            and (word in MEMBER_OF_HEADS or _lemma(t) in MEMBER_OF_HEADS)
            and not group_head(t)):  # ("members of the 9th Front": named by their unit)
        # "fighters of the Arakan Army", "officers of the Central Investigation Bureau",
        # "troops of the Naval Force": the people are the body their "of" phrase names
        # (a sector the actor KB linked the bare noun to, "officers": police, is no other)
        named_by, person, word = member_of(t), replace(person, kb_id=None), "member"
    elif (person is not None and person.kb_id and person.kind == "military" and named_by
          and len(groups) == 1 and groups[0].kb_id != person.kb_id and word in (
              FIGHTER_HEADS | {"force"}) and groups[0].kind in NON_STATE_KINDS):
        # "Houthi intelligence forces", "Taliban fighters": forces a group's name says are
        # its own are that group, not the military the bare noun was linked to by country
        person, word = replace(person, kb_id=None), "member"
    elif person is not None and len(groups) == 1 and not named_by and not person.kb_id:
        named_by = [c for c in t.children if c.dep_ == "poss" and c.lower_ in ("its", "their")]
    if (person is None or person.kb_id or len(groups) != 1 or not named_by
            or not (word in FIGHTER_HEADS or word == "member" or _lemma(t) in FIGHTER_HEADS)):
        return [p for p in (person, *groups) if p is not None]
    g = groups[0]
    return [replace(g, mentions=tuple(dict.fromkeys((*g.mentions, *person.mentions))),
                    evidence=g.evidence + person.evidence)]



def possessor_group(t: Any, ctx: Any) -> list[Participant]:
    """"Boko Haram said its fighters had attacked a base", "the X alliance said its fighters
    took it": the group a possessive pronoun on a member noun points to, the subject of the
    nearest verb above that names an organisation (one, or none)."""
    word = strip_plural(t.lower_)
    if not (word in MEMBER_OF_HEADS or _lemma(t) in MEMBER_OF_HEADS) or not any(
            c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children):
        return []
    v = t.head
    while v.head != v and v.pos_ not in ("VERB", "AUX"):
        v = v.head
    for _ in range(4):
        v = v.head
        subj = [c for c in v.children if c.dep_ == "nsubj" and c.i < t.i]
        for s in subj:
            p = ctx.mapper.participant(s)
            if p is not None and p.kind != "person" and (p.kb_id or s.pos_ == "PROPN" or (
                    s.ent_type_ in ("ORG", "NORP") or ctx.mapper.named_group(s))):
                return [p]
        if v.head == v:
            break
    return []


def others_antecedent(t: Any) -> Any:
    """"Two suspected smugglers were killed and three others were detained", "shot dead two
    robbers and arrested four others": counted "others" are more of the people counted before
    them in the sentence (that noun's token; `t` itself when there is none)."""
    if t.lower_ != "others" or of_objects(t) or not any(
            c.dep_ == "nummod" or c.like_num for c in t.children):
        return t
    before = [u for u in t.sent if u.i < t.i and u.pos_ == "NOUN" and u.tag_ == "NNS"
              and any(c.dep_ == "nummod" for c in u.children)]
    return before[-1] if before else t
