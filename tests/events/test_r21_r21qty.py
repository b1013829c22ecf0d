"""Round 21 (r21qty) fixes in quantities. Sentences written for these tests (places and
names not taken from the dev articles)."""

from .conftest import pipeline_events


def _counts(text: str, plover: str | None = None,
            published: str = "2026-03-04") -> list[tuple[str, float, str]]:
    return [(q.kind, q.value, q.qualifier) for e in pipeline_events(text, published)
            if plover is None or e.type.plover == plover for q in e.quantities]


# ------------- "Five fishermen, three of them minors, were detained": a part, not more people
def test_a_part_told_as_n_of_them_after_a_count_is_not_added_to_it():
    for text, count in (
            ("KAMPALA, March 9 (Reuters) - Four crew members, two of them foreign nationals, "
             "were arrested at the airstrip in Arua, the army said.", ("arrested", 4.0)),
            ("ANKARA, March 9 (Reuters) - Police arrested six men, four of them Syrian "
             "nationals, in raids in Gaziantep on Sunday.", ("arrested", 6.0)),
            ("MOMBASA, March 9 (Reuters) - Five fishermen, three of them minors, were "
             "detained by the navy off Lamu on Friday, officials said.", ("arrested", 5.0))):
        counts = _counts(text, "COERCE")
        assert (*count, "exact") in counts, (text, counts)
        assert not any(k == count[0] and v > count[1] for k, v, _ in counts), (text, counts)


# ------------- "arrested seven militants in Gao and detained 25 miners near Kidal": two counts
def test_counts_that_coordinated_verbs_each_tell_are_kept_apart_not_summed():
    for text, first, second in (
            ("BAMAKO, March 9 (AFP) - Troops arrested seven militants in Gao on Sunday and "
             "detained 25 people involved in illegal mining near Kidal, the army said.", 7.0,
             25.0),
            ("TUNIS, March 9 (Reuters) - The National Guard detained 12 smugglers near Ben "
             "Guerdane and arrested 30 migrants off Zarzis over the weekend, the ministry "
             "said.", 12.0, 30.0)):
        counts = _counts(text, "COERCE")
        assert ("arrested", first, "exact") in counts, (text, counts)
        assert ("arrested", second, "exact") in counts, (text, counts)
        assert not any(v == first + second for _, v, _ in counts), (text, counts)


def test_others_told_by_a_second_verb_still_add_to_the_first_count():
    text = ("NAIROBI, March 9 (Reuters) - Police detained 14 protesters in Nakuru and "
            "arrested nine others in Eldoret on Sunday, officials said.")
    # 14 and nine, both exact numbers, make exactly 23 (r22qty; was "at least")
    assert ("arrested", 23.0, "exact") in _counts(text, "COERCE"), _counts(text)


# ------------- "The death toll from ... has risen to 44": the bare number is no date
def test_a_toll_risen_to_a_bare_number_counts_the_dead_of_the_attack_it_names():
    for text, n in (
            ("LAGOS, March 9 (AFP) - The death toll from Sunday's attacks on two villages in "
             "Benue state has risen to 44, an official said on Wednesday.", 44.0),
            ("MULTAN, Pakistan, March 9 (Reuters) - The death toll from Friday's bombing of a "
             "bus station in Dera Ghazi Khan has climbed to 23, police said on Sunday.", 23.0)):
        counts = _counts(text, "ASSAULT")
        assert ("killed", n, "exact") in counts, (text, counts)


# ------------- "Five policemen and 12 workers were hurt": each side's count, neither the other
def test_coordinated_counts_of_wounded_are_both_kept():
    text = ("DHAKA, March 9 (Reuters) - Police clashed with textile workers in Gazipur on "
            "Monday. Five policemen and 12 workers were injured, police said.")
    counts = _counts(text, "ASSAULT")
    assert ("injured", 5.0, "exact") in counts and ("injured", 12.0, "exact") in counts, counts


# ------------- "Nine people were killed, three of them children, and more than 20 were wounded"
def test_a_part_told_aside_is_not_added_to_the_next_count():
    for text, count in (
            ("SITTWE, March 9 (Reuters) - Nine people were killed, three of them children, and "
             "more than 20 were wounded, according to a rescue group.",
             ("injured", 20.0, "more_than")),
            ("HERAT, March 9 (AP) - Six people died, two of them women, and 14 were injured "
             "when a bomb exploded at a bus stop in Herat on Sunday, police said.",
             ("injured", 14.0, "exact"))):
        counts = _counts(text, "ASSAULT")
        assert count in counts, (text, counts)
        assert not any(k == count[0] and v != count[1] for k, v, _ in counts), (text, counts)


# ------------- "killing three civilians and wounding about a dozen": a dozen people unsaid
def test_a_dozen_as_the_object_of_a_verb_of_harm_counts_people():
    for text, count in (
            ("YANGON, March 9 (Reuters) - Residents said a military jet bombed a village near "
             "Monywa on Monday, killing three civilians and wounding about a dozen.",
             ("injured", 12.0, "about")),
            ("GOMA, March 9 (Reuters) - Rebels attacked a camp near Rutshuru on Sunday, killing "
             "two people and abducting a dozen, officials said.",
             ("captured", 12.0, "about"))):  # a round figure (r22qty)
        counts = _counts(text, "ASSAULT")
        assert count in counts, (text, counts)


