"""MUC-4 template output: which of our events are MUC-4 terrorist incidents, and of which type.

The pipeline codes every political event (PLOVER / ACLED); the MUC-4 task records only
"relevant" incidents, defined in its task documentation (template-doc-part1 v7, section 1.0).
This module applies that published definition to our events (gold-format dicts, as
`evaluate.events.to_gold_format` writes them), so that MUC-4 output can be produced and scored
the way the task defines it. Nothing here is fitted to data.

- Incident types: attack, bombing, kidnapping, arson, robbery (forced work stoppage is not
  produced). Arrests, detentions, bans and seizures of weapons by the state have no MUC type.
  An act whose weapon is an explosive device (bomb, dynamite, explosive charge) is a bombing,
  whatever word told it ("attacked the bank with dynamite"). Property destroyed is arson only
  when it was set on fire (the pipeline's PLOVER mode "arson"), else an attack.
- Exceptions (a) and (b): an act whose targets are all armed actors (military, police,
  guerrilla or drug-trafficking groups, their members or installations) is "a purely guerrilla
  act" (a "clash"), not a terrorist incident; an armed clash with no civilian target likewise.
- Specificity (rule 7): an attack that names neither its target nor its weapon ("an attack
  perpetrated by a subversive group") is not recorded.
- Rules 5 and 6 (only factual and recent incidents) are the pipeline's modality: negated,
  hypothetical, future and historical events are not templates (`evaluate.events`).
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from .lexicon import load_lexicon

MODEL = Path(__file__).resolve().parents[1] / "data" / "models" / "muc_templates.json"
# MUC-4 rule 4: incidents that belong to one of the nine Latin American countries of interest
MUC_COUNTRIES = {"SV", "GT", "HN", "AR", "BO", "CL", "CO", "EC", "PE"}
CIVILIAN_SECTORS = {"CVL", "GOV", "ELI", "JUD", "LAB", "JRN", "BUS", "EDU", "LEG", "OPP", "NGO",
                    "IGO", "MED", "REL"}
GENERIC_HEADS = {"people", "person", "member", "group", "other", "men", "man", "women",
                 "civilian", "population", "leader", "official", "authority", "authorities",
                 "one", "ones", "individual", "resident", "inhabitant", "victim"}
ACLED_FEATURES = ("Attack", "Armed clash", "Remote explosive/landmine/IED",
                  "Abduction/forced disappearance", "Looting/property destruction",
                  "Air/drone strike", "Excessive force against protesters")

ARMED_SECTORS = {"MIL", "COP", "REB", "UAF", "CRM", "SPY"}
# armed groups outside the lexicon's "armed" class (exception (a): drug-trafficking groups)
ARMED_EXTRA = {"trafficker", "traffickers", "cartel", "narcoterrorist", "kidnapper",
               "forces", "troops", "police", "military", "army"}
MILITARY_MODIFIERS = {"military", "army", "police", "army's", "naval", "navy", "guerrilla",
                      "national guard", "air force", "police's"}
INSTALLATIONS = {"vehicle", "vehicles", "convoy", "post", "posts", "base", "bases", "barracks",
                 "headquarters", "installation", "installations", "garrison", "helicopter",
                 "helicopters", "plane", "aircraft", "truck", "trucks", "jeep", "station",
                 "camp", "position", "positions", "unit", "units", "patrol", "column"}


# how GTT's scorer compares filler strings: lower case, no punctuation, no a/an/the
_PUNCT = re.compile(r"[!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~’“”]")
_GTT_ARTICLES = re.compile(r"\b(a|an|the)\b")


def gtt_norm(s: str) -> str:
    """A filler string as GTT's scorer compares it ("The F.M.L.N." -> "fmln")."""
    s = _PUNCT.sub("", s.lower())
    return " ".join(_GTT_ARTICLES.sub(" ", s).split())


# explosive devices (MUC-4 incident type BOMBING: an attack by an explosive device, whatever
# the event's trigger: "a dynamite charge destroyed the bank", "attacked the post with bombs")
EXPLOSIVES = {"bomb", "bombs", "dynamite", "explosive", "explosives", "tnt", "car-bomb",
              "carbomb", "ied", "ieds"}
EXPLOSIVE_HEADS = {"charge", "charges", "device", "devices", "stick", "sticks"}


