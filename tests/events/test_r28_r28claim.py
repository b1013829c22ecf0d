"""Round 28 (r28claim): who says so. A saying the parser hung on the clause it reports as an
unlabelled dependent ("..., residents said, days after ..."); "the statement added" after "it
said in a statement"; a release's "Issued by" sign-off; a claimant body named without the
country that owns it. Sentences written for these tests (places and names not from the dev
articles)."""

from __future__ import annotations

from datetime import date

from .conftest import asserted, asserted_by_word

WEEK = date(2027, 3, 3)  # a Wednesday


def _claimants(e):
    return {m.lower() for c in e.claims for m in (c.claimant.name, *c.claimant.mentions)}


# ------------------------------------------- a saying hung on the clause as a "dep"
def test_sayers_before_a_trailing_after_clause_are_claimants(events_of):
    events = events_of("KABUL, March 3 (Reuters) - Government forces shelled the village of "
                       "Sarobi on Tuesday, killing four civilians, residents and a rights group "
                       "said, a day after rebels took control of a nearby road.", WEEK)
    (e,) = asserted_by_word(events, "ASSAULT", "shell")
    assert {"residents", "rights group"} <= _claimants(e)
    assert "civilians" not in _claimants(e)


def test_saying_with_own_subject_before_after_clause(events_of):
    events = events_of("YANGON, March 3 (Reuters) - Rebel fighters shot down a military "
                       "helicopter near Lashio on Sunday, a rebel group and residents said, "
                       "days after the army launched an offensive in the area.", WEEK)
    (e,) = asserted_by_word(events, "ASSAULT", "shot")
    assert {"rebel group", "residents"} <= _claimants(e)


# ------------------------------------------- "the statement added" after "it said in a statement"
def test_statement_named_again_after_it_said_credits_the_body(events_of):
    events = events_of("NAIROBI, March 3 (AFP) - Gunmen attacked a bus near Wajir on Monday, "
                       "killing four people, the interior ministry said on Wednesday.\n\n"
                       "The attackers set fire to the bus before fleeing, it said in a "
                       "statement.\n\nSoldiers clashed with the group on Tuesday near the "
                       "village of Elwak, killing three of the attackers, the statement added.",
                       WEEK)
    clash = asserted_by_word(events, "ASSAULT", "clash")[0]
    assert "interior ministry" in _claimants(clash)


def test_statement_with_no_issuer_named_credits_no_one(events_of):
    # "it" goes on with no body that said anything: the statement names no one
    events = events_of("Troops raided a bomb factory in the village of Gubio on Sunday, the "
                       "statement said.", WEEK)
    raid = asserted(events, "ASSAULT") or asserted(events, "COERCE")
    assert raid and not _claimants(raid[0])


# ------------------------------------------- a release signed off "Issued by"
RELEASE = ("Troops kill three bandits in Kerio operation\n\n"
           "ELDORET, 2 March 2027 - Three bandits were killed on 1 March 2027 when troops "
           "engaged a group of cattle raiders near the village of Tot. Two rifles were "
           "recovered from the scene.\n\nThe operation continues.\n\n"
           "Issued by the Public Information Office, Rift Valley Regional Police.")


def test_release_sign_off_names_its_issuer(events_of):
    events = events_of(RELEASE, WEEK)
    clash = asserted(events, "ASSAULT")
    assert clash and "rift valley regional police" in _claimants(clash[0])
    assert "public information office" in _claimants(clash[0])


def test_no_sign_off_no_issuer(events_of):
    events = events_of(RELEASE.rsplit("\n\n", 1)[0], WEEK)
    clash = asserted(events, "ASSAULT")
    assert clash and "rift valley regional police" not in _claimants(clash[0])


# ------------------------------------------- a body named without its country
def test_owned_ministry_named_without_its_country_too(events_of):
    events = events_of("ALMATY, March 3 (Reuters) - Police detained 48 protesters in the city "
                       "of Nukus on Tuesday, Uzbekistan's interior ministry said.", WEEK)
    (e,) = asserted_by_word(events, "COERCE", "detain")
    assert "interior ministry" in _claimants(e)
    assert "uzbekistan's interior ministry" in _claimants(e)


# ------------------------------------------- a closing saying coordinated with the clause
def test_closing_saying_after_but_clause_reports_the_first_clause(events_of):
    events = events_of("QUITO, March 3 (AP) - Police fired tear gas at protesters in the "
                       "capital on Monday, but no arrests were made, witnesses said.", WEEK)
    (e,) = asserted_by_word(events, "ASSAULT", "fire")
    assert "witnesses" in _claimants(e)


def test_sayer_before_its_words_in_a_second_clause_reports_nothing_before(events_of):
    events = events_of("QUITO, March 3 (AP) - Police fired tear gas at protesters in the "
                       "capital on Monday, and the interior minister said the protest was "
                       "illegal.", WEEK)
    (e,) = asserted_by_word(events, "ASSAULT", "fire")
    assert "interior minister" not in _claimants(e)


# ------------------------------------------- a quotation of several sentences, attributed last
def test_open_quotation_takes_the_speaker_of_its_closing_attribution(events_of):
    events = events_of("HONIARA, March 3 (AFP) - Fighting between two clans has killed six "
                       "people on the island, police said.\n\n\"They set fire to nine houses "
                       "and took our pigs. Two old men died in the fire,\" said Joseph Tanu, "
                       "a teacher in the village of Koro.", WEEK)
    fire = [e for e in asserted(events, "ASSAULT")
            if e.trigger is not None and e.trigger.text.lower().startswith("set")]
    assert fire and "joseph tanu" in _claimants(fire[0])


def test_quotation_closed_in_its_sentence_takes_no_later_speaker(events_of):
    events = events_of("HONIARA, March 3 (AFP) - \"They set fire to nine houses,\" a "
                       "resident said. \"Two old men died,\" said Joseph Tanu, a teacher.", WEEK)
    fire = [e for e in asserted(events, "ASSAULT")
            if e.trigger is not None and e.trigger.text.lower().startswith("set")]
    assert fire and "joseph tanu" not in _claimants(fire[0])


def test_release_present_tense_call_is_its_own_act_with_no_claimant(events_of):
    text = RELEASE.replace("The operation continues.",
                           "The regional police commander urges residents to report "
                           "suspicious persons.")
    calls = asserted(events_of(text, WEEK), "REQUEST")
    assert calls and not _claimants(calls[0])
