"""Arguments from syntax, not proximity: who acted, against or toward whom, with what.

For a verb trigger the actor is its subject (or the "by" agent of a passive), the target its
object (or the passive subject, or the object of "against"/"on"/"at"/"with" for meetings and
clashes); a controlled or coordinated verb borrows the subject of the verb it depends on;
"in cooperation with X" adds X as a co-actor. For a noun trigger the actor is its possessor,
"by" agent or the subject of the light verb it is the object of ("launched an operation"),
and the target its "against"/"on"/"of" complement. Token spans map to the actor stage's
mentions (`analysis.mentions`); a phrase no mention covers becomes an unlinked participant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..records import Document, Mention, Participant, Span
from .lexicon import Lexicon, load_lexicon
from .lexicon import lemma as _lemma

SKIP_LEFT = {"det", "predet", "nummod", "quantmod", "punct", "case", "cc", "advmod", "poss",
             "prep", "preconj"}
PRONOUNS = {"it", "they", "he", "she", "them", "him", "her", "we", "us", "i", "you", "its",
            "their", "his", "who", "which", "that", "whom", "itself", "themselves", "this",
            "these", "those", "one", "what", "whose", "someone", "anyone", "nobody", "all",
            "both", "each", "others", "some", "many", "most", "none", "everyone"}
# nouns whose possessor / "of" complement is the one acted upon ("Sharaa's arrest")
PATIENT_NOUN_TYPES = {"COERCE", "RETREAT", "CONCEDE"}
PATIENT_NOUN_MODES = {"abduct", "assassinate", "release", "deport", "arrest"}
SYMMETRIC_TYPES = {"CONSULT", "COOPERATE", "AGREE"}
# verbs whose "with" object is the other side ("clashed with X"); elsewhere it is an instrument
OPPONENT_WITH = {"clash", "fight", "battle", "skirmish", "engage", "exchange", "meet", "talk",
                 "negotiate", "cooperate", "collaborate", "agree", "consult", "wrangle"}
OBJECT_CONTROL = {"urge", "ask", "call", "order", "force", "allow", "permit", "encourage",
                  "invite", "press", "push", "pressure", "persuade", "tell", "want", "require",
                  "enable", "request", "demand", "compel", "instruct", "direct", "authorize",
                  "authorise", "appeal", "warn", "advise", "help"}
LIGHT_EXTRA = {"reach", "conclude", "strike", "broker", "seal", "ink", "finalize", "announce",
               "declare", "order", "approve", "extend", "impose", "authorize",
               "authorise", "sign", "resume", "continue", "complete", "step", "intensify"}
# verbs whose "by" agent did what their passive subject names ("the attack was planned by X")
PASSIVE_LIGHT = {"plan", "mastermind", "order", "organize", "organise", "prepare"}
NON_PARTICIPANT_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
HEDGES = {"alleged", "presumed", "suspected", "purported", "reputed", "supposed", "presumable",
          "self-styled", "so-called"}
VAGUE_QUANTITY = {"several", "many", "various", "numerous", "multiple", "few", "some"}
# nouns for whoever committed an act named in their "of" complement
PERPETRATOR_NOUNS = {"perpetrator", "author", "mastermind", "murderer", "killer", "assassin",
                     "kidnapper", "abductor", "culprit"}
REPORT_NOUNS = {"statement", "report", "source", "sources", "communique", "spokesman",
                "spokesperson", "release", "announcement", "account", "official", "officials"}


@dataclass
class Roles:
    actors: list[Any] = field(default_factory=list)  # head tokens
    targets: list[Any] = field(default_factory=list)
    coactors: list[Any] = field(default_factory=list)
    objects: list[Any] = field(default_factory=list)  # direct objects, incl. inanimate
    # actors that are only a name modifying the event noun ("the X bombing"): an actor only
    # when the actor KB knows the name, else what was hit (see `name_modifier`)
    name_modifiers: list[Any] = field(default_factory=list)


def with_conjuncts(tokens: list[Any]) -> list[Any]:
    out: list[Any] = []
    for t in tokens:
        for u in (t, *t.conjuncts):
            if u not in out:
                out.append(u)
    return out


def coordinated_modifier(t: Any) -> Any:
    """"a combined Afghan and coalition security force", "a joint Iraqi and US patrol": the
    parser makes the first modifier (a demonym) the head and the noun its conjunct. The
    noun heads one phrase (returned; None when this is not the case). Not "an Afghan and a
    coalition soldier" (the noun has its own determiner) nor "Afghans and coalition troops"."""
    if t.ent_type_ != "NORP" or t.tag_ in ("NNS", "NNPS") or t.lower_.endswith("s"):
        return None
    for c in t.children:
        if c.dep_ != "conj" or c.pos_ != "NOUN" or c.i <= t.i:
            continue
        if any(g.dep_ in ("det", "nummod", "poss") or g.lower_ in VAGUE_QUANTITY | {
                "other", "more"} for g in c.children):
            return None  # "Wali and several other fighters": two participants
        mods = [g for g in c.lefts if g.dep_ in ("compound", "nmod") and g.pos_ in (
            "NOUN", "PROPN")]
        between = t.doc[t.i + 1:c.left_edge.i]
        if mods and len(between) and all(b.dep_ == "cc" for b in between):
            return c
    return None


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
                out.extend(g for g in c.children if g.dep_ == "pobj" and g not in out)
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