def explosive(ent: dict[str, Any]) -> bool:
    """Whether a weapon is an explosive device ("car bomb", "dynamite sticks", "an explosive
    charge"; not "grenade" or "mortar", thrown or fired)."""
    words = [w.strip(".,'\"()") for w in (ent.get("name") or "").lower().split()]
    if not words:
        return False
    if words[-1] in EXPLOSIVES:
        return True
    return words[-1] in EXPLOSIVE_HEADS and any(w in EXPLOSIVES for w in words[:-1])


def incident_type(p: dict[str, Any]) -> str | None:
    """The MUC-4 incident type of an event (gold-format dict), None when it has none."""
    acled = p.get("acled_sub_event_type") or ""
    if p.get("plover_type") not in ("ASSAULT", "COERCE"):
        return None
    if acled in ("Arrests", "Disrupted weapons use") or p.get("plover_mode") in (
            "arrest", "restrict", "ban", "expel", "deport", "censor", "martial-law"):
        return None
    if p.get("plover_type") == "COERCE" and acled != "Abduction/forced disappearance":
        return "robbery"
    if acled == "Abduction/forced disappearance" or p.get("plover_mode") == "abduct":
        return "kidnapping"
    if acled == "Remote explosive/landmine/IED":
        return "bombing"
    if any(explosive(w) for w in p.get("weapons") or []):
        return "bombing"
    if acled == "Arson" or (acled == "Looting/property destruction"
                            and p.get("plover_mode") == "arson"):
        return "arson"
    return "attack"


def _words(name: str) -> list[str]:
    return [w.strip(".,'\"()") for w in name.lower().split() if w.strip(".,'\"()")]


def _singular(w: str) -> str:
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def armed(ent: dict[str, Any]) -> bool:
    """An armed actor or a military / police installation ("the garrison", "an army truck")."""
    if ent.get("sector") in ARMED_SECTORS:
        return True
    words = _words(ent.get("name") or "")
    if not words:
        return False
    head = words[-1]
    classes = load_lexicon().classes
    if head in ARMED_EXTRA or _singular(head) in classes["armed"] or head in classes["armed"]:
        return True
    mods = " ".join(words[:-1])
    return head in INSTALLATIONS and any(m in mods.split() or m in mods
                                         for m in MILITARY_MODIFIERS)


def relevant(p: dict[str, Any]) -> bool:
    """Whether an event is a MUC-4 terrorist incident (see the module docstring)."""
    kind = incident_type(p)
    if kind is None:
        return False
    targets = p.get("targets") or []
    if targets and all(armed(t) for t in targets):
        return False  # exceptions (a) and (b): a clash between armed groups
    if p.get("acled_sub_event_type") == "Armed clash" and not targets:
        return False
    if kind in ("attack", "arson") and not targets and not (p.get("weapons") or []):
        return False  # rule 7: neither the target nor the nature of the attack
    return True


def _key(ent: dict[str, Any]) -> str:
    return " ".join(_words(ent.get("name") or ""))


def _conflict(a: dict[str, Any], b: dict[str, Any], split: tuple[str, ...]) -> bool:
    """Whether two events of one type are separate instances (guideline 5.0: a different
    location, date or perpetrator)."""
    if "date" in split:
        da, db = (a.get("date") or {}).get("start"), (b.get("date") or {}).get("start")
        if da and db and da != db:
            return True
    if "location" in split:
        la, lb = a.get("location") or {}, b.get("location") or {}
        for k in ("country", "admin1"):
            if la.get(k) and lb.get(k) and la[k] != lb[k]:
                return True
    if "perpetrator" in split:
        pa = {_key(x) for x in a.get("actors") or []}
        pb = {_key(x) for x in b.get("actors") or []}
        if pa and pb and not pa & pb:
            return True
    return False


def templates(events: list[dict[str, Any]], split: tuple[str, ...] = ("date", "location"),
              select: Any = None) -> list[dict[str, Any]]:
    """MUC-4 templates from a document's events: the relevant ones, one template per incident
    type unless the text separates instances by date or place (guideline 5.0: "if no
    distinctions of these kinds are made in the text, the instances should be incorporated
    into a single template"); fillers are the union of the merged events' participants."""
    groups: list[list[dict[str, Any]]] = []
    for e in events:
        if not (select or relevant)(e):
            continue
        kind = incident_type(e)
        for g in groups:
            if incident_type(g[0]) == kind and not any(_conflict(e, x, split) for x in g):
                g.append(e)
                break
        else:
            groups.append([e])
    out = []
    for g in groups:
        t = dict(g[0])
        for role in ("actors", "targets", "weapons"):
            seen: dict[str, dict[str, Any]] = {}
            for e in g:
                for ent in e.get(role) or []:
                    seen.setdefault(_key(ent), ent)
            t[role] = list(seen.values())
        out.append(t)
    return out


