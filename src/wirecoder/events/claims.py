"""Claims: who says the event happened ("X said", "according to X", "X announced").

The claimant is the subject of a reporting verb whose complement holds the trigger (climbing
the parse from the trigger), or the object of "according to"; a statement or report named
there ("according to the US military statement") gives way to the actor inside it. The claim
date is the time attached to the reporting verb. An accuser says the act it charges happened
("X accused Y of shelling Z"); a second figure ("while the governor put the toll at 25")
credits its source; the relay and the cited source of a report are claimants too, and
claimants are named as `claimant_names` says. Not claimants: a rule ("according to law"), a
text nobody is said to have issued ("the statement said"), the sayer of its own next act
("said ... and demanded"), and the sayer of a claim that a relative clause remarks on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ..records import Claim, Participant
from .argument_words import NOBODY, REPORT_NOUNS
from .claimant_names import (BODY_NOUNS, ISSUED_TEXTS, NORMS, OUTLET_NOUNS, claimant_named,
                             issuer_of, issuer_told_before, relayed_sources, text_issuer,
                             with_phrase)
from .lexicon import Lexicon
from .lexicon import lemma as _lemma
from .participant_mapper import ParticipantMapper
from .clause_subjects import finite_misread_as_participle, subject_of
from .stranded_sayers import (apposed_subject, co_sayers_before, hung_saying,
                              stranded_subject, trailing_saying)
from .syntax import with_conjuncts


# what a released text is ("released a video / footage showing"), besides REPORT_NOUNS
RELEASED_WORDS = {"video", "footage", "image", "images", "photo", "photos", "recording",
                  "audio", "figure", "figures", "data", "list", "toll", "findings", "details"}


def reporting_verbs_over(trigger: Any, lex: Lexicon) -> list[Any]:
    """Reporting verbs that govern the trigger (nearest first)."""
    verbs = lex.words("reporting_verbs")
    out = []
    node, below, at = trigger, None, False
    for _ in range(8):
        head = node.head
        if node.dep_ == "relcl" and _lemma(head) in REMARKED_SAYINGS:
            return out  # "they had seized the port, a claim the army denied": not theirs
        if head == node:
            break
        freed = _lemma(head) == "release" and node.dep_ == "dobj" and (
            _lemma(node) not in REPORT_NOUNS | RELEASED_WORDS)  # "release a man detained"
        if reports(head, verbs) and head.pos_ in ("VERB", "AUX") and node.dep_ not in (
                "nsubj", "nsubjpass", "agent") and not freed and not _own_act(node):
            out.append(head)
        elif _lemma(head) in verbs and node == trigger and node.dep_ == "nsubjpass" and any(
                c.dep_ == "agent" for c in head.children):
            out.append(head)  # "The attack was confirmed by the police chief": he says so
        elif below == trigger and node.dep_ == "nsubj" and _misread_doer(node) and reports(
                head, verbs) and head.pos_ == "VERB":
            out.append(head)  # "Bandits killed 30 people on Saturday, police said": the
            # parser made "bandits (who were) killed" the subject of "said"
        at = at or (node.dep_ == "prep" and node.lower_ == "at")
        if _lemma(head) in TALLY_VERBS and head.pos_ == "VERB" and (at or (
                node.dep_ in ("dobj", "prep") and _at_figure(head))) and any(
                c.dep_ == "dobj" and _lemma(c) in TALLY_NOUNS for c in head.children):
            # "the union put the number of those detained at 60", "officials put the toll
            # from the bombing at 14" (the figure hung on the verb or the clause): its count
            out.append(head)
        if _lemma(head) in ACCUSING_VERBS and head.pos_ == "VERB" and (
                _charge(node) or (node.dep_ == "dobj" and below is not None
                                  and _charge(below))):
            out.append(head)  # "X accused the army of shelling the village": X says so
        node, below = head, node
    # "..., police said" attached as the root with the event clause as its ccomp/parataxis
    root = trigger.sent.root
    if root not in out and reports(root, verbs) and root != trigger:
        for c in root.children:
            if c.dep_ in ("ccomp", "parataxis", "advcl") and trigger in c.subtree:
                out.append(root)
                break
    for t in trigger.sent:
        if _lemma(t) in TALLY_VERBS and t not in out and trigger not in t.subtree and any(
                c.dep_ == "dobj" and _lemma(c) in TALLY_NOUNS for c in t.children) and any(
                c.dep_ == "prep" and c.lower_ == "at" for c in t.children):
            out.append(t)  # "..., while the governor put the toll at 25": a second account
            continue
        if reports(t, verbs) and t.pos_ == "VERB" and t not in out and (
                trigger not in t.subtree) and any(
                c.dep_ == "ccomp" and any(g.dep_ == "nsubj" and _lemma(g) in TALLY_NOUNS
                                          for g in c.children) for c in t.children):
            out.append(t)  # "..., while an official told Reuters the toll was 29": too
            continue
        # "X arrested Y early on Wednesday, his party said, a day after ...": a reporting
        # verb the parser hung on the trigger itself as a parenthetical reports it too
        if (t.dep_ == "parataxis" and reports(t, verbs) and t not in out
                and trigger not in t.subtree and (trigger.sent.root != trigger
                                                  or t.head == trigger)):
            out.append(t)
        elif (hung_saying(t, trigger) or trailing_saying(t, trigger)) and reports(
                t, verbs) and t.pos_ == "VERB" and t not in out:
            out.append(t)  # "..., residents said, a day after ...": hung as a "dep"
        elif (t.dep_ == "conj" and t.head == trigger and t.i > trigger.i and t not in out
              and _lemma(t) in verbs and t.left_edge.i > 0
              and ((t.doc[t.left_edge.i - 1].text == ","
                    and any(c.dep_ == "nsubj" for c in t.children)) or stranded_subject(t)
                   or apposed_subject(t))
              and not any(c.dep_ == "cc" and trigger.i < c.i < t.i for c in trigger.children)):
            # "Gunmen abducted 15 students, witnesses and a teacher told AFP": a reporting
            # clause after a comma the parser coordinated with the trigger (no "and")
            out.append(t)
    return out


# "..., an AFP correspondent saw", "a Reuters witness saw": a journalist or witness who saw
# the event reports it (a perceiving verb of anyone else reports nothing: "the town saw")
PERCEIVING_VERBS = {"see", "witness", "observe"}
WITNESS_NOUNS = {"correspondent", "reporter", "journalist", "photographer", "cameraman",
                 "witness", "eyewitness", "crew"}


def reports(verb: Any, verbs: set[str]) -> bool:
    """`verb` reports what it governs: a reporting verb, or a journalist's or witness's
    perceiving verb."""
    if _lemma(verb) in verbs:
        return True
    return _lemma(verb) in PERCEIVING_VERBS and any(
        c.dep_ == "nsubj" and _lemma(c) in WITNESS_NOUNS for c in verb.children)


# "the governor put the toll at 25", "the agency estimated the number at 14,000": a source
# giving its own figure for the event of the sentence
TALLY_VERBS = {"put", "estimate", "place", "set"}
TALLY_NOUNS = {"toll", "number", "figure", "count", "tally", "loss", "losses", "casualty",
               "casualties"}

def _at_figure(verb: Any) -> bool:
    """"put the toll ... at 14", "put the number of people arrested ... at 45": an "at"
    phrase in the tally verb's clause gives a figure."""
    return any(c.dep_ == "prep" and c.lower_ == "at" and any(
        g.like_num or g.pos_ == "NUM" or any(n.dep_ == "nummod" for n in g.children)
        for g in c.children) for c in verb.subtree)


