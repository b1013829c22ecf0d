"""The constructions `arguments.roles_for` reads one at a time to find who acted and what
was hit: a passive's agent hidden in the event it happened in ("killed in an ambush by
bandits"), the subject of a light verb ("X launched an attack"), who handed over a demand,
what an attack damaged, who died in it, co-actors ("in cooperation with X"), an object
shared by coordinated verbs, the people a purpose clause disperses, and the names an
apposition gives a common noun.
"""

from __future__ import annotations

from typing import Any

from .argument_words import (ATTACK_VERBS, CAUSE_VERBS, DAMAGE_NOUNS, DEATH_VERBS, DELIVER_VERBS,
                             DISPERSE_VERBS, EXPLODE_VERBS, FILING_VERBS, INSTRUMENT_VERBS,
                             LAID_EXPLOSIVES, LIFE_NOUNS, LIGHT_EXTRA, NAMING_VERBS, NON_PARTICIPANT_ENTS,
                             OPPONENT_NOUNS, PASSIVE_LIGHT, PRONOUNS, STREET_WORDS, TRIP_VERBS)
from .lexicon import Lexicon, load_lexicon
from .lexicon import lemma as _lemma
from .noun_phrases import coordinated_modifier
from .clause_subjects import subject_of
from .syntax import included, may_act, pobj_of, which_clause
from .weapons import UNMANNED, riot_munition


def without_split_modifiers(tokens: list[Any]) -> list[Any]:
    """Drops a demonym the parser made head of "Afghan and coalition force" (its noun stays)."""
    return [t for t in tokens if coordinated_modifier(t) is None]


def with_included(tokens: list[Any]) -> list[Any]:
    """Adds the ones a phrase singles out: "five people, including two children" -> the
    children too."""
    out = list(tokens)
    for t in tokens:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("including", "includes"):
                out.extend(g for g in included(c) if g not in out)
    return out


def appos_names(t: Any) -> list[Any]:
    """A common noun named by its apposition ("a commando unit, the Red Star Front",
    "the terrorist group Red Dawn"): the name(s) instead of the noun."""
    if t.pos_ != "NOUN" or load_lexicon().in_class(_lemma(t), "place_word"):
        return [t]  # "Kandahar province, a combined ... force": a place, misparsed
    names = [c for c in t.children if c.dep_ == "appos" and (
        c.pos_ == "PROPN" or any(g.pos_ == "PROPN" for g in c.lefts)
        or any(g.pos_ == "PROPN" for d in c.lefts for g in d.lefts))]
    return names or [t]


# verbs that put their subject into a state an "on" noun names: "went on strike", "stayed on
# hunger strike", "are on a go-slow"
ON_STATE_VERBS = {"go", "remain", "stay", "be", "continue",
                  "put", "place"}  # ("put its army on high alert": who put it)


def light_verb_subject(noun: Any, lex: Lexicon) -> list[Any]:
    """Subject of the verb a noun trigger is the object of ("X launched an attack", "X
    announced the extension of the suspension")."""
    node = noun
    for _ in range(5):
        head = node.head
        if head == node:
            return []
        if head.pos_ in ("VERB", "AUX") and node.dep_ in ("dobj", "attr", "nsubjpass", "oprd",
                                                          "conj", "pobj"):
            filing = _lemma(head) in FILING_VERBS and any(c.dep_ == "nsubj"
                                                          for c in head.children)
            if node.dep_ == "pobj" or _lemma(head) not in LIGHT_EXTRA | lex.classes["light"] and (
                    node.dep_ != "nsubjpass" or _lemma(head) not in PASSIVE_LIGHT) and not filing:
                return []
            subj, passive = subject_of(head)
            if passive:
                # "was planned by X and carried out by Y": the coordinated passives too
                verbs = [head] + [v for v in head.conjuncts if v.pos_ == "VERB" and (
                    _lemma(v) in PASSIVE_LIGHT | LIGHT_EXTRA | lex.classes["light"])
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)]
                return [g for v in verbs for c in v.children if c.dep_ == "agent"
                        for g in c.children if g.dep_ == "pobj"]
            return subj
        if node.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("of", "in"):
            node = head.head
            continue
        if node.dep_ == "pobj" and head.lower_ == "on" and head.dep_ == "prep" and (
                _lemma(head.head) in ON_STATE_VERBS and head.head.pos_ in ("VERB", "AUX")):
            subj, passive = subject_of(head.head)  # "dockers went on strike", "remain on strike"
            return [] if passive else subj
        if node.dep_ in ("conj", "appos"):
            node = head
            continue
        return []
    return []


