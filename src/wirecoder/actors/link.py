"""Mention linking: find the actors a document names and link them to the knowledge base.

One left-to-right pass over the spaCy tokens tries, at each position, the longest of:
an acronym or long form defined in the text ("Combined Joint Task Force – Operation Inherent
Resolve (CJTF-OIR)"), a name already seen in the document ("Sharaa" after "Ahmed al-Sharaa",
"Admiral Cooper" after "Admiral Brad Cooper"), a KB alias, a country reference composed with
an institution, title or actor noun ("American forces", "Syrian Ministry of Interior",
"Serbian President Vojislav Kostunica", "Afghan rebel leaders"), a definite description
("the extremist organization" -> the last armed group named) and a generic actor ("police",
"gunmen"). Persons and organisations spaCy finds that none of these cover still become
mentions, with kb_id None. Roles are resolved on the document's anchor date. `DocLinker`
takes its country and title matchers from `country_titles`, its generic actors from
`generic` and its coreference from `coref`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Any

from ..language import DEFINITE_DETERMINERS, POSSESSIVE_DETERMINERS, is_truecased
from ..records import Analysis, Mention, Participant, Span
from .build import default_kb
from .candidates import (COMMON_WORDS, LOCATIVE, MEMBER_PARTICIPLES, NOT_ACTORS, PATRON_PARTICIPLES,
                         PHRASE_PUNCT, Cand, token_key)
from .coref import CorefMixin
from .country_titles import CountryTitleMixin
from .generic import GenericMixin
from .kb import KnowledgeBase, prefixes_of

GOV_SUFFIX = {"administration", "government", "regime", "cabinet", "junta"}
# kinds whose officers act for them ("the EU's foreign policy chief")
ORGANISATION_KINDS = {"international organization", "coalition", "armed group", "militia",
                      "organization"}


class DocLinker(GenericMixin, CorefMixin, CountryTitleMixin):
    """Links the mentions of one parsed document."""

    def __init__(self, kb: KnowledgeBase, doc: Any, text: str, on: date | None,
                 document_id: str | None, places: tuple[tuple[int, int], ...] = (),
                 place_countries: tuple[str, ...] = ()) -> None:
        self.places = places  # character spans the places stage resolved (not actors)
        self.place_countries = list(place_countries)  # their countries (ISO3)
        self.kb, self.doc, self.text, self.on, self.document_id = kb, doc, text, on, document_id
        # Single-case text was parsed from a truecased copy of the same length: case tests
        # read that copy (`seen`); evidence is still cut from the real text.
        self.seen = doc.text if is_truecased(doc) and len(doc.text) == len(text) else text
        self.keys = [token_key(t.text) for t in doc]
        self.lower_doc = len(re.findall(r"[A-Z]", self.seen)) < 0.01 * max(1, len(text))
        self.defined: dict[str, Cand] = {}  # acronyms and long forms defined in the text
        self.names: dict[str, Cand] = {}  # partial person names seen so far
        self.cands: list[Cand] = []
        self.doc_prefixes: dict[int, tuple[int, set[str]]] = {}
        lex = kb.lexicon
        self.table_prefixes: dict[int, set[str]] = {
            id(lex.institution_phrases): kb.prefixes["institution_phrases"],
            id(lex.titles): kb.prefixes["titles"], id(lex.generic): kb.prefixes["generic"],
            id(lex.descriptions): kb.prefixes["descriptions"]}

    # ------------------------------------------------------------------ helpers
    def key(self, i: int, j: int) -> str:
        return " ".join(k for k in self.keys[i:j] if k)

    def surface(self, i: int, j: int) -> str:
        return self.seen[self.doc[i].idx:self.doc[j - 1].idx + len(self.doc[j - 1].text)]

    def _case_ok(self, key: str, i: int, j: int) -> bool:
        if key in self.kb.capitalised and not self.lower_doc and j == i + 1 and \
                self.doc[i].text[:1].islower():
            return False  # "before dawn" is no newspaper
        forms = self.kb.case_sensitive.get(key)
        if not forms or key in self.kb.case_free:
            return True
        if self.lower_doc and len(key) >= 3 and not self.doc[i].is_stop and \
                key not in COMMON_WORDS:
            return True  # all-lowercase text ("fmln", "eln"): acronyms lose their capitals
        surface = re.sub(r"\s+", " ", self.surface(i, j).replace(".", ""))
        return surface in forms or surface.replace(" - ", "-") in forms

    def resolved(self, kb_id: str, i: int, j: int, via: str, score: float = 1.0,
                 name: str | None = None) -> Cand | None:
        res = self.kb.resolve(kb_id, self.on, latest=self.on is None)
        if res is None:
            return None
        return Cand(i, j, name or res.entity.name, kb_id, res.kind, res.country, res.sector,
                    via, score)

    def matches(self, table: dict[str, Any], prefixes: set[str], i: int,
                max_len: int = 12) -> list[tuple[int, str, Any]]:
        """Every (end, key, value) of `table` starting at token i, shortest first; walks the
        tokens while the words so far are a prefix of some key (punctuation is skipped)."""
        out: list[tuple[int, str, Any]] = []
        if i >= len(self.keys) or not self.keys[i]:
            return out
        words: list[str] = []
        n = len(self.keys)
        j = i
        while j < n and len(words) < max_len:
            k = self.keys[j]
            j += 1
            if not k:
                if j - i > 1 and self.doc[j - 1].text not in PHRASE_PUNCT:
                    break
                continue
            words.append(k)
            cur = " ".join(words)
            if cur not in prefixes:
                break
            if cur in table:
                out.append((j, cur, table[cur]))
        return out

    def alias_at(self, i: int, max_len: int | None = None) -> tuple[int, list[str]] | None:
        """Longest KB alias starting at token i: (end, entity ids)."""
        for j, key, ids in reversed(self.matches(self.kb.aliases, self.kb.prefixes["aliases"], i)):
            if ids and self._case_ok(key, i, j):
                return j, ids
        return None

    def country_at(self, i: int) -> tuple[int, str, str] | None:
        """A country reference at i: (end, ISO3, form) for names, demonyms, capitals."""
        for j, key, iso3 in reversed(self.matches(self.kb.countries,
                                                  self.kb.prefixes["countries"], i, 5)):
            if self._case_ok(key, i, j):
                if key in {"us", "usa"} and self.surface(i, j).replace(".", "") not in {"US", "USA"}:
                    continue
                return j, iso3, self.kb.country_forms.get(key, "name")
        return None

    def phrase_at(self, table: dict[str, Any], i: int, max_len: int = 5) -> tuple[int, Any] | None:
        prefixes = self.table_prefixes.get(id(table))
        if prefixes is None:
            prefixes = self.table_prefixes[id(table)] = prefixes_of(table)
        found = self.matches(table, prefixes, i, max_len)
        return (found[-1][0], found[-1][2]) if found else None

    def match_known(self, i: int) -> Cand | None:
        """Document-defined acronyms, names seen earlier, and KB aliases."""
        best: Cand | None = None
        if not self.keys[i]:
            return None
        for table, via in ((self.defined, "acronym"), (self.names, "coreference")):
            if not table:
                continue
            size, prefixes = self.doc_prefixes.get(id(table), (-1, set()))
            if size != len(table):
                prefixes = prefixes_of(table)
                self.doc_prefixes[id(table)] = (len(table), prefixes)
            found = self.matches(table, prefixes, i)
            if found:
                j, _, c = found[-1]
                if best is None or j > best.end:
                    best = replace(c, start=i, end=j, via=via)
        hit = self.alias_at(i)
        if hit and (best is None or hit[0] > best.end):
            j, ids = hit
            cand = self.choose(ids, i, j)
            if cand is not None:
                best = cand
        return best

    def choose(self, ids: list[str], i: int, j: int) -> Cand | None:
        """Pick among entities sharing an alias: prefer one the document already named (or
        whose country it named or placed events in), then one active on the date."""
        seen_ids = {c.kb_id for c in self.cands if c.kb_id} if len(ids) > 1 else set()
        seen_countries = ({c.country for c in self.cands if c.country}
                          | set(self.place_countries)) if len(ids) > 1 else set()
        scored = []
        for kb_id in ids:
            res = self.kb.resolve(kb_id, self.on)
            if res is None or res.entity.kind in NOT_ACTORS:
                continue
            if res.entity.kind == "person" and not self.lower_doc and \
                    not self.doc[i].text[:1].isupper():
                continue  # "a ban" is not Ban Ki-moon
            in_doc = 4 * (kb_id in seen_ids) + 2 * (res.country in seen_countries)
            scored.append((in_doc + (res.sector is not None) + (res.entity.kind != "person"),
                           kb_id))
        if not scored:
            return None
        scored.sort(key=lambda s: -s[0])
        return self.resolved(scored[0][1], i, j, "alias", 1.0 if len(ids) == 1 else 0.7)


    def _doc_start(self, key: str) -> bool:
        return any(k.split()[0] == key for k in self.names) or \
            any(k.split()[0] == key for k in self.defined)

    def scan(self) -> None:
        i, n = 0, len(self.doc)
        first = self.kb.prefixes["first"]
        while i < n:
            key = self.keys[i]
            if not key or key not in first and key not in DEFINITE_DETERMINERS and \
                    key not in POSSESSIVE_DETERMINERS and not self._doc_start(key) and \
                    not self._modifies_actor(i):
                i += 1
                continue
            options = [self.match_known(i), self.match_country(i), self.match_title(i, None, i),
                       self.match_description(i), self.match_generic(i)]
            best: Cand | None = None
            for c in options:
                if c is not None and c.end > i and (best is None or c.end > best.end):
                    best = c
            if best is None:
                i += 1
                continue
            if best.kind == "state" and best.via == "alias" and \
                    (i > 0 and self.keys[i - 1] in LOCATIVE or self._dateline(i, best.end)):
                best = replace(best, kind="location", sector=None, score=0.5)  # "in Gaza"
            if best.kind == "person" and best.country and best.end < n and \
                    self.keys[best.end] in GOV_SUFFIX:
                # "the Bush administration", "the Assad regime": the person's government
                gov = self.resolved(f"{best.country}-GOV", best.start, best.end + 1, "alias",
                                    0.8)
                best = gov or best
            best = self.national_section(best)
            best = self.officer_of(best)
            best = self.longer_name(best)
            best = self.hyphen_affiliation(best)
            best = self.affiliated_description(best)
            self.cands.append(best)
            self.register_name(best)
            i = best.end

    def hyphen_affiliation(self, best: Cand) -> Cand:
        """"Islamic State-linked insurgents", "an al-Qaeda-affiliated group": a common actor
        noun joined by a hyphenated participle to the name before it. Members of a named
        group ("-linked", "-affiliated", "-allied") are that group: one mention of it over
        the whole phrase. One the name only backs or runs ("Houthi-run ministry", "Iran-backed
        militias") stays its own actor, named by the whole phrase (not "run ministry")."""
        participles = MEMBER_PARTICIPLES | PATRON_PARTICIPLES
        # the participle opens the noun's phrase, or sits just before it ("Houthi-run")
        k = best.start - (best.start > 0 and self.doc[best.start].lower_ not in participles)
        if self._named_affiliate(best, k):
            self.cands.pop()  # ("the al Qaeda-linked JNIM": JNIM, al Qaeda only describes it)
            return best
        if best.via != "generic" or not self.cands or k < 2 or \
                self.cands[-1].end != k - 1 or self.doc[k - 1].text != "-" or \
                self.doc[k - 2].whitespace_ or self.doc[k - 1].whitespace_:
            return best
        prev, word = self.cands[-1], self.doc[k].lower_
        if word in MEMBER_PARTICIPLES and prev.kb_id and prev.kind not in {
                "person", "state", "location", "people"}:
            self.cands.pop()
            return replace(prev, end=best.end)
        if word in PATRON_PARTICIPLES:
            self.cands.pop()
            return replace(best, start=prev.start, name=self.surface(prev.start, best.end))
        return best

    def _named_affiliate(self, best: Cand, k: int) -> bool:
        """"the al Qaeda-linked Group for the Support of Islam and Muslims", "the Al
        Qaeda-affiliated JNIM": a group named after a known group's name and a hyphenated
        member participle is its own group; the name before only tells whom it is linked
        to (no participant of the phrase)."""
        if not self.cands or k < 2 or k + 1 >= len(self.doc) or best.end <= k + 1 or \
                self.doc[k].lower_ not in MEMBER_PARTICIPLES or self.doc[k - 1].text != "-" or \
                self.cands[-1].end != k - 1 or self.doc[k - 2].whitespace_ or \
                self.doc[k - 1].whitespace_:
            return False
        prev, first = self.cands[-1], self.doc[k + 1]  # (the participle may open `best`)
        return bool(prev.kb_id) and prev.kind in {"armed group", "militia", "organization"} \
            and first.text[:1].isupper() and not first.is_sent_start and (
                best.kb_id is not None or first.pos_ == "PROPN")

    def affiliated_description(self, best: Cand) -> Cand:
        """"an al-Qaeda-affiliated group", "a Hamas-linked armed group": a group noun that is
        no actor word by itself ("group", "movement", see the lexicon's descriptions) after a
        known group's name and a hyphenated member participle is that group, as
        `hyphen_affiliation` makes "-linked militants" of it."""
        k = best.end
        if not best.kb_id or best.kind not in {"armed group", "militia", "organization"} or \
                k + 2 >= len(self.doc) or self.doc[k].text != "-" or \
                self.doc[k - 1].whitespace_ or self.doc[k].whitespace_ or \
                self.doc[k + 1].lower_ not in MEMBER_PARTICIPLES:
            return best
        k += 2
        while k < len(self.doc) and self.doc[k].pos_ == "ADJ":
            k += 1
        if k < len(self.doc) and self.doc[k].text[:1].isupper():
            return best  # ("the al Qaeda-linked Group for the Support of Islam": a name)
        hit = self.phrase_at(self.kb.lexicon.descriptions, k, 3)
        if hit is None and k > best.end + 2:
            hit = self.phrase_at(self.kb.lexicon.descriptions, k - 1, 3)  # "armed group"
        if hit is None or best.kind not in hit[1] and not (
                best.kind == "organization" and "armed group" in hit[1]):
            return best
        return replace(best, end=hit[0])

    def national_section(self, best: Cand) -> Cand:
        """"Amnesty International Kenya demanded ...", "ICRC Ukraine said": a known
        organisation's name followed by a country's name that heads the phrase is the
        organisation's section in that country (the organisation, named by the whole
        phrase), not the country; not "the UN Syria envoy" (the country modifies a noun)."""
        if best.kind not in ORGANISATION_KINDS or best.via != "alias" or not best.kb_id or \
                best.end >= len(self.doc) or self.doc[best.end - 1].whitespace_ == "":
            return best
        hit = self.country_at(best.end)
        if hit is None or hit[2] != "name":
            return best
        j, iso3, _ = hit
        head = self.doc[j - 1]
        if head.dep_ in ("compound", "amod", "nmod") or not (
                best.end <= self.doc[best.end - 1].head.i < j):
            return best
        return replace(best, end=j, name=self.surface(best.start, j), country=iso3)

    def officer_of(self, best: Cand) -> Cand:
        """"The European Union's foreign policy chief", "NATO's secretary general", "the UN
        human rights chief": an organisation's officer named by title only acts for the
        organisation, which is the actor (as "the Bush administration" is the government)."""
        if best.kind not in ORGANISATION_KINDS or best.via != "alias" or not best.kb_id:
            return best
        k = best.end + (best.end < len(self.doc) and self.doc[best.end].tag_ == "POS")
        if k >= len(self.doc):
            return best
        hit = self.phrase_at(self.kb.lexicon.titles, k)
        if hit is None or self.person_name_at(hit[0]) > hit[0]:
            return best  # "NATO Secretary General Mark Rutte": the person, matched as such
        return self.resolved(best.kb_id, best.start, hit[0], "title", 0.8) or best

    def longer_name(self, best: Cand) -> Cand:
        """An organisation noun that ends a longer name: "the Zarate Willka Liberation Armed
        Forces", "the Red Star Armed Forces of Liberation" name their own group, not the
        armed forces (or a KB group whose alias is the tail). Name words left of the match,
        in its noun phrase and not yet read as another actor, take the whole phrase as one
        unlinked name. Members' nouns ("FMLN guerrillas", "Taliban fighters") stay apart:
        a plural person noun after a name names the name's members."""
        if best.kind in {"person", "state", "location", "people"} or best.via not in {
                "alias", "generic"} or best.start == 0:
            return best
        head = self.doc[best.end - 1]
        if best.via == "generic" and not best.generic_inst and head.tag_ == "NNS":
            return best  # "FMLN guerrillas": the members, see above
        floor = self.cands[-1].end if self.cands else 0
        roots = [t for t in self.doc[best.start:best.end]
                 if not best.start <= t.head.i < best.end or t.head == t]
        if len(roots) != 1:
            return best
        k = best.start
        while k - 1 >= floor:
            tok = self.doc[k - 1]
            if tok.is_punct or tok.like_num or tok.pos_ in {"DET", "PRON", "ADP", "CCONJ",
                                                            "NUM", "VERB", "AUX", "ADV"}:
                break
            if tok.dep_ not in {"compound", "nmod", "amod", "flat", "preconj"} or not (
                    roots[0].is_ancestor(tok)):
                break
            if self.country_at(k - 1) or self.keys[k - 1] in self.kb.lexicon.titles:
                break
            k -= 1
        # the name starts with a name word: a describing word or common noun at its left is
        # no part of it ("Maoist Shining Path", "image caption Federal troops")
        while k < best.start and (self.doc[k].ent_type_ in {"NORP", "GPE", "LOC"} or (
                self.doc[k].pos_ != "PROPN" and self.doc[k].ent_type_ not in {"ORG", "PERSON"})
                or "\n" in self.doc[k].whitespace_):
            k += 1
        names = [t for t in self.doc[k:best.start]
                 if t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "PERSON"}]
        if k == best.start or not names or any(
                t.ent_type_ in {"GPE", "LOC", "NORP"} for t in names):
            return best
        return replace(best, start=k, name=self.surface(k, best.end), kb_id=None,
                       country=None if best.kb_id else best.country, via="ner", score=0.5,
                       generic_inst=None)

    def mentions(self) -> list[Mention]:
        self.find_definitions()
        self.scan()
        self.add_unknown()
        self.enrich_appositives()
        self.fill_document_country()
        self.resolve_pronouns()
        out = []
        for c in self.cands:
            start = self.doc[c.start].idx
            end = self.doc[c.end - 1].idx + len(self.doc[c.end - 1].text)
            span = Span(start, end, self.text[start:end], self.document_id)
            ent = Participant(c.name, c.kb_id, c.kind, c.country, c.sector, (span.text,), (span,))
            out.append(Mention(span, ent, round(c.score, 3), c.via))
        return out


