"""Participants a later sentence gives to an event told before it: the victims it identifies
("the victims were identified as A and B") or lists after a colon, and who it makes
responsible ("the X group claimed responsibility for the attack"). Moved out of
`participants` and `stage` (the same code)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..records import Participant
from .argument_words import CASUALTY_NOUNS, CONDEMNING_VERBS, DESCRIBING_VERBS, DESCRIPTORS
from .both_parties import name_both_countries, name_both_sides, talks_between_signers
from .crowd_targets import people_as_protesters, protested_seats
from .evaluations import evaluated_acts
from .fight_context import inside_a_fight
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon
from .merge_words import NON_STATE_SECTORS, STATE_SECTORS
from .participant_mapper import merge_participants
from .participants import affiliations
from .person_names import RANKS, TITLES
from .responsibility import bare_blamed, bare_claim, claimed_agents


# nouns that refer back to the people an attack hit ("the victims were identified as ...")
VICTIM_NOUNS = CASUALTY_NOUNS | {"deceased", "corpse", "hostage", "kidnappee"}


def identified_victims(sent: Any, lex: Any) -> list[Any]:
    """Names a sentence gives to the victims of an event told before it: "the victims were
    identified as A, B and C", "the dead are A and B", "the hostages, A and B, ..."."""
    out: list[Any] = []
    for t in sent:
        if _lemma(t) not in VICTIM_NOUNS and t.lower_ not in VICTIM_NOUNS:
            continue
        cands: list[Any] = []
        if t.dep_ in ("nsubjpass", "nsubj") and _lemma(t.head) == "identify":
            cands = [g for c in t.head.children if c.dep_ == "prep" and c.lower_ == "as"
                     for g in c.children if g.dep_ == "pobj"]
        elif t.dep_ == "nsubj" and _lemma(t.head) == "be":
            cands = [c for c in t.head.children if c.dep_ == "attr"]
        cands += [c for c in t.children if c.dep_ == "appos"]
        for c in cands:
            for u in (c, *c.conjuncts):
                if u in out or u.like_num or u.pos_ not in ("PROPN", "NOUN"):
                    continue
                if u.ent_type_ != "PERSON" and (u.pos_ != "PROPN" or lex.in_class(
                        _lemma(u), "person") or lex.in_class(_lemma(u), "place_word")):
                    continue  # a name, not "the victims were peasants"
                out.append(u)
    return out


def last_violent_event(final: list[Any], sent: Any) -> Any:
    """The last violent (ASSAULT/COERCE) event told in or before `sent`, or None: the event a
    later sentence's "the attack", "the victims were", "X claimed it" refers back to."""
    before = [d for d in final if d.typed.plover in ("ASSAULT", "COERCE")
              and d.sent.start <= sent.start]
    return max(before, key=lambda x: (x.sent.start, x.trigger.token.i), default=None)


# kinds of the actor stage's entities that can claim an attack though the tagger took their
# name for a place's ("Islamic State West Africa Province")
GROUP_KINDS = {"armed group", "militia", "organization"}


def unnamed_doer(p: Participant) -> bool:
    """An actor told only by what it is or did ("gunmen", "the attackers", "suspected
    militants"), not a named or known body: no knowledge-base entry, no state sector, no
    person's name, no capitalised word of a name."""
    words = p.name.split()
    return p.kb_id is None and p.sector not in STATE_SECTORS and p.kind != "person" and not any(
        w[:1].isupper() for w in words[1:])


def named_doers(actors: list[Participant], blamed: list[Participant]) -> list[Participant]:
    """The actors of an attack once a group is named behind it: where every actor told is
    an unnamed doer ("Gunmen killed ... The army blamed the X front"), the named group
    stands in their place with their words among its mentions (the gunmen are its men);
    else the named group joins them."""
    if not actors or not all(unnamed_doer(a) for a in actors):
        return list(merge_participants(list(actors) + blamed))
    told = tuple(m for a in actors for m in (a.name, *a.mentions))
    first, rest = blamed[0], blamed[1:]
    first = replace(first, mentions=tuple(dict.fromkeys((*first.mentions, *told))),
                    evidence=tuple(dict.fromkeys((*first.evidence,
                                                  *(e for a in actors for e in a.evidence)))))
    return list(merge_participants([first, *rest]))


