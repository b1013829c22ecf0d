""""A patrol came under fire from armed men ... one officer was wounded": violence told as
suffered by someone who "came under fire / attack from" a named side was done by that side
to them (`attach_fire_from`), when the clause that tells the harm names no one who did it."""

from __future__ import annotations

from typing import Any

from .lexicon import Lexicon, TriggerEntry
from .lexicon import lemma as _lemma
from .participant_mapper import merge_participants

# nouns of violence one comes under
FIRE_NOUNS = {"fire", "gunfire", "attack", "shelling", "bombardment", "assault", "barrage",
              "rocket", "mortar"}
# verbs of coming under it
UNDER_VERBS = {"come", "fall"}


def _under_fire(verb: Any) -> Any | None:
    """The noun of "came under fire" on `verb` (None if it has none)."""
    if _lemma(verb) not in UNDER_VERBS:
        return None
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ == "under":
            for n in p.children:
                if n.dep_ == "pobj" and _lemma(n) in FIRE_NOUNS:
                    return n
    return None


# nouns of shooting one comes under that are no trigger of their own ("came under fire",
# "came under heavy gunfire"); "attack", "shelling" are
SHOT_NOUNS = {"fire", "gunfire"}
# what tells that the fire is criticism: "came under fire over its handling of the strike",
# "for the remarks"
CRITICISM_PREPS = {"over", "for"}
# modifiers of the noun that tell shooting ("came under rocket fire", "heavy machine-gun fire")
SHOOTING_MODIFIERS = {"rocket", "mortar", "artillery", "sniper", "machine-gun", "machinegun",
                      "tank", "enemy", "hostile", "small-arms", "automatic", "gun", "heavy",
                      "sustained", "intense"}
# a side that fires guns rather than words, beside the lexicon's "armed" / "culprit" classes
FIRING_CLASSES = ("armed", "non_state", "culprit")
# what can come under fire by being shot at: units, vehicles, places
TARGET_CLASSES = ("armed", "troops", "passage", "place_word", "stormable", "base")


