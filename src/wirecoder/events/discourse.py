"""Discourse: what an event takes from the other events of its document.

After merging, each rule fills a field the event's own sentence leaves empty, from an event
the text ties it to:

- "during the meeting / talks / demonstration": the anchored event takes the place (and,
  without its own, the date) of that meeting or protest elsewhere in the document; sanctions
  named after a law or programme with no target of their own ("suspension of Caesar Act
  sanctions ... during the talks") target the other party of those talks (its government).
- a de-listing with no agent ("was removed from the blacklist") takes the agent of the
  designation or listing in the same sentence.
- an event in a relative clause with no date ("protesters who had marched on parliament")
  takes the date of the event whose participant the clause describes.
- "the agreement was signed ..." with no place: the place of the document's earlier
  agreement; an event nested in another event's clause ("signed at the end of five days of
  talks") takes that event's place.
- an event with no place in its sentence takes the place of the document's main event when
  the document's located events are all in one place (one city or one province); a
  statement (an appeal, an accusation: `statement_places.speech_act`) or talks by telephone
  (`statement_places.own_place_only`) do not.

`foreign_times.foreign_time` (used while drafting): a date inside a relative clause or
apposition that describes a participant ("the RSF, which has controlled Nyala since October
2023") dates that description, not the event. The place rules used while drafting (datelines,
"<Name> province", metonymy, the document-wide fallback) live in `event_places`; the events
folded into another before these rules run (a headline restating the body, weapons seized in a
raid) in `absorbed_events`.
"""

from __future__ import annotations

from typing import Any

from ..language import (DEFINITE_DETERMINERS, PLURAL_DEFINITE_DETERMINERS,
                        POSSESSIVE_DETERMINERS, span_root)
from ..records import Participant, Place, TimeSpan
from ..time.attribution_dates import spoken_words
from .absorbed_events import (accused_dealings, accused_repeats, fold_seizures, headline_repeats,
                              sent_index)
from .draft import Draft
from .event_places import _akey, _fallback_places, _foreign_to_actors, own_place_only
from .statement_places import seat_only
from .lexicon import lemma as _lemma
from .nearby_places import answered_place, scene_town
from .occasion_places import occasion_places
from .restated_places import bearing_gives_way
from .lexicon import load_lexicon
from .repression import intervened_protests
from .story_place import scene_so_far
from .merge_words import SUB_COUNTRY

ANCHOR_PREPS = {"during", "at", "amid"}
ANCHOR_NOUNS = {"talks": "CONSULT", "meeting": "CONSULT", "visit": "CONSULT", "summit": "CONSULT",
                "negotiations": "CONSULT", "discussions": "CONSULT", "trip": "CONSULT",
                "conference": "CONSULT", "session": "CONSULT",
                "demonstration": "PROTEST", "protest": "PROTEST", "rally": "PROTEST",
                "march": "PROTEST", "sit-in": "PROTEST", "riot": "PROTEST"}
# "arrested during the clashes", "killed in the violence": the violence told before
VIOLENCE_NOUNS = {"clashes": "ASSAULT", "clash": "ASSAULT", "fighting": "ASSAULT",
                  "violence": "ASSAULT", "unrest": "PROTEST", "riots": "PROTEST"}
ANCHOR_DETS = DEFINITE_DETERMINERS | POSSESSIVE_DETERMINERS
DELIST_LEMMAS = {"remove", "delist", "drop", "take", "strike", "lift", "erase"}
LIST_NOUNS = {"list", "blacklist", "register", "registry", "designation", "listing"}
LISTING_LEMMAS = {"designate", "list", "blacklist", "proscribe", "sanction", "label", "brand"}
AGREEMENT_NOUNS = {"agreement", "deal", "accord", "pact", "truce", "ceasefire", "treaty"}
COARSE = {"country", "unknown", None}
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "parataxis"}


