"""Reading a clause off the dependency parse, for the argument rules: a verb's subject
(borrowed from the verb it depends on), the objects of given prepositions, a token and its
conjuncts, a wire story's dateline, and whether a token can name an actor at all.
"""

from __future__ import annotations

from typing import Any

from ..language import DECISION_NOUNS
from .argument_words import (CONTROL_ADJECTIVES, COUNTING_NOUNS, DITRANSITIVE_VERBS,
                             NON_PARTICIPANT_ENTS, OBJECT_CONTROL, SAY_VERBS, STANCE_VERBS)
from .lexicon import Lexicon, load_lexicon
from .lexicon import lemma as _lemma

LINE_BREAKS = ("\n", "\r", "\u2028", "\u2029")
NOUN_POS = {"NOUN", "PROPN"}


def line_break_in(text: str) -> bool:
    """Whether a text holds a line break: a newline or a Unicode line or paragraph separator
    (the ISAF releases' header lines end in U+2028)."""
    return any(b in text for b in LINE_BREAKS)


def dateline_dash(t: Any) -> bool:
    """The dash that ends a wire story's dateline: spaced, near the start of its line, after
    a bracket, a capitalised place or a date ("MAPUTO (Wire) - Rebels ...", "NAIROBI, June
    23 - "); not a dash inside a name in a lower-case text ("the cano - limon pipeline")."""
    if t.text not in ("-", "--", "\u2013", "\u2014") or not t.whitespace_ or t.i == 0:
        return False
    before = t.doc[t.i - 1]
    if not before.whitespace_ or not (before.text == ")" or before.ent_type_ == "DATE" or (
            before.is_upper and len(before.text) > 1)):
        return False
    start = t.i
    while start > 0 and t.i - start < 12 and not line_break_in(t.doc[start - 1].text_with_ws):
        start -= 1
    return t.i - start < 12


def set_apart(a: Any, b: Any) -> bool:
    """A line break or a dateline's dash stands between tokens `a` and `b`: a word of a
    headline or a dateline is no part of the phrase on the other side."""
    lo, hi = min(a.i, b.i), max(a.i, b.i)
    return any(line_break_in(t.text_with_ws) or dateline_dash(t) for t in a.doc[lo:hi])


