"""Repairs of the small parser's dependency trees, run right after it as a spaCy component,
so that every stage reads the repaired tree.

Repairs: a sentence-final reporting clause whose subject the parser coordinated with the
objects before it ("... kidnapped 31 students and two teachers, police and residents said.":
the words between the last comma and the subjectless reporting verb become its subject); a
verb of saying or promising coordinated with the verb of a reported clause (it is the
speaker's); a verb coordinated with a sentence-final reporting verb after it (it belongs to
the reported clause before it); a noun-noun compound object read as a clause after a verb of
imposing (`events.compound_objects.repair_compound_objects`); a range of people read as a
"between" phrase of the verb before their own (`events.range_subjects`).
"""

from __future__ import annotations

from typing import Any

PARSE_REPAIRS = "wirecoder_parse_repairs"
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
_NOMINAL = ("NOUN", "PROPN", "PRON")


def repair_parse(doc: Any) -> Any:
    if not doc.has_annotation("DEP"):
        return doc
    from .events.lexicon import lemma, load_lexicon

    lex = load_lexicon()
    verbs = lex.words("reporting_verbs")
    for tok in doc:
        _reciprocal_and_more(tok)
        _prefixed_past(tok)
        _shot_read_as_noun(tok)
        _reserves_read_as_noun(tok)
        _resultative_read_as_modifier(tok)
    for sent in list(doc.sents):
        _subject_split_off(sent)
    for tok in list(doc):
        _clause_read_as_noun(tok)
    for sent in list(doc.sents):
        _verb_read_as_relative(sent)
    for sent in list(doc.sents):
        root = sent.root
        if root.pos_ == "VERB" and lemma(root) in verbs:
            _sayers_before(root, sent)
        elif root.pos_ == "VERB":
            _sayer_read_as_object(root, verbs, lemma)
    for tok in doc:
        if tok.dep_ == "relcl":
            _relative_of_the_event(tok, lex, lemma)
            _second_date_of_relative(tok)
        elif tok.dep_ == "advcl" and tok.tag_ == "VBG":
            _outcome_of_the_act(tok)
    for tok in doc:
        if tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.i < tok.head.i:
            _conjunct_before_its_sayer(tok, verbs, lemma)
    from .events.compound_objects import repair_compound_objects

    repair_compound_objects(doc)  # "imposed asset freezes and travel bans"
    from .events.range_subjects import repair_range_subjects

    repair_range_subjects(doc)  # "said between 200 and 300 people had fled"
    for tok in doc:
        if tok.dep_ == "conj" and tok.pos_ == "VERB" and (
                lemma(tok) in verbs or lemma(tok) in COMMISSIVES):
            _speech_conjunct_up(tok, verbs, lemma)
    from .events.reduced_passives import repair_reduced_passives

    repair_reduced_passives(doc)  # "fishermen kidnapped last month were freed"
    return doc


# verbs of promising, accusing and condemning, which like verbs of saying coordinate with the
# saying, not with what is said ("The opposition said police beat protesters and accused the
# government of repression")
COMMISSIVES = {"promise", "vow", "pledge", "warn", "urge", "call", "appeal", "demand", "accuse",
               "condemn", "denounce", "blame", "criticize", "criticise"}


def _speech_conjunct_up(verb: Any, reporting: set[str], lemma: Any) -> None:
    """"The governor said forces had been deployed and promised that ...": a verb of saying or
    promising that the parser coordinated with the verb of the reported clause is coordinated
    with the reporting verb, whose subject it shares (the governor promised, not the forces).
    So also under a clause nested in the reported one ("the commander said the raid showed
    that the gang keeps robbing farmers and urged ...": the commander urged)."""
    said = verb.head
    if any(c.dep_ in _SUBJECTS for c in verb.children) or lemma(said) in reporting:
        return
    node = said
    for _ in range(3):
        # (a participle clause inside the reported one, "said the officer was kidnapped while
        # visiting relatives and accused Pristina": a finite verb is no conjunct of a gerund)
        gerund = node.dep_ == "advcl" and node.tag_ == "VBG" and verb.tag_ == "VBD"
        if (node.dep_ != "ccomp" and not gerund) or node.head == node:
            return
        if lemma(node.head) in reporting:
            if node.head.i > verb.i:
                return  # "X met Y and urged Z ..., officials said": X urged (the saying after)
            verb.head = node.head
            return
        node = node.head


