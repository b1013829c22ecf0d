"""Types a trigger takes from what its sentence says came of the act.

A raid is typed by its outcome: "marines raided a drug lab, seizing two tonnes of cocaine and
arresting five" is an arrest / seizure (PLOVER COERCE, ACLED's arrests), not an attack, unless
someone is hurt. A craft detained is a craft seized ("the coast guard detained a tanker": no
person arrested). Killings told as a riot's ("rioting in which four were killed") are the
riot's (ACLED's violent demonstration). People expelled ("expelled 1,200 refugees") are
deported, unlike envoys (PLOVER COERCE, not SANCTION). Called by `typing.lexicon_type`; each
answer is a (plover, mode, acled, cameo) tuple, or None where the rule does not apply (the
craft detained is `detect.find_triggers`', which reads it as the lexicon's "seize").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .follow_ups import rescue_in_a_fight
from .lexicon import Lexicon, TriggerEntry
from .lexicon import lemma as _lemma

if TYPE_CHECKING:
    from .detect import Trigger

Outcome = tuple[str, str | None, str | None, str]

# the verbs that make a raid an arrest or a seizure: a narrower list than the COERCE
# arrest/seize trigger lemmas of data/ontology/triggers.tsv (those also have "capture", "jail",
# "hold", "occupy", "rob", "thwart"...; SEIZE_VERBS has "recover", which they lack): kept apart
ARREST_VERBS = {"arrest", "detain", "apprehend", "nab", "round up", "take into custody"}
SEIZE_VERBS = {"seize", "confiscate", "impound", "recover", "find", "discover", "uncover",
               "dismantle"}
# what says someone was hurt (a raid that kills or wounds stays an attack)
CASUALTY_WORDS = {"kill", "killed", "wound", "wounded", "injure", "injured", "die", "dead",
                  "death", "shoot", "shot", "fire", "clash", "gunfight", "firefight", "exchange",
                  "casualty", "casualties", "hurt", "beat", "torture", "execute", "behead"}
# weapons whose seizure is ACLED's disrupted weapons use; not the lexicon class `weapon`
# (cues.yaml), which also holds drugs, caches, hideouts, equipment and materials, whose seizure
# is a plain seizure here
WEAPON_WORDS = {"weapon", "weapons", "arm", "arms", "rifle", "rifles", "gun", "guns",
                "ammunition", "explosive", "explosives", "grenade", "grenades", "mine", "mines",
                "rocket", "rockets", "mortar", "mortars", "ied", "ieds", "bomb", "bombs"}
# ships by name; craft that are seized whole (ships, cargo ships and craft that tow)
SHIPS = {"ship", "vessel", "tanker", "trawler", "boat", "freighter", "ferry", "yacht", "dhow"}
VESSELS = SHIPS | {"cargo", "barge", "tug", "tugboat", "supertanker"}
# craft that carry people or goods and can be stopped on their way (an intercepted missile
# or drone is a munition stopped in flight, ACLED's disrupted weapons use: not one of these)
CARRIERS = SHIPS | {"speedboat", "skiff", "launch", "semi-submersible", "submarine", "canoe",
                    "pirogue", "dinghy", "raft", "motorboat", "sailboat", "catamaran",
                    "aircraft", "plane", "airplane", "aeroplane", "airliner", "helicopter",
                    "cessna", "narco-plane", "narco-sub"}
RIOT_WORDS = {"riot", "riots", "rioting", "unrest"}
# a crowd fired over (warning shots at it are an intervention in its protest); kept apart
# from the lexicon class `protesters` (cues.yaml), which lacks "mob" and plural forms and has
# "student", "worker", "people"..., and from typing.STORMING_CROWDS (who storm a building)
FIRED_OVER_CROWDS = {"crowd", "crowds", "protester", "protesters", "demonstrator",
                     "demonstrators", "marcher", "marchers", "rally", "protest", "demonstration",
                     "mob"}


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


def detained_craft(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """"Detained a tanker", "the ship was detained": a craft seized, no person arrested (the
    lexicon's "seize" entry, for `detect.find_triggers`), else None. "The navy intercepted a
    speedboat", "jets intercepted a light aircraft": a craft carrying people or goods stopped
    on its way is a seizure too (COERCE), not a munition stopped in flight."""
    if tok.pos_ != "VERB" or _lemma(tok) not in ("detain", "arrest", "impound", "intercept"):
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    craft = CARRIERS if _lemma(tok) == "intercept" else VESSELS
    if objs and all(_lemma(o) in craft for o in objs):
        return lex.entry("seize", "V")
    return None


def warning_shots(trigger: Trigger) -> Outcome | None:
    """"Fired warning shots at a fishing boat": force shown, no one fired on (PLOVER
    THREATEN with violence); over a crowd of protesters, an intervention in their protest
    (ACLED's protest with intervention), not excessive force."""
    tok = trigger.token
    if trigger.entry.plover != "ASSAULT" or _lemma(tok) not in ("fire", "shoot"):
        return None
    if not any(c.dep_ in ("dobj", "obj", "nsubjpass") and _lemma(c) in ("shot", "round")
               and any(g.lower_ == "warning" for g in c.children) for c in tok.children):
        return None
    sent = {t.lower_ for t in tok.sent} | {_lemma(t) for t in tok.sent}
    if sent & CASUALTY_WORDS - {"fire", "shot", "shoot"}:
        return None  # ("fired warning shots and then live rounds, killing two")
    if sent & FIRED_OVER_CROWDS:
        return ("ASSAULT", None, "Protest with intervention", "175")
    return ("THREATEN", "violence", None, "138")


def riot_killing(trigger: Trigger, actors: list[Any]) -> Outcome | None:
    """"Rioting in which four people were killed", "four died in the riots": deaths told as a
    riot's, with no one else named as their author, are the riot's (ACLED's violent
    demonstration)."""
    if actors or trigger.entry.plover != "ASSAULT":
        return None
    tok = trigger.token
    chain = [tok]
    while chain[-1].head.i != chain[-1].i and len(chain) < 6:
        chain.append(chain[-1].head)
    near = {t for h in chain for t in [h, *h.children]}
    near |= {g for t in list(near) if t.dep_ == "prep" for g in t.children}
    if any(t.lower_ in RIOT_WORDS and t.pos_ in ("NOUN", "VERB", "PROPN") for t in near):
        return ("PROTEST", "riot", "Violent demonstration", "145")
    return None


# people expelled as people, not as a state's envoys: CAMEO 174 "expel or deport individuals"
# (PLOVER COERCE, deport); a diplomat, aid agency or mission expelled is CAMEO 166 (SANCTION)
EXPELLED_PEOPLE = {"refugee", "migrant", "immigrant", "national", "citizen", "worker",
                   "family", "people", "foreigner", "asylum-seeker", "seeker", "resident",
                   "journalist", "reporter", "correspondent", "activist", "missionary", "tourist",
                   "student", "civilian", "villager", "settler", "farmer", "herder", "person"}


def people_expelled(trigger: Trigger) -> Outcome | None:
    """"Expelled 1,200 Afghan refugees", "the expulsion of foreign journalists": people
    expelled from a country or a place are deported (PLOVER COERCE), unlike envoys."""
    tok = trigger.token
    if trigger.entry.lemma not in ("expel", "expulsion"):
        return None
    held = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    held += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"]
    held += [g for h in held for g in h.conjuncts]
    if held and all(_lemma(h) in EXPELLED_PEOPLE for h in held):
        return ("COERCE", "deport", None, "174")
    return None


def outcome_type(trigger: Trigger, actors: list[Any]) -> Outcome | None:
    """The first of the rules above that applies to the trigger."""
    return raid_outcome(trigger) or warning_shots(trigger) or riot_killing(
        trigger, actors) or people_expelled(trigger) or rescue_in_a_fight(trigger)