def subject_of(verb: Any, depth: int = 0) -> tuple[list[Any], bool]:
    """(subject tokens, passive?) of a verb, borrowing from the verb it depends on."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "csubj", "expl")]
    if len(subj) >= 2 and subj[1].pos_ == "PROPN" and subj[1].left_edge.i == (
            subj[0].right_edge.i + 1):
        subj = subj[1:]  # "the guerrilla organization Shining Path killed": the name
    elif len(subj) >= 2 and _dateline(subj[0]):
        subj = subj[1:]  # "KABUL, Afghanistan (date) - A security force arrested": the force
    if subj and subj[0].dep_ != "expl":
        s = subj[0]
        if _dateline(s):
            # "KABUL, Afghanistan (date) - A security force arrested": the parser hangs the
            # subject after the dateline's dash on the dateline as its apposition
            after = [c for c in s.children if c.dep_ == "appos" and c.i > s.i and any(
                t.text in ("-", "–", "—") for t in s.doc[s.i:c.left_edge.i])]
            if after:
                s = after[0]
        if s.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
            return [verb.head], False
        # "HTS designated as ... by the US": a participle small clause is passive
        small_passive = verb.tag_ == "VBN" and not any(
            c.dep_ in ("aux",) and c.lemma_ == "have" for c in verb.children)
        return [s], small_passive
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive:
        s = passive[0]
        if s.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
            return [verb.head], True
        return [s], True
    if depth > 3:
        return [], False
    if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp") and verb.head != verb:
        head = verb.head
        if verb.dep_ == "xcomp":
            # object control: "urged the US to lift" -> the US lifts
            obj = [c for c in head.children if c.dep_ in ("dobj", "dative")]
            if obj and _lemma(head) in OBJECT_CONTROL:
                return [obj[0]], False
        if head.pos_ in ("VERB", "AUX"):
            return subject_of(head, depth + 1)
        if head.dep_ in ("pobj",) and head.head.head.pos_ == "VERB":
            return subject_of(head.head.head, depth + 1)
    if verb.dep_ == "acl" and verb.head != verb:
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            node = verb.head
            for _ in range(3):
                if node.pos_ in ("VERB", "AUX"):
                    return subject_of(node, depth + 1)
                if node.head == node:
                    break
                node = node.head
            return [], False
        return [verb.head], verb.tag_ == "VBN"
    if verb.dep_ == "relcl":
        return [verb.head], False
    return [], False


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
            if node.dep_ == "pobj" or _lemma(head) not in LIGHT_EXTRA | lex.classes["light"] and (
                    node.dep_ != "nsubjpass" or _lemma(head) not in PASSIVE_LIGHT):
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
        if node.dep_ in ("conj", "appos"):
            node = head
            continue
        return []
    return []


def measured_noun(obj: Any) -> Any:
    """"the destruction of a pylon six km from the city": the parser can hang the "of" phrase
    on the measure noun ("km"), which names a distance, not what was acted on; the noun
    modifying it ("pylon") is the object. Any other token is returned as it is."""
    if load_lexicon().in_class(obj.lower_, "measure"):
        for c in reversed(list(obj.lefts)):  # the nearest: the modifier phrase's head
            if c.dep_ in ("nmod", "compound") and c.is_alpha and not c.like_num:
                return c  # (the tagger can also mistag that noun)
    return obj


def pobj_of(tok: Any, preps: tuple[str, ...]) -> list[Any]:
    """Objects of the given prepositions on tok, with a preposition coordinated with one of
    them wherever the parser hangs it ("at the judge's home and at the offices of a lawyer",
    "blamed on X and not on Y")."""
    out: list[Any] = []
    for c in tok.children:
        # a phrasal verb's preposition can come parsed as a particle that still has its
        # object ("called on Muslims to ...": "on" prt, "Muslims" its pobj)
        if c.dep_ in ("prep", "agent", "prt") and c.lower_ in preps:
            out.extend(measured_noun(g) for g in c.children if g.dep_ == "pobj")
            for q in c.subtree:
                if q.dep_ == "conj" and q.pos_ == "ADP" and q.lower_ == c.lower_ and (
                        q.head.pos_ == "ADP") and not _negated(q):
                    out.extend(m for g in q.children if g.dep_ == "pobj"
                               for m in (measured_noun(g),) if m not in out)
        elif c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ in preps and not _negated(c):
            out.extend(m for g in c.children if g.dep_ == "pobj"
                       for m in (measured_noun(g),) if m not in out)
    return out


def _negated(tok: Any) -> bool:
    """"... and not on the army": a coordinated phrase the sentence denies."""
    return any(c.dep_ == "neg" for c in tok.children)


CAUSE_VERBS = {"cause", "inflict", "do", "leave"}
DAMAGE_NOUNS = {"damage", "destruction", "harm"}


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


# the last word of a street's name: "on Oxford Street", "at the Cavehill Road" say where
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "boulevard", "lane", "square",
                "alley", "drive"}


def _where(tok: Any) -> bool:
    """An "at"/"on" object that says where, not what was hit: a place name or a street."""
    return tok.ent_type_ in ("GPE", "LOC") or _lemma(tok).rstrip(".") in STREET_WORDS or (
        tok.lower_ in ("spot", "scene") and any(c.lower_ == "the" for c in tok.children))


def hit_objects(tok: Any, preps: tuple[str, ...]) -> list[Any]:
    """Objects of "against"/"on"/"at"/... that are targets; "at"/"on"/"upon" + a place name
    or street is where it happened ("explosions at Oxford Street")."""
    return [g for g in pobj_of(tok, preps)
            if not (g.head.lower_ in ("at", "on", "upon") and _where(g))]


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


def responsibility_agents(tok: Any) -> list[Any]:
    """Who a clause makes responsible for the event: "X claimed responsibility for the
    attack", "X was responsible for the attack", "the group responsible for the attack",
    "blamed X for the attack", "blamed the attack on X", "the attack was attributed to X",
    "accused X of the attack"."""
    node = tok
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    head = node.head
    out: list[Any] = []
    # "claimed responsibility for the bombing / for detonating a bomb"
    if node.dep_ in ("pobj", "pcomp") and head.lower_ in ("for", "of", "in", "with") and (
            head.head != head):
        g = head.head
        if head.lower_ in ("for", "of") and g.pos_ in ("NOUN", "PROPN"):
            # "we blame X, Y and its forces for the attack": the parser may hang the "for"
            # phrase on the last accused instead of on the verb
            n = g
            while n.dep_ in ("conj", "appos") and n.head != n:
                n = n.head
            if n.dep_ == "dobj" and _lemma(n.head) == ("blame" if head.lower_ == "for"
                                                      else "accuse"):
                g = n.head
        lemma = _lemma(g)
        if head.lower_ == "for" and lemma in ("responsibility", "credit") and g.dep_ in (
                "dobj", "nsubjpass"):
            # "X denied responsibility", "X did not claim responsibility": no claim
            claims = g.dep_ == "dobj" and _lemma(g.head) not in DENY_VERBS and not _negated(
                g.head)
            out.extend(subject_of(g.head)[0] if claims else [])
        elif head.lower_ == "for" and g.lower_ == "responsible":
            if g.dep_ in ("acomp", "oprd"):
                subj, passive = subject_of(g.head)
                held = [c for c in g.head.children if c.dep_ == "dobj"]
                # "the police held the FMLN responsible": whom they hold, not the police
                out.extend(held if held and not passive else subj)
            elif g.dep_ == "amod" or (g.dep_ == "acl" and g.head.pos_ in ("NOUN", "PROPN")):
                out.append(g.head)
        elif head.lower_ == "for" and g.pos_ in ("VERB", "AUX") and any(
                c.lower_ == "responsible" and c.dep_ in ("oprd", "acomp") for c in g.children):
            # "for which X is held responsible": the "for" phrase hung on the verb
            subj, passive = subject_of(g)
            held = [c for c in g.children if c.dep_ == "dobj"]
            out.extend(held if held and not passive else subj)
        elif head.lower_ == "for" and lemma == "blame" and g.pos_ == "VERB":
            # "blamed X for the attack", "X is blamed for the attack"
            out.extend(c for c in g.children if c.dep_ in ("dobj", "nsubjpass"))
        elif g.pos_ == "VERB" and ((head.lower_ == "of" and lemma in ("accuse", "suspect"))
                                   or (head.lower_ == "with" and lemma == "charge")):
            # "accused / suspected of the murder", "X was charged with the killing"
            out.extend(c for c in g.children if c.dep_ in ("dobj", "nsubjpass"))
        elif node.tag_ == "NNS":
            pass  # "involved in attacks", "perpetrator of killings": a habit, not one event
        elif head.lower_ == "of" and lemma in PERPETRATOR_NOUNS and g.pos_ == "NOUN":
            # "X was the perpetrator of the murder", "the murderers of the priest"
            out.extend(subject_of(g.head)[0] if g.dep_ == "attr" else [g])
        elif head.lower_ == "in" and lemma in ("involve", "participate", "implicate", "part"):
            # "X was involved / took part / participated in the massacre", "implicated X in"
            verb = g.head if lemma == "part" and g.dep_ == "dobj" else g
            if verb.pos_ in ("VERB", "AUX"):
                subj, passive = subject_of(verb)
                objs = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ != "part"]
                out.extend(objs if lemma == "implicate" and not passive else subj)
    elif node.dep_ in ("dobj", "nsubjpass") and _lemma(head) in ("attribute", "blame"):
        out.extend(pobj_of(head, ("to", "on")))
    elif node.dep_ == "pobj" and head.lower_ == "behind" and _lemma(head.head) == "be":
        out.extend(subject_of(head.head)[0])  # "X was behind the attack"
    elif node.dep_ == "nsubj" and _lemma(head) == "be" and node.pos_ == "NOUN":
        # "the bombing was the work of X", "the attack was a maneuver by X" (an event noun,
        # not the "it" of a cleft: "it was glass from the windows that ...")
        for attr in (c for c in head.children if c.dep_ == "attr" and c.pos_ == "NOUN"):
            out.extend(pobj_of(attr, ("by",)))
            if _lemma(attr) in WORK_NOUNS:
                out.extend(pobj_of(attr, ("of",)))
    elif node.dep_ == "nsubj" and _lemma(head) == "involve" and node.tag_ != "NNS":
        # "the attack involved urban commandos": who took part
        lex = load_lexicon()
        out.extend(c for c in head.children if c.dep_ == "dobj" and (
            c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "PERSON", "NORP")
            or lex.in_class(_lemma(c), "person") or lex.in_class(_lemma(c), "armed")))
    out = [u for t in out for u in _held_by(t)]
    return [t for t in out if t.lower_ not in ("who", "which", "that") and not _nobody(t)]


# "no group / no one / nobody claimed responsibility", "denied responsibility": no claimant
DENY_VERBS = {"deny", "reject", "disclaim", "disavow", "refuse", "decline"}
NOBODY = {"nobody", "none", "no-one", "noone", "anyone", "anybody", "someone", "somebody"}
# "the name / hand / work of X is behind the attack": X, not the abstract noun
HOLDER_NOUNS = {"name", "hand", "work", "handiwork", "signature", "mark", "fingerprint",
                "shadow", "trace"}


def _nobody(t: Any) -> bool:
    """A claimant the sentence denies or leaves open: "no group", "no one", "nobody",
    "any organization"."""
    return t.lower_ in NOBODY or any(
        c.dep_ in ("det", "neg") and c.lower_ in ("no", "any", "neither") for c in t.children)


def _held_by(t: Any) -> list[Any]:
    """"the name / hand of X": X (and nothing when no one is named)."""
    if t.pos_ != "NOUN" or _lemma(t) not in HOLDER_NOUNS:
        return [t]
    return pobj_of(t, ("of",))


# nouns that refer back to an event told before them ("claimed responsibility for the act")
EVENT_ANAPHORS = {"act", "action", "crime", "incident", "deed", "outrage", "attack"}
DEFINITE = {"the", "this", "that", "these", "those", "such"}
COMMIT_VERBS = {"perpetrate", "commit", "carry", "stage", "execute"}


def claimed_agents(sent: Any, lex: Lexicon, taken: set[int]) -> list[Any]:
    """Who a sentence makes responsible for an event it refers back to, not told in it as an
    event of its own: "X claimed responsibility for the bombing", "the murder was attributed
    to X", "for which X is held responsible", "X was blamed for it". `taken`: tokens that are
    mentions of kept events (their own roles already name the agent)."""
    out: list[Any] = []
    for t in sent:
        if t.i in taken:
            continue
        if t.pos_ == "PRON" and t.lower_ in ("it", "this", "that", "which"):
            pass
        elif t.pos_ == "NOUN" and t.tag_ != "NNS" and any(
                c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)
                for c in t.children):
            entry = lex.entry(_lemma(t), "N")
            if _lemma(t) not in EVENT_ANAPHORS and (entry is None or entry.plover not in (
                    "ASSAULT", "COERCE")):
                continue
        else:
            continue
        agents = responsibility_agents(t)
        if t.pos_ == "NOUN":
            # "the crime perpetrated by armed men", "the attack carried out by X"
            agents += [g for c in t.children if c.dep_ in ("acl", "relcl") and (
                _lemma(c) in PASSIVE_LIGHT | COMMIT_VERBS) for g in pobj_of(c, ("by",))]
        for a in agents:
            for u in (a, *a.conjuncts):
                if u not in out:
                    out.append(u)
    return [t for t in out if may_act(t, lex) and t.ent_type_ != "GPE" and t.pos_ != "PRON"]


# "the attack was the work / the doing of X": who did it
WORK_NOUNS = {"work", "handiwork", "doing", "responsibility"}
DEATH_VERBS = {"die", "perish"}
EXPLODE_VERBS = {"explode", "detonate", "blow", "go", "burst", "collapse", "crash", "erupt",
                 "blast"}


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
    guards died in the attack" -> the subject of "died" is the attack's target."""
    node = trigger
    if node.dep_ == "pobj" and node.head.lower_ in ("in", "during", "after") and (
            node.head.head != node.head):
        node = node.head
    elif node.dep_ != "advcl":
        return []
    verb = node.head
    if _lemma(verb) not in DEATH_VERBS:
        return []
    return [c for c in verb.children if c.dep_ == "nsubj"
            and c.lower_ not in ("who", "which", "that")]