# what was said, as a noun a relative clause remarks on ("a claim the army denied")
REMARKED_SAYINGS = {"claim", "allegation", "assertion", "account", "version", "report",
                    "statement", "accusation", "charge"}

# "X accused / blamed Y of / for <event>": the accuser is who says the event happened
ACCUSING_VERBS = {"accuse", "blame"}


def _charge(node: Any) -> bool:
    """What an accused is charged with: an "of"/"for" phrase, on the accusing verb or on
    the accused ("accused the militia of burning the houses")."""
    return node.dep_ == "prep" and node.lower_ in ("of", "for")


def _own_act(node: Any) -> bool:
    """`node` is a verb coordinated with the reporting verb above it ("the ministry said
    the visit was illegal and demanded ..."): the sayer's own act, not what it reports
    (unless it is a second "that" clause of the saying)."""
    return node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and not any(
        c.dep_ == "mark" for c in node.children)


# what a party disowns ("had no connection to the attack", "was not involved in the raid",
# "denied any role in the killings"): who says so does not report the event, it denies it
DISOWNED_LINKS = {"connection", "link", "role", "part", "involvement", "hand", "responsibility",
                  "involved", "responsible", "behind", "linked", "connected"}
DISOWN_VERBS = {"deny", "disclaim", "disavow", "dismiss"}


