"""Knowledge from text: designations, delistings, memberships and appointments stated in an
article become dated, sourced statements (FollowTheMoney-style rows with provenance).

Each fact is a dict: id, subject (kb_id, else the name), subject_name, property, value,
value_name, start, end (ISO dates or None), precision, document_id, evidence ({start, end,
text}) and evidence_start/_end/_text, stage "actors", version, and `rule` (which pattern).
Properties: `designated` (value: the list, e.g. USA-FTO; a delisting sets `end`),
`member_of` (value: the organisation; leaving sets `end`), `position` (value: the office;
`role` the title; leaving sets `end`).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..records import PIPELINE_VERSION, Analysis, Mention, Timex, stable_id
from .build import default_kb
from .kb import KnowledgeBase, alias_key
from .link import link_mentions

DESIGNATE = re.compile(r"\b(designat(?:ed|es|e|ing|ion)|blacklist(?:ed|s)?|listed as|proscribed|"
                       r"added to (?:the|its|a) [\w ]*list)\b", re.I)
TERROR = re.compile(r"terror|FTO|SDGT|blacklist|proscribed|sanctions list", re.I)
DELIST = re.compile(r"\b(removed from (?:the|its|a) [\w ]*(?:list|blacklist)|removed from the "
                    r"blacklist|delist(?:ed|ing|s)?|revok(?:ed|es|ing) (?:the |its |a )?[\w ]*"
                    r"designation|lift(?:ed|s|ing)? (?:the |its |a )?[\w ]*designation|no longer "
                    r"(?:designated|listed)|taken off (?:the|a) [\w ]*list)\b", re.I)
JOIN = re.compile(r"\b(join(?:ed|s|ing)?|became (?:a|the) (?:\d+\w* )?member of|admitted (?:in)?to|"
                  r"accession to|acceded to)\b", re.I)
LEAVE = re.compile(r"\b(withdr(?:ew|awn|aws|aw) from|left|quit|exit(?:ed)? from|suspended from|"
                   r"expelled from)\b", re.I)
APPOINT = re.compile(r"\b(appoint(?:ed|s)?|nam(?:ed|es) (?:as )?(?:the )?new|sworn in|"
                     r"elected|installed|took office|became|inaugurated|nominated)\b", re.I)
DEPART = re.compile(r"\b(resign(?:ed|s)?|dismiss(?:ed|es)|sacked|fired|ousted|stepped down|"
                    r"removed from (?:his|her) post|replaced)\b", re.I)
LISTS = {"foreign terrorist organi": "USA-FTO", "specially designated global terrorist": "USA-SDGT",
         "transnational criminal organi": "USA-TCO", "proscribed": "GBR-PROSCRIBED"}
GROUP_KINDS = {"armed group", "militia", "organization", "group"}
MEMBER_KINDS = {"state", "government", "ministry"}
ORG_KINDS = {"international organization", "coalition"}


def _sentences(analysis: Analysis) -> list[tuple[int, int]]:
    if analysis.doc is not None:
        return [(s.start_char, s.end_char) for s in analysis.doc.sents]
    return [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?", analysis.document.text)]


def _date_in(timexes: list[Timex], start: int, end: int, after: int = -1,
             ) -> tuple[date | None, str | None]:
    """The dated timex in [start, end): the first after `after`, else the last before it."""
    inside = [t for t in timexes if t.type == "DATE" and t.start is not None
              and start <= t.span.start < end]
    if not inside:
        return None, None
    later = [t for t in inside if t.span.start >= after]
    t = later[0] if later else inside[-1]
    return t.start, t.precision


def _state_of(m: Mention, kb: KnowledgeBase) -> tuple[str | None, str]:
    """A government or ministry joins as its state: (kb id, name)."""
    e = m.entity
    if e.kind in {"government", "ministry"} and e.country:
        st = kb.get(e.country)
        return (e.country, st.name if st else e.country)
    return (e.kb_id or e.name, e.name)


class _Facts:
    def __init__(self, analysis: Analysis, kb: KnowledgeBase) -> None:
        self.a, self.kb = analysis, kb
        self.text = analysis.document.text
        self.doc_id = analysis.document.id
        self.mentions = analysis.mentions or link_mentions(analysis, kb)
        self.anchor = analysis.anchor.date if analysis.anchor else None
        self.out: dict[str, dict[str, Any]] = {}

    def emit(self, rule: str, subject: Mention | tuple[str | None, str], prop: str,
             value: str, value_name: str, start: date | None, end: date | None,
             precision: str | None, ev: tuple[int, int], **extra: Any) -> None:
        if isinstance(subject, Mention):
            subj_id, subj_name = subject.entity.kb_id or subject.entity.name, subject.entity.name
        else:
            subj_id, subj_name = subject[0] or subject[1], subject[1]
        evidence = {"start": ev[0], "end": ev[1], "text": self.text[ev[0]:ev[1]],
                    "document_id": self.doc_id}
        fact = {
            "subject": subj_id, "subject_name": subj_name, "property": prop, "value": value,
            "value_name": value_name,
            "start": start.isoformat() if start else None,
            "end": end.isoformat() if end else None, "precision": precision,
            "document_id": self.doc_id, "evidence": evidence,
            "evidence_start": ev[0], "evidence_end": ev[1], "evidence_text": evidence["text"],
            "stage": "actors", "version": PIPELINE_VERSION, "rule": rule, **extra,
        }
        fact["id"] = stable_id("fact", subj_id, prop, value, fact["start"], fact["end"],
                               self.doc_id, ev[0])
        self.out.setdefault(fact["id"], fact)

    def in_sentence(self, s: int, e: int) -> list[Mention]:
        return [m for m in self.mentions if s <= m.span.start and m.span.end <= e]

    def run(self) -> list[dict[str, Any]]:
        for s, e in _sentences(self.a):
            sent = self.text[s:e]
            ms = self.in_sentence(s, e)
            if not ms:
                continue
            self.designations(sent, s, e, ms)
            self.memberships(sent, s, e, ms)
            self.appointments(sent, s, e, ms)
        return list(self.out.values())

    # ------------------------------------------------------------------ rules
    def designator(self, ms: list[Mention], after: int) -> Mention | None:
        by = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
        for m in ms:
            if m.span.start >= after and by.search(self.text[max(0, m.span.start - 12):m.span.start]):
                return m
        return None

    def list_value(self, sent: str, authority: Mention | None) -> tuple[str, str]:
        low = sent.lower()
        for words, list_id in LISTS.items():
            if words in low:
                ent = self.kb.get(list_id)
                return list_id, ent.name if ent else list_id
        if authority is not None and authority.entity.country:
            return f"{authority.entity.country}-terrorist-list", \
                f"{authority.entity.country} terrorist list"
        return "terrorist-list", "terrorist list"

    def designations(self, sent: str, s: int, e: int, ms: list[Mention]) -> None:
        for rx, delisting in ((DESIGNATE, False), (DELIST, True)):
            for trig in rx.finditer(sent):
                if not delisting and (not TERROR.search(sent) or DELIST.search(sent[:trig.end()])):
                    continue
                at = s + trig.start()
                before = [m for m in ms if m.span.end <= at
                          and m.entity.kind in GROUP_KINDS | {"person"}]
                if not before:
                    continue
                groups = [m for m in before if m.entity.kind in GROUP_KINDS]
                subject = (groups or before)[-1]
                if delisting:  # "Sharaa ... was removed from the blacklist": the clause subject
                    subject = self.clause_subject(before, at) or subject
                authority = self.designator(ms, s + trig.end())
                value, name = self.list_value(sent, authority)
                when, precision = _date_in(self.a.timexes, s, e, s + trig.end())
                if delisting:
                    self.emit("delisting", subject, "designated", value, name, None,
                              when or self.anchor, precision, (s, e),
                              authority=authority.entity.kb_id if authority else None)
                else:
                    self.emit("designation", subject, "designated", value, name, when, None,
                              precision, (s, e),
                              authority=authority.entity.kb_id if authority else None)

    def clause_subject(self, before: list[Mention], at: int) -> Mention | None:
        doc = self.a.doc
        if doc is None:
            return None
        tok = doc.char_span(at, at + 1, alignment_mode="expand")
        if tok is None:
            return None
        head = tok.root.head if tok.root.dep_ not in {"ROOT"} else tok.root
        for child in head.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                for m in before:
                    if m.span.start <= child.idx < m.span.end:
                        return m
        return None

    def memberships(self, sent: str, s: int, e: int, ms: list[Mention]) -> None:
        for rx, leaving in ((JOIN, False), (LEAVE, True)):
            for trig in rx.finditer(sent):
                at, after = s + trig.start(), s + trig.end()
                orgs = [m for m in ms if m.span.start >= after and m.entity.kind in ORG_KINDS]
                members = [m for m in ms if m.span.end <= at and m.entity.kind in MEMBER_KINDS]
                if not orgs or not members:
                    continue
                org, member = orgs[0], members[-1]
                if self.text[after:org.span.start].count(",") > 1:
                    continue
                when, precision = _date_in(self.a.timexes, s, e, at)
                when = when or self.anchor
                value = org.entity.kb_id or org.entity.name
                subj = _state_of(member, self.kb)
                if leaving:
                    self.emit("leave", subj, "member_of", value, org.entity.name, None, when,
                              precision, (s, e))
                else:
                    self.emit("join", subj, "member_of", value, org.entity.name, when, None,
                              precision, (s, e))

    def appointments(self, sent: str, s: int, e: int, ms: list[Mention]) -> None:
        for rx, leaving in ((APPOINT, False), (DEPART, True)):
            for trig in rx.finditer(sent):
                at, after = s + trig.start(), s + trig.end()
                people = [m for m in ms if m.entity.kind == "person"]
                if not people:
                    continue
                before = [m for m in people if m.span.end <= at]
                later = [m for m in people if m.span.start >= after]
                person = before[-1] if before else later[0]
                office = self.office(sent[trig.end():], after, ms, person)
                if office is None:
                    continue
                value, name, role = office
                when, precision = _date_in(self.a.timexes, s, e, at)
                when = when or self.anchor
                if leaving:
                    self.emit("depart", person, "position", value, name, None, when, precision,
                              (s, e), role=role)
                else:
                    self.emit("appointment", person, "position", value, name, when, None,
                              precision, (s, e), role=role)

    def office(self, rest: str, offset: int, ms: list[Mention], person: Mention,
               ) -> tuple[str, str, str] | None:
        """What office follows "appointed (as)": a title (+ country), or an institution."""
        m = re.match(r"\s*(?:as\s+)?(?:the\s+|a\s+)?(?:new\s+)?(?:country's\s+|nation's\s+)?"
                     r"([A-Za-z][A-Za-z\- ']{2,60})", rest)
        if not m:
            return None
        words = alias_key(m.group(1)).split()
        titles = self.kb.lexicon.titles
        for n in range(min(4, len(words)), 0, -1):
            for k in range(0, len(words) - n + 1):
                cand = " ".join(words[k:k + n])
                if cand in titles and titles[cand].get("sector"):
                    info = titles[cand]
                    country = person.entity.country
                    for w in range(0, k):
                        iso3 = self.kb.countries.get(words[w])
                        if iso3:
                            country = iso3
                    after_of = " ".join(words[k + n:k + n + 3])
                    iso3 = self.kb.countries.get(after_of.removeprefix("of ").strip())
                    country = iso3 or country
                    inst = info.get("institution")
                    role = " ".join(w.capitalize() for w in cand.split())
                    if country and inst:
                        ent = self.kb.institution(country, inst)
                        if ent is not None:
                            return ent.id, ent.name, role
                    return role, role, role
        return None


def facts_from_text(analysis: Analysis, kb: KnowledgeBase | None = None) -> list[dict[str, Any]]:
    """Designations, delistings, memberships and appointments stated in the document."""
    return _Facts(analysis, kb or default_kb()).run()
