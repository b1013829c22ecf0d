"""The one string an actor or target is reported under (`reported_names`): a bare office,
body or following whose text tells whose it is ("Kenya's interior minister", "the governor
of Sulu province", "all parties") is reported by that fuller phrase, and a linked entity
whose knowledge-base name the text does not use is not known by a pronoun ("it", "its
forces"). Texts written for these tests; `published` is Friday 2026-11-27."""

from datetime import date

import pytest

from wirecoder.events.muc import gtt_norm
from wirecoder.events.reported_names import reported, stand_in
from wirecoder.records import Participant

from .conftest import whole_pipeline


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 11, 27))


def _shown(text, parts):
    """What each participant is output as: its name where the text writes it, else the
    first other way it is written (the string a role-filler scorer compares)."""
    low = " " + gtt_norm(text) + " "
    return [p.name if f" {gtt_norm(p.name)} " in low or not p.mentions else p.mentions[0]
            for p in parts]


def _role(run, text, role):
    return [s for e in run(text) for s in _shown(text, getattr(e, role))]


# --- a bare office is reported by whose it is --------------------------------------------

@pytest.mark.parametrize("text, role, whole", [
    ("ISLAMABAD, Nov 26 - Pakistan's foreign ministry summoned Afghanistan's charge "
     "d'affaires on Wednesday to protest a cross-border attack, the ministry said.",
     "targets", "Afghanistan's charge d'affaires"),
    ("KABUL, Nov 22 - The Taliban's deputy prime minister accused Pakistan of bombing "
     "civilians in Khost on Saturday.", "actors", "Taliban's deputy prime minister"),
    ("MANILA, Nov 21 - The governor of Sulu province condemned the killing of two soldiers "
     "by suspected Abu Sayyaf gunmen on Friday.", "actors", "governor of Sulu province"),
    ("KINSHASA, Nov 19 - Police beat supporters of the opposition candidate outside a "
     "polling station in Goma on Wednesday, witnesses said.", "targets",
     "supporters of the opposition candidate"),
    ("GOMA, Nov 14 - The United Nations called on all parties to stop fighting around Sake "
     "on Friday.", "targets", "all parties"),
])
def test_a_bare_office_is_reported_by_whose_it_is(run, text, role, whole):
    shown = _role(run, text, role)
    assert whole in shown, shown
    assert whole.split()[-1] not in shown, shown  # ("governor", "parties" alone: not it)


def test_an_office_told_bare_stays_bare(run):
    text = ("HARARE, Nov 7 - Police arrested a spokesman on Friday after a protest in Harare, "
            "officials said.")
    assert _role(run, text, "targets") == ["spokesman"]


# --- a linked entity is not known by a pronoun --------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("BEIRUT, Nov 17 - The Lebanese army said it had arrested six men suspected of smuggling "
     "weapons near Hermel on Monday.", "Lebanese army"),
    ("MOGADISHU, Nov 11 - Somalia's army said it had killed 30 al Shabaab militants in an "
     "operation near Jowhar on Tuesday.", "Somalia's army"),
    ("DAMASCUS, Nov 6 - Syria's interior ministry said its forces had arrested a former army "
     "officer in Homs on Thursday.", "Syria's interior ministry"),
])
def test_a_linked_doer_is_not_known_by_a_pronoun(run, text, name):
    shown = _role(run, text, "actors")
    assert name in shown, shown
    assert not any(stand_in(s) for s in shown), shown


# --- the rule itself ----------------------------------------------------------------------

@pytest.mark.parametrize("name, mentions, want", [
    ("governor", ("governor", "Marsabit's governor"), "Marsabit's governor"),
    ("head", ("head", "head of the EU mission"), "head of the EU mission"),
    ("union", ("union", "the Tunisian journalists' union"), "Tunisian journalists' union"),
    ("UN humanitarian coordinator", ("UN humanitarian coordinator for Sudan",),
     "UN humanitarian coordinator for Sudan"),
    # already whose: the place it sits in adds nothing to "Britain's ambassador"
    ("Britain's ambassador", ("Britain's ambassador in Tehran",), "Britain's ambassador"),
    # a proper name is its own name; a mention that is not the office extended is not it
    ("Shining Path", ("Shining Path splinter group",), "Shining Path"),
    ("governor", ("governor", "the provincial police chief"), "governor"),
    ("head", ("head", "head teacher"), "head"),
])
def test_reported_name(name, mentions, want):
    p = reported(Participant(name=name, mentions=mentions))
    assert p.name == want
    assert name in (p.name, *p.mentions)  # (the bare name is kept as a mention)


def test_pronoun_mentions_come_last():
    p = reported(Participant(name="Kenyan Ministry of Interior", kb_id="x",
                             mentions=("it", "its officers", "Kenya's interior ministry")))
    assert p.mentions == ("Kenya's interior ministry", "it", "its officers")


# --- armed people described by a participle are reported by their own noun ----------------

@pytest.mark.parametrize("text, own", [
    ("LAGOS, Nov 24 - Suspected militants armed with automatic rifles killed six villagers in "
     "Zamfara on Monday, police said.", "Suspected militants"),
    ("KADUNA, Nov 23 - Gunmen riding motorcycles killed four farmers in Kaura on Sunday, "
     "police said.", "Gunmen"),
])
def test_armed_people_described_by_a_participle_keep_their_own_noun(run, text, own):
    shown = _role(run, text, "actors")
    assert own in shown, shown


def test_plain_people_keep_their_description(run):
    text = ("TUNJA, Nov 24 - Two men wearing ski masks shot a judge in Tunja on Monday, police "
            "said.")
    assert any("wearing ski masks" in s for s in _role(run, text, "actors"))


@pytest.mark.parametrize("mentions, first", [
    (("forces", "government forces"), "government forces"),
    (("troops", "it", "federal troops"), "federal troops"),
    # another set of them, or a part of them: not a fuller name
    (("officers", "more officers"), "officers"),
    (("army", "units of the army"), "army"),
    (("police", "most of them police"), "police"),
])
def test_a_bare_noun_comes_after_its_fuller_form(mentions, first):
    p = reported(Participant(name="Yemeni military", kb_id="x", mentions=mentions))
    assert p.mentions[0] == first
    assert sorted(p.mentions) == sorted(mentions)


def test_a_bare_name_told_fuller_is_reported_fuller():
    p = reported(Participant(name="station", mentions=("station", "police station")))
    assert p.name == "police station" and "station" in p.mentions
    q = reported(Participant(name="officers", mentions=("officers", "more officers")))
    assert q.name == "officers"
