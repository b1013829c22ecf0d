"""Generic actors ("police", "gunmen", "three civilians", "students throughout Indonesia")
and the persons and organisations spaCy finds that nothing else covers (unknown actors)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..language import DEFINITE_DETERMINERS
from .candidates import ARMED, INSTITUTION_GENERIC, MODIFIER_POS, PLACE_OF, Cand
from .kb import KnowledgeBase


class GenericMixin:
    """Methods of `link.DocLinker` for actor nouns and unknown names (state lives there)."""

    doc: Any
    text: str
    kb: KnowledgeBase
    keys: list[str]
    cands: list[Cand]
    places: tuple[tuple[int, int], ...]

    if TYPE_CHECKING:  # provided by DocLinker
        def phrase_at(self, table: dict[str, Any], i: int,
                      max_len: int = 5) -> tuple[int, Any] | None: ...
        def key(self, i: int, j: int) -> str: ...
        def surface(self, i: int, j: int) -> str: ...
        def country_at(self, i: int) -> tuple[int, str, str] | None: ...
        def org_sector(self, name: str) -> str | None: ...

    def match_generic(self, i: int) -> Cand | None:
        lex = self.kb.lexicon
        k = i + (self.keys[i] in DEFINITE_DETERMINERS)
        if k >= len(self.doc):
            return None
        inst = self.phrase_at(lex.institution_phrases, k)
        head = self.doc[inst[0] - 1] if inst else None
        if inst and self.key(k, inst[0]) in lex.country_only:
            inst = None  # "drones", "tanks": weapons unless a country owns them
        proper = inst is not None and inst[1] in {"LEG", "JUD"} and inst[0] - k > 1
        if inst and head is not None and inst[1] in INSTITUTION_GENERIC and \
                (self.doc[k].text[:1].islower() or self.doc[k].is_sent_start or proper) and \
                head.pos_ in {"NOUN", "PROPN"} and \
                (k > i or head.tag_ == "NNS" or head.lower_ == "police"):
            spec_key = _officers_of(self.doc, k, inst)
            spec = lex.institutions[spec_key]
            return self.place_of(Cand(k, inst[0], self.surface(k, inst[0]), None, spec["kind"],
                                      None, spec["sector"], "generic", 0.6,
                                      generic_inst=spec_key))
        mods = k
        while mods < min(len(self.doc), k + 3) and self._is_modifier(mods) and \
                self.keys[mods] not in lex.generic:
            mods += 1
        gen = self.phrase_at(lex.generic, mods, 3) if mods > k else None
        start = k if gen else mods
        while start < mods and (self.doc[start].pos_ in {"NUM", "ADV", "ADP", "DET", "SYM",
                                                          "CCONJ", "PART"}
                                or (self.keys[start] in {"least", "most"} and start > 0
                                    and self.keys[start - 1] == "at")):
            start += 1  # "at least 25 civilians": the count belongs to the quantity
        gen = gen or self.phrase_at(lex.generic, k, 3)
        if gen and self.doc[gen[0] - 1].pos_ in {"NOUN", "PROPN"} and \
                self.doc[gen[0] - 1].dep_ not in {"compound", "amod"}:
            info = gen[1]
            sector = info.get("sector")
            kind = info["kind"]
            if any(self.keys[x] in ARMED for x in range(start, gen[0])) and \
                    sector in {None, "CRM"}:
                kind, sector = "armed group", "UAF"  # "heavily armed men"
            if start >= 2 and start < gen[0] and self.doc[start].tag_ == "VBN" and \
                    self.doc[start - 1].text == "-" and not self.doc[start - 1].whitespace_ \
                    and not self.doc[start - 2].whitespace_ and self.doc[start - 2].is_alpha \
                    and not any(c.kb_id for c in self.cands if c.end > start - 2):
                # "the Kurdish-led militia": one name, not a people and "led militia" (a known
                # group before the hyphen stays itself: "Islamic State-linked insurgents")
                start -= 2
                while self.cands and self.cands[-1].end > start:
                    start = min(start, self.cands.pop().start)
            floor = self.cands[-1].end if self.cands else 0
            if kind == "organization":  # "Nyala Emergency Room", "Aamin ambulance service"
                while start - 1 >= floor and self.doc[start - 1].pos_ == "PROPN" and \
                        self.doc[start - 1].dep_ == "compound" and \
                        start <= self.doc[start - 1].head.i < gen[0]:
                    start -= 1
            country = None
            for x in range(start, gen[0]):
                ref = self.country_at(x)
                if ref and ref[0] <= gen[0]:
                    country = ref[1]  # "illegal Mexican immigrants"
            cand = Cand(start, gen[0], self.surface(start, gen[0]), None, kind, country, sector,
                        "generic", 0.6)
            return self.place_of(cand) if country is None else cand
        return None

    def place_of(self, cand: Cand) -> Cand:
        """"students throughout Indonesia", "security forces in Guinea": the country after."""
        e = cand.end
        if e + 1 < len(self.doc) and self.keys[e] in PLACE_OF:
            k = e + 1 + (self.keys[e + 1] == "the")
            ref = self.country_at(k) if k < len(self.doc) else None
            # "the foreign ministers of Peru and Chile": officials of several countries,
            # whom the countries themselves stand for
            several = ref is not None and self.doc[e - 1].tag_ == "NNS" and any(
                t.conjuncts for t in self.doc[k:ref[0]])
            if ref and ref[2] in {"name", "capital"} and not several:
                name = cand.name
                if cand.generic_inst:
                    ent = self.kb.institution(ref[1], cand.generic_inst)
                    if ent is not None:
                        return replace(cand, end=ref[0], kb_id=ent.id, name=ent.name,
                                       country=ref[1], generic_inst=None, score=0.7)
                return replace(cand, end=ref[0], name=name, country=ref[1])
        return cand

    def _is_modifier(self, k: int) -> bool:
        tok = self.doc[k]
        if tok.pos_ == "VERB" and tok.tag_ != "VBN":
            return False  # "armed men", not "killing civilians"
        return tok.pos_ in MODIFIER_POS and tok.dep_ in {"amod", "advmod", "nummod", "compound",
                                                         "npadvmod", "quantmod"} and tok.head.i > k

    def _modifies_actor(self, i: int) -> bool:
        """A modifier run ("heavily armed", "unidentified") right before an actor noun."""
        generic = self.kb.lexicon.generic
        k = i
        while k < len(self.doc) and k < i + 3 and self._is_modifier(k):
            k += 1
            if k < len(self.doc) and self.keys[k] in generic:
                return True
        return False

    def add_unknown(self) -> None:
        # "New People's Army rebels": a capitalised organisation name ending in a unit word
        # is one name, not the generic nouns ("people") the lexicon found inside it
        for ent in self.doc.ents:
            if ent.label_ == "ORG" and _unit_name(ent):
                self.cands = [c for c in self.cands if not (
                    c.kb_id is None and c.via in ("generic", "ner") and ent.start <= c.start
                    and c.end <= ent.end)]
        covered: set[int] = set()
        for c in self.cands:
            covered.update(range(c.start, c.end))
        for ent in self.doc.ents:
            if ent.label_ not in {"PERSON", "ORG", "NORP"}:
                continue
            start = ent.start + (self.keys[ent.start] == "the")
            if start >= ent.end or any(k in covered for k in range(start, ent.end)):
                continue
            a, b = ent.start_char, ent.end_char
            if "\n" in self.text[a:b]:
                continue  # a headline run into the first line: not a name
            if ent.label_ == "PERSON" and _capitalised_word(ent):
                continue  # "Clan militias fought": a common word opening the sentence
            if any(ps < b and a < pe for ps, pe in self.places):
                continue  # "Ternopil" tagged PERSON, but the places stage resolved it
            name = self.surface(start, ent.end)
            country = None
            for k in range(start, ent.end):
                ref = self.country_at(k)
                if ref:
                    country = ref[1]
                    break
            if ent.label_ == "PERSON":
                kind, sector = "person", None
            elif ent.label_ == "ORG":
                kind, sector = "organization", self.org_sector(name)
            else:
                kind, sector = "group", None
            self.cands.append(Cand(start, ent.end, name, None, kind, country, sector, "ner", 0.5))
        self.cands.sort(key=lambda c: c.start)


def _officers_of(doc: Any, k: int, inst: tuple[int, str]) -> str:
    """The institution of a bare "officers" (or "officer"): the police where its sentence or
    the one before speaks of police ("gunmen attacked a police station ... officers returned
    fire"), else the institution the lexicon gives."""
    if inst[1] != "MIL" or inst[0] - k != 1 or doc[k].lower_ not in ("officers", "officer"):
        return inst[1]
    sent = doc[k].sent
    start = sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    if any(t.lower_ in ("police", "policeman", "policemen", "gendarmes", "gendarmerie")
           for t in doc[start:sent.end]):
        return "COP"
    return inst[1]


# last words of an armed organisation's name ("New People's Army", "Popular Front")
UNIT_NAME_ENDS = {"army", "front", "movement", "brigade", "brigades", "forces", "force"}


def _unit_name(ent: Any) -> bool:
    """A tagged organisation of two capitalised words or more ending in a unit word."""
    words = [t for t in ent if t.lower_ not in ("the", "'s", "’s")]
    return len(words) >= 2 and words[-1].lower_ in UNIT_NAME_ENDS and all(
        t.text[:1].isupper() for t in words)


def _capitalised_word(ent: Any) -> bool:
    """One common English word, capitalised only because it opens the sentence, modifying
    a plural noun ("Clan militias", "Tribal fighters"): no person's name."""
    from ..truecase import default_lexicon

    if len(ent) != 1:
        return False
    tok = ent[0]
    return tok.is_sent_start and tok.dep_ in ("compound", "amod") and tok.head.i > tok.i \
        and tok.head.tag_ == "NNS" and default_lexicon().is_english(tok.lower_)
