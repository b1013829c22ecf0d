"""Actors and claimants across the sentences of one report (events/claim_carry.py,
events/actor_carry.py, later_participants.named_doers, claims "they said"). Texts written for these tests; `published` is Tuesday 2026-03-10."""

from datetime import date

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Document


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline()
    return lambda text: pipe(Document(id="t", text=text, published=date(2026, 3, 10))).events


def _claimants(e):
    return {c.claimant.name for c in e.claims}


def _by_target(events, word):
    """The event whose targets or trigger name `word`."""
    return next(e for e in events if any(word in t.name for t in e.targets)
                or word in e.trigger.text)


# --- claims carried from the sentence before -------------------------------------------

def test_follow_up_act_keeps_the_sayer_of_the_sentence_before(run):
    events = run("Gunmen shot dead six miners near Kidal on Saturday, a local official "
                 "said. The attackers also set fire to two fuel tankers.")
    burned = _by_target(events, "tanker")
    assert "local official" in _claimants(burned)


def test_follow_up_paragraph_keeps_the_sayer_of_the_lead(run):
    events = run("Police fired tear gas at traders in Mombasa on Monday, the county police "
                 "commander said.\n\nSeveral hundred traders had blocked the road to the "
                 "port. Rioters looted three shops and burned a bus.")
    looted = _by_target(events, "looted")
    assert any("commander" in n for n in _claimants(looted))


def test_unattributed_sentence_takes_the_sayer_of_the_next_in_its_paragraph(run):
    events = run("Heavy rain fell across the north on Sunday.\n\nIn Garissa town, soldiers "
                 "fired live rounds to disperse about 300 herders who had blocked a bridge. "
                 "Nine of them were arrested, police said.")
    dispersal = next(e for e in events if e.type.plover == "ASSAULT")
    assert any("police" in n.lower() for n in _claimants(dispersal))


def test_a_partys_own_decision_is_not_carried(run):
    events = run("Gunmen ambushed a bus near Torit on Friday, killing its driver, the "
                 "Norwegian Refugee Council said. The charity suspended its road convoys in the county.")
    halts = [e for e in events if e.type.plover == "SANCTION"]
    assert halts
    assert all(not e.claims for e in halts)


# --- "they said": the sayer before, not the last people named ---------------------------

def test_they_said_is_the_sayer_before(run):
    events = run("Rebels captured the town of Walikale on Monday, provincial officials said. "
                 "The rebels also burned the market, they said.")
    burned = _by_target(events, "market")
    assert "provincial officials" in _claimants(burned)
    assert not any("rebel" in n.lower() for n in _claimants(burned))


# --- a blamed group stands for the unnamed doers ----------------------------------------

def test_bare_blame_names_the_unnamed_gunmen(run):
    events = run("Gunmen killed five soldiers at a checkpoint near Tillia on Monday, the "
                 "army said. The army blamed the Macina Liberation Front.")
    attack = next(e for e in events if e.type.plover == "ASSAULT")
    assert [a.name for a in attack.actors] == ["Macina Liberation Front"]
    assert "Gunmen" in attack.actors[0].mentions


def test_blame_of_a_described_attack_adds_the_group(run):
    events = run("Masked gunmen raided a bus depot near Beledweyne on Thursday, killing two "
                 "guards, witnesses said. The governor blamed al Shabaab.")
    attack = next(e for e in events if e.type.plover == "ASSAULT")
    assert any("Shabaab" in a.name for a in attack.actors)


def test_named_attackers_are_kept_beside_a_blamed_group(run):
    # the attackers are named ("the 5th Brigade"), so the group officials blame after does
    # not stand in their place
    events = run("Soldiers of the 5th Brigade clashed with villagers near Dori on Sunday, "
                 "residents said. Local officials blamed the Macina Liberation Front for the "
                 "violence.")
    clash = next(e for e in events if e.type.plover == "ASSAULT")
    assert any("Brigade" in a.name for a in clash.actors)


# --- actors carried into a passive sentence of detail ------------------------------------

def test_passive_detail_goes_on_with_the_doers_before(run):
    events = run("Armed youths stopped a convoy of nine trucks carrying food outside Rumbek "
                 "on Monday and forced it to turn back, the U.N. agency said. The drivers "
                 "were held at the roadside for four hours and three trucks were looted.")
    looted = next(e for e in events if e.type.acled_sub_event_type and
                  "Looting" in e.type.acled_sub_event_type)
    assert any("youths" in a.name.lower() for a in looted.actors)


def test_passive_hit_on_the_doers_own_side_is_not_theirs(run):
    # the kidnapping is an event apart from the raid (another kind of act), so what is
    # tested is the carry of the raid's doers into the passive, not the merge: officers
    # taken are the police's own side, not people the police took
    events = run("Police officers raided a gang hideout in Tarija on Friday and arrested five "
                 "suspects, a spokesman said. Two officers were kidnapped.")
    taken = next(e for e in events if e.type.acled_sub_event_type
                 and "Abduction" in e.type.acled_sub_event_type)
    assert any("police" in t.name.lower() or "officer" in t.name.lower()
               for t in taken.targets)
    assert not any(a.sector == "COP" for a in taken.actors)


def test_bare_blame_of_a_group_named_like_a_province(run):
    # the tagger reads "... Province" as a place; the actor stage knows the group
    events = run("Gunmen on motorbikes raided a cattle market near Monguno on Sunday, "
                 "killing eight herders, the army said. The army blamed Islamic State West "
                 "Africa Province.")
    attack = next(e for e in events if e.type.plover == "ASSAULT")
    assert len(attack.actors) == 1
    assert "Province" in attack.actors[0].name


