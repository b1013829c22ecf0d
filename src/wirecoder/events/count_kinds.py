"""What a count counts: its kind (killed, injured, arrested, captured, displaced, destroyed,
seized, other) from the predicate its noun depends on (`kind_for`), and the tests
`quantities.extract_quantities` uses to change it: bodies found count the dead, "shot to
death" and "shot and killed" say the people died, the subject of an active harm verb is who
did it (not who it befell), a count of places or operations counts no people, and a count
in another relative clause counts something else.
"""

from __future__ import annotations

from typing import Any

from .lexicon import Lexicon
from .lexicon import lemma as _lemma
from .lexicon import people_word

NOT_PEOPLE = {"operation", "mission", "raid", "search", "patrol", "sweep", "compound",
              "building", "house", "home", "vehicle", "car", "truck", "cache", "country", "state",
              "centre", "center", "station",
              # animals: "killing 17 people and stealing about 3,000 cattle" counts no dead
              "cattle", "cow", "goat", "sheep", "camel", "livestock", "donkey", "horse",
              "animal", "ox", "head"}
# what the people "among" refers back to: "among them eight women"
BACK_REFERENCES = ("them", "whom", "those", "these")
DEAD_NOUNS = {"body", "corpse", "cadaver"}
RESULT_DEAD = ("dead", "lifeless")


FREEING = {"release", "free", "liberate", "swap", "exchange"}
SUFFERING = {"suffer", "sustain", "receive"}
SUFFERED = {"injury", "wound", "burn", "fracture", "cut", "bruise"}
TREATING = {"treat", "hospitalise", "hospitalize"}
# how military statements in South Asia say soldiers died or militants were killed: "two
# soldiers embraced shahadat / martyrdom", "nine terrorists were sent to hell"
DEATH_IDIOMS = {("embrace", "shahadat"), ("embrace", "martyrdom"), ("send", "hell")}
# people whose fate is unknown: no count of the dead or the taken ("30 others remain missing")
UNACCOUNTED = {"missing", "unaccounted"}


# what a verb does to the people it takes as object, whatever they already were
HARM_KINDS = {"killed", "injured", "captured", "arrested"}


