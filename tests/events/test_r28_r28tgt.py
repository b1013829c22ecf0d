"""Round 28 (r28tgt), targets: a group named in the title of a named person is targeted
through them, as through an unnamed member ("the Taliban commander X"; `drafting`,
`person_names.title_noun`); an arrest or attack made in a search for a named group's member
targets that group ("detained two suspects while searching for a Haqqani network leader";
`events.sought_groups`), but not what the people taken are said to have done. Sentences
invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import target_words, whole_pipeline


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 3, 4))


@pytest.mark.parametrize("text, plover, person, group", [
    ("KABUL, March 2 (Reuters) - Afghan troops killed the Taliban commander Abdul Samad in an "
     "operation in Helmand province on Saturday, the army said.", "ASSAULT", "abdul samad",
     "taliban"),
    ("MAIDUGURI, Nigeria, March 2 (Reuters) - Nigerian soldiers killed the Boko Haram "
     "commander Abu Musa in an ambush near Bama on Sunday, the army said.", "ASSAULT",
     "abu musa", "boko haram"),
    ("MANILA, March 3 (Reuters) - Philippine troops captured the Abu Sayyaf leader Radullan "
     "Sahiron on Jolo island on Tuesday, the military said.", "COERCE", "radullan sahiron",
     "abu sayyaf"),
])
def test_a_named_members_group_is_targeted_through_them(run, text, plover, person, group):
    found = target_words(run(text), plover)
    assert any(person in m for m in found), found
    assert group in found, found


def test_a_nationality_before_a_named_person_is_no_group(run):
    found = target_words(run("BOGOTA, March 3 (Reuters) - Colombian police arrested Colombian "
                         "journalist Ana Ruiz in Cali on Tuesday, her lawyer said."), "COERCE")
    assert "ana ruiz" in found
    assert not any("journalist" == m or "colombia" in m and "journalist" not in m
                   for m in found), found


@pytest.mark.parametrize("text, plover, group", [
    ("KABUL, March 2 (Reuters) - Afghan special forces detained four suspected insurgents in "
     "Kandahar province on Sunday while searching for a Taliban commander, the defence "
     "ministry said.", "COERCE", "taliban"),
    ("KABUL, March 2 - A combined security force detained two suspects in Khost province on "
     "Sunday during a search for a Haqqani network leader, officials said.", "COERCE",
     "haqqani network"),
    ("MOGADISHU, March 3 (Reuters) - Somali commandos killed three militants during a raid "
     "targeting an al Shabaab commander near Jilib on Tuesday, the information ministry said.",
     "ASSAULT", "al-shabaab"),
    ("BAGHDAD, March 3 (Reuters) - Iraqi forces arrested five people in Anbar province on "
     "Tuesday in an operation targeting Islamic State cells, the interior ministry said.",
     "COERCE", "islamic state"),
])
def test_an_operation_after_a_groups_member_targets_the_group(run, text, plover, group):
    assert group in target_words(run(text), plover)


@pytest.mark.parametrize("text", [
    "ISLAMABAD, March 2 (Reuters) - Pakistani police arrested two men suspected of plotting an "
    "attack on a Taliban leader in Quetta, police said on Monday.",
    "KANO, March 3 (Reuters) - Police arrested three men wanted for the killing of an Islamic "
    "State commander, a police spokesman said on Tuesday.",
    # (a search word in what the people taken did: the guard, not the lack of one, decides)
    "ISLAMABAD, March 2 (Reuters) - Pakistani police arrested two men suspected of hunting a "
    "Taliban leader in Quetta, police said on Monday.",
    "KANO, March 3 (Reuters) - Police arrested three men accused of targeting an Islamic State "
    "commander, a police spokesman said on Tuesday.",
])
def test_what_the_people_taken_did_names_no_target_group(run, text):
    found = target_words(run(text), "COERCE")
    assert not any(m in ("taliban", "islamic state") for m in found), found
