"""Facts learned from text: designations, delistings, memberships, appointments."""

from __future__ import annotations

from datetime import date

from wirecoder.actors import facts_from_text
from wirecoder.records import Span, Timex


def timex(text: str, words: str, start: date, end: date, precision: str) -> Timex:
    i = text.index(words)
    return Timex(Span(i, i + len(words), words), "DATE", start.isoformat(), start, end, precision)


def test_designation_with_year_and_authority(analyse):
    text = ("Sharaa led Hay'at Tahrir al-Sham (HTS), designated as a foreign terrorist "
            "organization by the US in 2018.")
    a = analyse(text, timexes=[timex(text, "2018", date(2018, 1, 1), date(2018, 12, 31), "year")])
    facts = facts_from_text(a)
    f = [f for f in facts if f["rule"] == "designation"][0]
    assert (f["subject"], f["property"], f["value"], f["start"]) == \
        ("HTS", "designated", "USA-FTO", "2018-01-01")
    assert f["authority"] == "USA"
    assert text[f["evidence_start"]:f["evidence_end"]] == f["evidence_text"]
    assert f["document_id"] == a.document.id


def test_membership_dated_by_timex(analyse):
    text = ("On November 10th, the Syrian government signed documents to join the "
            "Global Coalition to Defeat ISIS.")
    a = analyse(text, timexes=[timex(text, "November 10th", date(2025, 11, 10),
                                     date(2025, 11, 10), "day")])
    f = [f for f in facts_from_text(a) if f["property"] == "member_of"][0]
    assert (f["subject"], f["value"], f["start"]) == ("SYR", "GC-DEFEAT-ISIS", "2025-11-10")


def test_delisting_ends_a_designation(analyse):
    text = "The group was removed from the terrorist list earlier this year, officials said."
    text = "Hamas was removed from the terrorist blacklist earlier this year."
    a = analyse(text, timexes=[timex(text, "earlier this year", date(2025, 1, 1),
                                     date(2025, 12, 31), "year")])
    f = [f for f in facts_from_text(a) if f["rule"] == "delisting"][0]
    assert f["subject"] == "HAMAS" and f["end"] == "2025-01-01" and f["start"] is None


def test_appointment(analyse):
    text = "Yulia Svyrydenko was appointed as Ukraine's prime minister on Thursday."
    facts = facts_from_text(analyse(text))
    f = [f for f in facts if f["property"] == "position"][0]
    assert (f["subject"], f["value"], f["role"]) == ("yulia-svyrydenko", "UKR-GOV",
                                                     "Prime Minister")
    assert f["start"] == "2025-11-30"  # no timex in the sentence: the anchor date


def test_seed_facts(analyse):
    from pathlib import Path

    seed = Path("/work/shared/seed/article.txt")
    if not seed.exists():
        return
    text = seed.read_text()
    i = text.index("the same day")
    j = text.index("2018")
    a = analyse(text, timexes=[
        Timex(Span(i, i + 12, "the same day"), "DATE", "2025-11-10", date(2025, 11, 10),
              date(2025, 11, 10), "day"),
        Timex(Span(j, j + 4, "2018"), "DATE", "2018", date(2018, 1, 1), date(2018, 12, 31),
              "year")])
    got = {(f["subject"], f["property"], f["value"], f["start"]) for f in facts_from_text(a)}
    assert ("HTS", "designated", "USA-FTO", "2018-01-01") in got
    assert ("SYR", "member_of", "GC-DEFEAT-ISIS", "2025-11-10") in got


def _facts(analyse, text, dates):
    timexes = [timex(text, words, start, end, prec) for words, start, end, prec in dates]
    return {(f["rule"], f["subject"], f["value"], f["start"], f["end"])
            for f in facts_from_text(analyse(text, timexes=timexes))}


def test_active_designation_and_delisting(analyse):
    text = "The US designated the Houthis as a foreign terrorist organization on March 4, 2025."
    got = _facts(analyse, text, [("March 4, 2025", date(2025, 3, 4), date(2025, 3, 4), "day")])
    assert ("designation", "HOUTHIS", "USA-FTO", "2025-03-04", None) in got
    text = "Washington removed HTS from its list of foreign terrorist organizations in July 2025."
    got = _facts(analyse, text, [("July 2025", date(2025, 7, 1), date(2025, 7, 31), "month")])
    assert ("delisting", "HTS", "USA-FTO", None, "2025-07-01") in got
    text = "The EU added the Wagner Group to its terrorist list in 2023."
    got = _facts(analyse, text, [("2023", date(2023, 1, 1), date(2023, 12, 31), "year")])
    assert ("designation", "WAGNER", "EU-TERROR", "2023-01-01", None) in got


def test_leaving_an_organisation_and_conjoined_members(analyse):
    text = "Burkina Faso, Mali and Niger withdrew from ECOWAS in January 2025."
    got = _facts(analyse, text, [("January 2025", date(2025, 1, 1), date(2025, 1, 31), "month")])
    assert {(s, v, e) for _, s, v, _, e in got} == {("BFA", "ECOWAS", "2025-01-01"),
                                                   ("MLI", "ECOWAS", "2025-01-01"),
                                                   ("NER", "ECOWAS", "2025-01-01")}


def test_appointment_by_someone_else_and_dismissal(analyse):
    text = "President Donald Trump named Pete Hegseth as defense secretary in November 2024."
    got = _facts(analyse, text, [("November 2024", date(2024, 11, 1), date(2024, 11, 30),
                                  "month")])
    assert ("appointment", "pete-hegseth", "USA-MOD", "2024-11-01", None) in got
    text = "Defence Minister Yoav Gallant was dismissed by Netanyahu on November 5, 2024."
    got = _facts(analyse, text, [("November 5, 2024", date(2024, 11, 5), date(2024, 11, 5),
                                  "day")])
    assert ("depart", "yoav-gallant", "ISR-MOD", None, "2024-11-05") in got


def test_delisting_takes_its_own_clause_date(analyse):
    text = ("Sharaa, who led the Hay’at Tahrir al-Sham (HTS) previously designated as a foreign "
            "terrorist organization by the US in 2018, was removed from the blacklist earlier "
            "this year.")
    got = _facts(analyse, text, [("2018", date(2018, 1, 1), date(2018, 12, 31), "year"),
                                 ("earlier this year", date(2025, 1, 1), date(2025, 12, 31),
                                  "year")])
    assert ("designation", "HTS", "USA-FTO", "2018-01-01", None) in got
    assert ("delisting", "ahmed-al-sharaa", "USA-FTO", None, "2025-01-01") in got