def anchor_noun(tok: Any, nouns: dict[str, str] = ANCHOR_NOUNS,
                preps: frozenset[str] | set[str] = ANCHOR_PREPS) -> Any | None:
    """The meeting / protest noun (of `nouns`) of a "during the ..." adjunct (of `preps`) on
    the trigger's clause."""
    node = tok
    for _ in range(5):
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                for g in c.children:
                    if g.dep_ == "pobj" and g.lower_ in nouns and any(
                            d.dep_ in ("det", "poss") and (d.lower_ in ANCHOR_DETS
                                                          or d.dep_ == "poss")
                            for d in g.children):
                        return g
        if node.head == node or node.dep_ in CLAUSE_DEPS:
            return None
        node = node.head
    return None


def said_content_time(tok: Any, time: TimeSpan) -> bool:
    """Whether a present-tense statement's only date lies in what it says ("the council calls
    on Ruritania to honour the 1998 treaty", "condemns the attack of 12 May"): a statement in
    the present tense is made as the text is written, not on the date of its content; one in
    the past tense, whose only date is that of the act it charges, is undated."""
    if tok.tag_ not in ("VBZ", "VBP", "VBD") or not time.evidence or time.start is None:
        return False
    ev = time.evidence[0]
    node = span_root(tok.doc, ev.start, ev.end)
    if node is None or node.i == tok.i or node not in tok.subtree:
        return False
    path = [node]
    while node.head.i != tok.i:
        node = node.head
        path.append(node)
    if tok.tag_ == "VBD" and spoken_words(path):
        return False  # "accused X of shelling Y in a statement on Tuesday": the statement's
    if tok.tag_ == "VBD":
        # in the past tense only the act a charge names ("accused X of shelling Y on
        # Monday", "blamed X for bombing Y on Friday"): "condemned the attack on Monday" may
        # be dated either way, and a reported clause's date ("alleged that X had admitted
        # it in 2002") may tell when the statement's story is set
        return node.dep_ == "prep" and node.lower_ in ("of", "for") \
            and any(c.dep_ == "pcomp" for c in node.children)
    # its own adverbials ("on Tuesday", "today") date the statement
    return node.dep_ in ("xcomp", "ccomp", "dobj", "advcl", "conj") or (
        node.dep_ == "prep" and node.lower_ not in ("on", "in", "at", "during", "since"))


def _referent(drafts: list[Draft], d: Draft, plover: str) -> Draft | None:
    cands = [o for o in drafts if o is not d and o.typed.plover == plover
             and o.modality != "negated"]
    located = [o for o in cands if o.location is not None]
    pool = located or cands
    if not pool:
        return None
    rank = {"asserted": 0, "historical": 2}
    return min(pool, key=lambda o: (o.sent.start > d.sent.start, rank.get(o.modality, 1),
                                    o.sent.start))


def _country_gov(drafts: list[Draft], country: str) -> Participant | None:
    for o in drafts:
        for p in o.actors + o.targets:
            if p.country == country and "government" in p.name.lower():
                return p
    return None


def _named_after_law(d: Draft) -> bool:
    """"Caesar Act sanctions", "Magnitsky sanctions": sanctions named after a law/programme."""
    for t in d.trigger.token.subtree:
        if t.ent_type_ == "LAW":
            return True
        if _lemma(t) == "sanction" and any(c.dep_ == "compound" and c.pos_ == "PROPN"
                                           for c in t.subtree if c.i != t.i):
            return True
    return False


def _during(drafts: list[Draft]) -> None:
    for d in drafts:
        noun = anchor_noun(d.trigger.token)
        if noun is None:
            continue
        ref = _referent(drafts, d, ANCHOR_NOUNS[noun.lower_])
        if ref is None or ref.trigger.token.i == noun.i:
            continue
        if ref.location is not None and (d.location is None or d.location.precision in COARSE):
            d.location = ref.location
        if ref.time is not None and ref.time.start is not None and (
                d.time is None or d.time.start is None or not d.time.evidence):
            d.time = ref.time
        if (d.typed.plover in ("SANCTION", "RETREAT") and not d.targets
                and ref.typed.plover == "CONSULT" and _named_after_law(d)):
            own = {p.country for p in d.actors if p.country}
            other = [p for p in ref.actors + ref.targets if p.country and p.country not in own]
            if other:
                first = other[0]
                first_country = first.country
                if first_country:  # always true: `other` keeps only participants with one
                    d.targets = [_country_gov(drafts, first_country) or first]