# nouns of time, which say when, never who or what was hit ("on New Year's night", "at the
# same time", "at 0530 gmt")
TIME_NOUNS = {"night", "morning", "evening", "afternoon", "day", "dawn", "dusk", "midnight",
              "noon", "time", "weekend", "hour", "hours", "gmt", "moment", "nightfall"}
# verbs whose object (or passive subject) is the explosive set off, never a target:
# "detonated them", "exploded a car bomb", "the parcels were detonated"
DETONATE_VERBS = {"detonate", "explode"}
# verbs whose subject undergoes the attack that is their object: "the mayor survived an
# attack", "the convoy suffered an ambush"
SUFFER_VERBS = {"survive", "escape", "withstand", "suffer", "sustain", "endure", "repel",
                "repulse"}
LIFE_NOUNS = {"life", "lives"}


def whose_life(t: Any) -> list[Any]:
    """"an attack on his life / on the life of the judge": the target is the person whose
    life it is, not the word "life"; a pronoun owner is left to the clause (see
    SUFFER_VERBS), so "life" gives no target of its own then."""
    if _lemma(t) not in LIFE_NOUNS and t.lower_ not in LIFE_NOUNS:
        return [t]
    owners = [c for c in t.children if c.dep_ == "poss"] + pobj_of(t, ("of",))
    return [o for o in owners if not (o.pos_ == "PRON" or o.lower_ in PRONOUNS)]


# event nouns whose "with" phrase names the other side: "killed in a clash with rebels"
OPPONENT_NOUNS = {"clash", "fight", "fighting", "battle", "skirmish", "firefight", "gunfight",
                  "shootout", "confrontation", "encounter", "exchange"}


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
    return [t for t in out if may_act(t, lex)]


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


# verbs of a purpose clause that name whom force was used on: "fired tear gas to disperse
# the protesters", "used batons to break up the crowd"
DISPERSE_VERBS = {"disperse", "scatter", "repel", "repulse", "break"}


