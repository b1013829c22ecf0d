"""Acts told with plain verbs whose own lexicon sense is something else: livestock driven off
and goods carried away or taken (looting), aircraft and warships detected around a place (a
show of force), a patrol boat crossing a maritime line (an incursion), fighters "neutralised"
(killed), captives sent back across a border (a handover), "stood with" an ally (support).
Each rule asks for the kind of thing the act is done to, so "made off with the prize", "the
decision was taken", "refugees crossed the border" and "stood with their backs to the wall"
stay no events.
"""

from __future__ import annotations

from typing import Any

from .lexicon import Lexicon, TriggerEntry
from .lexicon import lemma as _lemma
from .syntax import of_objects, own_or_shared_subjects
from .takers import irregular_takers

# vehicles, which fighters who overrun a post take as spoils ("killed 43 soldiers and seized six
# vehicles"): taken ("seized") they are part of the attack, driven off or stolen they are plunder
VEHICLES = {"truck", "trucks", "lorry", "lorries", "vehicle", "vehicles", "car", "cars",
            "motorcycle", "motorcycles", "motorbike", "motorbikes"}
# goods other than vehicles that plunderers take
NON_VEHICLE_GOODS = {"cattle", "cow", "cows", "goat", "goats", "sheep", "camel", "camels",
                     "livestock", "donkey", "donkeys", "ox", "oxen", "herd", "herds", "animal",
                     "animals", "food", "grain", "wheat", "maize", "rice", "flour", "sorghum",
                     "aid", "supply", "supplies", "medicine", "medicines", "fuel", "goods",
                     "merchandise", "property", "money", "cash", "valuables", "belongings",
                     "ballot", "box", "boxes", "cargo", "stock", "stocks", "harvest", "crop",
                     "crops", "sack", "sacks", "bag", "bags", "tonne", "tonnes", "ton", "tons"}
# what is driven off, carried away or stolen when armed men loot: livestock, vehicles, food,
# relief and goods ("drove off 300 head of cattle", "a truck loaded with wheat was taken")
LOOT_GOODS = VEHICLES | NON_VEHICLE_GOODS
# verbs that carry things off with a particle ("drove off", "carted away", "made off with")
CARRYING_VERBS = {"drive", "make", "cart", "carry", "run", "take", "haul", "spirit", "whisk"}
AWAY_WORDS = {"off", "away"}
# verbs of theft whose object alone tells the looting ("rustled 80 goats", "stole two trucks")
THEFT_VERBS = {"steal", "rustle", "snatch", "pilfer"}
# where a thing taken is carried for care or keeping, not stolen ("was taken to the depot")
KEEPING_PREPS = {"to", "into", "for"}


def _goods(nouns: list[Any], kinds: set[str] | None = None) -> bool:
    """A noun (its conjuncts, its "of" objects: "300 head of cattle", "sacks of flour") that
    names livestock, a vehicle, food, relief or goods."""
    seen = [g for n in nouns for g in (n, *n.conjuncts)]
    seen += [o for g in seen for o in of_objects(g)]
    seen += [c for g in seen for c in g.children if c.dep_ == "compound"]  # "ballot boxes"
    kinds = LOOT_GOODS if kinds is None else kinds
    return any(_lemma(g) in kinds or g.lower_ in kinds for g in seen)


def _things(tok: Any) -> list[Any]:
    """What a verb acts on: its object or passive subject, or the object of "with" after a
    particle ("made off with two trucks")."""
    out = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    out += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "with"
            for g in p.children if g.dep_ == "pobj"]
    return out


# who take goods to plunder them (beside `takers.irregular_takers`: armed groups, armed men)
PLUNDERERS = {"raider", "raiders", "rustler", "rustlers", "bandit", "bandits", "thief",
              "thieves", "robber", "robbers", "looter", "looters", "gunman", "gunmen",
              "attacker", "attackers", "assailant", "assailants", "militant", "militants",
              "fighter", "fighters", "rebel", "rebels", "insurgent", "insurgents", "pirate",
              "pirates", "jihadist", "jihadists"}


def _plunderers(tok: Any, lex: Lexicon) -> bool:
    """The active subject of a taking is an irregular taker ("raiders took", "armed men
    seized"), not the state that confiscates."""
    subj = own_or_shared_subjects(tok)
    return bool(subj) and (irregular_takers(subj, lex) or any(
        s.lower_ in PLUNDERERS or _lemma(s) in PLUNDERERS for s in subj))


