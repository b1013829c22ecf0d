"""Round 17 (r17claim) fixes in claimants: who claims or blames an attack, who mediated talks
or a deal, a text named with its issuer ("an army statement"), "it said" for the body that
spoke last. Sentences written for these tests (invented places, people and events)."""

from .conftest import names_and_mentions, of_type, one, pipeline_events


def _claimants(ev) -> set[str]:
    return {x.lower() for x in names_and_mentions([c.claimant for c in ev.claims])}


# ---------------------------------------------- who claims an attack says it happened
def test_a_group_claiming_an_attack_is_its_claimant():
    for text, group in (
            ("KINSHASA, May 4 (Reuters) - Gunmen killed seven farmers near Beni on Sunday, the "
             "mayor said. The Mai-Mai Kyandenga militia claimed responsibility in a statement "
             "on Monday.", "militia"),
            ("MOGADISHU (Reuters) - A suicide bomber killed 12 people at a restaurant in "
             "Kismayo on Friday, police said. Al Shabaab claimed responsibility for the bombing "
             "in a statement on its radio station.", "al shabaab")):
        ev = one(pipeline_events(text, "2026-05-06"), "ASSAULT")
        assert any(group in c for c in _claimants(ev)), (text, _claimants(ev))


def test_no_group_claiming_is_no_claimant():
    ev = one(pipeline_events(
        "ABUJA (AP) - Bandits kidnapped 20 pupils from a school in Zamfara on Friday, police "
        "said. No group has claimed responsibility.", "2026-05-06"), "ASSAULT")
    assert not any("group" in c for c in _claimants(ev)), _claimants(ev)


# ---------------------------------------------- who blames an attack says it happened
def test_who_blames_an_attack_is_its_claimant():
    for text, blamer in (
            ("DUSHANBE, May 3 (AFP) - Assailants burned a border post near Isfara on Sunday, "
             "local officials said. A government spokeswoman blamed the attack on the Ansarullah "
             "movement.", "government spokeswoman"),
            ("NDJAMENA, May 4 (Reuters) - Gunmen attacked a gendarmerie post near Bol on Sunday, "
             "killing three gendarmes, the army said. The security minister blamed the Lake "
             "faction of Boko Haram and said 300 soldiers had been sent to the area.",
             "security minister"),
            ("KANO, May 4 (Reuters) - Unknown assailants burned a church in Zaria on Sunday, "
             "residents said. The governor blamed a local vigilante group for the arson.",
             "governor")):
        ev = one(pipeline_events(text, "2026-05-06"), "ASSAULT")
        assert blamer in _claimants(ev), (text, _claimants(ev))


def test_a_blame_for_no_act_credits_no_event():
    evs = pipeline_events("HARARE, May 4 (AFP) - Police said 40 people had been arrested after "
                          "the riots. The opposition blamed the government for the economic "
                          "crisis.", "2026-05-06")
    ev = one(evs, "COERCE")
    assert "opposition" not in _claimants(ev), _claimants(ev)


# ---------------------------------------------- a mediator says the talks took place
def test_a_mediator_is_a_claimant_of_the_talks_and_the_deal():
    for text, plover, mediator in (
            ("DOHA, May 5 (Reuters) - Chad and Niger agreed on Monday to reopen their border "
             "after three days of Algeria-mediated talks in Algiers, the two governments said.",
             "AGREE", "algeria"),
            ("BANJUL (AP) - Leaders of the Bassa and Kore communities signed a truce on Tuesday "
             "after talks brokered by Senegal, the district governor said.", "SUPPORT",
             "senegal")):
        ev = one(pipeline_events(text, "2026-05-06"), plover)
        assert mediator in _claimants(ev), (text, _claimants(ev))