def _subject_split_off(sent: Any) -> None:
    """"MADRID, March 9 - Spain on Monday recognised ...": the parser can cut the bare name
    after a wire dateline off as a sentence of its own, leaving the verb after it without a
    subject ("Thailand | and Cambodia agreed": the name's partner taken as the only subject).
    The name is the subject of the first verb of the sentence after it."""
    from .language import dateline_opening

    doc = sent.doc
    if sent.end >= len(doc) or len(sent) > 4 or dateline_opening(sent) is None or not all(
            t.pos_ in ("PROPN", "DET") for t in sent) or sent.root.pos_ != "PROPN":
        return
    first = doc[sent.end]
    verb = first
    for _ in range(5):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or not verb.is_sent_start and verb.sent.start != sent.end:
        return
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    name = sent.root
    if first.dep_ == "cc" and first.head == verb and len(subjects) == 1 and (
            subjects[0].i < verb.i):
        # "Thailand | and Cambodia agreed": the two names are one coordinated subject
        partner = subjects[0]
        name.head, name.dep_ = verb, "nsubj"
        first.head, first.dep_ = name, "cc"
        partner.head, partner.dep_ = name, "conj"
    elif not subjects:
        name.head, name.dep_ = verb, "nsubj"


def _conjunct_before_its_sayer(verb: Any, reporting: set[str], lemma: Any) -> None:
    """"The envoy met the president and urged him to free the prisoners, officials said.": a
    verb the parser coordinated with the sentence-final reporting verb after it is coordinated
    with the reported clause before it (a conjunct never precedes the word it is coordinated
    with), whose subject it shares (the envoy urged, not the officials)."""
    said = verb.head
    if lemma(said) not in reporting or any(c.dep_ in _SUBJECTS for c in verb.children):
        return
    before = [c for c in said.children if c.dep_ == "ccomp" and c.i < verb.i
              and c.pos_ in ("VERB", "AUX") and any(g.dep_ in _SUBJECTS for g in c.children)]
    if not before:
        return
    clause = before[-1]
    if not any(c.dep_ == "cc" and clause.i < c.i < verb.i
               for c in (*clause.children, *said.children)):
        return
    verb.head = clause