def dates_of_anchor_events(drafts: list[Draft]) -> None:
    """An act told as done during an event of the text ("47 people were arrested during the
    clashes") with no date of its own takes that event's date, once the events have the days
    their later sentences tell (the events stage runs it after `day_told_before`)."""
    for d in drafts:
        if d.modality != "asserted" or (d.time is not None and d.time.start is not None):
            continue
        noun = anchor_noun(d.trigger.token, VIOLENCE_NOUNS, {"during", "in", "amid"})
        ref = _referent(drafts, d, VIOLENCE_NOUNS[noun.lower_]) if noun is not None else None
        if ref is not None and ref.trigger.token.i != noun.i and ref.time is not None \
                and ref.time.start is not None:
            d.time = ref.time


def _delisting(drafts: list[Draft]) -> None:
    for d in drafts:
        tok = d.trigger.token
        if d.actors or d.typed.plover not in ("CONCEDE", "RETREAT"):
            continue
        if not (_lemma(tok) == "delist" or (_lemma(tok) in DELIST_LEMMAS and any(
                _lemma(t) in LIST_NOUNS for t in tok.subtree))):
            continue
        for o in drafts:
            if o is not d and o.sent.start == d.sent.start and o.actors and (
                    _lemma(o.trigger.token) in LISTING_LEMMAS):
                d.actors = list(o.actors)
                break


def _relative_date(drafts: list[Draft]) -> None:
    at: dict[int, Draft] = {}
    for o in drafts:
        for t in [o.trigger] + list(o.mentions):
            at[t.token.i] = o
    for d in drafts:
        tok = d.trigger.token
        if d.time is not None and d.time.start is not None:
            continue
        if not any(n.dep_ == "relcl" for n in [tok] + list(tok.ancestors)[:2]):
            continue
        for anc in tok.ancestors:
            owner = at.get(anc.i)
            if (owner is not None and owner is not d and owner.time is not None
                    and owner.time.start is not None):
                d.time = owner.time
                break


def _inside_past_event(drafts: list[Draft]) -> None:
    """"... when protesters stormed parliament during nationwide protests. Dozens of people
    were killed in those protests": an event told as happening in or during an event the
    text named before ("in those protests", "during the riots", by the same word or another
    of its kind: `_renamed_antecedent`) shares its time and, when that event is background,
    is background too."""
    named: dict[str, Draft] = {}
    for o in drafts:
        if o.modality != "historical":
            continue
        for t in (o.trigger, *o.mentions):
            named.setdefault(_lemma(t.token), o)
    for d in drafts:
        if d.modality != "asserted" or d.time is None or d.time.start is not None:
            continue
        tok = d.trigger.token
        for c in tok.children:
            if c.dep_ != "prep" or c.lower_ not in ("in", "during"):
                continue
            for g in c.children:
                o = (named.get(_lemma(g)) or _renamed_antecedent(drafts, d, g)) if (
                    g.dep_ == "pobj" and any(
                        x.dep_ == "det" and x.lower_ in DEFINITE_DETERMINERS
                        for x in g.children)) else None
                if o is not None and o is not d and o.trigger.start < d.trigger.start:
                    d.modality, d.time = "historical", o.time