def disowned(trigger: Any, verb: Any) -> bool:
    """The reporting `verb` denies the event's tie to its sayer: it is a verb of denial, or
    the trigger is the object of a tie the clause negates ("it had no connection to the
    attack", "they were not involved in the raid")."""
    if _lemma(verb) in DISOWN_VERBS:
        return True
    node = trigger
    for _ in range(8):
        if node == verb or node.head == node:
            return False
        head = node.head
        if node.dep_ == "pobj" and head.dep_ == "prep":
            tie = head if head.lower_ == "behind" else head.head  # "was not behind it"
            if _lemma(tie) in DISOWNED_LINKS or tie.lower_ in DISOWNED_LINKS:
                holder = tie.head if tie.dep_ in ("dobj", "attr", "acomp") else tie
                if any(c.dep_ == "det" and c.lower_ == "no" for c in tie.children) or any(
                        c.dep_ == "neg" for c in (*tie.children, *holder.children)):
                    return True
        node = head
    return False


def _misread_doer(noun: Any) -> bool:
    """"Bandits killed 30 people ..., police said" read as "bandits (who were) killed 30
    people said": the noun is the doer of a finite verb the parser hung on it as a
    participle (`clause_subjects.finite_misread_as_participle`), and another subject of the
    reporting verb follows it."""
    return any(c.dep_ == "acl" and finite_misread_as_participle(c) == noun
               for c in noun.children) and any(
        c.dep_ == "nsubj" and c.i > noun.i for c in noun.head.children)


def sayer_subject(verb: Any) -> tuple[list[Any], bool]:
    """`clause_subjects.subject_of`, save that a first subject the parser took from a hyphened
    modifier ("Al Qaeda-affiliated JNIM claimed": "affiliated") gives way to the last noun
    it also hung on the verb as a subject (the name), and the doer of a clause the parser
    misread as a participle ("Bandits killed 30 people, police said") to the sayer after it."""
    subj, passive = subject_of(verb)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and _lemma(verb.head) in ISSUED_TEXTS and (
            not any(c.dep_ == "nsubj" for c in verb.children)):
        return [verb.head], False  # "issued a statement saying ...": the text says it
    if subj and subj[0].dep_ == "nsubj" and subj[0].head == verb and _misread_doer(subj[0]):
        return [c for c in verb.children if c.dep_ == "nsubj" and c.i > subj[0].i][-1:], False
    if subj and subj[0].pos_ in ("VERB", "ADJ") and subj[0].dep_ == "nsubj":
        names = [c for c in subj[0].head.children if c.dep_ == "nsubj" and c.i > subj[0].i
                 and c.pos_ in ("NOUN", "PROPN")]  # (on the verb it borrows from, too)
        if names:
            return [names[-1]], passive
    return subj, passive


def according_to(sentence: Any) -> list[Any]:
    out: list[Any] = []
    for t in sentence:
        if t.lower_ == "according":
            for c in t.children:
                if c.lower_ == "to":
                    # "according to police and the party": each is a source
                    out.extend(with_conjuncts([g for g in c.children if g.dep_ == "pobj"]))
    return out


def _outlet_of_text(obj: Any) -> Any:
    """"according to a statement broadcast on national television", "according to a decree
    read on state radio" (the parser may make "decree read" one noun): the outlet that
    carried a text, where no issuer of the text is named, else None (an outlet of the
    issuer's own, "a statement published on its website", relays no one else's word)."""
    if obj.pos_ != "NOUN" or text_issuer(obj) is not None or issuer_of(obj) is not None or any(
            c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in obj.children):
        return None  # ("according to an army statement read on state television": the army)
    carriers = [obj] + [a for a in obj.rights if a.dep_ == "acl" and a.tag_ == "VBN"]
    for node in carriers:
        for c in node.rights:
            if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                return None  # "a statement from the army": its issuer says so
            if c.dep_ == "prep" and c.lower_ == "on":
                found = [g for g in c.children if g.dep_ == "pobj" and _lemma(g) in OUTLET_NOUNS
                         and not any(p.dep_ == "poss" for p in g.children)]  # (not "its")
                if found:
                    return found[0]
    return None


