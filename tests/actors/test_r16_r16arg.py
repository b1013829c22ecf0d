"""Round 16 (r16arg) fixes in the linker. Sentences written for these tests."""

from .conftest import find


def test_a_group_word_that_opens_a_known_name_is_that_name(link):
    ms = link("Eight soldiers were killed when jihadists attacked an army post on Monday, the army "
              "said, while the Al-Qaeda-linked group that claimed the assault put the toll at "
              "30. The Group for the Support of Islam and Muslims (JNIM) said in a message that "
              "its fighters had killed 30 soldiers.")
    assert not any(m.span.text == "The Group" for m in ms)
    assert find(ms, "Group for the Support of Islam and Muslims").entity.kb_id == "JNIM"


def test_its_after_a_body_subject_is_not_an_earlier_name(link):
    ms = link("A police spokesman told Reuters that bandits burned a school. The army said its "
              "soldiers pursued the bandits near Gusau on Friday.")
    assert not any(m.span.text == "its soldiers" and "Reuters" in m.entity.name for m in ms)


def test_a_countrys_acting_high_commissioner_is_a_person_not_the_country(link):
    ms = link("The foreign ministry summoned Kenya's acting high commissioner in Kampala.")
    m = find(ms, "Kenya's acting high commissioner")
    assert m.entity.kind == "person"
