"""Claims carried across sentences of one report: "Gunmen killed 11 farmers near X on
Sunday, a vigilante leader said. The attackers also burned a granary." A wire story
attributes a paragraph once; a following sentence that tells a further act and names no
source of its own (no reporting verb, no quotation) goes on with the account of the sayer
of the sentence before it (of the lead, across one paragraph break, as a follow-up
paragraph of detail does), so the act has that sayer's claimants.

The other way round, a later sentence of detail with a source of its own ("Residents said
about 40 huts were burned during the raid") credits that source to the act it goes back to
(`credit_detail_sources`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..language import DEFINITE_DETERMINERS
from .argument_words import (ATTACKER_NOUNS, CASUALTY_NOUNS, MUTUAL_FIGHT_NOUNS,
                             PERPETRATOR_NOUNS, STATEMENT_TYPES)
from .act_kinds import REMOTE_MODES, wrecked_told
from .claims import reports, claims_for
from .displaced_counts import over_own_period
from .draft import _sent_distance
from .lexicon import lemma as _lemma
from .lexicon import strip_plural
from .merge_words import EVENT_NOUNS
from .participant_identity import GENERIC_HEADS
from .participant_mapper import participant_key

# quotation marks: a quoted sentence is its speaker's, told by an attribution of its own
QUOTES = set("\"“”‘")  # (not ’, the apostrophe)
# acts a follow-up sentence of detail tells (not a party's own decision: "The agency
# suspended deliveries" is its act, not part of what the sayer before reported)
CARRIED_TYPES = {"ASSAULT", "COERCE", "PROTEST"}
# how far back the account may be: sentences, and paragraph breaks crossed
MAX_SENTENCES_BACK = 2
MAX_BREAKS = 1


def has_report(sent: Any, verbs: set[str]) -> bool:
    return any(reports(t, verbs) and t.pos_ in ("VERB", "AUX") for t in sent) or any(
        t.lower_ == "according" for t in sent)


def _quoted(sent: Any) -> bool:
    return any(ch in sent.text for ch in QUOTES)


def _claims_said_in(final: list[Any], sent: Any) -> list[Any]:
    """The claims events of `sent` owe to a saying in `sent` itself (its reporting verb or
    "according to"), in the order told, each claimant once."""
    out: list[Any] = []
    keys: list[set[str]] = []
    lo, hi = sent.start_char, sent.end_char
    for d in sorted((d for d in final if d.sent.start == sent.start),
                    key=lambda x: x.trigger.token.i):
        for c in d.claims:
            if not c.evidence or not lo <= c.evidence[0].start < hi:
                continue
            key = {k for k in participant_key(c.claimant) if not k.startswith("head:")}
            if any(key & k for k in keys):
                continue
            keys.append(key)
            out.append(c)
    return out


def paragraph_of(text: str, start: int) -> int:
    """The paragraph a character offset is in: the number of blank-line breaks before it."""
    head = text[:start]
    return head.count("\n\n") + head.count("\n \n")


def sentence_paragraph(text: str, sent: Any) -> int:
    return paragraph_of(text, sent.start_char)


def _sources(sents: list[Any], i: int, text: str) -> list[Any]:
    """The sentences whose saying an unattributed sentence `i` may go on with, in order of
    preference: those before it in its paragraph (nearest first), the one right after it in
    its paragraph ("Police fired tear gas ... Eleven were detained, police said"), then the
    previous paragraph's (nearest first); `MAX_SENTENCES_BACK` back at most, and none past a
    quotation."""
    para = sentence_paragraph(text, sents[i])
    before, earlier = [], []
    for j in range(i - 1, max(-1, i - 1 - MAX_SENTENCES_BACK), -1):
        if _quoted(sents[j]):
            break
        p = sentence_paragraph(text, sents[j])
        if p == para:
            before.append(sents[j])
        elif para - p <= MAX_BREAKS:
            earlier.append(sents[j])
    nxt = sents[i + 1] if i + 1 < len(sents) else None
    after = [nxt] if nxt is not None and sentence_paragraph(text, nxt) == para \
        and not _quoted(nxt) else []
    if not after and para == 0 and i + 1 < len(sents) and (
            sentence_paragraph(text, sents[i + 1]) == 1) and not _quoted(sents[i + 1]):
        # a lead paragraph told without a source, whose source the next paragraph
        # opens with ("China imposed sanctions on ... \n\n The measures freeze ..., the
        # foreign ministry said")
        after = [sents[i + 1]]
    return before + after + earlier


def carry_claims_forward(final: list[Any], ctx: Any) -> None:
    """An asserted act (`CARRIED_TYPES`) with no claimant, told in a sentence with no saying
    and no quotation, takes the claims said in the first sentence of `_sources` that has a
    saying (none where that saying credits no event of its sentence)."""
    verbs = ctx.lex.words("reporting_verbs")
    sents = list(ctx.doc.sents)
    index = {s.start: i for i, s in enumerate(sents)}
    for d in final:
        if d.claims or d.modality != "asserted" or d.reference or (
                d.typed.plover not in CARRIED_TYPES):
            continue
        i = index.get(d.sent.start)
        if i is None or has_report(sents[i], verbs) or _quoted(sents[i]):
            continue
        src = next((s for s in _sources(sents, i, ctx.doc.text) if has_report(s, verbs)),
                   None)
        said = [] if src is None else _claims_said_in(final, src)
        if said:
            d.claims = [replace(c, date=None) for c in said]


def credit_continued_quotes(final: list[Any], ctx: Any) -> None:
    """'"When our men came near, the boat tried to flee," a naval officer said. "We fired two
    warning shots."': a quotation that goes on after its attribution, in the same paragraph
    and with no saying of its own, is the same speaker's; its acts take the claims of the
    saying of the quoted sentence before."""
    verbs = ctx.lex.words("reporting_verbs")
    sents = list(ctx.doc.sents)
    index = {s.start: i for i, s in enumerate(sents)}
    for d in final:
        i = index.get(d.sent.start, 0)
        if d.claims or d.modality != "asserted" or d.reference or i == 0 or (
                sents[i].text.lstrip()[:1] not in QUOTES) or has_report(sents[i], verbs):
            continue
        prev = sents[i - 1]
        if not _quoted(prev) or sentence_paragraph(ctx.doc.text, prev) != sentence_paragraph(
                ctx.doc.text, sents[i]):
            continue
        said = [c for v in prev if reports(v, verbs) and v.pos_ == "VERB"
                for c in v.children if c.dep_ in ("ccomp", "parataxis")][:1]
        if said:
            d.claims = [replace(c, date=None) for c in said_of(said[0], ctx, ctx.lex)]


# a party's own statements: what it says is its act, not a claim that something happened
OWN_STATEMENT_TYPES = STATEMENT_TYPES | {"SANCTION"}


def drop_own_statement_claims(final: list[Any]) -> None:
    """"The ministry called on citizens to report ...", "X said it would respond": the
    sayer of a statement, demand, threat or sanction of its own is its actor, not a claimant
    of it (an attack or arrest a party reports of itself keeps the party as claimant)."""
    for d in final:
        if d.typed.plover not in OWN_STATEMENT_TYPES or not d.actors:
            continue
        keys = set().union(*({k for k in participant_key(a) if not k.startswith("head:")}
                             for a in d.actors))
        # ("the force said" of "the Lesotho Defence Force": the actor's head noun)
        heads = {a.name.lower().split()[-1] for a in d.actors if a.name}
        d.claims = [c for c in d.claims if not (participant_key(c.claimant) & keys) and not (
            c.claimant.name.lower() in heads)]


# ---------------------------------------------------------------- detail sentences
# Sources of a detail told later about an event told before: "Gunmen attacked a cattle camp
# on Thursday, killing nine herders, a local official said. Residents said about 40 huts were
# burned during the raid." A wire story gathers several sources for one event; a later sentence
# that tells no event of its own but goes back to one told before, by a definite noun for it
# ("during the raid", "the fighting", "the blast") or for its doers or its dead ("the attackers
# fled with the gold", "two of the dead were children"), and credits a source of its own ("X
# said", "according to X"), has X say something of that event: X is a claimant of it too.

# nouns that name an act of violence or a crowd's unrest told before ("in the unrest")
BACK_NOUNS = EVENT_NOUNS | MUTUAL_FIGHT_NOUNS | {"unrest", "violence", "bombing", "shelling",
                                                 "riot", "protest", "crackdown"}
CASUALTY_KINDS = {"killed", "injured"}
# nouns for whoever did an act told before ("the attackers fled"; the tagger may leave
# "gunmen" its own lemma)
DOER_NOUNS = PERPETRATOR_NOUNS | ATTACKER_NOUNS | {"gunmen"}
# acts a general word for violence may go back to
VIOLENT_TYPES = {"ASSAULT", "PROTEST"}
# how many sentences back the event may have been told
MAX_BACK = 6


def _definite(tok: Any) -> bool:
    """"the raid", "Sunday's attack", "both shootings" (a pair told before): a noun that
    goes back to what the text has told."""
    return any(c.dep_ in ("det", "poss", "predet") and (
        c.lower_ in DEFINITE_DETERMINERS or c.lower_ == "both" or c.dep_ == "poss")
        for c in tok.children)


def _heads(parties: list[Any]) -> set[str]:
    """The head words of the parties' names and mentions, less a plural "s"."""
    return {strip_plural(n.lower().split()[-1]) for p in parties
            for n in (p.name, *p.mentions) if n and n.split()}