def kind_for(noun: Any, trigger_kind: str | None, lex: Lexicon) -> str:
    """The kind of a count, from the predicate its noun depends on."""
    kinds = lex.cues["quantities"]["kind_by_lemma"]
    part = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
        noun.head.head.pos_ == "NUM") else noun  # "nine of the 17 people abducted"
    if any(n.dep_ in ("dobj", "nsubjpass") and _lemma(n.head) in FREEING for n in {noun, part}):
        # "freed 22 farmers who were abducted", "nine of the 17 people abducted have been
        # released": people let go, not taken
        return "other"
    if noun.dep_ in ("dobj", "nsubjpass") and uprooted(noun.head) or (
            noun.dep_ == "nsubj" and departed(noun.head)):
        return "displaced"  # "driven more than 4,000 from their homes", "had left their homes"
    if noun.dep_ == "dobj" and any(c.dep_ == "xcomp" and departed(c) for c in noun.head.children):
        return "displaced"  # "prompting more than 100,000 people to flee"
    verb_kind = kinds.get(_lemma(noun.head)) if noun.dep_ in ("dobj", "nsubjpass") else None
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if noun.pos_ == "NUM" and nxt is not None and nxt.tag_ in ("JJ", "VBN") and (
            _lemma(nxt) in kinds or nxt.lower_ in kinds):
        # "leaving five dead and 25 wounded": a bare number's own participle says what it
        # counts, whatever the parser coordinated it with
        return kinds.get(_lemma(nxt), kinds.get(nxt.lower_, "other"))
    if any(c.lower_ in UNACCOUNTED for c in noun.children if c.dep_ == "amod") or (
            noun.dep_ == "nsubj" and any(c.dep_ in ("acomp", "oprd") and c.lower_ in UNACCOUNTED
                                         for c in noun.head.children)):
        return "other"  # "30 others remain missing", "12 missing fishermen"
    for c in noun.children:
        if verb_kind in HARM_KINDS and (c.dep_ == "amod" and c.i < noun.i or (
                c.dep_ in ("relcl", "acl") and c.i > noun.i)):
            # "killed 20 displaced people", "killed 15 fighters who were fleeing": what the
            # verb did, not what they were or were doing
            continue
        if c.dep_ in ("amod", "acomp", "acl", "relcl") and _lemma(c) in kinds:
            return kinds[_lemma(c)]
        if c.dep_ in ("amod", "acl") and c.lower_ in kinds:
            return kinds[c.lower_]
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "conj", "attr"):
        head = noun.head
        hops = 0
        while head.dep_ == "conj" and noun.dep_ == "conj" and hops < 3:
            head, hops = head.head, hops + 1
        if (noun.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN")
                and head.dep_ in ("dobj", "nsubjpass", "conj") and _lemma(head.head) in kinds):
            # "seized multiple grenades, a rifle and two cards": the verb of the first conjunct
            first = head
            while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
                first = first.head
            if first.dep_ in ("dobj", "nsubjpass") and _lemma(first.head) in kinds:
                return kinds[_lemma(first.head)]
        if _lemma(head) in kinds:
            return kinds[_lemma(head)]
        if noun.dep_ == "nsubj" and _lemma(head) in SUFFERING and any(
                c.dep_ == "dobj" and _lemma(c) in SUFFERED for c in head.children):
            return "injured"  # "two crew members suffered minor injuries"
        if noun.dep_ in ("nsubjpass", "dobj") and _lemma(head) in TREATING and any(
                g.dep_ == "pobj" and _lemma(g) in SUFFERED for c in head.children
                if c.dep_ == "prep" and c.lower_ == "for" for g in c.children):
            return "injured"  # "25 people were treated for gunshot wounds"
        if noun.dep_ == "nsubj" and any(
                c.dep_ == "dobj" and (_lemma(head), c.lower_) in DEATH_IDIOMS
                for c in head.children) or noun.dep_ == "nsubjpass" and any(
                c.dep_ == "prep" and (_lemma(head), g.lower_) in DEATH_IDIOMS
                for c in head.children if c.lower_ == "to" for g in c.children):
            return "killed"  # "two soldiers embraced shahadat", "were sent to hell"
        for c in head.children:
            if c.dep_ in ("oprd", "acomp", "xcomp") and (_lemma(c) in kinds or c.lower_ in kinds):
                return kinds.get(_lemma(c), kinds.get(c.lower_, "other"))
    if _lemma(noun) in kinds and noun.pos_ in ("ADJ",):
        return kinds[_lemma(noun)]
    verb = _governing_verb(noun)  # "seized grenades, a rifle ... and two cards"
    if verb is not None and _lemma(verb) in kinds:
        return kinds[_lemma(verb)]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" and (
            _lemma(noun.head.head) in kinds):
        return kinds[_lemma(noun.head.head)]  # "the deaths of five fighters"
    return trigger_kind or "other"


def _governing_verb(noun: Any) -> Any | None:
    """The nearest verb the noun hangs under through nouns, coordination, apposition and
    prepositions (None: a clause boundary or the root comes first)."""
    node = noun
    for _ in range(8):
        if node.head == node:
            return None
        if node.dep_ not in ("conj", "appos", "pobj", "prep", "dobj", "nsubjpass", "nsubj",
                             "compound", "nmod"):
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def counts_the_dead(noun: Any, trigger: Any) -> bool:
    """A count of bodies counts people killed: "three civilian bodies were found", "found the
    bodies of two teachers" (a body found is a death; the finding verb only says how it
    became known)."""
    if _lemma(noun) in DEAD_NOUNS or noun.lower_ in ("bodies", "corpses"):
        return True
    return (noun.dep_ == "pobj" and noun.head.lower_ == "of"
            and (_lemma(noun.head.head) in DEAD_NOUNS
                 or noun.head.head.lower_ in ("bodies", "corpses", "remains")))


def to_death(trigger: Any) -> bool:
    """A harm verb that says its victims died: "shot/beaten/stabbed X to death", "shot a
    guard dead" (the resultative adjective, which the parser hangs on the verb)."""
    return trigger.pos_ == "VERB" and any(
        (c.dep_ == "prep" and c.lower_ == "to" and any(
            g.dep_ == "pobj" and g.lower_ == "death" for g in c.children))
        or (c.lower_ in RESULT_DEAD and c.dep_ in ("advcl", "acomp", "oprd", "xcomp", "advmod",
                                                     "ccomp", "amod") and c.i > trigger.i)
        for c in trigger.children)


