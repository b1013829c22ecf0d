"""Which clause a date near a verb of saying belongs to: the saying's ("said on Monday that
...") or the act it reports ("arrested four men on Saturday, a spokesman said"), for the
parse-tree ranking of `event_time`."""

from __future__ import annotations

from typing import Any

from .lexicon import CHARGING_VERBS, SPEECH_VERBS


def _before_subject(verb: Any, x_tok: Any) -> bool:
    """The date word comes before the verb's first subject (the verb has one)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and x_tok.i < subj.i


def said_before_clause(t_tok: Any, x_tok: Any) -> bool:
    """"Police said on Monday they had arrested 22 people over the weekend": a date between
    the verb of saying and the subject of the clause it reports is the saying's, though the
    parser may hang it on the reported verb."""
    head = t_tok.head
    if t_tok.dep_ != "ccomp" or head.lemma_.lower() not in SPEECH_VERBS \
            or not head.i < x_tok.i < t_tok.i:
        return False
    return _before_subject(t_tok, x_tok)


def before_attribution(verb: Any, t_tok: Any, x_tok: Any) -> bool:
    """"Troops arrested four men in a raid on Saturday morning, a spokesman said": a date
    between the reported clause and an attribution that follows it, read by the parser as
    the saying's, is the clause's (the words' own date comes after the verb of saying or
    before the clause: "said on Sunday", "On Sunday, police said that ...")."""
    if verb.lemma_.lower() not in SPEECH_VERBS or not t_tok.i < x_tok.i < verb.i:
        return False
    return _before_subject(verb, x_tok)


def reported_clause_date(t_path: list[Any], x_path: list[Any]) -> bool:
    """"Two rebels surrendered on Monday, the spokesman said, adding: 'We call on the others
    to give up'": a date the verb of saying reaches only down the clause it reports dates
    that clause's act, not the saying, nor what the saying goes on to add in the present
    ("adding", "saying"). A date between the verb and the reported clause's subject is still the
    saying's ("said on Monday they had arrested 22 people", `said_before_clause`). The paths
    run from the trigger and from the date up to the verb where they meet."""
    verb = t_path[-1]
    if len(t_path) > 1 and t_path[0].tag_ not in ("VBP", "VBZ"):
        return False  # "adding that the two groups had agreed to ...": an act told in the
        # past may be the reported act's own day; only a present ("We call on ...") is not
    if verb.lemma_.lower() not in SPEECH_VERBS or not all(
            t.tag_ == "VBG" and t.lemma_.lower() in SPEECH_VERBS or t.dep_ == "ccomp"
            for t in t_path[:-1]):
        return False
    clause = next((t for t in x_path if t.dep_ == "ccomp" and t.head.i == verb.i), None)
    return clause is not None and not said_before_clause(clause, x_path[0])


# how much farther a date is when the trigger reaches it only through a conjoined clause with
# its own subject ("said it had deployed troops on Monday, and that troops detained five men and
# seized rifles at a checkpoint on Tuesday": Monday is the deploying's)
OTHER_CLAUSE_PENALTY = 4


def through_other_clause(t_path: list[Any]) -> bool:
    """The trigger climbs to the date's verb through a conjunct with a subject of its own:
    another clause, whose date is another act's."""
    return any(t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in t_path)


def charged_act_date(t_tok: Any, x_tok: Any) -> bool:
    """"The rebels accused the army of bombing villages on Monday", "blamed the gang for the
    attack on Saturday": a date told after the act a verb of charging names is that act's,
    wherever the parser hangs it; the charge is dated by its saying ("on Wednesday accused
    police of beating demonstrators" keeps its Wednesday), and so by a date on the words it
    is made in ("... in a statement on Tuesday", `speech_occasion_date`)."""
    word = CHARGING_VERBS.get(t_tok.lemma_.lower())
    if word is None or t_tok.pos_ != "VERB" or x_tok.i < t_tok.i:
        return False
    up = []
    for a in x_tok.ancestors:
        if a.i == t_tok.i:
            break
        up.append(a)
    else:
        return False
    if any(a.dep_ == "conj" and a.pos_ in ("VERB", "AUX") for a in up):
        return False  # "accused the ELN of using them and said on Tuesday that ..."
    if spoken_words(up):
        return False  # "accused the army of shelling villages in a statement on Tuesday"
    # the act told by a verb ("of bombing", "for attacking"), not a crime's name ("charged
    # with treason in September": the charging's month); the parser may hang "of" on the
    # accused ("accused [the army of bombing villages]")
    heads = [t_tok, *(c for c in t_tok.children if c.dep_ == "dobj")]
    return any(c.dep_ == "prep" and c.lower_ == word and c.i < x_tok.i and any(
        w.tag_ == "VBG" and w.i < x_tok.i for w in c.subtree)
        for h in heads for c in h.children)