def claims_for(trigger: Any, mapper: ParticipantMapper, lex: Lexicon,
               time_of: Callable[[Any], Any]) -> list[Claim]:
    """Claims for one trigger; `time_of(token)` gives the TimeSpan of a reporting verb."""
    out: list[Claim] = []
    for verb in reporting_verbs_over(trigger, lex):
        if disowned(trigger, verb):
            continue
        own = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        # (a subjectless verb: the sayers the parser hung on the clause before the comma)
        stranded = [] if own else (stranded_subject(verb) or apposed_subject(verb)) if (
            verb.dep_ == "conj") else apposed_subject(verb) or (
            stranded_subject(verb) if verb.dep_ in ("ROOT", "dep") else [])
        subj, passive = (stranded, False) if stranded else sayer_subject(verb)
        if own and subj and not passive:
            subj = co_sayers_before(verb, subj) + subj
        if passive:
            subj = [g for c in verb.children if c.dep_ == "agent"
                    for g in c.children if g.dep_ == "pobj"]
        for s in stranded or with_conjuncts(subj):
            if s.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ == "no"
                                         for c in s.children):
                continue  # "No group claimed responsibility for the attack": no claim
            p = _sayer_before(s, mapper, lex) or _claimant(s, mapper, lex) or (
                partitive_claimant(s, mapper, lex))
            if p is None:
                continue
            ts = time_of(verb)
            when = ts.start if ts is not None and ts.precision == "day" else None
            verb_ev = (mapper.document.span(verb.idx, verb.idx + len(verb.text)),)
            out.append(Claim(claimant=p, verb=verb.text, date=when,
                             evidence=verb_ev + p.evidence))
        for how, src in relayed_sources(verb):
            # "..., the ministry said in a statement carried by the news agency Z" / "...,
            # agency Z reported, citing a military source": the relay or source says so too
            p = _claimant(src, mapper, lex)
            if p is not None:
                out.append(Claim(claimant=p, verb=how, date=None,
                                 evidence=(mapper.document.span(
                                     verb.idx, verb.idx + len(verb.text)),) + p.evidence))
    for obj in according_to(trigger.sent):
        if _lemma(obj) in NORMS:
            continue  # "dealt with according to law": a rule, not a source
        outlet = _outlet_of_text(obj)
        p = mapper.participant(outlet) if outlet is not None else _claimant(obj, mapper, lex)
        if p is None:
            continue
        acc = obj.head.head
        acc_ev = (mapper.document.span(acc.idx, obj.head.idx + len(obj.head.text)),)
        out.append(Claim(claimant=p, verb="according to", date=None, evidence=acc_ev + p.evidence))
    return out


def partitive_claimant(tok: Any, mapper: ParticipantMapper, lex: Lexicon
                       ) -> Participant | None:
    """"one of the lawyers told Reuters", "two of the survivors said": the people the
    count is taken from, with the phrase as written among their mentions."""
    if tok.lower_ not in PARTITIVE_COUNTS and tok.pos_ != "NUM":
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               and c.i == tok.i + 1), None)
    whole = None if of is None else next((g for g in of.children if g.dep_ == "pobj"), None)
    p = None if whole is None or whole.tag_ != "NNS" else _claimant(whole, mapper, lex)
    if p is None or whole is None:
        return None
    text = mapper.document.text[tok.idx:whole.idx + len(whole.text)]
    return p if "\n" in text else _with_mention(p, text)


def _sayer_before(tok: Any, mapper: ParticipantMapper, lex: Lexicon) -> Participant | None:
    """"..., a county police commander told Reuters. None of the passengers was hurt, he
    said.": a "he"/"she" who says is the unnamed person who said something last, in this
    sentence or the two before (a singular common noun); None when the last sayer is a name
    (then the linker's person stands)."""
    if tok.lower_ not in ("he", "she"):
        return None
    subj = _last_sayer(tok, lex, past_pronouns=True)
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN":
        return None  # the last sayer is a name, a body or people: "he" is not it
    return _claimant(subj, mapper, lex)


def _last_sayer(tok: Any, lex: Lexicon, past_pronouns: bool = False) -> Any | None:
    """The subject of the last reporting verb before `tok`, in its sentence or the two before
    (passing over pronoun subjects if `past_pronouns`); None where there is none."""
    doc = tok.doc
    sents = [s for s in doc.sents if s.start <= tok.i][-3:]
    verbs = lex.words("reporting_verbs")
    for t in reversed(doc[sents[0].start:tok.i]):
        if t.pos_ not in ("VERB", "AUX") or not reports(t, verbs):
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.i >= tok.i or past_pronouns and subj.pos_ == "PRON":
            continue
        return subj
    return None


PARTITIVE_COUNTS = {"one", "two", "three", "some", "several", "many", "most", "each", "both"}


