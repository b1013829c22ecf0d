"""Actors: a knowledge base of who is who (and when), and mention linking.

Public API: `default_kb()`, `link_mentions(analysis, kb=None)`, `participant(mention)`,
`merge_mentions(mentions)`, `facts_from_text(analysis)`; the stage is
`wirecoder.actors.stage:ActorStage` and the CLI group `wirecoder.actors.commands:kb`.

What `link_mentions` returns (for the events stage):
- Mentions never overlap and come in text order; `span.text == document.text[start:end]`.
- `entity.kb_id`: a KB id (ISO3 for a state, "ISO3-GOV|MIL|COP|SEC|MOI|MOD|MFA|TRE|INT|LEG|JUD"
  for its institutions, "HTS", "CENTCOM", "ahmed-al-sharaa" ...) or None for unknown and
  generic actors.
- `entity.kind`: state, government, military, police, security forces, ministry,
  intelligence, legislature, judiciary, armed group, militia, international organization,
  coalition, military command, organization, person, officials, civilians, protesters,
  refugees, people, group, media, business - and `location` for a country or capital used
  as a place ("in Kabul", datelines): not an actor.
- `entity.country` (ISO3) and `entity.sector` (PLOVER: GOV, MIL, COP, SPY, REB, UAF, IGO,
  NGO, OPP, LEG, JUD, CVL, REF, EDU, MED, JRN, BUS, LAB, ELI, CRM, REL) resolved on
  `analysis.anchor.date` (a person takes the office held that day).
- `via`: alias | demonym | title | acronym | coreference (partial names, descriptions such as
  "the extremist organization", possessives "its troops", pronouns "he"/"they"/"who") |
  generic ("police", "gunmen"; they take the document's dominant country) | ner (unknown).
"""

from .build import default_kb, load_kb
from .facts import facts_from_text
from .kb import Entity, KnowledgeBase, Resolved, Statement
from .link import link_mentions, merge_mentions, participant

__all__ = [
    "Entity",
    "KnowledgeBase",
    "Resolved",
    "Statement",
    "default_kb",
    "facts_from_text",
    "link_mentions",
    "load_kb",
    "merge_mentions",
    "participant",
]
