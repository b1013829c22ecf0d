"""Where a statement was made: an appeal, an accusation, a refusal, a threat or backing
(`speech_act`) happens where it is said, which the text tells or leaves unsaid, not where the
story's attack was; a place it is addressed to or reports is not its place
(`addressed_place`); one left with no place was made where the report was filed
(`said_where_filed`). Moved out of `event_places` (the same rules) to keep it small.
"""

from __future__ import annotations

from typing import Any

from ..geo.place_parse import in_reported_clause
from ..language import span_root
from ..records import Place
from .antecedents import SAYING_LEMMAS, _agrees
from .argument_words import COURT_NOUNS
from .borrowed_places import _foreign_to_actors, remote_contact, stateless_far_away
from .count_kinds import departed
from .draft import Draft
from .issued_places import issued_from
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon

# what is said, not done: an appeal, an accusation, a refusal, a threat, backing
SPEECH_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"}


# words that tie a clause to a step of the scene told around it
SCENE_MARKS = {"as", "while", "when", "after", "before", "once", "until"}
SCENE_PREPS = {"during", "after", "before", "following", "amid"}


def speech_act(d: Draft) -> bool:
    """"Zelenskyy urged allies to send more air defences", "Mali accused Algeria of harbouring
    terrorists": a statement, with no physical act typed beside it (signing an accord,
    breaking a truce), happens where it is made, which the text tells or leaves unsaid; it
    is not where the story's attack was, so the places of other sentences are not its place.
    Words said as a step of the scene ("As the force approached, armed men threatened it",
    "after the fighting ceased, soldiers called for the occupants to come out") are said
    there: not a statement in this sense."""
    return (d.typed.plover in SPEECH_TYPES and d.typed.acled is None
            and not _step_of_scene(d.trigger.token))


def own_place_only(d: Draft) -> bool:
    """A statement (`speech_act`), or talks held by telephone (`remote_contact`): no place
    from another sentence."""
    return speech_act(d) or (d.typed.plover == "CONSULT" and remote_contact(d.trigger.token))


def _step_of_scene(tok: Any) -> bool:
    """The trigger, or a verb it hangs under, has a temporal clause or phrase ("as the force
    approached", "during the operation", "before conducting a search")."""
    for node in (tok, *tok.ancestors):
        for c in node.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in SCENE_MARKS
                                         for m in c.children):
                return True
            if c.dep_ == "prep" and c.lower_ in SCENE_PREPS and any(
                    g.dep_ in ("pobj", "pcomp") for g in c.children):
                return True
    return False


def addressed_place(d: Draft) -> bool:
    """"The mayor accused Russia of targeting civilians", "urged Kyiv to negotiate",
    "called on Mali to ...": a place named as the one a statement is addressed to or made
    about (the trigger's object, or the object of its "on / to / against") stands for its
    government, and is not where the statement was made. Nor is a place inside what the
    statement reports or asks for (`geo.place_parse.in_reported_clause`)."""
    place = d.location
    measure = d.typed.plover == "SANCTION" and d.typed.acled is None
    if place is None or not place.evidence or not (speech_act(d) or measure):
        return False
    tok = d.trigger.token
    node = span_root(tok.doc, place.evidence[0].start, place.evidence[0].end)
    while node is not None and node.dep_ in ("compound", "flat") and node.head != node:
        node = node.head
    if node is None:
        return False
    if not speech_act(d):
        # "the bloc suspended Guinea": a measure is not taken in the state it names
        return node.dep_ in ("dobj", "dative") and node.head.i == tok.i
    if in_reported_clause(node, tok):
        return True
    if node.dep_ in ("dobj", "dative") and node.head.i == tok.i:
        return True
    if (node.dep_ == "pobj" and node.head.lower_ in ("on", "to", "against")
            and node.head.head.i == tok.i):
        return True
    return _not_where_said(node, tok, place)