def _with_mention(p: Participant, text: str) -> Participant:
    return replace(p, mentions=tuple(dict.fromkeys((*p.mentions, text))))


def _claimant(tok: Any, mapper: ParticipantMapper, lex: Lexicon) -> Participant | None:
    issuer = issuer_of(tok)
    if issuer is not None:
        p = mapper.participant(issuer)
        if p is not None:
            return claimant_named(p, issuer, mapper)
    if tok.lower_ in REPORT_NOUNS or tok.lemma_.lower() in REPORT_NOUNS:
        inside = mapper.participant(tok, inner=True)
        itself = inside is not None and _lemma(tok) in ISSUED_TEXTS and inside.evidence and (
            inside.evidence[-1].end == tok.idx + len(tok.text))  # the text, no one inside it
        if inside is not None and not itself:
            own = inside.evidence and inside.evidence[-1].end == tok.idx + len(tok.text)
            return claimant_named(inside, tok, mapper) if own else with_phrase(inside, tok,
                                                                                mapper)
    if _lemma(tok) in ISSUED_TEXTS:
        # "an army statement said", "a police report said": the issuer named before the text
        mod = text_issuer(tok)
        p = None if mod is None else mapper.participant(mod)
        if p is not None:
            return with_phrase(p, tok, mapper)
        # "The statement said ...": the text told of before ("X said in a statement"), whose
        # issuer is the claimant; a text nobody is said to have issued names no one
        earlier = issuer_told_before(tok, lex)
        if earlier is not None and earlier.pos_ == "PRON":
            # "..., the ministry said. ..., it said in a statement. ..., the statement added":
            # the body that "it" goes on with issued it
            return body_said_before(earlier, mapper, lex, past_pronouns=True)
        p = None if earlier is None else mapper.participant(earlier)
        if p is not None and earlier.dep_ in ("compound", "nmod", "poss"):
            return with_phrase(p, earlier.head, mapper)  # ("an army statement" told before)
        return p
    told = body_said_before(tok, mapper, lex) if tok.lower_ in ("it", "they") else None
    if told is not None and tok.dep_ == "nsubj":
        # "..., local officials said. The rebels also looted shops, they said": a "they" who
        # says goes on with the sayer before it (not the last people named, the rebels)
        return told
    p = mapper.participant(tok)
    return claimant_named(p, tok, mapper) if p is not None else told


def claimant_of(tok: Any, mapper: ParticipantMapper, lex: Lexicon) -> Participant | None:
    """The source a head token names as a claimant (a text's issuer, an office with what it
    is held for, "it" for the body that spoke last), or None."""
    return _claimant(tok, mapper, lex)


# bodies (no persons) a text names by a common noun and then calls "it"
SPEAKING_BODIES = BODY_NOUNS | {"army", "police", "government", "military", "navy", "union",
                                "association", "court", "department", "authority", "force",
                                "command", "headquarters", "administration", "secretariat",
                                "bureau", "directorate", "presidency", "party", "embassy"}


def body_said_before(tok: Any, mapper: ParticipantMapper, lex: Lexicon,
                     past_pronouns: bool = False) -> Participant | None:
    """"..., the U.N. agency said in an update. The two drivers were freed on Monday, it
    said.": an "it" ("they") who says, that nobody resolved, is the body (bodies) that said
    something last, in this sentence or the two before; None when the last sayer is a
    person or a pronoun (passed over if `past_pronouns`: "It said it had arrested ...")."""
    subj = _last_sayer(tok, lex, past_pronouns)
    return None if subj is None else sayer_body(subj, tok, mapper, lex)


def sayer_body(subj: Any, tok: Any, mapper: ParticipantMapper, lex: Lexicon
               ) -> Participant | None:
    """The body (bodies) that `subj`, the last sayer before the "it" ("they") `tok`, names;
    None when it is a person or a pronoun, or not of `tok`'s number (`body_said_before`)."""
    p = None if subj.pos_ == "PRON" else _claimant(subj, mapper, lex)
    plural = subj.tag_ in ("NNS", "NNPS")
    if p is None or p.kind == "person" or subj.ent_type_ == "PERSON" or (
            plural != (tok.lower_ == "they")):
        return None  # "he said" is a person's; "they" a plural's
    if not plural and not (p.kb_id or subj.ent_type_ in ("ORG", "NORP") or (
            _lemma(subj) in SPEAKING_BODIES)):
        return None  # "the county commissioner said ... it said": no body spoke
    return p
