"""Knowledge from text: designations, delistings, memberships and appointments stated in an
article become dated, sourced statements (FollowTheMoney-style rows with provenance).

Each fact is a dict: id, subject (kb_id, else the name), subject_name, property, value,
value_name, start, end (ISO dates or None), precision, document_id, evidence ({start, end,
text}) and evidence_start/_end/_text (the sentence), stage "actors", version, `rule` and,
where known, `authority` (who designated) or `role` (the title).
Properties: `designated` (value: the list, e.g. USA-FTO; a delisting sets `end`),
`member_of` (value: the organisation; leaving sets `end`), `position` (value: the office;
leaving sets `end`).

Rules read the dependency parse around a trigger verb: the patient is the object (active),
the passive subject, or the noun a participle modifies ("HTS, designated ... by the US");
the authority is the subject or the "by" agent; members are a subject and its conjuncts.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..records import PIPELINE_VERSION, Analysis, Mention, stable_id
from .build import default_kb
from .kb import KnowledgeBase, alias_key
from .link import link_mentions

TERROR = re.compile(r"terror|\bFTO\b|SDGT|blacklist|proscri|sanctions list", re.I)
LISTS = {"foreign terrorist organi": "USA-FTO", "specially designated global terrorist": "USA-SDGT",
         "transnational criminal organi": "USA-TCO", "proscri": "GBR-PROSCRIBED"}
AUTHORITY_LISTS = {"EU": "EU-TERROR", "UN": "UN-1267", "UNSC": "UN-1267"}
DESIGNATE = {"designate", "blacklist", "proscribe", "add", "list", "label", "brand"}
DELIST = {"delist", "remove", "revoke", "lift", "rescind", "unlist", "drop", "strike"}
JOIN = {"join", "accede", "admit", "become", "rejoin"}
LEAVE = {"withdraw", "leave", "quit", "exit", "expel", "suspend"}
APPOINT = {"appoint", "name", "elect", "nominate", "swear", "install", "inaugurate", "promote",
           "reappoint", "confirm"}
DEPART = {"dismiss", "sack", "fire", "oust", "resign", "replace", "depose", "step"}
GROUP_KINDS = {"armed group", "militia", "organization", "group", "person"}
MEMBER_KINDS = {"state", "government", "ministry"}
ORG_KINDS = {"international organization", "coalition"}


class _Facts:
    def __init__(self, analysis: Analysis, kb: KnowledgeBase) -> None:
        self.a, self.kb = analysis, kb
        self.text = analysis.document.text
        self.doc_id = analysis.document.id
        self.doc = analysis.doc
        if self.doc is None:
            from ..language import parse

            self.doc = parse(self.text)
        self.mentions = list(analysis.mentions) or link_mentions(
            Analysis(analysis.document, self.doc, analysis.anchor, analysis.timexes), kb)
        self.anchor = analysis.anchor.date if analysis.anchor else None
        self.out: dict[str, dict[str, Any]] = {}

    # ------------------------------------------------------------------ helpers
    def mention(self, tok: Any) -> Mention | None:
        """The smallest mention covering a token (None: no actor there)."""
        if tok is None:
            return None
        best = None
        for m in self.mentions:
            if m.span.start <= tok.idx < m.span.end:
                if best is None or m.span.end - m.span.start < best.span.end - best.span.start:
                    best = m
        return best

    def mention_in(self, tok: Any, kinds: set[str] | None = None) -> Mention | None:
        """The first mention in a token's subtree (of the given kinds)."""
        if tok is None:
            return None
        lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
        direct = self.mention(tok)
        if direct is not None and (kinds is None or direct.entity.kind in kinds):
            return direct
        for m in self.mentions:
            if lo <= m.span.start < hi and (kinds is None or m.entity.kind in kinds):
                return m
        return None

    def when(self, sent: Any, trigger: Any) -> tuple[date | None, str | None]:
        """The dated timex of the trigger's own clause (not of a clause inside it, as in
        "Sharaa, who led HTS ... in 2018, was removed ... earlier this year"), else the
        nearest in the sentence."""
        dated = [t for t in self.a.timexes or () if t.type == "DATE" and t.start is not None
                 and sent.start_char <= t.span.start < sent.end_char]
        if not dated:
            return None, None
        inner = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
                 for c in trigger.subtree if c != trigger
                 and c.dep_ in {"relcl", "acl", "advcl", "ccomp", "xcomp"}]
        lo = trigger.left_edge.idx
        hi = trigger.right_edge.idx + len(trigger.right_edge.text)
        own = [t for t in dated if lo <= t.span.start < hi
               and not any(a <= t.span.start < b for a, b in inner)]
        pool = own or dated
        best = min(pool, key=lambda t: abs(t.span.start - trigger.idx))
        return best.start, best.precision

    def emit(self, rule: str, subject: Mention | tuple[str, str], prop: str, value: str,
             value_name: str, start: date | None, end: date | None, precision: str | None,
             sent: Any, **extra: Any) -> None:
        if isinstance(subject, Mention):
            subj_id, subj_name = subject.entity.kb_id or subject.entity.name, subject.entity.name
        else:
            subj_id, subj_name = subject
        ev0, ev1 = sent.start_char, sent.end_char
        while ev1 > ev0 and self.text[ev1 - 1].isspace():
            ev1 -= 1
        evidence = {"start": ev0, "end": ev1, "text": self.text[ev0:ev1],
                    "document_id": self.doc_id}
        fact = {
            "subject": subj_id, "subject_name": subj_name, "property": prop, "value": value,
            "value_name": value_name, "start": start.isoformat() if start else None,
            "end": end.isoformat() if end else None, "precision": precision,
            "document_id": self.doc_id, "evidence": evidence, "evidence_start": ev0,
            "evidence_end": ev1, "evidence_text": evidence["text"], "stage": "actors",
            "version": PIPELINE_VERSION, "rule": rule, **extra,
        }
        fact["id"] = stable_id("fact", subj_id, prop, value, fact["start"], fact["end"],
                               self.doc_id, ev0)
        self.out.setdefault(fact["id"], fact)

    @staticmethod
    def child(tok: Any, *deps: str) -> Any:
        return next((c for c in tok.children if c.dep_ in deps), None)

    def subject_of(self, tok: Any) -> Any:
        """The grammatical subject, climbing out of "signed documents to join"."""
        for _ in range(4):
            subj = self.child(tok, "nsubj")
            if subj is not None:
                return subj
            if tok.dep_ in {"xcomp", "advcl", "conj", "ccomp", "relcl"} and tok.head != tok:
                tok = tok.head
            else:
                return None
        return None

    @staticmethod
    def conjuncts(tok: Any) -> list[Any]:
        return [tok, *tok.conjuncts] if tok is not None else []

    def patient(self, trig: Any) -> Any:
        """Whom the verb is done to: object, passive subject, or the noun a participle
        modifies ("HTS, designated ... by the US")."""
        pat = self.child(trig, "dobj", "nsubjpass")
        if pat is None and trig.tag_ == "VBN" and self.child(trig, "aux", "auxpass") is None:
            pat = self.child(trig, "nsubj")  # "HTS, previously designated as ..."
        if pat is None and trig.dep_ in {"acl", "relcl", "amod"}:
            pat = trig.head
        if pat is not None and pat.lower_ in {"designation", "listing", "ban"}:
            of = next((c for c in pat.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pat = self.child(of, "pobj") if of is not None else pat
        return pat

    def authority(self, trig: Any) -> Mention | None:
        agent = self.child(trig, "agent")
        if agent is None:  # "by the US" hung lower in the parse
            agent = next((t for t in trig.subtree if t.lower_ == "by" and t.dep_ in
                          {"agent", "prep"} and t.head.i >= trig.i), None)
        if agent is not None:
            return self.mention_in(self.child(agent, "pobj"))
        if self.child(trig, "nsubjpass") is None and trig.dep_ not in {"acl", "amod"}:
            return self.mention_in(self.subject_of(trig))
        return None

    # ------------------------------------------------------------------ rules
    def run(self) -> list[dict[str, Any]]:
        for sent in self.doc.sents:
            if not any(sent.start_char <= m.span.start < sent.end_char for m in self.mentions):
                continue
            for tok in sent:
                if tok.pos_ not in {"VERB", "AUX"}:
                    continue
                lemma = tok.lemma_.lower()
                if lemma in DESIGNATE or lemma in DELIST:
                    self.designation(sent, tok, lemma in DELIST)
                if lemma in JOIN or lemma in LEAVE:
                    self.membership(sent, tok, lemma in LEAVE)
                if lemma in APPOINT or lemma in DEPART:
                    self.appointment(sent, tok, lemma in DEPART)
        return list(self.out.values())

    def designation(self, sent: Any, trig: Any, delisting: bool) -> None:
        if not TERROR.search(sent.text):
            return
        window = self.text[trig.idx:sent.end_char]
        if delisting and not re.search(r"list|designation|sanction", window, re.I):
            return
        if trig.lemma_.lower() in {"add", "list", "label", "brand"} and \
                not re.search(r"list|as an? [\w ]*terror", window, re.I):
            return
        subject = self.mention_in(self.patient(trig), GROUP_KINDS)
        if subject is None:  # the parse failed: the last group named before the verb
            before = [m for m in self.mentions if sent.start_char <= m.span.start
                      and m.span.end <= trig.idx and m.entity.kind in GROUP_KINDS - {"person"}]
            if not before:
                return
            subject = before[-1]
        authority = self.authority(trig)
        value, name = self.list_value(sent.text, authority)
        when, precision = self.when(sent, trig)
        extra = {"authority": authority.entity.kb_id if authority else None}
        if delisting:
            self.emit("delisting", subject, "designated", value, name, None,
                      when or self.anchor, precision, sent, **extra)
        else:
            self.emit("designation", subject, "designated", value, name, when, None,
                      precision, sent, **extra)

    def list_value(self, sent: str, authority: Mention | None) -> tuple[str, str]:
        low = sent.lower()
        for words, list_id in LISTS.items():
            if words in low:
                ent = self.kb.get(list_id)
                return list_id, ent.name if ent else list_id
        if authority is not None:
            auth_list = AUTHORITY_LISTS.get(authority.entity.kb_id or "")
            if auth_list:
                ent = self.kb.get(auth_list)
                return auth_list, ent.name if ent else auth_list
            if authority.entity.country:
                return (f"{authority.entity.country}-terrorist-list",
                        f"{authority.entity.country} terrorist list")
        return "terrorist-list", "terrorist list"

    def membership(self, sent: Any, trig: Any, leaving: bool) -> None:
        org_tok = self.child(trig, "dobj")
        if trig.lemma_.lower() == "become":
            attr = self.child(trig, "attr")
            if attr is None or attr.lemma_.lower() != "member":
                return
            org_tok = attr
        if org_tok is None or leaving:
            prep = next((c for c in trig.children if c.dep_ == "prep"
                         and c.lower_ in {"from", "of", "to"}), None)
            org_tok = self.child(prep, "pobj") if prep is not None else org_tok
        org = self.mention_in(org_tok, ORG_KINDS)
        if org is None:
            org = next((m for m in self.mentions if trig.idx < m.span.start < sent.end_char
                        and m.entity.kind in ORG_KINDS), None)
        if org is None or org.span.start - trig.idx > 120:
            return
        subj = self.subject_of(trig) if self.child(trig, "nsubjpass") is None else \
            self.child(trig, "nsubjpass")
        members = [m for m in (self.mention_in(t, MEMBER_KINDS) for t in self.conjuncts(subj))
                   if m is not None]
        when, precision = self.when(sent, trig)
        when = when or self.anchor
        value = org.entity.kb_id or org.entity.name
        for member in members:
            subject = self.state_of(member)
            if leaving:
                self.emit("leave", subject, "member_of", value, org.entity.name, None, when,
                          precision, sent)
            else:
                self.emit("join", subject, "member_of", value, org.entity.name, when, None,
                          precision, sent)

    def state_of(self, m: Mention) -> tuple[str, str]:
        """A government or ministry joins as its state."""
        e = m.entity
        if e.kind in {"government", "ministry"} and e.country:
            st = self.kb.get(e.country)
            return e.country, st.name if st else e.country
        return e.kb_id or e.name, e.name

    def appointment(self, sent: Any, trig: Any, leaving: bool) -> None:
        lemma = trig.lemma_.lower()
        if lemma == "step" and not any(c.lower_ == "down" for c in trig.children):
            return
        person_tok = self.patient(trig)
        if lemma in {"resign", "step"}:
            person_tok = self.subject_of(trig)
        person = self.mention_in(person_tok, {"person"})
        if person is None:
            return
        when, precision = self.when(sent, trig)
        when = when or self.anchor
        role_text = self.role_text(trig)
        office = self.office(role_text, person) if role_text else None
        if office is None and leaving:  # "Defence Minister Yoav Gallant was dismissed"
            name_at = person.span.text.find(person.entity.name.split()[0])
            if name_at > 0:
                office = self.office(person.span.text[:name_at], person)
        if office is None and leaving and person.entity.kb_id and when:
            res = self.kb.resolve(person.entity.kb_id, date.fromordinal(when.toordinal() - 1))
            if res is not None and res.office:
                ent = self.kb.get(res.office)
                office = (res.office, ent.name if ent else res.office, res.role or "")
        if office is None:
            return
        value, name, role = office
        if leaving:
            self.emit("depart", person, "position", value, name, None, when, precision, sent,
                      role=role)
        else:
            self.emit("appointment", person, "position", value, name, when, None, precision,
                      sent, role=role)

    def role_text(self, trig: Any) -> str | None:
        """"as prime minister", "named X defence secretary" (oprd), "to the post of ..."."""
        for c in trig.children:
            if c.dep_ == "prep" and c.lower_ in {"as", "to"}:
                obj = self.child(c, "pobj")
                if obj is not None:
                    return self.text[obj.left_edge.idx:obj.idx + len(obj.text)]
            if c.dep_ in {"oprd", "xcomp", "attr"}:
                return self.text[c.left_edge.idx:c.idx + len(c.text)]
        dobj = self.child(trig, "dobj")
        if dobj is not None:
            for c in dobj.children:
                if c.dep_ == "prep" and c.lower_ == "as":
                    obj = self.child(c, "pobj")
                    if obj is not None:
                        return self.text[obj.left_edge.idx:obj.idx + len(obj.text)]
        return None

    def office(self, role_text: str, person: Mention) -> tuple[str, str, str] | None:
        """Map "Ukraine's prime minister" / "defense secretary" to an office id."""
        words = alias_key(role_text).split()
        titles = self.kb.lexicon.titles
        country = person.entity.country
        for w in words:
            iso3 = self.kb.countries.get(w)
            if iso3:
                country = iso3
        for n in range(min(4, len(words)), 0, -1):
            for k in range(0, len(words) - n + 1):
                cand = " ".join(words[k:k + n])
                info = titles.get(cand)
                if not info or not info.get("sector"):
                    continue
                role = " ".join(w.capitalize() for w in cand.split())
                inst = info.get("institution")
                if country and inst:
                    ent = self.kb.institution(country, inst)
                    if ent is not None:
                        return ent.id, ent.name, role
                return role, role, role
        return None


def facts_from_text(analysis: Analysis, kb: KnowledgeBase | None = None) -> list[dict[str, Any]]:
    """Designations, delistings, memberships and appointments stated in the document."""
    return _Facts(analysis, kb or default_kb()).run()
