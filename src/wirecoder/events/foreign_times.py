"""Whether the only date a trigger's clause gives belongs to something else: a relative or
participial clause on a noun ("a student who was beaten to death last week"), unless it tells
the occasion of the saying ("the minister, speaking on Monday, urged ...", "in a statement
broadcast on Tuesday") or its verb tells a lasting state, which has no day of its own ("detained
four men who remained on the Polish side on Monday", "seized a trawler in waters reserved for
local fishermen off the coast on Saturday"). Moved out of `discourse` (the same rules) when
the last was added.
"""

from __future__ import annotations

from typing import Any

from ..language import span_root
from ..records import TimeSpan
from ..time.lexicon import LASTING_STATE_VERBS


# a participle on a speaker that tells the occasion of what the speaker says
OCCASION_VERBS = {"speak", "address", "talk", "brief", "write", "tell"}


# the words a statement is made in: a clause on one dates the statement itself (occasions
# of speech, with "speech", "interview", "briefing": not claimant_names.ISSUED_TEXTS)
OCCASION_NOUNS = {"statement", "communique", "communiqué", "address", "speech", "interview",
                  "message", "video", "post", "broadcast", "briefing", "letter", "declaration"}


def _occasion_noun(noun: Any, tok: Any) -> bool:
    """"(claimed it) in a statement posted on Monday night(, accusing ...)": the noun of
    the statement the trigger, or the verb it hangs on, is made in."""
    if noun.lemma_.lower() not in OCCASION_NOUNS or noun.dep_ != "pobj" \
            or noun.head.lower_ not in ("in", "through", "via"):
        return False
    verb = noun.head.head
    return verb.i == tok.i or (tok.dep_ in ("advcl", "conj", "xcomp") and tok.head.i == verb.i)


def foreign_time(tok: Any, time: TimeSpan) -> bool:
    """Whether the time's words sit in a relative clause / apposition the trigger is not in."""
    if not time.evidence or time.start is None:
        return False
    doc = tok.doc
    ev = time.evidence[0]
    if not tok.sent.start_char <= ev.start < tok.sent.end_char:
        return False  # a dateline on the line above dates the sentence below it
    node = span_root(doc, ev.start, ev.end)
    if node is None:
        return False
    if _before_own_verb(node, tok):
        return False  # "The bloc ECOWAS on Friday urged ...": the verb's date, misattached
    for _ in range(8):
        if node.dep_ in ("relcl", "appos", "acl") and tok not in node.subtree:
            if node.lemma_.lower() in OCCASION_VERBS and node.head.head.i == tok.i:
                return False  # "the minister, speaking on Monday, urged ...": when he urged
            if _occasion_noun(node.head, tok):
                return False  # "in a statement broadcast on Tuesday, the minister condemned"
            if node.lemma_.lower() in LASTING_STATE_VERBS and node.dep_ != "appos" \
                    and time.precision == "day" and time.start == time.end:
                return False  # "detained four men who remained on the border on Monday"
            return node.head.pos_ in ("PROPN", "NOUN") and node.head.i < tok.i
        if node.head == node:
            return False
        node = node.head
    return False


def _before_own_verb(node: Any, tok: Any) -> bool:
    """The date's "on" phrase stands right between the subject and the trigger verb ("The
    West African bloc ECOWAS on Friday urged ..."): an adverbial of that verb, however the
    parser hangs it (on the subject's apposition)."""
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ not in ("on", "late", "early") or tok.pos_ != "VERB":
        return False
    end = max(t.i for t in node.subtree)
    nxt = end + 1
    while nxt < tok.i and tok.doc[nxt].dep_ in ("aux", "auxpass", "advmod", "neg"):
        nxt += 1
    return nxt == tok.i and prep.i < tok.i and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < prep.i for c in tok.children)
