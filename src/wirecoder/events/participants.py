"""Participants of an event beyond its subject and object: targets that are actors (not
things), the groups a targeted person belongs to, and the weapons named in the clause."""

from __future__ import annotations

from typing import Any

from ..records import Participant
from .argument_words import DESCRIPTORS, HEDGES
from .lexicon import lemma as _lemma
from .noun_phrases import coordinated_modifier, group_head, np_bounds
from .participant_mapper import merge_participants
from .responsibility import claimed_agents
from .syntax import line_break_in, of_objects
from .typing import Typed

QUANTITY_WORDS = {"multiple", "several", "various", "numerous", "many", "some", "key", "other"}


# nouns for the use of a weapon, or a unit of it, that a weapon word modifies ("dynamite
# sticks", "bomb explosion", "machinegun fire", "grenade attack"): the weapon is the modifier
USE_HEADS = {"stick", "explosion", "blast", "detonation", "attack", "fire", "gunfire", "shot",
             "burst", "volley", "salvo", "assault", "raid", "strike", "package", "barrage"}


def weapons_in(scope: list[Any], ctx: Any) -> list[Participant]:
    out = []
    heads = ctx.lex.classes["weapon_head"]
    doc = ctx.doc
    for t in scope:
        if t.pos_ not in ("NOUN", "PROPN") or _lemma(t) not in heads and t.lower_ not in heads:
            continue
        # "dynamite sticks", "a bomb explosion", "machinegun fire": the weapon is the modifier
        used = t.dep_ in ("compound", "nmod", "amod") and t.head.pos_ == "NOUN" and (
            _lemma(t.head) in USE_HEADS) and t.head.i > t.i
        if used:
            left, _ = np_bounds(t)
            left = min([left] + [c.i for c in t.children if c.dep_ in ("compound", "nmod")
                                  and c.i < t.i and c.lower_ not in QUANTITY_WORDS])
            while left < t.i and (doc[left].lower_ in QUANTITY_WORDS or doc[left].like_num):
                left += 1
            span = ctx.document.span(doc[left].idx, t.idx + len(t.text))
            out.append(Participant(name=span.text, kind="weapon", evidence=(span,),
                                   mentions=(span.text,)))
            continue
        if _lemma(t) in USE_HEADS and any(
                c.dep_ in ("compound", "nmod", "amod") and c.i < t.i and (
                    _lemma(c) in heads or c.lower_ in heads) for c in t.children):
            continue  # "machinegun fire": named by its modifier (above)
        if t.dep_ in ("compound",) and t.head.pos_ in ("NOUN",) and _lemma(t.head) not in heads:
            continue
        if t.dep_ == "conj" and t.head.dep_ in ("compound", "nmod", "amod"):
            continue  # "rocket" in "mortar and rocket launchers"
        if t.dep_ in ("compound", "nmod", "amod") and t.head.pos_ == "NOUN" and (
                _lemma(t.head) in heads):
            continue
        if t.dep_ == "appos" and _lemma(t.head) in heads:
            continue  # "(IEDs)": an alias, added below
        if _lemma(t) in ("fire",) and not any(c.lower_ in ("mortar", "rocket", "artillery",
                                                           "machine-gun") for c in t.children):
            continue
        left, right = np_bounds(t)
        if t.dep_ == "compound" and _lemma(t.head) in heads:
            continue
        while left < t.i and (doc[left].lower_ in QUANTITY_WORDS or doc[left].like_num):
            left += 1
        # "mortar and rocket launchers": a coordinated modifier sharing this head
        for c in t.children:
            if c.dep_ in ("compound", "nmod", "amod") and c.i < left and (
                    c.lower_ not in QUANTITY_WORDS):
                left = c.i
        if left > t.i:
            left = t.i
        span = ctx.document.span(doc[left].idx, doc[right - 1].idx + len(doc[right - 1].text))
        name = span.text
        aliases = [c.text for c in t.children if c.dep_ == "appos"]
        out.append(Participant(name=name, kind="weapon", evidence=(span,),
                               mentions=(name, *aliases)))
    return out


