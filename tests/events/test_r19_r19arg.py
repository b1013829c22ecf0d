"""Round 19 (r19arg): arguments named as wire copy names them. Who "came under fire from" a
side is hit by that side; an office or body keeps what it is held for or where it sits
("the governor of X province", "the consul general in Y", "supporters of a losing
candidate"); a role named by a place ("Puntland officials") keeps the place in a mention; the
force a weapon is named for ("air force drones struck") acts with it. Sentences invented."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.records import Event

from .conftest import whole_pipeline

DAY = date(2026, 3, 10)


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(DAY)


def _forms(p) -> set[str]:
    return {p.name.lower(), *(m.lower() for m in p.mentions)}


def _assaults(events: list[Event]) -> list[Event]:
    return [e for e in events if e.type.plover == "ASSAULT"]


@pytest.mark.parametrize("text, doer, hit", [
    ("A Malian army patrol came under fire from jihadist fighters near Gao on Sunday, "
     "wounding three soldiers, a military officer said.", "fighters", "patrol"),
    ("A customs convoy came under attack by gunmen in Zamfara state on Sunday night, killing "
     "two officers, a police spokesman said.", "gunmen", "convoy"),
    ("A border post came under heavy fire from smugglers near Ruwaished on Monday, injuring a "
     "guard, the army said.", "smugglers", "post"),
])
def test_who_came_under_fire_is_hit_by_the_side_it_came_from(run, text, doer, hit):
    events = _assaults(run(text))
    assert events
    for e in events:
        actors = {f for a in e.actors for f in _forms(a)}
        assert any(doer in f for f in actors), [a.name for a in e.actors]
        assert not any(hit in f for f in actors), [a.name for a in e.actors]


@pytest.mark.parametrize("text, phrase", [
    ("GOMA, March 9 (Reuters) - The governor of Ituri province urged residents on Monday to "
     "stay indoors.", "governor of ituri province"),
    ("ABUJA, March 9 (Reuters) - The Canadian consul general in Lagos condemned the church "
     "bombing on Monday.", "canadian consul general in lagos"),
    ("ACCRA, March 9 (Reuters) - Ghana's bureau for refugee affairs on Monday demanded the "
     "release of three detained aid workers.", "bureau for refugee affairs"),
    ("PORT-AU-PRINCE, March 9 (Reuters) - The United Nations mission in Haiti condemned the "
     "attack on a police station.", "united nations mission in haiti"),
    ("DHAKA, March 9 (Reuters) - Supporters of a losing mayoral candidate blocked the main "
     "highway in Bogura on Monday to demand a recount.",
     "supporters of a losing mayoral candidate"),
    ("NAIROBI, March 9 (Reuters) - The chairperson of the East African Community, who arrived "
     "in Juba on Monday, urged both governments to exercise restraint.",
     "chairperson of the east african community"),
    ("KAMPALA, March 9 (Reuters) - The secretary-general of the Commonwealth, who is visiting "
     "Kampala, called for the release of the detained journalists.",
     "secretary-general of the commonwealth"),
    ("QUITO, March 9 (Reuters) - The head of the nurses' union called on Monday for the "
     "hospital director to be dismissed.", "head of the nurses' union"),
])
def test_office_keeps_what_it_is_held_for_or_where_it_sits(run, text, phrase):
    events = run(text)
    forms = {f for e in events for a in e.actors for f in _forms(a)}
    assert phrase in forms, forms


@pytest.mark.parametrize("text, phrase", [
    ("HARGEISA, March 9 (Reuters) - Puntland officials accused Somaliland on Monday of "
     "shelling their positions near Las Anod.", "puntland officials"),
    ("Darfur officials accused the RSF on Monday of shelling a camp near El Fasher.",
     "darfur officials"),
])
def test_role_named_by_a_place_keeps_the_place(run, text, phrase):
    events = run(text)
    forms = {f for e in events for p in (*e.actors, *(c.claimant for c in e.claims))
             for f in _forms(p)}
    assert phrase in forms, forms


@pytest.mark.parametrize("text, force", [
    ("NIAMEY, March 9 (Reuters) - Air force drones struck a column of fighters near Tahoua "
     "on Sunday, killing about 15 of them, the army said.", "air force"),
    ("KHARTOUM, March 9 (Reuters) - Army drones hit a fuel depot in Nyala on Sunday, a "
     "military source said.", "army"),
])
def test_force_a_weapon_is_named_for_acts_with_it(run, text, force):
    events = _assaults(run(text))
    assert events
    assert any(force in _forms(a) for e in events for a in e.actors), \
        [[a.name for a in e.actors] for e in events]


@pytest.mark.parametrize("text, group, member", [
    ("MAIDUGURI, Nigeria, March 9 (Reuters) - Islamic State West Africa Province fighters "
     "attacked a military base in Borno state on Sunday, killing five soldiers.",
     "Islamic State West Africa Province", "fighters"),
])
def test_member_noun_beside_its_group_is_one_actor(run, text, group, member):
    events = _assaults(run(text))
    assert events
    for e in events:
        names = [a.name for a in e.actors]
        assert member not in names, names
        assert any(a.name == group and member in a.mentions for a in e.actors), names


def test_member_nouns_fold_only_into_a_non_state_group():
    from wirecoder.events.member_nouns import folded_members
    from wirecoder.records import Participant

    police = Participant(name="Afghan police", sector="COP", mentions=("police",))
    militants = Participant(name="militants", sector="REB", mentions=("militants",))
    front = Participant(name="Sahel Liberation Front", sector="REB")
    paper = Participant(name="Sahel Herald", kind="media", sector="JRN")
    assert folded_members((paper, militants)) == (paper, militants)
    attackers = Participant(name="attackers", mentions=("attackers",))
    assert folded_members((police, militants)) == (police, militants)
    out = folded_members((front, militants))
    assert [p.name for p in out] == ["Sahel Liberation Front"]
    assert "militants" in out[0].mentions
    gunmen = Participant(name="gunmen", mentions=("gunmen",))
    out = folded_members((gunmen, attackers))
    assert [p.name for p in out] == ["gunmen"] and "attackers" in out[0].mentions


@pytest.mark.parametrize("text, first, second", [
    ("OUAGADOUGOU, March 9 (Reuters) - Gunmen killed 14 villagers near Djibo on Sunday, the "
     "army said, while a local official told Reuters the toll was 22.", "army", "local official"),
    ("BAMAKO, March 9 (Reuters) - Jihadists killed 11 herders near Tenenkou on Friday, the "
     "army said, while a village chief said the number of dead was 19.", "army", "village chief"),
])
def test_second_account_of_the_toll_credits_its_source(run, text, first, second):
    events = _assaults(run(text))
    assert events
    forms = {f for c in events[0].claims for f in _forms(c.claimant)}
    assert first in forms and second in forms, forms


@pytest.mark.parametrize("text, name", [
    ("ISLAMABAD, March 9 (Reuters) - The independent Human Rights Commission of Nepal called "
     "for a judicial inquiry into the killings.", "Human Rights Commission of Nepal"),
    ("NAIROBI, March 9 (Reuters) - The Law Society of Zambia demanded the release of the "
     "detained lawyers on Monday.", "Law Society of Zambia"),
])
def test_body_named_with_its_country(run, text, name):
    events = run(text)
    assert any(a.name == name for e in events for a in e.actors), \
        [[a.name for a in e.actors] for e in events]


@pytest.mark.parametrize("text, doer, not_doer", [
    ("GOMA, March 9 (Reuters) - The governor of North Kivu province urged residents on Monday "
     "to stay indoors after gunmen attacked a bus station in Goma, killing six people, police "
     "said.", "gunmen", "governor"),
    ("BENI, March 9 (Reuters) - The mayor appealed for calm on Sunday after militiamen raided "
     "a market in Oicha, killing nine traders, a local official said.", "militiamen", "mayor"),
])
def test_result_participle_tells_the_outcome_of_the_violent_clause_before_it(
        run, text, doer, not_doer):
    killings = [e for e in _assaults(run(text)) if any(q.kind == "killed" for q in e.quantities)]
    assert killings
    for e in killings:
        names = {f for a in e.actors for f in _forms(a)}
        assert any(doer in f for f in names) and not any(not_doer in f for f in names), names


def test_name_running_on_with_a_capitalised_preposition(run):
    events = run("LOME, March 9 (Reuters) - Lawyers Without Chains condemned the detention of "
                 "two reporters in Lome on Monday.")
    assert any(a.name == "Lawyers Without Chains" for e in events for a in e.actors), \
        [[a.name for a in e.actors] for e in events]


@pytest.mark.parametrize("text, issuer", [
    ("SRINAGAR, March 9 (Reuters) - Suspected militants shot dead a policeman in Baramulla "
     "district on Monday, police said in a statement. The statement blamed the Lashkar-e-Taiba "
     "group.", "police"),
    ("NIAMEY, Feb 11 (Reuters) - Gunmen attacked a market in Tera on Monday, killing at least "
     "nine civilians, according to an army statement read on state television. The statement "
     "blamed the Islamic State Sahel Province.", "army"),
])
def test_a_text_that_blames_is_its_issuer(run, text, issuer):
    accusations = [e for e in run(text) if e.type.plover == "ACCUSE"]
    assert accusations
    names = {f for e in accusations for a in e.actors for f in _forms(a)}
    assert issuer in names and "statement" not in names, names
