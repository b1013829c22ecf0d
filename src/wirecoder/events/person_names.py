"""Person names in an event's phrases: names in apposition to a common noun or in a semicolon
list ("two peasants, Jose Rivera and Pedro Ortiz"), the document's full person names, and a
later short mention expanded to the full name ("Oqueli" -> "Hector Oqueli Colindres").
Moved out of `participants` (the same code)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..records import Participant
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon


def semicolon_list(t: Any) -> list[Any]:
    """The other items of a list separated by semicolons that the parser hung under its first
    item as appositions or conjuncts ("killing Ana Ruiz, 42; Luis Gil, 19; and a guard")."""
    doc = t.doc
    out: list[Any] = []
    stack = [t]
    while stack:
        node = stack.pop()
        for c in node.children:
            if c.dep_ not in ("appos", "conj") or c.pos_ not in ("NOUN", "PROPN") or c.like_num:
                continue
            lo, hi = sorted((node.i, c.i))
            if c not in out and any(doc[k].text == ";" for k in range(lo + 1, hi)):
                out.append(c)
                stack.append(c)
    return sorted(out, key=lambda x: x.i)


def named_apposition(t: Any) -> list[Any]:
    """The people a common noun names in apposition ("two peasants, Jose Rivera and Pedro
    Ortiz" -> the two names); the noun itself when it has none. Items of a semicolon list
    under it are named too."""
    listed = [u for x in semicolon_list(t) for u in _named_apposition(x)]
    return [u for u in dict.fromkeys(_named_apposition(t) + listed)]


def title_noun(name: Any) -> Any | None:
    """The common noun a person's name is written under as its title ("the al Shabaab
    commander Ali Dheere": commander), whose modifiers may name the person's group; None
    where there is none."""
    if name.pos_ != "PROPN":
        return None
    return next((c for c in name.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"
                 and load_lexicon().in_class(_lemma(c), "person") and named_by_group(c)), None)


def named_by_group(title: Any) -> bool:
    """A title noun with a name before it ("the Taliban commander", "a Haqqani network
    leader"), not only a nationality or a description ("Colombian journalist")."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in title.lefts)


def _named_apposition(t: Any) -> list[Any]:
    if t.pos_ != "NOUN":
        return [t]
    names = [c for c in t.children if c.dep_ == "appos" and (
        c.ent_type_ == "PERSON" or c.pos_ == "PROPN")]
    if not names:
        return [t]
    out = []
    for n in names:
        for u in (n, *n.conjuncts, *_listed_after(n)):
            if u not in out and (u.ent_type_ == "PERSON" or u.pos_ == "PROPN"):
                out.append(u)
    return out


def _listed_after(n: Any) -> list[Any]:
    """Names of a list whose items carry their own descriptors, which the parser hangs on
    the item or descriptor before them ("three journalists: Ana Ruiz, a photographer, Luis
    Gil, a reporter, and Eva Sol"): names reached from a name through appositions and
    conjuncts, passing through the descriptors."""
    out: list[Any] = []
    stack = [n]
    seen = {n.i}
    while stack:
        d = stack.pop()
        for u in d.children:
            if u.dep_ not in ("appos", "conj") or u.i in seen or u.i < d.i:
                continue
            seen.add(u.i)
            if u.ent_type_ == "PERSON" or u.pos_ == "PROPN":
                out.append(u)
                stack.append(u)
            elif u.pos_ == "NOUN":
                stack.append(u)  # a descriptor: the next item hangs under it
    return sorted(out, key=lambda x: x.i)


TITLES = {"mr", "mrs", "ms", "dr", "msgr", "monsignor", "father", "gen", "general", "col",
          "colonel", "maj", "major", "capt", "captain", "lt", "lieutenant", "sgt", "sergeant",
          "president", "minister", "judge", "mayor", "senator", "deputy", "bishop",
          "archbishop", "commander", "comrade", "comrades", "professor", "engineer"}
# ranks and posts written before a listed person's name ("corporal Ana Ruiz")
RANKS = {"corporal", "private", "sergeant", "agent", "guard", "officer", "inspector",
         "constable", "patrolman", "first", "second", "third", "sub", "chief", "deputy",
         "lance", "staff", "master"}


def full_names(doc: Any) -> list[str]:
    """Person names of two or more words in a document ("Hector Oqueli Colindres")."""
    out: list[str] = []
    for ent in getattr(doc, "ents", ()):
        words = [t.text for t in ent if not t.is_punct]
        while len(words) > 2 and words[0].lower().rstrip(".") in TITLES | RANKS:
            words = words[1:]  # "Sergeant Ana Ruiz": the rank is no part of the name
        if ent.label_ == "PERSON" and len(words) >= 2 and " ".join(words) not in out:
            out.append(" ".join(words))
    return out


def expand_name(p: Participant, names: list[str]) -> Participant:
    """A later short mention of a person ("Oqueli", "Oqueli Colindres") named by the one fuller
    name of the document that contains it as whole words ("Hector Oqueli Colindres"); left as
    it is when no such name, or two different ones, contain it, or it is linked to a KB."""
    if p.kb_id or not p.name:
        return p
    words = [w.rstrip(".") for w in p.name.lower().split()]
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]  # "Msgr Romero" is "Romero"
    if not 1 <= len(words) <= 3 or not all(w.isalpha() for w in words):
        return p
    hits = []
    for n in names:
        nw = n.lower().split()
        if len(nw) > len(words) and any(nw[i:i + len(words)] == words
                                        for i in range(len(nw) - len(words) + 1)):
            hits.append(n)
    if not hits:
        return p
    longest = max(hits, key=lambda n: len(n.split()))
    if any(h.lower() not in longest.lower() for h in hits):
        return p  # "Flores": Gilda Flores or Juana Margarita Flores
    mentions = tuple(dict.fromkeys((*p.mentions, p.name)))
    return Participant(name=longest, kb_id=p.kb_id, kind=p.kind, country=p.country,
                       sector=p.sector, mentions=mentions, evidence=p.evidence)


