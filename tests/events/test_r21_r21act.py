"""Actors of deployments and of statements (events/role_patterns.deployed_forces,
events/stage.py). Texts written for these tests; `published` is Tuesday 2026-03-10."""

from datetime import date

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Document


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline()
    return lambda text: pipe(Document(id="t", text=text, published=date(2026, 3, 10))).events


def _names(parts):
    return " | ".join(n for p in parts for n in (p.name, *p.mentions)).lower()


def _deployment(events):
    found = [e for e in events if e.type.plover == "MOBILIZE"]
    assert found, [e.type.plover for e in events]
    return found[0]


# --- who sends forces ------------------------------------------------------------------

@pytest.mark.parametrize("text, sender", [
    ("Kazakhstan's president ordered more troops to the Chinese border on Friday.",
     "president"),
    ("The governor of Sokoto ordered police reinforcements into the valley after the "
     "clashes.", "governor"),
    ("Kyrgyzstan's president ordered more troops to the southern border on Monday after "
     "herders clashed with guards near Batken.", "president"),
])
def test_order_sending_forces_somewhere_is_the_orderers_deployment(run, text, sender):
    mob = _deployment(run(text))
    assert sender in _names(mob.actors)
    assert "troops" not in _names(mob.actors) and "police" not in _names(mob.actors)


@pytest.mark.parametrize("text, sender", [
    ("Malawi's defence minister announced the dispatch of 450 more soldiers to Nsanje "
     "district on Monday.", "minister"),
    ("The cabinet in Lusaka approved the deployment of two battalions to the northern "
     "border.", "cabinet"),
])
def test_announced_or_approved_sending_is_the_announcers(run, text, sender):
    mob = _deployment(run(text))
    assert sender in _names(mob.actors)
    assert "military" not in _names(mob.actors)


def test_order_to_forces_to_take_a_position_keeps_the_forces(run):
    mob = _deployment(run("The prime minister ordered the army to take control of the "
                          "harbour in Beira."))
    assert "army" in _names(mob.actors) or "military" in _names(mob.actors)


def test_forces_sent_with_no_sender_named_still_act(run):
    mob = _deployment(run("About 900 soldiers were sent to Cabo Delgado on Monday, the "
                          "defence ministry said."))
    assert "soldiers" in _names(mob.actors) or "military" in _names(mob.actors)


# --- who speaks in a speech act the parser joined elsewhere ----------------------------

def _of_type(events, plover):
    found = [e for e in events if e.type.plover == plover]
    assert found, [e.type.plover for e in events]
    return found[0]


@pytest.mark.parametrize("text, speaker", [
    ("Four students were hurt in Cochabamba on Friday, the Bolivian Permanent Assembly "
     "for Human Rights said, and called on the police to stop using rubber bullets.",
     "assembly"),
    ("Two reporters were detained in Gyumri, the press freedom group said, and urged the "
     "authorities to free them.", "group"),
])
def test_sayer_in_parenthesis_makes_the_joined_demand(run, text, speaker):
    req = _of_type(run(text), "REQUEST")
    assert speaker in _names(req.actors)


def test_present_tense_demand_after_a_plural_reported_clause_is_the_sayers(run):
    req = _of_type(run("The Ministry of Public Security recalls that the crossings "
                       "remain closed, and calls on residents to report any unusual "
                       "movement."), "REQUEST")
    assert "ministry" in _names(req.actors)


def test_demand_with_its_own_subject_keeps_it(run):
    req = _of_type(run("Three people were hurt, the agency said, and the mayor called "
                       "on residents to stay indoors."), "REQUEST")
    assert "mayor" in _names(req.actors)


def test_it_after_an_of_named_ministry_is_that_ministry(run):
    req = _of_type(run("The Ministry of Internal Affairs recalls that the curfew remains "
                       "in force. It calls on drivers to carry their papers at all "
                       "times."), "REQUEST")
    assert "ministry" in _names(req.actors)


def test_it_reaffirms_then_calls_is_the_ministry_before(run):
    req = _of_type(run("The Ministry of Fisheries said the ban stays in place. It "
                       "reaffirms its resolve to stop illegal trawling, and calls on "
                       "fishermen to report foreign vessels."), "REQUEST")
    assert "ministry" in _names(req.actors)


def test_quoted_we_who_ask_is_the_named_speaker(run):
    req = _of_type(run('"We have asked hikers again and again not to camp near the '
                       'old minefield," the district police chief said.'), "REQUEST")
    assert "police chief" in _names(req.actors)


def test_quoted_we_over_two_sentences_is_the_speaker_named_after_it(run):
    req = _of_type(run('"We have asked families again and again not to light fires near the '
                       'old ammunition dump. Please call us first," the county fire chief '
                       'said.'), "REQUEST")
    assert "fire chief" in _names(req.actors)


def test_quoted_we_with_no_speaker_named_stays_unresolved(run):
    events = run('The fighting went on all night. "We urge both sides to stop," the '
                 'statement read out on radio ended.')
    requests = [e for e in events if e.type.plover == "REQUEST"]
    assert requests
    for e in requests:
        assert "statement" not in _names(e.actors)


# --- the source of a lead told in the next paragraph ----------------------------------

def test_unattributed_lead_takes_the_source_the_next_paragraph_opens_with(run):
    events = run("RABAT, June 5 (Reuters) - Morocco on Friday imposed sanctions on three "
                 "Spanish fishing firms over catches off Dakhla.\n\nThe measures freeze any "
                 "assets the firms hold in Morocco and bar their managers from entering the "
                 "country, the Moroccan fisheries ministry said in a statement.")
    lead = next(e for e in events if any("firms" in t.name for t in e.targets)
                and e.modality == "asserted")
    assert any("fisheries ministry" in c.claimant.name.lower() or "ministry" in " ".join(
        c.claimant.mentions).lower() for c in lead.claims)


def test_attributed_lead_keeps_its_own_source(run):
    events = run("RABAT, June 5 (Reuters) - Gunmen killed four border guards near Figuig "
                 "on Friday, a local official said.\n\nThe army said in a statement that it "
                 "had arrested two suspects.")
    lead = next(e for e in events if e.type.plover == "ASSAULT")
    names = " ".join(c.claimant.name.lower() for c in lead.claims)
    assert "official" in names and "army" not in names and "military" not in names


# --- "quoted X as saying" ----------------------------------------------------------------

@pytest.mark.parametrize("text, quoted", [
    ("The state news agency Anadolu quoted a border official as saying that Syrian troops "
     "had fired shots across the frontier near Kilis on Sunday night.", "official"),
    ("The newspaper Kathimerini quoted a coast guard officer as saying that a Libyan "
     "patrol boat had rammed a fishing trawler off Crete on Monday.", "officer"),
])
def test_the_one_quoted_as_saying_is_a_claimant_too(run, text, quoted):
    acts = [e for e in run(text) if e.type.plover == "ASSAULT"]
    assert acts
    assert any(quoted in c.claimant.name.lower() for c in acts[0].claims)
