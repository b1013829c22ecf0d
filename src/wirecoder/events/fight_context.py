"""Violence told as happening inside a fight between two armed sides ("killed two militants
in a firefight", "were killed in an exchange of fire", "died in clashes with the army"): the
fight is what ACLED codes (an armed clash), whatever the killing verb alone suggests."""

from __future__ import annotations

from typing import Any

from ..time.run_on import ONSET_VERBS  # (the verbs of a fight's start, by lemma)
from .argument_words import ATTACKER_NOUNS
from .lexicon import lemma as _lemma
from .lexicon import strip_plural

# nouns of a two-sided fight
FIGHT_NOUNS = {"firefight", "gunfight", "shootout", "clash", "skirmish", "gunbattle", "battle",
               "crossfire", "exchange"}
# prepositions that place an act inside the fight
INSIDE = {"in", "during", "amid"}


def fight_noun(tok: Any) -> bool:
    lem = _lemma(tok)
    if lem == "exchange" or tok.lower_ in ("exchange", "exchanges"):
        # only "an exchange of fire / gunfire / shots", not a prisoner exchange
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.lower_ in ("fire", "gunfire", "shots") for g in c.children) for c in tok.children)
    return lem in FIGHT_NOUNS


def inside_a_fight(trigger_tok: Any) -> bool:
    """The violence verb `trigger_tok` takes "in/during a firefight / an exchange of fire"."""
    if trigger_tok.pos_ != "VERB":
        return False
    for c in trigger_tok.children:
        if c.dep_ == "prep" and c.lower_ in INSIDE:
            for g in c.children:
                if g.dep_ == "pobj" and fight_noun(g):
                    return True
    return False


def _fighters_fell(tok: Any, lex: Any) -> bool:
    """Someone did the killing ("police killed three suspects in a gunfight"), or those it
    fell on are armed ("two militants were killed in an exchange of fire"); not "a reporter
    was killed in a shootout", where the fight may be no more than its setting."""
    if any(c.dep_ in ("nsubj", "agent") for c in tok.children):
        return True
    if any(p.dep_ == "prep" and p.lower_ in INSIDE for p in tok.children for g in p.children
           if any(w.dep_ == "prep" and w.lower_ in ("with", "between") for w in g.children)):
        return True  # "in an exchange of fire with border guards", "in clashes between rival
        # cartels": a side, or both, named
    return any(c.dep_ == "nsubjpass" and (lex.in_class(_lemma(c), "armed") or _lemma(c) in (
        "soldier", "policeman", "officer", "guard", "fighter", "militant", "rebel", "gunman",
        "insurgent", "suspect", "attacker", "assailant")) for c in tok.children)


def clash_if_inside_fight(tok: Any, plover: str, acled: str | None, lex: Any) -> str | None:
    """An attack told as done inside a fight is the armed clash (else `acled` unchanged)."""
    if plover == "ASSAULT" and acled == "Attack" and inside_a_fight(tok) and _fighters_fell(
            tok, lex):
        return "Armed clash"
    return acled


# what a blast or a strike from afar is typed as: a fight on the ground is another incident
STRIKES_FROM_AFAR = {"Remote explosive/landmine/IED", "Suicide bomb", "Air/drone strike",
                     "Shelling/artillery/missile attack", "Grenade"}
# verbs of going after the doers of an act
PURSUIT_VERBS = {"pursue", "chase", "track", "hunt", "follow"}
# nouns that name the doers of an act told before
DOER_NOUNS = ATTACKER_NOUNS | {"perpetrator", "kidnapper", "militant", "suspect"}


def _fight_mention(d: Any) -> bool:
    tok = d.trigger.token
    return d.typed.acled == "Armed clash" and (inside_a_fight(tok) or fight_noun(tok))


def _pursuit(d: Any) -> bool:
    """"Troops who pursued the attackers killed one of them": the sentence tells a chase."""
    return any(t.lemma_.lower() in PURSUIT_VERBS and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in DOER_NOUNS for c in t.children)
        for t in d.sent)