# ---------------------------------------------------------------- the trained step (optional)
def event_features(e: dict[str, Any], index: int, n: int,
                   earlier: tuple[dict[str, Any], ...] | list[dict[str, Any]] = (),
                   later: list[dict[str, Any]] | None = None) -> dict[str, float]:
    """Features of one event for the template classifier (from the event record and the
    document's earlier candidates: a repeated mention of one incident is no new template;
    and its later ones: the incident a report is about is told again)."""
    keys = {_key(x) for r in ("actors", "targets") for x in e.get(r) or []}
    seen = {_key(x) for o in earlier for r in ("actors", "targets") for x in o.get(r) or []}
    acled = e.get("acled_sub_event_type") or ""
    targets, actors = e.get("targets") or [], e.get("actors") or []
    loc = e.get("location") or {}
    kind = incident_type(e)
    f = {"bias": 1.0, "rule_relevant": float(relevant(e)),
         "has_actor": float(bool(actors)), "has_target": float(bool(targets)),
         "has_weapon": float(bool(e.get("weapons"))),
         "n_targets": min(len(targets), 4) / 4,
         "civilian_target": float(any(t.get("sector") in CIVILIAN_SECTORS for t in targets)),
         "armed_target": float(any(armed(t) for t in targets)),
         "all_armed_targets": float(bool(targets) and all(armed(t) for t in targets)),
         "rebel_actor": float(any(a.get("sector") in ("REB", "UAF") for a in actors)),
         "state_actor": float(any(a.get("sector") in ("MIL", "COP") for a in actors)),
         "named_target": float(any(t.get("kind") or any(w[:1].isupper()
                                                       for w in (t.get("name") or "").split())
                                   for t in targets)),
         "has_date": float(bool((e.get("date") or {}).get("start"))),
         "has_place": float(bool(loc)),
         "muc_country": float(loc.get("country") in MUC_COUNTRIES) if loc else 0.0,
         "other_country": float(bool(loc.get("country")) and loc.get("country")
                                not in MUC_COUNTRIES) if loc else 0.0,
         "killed": float(any(q.get("kind") == "killed" for q in e.get("quantities") or [])),
         "confidence": float(e.get("confidence") or 0.5),
         "first": float(index == 0), "position": index / max(n - 1, 1),
         "n_events": min(n, 10) / 10,
         "same_type_earlier": float(any(incident_type(o) == kind for o in earlier)),
         "shares_participant_earlier": float(bool(keys & seen))}
    if later is not None:
        after = {_key(x) for o in later for r in ("actors", "targets") for x in o.get(r) or []}
        f["shares_participant_later"] = float(bool(keys & after))
        f["same_type_later"] = float(any(incident_type(o) == kind for o in later))
    for a in ACLED_FEATURES:
        f["acled=" + a] = float(acled == a)
    f["type=" + str(kind)] = 1.0
    return f


def filler_features(ent: dict[str, Any], role: str, e: dict[str, Any],
                    doc_counts: dict[str, int], own: bool = True) -> dict[str, float]:
    """Features of one filler of a template for the filler classifier."""
    words = _words(ent.get("name") or "")
    head = words[-1] if words else ""
    classes = load_lexicon().classes
    f = {"bias": 1.0, "role=" + role: 1.0, "own": float(own),
         "pooled_role=" + role: float(not own),
         "sector=" + str(ent.get("sector")): 1.0,
         "linked": float(bool(ent.get("kind"))),
         "n_words": min(len(words), 5) / 5,
         "armed": float(armed(ent)),
         "person_head": float(_singular(head) in classes["person"] or head in classes["person"]),
         "plural": float(head.endswith("s")),
         "capitalised": float(any(w[:1].isupper() for w in (ent.get("name") or "").split())),
         "weapon_head": float(head in classes["weapon_head"] or _singular(head)
                              in classes["weapon_head"]),
         "mentioned": min(doc_counts.get(_key(ent), 0), 4) / 4,
         "in_other_role": float(any(doc_counts.get(f"@{r}@{_key(ent)}") for r in
                                    ("actors", "targets", "weapons") if r != role)),
         "in_muc_event": float(bool(doc_counts.get(f"@muc@{_key(ent)}"))),
         "generic": float(head in GENERIC_HEADS or _singular(head) in GENERIC_HEADS),
         "number": float(any(ch.isdigit() for ch in ent.get("name") or "")),
         "of_phrase": float(" of " in f" {' '.join(words)} "),
         "not_in_text": float(bool(ent.get("text_mention"))
                              and ent.get("text_mention") != ent.get("name")),
         "type=" + str(incident_type(e)): 1.0}
    return f


