"""Within-document coreference and document-level passes of the linker: acronyms defined
in the text, partial names, definite descriptions ("the extremist organization"), possessives
("his new government"), pronouns, appositives and the document's dominant country."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..language import DEFINITE_DETERMINERS, POSSESSIVE_DETERMINERS
from .candidates import GROUP_KINDS, NAME_PARTICLES, Cand
from .kb import KnowledgeBase, alias_key

STATE_KINDS = {"government", "ministry", "military", "police", "security forces", "intelligence",
               "legislature", "judiciary"}
NON_STATE_KINDS = {"armed group", "militia"}
ORG_KINDS = {"state", "government", "ministry", "military", "armed group", "militia",
             "international organization", "coalition", "military command", "organization",
             "police", "security forces", "intelligence", "legislature", "judiciary"}


class CorefMixin:
    """Methods of `link.DocLinker` that look across the document (see there for the state)."""

    doc: Any
    text: str
    seen: str  # the text case tests read (a truecased copy for single-case documents)
    kb: KnowledgeBase
    keys: list[str]
    cands: list[Cand]
    names: dict[str, Cand]
    defined: dict[str, Cand]
    place_countries: list[str]

    if TYPE_CHECKING:  # provided by DocLinker
        def phrase_at(self, table: dict[str, Any], i: int,
                      max_len: int = 5) -> tuple[int, Any] | None: ...
        def resolved(self, kb_id: str, i: int, j: int, via: str, score: float = 1.0,
                     name: str | None = None) -> Cand | None: ...
        def choose(self, ids: list[str], i: int, j: int) -> Cand | None: ...
        def surface(self, i: int, j: int) -> str: ...
        def key(self, i: int, j: int) -> str: ...
        def alias_at(self, i: int, max_len: int | None = None,
                     ) -> tuple[int, list[str]] | None: ...

    def match_description(self, i: int) -> Cand | None:
        """"the extremist organization", "this alliance", "the country": the last fitting one."""
        det = self.keys[i]
        if det not in DEFINITE_DETERMINERS and det not in POSSESSIVE_DETERMINERS:
            return None
        lex = self.kb.lexicon
        k = i + 1
        if det in POSSESSIVE_DETERMINERS:
            while k < len(self.doc) and self.doc[k].pos_ == "ADJ":
                k += 1
            inst = self.phrase_at(lex.institution_phrases, k)
            if not inst:
                return None
            owner = self.antecedent(["person"] if det in {"his", "her"} else None, i)
            if owner is None:
                return None
            if owner.kind not in {"state", "government", "ministry", "person"}:
                # "AUSSOM said its troops", "CENTCOM said its forces": the owner itself
                return replace(owner, start=i, end=inst[0], via="coreference",
                               score=0.7 * owner.score, named=False)
            if not owner.country:
                return None
            return self.resolved(f"{owner.country}-{inst[1]}", i, inst[0], "coreference", 0.7)
        hit = self.phrase_at(lex.descriptions, k, 3)
        which = None
        if not hit and k < len(self.doc):
            hit = self.phrase_at(lex.descriptions, k + 1, 3)
        if not hit:
            return None
        end, kinds = hit
        inst = self.phrase_at(lex.institution_phrases, k)
        if end > k + 1 and (kinds == ["ministry"] or (inst and inst[0] == end)):
            # "the interior ministry": the word before a ministry names its portfolio, so
            # the antecedent must be that ministry, not the last one ("the extremist
            # organization": any organisation will do)
            which = (self.keys[k], inst[1] if inst and inst[0] == end else None)
        if end < len(self.doc) and self.doc[end].pos_ == "PROPN":
            return None
        ante = self.antecedent(kinds, i, which)
        if ante is None:
            return None
        return replace(ante, start=i, end=end, via="coreference", score=0.7 * ante.score)

    def antecedent(self, kinds: list[str] | None, i: int,
                   which: tuple[str, str | None] | None = None) -> Cand | None:
        """The last candidate before token `i` of one of `kinds` (the subject of the
        sentence first); with `which` (a word, an institution key or None), only one whose
        name or words contain the word or whose KB id is of that institution."""
        sent = self.doc[i].sent
        pool = [c for c in self.cands if c.end <= i and c.kb_id is not None or
                (kinds == ["person"] and c.kind == "person" and c.end <= i)]
        if which:
            word, inst = which
            pool = [c for c in pool if word in c.name.lower().split()
                    or word in self.keys[c.start:c.end]
                    or (inst and (c.kb_id or "").endswith("-" + inst))]
        if kinds is not None:
            wanted = set(kinds)
            fits = []
            for c in pool:
                if c.kind in wanted:
                    fits.append(c)
                elif "state" in wanted and c.country and c.kind in {"government", "ministry",
                                                                     "military", "state"}:
                    st = self.resolved(c.country, c.start, c.end, "coreference")
                    if st is not None:
                        fits.append(st)
            pool = fits
        if not pool:
            return None
        same = [c for c in pool if c.start >= sent.start and
                self.doc[c.end - 1].dep_ in {"nsubj", "nsubjpass"}]
        return (same or pool)[-1]

    def find_definitions(self) -> None:
        """Acronyms defined in parentheses: "Long Form Name (LFN)"."""
        for m in re.finditer(r"\(([A-Z][A-Za-z0-9&\-–]{1,15})\)", self.seen):
            short = m.group(1)
            letters = [c.lower() for c in short if c.isupper()]
            if len(letters) < 2:
                continue
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or span.start == 0:
                continue
            end = span.start
            start = self.long_form_start(end, letters)
            if start is None:
                continue
            hit = self.alias_at(start)
            target: Cand | None = None
            if hit and hit[0] >= end:
                target = self.choose(hit[1], start, end)
            if target is None:
                ids = self.kb.aliases.get(alias_key(short))
                if ids:
                    target = self.choose(ids, start, end)
            if target is None:
                long_form = self.surface(start, end)
                sector = self.org_sector(long_form)
                target = Cand(start, end, long_form, None, "organization", None, sector,
                              "acronym", 0.8)
            self.defined[alias_key(short)] = target
            self.defined[self.key(start, end)] = target

    def long_form_start(self, end: int, letters: list[str]) -> int | None:
        """The first token of the words before `end` whose initials spell the acronym."""
        words: list[int] = []  # token indices
        k = end - 1
        while k >= 0 and len(words) < len(letters) + 4:
            tok = self.doc[k]
            if tok.is_sent_start and k < end - 1:
                words.append(k)
                break
            if tok.is_punct and tok.text not in {"–", "-", "’", "'"}:
                break
            words.append(k)
            k -= 1
        initials = [(idx, self.doc[idx].text[0].lower()) for idx in words
                    if self.doc[idx].text[:1].isupper()]
        need = list(letters)
        start = None
        for idx, ch in initials:  # walking backwards
            if need and ch == need[-1]:
                need.pop()
                start = idx
            if not need:
                break
        if need or start is None:
            return None
        if self.keys[start] == "the":
            start += 1
        return start

    def org_sector(self, name: str) -> str | None:
        key = alias_key(name)
        for word, sector in self.kb.lexicon.org_keywords.items():
            if re.search(rf"\b{re.escape(word)}\b", key):
                return sector
        return None

    def register_name(self, c: Cand) -> None:
        if c.kind != "person" or not (c.named or c.kb_id or c.via == "ner"):
            return
        toks = [self.keys[k] for k in range(c.start, c.end) if self.keys[k]
                and self.doc[k].pos_ == "PROPN" and self.keys[k] not in self.kb.lexicon.titles]
        if not toks:
            return
        base = replace(c, via="coreference", score=min(c.score, 0.9))
        last = toks[-1]
        self.names.setdefault(last, base)
        if len(toks) >= 2 and toks[-2] in NAME_PARTICLES:
            self.names.setdefault(f"{toks[-2]} {last}", base)
        self.names.setdefault(" ".join(toks), base)

    def fill_document_country(self) -> None:
        """Institutions named without a country ("the government") take the document's
        dominant country when one stands out."""
        counts = Counter(c.country for c in self.cands if c.country and c.kind != "media")
        counts.update(self.place_countries)
        if not counts:
            return
        (top, freq), *rest = counts.most_common(2) + [(None, 0)]
        if rest and rest[0][1] * 1.5 > freq:
            return
        for idx, c in enumerate(self.cands):
            local = self.local_country(idx) if c.country is None and (
                c.via == "generic" or c.kind == "person" and c.kb_id is None and c.sector
            ) else None
            if local:
                # the country of the story around it: "Israel Katz said the army ..."
                self.cands[idx] = self._placed(c, local)
            elif c.country is None and top and (
                    (c.via == "generic" and c.generic_inst is None) or c.generic_inst
                    or (c.kind == "person" and c.kb_id is None and c.sector)):
                # "villagers", "gunmen", "protesters" in a Nigerian story are Nigerian
                self.cands[idx] = self._placed(c, top)

    def _placed(self, c: Cand, country: str) -> Cand:
        """A mention given the story's country: the KB's institution of that country when
        it has one, else the bare country ("the navy" of a state the KB lists no navy for)."""
        if c.generic_inst:
            ent = self.kb.institution(country, c.generic_inst)
            if ent is not None:
                return replace(c, kb_id=ent.id, name=ent.name, country=country,
                               generic_inst=None, score=0.5)
        return replace(c, country=country, score=min(c.score, 0.5))

    def local_country(self, idx: int) -> str | None:
        """The country of the nearest earlier mention in this or the previous sentence, when
        the mentions there agree on one country."""
        c = self.cands[idx]
        sent = self.doc[c.start].sent
        floor = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        # (a pronoun's guessed antecedent is no evidence: "It has previously said ..." read
        # as the news agency quoted before; nor is a news agency's own country: "KABUL
        # (Reuters) - Gunmen killed ..." are not British gunmen)
        # nor, for a state's police or army, an armed group's ("Al Shabaab militants stormed
        # a police post in Kenya's Mandera county": Kenyan police)
        state = c.generic_inst is not None or c.kind in STATE_KINDS
        seen = [o.country for o in self.cands[:idx]
                if o.start >= floor and o.country and o.kind not in {"location", "media"}
                and not (state and o.kind in NON_STATE_KINDS)
                and not (o.via == "coreference" and self.doc[o.start].pos_ == "PRON")]
        if not seen:
            return None
        nearest = seen[-1]
        if any(x != nearest for x in seen):
            # two countries in the sentence or the one before ("Pakistan accused Kabul ...
            # Police arrested ..."): leave it to the document focus
            return None
        return nearest

    def enrich_appositives(self) -> None:
        """"Salaheddine Sidhoum, Algeria's leading human rights activist" and "Qatar's emir,
        Sheikh Hamad": a name and a description side by side share country and sector."""
        for a, b in zip(self.cands, self.cands[1:]):
            gap = self.text[self.doc[a.end - 1].idx + len(self.doc[a.end - 1].text):
                            self.doc[b.start].idx]
            if gap.strip() != "," or "person" not in {a.kind, b.kind}:
                continue
            for named, desc in ((a, b), (b, a)):
                if named.kind == "person" and named.kb_id is None and desc.via in \
                        {"title", "demonym", "generic"} and not desc.named and \
                        desc.kind in {"person", "protesters", "officials", "people"}:
                    named.country = named.country or desc.country
                    if named.sector in {None, "ELI"} and desc.sector:
                        named.sector = desc.sector  # "Qatar's emir, Sheikh Hamad": GOV

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
            if low == "who" and tok.head.dep_ == "relcl":
                noun = tok.head.head
                ante = next((c for c in by_start if c.start <= noun.i < c.end), None)
            elif low in {"he", "she", "him"} or (low == "her" and tok.dep_ != "poss"):
                ante = self._recent(by_start, tok, {"person"})
            elif low in {"they", "them"} or (low == "those" and self._bare_subject(tok)):
                ante = self._plural_antecedent(by_start, tok)
            elif low == "it" and tok.dep_ in {"nsubj", "nsubjpass", "dobj"} and \
                    tok.head.lemma_ not in {"be", "seem", "appear", "take", "remain"}:
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
            if ante is not None and self._nearer_thing(ante, tok, covered):
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
        if tok.dep_ != "nsubj" or clause.dep_ != "advcl" or clause.head.i == clause.i or not any(
                c.dep_ == "mark" for c in clause.children):
            return None
        subjects = [t.i for t in clause.head.children if t.dep_ == "nsubj"]
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
# a verb's arguments: a noun there competes with an earlier actor for a later pronoun
NOUN_ARGS = {"nsubj", "nsubjpass", "dobj"}