def attach_claimed_actors(final: list[Any], ctx: Any) -> None:
    """"A bomb went off in a bank. The Red Dawn group claimed responsibility for the attack":
    whoever a later sentence makes responsible for an event it refers back to acts in the
    last violent event told in or before that sentence (not in one that state forces did)."""
    taken = {m.token.i for d in final for m in (d.trigger, *d.mentions)}
    for sent in ctx.doc.sents:
        def group_named(t: Any) -> bool:
            return getattr(ctx.mapper.participant(t), "kind", None) in GROUP_KINDS

        toks = claimed_agents(sent, ctx.lex, taken, group_named)
        d = last_violent_event(final, sent) if toks else None
        if d is None:
            # "The government blamed the rebels": an attack told with no one behind it, or
            # only unnamed doers ("gunmen"), is theirs too (one that names its authors keeps
            # them alone)
            toks = bare_blamed(sent, ctx.lex, group_named)
            d = last_violent_event(final, sent) if toks else None
            if d is None or not all(unnamed_doer(a) for a in d.actors):
                continue
        if any(a.sector in STATE_SECTORS for a in d.actors):
            continue
        hit = {p.name.lower() for p in d.targets}
        found = [ctx.mapper.participant(t) for t in toks]
        found += [q for t in toks for q in affiliations(t, ctx)]  # "guerrillas of the X"
        parts = [p for p in found if p is not None and p.name.lower() not in hit]
        if parts:
            # (the unnamed doers stay beside the group: MUC-style gold keeps both, the
            # individual perpetrators and their organisation)
            d.actors = list(merge_participants(list(d.actors) + parts))
        near = {s.start for s in list(ctx.doc.sents) if sent.start - 120 < s.start < sent.start}
        told = [x for x in final if x.typed.plover == "ASSAULT" and x is not d
                and x.sent.start in near and x.sent.start <= d.sent.start]
        prior = max(told, key=lambda x: (x.sent.start, x.trigger.token.i), default=None)
        if parts and prior is not None and not prior.actors and any(bare_claim(t) for t in sent):
            # "A bomb hit a convoy ... IS claimed responsibility, saying its fighters had
            # destroyed two vehicles": the claim with no "for" is of the attack told before
            # (a nearby one no one else is named behind), not only of the deed it tells
            prior.actors = list(parts)


HARM_VERBS = {"die", "perish", "kill", "wound", "injure", "murder", "kidnap", "abduct",
              "assassinate", "execute", "massacre", "hurt"}
NAME_PARTICLES = {"de", "del", "la", "las", "los", "da", "do", "dos", "y", "van", "von", "al"}


def listed_victims(sent: Any, ctx: Any) -> list[Participant]:
    """"The following policemen died in combat: Major Ana Ruiz, Corporal Luis Gil and Eva
    Sol", "the victims are: A, B": the names listed after the colon (ranks left out)."""
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None:
        return []
    lex = ctx.lex
    lead = False
    for t in sent:
        if t.i >= colon.i:
            break
        if t.pos_ != "NOUN" or t.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        following = any(c.lower_ == "following" for c in t.children)
        harm = _lemma(t.head) in HARM_VERBS
        if (following and harm) or (_lemma(t) in VICTIM_NOUNS and t.dep_ != "dobj"):
            lead = True
    if not lead:
        return []
    items: list[list[Any]] = [[]]
    for t in ctx.doc[colon.i + 1:sent.end]:
        if t.text in (",", ";", ".") or t.lower_ == "and" or t.is_space:
            if items[-1]:
                items.append([])
            continue
        items[-1].append(t)
    out = []
    for item in (i for i in items if i):
        while item and (item[0].lower_ in RANKS | TITLES | DESCRIPTORS
                        or lex.in_class(_lemma(item[0]), "person")):
            item = item[1:]
        if not 2 <= len(item) <= 5 or any(
                not t.is_alpha or (t.is_stop and t.lower_ not in NAME_PARTICLES)
                or t.like_num for t in item):
            continue
        if not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in item):
            continue
        span = ctx.document.span(item[0].idx, item[-1].idx + len(item[-1].text))
        out.append(Participant(name=span.text, kind="person", evidence=(span,),
                               mentions=(span.text,)))
    return out if len(out) >= 2 else []


