"""MUC-4 role fillers read from the text by a trained span classifier.

The event pipeline finds the participants of the events it detects; a MUC-4 template also
lists perpetrators, targets and instruments the pipeline's events leave out (a victim named
two sentences after the attack, "the bombs" the police found afterwards, the group the
reporter blames). This step proposes every noun phrase of the document, in the forms MUC-4
keys write fillers in (the phrase, without its determiner and adjectives, its head, its
proper name, with its "of" complement, a noun modifying another), and scores each as a
perpetrator, target or weapon with three logistic regressions over sparse syntactic
features: the head's lemma, the governing verb or preposition and the dependency that links
them, the words around it, its place in the document, what the pipeline's events and the
chosen templates say of the same words, and where it stands to their triggers (the
dependency path from one that governs it, the sentences to the nearest), and what the
fine-tuned word-piece tagger (`muc_tagger`) reads in its words and around them. Trained by
`bench/events/train_muc_fillers.py` on the GTT-train part of MUC-4 DEV only; the model is
`data/models/muc_fillers.npz`; without it `span_templates` leaves the templates as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..language import span_root
from .argument_words import PRONOUNS
from .lexicon import load_lexicon
from .muc import gtt_norm
from .muc_tagger import FEATURE_PREFIX, default_tagger, span_features

MODEL = Path(__file__).resolve().parents[1] / "data" / "models" / "muc_fillers.npz"
ROLES = ("actors", "targets", "weapons")
# leading words a key leaves out of a filler ("several houses" -> "houses")
_MODIFIER_POS = {"DET", "NUM", "ADJ", "ADV", "PRON", "PUNCT", "CCONJ", "PART", "SYM"}
_MAX_TOKENS = 14
_CLASSES = ("weapon", "weapon_head", "person", "armed", "civilian", "state_force", "non_state",
            "troops", "leader", "property", "infrastructure", "place_word", "group_word")


@dataclass(frozen=True)
class Candidate:
    """One proposed filler: its character span in the text, the text there, how it was formed
    and the index of its head token in the parse."""

    start: int
    end: int
    text: str
    form: str
    head: int


def _norm(s: str) -> str:
    return gtt_norm(s)


def candidates(doc: Any, text: str) -> list[Candidate]:
    """Every noun phrase of a parsed document in the forms MUC-4 keys use, one candidate per
    distinct character span (the first form that produced it)."""
    seen: dict[tuple[int, int], Candidate] = {}

    def add(first: int, last: int, form: str, head: int) -> None:
        while first <= last and doc[first].pos_ in ("DET", "PUNCT", "CCONJ"):
            first += 1
        while last >= first and doc[last].pos_ in ("PUNCT", "CCONJ"):
            last -= 1
        if first > last or last - first + 1 > _MAX_TOKENS:
            return
        start, end = doc[first].idx, doc[last].idx + len(doc[last])
        if (start, end) not in seen and _norm(text[start:end]):
            seen[(start, end)] = Candidate(start, end, text[start:end], form, head)

    for nc in doc.noun_chunks:
        root = nc.root
        if root.pos_ == "PRON":
            continue
        add(nc.start, nc.end - 1, "chunk", root.i)
        first = nc.start
        while first < root.i and doc[first].pos_ in _MODIFIER_POS:
            first += 1
        add(first, nc.end - 1, "bare", root.i)
        add(root.i, root.i, "head", root.i)
        if root.pos_ == "PROPN":
            name_first = root.i
            while name_first > nc.start and doc[name_first - 1].pos_ == "PROPN":
                name_first -= 1
            add(name_first, root.i, "name", root.i)
        for prep in root.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                objs = [c for c in prep.children if c.dep_ == "pobj"]
                if objs:
                    add(first, objs[0].i, "of", root.i)
                    add(nc.start, objs[0].i, "of", root.i)
        sub = list(root.subtree)
        add(sub[0].i, sub[-1].i, "subtree", root.i)
    for tok in doc:
        # a noun that modifies another ("bomb" in "a bomb explosion", "car bomb" in "the car
        # bomb attack"): keys name the weapon or target, not the event noun it modifies
        if tok.dep_ == "compound" and tok.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i:
            first = tok.i
            while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i in (
                    tok.i, first):
                first -= 1
            add(first, tok.i, "compound", tok.i)
    for ent in doc.ents:
        if ent.label_ in ("PERSON", "ORG", "NORP", "FAC", "GPE", "PRODUCT"):
            add(ent.start, ent.end - 1, "ent", ent.root.i)
    return sorted(seen.values(), key=lambda c: (c.start, c.end))


def _bucket(n: int) -> str:
    return str(n) if n < 3 else ("3-5" if n < 6 else "6+")


def _governor(tok: Any) -> list[str]:
    """How a head token hangs in its clause: its dependency with its governor's lemma, and
    through a preposition the preposition with the word it modifies ("by|agent|kidnap")."""
    dep, gov = tok.dep_, tok.head
    out = [f"dep={dep}", f"gov={gov.lemma_.lower()}|{dep}"]
    if dep == "pobj":
        prep = gov
        out += [f"prep={prep.lower_}", f"prep={prep.lower_}|{prep.dep_}|{prep.head.lemma_.lower()}",
                f"prep={prep.lower_}|{prep.head.pos_}"]
    if dep in ("conj", "appos"):
        out += [f"conj_of_dep={gov.dep_}", f"conj_gov={gov.head.lemma_.lower()}|{gov.dep_}"]
    verb = tok
    for _ in range(6):
        if verb.head == verb:
            break
        verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            out.append(f"verb={verb.lemma_.lower()}")
            break
    return out


def _events_index(events: list[dict[str, Any]], chosen: list[dict[str, Any]],
                  ) -> dict[str, set[str]]:
    """Normalised filler strings and head words of the document's events by role: all
    events ("pipe"), those with a MUC incident type ("muc"), the chosen templates ("tmpl")."""
    from .muc import incident_type

    index: dict[str, set[str]] = {}
    groups = (("pipe", events), ("muc", [e for e in events if incident_type(e)]),
              ("tmpl", chosen))
    for tag, evs in groups:
        for e in evs:
            for role in ROLES:
                for ent in e.get(role) or []:
                    names = (ent.get("text_mention"), ent.get("name"), *(ent.get("aliases") or []))
                    for s in names:
                        n = _norm(s or "")
                        if n:
                            index.setdefault(f"{tag}:{role}", set()).add(n)
                            index.setdefault(f"{tag}_head:{role}", set()).add(n.split()[-1])
    return index


def features(c: Candidate, doc: Any, index: dict[str, set[str]], counts: dict[str, int],
             sentence: int) -> list[str]:
    """The sparse features of one candidate."""
    head = doc[c.head]
    lemma = head.lemma_.lower()
    norm = _norm(c.text)
    words = norm.split()
    classes = load_lexicon().classes
    f = ["bias", f"form={c.form}", f"hl={lemma}", f"hl={lemma}|{c.form}", f"ent={head.ent_type_}",
         f"pos={head.pos_}", f"n={_bucket(len(words))}", f"sent={_bucket(sentence)}",
         f"count={_bucket(counts.get(norm, 0))}", f"hcount={_bucket(counts.get('@' + lemma, 0))}",
         f"first={words[0]}"]
    f += _governor(head)
    f += [f"w={w}" for w in words[:8]]
    i0 = doc.char_span(c.start, c.end, alignment_mode="expand")
    if i0 is not None:
        left = [t.lower_ for t in doc[max(0, i0.start - 2):i0.start]]
        right = [t.lower_ for t in doc[i0.end:i0.end + 2]]
        f += [f"L1={left[-1] if left else '<s>'}", f"R1={right[0] if right else '</s>'}",
              f"L2={' '.join(left)}", f"R2={' '.join(right)}",
              f"cap={any(t.text[:1].isupper() for t in i0)}"]  # the parse's (truecased) text
    for name in _CLASSES:
        if lemma in classes.get(name, ()) or head.lower_ in classes.get(name, ()):
            f.append(f"cls={name}")
    for key, values in index.items():
        if "_head:" in key:
            if words and words[-1] in values:
                f.append(key)
        elif norm in values:
            f += [key, f"{key}|{c.form}"]
    return f


def document_counts(doc: Any, text: str, cands: list[Candidate]) -> dict[str, int]:
    """How often each candidate's words, and each head lemma ("@lemma"), occur in the text."""
    low = " " + _norm(text) + " "
    counts: dict[str, int] = {}
    for c in cands:
        n = _norm(c.text)
        if n not in counts:
            counts[n] = low.count(f" {n} ")
    for t in doc:
        if t.pos_ in ("NOUN", "PROPN"):
            key = "@" + t.lemma_.lower()
            counts[key] = counts.get(key, 0) + 1
    return counts