def dispersed(verb: Any) -> list[Any]:
    """The object of a "to disperse / scatter / break up" purpose clause on the verb (the
    people of a count: "hundreds of students")."""
    objs = [o for c in verb.children if c.dep_ in ("advcl", "xcomp") and _lemma(c) in
            DISPERSE_VERBS and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for o in c.children if o.dep_ in ("dobj", "obj")]
    return [g for o in objs for g in (
        pobj_of(o, ("of",)) if o.ent_type_ in NON_PARTICIPANT_ENTS or o.like_num else [o])]


def _has_patient(verb: Any, objs: list[Any], passive_subj: list[Any], lex: Lexicon) -> bool:
    """Whether a verb already names what it was done to (an object, or the subject of its
    passive) that is no weapon: then "at X" says where ("stabbed two nurses at the clinic",
    "were attacked at a checkpoint"), not what was aimed at ("fired at the crowd"). A verb
    that delivers what it acts on ("threw stones at the police", "explosives were hurled at
    his residence") aims it "at" its target whatever the object."""
    if _lemma(verb) in INSTRUMENT_VERBS:
        return False
    return any(not _weapon_noun(o) and not lex.in_class(_lemma(o), "weapon_head")
               and _lemma(o) not in ("fire", "shot", "shots")
               for o in list(objs) + list(passive_subj))


def roles_for(trigger: Any, plover: str, mode: str | None, lex: Lexicon) -> Roles:
    """Syntactic roles of one trigger token."""
    r = Roles()
    if trigger.pos_ in ("VERB", "AUX") or trigger.tag_.startswith("VB"):
        subj, passive = subject_of(trigger)
        agents = [g for c in trigger.children if c.dep_ == "agent"
                  for g in c.children if g.dep_ == "pobj"]
        if passive and not agents:
            agents = [g for t in trigger.subtree if t.lower_ == "by" and t.dep_ in ("prep", "agent")
                      and t.head.head in (trigger, *trigger.children)
                      for g in t.children if g.dep_ == "pobj" and g.ent_type_ not in
                      NON_PARTICIPANT_ENTS]
        if passive and not agents:
            agents = agents_of_event_in(trigger, lex)
        if passive or any(c.dep_ in ("dobj", "obj") for c in trigger.children):
            # "leftists were arrested, including A and B", "shelled villages, including X":
            # the parser hangs the list on the verb; its members are the patients'
            r.targets.extend(pobj_of(trigger, ("including",)))
        if passive:
            if _lemma(trigger) in DETONATE_VERBS:
                # "two parcels were detonated": what is detonated is the explosive, the
                # instrument (read from the sentence), not what the blast hit
                subj = []
            r.targets.extend(subj)
            r.actors.extend(agents)
        else:
            own_subj = any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)
            exploded = (_lemma(trigger) in EXPLODE_VERBS and own_subj and not any(
                c.dep_ in ("dobj", "obj") for c in trigger.children)) or (
                trigger.dep_ in ("advcl", "conj", "xcomp") and not own_subj
                and _lemma(trigger.head) in EXPLODE_VERBS and not any(
                    c.dep_ in ("dobj", "obj") for c in trigger.head.children)) or (
                after_explosion(trigger) and not own_subj)
            if exploded:
                # "the car exploded, killing four": what exploded is no actor (a weapon
                # word stays, as the instrument)
                subj = [t for t in subj if lex.in_class(_lemma(t), "weapon")
                        or lex.in_class(_lemma(t), "weapon_head")]
            r.actors.extend(subj)
            r.actors.extend(agents)
        objs = [c for c in trigger.children if c.dep_ in ("dobj", "obj")] or shared_object(
            trigger)
        datives = [c for c in trigger.children if c.dep_ == "dative"]
        r.objects.extend(objs)
        if plover in ("AID", "RETREAT", "AGREE", "SUPPORT", "CONCEDE") and datives:
            r.targets.extend(datives)
        elif plover in ("AID",) and pobj_of(trigger, ("to",)):
            r.targets.extend(pobj_of(trigger, ("to",)))
        elif _lemma(trigger) in DETONATE_VERBS | {"fire"}:
            # "detonated them / a car bomb", "fired tear gas and water cannon": the object is
            # what was set off or shot, not whom it hit; "to disperse the crowd" says whom
            r.targets.extend(dispersed(trigger))
        else:
            r.targets.extend(objs)
            r.targets.extend(datives)
        if plover in ("CONSULT", "AGREE", "COOPERATE", "SUPPORT"):
            r.targets.extend(pobj_of(trigger, ("toward", "towards")))
        else:
            preps: tuple[str, ...] = ("against", "on", "upon", "at", "toward", "towards")
            own_passive = [c for c in trigger.children if c.dep_ == "nsubjpass"]
            if _has_patient(trigger, objs, own_passive, lex):
                preps = tuple(q for q in preps if q != "at")
            r.targets.extend(hit_objects(trigger, preps))
        if any(_lemma(o) in ("fire", "flame") for o in objs) or any(
                c.lower_ in ("ablaze", "alight") for c in trigger.children):
            r.targets.extend(pobj_of(trigger, ("to",)))  # "set fire to the store"
        if plover in SYMMETRIC_TYPES or _lemma(trigger) in OPPONENT_WITH:
            r.targets.extend(pobj_of(trigger, ("with",)))
        if plover in ("CONSULT",):
            r.targets.extend(pobj_of(trigger, ("to",)))
        if plover in ("REQUEST", "ACCUSE", "AID", "THREATEN", "SUPPORT"):
            r.targets.extend(pobj_of(trigger, ("to", "on", "of")))
    else:
        poss = [c for c in trigger.children if c.dep_ == "poss"]
        by = pobj_of(trigger, ("by",))
        # "an attack perpetrated / carried out by X": the agent of a participle on the noun
        participles = [c for c in trigger.children if c.dep_ in ("acl", "relcl") and (
            c.tag_ == "VBN" or any(g.dep_ == "agent" for g in c.children))]
        by += [g for c in participles
               for g in pobj_of(c, ("by",)) if g.ent_type_ not in NON_PARTICIPANT_ENTS]
        of = pobj_of(trigger, ("of",))
        patient_noun = plover in PATIENT_NOUN_TYPES or (mode in PATIENT_NOUN_MODES)
        if patient_noun:
            r.targets.extend(poss)
        else:
            r.actors.extend(poss)
        r.actors.extend(by)
        if plover in ("CONSULT",):
            between = pobj_of(trigger, ("between",))
            if between:
                r.actors.append(between[0])
                r.targets.extend(c for c in between[0].conjuncts)
            r.actors.extend(of)
            r.targets.extend(pobj_of(trigger, ("with", "to")))
        else:
            r.targets.extend(of)
            r.objects.extend(of)
        r.targets.extend(hit_objects(trigger, ("against", "on", "upon", "at", "toward",
                                               "towards")))
        # "the attack staged by rebels on the customs house": the "on" phrase hung on the
        # participle or on its agent still says what the attack hit
        for holder in participles + by:
            r.targets.extend(t for t in pobj_of(holder, ("against", "on", "upon"))
                             if t not in r.targets and not _where(t))
        # "Israeli air raids", "US-led coalition strikes": a name or demonym modifier acts
        for c in trigger.children:
            if c.dep_ in ("compound", "amod", "nmod") and c.i < trigger.i and (
                    c.ent_type_ in ("NORP", "GPE", "ORG")
                    or any(g.lower_ in ("led", "-led") or g.lower_.endswith("-led")
                           for g in c.subtree)
                    or lex.in_class(_lemma(c), "armed")):
                if _venue_name(c):
                    pass  # "the Hilton Hotel attack", "the Boston Marathon bombing": where
                elif c.tag_ == "JJ" and c.dep_ == "amod" and _lemma(c) in KIND_ADJECTIVES:
                    pass  # "a terrorist attack": what kind of attack, not who made it
                elif patient_noun:
                    r.targets.append(c)
                else:
                    r.actors.append(c)
                    if name_modifier(c, lex):
                        r.name_modifiers.append(c)
        if _lemma(trigger) in ("fire", "flame") and trigger.dep_ == "dobj" and (
                _lemma(trigger.head) in ("set", "put")):
            r.targets.extend(pobj_of(trigger.head, ("to",)))  # "set fire to the store"
        if not r.actors:
            r.actors.extend(light_verb_subject(trigger, lex))
        if plover == "ASSAULT" and trigger.dep_ == "dobj" and _lemma(
                trigger.head) in SUFFER_VERBS:
            # "the mayor survived an attack": who survives or suffers it was its target
            sufferers, passive = subject_of(trigger.head)
            if not passive:
                r.targets.extend(t for t in sufferers if t not in r.actors)
        # "the group lost its last town under coalition strikes": who suffers under an attack
        # is its target
        if plover == "ASSAULT" and trigger.dep_ == "pobj" and trigger.head.lower_ == "under" \
                and trigger.head.head.pos_ in ("VERB", "AUX"):
            sufferers, passive = subject_of(trigger.head.head)
            if not passive:
                r.targets.extend(t for t in sufferers if t not in r.actors)
    if plover == "ASSAULT":
        r.targets.extend(t for t in dead_in(trigger) if t not in r.targets)
        r.targets.extend(t for t in damaged(trigger) if t not in r.targets)
    if plover in ("ASSAULT", "COERCE"):
        r.actors.extend(t for t in responsibility_agents(trigger) if t not in r.actors)
    r.coactors.extend(coactors(trigger, lex))
    r.actors = [u for t in r.actors for u in appos_names(t)]
    r.actors = with_included(r.actors)
    r.targets = with_included([u for t in r.targets for u in whose_life(t)])
    r.actors = [t for t in without_split_modifiers(with_conjuncts(r.actors))
                if t not in r.coactors and may_act(t, lex)]
    r.targets = [t for t in without_split_modifiers(with_conjuncts(r.targets))
                 if t not in r.actors and not _dateline(t)
                 and t.ent_type_ not in NON_PARTICIPANT_ENTS and t.pos_ != "ADP"
                 and t.lower_ not in TIME_NOUNS]
    if plover == "ASSAULT" and _lemma(trigger) in INSTRUMENT_VERBS and trigger.pos_ == "VERB":
        # "launched two Highpower bombs against a car dealership": what is thrown, fired or
        # planted is the instrument (a name on it says what kind of weapon), not the target
        r.targets = [t for t in r.targets if not _weapon_noun(t)]
        # "detonated a bomb at the offices": the parser hangs where it was aimed on the weapon
        r.targets.extend(t for o in r.objects if _weapon_noun(o)
                         for t in hit_objects(o, ("at", "against"))
                         if t not in r.targets and t not in r.actors and not _dateline(t))
    return r


