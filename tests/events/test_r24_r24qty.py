"""Round 24 (r24qty) counts: toll leads, superseded figures and other counts. Sentences written
for these tests (places and names not taken from the dev articles)."""

from .conftest import pipeline_events


def _assaults(text: str, published: str = "2026-05-07") -> list:
    return [e for e in pipeline_events(text, published)
            if e.type.plover == "ASSAULT" and e.modality == "asserted"]


def _counts(e) -> set:
    return {(q.kind, q.value, q.qualifier) for q in e.quantities}


# ------------- a toll lead over a bare plural names particular attacks, told next
def test_a_toll_lead_over_weekend_raids_is_the_raids_told_next():
    text = ("KADUNA, Nigeria (AP) — The death toll from weekend raids on two farming villages "
            "in northern Nigeria's Kaduna state has risen to 38, a local official said "
            "Thursday.\n\n"
            "Gunmen stormed the villages of Kauru and Gidan Waya late on Saturday, shooting "
            "residents and setting fire to homes, according to survivors.")
    dead = [e for e in _assaults(text) if ("killed", 38.0, "exact") in _counts(e)]
    assert dead, [(e.trigger.text, _counts(e)) for e in _assaults(text)]
    assert dead[0].time.start is not None and dead[0].time.start.day == 2  # Saturday


def test_a_bare_plural_in_the_present_perfect_without_a_toll_stays_a_kind():
    text = ("NAIROBI, May 7 (Reuters) - Attacks on aid workers have become more frequent in "
            "the region, the agency said on Thursday.")
    assert not _assaults(text)


# ------------- a toll "from an attack" names no means: the act told next is the same attack
def test_a_toll_from_an_attack_joins_the_attack_told_next():
    text = ("BOGOTA, Colombia (AP) — The death toll from an attack on an army base in "
            "Colombia's northern Antioquia province has risen to six, after two wounded "
            "soldiers died in hospital on Wednesday, the army said.\n\n"
            "Rebel fighters attacked the base late on Monday with rifles and explosives "
            "dropped from drones. Eleven people were wounded, according to the army.")
    found = _assaults(text)
    assert len(found) == 1, [(e.trigger.text, _counts(e)) for e in found]
    assert {("killed", 6.0, "exact"), ("injured", 11.0, "exact")} <= _counts(found[0])


def test_initially_killing_three_is_brought_up_to_the_toll():
    text = ("ASUNCION, Oct 14 (Reuters) - The death toll from an attack on a police post in "
            "northern Paraguay rose to four on Tuesday after a wounded officer died in "
            "hospital, the National Police said.\n\n"
            "Gunmen armed with rifles stormed the post late on Sunday, initially killing three "
            "officers.")
    found = _assaults(text, "2026-10-14")
    killed = [c for e in found for c in _counts(e) if c[0] == "killed"]
    assert killed == [("killed", 4.0, "exact")], [(e.trigger.text, _counts(e)) for e in found]


# ------------- the first figure, since revised, is no second count
def test_a_figure_put_initially_is_dropped_beside_the_revised_toll():
    text = ("KADUNA, Nigeria (AP) — The death toll from weekend raids on two farming villages "
            "in northern Nigeria's Kaduna state has risen to 38, a local official said "
            "Thursday.\n\n"
            "Gunmen stormed the villages of Kauru and Gidan Waya late on Saturday, shooting "
            "residents. Police had initially put the number of dead at 20.")
    killed = {c for e in _assaults(text) for c in _counts(e) if c[0] == "killed"}
    assert killed == {("killed", 38.0, "exact")}, killed


def test_another_source_figure_with_no_revision_is_kept():
    text = ("MAIDUGURI, Nigeria, May 7 (Reuters) - Gunmen killed at least 12 people in an "
            "attack on a village in Borno state on Tuesday, police said. Residents put the "
            "death toll at 30.")
    killed = {c for e in _assaults(text) for c in _counts(e) if c[0] == "killed"}
    assert ("killed", 30.0, "exact") in killed and ("killed", 12.0, "at_least") in killed, killed


# ------------- "bringing to 23 the number killed since the protests began": no count of this act
def test_a_toll_since_the_protests_began_is_no_count_of_the_shooting():
    text = ("Security forces shot dead two more protesters in the capital on Friday, bringing "
            "to 23 the number of people killed since the demonstrations began last month, a "
            "rights group said.")
    killed = {c for e in _assaults(text, "2026-05-09") for c in _counts(e) if c[0] == "killed"}
    assert killed == {("killed", 2.0, "exact")}, killed


def test_a_toll_brought_up_by_later_deaths_still_revises_the_count():
    text = ("A bomb exploded at a market in the city on Monday, killing five people. Two of the "
            "wounded died on Wednesday, bringing the death toll to seven.")
    killed = {c for e in _assaults(text, "2026-05-09") for c in _counts(e) if c[0] == "killed"}
    assert killed == {("killed", 7.0, "exact")}, killed


def test_the_number_of_is_a_figure_but_a_number_of_is_vague():
    text = "Police arrested a number of people after the clashes in the city on Friday."
    found = [e for e in pipeline_events(text, "2026-05-09") if e.type.plover == "COERCE"]
    assert any(("arrested", 3.0, "at_least") in _counts(e) for e in found)


