"""The subject of a verb off the dependency parse, for the argument rules: its own, or one
borrowed from the verb it depends on (object control, a sayer's second speech act, a
participle's act, a misparsed finite verb), and who an accusation accuses of an act.
"""

from __future__ import annotations

from typing import Any

from ..language import DECISION_NOUNS
from .argument_words import (CONTROL_ADJECTIVES, DITRANSITIVE_VERBS, OBJECT_CONTROL, SAY_VERBS,
                             STANCE_VERBS)
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon
from .syntax import _dateline, line_break_in


# what a sayer does with words besides saying ("said ... and warned / urged / vowed ...")
SPEECH_ACTS = {"warn", "urge", "vow", "threaten", "demand", "appeal", "promise", "pledge",
               "call", "insist", "add"}


def _own_passive(verb: Any) -> bool:
    """"stabbed three people before being arrested", "attacked the post and were repelled": a
    verb with a passive auxiliary of its own is passive, whatever the voice of the verb whose
    subject it borrows."""
    return any(c.dep_ == "auxpass" for c in verb.children)


def _reported_clause_before(verb: Any) -> Any:
    """The reported clause's verb that a participle hung on a later reporting verb follows
    ("X attacked a camp, killing five, an official said": "attacked"); None otherwise."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or _lemma(head) not in SAY_VERBS or (
            head.i < verb.i):
        return None
    told = [c for c in head.children if c.dep_ == "ccomp" and c.i < verb.i
            and c.pos_ in ("VERB", "AUX")]
    return told[-1] if told else None


# what a sayer goes on to do in words ("..., the league said, and called on ..."); not
# "accused" or "denied", which the reported clause's subject may as well do
SAYERS_NEXT_WORDS = (SPEECH_ACTS - {"threaten"}) | {"condemn", "denounce", "welcome",
                                                   "criticize", "criticise"}


def _parenthetical_sayer(verb: Any) -> Any | None:
    """The verb of saying whose subject also does a speech act the parser joined to a
    reported clause: "Two people were hurt, the league said, and called on the police to
    ...", where the sayer is named in the parenthetical between them, and "The ministry
    recalls that the roads remain closed, and calls on ...", where the number of the verb
    rules out the reported clause's subject. None when the verb has its own subject."""
    if verb.dep_ != "conj" or _lemma(verb) not in SAYERS_NEXT_WORDS or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    said = [c for c in verb.head.children if c.dep_ in ("parataxis", "ccomp") and
            verb.head.i < c.i < verb.i and _lemma(c) in SAY_VERBS and any(
                g.dep_ == "nsubj" and g.i < c.i for g in c.children)]
    if said:
        return said[-1]
    told = verb.head
    if verb.tag_ == "VBZ" and told.dep_ == "ccomp" and told.head.tag_ == "VBZ" and any(
            c.dep_ == "nsubj" for c in told.head.children) and (told.tag_ == "VBP" or any(
                c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("NNS", "NNPS")
                for c in told.children)):
        # "The ministry recalls that the borders remain closed, and calls on citizens to
        # ...": a singular present verb cannot go with the said clause's plural subject;
        # the one who recalls calls
        return told.head
    return None