# what makes a vehicle a force's ("two armoured vehicles", "army trucks")
FORCE_MODIFIERS = {"armoured", "armored", "military", "army", "police", "patrol", "troop"}


def _spoils_of_war(things: list[Any], lex: Lexicon) -> bool:
    """"killed 30 soldiers and seized weapons and ammunition": arms and a force's gear taken
    in a fight are the fight's spoils, part of the attack, no plunder."""
    seen = [g for t in things for g in (t, *t.conjuncts)]
    return any(lex.in_class(_lemma(g), "weapon") or lex.in_class(_lemma(g), "weapon_head")
               or any(c.lower_ in FORCE_MODIFIERS for c in g.children) for g in seen)


def carried_off(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """"drove off about 300 head of cattle", "made off with two trucks of maize", "carted
    away sacks of flour", "rustled 80 goats", "one truck loaded with wheat was taken":
    livestock, vehicles, food or goods carried off are looted (the lexicon's "loot"); a
    thing taken to a place ("the lorry was taken to the depot") or taken by an agent the
    passive names is kept or moved, not looted."""
    if tok.pos_ != "VERB":
        return None
    lem = _lemma(tok)
    prts = {c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod")}
    things = _things(tok)
    if not things or not _goods(things):
        return None
    if lem in THEFT_VERBS:
        return lex.entry("loot", "V")
    kept = any(c.dep_ == "prep" and c.lower_ in KEEPING_PREPS for c in tok.children)
    if lem in ("take", "seize", "grab") and _plunderers(tok, lex) and not kept and not (
            _spoils_of_war(things, lex)) and _goods(things, NON_VEHICLE_GOODS):
        return lex.entry("loot", "V")  # "raiders took 300 cattle from the village"
    if lem in CARRYING_VERBS and prts & AWAY_WORDS:
        return lex.entry("loot", "V")
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    if lem == "take" and passive and not kept and not any(
            c.dep_ == "agent" for c in tok.children) and any(
            c.dep_ == "nsubjpass" for c in tok.children):
        return lex.entry("loot", "V")
    return None


# verbs of a sighting report ("detected 31 aircraft", "spotted two warships")
SIGHTING_VERBS = {"detect", "spot", "track", "sight", "observe", "monitor", "record"}
# military craft whose presence, reported in numbers, is a show of force
CRAFT = {"aircraft", "jet", "jets", "warplane", "warplanes", "plane", "planes", "bomber",
         "bombers", "fighter", "warship", "warships", "ship", "ships", "vessel", "vessels",
         "frigate", "frigates", "destroyer", "destroyers", "drone", "drones", "helicopter",
         "helicopters", "submarine", "submarines", "carrier", "boat", "boats", "sortie",
         "sorties", "balloon", "balloons", "uav", "uavs"}
# craft that are military by name alone
WARSHIPS = {"warship", "warships", "warplane", "warplanes", "bomber", "bombers", "destroyer",
            "destroyers", "frigate", "frigates", "corvette", "corvettes", "submarine",
            "submarines", "gunboat", "gunboats", "carrier", "carriers"}
MILITARY_WORDS = {"military", "naval", "navy", "air", "force", "coast", "guard", "warplane",
                  "fighter", "combat", "army", "pla"}


def _military_craft(noun: Any) -> bool:
    """"31 Chinese military aircraft", "nine navy ships", "two warships": craft that are
    military by their name or a modifier, counted or plural."""
    if _lemma(noun) not in CRAFT and noun.lower_ not in CRAFT:
        return False
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "nummod")]
    if _lemma(noun) in WARSHIPS or noun.lower_ in WARSHIPS:
        return True  # ("a Chinese aircraft carrier and three destroyers")
    military = any(c.lower_ in MILITARY_WORDS for c in mods)
    counted = noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in mods) or any(
        c.like_num for c in noun.children)
    return military and counted