def _key(p: Any) -> set[str]:
    return {k for k in participant_key(p) if not k.startswith("head:")}


def _own_word(tok: Any, d: Any) -> bool:
    """`tok` is a word the act `d` was told by ("the ambush" after "ambushed a convoy")."""
    return _lemma(tok) in {_lemma(m.token) for m in (d.trigger, *d.mentions)}


def _names_violence(tok: Any, d: Any) -> bool:
    """`tok` is a general word for violence ("the fighting", "the unrest") and `d` an act
    of violence or a crowd's."""
    return _lemma(tok) in BACK_NOUNS and d.typed.plover in VIOLENT_TYPES


def _names_party(tok: Any, d: Any) -> bool:
    """`tok`, a definite noun, names the doers of the act `d`, those it was done to or
    counted, its dead, or what it was done with ("the attackers", "the miners", "the
    officers" after "killing six officers", "two of the dead", "the drone")."""
    lem, word = _lemma(tok), strip_plural(tok.lower_)
    if (lem in CASUALTY_NOUNS or tok.lower_ in CASUALTY_NOUNS) and not _a_body_of(tok):
        return any(q.kind in CASUALTY_KINDS for q in d.quantities)
    if d.actors and lem in DOER_NOUNS:
        return True
    counted = {strip_plural(q.object.lower().split()[-1]) for q in d.quantities
               if q.object and q.object.split()}
    return word not in GENERIC_HEADS and word in _heads([*d.actors, *d.targets, *d.weapons]
                                                        ) | counted


