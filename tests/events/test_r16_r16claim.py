"""Round 16 (r16claim) fixes in claimants and in the pronouns that name actors. Sentences
written for these tests (invented places, people and events)."""

from .conftest import names_and_mentions, one, pipeline_events


def _claimant_names(ev) -> list[str]:
    return names_and_mentions([c.claimant for c in ev.claims])


# ------------------------------------- "its"/"their" in what a body says is that body
def test_its_forces_in_what_a_body_says_are_that_body_never_the_news_agency():
    for text, plover, body in (
            ("BAMAKO, May 6 (AFP) - The gendarmerie said its officers had fired tear gas at "
             "protesters in Sikasso on Monday.", "ASSAULT", ("gendarmerie", "police")),
            ("KAMPALA, Uganda (AP) - Rebels killed 16 civilians in a raid near Kasese on "
             "Monday, the army said. The army said its soldiers pursued the attackers and "
             "killed four of them near Bwera on Tuesday.", "ASSAULT", ("army", "military")),
            ("NIAMEY, March 2 (Reuters) - The army said its aircraft struck a column of fighters "
             "near Ayorou on Tuesday, killing 20 of them.", "ASSAULT", ("army", "military"))):
        evs = [e for e in pipeline_events(text, "2026-05-06") if e.type.plover == plover]
        actors = [n for e in evs for n in names_and_mentions(e.actors)]
        assert not any(a in ("Agence France-Presse", "Associated Press", "Reuters")
                       for a in actors), (text, actors)
        assert any(b in a for b in body for a in actors), (text, actors)


# --------------------------------------------- "they" in what a plural body says
def test_they_in_what_authorities_say_is_the_authorities():
    for text in ("ADDIS ABABA (AP) - Authorities in the northern region of Amhara said they had "
                 "detained 14 students in Gondar on Sunday.",
                 "CHISINAU, June 11 (AFP) - Authorities in the breakaway region of Gagauzia "
                 "said they had detained two journalists near Comrat on Tuesday evening."):
        ev = one(pipeline_events(text, "2026-05-06"), "COERCE")
        assert ev.actors, text


# ------------------------------------------------- a source named with its place
def test_a_source_keeps_the_place_it_is_named_by():
    for text, plover, phrase in (
            ("NAIROBI, May 6 (Reuters) - Gunmen killed six traders on a road near Marsabit on "
             "Monday, officials in Marsabit county said.", "ASSAULT",
             "officials in Marsabit county"),
            ("ADDIS ABABA (AP) - Authorities in the northern region of Amhara said they had "
             "detained 14 students in Gondar on Sunday.", "COERCE",
             "Authorities in the northern region of Amhara"),
            ("LIMA (Reuters) - Police arrested 30 miners in Arequipa on Friday, the public "
             "prosecutor in Arequipa told reporters.", "COERCE",
             "public prosecutor in Arequipa")):
        ev = one(pipeline_events(text, "2026-05-06"), plover)
        assert phrase in _claimant_names(ev), (text, _claimant_names(ev))


# ------------------------------------------------- who reads a report did not issue it
def test_a_report_seen_by_an_agency_is_the_issuers_claim():
    for text, plover, issuer, reader in (
            ("ISLAMABAD, May 6 (Reuters) - Militants attacked a checkpoint in Bannu on Monday, "
             "killing three soldiers, according to a police report seen by Reuters.",
             "ASSAULT", "police", "Reuters"),
            ("DAKAR (AFP) - Soldiers arrested 11 smugglers near Kedougou last week, according "
             "to an army memo obtained by AFP.", "COERCE", "army", "Agence France-Presse")):
        ev = one(pipeline_events(text, "2026-05-06"), plover)
        names = _claimant_names(ev)
        assert any(issuer in n for n in names) and reader not in names, (text, names)


# ------------------------------------------------- a journalist who saw it says so
def test_a_correspondent_who_saw_the_event_is_its_claimant():
    for text, plover, who in (
            ("DHAKA, May 6 (AFP) - Police fired rubber bullets at stone-throwing students in "
             "Sylhet on Monday, an AFP correspondent saw.", "ASSAULT", "correspondent"),
            ("CONAKRY (Reuters) - Protesters burned tyres and blocked the main road in Kankan "
             "on Thursday, a Reuters witness saw.", "PROTEST", "witness")):
        ev = one(pipeline_events(text, "2026-05-06"), plover)
        assert any(who in n for n in _claimant_names(ev)), (text, _claimant_names(ev))


def test_a_town_that_saw_fighting_is_no_claimant():
    ev = one(pipeline_events("Gunmen attacked a police post in Dori on Sunday, the town saw "
                             "heavy fighting.", "2026-05-06"), "ASSAULT")
    assert not any("town" in n for n in _claimant_names(ev))