# ------------- weapons recovered after a firefight: `seized` counts of the firefight
def test_weapons_recovered_in_the_next_sentence_are_the_firefights():
    text = ("MANILA, Oct 28 (Reuters) - Soldiers killed two communist rebels in a firefight in "
            "the hills of Northern Samar province on Tuesday, the army said.\n\n"
            "Troops recovered three M16 rifles, an AK-47 rifle, two improvised explosive "
            "devices and 40 rounds of ammunition at the site, it said.")
    found = _assaults(text, "2026-10-28")
    seized = {c for e in found for c in _counts(e) if c[0] == "seized"}
    assert {("seized", 3.0, "exact"), ("seized", 2.0, "exact"),
            ("seized", 40.0, "exact")} <= seized, [(e.trigger.text, _counts(e)) for e in found]
    assert ("seized", 1.0, "exact") not in seized  # "an AK-47 rifle": no numeral, no count


def test_a_large_quantity_of_explosives_is_no_count():
    text = ("RAIPUR, India, Jan 13 (PTI) - Security forces killed three Maoists in an encounter "
            "in the forests of Sukma district on Monday, a police officer said. Two rifles and "
            "a large quantity of explosives were recovered from the spot.")
    seized = {c for e in _assaults(text, "2026-01-13") for c in _counts(e) if c[0] == "seized"}
    assert seized == {("seized", 2.0, "exact")}, seized


def test_things_found_after_a_curfew_are_not_its_counts():
    text = ("The governor imposed a curfew on the town of Mora on Monday. Residents found two "
            "cars burned near the market.")
    found = [e for e in pipeline_events(text, "2026-01-13") if e.type.plover == "COERCE"]
    assert not any(q.kind == "seized" for e in found for q in e.quantities)


# ------------- a sentence's range of prison terms: at least the low end, at most the high end
def test_a_range_of_prison_terms_is_two_counts():
    text = ("A court in Asuncion on Tuesday sentenced five gang members to between 10 and 18 "
            "years in prison for the killing of a prosecutor.")
    found = [e for e in pipeline_events(text, "2026-10-14") if e.trigger
             and e.trigger.text == "sentenced"]
    assert found
    counts = _counts(found[0])
    assert {("other", 10.0, "at_least"), ("other", 18.0, "at_most")} <= counts, counts


def test_a_single_prison_term_is_no_count():
    text = ("A court in Asuncion on Tuesday sentenced a gang member to 18 years in prison for "
            "the killing of a prosecutor.")
    found = [e for e in pipeline_events(text, "2026-10-14") if e.trigger
             and e.trigger.text == "sentenced"]
    assert found and not any(q.value == 18.0 for q in found[0].quantities)


def test_weapons_seized_in_an_arrest_told_after_a_killing_stay_the_arrests():
    text = ("RAMALLAH, March 4 - Soldiers shot dead a Palestinian man during a raid on a village "
            "near Nablus on Tuesday, the health ministry said.\n\n"
            "The army said troops came under fire and shot a gunman, and that they arrested "
            "nine suspects and seized three rifles.")
    events = pipeline_events(text, "2026-03-04")
    on_assault = [q for e in events if e.type.plover == "ASSAULT" for q in e.quantities
                  if q.kind == "seized"]
    assert not on_assault, [(e.type.plover, _counts(e)) for e in events]


# ------------- "Thirteen of the more than 70 wounded died": the attack's hurt, no act of its own
def test_the_wounded_who_died_later_are_the_blasts_people():
    text = ("PESHAWAR, Pakistan, March 27 (Reuters) - A bomb blast at a crowded fruit market in "
            "the town of Bannu on Wednesday morning killed 16 people, police said. Thirteen of "
            "the more than 70 wounded died in hospitals in Peshawar on Thursday, a hospital "
            "official said.")
    found = _assaults(text, "2026-03-27")
    assert len(found) == 1, [(e.trigger.text, _counts(e)) for e in found]
    assert ("injured", 70.0, "more_than") in _counts(found[0]), _counts(found[0])


# ------------- the attacking party's size, told as the subject the harm hangs on: an `other` count
def test_the_gunmen_who_stormed_the_post_are_counted_as_the_party():
    text = ("ASUNCION, Oct 14 (Reuters) - About 20 gunmen armed with rifles stormed a police post "
            "in northern Paraguay late on Sunday, killing three officers, police said.")
    found = _assaults(text, "2026-10-14")
    counts = {c for e in found for c in _counts(e)}
    assert {("other", 20.0, "about"), ("killed", 3.0, "exact")} <= counts, counts


def test_people_ambushed_are_no_attacking_party():
    text = ("KANO, March 3 (AFP) - Bandits ambushed a convoy near the town of Gusau on Monday, "
            "killing four soldiers, the army said.")
    counts = {c for e in _assaults(text, "2026-03-03") for c in _counts(e)}
    assert not any(c[0] == "other" and c[1] == 4.0 for c in counts), counts
    assert ("killed", 4.0, "exact") in counts, counts