def _triggers(doc: Any, events: list[dict[str, Any]], chosen: list[dict[str, Any]],
              ) -> list[tuple[str, Any]]:
    """(tag, token) of the triggers of the document's events: "tmpl" for a chosen
    template's, "muc" for another event with a MUC incident type, "any" for the rest."""
    from .muc import incident_type

    tmpl = {tuple(t["trigger"]) for t in chosen if t.get("trigger")}
    out = []
    for e in events:
        trig = e.get("trigger")
        if not trig:
            continue
        root = span_root(doc, trig[0], trig[1])
        if root is None:
            continue
        tag = "tmpl" if tuple(trig) in tmpl else ("muc" if incident_type(e) else "any")
        out.append((tag, root))
    return out


def _path_to(tok: Any, target: Any, steps: int = 4) -> str | None:
    """The dependency labels from a token up to `target`, when `target` governs it within
    `steps` links: "dobj" from "bank" to "attacked" in "they attacked the bank", "pobj<prep"
    from "bank" to "attack" in "the attack on the bank"."""
    path: list[str] = []
    for _ in range(steps):
        if tok == target:
            return "<".join(path) or "self"
        if tok.head == tok:
            return None
        path.append(tok.dep_)
        tok = tok.head
    return "<".join(path) if tok == target else None