# ------------------------------------------------- "one of the lawyers told Reuters"
def test_one_of_a_group_of_sources_is_a_claimant():
    for text, plover, phrase in (
            ("QUITO, May 6 (Reuters) - Soldiers arrested 12 suspected gang members in Guayaquil "
             "on Sunday, one of the prosecutors told Reuters.", "COERCE",
             "one of the prosecutors"),
            ("HARARE (AFP) - Police detained four opposition activists in Gweru on Monday, two "
             "of their lawyers said.", "COERCE", "two of their lawyers")):
        ev = one(pipeline_events(text, "2026-05-06"), plover)
        assert phrase in _claimant_names(ev), (text, _claimant_names(ev))


# ------------------------------------------------- a group's own outlet
def test_a_groups_own_named_outlet_carries_its_claim():
    for text, outlet in (
            ("MOGADISHU (Reuters) - The militants said in a statement on their Kataib media "
             "channel that their fighters had killed 12 soldiers near Baidoa.", "Kataib"),
            ("COTONOU (AFP) - The group said in a message on its Az-Zahra propaganda channel "
             "that its fighters had killed 30 soldiers near Malanville.", "Az-Zahra")):
        ev = one(pipeline_events(text, "2026-05-06"), "ASSAULT")
        assert any(outlet in n for n in _claimant_names(ev)), (text, _claimant_names(ev))


def test_a_platform_is_no_outlet():
    ev = one(pipeline_events("The rebels said in a statement on Telegram that their fighters "
                             "had killed 12 soldiers near Goma.", "2026-05-06"), "ASSAULT")
    assert not any("Telegram" in n for n in _claimant_names(ev))


# ------------------------------------------------- "he said" after an unnamed source
def test_he_said_after_an_unnamed_official_is_that_official():
    for text, plover, who in (
            ("ACCRA (AP) - Two rival chiefs have agreed to talks, a district official told The "
             "Associated Press by phone. Gunmen burned 40 houses in Bawku on Friday, he "
             "said.", "ASSAULT", "district official"),
            ("NAIROBI (Reuters) - The convoy left Garissa at dawn, a regional police chief told "
             "Reuters. Militants ambushed it near Dadaab on Monday, he said.", "ASSAULT",
             "regional police chief")):
        evs = [e for e in pipeline_events(text, "2026-05-06") if e.type.plover == plover]
        assert any(who in n for e in evs for n in _claimant_names(e)), (
            text, [_claimant_names(e) for e in evs])


# ------------------------------------------------- a count told by another source
def test_a_count_told_in_a_later_sentence_credits_its_source():
    for text, who in (
            ("DUBAI (Reuters) - Gunmen stormed a police post in Khash late on Tuesday, killing "
             "five officers, the official news agency said. Two more officers later died of "
             "their wounds, a provincial official said.", "provincial official"),
            ("MAIDUGURI (AFP) - Jihadists attacked a market in Gwoza on Friday, killing 14 "
             "traders, the army said. Another six people later died of their injuries in "
             "hospital, a medical source said.", "medical source")):
        ev = one(pipeline_events(text, "2026-05-06"), "ASSAULT")
        assert any(who in n for n in _claimant_names(ev)), (text, _claimant_names(ev))


# ------------------------------------------------- a release's issuer
def test_a_communique_credits_its_issuer_for_its_events():
    for text, issuer in (
            ("Ministry of Interior: three smugglers arrested near Tindouf\n\nORAN - Units of the "
             "gendarmerie arrested three smugglers near Tindouf on 12 May and seized 40 "
             "kilograms of cannabis, the ministry said. A gendarme was wounded in an exchange "
             "of fire with a fourth suspect.", "Ministry of Interior"),
            ("Eastern Command condemns ambush of border patrol in Kunar\n\nJALALABAD - The "
             "Eastern Command strongly condemns the ambush of a border patrol near Asadabad "
             "on Sunday night. Security forces arrested two suspects in a search of the area "
             "on Monday.", "Eastern Command")):
        evs = [e for e in pipeline_events(text, "2026-05-14") if e.type.plover == "COERCE"]
        assert evs and all(any(issuer in n for n in _claimant_names(e)) for e in evs), (
            text, [_claimant_names(e) for e in evs])


def test_a_wire_story_has_no_issuer_for_its_unattributed_sentences():
    text = ("KABUL, May 6 (Reuters) - The Eastern Command strongly condemns the ambush of a "
            "border patrol near Asadabad, its spokesman said. Security forces arrested two "
            "suspects in Kunar on Monday.")
    ev = one(pipeline_events(text, "2026-05-06"), "COERCE")
    assert not any("Eastern Command" in n for n in _claimant_names(ev)), _claimant_names(ev)
