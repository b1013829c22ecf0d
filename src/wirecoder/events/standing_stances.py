"""Stances held over time, told as background. Charges an accuser stands by: an accusation in
the simple present or the present perfect ("Jordan has accused Iran-backed militias of running
the trade", "the security forces have been accused of heavy-handed responses", "fishermen
accuse the trawlers of destroying their nets", "a string of incidents that Amman blames on the
networks") is no statement made on one day, and what it charges is no one act of the news
either. An accusation in the past tense ("accused the rebels on Monday of ...") stays news. So
with a refusal to recognise: "Serbia has never recognised Kosovo's independence", "Iran does
not recognise dual nationality" tell a standing policy, not a refusal made that day.
`modality` and `background` tell the rest.
"""

from __future__ import annotations

from typing import Any

from .claims import ACCUSING_VERBS as ACCUSING  # verbs of laying a charge
from .frames import PROMISING
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon
from .syntax import _negated

PERFECT_AUX = frozenset({"has", "have", "'ve", "'s"})
FIRST_PERSON = frozenset({"i", "we"})


def _running_text(verb: Any) -> bool:
    """A full sentence of running text (headlines, which use the present for past news, end
    without a full stop)."""
    return verb.sent.text.strip().endswith((".", "!", "?", "\"", "”"))


def _tense(verb: Any) -> str | None:
    """"present" (no auxiliary, VBZ/VBP), "perfect" (has/have + participle, active or
    passive), else None."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if not aux and (verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VB" and any(
            c.dep_ == "nsubj" for c in verb.children)):
        return "present"  # (a base form with a subject: the tagger's "herders accuse")
    if verb.tag_ == "VBN" and aux & PERFECT_AUX and not aux & {"had", "will", "would", "may",
                                                                 "might", "could", "should"}:
        return "perfect"
    return None


def standing_charge(verb: Any) -> str | None:
    """The modality of an accusation told as a standing charge, or None. Simple present:
    "hypothetical" (a habit of speech, as `modality._habitual` reads a habit of violence);
    present perfect: "historical" (charges laid before the news). A first-person subject
    ("we accuse the government", said in a quotation) makes the present a speech act; in the
    article's first sentence only a relative clause ("incidents that Amman blames on ...")
    is read so, since a lead may tell the day's news in the perfect ("Kyiv has accused Moscow
    of shelling a hospital")."""
    if verb.pos_ != "VERB" or _lemma(verb) not in ACCUSING or not _running_text(verb):
        return None
    tense = _tense(verb)
    if tense is None:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in FIRST_PERSON
           for c in verb.children):
        return None
    if verb.sent.start == 0 and verb.dep_ != "relcl":
        return None
    return "hypothetical" if tense == "present" else "historical"


def charged_act(tok: Any) -> Any:
    """The standing-charge verb whose charge `tok` names ("accuse the trawlers of destroying
    their nets and depleting fish stocks": destroying, depleting), or None."""
    node = tok
    for _ in range(3):
        if node.dep_ == "conj" and node.head != node:
            node = node.head
            continue
        break
    if node.dep_ not in ("pcomp", "pobj") or node.head.lower_ != "of":
        return None
    verb = node.head.head
    if verb.dep_ in ("dobj", "nsubjpass") and verb.head != verb:
        verb = verb.head  # "accused both sides of killing": the parser hangs "of" on "sides"
    return verb if standing_charge(verb) is not None else None


# verbs of recognising, whose negation in the present or the perfect is a standing refusal
RECOGNISING = frozenset({"recognise", "recognize", "acknowledge", "accept"})


def standing_refusal(verb: Any) -> str | None:
    """The modality of a refusal to recognise told as a policy ("has never recognised the
    declaration", "does not recognise dual nationality"), or None; read as `standing_charge`
    reads a charge."""
    if verb.pos_ != "VERB" or _lemma(verb) not in RECOGNISING or not _running_text(verb):
        return None
    if not _negated(verb):
        return None
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VB" and aux & {"does", "do"}:
        tense = "present"
    else:
        tense = _tense(verb)
    if tense is None or (verb.sent.start == 0 and verb.dep_ != "relcl"):
        return None
    return "hypothetical" if tense == "present" else "historical"


# verbs of binding oneself to act, whose present perfect told as background is a standing pledge
PLEDGING = PROMISING | {"agree", "undertake"}
# words that put a perfect in the past of the news ("have since agreed", "has long promised")
BACKGROUND_CUES = frozenset({"since", "already", "previously", "long", "earlier", "repeatedly"})


def _news_pledge_before(verb: Any) -> bool:
    """An earlier sentence of the story tells a pledge or agreement as news (the lead's "have
    agreed to a truce, mediators said"): a perfect after it ("the two sides have also agreed to
    open a corridor") goes on telling the news."""
    for tok in verb.doc[:verb.sent.start]:
        if tok.pos_ == "VERB" and _lemma(tok) in PLEDGING and tok.tag_ in ("VBD", "VBN") \
                and not _negated(tok) and standing_pledge(tok) is None:
            return True
    return False


def standing_pledge(verb: Any) -> str | None:
    """"historical" for a pledge or agreement told in the present perfect as background
    ("Islamabad has promised to set up a protection unit for them", "both governments have
    since agreed to confidence-building measures"), or None. A pledge that is the news is
    reported by someone or dated ("has agreed to pay compensation, the minister said on
    Tuesday") or leads the article; without a cue of the past ("since", "already") a perfect
    that follows a pledge told as news tells more of that news."""
    if verb.pos_ != "VERB" or _lemma(verb) not in PLEDGING or not _running_text(verb):
        return None
    if _tense(verb) != "perfect" or verb.tag_ != "VBN" or verb.sent.start == 0:
        return None
    saying = load_lexicon().words("reporting_verbs")
    if verb.dep_ in ("ccomp", "relcl", "advcl", "xcomp") or any(
            _lemma(t) in saying and t.pos_ == "VERB" and (
                t == verb.head and verb.dep_ != "conj" or t.head == verb and t.dep_ in (
                    "parataxis", "ccomp", "advcl"))
            for t in verb.sent):  # (not what is pledged: "has promised to release prisoners")
        return None  # reported ("has agreed to pay, the minister said"), or part of a clause
    if any(t.ent_type_ in ("DATE", "TIME") for c in verb.children
           if c.dep_ in ("prep", "npadvmod", "advmod") for t in c.subtree):
        return None  # a day of its own: "has agreed on Tuesday to ..."
    cued = any(c.lower_ in BACKGROUND_CUES for c in verb.children if c.dep_ in ("advmod", "prep"))
    if not cued and _news_pledge_before(verb):
        return None
    return "historical"