def subject_of(verb: Any, depth: int = 0) -> tuple[list[Any], bool]:
    """(subject tokens, passive?) of a verb, borrowing from the verb it depends on."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "csubj", "expl")]
    if len(subj) >= 2 and any(_line_between(c, verb) for c in subj):
        # "Former IRA leader Sean MacStiofain\nBy June, the organisation felt ...": a caption
        # or headline glued above the sentence is no subject of its verb
        subj = [c for c in subj if not _line_between(c, verb)] or subj
    if len(subj) >= 2 and subj[1].pos_ == "PROPN" and subj[1].left_edge.i == (
            subj[0].right_edge.i + 1):
        subj = subj[1:]  # "the guerrilla organization Shining Path killed": the name
    elif len(subj) >= 2 and _dateline(subj[0]):
        subj = subj[1:]  # "KABUL, Afghanistan (date) - A security force arrested": the force
    if subj and subj[0].dep_ != "expl":
        s = subj[0]
        if _dateline(s):
            # "KABUL, Afghanistan (date) - A security force arrested": the parser hangs the
            # subject after the dateline's dash on the dateline as its apposition
            after = [c for c in s.children if c.dep_ == "appos" and c.i > s.i and any(
                t.text in ("-", "–", "—") for t in s.doc[s.i:c.left_edge.i])]
            if after:
                s = after[0]
        if s.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
            return [verb.head], False
        # "HTS designated as ... by the US": a participle small clause is passive; a main
        # verb with no auxiliary and no "by" agent, of the main clause or of the clause a
        # "said" heads, is a past tense the tagger took for a participle ("About 300 students
        # gathered ..., police said"), and so is one with a direct object ("Clashes ... killed")
        small_passive = verb.tag_ == "VBN" and not any(
            c.dep_ in ("aux",) and c.lemma_ == "have" for c in verb.children) and not (
            (verb.dep_ == "ROOT" or verb.dep_ == "ccomp" and _lemma(verb.head) in SAY_VERBS)
            and not any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children)) and not any(
            c.dep_ in ("dobj", "obj") for c in verb.children)
        return [s], small_passive or _headline_passive(verb)
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive:
        s = passive[0]
        if s.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
            return [verb.head], True
        return [s], True
    if depth > 3:
        return [], False
    if verb.dep_ == "ccomp" and verb.tag_ in ("VBD", "VBZ") and _lemma(verb.head) in SAY_VERBS \
            and verb.i > 0 and verb.doc[verb.i - 1].dep_ == "cc" and (
                _lemma(verb) in SAY_VERBS | STANCE_VERBS | SPEECH_ACTS):
        # "the minister said the protests would not be allowed and warned that ...": the
        # parser hangs the sayer's second speech verb on the said clause's "and"
        return subject_of(verb.head, depth + 1)
    sayer = _parenthetical_sayer(verb)
    if sayer is not None:
        return subject_of(sayer, depth + 1)
    if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp") and verb.head != verb:
        head = verb.head
        if (verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "xcomp"
                and _lemma(head.head) in OBJECT_CONTROL and any(
                    c.dep_ == "dobj" and c.lower_ in ("him", "her", "them")
                    for c in verb.children)):
            # "ordered the envoy to leave, accusing him of interference": the one who gave
            # the order accuses, not the one told to leave (whom "him" names)
            return subject_of(head.head, depth + 1)
        if verb.dep_ == "xcomp":
            # object control: "urged the US to lift" -> the US lifts
            obj = [c for c in head.children if c.dep_ in ("dobj", "dative")]
            if obj and _lemma(head) in OBJECT_CONTROL:
                return [obj[0]], False
        if verb.dep_ == "conj" and head.dep_ == "ccomp" and _lemma(head) == "be" and \
                _lemma(verb) in STANCE_VERBS and _lemma(head.head) in SAY_VERBS:
            # "the ministry said the fines were unlawful and rejected ...": the parser joins
            # "rejected" to "were"; the sayer rejects (see STANCE_VERBS)
            return subject_of(head.head, depth + 1)
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and _lemma(head) in ACCUSING_VERBS:
            # "X accused the army of shelling the town, killing two": the parser hangs the
            # outcome on "accused"; the accused did it, not the accuser
            acts = [g for c in head.children if c.dep_ == "prep"
                    and c.lower_ == ACCUSING_VERBS[_lemma(head)]
                    for g in c.children if g.dep_ == "pcomp"]
            if acts and accused_of(acts[0]):
                return accused_of(acts[0]), False
        if verb.dep_ == "advcl" and verb.tag_ == "VBG":
            # "came under fire from militants, wounding two", "urged calm after gunmen
            # attacked a station, killing six": who did the act the outcome is of
            from .result_participles import participle_doers  # (it imports the mapper)
            found = participle_doers(verb)
            if found is not None:
                return (found[0], False) if found[1] is None else subject_of(found[1],
                                                                             depth + 1)
        told = _reported_clause_before(verb)
        if told is not None:
            # "gunmen attacked a camp on Tuesday, killing five, an official said": the parser
            # hangs the participle on the sayer's verb; it tells the reported act's outcome
            return subject_of(told, depth + 1)
        if head.pos_ in ("VERB", "AUX"):
            subj, passive = subject_of(head, depth + 1)
            if passive and verb.dep_ == "conj" and any(c.dep_ == "aux" for c in verb.children) \
                    and not any(c.dep_ == "auxpass" for c in verb.children):
                passive = False  # "had been attacked ... and had arrested 47": its own voice
            return subj, passive or _own_passive(verb)
        if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ in ("acomp", "oprd") and (
                head.head.pos_ in ("VERB", "AUX")) and head.lower_ in CONTROL_ADJECTIVES:
            # "rebels were ready to attack", "the group felt confident enough to hold
            # talks": the subject of the predicative adjective's verb does it
            return subject_of(head.head, depth + 1)
        if head.dep_ in ("pobj",) and head.head.head.pos_ == "VERB":
            return subject_of(head.head.head, depth + 1)
        if verb.dep_ == "pcomp" and head.pos_ == "ADP" and head.head.pos_ in ("VERB", "AUX"):
            accused = accused_of(verb)
            if accused:
                return accused, False  # "Armenia accused Azerbaijan of shelling": Azerbaijan
            # "expelled two diplomats after accusing them of spying": who expelled accused
            subj, passive = subject_of(head.head, depth + 1)
            return subj, passive or _own_passive(verb)
    if verb.dep_ == "acl" and verb.head != verb:
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            owner = [c for c in verb.head.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            if owner and verb.head.pos_ == "NOUN":
                # "blocked the government's plan to deploy police": the government would
                # deploy them, not whoever blocked the plan
                return owner[:1], False
            node = verb.head
            for _ in range(3):
                if node.pos_ in ("VERB", "AUX"):
                    return subject_of(node, depth + 1)
                if node.head == node:
                    break
                node = node.head
            return [], False
        misread = finite_misread_as_participle(verb)
        if misread is not None:
            return [misread], False
        if verb.tag_ == "VBG" and _lemma(verb.head) in DECISION_NOUNS and (
                verb.head.dep_ == "dobj" and verb.head.head.pos_ == "VERB"):
            # "the council adopted a resolution extending the embargo", "the junta issued a
            # decree banning rallies": who passes the measure does what it does
            return subject_of(verb.head.head, depth + 1)
        return [verb.head], verb.tag_ == "VBN"
    if verb.dep_ == "relcl":
        return [verb.head], False
    return [], False


def _headline_passive(verb: Any) -> bool:
    """"Houthi missile sets ship ablaze, crew evacuated", "Three soldiers killed in Kunar": a
    headline drops the passive's auxiliary; a verb that takes the people it acts on as its
    object (quantities.kind_by_lemma) with no object and no auxiliary there is passive."""
    if verb.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in ("dobj", "aux", "auxpass", "prt") for c in verb.children):
        return False
    if _lemma(verb) not in load_lexicon().cues["quantities"]["kind_by_lemma"]:
        return False
    sent, doc = verb.sent, verb.doc
    words = [t for t in sent if not t.is_space]
    if sent.start != 0 or not words or words[-1].text in (".", "!", "?"):
        return False
    last = words[-1]
    gap = last.whitespace_ + (doc[last.i + 1].text if last.i + 1 < len(doc)
                              and doc[last.i + 1].is_space else "")
    return last.i == len(doc) - 1 or line_break_in(gap)  # a first line with no full stop


def finite_misread_as_participle(verb: Any) -> Any:
    """The subject of a finite verb the parser hung as a participle on the noun before it
    ("gunmen killed 12 farmers" read as "gunmen (who were) killed 12 farmers") or on the last
    noun of a prepositional phrase before it ("gunmen on motorbikes killed 14 villagers" read
    as "motorbikes (that were) killed"): a participle that takes a direct object is no
    passive one (but "given a warning"), so that noun, or the noun above the phrase, is the
    subject; None when the parse is not that."""
    if verb.tag_ not in ("VBN", "VBD") or _lemma(verb) in DITRANSITIVE_VERBS or not any(
            c.dep_ == "dobj" for c in verb.children):
        return None
    node = verb.head
    if node.pos_ not in ("NOUN", "PROPN"):
        return None
    while node.dep_ == "pobj" and node.head.dep_ == "prep" \
            and node.head.head.pos_ in ("NOUN", "PROPN"):
        node = node.head.head
    return node


def _line_between(tok: Any, verb: Any) -> bool:
    """A line break (newline or Unicode line/paragraph separator) between a token before a
    verb and the verb."""
    return tok.i < verb.i and any(line_break_in(t.text_with_ws)
                                  for t in tok.doc[tok.i:verb.i])


ACCUSING_VERBS = {"accuse": "of", "suspect": "of", "charge": "with", "convict": "of"}


def accused_of(verb: Any) -> list[Any]:
    """Who is accused of the act `verb` ("accused Azerbaijan of shelling", "charged two men
    with smuggling"; "accused each other of ...": the accusers), [] when `verb` is not the
    act of an accusation."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.head == prep:
        return []
    accusing = prep.head
    if ACCUSING_VERBS.get(_lemma(accusing)) != prep.lower_:
        return []
    accused = [c for c in accusing.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(c.lower_ in ("other", "another") and any(g.lower_ in ("each", "one")
                                                     for g in c.children) for c in accused):
        return subject_of(accusing)[0]
    return accused[:1]
