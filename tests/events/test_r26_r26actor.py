"""Actors reported as a coder writes them (round 26): an office keeps the portfolio it is
held for ("the U.N. special envoy for Libya", "Japan's special envoy for Middle East
affairs"), and the first of two demonyms sharing a noun is mentioned with that noun
("Pakistani border guards" of "Pakistani and Afghan border guards"), not as the bare
adjective. Texts written for these tests; `published` is Friday 2026-11-27."""

from datetime import date

import pytest

from wirecoder.events.muc import gtt_norm
from wirecoder.events.reported_names import reported
from wirecoder.records import Participant

from .conftest import whole_pipeline


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 11, 27))


def _shown(text, parts):
    """The string each participant is output as (its name where the text writes it, else
    the first other way it is written)."""
    low = " " + gtt_norm(text) + " "
    return [p.name if f" {gtt_norm(p.name)} " in low or not p.mentions else p.mentions[0]
            for p in parts]


def _actors(run, text):
    return [s for e in run(text) for s in _shown(text, e.actors)]


# --- an office keeps what it is held for -------------------------------------------------

@pytest.mark.parametrize("text, whole", [
    ("GENEVA, Nov 26 - The U.N. special envoy for Libya condemned the shelling of a clinic "
     "in Tripoli on Wednesday and urged the armed groups to respect the truce.",
     "U.N. special envoy for Libya"),
    ("CAIRO, Nov 26 - Japan's special envoy for Middle East affairs met Egypt's foreign "
     "minister in Cairo on Wednesday to discuss the Gaza ceasefire, Tokyo said.",
     "Japan's special envoy for Middle East affairs"),
    ("ADDIS ABABA, Nov 26 - The African Union's envoy for the Horn of Africa urged Ethiopia "
     "and Eritrea on Wednesday to pull their troops back from the border.",
     "African Union's envoy for the Horn of Africa"),
    ("JUBA, Nov 26 - The U.N. special rapporteur for South Sudan accused the government on "
     "Wednesday of blocking an inquiry into killings in Upper Nile state.",
     "U.N. special rapporteur for South Sudan"),
])
def test_office_keeps_its_portfolio(run, text, whole):
    assert whole in _actors(run, text)


def test_possessed_office_does_not_take_where_it_sits():
    # "in Tehran" tells where the ambassador sits, not whose: the possessed name stays
    p = Participant(name="Britain's ambassador",
                    mentions=("Britain's ambassador", "Britain's ambassador in Tehran"))
    assert reported(p).name == "Britain's ambassador"


def test_possessed_office_takes_its_portfolio():
    p = Participant(name="Norway's special envoy",
                    mentions=("Norway's special envoy",
                              "Norway's special envoy for the peace process"))
    assert reported(p).name == "Norway's special envoy for the peace process"


def test_linked_office_mentioned_with_its_portfolio_first():
    p = Participant(name="United Nations", kb_id="un",
                    mentions=("U.N. special envoy", "U.N. special envoy for Syria"))
    assert reported(p).mentions[0] == "U.N. special envoy for Syria"


# --- the first of two demonyms sharing a noun --------------------------------------------

@pytest.mark.parametrize("text, side", [
    ("ISLAMABAD, Nov 26 - Pakistani and Afghan border guards exchanged fire at a border "
     "crossing on Wednesday, wounding three people, officials said.",
     "Pakistani border guards"),
    ("KHARTOUM, Nov 26 - Sudanese and Chadian troops exchanged fire near the border town "
     "of Adre on Wednesday, officials said.", "Sudanese troops"),
    ("KAMPALA, Nov 26 - Ugandan and Congolese soldiers attacked a rebel camp in Ituri "
     "province on Wednesday, killing 20 fighters, the army said.", "Ugandan soldiers"),
])
def test_first_demonym_gets_the_shared_noun(run, text, side):
    actors = _actors(run, text)
    assert side in actors
    assert side.split()[0] not in actors  # (not the bare adjective)


def test_single_demonym_phrase_untouched(run):
    text = ("AMMAN, Nov 26 - Jordanian border guards shot dead four smugglers who tried to "
            "cross from Syria on Wednesday, the army said.")
    assert "Jordanian border guards" in _actors(run, text)