def attach_listed_victims(final: list[Any], ctx: Any) -> None:
    """Victims listed after a colon become targets of the last violent event told in or
    before that sentence."""
    for sent in ctx.doc.sents:
        parts = listed_victims(sent, ctx)
        d = last_violent_event(final, sent) if parts else None
        if d is None:
            continue
        d.targets = list(merge_participants(list(d.targets) + parts))


def attach_later_participants(final: list[Any], ctx: Any) -> None:
    """Participants a later sentence gives to an event told before it: who is blamed for
    it, and the victims it lists."""
    attach_claimed_actors(final, ctx)
    attach_listed_victims(final, ctx)
    name_both_countries(final, ctx)
    name_both_sides(final)
    talks_between_signers(final)
    people_as_protesters(final)
    protested_seats(final, ctx)


def attach_identified_victims(final: list[Any], ctx: Any) -> None:
    """"The victims were identified as A and B": the names are targets of the last violent
    event told in or before that sentence."""
    for sent in ctx.doc.sents:
        toks = identified_victims(sent, ctx.lex)
        d = last_violent_event(final, sent) if toks else None
        if d is None:
            continue
        parts = [p for p in (ctx.mapper.participant(t) for t in toks) if p is not None]
        d.targets = list(merge_participants(list(d.targets) + parts))


def _told_events(d: Any) -> set[int]:
    """Token indices of the words that tell an event (its trigger and merged mentions)."""
    return {m.token.i for m in (d.trigger, *d.mentions)}


def condemned_nouns(tok: Any) -> list[Any]:
    """The event nouns a condemnation is about: the object of "condemned / denounced the
    attack" (and its conjuncts), the subject of "the raid was condemned by X", the "of"
    complement of "a condemnation of the killings"."""
    if tok.pos_ in ("NOUN", "PROPN"):
        heads = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"]
    else:
        heads = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        # "condemned what he called a cowardly attack": the noun the free relative names
        heads = [n for h in heads for n in (_named_by_what(h) or [h])]
        heads += evaluated_acts(tok, load_lexicon())  # "said the raid was a war crime"
    return [u for h in heads for u in (h, *h.conjuncts)]



def _named_by_what(h: Any) -> list[Any]:
    """"what he called a cowardly attack", "what it described as a massacre": the noun the
    free relative "what" is named as, else nothing. Not role_patterns.named_object, which
    starts from the governing verb, reads NAMING_VERBS and keeps the first noun only."""
    if h.lower_ != "what" or _lemma(h.head) not in DESCRIBING_VERBS:
        return []
    verb = h.head
    return [c for c in verb.children if c.dep_ in ("oprd", "dobj") and c != h] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
        for g in c.children if g.dep_ == "pobj"]


ACCUSING_VERBS = {"accuse", "blame", "charge"}


def _accused_act(e: Any, noun: Any) -> bool:
    """The event is told only as what a side is accused of ("accused government forces of
    shelling a village, killing a woman"): one of its words is the gerund "of"/"for"
    complement of an accusing verb, and each other word is in that sentence or is what
    someone condemns (not "blamed X for the attack", which names an act told already)."""
    toks = [m.token for m in (e.trigger, *e.mentions) if m.token.i != noun.i]
    gerunds = [t for t in toks if _accused_gerund(t)]
    if not gerunds:
        return False
    told = {g.sent.start for g in gerunds}  # (the accusation's sentence tells no other act)
    return all(t.sent.start in told or (t.dep_ in ("dobj", "nsubjpass")
                                 and _lemma(t.head) in CONDEMNING_VERBS) for t in toks)


