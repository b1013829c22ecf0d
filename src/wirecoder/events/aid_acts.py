"""Humanitarian aid told without an aid verb: relief handed out told as a noun ("the
distribution of food parcels began"), an aid convoy's arrival ("a convoy of trucks carrying
food aid reached the camp"), and a place of care set up ("set up a field hospital in the
town"). Each is the lexicon's "aid" (PLOVER AID); called by `told_acts.told_act`.
"""

from __future__ import annotations

from typing import Any

from .lexicon import Lexicon, TriggerEntry
from .lexicon import lemma as _lemma

# relief goods: what is handed out, flown in or carried to those in need
RELIEF_GOODS = {"aid", "supply", "supplies", "food", "blanket", "blankets", "tent", "tents",
                "medicine", "medicines", "ration", "rations", "relief", "assistance",
                "foodstuff", "foodstuffs", "flour", "rice", "kit", "kits", "parcel", "parcels",
                "package", "packages", "tarpaulin", "tarpaulins", "vaccine", "vaccines",
                "water", "humanitarian"}
# the nouns of handing relief out ("the distribution of food parcels")
HANDING_NOUNS = {"distribution", "delivery", "deliveries", "airdrop", "airdrops", "handout",
                 "handouts", "airlift", "airlifts"}
# what carries relief, and the verbs of its arrival ("the convoy reached / entered the town")
CARRIERS = {"convoy", "convoys", "truck", "trucks", "lorry", "lorries", "shipment",
            "shipments", "consignment", "consignments", "plane", "planes", "flight", "flights",
            "ship", "ships", "boat", "boats", "cargo"}
# what names a cargo as aid, not as goods a delivery already told may go on to list ("trucks
# carrying maize flour reached the village" after "the Red Cross delivered food")
AID_NAMES = {"aid", "relief", "humanitarian", "assistance"}
ARRIVING = {"reach", "arrive", "enter", "cross", "land", "dock"}
# places of care and relief set up for those in need ("a field hospital", "a soup kitchen")
CARE_SITES = {"hospital", "clinic", "clinics", "hospitals", "kitchen", "kitchens",
              "shelter", "shelters", "dispensary", "infirmary"}
SETTING_UP = {"set up", "open", "establish", "build", "erect"}


def _relief_words(tok: Any) -> set[str]:
    """The lemmas and forms of a noun, its modifiers and what it carries or holds ("trucks
    carrying food aid", "a convoy of 40 trucks", "shipments of medicine")."""
    words = {_lemma(tok), tok.lower_}
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod"):
            words |= {_lemma(c), c.lower_}
        elif c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    words |= _relief_words(g) | {_lemma(x) for x in g.conjuncts}
        elif c.dep_ == "acl" and _lemma(c) in ("carry", "bring", "transport", "load"):
            for g in c.children:
                if g.dep_ in ("dobj", "prep"):
                    words |= {_lemma(x) for x in g.subtree}
    return words


def relief_noun(tok: Any) -> bool:
    """"The distribution of food parcels to 1,500 families began", "airdrops of
    supplies": relief handed out, told as a noun (with relief goods as what is handed)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ not in HANDING_NOUNS:
        return False
    goods = {_lemma(g) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj" for g in (g, *g.conjuncts)}
    goods |= {_lemma(c) for c in tok.children if c.dep_ in ("compound", "amod")}
    return bool(goods & RELIEF_GOODS)


def relief_arrived(tok: Any) -> bool:
    """"A convoy of trucks carrying food aid reached the camp", "the first aid shipment
    arrived in the port": a carrier named as one of aid arriving delivers it."""
    if tok.pos_ != "VERB" or _lemma(tok) not in ARRIVING:
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    return any(_lemma(s) in CARRIERS and (_relief_words(s) - {_lemma(s), s.lower_}) & AID_NAMES
               for s in subj)


def care_site_set_up(tok: Any) -> bool:
    """"The WHO set up a field hospital in the town", "the charity opened two clinics for
    the displaced": a place of care set up for those in need."""
    if tok.pos_ != "VERB":
        return False
    prt = [c.lower_ for c in tok.children if c.dep_ == "prt"]
    key = f"{_lemma(tok)} {prt[0]}" if prt else _lemma(tok)
    if key not in SETTING_UP:
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for o in objs for g in o.conjuncts]
    return any(_lemma(o) in CARE_SITES or o.lower_ in CARE_SITES for o in objs)


def aid_told(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """The lexicon's "aid" where one of the constructions above tells it."""
    if relief_noun(tok):
        return lex.entry("aid", "N")
    if relief_arrived(tok) or care_site_set_up(tok):
        return lex.entry("aid", "V")
    return None
