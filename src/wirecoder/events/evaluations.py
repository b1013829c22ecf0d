"""Evaluative speech: a speaker's negative characterisation of another party's act or conduct
is an accusation (PLOVER ACCUSE, disapprove), though no verb of accusing is used.

A reported clause (the complement of "said", "told reporters", "added", or the quote before
"..., the minister said") accuses when it
  - says an act is a wrong: "said the visit was a flagrant violation of its sovereignty",
    "'It was cold-blooded murder,' the chief said", "said the raid amounted to a war crime",
    "said the dismissals were in breach of the labour code";
  - says an act or a party broke a norm: "said the sale seriously violates the one-China
    principle", "said the drills breached the armistice", "said the vessel had illegally
    entered its waters";
  - says a party failed or betrayed people, or bears the blame: "said the state had failed the
    people of the valley", "said the council has blood on its hands", "said Kyiv bears full
    responsibility for the deaths".
Not when the clause is negated, hypothetical ("would be a violation", "if ..."), generic (a bare
"violence is never the answer"), nor when the speaker judges its own act ("our response").
Verbs of naming ("called the raid an act of piracy", "described the vote as illegal") are
`naming_verbs`' and `detect.needs_ok`'s; both read the same words (the lexicon's "condemnation"
class). Who the accusation targets is read downstream from the clause (its subject, or the
doers of the act it judges: `evaluated_acts`)."""

from __future__ import annotations

from typing import Any

from .lexicon import Lexicon, TriggerEntry
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon
from .syntax import said_by_subject

# verbs that report what a speaker said
SPEECH_VERBS = {"say", "tell", "state", "declare", "add", "insist", "stress", "note", "write",
                "argue", "maintain", "assert"}
# verbs of breaking a norm ("violates the principle", "breached the armistice")
VIOLATING_VERBS = {"violate", "breach", "contravene", "flout", "infringe", "defy", "trample",
                   "undermine"}
# verbs that say what an act amounts to ("amounted to a war crime", "constitutes aggression")
AMOUNTING_VERBS = {"amount", "constitute", "represent"}
# verbs of failing people ("failed the people", "betrayed the families", "abandoned them")
FAILING_VERBS = {"fail", "betray", "abandon"}
# duties one is said to have failed ("failed to protect the villagers")
DUTIES = {"protect", "prevent", "stop", "act", "intervene", "respond", "ensure", "secure",
          "safeguard", "investigate", "prosecute", "punish", "uphold", "honour", "honor",
          "fulfil", "fulfill", "respect", "comply", "halt", "curb", "rein", "address"}
# manners that judge an act unlawful ("had illegally entered the waters")
UNLAWFUL_MANNERS = {"illegally", "unlawfully", "arbitrarily"}
# what a clause is in when it says an act breaks a norm ("in breach of the code")
BREACH_NOUNS = {"breach", "violation", "contravention", "defiance"}
# auxiliaries and marks of a clause that says what could be, not what is
HYPOTHETICAL = {"would", "could", "might", "may", "should", "will", "'ll", "wo", "ca", "can"}
# determiners of a subject that names no one act ("any attack would be ...")
GENERIC_DETS = {"any", "every", "no", "such", "all"}
# pronouns that refer back to an act in a quote ("It was murder", "This is a massacre")
ACT_PRONOUNS = {"it", "this", "that"}
# the speaker's own side
OWN = {"our", "my", "we", "i", "us", "me"}
# nouns whose "of" phrase says what kind of wrong an act is ("an act of sabotage")
KIND_HEADS = {"act", "form", "kind", "example", "instance"}
QUOTES = {'"', "\u201c", "\u201d", "''", "``"}


def _condemning(words: set[str], lex: Lexicon) -> bool:
    return bool(words & lex.classes["condemnation"])