def with_conjuncts(tokens: list[Any]) -> list[Any]:
    """The tokens and those coordinated with them; a verb the parser coordinated with a noun
    is none ("gunmen ... killed 14 and wounded nine" misparsed as "gunmen and wounded")."""
    out: list[Any] = []
    for t in tokens:
        for u in (t, *t.conjuncts):
            if u not in out and not (u.pos_ in ("VERB", "AUX") and t.pos_ not in ("VERB", "AUX")):
                out.append(u)
    return out


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
SAYERS_NEXT_WORDS = {"call", "urge", "appeal", "demand", "condemn", "denounce", "warn", "vow",
                     "add", "insist", "welcome", "criticize", "criticise", "pledge", "promise"}


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
        # verb with no auxiliary and no "by" agent is a past tense the tagger took for a
        # participle ("Hundreds of people protested"), and so is one with a direct object
        # ("Clashes ... killed at least nine people")
        small_passive = verb.tag_ == "VBN" and not any(
            c.dep_ in ("aux",) and c.lemma_ == "have" for c in verb.children) and not (
            verb.dep_ == "ROOT" and not any(c.dep_ in ("aux", "auxpass", "agent")
                                            for c in verb.children)) and not any(
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


def measured_noun(obj: Any) -> Any:
    """"the destruction of a pylon six km from the city": the parser can hang the "of" phrase
    on the measure noun ("km"), which names a distance, not what was acted on; the noun
    modifying it ("pylon") is the object. Any other token is returned as it is."""
    if load_lexicon().in_class(obj.lower_, "measure"):
        for c in reversed(list(obj.lefts)):  # the nearest: the modifier phrase's head
            if c.dep_ in ("nmod", "compound") and c.is_alpha and not c.like_num:
                return c  # (the tagger can also mistag that noun)
    return obj


# plural nouns of time a count is "of" ("two of the last three years")
TIME_PLURALS = {"years", "months", "weeks", "days", "hours", "decades", "times", "cases"}


def counted(tok: Any) -> Any:
    """"Dozens of gunmen attacked": the people a counting noun counts act or suffer, not the
    count; any other token is returned as it is."""
    if tok.lower_ in COUNTING_NOUNS and tok.pos_ in ("NOUN", "NUM"):
        of = of_objects(tok)
        if of:
            return of[0]
    if tok.pos_ == "NUM" and tok.ent_type_ == "CARDINAL" and tok.dep_ in (
            "dobj", "obj", "nsubj"):
        # "killed three of the guards", "rescued 12 of the passengers": those counted (not
        # "three of its fighters were killed", a count the event of the sentence before has)
        lex = load_lexicon()  # (people or a group, not "fought two of their three wars")
        of = [g for g in of_objects(tok) if g.pos_ == "PROPN" or (
            g.pos_ == "NOUN" and g.tag_ == "NNS" and lex.entry(_lemma(g), "N") is None
            and not lex.in_class(_lemma(g), "joint") and g.lower_ not in TIME_PLURALS)]
        if of:
            return of[0]
    return tok


def of_objects(tok: Any) -> list[Any]:
    """The objects of `tok`'s "of" phrases ("dozens of people": "people")."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]


def doers(tok: Any) -> list[Any]:
    """Who does the verb `tok`: its subject, or the passive's "by" agent."""
    return [c for c in tok.children if c.dep_ == "nsubj"] + [
        g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def said_by_subject(tok: Any, verbs: Any) -> bool:
    """`tok` is a verb of `verbs` (of saying) with a subject of its own: "the ministry said
    ...", not "..., saying" nor "and said" sharing another verb's subject."""
    return tok.pos_ == "VERB" and _lemma(tok) in verbs and any(
        c.dep_ == "nsubj" for c in tok.children)


def phrase_before_aside(prep: Any) -> list[Any]:
    """The tokens of a prepositional phrase up to its first comma or clause or aside on it:
    "of al-Thawra hospital" of "of al-Thawra hospital, where the wounded were taken"."""
    aside = {u.i for t in prep.subtree if t.dep_ in ("relcl", "acl", "advcl", "appos")
             for u in t.subtree}
    sub = []
    for t in prep.subtree:
        if t.text == "," or t.i in aside:
            break
        sub.append(t)
    return sub


def own_or_shared_subjects(tok: Any) -> list[Any]:
    """A verb's subjects, or for a verb coordinated without one those of the verb before it
    ("seized the ship and took its crew")."""
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subj and tok.dep_ == "conj":
        subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
    return subj


def which_clause(verb: Any, preps: Any) -> bool:
    """`verb` heads a relative clause opened by one of `preps` with "which": "an attack near
    the border, in which 20 people were killed"."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "prep" and c.lower_ in preps and any(g.lower_ == "which" for g in c.children)
        for c in verb.children)


def pobj_of(tok: Any, preps: tuple[str, ...]) -> list[Any]:
    """Objects of the given prepositions on tok, with a preposition coordinated with one of
    them wherever the parser hangs it ("at the judge's home and at the offices of a lawyer",
    "blamed on X and not on Y")."""
    out: list[Any] = []
    for c in tok.children:
        # a phrasal verb's preposition can come parsed as a particle that still has its
        # object ("called on Muslims to ...": "on" prt, "Muslims" its pobj)
        if c.dep_ in ("prep", "agent", "prt") and c.lower_ in preps:
            out.extend(measured_noun(g) for g in c.children if g.dep_ == "pobj")
            for q in c.subtree:
                if q.dep_ == "conj" and q.pos_ == "ADP" and q.lower_ == c.lower_ and (
                        q.head.pos_ == "ADP") and not _negated(q):
                    out.extend(m for g in q.children if g.dep_ == "pobj"
                               for m in (measured_noun(g),) if m not in out)
        elif c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ in preps and not _negated(c):
            out.extend(m for g in c.children if g.dep_ == "pobj"
                       for m in (measured_noun(g),) if m not in out)
    return out


def included(prep: Any) -> list[Any]:
    """Who an "including" phrase names: its object, and each name of a list the parser hangs
    under one another ("including A, wife of B, C, the actor D and E": A, C, D and E). An
    item that describes the one before it ("wife of B") names no one else, and a name that
    modifies a noun ("two Taliban commanders") is no item of its own."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    items: list[list[Any]] = [[]]
    for t in sorted(prep.subtree, key=lambda x: x.i)[1:]:
        if t.text in (",", ";") or (t.dep_ == "cc" and t.lower_ in ("and", "or")):
            items.append([])
        else:
            items[-1].append(t)
    names = []
    for item in (i for i in items if i):
        propn = [t for t in item if t.pos_ == "PROPN" and t.ent_type_ not in (
            "GPE", "LOC", "FAC") and t.ent_type_ not in NON_PARTICIPANT_ENTS]
        if not propn or len(items) < 2:
            continue
        last = propn[-1]
        if last.head in item and last.head.i > last.i or any(
                t.lower_ == "of" and t.i < last.i for t in item):
            continue
        if last not in objs and last not in names:
            names.append(last)
    return objs + names


def _negated(tok: Any) -> bool:
    """"... and not on the army": a coordinated phrase the sentence denies."""
    return any(c.dep_ == "neg" for c in tok.children)


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


def may_act(t: Any, lex: Lexicon) -> bool:
    """A token that can name an actor: not a dateline, a place, a preposition or an event
    noun (a person noun that is also an event's trigger stays, and so does a body sent on
    a mission: `acting_body`)."""
    return (not _dateline(t) and t.ent_type_ not in NON_PARTICIPANT_ENTS
            and t.ent_type_ not in ("LOC", "FAC") and t.pos_ != "ADP"
            and not lex.in_class(_lemma(t), "place_word")
            and ((lex.entry(_lemma(t), "N") is None
                  # "Fighting between X and Y killed ...": a gerund the tagger made a verb
                  and not (t.tag_ in ("VBG", "NN") and lex.entry(t.lower_, "N") is not None))
                 or lex.in_class(_lemma(t), "person") or acting_body(t)))


# nouns for an undertaking and for the people sent on it
BODY_NOUNS = {"mission", "delegation"}


def acting_body(tok: Any) -> bool:
    """"The UN mission condemned the killings": a noun for an undertaking that is also the
    body sent on it names the body, not an event, when it is a verb's subject or is named
    for an organisation or country ("the UN mission", "the EU's mission"); "launched a
    rescue mission" stays an operation. A capitalised one heads a body's name ("the African
    Union Mission in Somalia urged ...")."""
    if tok.pos_ not in ("NOUN", "PROPN") or _lemma(tok) not in BODY_NOUNS:
        return False
    return tok.dep_ == "nsubj" or any(
        c.dep_ in ("compound", "poss", "amod", "nmod") and c.ent_type_ in ("ORG", "NORP", "GPE")
        for c in tok.children)


def _dateline(tok: Any) -> bool:
    """A capitalised place opening a wire story ("NAIROBI, June 23 -"): not a participant."""
    if not (tok.is_upper and len(tok.text) > 3 and tok.i + 1 < len(tok.doc)
            and tok.doc[tok.i + 1].text in (",", "(", "-", "—")):
        return False
    # the line it opens: a header line above ("2013-01-S-017") may be glued to the sentence
    start = tok.sent.start
    for i in range(tok.i - 1, tok.sent.start - 1, -1):
        if line_break_in(tok.doc[i].text_with_ws):
            start = i + 1
            break
    return tok.i - start <= 2
