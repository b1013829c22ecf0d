"""Round 17 (r17pt) fixes to the places and dates of events. Sentences written for these
tests (invented incidents in real districts)."""

from datetime import date

from .conftest import pipeline_events


def _at(events, word):
    return [e for e in events if e.trigger is not None and word in e.trigger.text]


def _place(ev):
    loc = ev.location
    return None if loc is None else (loc.name, loc.country)


# ------------------------------------------ a country's name over another's namesake area
def test_a_country_name_beats_a_foreign_province_of_the_same_name():
    for text in ("BRUSSELS (Reuters) - Customs officers arrested three men in Luxembourg on "
                 "Monday after a raid on a warehouse in Antwerp, prosecutors said.",
                 "Belgian police met their counterparts in Brussels on Friday. Police arrested "
                 "two bankers in Luxembourg on Thursday, officials said."):
        arrested = _at(pipeline_events(text, "2026-03-03"), "arrested")
        assert arrested and arrested[0].location is not None, text
        assert arrested[0].location.country == "LU", (text, arrested[0].location)


def test_the_province_the_text_names_keeps_its_country():
    for text in ("BRUSSELS (Reuters) - Police arrested two poachers in the province of "
                 "Luxembourg on Monday, officials said.",
                 "BRUSSELS (Reuters) - Police arrested two poachers in Belgium's Luxembourg "
                 "province on Monday, officials said."):
        arrested = _at(pipeline_events(text, "2026-03-03"), "arrested")
        assert arrested and arrested[0].location.country == "BE", (text, arrested)


def test_a_state_more_populous_than_the_country_of_its_name_stays():
    evs = pipeline_events("ATLANTA (AP) - Police arrested a Georgia man in Savannah on "
                          "Monday, officials said.", "2026-03-03")
    arrested = _at(evs, "arrested")
    assert arrested and arrested[0].location.country == "US", arrested


# ------------------------------------------------------------------ a dateline's city
def test_a_dateline_names_the_city_not_a_small_province_of_its_name():
    for text in ("LA PAZ (Reuters) - Police detained 15 miners during a march on Thursday, "
                 "the government said.",
                 "LA PAZ, March 4 (AFP) - Riot police fired tear gas at teachers protesting "
                 "over pay on Wednesday, witnesses said."):
        evs = pipeline_events(text, "2026-03-05")
        assert evs and all(e.location is not None and e.location.country == "BO"
                           for e in evs), [(e.trigger, e.location) for e in evs]


# ------------------------------------------------------- where a participant is based
def test_the_base_of_a_group_blamed_is_not_the_place_of_the_attack():
    text = ("KIGOMA, Tanzania (Reuters) - Gunmen killed four fishermen on Lake Tanganyika "
            "near Kigoma on Saturday, police said.\n\n"
            "A regional commissioner blamed the attack on the Mai-Mai Yakutumba, a militia "
            "based in Congo's South Kivu province, and said patrols had been stepped up.")
    evs = pipeline_events(text, "2026-03-03")
    assaults = [e for e in evs if e.type.plover == "ASSAULT"]
    assert assaults
    for e in assaults:
        assert e.location is None or e.location.country == "TZ", (e.trigger, e.location)


# ------------------------------------------------------ the lead's province, then its town
def test_a_lead_in_a_province_takes_the_town_the_next_sentence_names():
    text = ("NAIROBI, June 3 (Reuters) - Gunmen killed six farmers in a raid on a village in "
            "Kenya's coastal Lamu county late on Sunday, police said.\n\n"
            "The raiders struck in Witu shortly before midnight, firing at residents and "
            "burning several huts, a police commander said.")
    evs = pipeline_events(text, "2026-06-03")
    killed = _at(evs, "killed")
    assert killed and _place(killed[0]) == ("Witu", "KE"), killed


def test_a_lead_with_no_place_takes_the_area_over_which_its_object_was_told_again():
    text = ("BAGHDAD, Feb 10 (Reuters) - Iraq's army said on Tuesday it had shot down two "
            "drones that crossed from Syria overnight.\n\n"
            "The drones were brought down over the Samarra area in the early hours of "
            "Tuesday, an army statement said.")
    evs = pipeline_events(text, "2026-02-10")
    down = _at(evs, "shot down")
    assert down and down[0].location is not None, down
    assert _place(down[0]) == ("Samarra", "IQ"), down


# ------------------------------------------------ a province release's "X district"
def test_a_district_named_after_a_province_lead_keeps_the_province():
    text = ("KABUL, Afghanistan (May 4) - Afghan and coalition forces detained a Taliban "
            "bomb maker and two suspects in Kandahar province yesterday.\n\n"
            "The bomb maker lived in a compound in the Arghandab district, officials said.")
    evs = pipeline_events(text, "2026-05-04")
    detained = _at(evs, "detained")
    assert detained and detained[0].location is not None, detained
    assert detained[0].location.precision == "admin1", detained[0].location


# -------------------------------------------- the last day told, three sentences back
def test_undated_sentences_go_on_the_last_day_told_further_back():
    text = ("ISLAMABAD - The army said in a statement on Thursday that a patrol had come under "
            "fire from militants near the Afghan border at dawn on Tuesday 7 April 2026.\n\n"
            "The soldiers returned fire, killing two of the militants. One soldier was hurt "
            "in the exchange.\n\n"
            "Four other militants were arrested at the scene, the statement said.")
    evs = pipeline_events(text, "2026-04-09")
    arrested = _at(evs, "arrested")
    assert arrested and arrested[0].time is not None, arrested
    assert arrested[0].time.start == date(2026, 4, 7), arrested[0].time


# ---------------------------------------------------------- "in which" an event named before
def test_an_in_which_clause_takes_the_date_of_the_event_named_before_it():
    text = ("The militia said it carried out a raid in March 2024 near Bunia, close to the "
            "Ugandan border, in which 12 villagers were killed.")
    evs = pipeline_events(text, "2026-03-03")
    killed = _at(evs, "killed")
    assert killed and killed[0].time is not None and killed[0].time.start is not None, killed
    assert (killed[0].time.start, killed[0].time.end) == (date(2024, 3, 1), date(2024, 3, 31))