# --- "it" / "they" doing what the body before said ---------------------------------------

def test_it_accused_is_the_body_that_spoke_before(run):
    events = run("ASMARA, June 3 (Reuters) - Eritrea's information ministry denied that its "
                 "troops had crossed the border. In a statement on Monday it accused Addis "
                 "Ababa of spreading lies.")
    accuse = next(e for e in events if e.type.plover == "ACCUSE")
    assert any("ministry" in a.name for a in accuse.actors)


def test_it_arrested_after_it_said_is_the_council(run):
    events = run("The Kurdish-led council said on Tuesday that its fighters had repelled an "
                 "attack near Manbij. It said it had arrested 12 \"infiltrators\" who it said "
                 "were planning bombings.")
    arrest = next(e for e in events if e.type.plover == "COERCE")
    assert any("council" in a.name for a in arrest.actors)


# --- an organisation's name in apposition to the sayer -----------------------------------

def test_untyped_name_in_apposition_names_the_sayer(run):
    events = run("Masked men abducted a nurse near Tahoua on Sunday, the charity, Hope "
                 "Relief International, said in a statement.")
    abduction = next(e for e in events if e.type.plover == "ASSAULT")
    named = [c.claimant for c in abduction.claims if c.claimant.name == "Hope Relief International"]
    assert named and "charity" in named[0].mentions


def test_person_in_apposition_keeps_the_office(run):
    events = run("Police shot dead a suspected robber in Kisii on Monday, the county "
                 "commander, Peter Otieno, said.")
    shooting = next(e for e in events if e.type.plover == "ASSAULT")
    assert shooting.claims
    assert all(c.claimant.name != "Peter" for c in shooting.claims)


# --- a described doer keeps its bare phrase --------------------------------------------

def test_described_doer_keeps_the_phrase_with_its_own_words(run):
    events = run("Suspected rebels armed with machetes raided a village in Ituri on Sunday, "
                 "killing nine people, the army said.")
    raid = next(e for e in events if e.type.plover == "ASSAULT")
    assert any("Suspected rebels" in a.mentions for a in raid.actors)


def test_they_after_a_trailing_source_is_not_the_source(run):
    events = run("Police arrested 14 traders in Kumasi on Friday, shop owners said. They "
                 "accused the traders of hoarding fuel.")
    assert any(e.type.plover == "ACCUSE" for e in events)
    for e in events:
        if e.type.plover == "ACCUSE":
            assert not any("owner" in a.name for a in e.actors)


# --- doers believed to belong to a group -------------------------------------------------

def test_gunmen_believed_to_be_members_of_a_group(run):
    events = run("Gunmen believed to be members of the Lakurawa group killed seven herders "
                 "near Argungu on Friday, police said.")
    attack = next(e for e in events if e.type.plover == "ASSAULT")
    assert [a.name for a in attack.actors] == ["Lakurawa"]
    assert "Gunmen" in attack.actors[0].mentions


def test_belief_set_off_by_commas(run):
    events = run("Gunmen, believed to be members of the Lakurawa group, burned a village near "
                 "Tangaza on Sunday, residents said.")
    attack = next(e for e in events if e.type.plover == "ASSAULT")
    assert attack.actors and attack.actors[0].name == "Lakurawa"


def test_doers_kept_where_the_group_is_unknown(run):
    events = run("Armed men thought to be Ansaru fighters ambushed a bus near Birnin Gwari on "
                 "Monday, residents said.")
    attack = next(e for e in events if e.type.plover == "ASSAULT")
    assert attack.actors


def test_a_source_reporting_a_passive_is_not_its_doer(run):
    events = run("Three Turkish soldiers were wounded near Kobani on Monday, the state-run "
                 "Anadolu news agency reported.")
    assert events
    for e in events:
        assert not any("Anadolu" in a.name for a in e.actors)


def test_it_in_the_trailing_sayers_own_words(run):
    events = run("Earlier on Monday, a Greek frigate shot down a drone over the Gulf of Aden, "
                 "the naval mission said. It gave no details.\n\nTwelve of the sailors are "
                 "Indonesian, the Indonesian Ministry of Manpower said on Tuesday, adding that "
                 "it had asked the vessel's operator to fly them home.")
    request = next(e for e in events if e.type.plover == "REQUEST")
    assert any("Manpower" in a.name for a in request.actors)


def test_passive_in_a_relative_clause_is_not_carried(run):
    events = run("Rebels burned a police post near Tumaco on Friday, the army said. The post "
                 "was run by a commander who was killed during an army operation.")
    assert any("killed" in e.trigger.text for e in events)
    for e in events:
        if "killed" in e.trigger.text:
            assert not any("Rebel" in a.name or "rebel" in a.name for a in e.actors)


# --- a party's own statement has no claimant of itself ----------------------------------

def test_own_appeal_has_no_claimant_of_itself(run):
    events = run("The Lesotho Defence Force calls on citizens to report any suspicious "
                 "activity to the nearest army post, the force said in a statement.")
    request = next(e for e in events if e.type.plover == "REQUEST")
    assert request.actors and not request.claims


def test_own_suspension_has_no_claimant_of_itself(run):
    events = run("The charity said it had suspended its food deliveries in Tahoua until "
                 "further notice.")
    halt = next(e for e in events if e.type.plover == "SANCTION")
    assert not halt.claims


def test_own_attack_keeps_the_party_as_claimant(run):
    events = run("The Ghana Armed Forces said its soldiers killed four gunmen near Bawku on "
                 "Monday.")
    attack = next(e for e in events if e.type.plover == "ASSAULT")
    assert attack.claims