# ---------------------------------------------- a text named with its issuer
def test_an_army_statement_and_the_statement_after_it_credit_the_army():
    evs = pipeline_events(
        "AMMAN, May 1 (Reuters) - Lebanese troops shot down a drone near Hermel overnight, an "
        "army statement said. Hours later, a patrol clashed with smugglers near Qaa, killing "
        "two of them, the statement said.", "2026-05-06")
    found = of_type(evs, "ASSAULT")
    assert len(found) == 2
    for ev in found:
        assert "army statement" in _claimants(ev), _claimants(ev)


def test_the_same_source_told_twice_keeps_both_names():
    from wirecoder.events.claimant_names import distinct_claims
    from wirecoder.records import Claim, Participant

    first = Participant(name="Lebanese military", kb_id="x-mil", mentions=("Lebanese army",))
    again = Participant(name="Lebanese military", kb_id="x-mil", mentions=("army statement",))
    kept = distinct_claims([Claim(claimant=first), Claim(claimant=again)])
    assert len(kept) == 1
    assert "army statement" in kept[0].claimant.mentions


# ---------------------------------------------- "it said": the body that spoke last
def test_it_said_is_the_body_that_spoke_last():
    evs = pipeline_events(
        "JUBA, May 2 (Reuters) - Armed youths looted a clinic near Akobo on Sunday, the UN "
        "mission said in an update. The nurses were released on Monday after elders "
        "intervened, it said.", "2026-05-06")
    ev = one(evs, "RETREAT")
    assert "un mission" in _claimants(ev), _claimants(ev)


def test_it_said_after_a_person_is_not_carried():
    evs = pipeline_events(
        "JUBA, May 2 (Reuters) - Armed youths looted a clinic near Akobo on Sunday, the county "
        "commissioner said. The nurses were released on Monday after elders intervened, it "
        "said.", "2026-05-06")
    ev = one(evs, "RETREAT")
    assert "county commissioner" not in _claimants(ev), _claimants(ev)


# ---------------------------------------------- a relay of a claim of responsibility
def test_the_outlet_that_carried_a_claim_of_responsibility_is_a_claimant():
    ev = one(pipeline_events(
        "MOSUL, Iraq (Reuters) - A car bomb exploded near an army checkpoint in Tal Afar on "
        "Monday, killing six soldiers, security officials said. Islamic State claimed "
        "responsibility on Tuesday in a statement carried by its Wilayat news agency.",
        "2026-05-06"), "ASSAULT")
    assert {"islamic state", "wilayat news agency"} <= _claimants(ev), _claimants(ev)


# ---------------------------------------------- "with each side blaming the other"
def test_both_sides_blaming_each_other_tell_of_the_fight():
    ev = one(pipeline_events(
        "OSH, May 3 (Reuters) - Uzbek and Kyrgyz border guards fought with machine guns near "
        "Sokh late on Sunday, with each side blaming the other for the violence.",
        "2026-05-06"), "ASSAULT")
    assert len(ev.claims) >= 2, _claimants(ev)


# ---------------------------------------------- two mediators read as one phrase
def test_two_mediators_in_one_phrase_are_two_claimants():
    ev = one(pipeline_events(
        "GULU, Uganda (AP) - Clan leaders agreed on Friday to extend a truce by two months "
        "after talks mediated by the district council and church elders, the administrator "
        "said.", "2026-05-06"), "RETREAT")
    assert {"district council", "church elders"} <= _claimants(ev), _claimants(ev)


# ---------------------------------------------- a source named with its count or sides
def test_a_source_keeps_its_count_and_the_sides_it_speaks_for():
    evs = pipeline_events(
        "AMMAN, Feb 2 (Reuters) - Jordan's foreign minister and his Iraqi counterpart met in "
        "Baghdad last week and agreed to set up a joint border committee, the two ministries "
        "said.", "2026-05-06")
    assert "two ministries" in _claimants(one(evs, "CONSULT"))
    evs = pipeline_events(
        "PODGORICA (AP) - Montenegro on Tuesday expelled a Croatian diplomat, a day after "
        "police detained a Croatian citizen near Bar on suspicion of spying, officials on both "
        "sides said.", "2026-05-06")
    assert "officials on both sides" in _claimants(one(evs, "COERCE"))


