"""Who a claim credits, named as the text names it (`claims.claims_for`).

A claimant is the source a text credits for an event. Besides the subject of the reporting
verb, a report can credit a relay or a source of its own ("in a statement carried by the
state news agency Z", "agency Z reported, citing a military source"); an office is named
with what it is held for ("the director of the city hospital", not "director"); a
descriptor before a proper name gives way to the name ("the monitoring group NetWatch");
the same source told twice is one claimant.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..records import Claim, Participant
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon
from .participant_mapper import ParticipantMapper, participant_key
from .syntax import phrase_before_aside


# a text someone issues: "a statement from the army", "a report by the monitor" (not
# argument_words.REPORT_NOUNS, which holds speakers too, nor actors.pronouns.REPORT_WORDS)
ISSUED_TEXTS = {"statement", "report", "communique", "release", "announcement", "account",
                "bulletin", "post", "message", "letter",
                # what a source gathers or counts ("according to information gathered by the
                # office", "figures from the ministry"): its gatherer says so
                "information", "finding", "findings", "figure", "figures", "data", "estimate",
                "estimates", "tally"}

# what "according to" can name besides a source: a rule or plan acts follow ("dealt with
# according to law", "went ahead according to plan")
NORMS = {"law", "rule", "regulation", "plan", "procedure", "schedule", "tradition", "custom",
         "constitution", "protocol", "guideline", "principle", "standard", "practice", "norm",
         "order", "instruction", "agreement", "treaty", "script", "sharia", "term"}

# verbs by which a relay carries a text ("a statement carried / published by Z")
CARRYING_VERBS = {"carry", "publish", "post", "broadcast", "air", "run", "relay", "circulate",
                  "distribute", "issue"}

# a prefix that rates a source and is no part of its name ("the official Saudi Press Agency")
RATING_WORDS = {"official", "state-run", "state-owned", "semi-official", "government-run"}


def relayed_sources(verb: Any) -> list[tuple[str, Any]]:
    """Sources a reporting `verb` credits besides its subject: the relay that carried the
    statement it was made in ("said in a statement carried by Z") and the source it cites
    ("reported, citing a military source"), as (verb word, head token) pairs."""
    out: list[tuple[str, Any]] = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "on", "via", "through"):
            for text in (g for g in c.children if g.dep_ == "pobj"):
                if _lemma(text) not in ISSUED_TEXTS:
                    continue
                out += [("on", g) for g in _own_outlets(text)]
                for a in text.rights:
                    if a.dep_ == "acl" and a.tag_ == "VBN" and _lemma(a) in CARRYING_VERBS:
                        # a named relay ("the news agency Khovar"), not "state media"
                        out += [(a.text, g) for ag in a.children if ag.dep_ == "agent"
                                for g in ag.children if g.dep_ == "pobj" and any(
                                    t.pos_ == "PROPN" for t in g.subtree)]
    # "the agency quoted a border official as saying that ...": the one quoted says so too
    quoting = verb if _lemma(verb) in ("quote", "cite") else verb.head.head if (
        _lemma(verb) == "say" and verb.dep_ == "pcomp" and verb.head.lower_ == "as"
        and _lemma(verb.head.head) in ("quote", "cite")) else None
    if quoting is not None and any(c.dep_ == "prep" and c.lower_ == "as" and any(
            _lemma(g) == "say" for g in c.children) for c in quoting.children):
        out += [(quoting.text, g) for g in quoting.children if g.dep_ == "dobj"]
    # "..., citing a military source": the participle anywhere in the saying clause, not
    # inside what is said ("Local media, citing hospital staff, said")
    for c in verb.subtree:
        if c.tag_ == "VBG" and _lemma(c) in ("cite", "quote") and _in_saying(c, verb):
            out += [(c.text, g) for g in c.children if g.dep_ == "dobj"]
    return out


# a source's own outlet ("its Andalus radio station", "its Amaq news agency")
OUTLET_NOUNS = {"channel", "station", "radio", "website", "site", "outlet", "agency",
                "television", "broadcaster", "newspaper", "network", "mouthpiece", "media"}


def _own_outlets(text: Any) -> list[Any]:
    """"said in a message on its Az-Zallaqa propaganda channel": the outlet the sayer owns,
    named by a proper name, that carried the text (a platform, "on Telegram", is none)."""
    return [g for c in text.rights if c.dep_ == "prep" and c.lower_ in ("on", "via", "through")
            for g in c.children if g.dep_ == "pobj" and _lemma(g) in OUTLET_NOUNS
            and any(t.dep_ == "poss" and t.lower_ in ("its", "their") for t in g.children)
            and any(t.pos_ == "PROPN" for t in g.subtree)]


def _in_saying(tok: Any, verb: Any) -> bool:
    """`tok` hangs on the reporting `verb` without passing through the clause it reports."""
    node = tok
    for _ in range(6):
        if node.head == verb:
            return node.dep_ not in ("ccomp", "parataxis", "xcomp", "dobj", "nsubj")
        if node.head == node or node.dep_ in ("ccomp", "parataxis", "relcl"):
            return False
        node = node.head
    return False


# what a text is named by that is no issuer ("a joint statement", "a video statement")
TEXT_KINDS = {"press", "news", "video", "audio", "written", "joint", "televised", "radio",
              "television", "online", "web", "website", "telegram", "facebook", "twitter",
              "social", "media", "new", "separate", "brief", "short", "final", "official"}


def text_issuer(tok: Any) -> Any:
    """"an army statement", "a police report", "the ministry's statement": the word before a
    text that names who issued it (None for "a joint statement", "its statement")."""
    if _lemma(tok) not in ISSUED_TEXTS:
        return None
    for c in tok.lefts:
        if c.dep_ in ("compound", "nmod", "poss") and c.pos_ in ("NOUN", "PROPN") and (
                c.lower_ not in TEXT_KINDS):
            return c
    return None


# who reads a text is not who issued it ("a police report seen by Reuters", "a letter
# obtained by the newspaper", "a memo reviewed by AFP")
READ_VERBS = {"see", "obtain", "review", "read", "view", "examine", "consult", "access",
              "acquire"}


def issuer_of(tok: Any) -> Any:
    """Who issued the text `tok` names: the object of "from"/"by" on it ("a statement from
    the navy", "a report by the commission"), the agent of a participle on it ("a statement
    issued by the ministry") or the subject of the verb that put it out ("the ministry issued
    a statement"); None where the text names no issuer."""
    if tok.lemma_.lower() not in ISSUED_TEXTS and tok.lower_ not in ISSUED_TEXTS:
        return None
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
        if c.dep_ == "acl" and c.tag_ == "VBN" and _lemma(c) not in READ_VERBS:
            objs = [g for a in c.children if a.dep_ == "agent"
                    for g in a.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    return subject_issuing(tok)


def issued_by(tok: Any, lex: Any) -> Any:
    """The issuer of the text `tok` names, where it names one: "a statement from the navy",
    "an army statement", "The statement said" after "police said in a statement" (None for
    any other word)."""
    if _lemma(tok) not in ISSUED_TEXTS:
        return None
    issuer = issuer_of(tok) or text_issuer(tok) or issuer_told_before(tok, lex)
    # (a body or a name issues a text; "night letters", "weekly bulletin" name none)
    return issuer if issuer is not None and (issuer.pos_ == "PROPN" or lex.in_class(
        _lemma(issuer), "actor_word")) else None


# verbs by which a body puts out a text it is the author of ("the ministry issued a statement")
ISSUING_VERBS = {"issue", "release", "publish", "put", "send", "post", "circulate"}


def subject_issuing(tok: Any) -> Any:
    """"The ministry issued a statement accusing Rwanda ...": the subject of the verb that
    put out the text `tok` (its object) issued it; None where no such verb governs it."""
    verb = tok.head
    if tok.dep_ != "dobj" or _lemma(verb) not in ISSUING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def issuer_told_before(tok: Any, lex: Any) -> Any:
    """For a text named again ("The statement said"), the issuer of the nearest one of its
    kind in an earlier sentence: "X said in a statement" (X), "a statement from X" (X), "it
    said in a statement" ("it", for the caller to resolve)."""
    if not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "that", "this", "its", "their")
               for c in tok.children):
        return None
    verbs = lex.words("reporting_verbs")
    for t in reversed(tok.doc[:tok.sent.start]):
        if _lemma(t) != _lemma(tok):
            continue
        issuer = issuer_of(t) or text_issuer(t)
        if issuer is not None:
            return issuer
        if t.dep_ == "pobj" and t.head.lower_ == "in" and _lemma(t.head.head) in verbs:
            subj = [c for c in t.head.head.children if c.dep_ == "nsubj"]
            if subj and (subj[0].pos_ != "PRON" or subj[0].lower_ in ("it", "they")):
                return subj[0]  # (an "it" the caller resolves: `claims.body_said_before`)
    return None