# what an attack fires or causes, not whom or what it hits ("fired shots at", "opened fire")
NOT_TARGETS = {"shot", "fire", "gunfire", "round", "burst", "volley", "salvo", "blast",
               "explosion", "damage", "shooting", "crossfire"}


COUNT_NOUNS = {"score", "scores", "dozen", "dozens", "hundred", "hundreds", "thousand",
               "thousands", "million", "millions"}

# "dozens of houses", "part of the building": the noun after "of" is what was hit
PART_NOUNS = {"score", "dozen", "hundred", "thousand", "number", "lot", "part", "section", "series",
              "kind", "type", "pair", "couple", "rest", "most", "some", "all", "one", "each",
              "many", "several", "portion", "half", "majority", "group", "set", "total"}


# what police and crowds throw or shoot that the weapon lexicon leaves out: "struck by tear
# gas canisters", "hit by stones" (the instrument, not who acted)
RIOT_MUNITIONS = {"canister", "teargas", "pellet", "projectile", "stone", "rock", "baton",
                  "truncheon", "cannon"}


def instrument_word(t: Any, lex: Any) -> bool:
    """A weapon noun ("the bomb", "a car bomb", "dynamite charges") that no name covers."""
    if t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return False
    lemma = _lemma(t)
    return t.pos_ in ("NOUN", "PROPN") and (
        lex.in_class(lemma, "weapon_head") or lex.in_class(t.lower_, "weapon_head")
        or lex.in_class(lemma, "weapon") or lemma in RIOT_MUNITIONS
    ) and not lex.in_class(lemma, "person")