def name_modifier(c: Any, lex: Lexicon) -> bool:
    """A proper name the tagger calls an organisation, compounded onto an event noun ("the
    Banco Popular bombing"): it names what was hit as readily as who acted, so it acts only
    when the actor KB knows it ("the Taliban attack", "the FMLN attack"); an "X-led"
    modifier or an armed-group word acts as it is. (A place's name, "the Kandahar
    bombing", is left to `discourse`, which drops an actor that is the event's place.)"""
    return (c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.ent_type_ == "ORG"
            and not lex.in_class(_lemma(c), "armed")
            and not any(g.lower_ == "led" or g.lower_.endswith("-led") for g in c.subtree))


def may_act(t: Any, lex: Lexicon) -> bool:
    """A token that can name an actor: not a dateline, a place, a preposition or an event
    noun (a person noun that is also an event's trigger stays)."""
    return (not _dateline(t) and t.ent_type_ not in NON_PARTICIPANT_ENTS
            and t.ent_type_ not in ("LOC", "FAC") and t.pos_ != "ADP"
            and not lex.in_class(_lemma(t), "place_word")
            and (lex.entry(_lemma(t), "N") is None or lex.in_class(_lemma(t), "person")))


# adjectives that class an attack, said of any attacker ("a terrorist attack")
KIND_ADJECTIVES = {"terrorist", "terroristic"}
# nouns that end the name of a place or gathering (where an attack happened), not of a
# group that acts
VENUE_WORDS = {"hotel", "cafe", "café", "restaurant", "marathon", "mall", "market", "stadium",
               "arena", "airport", "station", "club", "bar", "church", "mosque", "synagogue",
               "temple", "school", "university", "hospital", "theatre", "theater", "cinema",
               "festival", "concert", "bridge", "square", "plaza", "centre", "center"}


def _venue_name(c: Any) -> bool:
    """"the Hilton Hotel attack", "the Westgate Mall bombing": a name modifier of the event
    noun that names a venue (its last word is a venue noun)."""
    return c.pos_ == "PROPN" and c.lower_ in VENUE_WORDS


# verbs whose object is the weapon used: "threw a grenade at", "fired rockets at"
INSTRUMENT_VERBS = {"throw", "hurl", "lob", "toss", "launch", "place", "plant", "fire",
                    "detonate", "set"}


def _dateline(tok: Any) -> bool:
    """A capitalised place opening a wire story ("NAIROBI, June 23 -"): not a participant."""
    if not (tok.is_upper and len(tok.text) > 3 and tok.i + 1 < len(tok.doc)
            and tok.doc[tok.i + 1].text in (",", "(", "-", "—")):
        return False
    # the line it opens: a header line above ("2013-01-S-017") may be glued to the sentence
    start = tok.sent.start
    for i in range(tok.i - 1, tok.sent.start - 1, -1):
        if "\n" in tok.doc[i].text or "\n" in tok.doc[i].whitespace_:
            start = i + 1
            break
    return tok.i - start <= 2


