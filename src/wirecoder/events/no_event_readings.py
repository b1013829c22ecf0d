"""Trigger words read as no event: "fire" that dismisses someone from a job ("the coach was
fired"), "release" of a publication ("released a video"), an event asked about in an
indirect question ("did not say whether anyone was killed"), and detainees handed on to the
judiciary ("were handed over to prosecutors": custody passed on, no release), and captives
marched away ("marched the hostages into the forest": no one marched in protest).
`detect.find_triggers` drops a trigger any of these tells.
"""

from __future__ import annotations

from typing import Any

from .lexicon import Lexicon
from .lexicon import lemma as _lemma
from .syntax import of_objects

# objects that make "fire" a dismissal ("they will fire us", "she was fired"): people, and
# the words for those who hold a job
HUMAN_PRONOUNS = {"me", "us", "him", "her", "you", "i", "we", "he", "she"}
# word classes whose nouns name someone who can hold a job or an office
HOLDER_CLASSES = ("person", "leader", "office_holder")
# words that aim a shot ("fired at the patrol", "were fired upon", "fired back")
AIMING_WORDS = {"at", "on", "upon", "into", "toward", "towards", "back"}


def dismissal(tok: Any, lex: Lexicon) -> bool:
    """"they will fire us", "the coach was fired": "fire" whose object (or passive subject)
    is a person and that is aimed at nothing ("at", "on", "into") is a dismissal from a job,
    not shooting ("fired rockets", "fired on the crowd", "were fired upon")."""
    if tok.pos_ != "VERB" or _lemma(tok) != "fire":
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")
            and not _hyphen_part(c)]
    if not objs or not all(o.lower_ in HUMAN_PRONOUNS or o.ent_type_ == "PERSON"
                           or (o.pos_ == "NOUN" and _holds_a_post(_lemma(o), lex))
                           for o in objs):
        return False
    # aimed: "were fired at/upon", "fired back" (the person is the target, the preposition
    # stranded); an "at/on" phrase with its own object beside a person object says where or
    # when ("fired the treasurer at the meeting", "was fired on the spot", "on Monday"): a
    # person is never what is fired at something
    return not any(c.dep_ in ("prep", "prt") and c.lower_ in AIMING_WORDS and not (
        c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children)) for c in tok.children)


def _hyphen_part(tok: Any) -> bool:
    """A hyphen or the part before it in a word the tokenizer split ("vice - chancellor"):
    the word's head is its last part."""
    doc = tok.doc
    return tok.text in ("-", "–") or (
        tok.i + 1 < len(doc) and not tok.whitespace_ and doc[tok.i + 1].text in ("-", "–"))


def _holds_a_post(word: str, lex: Lexicon) -> bool:
    """A noun naming a person or the holder of a job or office, and no weapon: "the
    treasurer", "the police commissioner" (by its head); also a compound ending in such a
    word of four letters or more ("chairwoman", "schoolteacher", "vice-chancellor")."""
    if lex.in_class(word, "weapon") or lex.in_class(word, "weapon_head"):
        return False
    if any(lex.in_class(word, c) for c in HOLDER_CLASSES):
        return True
    last = word.rsplit("-", 1)[-1]
    if last != word:
        return _holds_a_post(last, lex)
    return any(len(word) - k >= 4 and word[k:].isalpha() and word[k:] not in HUMAN_PRONOUNS
               and any(lex.in_class(word[k:], c) for c in HOLDER_CLASSES)
               for k in range(2, len(word) - 3))


def published(tok: Any, lex: Lexicon) -> bool:
    """"released a video", "according to footage released by the Guards": "release" whose
    object, or the noun its participle describes, is a publication; no one was freed."""
    if _lemma(tok) != "release":
        return False
    things = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "obj")]
    if tok.dep_ == "acl" and tok.pos_ == "VERB":
        things.append(tok.head)
    if tok.pos_ == "NOUN":
        things += of_objects(tok)  # "the release of the report"
    return any(lex.in_class(_lemma(t), "publication") for t in things)


# what opens an indirect question: "did not say whether anyone was killed"
QUESTION_MARKS = {"whether", "if"}


def open_question(tok: Any) -> bool:
    """"did not say whether anyone was killed", "it was not clear whether anyone was hurt",
    "did not say if there were casualties": an event in an indirect question (a complement
    clause opened by "whether" or "if") is asked about, not told; a conditional "if"
    clause hangs on its verb as an adverbial, no complement."""
    node = tok
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS
                                                for c in node.children):
            return node.dep_ in ("ccomp", "pcomp", "csubj")
        if node.dep_ not in ("conj", "attr", "nsubj", "nsubjpass", "dobj") or node.head == node:
            return False
        node = node.head
    return False


