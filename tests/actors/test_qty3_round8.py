"""Round 8 (qty3): a subject "it" continues the "it" of the sentence before. Sentences
written for these tests."""

from __future__ import annotations

from .conftest import find, find_or_none


def test_a_later_it_continues_the_it_resolved_before(link):
    ms = link("The Ruritanian Liberation Front said it shelled a border post on Monday. "
              "It also blocked the main road.")
    it = find(ms, "It")
    assert it.entity.name == "Ruritanian Liberation Front"
    assert it.via == "coreference"


def test_a_later_it_stays_unresolved_after_another_organisation(link):
    ms = link("The Ruritanian Liberation Front said it shelled a border post on Monday. "
              "The Ruritanian Workers Party condemned the shelling. It also blocked the road.")
    it = find_or_none(ms, "It")
    assert it is None or it.entity.name != "Ruritanian Liberation Front"


def test_an_object_it_is_not_continued(link):
    ms = link("The Ruritanian Liberation Front said the army denied it on Monday. "
              "It also blocked the main road.")
    it = find_or_none(ms, "It")
    assert it is None or it.entity.name != "Ruritanian Liberation Front"