def _accused_gerund(tok: Any) -> bool:
    if tok.dep_ != "pcomp" or tok.head.lower_ not in ("of", "for"):
        return False
    return _lemma(tok.head.head) in ACCUSING_VERBS


def attach_condemned_perpetrators(final: list[Any], ctx: Any) -> None:
    """"Gunmen raided a village ... The governor condemned the attack": a condemnation (an
    ACCUSE with no target of its own) of an event the text tells is aimed at whoever did
    it, so its target is that event's actors. The event is the one the condemned noun is a
    mention of, else (a definite noun of an event type: "the raid", "Sunday's bombing") the
    last event of that type told in or before the sentence."""
    lex = ctx.lex
    for d in final:
        if d.typed.plover != "ACCUSE" or d.targets:
            continue
        for noun in (n for m in (d.trigger, *d.mentions) for n in condemned_nouns(m.token)):
            found = next((e for e in final if e is not d and noun.i in _told_events(e)), None)
            if found is not None and _own_forces(found, d):
                found = None  # (a condemnation is of another side's act: looked up below)
            entry = lex.entry(_lemma(noun), "N")
            # (a mention of an event told with no one acting: the last such event that
            # names who did it, as for a noun that only refers back)
            if (found is None or not found.actors) and entry is not None and entry.plover in (
                    "ASSAULT", "COERCE", "SANCTION") and (any(
                    c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another")
                    for c in noun.children) or _lemma(noun.head) in DESCRIBING_VERBS):
                before = [e for e in final if e is not d and e.typed.plover == entry.plover
                          and e.sent.start <= noun.sent.start and e.actors]
                # (one told with the same word first: "Militants attacked a camp ... the
                # minister condemned the attack", not a reprisal told in between)
                same = [e for e in before if any(_lemma(m.token) == _lemma(noun)
                                                 for m in (e.trigger, *e.mentions))]
                # ("the army killed four of the raiders ... the president condemned the
                # killings": no state condemns its own forces' operation unless it names it)
                before = [e for e in before if not _own_forces(e, d)] or before
                same = [e for e in same if e in before]
                found = max(same or before, key=lambda x: (x.sent.start, x.trigger.token.i),
                            default=None)
            if found is not None and _accused_act(found, noun):
                # "the Houthis accused government forces of shelling a village ... Riyadh
                # condemned the shelling": the act the article reports, not one a side is
                # accused of, when one of the same type is told before
                found = next((e for e in sorted(final, key=lambda x: x.trigger.token.i)
                              if e is not d and e.typed.plover == found.typed.plover
                              and e.actors and not _accused_act(e, noun)
                              and e.trigger.token.i < noun.i), found)
            if found is not None and found.actors:
                actors = {p.name.lower() for p in d.actors}
                d.targets = [p for p in found.actors if p.name.lower() not in actors]
                break


def _own_forces(e: Any, d: Any) -> bool:
    """Whether event `e` is done only by state forces of a country whose side `d`'s actors
    speak for (a president condemning his army's operation)."""
    countries = {p.country for p in d.actors if p.country}
    return bool(e.actors) and bool(countries) and all(
        p.sector in STATE_SECTORS and p.country in countries for p in e.actors)


def attach_mobilized_against(final: list[Any], ctx: Any) -> None:
    """"Gunmen killed nine villagers ... Troops were sent to the area": state forces sent
    with no one named to face are sent against whoever did the last violence told before
    them (asserted, by someone named): its actors that are no state forces themselves."""
    for d in final:
        if d.typed.plover != "MOBILIZE" or d.targets or not any(
                p.sector in STATE_SECTORS for p in d.actors) or any(
                p.sector in NON_STATE_SECTORS | {"CRM"} for p in d.actors):
            continue
        before = [e for e in final if e.typed.plover == "ASSAULT" and e.actors
                  and e.modality == "asserted" and e.trigger.token.i < d.trigger.token.i]
        e = max(before, key=lambda x: x.trigger.token.i, default=None)
        if e is not None:
            d.targets = [p for p in e.actors if p.sector not in STATE_SECTORS]