def _office_word(tok: Any) -> bool:
    """A title, rank or office ("commander", "deputy", "minister", "director")."""
    lex = load_lexicon()
    w = tok.lower_
    return w in TITLES or w in RANKS or any(
        lex.in_class(_lemma(tok), c) for c in ("office_holder", "leader", "ruler"))


def titled_mentions(p: Participant, doc: Any) -> Participant:
    """A person named with the titles the text sets before the name ("High Commissioner
    Laurent Mercier", "Provincial Police Commander Tendai Moyo", "General Issakha Acheikh",
    "regional police commander Joseph Mwakasege"):
    each titled form in the document becomes a mention of the person (a speaker met again as
    "he" or by the bare name is the same titled person)."""
    words = p.name.split() if p.kind == "person" and p.name else []
    if not words or doc is None:
        return p
    forms: list[str] = []
    for i in range(len(doc) - len(words) + 1):
        if doc[i].text != words[0] or [t.text for t in doc[i:i + len(words)]] != words or (
                doc[i + len(words) - 1].ent_type_ != "PERSON"):
            continue  # (the name as a person's: not "Staff" of "the General Staff")
        j = i - 1
        offices: set[int] = set()  # lower-case office words taken ("commander")
        # (capitalised or not: "Mtwara regional police commander Joseph Mwakasege"; a
        # lower-case word only as an office or a word of one: not "slain journalist")
        while j >= 0 and doc[j].pos_ in ("PROPN", "NOUN", "ADJ") and doc[j].dep_ in (
                "compound", "amod", "nmod") and doc[j].head.i > j:
            if not doc[j].text[:1].isupper():
                if _office_word(doc[j]):
                    offices.add(j)
                elif not doc[j].is_alpha or doc[j].head.i not in offices:
                    break
            forms.append(doc[j:i + len(words)].text)
            j -= 1
    known = {m.lower() for m in (p.name, *p.mentions)}
    more = [f for f in dict.fromkeys(forms) if f.lower() not in known and "\n" not in f]
    return replace(p, mentions=(*p.mentions, *more)) if more else p