def claimant_named(p: Participant, tok: Any, mapper: ParticipantMapper) -> Participant:
    """The claimant `p` that head `tok` names, named as a coder would: the proper name in
    apposition, the office with what it is held for, without a rating word; the words cut
    off stay its mentions."""
    name = _apposed_name(tok, mapper)
    if name is not None:
        return _renamed(name, name.name, (p.name, *p.mentions))
    proper = _proper_after_descriptor(p, tok)
    if proper is not None:
        return _renamed(p, proper, ())
    words = p.name.split(" ", 1)
    if len(words) == 2 and words[0].lower() in RATING_WORDS and words[1][:1].isupper():
        return _renamed(p, words[1], ())
    if p.kb_id:
        # "authorities in the breakaway region": the linked body keeps the place it is named by
        located = _office_phrase(p, tok, mapper, located_only=True)
        located = located or _without_possessor(tok, mapper)
        return p if located is None else _renamed(p, p.name, (located,))
    told = _told_before(tok, mapper)
    if told is not None and told.name.lower() != p.name.lower():
        return _renamed(told, told.name, (p.name,))
    office = _office_phrase(p, tok, mapper) or _who_clause(p, tok, mapper)
    if office is not None:
        return _renamed(p, office, ())
    own = _with_possessive(p, tok, mapper)
    return _with_count(_with_name_before(own if own is not None else p, tok, mapper), tok,
                       mapper)


