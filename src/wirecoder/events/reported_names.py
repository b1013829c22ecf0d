"""The one name an actor or target is reported under, chosen among the ways the text wrote it
(its mentions) once the event's participants are final (`event_record.to_event`):

- an office, body or following named bare ("the governor", "the deputy prime minister",
  "supporters") whose text also tells whose it is ("Sulu's governor", "the governor of Sulu
  province", "the Taliban's deputy prime minister", "supporters of the losing candidate",
  "all parties") is reported by that fuller phrase: a bare office does not tell which one
  is meant. (The mappers keep the bare office as the name while events are built and merged,
  `participant_mapper._office_of`, `possessed.with_possessor`, `mention_forms.all_of`; the
  bare phrase stays a mention.)
- armed or wanted people described by a participle of their gear or looks ("gunmen armed
  with rifles and grenades", "suspected militants riding motorcycles",
  `participant_mapper._described`; not "militants linked to al-Shabaab") are
  reported by their own noun phrase, which already tells what they are ("gunmen"); unnamed
  people of a plain noun ("two men wearing ski masks") keep the description.
- a pronoun or a phrase led by one ("it", "they", "its forces") is never the first of the
  other ways it is written: a linked entity whose knowledge-base name the text does not use
  ("Lebanese military" for "the Lebanese army ... it said") is known by the first of them.
  Nor is a bare noun written fuller elsewhere ("forces" of "government forces", "troops" of
  "federal troops"): the fuller form comes first, and is the name of an entity named by the
  bare noun ("the station" after "a police station").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..language import ARTICLES, POSSESSIVE_DETERMINERS
from ..records import Participant
from .argument_words import PRONOUNS
from .lexicon import load_lexicon, strip_plural
from .mention_forms import SET_WORDS
from .participant_mapper import FOLLOWER_NOUNS, OFFICE_BODIES, OFFICE_TITLES

# what may join a bare office to whom or where it is held ("governor of", "spokesman for",
# "consul general in")
_COMPLEMENT = ("of", "for", "in")
# the heads such a complement makes whole (`participant_mapper._office_of`; "top official
# in Haiti")
OFFICE_HEADS = OFFICE_TITLES | OFFICE_BODIES | FOLLOWER_NOUNS | {"official", "officer"}


def _without_article(text: str) -> str:
    words = text.split(" ", 1)
    return words[1] if len(words) == 2 and words[0].lower() in ARTICLES else text


def _renamed(p: Participant, name: str) -> Participant:
    """`p` reported as `name`, its old name kept as one more of its mentions."""
    return replace(p, name=name, mentions=tuple(dict.fromkeys((*p.mentions, p.name))))


def _fuller(name: str, mention: str) -> bool:
    """Whether `mention` is `name` with whose it is told: a possessor before it ("Kenya's
    interior minister", "the guards' union"), a complement after it ("head of the EU
    mission"), or "all" ("all parties")."""
    low, m = name.lower(), _without_article(mention).lower()
    if m == low or not m.endswith(low) and not m.startswith(low + " "):
        return False
    if m.startswith(low + " "):
        return m[len(low) + 1:].split(" ", 1)[0] in _COMPLEMENT
    before = m[:-len(low)].rstrip()
    return before == "all" or bool(re.search(r"\w['’]s?$", before))


def _portfolio(name: str, mention: str) -> bool:
    """Whether `mention` is the office `name` with what it is held for ("special envoy for
    Yemen", "commissioner for human rights"): part of the title, unlike where it sits."""
    m = _without_article(mention).lower()
    return _office_title(name) and m.startswith(name.lower() + " for ")


def _office_title(name: str) -> bool:
    return strip_plural(name.split()[-1].lower()) in OFFICE_TITLES if name.split() else False


def _office_named_whole(p: Participant) -> Participant:
    words = p.name.split()
    # a common-noun head ("governor", "UN humanitarian coordinator"), with no possessor of
    # its own ("Britain's ambassador" is already whose: not "... in Tehran"), but for the
    # portfolio a possessed office is held for ("China's special envoy for Asian affairs")
    if not words or not words[-1][:1].islower():
        return p
    possessed = bool(re.search(r"['’]s?\s", p.name))
    # (a complement tells whose office, body or following it is, "governor of Sulu"; after
    # another noun it tells where: "protesters in front of parliament" are no office's)
    office = any(strip_plural(w.lower()) in OFFICE_HEADS for w in words)  # ("consul general")
    whole = next((m for m in p.mentions if "\n" not in m and _fuller(p.name, m) and (
        office or not _without_article(m).lower().startswith(p.name.lower() + " ")) and (
        not possessed or _portfolio(p.name, m))), None)
    if whole is None:
        return p
    return _renamed(p, _without_article(whole))


def _armed_or_wanted(word: str) -> bool:
    w = strip_plural(word.lower())
    w = w[:-3] + "man" if w.endswith("men") else w  # ("gunmen")
    lex = load_lexicon()
    # (a noun for people: not "armed" of "armed smuggling gang", nor a group's name)
    return (lex.in_class(w, "armed") and lex.in_class(w, "person")) or lex.in_class(w, "wanted")


# participles that tell armed people's gear or looks ("gunmen armed with rifles", "militants
# riding motorcycles"), not whom they belong to ("militants linked to al-Shabaab", "led by")
GEAR_OR_LOOKS = {"armed", "wearing", "riding", "carrying", "dressed", "masked", "clad",
                 "wielding", "brandishing", "toting", "driving", "disguised", "hooded",
                 "clothed", "equipped", "bearing", "travelling", "traveling"}


def _described_by_own_noun(p: Participant) -> Participant:
    words = p.name.split(" ")
    for i in range(1, len(words) - 1):
        if words[i].lower() in GEAR_OR_LOOKS and _armed_or_wanted(words[i - 1]):
            return _renamed(p, " ".join(words[:i]))
    return p


def stand_in(mention: str) -> bool:
    """A pronoun, or a phrase a possessive pronoun leads ("its forces")."""
    words = mention.lower().split()
    return not words or words[0] in POSSESSIVE_DETERMINERS or (
        len(words) == 1 and words[0] in PRONOUNS)


def _fuller_form(bare: str, mentions: tuple[str, ...]) -> str | None:
    """The first mention that writes the common noun phrase `bare` ("forces", "station")
    with words telling whose or which it is ("government forces", "police station"), not
    another set of them or a part of them ("more forces", "units of the forces")."""
    if not bare.islower():
        return None
    for m in mentions:
        low = m.lower()
        extra = low[:-len(bare)].split() if low.endswith(" " + bare) else []
        if extra and "of" not in extra and not any(
                w in SET_WORDS or w in ARTICLES or w in PRONOUNS for w in extra):
            return m
    return None


def _bare_of_fuller(mention: str, mentions: tuple[str, ...]) -> bool:
    return " " not in mention and _fuller_form(mention, mentions) is not None


def reported(p: Participant) -> Participant:
    """`p` under the name it is reported by, its pronoun mentions last (see above)."""
    if not p.name:
        return p
    p = _described_by_own_noun(_office_named_whole(p))
    fuller = _fuller_form(p.name, p.mentions)
    if fuller is not None:  # ("the station" of "a police station": `named_fuller_before`)
        p = _renamed(p, _without_article(fuller))
    # (a linked entity's mentions: an office before the same office with what it is held
    # for, "U.N. special envoy" after "U.N. special envoy for Yemen")
    order = sorted(p.mentions, key=lambda m: (stand_in(m), _bare_of_fuller(m, p.mentions),
                                              any(_portfolio(m, o) for o in p.mentions)))
    return replace(p, mentions=tuple(order)) if order != list(p.mentions) else p