def test_an_office_keeps_its_second_phrase():
    ev = one(pipeline_events(
        "DOHA, July 20 - Sudan's army and the RSF signed a truce in Jeddah on Saturday, "
        "according to Saudi Arabia's minister of state for foreign affairs, who chaired the "
        "talks.", "2026-05-06"), "SUPPORT")
    assert "saudi arabia's minister of state for foreign affairs" in _claimants(ev)


# ---------------------------------------------- a source's own figure for a count
def test_who_puts_a_count_at_a_figure_says_so():
    from wirecoder.events.claims import claims_for
    from wirecoder.events.doc_context import DocContext
    from wirecoder.events.lexicon import load_lexicon

    from .conftest import analyse
    a = analyse("The teachers' union put the number of those detained at more than 40.")
    ctx = DocContext(a, load_lexicon())
    count = next(t for t in a.doc if t.text == "40")
    found = claims_for(count, ctx.mapper, ctx.lex, lambda t: None)
    assert any("union" in c.claimant.name.lower() for c in found), found


# ---------------------------------------------- a claim of "the assault" told apart
def test_a_claim_of_the_assault_credits_the_attack_told_before():
    evs = pipeline_events(
        "OUAGADOUGOU, March 4 (Reuters) - Militants attacked an army post near Dori on Monday, "
        "killing at least 12 soldiers, two security sources told Reuters. The al Qaeda-linked "
        "group JNIM claimed responsibility for the assault late on Tuesday in a statement on "
        "its Az-Zallaqa media outlet.", "2026-05-06")
    first = min(of_type(evs, "ASSAULT"), key=lambda e: e.trigger.start)
    assert "jnim" in _claimants(first), _claimants(first)


def test_a_blame_on_a_weekday_is_no_blame_for_something_else():
    evs = pipeline_events(
        "BOGOTA (AP) - Rebels attacked a police station in Toribio on Sunday, killing four "
        "officers, police said. The defence minister on Wednesday blamed the Dagoberto Ramos "
        "front, a faction of the dissidents.", "2026-05-06")
    ev = one(evs, "ASSAULT")
    assert "defence minister" in _claimants(ev), _claimants(ev)


# ---------------------------------------------- "Al Qaeda-affiliated X claimed"
def test_a_hyphened_modifier_the_parser_made_a_subject_gives_way_to_the_name():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from wirecoder.events.claims import sayer_subject

    # the parse the tagger gave such a sentence: "affiliated" and the name both subjects
    words = ["Al", "Qaeda", "-", "affiliated", "Ansar", "Dine", "claimed", "the", "raid"]
    heads = [1, 3, 3, 6, 5, 6, 6, 8, 6]
    deps = ["compound", "npadvmod", "punct", "nsubj", "compound", "nsubj", "ROOT", "det", "dobj"]
    pos = ["PROPN", "PROPN", "PUNCT", "VERB", "PROPN", "PROPN", "VERB", "DET", "NOUN"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    subj, passive = sayer_subject(doc[6])
    assert [t.text for t in subj] == ["Dine"] and not passive


# ---------------------------------------------- "the official said" after "a X official"
def test_the_official_told_of_before_keeps_what_he_is():
    for text, plover, name in (
            ("BAGHDAD (Reuters) - Two armed drones attacked a coalition position near Erbil on "
             "Monday night, a coalition official told Reuters. Air defences downed one and the "
             "second damaged a storage tent, the official said.", "ASSAULT",
             "coalition official"),
            ("KAMPALA (AP) - Rebels killed 12 villagers near Kasese on Monday, a regional army "
             "spokesman said. The attackers also burned a clinic, the spokesman said.",
             "ASSAULT", "regional army spokesman")):
        found = of_type(pipeline_events(text, "2026-05-06"), plover)
        assert found, text
        for ev in found:
            assert name in _claimants(ev), (text, _claimants(ev))
