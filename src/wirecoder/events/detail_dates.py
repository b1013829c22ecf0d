"""The day of an act a report tells as a detail of its story (`date_story_details`): "Gunmen
killed nine villagers on Tuesday, police said. ... The attackers also burned several homes
before fleeing." The second act has no date words of its own and none of the sentences just
before it tells one day (the time stage's `day_told_before` leaves it undated); told in the
simple past, after the story's main event and with no other time named in its sentence, it
is a step of that story, on the main event's day (`statement_dates.main_event_day`: a day of
the week before the anchor). Not an act told in the perfect ("had been detained", "have fled
since"): those run from the main event to the report
(`statement_dates.date_undated_reported_acts`) or go on still. And the day of the attack a
toll lead names (`date_toll_leads`).
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from ..language import DEFINITE_DETERMINERS
from ..records import TimeSpan
from ..time.saying import saying_verb_over
from .back_reference import opens_new_scene
from .draft import Draft
from .later_tolls import toll_of
from .lexicon import lemma, load_lexicon, strip_plural
from .merge_words import EVENT_NOUNS
from .riot_counts import same_place
from .statement_dates import main_event_day

DETAIL_FALLBACK = "no date in the text: a step of the story told after its main event"
TOLL_LEAD_FALLBACK = "a toll lead's attack: the day the story's retelling of it gives"


def _simple_past(tok: Any) -> bool:
    """"burned", "were detained": a past verb, not a perfect, a participle or a present."""
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"has", "have", "had", "'d", "'ve", "will", "would", "is", "are", "am", "be",
              "being", "can", "could", "may", "might", "must", "should"}:
        return False
    if tok.tag_ == "VBD":
        return True
    return tok.tag_ == "VBN" and bool(aux & {"was", "were"})


def _said_on(tok: Any, node: Any) -> bool:
    """The date word hangs on a verb of saying ("..., the police said in a statement on
    Monday"): the day the words were said, not one of the act's."""
    head = saying_verb_over(node, itself=True)
    return head is not None and head.i != tok.i


def _sentence_names_a_time(tok: Any, timexes: Any) -> bool:
    sent = tok.sent
    for t in timexes or ():
        if not (sent.start_char <= t.span.start < sent.end_char):
            continue
        node = next((w for w in sent if w.idx <= t.span.start < w.idx + len(w)), None)
        if node is None or not _said_on(tok, node):
            return True
    return False


def date_story_details(drafts: list[Draft], statement_types: set[str], anchor: date | None,
                       timexes: Any = ()) -> None:
    """Undated acts told in the simple past after the main event take its day (see above)."""
    day = main_event_day(drafts, statement_types, anchor)
    if day is None:
        return
    main = min((d for d in drafts if d.time is not None and d.time.start == day
                and d.time.precision == "day"), key=lambda d: d.trigger.start, default=None)
    first = None if main is None else main.trigger.start
    for d in drafts:
        t = d.time
        tok = d.trigger.token
        if d.modality != "asserted" or d.typed.plover in statement_types or first is None \
                or d.trigger.start <= first or (t is not None and t.start is not None) \
                or tok.pos_ != "VERB" or not _simple_past(tok) \
                or _sentence_names_a_time(tok, timexes) or told_apart(tok) \
                or not _tied_to(d, main):
            continue
        d.time = TimeSpan(day, day, "day", text=None,
                          fallback=DETAIL_FALLBACK + f" ({day.isoformat()})")


# words that set an act apart from the story's own ("In a separate incident", "similar
# protests in 2019", "another attack")
APART_WORDS = {"separate", "unrelated", "another", "similar", "other", "previous", "earlier",
               "past"}


def told_apart(tok: Any) -> bool:
    """The act's sentence tells another incident than the story's own: it opens with a frame
    moving to one ("In a separate incident, ...", "Separately, ...", `opens_new_scene`), or
    an event noun in it is marked as another one ("during similar protests", "in another
    attack")."""
    if opens_new_scene(tok):
        return True
    lex = load_lexicon()
    return any(w.lower_ in APART_WORDS and w.dep_ in ("amod", "det") and w.head.pos_ == "NOUN"
               and (lemma(w.head) in EVENT_NOUNS or lex.entry(lemma(w.head), "N") is not None)
               for w in tok.sent)


def _heads(d: Draft) -> set[str]:
    return {strip_plural(p.name.lower().split()[-1]) for p in (*d.actors, *d.targets)
            if p.name}


def _points_back(d: Draft, main: Draft) -> bool:
    """A participant of the main event named again, or a definite noun ("the marchers", "the
    mosque") repeating a noun of the main event's sentence."""
    if _heads(d) & _heads(main):
        return True
    told = {strip_plural(lemma(w)) for w in main.trigger.token.sent if w.pos_ == "NOUN"}
    told.add(strip_plural(lemma(main.trigger.token)))
    return any(w.pos_ == "NOUN" and strip_plural(lemma(w)) in told and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS)
        for c in w.children) for w in d.trigger.token.sent)


