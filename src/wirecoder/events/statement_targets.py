"""Targets of statements about an act told before them: a condemnation of "the sentences"
is aimed at the court that handed them down, a demand for someone's release at whoever
holds them, a welcome of "the release" at whoever released."""

from __future__ import annotations

from typing import Any

from .clause_triggers import RESPONSE_VERBS
from .later_participants import _own_forces, condemned_nouns
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon

# nouns of a court's decision ("condemned the sentences", "denounced the verdict")
RULING_NOUNS = {"sentence", "verdict", "conviction", "ruling", "jailing", "judgment",
                "judgement", "sentencing"}
# nouns of violence the lexicon gives no event type ("condemned the violence in X")
VIOLENCE_NOUNS = {"violence", "bloodshed", "atrocity", "atrocities", "crime", "crimes"}
# verbs and nouns that tell a court's decision
RULING_WORDS = RULING_NOUNS | {"convict", "jail", "imprison", "sentence"}


def _words(e: Any) -> list[Any]:
    return [m.token for m in (e.trigger, *e.mentions)]


def _earlier(final: list[Any], d: Any, noun: Any, test: Any) -> Any:
    """The last event other than `d`, told before `noun`, with actors, that passes `test`."""
    before = [e for e in final if e is not d and e.actors and test(e)
              and e.trigger.token.i < noun.i]
    return max(before, key=lambda x: x.trigger.token.i, default=None)


def _without(parts: list[Any], actors: list[Any]) -> list[Any]:
    names = {p.name.lower() for p in actors}
    return [p for p in parts if p.name.lower() not in names]


def attach_condemned_courts(final: list[Any]) -> None:
    """"A court sentenced six activists to prison ... Amnesty condemned the sentences": a
    condemnation with no target of a court's decision is aimed at whoever decided it, the
    actors of the last sentencing told before."""
    for d in final:
        if d.typed.plover != "ACCUSE" or d.targets:
            continue
        nouns = [n for m in (d.trigger, *d.mentions) for n in condemned_nouns(m.token)
                 if _lemma(n) in RULING_NOUNS or n.lower_ in RULING_NOUNS]
        for noun in nouns:
            found = _earlier(final, d, noun, lambda e: any(
                _lemma(t) in RULING_WORDS for t in _words(e)))
            if found is not None:
                d.targets = _without(list(found.actors), d.actors)
                break


def attach_condemned_violence(final: list[Any]) -> None:
    """"Militiamen attacked a camp ... The UN mission condemned the violence": a
    condemnation with no target of "the violence" / "the bloodshed" is aimed at whoever did
    the last violent act told before (one of another side than the condemning one)."""
    for d in final:
        if d.typed.plover != "ACCUSE" or d.targets:
            continue
        nouns = [n for m in (d.trigger, *d.mentions) for n in condemned_nouns(m.token)
                 if n.lower_ in VIOLENCE_NOUNS and any(
                     c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "no")
                     for c in n.children)]
        for noun in nouns:
            found = _earlier(final, d, noun, lambda e: e.typed.plover == "ASSAULT"
                             and e.modality == "asserted" and not _own_forces(e, d))
            if found is not None:
                d.targets = _without(list(found.actors), d.actors)
                break


def _release_nouns(tok: Any) -> list[Any]:
    """"demanded their release", "called for the release of the fishermen": the release
    noun a demand asks for."""
    heads = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    heads += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
              for g in c.children if g.dep_ == "pobj"]
    return [h for h in heads if h.lower_ == "release"]


def attach_holders_of_released(final: list[Any]) -> None:
    """"Police detained six protesters ... the union demanded their release": a demand for
    someone's release is made of whoever holds them, the actors of the last arrest told
    before it (not the people to be freed). Only when the demand names no one it is made of
    ("urged the minister to secure the release": the minister)."""
    for d in final:
        if d.typed.plover != "REQUEST":
            continue
        tok = d.trigger.token
        nouns = _release_nouns(tok)
        if not nouns:
            continue
        noun = nouns[0]
        inside = {t.i for t in noun.subtree}
        own = [p for p in d.targets if not _told_inside(p, noun, inside)]
        if own:
            continue  # the demand names whom it is made of
        found = _earlier(final, d, noun, lambda e: e.typed.plover == "COERCE" and (
            e.typed.acled == "Arrests"))
        if found is not None:
            d.targets = _without(list(found.actors), d.actors)


def _told_inside(p: Any, noun: Any, inside: set[int]) -> bool:
    """Whether a participant is named inside the release phrase ("the journalist's
    release", "the release of the fishermen")."""
    doc = noun.doc
    start, end = doc[min(inside)].idx, doc[max(inside)].idx + len(doc[max(inside)].text)
    spans = list(p.evidence)
    if spans:
        return all(start <= s.start and s.end <= end for s in spans)
    text = doc.text[start:end].lower()
    return all(m.lower() in text for m in (p.name, *p.mentions))


