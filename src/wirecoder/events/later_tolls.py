"""The tolls that sentences after an attack revise or add to (`later_tolls`: "the death toll
rose to nine", "two more people later died of their wounds", "residents put the toll at
50", "nine others were treated in hospital"), and a toll revised for the attack it names
(`lead_toll_revised`: "the death toll from the bombing rose to six").
"""

from __future__ import annotations

import re
from typing import Any

from ..records import Quantity, Span
from ..time.lexicon import MONTHS
from .back_reference import SCENE_OTHER
from .casualty_followup import NOT_COUNTS, buried_count, cared_for_count, figures_put_at
from .displaced_counts import displaced_told_after
from .draft import Draft
from .lexicon import load_lexicon, people_word
from .lexicon import lemma as _lemma
from .merge_words import DEATH_LEMMAS, EVENT_NOUNS, REVISE_LEMMAS, TOLL_RE
from .numbers import count_quantity, number_tokens, parse_number, range_bounds
from .outcome_verbs import back_reference
from .count_sums import source_of
from .people_counts import _spans


def revised_count(sent: Any, doc_id: str | None = None) -> Quantity | None:
    """The killed count a sentence revises a toll to: "the death toll rose to nine", "the toll
    now stands at at least 12", "bringing the number of dead to 15"."""
    lex = load_lexicon()
    for t in sent:
        if _lemma(t) not in REVISE_LEMMAS or t.pos_ not in ("VERB", "AUX"):
            continue
        for u in sent.doc[t.i + 1:min(sent.end, t.i + 10)]:
            if (u.like_num or u.pos_ == "NUM") and (u.ent_type_ not in NOT_COUNTS
                                                     or _revised_to(u, t)):
                q = count_quantity(u, "killed", lex, doc_id)
                if q is not None:
                    return q
    return None


def _revised_to(num: Any, verb: Any) -> bool:
    """"The death toll ... has risen to 44", "climbed to 12": the number the toll verb's
    "to"/"at" takes is the toll, even where the tagger read the bare number as a date (not a
    year, nor a day beside a month's name)."""
    prep = num.head
    if num.dep_ != "pobj" or prep.lower_ not in ("to", "at") or prep.head.i != verb.i:
        return False
    doc = num.doc
    near = {doc[i].lower_.rstrip(".") for i in (num.i - 1, num.i + 1) if 0 <= i < len(doc)}
    return not re.match(r"^(1[89]|20)\d\d$", num.text) and not near & MONTHS.keys()


def later_tolls(out: list[Draft]) -> None:
    """Sentences just after an attack that report no event of their own but change its toll:
    "The death toll rose to nine" revises the count of people killed; "Two more people later
    died of their wounds" adds to it."""
    if not out:
        return
    doc = out[0].sent.doc
    sents = list(doc.sents)
    for d in out:
        _own_toll(d)
        _cared_for(d, out, sents)
        if d.typed.plover != "ASSAULT" or d.modality != "asserted" or not any(
                q.kind == "killed" for q in d.quantities) or not d.evidence:
            continue
        doc_id = d.evidence[0].document_id
        # the sentences that tell another event's deaths (an event told in between with no
        # deaths there, "the raiders also burned 20 shops", leaves the toll to this one)
        others = {s.start for e in out if e is not d and e.typed.plover == "ASSAULT"
                  and e.modality == "asserted" for q in e.quantities
                  if q.kind == "killed" and q.evidence for s in sents
                  if s.start_char <= q.evidence[0].start < s.end_char}
        first = min([d.sent.start] + [m.token.sent.start for m in d.mentions])
        _toll_put_beside(d, doc_id)
        after = [s for s in sents if s.start > first][:3]
        for sent in after:
            if sent.start in others:
                break  # the next reported event: its own counts
            if any(q.kind == "killed" and q.evidence and sent.start_char <= q.evidence[0].start
                   < sent.end_char for q in d.quantities):
                continue  # counted as a mention of the event already
            q, rel = toll_count(sent, doc_id)
            if q is None:
                q, rel = dead_by_another_source(sent, d, doc_id), "plain"
            if q is not None:  # ("put the toll at between 25 and 30": its two bounds)
                d.quantities.extend(range_bounds(q, doc, load_lexicon()))
                d.count_relations[q.evidence] = rel
    displaced_told_after(out)


