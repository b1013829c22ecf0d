"""Actors: a knowledge base of who is who (and when), and mention linking.

Public API: `default_kb()`, `link_mentions(analysis, kb=None)`, `participant(mention)`,
`merge_mentions(mentions)`, `facts_from_text(analysis)`; the stage is
`wirecoder.actors.stage:ActorStage` and the CLI group `wirecoder.actors.commands:kb`.
"""

from .facts import facts_from_text
from .build import default_kb, load_kb
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