def link_mentions(analysis: Analysis, kb: KnowledgeBase | None = None) -> list[Mention]:
    """The actor mentions of an analysed document, linked to the KB on its anchor date."""
    kb = kb or default_kb()
    doc = analysis.doc
    if doc is None:
        from ..language import parse

        doc = parse(analysis.document.text)
    on = analysis.anchor.date if analysis.anchor is not None else None
    resolved = [(t.span, t.place) for t in analysis.toponyms or () if t.place is not None]
    places = tuple((span.start, span.end) for span, _ in resolved)
    countries = tuple(c for c in (iso3_of(place.country) for _, place in resolved) if c)
    return DocLinker(kb, doc, analysis.document.text, on, analysis.document.id,
                     places, countries).mentions()


@lru_cache(maxsize=512)
def iso3_of(iso2: str | None) -> str | None:
    """The ISO 3166 alpha-3 code of an alpha-2 country code; None when empty or unknown."""
    if not iso2:
        return None
    import pycountry

    c = pycountry.countries.get(alpha_2=iso2.upper())
    return c.alpha_3 if c else None


def participant(mention: Mention) -> Participant:
    """The entity a mention names, as it appears in an event record."""
    return mention.entity


def merge_mentions(mentions: list[Mention]) -> list[Participant]:
    """One Participant per entity (kb_id, or name for unknowns) with every mention string
    and evidence span, in order of first mention."""
    groups: dict[tuple[str, str], list[Mention]] = {}
    for m in mentions:
        key = ("kb", m.entity.kb_id) if m.entity.kb_id else ("name", m.entity.name.lower())
        groups.setdefault(key, []).append(m)
    out = []
    for ms in groups.values():
        first = ms[0].entity
        strings = tuple(dict.fromkeys(s for m in ms for s in m.entity.mentions))
        evidence = tuple(s for m in ms for s in m.entity.evidence)
        out.append(replace(first, mentions=strings, evidence=evidence))
    return out