@lru_cache(maxsize=1)
def load_model(path: str = str(MODEL)) -> dict[str, Any] | None:
    p = Path(path)
    if not p.exists():
        return None
    return json.loads(p.read_text(encoding="utf-8"))


def _prob(weights: dict[str, float], feats: dict[str, float]) -> float:
    z = sum(weights.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def filler_candidates(e: dict[str, Any], events: list[dict[str, Any]], role: str,
                      host: bool) -> list[tuple[dict[str, Any], bool]]:
    """(entity, own) pairs: the event's own fillers and, for the document's main template
    (`host`), the fillers of that role in the document's other events."""
    out = [(ent, True) for ent in e.get(role) or []]
    if host:
        seen = {_key(ent) for ent, _ in out}
        for other in events:
            for ent in other.get(role) or []:
                if _key(ent) not in seen:
                    seen.add(_key(ent))
                    out.append((ent, False))
    return out


def doc_counts(events: list[dict[str, Any]]) -> dict[str, int]:
    """How often each filler occurs in the document's events, in which roles ("@role@key")
    and in events with a MUC type ("@muc@key")."""
    counts: dict[str, int] = {}
    for e in events:
        kind = incident_type(e)
        for role in ("actors", "targets", "weapons"):
            for ent in e.get(role) or []:
                k = _key(ent)
                for c in (k, f"@{role}@{k}", *((f"@muc@{k}",) if kind else ())):
                    counts[c] = counts.get(c, 0) + 1
    return counts


def _norm_words(s: str) -> tuple[str, ...]:
    return tuple(gtt_norm(s).split())


def _surface(ent: dict[str, Any]) -> str:
    return ent.get("text_mention") or ent.get("name") or ""


def longest_forms(events: list[dict[str, Any]]) -> dict[tuple[str, ...], str]:
    """For each filler string of the document's events, the longest string of the document's
    events that names the same thing more completely: one that ends with it ("armed men" ->
    "group of heavily armed men", "armed forces" -> "Zarate Willka Liberation Armed
    Forces"). MUC-4 keys give the most complete description of a perpetrator. None when two
    longer forms disagree (neither contains the other: "urban guerrillas", "rural
    guerrillas")."""
    forms: dict[tuple[str, ...], str] = {}
    for e in events:
        for role in ("actors", "targets", "weapons"):
            for ent in e.get(role) or []:
                for s in (_surface(ent), ent.get("name") or "", *(ent.get("aliases") or [])):
                    w = _norm_words(s)
                    if w and (w not in forms or len(s) > len(forms[w])):
                        forms[w] = s
    out: dict[tuple[str, ...], str] = {}
    for w in forms:
        longer = [v for v in forms if len(v) > len(w) and v[-len(w):] == w]
        if not longer:
            continue
        best = max(longer, key=len)
        if all(any(best[i:i + len(v)] == v for i in range(len(best) - len(v) + 1))
               for v in longer):
            out[w] = forms[best]
    return out


def proper_names(events: list[dict[str, Any]]) -> set[tuple[str, ...]]:
    """Word sequences the pipeline gives as proper names (a capitalised word in the name)."""
    out = set()
    for e in events:
        for role in ("actors", "targets"):
            for ent in e.get(role) or []:
                name = ent.get("name") or ""
                if len(name.split()) >= 2 and sum(w[:1].isupper() for w in name.split()) >= 1:
                    out.add(_norm_words(name))
    return out


def bare_name(words: tuple[str, ...], names: set[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The longest proper name of the document that ends a filler with a descriptor before it
    ("presidential candidate Luis Carlos Galan" -> "Luis Carlos Galan")."""
    best = None
    for n in names:
        if (len(n) < len(words) and words[-len(n):] == n and "of" not in words[:-len(n)]
                and (best is None or len(n) > len(best))):
            best = n
    return best


def complete_names(templates_: list[dict[str, Any]], events: list[dict[str, Any]],
                   known: tuple[dict[tuple[str, ...], str], set[tuple[str, ...]]] | None = None,
                   ) -> None:
    """How each template filler is written (its `text_mention`, the string scored): a human
    target by its bare name, without the title or descriptor before it (`bare_name`; MUC-4
    keys give titles in a slot of their own); a perpetrator by the most complete form the
    document gives it (`longest_forms`). Targets and weapons are not lengthened: a longer
    form of them adds titles ("senator X") or sizes ("powerful bomb") that keys leave out."""
    forms, names = known or (longest_forms(events), proper_names(events))
    for t in templates_:
        for role in ("actors", "targets", "weapons"):
            ents = []
            for ent in t.get(role) or []:
                w = _norm_words(_surface(ent))
                bare = bare_name(w, names) if role == "targets" else None
                full = forms.get(w) if role == "actors" else None
                if bare:
                    ent = dict(ent, text_mention=" ".join(bare))
                elif full:
                    ent = dict(ent, text_mention=full)
                ents.append(ent)
            t[role] = ents


def template_probs(cands: list[dict[str, Any]], model: dict[str, Any]) -> list[float]:
    """The template classifier's probability for each candidate event of a document."""
    return [_prob(model["template"], event_features(e, i, len(cands), cands[:i],
                                                    cands[i + 1:]))
            for i, e in enumerate(cands)]


def score_document(events: list[dict[str, Any]], model: dict[str, Any]) -> dict[str, Any]:
    """What the classifiers say about one document whatever the thresholds: its candidate
    events, their template probabilities and the document's name forms (`complete_names`;
    the filler probabilities are added as they are asked for), so that thresholds can be
    tried without scoring it again."""
    cands = [e for e in events if incident_type(e) is not None]
    return {"events": events, "cands": cands, "counts": doc_counts(events),
            "probs": template_probs(cands, model), "fillers": {},
            "forms": (longest_forms(events), proper_names(events))}


def choose_templates(doc: dict[str, Any], model: dict[str, Any]) -> list[dict[str, Any]]:
    """The templates of a scored document (`score_document`) at the model's thresholds."""
    events, cands, probs = doc["events"], doc["cands"], doc["probs"]
    out: list[Any] = []
    for i in [i for i, p in enumerate(probs) if p >= model["template_threshold"]]:
        e = cands[i]
        t = dict(e)
        host = not out
        for role in ("actors", "targets", "weapons"):
            thr = (model.get("filler_thresholds") or {}).get(role, model["filler_threshold"])
            key = (i, role, host)
            if key not in doc["fillers"]:
                weights = (model.get("filler_by_role") or {}).get(role, model["filler"])
                doc["fillers"][key] = [
                    (ent, _prob(weights, filler_features(ent, role, e, doc["counts"], own)))
                    for ent, own in filler_candidates(e, events, role, host)]
            t[role] = [ent for ent, p in doc["fillers"][key] if p >= thr]
        out.append(t)
    complete_names(out, events, doc["forms"])
    return out


def model_templates(events: list[dict[str, Any]], model: dict[str, Any] | None = None,
                    text: str | None = None, doc: Any = None) -> list[dict[str, Any]]:
    """MUC-4 templates chosen by the trained classifiers (`bench/events/train_muc.py`) from a
    document's asserted events: those with a MUC type whose template probability passes the
    threshold; each keeps the fillers whose probability passes its role's threshold, and the first kept
    one (the document's main incident) may also take fillers of that role from the
    document's other events; each filler is named by its most complete form in the document
    (`complete_names`). Given the document's `text` (and its parse `doc`), the span classifier
    adds the fillers it reads from the text (`muc_fillers.span_templates`; with its model's
    `keep` off, as shipped, those replace the fillers kept above). Falls back to `relevant`
    without a model."""
    model = model or load_model()
    if model is None:
        return [e for e in events if incident_type(e) is not None and relevant(e)]
    out = choose_templates(score_document(events, model), model)
    if text is not None:
        from .muc_fillers import span_templates

        out = span_templates(out, events, text, doc=doc)
    return out


__all__ = ["armed", "bare_name", "choose_templates", "complete_names", "doc_counts",
           "event_features", "filler_candidates", "filler_features", "gtt_norm", "incident_type",
           "load_model", "longest_forms", "model_templates", "proper_names", "relevant",
           "score_document", "templates"]