def _judgment(pred: Any, lex: Lexicon) -> bool:
    """A predicate noun or adjective that judges what it is said of a wrong: "a flagrant
    violation", "an act of terrorism", "cold-blooded murder", "illegal", "a sham"; not
    with "no" ("no crime")."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in pred.children):
        return False
    words = [pred, *(c for c in pred.children if c.dep_ in ("amod", "compound", "conj"))]
    words += _kind_of(pred)
    lemmas = {_lemma(w) for w in words} | {w.lower_ for w in words}
    lemmas |= {f"{_lemma(a)} {_lemma(pred)}" for a in pred.children if a.dep_ in (
        "amod", "compound")}
    if _condemning(lemmas, lex):
        return True
    return _lemma(pred) == "show" and any(c.lower_ == "political" for c in pred.children)


def _kind_of(pred: Any) -> list[Any]:
    """What "an act / a form of" something names ("an act of terrorism": "terrorism"); not
    the "of" phrase of other nouns ("the perpetrator of the murder")."""
    if _lemma(pred) not in KIND_HEADS:
        return []
    return [g for c in pred.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]


def _an_act(n: Any, lex: Lexicon) -> bool:
    """A noun that names an act or a measure someone can be blamed for ("the attack", "the
    sale", "the student's death", "the move"), or a pronoun or clause that refers back to
    one ("it", "what happened")."""
    lem = _lemma(n)
    if n.dep_ == "csubj" or n.lower_ in ACT_PRONOUNS:
        return True
    return n.pos_ in ("NOUN", "PROPN") and (
        lex.entry(lem, "N") is not None or any(lex.in_class(lem, c) or lex.in_class(
            n.lower_, c) for c in ("decision", "gunfire_words", "arms_sale", "evaluated_acts")))


def _a_party(n: Any, lex: Lexicon) -> bool:
    """A noun that names someone who can act: a name, a group, a government, forces, a
    craft ("the trawler had illegally entered ...")."""
    lem = _lemma(n)
    return n.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or n.pos_ == "PROPN" or any(
        lex.in_class(lem, c) for c in ("actor_word", "armed", "leader", "state_force",
                                       "office_holder", "person", "passage"))


def _generic(n: Any) -> bool:
    """A subject that names no particular act or party: "violence", "attacks on civilians",
    "any attack", "such strikes"."""
    if n.pos_ in ("PRON", "PROPN") or n.dep_ == "csubj" or n.ent_type_:
        return False
    dets = [c for c in n.children if c.dep_ in ("det", "poss", "nummod")]
    return not dets or any(c.lower_ in GENERIC_DETS for c in dets)


def _own(n: Any, speaker: set[str]) -> bool:
    """The speaker's own act or side: "our response", "its own strikes", "his own unit's
    raid", "we"."""
    return n.lower_ in OWN or _lemma(n) in speaker or any(
        c.dep_ == "poss" and (c.lower_ in OWN or _own(c, speaker)) or c.lower_ == "own"
        for c in n.children)


def _antecedent(s: Any, clause: Any) -> Any:
    """The noun a relative pronoun subject stands for ("the vessel, which it said had
    illegally entered ...": "vessel"), else the subject itself."""
    if s.tag_ not in ("WDT", "WP"):
        return s
    node = clause
    while node.dep_ not in ("relcl", "ROOT") and node.head != node:
        node = node.head
    return node.head if node.dep_ == "relcl" else s


def _unsure(clause: Any) -> bool:
    """A clause that denies or only supposes what it says: "was not a violation", "would be a
    crime", "if they cross the line"."""
    return any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in HYPOTHETICAL
               or c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether")
               for c in clause.children)


def _subjects(clause: Any) -> list[Any]:
    return [c for c in clause.children if c.dep_ in ("nsubj", "csubj")]


