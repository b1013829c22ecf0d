"""From head tokens to participants (`ParticipantMapper`): the actor stage's linked mention
at the head where there is one, else the noun phrase as written (without ages, descriptors
or a headline line above it; with the name a group goes by and the participle that
describes unnamed people); a pronoun's antecedent in the main clause (`antecedents`);
and how participants are merged and compared (`participant_identity`, whose names are
importable from here too).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..records import Document, Mention, Participant
from .antecedents import clause_antecedent, previous_speaker, sayer_antecedent
from .argument_words import (DESCRIPTORS, HEDGES, NAMED_GROUP_NOUNS, NAMING_VERBS,
                             NON_PARTICIPANT_ENTS, PRONOUNS, VAGUE_QUANTITY)
from .demonym_mentions import with_shared_noun
from .group_names import name_before_kind, with_country_of, without_majority_creed
from .lexicon import load_lexicon
from .lexicon import lemma as _lemma
from .mention_forms import (all_of, described_before, named_apposition, named_before,
                            named_fuller_before)
from .noun_phrases import coordinated_modifier, cut_short, described_kind, group_head, np_bounds
from .participant_identity import merge_participants as merge_participants
from .participant_identity import participant_key as participant_key
from .participant_identity import participant_keys as participant_keys
from .possessed import with_possessor
from .syntax import LINE_BREAKS, line_break_in, of_objects, phrase_before_aside

# offices named with whom they are held for ("minister of security", "spokesman for the police")
OFFICE_TITLES = {"minister", "spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney",
                 "secretary", "director", "coordinator", "representative", "envoy", "advocate",
                 "commissioner", "chief", "head", "commander", "chairman", "chairwoman",
                 "chairperson", "chair", "secretary-general", "governor", "mayor", "consul",
                 "ambassador", "judge", "magistrate", "prosecutor", "president",
                 "administrator", "chancellor", "rapporteur"}
# bodies named with what they serve or where they sit ("the delegation in Dakar")
OFFICE_BODIES = {"bureau", "delegation", "department", "directorate", "mission", "committee",
                 "commission", "council", "agency", "authority", "office", "ministry"}
# people named by whom they follow ("supporters of the opposition candidate")
FOLLOWER_NOUNS = {"supporter", "follower", "loyalist", "partisan"}


_AGE = re.compile(r"^(?:\w+\s*-\s*)?(?:year|month|week|day)s?\s*-\s*old\s+", re.I)


class ParticipantMapper:
    """Maps head tokens to participants, preferring the actor stage's linked mentions."""

    def __init__(self, document: Document, mentions: list[Mention]) -> None:
        self.document = document
        self.mentions = sorted(mentions, key=lambda m: (m.span.start, -m.span.end))

    def mention_at(self, start: int, end: int) -> Mention | None:
        best = None
        for m in self.mentions:
            if m.span.start <= start and end <= m.span.end:
                if best is None or (m.span.end - m.span.start) < (best.span.end - best.span.start):
                    best = m
        return best

    def mentions_within(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if start <= m.span.start and m.span.end <= end]

    def _widened(self, m: Mention, head: Any) -> Participant | None:
        """A mention ending at the head with modifiers left of it that the mention leaves out
        ("urban guerrillas", "heavily armed men"): the whole noun phrase, as named in the
        text (a linked mention keeps its entity's name, the phrase joins its mentions); None
        when the mention already covers it."""
        if m.span.end != head.idx + len(head.text):
            return None
        doc = head.doc
        left, _ = np_bounds(head)
        start = doc[left].idx
        # "combined Afghan and coalition force": the demonym is a modifier of this phrase
        own = head.head.i if head.dep_ == "conj" and coordinated_modifier(
            head.head) == head else -1
        if start >= m.span.start:
            return None
        names = [t for t in doc[left:head.i] if t.idx < m.span.start and t.i > own
                 and (t.pos_ == "PROPN" or t.ent_type_)]
        if names and all(t.ent_type_ in ("GPE", "LOC") for t in names) and (
                m.via == "generic" and "\n" not in doc[left:head.i + 1].text):
            # "Puntland officials", "Darfur authorities": a role the place names; the
            # phrase is a mention of it (the place is no participant of its own)
            base = _from_mention(m)
            text = self.document.text[start:m.span.end]
            return replace(base, mentions=tuple(dict.fromkeys((*base.mentions, text))))
        if names and all(t.ent_type_ in ("NORP", "") for t in names) and not (
                m.entity.kb_id) and all(self.mention_at(t.idx, t.idx + len(t.text)) in (None, m)
                                        for t in names):
            names = []  # "Kuki militants", "Tiv farmers": a people no actor stands for
        if names:
            return None  # a name to the left is its own mention ("FMLN guerrillas")
        span = self.document.span(start, m.span.end)
        text = span.text.strip()
        if not text:
            return None
        base = _from_mention(m)
        if m.entity.kb_id:
            # "intelligence forces" linked as the army: the phrase as written stays a mention
            return Participant(name=base.name, kb_id=base.kb_id, kind=base.kind,
                               country=base.country, sector=base.sector,
                               mentions=tuple(dict.fromkeys((*base.mentions, text))),
                               evidence=(span,))
        return Participant(name=text, kind=base.kind, country=base.country, sector=base.sector,
                           mentions=(text, *base.mentions), evidence=(span,))

    def participant(self, head: Any, inner: bool = False) -> Participant | None:
        """The participant a head token names (None for bare pronouns nobody resolved)."""
        name = named_apposition(head)
        if name is not None:  # "the main opposition Democratic Alliance": the party named
            named = self.participant(name, inner)
            described = self._participant(head, inner)  # (its description a mention of it)
            if named is None or described is None or described.name in named.mentions:
                return named
            return replace(named, mentions=(*named.mentions, described.name))
        p = self._participant(head, inner)
        if p is not None and not p.kb_id and p.evidence and line_break_in(p.evidence[0].text):
            p = self._last_line(p)
        if p is not None and not p.kb_id and p.evidence:
            p = self._without_age(p)
        p = self._without_descriptor(p, head) if p is not None else None
        p = with_shared_noun(p, head) if p is not None else None
        p = without_majority_creed(self, p) if p is not None else None
        p = name_before_kind(self, p, head) if p is not None else None
        p = self._known_as(p, head) if p is not None else None
        p = self._office_of(p, head) if p is not None else None
        p = with_country_of(self, p, head) if p is not None else None
        p = self._described(p, head) if p is not None else None
        p = all_of(self.document, p, head) if p is not None else None
        p = named_fuller_before(self.document, p, head) if p is not None else None
        p = described_before(self.participant, p, head) if p is not None else None
        return with_possessor(self.document, p, head) if p is not None else None

    def _whole_org(self, head: Any, m: Mention | None) -> Participant | None:
        """"Amnesty International Kenya", "the Committee to Protect Journalists": an
        organisation whose name ends in a country's name or runs on past the noun phrase (a
        verb in it) is named whole, not as the country nor as its first word."""
        ent = _org_around(head)
        if ent is None:
            return None
        toks = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        if m is not None:
            country_tail = m.entity.kind == "state" and head.i == ent.end - 1 and (
                m.span.start > ent[0].idx) and not any(
                t.ent_type_ == "GPE" for t in ent[:-1])
            if not country_tail:
                return None
        elif not (head.i < ent.end - 1 and any(t.pos_ in ("VERB", "AUX") and t.i > head.i
                                               for t in ent)):
            return None
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        span = self.document.span(start, end)
        # (the sector of the organisation its first words link to: Amnesty International's)
        first = self.mention_at(toks[0].idx, toks[0].idx + len(toks[0].text))
        sector = first.entity.sector if first is not None and first is not m else None
        return Participant(name=span.text, kind="organization", sector=sector,
                           evidence=(span,), mentions=(span.text,))

    def _office_of(self, p: Participant, head: Any) -> Participant:
        """"the minister of security", "a spokesman for the national police", "a lawyer for
        two of the detainees", "supporters of the losing candidate": an office, body or
        following named with whom or what it is held for, or where it sits ("the consul
        general in Erbil"); the whole phrase is also a mention (the name stays the office)."""
        before = [t for t in head.doc[max(head.i - 2, 0):head.i] if t.text != "-"][-1:]
        title = _lemma(head) in OFFICE_TITLES or (head.lower_ == "general" and any(
            _lemma(t) in ("consul", "attorney", "secretary", "inspector", "director")
            for t in before))  # "consul general", "secretary-general"
        if head.pos_ != "NOUN" or not p.evidence or not (
                title or _lemma(head) in OFFICE_BODIES or _lemma(head) in FOLLOWER_NOUNS) or (
                p.kb_id and not title):
            return p
        prep = next((c for c in head.rights if c.dep_ == "prep"), None)
        gap = head.doc[head.i + 1:prep.i] if prep is not None else []
        if prep is None or prep.lower_ not in ("of", "for", "in") or any(
                t.text not in ("-", "general") for t in gap):  # ("secretary-general of")
            return p
        if prep.lower_ == "in" and (_lemma(head) in FOLLOWER_NOUNS or not any(
                t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME", "PERSON")
                for t in prep.subtree)):
            return p  # "the consul general in Erbil": where the office is, by its name
        sub = phrase_before_aside(prep)  # ("of the commission, who arrived on Monday")
        if len(sub) > 7 or len(sub) < 2 or any(
                (t.pos_ in ("VERB", "AUX", "PRON") and t.dep_ != "amod")
                or (t.is_punct and t.text not in ("'", "’", "-"))
                or t.ent_type_ in ("DATE", "TIME") for t in sub[1:]):
            return p  # (a participle before the noun is no clause: "a losing candidate")
        end = sub[-1].idx + len(sub[-1].text)
        start = p.evidence[0].start
        if end <= start or start > head.idx:
            return p
        text = self.document.text[start:end]
        if text.lower() in (m.lower() for m in p.mentions):
            return p
        return Participant(name=p.name, kb_id=p.kb_id, kind=p.kind, country=p.country,
                           sector=p.sector, mentions=tuple(dict.fromkeys((*p.mentions, text))),
                           evidence=p.evidence)

    def _known_as(self, p: Participant, head: Any) -> Participant:
        """"pro-government toughs known as colectivos", "armed men called the Black Hand":
        the name they go by is a mention of theirs (and their name, if it is a proper
        name and they have no linked one)."""
        doc = head.doc
        for c in head.children:
            if c.dep_ != "acl" or c.tag_ != "VBN" or _lemma(c) not in NAMING_VERBS:
                continue
            names = [g for a in c.children if a.dep_ == "prep" and a.lower_ == "as"
                     for g in a.children if g.dep_ == "pobj"]
            names += [g for g in c.children if g.dep_ in ("oprd", "attr", "dobj")]
            for g in names[:1]:
                left, right = np_bounds(g)
                span = self.document.span(doc[left].idx,
                                          doc[right - 1].idx + len(doc[right - 1].text))
                text = span.text.strip()
                if not text or text.lower() == p.name.lower():
                    continue
                if g.pos_ == "PROPN" and not p.kb_id:
                    return Participant(name=text, kind=p.kind, country=p.country,
                                       sector=p.sector,
                                       mentions=tuple(dict.fromkeys((text, *p.mentions))),
                                       evidence=p.evidence + (span,))
                return Participant(name=p.name, kb_id=p.kb_id, kind=p.kind, country=p.country,
                                   sector=p.sector,
                                   mentions=tuple(dict.fromkeys((*p.mentions, text))),
                                   evidence=p.evidence)
        return p

    def _described(self, p: Participant, head: Any) -> Participant:
        """"two men wearing ski masks", "individuals riding a motorcycle": unnamed people are
        identified by the participle that describes them; it joins the name, and the bare
        phrase stays a mention. Not an event verb ("gunmen firing on the crowd")."""
        lex = load_lexicon()
        if p.kb_id or not p.evidence or head.pos_ != "NOUN" or not (
                lex.in_class(_lemma(head), "person")
                or _lemma(head) in ("man", "people", "person", "individual")):
            return p
        ev = p.evidence[-1]
        doc = head.doc
        for c in head.rights:
            if c.dep_ != "acl" or c.tag_ not in ("VBG", "VBN") or lex.entry(_lemma(c), "V"):
                continue
            if any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in c.children):
                continue
            toks = [t for t in c.subtree]
            if any(t.is_punct and t.text not in ("-",) for t in toks) or len(toks) > 8:
                continue
            if ev.end > c.idx or any(t.is_punct for t in doc[head.i + 1:c.i]):
                continue
            span = self.document.span(ev.start, toks[-1].idx + len(toks[-1].text))
            name = span.text
            # the bare phrase with its own words ("Suspected militants" of "Suspected
            # militants armed with rifles") is a mention too
            bare = self.document.text[ev.start:head.idx + len(head.text)]
            return Participant(name=name, kind=p.kind, country=p.country, sector=p.sector,
                               mentions=tuple(dict.fromkeys((*p.mentions, p.name, bare,
                                                             name))),
                               evidence=(span,) + p.evidence[:-1])
        return p

    def _without_age(self, p: Participant) -> Participant:
        """"14-year-old girl" / "year-old girl" -> "girl" (the age is a count, not a name)."""
        ev = p.evidence[0]
        m = _AGE.match(ev.text)
        if not m or m.end() >= len(ev.text):
            return p
        span = self.document.span(ev.start + m.end(), ev.end)
        name = span.text
        return Participant(name=name, kind=p.kind, country=p.country, sector=p.sector,
                           mentions=tuple(dict.fromkeys((name, *p.mentions))), evidence=(span,))

    def _last_line(self, p: Participant) -> Participant | None:
        """A phrase that runs over a line break (a headline glued to the sentence below it):
        only the part on the line of its head, the last one."""
        ev = p.evidence[0]
        cut = ev.start + max(ev.text.rfind(b) for b in LINE_BREAKS) + 1
        text = self.document.text[cut:ev.end]
        cut += len(text) - len(text.lstrip())
        if cut >= ev.end:
            return None
        span = self.document.span(cut, ev.end)
        name = span.text
        mentions = tuple(m for m in p.mentions if not line_break_in(m))
        return Participant(name=name, kind=p.kind, country=p.country, sector=p.sector,
                           mentions=tuple(dict.fromkeys((name, *mentions))), evidence=(span,))

    def _without_descriptor(self, p: Participant, head: Any) -> Participant:
        """"Dutch reporter Cornell Lagrow", "opposition leader Ana Ruiz": the person is the
        name after the common-noun descriptor; the whole phrase stays as a mention."""
        if p.kb_id or head.pos_ != "PROPN" or not p.evidence:
            return p
        doc = head.doc
        start = head.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ in (
                "compound", "flat", "nmod") and doc[start - 1].idx >= p.evidence[0].start:
            start -= 1
        before = doc[start - 1] if start > 0 else None
        if before is None or before.idx < p.evidence[0].start or before.pos_ != "NOUN" or (
                before.dep_ not in ("compound", "nmod", "appos")):
            return p
        if head.i - start < 1 and head.ent_type_ != "PERSON":
            return p  # one capitalised word after a noun may be a mis-tagged name part
        lex = load_lexicon()
        word = _lemma(before)
        if not (lex.in_class(word, "person") or word in DESCRIPTORS or lex.in_class(
                word, "armed")):
            return p  # "maria Jacinta Pulido": a first name the tagger took for a noun
        end = head.idx + len(head.text)
        if end > p.evidence[0].end:
            return p
        span = self.document.span(doc[start].idx, end)
        # the parsed text's casing (a caseless wire is truecased for parsing), as the actor
        # stage names people
        name = "".join(t.text_with_ws for t in doc[start:head.i + 1]).strip()
        if name.lower() != span.text.lower():
            name = span.text
        return Participant(name=name, kind=p.kind, country=p.country, sector=p.sector,
                           mentions=tuple(dict.fromkeys((name, *p.mentions))), evidence=(span,))

    def _complement(self, head: Any) -> Participant | None:
        """The participant named in a group noun's "of" complement ("terrorists" in "a
        group of terrorists")."""
        of = of_objects(head)
        return self.participant(of[0]) if of else None

    def _group(self, head: Any) -> Participant | None:
        left, right = np_bounds(head)
        doc = head.doc
        if right <= head.i + 1:
            return None
        span = self.document.span(doc[left].idx, doc[right - 1].idx + len(doc[right - 1].text))
        text = span.text.strip()
        return Participant(name=text, evidence=(span,), mentions=(text,)) if text else None

    def named_group(self, head: Any) -> Participant | None:
        """"the "Islamic State" militant group", "the Haqqani network": a singular
        organisation noun after a proper name is the named group itself (not a group and,
        beside it, the organisation it belongs to), its name and the phrase its mentions."""
        if head.pos_ != "NOUN" or _lemma(head) not in NAMED_GROUP_NOUNS or head.tag_ == "NNS":
            return None  # "all Beni organizations": a plural classes several, names none
        names = [c for c in head.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
                 and c.ent_type_ not in ("GPE", "LOC", "NORP", "FAC", "PERSON")
                 and c.ent_type_ not in NON_PARTICIPANT_ENTS
                 and not (c.i > 0 and head.doc[c.i - 1].text == "(")]  # "(RD)": an aside
        if not names:
            return None
        name = names[-1]
        doc = head.doc
        m = self.mention_at(name.idx, name.idx + len(name.text))
        if m is not None and m.span.end > head.idx:
            return None  # the mention covers the group noun: the name is the whole phrase
        if m is not None:
            base = _from_mention(m)
        else:
            start = name.left_edge.i  # "Red Dawn" ("Red" can come tagged an adjective)
            while start < name.i and not (doc[start].is_title or doc[start].is_upper):
                start += 1
            span = self.document.span(doc[start].idx, name.idx + len(name.text))
            base = Participant(name=span.text, evidence=(span,), mentions=(span.text,))
        first = min(base.evidence[0].start, doc[np_bounds(head)[0]].idx)
        phrase = self.document.span(first, head.idx + len(head.text))
        # without quotes or an acronym in brackets ("the Red Dawn (RD) group")
        text = " ".join(re.sub(r'["“”]|\([^()]*\)', " ", phrase.text).split())
        # a linked name is the KB's; an unlinked group keeps the phrase as written ("the
        # Black Hand group"), its bare name a mention
        name_of = base.name if base.kb_id else text
        return Participant(name=name_of, kb_id=base.kb_id, kind=base.kind,
                           country=base.country, sector=base.sector,
                           mentions=tuple(dict.fromkeys((*base.mentions, text))),
                           evidence=base.evidence + (phrase,))

    def _participant(self, head: Any, inner: bool = False) -> Participant | None:
        doc = head.doc
        named_group = self.named_group(head)
        if named_group is not None:
            return named_group
        if group_head(head):
            g = self._group(head)
            if g is not None:
                named = self._complement(head)
                if named is not None:
                    return Participant(name=named.name, kb_id=named.kb_id, kind=named.kind,
                                       country=named.country, sector=named.sector,
                                       mentions=tuple(dict.fromkeys((*named.mentions, g.name))),
                                       evidence=named.evidence + g.evidence)
                return g
        m = self.mention_at(head.idx, head.idx + len(head.text))
        whole = self._whole_org(head, m)
        if whole is not None:
            return whole
        if m is not None and not cut_short(m.span.text, m.entity.kb_id):
            return self._widened(m, head) or named_before(self.mentions, m, _from_mention(m))
        left, right = np_bounds(head)
        start, end = doc[left].idx, doc[right - 1].idx + len(doc[right - 1].text)
        if inner:
            # "a Shia mosque", "Kurdish militant targets": a creed or people describing a
            # thing names no group that owns it
            inside = [m for m in self.mentions_within(start, end) if not described_kind(m, doc)]
            if inside:
                return _from_mention(inside[0])
        if head.pos_ == "PRON" or (head.lower_ in PRONOUNS and head.pos_ not in ("PROPN",)):
            ante = clause_antecedent(head) or sayer_antecedent(head)
            if ante is None:
                speaker = previous_speaker(head)  # "..., the envoy said. She called on ..."
                return self.participant(speaker) if speaker is not None else None
            return self._participant(ante)
        if head.ent_type_ in NON_PARTICIPANT_ENTS:
            return None
        if end <= start:
            return None
        span = self.document.span(start, end)
        text = span.text.strip()
        if not text or not any(ch.isalpha() for ch in text):
            return None
        return Participant(name=text, evidence=(span,), mentions=(text,))