def _without_possessor(tok: Any, mapper: ParticipantMapper) -> str | None:
    """"Uzbekistan's interior ministry said": the body as the text goes on to call it, with
    no country owning it ("the interior ministry"), a name of it too."""
    poss = [c for c in tok.lefts if c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP")]
    if tok.pos_ != "NOUN" or not poss or poss[0].right_edge.i + 1 >= tok.i:
        return None
    text = mapper.document.text[tok.doc[poss[0].right_edge.i + 1].idx:tok.idx + len(tok.text)]
    return None if "\n" in text else text


def _with_name_before(p: Participant, tok: Any, mapper: ParticipantMapper) -> Participant:
    """"Taliban officials said", "UN sources said": a proper name set before the sayer's
    noun, which the actor stage read apart, is kept with it in a mention ("Taliban
    officials")."""
    names = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")
             and c.pos_ == "PROPN" and c.ent_type_ != "PERSON"]
    if not names or not p.evidence or p.evidence[0].end != tok.idx + len(tok.text):
        return p
    text = mapper.document.text[tok.doc[names[0].left_edge.i].idx:p.evidence[0].end]
    if "\n" in text or text.lower() in (m.lower() for m in (p.name, *p.mentions)):
        return p
    return replace(p, mentions=(*p.mentions, text))