def _toll_put_beside(d: Draft, doc_id: str | None) -> None:
    """"The ministry said nine people were killed in the blast; the Red Cross put the toll at
    13": a figure another source puts the toll at, in the event's own sentence after its
    count, is kept beside it (two sources' figures), as one in the next sentence is."""
    sent = d.sent
    put = _toll_put_at(sent, doc_id)
    if put is None or any(q.kind == "killed" and (q.value == put.value or any(
            e.start <= put.evidence[0].start < e.end for e in q.evidence))
            for q in d.quantities):
        return
    d.quantities.extend(range_bounds(put, sent.doc, load_lexicon()))
    d.count_relations[put.evidence] = "plain"


def _cared_for(d: Draft, out: list[Draft], sents: list[Any]) -> None:
    """"Gunmen attacked a post, killing six. Nine others were being treated in hospital": the
    people treated, in the attack's own sentences or the next ones before another attack's,
    are its wounded (when it counts none there already)."""
    if d.typed.plover != "ASSAULT" or d.modality != "asserted" or not d.evidence:
        return
    told = {m.token.sent.start for m in (d.trigger, *d.mentions)}
    others = {m.token.sent.start for e in out if e is not d and e.typed.plover == "ASSAULT"
              for m in (e.trigger, *e.mentions)} - told
    first = min(told)
    for sent in [s for s in sents if s.start >= first][:len(told) + 2]:
        if sent.start in others:
            break
        if any(q.kind == "injured" and q.evidence and sent.start_char <= q.evidence[0].start
               < sent.end_char for q in d.quantities):
            continue
        q = cared_for_count(sent, d.evidence[0].document_id)
        if q is not None and not any(q.evidence[0].start == s.start for x in d.quantities
                                     for s in x.evidence):
            d.quantities.append(q)
            d.count_relations[q.evidence] = "plain"


TOLL_NOUNS = {"toll", "number"}


def toll_of(tok: Any, possessive: bool = False) -> bool:
    """`tok` is the attack a toll is told of: the object of the "from"/"in"/"of" phrase on
    "toll" or "number" ("the death toll from Sunday's bombing"), or with `possessive`, the
    toll's possessor ("the bombing's toll")."""
    if tok.dep_ == "pobj" and tok.head.lower_ in ("from", "in", "of"):
        holder = tok.head.head
    elif possessive and tok.dep_ == "poss":
        holder = tok.head
    else:
        return False
    return holder.lower_ in TOLL_NOUNS


def _own_toll(d: Draft) -> None:
    """"The death toll from Sunday's bombing rose to six": the attack named in the toll's
    "from"/"in"/"of" phrase has that many killed (when it has no count of its own)."""
    tok = d.trigger.token
    killed = [q for q in d.quantities if q.kind == "killed"]
    if d.typed.plover != "ASSAULT" or not d.evidence or not toll_of(
            tok, possessive=True) or not TOLL_RE.search(d.sent.text):
        return
    q = revised_count(d.sent, d.evidence[0].document_id)
    if q is None or (killed and not _told_by_others(q, killed, d.sent.doc)):
        return
    d.quantities.append(q)
    d.count_relations[q.evidence] = "revision"


def _told_by_others(toll: Quantity, counts: list[Quantity], doc: Any) -> bool:
    """"The death toll from the bombing has risen to 17, police said, while hospital officials
    said at least 23 people had been killed": the other counts are other sources' figures
    (each told by a reporting verb whose subject is not the toll's source), so the toll is
    kept beside them, not dropped as a count the event has already."""
    own = [source_of(sp.root) for sp in _spans(toll, doc)]
    if len(own) != 1 or own[0] is None:
        return False
    for q in counts:
        theirs = [source_of(sp.root) for sp in _spans(q, doc)]
        if q.value == toll.value or len(theirs) != 1 or theirs[0] is None or (
                theirs[0][1] == own[0][1]):
            return False
    return True


_TOLD_AGAIN = {"violence", "bombing", "killing", "shooting", "massacre"}
# mishaps that kill, told as another incident ("died in a road accident")
_MISHAPS = {"accident", "crash", "collision", "fire", "flood", "stampede", "landslide"}


def _same_event_told(sent: Any, d: Draft) -> bool:
    """`sent` tells no other incident: no "separate" / "another", no date its own sentence
    does not give, and any incident it names is the event named again ("in the attack",
    "Sunday's raid", "the violence"), not a new one ("in a road accident")."""
    if any(t.lower_ in SCENE_OTHER for t in sent):
        return False
    told = d.sent.text.lower()
    if any(e.label_ == "DATE" and e.text.lower() not in told for e in sent.ents):
        return False
    return not names_another_incident(sent, d)


def names_another_incident(sent: Any, d: Draft) -> bool:
    """`sent` names an incident (an event noun, a mishap) that is not `d` named again ("in
    the attack", "Sunday's raid"): "died in a road accident", "a bombing in the capital"."""
    nouns = EVENT_NOUNS | _TOLD_AGAIN | _MISHAPS | {_lemma(d.trigger.token)}
    return any(t.pos_ == "NOUN" and _lemma(t) in nouns and not (
        back_reference(t) or any(c.dep_ == "poss" for c in t.children)) for t in sent)