def np_bounds(head: Any) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase around a head, without determiners,
    numbers, clauses or trailing prepositional phrases (except "of" + name)."""
    left = head.i
    for c in sorted(head.lefts, key=lambda t: -t.i):
        if c.dep_ in SKIP_LEFT or c.dep_ in ("nummod",):
            break
        if c.i != left - 1 and not any(left > t.i >= c.i for t in c.subtree):
            break
        left = min(t.i for t in c.subtree)
    doc = head.doc
    # a phrase never crosses a line break (a headline above the sentence)
    for i in range(head.i - 1, left - 1, -1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            left = i + 1
            break
    while left < head.i:
        t = doc[left]
        if t.dep_ in SKIP_LEFT and not (t.dep_ == "advmod" and t.head.i != head.i
                                        and left < t.head.i < head.i):
            left += 1  # an adverb modifying a modifier stays: "heavily armed men"
        elif _unit_ordinal(t, head):
            break  # "the 9th Front", "the 3rd Brigade": the number names the unit
        elif t.is_punct or t.like_num or (t.pos_ == "PRON" and t.lower_ in PRONOUNS):
            left += 1
        elif t.lower_ in VAGUE_QUANTITY and t.dep_ in ("amod", "det", "nummod", "advmod"):
            left += 1  # "several houses": how many is a count, not part of the name
        elif (t.lower_ in ("year", "years", "month", "months", "week", "day")
              and left + 2 < head.i and doc[left + 1].text == "-"
              and doc[left + 2].lower_ == "old"):
            left += 3  # "a 14-year-old girl": the age is no part of the name
        elif t.lower_ in HEDGES:
            left += 1  # "alleged guerrillas": the doubt is the report's, not the name's
        elif (t.lower_ in ("so", "self") and left + 2 <= head.i and doc[left + 1].text == "-"
              and doc[left + 2].lower_ in ("called", "styled")):
            left += 3  # "so-called", "self-styled"
        else:
            break
    if head.dep_ == "conj" and coordinated_modifier(head.head) == head:
        left = min(left, np_bounds(head.head)[0])  # "combined Afghan and coalition force"
    right = head.i + 1
    # "passers-by", "stand-in": a hyphenated word the tokenizer split after the head
    while (right + 1 < len(doc) and doc[right].text == "-" and not doc[right - 1].whitespace_
           and not doc[right].whitespace_ and doc[right + 1].is_alpha):
        right += 2
    if head.pos_ == "PROPN" or head.ent_type_:
        for c in head.rights:
            if c.dep_ == "prep" and c.lower_ == "of":
                sub = list(c.subtree)
                if any(t.pos_ == "PROPN" for t in sub):
                    right = max(t.i for t in sub) + 1
            break
    elif group_head(head):
        # "members of the xxii front", "a column of rebels": the group is named by its "of"
        right = max(right, group_of_end(head))
    while right - 1 > head.i and doc[right - 1].is_punct:
        right -= 1
    return left, right


UNIT_WORDS = {"front", "brigade", "battalion", "division", "regiment", "corps", "company",
              "command", "squadron", "fleet", "army", "detachment", "column", "platoon"}


def _unit_ordinal(t: Any, head: Any) -> bool:
    """A digit ordinal on a military or rebel unit's name ("9th Front", "12th front",
    "3rd Brigade"), part of its name, not a count."""
    return bool(re.fullmatch(r"\d+(?:st|nd|rd|th)", t.lower_)) and t.head == head and (
        _lemma(head) in UNIT_WORDS or head.lower_ in UNIT_WORDS)


# nouns naming a part of a group, named by their "of" complement ("members of the army",
# "a column of rebels", "a group of armed men")
# A group phrase is named by its complement, the phrase kept as a mention; naming it by the
# whole phrase ("group of terrorists") scored the same on DEV-MUC3 (first 150, trained 0.379)
# but left the group and its complement as two participants.
GROUP_HEADS = {"member", "members", "column", "group", "unit", "squad", "band", "cell",
               "contingent", "detachment", "platoon", "gang", "faction"}


def group_head(tok: Any) -> bool:
    """A group noun with an "of" complement naming people or an organisation."""
    if tok.pos_ != "NOUN" or _lemma(tok) not in GROUP_HEADS and tok.lower_ not in GROUP_HEADS:
        return False
    return any(g.pos_ in ("NOUN", "PROPN") and not g.like_num and g.ent_type_ not in
               NON_PARTICIPANT_ENTS | {"GPE", "LOC", "FAC"}
               for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj")


def group_of_end(head: Any) -> int:
    """End (exclusive) of the "of" complement of a group noun, with the complement's own
    "of" + name chain ("members of the xxii front of the farc") but no clause after it."""
    end = head.i + 1
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    end = max([g.i + 1] + [t.i + 1 for t in g.subtree if t.dep_ not in (
                        "relcl", "acl", "punct", "cc", "conj", "appos") and _in_np(t, g)])
            break
    return end


def _in_np(t: Any, g: Any) -> bool:
    """t is inside g's noun phrase: reached from g through modifiers and "of" phrases only."""
    node = t
    while node != g:
        if node.dep_ in ("relcl", "acl", "appos", "conj", "cc", "punct", "advcl"):
            return False
        if node.dep_ == "prep" and node.lower_ != "of":
            return False
        if node.head == node:
            return False
        node = node.head
    return True


_AGE = re.compile(r"^(?:\w+\s*-\s*)?(?:year|month|week|day)s?\s*-\s*old\s+", re.I)

# common nouns that describe the person named after them ("reporter Ana Ruiz")
DESCRIPTORS = {"reporter", "journalist", "spokesman", "spokeswoman", "spokesperson", "lawyer",
               "attorney", "commander", "leader", "official", "politician", "activist",
               "businessman", "businesswoman", "mayor", "councilman", "councillor", "judge",
               "priest", "bishop", "governor", "deputy", "lawmaker", "senator", "congressman",
               "diplomat", "ambassador", "minister", "president", "director", "chief",
               "candidate", "editor", "photographer", "unionist", "trade-unionist", "student",
               "professor", "teacher", "doctor", "engineer", "owner", "manager", "worker",
               "farmer", "peasant", "colonel", "general", "captain", "major", "lieutenant",
               "sergeant", "officer", "soldier", "policeman", "agent", "secretary", "founder",
               "member", "singer", "writer", "actor", "actress", "athlete", "banker",
               "bodyguard", "driver", "guard", "escort", "chauffeur", "nephew", "niece", "son",
               "daughter", "wife", "husband", "brother", "sister", "councilwoman"}


def _weapon_noun(tok: Any) -> bool:
    lex = load_lexicon()
    lemma = _lemma(tok)
    return tok.pos_ in ("NOUN", "PROPN") and not lex.in_class(lemma, "person") and (
        lex.in_class(lemma, "weapon") or lex.in_class(lemma, "weapon_head")
        or lex.in_class(tok.lower_, "weapon_head"))


# "known as X", "called X", "dubbed X": the name a group goes by
NAMING_VERBS = {"know", "call", "dub", "nickname", "name"}
SINGULAR_PRONOUNS = {"he", "she", "him", "his"}
PLURAL_PRONOUNS = {"they", "them", "their"}


def _agrees(noun: Any, plural_pronoun: bool) -> bool:
    """Whether a noun can be what a personal pronoun of that number refers to: a person or
    an armed force (for "they" also an organisation or a group), of the same number."""
    plural = noun.tag_ in ("NNS", "NNPS") or bool(noun.conjuncts)
    if noun.pos_ not in ("NOUN", "PROPN") or plural != plural_pronoun:
        return False
    lex = load_lexicon()
    lemma = _lemma(noun)
    animate = noun.ent_type_ == "PERSON" or lex.in_class(lemma, "person") or lex.in_class(
        lemma, "armed")
    if plural:
        animate = animate or noun.ent_type_ in ("ORG", "NORP") or lex.in_class(
            lemma, "actor_word") or lex.in_class(lemma, "group_word")
    return animate