# ------------- "Fighting has forced 20,000 people from their homes": the fight displaced them
def test_people_a_fight_forced_from_their_homes_are_its_displaced():
    for text, counts_wanted in (
            ("ADDIS ABABA, March 9 (Reuters) - Fighting between federal troops and militiamen "
             "in Amhara region has forced between 20,000 and 30,000 people from their homes, the "
             "United Nations said on Monday.",
             [("displaced", 20000.0, "at_least"), ("displaced", 30000.0, "at_most")]),
            ("ADDIS ABABA, March 9 (Reuters) - Fighting between federal troops and militiamen "
             "near Gondar on Sunday forced more than 20,000 people to flee their homes, the "
             "United Nations said on Monday.", [("displaced", 20000.0, "more_than")])):
        counts = _counts(text, "ASSAULT")
        assert all(c in counts for c in counts_wanted), (text, counts)


# ------------- "about 3 million kwacha in cash": money, never people arrested
def test_an_amount_of_money_is_no_count_of_people():
    text = ("LUSAKA, May 14 - Police arrested four Zambian nationals suspected of organising the "
            "crossing when the boat docked. A fifth suspect was detained by police on Wednesday "
            "afternoon at a house in Chipata, where officers seized two outboard engines, 400 "
            "litres of fuel and about 3 million kwacha in cash.")
    counts = _counts(text)
    assert not any(k == "arrested" and v > 100 for k, v, _ in counts), counts


# ------------- "None of the passengers was hurt": no event between an attack and its claim
def test_no_one_hurt_is_no_event_and_leaves_a_later_claim_to_the_attack():
    for word in ("hurt", "injured"):
        _one_attack_with_its_claim(word)


def _one_attack_with_its_claim(word: str) -> None:
    text = ("NAIROBI, April 22 (Reuters) - Four Kenyan soldiers were killed and two others "
            "wounded when their truck hit a roadside bomb in Wajir county on Tuesday, police "
            "said, blaming al Shabaab militants.\n\nThe soldiers were escorting a convoy of "
            "lorries from Wajir towards Garissa when the device exploded near Habaswein, a "
            "county police commander told Reuters. None of the drivers was " + word + ", he said.\n\n"
            "Al Shabaab said in a statement carried by its radio station that its fighters had "
            "killed 11 Kenyan soldiers in the attack and destroyed an armoured vehicle.")
    attacks = [e for e in pipeline_events(text, "2026-04-22") if e.type.plover == "ASSAULT"
               and e.modality == "asserted"]
    assert len(attacks) == 1, [(e.type.acled_sub_event_type, e.quantities) for e in attacks]
    counts = {(q.kind, q.value) for q in attacks[0].quantities}
    assert {("killed", 4.0), ("killed", 11.0), ("injured", 2.0)} <= counts, counts


# ------------- officers hurt by rioters: the riot's; vendors hurt by the police: the dispersal's
def test_hurt_officers_go_to_the_riot_and_hurt_protesters_to_the_dispersal():
    text = ("HARARE, March 9 (Reuters) - Police fired tear gas at street vendors who pelted them "
            "with stones in Bulawayo on Tuesday. Police said 19 people had been arrested and four "
            "officers injured in the clashes. The vendors' union said at least nine vendors had "
            "been wounded.")
    events = pipeline_events(text, "2026-03-10")
    riot = [e for e in events if e.type.plover == "PROTEST"]
    police = [e for e in events if e.type.plover == "ASSAULT"]
    assert riot and police
    assert ("injured", 4.0) in {(q.kind, q.value) for q in riot[0].quantities}
    assert ("injured", 9.0) in {(q.kind, q.value) for q in police[0].quantities}
    assert ("injured", 4.0) not in {(q.kind, q.value) for q in police[0].quantities}


# ------------- "Three shepherds detained by border guards were released": 3 arrested
def test_people_a_participle_of_arrest_describes_are_its_count():
    for text, n in (
            ("TBILISI, March 9 (AFP) - Three Armenian shepherds detained by Azerbaijani border "
             "guards were released on Sunday after a week in custody, officials said.", 3.0),
            ("DAKAR, March 9 (AFP) - Five Senegalese fishermen arrested by the Mauritanian coast "
             "guard off Ndiago were freed on Monday, the fisheries ministry said.", 5.0)):
        counts = _counts(text, "COERCE")
        assert ("arrested", n, "exact") in counts, (text, counts)


# ------------- "put the number of injured at 27": a source's figure of the attack's wounded
def test_a_figure_put_on_the_injured_counts_the_attacks_wounded():
    for text, n in (
            ("NAKURU, March 9 (Reuters) - Police fired live rounds at protesters in Nakuru on "
             "Monday, killing two men, rights groups said. The county's health officer put the "
             "number of injured at 27.", 27.0),
            ("JOS, March 9 (AP) - Gunmen attacked a market in Barkin Ladi on Sunday, killing "
             "six traders, police said. A hospital official put the number of wounded at 14.",
             14.0)):
        counts = _counts(text, "ASSAULT")
        assert ("injured", n, "exact") in counts, (text, counts)