def report_place(analysis: Any) -> Place | None:
    """The place of the dateline that opens the document ("WARSAW (AP) -"): where the report
    was filed. None without one."""
    from .event_places import dateline

    text = analysis.document.text
    first = next((t for t in analysis.toponyms or [] if dateline(text, t)), None)
    if first is None or first.place is None or not first.place.country \
            or text[:first.span.start].count("\n") > 3:
        return None
    return first.place


# statements not made as the report tells them (denied, only possible, still to come) or made
# long before it: the dateline says nothing of where
UNSAID = frozenset(("negated", "hypothetical", "future", "historical"))


def said_where_filed(drafts: list[Draft], analysis: Any) -> list[Draft]:
    """A statement whose sentences name no place where it was made (`speech_act`, left
    without a place once the text's other sentences were read) was made where the report was
    filed (`report_place`, the dateline): a wire story carries the words of a government, a
    ministry or an official from the city it is filed in ("WARSAW - ... The Foreign Ministry
    said it had summoned Belarus' charge d'affaires"), unless every speaker belongs to another
    country (`_foreign_to_actors`: Russia's foreign ministry in a Tbilisi story), or is of no
    known country in a story whose acts are all placed abroad (`stateless_far_away`: a
    witness of a Congo attack in a Nairobi report), or is an international organisation (the
    African Union speaks from its seat, not the reporter's city), or its speaker is placed by
    the text ("the government in Kassala blamed"), or the speakers are the people of the scene
    (`local_voice`). Before that, a statement the dateline or nothing places takes the place
    where the next sentences say its speaker spoke (`said_next_at`), and a diplomatic measure
    the seat of the government that took it (`envoy_measure`). Last, so that the dateline
    never counts as the place of the story's scene."""
    report = report_place(analysis)
    placed = [d for d in drafts if d.location is not None]  # (before any takes the dateline)
    for d in drafts:
        if speech_act(d) and d.modality not in UNSAID and (d.location is None or (
                report is not None and d.location.evidence and report.evidence
                and d.location.evidence[0].start == report.evidence[0].start)):
            d.location = issued_from(analysis, d.trigger.token) \
                or said_next_at(analysis, d, drafts) or d.location
    for d in drafts if report is not None else ():
        if envoy_measure(d) and d.modality not in UNSAID and report.country and d.actors \
                and not _foreign_to_actors(d, report) and (
                d.location is None or _foreign_to_actors(d, d.location)
                or report.feature_code == "PPLC"):
            d.location = report
            continue
        if d.location is None and speech_act(d) and d.modality not in UNSAID \
                and not _foreign_to_actors(d, report) \
                and not stateless_far_away(d, report, placed) \
                and not (d.actors and all(p.sector == "IGO" for p in d.actors)) \
                and not _seated_speaker(d.trigger.token) and not local_voice(d):
            d.location = report
    return drafts


# verbs of saying whose "in / at / from X" tells where the words were said
_SAYING = SAYING_LEMMAS | {"speak"}
_SPEAKER_PRONOUNS = frozenset(("he", "she", "they"))


def said_next_at(analysis: Any, d: Draft, drafts: list[Draft] = ()) -> Place | None:
    """"The minister welcomed the measures. 'This is a first step,' she told reporters in
    Kinshasa": a statement whose own sentence names no place was made where its speaker,
    taken up by a pronoun of its number (`antecedents._agrees` with the statement's subject)
    in one of the next two sentences of the paragraph, is said to speak ("told reporters in
    X", "said in X", "speaking from X, she said"). None if no such sentence, or if another
    speaker comes first (`_another_speaker`: "Opposition leader Marie Lukusa criticised the
    plan. 'It is too late,' she told reporters in Goma" is Lukusa speaking)."""
    tok = d.trigger.token
    text = analysis.document.text
    sents = list(tok.doc.sents)
    at = next((n for n, s in enumerate(sents) if s.start <= tok.i < s.end), None)
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if at is None or not d.actors or len(subj) != 1:
        return None
    others = {o.trigger.token.i for o in drafts if o is not d and speech_act(o)}
    for sent in sents[at + 1:at + 3]:
        for verb in sent:
            if "\n" in text[tok.idx:verb.idx]:
                return None  # (another paragraph)
            pron = next((c for c in verb.children if c.dep_ == "nsubj"
                         and c.lower_ in _SPEAKER_PRONOUNS), None)
            if _lemma(verb) not in _SAYING or pron is None:
                continue
            if not _agrees(subj[0], pron.lower_ == "they"):
                return None
            # "told reporters in X", "said at a rally in X", "speaking from X, she said"
            heads = {verb.i} | {c.i for c in verb.children if c.dep_ in ("dobj", "dative") or (
                c.dep_ == "advcl" and _lemma(c) in _SAYING)} | {
                g.i for p in verb.children if p.dep_ == "prep" and p.lower_ == "at"
                for g in p.children if g.dep_ == "pobj"}
            for t in analysis.toponyms or []:
                node = span_root(tok.doc, t.span.start, t.span.end)
                if t.place is not None and node is not None and node.dep_ == "pobj" \
                        and node.head.lower_ in _SAID_AT and node.head.head.i in heads:
                    return t.place
        if _another_speaker(sent, others):
            return None
    return None