def hostile_fire(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """"A patrol came under fire from militants", "the vessel came under heavy gunfire": an
    armed attack told by the noun one comes under (the lexicon's "shooting" entry), else None.
    Criticism is none ("the minister came under fire from lawmakers over the budget"): it
    needs shooting words, a side that shoots, or a unit, vehicle or place that is shot at."""
    if tok.pos_ != "NOUN" or _lemma(tok) not in SHOT_NOUNS or tok.dep_ != "pobj":
        return None
    prep, verb = tok.head, tok.head.head
    if prep.lower_ != "under" or _lemma(verb) not in UNDER_VERBS:
        return None
    whom = _from_whom(verb, tok)
    hosts = [tok, verb, *whom]
    if any(p.dep_ == "prep" and p.lower_ in CRITICISM_PREPS and not any(
            g.ent_type_ in ("DATE", "TIME") for g in p.subtree)
            for h in hosts for p in h.children):
        return None  # (not "for two hours")
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
    firers = [u for h in whom for u in (h, *h.children) if u.dep_ in (
        "pobj", "conj", "compound", "amod")]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [g for s in subjects for g in s.children if g.dep_ == "compound"]

    def of_class(words: list[Any], names: tuple[str, ...]) -> bool:
        return any(lex.in_class(_lemma(w), n) or lex.in_class(w.lower_, n)
                   for w in words for n in names)

    if mods & SHOOTING_MODIFIERS or of_class(firers, FIRING_CLASSES) or of_class(
            subjects, TARGET_CLASSES) or any(s.ent_type_ in ("GPE", "LOC", "FAC")
                                             for s in subjects):
        return lex.entry("shooting", "N")
    return None


def _from_whom(verb: Any, noun: Any) -> list[Any]:
    """The heads of "from X (and Y)" on the noun or on the verb."""
    for host in (noun, verb):
        for p in host.children:
            if p.dep_ == "prep" and p.lower_ == "from":
                objs = [g for g in p.children if g.dep_ == "pobj"]
                return [u for g in objs for u in (g, *g.conjuncts)]
    return []


def fire_doers(verb: Any) -> list[Any]:
    """"a patrol came under fire from militants", "came under attack by gunmen": the heads of
    the side that fired ([] if `verb` is no "came under fire" or names no one)."""
    noun = _under_fire(verb)
    if noun is None:
        return []
    for host in (noun, verb):
        for p in host.children:
            if p.dep_ in ("prep", "agent") and p.lower_ in ("from", "by"):
                objs = [g for g in p.children if g.dep_ == "pobj"]
                if objs:
                    return objs
    return []


def attach_fire_from(final: list[Any], ctx: Any) -> None:
    """An assault with no one named to have done it, told in the sentence where someone
    "came under fire from" a named side: that side did it, and who came under fire is among
    its targets."""
    for d in final:
        if d.typed.plover != "ASSAULT" or d.actors or d.modality != "asserted":
            continue
        sent = d.trigger.token.sent
        for verb in sent:
            noun = _under_fire(verb)
            if noun is None:
                continue
            doers = [p for p in (ctx.mapper.participant(h) for h in _from_whom(verb, noun))
                     if p is not None]
            if not doers:
                continue
            d.actors = list(merge_participants(doers))
            hit = [p for p in (ctx.mapper.participant(c) for c in verb.children
                               if c.dep_ == "nsubj") if p is not None]
            names = {p.name for p in d.targets}
            d.targets = list(d.targets) + [p for p in hit if p.name not in names]
            break


def _fire_returners(tok: Any) -> list[Any]:
    """The subjects of "returned fire" in `tok`'s sentence ("The patrol returned fire,
    killing three"): those who answered someone else's fire."""
    out = []
    for v in tok.sent:
        if _lemma(v) == "return" and any(c.dep_ == "dobj" and _lemma(c) in FIRE_NOUNS
                                         for c in v.children):
            out += [c for c in v.children if c.dep_ == "nsubj"]
    return out


def _fired_on(verb: Any) -> list[Any]:
    """The objects of "opened fire on X" / "fired on X" on `verb`."""
    if _lemma(verb) not in ("open", "fire"):
        return []
    if _lemma(verb) == "open" and not any(c.dep_ == "dobj" and _lemma(c) == "fire"
                                          for c in verb.children):
        return []
    return [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "at")
            for g in p.children if g.dep_ == "pobj"]


def _same_side(a: Any, b: Any) -> bool:
    """Two heads naming the same side: the same noun ("a patrol" ... "the patrol")."""
    return _lemma(a) == _lemma(b) and a.pos_ in ("NOUN", "PROPN")


def credit_first_fire(final: list[Any], ctx: Any) -> None:
    """"A patrol came under fire from a gang ... The patrol returned fire, killing three": the
    side that fired first is the actor of the exchange and the side that answered its
    target (not the other way round, as the answering clause tells it)."""
    for d in final:
        if d.typed.plover != "ASSAULT" or d.modality != "asserted":
            continue
        toks = [d.trigger.token] + [m.token for m in d.mentions]
        returners = [r for t in toks for r in _fire_returners(t)]
        if not returners:
            continue
        doc = returners[0].doc
        done = False
        for r in returners:
            sents = [r.sent] + ([doc[r.sent.start - 1].sent] if r.sent.start > 0 else [])
            for sent in sents:
                for verb in sent:
                    noun = _under_fire(verb)
                    hit = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
                    doers = _from_whom(verb, noun) if noun is not None else []
                    if not doers:
                        on = _fired_on(verb)
                        if on and any(_same_side(o, r) for o in on):
                            doers = [c for c in verb.children if c.dep_ == "nsubj"]
                            hit = on
                    if not doers or not any(_same_side(h, r) for h in hit):
                        continue
                    first = [p for p in (ctx.mapper.participant(h) for h in doers)
                             if p is not None]
                    answered = [p for p in (ctx.mapper.participant(h) for h in hit)
                                if p is not None]
                    if first and answered:
                        d.actors = list(merge_participants(first))
                        d.targets = list(merge_participants(answered))
                        done = True
                        break
                if done:
                    break
            if done:
                break
