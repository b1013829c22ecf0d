"""Round 15 (w5recall): everyday wire phrasings of events the pipeline missed or mistyped.
Sentences written for these tests (none from a dev or test article)."""

from .conftest import pipeline_events


def _typed(text: str) -> list[tuple[str, str | None]]:
    return [(e.type.plover, e.type.acled_sub_event_type)
            for e in pipeline_events(text, "2026-03-03")]


def _types(text: str) -> list[str]:
    return [p for p, _ in _typed(text)]


# ----------------------------------------------- forces held ready: "put on standby"
def test_forces_put_on_standby_mobilize():
    for text in ("The Ghanaian army was put on standby on Tuesday.",
                 "The interior ministry placed three police battalions on standby in Tamale."):
        assert "MOBILIZE" in _types(text), text


def test_a_hospital_on_standby_mobilizes_no_one():
    assert "MOBILIZE" not in _types("Clinics in Tamale were put on standby on Tuesday "
                                    "ahead of the storm.")


# ------------------------------------------- a protest broken up is one with intervention
def test_a_rally_broken_up_by_police_is_a_protest_with_intervention():
    for text in ("Police broke up a rally of opposition supporters in Lome on Saturday.",
                 "The sit-in outside the ministry was broken up by gendarmes on Saturday."):
        assert ("Protest with intervention" in [a for _, a in _typed(text)]), text


def test_talks_that_broke_up_are_no_protest():
    assert "PROTEST" not in _types("The coalition talks in Lome broke up without a deal on "
                                   "Saturday.")


# ------------------------------------------------------------------ parties silenced
def test_suspending_the_activities_of_parties_is_a_ban():
    assert "COERCE" in _types("The military council in Niamey suspended the activities of "
                              "all political parties on Thursday.")


def test_suspending_mining_activities_is_no_ban():
    assert "COERCE" not in _types("The copper company suspended the activities of its two "
                                  "mines in Kolwezi on Thursday.")


def test_a_killing_as_police_broke_up_a_march_is_one_event():
    events = pipeline_events("Three students were shot dead in Lome on Saturday as soldiers "
                             "broke up a banned march against the new constitution.",
                             "2026-03-03")
    assert len([e for e in events if e.type.plover == "ASSAULT"]) == 1, events


# ------------------------------------------ restrictions: online services, schools shut
def test_blocking_access_to_online_services_is_a_restriction():
    for text in ("The telecoms regulator in Lusaka blocked access to TikTok and Telegram on "
                 "Wednesday.",
                 "Zambian authorities blocked access to social media on Wednesday."):
        assert "COERCE" in _types(text), text


def test_a_crowd_blocking_access_to_a_depot_still_protests():
    types = _types("Striking truckers blocked access to the fuel depot in Ndola on Wednesday.")
    assert "PROTEST" in types and "COERCE" not in types, types


def test_an_ordered_closure_of_schools_is_a_restriction():
    assert "COERCE" in _types("The regional governor ordered the closure of all universities "
                              "in Ndola on Wednesday.")


# ------------------------------------------------ shooting told by its sound breaking out
def test_gunfire_breaking_out_is_an_assault_with_no_shooter():
    for text in ("Heavy gunfire erupted near the army headquarters in Niamey on Sunday.",
                 "Automatic gunfire rang out near the central bank in Niamey late on Sunday."):
        events = [e for e in pipeline_events(text, "2026-03-03") if e.type.plover == "ASSAULT"]
        assert len(events) == 1 and not events[0].actors, (text, events)


def test_protests_erupting_are_no_shooting():
    assert "ASSAULT" not in _types("Protests erupted in Niamey on Sunday over fuel prices.")