def _sides(prep: Any) -> bool:
    """"officials on both sides", "sources on either side": the sides they speak for."""
    return prep.lower_ == "on" and any(g.dep_ == "pobj" and _lemma(g) == "side"
                                       for g in prep.children)


def _with_count(p: Participant, tok: Any, mapper: ParticipantMapper) -> Participant:
    """"the two ministries said": the count kept in a mention ("two ministries")."""
    num = next((c for c in tok.lefts if c.dep_ == "nummod"), None)
    if num is None or not p.evidence or p.evidence[0].end != tok.idx + len(tok.text):
        return p
    text = mapper.document.text[num.idx:p.evidence[0].end]
    if "\n" in text or text.lower() in (m.lower() for m in (p.name, *p.mentions)):
        return p
    return replace(p, mentions=(*p.mentions, text))


def _renamed(p: Participant, name: str, extra: tuple[str, ...]) -> Participant:
    mentions = tuple(dict.fromkeys(m for m in (*p.mentions, p.name, *extra) if m != name))
    return Participant(name=name, kb_id=p.kb_id, kind=p.kind, country=p.country,
                       sector=p.sector, mentions=mentions, evidence=p.evidence)


def _apposed_name(tok: Any, mapper: ParticipantMapper) -> Participant | None:
    """"the monitoring group NetWatch": the name set right after the descriptor; an
    organisation's name set off by commas ("their employer, the Daily Star, said"); the
    person an office or a speaker is, named after it ("the province's deputy governor,
    Qari Abdul Wahid, told reporters"; the office stays a mention)."""
    if tok.pos_ != "NOUN":
        return None
    # (a person set off by a comma after the office's "of" phrase, "the mayor of the nearby
    # town, Ana Rivas, said", whichever word the parser hangs the name on; but after "of" one
    # person, "the brother of the slain man, Musa Bello, said", the name is that person's)
    held = [g for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj" and g.ent_type_ != "PERSON"]
    people = () if any(_one_person(g) for g in held) else (
        *tok.rights, *(c for g in held for c in g.rights))
    for c in people:
        if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.pos_ == "PROPN" and (
                tok.doc[c.left_edge.i - 1].text == ","):
            p = mapper.participant(c)
            whole = tok.doc[c.left_edge.i:c.i + 1].text  # ("Ana Rivas", tagged "Rivas")
            if p is not None and p.kind == "person":
                return _renamed(p, whole, ()) if p.name in whole and whole != p.name else p
    for c in tok.rights:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == tok.i + 1:
            return mapper.participant(c)
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "") and \
                c.left_edge.i == tok.i + 2 and tok.doc[tok.i + 1].text == ",":
            # "the charity, Hope Relief International, said": a name the tagger left
            # untyped is the organisation's too, unless it names a person
            p = mapper.participant(c)
            if c.ent_type_ == "ORG" or (p is not None and p.kind != "person" and (
                    _lemma(tok) not in SOURCE_NOUNS) and not any(
                    t.ent_type_ == "PERSON" for t in c.subtree)):
                return p
    return None