# verbs of approving an act someone did ("welcomed the release", "praised the rescue")
APPROVING_VERBS = {"welcome", "praise", "hail", "applaud", "commend", "laud", "salute"}
# endings English adds to a verb's stem to name its act ("seiz-ure", "abduct-ion",
# "deploy-ment", "remov-al", "shell-ing", "block-ade"); none: the noun is the verb ("an attack")
ACT_NOUN_ENDINGS = ("", "e", "ure", "ion", "ation", "ment", "al", "ing", "age", "ance", "ence",
                    "ade")


def _verb_stems(verb: str) -> set[str]:
    """The stems a verb lemma takes before an ending: itself, less a final "e" ("seiz-ure"),
    with its last consonant doubled ("kidnap-ping"), less a final "y" or with it turned to
    "i" ("occup-ation", "deni-al")."""
    stems = {verb, verb + verb[-1:]}
    if verb.endswith("e"):
        stems.add(verb[:-1])
    if verb.endswith("y") and len(verb) > 3:
        stems |= {verb[:-1], verb[:-1] + "i"}
    return stems


def _names_act_of(noun: str, verb: str) -> bool:
    """Whether the noun lemma `noun` is the act of the verb lemma `verb`: the verb itself, or
    one of its `_verb_stems` with an ending of ACT_NOUN_ENDINGS ("seize" / "seizure",
    "occupy" / "occupation", "block" / "blockade"; not "attack" / "attachment", "shell" /
    "shelter")."""
    return any(noun == stem + end for stem in _verb_stems(verb) for end in ACT_NOUN_ENDINGS)


def _same_act(word: Any, noun: Any) -> bool:
    """Whether an event word and a noun name the same act: the same lemma, or one is the
    other's act noun by a regular derivation (`_names_act_of`: "seized" / "seizure",
    "deployed" / "deployment"; "attacked" and "attachment", or "shelled" and "shelter", share
    a start and are not the same act)."""
    a, b = _lemma(word), _lemma(noun)
    return a == b or _names_act_of(b, a) or _names_act_of(a, b)


# verbs of concluding a deal, whose actors and targets are its parties ("signed an
# agreement", "reached a deal")
SIGNING_VERBS = {"sign", "reach", "conclude", "initial", "strike", "agree", "ink"}


def _signed(e: Any) -> bool:
    """A deal concluded: a signing or agreeing told by a verb whose object is a deal ("signed
    an agreement", "reached a deal"; not "agreed to pull back"), not another welcome of it."""
    tok = e.trigger.token
    lex = load_lexicon()
    return e.typed.plover in ("AGREE", "SUPPORT") and _lemma(tok) in SIGNING_VERBS and any(
        c.dep_ in ("dobj", "obj") and lex.in_class(_lemma(c), "agreement") for c in tok.children)


def attach_welcomed_doers(final: list[Any]) -> None:
    """"The coast guard seized a foreign trawler ... Fishermen's groups welcomed the
    seizure": an approval with no target of an act the text tells is aimed at whoever did
    it, the actors of the event the approved noun is a mention of, else of the last event
    told before whose word names the same act; an approval of a deal ("welcomed the
    agreement") is aimed at the parties of the last deal signed or reached before it (not
    at whoever brokered a truce)."""
    lex = load_lexicon()
    for d in final:
        if d.typed.plover != "SUPPORT" or d.targets or _lemma(
                d.trigger.token) not in APPROVING_VERBS:
            continue
        for noun in condemned_nouns(d.trigger.token):
            if noun.pos_ != "NOUN":
                continue
            if lex.in_class(_lemma(noun), "agreement"):
                found = _earlier(final, d, noun, _signed)
                parties = [*found.actors, *found.targets] if found is not None else []
            else:
                found = next((e for e in final if e is not d and e.actors and any(
                    t.i == noun.i for t in _words(e))), None) or _earlier(
                    final, d, noun, lambda e: any(_same_act(t, noun) for t in _words(e)))
                parties = list(found.actors) if found is not None else []
            d.targets = _without(parties, d.actors)
            if d.targets:
                break


def _answers(tok: Any) -> bool:
    """Whether a threat is told as an answer: its verb, or the verb it governs, is one of
    RESPONSE_VERBS ("would respond", "vowed to retaliate") or "reserve" with "right" as its
    object ("reserved the right to respond")."""
    if _lemma(tok) == "reserve" and any(c.dep_ == "dobj" and c.lower_ == "right"
                                        for c in tok.children):
        return True
    verbs = [tok] + [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "acl")]
    verbs += [g for c in tok.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "acl"]
    return any(_lemma(v) in RESPONSE_VERBS for v in verbs)


def attach_answered_doers(final: list[Any]) -> None:
    """"Moldova expelled a Russian diplomat ... Moscow would respond in an appropriate
    manner", "Pakistan reserved the right to respond": a threat to answer, aimed at no one
    named, is aimed at whoever did the last act told before it against the speaker's
    country (an act by another country whose target is of the speaker's)."""
    for d in final:
        if d.typed.plover != "THREATEN" or d.targets or not _answers(d.trigger.token):
            continue
        own = {a.country for a in d.actors if a.country}
        if not own:
            continue
        found = _earlier(final, d, d.trigger.token, lambda e: e.modality == "asserted" and any(
            p.country in own for p in e.targets) and not any(
            a.country in own for a in e.actors))
        if found is not None:
            d.targets = [a for a in found.actors if a.country not in own]