def and_killed(trigger: Any, lex: Lexicon) -> bool:
    """"were shot and killed", "shot and killed two gunmen": a harm verb coordinated with a
    killing verb that shares its people (no subject of its own, and the harm verb has no object
    of its own) says they died, not that they were hurt."""
    kinds = lex.cues["quantities"]["kind_by_lemma"]
    if trigger.pos_ != "VERB" or any(c.dep_ in ("dobj", "obj") for c in trigger.children):
        return False
    return any(c.dep_ == "conj" and c.pos_ == "VERB" and kinds.get(_lemma(c)) == "killed"
               and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
               for c in trigger.children)


def is_agent(noun: Any, trigger: Any, lex: Lexicon) -> bool:
    """The noun is the subject of an active harm verb (the trigger, or a verb of a count's
    kind) that has an object of its own, or shares one with a verb coordinated with it:
    "three gunmen killed two guards", "two men shot and killed a minister". Those are who
    did it; the subject of a verb with no object ("three soldiers died") is who it befell.
    A count inside the subject's phrase is on the doers' side too ("clashes between two
    rival armed groups killed 12 people": the groups are not among the dead). So are people
    counted in a passive verb's "by" phrase ("three fishermen were abducted by five armed
    men"): the doers, not more of the taken."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "by" and noun.head.dep_ in (
            "agent", "prep") and people_word(noun, lex) and any(
            c.dep_ == "auxpass" for c in noun.head.head.children):
        return True  # (the parser may take a "by" far from its verb for a plain "prep")
    while noun.dep_ in ("pobj", "prep") and noun.head != noun:
        noun = noun.head
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or any(
            c.dep_ == "auxpass" for c in verb.children) or departed(verb):
        return False  # ("5,000 residents fled the town": who fled, not who made them)
    if verb.i != trigger.i and _lemma(verb) not in lex.cues["quantities"]["kind_by_lemma"]:
        return False
    shared = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
              and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    return any(c.dep_ in ("dobj", "obj") for v in (verb, *shared) for c in v.children)


def looted_premises(noun: Any, lex: Lexicon) -> bool:
    """A counted noun of premises ("looted at least 30 shops", "ransacked two stores"): the
    places the looters broke into, not goods seized."""
    return noun.pos_ == "NOUN" and lex.in_class(_lemma(noun), "premises_owned")


def not_people(noun: Any, lex: Lexicon) -> bool:
    """A counted noun that names places or operations, never people ("two provinces",
    "four operations", "three compounds")."""
    lemma = _lemma(noun)
    return (noun.pos_ in ("NOUN", "PROPN") and noun.ent_type_ not in ("NORP", "PERSON")
            and (lemma in NOT_PEOPLE or lex.in_class(lemma, "place_word")
                 or lex.in_class(lemma, "violence") or lex.in_class(lemma, "base")))


def in_other_clause(tok: Any, noun: Any, trigger: Any, lex: Lexicon) -> bool:
    """The count hangs on a verb of a relative clause that is not the trigger and says
    nothing of the kind ("a commander who leads one of the cells", "gunmen who arrived on
    100 motorcycles"): it counts something else than the trigger's people or things (not so
    when the trigger describes the counted noun: "resulting in two men taken into custody");
    so does the object of a verb coordinated with the trigger that says nothing of the kind."""
    kinds = lex.cues["quantities"]["kind_by_lemma"]
    if any(t.i == trigger.i for t in noun.subtree):
        return False
    node = tok
    for _ in range(10):
        if node.i == trigger.i or node.head == node:
            return False
        node = node.head
        if node.i == trigger.i:
            return False
        if node.pos_ in ("VERB", "AUX"):
            # (or the people a verb of its own coordinated with the trigger acts on:
            # "shooting dead a guard and taking away 20 people": the 20 were taken, not shot;
            # what the raiders "drove off" is still the raid's count)
            own_act = node.dep_ == "conj" and node.head.i == trigger.i and (
                noun.dep_ == "dobj" and noun.head.i == node.i) and any(
                lex.in_class(_lemma(noun), c) for c in ("person", "armed"))
            return (node.dep_ in ("relcl", "acl") or own_act) and _lemma(node) not in kinds
    return False


# verbs that put people out of where they live, with "from" ("drove 3,000 from their
# homes", "were chased from their villages", "forced out of their houses")
UPROOTING = {"drive", "chase", "force", "push", "uproot", "run", "evict", "expel"}
HOMES = {"home", "house", "village", "land", "farm", "town", "neighbourhood", "neighborhood"}


def uprooted(verb: Any) -> bool:
    """Whether the verb puts its people out of their homes ("driven from their homes")."""
    if _lemma(verb) not in UPROOTING:
        return False
    # ("forced 9,000 people from their homes": the "from" may hang on the people)
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    for c in [*verb.children, *(g for o in objs for g in o.children)]:
        if c.dep_ == "prep" and c.lower_ in ("from", "out"):
            objs = [g for g in c.children if g.dep_ == "pobj"] + [
                g for o in c.children if o.lower_ == "of" for g in o.children if g.dep_ == "pobj"]
            if any(_lemma(g) in HOMES for g in objs):
                return True
        if c.dep_ == "prt" and c.lower_ == "out" and any(
                g.dep_ == "prep" and g.lower_ == "of" and any(
                    _lemma(o) in HOMES for o in g.children if o.dep_ == "pobj")
                for g in verb.children):
            return True
    return False


# verbs whose subject left where they live ("fled the town", "left their homes")
FLEEING = {"flee"}
LEAVING = {"leave", "abandon", "desert"}
# what people cross to get out of a country or a district ("crossed the border into Chad")
FRONTIERS = {"border", "frontier", "boundary"}


def crossed_out(verb: Any) -> bool:
    """"About 3,000 people have crossed into Ethiopia", "crossed the border": people who
    went over into another country or district, put to flight (armed men who cross are
    weighed where the count is read: `displaced_counts._armed`)."""
    if _lemma(verb) != "cross":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "into" or c.dep_ == "dobj" and (
        _lemma(c) in FRONTIERS) for c in verb.children)


def departed(verb: Any) -> bool:
    """Whether the verb tells its subject fled ("fled the town", "fled to Chad"), crossed
    into another land (`crossed_out`) or left their homes ("had left their homes",
    "abandoned their villages")."""
    if _lemma(verb) in FLEEING or crossed_out(verb):
        return True
    return _lemma(verb) in LEAVING and any(c.dep_ == "dobj" and _lemma(c) in HOMES
                                            for c in verb.children)


def singled_out_among(noun: Any) -> bool:
    """"Twenty-three people, among them eight women": the noun is part of people counted
    before, singled out by an "among" that refers back to them (hung on the noun, or right
    before its phrase: "seven villagers, among them a nurse", parsed as an apposition)."""
    if any(c.dep_ == "prep" and c.lower_ == "among" and c.i < noun.i and any(
            g.dep_ == "pobj" and g.lower_ in BACK_REFERENCES for g in c.children)
            for c in noun.children):
        return True
    left = min(t.i for t in noun.subtree if t.i <= noun.i)
    doc = noun.doc
    return left >= 2 and doc[left - 1].lower_ in BACK_REFERENCES and (
        doc[left - 2].lower_ == "among") and doc[left - 1].head.i != noun.i


def attacked_through(noun: Any, lex: Lexicon) -> bool:
    """The noun is what an attack noun was aimed at ("abducted 50 people in raids on three
    communities", "killed two guards in attacks on four posts"): a count of what was
    attacked, not of the people the verb says were killed or taken."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("on", "against", "upon") or prep.i == 0:
        return False
    # the attack noun holds the phrase, or stands right before it (the parser may hang "on
    # three communities" on the verb)
    for cand in (prep.head, noun.doc[prep.i - 1]):
        entry = lex.entry(_lemma(cand), "N") if cand.pos_ == "NOUN" else None
        if entry is not None and entry.plover == "ASSAULT":
            return True
    return False


def parties_between(tok: Any, noun: Any) -> bool:
    """The number counts the parties of a relation, not what it did to anyone: "fighting
    between two rival militias", "clashes between two of the city's armed groups", "talks
    between the two sides" (the number, its noun, or a conjunct of either is the object of
    "between")."""
    for node in (tok, noun):
        for _ in range(3):
            if node.dep_ == "pobj" and node.head.lower_ == "between":
                return True
            if node.dep_ != "conj" or node.head == node:
                break
            node = node.head
    return False


FIGURE_WORDS = {"number", "toll", "figure", "tally", "total", "count"}
PUT_AT_VERBS = {"put", "place", "estimate"}


def figure_put_at(num: Any) -> Any | None:
    """The figure a number states when someone "put the number of people taken at 31",
    "placed the death toll at 40", "estimated the number of dead at 50" (the figure noun, or
    None): a count of the event's people, by whoever puts it so."""
    if num.dep_ != "pobj" or num.head.lower_ != "at":
        return None
    node = num.head
    for _ in range(6):
        if node.head == node:
            return None
        node = node.head
        if node.pos_ == "VERB" and _lemma(node) in PUT_AT_VERBS:
            fig = next((c for c in node.children if c.dep_ == "dobj"
                        and _lemma(c) in FIGURE_WORDS), None)
            return fig
        if node.pos_ == "VERB" and node.dep_ not in ("acl", "relcl"):
            return None
    return None


def figure_words(scope: list[Any]) -> set[int]:
    """The indices of the figure nouns in `scope`: one a count puts at a number ("put the
    number of people taken at 31"), or "the number" / "the toll" itself ("bringing to 23 the
    number of people killed"): the name of a figure, never a vague amount ("a number of")."""
    out = {f.i for f in (figure_put_at(t) for t in scope) if f is not None}
    return out | {t.i for t in scope if _lemma(t) in FIGURE_WORDS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in t.children)}


