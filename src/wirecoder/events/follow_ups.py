"""What is done after an event and told as its aftermath, no event of its own: the hurt or
the residents moved out by no one named ("the wounded were evacuated to Diffa", "4,000
villagers were evacuated from border villages": no one gave aid; the people fled or were
cared for), an inquiry said to be under way ("police said they were investigating the
claim": no charge laid, no one accused), and captives freed in the course of a fight ("troops
freed three hostages and killed four", "stormed the post ... before freeing a detained gang
member": the raid is the event; a release is the captors' own act).
`trigger_drops.drop_non_events` drops them; `rescue_in_a_fight` types a freeing told as done
inside a fight ("freed four hostages in a raid") as that fight.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .count_kinds import FREEING as COUNTED_FREEING
from .fight_context import DOER_NOUNS, FIGHT_NOUNS, INSIDE, fight_noun
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon, people_word
from .owned_things import names_body

if TYPE_CHECKING:
    from .detect import Trigger

# how people are carried, which a "by" phrase may name in place of who carried them
# ("evacuated by helicopter", "by road")
CARRIERS = {"helicopter", "helicopters", "air", "road", "sea", "boat", "boats", "ambulance",
            "ambulances", "plane", "planes", "aircraft", "bus", "buses", "truck", "trucks"}
# whom an inquiry under way is into, when it is one ("investigating the journalist"): a
# person or a body named as its object may be an accusation; an incident or a claim is not
PERSON_ENTS = {"PERSON", "ORG", "NORP"}
# determiners of a thing told before ("the claim", "this incident")
BACK_DETERMINERS = {"the", "this", "that", "these", "those", "its", "their"}
# prepositions of what someone is investigated over ("over missing funds", "into the deaths")
GROUNDS = {"over", "into"}


def drop_follow_ups(found: list[Trigger]) -> list[Trigger]:
    """The triggers of `found` that are no aftermath told in passing."""
    return [t for t in found if not (moved_by_no_one(t.token) or inquiry_under_way(t.token)
                                     or freed_in_a_fight(t.token) or carried_for_care(t.token))]


# places of treatment, where the hurt are taken ("rushed to hospital")
TREATMENT_PLACES = {"hospital", "clinic", "morgue"}
# what the hurt are carried on or to for care ("taken away in ambulances", "rushed to
# hospital"): an ambulance or a stretcher, a place of treatment
_CARE_WAYS = {"ambulance", "stretcher"} | TREATMENT_PLACES


def carried_for_care(tok: Any) -> bool:
    """"I saw five people taken away in ambulances", "the wounded were carried to hospital":
    people taken or carried in an ambulance or to a hospital are the hurt cared for, not
    people seized; not when armed men carry them ("the gunmen took the doctor in an
    ambulance to their camp")."""
    if tok.pos_ != "VERB" or _lemma(tok) not in ("take", "carry", "rush"):
        return False
    lex = load_lexicon()
    if any(c.dep_ == "nsubj" and (_lemma(c) in DOER_NOUNS or lex.in_class(_lemma(c), "armed"))
           for c in tok.children):
        return False
    return any(g.dep_ == "pobj" and _lemma(g) in _CARE_WAYS for c in tok.children
               if c.dep_ == "prep" and c.lower_ in ("in", "by", "to", "into") for g in c.children)


def moved_by_no_one(tok: Any) -> bool:
    """"The injured were evacuated to Kotido", "seven others were wounded and evacuated to
    Diffa", "were evacuated by helicopter": a passive evacuation with no one named as the doer
    tells where the hurt or the displaced went, not an aid event (`displaced_counts` keeps
    their count); "troops evacuated 200 residents", "were evacuated by the Red Cross" name
    who did it, and stay."""
    if tok.pos_ != "VERB" or _lemma(tok) != "evacuate" or tok.tag_ != "VBN":
        return False
    if any(c.dep_ in ("nsubj", "dobj") for c in tok.children):
        return False  # an active clause: someone evacuated someone
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (
        tok.dep_ == "conj" and any(c.dep_ in ("auxpass", "nsubjpass")
                                   for c in tok.head.children)) or tok.dep_ == "acl"
    if not passive:
        return False
    return not any(g.dep_ == "pobj" and g.lower_ not in CARRIERS
                   for c in tok.children if c.dep_ == "agent" for g in c.children)


def inquiry_under_way(tok: Any) -> bool:
    """"Police said they were investigating the claim", "are investigating the incident",
    "said they were investigating": an inquiry going on (the progressive), into an incident
    told before or nothing named, is a reaction told after the event, no accusation; "opened
    an investigation", "are investigating the mayor for fraud", "is investigating alleged war
    crimes by extremists" stay."""
    if tok.pos_ != "VERB" or _lemma(tok) != "investigate" or tok.tag_ != "VBG":
        return False
    if not any(c.dep_ == "aux" and _lemma(c) == "be" for c in tok.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return False  # "investigating the mayor for fraud"
    if any(_grounds(p) for o in (tok, *_objects(tok)) for p in o.children):
        return False  # "investigating the former governor over missing funds"
    # what is looked into: nothing named, or a thing told before ("the claim", "the
    # incident") with no party in it ("alleged war crimes by Croatian extremists" stays),
    # nor people or a body ("the former governor", "the soldiers who opened fire")
    return all(not _suspects(o)
               and any(c.dep_ == "det" and c.lower_ in BACK_DETERMINERS for c in o.children)
               and not any(w.ent_type_ in PERSON_ENTS or w.pos_ == "PROPN" for w in o.subtree)
               for o in _objects(tok))


def _objects(tok: Any) -> list[Any]:
    return [o for o in tok.children if o.dep_ in ("dobj", "obj")]


def _suspects(o: Any) -> bool:
    """An inquiry's object that names people or a body, or says what they did ("the
    soldiers who opened fire")."""
    return names_body(o) or people_word(o, load_lexicon()) or any(
        c.dep_ == "relcl" for c in o.children)


def _grounds(p: Any) -> bool:
    """"over missing funds", "into the deaths": what the inquiry is over (not a time: "over
    the weekend")."""
    return p.dep_ == "prep" and p.lower_ in GROUNDS and any(
        g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in p.children)


# verbs of setting captives free (`count_kinds.FREEING`, less a swap, and a rescue)
FREEING = (COUNTED_FREEING - {"swap", "exchange"}) | {"rescue"}
# violent acts inside which captives may be freed ("in a raid", "during an assault")
VIOLENT_SETTINGS = FIGHT_NOUNS | {"raid", "assault", "attack", "ambush", "fighting", "offensive"}
# prepositions that put the freeing after a fight ("after a brief exchange of fire")
AFTER = {"after", "following"}


def freed_in_a_fight(tok: Any) -> bool:
    """"freed three hostages and killed four terrorists", "stormed the post, killing three
    officers, before freeing a gang member": captives set free in the course of a raid or a
    fight told by its own verb are that fight's outcome (ACLED codes the one event), not a
    release (PLOVER's release is the captors' act) nor aid. (Freed "in a raid", "after an
    exchange of fire": the fight told by the freeing alone, `rescue_in_a_fight`.)"""
    if tok.pos_ != "VERB" or _lemma(tok) not in FREEING:
        return False
    lex = load_lexicon()

    def violent(v: Any) -> bool:  # (not the captors' abduction: "kidnapped ... and released")
        entry = lex.entry(_lemma(v), "V") if v.pos_ == "VERB" else None
        return entry is not None and entry.plover == "ASSAULT" and not _abducts(v)
    if tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return violent(tok.head)  # ("stormed the village and freed ...")
    if any(c.dep_ == "conj" and violent(c) and not any(
            g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in tok.children):
        return True  # ("freed three hostages and killed four terrorists")
    return tok.dep_ == "pcomp" and tok.head.lower_ in ("before", "after") and (
        violent(tok.head.head) or violent(tok.head.head.head))


def rescue_in_a_fight(trigger: Trigger) -> tuple[str, str | None, str | None, str] | None:
    """"troops freed four hostages in a raid on a camp", "rescued nine kidnapped victims after
    a brief exchange of fire": a freeing told as done inside a raid or a fight is told by its
    outcome; the event is the fight (an armed clash), not a release nor aid."""
    tok = trigger.token
    if tok.pos_ != "VERB" or trigger.entry.lemma not in FREEING:
        return None
    for p in tok.children:
        if p.dep_ == "prep" and any(g.dep_ == "pobj" and (
                (p.lower_ in INSIDE and _lemma(g) in VIOLENT_SETTINGS)
                or (p.lower_ in INSIDE | AFTER and fight_noun(g))) for g in p.children):
            return ("ASSAULT", None, "Armed clash", "190")
    return None


def frees_beside(tok: Any) -> bool:
    """"troops freed three hostages and killed four terrorists": a violent verb coordinated
    with a freeing of captives tells a rescue, which takes no one (no abduction, whatever the
    sentence's hostages and kidnappers suggest); "kidnapped 20 passengers and released two
    women" is an abduction, and the captors' release of some."""
    if _abducts(tok):
        return False
    linked = [c for c in tok.children if c.dep_ == "conj"]
    if tok.dep_ == "conj":
        linked.append(tok.head)
    return any(v.pos_ == "VERB" and _lemma(v) in FREEING for v in linked)


def _abducts(v: Any) -> bool:
    """`v` is a verb of abduction ("kidnapped", "abducted"): the captors' act."""
    entry = load_lexicon().entry(_lemma(v), "V") if v.pos_ == "VERB" else None
    return entry is not None and entry.mode == "abduct"
