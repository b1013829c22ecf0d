"""Who a sentence makes responsible for an event: "X claimed responsibility for the attack",
"the attack was attributed to X", "blamed X for it", "X was behind the attack"; for the
event's own trigger (`responsibility_agents`) or for an event the sentence refers back to
(`claimed_agents`).
"""

from __future__ import annotations

from typing import Any

from .argument_words import (COMMIT_VERBS, DEFINITE, DENY_VERBS, EVENT_ANAPHORS, HOLDER_NOUNS,
                             NOBODY, PASSIVE_LIGHT, PERPETRATOR_NOUNS, WORK_NOUNS)
from .lexicon import Lexicon, load_lexicon
from .lexicon import lemma as _lemma
from .clause_subjects import accused_of, subject_of
from .syntax import _negated, may_act, pobj_of


# verbs whose subject owns the event named as their object
AUTHOR_VERBS = {"claim", "plan", "orchestrate", "mastermind", "organise", "organize", "order"}


def responsibility_agents(tok: Any) -> list[Any]:
    """Who a clause makes responsible for the event: "X claimed responsibility for the
    attack", "X was responsible for the attack", "the group responsible for the attack",
    "blamed X for the attack", "blamed the attack on X", "the attack was attributed to X",
    "the attack, which was blamed on X", "accused X of the attack"."""
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
            # "accused / suspected of the murder", "X was charged with the killing";
            # "X and Y accused each other of ...": the accusers themselves
            out.extend(accused_of(node) or [c for c in g.children
                                            if c.dep_ in ("dobj", "nsubjpass")])
        elif node.tag_ == "NNS":
            pass  # "involved in attacks", "perpetrator of killings": a habit, not one event
        elif head.lower_ == "of" and lemma in PERPETRATOR_NOUNS and g.pos_ == "NOUN":
            # "X was the perpetrator of the murder", "the murderers of the priest"
            out.extend(subject_of(g.head)[0] if g.dep_ == "attr" else [g])
        elif head.lower_ == "in" and lemma in ("involve", "participate", "implicate", "part"):
            # "X was involved / took part / participated in the massacre", "implicated X in"
            verb = g.head if lemma == "part" and g.dep_ == "dobj" else g
            # "its fighters were not involved in the raid", "took no part in it": disowned
            if verb.pos_ in ("VERB", "AUX") and not _negated(verb) and not any(
                    c.dep_ == "det" and c.lower_ == "no" for c in g.children):
                subj, passive = subject_of(verb)
                objs = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ != "part"]
                out.extend(objs if lemma == "implicate" and not passive else subj)
    elif node.dep_ == "dobj" and _lemma(head) in AUTHOR_VERBS and head.pos_ == "VERB" and not (
            _negated(head)) and node.tag_ == "NN" and any(
                c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)
                for c in node.children):
        # one event told before, not a habit ("a leader who planned attacks")
        # "the Pakistani Taliban claimed the bombing", "the GRU planned the arson attack"
        out.extend(subject_of(head)[0])
    elif node.dep_ == "dobj" and _lemma(head) in COMMIT_VERBS and head.pos_ == "VERB" and (
            node.lower_ in ("it", "this") or node.pos_ == "NOUN") and not _negated(head) and (
            _lemma(head) != "carry" or any(c.dep_ == "prt" and c.lower_ == "out"
                                           for c in head.children)):
        # "Al Shabaab said its fighters carried it out": the sayer whose fighters did it
        for subj in subject_of(head)[0]:
            own = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subj.children)
            said = head.head if head.dep_ == "ccomp" and head.head.pos_ == "VERB" else None
            out.extend(subject_of(said)[0] if own and said is not None else [subj])
    elif node.dep_ in ("dobj", "nsubjpass") and _lemma(head) in ("attribute", "blame"):
        out.extend(pobj_of(head, ("to", "on")))
    elif node.dep_ == "pobj" and head.lower_ == "behind" and _lemma(head.head) == "be" and (
            not _negated(head.head)):
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
    for c in node.children:
        # "the strike, which activists blamed on the RSF", "an attack that was attributed to X"
        if c.dep_ == "relcl" and _lemma(c) in ("attribute", "blame") and any(
                g.dep_ in ("dobj", "nsubjpass") and g.lower_ in ("which", "that")
                for g in c.children):
            out.extend(pobj_of(c, ("to", "on")))
    out = [u for t in out for u in _held_by(t)]
    return [t for t in out if t.lower_ not in ("who", "which", "that") and not _nobody(t)]


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