def actor_like(t: Any, ctx: Any) -> bool:
    lex = ctx.lex
    lemma = _lemma(t)
    return (t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or lex.in_class(lemma, "person")
            or lex.in_class(lemma, "armed") or lex.in_class(lemma, "actor_word")
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
    if lemma in lex.classes["restriction"] or lemma in lex.classes["sanctions"]:
        return None  # "suspension of sanctions": what is eased, not whom
    if lemma in lex.classes["agreement"] and typed.plover in ("SUPPORT", "AGREE"):
        return None
    if lemma in lex.classes["generic_objects"] and t.pos_ == "NOUN":
        return None
    if typed.plover in ("ASSAULT", "COERCE") and lemma in NOT_TARGETS and t.pos_ == "NOUN":
        return None
    if typed.plover == "ASSAULT" and _an_area(t, ctx):
        return None
    if lemma in COUNT_NOUNS and t.pos_ == "NOUN" and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
        return None  # "injured scores", "thousands were arrested": a count, not a name
    if lemma in RELATION_NOUNS and t.pos_ == "NOUN":
        return _of_phrase(t, ctx) or ctx.mapper.participant(t)
    if actor_like(t, ctx):
        return ctx.mapper.participant(t)
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
    if violent and not (lex.in_class(lemma, "weapon") or lemma in lex.classes["generic_objects"]
                        or typed.acled == "Disrupted weapons use"):
        return ctx.mapper.participant(t, inner=True)
    inside = ctx.mapper.participant(t, inner=True)
    if inside is not None and inside.kb_id:
        return inside
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


def _of_phrase(t: Any, ctx: Any) -> Participant | None:
    """A thing named with its owner ("the offices of the labor unions", "the home of the
    assembly president") as one participant; None when the noun has no "of" complement."""
    of = of_objects(t)
    if not of or t.like_num or _lemma(t) in PART_NOUNS:
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
    "people with ties to X"): the organisation targeted through its member."""
    doc = ctx.doc
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
    if ctx.mapper.named_group(t) is not None:
        return out  # "the Black Hand group": the name is the group's own, no affiliation
    mods = [c for c in t.children if c.dep_ in ("compound", "amod", "nmod") and c.i < t.i]
    mods += of_objects(t)
    mods = [m for m in mods if not m.like_num]  # "9th Front": part of the unit's name
    # "Suspected jihadist gunmen": the doubt, read as a name at the start of a sentence
    mods = [m for m in mods if m.lower_ not in HEDGES]
    # "a combined Afghan and coalition force patrol": the demonym is part of one name
    mods = [m for m in mods if coordinated_modifier(m) is None and not any(
        c.dep_ == "conj" and c.pos_ == "NOUN" and not c.ent_type_ for c in m.children)]
    lex = ctx.lex
    member = lex.in_class(_lemma(t), "person") or lex.in_class(_lemma(t), "armed")
    # a modifier on the line above (a headline the parser glued on) is no affiliation
    mods = [m for m in mods if not any(line_break_in(x.text)
                                       for x in doc[min(m.i, t.i):max(m.i, t.i)])]
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
            p = ctx.mapper.participant(m)  # "terrorists of the fmln", "members of the group"
            if p is not None:
                out.append(p)
            continue
        if m.ent_type_ in ("ORG", "NORP") or ctx.mapper.mention_at(m.idx, m.idx + len(m.text)):
            mention = ctx.mapper.mention_at(m.idx, m.idx + len(m.text))
            if mention is not None and mention.entity.kind in ("state", "country"):
                continue
            if m.ent_type_ == "NORP" and mention is None:
                continue  # a nationality ("Afghan civilians") is not a group
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


def semicolon_list(t: Any) -> list[Any]:
    """The other items of a list separated by semicolons that the parser hung under its first
    item as appositions or conjuncts ("killing Ana Ruiz, 42; Luis Gil, 19; and a guard")."""
    doc = t.doc
    out: list[Any] = []
    stack = [t]
    while stack:
        node = stack.pop()
        for c in node.children:
            if c.dep_ not in ("appos", "conj") or c.pos_ not in ("NOUN", "PROPN") or c.like_num:
                continue
            lo, hi = sorted((node.i, c.i))
            if c not in out and any(doc[k].text == ";" for k in range(lo + 1, hi)):
                out.append(c)
                stack.append(c)
    return sorted(out, key=lambda x: x.i)


def named_apposition(t: Any) -> list[Any]:
    """The people a common noun names in apposition ("two peasants, Jose Rivera and Pedro
    Ortiz" -> the two names); the noun itself when it has none. Items of a semicolon list
    under it are named too."""
    listed = [u for x in semicolon_list(t) for u in _named_apposition(x)]
    return [u for u in dict.fromkeys(_named_apposition(t) + listed)]


def _named_apposition(t: Any) -> list[Any]:
    if t.pos_ != "NOUN":
        return [t]
    names = [c for c in t.children if c.dep_ == "appos" and (
        c.ent_type_ == "PERSON" or c.pos_ == "PROPN")]
    if not names:
        return [t]
    out = []
    for n in names:
        for u in (n, *n.conjuncts, *_listed_after(n)):
            if u not in out and (u.ent_type_ == "PERSON" or u.pos_ == "PROPN"):
                out.append(u)
    return out


def _listed_after(n: Any) -> list[Any]:
    """Names of a list whose items carry their own descriptors, which the parser hangs on
    the item or descriptor before them ("three journalists: Ana Ruiz, a photographer, Luis
    Gil, a reporter, and Eva Sol"): names reached from a name through appositions and
    conjuncts, passing through the descriptors."""
    out: list[Any] = []
    stack = [n]
    seen = {n.i}
    while stack:
        d = stack.pop()
        for u in d.children:
            if u.dep_ not in ("appos", "conj") or u.i in seen or u.i < d.i:
                continue
            seen.add(u.i)
            if u.ent_type_ == "PERSON" or u.pos_ == "PROPN":
                out.append(u)
                stack.append(u)
            elif u.pos_ == "NOUN":
                stack.append(u)  # a descriptor: the next item hangs under it
    return sorted(out, key=lambda x: x.i)


TITLES = {"mr", "mrs", "ms", "dr", "msgr", "monsignor", "father", "gen", "general", "col",
          "colonel", "maj", "major", "capt", "captain", "lt", "lieutenant", "sgt", "sergeant",
          "president", "minister", "judge", "mayor", "senator", "deputy", "bishop",
          "archbishop", "commander", "comrade", "comrades", "professor", "engineer"}


def full_names(doc: Any) -> list[str]:
    """Person names of two or more words in a document ("Hector Oqueli Colindres")."""
    out: list[str] = []
    for ent in getattr(doc, "ents", ()):
        words = [t.text for t in ent if not t.is_punct]
        while len(words) > 2 and words[0].lower().rstrip(".") in TITLES | RANKS:
            words = words[1:]  # "Sergeant Ana Ruiz": the rank is no part of the name
        if ent.label_ == "PERSON" and len(words) >= 2 and " ".join(words) not in out:
            out.append(" ".join(words))
    return out


def expand_name(p: Participant, names: list[str]) -> Participant:
    """A later short mention of a person ("Oqueli", "Oqueli Colindres") named by the one fuller
    name of the document that contains it as whole words ("Hector Oqueli Colindres"); left as
    it is when no such name, or two different ones, contain it, or it is linked to a KB."""
    if p.kb_id or not p.name:
        return p
    words = [w.rstrip(".") for w in p.name.lower().split()]
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]  # "Msgr Romero" is "Romero"
    if not 1 <= len(words) <= 3 or not all(w.isalpha() for w in words):
        return p
    hits = []
    for n in names:
        nw = n.lower().split()
        if len(nw) > len(words) and any(nw[i:i + len(words)] == words
                                        for i in range(len(nw) - len(words) + 1)):
            hits.append(n)
    if not hits:
        return p
    longest = max(hits, key=lambda n: len(n.split()))
    if any(h.lower() not in longest.lower() for h in hits):
        return p  # "Flores": Gilda Flores or Juana Margarita Flores
    mentions = tuple(dict.fromkeys((*p.mentions, p.name)))
    return Participant(name=longest, kb_id=p.kb_id, kind=p.kind, country=p.country,
                       sector=p.sector, mentions=mentions, evidence=p.evidence)


# nouns that refer back to the people an attack hit ("the victims were identified as ...")
VICTIM_NOUNS = {"victim", "dead", "deceased", "hostage", "casualty", "body", "corpse",
                "kidnappee", "wounded", "injured"}


def identified_victims(sent: Any, lex: Any) -> list[Any]:
    """Names a sentence gives to the victims of an event told before it: "the victims were
    identified as A, B and C", "the dead are A and B", "the hostages, A and B, ..."."""
    out: list[Any] = []
    for t in sent:
        if _lemma(t) not in VICTIM_NOUNS and t.lower_ not in VICTIM_NOUNS:
            continue
        cands: list[Any] = []
        if t.dep_ in ("nsubjpass", "nsubj") and _lemma(t.head) == "identify":
            cands = [g for c in t.head.children if c.dep_ == "prep" and c.lower_ == "as"
                     for g in c.children if g.dep_ == "pobj"]
        elif t.dep_ == "nsubj" and _lemma(t.head) == "be":
            cands = [c for c in t.head.children if c.dep_ == "attr"]
        cands += [c for c in t.children if c.dep_ == "appos"]
        for c in cands:
            for u in (c, *c.conjuncts):
                if u in out or u.like_num or u.pos_ not in ("PROPN", "NOUN"):
                    continue
                if u.ent_type_ != "PERSON" and (u.pos_ != "PROPN" or lex.in_class(
                        _lemma(u), "person") or lex.in_class(_lemma(u), "place_word")):
                    continue  # a name, not "the victims were peasants"
                out.append(u)
    return out


STATE_SECTORS = {"GOV", "MIL", "COP", "SPY"}


def last_violent_event(final: list[Any], sent: Any) -> Any:
    """The last violent (ASSAULT/COERCE) event told in or before `sent`, or None: the event a
    later sentence's "the attack", "the victims were", "X claimed it" refers back to."""
    before = [d for d in final if d.typed.plover in ("ASSAULT", "COERCE")
              and d.sent.start <= sent.start]
    return max(before, key=lambda x: (x.sent.start, x.trigger.token.i), default=None)


def attach_claimed_actors(final: list[Any], ctx: Any) -> None:
    """"A bomb went off in a bank. The Red Dawn group claimed responsibility for the attack":
    whoever a later sentence makes responsible for an event it refers back to acts in the
    last violent event told in or before that sentence (not in one that state forces did)."""
    taken = {m.token.i for d in final for m in (d.trigger, *d.mentions)}
    for sent in ctx.doc.sents:
        toks = claimed_agents(sent, ctx.lex, taken)
        d = last_violent_event(final, sent) if toks else None
        if d is None:
            continue
        if any(a.sector in STATE_SECTORS for a in d.actors):
            continue
        hit = {p.name.lower() for p in d.targets}
        found = [ctx.mapper.participant(t) for t in toks]
        found += [q for t in toks for q in affiliations(t, ctx)]  # "guerrillas of the X"
        parts = [p for p in found if p is not None and p.name.lower() not in hit]
        if parts:
            d.actors = list(merge_participants(list(d.actors) + parts))


HARM_VERBS = {"die", "perish", "kill", "wound", "injure", "murder", "kidnap", "abduct",
              "assassinate", "execute", "massacre", "hurt"}
# ranks and posts written before a listed person's name ("corporal Ana Ruiz")
RANKS = {"corporal", "private", "sergeant", "agent", "guard", "officer", "inspector",
         "constable", "patrolman", "first", "second", "third", "sub", "chief", "deputy",
         "lance", "staff", "master"}
NAME_PARTICLES = {"de", "del", "la", "las", "los", "da", "do", "dos", "y", "van", "von", "al"}


def listed_victims(sent: Any, ctx: Any) -> list[Participant]:
    """"The following policemen died in combat: Major Ana Ruiz, Corporal Luis Gil and Eva
    Sol", "the victims are: A, B": the names listed after the colon (ranks left out)."""
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None:
        return []
    lex = ctx.lex
    lead = False
    for t in sent:
        if t.i >= colon.i:
            break
        if t.pos_ != "NOUN" or t.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        following = any(c.lower_ == "following" for c in t.children)
        harm = _lemma(t.head) in HARM_VERBS
        if (following and harm) or (_lemma(t) in VICTIM_NOUNS and t.dep_ != "dobj"):
            lead = True
    if not lead:
        return []
    items: list[list[Any]] = [[]]
    for t in ctx.doc[colon.i + 1:sent.end]:
        if t.text in (",", ";", ".") or t.lower_ == "and" or t.is_space:
            if items[-1]:
                items.append([])
            continue
        items[-1].append(t)
    out = []
    for item in (i for i in items if i):
        while item and (item[0].lower_ in RANKS | TITLES | DESCRIPTORS
                        or lex.in_class(_lemma(item[0]), "person")):
            item = item[1:]
        if not 2 <= len(item) <= 5 or any(
                not t.is_alpha or (t.is_stop and t.lower_ not in NAME_PARTICLES)
                or t.like_num for t in item):
            continue
        if not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in item):
            continue
        span = ctx.document.span(item[0].idx, item[-1].idx + len(item[-1].text))
        out.append(Participant(name=span.text, kind="person", evidence=(span,),
                               mentions=(span.text,)))
    return out if len(out) >= 2 else []


def attach_listed_victims(final: list[Any], ctx: Any) -> None:
    """Victims listed after a colon become targets of the last violent event told in or
    before that sentence."""
    for sent in ctx.doc.sents:
        parts = listed_victims(sent, ctx)
        d = last_violent_event(final, sent) if parts else None
        if d is None:
            continue
        d.targets = list(merge_participants(list(d.targets) + parts))


def attach_later_participants(final: list[Any], ctx: Any) -> None:
    """Participants a later sentence gives to an event told before it: who is blamed for
    it, and the victims it lists."""
    attach_claimed_actors(final, ctx)
    attach_listed_victims(final, ctx)