def _a_body_of(tok: Any) -> bool:
    """"The governing body", "the regional body", "a body of the UN": one "body" that is an
    organisation, not one of the dead ("a second body", "the headless body of one of the
    herders"): a word before it that says what a body of people does or where it acts (a
    gerund, a relational adjective, "regional", "electoral", a name), or an "of" phrase
    naming an organisation, a country or a people."""
    if _lemma(tok) != "body" or tok.tag_ != "NN":
        return False
    return any(c.dep_ in ("amod", "compound", "nmod") and c.tag_ == "VBG"
               or c.dep_ == "amod" and c.tag_ == "JJ" and c.lower_.endswith("al")
               or c.dep_ in ("compound", "nmod") and (c.pos_ == "PROPN" or c.ent_type_ == "ORG")
               for c in tok.lefts) or any(
        g.dep_ == "pobj" and g.ent_type_ in ("ORG", "GPE", "NORP")
        for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


def said_of(tok: Any, ctx: Any, lex: Any) -> list[Any]:
    """The claims of the saying `tok` is told in, none where `tok` is in the sayer's own
    words ("the army said": the army goes back to nothing)."""
    claims = claims_for(tok, ctx.mapper, lex, ctx.time_of)
    if any(e.start <= tok.idx < e.end for c in claims for e in c.claimant.evidence):
        return []
    return claims


def credit_detail_sources(final: list[Any], ctx: Any, lex: Any) -> None:
    """Adds the claims of a sentence's own saying to the asserted acts (`CARRIED_TYPES`)
    that a definite noun in what it says goes back to: the acts told by that word, else the
    acts of violence a general word for it names, else (only in a sentence that tells no
    event of its own) the acts whose parties it names; of each, those told in the nearest
    sentence before it (`MAX_BACK` at most)."""
    verbs = lex.words("reporting_verbs")
    sents = list(ctx.doc.sents)
    index = {s.start: i for i, s in enumerate(sents)}
    # (a back-reference merged into the act, "during the raid", tells no event of its own)
    told = {d.trigger.token.sent.start for d in final}
    acts = [d for d in final if d.modality == "asserted" and not d.reference
            and d.typed.plover in CARRIED_TYPES]
    for i, sent in enumerate(sents):
        if not has_report(sent, verbs):
            continue
        before = [d for d in acts if i - MAX_BACK <= index.get(d.sent.start, i) < i]
        for tok in (t for t in sent if t.pos_ in ("NOUN", "ADJ") and _definite(t)):
            fits = [d for d in before if _own_word(tok, d)] or [
                d for d in before if _names_violence(tok, d)] or [
                d for d in before if sent.start not in told and _names_party(tok, d)]
            claims = said_of(tok, ctx, lex) if fits else []
            if not claims:
                continue
            nearest = max(index[d.sent.start] for d in fits)
            if tok.tag_ == "NNS":  # "both shootings": every act of that kind told there
                kinds = {(d.typed.plover, d.typed.acled) for d in fits}
                fits = fits + [d for d in before if d not in fits and (
                    (d.typed.plover, d.typed.acled) in kinds or _own_word(tok, d))]
            for d in (d for d in fits if index[d.sent.start] == nearest):
                keys = [_key(c.claimant) for c in d.claims]
                d.claims = list(d.claims) + [c for c in claims
                                             if not any(_key(c.claimant) & k for k in keys)]
            break


# acts whose toll a flight from them may be (violence, not an arrest or a ban)
FLED_FROM_TYPES = {"ASSAULT"}


def _tells_flight(sent: Any, lex: Any) -> bool:
    """The sentence tells people fleeing or moved from their homes: a verb whose count kind
    is "displaced" ("About 4,000 villagers were evacuated", "200 families fled"), not over a
    stretch of time of its own ("have fled the area this year": `over_own_period`)."""
    kinds = lex.cues["quantities"]["kind_by_lemma"]
    fled = [t for t in sent if t.pos_ == "VERB" and kinds.get(_lemma(t)) == "displaced"]
    return bool(fled) and not any(over_own_period(t) for t in fled)


def credit_flight_sources(final: list[Any], ctx: Any, lex: Any) -> None:
    """"Shells hit the town of X on Monday, killing two civilians, police said. About 3,000
    people were evacuated from villages near the border, the district governor said": who
    tells a flight of people in a sentence of its own, with a saying and no event, right
    after an act of violence (`MAX_SENTENCES_BACK`), tells of that act's toll: a claimant of
    the nearest one told before."""
    verbs = lex.words("reporting_verbs")
    sents = list(ctx.doc.sents)
    index = {s.start: i for i, s in enumerate(sents)}
    kinds = lex.cues["quantities"]["kind_by_lemma"]
    # (the flight may be an event of its own, "were evacuated": no other act told there)
    told = {m.token.sent.start for d in final for m in (d.trigger, *d.mentions)
            if kinds.get(_lemma(m.token)) != "displaced"}
    acts = [d for d in final if d.modality == "asserted" and not d.reference
            and d.typed.plover in FLED_FROM_TYPES]
    for i, sent in enumerate(sents):
        if sent.start in told or _quoted(sent) or not has_report(sent, verbs) or (
                not _tells_flight(sent, lex)):
            continue
        before = [d for d in acts if i - MAX_SENTENCES_BACK <= index.get(d.sent.start, i) < i]
        if not before:
            continue
        verb = next((t for t in sent if reports(t, verbs) and t.pos_ == "VERB"), None)
        claims = [] if verb is None else claims_for(verb, ctx.mapper, lex, ctx.time_of)
        if not claims:
            fled = next(t for t in sent if t.pos_ == "VERB" and kinds.get(
                _lemma(t)) == "displaced")
            claims = claims_for(fled, ctx.mapper, lex, ctx.time_of)
        nearest = max(index[d.sent.start] for d in before)
        for d in (d for d in before if index[d.sent.start] == nearest):
            keys = [_key(c.claimant) for c in d.claims]
            d.claims = list(d.claims) + [c for c in claims
                                         if not any(_key(c.claimant) & k for k in keys)]


def credit_wreckage_sources(final: list[Any]) -> None:
    """"Shells slammed into the market, killing nine people, a hospital director said.
    Between 30 and 40 stalls were destroyed, a council official said": who tells the wreckage
    left with no one said to have caused it, just after a strike from afar, tells of that
    strike (its nearest one told before, within `MAX_SENTENCES_BACK`): a claimant of it too.
    The wreckage stays an act of its own (folding it would carry the strike on to whatever
    the next sentences tell)."""
    for d in final:
        if d.modality != "asserted" or not d.claims or not wrecked_told(d):
            continue
        strikes = [e for e in final if e is not d and e.typed.plover == "ASSAULT"
                   and e.typed.mode in REMOTE_MODES - {"arson"} and e.modality == d.modality
                   and e.sent.start < d.sent.start
                   and 0 < _sent_distance(e, d) <= MAX_SENTENCES_BACK]
        if not strikes:
            continue
        e = min(strikes, key=lambda x: _sent_distance(x, d))
        keys = [_key(c.claimant) for c in e.claims]
        e.claims = list(e.claims) + [c for c in d.claims
                                     if not any(_key(c.claimant) & k for k in keys)]
