"""Pronoun resolution of the linker: "he"/"she" -> the last person named, "they"/"them"
-> a group-like actor, "it" -> an organisation, relative "who" -> the noun it modifies."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .candidates import GROUP_KINDS, Cand
from .kb import KnowledgeBase

ORG_KINDS = {"state", "government", "ministry", "military", "armed group", "militia",
             "international organization", "coalition", "military command", "organization",
             "police", "security forces", "intelligence", "legislature", "judiciary"}


# what a statement is issued as ("the statement said"): it names no speaker of its own (a
# subset of events.claimant_names.ISSUED_TEXTS, kept short: "the post/figures said" is not)
REPORT_WORDS = {"statement", "report", "communique", "release", "bulletin"}
# verbs of saying whose speaker a subject "it" of the said clause names (not
# geo.place_parse.ATTRIBUTION_VERBS: this set has "claim" and "declare", and lacks "tell")
SAYING_VERBS = {"say", "announce", "state", "claim", "confirm", "report", "declare", "add"}
_SAYING_OR_TELLING = SAYING_VERBS | {"tell"}


class PronounMixin:
    """Methods of `link.DocLinker` that resolve pronouns (see there for the state)."""

    doc: Any
    text: str
    kb: KnowledgeBase
    cands: list[Cand]

    def resolve_pronouns(self) -> None:
        """"he"/"she" -> the last person named in this or the previous sentence; "they" ->
        the last group-like actor there; relative "who" -> the noun it modifies."""
        by_start = sorted(self.cands, key=lambda c: c.start)
        covered = {k for c in by_start for k in range(c.start, c.end)}
        added = []
        for tok in self.doc:
            if tok.i in covered or tok.pos_ != "PRON":
                continue
            low = tok.lower_
            ante: Cand | None = None
            speaker: Cand | None = None
            if low == "who" and tok.head.dep_ == "relcl":
                noun = tok.head.head
                ante = next((c for c in by_start if c.start <= noun.i < c.end), None)
            elif low in {"he", "she", "him"} or (low == "her" and tok.dep_ != "poss"):
                ante = self._recent(by_start, tok, {"person"})
            elif low in {"they", "them"} or (low == "those" and self._bare_subject(tok)):
                ante = self._plural_sayer(by_start, tok) or self._plural_antecedent(
                    by_start, tok)
            elif low == "it" and tok.dep_ in {"nsubj", "nsubjpass", "dobj"} and \
                    tok.head.lemma_ not in {"be", "seem", "appear", "take", "remain"} and not (
                    tok.dep_ == "dobj" and tok.head.lemma_.lower() in DEED_VERBS) and not (
                    _names_the_thing(tok)):
                # "Hamas said it would ...": an organisation named earlier in the sentence
                # (a singular one: "it" is no "militants")
                own = self._own_subjects(by_start, tok)
                ante = self._main_subject(by_start, tok) or next(
                    (c for c in reversed(by_start) if c.end <= tok.i and
                     c.start >= tok.sent.start and c.kind in ORG_KINDS
                     and self.doc[c.end - 1].tag_ not in {"NNS", "NNPS"}
                     and not any(self._same_actor(c, o) for o in own)), None)
                if ante is None:
                    ante = self._previous_it(added, by_start, tok)
                if ante is None:
                    ante = speaker = self._previous_subject(by_start, tok)
            if ante is not None and ante is not speaker and self._nearer_thing(ante, tok,
                                                                                 covered):
                ante = None
            if ante is not None:
                added.append(replace(ante, start=tok.i, end=tok.i + 1, via="coreference",
                                     score=round(0.6 * ante.score, 3), named=False))
        if added:
            self.cands = sorted(self.cands + added, key=lambda c: c.start)

    def _main_subject(self, cands: list[Cand], tok: Any) -> Cand | None:
        """"Kenya has suffered attacks by the Somali group since it sent troops into Somalia":
        the subject "it" of a clause of time or reason ("since", "after", "because") is the
        subject of the clause it modifies, when that is a singular state or organisation."""
        clause = tok.head
        # "the Arakan Army, which ..., said in a statement on its Telegram channel that it had
        # detained 19 men": the subject "it" of what a speaker says is the speaker
        said = tok.dep_ == "nsubj" and clause.dep_ == "ccomp" and clause.head.i != clause.i \
            and clause.head.lemma_.lower() in SAYING_VERBS
        if not said and (tok.dep_ != "nsubj" or clause.dep_ != "advcl"
                         or clause.head.i == clause.i
                         or not any(c.dep_ == "mark" for c in clause.children)):
            return None
        verb = clause.head
        subjects = [t.i for t in verb.children if t.dep_ == "nsubj"]
        if said and not subjects and verb.dep_ == "conj":
            # "the party accused the government of X and said it would boycott parliament"
            subjects = [t.i for t in verb.head.children if t.dep_ == "nsubj"]
        return next((c for c in cands if any(c.start <= k < c.end for k in subjects)
                     and c.kind in ORG_KINDS and self.doc[c.end - 1].tag_ not in {"NNS", "NNPS"}),
                    None)

    def _own_subjects(self, cands: list[Cand], tok: Any) -> list[Cand]:
        """The mentions that are the subject of the verb an object pronoun depends on: "the
        Party denied it", "police dispersed them" (a subject is not its own verb's object;
        that would be "itself", "themselves")."""
        if tok.dep_ != "dobj":
            return []
        verb = tok.head
        subjects = [t.i for t in verb.children if t.dep_ in SUBJECT_DEPS]
        # an infinitive or participle clause has its subject from the verb it depends on:
        # "police fired tear gas to disperse them" (them: not the police)
        for _ in range(2):
            if subjects or verb.dep_ not in ("xcomp", "advcl") or verb.head.i == verb.i:
                break
            verb = verb.head
            subjects = [t.i for t in verb.children if t.dep_ in SUBJECT_DEPS]
        return [c for c in cands if any(c.start <= k < c.end for k in subjects)]

    @staticmethod
    def _same_actor(a: Cand, b: Cand) -> bool:
        """Two mentions of one actor: the same KB entry, or the same name with none."""
        if a.kb_id or b.kb_id:
            return a.kb_id == b.kb_id
        return a.name.lower() == b.name.lower()

    def _previous_it(self, added: list[Cand], cands: list[Cand], tok: Any) -> Cand | None:
        """"The Front said it attacked a post. It also burned two trucks": a subject "it"
        with no organisation in its sentence continues the subject "it" resolved in the
        sentence before, unless an organisation is named after that "it"."""
        if tok.sent.start == 0:
            return None
        floor = self.doc[tok.sent.start - 1].sent.start
        last = next((c for c in reversed(added) if c.start >= floor and c.end <= tok.i
                     and self.doc[c.start].lower_ == "it"
                     and self.doc[c.start].dep_ in SUBJECT_DEPS), None)
        if last is None or last.kind not in ORG_KINDS:
            return None
        if any(c.kind in ORG_KINDS and last.end <= c.start and c.end <= tok.i
               and not self._modifier(c) for c in cands):
            return None
        return last

    def _previous_subject(self, cands: list[Cand], tok: Any) -> Cand | None:
        """"The Lakeside Rights Group said ten farmers were killed. It blamed the army": a
        sentence-initial "It" that says, blames or denies continues the main subject of the
        sentence before, a singular organisation, in the same paragraph and outside quotes
        (a nearer thing in a reported clause, "ten farmers", "the toll", says nothing)."""
        if tok.i != tok.sent.start or tok.sent.start == 0 or tok.dep_ != "nsubj" or \
                tok.head.lemma_.lower() not in STATEMENT_VERBS or \
                self._quote_opened(tok) is not None:
            return None
        prev = self.doc[tok.sent.start - 1].sent
        if re.search(r"\n[ \t]*\n", self.text[prev.end_char:tok.idx]):
            return None
        subjects = {t.i for t in prev.root.children if t.dep_ == "nsubj"}
        found = next((c for c in cands if _singular_org_subject(self.doc, c, subjects)), None)
        if found is None and any(self.doc[i].lemma_.lower() in REPORT_WORDS for i in subjects):
            found = self._statement_issuer(cands, prev)
        return found

    def _statement_issuer(self, cands: list[Cand], sent: Any) -> Cand | None:
        """"..., the Army Command said in a statement. Soldiers killed one of them, the
        statement said. It blamed X": "It" is who issued the statement, the organisation that
        said something in one of the two sentences before (same paragraph)."""
        for _ in range(2):
            if sent.start == 0:
                return None
            before = self.doc[sent.start - 1].sent
            if re.search(r"\n[ \t]*\n", self.text[before.end_char:sent.start_char]):
                return None
            sent = before
            sayers = {g.i for t in sent if t.lemma_.lower() in SAYING_VERBS
                      for g in t.children if g.dep_ == "nsubj"}
            found = next((c for c in cands if _singular_org_subject(self.doc, c, sayers)),
                         None)
            if found is not None:
                return found
        return None

    def _modifier(self, c: Cand) -> bool:
        """"police" in "a police post": a mention modifying a noun names no actor."""
        last = self.doc[c.end - 1]
        return last.dep_ in {"compound", "amod", "nmod", "poss"} and last.head.i >= c.end

    def _nearer_thing(self, ante: Cand, tok: Any, covered: set[int]) -> bool:
        """A noun of the pronoun's number that names no actor stands between the antecedent
        and "it"/"them" as a verb's subject (or, for "them", object): the nearer noun is what
        the pronoun refers to ("Insurgents said the car was driven to the base and it was
        detonated", "Police found two bombs and detonated them")."""
        low = tok.lower_
        if low not in {"it", "them"}:
            return False
        plural = low != "it"
        # a subject competes with either pronoun; an object only with "them" ("Chile has
        # earned prestige ... and it has honoured its debt": Chile)
        deps = NOUN_ARGS if plural else SUBJECT_DEPS
        for k in range(ante.end, tok.i):
            t = self.doc[k]
            if k in covered or t.pos_ != "NOUN" or t.dep_ not in deps:
                continue
            if (t.tag_ == "NNS") == plural and t.lemma_.lower() not in self.kb.lexicon.titles:
                return True
        return False

    def _recent(self, cands: list[Cand], tok: Any, kinds: set[str]) -> Cand | None:
        sent = tok.sent
        floor = sent.start
        if sent.start > 0:
            floor = self.doc[sent.start - 1].sent.start
        for c in reversed(cands):
            if c.end > tok.i:
                continue
            if c.start < floor:
                return None
            if c.kind in kinds and (c.kind != "person" or c.kb_id or c.named or c.via == "ner"):
                return c
        return None

    def _bare_subject(self, tok: Any) -> bool:
        """"Those were freed": a bare "those" as a subject; "those killed", "those who
        fled", "those responsible" name a new set of people and stay unresolved."""
        return tok.dep_ in SUBJECT_DEPS and not any(True for _ in tok.children)

    def _plural_antecedent(self, cands: list[Cand], tok: Any) -> Cand | None:
        """"they"/"them"/bare "those" -> the group-like actor they refer to, conservatively:
        a mention in this or the previous sentence, never across a paragraph break (a blank
        line), never a noun modifying another noun ("a police post"); a subject pronoun takes
        the most recent mention that was itself a subject or agent, and none when a subject
        of another clause of that sentence competes with it."""
        sent = tok.sent
        floor = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        opened = self._quote_opened(tok)
        pool = []
        for c in cands:
            if c.end > tok.i or c.start < floor or c.kind not in GROUP_KINDS:
                continue
            if opened is not None and self.doc[c.start].idx < opened:
                continue  # “They have changed their tactics”: the speaker's "they"
            last = self.doc[c.end - 1]
            if last.dep_ in {"compound", "amod", "nmod", "poss"} and last.head.i >= c.end:
                continue  # "police" in "a police post" names no actor
            between = self.text[last.idx + len(last.text):tok.idx]
            if re.search(r"\n[ \t]*\n", between):
                continue
            pool.append(c)
        own = self._own_subjects(cands, tok)
        pool = [c for c in pool if not any(self._same_actor(c, o) for o in own)]
        if not pool:
            return None
        if tok.dep_ not in SUBJECT_DEPS:
            return pool[-1]
        subjects = [c for c in pool if self._is_subject(c)]
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() not in STATEMENT_VERBS:
            # the sayer of an attribution ("Rebels ambushed a convoy, the army said. They
            # also burned three trucks") is not who a pronoun that acts refers to
            subjects = [c for c in subjects if not self._trailing_sayer(c, tok)]
        if not subjects:
            return None  # "... the killing of X. They were released": X is no subject
        last = subjects[-1]
        clause = self._clause_of(last)
        start = self.doc[last.start].sent.start
        # conjoined subjects ("gunmen and suicide bombers attacked ... They") are named
        # together and keep the nearest; a subject of another clause of that sentence is a
        # rival ("Rebels attacked the base and soldiers fled. They ...")
        rivals = {(c.kb_id or c.name.lower()) for c in subjects if c.start >= start and
                  self._clause_of(c) != clause} - {last.kb_id or last.name.lower()}
        return None if rivals else last

    def _plural_sayer(self, cands: list[Cand], tok: Any) -> Cand | None:
        """"Authorities in the region said they had detained two officers", "the Guards said
        they had killed five militants": the subject "they" of what a plural body says is
        that body (whatever its kind: no person, place or news agency), outside quotes."""
        clause = tok.head
        if tok.dep_ not in SUBJECT_DEPS or clause.dep_ != "ccomp" or \
                clause.head.lemma_.lower() not in _SAYING_OR_TELLING or \
                self._quote_opened(tok) is not None:
            return None
        subj = next((c for c in clause.head.children if c.dep_ == "nsubj" and c.i < tok.i),
                    None)
        found = None if subj is None else next(
            (c for c in cands if c.start <= subj.i < c.end), None)
        if found is None or found.kind in {"media", "person", "location"} or (
                self.doc[found.end - 1].tag_ not in {"NNS", "NNPS"}
                and found.kind not in GROUP_KINDS):
            return None
        return found

    def _trailing_sayer(self, c: Cand, tok: Any) -> bool:
        """`c` says, after it, what was done ("Rebels ambushed a convoy, the army said"),
        in a sentence before the pronoun's (not "the group said they would not attack")."""
        verb = self.doc[self._clause_of(c)]
        return verb.lemma_.lower() in _SAYING_OR_TELLING and verb.sent.end <= tok.i and (
            verb.dep_ == "parataxis" or any(k.dep_ in ("ccomp", "parataxis") and k.i < verb.i
                                            for k in verb.children))

    def _quote_opened(self, tok: Any) -> int | None:
        """Where the quotation around `tok` opens on its line, None outside quotes."""
        line_start = self.text.rfind("\n", 0, tok.idx) + 1
        before = self.text[line_start:tok.idx]
        curly = before.rfind("“")
        if curly > before.rfind("”"):
            return line_start + curly
        if before.count('"') % 2 == 1:
            return line_start + before.rfind('"')
        return None

    def _first_conjunct(self, c: Cand) -> Any:
        """The head of a mention's coordination ("gunmen" in "gunmen and suicide bombers")."""
        head = self.doc[c.end - 1]
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        return head

    def _is_subject(self, c: Cand) -> bool:
        head = self._first_conjunct(c)
        if head.dep_ in SUBJECT_DEPS:
            return True
        return head.dep_ == "pobj" and head.head.dep_ == "agent"  # "attacked by gunmen"

    def _clause_of(self, c: Cand) -> int:
        return self._first_conjunct(c).head.i


SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# what is done or owned to: their object "it" is an act ("its fighters carried it out",
# "the group claimed it"), never an actor
# verbs that name or class their object ("calling it a grave violation")
CLASSING_VERBS = {"call", "describe", "term", "label", "brand", "dub"}


def _names_the_thing(tok: Any) -> bool:
    """"condemned the attack, calling it a grave violation": "it" classed by a participle
    on a verb whose object is a thing (no name) is that thing, no organisation."""
    verb = tok.head
    if verb.lemma_.lower() not in CLASSING_VERBS or verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return False
    return any(o.dep_ == "dobj" and o.pos_ == "NOUN" and not o.ent_type_
               for o in verb.head.children)


DEED_VERBS = {"carry", "commit", "perpetrate", "stage", "execute", "claim", "mastermind",
              "plan", "order", "condemn", "denounce"}
def _singular_org_subject(doc: Any, c: Cand, subjects: set[int]) -> bool:
    """Whether a singular organisation's mention holds one of the subject tokens: the
    subject is the head of the name, which need not end it ("the Ministry of Security":
    "Ministry"; "the Office for Human Rights": "Office", though "Rights" is plural)."""
    return c.kind in ORG_KINDS and any(
        k in subjects and doc[k].tag_ not in {"NNS", "NNPS"} for k in range(c.start, c.end))


# what only a speaker does: a subject "It" of one of these is an organisation, not a thing
STATEMENT_VERBS = {"say", "add", "blame", "accuse", "condemn", "denounce", "deny", "claim",
                   "reaffirm", "reiterate",
                   "urge", "warn", "demand", "reject", "insist", "announce", "confirm",
                   "report", "vow", "pledge", "threaten", "appeal", "criticize", "criticise",
                   "call", "ask", "welcome", "describe", "estimate", "state"}
# a verb's arguments: a noun there competes with an earlier actor for a later pronoun
NOUN_ARGS = {"nsubj", "nsubjpass", "dobj"}