def wrongful_clause(clause: Any, speaker: set[str], lex: Lexicon) -> list[Any]:
    """The subjects of a reported clause that it judges to have done a wrong (the act or the
    party it speaks of), or [] when the clause judges nothing so."""
    if _unsure(clause):
        return []
    subj = [a for a in (_antecedent(s, clause) for s in _subjects(clause))
            if not _own(a, speaker)]
    acts = [s for s in subj if not _generic(s) and (_an_act(s, lex) or _a_party(s, lex))]
    if not acts:
        return []
    lem = _lemma(clause)
    preds = [c for c in clause.children if c.dep_ in ("attr", "acomp")]
    if lem == "be":
        # "was a flagrant violation", "was illegal", "were in breach of the code"; not "it is
        # illegal to fish there" (a rule, said of no act)
        if any(s.lower_ == "it" for s in acts) and any(
                c.dep_ in ("xcomp", "ccomp") and any(a.lower_ == "to" for a in c.children)
                for c in clause.children):
            return []
        if any(_judgment(p, lex) for p in preds) or any(
                c.dep_ == "prep" and c.lower_ == "in" and any(
                    _lemma(g) in BREACH_NOUNS for g in c.children if g.dep_ == "pobj")
                for c in clause.children):
            return acts
        return []
    objs = [c for c in clause.children if c.dep_ in ("dobj", "obj")]
    if lem in VIOLATING_VERBS and any(
            lex.in_class(_lemma(o), "norms") or lex.in_class(o.lower_, "norms")
            or any(lex.in_class(_lemma(g), "norms") for g in o.children
                   if g.dep_ in ("compound", "amod")) for o in objs):
        return acts  # "violates the one-China principle", "breached the 2018 agreement"
    if lem in AMOUNTING_VERBS:  # "amounted to a war crime", "constitutes a violation"
        outs = objs + [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "to"
                       for g in c.children if g.dep_ == "pobj"]
        return acts if any(_judgment(o, lex) for o in outs) else []
    parties = [s for s in acts if _a_party(s, lex) and s.lower_ not in ACT_PRONOUNS]
    if lem in FAILING_VERBS and (any(
            lex.in_class(_lemma(o), "person") or lex.in_class(_lemma(o), "actor_word")
            or o.ent_type_ in ("NORP", "GPE") or o.pos_ == "PRON" and o.lower_ in ("them", "us")
            for o in objs) or lem == "fail" and any(
            c.dep_ == "xcomp" and _lemma(c) in DUTIES for c in clause.children)):
        return parties  # "had failed the people of the valley", "failed to protect them"
    if lem == "have" and any(_lemma(o) == "blood" and any(
            c.lower_ == "on" for c in o.children) for o in objs) or any(
            _lemma(o) == "blood" for o in objs) and any(
            c.dep_ == "prep" and c.lower_ == "on" for c in clause.children):
        return parties  # "has blood on its hands"
    if lem in ("bear", "carry") and any(_lemma(o) == "responsibility" for o in objs):
        return parties  # "bears full responsibility for the deaths"
    if any(c.dep_ == "advmod" and c.lower_ in UNLAWFUL_MANNERS for c in clause.children):
        return acts  # "had illegally entered its waters"
    return []


def _reported(tok: Any) -> list[Any]:
    """The clauses a speech verb reports: its complements, and the head of a quote told before
    it ("'It was murder,' the chief said", parsed with the quote as the root)."""
    out = [c for c in tok.children if c.dep_ == "ccomp"]
    if tok.dep_ in ("parataxis", "ccomp") and tok.head.i < tok.i and tok.head.pos_ in (
            "VERB", "AUX"):
        out.append(tok.head)
    return [u for c in out for u in (c, *(g for g in c.children if g.dep_ == "conj"
                                          and g.pos_ in ("VERB", "AUX")))]


def _quoted_judgment(tok: Any, lex: Lexicon) -> list[Any]:
    """"'It was attempted murder of police officers,' the constable said": a quote right
    before the speech verb that opens with "it / this / that" + "be" and a word of the
    lexicon's condemnation class before its first comma or preposition (a fallback for quotes
    the parser breaks up)."""
    doc = tok.doc
    i = tok.i - 1
    while i >= 0 and doc[i].dep_ in ("nsubj", "det", "amod", "compound", "poss", "case",
                                     "punct") and doc[i].text not in QUOTES:
        i -= 1
    if i < 0 or doc[i].text not in QUOTES:
        return []
    start = i - 1
    while start >= 0 and doc[start].text not in QUOTES:
        start -= 1
    if start < 0 or doc[start].sent.start != tok.sent.start:
        return []
    words = [t for t in doc[start + 1:i] if not t.is_punct or t.text == ","]
    if len(words) < 3 or words[0].lower_ not in ACT_PRONOUNS or _lemma(words[1]) != "be":
        return []
    head: list[Any] = []
    for t in words[2:]:
        if t.text == "," or t.pos_ == "ADP":
            break
        if t.lower_ in ("not", "n't", "never", "no") or t.lower_ in HYPOTHETICAL:
            return []
        head.append(t)
    lemmas = {_lemma(t) for t in head} | {t.lower_ for t in head}
    lemmas |= {f"{_lemma(a)} {_lemma(b)}" for a, b in zip(head, head[1:])}
    return head if _condemning(lemmas, lex) else []