def sighted_forces(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """"the ministry said it had detected 31 military aircraft and nine navy ships operating
    around the island", "spotted two warships near the strait": a count of military craft a
    defence ministry reports around its territory is the other side's show of force (the
    lexicon's "deploy": PLOVER MOBILIZE)."""
    if tok.pos_ != "VERB" or _lemma(tok) not in SIGHTING_VERBS:
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if any(_military_craft(g) for o in objs for g in (o, *o.conjuncts)):
        return lex.entry("deploy", "V")
    return None


# what a craft or a force crosses or enters when it intrudes: a border, a line, waters
BOUNDARIES = {"border", "frontier", "boundary", "line", "airspace", "waters", "zone",
              "territory", "adiz"}
INTRUDING_VERBS = {"cross", "enter", "violate", "breach", "intrude", "penetrate"}
# who intrudes: craft and forces (not refugees nor traders crossing a border)
INTRUDERS = CRAFT | {"troop", "troops", "soldier", "soldiers", "force", "forces", "patrol",
                     "army", "unit", "units", "tank", "tanks", "militia", "fighters"}


def _intruder(tok: Any, lex: Lexicon) -> bool:
    subj = own_or_shared_subjects(tok)
    if tok.dep_ == "relcl" and all(s.tag_ in ("WDT", "WP") for s in subj):
        subj = [tok.head]  # "three warplanes that briefly entered its airspace"
    return any(_lemma(s) in INTRUDERS or s.lower_ in INTRUDERS or lex.in_class(_lemma(s), "troops")
               for s in subj)


def crossed_boundary(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """"a patrol boat crossed the Northern Limit Line", "two fighter jets entered the air
    defence identification zone", "warplanes violated the country's airspace": craft or
    troops crossing a state's border, line or waters intrude (PLOVER COERCE: the lexicon's
    "intrude"); people crossing a border flee or travel."""
    if tok.pos_ != "VERB" or _lemma(tok) not in INTRUDING_VERBS or not _intruder(tok, lex):
        return None
    places = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    places += [g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("into", "across")
               for g in p.children if g.dep_ == "pobj"]
    for p in places:
        words = {p.lower_, _lemma(p)} | {c.lower_ for c in p.children if c.dep_ in (
            "compound", "amod", "nmod", "appos")}  # ("the Northern Limit Line (NLL)")
        if words & BOUNDARIES:
            return lex.entry("intrude", "V")
    return None


def turned_back(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """"the warship crossed into Danish waters and turned back after a warning", "the
    patrol turned back": craft or troops that turn back withdraw (the lexicon's "withdraw");
    a convoy "forced to turn back" is stopped by others (`phrase_triggers.stopped_passage`),
    and "turned back the migrants" turns others away."""
    if tok.pos_ != "VERB" or _lemma(tok) != "turn" or not any(
            c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "around") for c in tok.children):
        return None
    if any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in tok.children) or tok.dep_ == "xcomp":
        return None
    return lex.entry("withdraw", "V") if _intruder(tok, lex) else None


# verbs of killing in official euphemism ("neutralised 37 fighters", "eliminated terrorists")
EUPHEMISMS = {"neutralise", "neutralize", "neutralised", "neutralized", "eliminate"}
FIGHTER_WORDS = {"fighter", "fighters", "militant", "militants", "terrorist", "terrorists",
                 "insurgent", "insurgents", "rebel", "rebels", "gunman", "gunmen", "jihadist",
                 "jihadists", "bandit", "bandits", "attacker", "attackers", "assailant",
                 "assailants", "combatant", "combatants", "element", "elements", "enemy"}


def neutralised(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """"troops had 'neutralised' 37 OLA fighters", "the army said it eliminated 12
    terrorists", "took out five militants": a force's euphemism for killing fighters (the
    lexicon's "kill"); "neutralised the threat" or "eliminated the tax" is none, nor is the
    infinitive of an aim ("to eliminate any remaining militants")."""
    if tok.pos_ not in ("VERB", "ADJ") or tok.dep_ == "amod":
        return None
    lem = _lemma(tok)
    taken_out = lem == "take" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)
    if lem not in EUPHEMISMS and tok.lower_ not in EUPHEMISMS and not taken_out:
        return None
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None  # "operations are under way to eliminate any other terrorist": an aim
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    objs += [g for o in objs for g in (*o.conjuncts, *of_objects(o))]  # "dozens of terrorists"
    if any(o.lower_ in FIGHTER_WORDS or _lemma(o) in FIGHTER_WORDS for o in objs):
        return lex.entry("kill", "V")
    return None


# people one side holds and hands back to the other ("six fishermen were sent back across the
# sea border", "returned the two soldiers to their country", "repatriated 40 prisoners")
RETURNED_PEOPLE = {"fisherman", "fishermen", "sailor", "sailors", "soldier", "soldiers",
                   "prisoner", "prisoners", "captive", "captives", "detainee", "detainees",
                   "crew", "crewmen", "hostage", "hostages", "pow", "pows", "body", "bodies",
                   "remains", "national", "nationals", "citizen", "citizens"}
RETURNING_VERBS = {"send", "hand", "return", "repatriate"}
HOMEWARD = {"border", "frontier", "line", "home", "homeland", "country"}


def sent_back(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """"six fishermen had been sent back across the sea border", "handed back the two
    soldiers", "repatriated 40 prisoners": held people returned to their side are released
    (the lexicon's "free": PLOVER RETREAT)."""
    if tok.pos_ != "VERB" or _lemma(tok) not in RETURNING_VERBS:
        return None
    lem = _lemma(tok)
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    objs += [c for o in objs for c in o.conjuncts]
    if not any(o.lower_ in RETURNED_PEOPLE or _lemma(o) in RETURNED_PEOPLE for o in objs):
        return None
    back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in tok.children)
    homeward = any(g.lower_ in HOMEWARD or _lemma(g) in HOMEWARD for p in tok.children
                   if p.dep_ == "prep" and p.lower_ in ("across", "to", "over")
                   for g in p.children if g.dep_ == "pobj")
    if lem == "repatriate" or (lem in ("send", "hand") and back) or (
            lem == "return" and homeward):
        return lex.entry("free", "V")
    return None


# what "stand with / by" supports: a state, a people, an ally, a named body
ALLY_WORDS = {"people", "government", "region", "country", "nation", "ally", "allies",
              "partner", "partners", "community", "victims", "families", "state", "republic"}


def stood_with(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """"Washington stood with the Kurdistan region", "we stand by the people of Ukraine",
    "pledged to stand with its allies": solidarity with an actor (the lexicon's "support");
    "stood with their backs to the wall" or "stood by the road" is none."""
    if tok.pos_ != "VERB" or _lemma(tok) != "stand":
        return None
    for p in tok.children:
        if p.dep_ != "prep" or p.lower_ not in ("with", "by", "behind"):
            continue
        for g in p.children:
            if g.dep_ != "pobj":
                continue
            named = g.pos_ == "PROPN" and g.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
            if named or _lemma(g) in ALLY_WORDS or g.lower_ in ALLY_WORDS:
                return lex.entry("support", "V")
    return None


# where words are said: an attack made in them is criticism ("attacked the court in a speech")
SPEECH_NOUNS = {"speech", "statement", "address", "interview", "post", "tweet", "op-ed",
                "editorial", "article", "column", "remarks", "sermon", "letter", "broadcast",
                "briefing", "conference", "video", "message", "posts", "tweets", "speeches"}
# bodies and ideas that are attacked in words ("attacked the judiciary as biased")
CRITICISED = {"judiciary", "media", "press", "opposition", "policy", "policies", "decision",
              "ruling", "verdict", "plan", "bill", "law", "reform", "record", "critics",
              "judges", "court", "courts", "government", "prosecutor", "prosecutors", "report"}


def attacked_in_words(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """"the opposition leader attacked the judiciary as biased", "attacked the media for
    spreading lies", "attacked the ruling in a televised speech": an attack with a reason
    ("as", "for") on a body, an idea or a measure, or one made in a speech, is criticism (the
    lexicon's "criticize": PLOVER ACCUSE); "gunmen attacked the court building" stays an
    assault."""
    if tok.pos_ != "VERB" or _lemma(tok) != "attack":
        return None
    as_clauses = [c for c in tok.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "as" for m in c.children)]  # "as biased" (misparsed)
    preps: dict[str, list[Any]] = {}
    for p in (c for h in (tok, *as_clauses) for c in h.children if c.dep_ == "prep"):
        preps.setdefault(p.lower_, []).extend(
            g for g in p.children if g.dep_ in ("pobj", "pcomp", "amod", "acomp"))
    in_words = any(_lemma(g) in SPEECH_NOUNS or any(
        c.dep_ == "compound" and _lemma(c) in SPEECH_NOUNS for c in g.children)
        for g in preps.get("in", []))
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    abstract = any(_lemma(o) in CRITICISED and not any(
        c.dep_ == "compound" for c in o.children) for o in objs)
    reason = bool(preps.get("as") or as_clauses) or any(
        g.tag_ == "VBG" or g.pos_ == "VERB" for g in preps.get("for", []))
    if in_words or (abstract and reason):
        return lex.entry("criticize", "V")
    return None


def plain_act(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """The trigger entry a plain verb takes by what it acts on (see the module), else None."""
    return (carried_off(tok, lex) or sighted_forces(tok, lex) or crossed_boundary(tok, lex)
            or neutralised(tok, lex) or sent_back(tok, lex) or stood_with(tok, lex)
            or turned_back(tok, lex) or attacked_in_words(tok, lex))