def toll_stated(num: Any) -> Any | None:
    """The subject of "the toll was 11" (the number the predicate of "be"), or None."""
    if num.dep_ != "attr" or _lemma(num.head) != "be":
        return None
    return next((c for c in num.head.children if c.dep_ == "nsubj"), None)


# verbs whose passive subject an event put out of their homes ("were displaced by fighting")
DISPLACING = frozenset(("displace", "uproot"))


def displaced_by(trigger: Any) -> list[Any]:
    """"More than 300 families were displaced by the fighting": the people the trigger, the
    agent of a passive displacing verb, drove from their homes (outside its subtree); and
    "the fighting has forced 20,000 people from their homes", "... displaced 5,000 people",
    "forced 9,000 people to flee": the trigger the subject of such a verb."""
    verb = trigger.head
    obj = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "NUM")]
    if trigger.dep_ == "nsubj" and verb.pos_ == "VERB" and obj and (
            _lemma(verb) in DISPLACING or uprooted(verb) or any(
                c.dep_ in ("xcomp", "ccomp") and departed(c) for c in verb.children)):
        return sorted(obj[0].subtree, key=lambda t: t.i)
    if trigger.dep_ not in ("pobj", "pcomp") or trigger.head.lower_ != "by" or \
            trigger.head.dep_ not in ("agent", "prep"):
        return []
    verb = trigger.head.head
    if _lemma(verb) not in DISPLACING:
        return []
    subj = [c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN")]
    return sorted(subj[0].subtree, key=lambda t: t.i) if subj else []


def taken_before(trigger: Any, lex: Lexicon) -> list[Any]:
    """"had recovered three rifles ... and arrested two men": the things a verb of taking (no
    event word of its own) took, when the trigger is coordinated after it with no subject of
    its own; they are counted as the event's seized things (not as weapons it used)."""
    head = trigger.head
    if trigger.dep_ != "conj" or trigger.pos_ != "VERB" or head.pos_ != "VERB" or (
            head.i > trigger.i) or any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return []
    if lex.cues["quantities"]["kind_by_lemma"].get(_lemma(head)) != "seized" or lex.entry(
            _lemma(head), "V") is not None:
        return []
    return [t for c in head.children if c.dep_ == "dobj" for t in c.subtree]