def _sayers_before(verb: Any, sent: Any) -> None:
    """"..., police and residents said.": the phrase between the comma and the reporting
    verb is its subject when the parser left the verb without one, or gave it the object of
    the reported clause instead ("Clashes killed at least 12 people, including three
    civilians, the health ministry said": "people" read as the sayer; they are the object
    of "killed")."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    misread = _object_read_as_sayer(verb, subjects)
    if subjects and misread is None:
        return
    doc = verb.doc
    k = verb.i - 1
    while k > sent.start and doc[k].text != ",":
        k -= 1
    if k <= sent.start or k == verb.i - 1:
        return
    words = doc[k + 1:verb.i]
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod"  # "the Tripoli-based government"
           or t.is_punct and not _inner_hyphen(t) for t in words):
        return
    heads = [t for t in words if not (words.start <= t.head.i < words.end)]
    if len(heads) != 1:
        return
    head = heads[0]
    if head.pos_ not in _NOMINAL or head.dep_ not in ("conj", "appos", "npadvmod", "dobj"):
        return
    if misread is not None:
        obj, clause = misread
        if obj.i >= k:
            return
        obj.head, obj.dep_ = clause, "dobj"
    head.head = verb
    head.dep_ = "nsubj"


HARM_VERBS = {"kill", "wound", "injure", "maim", "hurt"}


def _relative_of_the_event(verb: Any, lex: Any, lemma: Any) -> None:
    """"a 2016 attack on a cafe in Dhaka that killed 22 people": a relative clause of harm
    whose subject is "that"/"which" is the event's, not the place's or target's the parser
    hung it on; it is moved to the nearest event noun above that noun (through "on", "in",
    "at", "near", "against" phrases)."""
    if lemma(verb) not in HARM_VERBS or not any(
            c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children):
        return
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN") or lex.entry(lemma(noun), "N") is not None or \
            lex.in_class(lemma(noun), "person"):
        return
    node = noun
    for _ in range(3):
        if node.dep_ != "pobj" or node.head.lower_ not in ("on", "in", "at", "near", "against"):
            return
        node = node.head.head
        if node.pos_ == "NOUN" and lex.entry(lemma(node), "N") is not None:
            verb.head = node
            return


def _date_phrase(tok: Any) -> bool:
    """A time phrase on a verb: "on Sunday", "since January", "in 2019", "yesterday"."""
    if tok.dep_ == "prep" and tok.lower_ in ("on", "in", "since", "during", "until", "by"):
        return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in tok.children)
    return tok.dep_ in ("npadvmod", "advmod") and tok.ent_type_ in ("DATE", "TIME")


def _second_date_of_relative(verb: Any) -> None:
    """"The rebels released three officers they had held since January on Sunday.": a
    relative clause that has its own time ("since January") and then, last in the sentence,
    one more ("on Sunday"): the last belongs to the main verb, not to the relative clause the
    parser hung it on."""
    main = verb.head.head
    if main.pos_ not in ("VERB", "AUX") or verb.head.dep_ not in ("dobj", "pobj", "nsubjpass"):
        return
    dates = [c for c in verb.children if _date_phrase(c)]
    if len(dates) < 2 or dates[-1].i < dates[-2].i:
        return
    last = dates[-1]
    after = verb.doc[last.right_edge.i + 1] if last.right_edge.i + 1 < len(verb.doc) else None
    if after is not None and not after.is_punct:
        return  # the sentence goes on: not its last phrase
    last.head = main


# irregular past forms that take a prefix ("retook", "overtook", "undertook", "rebuilt")
IRREGULAR_PAST = {"took": "take", "ran": "run", "drew": "draw", "fought": "fight",
                  "built": "build", "threw": "throw", "wrote": "write", "sold": "sell",
                  "seized": "seize", "won": "win", "shot": "shoot", "struck": "strike"}
PAST_PREFIXES = ("re", "over", "under", "out", "with", "up", "mis")


def _prefixed_past(tok: Any) -> None:
    """"Government forces retook the base on Monday": the small tagger reads an unknown
    prefixed irregular past ("retook") as a present verb with itself as lemma, which dates
    "on Monday" to the coming Monday; it is the past of the prefixed verb."""
    word = tok.lower_
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBP", "VB", "VBZ") or tok.lemma_.lower() != word:
        return
    for prefix in PAST_PREFIXES:
        rest = word[len(prefix):]
        if word.startswith(prefix) and rest in IRREGULAR_PAST:
            tok.tag_ = "VBD"
            tok.lemma_ = prefix + IRREGULAR_PAST[rest]
            return


def _shot_read_as_noun(tok: Any) -> None:
    """"Gunmen on a motorcycle shot dead a teacher": after a noun the small parser reads
    "shot" as a noun ("a motorcycle shot") and "dead" as the clause's head with the victim as
    its object; "shot" is the past verb, "dead" its predicate and the noun before it the
    object of the preposition again."""
    doc = tok.doc
    if tok.lower_ != "shot" or tok.pos_ != "NOUN" or tok.i + 1 >= len(doc):
        return
    dead = doc[tok.i + 1]
    if dead.lower_ != "dead" or not any(c.dep_ == "dobj" for c in dead.children):
        return
    holder = tok.head
    mods = [c for c in tok.children if c.i < tok.i]
    noun = max((c for c in mods if c.dep_ == "compound"), key=lambda c: c.i, default=None)
    if tok.dep_ == "pobj" and noun is not None:
        noun.head, noun.dep_ = holder, "pobj"
        for c in mods:
            if c != noun:
                c.head = noun
    root = dead.dep_ == "ROOT"
    for c in list(dead.children):
        if c != tok:
            c.head = tok
    if root:
        tok.head, tok.dep_ = tok, "ROOT"
    else:
        tok.head, tok.dep_ = dead.head, dead.dep_
    dead.head, dead.dep_ = tok, "oprd"
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBD", "shoot"


def _reserves_read_as_noun(tok: Any) -> None:
    """"Chad reserves the right to respond": the parser reads "reserves" as a plural noun,
    the subject of "right"; it is the verb, "the right" its object."""
    doc = tok.doc
    if tok.lower_ != "reserves" or tok.pos_ != "NOUN" or tok.i + 3 >= len(doc):
        return
    right = doc[tok.i + 2]
    if doc[tok.i + 1].lower_ != "the" or right.lower_ != "right" or doc[tok.i + 3].lower_ != "to":
        return
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBZ", "reserve"
    if tok.head.i != right.i:
        return  # (the verb already, by its place: only its tag was wrong)
    for c in list(right.children):
        if c.dep_ in ("nsubj", "mark", "punct", "advmod", "aux") and c.i < tok.i:
            c.head = tok
    if right.dep_ == "ROOT":
        tok.head, tok.dep_ = tok, "ROOT"
    else:
        tok.head, tok.dep_ = right.head, right.dep_
    right.head, right.dep_ = tok, "dobj"


# verbs whose result "dead" can follow at once ("shot dead two men", "beat dead a guard")
RESULTATIVE_VERBS = {"shoot", "gun", "beat", "stab", "hack", "club", "bludgeon", "stone"}


def _resultative_read_as_modifier(tok: Any) -> None:
    """"Gunmen shot dead a village guard": the small parser reads "dead" right after the verb
    as an adjective of the object ("dead a village guard"), which then names the target; it
    is the verb's result, as in "shot two robbers dead"."""
    if tok.lower_ != "dead" or tok.dep_ != "amod" or tok.i == 0:
        return
    verb = tok.doc[tok.i - 1]
    if verb.pos_ == "VERB" and verb.lemma_.lower() in RESULTATIVE_VERBS and (
            tok.head.head == verb and tok.head.i > tok.i):
        tok.head, tok.dep_ = verb, "acomp"