def _same_province(d: Draft, main: Draft) -> bool:
    a, b = d.location, main.location
    if a is None or b is None:
        return False
    if same_place(d, main):
        return True
    return a.country == b.country and a.admin1 is not None and a.admin1 == b.admin1


def _tied_to(d: Draft, main: Draft | None) -> bool:
    """A detail of the main event's story: placed in its province, or pointing back to it."""
    return main is not None and (_same_province(d, main) or _points_back(d, main))


# how many sentences after a toll lead the attack's retelling is looked for in
RETOLD_WITHIN = 3


def _own_date(tok: Any, time: TimeSpan | None) -> bool:
    """"the death toll from Sunday's bombing", "from the bombing on Sunday": the noun's own
    words date it."""
    if time is None or not time.evidence:
        return False
    sub = list(tok.subtree)
    lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1])
    return any(lo <= ev.start < hi for ev in time.evidence)


def _retells(d: Draft, e: Draft) -> bool:
    """`e` tells the toll lead's attack `d` again: placed alike (or either not placed), its
    sentence not setting it apart as another incident, and naming the lead's act or one of
    the nouns of the lead's phrase again ("a suicide bombing at a mosque ... blew himself up
    at the mosque")."""
    tok = d.trigger.token
    if not same_place(d, e) or told_apart(e.trigger.token):
        return False
    said = {strip_plural(lemma(w)) for w in tok.subtree if w.pos_ == "NOUN"}
    said.add(lemma(tok))
    return any(strip_plural(lemma(w)) in said for w in e.trigger.token.sent
               if w.pos_ in ("NOUN", "VERB"))


def date_toll_leads(drafts: list[Draft]) -> None:
    """"The death toll from an attack on a police station has risen to five, after two wounded
    officers died on Tuesday, police said. Dissident fighters attacked the station late on
    Sunday ...": a toll lead names its attack without telling when it happened (its sentence
    dates the toll's rise, the deaths that raised it or the saying), so the attack takes the
    day the story's first retelling of an attack after it gives, where one gives a day of
    its own (not one lent by the sentences before)."""
    for d in drafts:
        tok = d.trigger.token
        if d.typed.plover != "ASSAULT" or d.modality != "asserted" or tok.pos_ != "NOUN" \
                or not toll_of(tok) or _own_date(tok, d.time):
            continue
        sents = [s for s in tok.doc.sents if s.start > tok.sent.start][:RETOLD_WITHIN]
        if not sents:
            continue
        told = next((e.time for e in sorted(drafts, key=lambda e: e.trigger.start)
                     if e is not d and tok.sent.end_char <= e.trigger.start
                     < sents[-1].end_char
                     and e.typed.plover == "ASSAULT" and e.modality != "historical"
                     and e.time is not None and e.time.start is not None
                     and e.time.precision == "day" and e.time.start == e.time.end
                     and not e.time.fallback and _retells(d, e)), None)
        if told is not None and (d.time is None or d.time.start != told.start
                                 or d.time.end != told.end):
            d.time = replace(told, fallback=f"{TOLL_LEAD_FALLBACK} ({told.text!r})")