def _another_speaker(sent: Any, others: set[int]) -> bool:
    """A sentence between a statement and the pronoun that would place it names another
    speaker, as `antecedents.previous_speaker` bars: a person as a subject, or another
    statement (one of `others`, the triggers of the text's other statements)."""
    return any(t.i in others or (t.ent_type_ == "PERSON" and "subj" in (
        t.head.dep_ if t.dep_ in ("compound", "flat") else t.dep_)) for t in sent)


def envoy_measure(d: Draft) -> bool:
    """"Rwanda expelled a German diplomat", "declared the counsellor persona non grata",
    "recalled its ambassador": a government's measure against a diplomat (an expulsion or a
    recall, SANCTION with no ACLED sub-type) is taken where that government sits: the report's
    dateline when it is filed from the government's country, not a foreign capital the
    sentence names for its government ("accusing Berlin of ..."); and, when the dateline is
    that country's capital, not the scene of the incident it answers ("after a soldier was
    stabbed near X") either (`said_where_filed`)."""
    lex = load_lexicon()
    return d.typed.plover == "SANCTION" and d.typed.acled is None \
        and d.trigger.entry.cameo in ("161", "166") and any(
            lex.in_class(w, c) for p in d.targets for w in p.name.lower().split()
            for c in ("envoy", "diplomatic_mission"))


def local_voice(d: Draft) -> bool:
    """Every speaker of the statement is a body of ordinary people ("residents blamed",
    "villagers accused", "relatives of the dead demanded"): they speak where they live, the
    scene of the story (`story_place.scene_so_far`), not from the reporter's or the
    government's city; unless the text has moved them away (`_moved_away`)."""
    doc = d.trigger.token.doc
    return bool(d.actors) and speech_act(d) and all(
        p.kind == "civilians" and not (p.evidence and _moved_away(
            span_root(doc, p.evidence[0].start, p.evidence[0].end))) for p in d.actors)


# verbs of going to live elsewhere, besides fleeing (`count_kinds.departed`)
RELOCATING = {"move", "relocate", "escape"}


def _moved_away(tok: Any) -> bool:
    """"Relatives who fled to the capital", "the victims' families, who have since moved to
    Yaounde", "survivors who escaped to a camp in Niamey": a clause on the speaker's own noun
    that tells they went elsewhere (a flight, or a move with where to): they no longer speak
    from the scene. A clause set off by a comma after the speaker's "of" phrase is read as
    the speaker's too (the parser hangs it on the nearer noun: "relatives of the victims, who
    ...")."""
    if tok is None:
        return False
    ofs = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
           for g in p.children if g.dep_ == "pobj"]
    clauses = [c for c in tok.children if c.dep_ in ("relcl", "acl")] + [
        c for g in ofs for c in g.children if c.dep_ == "relcl" and c.left_edge.i > 0
        and c.doc[c.left_edge.i - 1].text == ","]
    for c in clauses:
        if departed(c) or _lemma(c) in RELOCATING and any(
                p.dep_ == "prep" and p.lower_ in ("to", "into", "across") for p in c.children):
            return True
    return False