def _clause_read_as_noun(prep: Any) -> None:
    """"Relations have soured since the military seized power in a coup": a time clause the
    parser read as a noun phrase ("the military seized power", with "seized" an adjective of
    "power") is a clause: its past verb governs, the words before it are its subject and the
    noun after it its object."""
    if prep.dep_ != "prep" or prep.lower_ not in ("since", "after", "before", "until"):
        return
    noun = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    verb = next((c for c in noun.children if c.dep_ == "amod" and c.tag_ == "VBD"
                 and c.i < noun.i), None) if noun is not None else None
    if verb is None or verb.i != noun.i - 1 and not all(
            t.dep_ in ("det", "amod", "compound") for t in verb.doc[verb.i + 1:noun.i]):
        return
    before = [c for c in noun.children if c.i < verb.i]
    subject = max((c for c in before + [c for c in verb.children if c.dep_ == "nsubj"]
                   if c.pos_ in ("NOUN", "PROPN", "ADJ")), key=lambda c: c.i, default=None)
    if subject is None or subject.i != verb.i - 1:
        return
    verb.head, verb.dep_ = prep.head, "advcl"
    noun.head, noun.dep_ = verb, "dobj"
    prep.head, prep.dep_ = verb, "mark"
    subject.head, subject.dep_ = verb, "nsubj"
    if subject.pos_ == "ADJ":
        subject.pos_, subject.tag_ = "NOUN", "NN"  # "the military"
    for c in before:
        if c != subject and c.i < subject.i:
            c.head = subject


def _outcome_of_the_act(verb: Any) -> None:
    """"Police fired live rounds to disperse them, killing two people.": a participle clause
    after a comma, with no subject of its own, that the parser hung on an infinitive of
    purpose tells what the act itself did, not what was aimed at."""
    purpose = verb.head
    if (verb.i == 0 or verb.doc[verb.i - 1].text != "," or purpose.tag_ != "VB"
            or purpose.dep_ not in ("advcl", "xcomp") or purpose.i > verb.i
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children)
            or any(c.dep_ in _SUBJECTS for c in verb.children)):
        return
    verb.head = purpose.head