# a vague count before a group's head: how many, no part of its name ("several civilians",
# "several thousand people", "dozens of students")
VAGUE_SCALE = {"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "scores"}


def _org_around(head: Any) -> Any:
    """The organisation name (a tagged ORG of two words or more) the head is in."""
    if head.ent_type_ != "ORG":
        return None
    return next((e for e in head.doc.ents if e.label_ == "ORG" and e.start <= head.i < e.end
                 and e.end - e.start >= 2), None)


def _unhedged(text: str) -> str:
    """"presumed urban guerrillas" -> "urban guerrillas" (see np_bounds); "several thousand
    people" -> "people"."""
    words = text.split()
    while len(words) > 1 and words[0].lower() in HEDGES | {"self-styled", "so-called"}:
        words = words[1:]
    if len(words) > 1 and words[0].lower() in VAGUE_QUANTITY:
        words = words[1:]
        if len(words) > 1 and words[0].lower() in VAGUE_SCALE:
            words = words[1:]
    elif len(words) > 2 and words[0].lower() in VAGUE_SCALE and words[1].lower() == "of":
        words = words[2:]
    return " ".join(words) if len(words) < len(text.split()) else text


def _from_mention(m: Mention) -> Participant:
    e = m.entity
    name = e.name if e.kb_id else _unhedged(e.name)
    return Participant(name=name, kb_id=e.kb_id, kind=e.kind, country=e.country,
                       sector=e.sector, mentions=(_unhedged(m.span.text),), evidence=(m.span,))
