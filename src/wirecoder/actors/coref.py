"""Within-document coreference and document-level passes of the linker: acronyms defined
in the text, partial names, definite descriptions ("the extremist organization"), possessives
("his new government"), appositives and the document's dominant country (pronouns: `pronouns`)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..language import DEFINITE_DETERMINERS, POSSESSIVE_DETERMINERS
from .candidates import NAME_PARTICLES, Cand
from .kb import KnowledgeBase, alias_key
from .pronouns import ORG_KINDS, SAYING_VERBS, PronounMixin

STATE_KINDS = {"government", "ministry", "military", "police", "security forces", "intelligence",
               "legislature", "judiciary"}
NON_STATE_KINDS = {"armed group", "militia"}
# what owns no forces, officers or aircraft of an event ("(AP)" of a dateline, a place)
NEVER_OWNERS = {"media", "location"}


class CorefMixin(PronounMixin):
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
            person = det in {"his", "her"}
            owner = (None if person else self.sayer_of(i)) or self.antecedent(
                ["person"] if person else None, i)
            if owner is None or (not person and owner.kind in NEVER_OWNERS):
                return None  # "KAMPALA (AP) - The army said its soldiers": never the agency
            if det in {"its", "their"} and owner.end <= self.doc[i].sent.start \
                    and _body_subject_before(self.doc[i]):
                # "The army said its soldiers ...": the body named as the subject before the
                # possessive owns them, not a name of an earlier sentence (the events layer
                # reads the subject)
                return None
            civil_ministry = owner.kind == "ministry" and any(
                w in owner.name.lower() for w in ("interior", "home affairs", "internal",
                                                  "public security"))
            if owner.kind not in {"state", "government", "ministry", "person"} or (
                    civil_ministry):
                # ("Syria's interior ministry said its forces": that ministry's, not the army;
                # a foreign ministry's "its troops" are still the country's)
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
        named = self.match_known(k)
        if named is not None and named.end > end:
            return None  # "The Group for the Support of Islam and Muslims": a name's start
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

    def sayer_of(self, i: int) -> Cand | None:
        """"The army said its soldiers pursued the attackers", "the gendarmerie said its
        officers fired only warning shots": "its"/"their" in what an organisation says is
        that organisation, the subject of the saying verb above (named before the pronoun:
        an organisation, no person, people, place or news agency)."""
        node = self.doc[i]
        for _ in range(6):
            if node.head.i == node.i:
                return None
            node = node.head
            if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in SAYING_VERBS:
                subj = next((c for c in node.children if c.dep_ == "nsubj" and c.i < i), None)
                if subj is None:
                    return None
                found = next((c for c in self.cands if c.start <= subj.i < c.end), None)
                return found if found is not None and found.kind in ORG_KINDS else None
        return None

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


# common nouns that name a body that can own forces or staff ("the army said its soldiers")
BODY_NOUNS = {"army", "military", "police", "navy", "gendarmerie", "ministry", "government",
              "group", "force", "forces", "guard", "junta", "militia", "authorities", "agency",
              "mission", "coalition", "movement", "service", "command", "administration"}


def _body_subject_before(t: Any) -> bool:
    """Whether a common noun naming a body is the subject of a verb above `t`, before it in
    its sentence ("The army said its soldiers", "the ministry said their officers")."""
    v = t.head
    for _ in range(6):
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i and c.pos_ == "NOUN"
               and c.lower_ in BODY_NOUNS for c in v.children):
            return True
        if v.head.i == v.i:
            return False
        v = v.head
    return False