def _verb_read_as_relative(sent: Any) -> None:
    """"The UN mission called on the sides to stop fighting.": a sentence whose root is a
    noun, with a past-tense verb right after it read as a reduced relative clause ("the
    mission [that was] called on"), has no main verb under that reading; the verb is the
    main verb and the noun its subject. (A headline, with no full stop, is left as parsed.)"""
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN") or not sent.text.rstrip().endswith("."):
        return
    verb = next((c for c in root.children if c.dep_ == "acl" and c.i == root.i + 1), None)
    if verb is None or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return
    later = [c for c in root.children if c.i > verb.i]
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "nsubj"
    for c in later:
        c.head = verb


def _sayer_read_as_object(root: Any, reporting: set[str], lemma: Any) -> None:
    """"Security forces killed 23 militants on Sunday, the military's media wing, ISPR, said
    in a statement.": the parser made the sayer an object of the reported verb and the
    reporting verb its conjunct. A subjectless reporting verb coordinated with the root
    without "and", right after a comma-bounded noun phrase hung on the root, is the main
    verb; the phrase is its subject and the root its reported clause."""
    said = next((c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"
                 and lemma(c) in reporting), None)
    if said is None or any(c.dep_ in _SUBJECTS for c in said.children):
        return
    # "and" right before the reporting verb coordinates it ("attacked and said"); one before
    # another conjunct does not ("hijacked a ship and took its crew hostage, the navy said")
    ands = [c.i for c in root.children if c.dep_ == "cc" and c.i < said.i]
    others = [c.i for c in root.children if c.dep_ == "conj" and c.i < said.i]
    if ands and (not others or max(ands) > max(others)):
        return
    doc = root.doc
    end = said.i - 1
    if doc[end].text == ",":
        end -= 1
    sayer = next((c for c in doc[root.i + 1:end + 1] if c.dep_ in ("dobj", "npadvmod", "appos")
                  and c.pos_ in _NOMINAL and c.right_edge.i in (end, end + 1)
                  and c.left_edge.i > root.i and doc[c.left_edge.i - 1].text == ","), None)
    if sayer is None or not (sayer.dep_ == "appos" or any(
            c.dep_ == "dobj" and c.i < sayer.i for c in sayer.head.children)):
        return  # the reported verb keeps an object of its own before the sayer
    sayer.head, sayer.dep_ = said, "nsubj"
    said.head, said.dep_ = said, "ROOT"
    root.head, root.dep_ = said, "ccomp"
    for c in list(root.children):
        if c.i > said.i:
            c.head = said


def _inner_hyphen(tok: Any) -> bool:
    """A hyphen inside a word ("Tripoli-based"): no space on either side."""
    return tok.text in ("-", "–") and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_ \
        and not tok.whitespace_


def _object_read_as_sayer(verb: Any, subjects: list[Any]) -> tuple[Any, Any] | None:
    """(noun, clause verb) when the reporting verb's only subject is the noun phrase right
    after the verb of its reported clause, which has no object of its own: the parser took
    that clause's object for the sayer."""
    if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN"):
        return None
    obj = subjects[0]
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.pos_ == "VERB" and clause.i < obj.i \
                and obj.left_edge.i == clause.i + 1 \
                and not any(c.dep_ in ("dobj", "attr", "dative") for c in clause.children):
            return obj, clause
    return None


def _reciprocal_and_more(tok: Any) -> None:
    """"fought each other and the security forces": the parser coordinates the noun after
    the reciprocal object with the verb; it is a second object (the reciprocal's conjunct)."""
    if tok.lower_ not in ("other", "another") or tok.dep_ != "dobj" or not any(
            c.lower_ in ("each", "one") for c in tok.lefts):
        return
    verb = tok.head
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ in _NOMINAL and c.i > tok.i and not any(
                g.dep_ in _SUBJECTS for g in c.children):
            c.head = tok
            return


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARSE_REPAIRS):
        Language.component(PARSE_REPAIRS, func=repair_parse)


_register()
