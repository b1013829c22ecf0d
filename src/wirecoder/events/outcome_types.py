"""Types a trigger takes from what its sentence says came of the act.

A raid is typed by its outcome: "marines raided a drug lab, seizing two tonnes of cocaine and
arresting five" is an arrest / seizure (PLOVER COERCE, ACLED's arrests), not an attack, unless
someone is hurt. A craft detained is a craft seized ("the coast guard detained a tanker": no
person arrested). Killings told as a riot's ("rioting in which four were killed") are the
riot's (ACLED's violent demonstration). Called by `typing.lexicon_type`; each answer is a
(plover, mode, acled, cameo) tuple, or None where the rule does not apply.
"""

from __future__ import annotations

from typing import Any

from .detect import Trigger
from .lexicon import lemma as _lemma

Outcome = tuple[str, str | None, str | None, str]

ARREST_VERBS = {"arrest", "detain", "apprehend", "nab", "round up", "take into custody"}
SEIZE_VERBS = {"seize", "confiscate", "impound", "recover", "find", "discover", "uncover",
               "dismantle"}
# what says someone was hurt (a raid that kills or wounds stays an attack)
CASUALTY_WORDS = {"kill", "killed", "wound", "wounded", "injure", "injured", "die", "dead",
                  "death", "shoot", "shot", "fire", "clash", "gunfight", "firefight", "exchange",
                  "casualty", "casualties", "hurt", "beat", "torture", "execute", "behead"}
# weapons whose seizure is ACLED's disrupted weapons use
WEAPON_WORDS = {"weapon", "weapons", "arm", "arms", "rifle", "rifles", "gun", "guns",
                "ammunition", "explosive", "explosives", "grenade", "grenades", "mine", "mines",
                "rocket", "rockets", "mortar", "mortars", "ied", "ieds", "bomb", "bombs"}
# craft that are seized whole (as `act_kinds.VESSELS`)
VESSELS = {"ship", "vessel", "tanker", "trawler", "boat", "freighter", "ferry", "yacht", "dhow",
           "cargo", "barge", "tug", "tugboat", "supertanker"}
RIOT_WORDS = {"riot", "riots", "rioting", "unrest"}


def _linked_verbs(tok: Any) -> list[Any]:
    """The verbs told as part of the same act as `tok`: its conjuncts, the participle and
    adverbial clauses hung on it ("raided ..., seizing ...") and, where `tok` is one of those,
    the verb it hangs on."""
    out = [c for c in tok.children if c.dep_ in ("conj", "advcl", "xcomp") and c.pos_ == "VERB"]
    for c in list(out):
        out += [g for g in c.children if g.dep_ == "conj" and g.pos_ == "VERB"]
    if tok.dep_ in ("conj", "advcl") and tok.head.pos_ == "VERB":
        out.append(tok.head)
    return out


def raid_outcome(trigger: Trigger) -> Outcome | None:
    """A raid told with arrests or seizures and no one hurt: an arrest (or a seizure)."""
    tok = trigger.token
    if trigger.entry.lemma != "raid" or trigger.entry.pos != "V":
        return None
    sent_words = {t.lower_ for t in tok.sent} | {_lemma(t) for t in tok.sent}
    if sent_words & CASUALTY_WORDS:
        return None
    linked = _linked_verbs(tok)
    lemmas = {_lemma(v) for v in linked}
    if lemmas & ARREST_VERBS:
        return ("COERCE", "arrest", "Arrests", "173")
    seized = [v for v in linked if _lemma(v) in SEIZE_VERBS]
    if not seized:
        return None
    heads = [c for v in seized for c in v.children if c.dep_ in ("dobj", "obj")]
    objs = {_lemma(c) for c in heads} | {_lemma(g) for c in heads for p in c.children
                                          if p.dep_ == "prep" for g in p.children
                                          if g.dep_ == "pobj"}  # "two tonnes of cocaine"
    if objs & WEAPON_WORDS:
        return ("COERCE", "seize", "Disrupted weapons use", "1711")
    return ("COERCE", "seize", None, "1711")


def craft_detained(trigger: Trigger, objs: list[Any]) -> Outcome | None:
    """"Detained a tanker", "the ship was detained": a craft seized, no person arrested."""
    if trigger.entry.plover != "COERCE" or trigger.entry.mode != "arrest" or not objs:
        return None
    if all(_lemma(o) in VESSELS for o in objs):
        return ("COERCE", "seize", None, "1711")
    return None


def riot_killing(trigger: Trigger, actors: list[Any]) -> Outcome | None:
    """"Rioting in which four people were killed", "four died in the riots": deaths told as a
    riot's, with no one else named as their author, are the riot's (ACLED's violent
    demonstration)."""
    if actors or trigger.entry.plover != "ASSAULT":
        return None
    tok = trigger.token
    chain = [tok]
    while chain[-1].head is not chain[-1] and len(chain) < 6:
        chain.append(chain[-1].head)
    near = {t for h in chain for t in [h, *h.children]}
    near |= {g for t in list(near) if t.dep_ == "prep" for g in t.children}
    if any(t.lower_ in RIOT_WORDS and t.pos_ in ("NOUN", "VERB", "PROPN") for t in near):
        return ("PROTEST", "riot", "Violent demonstration", "145")
    return None


def outcome_type(trigger: Trigger, objs: list[Any], actors: list[Any]) -> Outcome | None:
    """The first of the rules above that applies to the trigger."""
    return raid_outcome(trigger) or craft_detained(trigger, objs) or riot_killing(trigger, actors)
