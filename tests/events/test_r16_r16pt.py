"""Round 16 (r16pt) fixes to the places and dates of events. Sentences written for these
tests (invented villages in real districts)."""

from datetime import date

from wirecoder.time.tagger import tag_timexes

from .conftest import of_type, pipeline_events


def _at(events, word):
    return [e for e in events if e.trigger is not None and word in e.trigger.text]


# ------------------------------------------- the dateline's town, told again in the body
def test_dateline_town_named_again_in_the_body_keeps_the_story_there():
    text = ("HARARE, May 6 (Reuters) - A Zimbabwean court sentenced three opposition activists "
            "to five years in prison on Tuesday, their lawyers said.\n\n"
            "The Harare magistrates court also ordered the seizure of their passports, one of "
            "the lawyers told Reuters.\n\n"
            "In a separate case, police said on Wednesday they had arrested 12 illegal miners "
            "near Bulawayo on Monday.")
    evs = pipeline_events(text, "2026-05-06")
    sentenced = _at(evs, "sentenced")
    assert sentenced and sentenced[0].location is not None, evs
    assert sentenced[0].location.name == "Harare", sentenced[0].location
    arrested = _at(evs, "arrested")
    assert arrested and arrested[0].location.name == "Bulawayo", arrested


# ------------------------------------------------------ the scene the story told so far
def test_later_acts_without_a_place_stay_at_the_leads_town():
    text = ("MOMBASA, Kenya (AP) - Police fired tear gas at hundreds of people protesting "
            "against fuel prices in the Kenyan port city of Mombasa on Monday, witnesses "
            "said.\n\n"
            "Protesters then set fire to a police post and looted several shops in the "
            "afternoon, a reporter saw.\n\n"
            "Thirty people were arrested overnight, a police commander said on Tuesday.\n\n"
            "The unrest follows protests in Nairobi last month in which police killed two "
            "people.")
    evs = pipeline_events(text, "2026-03-03")
    later = _at(evs, "arrested")
    assert later, evs
    for e in later:
        assert e.location is not None and e.location.name == "Mombasa", (e.trigger, e.location)


# ------------------------------------------- the country across a border contains nothing
def test_unknown_village_near_a_foreign_border_stays_in_the_storys_country():
    text = ("KAMPALA, Uganda (AP) - Gunmen killed six farmers in a raid in western Uganda's "
            "Isingiro district on Sunday night, police said.\n\n"
            "The attackers entered Nyakigoye village near the Tanzanian border shortly after "
            "dark and set fire to several huts, a police spokesman said.")
    for village in ("Kyabugimbi", "Kikagati"):
        evs = pipeline_events(text.replace("Nyakigoye", village), "2026-03-03")
        fire = _at(evs, "set fire")
        assert fire and fire[0].location is not None, evs
        assert fire[0].location.country == "UG", (village, fire[0].location)


# ------------------------------------------------------------------- "the same period"
def test_the_same_period_is_the_span_of_days_told_before():
    text = ("ALGIERS - Army units carried out operations in the south from 12 to 18 June 2026, "
            "the ministry said on Wednesday. During the same period, border guards arrested "
            "40 smugglers near Djanet.")
    tx = [t for t in tag_timexes(text, date(2026, 6, 24)) if "same period" in t.span.text]
    assert tx and (tx[0].start, tx[0].end) == (date(2026, 6, 12), date(2026, 6, 18)), tx
    evs = pipeline_events(text, "2026-06-24")
    arrests = of_type(evs, "COERCE")
    assert arrests and (arrests[0].time.start, arrests[0].time.end) == (
        date(2026, 6, 12), date(2026, 6, 18)), arrests


def test_from_day_to_day_month_is_a_range():
    evs = pipeline_events("Troops arrested 30 smugglers in raids near Tamanrasset from 3 to 9 "
                          "May 2026, the ministry said.", "2026-05-12")
    ev = of_type(evs, "COERCE")[0]
    assert (ev.time.start, ev.time.end) == (date(2026, 5, 3), date(2026, 5, 9)), ev.time


# ---------------------------------------- the speaker's province is not the event's place
def test_province_in_the_speakers_phrase_does_not_overrule_the_events_town():
    text = ("Officials in the eastern province of Kunar said police had detained four men "
            "near Jalalabad on Monday.")
    ev = of_type(pipeline_events(text, "2026-03-03"), "COERCE")[0]
    assert ev.location is not None and ev.location.admin1 == "Nangarhar", ev.location


# ------------------------------------- a town's name the tagger read as a people's (NORP)
def _mentions_with_norp(text: str, name: str):
    from spacy.tokens import Span as SpacySpan

    from wirecoder.geo.gazetteer import default_gazetteer
    from wirecoder.geo.recognize import find_mentions
    from wirecoder.language import parse

    doc = parse(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [
        SpacySpan(doc, span.start, span.end, label="NORP")]
    return [text[m.start:m.end] for m in find_mentions(text, doc, default_gazetteer())]


def test_town_read_as_a_people_after_a_locative_word_is_a_place():
    for text, name in (
            ("Border guards killed three smugglers in a clash near Mirjaveh, close to the "
             "Afghan border, the agency said.", "Mirjaveh"),
            ("Police arrested six suspects in a raid in Iranshahr on Friday.", "Iranshahr")):
        assert name in _mentions_with_norp(text, name), text
    # a people's name before the noun it modifies stays no place
    text = "Troops shelled Kurdish positions near the border on Friday."
    assert "Kurdish" not in _mentions_with_norp(text, "Kurdish")


# ------------------------------------------------ what has gone on since a recent day
def test_present_perfect_since_a_recent_day_runs_to_the_report():
    text = ("Clan fighting in the Southern Highlands has killed at least nine people since it "
            "broke out on Oct. 3, a police commander said Friday.")
    ev = of_type(pipeline_events(text, "2026-10-16"), "ASSAULT")[0]
    assert (ev.time.start, ev.time.end) == (date(2026, 10, 3), date(2026, 10, 16)), ev.time
    text = "Gunmen have killed 20 villagers near Beira since Oct. 5, officials said Friday."
    evs = pipeline_events(text, "2026-10-16")
    assert evs and all((e.time.start, e.time.end) == (date(2026, 10, 5), date(2026, 10, 16))
                       for e in evs), [(e.trigger, e.time) for e in evs]


# ------------------------------------------------ "since <date>, when <clause>"
def test_when_clause_on_a_date_is_dated_by_it():
    text = ("Guinea has been ruled by a military government since September 2021, when "
            "special forces seized power in a coup in Conakry.")
    ev = of_type(pipeline_events(text, "2026-03-03"), "COERCE")[0]
    assert (ev.time.start, ev.time.end) == (date(2021, 9, 1), date(2021, 9, 30)), ev.time


# ------------------------------------------------ island groups and straits offshore
def test_island_group_near_the_dateline_city_is_not_that_city():
    text = ("HANOI (Reuters) - A Chinese vessel rammed a Vietnamese fishing boat near the "
            "Paracel Islands on Sunday, Vietnam said.")
    ev = of_type(pipeline_events(text, "2026-03-03"), "ASSAULT")[0]
    assert ev.location is not None and ev.location.name == "Paracel Islands", ev.location
    assert ev.location.admin1 is None, ev.location