# to whom detainees are handed when they stay in custody ("handed over to the judiciary")
CUSTODIANS = {"judicial", "judiciary", "prosecutor", "prosecutors", "prosecution", "court",
              "courts", "police", "investigator", "investigators", "justice", "custody",
              "authority", "authorities", "magistrate", "judge", "gendarmerie", "gendarme",
              "gendarmes"}
HELD = {"detainee", "detainees", "suspect", "suspects", "arrestee", "arrestees", "prisoner",
        "prisoners", "accused", "them", "him", "her"}


def handed_to_justice(tok: Any) -> bool:
    """"the detainees were handed over to the competent judicial authority", "the suspects
    were handed to prosecutors": custody passed on, no one released."""
    if tok.pos_ != "VERB" or _lemma(tok) not in ("hand", "transfer", "refer", "release"):
        return False
    held = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if tok.dep_ == "conj" and not held:  # "were arrested and handed over to the gendarmerie"
        held = [c for c in tok.head.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if not any(h.lower_ in HELD or _lemma(h) in HELD for h in held):
        return False
    return any(g.lower_ in CUSTODIANS or _lemma(g) in CUSTODIANS or any(
        c.lower_ in CUSTODIANS for c in g.children if c.dep_ in ("amod", "compound"))
        for p in tok.children if p.dep_ == "prep" and p.lower_ in ("to", "into")
        for g in p.children if g.dep_ == "pobj")


# verbs of wounding whose passive with no one as subject tells no event ("no one was hurt")
WOUNDING = {"wound", "injure", "hurt"}


def no_one_hurt(tok: Any, lex: Lexicon) -> bool:
    """"No one was hurt", "None of the passengers was injured", "Nobody was wounded": the
    outcome of an event told elsewhere (that it hurt no one), no event of its own. ("hurt" is
    no trigger: tried in round 21, it added false events on text not tuned on.)"""
    if tok.pos_ != "VERB" or _lemma(tok) not in WOUNDING:
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return False
    if subj.lower_ in ("nobody", "none", "no-one", "noone"):
        return True
    return subj.lower_ == "one" and any(c.dep_ == "det" and c.lower_ == "no"
                                        for c in subj.children)


# verbs of taking in or caring for the hurt ("the hospital received 37 wounded")
TAKING_IN = {"receive", "admit", "treat", "take", "evacuate"}


def cared_for_count(tok: Any) -> bool:
    """"the hospital had received 37 wounded", "doctors treated 40 injured": "wounded" after
    a number that a caring verb takes names the people counted (the parser reads a participle
    hung on that verb); the hospital or the doctors wounded no one."""
    if tok.pos_ != "VERB" or _lemma(tok) not in WOUNDING or tok.tag_ != "VBN" or any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in tok.children):
        return False
    head = tok.head
    return tok.dep_ in ("advcl", "acl", "xcomp", "oprd") and _lemma(head) in TAKING_IN and any(
        c.dep_ == "dobj" and c.i == tok.i - 1 and (c.like_num or c.pos_ == "NUM")
        for c in head.children)


# pronouns that pick out whoever fits a description ("anyone found carrying a gun")
# (not "everyone": "Everyone arrested during the protest was released" tells of real arrests)
ANY_ONE = {"anyone", "anybody", "whoever"}


def condition_on_anyone(tok: Any) -> bool:
    """"warned that anyone found with an illegal gun will be arrested": a participle on
    "anyone" says whom a rule or a warning is for, not that someone was found or caught."""
    if tok.pos_ != "VERB":
        return False  # (the parser may read "anyone found" as a clause that is the subject)
    if tok.dep_ == "acl" and tok.head.lower_ in ANY_ONE:
        return True
    if not any(c.dep_ == "nsubj" and c.lower_ in ANY_ONE for c in tok.children):
        return False
    # ("anyone found" read as the clause subject of "will be arrested", or beside it)
    return tok.dep_ in ("csubj", "csubjpass") or tok.dep_ == "ccomp" and any(
        a.dep_ == "aux" and a.lower_ in ("will", "would", "shall") and a.head.i > tok.i
        for a in tok.sent)


def marched_off(tok: Any, lex: Lexicon) -> bool:
    """"abducted 20 travellers and marched them into the forest", "were marched to a camp":
    "march" with people as its object (or passive subject) is leading captives away; a
    protest march takes no object ("marched through the capital")."""
    if tok.pos_ != "VERB" or _lemma(tok) != "march":
        return False
    led = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    return any(c.lower_ in HUMAN_PRONOUNS | {"them"} or c.ent_type_ in ("PERSON", "NORP")
               or lex.in_class(_lemma(c), "person") or lex.in_class(_lemma(c), "civilian")
               for c in led)