def seat_only(d: Draft) -> bool:
    """A statement (`speech_act`) not made by the people of the scene (`local_voice`): its
    place is where it was said ("an electoral commission official in Accra condemned the
    violence"), no place for other events, so it is no source for the story's focus, its
    scene so far or a later act's fallback. Not a court's ruling: a court rules where it
    sits, which is where the story's trial, its defendants and the crowd outside are."""
    return speech_act(d) and not local_voice(d) and not any(
        p.sector == "JUD" or any(w in COURT_NOUNS for w in p.name.lower().split())
        for p in d.actors)


def seat_starts(drafts: list[Draft]) -> set[int]:
    """Where the words of the places of statements (`seat_only`) begin in the text, those
    that are no other event's place ("met the prime minister in X and urged ...": X is
    where they met)."""
    def starts(seats: bool) -> set[int]:
        return {ev.start for d in drafts if d.location is not None and seat_only(d) == seats
                for ev in d.location.evidence}
    return starts(True) - starts(False)


def _seated_speaker(tok: Any) -> bool:
    """The statement's subject is placed by a phrase of its own ("the government in Kassala",
    "officials in Aden"): it speaks from there, not from the reporter's city."""
    return any(t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "from")
               and t.ent_type_ in ("GPE", "LOC", "FAC")
               for s in tok.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree)


# "in / at X" on the statement's own verb, or a clause beside it ("speaking in Manila"), says
# where it was made
_SAID_AT = frozenset(("in", "at", "from", "during"))


def _not_where_said(node: Any, tok: Any, place: Place) -> bool:
    """A place that hangs on the statement's subject ("the government in Port Sudan blamed"),
    on what it is about ("welcomed an agreement ... in the Amhara region"), or on a clause
    coordinated with it ("condemned the strike and called on the United States") is not
    where it was made; a summons is (the envoy is called in where the ministry sits), and so
    is the seat of a speaker that is no ruler (`_seated_subject`)."""
    if _lemma(tok) == "summon":
        return False
    above = {t.i: n for n, t in enumerate([tok, *tok.ancestors])}
    path = []
    while node.i not in above and node.head.i != node.i:
        path.append(node)
        node = node.head
    if node.i not in above or not path:
        return False
    top = path[-1]
    if top.dep_ == "prep" and top.lower_ in _SAID_AT or top.dep_ in ("advcl", "npadvmod"):
        return False
    if _seated_subject(path) and place.precision not in ("country", "region"):
        return False  # (not "the UN envoy in Libya": a country says whose, not where)
    if top.dep_ in ("nsubj", "nsubjpass", "agent") and _court_seat(path):
        return False
    if node.i != tok.i:
        # "called the attack on Izmail a crime and urged allies to ...": the place is in
        # what the other of two coordinated verbs is about
        return any(t.dep_ == "conj" for t in [tok, *tok.ancestors][:above[node.i]])
    return top.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "conj", "ccomp", "xcomp",
                        "prep", "attr", "oprd")


def _seated_subject(path: list[Any]) -> bool:
    """The place is where the statement's subject sits, by an "in / at" phrase of its own
    ("fishermen's associations in X welcomed", "elders in X demanded", "the consul general
    in X condemned"): they spoke there, on each verb the subject has ("welcomed ... and
    urged"). Not a ruler's ("the government in X", "the regime in X"): that names which
    government, not where it spoke."""
    if len(path) != 3 or path[0].dep_ != "pobj" or path[1].dep_ != "prep" \
            or path[1].lower_ not in ("in", "at") or path[2].dep_ not in ("nsubj", "nsubjpass"):
        return False
    return not load_lexicon().in_class(_lemma(path[2]), "ruler")


def _court_seat(path: list[Any]) -> bool:
    """The place names the seat of the court that is the subject ("a court in Lahore", "a
    military tribunal in Bamako", by "a judge in Kano"): a ruling is made where it sits."""
    return any(t.lemma_.lower() in COURT_NOUNS for t in path)