def fight_told_apart(e: Any, d: Any) -> bool:
    """A fight on the ground in a later sentence (a firefight, an exchange of fire) is not a
    bombing or shelling told before ("A roadside bomb hit a convoy ... Two militants were
    killed in an exchange of fire during the search"), nor the attack whose doers it was
    fought with after a chase ("... Troops who pursued the attackers killed one of them in a
    firefight"), unless it refers back to it ("the clash")."""
    if not (e.typed.plover == d.typed.plover == "ASSAULT") or e.sent.start == d.sent.start:
        return False
    if not _fight_mention(d):
        return False
    if e.typed.acled == "Attack" and _side_named(d.trigger.token) and not _names_its_noun(
            e, d) and not _the_attackers_fell(e, d.trigger.token):
        # "Five men were shot dead outside a bar ... Two suspects were killed in a shootout
        # with officers during the raids": a fight with a side named is not a one-sided
        # attack told before, unless it names that attack's own noun ("in the ambush")
        return True
    if d.anaphoric or d.reference:
        return False
    return (e.typed.acled in STRIKES_FROM_AFAR and not _ground_fight_told(e)) or _pursuit(d)


def _side_named(tok: Any) -> bool:
    """"killed in a shootout with officers", "in clashes between rival gangs": the fight's
    phrase names a side it was fought with."""
    fights = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in INSIDE
              for g in p.children if g.dep_ == "pobj" and fight_noun(g)]
    # (the parser may hang "with officers" on the verb rather than on the fight's noun)
    return bool(fights) and any(w.dep_ == "prep" and w.lower_ in ("with", "between")
                                for h in (*fights, tok) for w in h.children)


def _the_attackers_fell(e: Any, tok: Any) -> bool:
    """"Two of the attackers were killed in an exchange of fire with police", "the two men
    were killed in crossfire": people of the attack told before, named again with "the", fell
    in it (its doers by an attacker's word or the head noun of its own participants, or a
    counted group told again); the fight is that attack's end or its victims' deaths told
    again. "The soldiers were killed in clashes with rebels" tells a fight of its own."""
    own = {strip_plural(p.name.split()[-1].lower()) for p in (*e.actors, *e.targets) if p.name}
    return any(t.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in t.children) and (
        _lemma(t) in ATTACKER_NOUNS or strip_plural(t.lower_) in own
        or any(c.dep_ == "nummod" for c in t.children))
        for s in tok.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree)


def _names_its_noun(e: Any, d: Any) -> bool:
    """`d`'s sentence names one of `e`'s own trigger nouns ("killed in the ambush"); a verb
    both share ("killed") is no reference back."""
    told = {_lemma(m.token) for m in (e.trigger, *e.mentions) if m.token.pos_ == "NOUN"}
    return any(_lemma(t) in told for t in d.sent if t.i != d.trigger.token.i and t.pos_ == "NOUN")


# words of a fight on the ground, close up
GROUND_FIGHT = FIGHT_NOUNS | {"raid", "storm", "ambush", "gunbattle", "firefight", "gunfight"}


def _ground_fight_told(e: Any) -> bool:
    """An event typed as a blast or strike whose own sentences tell a raid or a fight ("killed
    11 militants in a raid ... days after a suicide bombing"): a fight later on may be its."""
    return any(t.lemma_.lower() in GROUND_FIGHT for m in (e.trigger, *e.mentions)
               for t in m.token.sent)


# nouns of fighting told as a whole, whose start a clause may tell
FIGHTING_NOUNS = FIGHT_NOUNS | {"fighting", "violence", "unrest", "hostility"}


def onset_told_by(fight: Any, act: Any) -> bool:
    """"The latest clashes began on Sunday when armed youths attacked villages", "the fighting
    started when men from one clan ambushed a bus": the fighting noun whose start a "when"
    clause tells is told by that clause's act, and the act (who did what to whom) says what
    kind of violence it was; the fight noun alone says only that there was fighting."""
    noun, verb = fight.trigger.token, act.trigger.token
    onset = noun.head
    if noun.dep_ != "nsubj" or _lemma(noun) not in FIGHTING_NOUNS or (
            _lemma(onset) not in ONSET_VERBS) or verb.pos_ != "VERB":
        return False
    return verb.dep_ == "advcl" and verb.head.i == onset.i and any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children)


def captured_in_fight(fight: Any, capture: Any) -> bool:
    """"Soldiers clashed with the group, killing three of the attackers and capturing two
    others": fighters captured in a participle that tells the fight's outcome were taken in
    that fight, one armed clash with its captured count, not an arrest of their own."""
    tok = capture.trigger.token
    if fight.typed.acled != "Armed clash" or capture.typed.plover != "COERCE" or (
            _lemma(tok) != "capture") or tok.tag_ != "VBG":
        return False
    head = tok.head if tok.dep_ == "advcl" else tok.head.head if (
        tok.dep_ == "conj" and tok.head.dep_ == "advcl") else None
    return head is not None and head.i == fight.trigger.token.i