def _one_person(tok: Any) -> bool:
    """A noun for one person ("the slain man", "the abducted boy")."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and load_lexicon().in_class(
        _lemma(tok), "person")


# bodies a text names once and then calls "the <noun>" ("the mission said")
BODY_NOUNS = {"group", "mission", "militia", "movement", "organisation", "organization",
              "agency", "coalition", "alliance", "network", "ministry", "office", "commission",
              "council", "committee", "service", "company", "firm", "monitor"}


# unnamed persons a text names once with what they are and then calls "the <noun>" ("a
# coalition official told Reuters ... the official said")
SOURCE_NOUNS = {"official", "spokesman", "spokeswoman", "spokesperson", "commander", "officer",
                "source", "administrator", "councillor", "commissioner", "coordinator"}


def _told_before(tok: Any, mapper: ParticipantMapper) -> Participant | None:
    """"the mission said" after "the European Union's Aspides naval mission", "the official
    said" after "a coalition official told Reuters": the body or source named in the last
    three sentences with the same head noun and words of its own."""
    if tok.pos_ != "NOUN" or _lemma(tok) not in BODY_NOUNS | SOURCE_NOUNS or (
            tok.tag_ == "NNS") or [
            c.lower_ for c in tok.children if c.dep_ not in ("punct",)] != ["the"]:
        return None
    doc = tok.doc
    sents = [s for s in doc.sents if s.start <= tok.i]
    first = sents[-4].start if len(sents) >= 4 else 0
    for t in reversed(doc[first:tok.i]):
        if t.pos_ == "NOUN" and _lemma(t) == _lemma(tok) and t.tag_ != "NNS" and any(
                c.dep_ in ("compound", "nmod", "poss", "amod") for c in t.lefts):
            return mapper.participant(t)
    return None


def _proper_after_descriptor(p: Participant, tok: Any) -> str | None:
    """"the state news agency Tolpress": the proper name after the common nouns that
    describe it (unlinked names only)."""
    if p.kb_id or tok.pos_ != "PROPN" or not p.evidence:
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
            and doc[start - 1].dep_ in ("compound", "flat"):
        start -= 1
    before = doc[start - 1] if start > 0 else None
    if before is None or before.idx < p.evidence[0].start or before.pos_ != "NOUN" or (
            not before.text[:1].islower()) or before.dep_ not in ("compound", "nmod", "appos"):
        return None
    end = tok.idx + len(tok.text)
    if end > p.evidence[0].end:
        return None
    return "".join(t.text_with_ws for t in doc[start:tok.i + 1]).strip() or None


def _office_phrase(p: Participant, tok: Any, mapper: ParticipantMapper,
                   located_only: bool = False) -> str | None:
    """"the director of al-Thawra hospital", "a spokesman for the interior ministry": the
    head named with its "of"/"for" phrase (short, no clause, no date); "officials in Tamil
    Nadu", "authorities in the breakaway region of X": with its "in" phrase where that
    names a place by its proper name (`located_only`: that phrase only)."""
    if tok.pos_ != "NOUN" or not p.evidence or p.evidence[0].end != tok.idx + len(tok.text):
        return None
    prep = next((c for c in tok.rights if c.dep_ == "prep"), None)
    located = prep is not None and prep.i == tok.i + 1 and prep.lower_ == "in" and any(
        t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME")
        for t in prep.subtree)
    if located_only and not located:
        return None
    close = next((c for c in tok.rights if c.dep_ == "amod" and c.lower_ == "close"
                  and c.i == tok.i + 1), None)  # "a source close to the investigation"
    if close is not None:
        prep = next((c for c in close.rights if c.dep_ == "prep" and c.lower_ == "to"
                     and c.i == close.i + 1), None)
        if prep is None:
            return None
    elif not located and (prep is None or prep.i != tok.i + 1 or (prep.lower_ not in (
            "of", "for", "at", "with") and not _sides(prep))):
        return None
    sub = phrase_before_aside(prep)  # ("of al-Thawra hospital, where the wounded were taken")
    # "minister of state for foreign affairs": a second "for"/"of" phrase right after the
    # first, on the same head, belongs to the office too
    nxt = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("for", "of")
                and sub and c.i == sub[-1].i + 1 and len(sub) == len(list(prep.subtree))),
               None)
    if nxt is not None and not any(t.dep_ in ("relcl", "acl", "advcl", "appos")
                                   for t in nxt.subtree):
        sub += nxt.subtree
    if len(sub) > 9 or len(sub) < 2 or any(
            t.pos_ in ("VERB", "AUX", "NUM") or (t.pos_ == "PRON" and t.tag_ != "PRP$")
            or (t.is_punct and t.text not in ("-", "'", "’")) or t.ent_type_ in ("DATE", "TIME")
            for t in sub[1:]):
        return None
    start = p.evidence[0].start
    end = sub[-1].idx + len(sub[-1].text)
    text = mapper.document.text[start:end].strip()
    return text if text and "\n" not in text else None


def _who_clause(p: Participant, tok: Any, mapper: ParticipantMapper) -> str | None:
    """"sailors who escaped said": people known only by a short clause on them are named
    with it (two to four words, no comma)."""
    if tok.pos_ != "NOUN" or not p.evidence or p.evidence[0].end != tok.idx + len(tok.text):
        return None
    rel = next((c for c in tok.rights if c.dep_ == "relcl"), None)
    if rel is None:
        return None
    sub = list(rel.subtree)
    if not (2 <= len(sub) <= 4) or sub[0].i != tok.i + 1 or sub[0].lower_ not in (
            "who", "that") or any(t.is_punct for t in sub):
        return None
    text = mapper.document.text[p.evidence[0].start:sub[-1].idx + len(sub[-1].text)].strip()
    return text if "\n" not in text else None


def _with_possessive(p: Participant, tok: Any, mapper: ParticipantMapper) -> Participant | None:
    """"his office said", "the governor's spokesman said": the possessor kept in a mention
    ("his office", "the governor's spokesman"), since the bare head names no one."""
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is None or poss.i >= tok.i or not p.evidence or p.evidence[0].start <= poss.idx:
        return None
    first = poss if poss.tag_ == "PRP$" else poss.left_edge
    if poss.tag_ != "PRP$" and (poss.pos_ not in ("NOUN", "PROPN") or len(list(
            poss.subtree)) > 5 or any(t.pos_ in ("VERB", "AUX") for t in poss.subtree)):
        return None
    text = mapper.document.text[first.idx:p.evidence[0].end]
    if "\n" in text:
        return None
    return Participant(name=p.name, kb_id=p.kb_id, kind=p.kind, country=p.country,
                       sector=p.sector, mentions=tuple(dict.fromkeys((*p.mentions, text))),
                       evidence=p.evidence)


def with_phrase(p: Participant, tok: Any, mapper: ParticipantMapper) -> Participant:
    """A source named by the organisation inside its phrase ("a Houthi military spokesman"
    -> the Houthis): the phrase as written stays a mention of it."""
    doc = tok.doc
    left = tok.left_edge.i
    while left < tok.i and doc[left].dep_ in ("det", "punct"):
        left += 1
    text = mapper.document.text[doc[left].idx:tok.idx + len(tok.text)].strip()
    if not text or "\n" in text or text.lower() in (m.lower() for m in (p.name, *p.mentions)):
        return p
    return Participant(name=p.name, kb_id=p.kb_id, kind=p.kind, country=p.country,
                       sector=p.sector, mentions=(*p.mentions, text), evidence=p.evidence)


def distinct_claims(claims: list[Claim]) -> tuple[Claim, ...]:
    """One claim per claimant (the first told): "the statement said" after "said in a
    statement" and a source told twice ("police said ..., police said") credit one source."""
    out: list[Claim] = []
    seen: list[set[str]] = []
    for c in claims:
        key = {k for k in participant_key(c.claimant) if not k.startswith("head:")}
        at = next((i for i, k in enumerate(seen) if key & k), None)
        if at is None:
            seen.append(key)
            out.append(c)
            continue
        # (the words it is named by the second time stay its mentions: "Jordan's army said
        # ... an army statement said")
        kept = out[at].claimant
        more = [m for m in (c.claimant.name, *c.claimant.mentions)
                if m.lower() not in {x.lower() for x in (kept.name, *kept.mentions)}]
        if more:
            out[at] = replace(out[at], claimant=replace(kept, mentions=(*kept.mentions, *more)))
            seen[at] |= key
    return tuple(out)