def trigger_features(head: Any, sentence: int, triggers: list[tuple[str, Any]],
                     sent_of: dict[int, int]) -> list[str]:
    """Where a candidate stands to the events told around it: the dependency path from the
    event's trigger that governs it (with the trigger's lemma), and how many sentences lie
    between it and the nearest trigger of each kind."""
    out = []
    nearest: dict[str, int] = {}
    for tag, trig in triggers:
        d = sent_of.get(trig.i, 0) - sentence
        if tag not in nearest or abs(d) < abs(nearest[tag]):
            nearest[tag] = d
        path = _path_to(head, trig)
        if path is not None:
            lemma = trig.lemma_.lower()
            out += [f"tpath={tag}|{path}", f"tpath={path}|{lemma}", f"tlemma={tag}|{lemma}"]
    for tag in ("tmpl", "muc", "any"):
        gap = nearest.get(tag)
        out.append(f"tsent={tag}|" + ("none" if gap is None else
                                      ("0" if gap == 0 else ("-" if gap < 0 else "+") +
                                       _bucket(abs(gap)))))
    return out


def document_examples(text: str, events: list[dict[str, Any]], chosen: list[dict[str, Any]],
                      doc: Any, tags: tuple[np.ndarray, np.ndarray] | None = None,
                      ) -> tuple[list[Candidate], list[list[str]]]:
    """The candidates of one parsed document (`language.parse`) and their features; with the
    word-piece `tags` of the text (offsets and probabilities, `muc_tagger.Tagger.tag`), the
    tagger's features too."""
    cands = candidates(doc, text)
    index = _events_index(events, chosen)
    counts = document_counts(doc, text, cands)
    triggers = _triggers(doc, events, chosen)
    sent_of = {}
    for k, s in enumerate(doc.sents):
        for t in s:
            sent_of[t.i] = k
    out = []
    for c in cands:
        sentence = sent_of.get(c.head, 0)
        f = features(c, doc, index, counts, sentence)
        f += trigger_features(doc[c.head], sentence, triggers, sent_of)
        if tags is not None:
            f += span_features(c.start, c.end, *tags)
        out.append(f)
    return cands, out


@lru_cache(maxsize=1)
def load_model(path: str = str(MODEL)) -> dict[str, Any] | None:
    p = Path(path)
    if not p.exists():
        return None
    with np.load(p, allow_pickle=False) as z:
        vocab = [str(v) for v in z["vocab"]]
        return {"index": {v: i for i, v in enumerate(vocab)}, "weights": z["weights"].astype(float),
                "tagger": any(v.startswith(FEATURE_PREFIX) for v in vocab),
                "thresholds": dict(zip(ROLES, z["thresholds"].tolist())),
                "keep": bool(z["keep"]) if "keep" in z else True}


def probabilities(feats: list[list[str]], model: dict[str, Any]) -> np.ndarray:
    """(candidates x roles) probabilities."""
    index, w = model["index"], model["weights"]
    out = np.zeros((len(feats), len(ROLES)))
    for i, f in enumerate(feats):
        ids = [index[x] for x in f if x in index]
        out[i] = w[:, ids].sum(axis=1) if ids else 0.0
    return 1 / (1 + np.exp(-np.clip(out, -30, 30)))


def _position(t: dict[str, Any], text: str) -> int:
    """Where a template's incident is told: its trigger, else the first mention of one of its
    fillers, else the start of the text."""
    trig = t.get("trigger")
    if trig:
        return int(trig[0])
    low = text.lower()
    names = [(ent.get("text_mention") or ent.get("name") or "").lower()
             for role in ROLES for ent in t.get(role) or []]
    spots = [s for s in (low.find(n) for n in names if n) if s >= 0]
    return min(spots) if spots else 0


