"""Property a crowd burns or loots: "protesters set fire to the council office", "rioters
looted a dozen shops". ACLED codes such an act apart from the demonstration it broke out of,
as a destruction of property (an assault, not a "violent demonstration"), whoever did it;
the stones thrown and the tyres burned on the road stay the demonstration's, and so does
damage told as done during the protests ("rioters burned cars and looted shops during protests
over fuel prices": the protest's own violence, ACLED's violent demonstration), and damage that
is all the text tells of the crowd ("Rioters set fire to a tax office in Douala": the riot
itself)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .fight_context import INSIDE as FIGHT_INSIDE
from .lexicon import Lexicon
from .lexicon import lemma as _lemma
from .outcome_types import RIOT_WORDS
from .type_cues import TYRES, _is_person, is_arson

if TYPE_CHECKING:
    from .detect import Trigger

DESTRUCTION = "Looting/property destruction"
# what a crowd burns to block a road or hold a line, no one's property destroyed
ROAD_FIRES = TYRES | {"barricade", "barricades", "roadblock", "roadblocks", "rubbish",
                      "garbage", "trash", "flag", "flags", "effigy", "effigies"}


def crowd_destroys_property(trigger: Trigger, objs: list[Any], lex: Lexicon) -> bool:
    """A trigger of burning or looting (its entry's ACLED sub-type is the destruction of
    property, or a fire set on purpose) whose objects are things, none of them a person nor a
    tyre or barricade burned on the road ("set fire to two buses", "looted shops"; not "burned
    tyres", "beat a man")."""
    if not objs or not (trigger.entry.acled == DESTRUCTION or is_arson(trigger)):
        return False
    if _during_protest(trigger.token, lex) or not _protest_told_apart(trigger.token, lex):
        return False
    return not _is_person(objs, lex) and not any(
        _lemma(x) in ROAD_FIRES or x.lower_ in ROAD_FIRES for o in objs for x in (o, *o.conjuncts))


# prepositions that set an act inside a protest ("during protests", "amid the unrest")
INSIDE = FIGHT_INSIDE | {"amidst"}


def _during_protest(tok: Any, lex: Lexicon) -> bool:
    """The verb (or a verb coordinated with it) is set "during / amid / in" a protest."""
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and (_lemma(tok.head) in PROTEST_VERBS or (
            lex.in_class(_lemma(tok.head), "protest"))):
        return True  # "rioted in Mombasa, torching cars": the manner of the riot
    verbs = [tok, *tok.conjuncts]
    return any(p.dep_ == "prep" and p.lower_ in INSIDE and any(
        g.dep_ == "pobj" and (lex.in_class(_lemma(g), "protest") or _lemma(g) in RIOTS)
        for g in p.children) for v in verbs for p in v.children)


# words of a crowd's disorder that the "protest" word class may lack
RIOTS = RIOT_WORDS | {"demonstration", "demonstrations"}

# verbs that tell a protest or a riot as an act ("demonstrated", "rioted") that the
# "protest" word class (protest, march, rally, picket ...) lacks
PROTEST_VERBS = {"demonstrate", "riot"}


def _protest_told_apart(tok: Any, lex: Lexicon) -> bool:
    """The text tells a protest or a riot by a word of its own besides the damage ("a march
    turned violent ... protesters set fire to two buses"), so the damage is an act apart;
    a body's protest ("the ruling party protested a court ruling") tells no crowd's, unless
    told beside the damage."""
    sents = list(tok.doc.sents)
    at = next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)
    near = range(sents[max(0, at - 1)].start, sents[min(len(sents) - 1, at + 1)].end)
    return any(t.i != tok.i and t.pos_ in ("NOUN", "VERB") and t.ent_type_ != "DATE" and (
        lex.in_class(_lemma(t), "protest") or _lemma(t) in RIOTS
        or t.pos_ == "VERB" and _lemma(t) in PROTEST_VERBS)  # (not "March")
        and (t.i in near or not _a_bodys(t, lex)) for t in tok.doc)


def _a_bodys(verb: Any, lex: Lexicon) -> bool:
    """A verb whose subject is a body, not a crowd ("the ruling party protested")."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and (c.ent_type_ == "ORG" or lex.in_class(_lemma(c), "actor_word"))
        for c in verb.children)