def clause_antecedent(pron: Any) -> Any:
    """The subject of the main clause that a pronoun refers to: the subject of a clause
    depending on it ("The guard was detained after he stabbed two nurses", "Gunmen stormed
    the hotel and they killed three guards") or a possessive in the main clause itself ("the
    ministers flew back for their meeting"). None unless number and animacy agree and no
    object or agent of that clause agrees as well ("the officer arrested the man after he
    stabbed ...": either could be meant)."""
    low = pron.lower_
    if low not in SINGULAR_PRONOUNS | PLURAL_PRONOUNS:
        return None
    if pron.dep_ in ("nsubj", "nsubjpass") and low not in ("his", "their"):
        verb = pron.head
        if verb.dep_ not in ("advcl", "conj"):
            return None
        main = verb.head
    elif pron.dep_ == "poss" and low in ("his", "their"):
        main = pron.head
        for _ in range(6):  # up through the phrases that hold the possessed noun
            if main.pos_ in ("VERB", "AUX") or main.head == main:
                break
            main = main.head
    else:
        return None
    if main.pos_ not in ("VERB", "AUX"):
        return None
    plural = low in PLURAL_PRONOUNS
    subj = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pron.i]
    if len(subj) != 1 or not _agrees(subj[0], plural):
        return None
    rivals = [c for c in main.children if c.dep_ in ("dobj", "dative") and c.i < pron.i]
    rivals += [g for c in main.children if c.dep_ == "agent" and c.i < pron.i
               for g in c.children if g.dep_ == "pobj"]
    if any(_agrees(r, plural) for r in rivals):
        return None
    return subj[0]


class ParticipantMapper:
    """Maps head tokens to participants, preferring the actor stage's linked mentions."""

    def __init__(self, document: Document, mentions: list[Mention]) -> None:
        self.document = document
        self.mentions = sorted(mentions, key=lambda m: (m.span.start, -m.span.end))

    def mention_at(self, start: int, end: int) -> Mention | None:
        best = None
        for m in self.mentions:
            if m.span.start <= start and end <= m.span.end:
                if best is None or (m.span.end - m.span.start) < (best.span.end - best.span.start):
                    best = m
        return best

    def mentions_within(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if start <= m.span.start and m.span.end <= end]

    def _widened(self, m: Mention, head: Any) -> Participant | None:
        """An unlinked mention ending at the head with modifiers left of it that the mention
        leaves out ("urban guerrillas", "heavily armed men"): the whole noun phrase, as
        named in the text; None when the mention already covers it or is linked."""
        if m.entity.kb_id or m.span.end != head.idx + len(head.text):
            return None
        doc = head.doc
        left, _ = np_bounds(head)
        start = doc[left].idx
        # "combined Afghan and coalition force": the demonym is a modifier of this phrase
        own = head.head.i if head.dep_ == "conj" and coordinated_modifier(
            head.head) is head else -1
        if start >= m.span.start or any(
                t.pos_ == "PROPN" or t.ent_type_ for t in doc[left:head.i]
                if t.idx < m.span.start and t.i > own):
            return None  # a name to the left is its own mention ("FMLN guerrillas")
        span = self.document.span(start, m.span.end)
        text = span.text.strip()
        if not text:
            return None
        base = _from_mention(m)
        return Participant(name=text, kind=base.kind, country=base.country, sector=base.sector,
                           mentions=(text, *base.mentions), evidence=(span,))

    def participant(self, head: Any, inner: bool = False) -> Participant | None:
        """The participant a head token names (None for bare pronouns nobody resolved)."""
        p = self._participant(head, inner)
        if p is not None and not p.kb_id and p.evidence and "\n" in p.evidence[0].text:
            p = self._last_line(p)
        if p is not None and not p.kb_id and p.evidence:
            p = self._without_age(p)
        p = self._without_descriptor(p, head) if p is not None else None
        p = self._known_as(p, head) if p is not None else None
        return self._described(p, head) if p is not None else None

    def _known_as(self, p: Participant, head: Any) -> Participant:
        """"pro-government toughs known as colectivos", "armed men called the Black Hand":
        the name they go by is a mention of theirs (and their name, if it is a proper
        name and they have no linked one)."""
        doc = head.doc
        for c in head.children:
            if c.dep_ != "acl" or c.tag_ != "VBN" or _lemma(c) not in NAMING_VERBS:
                continue
            names = [g for a in c.children if a.dep_ == "prep" and a.lower_ == "as"
                     for g in a.children if g.dep_ == "pobj"]
            names += [g for g in c.children if g.dep_ in ("oprd", "attr", "dobj")]
            for g in names[:1]:
                left, right = np_bounds(g)
                span = self.document.span(doc[left].idx,
                                          doc[right - 1].idx + len(doc[right - 1].text))
                text = span.text.strip()
                if not text or text.lower() == p.name.lower():
                    continue
                if g.pos_ == "PROPN" and not p.kb_id:
                    return Participant(name=text, kind=p.kind, country=p.country,
                                       sector=p.sector,
                                       mentions=tuple(dict.fromkeys((text, *p.mentions))),
                                       evidence=p.evidence + (span,))
                return Participant(name=p.name, kb_id=p.kb_id, kind=p.kind, country=p.country,
                                   sector=p.sector,
                                   mentions=tuple(dict.fromkeys((*p.mentions, text))),
                                   evidence=p.evidence)
        return p

    def _described(self, p: Participant, head: Any) -> Participant:
        """"two men wearing ski masks", "individuals riding a motorcycle": unnamed people are
        identified by the participle that describes them; it joins the name, and the bare
        phrase stays a mention. Not an event verb ("gunmen firing on the crowd")."""
        lex = load_lexicon()
        if p.kb_id or not p.evidence or head.pos_ != "NOUN" or not (
                lex.in_class(_lemma(head), "person")
                or _lemma(head) in ("man", "people", "person", "individual")):
            return p
        ev = p.evidence[-1]
        doc = head.doc
        for c in head.rights:
            if c.dep_ != "acl" or c.tag_ not in ("VBG", "VBN") or lex.entry(_lemma(c), "V"):
                continue
            if any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in c.children):
                continue
            toks = [t for t in c.subtree]
            if any(t.is_punct and t.text not in ("-",) for t in toks) or len(toks) > 8:
                continue
            if ev.end > c.idx or any(t.is_punct for t in doc[head.i + 1:c.i]):
                continue
            span = self.document.span(ev.start, toks[-1].idx + len(toks[-1].text))
            name = span.text
            return Participant(name=name, kind=p.kind, country=p.country, sector=p.sector,
                               mentions=tuple(dict.fromkeys((*p.mentions, p.name, name))),
                               evidence=(span,) + p.evidence[:-1])
        return p

    def _without_age(self, p: Participant) -> Participant:
        """"14-year-old girl" / "year-old girl" -> "girl" (the age is a count, not a name)."""
        ev = p.evidence[0]
        m = _AGE.match(ev.text)
        if not m or m.end() >= len(ev.text):
            return p
        span = self.document.span(ev.start + m.end(), ev.end)
        name = span.text
        return Participant(name=name, kind=p.kind, country=p.country, sector=p.sector,
                           mentions=tuple(dict.fromkeys((name, *p.mentions))), evidence=(span,))

    def _last_line(self, p: Participant) -> Participant | None:
        """A phrase that runs over a line break (a headline glued to the sentence below it):
        only the part on the line of its head, the last one."""
        ev = p.evidence[0]
        cut = ev.start + ev.text.rindex("\n") + 1
        text = self.document.text[cut:ev.end]
        cut += len(text) - len(text.lstrip())
        if cut >= ev.end:
            return None
        span = self.document.span(cut, ev.end)
        name = span.text
        mentions = tuple(m for m in p.mentions if "\n" not in m)
        return Participant(name=name, kind=p.kind, country=p.country, sector=p.sector,
                           mentions=tuple(dict.fromkeys((name, *mentions))), evidence=(span,))

    def _without_descriptor(self, p: Participant, head: Any) -> Participant:
        """"Dutch reporter Cornell Lagrow", "opposition leader Ana Ruiz": the person is the
        name after the common-noun descriptor; the whole phrase stays as a mention."""
        if p.kb_id or head.pos_ != "PROPN" or not p.evidence:
            return p
        doc = head.doc
        start = head.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ in (
                "compound", "flat", "nmod") and doc[start - 1].idx >= p.evidence[0].start:
            start -= 1
        before = doc[start - 1] if start > 0 else None
        if before is None or before.idx < p.evidence[0].start or before.pos_ != "NOUN" or (
                before.dep_ not in ("compound", "nmod", "appos")):
            return p
        if head.i - start < 1 and head.ent_type_ != "PERSON":
            return p  # one capitalised word after a noun may be a mis-tagged name part
        lex = load_lexicon()
        word = _lemma(before)
        if not (lex.in_class(word, "person") or word in DESCRIPTORS or lex.in_class(
                word, "armed")):
            return p  # "maria Jacinta Pulido": a first name the tagger took for a noun
        end = head.idx + len(head.text)
        if end > p.evidence[0].end:
            return p
        span = self.document.span(doc[start].idx, end)
        # the parsed text's casing (a caseless wire is truecased for parsing), as the actor
        # stage names people
        name = "".join(t.text_with_ws for t in doc[start:head.i + 1]).strip()
        if name.lower() != span.text.lower():
            name = span.text
        return Participant(name=name, kind=p.kind, country=p.country, sector=p.sector,
                           mentions=tuple(dict.fromkeys((name, *p.mentions))), evidence=(span,))

    def _complement(self, head: Any) -> Participant | None:
        """The participant named in a group noun's "of" complement ("terrorists" in "a
        group of terrorists")."""
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return self.participant(g)
        return None

    def _group(self, head: Any) -> Participant | None:
        left, right = np_bounds(head)
        doc = head.doc
        if right <= head.i + 1:
            return None
        span = self.document.span(doc[left].idx, doc[right - 1].idx + len(doc[right - 1].text))
        text = span.text.strip()
        return Participant(name=text, evidence=(span,), mentions=(text,)) if text else None

    def _participant(self, head: Any, inner: bool = False) -> Participant | None:
        doc = head.doc
        if group_head(head):
            g = self._group(head)
            if g is not None:
                named = self._complement(head)
                if named is not None:
                    return Participant(name=named.name, kb_id=named.kb_id, kind=named.kind,
                                       country=named.country, sector=named.sector,
                                       mentions=tuple(dict.fromkeys((*named.mentions, g.name))),
                                       evidence=named.evidence + g.evidence)
                return g
        m = self.mention_at(head.idx, head.idx + len(head.text))
        if m is not None:
            return self._widened(m, head) or _from_mention(m)
        left, right = np_bounds(head)
        start, end = doc[left].idx, doc[right - 1].idx + len(doc[right - 1].text)
        if inner:
            inside = self.mentions_within(start, end)
            if inside:
                return _from_mention(inside[0])
        if head.pos_ == "PRON" or (head.lower_ in PRONOUNS and head.pos_ not in ("PROPN",)):
            ante = clause_antecedent(head)
            return self._participant(ante) if ante is not None else None
        if head.ent_type_ in NON_PARTICIPANT_ENTS:
            return None
        if end <= start:
            return None
        span = self.document.span(start, end)
        text = span.text.strip()
        if not text or not any(ch.isalpha() for ch in text):
            return None
        return Participant(name=text, evidence=(span,), mentions=(text,))