def entity_keys(cands: list[Candidate], events: list[dict[str, Any]], text: str) -> list[str]:
    """For each candidate, a key shared by the candidates that name one entity: the same words
    (GTT's normalisation), a name and the alias the pipeline linked to it ("FMLN", "Farabundo
    Marti National Liberation Front"), a phrase and the parenthesised one right after it
    ("... Liberation Front (FMLN)"). A MUC-4 key lists such names as one filler."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        a, b = find(a), find(b)
        if a != b:
            parent[a] = b

    for e in events:
        for role in ROLES:
            for ent in e.get(role) or []:
                names = [_norm(s or "") for s in (ent.get("name"), ent.get("text_mention"),
                                                  *(ent.get("aliases") or []))]
                names = [n for n in names if n and n not in PRONOUNS]
                for n in names[1:]:
                    union(names[0], n)
    by_start: dict[int, list[Candidate]] = {}
    for c in cands:
        by_start.setdefault(c.start, []).append(c)
    for c in cands:
        if text[c.end:c.end + 2] == " (":
            for c2 in by_start.get(c.end + 2, ()):
                if text[c2.end:c2.end + 1] == ")":
                    union(_norm(c.text), _norm(c2.text))
    return [find(_norm(c.text)) for c in cands]


def _one_per_span(cands: list[Candidate], probs: np.ndarray, thresholds: dict[str, float],
                  ) -> np.ndarray:
    """The probabilities with, for each role, every passing candidate that overlaps a more
    probable passing one set to nothing: "the Salvadoran Army", "Salvadoran Army" and "Army"
    are one phrase, and a key lists it once."""
    out = probs.copy()
    for k, role in enumerate(ROLES):
        kept: list[Candidate] = []
        for i in sorted(range(len(cands)), key=lambda i: -probs[i, k]):
            if probs[i, k] < thresholds[role]:
                break
            c = cands[i]
            if any(c.start < o.end and o.start < c.end for o in kept):
                out[i, k] = 0.0
            else:
                kept.append(c)
    return out


def add_fillers(templates: list[dict[str, Any]], cands: list[Candidate], probs: np.ndarray,
                thresholds: dict[str, float], text: str, keep: bool = True,
                keys: list[str] | None = None) -> list[dict[str, Any]]:
    """Each candidate that passes its role's threshold, and overlaps no more probable one
    that passes it, joins the template whose incident is told nearest to it, before or after
    (the first in `templates` on a tie), unless that template has it already; with the
    candidates' entity `keys` (`entity_keys`), a template keeps one filler per entity in a
    role, the most probable.
    Without `keep`, the templates' own fillers are dropped first: the candidates alone fill
    them (the span model has read what the events said of each phrase)."""
    if not templates:
        return templates
    out = [dict(t, **{r: list(t.get(r) or []) if keep else [] for r in ROLES})
           for t in templates]
    places = [_position(t, text) for t in out]
    probs = _one_per_span(cands, probs, thresholds)
    # (template, role, entity) -> the probability and the filler that names it there
    chosen: dict[tuple[int, str, str], tuple[float, dict[str, Any]]] = {}
    for n, (c, p) in enumerate(zip(cands, probs)):
        for k, role in enumerate(ROLES):
            if p[k] < thresholds[role]:
                continue
            j = min(range(len(places)), key=lambda j: abs(places[j] - c.start))
            have = {_norm(e.get("text_mention") or e.get("name") or "") for e in out[j][role]}
            if _norm(c.text) in have:
                continue
            filler = {"name": c.text, "aliases": [], "text_mention": c.text,
                      "span_probability": round(float(p[k]), 3)}
            if keys is not None:
                seen = chosen.get((j, role, keys[n]))
                if seen is not None and seen[0] >= p[k]:
                    continue
                if seen is not None:  # a more probable name of the same entity replaces it
                    out[j][role] = [e for e in out[j][role] if e is not seen[1]]
                chosen[(j, role, keys[n])] = (float(p[k]), filler)
            out[j][role].append(filler)
    return out


def span_templates(templates: list[dict[str, Any]], events: list[dict[str, Any]], text: str,
                   model: dict[str, Any] | None = None, doc: Any = None) -> list[dict[str, Any]]:
    """The templates with the fillers the span classifier reads from the text added (or, when
    the model's `keep` is off, in place of their own; `add_fillers`)."""
    model = model or load_model()
    if model is None or not templates:
        return templates
    if doc is None:
        from ..language import parse

        doc = parse(text)
    tags = None
    if model.get("tagger"):
        tagger = default_tagger()
        tags = tagger.tag(text) if tagger is not None else None
    cands, feats = document_examples(text, events, templates, doc, tags)
    return add_fillers(templates, cands, probabilities(feats, model),
                       model["thresholds"], text, model.get("keep", True),
                       entity_keys(cands, events, text))


__all__ = ["Candidate", "add_fillers", "candidates", "document_examples", "entity_keys", "features",
           "load_model", "probabilities", "span_templates"]