def claimed_agents(sent: Any, lex: Lexicon, taken: set[int],
                   group_named: Any = None) -> list[Any]:
    """Who a sentence makes responsible for an event it refers back to, not told in it as an
    event of its own: "X claimed responsibility for the bombing", "the murder was attributed
    to X", "for which X is held responsible", "X was blamed for it". `taken`: tokens that are
    mentions of kept events (their own roles already name the agent); `group_named`: whether
    a token read as a place's name or word is the head of a group's name ("Islamic State
    West Africa Province")."""
    out: list[Any] = []
    for t in sent:
        if t.i in taken:
            continue
        if bare_claim(t):
            # "The group claimed responsibility in a statement": no "for", the attack told
            out.extend(u for u in subject_of(t.head)[0] if u not in out and not (
                u.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ == "no"
                                          for c in u.children)))
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
    return [t for t in out if t.pos_ != "PRON" and (
        (may_act(t, lex) and t.ent_type_ != "GPE")
        or (group_named is not None and group_named(t)))]


def bare_claim(t: Any) -> bool:
    """"X claimed responsibility in a statement", "X has claimed responsibility": a claim
    that names no event ("for ..."), asserted, by the subject of "claim"."""
    return _lemma(t) in ("responsibility", "credit") and t.dep_ == "dobj" and (
        _lemma(t.head) in ("claim", "accept", "assume")) and not _negated(t.head) and not any(
        c.dep_ == "prep" and c.lower_ in ("for", "of") for c in (*t.children, *t.head.children))


def bare_blamed(sent: Any, lex: Lexicon, group_named: Any = None) -> list[Any]:
    """"The government blamed the rebels, saying the shells were fired from their positions",
    "Police blamed the Red Hand group", "..., a medical group said, blaming the army": whom a
    blame with no "for"/"on" phrase names, the authors of the attack the article has just
    told (not a denial, nor "blamed the drought", nor "statements blaming soldiers", "it is
    preposterous to blame X": a told blame only)."""
    out: list[Any] = []
    saying = lex.words("reporting_verbs")
    for t in sent:
        # ("the group said, blaming the army": a participle on the saying tells its blame)
        told = t.tag_ in ("VBD", "VBZ", "VBP") or t.tag_ == "VBG" and t.dep_ in (
            "advcl", "xcomp", "conj") and _lemma(t.head) in saying
        if _lemma(t) != "blame" or not told or _negated(t) or any(
                c.dep_ in ("prep", "agent", "nsubjpass") or c.dep_ == "advcl" and any(
                    m.dep_ == "mark" for m in c.children) for c in t.children):
            continue
        for o in (c for c in t.children if c.dep_ == "dobj"):
            if any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in o.children):
                continue  # "blamed the drought for poor harvests"
            out.extend(u for u in (o, *o.conjuncts) if u not in out)
    # (`group_named` as in `claimed_agents`: "blamed the Islamic State Sahel Province")
    return [t for t in out if t.pos_ != "PRON" and (
        (may_act(t, lex) and t.ent_type_ != "GPE")
        or (group_named is not None and group_named(t)))
            and (t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "NORP", "PERSON") or any(
                lex.in_class(_lemma(t), c) for c in ("armed", "actor_word", "person")))]
