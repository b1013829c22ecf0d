"""Word tables for the temporal tagger: months, weekdays, numbers, units, seasons, parts of day.

Everything here is data; the regular expressions built from it live in `patterns.py`.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS: dict[str, int] = {  # ISO weekday numbers, Monday = 1
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4,
    "fri": 5, "sat": 6, "sun": 7,
}
SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}
UNITS: dict[str, str] = {  # unit word (singular) -> TIMEX3 duration letter(s)
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "weekend": "WE",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
    "millennium": "ML", "fortnight": "W2",
}
TIME_UNITS = {"second", "minute", "hour"}
UNIT_PLURALS: dict[str, str] = {
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day", "weeks": "week",
    "weekends": "weekend", "months": "month", "quarters": "quarter", "years": "year",
    "decades": "decade", "centuries": "century", "millennia": "millennium",
    "millenniums": "millennium", "fortnights": "fortnight",
}
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "last": -1, "final": -1,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}
NUMBER_WORDS: dict[str, float] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "thousand": 1000, "a thousand": 1000, "a": 1, "an": 1, "half a": 0.5, "a half": 0.5,
    "one and a half": 1.5, "a dozen": 12, "dozen": 12, "a couple of": 2, "a couple": 2,
    "couple of": 2, "both": 2,
}
TIMEZONES = ("EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "GMT", "UTC", "BST",
             "CET", "CEST", "ET", "PT", "CT", "MT", "AST", "IST", "JST", "MSK")
HOLIDAYS: dict[str, tuple[int, int] | str] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25),
    "christmas eve": (12, 24), "christmas": (12, 25), "independence day": (7, 4),
    "valentine's day": (2, 14), "halloween": (10, 31), "veterans day": (11, 11),
    "thanksgiving day": "thanksgiving", "thanksgiving": "thanksgiving",
    "labor day": "labor", "memorial day": "memorial", "election day": "election",
    "easter": "easter", "easter sunday": "easter", "easter day": "easter",
    "easter week": "easter",
}

_NUMBER_ALT = sorted(NUMBER_WORDS, key=len, reverse=True)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
# a spelled or written number: "three", "twenty-four", "twenty four", "180", "2 1/2", "1.5"
NUMBER_RE = (
    r"(?:\d+(?:[.,]\d+)?(?:\s+\d/\d)?|(?:" + _TENS + r")(?:[-\s](?:" + _ONES + r"))?"
    r"|(?:" + "|".join(re.escape(w) for w in _NUMBER_ALT) + r")"
    r"(?:\s+(?:and\s+a\s+half|hundred|thousand))?)"
)


def parse_number(text: str) -> float | None:
    """'three' -> 3, 'twenty-four' -> 24, '2 1/2' -> 2.5, '1,000' -> 1000; None if not a number."""
    t = text.lower().strip().replace("-", " ")
    t = re.sub(r"\s+", " ", t)
    if not t:
        return None
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)(?: (\d)/(\d))?", t)
    if m:
        base = float(m.group(1).replace(",", "")) if "," in m.group(1) and len(
            m.group(1).split(",")[-1]) == 3 else float(m.group(1).replace(",", "."))
        if m.group(2):
            base += int(m.group(2)) / int(m.group(3))
        return base
    if t in NUMBER_WORDS:
        return float(NUMBER_WORDS[t])
    total = 0.0
    current = 0.0
    words = t.split()
    i = 0
    while i < len(words):
        w = words[i]
        if w == "and" and words[i + 1:i + 3] == ["a", "half"]:
            current += 0.5
            i += 3
            continue
        if w == "hundred":
            current = (current or 1) * 100
        elif w == "thousand":
            total += (current or 1) * 1000
            current = 0
        elif w in NUMBER_WORDS:
            current += NUMBER_WORDS[w]
        else:
            return None
        i += 1
    return total + current


def spelled_year(text: str) -> int | None:
    """'nineteen ninety-seven' -> 1997, 'two thousand' -> 2000, 'two thousand and three' -> 2003."""
    t = text.lower().replace("-", " ")
    words = t.split()
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        if not rest:
            return 2000
        n = parse_number(" ".join(rest))
        return 2000 + int(n) if n is not None and n < 100 else None
    if len(words) >= 2 and words[0] in ("nineteen", "eighteen", "twenty", "seventeen"):
        century = int(NUMBER_WORDS[words[0]])
        rest = words[1:]
        if rest and rest[0] == "hundred":
            return century * 100
        n = parse_number(" ".join(rest))
        if n is not None and 10 <= n < 100:
            return century * 100 + int(n)
    return None


def unit_of(word: str) -> str | None:
    """The singular unit name of a unit word ('years' -> 'year'), or None."""
    w = word.lower()
    if w in UNITS:
        return w
    return UNIT_PLURALS.get(w)


# Words of the clauses an event's date is read through (`event_time`, `events.foreign_times`)

# verbs that do the act their object names ("ordered the closure on Wednesday", "carried out
# the attack on Monday"): the verb's date is the act's, unlike a reaction's ("condemned the
# arrests on Wednesday")
ENACTING_VERBS = {"order", "announce", "impose", "conduct", "carry", "launch", "stage", "begin",
                  "start", "complete", "declare", "approve", "sign", "hold", "mount",
                  # "extended the curfew on Monday": a measure renewed is enacted again that day
                  "extend", "renew", "prolong", "reimpose"}


# subordinators that put their clause at another time than the clause it hangs on
SEQUENCE_MARKS = {"after", "before", "since", "until", "till"}


# verbs of an event's own course: a relative clause with one tells when the event ran
COURSE_VERBS = frozenset(("begin", "start", "end", "last", "continue", "take", "happen",
                          "occur", "conclude", "open", "close", "resume", "finish"))


# verbs of a lasting state or place: a day told in their relative or participial clause is
# the act's, misattached by the parser ("detained migrants who remained there on Monday",
# "seized a trawler in waters reserved for local fishermen off X on Saturday")
LASTING_STATE_VERBS = frozenset(("remain", "stay", "live", "reside", "locate", "base", "station",
                                 "reserve", "belong", "lie"))


# verbs of saying: a date on one is the saying's, and what it reports is told as of that day
SPEECH_VERBS = {"say", "tell", "announce", "report", "state", "add", "confirm", "claim"}

# verbs that charge someone with an act, and the word that introduces the act: a date told
# after it ("accused the army of shelling villages on Monday") is the act's, not the charge's
CHARGING_VERBS = {"accuse": "of", "blame": "for", "charge": "with", "suspect": "of",
                  "condemn": "for", "criticise": "for", "criticize": "for"}


# acts that go on for a while, so that "for three days" on one tells the days it lasted ("had
# blocked the highway for three days"), not a term that follows a single act ("held for two
# days", "suspended for a week")
LASTING_ACT_VERBS = frozenset(("block", "blockade", "barricade", "besiege", "occupy", "protest",
                               "demonstrate", "picket", "fight", "clash", "battle", "shell",
                               "bombard", "rage"))
