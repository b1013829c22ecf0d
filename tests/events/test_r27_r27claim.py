"""Who says so (round 27): a trailing sayer with an aside of its own ("a military source in
X, the provincial capital, said"), a release issued by a military's general staff, "both
shootings" going back to the acts told before, and a party's own account of an attack told
after it ("The army said it had targeted a commander"). Texts written for these tests;
`published` is Wednesday 2026-11-04."""

from datetime import date

import pytest

from .conftest import asserted_by_word, whole_pipeline


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 11, 4))


def _event(events, plover, word):
    return asserted_by_word(events, plover, word)[0]


def _claimants(e):
    """Every name and mention of the event's claimants, lower-cased."""
    return {x.lower() for c in e.claims for x in (c.claimant.name, *c.claimant.mentions)}


# --- a trailing sayer with an aside of its own -----------------------------------------

@pytest.mark.parametrize("text, word, sayer", [
    ("KANO, Nov 3 (Reuters) - Soldiers clashed with bandits near Dansadau on Sunday, killing "
     "five of them, a security source in Gusau, the state capital, said.",
     "clash", "security source"),
    ("BAMAKO, Nov 3 (AFP) - Troops clashed with jihadists near Tessit on Tuesday, killing seven "
     "of them, a police officer in Gao, the regional capital, told AFP.",
     "clash", "police officer"),
])
def test_sayer_with_an_aside_is_the_claimant(run, text, word, sayer):
    assert sayer in _claimants(_event(run(text), "ASSAULT", word))


# --- a release issued by a general staff --------------------------------------------------

RELEASE = ("ARMED FORCES GENERAL STAFF: OPERATION RESULTS IN TAHOUA REGION\n\n"
           "NIAMEY, 3 November 2026 - The General Staff of the Armed Forces informs the public "
           "that its units repelled an attack by terrorists on the post at Tillia on "
           "1 November 2026.\n\n"
           "On 2 November 2026, a patrol arrested four suspects near Tahoua.\n\n"
           "The General Staff calls on the population to report any suspicious movement.")


def test_general_staff_release_credits_its_issuer(run):
    events = run(RELEASE)
    arrest = _event(events, "COERCE", "arrest")
    assert "general staff" in _claimants(arrest)  # named as the release's body writes it
    # its own call is its act, not a claim of it
    assert not _claimants(_event(events, "REQUEST", "call"))


def test_headline_with_a_count_names_no_issuer(run):
    text = ("JOINT STAFF: 12 MILITANTS KILLED IN EASTERN OPERATION\n\nNIAMEY, 4 Nov 2026 - "
            "The Joint Staff of the Armed Forces informs the public that its units killed 12 "
            "militants near Tillia on 2 November 2026.\n\nOn 3 November 2026, a patrol "
            "arrested four suspects near Tahoua.")
    said = _claimants(_event(run(text), "COERCE", "arrest"))
    assert "joint staff" in said and "militants" not in said


# --- "both shootings" ---------------------------------------------------------------------

def test_both_shootings_go_back_to_the_acts_before(run):
    text = ("Two men were shot dead in a bar in Arkell on Friday night, and a woman was shot "
            "in Tolston on Saturday morning. Police said they believed both shootings were "
            "linked to a land dispute.")
    shot = [e for e in run(text) if e.modality == "asserted" and e.type.plover == "ASSAULT"]
    assert shot and all("police" in _claimants(e) for e in shot)


# --- a party's own account of an attack told after it ------------------------------------

@pytest.mark.parametrize("text, word, party", [
    ("An Israeli drone strike on a car near Tyre killed two people on Sunday, Lebanon's health "
     "ministry said. The Israeli army said it had targeted a Hezbollah commander.",
     "strike", "israeli army"),
    ("Turkish drones struck a vehicle near Sinjar on Monday, killing three fighters, a local "
     "official said. Turkey's defence ministry said five militants had been neutralised.",
     "struck", "turkey's defence ministry"),
    ("Chinese coast guard ships fired water cannon at a Philippine supply boat on Saturday, "
     "the Philippine coast guard said. China's coast guard said it had expelled the vessel.",
     "fire", "china's coast guard"),
])
def test_party_giving_its_own_account_is_a_claimant(run, text, word, party):
    assert party in _claimants(_event(run(text), "ASSAULT", word))


@pytest.mark.parametrize("after", [
    "The army said it had not lost any soldiers.",  # a denial
    "The army said it had arrested 12 suspects.",  # an act of another kind
    "The army said it had killed 15 rebels in Butembo on Wednesday.",  # its own time, place
    "The army said it had no information.",  # no act told
    "The army said it would hunt down the attackers.",  # not done
])
def test_no_account_of_the_attack(run, after):
    text = ("Rebels attacked an army post near Beni on Monday, killing four soldiers, residents "
            "said. " + after)
    said = _claimants(_event(run(text), "ASSAULT", "attack"))
    assert "residents" in said and not any("army" in s for s in said)


def test_spokesman_giving_his_groups_account_is_a_claimant(run):
    text = ("A missile fired by rebels struck a market in Kadugli on Friday, killing 14 people, "
            "the state governor said. The rebels' spokesman said the group had targeted an "
            "army depot in Kadugli.")
    said = _claimants(_event(run(text), "ASSAULT", "struck"))
    assert "state governor" in said and any("spokesman" in s for s in said)


def test_place_describing_someone_is_no_place_of_its_own(run):
    text = ("An Israeli drone strike on a car near Tyre killed two people on Monday, Lebanon's "
            "health ministry said. The Israeli army said it had killed a commander who ran "
            "the group's depots south of the Litani River.")
    assert "israeli army" in _claimants(_event(run(text), "ASSAULT", "strike"))