# --- an arrest told in the passive in a police force's own release ------------------------

def test_release_issuer_made_the_passive_arrest(run):
    text = ("POLICE ARREST 9 SUSPECTS AFTER MARKET ROBBERY\n\n"
            "KISUMU, 4 May 2026 – The National Police Service wishes to inform the public "
            "that on the night of 2 May 2026, armed robbers attacked traders at Kibuye "
            "market in Kisumu and stole cash and goods.\n\n"
            "Nine suspects were arrested in a follow-up operation on 3 May and are being "
            "held at Kisumu Central Police Station. Two pistols were recovered.\n\n"
            "The National Police Service urges members of the public to report suspicious "
            "activity.")
    arrests = [e for e in run(text) if e.type.plover == "COERCE" and any(
        "suspects" in t.name for t in e.targets)]
    assert arrests and "National Police Service" in [a.name for a in arrests[0].actors]


def test_release_of_a_rights_group_does_not_arrest(run):
    text = ("RIGHTS GROUP CONDEMNS DETENTIONS\n\n"
            "NAIROBI, 4 May 2026 – The Kenya Human Rights Commission strongly condemns the "
            "detention of activists in Nairobi. Twelve activists were arrested on Saturday "
            "during a peaceful march and are being held without charge.")
    arrests = [e for e in run(text) if e.type.plover == "COERCE"]
    assert arrests
    for e in arrests:
        assert "Kenya Human Rights Commission" not in [a.name for a in e.actors]


# --- a named group described as linked to another ----------------------------------------

def test_named_affiliate_is_not_its_patron(run):
    text = ("OUAGADOUGOU, Nov 26 (AFP) - The al Qaeda-affiliated Jama'at Nusrat al-Islam "
            "wal-Muslimin (JNIM) attacked an army post in northern Burkina Faso on Wednesday, "
            "killing 12 soldiers, security sources said.")
    actors = [a.name for e in run(text) for a in e.actors]
    assert "Jama'at Nusrat al-Islam wal-Muslimin" in actors
    assert "al-Qaeda" not in actors


def test_named_affiliate_written_out_is_the_blamed_group(run):
    text = ("BAMAKO, Nov 26 (Reuters) - Gunmen killed 11 villagers in central Mali on "
            "Wednesday, officials said. Residents blamed fighters of the al Qaeda-linked "
            "Group for the Support of Islam and Muslims (JNIM).")
    blamed = [t.name for e in run(text) if e.type.plover == "ACCUSE" for t in e.targets]
    assert blamed and "al-Qaeda" not in blamed


def test_unnamed_affiliate_stays_the_patron(run):
    # "an al Qaeda-affiliated group": members of the named group, told as that group
    text = ("KABUL, Nov 26 - An al Qaeda-affiliated group attacked a police checkpoint in "
            "Kunar province on Wednesday, officials said.")
    assert "al-Qaeda" in [a.name for e in run(text) for a in e.actors]


# --- "we" inside a quotation its speaker introduces ---------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ('ANKARA, Nov 26 - Two members of the PKK surrendered to security forces in Cukurca on '
     'Monday, the ministry spokesperson said, adding: "We call on the remaining members of '
     'the organisation to lay down their weapons."', "ministry spokesperson"),
    ('KABUL, Nov 26 (Reuters) - The Taliban spokesman said on Wednesday: "We urge the '
     'international community to release our frozen assets."', "Taliban spokesman"),
])
def test_we_of_a_quotation_introduced_before_it(run, text, speaker):
    requests = [e for e in run(text) if e.type.plover == "REQUEST"]
    assert requests and speaker in [a.name for a in requests[0].actors]


def test_we_of_a_quotation_without_a_speaker_gets_none(run):
    text = ('LAGOS, Nov 26 (Reuters) - Twelve people were killed in clashes on Wednesday. '
            'A banner outside the court read: "We demand justice now."')
    requests = [e for e in run(text) if e.type.plover == "REQUEST"]
    assert requests and not [a for e in requests for a in e.actors]