# claimants that make arrests themselves: police, armed forces, intelligence services
ARRESTING_SECTORS = {"COP", "MIL", "SPY"}


def _passive_told(tok: Any) -> bool:
    """The trigger is a passive verb ("were arrested", "53 people arrested")."""
    return tok.pos_ in ("VERB", "AUX") and (
        any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
        or (tok.tag_ == "VBN" and tok.dep_ == "acl"))


def attach_arresting_claimants(final: list[Any]) -> None:
    """"Police said 53 people had been arrested": an arrest told in the passive with no one
    named to have made it, that police, the armed forces or an intelligence service report,
    was made by them (they are the ones who arrest); not for other acts, nor for a claimant
    that does not arrest (a ministry, a rights group, a hospital)."""
    for d in final:
        if d.typed.plover != "COERCE" or d.typed.acled != "Arrests" or d.actors or not (
                _passive_told(d.trigger.token)):
            continue
        found = [c.claimant for c in d.claims if c.claimant.sector in ARRESTING_SECTORS]
        if found:
            d.actors = [found[0]]


# verbs of a search or raid by forces, in which people are then taken
SEARCH_VERBS = {"search", "raid", "storm", "comb", "sweep", "cordon", "surround", "swoop",
                "patrol"}


def _searched_or_fought(d: Any) -> bool:
    """An arrest told in the passive, or people "killed in an exchange of fire" / "in
    clashes" (a fight told in the passive) with no one named to have done it."""
    tok = d.trigger.token
    if d.actors or not _passive_told(tok) or any(c.dep_ == "agent" for c in tok.children):
        return False
    if d.typed.plover == "COERCE" and d.typed.acled == "Arrests":
        return True
    return d.typed.plover == "ASSAULT" and d.modality == "asserted" and (
        d.typed.acled == "Armed clash" or inside_a_fight(tok))


def _searchers(v: Any) -> list[Any]:
    """The subject of a search verb, or of the verb it completes ("began searching")."""
    subj = [c for c in v.children if c.dep_ == "nsubj"]
    if not subj and v.dep_ == "xcomp":
        subj = [c for c in v.head.children if c.dep_ == "nsubj"]
    return subj


def attach_searching_forces(final: list[Any], ctx: Any) -> None:
    """"Soldiers searched three houses on Monday. Two suspects were detained": an arrest told
    in the passive with no one named to have made it is made by the police, troops or agents
    that the same or the sentence before says searched or raided somewhere (the nearest);
    people "killed in an exchange of fire" in such a search were fought by them."""
    for d in final:
        tok = d.trigger.token
        if not _searched_or_fought(d):
            continue
        sent = tok.sent
        first = tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        # (in the same sentence, any act the forces are told to do before: "Police used
        # batons to push them back, and 14 people were detained")
        verbs = [t for t in tok.doc[first:tok.i] if (_lemma(t) in SEARCH_VERBS or (
            t.i >= sent.start and d.typed.plover == "COERCE")) and t.pos_ == "VERB"
            and not any(c.dep_ == "auxpass" for c in t.children)]
        for v in reversed(verbs):
            found = [p for p in (ctx.mapper.participant(s) for s in _searchers(v))
                     if p is not None and p.sector in ARRESTING_SECTORS]
            if found:
                d.actors = [found[0]]
                break


def attach_passive_plunderers(final: list[Any]) -> None:
    """"Gunmen attacked a convoy near the town. Three trucks were looted": looting or burning
    told in the passive with no one named to have done it is done by whoever made the attack
    told in the same or the sentence just before (not by state forces reporting it)."""
    for d in final:
        tok = d.trigger.token
        if d.typed.plover != "ASSAULT" or d.typed.acled != "Looting/property destruction" or (
                d.actors) or not _passive_told(tok) or any(c.dep_ == "agent"
                                                           for c in tok.children):
            continue
        sent = tok.sent
        first = tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        before = [e for e in final if e is not d and e.typed.plover == "ASSAULT" and e.actors
                  and first <= e.trigger.token.i < tok.i and e.modality == d.modality]
        if before:
            d.actors = list(before[-1].actors)