def _speaker(tok: Any) -> set[str]:
    """The lemmas of a speech verb's subjects: whose own acts its judgment leaves out."""
    return {_lemma(c) for c in tok.children if c.dep_ == "nsubj"}


def _judged_in_clauses(tok: Any, lex: Lexicon) -> list[Any]:
    """What the clauses a speech verb reports judge a wrong (`wrongful_clause`), in order."""
    speaker = _speaker(tok)
    return [s for c in _reported(tok) for s in wrongful_clause(c, speaker, lex)]


def evaluation(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """The accusation a speech verb makes by judging another party's act a wrong (see the
    module's docstring), else None (blame laid by saying who was behind an act is
    `attribution.said_to_be_behind`'s, the next link of `detect.find_triggers`)."""
    if not said_by_subject(tok, SPEECH_VERBS):
        return None
    if _judged_in_clauses(tok, lex) or _quoted_judgment(tok, lex):
        return lex.entry("condemn", "V")
    return None


def evaluated_acts(tok: Any, lex: Lexicon) -> list[Any]:
    """The act nouns a speech verb's judgment is about ("said the sale violates ...": "sale"),
    for finding whom the accusation targets; [] for a party judged ("the state failed ...")
    or a pronoun."""
    if tok.pos_ != "VERB" or _lemma(tok) not in SPEECH_VERBS:
        return []
    return [s for s in _judged_in_clauses(tok, lex) if s.pos_ == "NOUN" and not _a_party(s, lex)]


def judged_subjects(tok: Any, lex: Lexicon) -> list[Any]:
    """What a speech verb's judgment is said of, pronouns included ("said the sale violates
    ...": "sale"; "'It was murder,' he said": "It"), for finding whom it targets."""
    found = _judged_in_clauses(tok, lex)
    quoted = _quoted_judgment(tok, lex) if not found else []
    if quoted:
        found = [t for t in tok.doc[quoted[0].sent.start:quoted[0].i]
                 if t.lower_ in ACT_PRONOUNS][-1:]
    return found


def _judged_words(clause: Any) -> list[Any]:
    """The words of a judging clause that say what the act is or breaks: the verb of breaking
    ("violates"), the predicate noun ("was attempted murder", "amounted to a massacre")."""
    lem = _lemma(clause)
    if lem in VIOLATING_VERBS:
        return [clause]
    preds = [c for c in clause.children if lem == "be" and c.dep_ == "attr"
             or lem in AMOUNTING_VERBS and c.dep_ == "dobj"] + [
        g for c in clause.children if lem in AMOUNTING_VERBS and c.dep_ == "prep"
        and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    return [u for p in preds for u in (p, *_kind_of(p))]


def judged_words(found: list[Any], lex: Lexicon) -> set[int]:
    """Token indices of the words an accusation found by `evaluation` reports as its judgment
    ("said the sale violates the principle": "violates"; "'It was murder,' he said":
    "murder"), which tell no event of their own."""
    out: set[int] = set()
    for t in found:
        if t.entry.plover != "ACCUSE" or _lemma(t.token) not in SPEECH_VERBS:
            continue
        speaker = _speaker(t.token)
        out |= {w.i for c in _reported(t.token) if wrongful_clause(c, speaker, lex)
                for w in _judged_words(c)}
        out |= {w.i for w in _quoted_judgment(t.token, lex)}
    return out


def drop_judged_refusals(found: list[Any]) -> list[Any]:
    """Drop what an accusation's judgment was read as besides ("said the sale violates the
    principle": no refusal; "'It was attempted murder,' the chief said": no second assault)."""
    lex = load_lexicon()
    judged = judged_words(found, lex)
    found = [t for t in found if not (t.token.i in judged and (
        t.entry.plover == "REJECT" or t.entry.pos == "N" and t.entry.plover == "ASSAULT"))]
    # ("said the tariffs were blackmail and rejected the demands": the judgment words the
    # refusal, as "rejected the plan, calling it unacceptable" does)
    refusing = {t.token.i for t in found if t.entry.pos == "V" and t.entry.plover == "REJECT"}
    return [t for t in found if not (
        _lemma(t.token) in SPEECH_VERBS and t.entry is lex.entry("condemn", "V") and any(
            c.i in refusing and not any(g.dep_ == "nsubj" for g in c.children)
            for h in (t.token, *_reported(t.token)) for c in h.children if c.dep_ == "conj"))]