def delivered(noun: Any) -> tuple[list[Any], list[Any]]:
    """(who handed it over, whom it is addressed to) for a demand, threat or aid noun:
    "the workers were given an ultimatum", "the army gave the rebels an ultimatum", "an
    order was sent to the garrison by the rebels"."""
    verb = noun.head
    if verb == noun or _lemma(verb) not in DELIVER_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return [], []
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
    if noun.dep_ == "dobj":
        passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if passive:
            return agents, passive  # a passive's retained object: its subject received it
        subj, is_passive = subject_of(verb)
        return [] if is_passive else subj, [
            c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"] + pobj_of(
            verb, ("to",))
    if noun.dep_ == "nsubjpass":
        return agents, pobj_of(verb, ("to",))
    return [], []


def damaged(trigger: Any) -> list[Any]:
    """What an attack damaged: "the blast caused damage to nearby shops", "a bomb exploded,
    causing heavy damage to the bank"."""
    verbs = []
    if trigger.dep_ in ("nsubj", "csubj") and _lemma(trigger.head) in CAUSE_VERBS:
        verbs.append(trigger.head)
    verbs += [c for c in trigger.children if c.dep_ in ("advcl", "xcomp", "conj")
              and _lemma(c) in CAUSE_VERBS and not any(
                  g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    return [t for v in verbs for o in v.children if o.dep_ == "dobj" and _lemma(o) in
            DAMAGE_NOUNS for t in pobj_of(o, ("to",))]


def says_where(tok: Any) -> bool:
    """An "at"/"on" object that says where, not what was hit: a place name or a street."""
    return tok.ent_type_ in ("GPE", "LOC") or _lemma(tok).rstrip(".") in STREET_WORDS or (
        tok.lower_ in ("spot", "scene") and any(c.lower_ == "the" for c in tok.children))


# where a text is posted ("claimed the attack on social media", "on Telegram"): no target
POSTED_ON = frozenset(("media", "telegram", "website", "facebook", "twitter", "instagram",
                       "youtube", "tiktok", "whatsapp", "internet", "x.com"))


def hit_objects(tok: Any, preps: tuple[str, ...]) -> list[Any]:
    """Objects of "against"/"on"/"at"/... that are targets; "at"/"on"/"upon" + a place name
    or street is where it happened ("explosions at Oxford Street"); "on" + a platform is
    where a text was posted ("claimed the attack on Telegram")."""
    return [g for g in pobj_of(tok, preps)
            if not (g.head.lower_ in ("at", "on", "upon") and says_where(g))
            and not (g.head.lower_ == "on" and g.lower_ in POSTED_ON)]


def coactors(tok: Any, lex: Lexicon) -> list[Any]:
    """X in "in cooperation with X", "together with X", "backed by X" on the trigger or its
    subject."""
    markers = lex.words("co_actor_markers")
    out = []
    places = [tok]
    subj, _ = subject_of(tok) if tok.pos_ in ("VERB", "AUX") else ([], False)
    places.extend(subj)
    if tok.dep_ in ("advcl", "xcomp", "conj") and tok.head.pos_ == "VERB":
        places.append(tok.head)
    for p in places:
        for c in p.children:
            if c.dep_ not in ("prep", "advmod", "acl", "agent"):
                continue
            phrase = " ".join(t.lower_ for t in c.subtree)
            for m in markers:
                if phrase.startswith(m + " ") or phrase.startswith(m):
                    # the last pobj inside the marker phrase is the partner
                    pobjs = [t for t in c.subtree if t.dep_ == "pobj"]
                    if pobjs:
                        cand = [t for t in pobjs if t.idx >= c.idx + len(m) - 1]
                        if cand:
                            out.append(cand[0])
                    break
    return out


def after_explosion(verb: Any) -> bool:
    """"police are hunting a suspect who left a device that exploded on Friday, wounding 13
    people": a participle hung on the main verb while an intransitive explosion verb stands
    between them tells what the explosion did (the nearest clause), not what the main
    verb's subject did."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.i >= verb.i:
        return False
    between = verb.doc[verb.head.i + 1:verb.i]
    return any(t.pos_ == "VERB" and _lemma(t) in EXPLODE_VERBS and t.dep_ in (
        "relcl", "ccomp", "conj", "advcl", "acl") and not any(
        c.dep_ in ("dobj", "obj") for c in t.children) for t in between)


def dead_in(trigger: Any) -> list[Any]:
    """Who died in or when the attack happened: "a woman died when a bomb exploded", "two
    guards died in the attack", "two guards died and one was hurt" -> the subject of "died"
    is the attack's target."""
    node = trigger
    if node.dep_ == "pobj" and node.head.lower_ in ("in", "during", "after") and (
            node.head.head != node.head):
        node = node.head
    elif node.dep_ != "advcl" and not (node.dep_ == "conj" and node.pos_ == "VERB"
                                       and node.head.i < node.i):
        return []  # ("Two soldiers died and three were injured": the dead are the event's too)
    verb = node.head
    if _lemma(verb) not in DEATH_VERBS:
        return []
    return [c for c in verb.children if c.dep_ == "nsubj"
            and c.lower_ not in ("who", "which", "that")]


def whose_life(t: Any) -> list[Any]:
    """"an attack on his life / on the life of the judge": the target is the person whose
    life it is, not the word "life"; a pronoun owner is left to the clause (see
    SUFFER_VERBS), so "life" gives no target of its own then."""
    if _lemma(t) not in LIFE_NOUNS and t.lower_ not in LIFE_NOUNS:
        return [t]
    owners = [c for c in t.children if c.dep_ == "poss"] + pobj_of(t, ("of",))
    return [o for o in owners if not (o.pos_ == "PRON" or o.lower_ in PRONOUNS)]


def agents_of_event_in(verb: Any, lex: Lexicon) -> list[Any]:
    """Who did a harm told in the passive without an agent, from the violent event it
    happened in: "killed in an ambush by bandits" (the noun's "by"), "killed in a clash /
    gun battle with smugglers" (the other side of a fight)."""
    out: list[Any] = []
    for noun in pobj_of(verb, ("in", "during")):
        entry = lex.entry(_lemma(noun), "N")
        if entry is None or entry.plover != "ASSAULT":
            continue
        out.extend(g for g in pobj_of(noun, ("by",)) if g.ent_type_ not in NON_PARTICIPANT_ENTS)
        if _lemma(noun) in OPPONENT_NOUNS:
            out.extend(pobj_of(noun, ("with",)))
    out.extend(_doers_of_which(verb, lex))
    return [t for t in out if may_act(t, lex)]


# verbs whose subject did the violent act their object names ("carried out an attack")
DOING_VERBS = {"carry", "launch", "stage", "mount", "conduct", "perpetrate", "commit"}


def _doers_of_which(verb: Any, lex: Lexicon) -> list[Any]:
    """"the group carried out an attack near X, in which 20 people were killed": the harm
    told in a relative clause "in which" belongs to the attack its clause describes, done by
    the attack's "by" agent or by the subject of the verb that carried it out."""
    if not which_clause(verb, ("in", "during")):
        return []
    noun = verb.head
    if lex.entry(_lemma(noun), "N") is None:
        # "carried out an attack near Kamanyola, in which ...": the parser hangs the clause on
        # the last noun; the attack is the object of the verb that noun's phrase is on
        up = noun
        while up.pos_ not in ("VERB", "AUX") and up.head != up:
            up = up.head
        noun = next((c for c in up.children if c.dep_ == "dobj"), noun)
    entry = lex.entry(_lemma(noun), "N")
    if entry is None or entry.plover != "ASSAULT":
        return []
    out = [g for g in pobj_of(noun, ("by",)) if g.ent_type_ not in NON_PARTICIPANT_ENTS]
    if not out and noun.dep_ == "dobj" and _lemma(noun.head) in DOING_VERBS:
        out = [c for c in noun.head.children if c.dep_ == "nsubj"]
    return out


def agents_of_when_clause(verb: Any, lex: Lexicon) -> list[Any]:
    """Who did a harm told in the passive without an agent, from the attack its "when" or
    "as" clause tells: "17 people were killed when gang members stormed the district" (the
    clause's subject; a passive clause's "by" agent is read with the trigger's own). Not a
    clause where something exploded or a vehicle ran onto a mine: what exploded or hit it
    did not act."""
    out: list[Any] = []
    # ("were killed on Monday when a drone struck": the parser may hang the clause on the date)
    dated = [r for p in verb.children if p.dep_ == "prep" for g in p.children
             if g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")
             for r in g.children if r.dep_ == "relcl"]
    for c in [*verb.children, *dated]:
        c_dep = "advcl" if c in dated else c.dep_
        entry = lex.entry(_lemma(c), "V")
        attack = (entry is not None and entry.plover == "ASSAULT") or _lemma(c) in ATTACK_VERBS \
            or (_lemma(c) == "open" and any(o.lower_ == "fire" for o in c.children))
        if c_dep != "advcl" or not attack or not any(
                m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") for m in c.children):
            continue
        if _lemma(c) in EXPLODE_VERBS or (_lemma(c) in TRIP_VERBS and any(
                _lemma(o) in LAID_EXPLOSIVES for o in c.children if o.dep_ == "dobj")):
            continue
        out.extend(g for g in c.children if g.dep_ == "nsubj")
    return [t for t in out if may_act(t, lex) and t.ent_type_ not in NON_PARTICIPANT_ENTS]


def provokers(verb: Any, lex: Lexicon) -> list[Any]:
    """Whom a protest or complaint without an object is aimed at, from the clause that says
    what provoked it: "Manila protested after Beijing's coast guard rammed a boat" (the
    clause's subject, when it can act and the clause is active)."""
    out: list[Any] = []
    for c in verb.children:
        if c.dep_ != "advcl" or not any(m.dep_ in ("mark", "advmod") and m.lower_ in (
                "after", "when") for m in c.children):
            continue
        subj, passive = subject_of(c)
        if not passive:
            out.extend(t for t in subj if t.pos_ != "PRON" and t.lower_ not in PRONOUNS)
    return [t for t in out if may_act(t, lex)]


def named_object(verb: Any) -> list[Any]:
    """"rejected what it called the bloc's ultimatums", "condemned what they described as
    an invasion": the object of a verb that is a free relative "what ... called/described"
    is the thing named in it. Not later_participants._named_by_what, which starts from the
    "what" itself, reads DESCRIBING_VERBS (not NAMING_VERBS) and keeps every noun named."""
    for c in verb.children:
        if c.dep_ == "ccomp" and c.i > verb.i and _lemma(c) in NAMING_VERBS and any(
                w.dep_ == "dobj" and w.lower_ == "what" for w in c.children):
            named = [w for w in c.children if w.dep_ in ("oprd", "attr")]
            named += [g for w in c.children if w.dep_ == "prep" and w.lower_ == "as"
                      for g in w.children if g.dep_ == "pobj"]
            return named[:1]
    return []


def shared_object(verb: Any) -> list[Any]:
    """The object of a verb coordinated after this one, shared by both: "police arrested
    and questioned three men" (the parser hangs "three men" on "questioned" only). Only for
    a verb with no object, subject, clause or preposition of its own before the next verb,
    and only with "and": "captured or killed 80 leaders" splits them between the two acts,
    so neither verb has them all."""
    if any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp", "prep", "agent", "dative", "prt")
           for c in verb.children):
        return []
    for c in verb.children:
        between = verb.doc[verb.i + 1:c.i]
        if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i and not any(
                g.dep_ in ("nsubj", "nsubjpass", "auxpass") for g in c.children) and all(
                t.dep_ in ("cc", "punct", "advmod") for t in between) and all(
                t.lower_ in ("and", "&") for t in between if t.dep_ == "cc") and any(
                t.dep_ == "cc" for t in between):
            return [g for g in c.children if g.dep_ in ("dobj", "obj")]
    return []


def dispersed(verb: Any) -> list[Any]:
    """The object of a "to disperse / scatter / break up" purpose clause on the verb (the
    people of a count: "hundreds of students")."""
    objs = [o for c in verb.children if c.dep_ in ("advcl", "xcomp") and (
                _lemma(c) in DISPERSE_VERBS or repelled(c))
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for o in c.children if o.dep_ in ("dobj", "obj")]
    return [g for o in objs for g in (
        pobj_of(o, ("of",)) if o.ent_type_ in NON_PARTICIPANT_ENTS or o.like_num else [o])]


# verbs that repel with "back" or "away": "to push / drive / force the marchers back"
REPEL_VERBS = {"push", "drive", "force", "beat", "keep", "hold", "chase", "move", "fight",
               "fend"}


def repelled(verb: Any, particles: tuple[str, ...] = ("back", "away")) -> bool:
    """"push the marchers back", "keep the crowd away": a verb that repels its object, with
    one of `particles` ("fought back", "drove the attackers off": `armed_sides.fought_off`)."""
    return _lemma(verb) in REPEL_VERBS and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in particles for c in verb.children)


def has_patient(verb: Any, objs: list[Any], passive_subj: list[Any], lex: Lexicon) -> bool:
    """Whether a verb already names what it was done to (an object, or the subject of its
    passive) that is no weapon: then "at X" says where ("stabbed two nurses at the clinic",
    "were attacked at a checkpoint"), not what was aimed at ("fired at the crowd"). A verb
    that delivers what it acts on ("threw stones at the police", "explosives were hurled at
    his residence") aims it "at" its target whatever the object."""
    if _lemma(verb) in INSTRUMENT_VERBS:
        return False
    return any(not weapon_noun(o) and not lex.in_class(_lemma(o), "weapon_head")
               and _lemma(o) not in ("fire", "shot", "shots")
               for o in list(objs) + list(passive_subj))


def weapon_noun(tok: Any) -> bool:
    lex = load_lexicon()
    lemma = _lemma(tok)
    return tok.pos_ in ("NOUN", "PROPN") and not lex.in_class(lemma, "person") and (
        lex.in_class(lemma, "weapon") or lex.in_class(lemma, "weapon_head")
        or lex.in_class(tok.lower_, "weapon_head") or lemma in UNMANNED
        or (tok.pos_ == "NOUN" and riot_munition(tok)))


def deployed_forces(trigger: Any) -> tuple[list[Any], list[Any]]:
    """(the forces a deployment sends, who sends them) for a MOBILIZE trigger: "troops were
    sent to the town" and "the deployment of 500 police officers" send the forces with no
    sender named; "the ministry deployed two units" sends the object, and the subject or
    the passive's "by" agent is the sender. The forces act in the deployment when no sender
    is named; what they are sent against or between is its target."""
    alert = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "on" else None
    if alert is not None and alert.pos_ == "VERB" and _lemma(alert) in ("put", "place"):
        trigger = alert  # "put its army on high alert": who put which forces on it
    if trigger.pos_ in ("VERB", "AUX") or trigger.tag_.startswith("VB"):
        subj, passive = subject_of(trigger)
        agents = [g for c in trigger.children if c.dep_ == "agent"
                  for g in c.children if g.dep_ == "pobj"]
        objs = [c for c in trigger.children if c.dep_ in ("dobj", "obj")]
        if passive:
            return subj, agents
        return objs, subj
    poss = [c for c in trigger.children if c.dep_ == "poss"]
    senders = poss + pobj_of(trigger, ("by",))
    head = trigger.head
    if not senders and trigger.dep_ in ("dobj", "obj") and _lemma(head) in DECIDING_VERBS:
        # "the minister announced the dispatch of 600 troops", "the cabinet approved the
        # deployment of two battalions": who announces or approves the sending sends them
        subj, passive = subject_of(head)
        senders = [] if passive else subj
    return pobj_of(trigger, ("of",)), senders


# verbs whose subject decides on a sending it takes as object ("announced the deployment")
DECIDING_VERBS = {"announce", "approve", "authorise", "authorize", "order", "decide",
                  "sanction", "unveil", "declare"}


def orders_forces_out(trigger: Any) -> bool:
    """"the president ordered more troops to the border", "ordered reinforcements into the
    valley": an order verb whose object goes somewhere, with no infinitive telling the
    forces to do something, is the sending itself; its subject sends them (whereas
    "ordered the army to take control of the port" leaves the army the one deploying)."""
    return trigger.pos_ == "VERB" and not any(
        c.dep_ in ("xcomp", "ccomp") or c.dep_ == "advcl" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in trigger.children) and any(
        c.dep_ in ("dobj", "obj") for c in trigger.children) and any(
        c.dep_ == "prep" and c.lower_ in ("to", "into", "onto", "toward", "towards")
        for c in trigger.children)


OBJECT_PRONOUNS = {"them": True, "him": False, "her": False, "it": False}


def _plural(c: Any) -> bool:
    """A plural noun, or a collective one counted ("its 14 crew")."""
    return c.tag_ in ("NNS", "NNPS") or any(
        n.dep_ == "nummod" and n.lower_ not in ("one", "1") for n in c.children)


def pronoun_antecedents(verb: Any, tok: Any, lex: Lexicon) -> list[Any]:
    """"imposed sanctions on three generals, accusing them of ...", "arrested the mayor,
    charging him with ...": an object pronoun of a participle hung on another verb is that
    verb's object (or whom its object is aimed "on"/"against"), in number with the pronoun."""
    plural = OBJECT_PRONOUNS.get(tok.lower_)
    if plural is None or tok.dep_ not in ("dobj", "obj") or verb.tag_ != "VBG" or (
            verb.dep_ not in ("advcl", "conj", "xcomp")) or verb.head.pos_ != "VERB":
        return []
    # (of the verbs coordinated with it too: "arrested 17 fishermen and seized three
    # trawlers, accusing them of poaching": people before things)
    heads = [verb.head, *verb.head.conjuncts]
    objs = [c for h in heads for c in h.children if c.dep_ in ("dobj", "obj") and c.i < tok.i]
    cands = objs + [g for o in objs for g in pobj_of(o, ("on", "against"))] + [
        g for h in heads for g in pobj_of(h, ("on", "against"))]
    fits = [c for c in cands if _plural(c) == plural and c.pos_ in (
        "NOUN", "PROPN") and may_act(c, lex) and not weapon_noun(c) and not any(
        lex.in_class(_lemma(c), k) for k in ("sanctions", "restriction", "place_word"))]
    people = [c for c in fits if c.ent_type_ in ("PERSON", "NORP") or lex.in_class(
        _lemma(c), "person") or lex.in_class(_lemma(c), "armed")]
    return (people or fits)[:1]



# what a force moves or holds in the field: hit, it names the force hit ("a convoy of X")
FIELD_UNITS = {"convoy", "patrol", "column", "base", "position", "post", "checkpoint",
               "vehicle", "outpost", "camp", "barracks", "headquarters", "office", "motorcade"}
IMPACT_PREPS = ("through", "into", "on", "at", "near", "against")


def hit_unit_owners(tok: Any) -> list[Any]:
    """"A bomb tore through a convoy of the Frontier Corps, killing three soldiers", "struck a
    patrol of the national guard, wounding two": the outcome participle's verb names what was
    hit; a force's unit there names the force attacked (its "of" phrase, a name)."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.head.pos_ != "VERB":
        return []
    verb = tok.head
    hit = [c for c in verb.children if c.dep_ == "dobj"] + pobj_of(verb, IMPACT_PREPS)
    hit += [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
    for c in verb.children:  # "exploded as a convoy of X passed"
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("as", "when", "while")
                                     for m in c.children):
            hit += [g for g in c.children if g.dep_ == "nsubj"]
    return [g for u in hit if _lemma(u) in FIELD_UNITS
            for p in u.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj" and (
                g.pos_ == "PROPN" or g.ent_type_ in ("ORG", "NORP"))]