def _renamed_antecedent(drafts: list[Draft], d: Draft, noun: Any) -> Draft | None:
    """"Belarus was rocked by unrest after the 2020 election. Dozens were killed in those
    protests": a definite or demonstrative event noun may rename the event it refers back to
    with another word of its kind (unrest, demonstrations, riots: protests); the antecedent
    is the nearest event told before of the noun's type, returned when it is background."""
    entry = load_lexicon().entry(_lemma(noun), "N")
    if entry is None or entry.generic:
        return None
    before = [o for o in drafts if o is not d and o.trigger.start < d.trigger.start
              and o.typed.plover == entry.plover]
    o = max(before, key=lambda o: o.trigger.start, default=None)
    return o if o is not None and o.modality == "historical" else None


def _same_actors_go_on(drafts: list[Draft]) -> None:
    """"Gunmen killed 14 villagers in Diallassagou on Sunday. The assailants also set fire to
    granaries": an event whose actors are named by a definite plural noun ("the assailants",
    "the attackers") goes on from the event of its type told just before (at most two
    sentences back), and takes its place and date where its own sentence gives none (or only
    the country)."""
    for n, d in enumerate(drafts):
        if d.modality != "asserted" or not _definite_plural_actor(d):
            continue
        coarse = d.location is None or d.location.precision in COARSE
        if not coarse and d.time is not None and d.time.start is not None:
            continue
        before = [o for o in drafts[:n] if o.modality == "asserted"
                  and o.typed.plover == d.typed.plover and o.trigger.start < d.trigger.start
                  and sent_index(d) - sent_index(o) <= 2]
        if not before:
            continue
        o = before[-1]
        # (a country its sentence names gives way to the finer place in that country)
        if coarse and o.location is not None and (
                d.location is None or o.location.country == d.location.country):
            d.location = o.location
        if (d.time is None or d.time.start is None) and o.time is not None \
                and o.time.start is not None:
            d.time = o.time


def _definite_plural_actor(d: Draft) -> bool:
    """One of the event's actors is written as "the <plural noun>" in its own sentence."""
    doc = d.trigger.token.doc
    sent = d.trigger.token.sent
    for p in d.actors:
        for ev in p.evidence:
            if not sent.start_char <= ev.start < sent.end_char:
                continue
            root = span_root(doc, ev.start, ev.end)
            if root is not None and root.tag_ == "NNS" and any(
                    c.dep_ == "det" and c.lower_ in PLURAL_DEFINITE_DETERMINERS
                    for c in root.children):
                return True
    return False


def _agreement_noun(tok: Any) -> bool:
    nouns = [tok] + [c for c in tok.children if c.dep_ == "nsubjpass"]
    return any(_lemma(n) in AGREEMENT_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in n.children) for n in nouns)


def _anaphoric_agreement(drafts: list[Draft]) -> None:
    """"The agreement was signed at ...": a definite agreement with no place of its own is
    the agreement the document reported before, in that agreement's place."""
    for d in drafts:
        if d.location is not None or not _agreement_noun(d.trigger.token):
            continue
        before = [o for o in drafts if o.sent.start < d.sent.start and o.location is not None
                  and o.typed.acled == "Agreement" and o.modality == "asserted"]
        if before:
            d.location = before[0].location


def _nested_place(drafts: list[Draft]) -> None:
    """An event whose words hang inside another event's clause ("signed at the end of five
    days of talks") happened where that event did, when its sentence says nothing else."""
    at = {o.trigger.token.i: o for o in drafts}
    for d in drafts:
        if d.location is not None:
            continue
        for anc in d.trigger.token.ancestors:
            o = at.get(anc.i)
            if o is not None and o is not d and o.location is not None:
                d.location = o.location
                break
        else:
            # "signed the deal late on Monday after two days of talks in Lusaka": an
            # agreement the talks it closes lead to is made where they were held
            if d.typed.plover in ("SUPPORT", "AGREE"):
                talks = [o for o in drafts if o is not d and o.location is not None
                         and o.typed.plover == "CONSULT" and _closed_by(o.trigger.token, d)]
                if talks:
                    d.location = talks[0].location


