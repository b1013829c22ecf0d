"""The word sets, patterns and tables that merging events reads (`events.merge` and the
modules beside it): determiners that mark a new or an earlier event, operation types and
nouns, words of counts of people (additive, ordinal, referring, spread over operations),
words of the sides in a fight (state, non-state, civilian), patterns of revised tolls and
campaign tallies, the ranks of place precisions, and the event nouns a mention can refer
back to.
"""

import re

from ..language import PLURAL_DEFINITE_DETERMINERS
from .argument_words import DEFINITE

OPERATION_TYPES = {"ASSAULT", "COERCE", "MOBILIZE"}
NEW_EVENT_DETS = {"another", "other", "second", "third", "new", "separate", "further",
                  "earlier", "previous", "latest", "fresh", "similar"}
ANAPHORIC_DETS = DEFINITE | {"said"}  # "the said attack"


# place precisions below country level: a place that says where within a country
SUB_COUNTRY = {"point", "city", "admin2", "admin1"}


ADDITIVE = {"additional", "other", "another", "more", "also", "further", "associates", "associate"}


PEOPLE_GROUPS = (("killed",), ("arrested", "captured"), ("injured",))
PEOPLE_KINDS = {k for g in PEOPLE_GROUPS for k in g}


ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10}
UPDATE_RE = re.compile(r"(?m)^\s*UPDATE\b")
REVISION_RE = re.compile(
    r"\b(rose|risen|rises|climbed|increased|jumped|revised( \w+)?)( to\b)|"
    r"\bbringing the (total|toll|death toll|number)\b|\btoll (now )?(stands|stood) at\b", re.I)
TALLY_RE = re.compile(
    r"\bsince (the (start|beginning)|(early |late |mid-)?(January|February|March|April|May|June"
    r"|July|August|September|October|November|December|\d{4}|last|Jan\.|Feb\.|Aug\.|Sept?\.|"
    r"Oct\.|Nov\.|Dec\.))|\bso far\b|\bto date\b|\bthis (month|year)\b|"
    r"\b(past|last) (few |several |\w+ )?(weeks|months|years)\b", re.I)
QUALIFIER_CAUTION = {"exact": 0, "at_least": 1, "more_than": 1, "about": 2, "at_most": 2,
                     "less_than": 2}


REFERRING = PLURAL_DEFINITE_DETERMINERS | {"both"}


SPREAD_MODS = {"separate", "multiple", "several", "various", "different", "numerous"}
OPERATION_NOUNS = {"operation", "raid", "strike", "airstrike", "mission", "engagement", "clash",
                   "attack", "assault"}


STATE_PEOPLE = {"soldier", "troop", "trooper", "serviceman", "servicemember", "policeman",
                "policewoman", "marine", "commando", "paratrooper", "peacekeeper", "sailor",
                "airman", "gendarme"}
STATE_WORDS = {"police", "security", "army", "military", "border", "government", "state"}
STATE_ROLES = {"officer", "member", "personnel", "agent", "guard", "official"}
# (the armed side a force fights; some are also argument_words.ATTACKER_NOUNS, people named
# by what they did, another list: "the attackers" may be anyone's)
NON_STATE_PEOPLE = {"militant", "insurgent", "rebel", "guerrilla", "jihadist", "terrorist",
                    "fighter", "gunman", "extremist", "separatist", "militiaman", "attacker",
                    "bomber"}
CIVILIAN_PEOPLE = {"civilian", "villager", "child", "woman", "pedestrian", "passenger",
                   "worshipper", "student", "bystander", "resident", "shopper", "farmer"}


STATE_GROUP_WORDS = STATE_PEOPLE | {"force", "army", "police", "military", "security", "government"}
STATE_SECTORS = {"GOV", "MIL", "COP", "SPY"}  # CAMEO actor sectors
NON_STATE_SECTORS = {"REB", "INS", "UAF"}


PRECISION_RANK = {"point": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4, "region": 5,
                  "unknown": 6}


ARSON_KINDS = {"Attack", "Looting/property destruction"}


TOLL_RE = re.compile(r"\b(death toll|toll|number of (the )?(dead|deaths|people killed|those "
                     r"killed|victims|fatalities)|fatalities)\b", re.I)
REVISE_LEMMAS = {"rise", "climb", "increase", "jump", "reach", "stand", "hit", "grow", "mount",
                 "revise", "bring", "raise"}  # ("raising the death toll to three")
DEATH_LEMMAS = {"die", "succumb"}


EVENT_NOUNS = {"battle", "fight", "fighting", "firefight", "attack", "operation", "strike",
               "airstrike", "raid", "clash", "engagement", "exchange", "incident", "explosion",
               "blast", "ambush", "assault", "shootout", "skirmish", "search"}
# pronouns that stand for people (argument_words.PRONOUNS is every pronoun)
PERSON_PRONOUNS = {"he", "she", "him", "her", "they", "them"}


# nouns of an operation that can hold arrests as well as violence ("detained during the raid")
MIXED_OPERATION_NOUNS = {"raid", "sweep"}

# words that put another event before or after the one told ("fired rockets after a strike
# killed a commander"): the clause or noun they head is an event of its own
SEQUENCE_WORDS = ("after", "before", "following")

# ACLED sub-types of a crowd turned violent (a riot)
RIOT_SUBTYPES = frozenset({"Violent demonstration", "Mob violence"})
