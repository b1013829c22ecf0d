"""Actors named by a country or a title: a country reference and what follows it ("Syrian
Ministry of Interior", "American forces", "Israeli air strikes" -> the state's military),
a title with or without a name ("President Ahmed al-Sharaa", "the interior minister", "King
Hassan of Morocco") and the office holder a head-of-state title names on the date. Methods of
`link.DocLinker`, moved out of `link` (the same code).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from ..language import ARTICLES
from .candidates import LOCATIVE, MAX_SKIP, NAME_PARTICLES, PATRON_PARTICIPLES, Cand
from .kb import KnowledgeBase

# words for how an office is held, between a country's possessive and the title ("Kenya's
# acting high commissioner", "Peru's interim president")
TITLE_MODIFIERS = {"acting", "deputy", "interim", "outgoing", "incoming", "caretaker", "new",
                   "former"}

NOT_NAMES = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "GPE", "LOC",
             "FAC", "LAW", "EVENT", "PRODUCT", "WORK_OF_ART", "LANGUAGE"}
MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}


# "Israeli air strikes", "Russian artillery shelling": bombardment by a state's forces
BOMBARDMENT_MODIFIERS = {"air", "aerial", "missile", "drone", "artillery", "naval", "rocket"}
# "Israeli-made drones", "US-supplied rockets": where a weapon comes from, not who fires it
ORIGIN_PARTICIPLES = {"made", "built", "manufactured", "supplied", "designed", "produced",
                      "donated", "delivered", "provided"}
BOMBARDMENT_NOUNS = {"strike", "strikes", "airstrike", "airstrikes", "shelling", "bombardment",
                     "bombardments", "shellfire"}


# the offices a head-of-state or head-of-government title names (KB roles, lower case);
# a title not listed may name any of them
HEAD_ROLES = {"president", "prime minister", "king", "emir", "chancellor"}
TITLE_ROLES = {"president": {"president"}, "prime minister": {"prime minister"},
               "premier": {"prime minister", "premier"}, "chancellor": {"chancellor"},
               "king": {"king"}, "queen": {"queen"}, "emir": {"emir"}, "amir": {"emir"}}


class CountryTitleMixin:
    """Methods of `link.DocLinker` for country references and titles."""

    doc: Any
    kb: KnowledgeBase
    keys: list[str]
    on: date | None
    lower_doc: bool

    if TYPE_CHECKING:  # provided by DocLinker
        def phrase_at(self, table: dict[str, Any], i: int,
                      max_len: int = 5) -> tuple[int, Any] | None: ...
        def surface(self, i: int, j: int) -> str: ...
        def country_at(self, i: int) -> tuple[int, str, str] | None: ...
        def alias_at(self, i: int, max_len: int | None = None) -> tuple[int, list[str]] | None: ...
        def match_known(self, i: int) -> Cand | None: ...
        def resolved(self, kb_id: str, i: int, j: int, via: str, score: float = 1.0,
                     name: str | None = None) -> Cand | None: ...

    def person_name_at(self, i: int) -> int:
        """End of a proper-name run at i ("Ahmed al-Sharaa", "Sheikh Hamad bin Khalifa")."""
        j = i
        n = len(self.doc)
        lex = self.kb.lexicon
        # all-lowercase text (MUC-4): spaCy tags names as nouns; after a title, take up to
        # three content words that are no actor word
        name_pos = {"PROPN", "NOUN", "ADJ"} if self.lower_doc else {"PROPN"}
        while j < n and (not self.lower_doc or j - i < 3):
            tok = self.doc[j]
            key = self.keys[j]
            if tok.pos_ in name_pos and (tok.text[:1].isupper() or self.lower_doc) and \
                    key not in lex.titles and not self.kb.countries.get(key) and \
                    not (j == i and key in lex.generic) and \
                    not (self.lower_doc and (tok.is_stop or key in lex.generic or
                                             key in lex.institution_phrases)):
                j += 1
            elif j > i and (self.keys[j] in NAME_PARTICLES or tok.text in {"-", "–"}) and \
                    j + 1 < n and self.doc[j + 1].pos_ == "PROPN":
                j += 1
            else:
                break
        return j

    # ------------------------------------------------------------------ matchers
    def match_title(self, i: int, country: str | None, start: int) -> Cand | None:
        """A title with an optional name: "President Ahmed al-Sharaa", "emir", "Admiral Cooper"."""
        hit = self.phrase_at(self.kb.lexicon.titles, i)
        if not hit:
            return None
        j, info = hit
        if country is None and self.doc[i].pos_ not in {"PROPN", "NOUN"} and \
                not self.doc[i].text[:1].isupper() and \
                not (i > 0 and self.keys[i - 1] in ARTICLES):
            return None
        name_end = self.person_name_at(j)
        person: Cand | None = None
        whole = self.match_known(i)  # aliases that include the title ("King Hassan")
        if whole is not None and whole.kind == "person" and whole.end > j:
            person, name_end = whole, max(name_end, whole.end)
        elif name_end > j or (j < len(self.doc) and self.doc[j].text[:1].isupper()):
            person = self.match_known(j)  # also "Defence Minister Israel Katz"
            if person is not None and person.kind != "person":
                person = None
            if person is not None:
                name_end = max(name_end, person.end)
            elif name_end > j and self.doc[j].ent_type_ in NOT_NAMES:
                return None
        end = name_end
        # "King Hassan of Morocco", "the president of Armenia"
        if country is None and end + 1 < len(self.doc) and self.keys[end] == "of":
            k = end + 1 + (self.keys[end + 1] == "the")
            ref = self.country_at(k) if k < len(self.doc) else None
            longer = self.alias_at(k) if ref else None
            possessor = ref is not None and ref[0] < len(self.doc) and (
                self.doc[ref[0]].tag_ == "POS")  # "commander of Syria's Defense Forces"
            if ref and not (longer and longer[0] > ref[0]) and not possessor:
                country, end = ref[1], ref[0]
        sector = info.get("sector")
        if person is not None:
            country = person.country or country
            sector = person.sector or sector
            return Cand(start, end, person.name, person.kb_id, "person", country, sector,
                        "title", person.score, named=True)
        if name_end > j:
            name = self.surface(j, name_end)
            return Cand(start, end, name, None, "person", country, sector, "title", 0.8,
                        named=True)
        if not info.get("sector"):
            return None
        if country is None:
            # "the interior minister": a person of the document's country (filled later)
            if not (start > 0 and self.keys[start - 1] in ARTICLES and
                    self.doc[j - 1].pos_ in {"NOUN", "PROPN"} and
                    info.get("sector") in {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}):
                return None
            if j < len(self.doc) and self.keys[j] == "of":
                return None  # "the commander of US Central Command": named by what follows
        holder = self.office_holder(country, info, self.surface(i, j)) if country else None
        if holder is not None:
            return Cand(start, end, holder.name, holder.kb_id, "person", country, sector,
                        "title", 0.8)
        return Cand(start, end, self.surface(start, end), None, "person", country, sector,
                    "title", 0.6)

    def office_holder(self, country: str, info: dict[str, Any], title: str = "") -> Cand | None:
        """The KB person holding a head-of-state/government title for `country` on the date:
        one holding that very office ("Senegal's prime minister" is not its president)."""
        if not info.get("head") or self.on is None:
            return None
        office = f"{country}-{info.get('institution', 'GOV')}"
        roles = TITLE_ROLES.get(title.lower(), HEAD_ROLES)
        hits = [s for s in self.kb.facts(property="position", on=self.on)
                if s.value == office and str(s.qualifier("role") or "").lower() in roles]
        if len(hits) != 1:
            return None
        return self.resolved(hits[0].subject, 0, 0, "title", 0.7)

    def match_country(self, i: int) -> Cand | None:
        """A country reference and what follows it (institution, title, actor noun)."""
        ref = self.country_at(i)
        if not ref:
            return None
        j, iso3, form = ref
        if j < len(self.doc) and self.keys[j] in {"s"} and self.doc[j].text in {"'s", "’s"}:
            j += 1
        # coordinated demonyms share a head: "French and Egyptian warships"
        if form == "demonym" and j + 1 < len(self.doc) and self.keys[j] == "and":
            other = self.country_at(j + 1)
            if other and other[2] == "demonym":
                head = self.head_after(other[0], iso3, i)
                if head is not None:
                    head.end = j
                    return head
        head = self.head_after(j, iso3, i)
        if head is not None:
            return head
        locative = i > 0 and self.keys[i - 1] in LOCATIVE or self._dateline(i, ref[0])
        if form in {"name", "capital"} and locative:
            # "in Abidjan", "across Syria": a place, not an actor
            return Cand(i, ref[0], self.surface(i, ref[0]), iso3 if form == "name" else None,
                        "location", iso3, None, "alias", 0.5)
        if form == "name":
            return self.resolved(iso3, i, ref[0], "alias")
        if form == "capital":
            return self.resolved(f"{iso3}-GOV", i, ref[0], "alias", 0.8,
                                 name=self.kb.entities[f"{iso3}-GOV"].name)
        if form == "people":
            return Cand(i, ref[0], self.surface(i, ref[0]), None, "people", iso3, "CVL",
                        "demonym", 0.7)
        if form == "demonym" and self._before_bombardment(ref[0]):
            ent = self.kb.institution(iso3, "MIL")
            if ent is not None:
                return self.resolved(ent.id, i, ref[0], "demonym", 0.7)
        return None

    def _before_bombardment(self, j: int) -> bool:
        """"Israeli air strikes", "Russian shelling": the attack noun (after at most two
        modifiers) names a bombardment only armed forces carry out, so the demonym before
        it names that country's military (not for "attack", which anyone makes)."""
        k = j
        while k < min(len(self.doc), j + 2) and self.keys[k] in BOMBARDMENT_MODIFIERS:
            k += 1
        return k < len(self.doc) and self.keys[k] in BOMBARDMENT_NOUNS

    def _dateline(self, i: int, j: int) -> bool:
        """"KYIV, Nov 20 (Reuters) -": a place name opening a line, before a comma or "("."""
        line_start = i == 0 or "\n" in self.doc[i - 1].text_with_ws
        if not line_start or j >= len(self.doc) or self.doc[j].text not in {",", "(", "-", "—"}:
            return False
        if self.surface(i, j).isupper() or self.doc[j].text != ",":
            return True  # "KYIV, ..." / "Kyiv (Reuters)" / "Kyiv - "
        nxt = self.keys[j + 1] if j + 1 < len(self.doc) else ""
        return nxt[:3] in MONTHS  # "Kyiv, Nov 20": a date follows

    def head_after(self, j: int, iso3: str, start: int) -> Cand | None:
        lex = self.kb.lexicon
        n = len(self.doc)
        for skip in range(0, MAX_SKIP + 1):
            k = j + skip
            if k >= n:
                return None
            if skip:
                prev = self.doc[k - 1]
                if prev.dep_ not in {"amod", "compound", "punct", "npadvmod", "advmod", "nmod"} \
                        or (prev.is_punct and prev.text not in {"-", "–"}) \
                        or self.kb.countries.get(self.keys[k - 1]):
                    return None  # "ISLAMABAD — Pakistani forces": a new reference starts
                if prev.lower_ in PATRON_PARTICIPLES and self.doc[k - 2].text in {"-", "–"}:
                    return None  # "the Iranian-backed government": Iran backs it, is not it
                if prev.lower_ in ORIGIN_PARTICIPLES and self.doc[k - 2].text in {"-", "–"}:
                    return None  # "a Turkish-made drone": Turkey made it, need not fly it
            inst = self.phrase_at(lex.institution_phrases, k)
            if inst and (inst[0] >= n or self.doc[inst[0]].pos_ not in {"PROPN"} or skip == 0):
                ent = self.kb.institution(iso3, inst[1])
                if ent is not None and not (inst[0] < n and self.doc[inst[0]].pos_ == "NOUN"
                                            and self.doc[inst[0] - 1].dep_ == "compound"):
                    return self.resolved(ent.id, start, inst[0], "demonym")
            if skip and all(self.keys[x] in TITLE_MODIFIERS for x in range(j, k)):
                # "Kenya's acting high commissioner": a person whose office a word qualifies
                # (not the holder of the office itself: "Kenya's deputy president")
                title = self.match_title(k, iso3, start)
                if title is not None:
                    return None if title.kb_id else title
            if skip == 0:
                title = self.match_title(k, iso3, start)
                if title is not None:
                    return title

                known = self.match_known(k)
                if known is not None and known.kind == "person":
                    known.start = start
                    return known
                if known is not None and known.kind != "state" and \
                        not self.phrase_at(lex.generic, k, 3):
                    return None  # "Syria's HTS": the group, named on its own
            gen = self.phrase_at(lex.generic, k, 3)
            if gen:
                info = gen[1]
                return Cand(start, gen[0], self.surface(start, gen[0]), None, info["kind"], iso3,
                            info.get("sector"), "demonym", 0.8)
        return None