# words of a record set since a day: "the largest since March 2024", "the first such attack
# since 2021"; the day is the record's last holder's, not the event's
_RECORD_WORDS = frozenset(("first", "only", "last"))


def sets_record(tok: Any) -> bool:
    """A superlative or a record word, or a noun it modifies ("the deadliest bombing")."""
    return tok.tag_ in ("JJS", "RBS") or tok.lower_ in _RECORD_WORDS or any(
        c.dep_ in ("amod", "advmod") and (c.tag_ in ("JJS", "RBS") or c.lower_ in _RECORD_WORDS)
        for c in tok.children)


def record_since(x_path: list[Any]) -> bool:
    """"The protests were the largest since March 2024", "the heaviest bombardment of the town
    since January", "the riots are the worst in the city since 2017": a date after "since" on a
    superlative, or on the verb that says something is one, names the last time the record
    was set, not the event's day. `x_path` runs from the date up to where the trigger meets it."""
    for n, tok in enumerate(x_path[1:], 1):
        if tok.lower_ != "since" or tok.dep_ != "prep" or x_path[n - 1].dep_ != "pobj":
            continue
        head = tok.head
        if sets_record(head) or head.pos_ in ("AUX", "VERB") and any(
                c.dep_ in ("attr", "acomp") and sets_record(c) for c in head.children):
            return True
    return False


def spoken_words(up: list[Any]) -> bool:
    """A node of `up` is the words something is said in ("in a statement", "at a news
    conference": `plain_acts.SPEECH_NOUNS`)."""
    from ..events.plain_acts import SPEECH_NOUNS  # (here: the events stage imports this)
    return any(a.pos_ == "NOUN" and a.lower_ in SPEECH_NOUNS and a.dep_ == "pobj"
               and a.head.lower_ in ("in", "at", "during") for a in up)


def _says(tok: Any) -> bool:
    return tok.lemma_.lower() in SPEECH_VERBS or tok.lemma_.lower() in CHARGING_VERBS


def speech_occasion_date(t_tok: Any, meet: Any, x_up: list[Any]) -> bool:
    """"The rebels accused the army of shelling villages in a statement on Tuesday": a date on
    the words a charge or a saying is made in dates them, not the act they tell, though the
    parser hangs the words on the act (`meet`, where trigger and date meet, is no saying;
    `x_up`, the date's path below it, holds the words; the trigger is told by a saying)."""
    return not _says(t_tok) and not _says(meet) and spoken_words(x_up) and any(
        _says(a) for a in t_tok.ancestors)


def sibling_report_date(t_path: list[Any], x_path: list[Any]) -> bool:
    """"The association said miners had kidnapped two girls last month, and accused the
    government of abandoning them": a date in what a verb of saying reports is not the date
    of the speaker's next act, joined to that verb (`t_path` and `x_path` climb from the
    trigger and from the date to the verb they share, the last of each)."""
    common = t_path[-1]
    if not (len(t_path) > 1 and len(x_path) > 1 and common.lemma_.lower() in SPEECH_VERBS
            and t_path[-2].dep_ == "conj" and x_path[-2].dep_ == "ccomp"):
        return False
    # (not "said on Tuesday it had sent officers ... and declared ...": a date before the
    # reported clause's subject is the saying's, wherever the parser hangs it)
    return not (common.i < x_path[0].i and _before_subject(x_path[-2], x_path[0]))