def _closed_by(tok: Any, d: Draft) -> bool:
    """Whether the talks noun `tok` sits in an "after/following/at the end of" phrase of d."""
    for anc in tok.ancestors:
        if anc.i == d.trigger.token.i:
            return True
        if anc.dep_ == "prep" and anc.lower_ in ("after", "following", "at", "ending") \
                and anc.head.i == d.trigger.token.i:
            return True
        if anc.pos_ == "VERB":
            return False
    return False


def focus_place(drafts: list[Draft]) -> Place | None:
    """The place of the main event, when the document's located events are in one place."""
    located = [d for d in drafts if d.location is not None and d.modality not in (
        "historical", "negated") and d.location.precision not in COARSE
               and not seat_only(d)]  # (where a statement was said is no event's place)
    if not located:
        return None
    places = [d.location for d in located if d.location is not None]  # all of `located`
    keys = {(pl.country, pl.admin1) for pl in places}
    if len(keys) != 1 or None in next(iter(keys)):
        return None
    # the first a sentence names itself (not a province an event took from another sentence)
    return next((d.location for d in located if d.local_place() is not None), places[0])


def _focus(drafts: list[Draft]) -> None:
    place = focus_place(drafts)
    if place is None:
        return
    for d in drafts:
        if d.location is None and d.modality != "historical" and not own_place_only(d) \
                and not scene_town(d, place):
            if not _foreign_to_actors(d, place) and not answered_place(d, place):
                d.location = place
        elif (d.location is not None and d.location.precision == "admin1"
              and place.precision in ("city", "admin2", "point") and d.local_place() is None
              and _akey(d.location.admin1) == _akey(place.admin1)):
            d.location = place  # a province taken from another sentence: the finer focus


def apply(drafts: list[Draft]) -> list[Draft]:
    """Fill what each event's sentence leaves empty from the events the text ties it to."""
    drafts = accused_dealings(accused_repeats(fold_seizures(headline_repeats(drafts))))
    _during(drafts)
    _delisting(drafts)
    _relative_date(drafts)
    _inside_past_event(drafts)
    _same_actors_go_on(drafts)
    _anaphoric_agreement(drafts)
    _nested_place(drafts)
    occasion_places(drafts)
    bearing_gives_way(drafts)
    _focus(drafts)
    _fallback_places(drafts)
    scene_so_far(drafts)
    _focus(drafts)  # a province from another sentence gives way to a finer focus place
    _place_is_no_actor(drafts)
    intervened_protests(drafts, load_lexicon())
    return drafts


def _place_is_no_actor(drafts: list[Draft]) -> None:
    """"Police arrested three men after the Kandahar bombing": a town's or a province's name
    modifying an event noun says where the event was, not who did it; an actor whose words are
    the very words of the event's place (below country level: "US strikes" names who struck)
    is dropped."""
    for d in drafts:
        loc = d.location
        if loc is None or loc.precision not in SUB_COUNTRY or not loc.evidence or not d.actors:
            continue
        spans = [(ev.start, ev.end) for ev in loc.evidence]
        nouns = {m.token.i for m in (d.trigger, *d.mentions) if m.token.pos_ == "NOUN"}
        d.actors = [p for p in d.actors if not (p.evidence and all(
            any(a <= ev.start and ev.end <= b for a, b in spans)
            and _modifies(d.trigger.token.doc, ev, nouns) for ev in p.evidence))]


def _modifies(doc: Any, ev: Any, nouns: set[int]) -> bool:
    """The words of `ev`, written as a proper name that the tagger reads as a place's,
    modify one of the event nouns ("the Kandahar bombing"; not "violent umopar raids" in a
    lower-case wire text, where the tagger guesses)."""
    root = span_root(doc, ev.start, ev.end)
    if root is None:
        return False
    return (root.dep_ in ("compound", "nmod", "amod") and root.head.i in nouns
            and root.ent_type_ in ("GPE", "LOC", "FAC") and root.text[:1].isupper())