def dead_by_another_source(sent: Any, d: Draft, doc_id: str | None) -> Quantity | None:
    """"The regional government said at least 31 civilians had been killed. The other
    region's bureau said between 40 and 50 people had died": the dead counted again just
    after, in numbers, by a named source other than the one of each count the event has, is
    that source's figure for the same toll (kept beside it), when the sentence tells no
    other incident ("In a separate incident, police said four people died in a road
    accident") nor another day."""
    doc = sent.doc
    mine = [source_of(sp.root) for q in d.quantities if q.kind == "killed"
            for sp in _spans(q, doc)]
    if not mine or any(m is None for m in mine) or not _same_event_told(sent, d):
        return None
    lex = load_lexicon()
    for t in sent:
        src = source_of(t) if _lemma(t) in DEATH_LEMMAS and t.pos_ == "VERB" else None
        if src is None or not src[0] < t.i or any(src[1] == m[1] for m in mine if m):
            continue
        # the first number of people between the source's verb and the death verb
        # (the subject, however the parser hung it: "said between 40 and 50 people, most
        # of them herders, had died")
        num = next((u for u in doc[src[0] + 1:t.i] if u.like_num and u.ent_type_ not in
                    NOT_COUNTS[1:] and any(people_word(w, lex) for w in doc[u.i + 1:u.i + 5]
                                           if w.pos_ == "NOUN")), None)
        q = count_quantity(num, "killed", lex, doc_id) if num is not None else None
        if q is not None:
            return q
    return None


def toll_count(sent: Any, doc_id: str | None) -> tuple[Quantity | None, str]:
    put = _toll_put_at(sent, doc_id) or buried_count(sent, doc_id)
    if put is not None:
        return put, "plain"  # "Residents put the death toll at 50": another source's figure
    if TOLL_RE.search(sent.text):
        found = revised_count(sent, doc_id)
        if found is not None:
            return found, "revision"
    lex = load_lexicon()
    for t in sent:
        if _lemma(t) not in DEATH_LEMMAS or t.pos_ != "VERB":
            continue
        words = {x.lower_ for x in sent}
        if not words & {"more", "another", "other", "additional", "later", "wounds",
                        "injuries", "subsequently"}:
            continue
        for subj in (c for c in t.children if c.dep_ == "nsubj"):
            num = next((c for c in subj.subtree if (c.like_num or c.pos_ == "NUM")
                        and c.ent_type_ not in ("DATE", "TIME", "ORDINAL")), None)
            if num is None:
                continue
            n = parse_number(number_tokens(num), lex)
            if n is None:
                continue
            a, b = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
            return Quantity(kind="killed", value=n, qualifier="exact", object=None,
                            evidence=(Span(a, b, sent.doc.text[a:b], doc_id),)), "additive"
    return None, ""


def _toll_put_at(sent: Any, doc_id: str | None) -> Quantity | None:
    """"Local residents put the death toll at more than 50", "Medics estimated the number of
    dead at 40", "a spokesman said the toll was 11": a source's own figure for the toll, a
    count of the attack's dead."""
    if not TOLL_RE.search(sent.text):
        return None
    return next(figures_put_at(sent, "killed", doc_id, lambda fig: bool(TOLL_RE.search(
        " ".join(t.text for t in fig.subtree))), stated=True), None)


def lead_toll_revised(d: Draft) -> None:
    """"The death toll from a car bomb attack on a base rose to six ... The truck blew up at
    the gate, initially killing four soldiers": the toll a sentence revises for the attack
    it names ("the toll from the attack") replaces a lower count told of it elsewhere (the
    first count of those killed, which the revision brings up to date)."""
    killed = [q for q in d.quantities if q.kind == "killed"]
    if d.typed.plover != "ASSAULT" or not killed or not d.evidence:
        return
    for m in (d.trigger, *d.mentions):
        tok = m.token
        if not toll_of(tok) or not TOLL_RE.search(tok.sent.text):
            continue
        found = revised_count(tok.sent, d.evidence[0].document_id)
        if found is None:
            return
        main = killed[0]
        if found.value <= main.value or any(q.value == found.value for q in killed):
            return
        span = found.evidence[0]
        d.quantities[d.quantities.index(main)] = Quantity(
            kind="killed", value=found.value, qualifier=found.qualifier, object=main.object,
            evidence=tuple(sorted((span, *main.evidence), key=lambda s: s.start)))
        return