def _unhedged(text: str) -> str:
    """"presumed urban guerrillas" -> "urban guerrillas" (see np_bounds)."""
    words = text.split()
    while len(words) > 1 and words[0].lower() in HEDGES | {"self-styled", "so-called"}:
        words = words[1:]
    return " ".join(words) if len(words) < len(text.split()) else text


def _from_mention(m: Mention) -> Participant:
    e = m.entity
    name = e.name if e.kb_id else _unhedged(e.name)
    return Participant(name=name, kb_id=e.kb_id, kind=e.kind, country=e.country,
                       sector=e.sector, mentions=(_unhedged(m.span.text),), evidence=(m.span,))


def merge_participants(parts: list[Participant]) -> tuple[Participant, ...]:
    """Same entity (kb_id, else name case-insensitively) once, with all its evidence."""
    out: dict[str, Participant] = {}
    for p in parts:
        key = p.kb_id or p.name.lower()
        if key in out:
            q = out[key]
            ev = tuple(dict.fromkeys(q.evidence + p.evidence))
            ms = tuple(dict.fromkeys(q.mentions + p.mentions))
            out[key] = Participant(q.name, q.kb_id, q.kind, q.country, q.sector, ms, ev)
        else:
            out[key] = p
    return tuple(out.values())


GENERIC_HEADS = {"people", "person", "man", "men", "woman", "women", "group",
                 "others", "members", "member", "one", "area", "areas"}


def participant_key(p: Participant) -> set[str]:
    """Keys under which two participants count as the same: kb id, names, and for unlinked
    phrases the head word ("other suspected insurgents" ~ "suspected Taliban insurgents")."""
    keys = {p.name.lower()}
    if p.kb_id:
        keys.add(p.kb_id)
    keys.update(m.lower() for m in p.mentions)
    if not p.kb_id and p.name:
        # "insurgents armed with rifles" (a described name, `_described`): the head is that
        # of the bare phrase kept as its mention, not the last word of the description
        low = p.name.lower()
        name = min((m for m in p.mentions if _described_by(low, m)), key=len, default=p.name)
        words = name.lower().split()
        head = words[-1].rstrip(".,") if words else ""
        if head.endswith("s") and len(head) > 3:
            head = head[:-1]
        if head and head not in GENERIC_HEADS:
            keys.add("head:" + head)
    return keys


def _described_by(low: str, mention: str) -> bool:
    """Whether the lower-case name `low` is `mention` and a participle phrase after it
    ("insurgents" + "armed with rifles"). Offsets are taken in the lower-cased mention, whose
    length can differ from the mention's ("İ".lower() is two characters)."""
    m = mention.lower()
    if not m or not low.startswith(m + " "):
        return False
    rest = low[len(m) + 1:].split()
    return bool(rest) and rest[0].endswith(("ing", "ed"))


def span_of(doc_tokens: Any, document: Document) -> Span:
    return document.span(doc_tokens[0].idx, doc_tokens[-1].idx + len(doc_tokens[-1].text))
