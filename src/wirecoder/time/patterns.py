"""The regular expressions that find candidate time expressions, one named rule each.

Each rule's pattern uses named groups that `normalize.py` reads; a rule found later in
`RULES` loses to an earlier one only when the two spans are equally long (longest wins).
Matching is case-insensitive; capitalisation checks for ambiguous words ("May", "March",
weekday names) are done by the normalizer.
"""

from __future__ import annotations

import re

from .lexicon import NUMBER_RE, TIMEZONES

MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
         r"|December|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept\.?|Sep\.|Oct\.?|Nov\.?"
         r"|Dec\.?)")
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WEEKDAY_ABBR = r"(?:Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun)\."
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
ORDDAY = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
          r"|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
          r"|nineteenth|twentieth|twenty-first|twenty-second|twenty-third|twenty-fourth"
          r"|twenty-fifth|twenty-sixth|twenty-seventh|twenty-eighth|twenty-ninth|thirtieth"
          r"|thirty-first)")
YEAR4 = r"(?:1[5-9]\d\d|20\d\d)"
# "in 1982-2014": two years joined by a dash, each a year of its own (the pair a range);
# not a range of counts: "between 1800-1900 residents", "some 1500-2000 troops"
_COUNTED = (r"\s+(?:people|persons|residents|civilians|villagers|inhabitants|families|"
            r"households|refugees|migrants|troops|soldiers|fighters|militants|police|"
            r"officers|protesters|demonstrators|prisoners|students|workers|homes|houses|"
            r"votes|dollars|percent|million|billion)\b")
_DASH_YEAR = rf"[-–]{YEAR4}(?![\d,.:/-]\d|\d|{_COUNTED})"
_YEAR_BEFORE_DASH = rf"(?<=(?<![\d$£€.,/:#-])(?:1[5-9]|20)\d\d[-–])(?!{YEAR4}{_COUNTED})"


def dashed_years_ascend(text: str, start: int, end: int) -> bool:
    """A year written against another by a dash is one only when the later comes second
    ("1982-2014"; "a 2000-1500 lead" is a score)."""
    if end + 5 <= len(text) and text[end] in "-–" and text[end + 1:end + 5].isdigit():
        return int(text[end + 1:end + 5]) > int(text[start:end])
    if start >= 5 and text[start - 1] in "-–" and text[start - 5:start - 1].isdigit():
        return int(text[start:end]) > int(text[start - 5:start - 1])
    return True
SPELLED_YEAR = (r"(?:(?:nineteen|eighteen)[-\s](?:hundred(?:\s+and)?[-\s])?"
                r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                r"(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve"
                r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
                r"|two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight"
                r"|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
                r"|nineteen|twenty(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?))?)")
UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|months?|quarters?|years?|decades?|centuries|century|millenni(?:um|a|ums)|fortnights?)"
UNIT1 = r"(?:second|minute|hour|day|week|weekend|month|quarter|year|decade|century|millennium|fortnight)"
NUM = NUMBER_RE
VAGUE = r"(?:several|a\s+few|few|some|many|a\s+number\s+of|numerous|a\s+couple\s+of|dozens\s+of)"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
PART = r"(?:morning|afternoon|evening|night|overnight)"
TZ = r"(?:" + "|".join(TIMEZONES) + r")"
# "0:00:30" / "04:27" in a video player are lengths, not times: no colon-digit on either side
CLOCK = (r"(?:(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b)"
         r"|(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?!:\d)"
         r"|(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d:[0-5]\d(?:\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b)"
         r"|(?=\s*(?:local\s+time|" + "|".join(TIMEZONES) + r")))"
         r"|noon|midnight|midday|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
         r"(?:\s+o'clock|\s+(?:a\.m\.|p\.m\.)))")
DEICTIC_DAY = r"(?:today|yesterday|tomorrow)"
# "last" after a modal or "to" is the verb ("the strike will last one day", "expected to last
# three days"): the duration is the rest
LAST_NOT_VERB = "".join(rf"(?<!\b{w}\s)" for w in ("to", "will", "would", "could", "may", "might",
                                                    "can", "should", "must", "did", "not", "'ll"))
LAST_NOT_VERB += "last"
REL = r"(?:this|last|next|past|coming|previous|current|following|same|preceding|prior|upcoming)"
# modifiers that open a date: "early 2024", "late last week", "mid-November", "the end of 1990"
MOD = (r"(?:(?:early|late|mid|middle)\s*-?\s*|(?:the\s+)?(?:end|beginning|start|middle|close"
       r"|turn|first\s+half|second\s+half|last\s+half|latter\s+half|latter\s+part"
       r"|early\s+part|first\s+part)\s+of\s+)")
# a part of a decade or century: "the first half of the 1990s", "the latter part of the 19th century"
PART_OF = (r"(?P<part>(?:first|second|last|latter)\s+half|latter\s+part|early\s+part|first\s+part"
           r"|end|beginning|start|middle|close)\s+of\s+(?:the\s+)?")
APPROX = (r"(?:(?:around|nearly|almost|more\s+than|less\s+than|over(?!\s+the\b)|under"
          r"|at\s+least|up\s+to|roughly|approximately|no\s+more\s+than|at\s+most"
          r"|some|well\s+over|fewer\s+than|longer\s+than)\s+)")
# before a day number, "Jun 5" / "Jul 25" / "Sep 3" need no period (web and wire style)
MONTH_D = r"(?:" + MONTH + r"|Jun|Jul|Sep)"
DATE_CORE = (rf"(?:{MONTH_D}\s+{DAYNUM}(?:\s*,\s*|\s+){YEAR4}|{MONTH_D}\s+{DAYNUM}(?![\d,]\d)"
             rf"|(?:the\s+)?{DAYNUM}\s+(?:of\s+)?{MONTH},?\s+{YEAR4}|(?:the\s+)?{DAYNUM}\s+of\s+{MONTH}"
             rf"|{DAYNUM}\s+{MONTH}(?!\s*\d))")

# (name, pattern). Order breaks ties between equally long spans.
RULE_SOURCES: list[tuple[str, str]] = [
    # 5 p.m. EST Nov. 9 / 10 p.m. Wednesday / noon Thursday / around 7:15 p.m.
    ("clock", rf"(?:(?:around|about|approximately|shortly\s+(?:before|after)|before|after)\s+)?"
              rf"(?P<clock>{CLOCK})(?:\s*\(?(?P<tz>{TZ})\)?(?![a-z]))?"
              rf"(?:\s*,?\s*(?:on\s+)?(?P<day>{WEEKDAY}(?:,?\s+{DATE_CORE})?|{DATE_CORE}"
              rf"|{DEICTIC_DAY}))?"),
    # wire style: "at 0300 GMT", "0830 UTC on Friday"
    ("mil_clock", rf"(?<![\d.,/-])(?P<clock>(?:[01]\d|2[0-3])[0-5]\d)(?:\s*(?P<tz>GMT|UTC|Z\b|hrs\b|hours\b))?"
                  rf"(?:\s*,?\s+(?:on\s+)?(?P<day>{WEEKDAY}(?:,?\s+{DATE_CORE})?|{DATE_CORE}|{DEICTIC_DAY}))?"
                  rf"(?![\d,.]\d)"),
    ("clock_part", r"(?P<hour>[01]?\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                   r"(?:\s+o'clock)?\s+in\s+the\s+(?P<part>morning|afternoon|evening)"),
    ("day_clock", rf"(?P<day>{WEEKDAY}|{DEICTIC_DAY})\s*,?\s+(?:at\s+)?(?P<clock>{CLOCK})"
                  rf"(?:\s*\(?(?P<tz>{TZ})\)?(?![a-z]))?"),
    # Friday morning, late Wednesday night, this afternoon, tonight, last night
    ("part_of_day", rf"(?:(?P<mod>early|late|mid|earlier|later)[-\s]+)?(?:(?P<day>{WEEKDAY}|{DEICTIC_DAY}"
                    rf"|this|last|that|the\s+same|the\s+next|the\s+previous|the\s+following)\s+)"
                    rf"(?P<part>{PART})"),
    ("part_of_day_alone", r"(?P<word>tonight|overnight)\b"),
    # "placed orders in the morning" (after "Friday"): that part of the day in focus
    ("part_in_the", r"(?:(?<=\bin\s)|(?<=\bduring\s))the\s+(?P<part>morning|afternoon|evening)\b(?!\s+of\b)"),
    ("part_of_weekday", rf"(?P<part>{PART})\s+of\s+(?P<day>{WEEKDAY}(?!,?\s+{MONTH})|{DATE_CORE})"),
    # Sunday (November 30th), Saturday, April 25, 1998
    ("weekday_date", rf"(?P<weekday>{WEEKDAY}|{WEEKDAY_ABBR})\s*[,(\[]?\s*(?:the\s+)?(?P<date>{DATE_CORE})[)\]]?"),
    ("date", rf"(?:(?P<mod>{MOD}))?(?P<date>{DATE_CORE})"),
    ("week_of", rf"the\s+(?P<unit>week|weekend)\s+of\s+(?P<date>{DATE_CORE})"),
    ("iso_date", r"(?<![\d/-])(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])"),
    ("slash_date", r"(?<![\d/.])(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/(?P<y>(?:19|20)?\d\d)(?![\d/])"),
    ("month_year", rf"(?:(?P<mod>{MOD}))?(?P<month>{MONTH})(?:\s*,\s*|\s+of\s+|\s+)"
                   rf"(?:(?P<year>{YEAR4})|(?P<spelled>{SPELLED_YEAR})|(?P<rel>this|last|next)\s+year)(?![\d,]\d)"),
    ("rel_month", rf"(?:(?P<mod>{MOD}))?(?P<rel>this|last|next|this\s+coming|this\s+past|that)\s+(?P<month>{MONTH})(?!\s+\d)"),
    ("month", rf"(?:(?P<mod>{MOD}))?(?P<month>{MONTH})(?![\w-])"),
    ("day_ordinal", rf"(?:the\s+)?(?P<ord>{ORDDAY})\s+of\s+(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR4}))?"),
    ("month_ordinal", rf"(?P<month>{MONTH})\s+(?:the\s+)?(?P<ord>{ORDDAY})(?:,?\s+(?P<year>{YEAR4}))?"),
    # "the night of 2 to 3 March", "between 16 and 17 October": the first day of a pair
    # sharing the month written after the second (the pair is a range, `event_time._ranges`)
    ("lead_day", rf"(?<![\d.,:/-])(?P<day>{DAYNUM})(?=\s*(?:to|and|through|-|–)\s*"
                 rf"(?P<day2>{DAYNUM})\s+(?P<month>{MONTH})(?![\w-])(?:,?\s+(?P<year>{YEAR4}))?)"),
    ("bare_day", rf"(?:(?<=\bto\s)|(?<=\band\s)|(?<=\bthrough\s)|(?<=[-–]))(?P<day>{DAYNUM})(?![\w%$.,]\d|\s*(?:%|percent|per|p\.m|a\.m|million|billion))"),
    ("holiday", r"(?:(?P<rel>this|last|next)\s+)?(?P<name>New\s+Year's\s+(?:Day|Eve)|Christmas(?:\s+(?:Day|Eve))?"
                r"|Independence\s+Day|Valentine's\s+Day|Halloween|Veterans\s+Day|Thanksgiving(?:\s+Day)?"
                r"|Labor\s+Day|Memorial\s+Day|Election\s+Day|Easter(?:\s+(?:Sunday|Day|week))?)"),
    # years, decades, centuries
    ("year", rf"(?:(?P<mod>{MOD})|(?P<fiscal>fiscal(?:\s+year)?|the\s+year|FY|calendar(?:\s+year)?)\s*"
             rf"|(?<![\d$£€.,/:#-])|(?<=\bpost-)|(?<=\bpre-)|{_YEAR_BEFORE_DASH})(?P<year>{YEAR4})"
             rf"(?!\s*%|\s*percent|(?!{_DASH_YEAR})[\d,.:/-]\d|\d)"),
    ("spelled_year", rf"(?:(?P<mod>{MOD}))?(?:the\s+year\s+)?(?P<spelled>{SPELLED_YEAR})(?![-\s]+(?:percent|dollars|people|million|billion))"),
    ("decade", rf"(?:the\s+)?(?:{PART_OF})?(?:(?P<mod>early|late|mid|middle)[-\s]+)?(?P<decade>(?:1[5-9]|20)\d0)'?s\b"),
    ("decade_short", rf"(?:the\s+)?(?:{PART_OF})?(?:(?P<mod>early|late|mid)[-\s]+)?'(?P<decade>\d0)s\b"),
    ("decade_word", rf"(?:the\s+)?(?:{PART_OF})?(?:(?P<mod>early|late|mid)[-\s]+)?(?P<decade>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"),
    ("century", rf"(?:the\s+)?(?:{PART_OF}|(?P<dec>first|last|final)\s+decade\s+of\s+(?:the\s+)?)?"
                rf"(?:(?P<mod>early|late|mid)[-\s]+)?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{ORDDAY})[-\s]+century"),
    # quarters and halves
    ("quarter", rf"(?:the\s+(?!(?:first|second|third|fourth)-quarter)(?:(?P<ago>(?:comparable\s+)?year-(?:ago|earlier))\s+)?)?"
                rf"(?:(?P<yearq>{YEAR4})\s+|(?P<relq>this|last|next)\s+year's\s+|fiscal[-\s]+)?"
                rf"(?:(?:fiscal|calendar)\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+(?:fiscal[-\s]+)?"
                rf"(?:quarter|qtr\.?)(?!s)(?:\s+of\s+(?:fiscal\s+)?(?:(?P<year>{YEAR4})|(?P<rel>this|last|next)\s+year))?"),
    ("quarter_q", rf"(?P<ord>Q[1-4])(?:\s+(?P<year>{YEAR4}))?"),
    ("half", rf"(?:the\s+)?(?P<ord>first|second)\s+half(?:\s+of\s+(?:(?P<year>{YEAR4})|(?P<rel>this|last|next)\s+year))?"),
    ("rel_quarter", r"(?:the\s+)?(?P<rel>latest|current|last|this|that|next|previous|prior|same|recent|most\s+recent"
                    r"|year-ago|year-earlier|year\s+ago|comparable|corresponding|preceding|just-ended"
                    r"|just\s+ended|past|fiscal|first|second|third|fourth|(?:this|last|next)\s+year's)"
                    r"(?:\s+(?:fiscal|financial|calendar))?\s+(?P<unit>quarter|period)(?!s)"),
    ("quarter_ended", rf"the\s+(?:(?:fiscal|latest|most\s+recent|three-month|three\s+months)\s+)?(?P<unit>quarter|period)"
                      rf"(?=\s+(?:ended|ending|that\s+ended|which\s+ended|through)\s+(?P<date>{DATE_CORE}))"),
    ("year_period", rf"the\s+(?P<year>{YEAR4})\s+(?P<unit>period|quarter)\b"),
    ("fiscal_year", r"the\s+(?:(?P<rel>current|latest|full|entire|next|last|previous|new|past|same|whole)\s+)?"
                    r"(?:(?:fiscal|financial|calendar|full|budget)\s+)+year\b(?!s|-)"),
    ("season_alone", r"(?:(?P<mod>early|late|mid)[-\s]+)?(?:the\s+)?(?:(?P<mod2>early|late)\s+)?(?P<season>spring|summer|autumn|winter)\b(?!['-])"),
    ("the_quarter", r"the\s+(?P<unit>quarter)\b(?!s|-to-)"),
    ("year_adj", r"(?:around\s+)?(?P<word>year-earlier|year-ago|year-end|year-to-date|year\s+end|year's\s+end)\b"),
    # relative units: last week, this year, the previous day, the same day, the following year
    ("rel_unit", rf"(?:(?P<mod>{MOD}))?(?:(?P<ea>earlier|later)\s+)?(?:the\s+)?(?P<rel>{REL}|this\s+past|this\s+coming|that|the\s+same)\s+"
                 rf"(?P<unit>{UNIT1}|{SEASON})(?![\w-])"),
    ("mod_the_unit", rf"(?P<mod>{MOD}|(?:earlier|later)\s+in\s+)(?:the|this)\s+(?P<unit>month|year|week|decade|century|quarter)(?![\w-])"),
    ("part_then_day", rf"(?P<mod>mid|early|late)?[-\s]*(?P<part>{PART})\s+(?P<day>{DEICTIC_DAY}|{WEEKDAY})"),
    ("mid_part", r"(?P<mod>mid|early|late)[-\s]*(?P<part>morning|afternoon|evening)(?![\w-])"),
    ("rel_weekday_date", rf"(?P<rel>this\s+coming|this\s+past|next|last|this)\s+(?P<weekday>{WEEKDAY}),?\s+(?P<date>{MONTH}\s+(?:{ORDDAY}|{DAYNUM}))"),
    ("unit_before", r"the\s+(?P<unit>day|week|month|year|night)\s+(?P<rel>before|after)(?!\s+(?:the|a|an|his|her|their|its|last|next|this|that|\w+day|\w+ing)\b)"),
    ("season", rf"(?:(?P<mod>{MOD}))?(?:the\s+)?(?P<season>{SEASON})\s+of\s+(?:(?P<year>{YEAR4})|(?P<spelled>{SPELLED_YEAR}))"),
    ("season_year", rf"(?P<season>{SEASON})\s+(?P<year>{YEAR4})"),
    ("year_season", rf"(?P<year>{YEAR4})\s+(?P<season>{SEASON})"),
    ("ea_deictic", rf"(?P<ea>early|late)\s+(?P<word>{DEICTIC_DAY})"),
    ("ea_weekday", rf"(?P<ea>early|late)\s+(?P<weekday>{WEEKDAY})"),
    # durations: "for 180 days", "the past three years", "two-year", "a few days"
    ("ago", rf"(?:{APPROX})?(?P<num>{NUM}|{VAGUE})\s+(?:more\s+)?(?P<unit>{UNIT})(?:\s+or\s+so)?\s+"
            rf"(?P<dir>ago|earlier|from\s+now|hence|back)(?![\w-])"),
    ("ago_vague", rf"(?P<num>{VAGUE}|years|months|weeks|days|decades)\s+(?P<dir>ago)\b"),
    ("duration", rf"(?:{APPROX})?(?:the\s+|another\s+|an?\s+additional\s+|an?\s+extra\s+|(?=\w))?"
                 rf"(?:(?P<rel>past|{LAST_NOT_VERB}|next|first|coming|previous|final|following|remaining|latest|other|initial|same|prior|subsequent|ensuing"
                 rf"|year-earlier|year-ago|comparable|corresponding)\s+)?"
                 rf"(?P<num>{NUM})\s+(?:(?:more|additional|full|straight|consecutive|long|whole|more\s+full|extra"
                 rf"|trading|business|working|school)\s+)?"
                 rf"(?P<unit>{UNIT})(?:\s+or\s+so|\s+and\s+a\s+half)?(?![\w-])"),
    ("duration_range", rf"(?:{APPROX})?(?P<num>{NUM})\s+(?:to|or|-)\s+(?P<num2>{NUM})\s+(?P<unit>{UNIT})"),
    ("duration_adj", rf"(?P<num>\d+(?:\.\d+)?|{NUM}|several|multi)-(?P<unit>second|minute|hour|day|week|month|year|decade|century)"
                     rf"(?P<old>-old|-long)?(?![\w])"),
    ("duration_vague", rf"(?:(?:the\s+)?(?P<rel>past|{LAST_NOT_VERB}|next|coming|recent|previous|following|first)\s+)?(?P<num>{VAGUE})\s+(?:more\s+)?(?P<unit>{UNIT})(?![\w-])"),
    ("duration_plural", rf"(?:(?:the\s+)?(?P<rel>past|{LAST_NOT_VERB}|next|coming|recent|previous|following|first|early|later)\s+)(?P<unit>years|months|weeks|days|decades|centuries|hours|minutes)\b"),
    ("for_plural", r"(?:(?<=\bfor\s)|(?<=\bwithin\s)|(?<=\bin\s)|(?<=\bover\s))(?P<unit>years|months|weeks|days|decades|centuries|hours)(?!\s+(?:ago|to\b|of\b))\b"),
    ("a_unit", rf"(?:{APPROX})?(?P<num>an?|one)\s+(?:(?:full|whole)\s+)?(?P<unit>{UNIT1})(?:\s+and\s+a\s+half|\s+or\s+(?:so|two|more))?(?![\w-])"),
    # "since the first of the year": New Year's Day of that year
    ("first_of_year", r"the\s+first\s+of\s+(?:the|(?P<rel>this|last|next))\s+year(?![\w-])"),
    ("the_unit", r"the\s+(?P<unit>year|week|month|day|weekend|decade|century)(?![\w-])"),
    ("half_unit", rf"(?:{APPROX})?half\s+an?\s+(?P<unit>hour|day|year|century|decade)"),
    # sets
    ("set_every", rf"(?P<q>every|each|per|once\s+an?|twice\s+an?|(?:three|four|five|six|\d+)\s+times\s+an?)\s+"
                  rf"(?:(?P<other>other)\s+)?(?:(?P<num>{NUM})\s+)?(?P<what>{UNIT}|{WEEKDAY}|{MONTH}|{SEASON}|{PART})"),
    ("set_adverb", r"(?P<word>daily|weekly|monthly|annually|yearly|hourly|quarterly|nightly|biweekly"
                   r"|semiannually|semi-annually|bimonthly|annual|twice-yearly)\b"),
    ("set_weekday", rf"(?<=\bon\s)(?P<weekday>{WEEKDAY})s(?:\s+(?P<part>{PART})s?)?\b"),
    ("set_weekday_part", rf"(?P<weekday>{WEEKDAY})\s+(?P<part>mornings|afternoons|evenings|nights)\b"),
    ("set_money_a", r"(?<=\d\s)a\s+(?P<what>year|month|week|day)\b|(?<=(?:ion|ars|ent|nds|mes|ice)\s)(?<!\bspent\s)(?<!\bspends\s)(?<!\bsent\s)(?<!\blent\s)(?<!\bwent\s)a\s+(?P<what2>year|month|week|day)\b"),
    # weekdays and deictic words
    # "on Thursday last week", "Tuesday of next week": that weekday of the week named
    ("weekday_of_week",
     rf"(?P<weekday>{WEEKDAY})\s+(?:of\s+)?(?P<rel>last|this|next)\s+week\b"),
    ("rel_weekday", rf"(?P<rel>last|next|this|this\s+coming|this\s+past|that|the\s+following|the\s+previous|the\s+next)\s+(?P<weekday>{WEEKDAY})"),
    ("weekday", rf"(?P<weekday>{WEEKDAY}|{WEEKDAY_ABBR})(?!s)"),
    ("deictic", rf"(?P<word>{DEICTIC_DAY}|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)"),
    ("ref", r"(?P<word>now|currently|presently|nowadays|recently|lately|previously|formerly|soon"
            r"|the\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+)?future|the\s+(?:recent\s+|distant\s+)?past"
            r"|the\s+present|at\s+present|these\s+days|then[-\s]+current|recent|current|future"
            r"|right\s+now)\b"),
    ("units_ahead", r"the\s+(?P<unit>days|weeks|months|years|decades)\s+(?P<dir>ahead|to\s+come)\b"),
    # "the first two quarters of 1990": the half year
    ("two_quarters", rf"(?:at\s+least\s+)?(?:the\s+)?(?P<which>first|last|final|second)\s+two\s+quarters"
                     rf"\s+of\s+(?:(?P<year>{YEAR4})|(?P<rel>this|last|next)\s+year)"),
    # "the second and fourth quarters": two quarters sharing the plural head
    ("quarter_coord", r"(?P<ord>first|second|third|fourth)(?=\s+and\s+(?:the\s+)?(?:first|second|third|fourth)\s+quarters\b"
                      r"(?!\s+of\s+(?:the\s+|a\s+|this\s+)?(?:game|match|contest|season|final)))"),
    ("quarters_plural", r"(?<=\band\s)(?:the\s+)?(?P<ord>first|second|third|fourth)\s+quarters\b"
                        r"(?!\s+of\s+(?:the\s+|a\s+|this\s+)?(?:game|match|contest|season|final))"),
    # "... expire on Nov. 30. Until then, ...": the time named just before
    ("until_then", r"(?:(?<=\buntil\s)|(?<=\btill\s)|(?<=\bby\s))then\b(?![-\s]+current)"),
    # "for a while", "for a fairly lengthy period", "for some time": an unspecified length
    ("vague_span", r"(?<=\bfor\s)(?:a\s+while|some\s+time|a\s+(?:fairly\s+|very\s+|relatively\s+)?"
                   r"(?:lengthy|long|short|brief)\s+(?:period|spell|while))\b"),
    # "over the years", "in the years that followed", "in the early years": years, unspecified
    ("years_span", r"(?:(?<=\bover\s)|(?<=\bthrough\s)|(?<=\bthroughout\s))the\s+years\b"
                   r"|(?<=\bin\s)the\s+early\s+years\b"
                   r"|(?<=\bin\s)the\s+years(?=\s+(?:that\s+followed|that\s+came|since|after|to\s+come)\b)"),
    # "the past three summers": each of those summers (TimeML: a set of the season)
    ("season_plural", rf"(?:the\s+)?(?:past|last|next|coming|previous)\s+(?:(?:{NUM}|{VAGUE})\s+)?"
                      r"(?P<season>summers|winters|springs|autumns|falls)\b"),
    ("term", r"the\s+(?P<rel>near|short|long|medium)[-\s]+term\b"),
    ("later_date", r"an?\s+(?:later|future)\s+date\b"),
    ("unit_long", r"(?P<unit>days?|weeks?|months?|years?|decades?|hours?|centuries|century)-long\b"),
    ("recent_units", r"(?P<rel>recent|coming|past|upcoming|future|next\s+few|last\s+few|past\s+few)\s+(?P<unit>years|months|weeks|days|decades|quarters|hours)\b"),
    ("day_number", rf"(?:the\s+)?(?P<ord>{ORDDAY}|\d{{1,2}}(?:st|nd|rd|th))\s+day\b"),
]

RULES: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(r"(?<![\w'])(?:" + src + r")", re.IGNORECASE)) for name, src in RULE_SOURCES
]
RULE_ORDER = {name: i for i, (name, _) in enumerate(RULE_SOURCES)}

# Head words: a rule can only match near a token of one of its categories, so the tagger runs
# each rule only in windows around those tokens (the text elsewhere is never scanned).
_MONTH_WORDS = ("january february march april may june july august september october november "
                "december jan feb mar apr jun jul aug sep sept oct nov dec")
_WEEKDAY_WORDS = ("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed "
                  "thu thur thurs fri sat sun mondays tuesdays wednesdays thursdays fridays "
                  "saturdays sundays")
_UNIT_WORDS = ("second seconds minute minutes hour hours day days week weeks weekend weekends "
               "month months quarter quarters year years decade decades century centuries "
               "millennium millennia millenniums fortnight fortnights")
HEAD_WORDS: dict[str, str] = {}
for _cat, _words in (
        ("month", _MONTH_WORDS), ("weekday", _WEEKDAY_WORDS), ("unit", _UNIT_WORDS),
        ("season", "spring summer fall autumn winter springs summers autumns winters"),
        ("part", "morning afternoon evening night overnight tonight mornings afternoons "
                 "evenings nights"),
        ("deictic", "today yesterday tomorrow tonight overnight"),
        ("ref", "now currently presently nowadays recently lately past present future recent soon "
                "current days later"),
        ("spelled", "nineteen eighteen thousand"),
        ("decade", "twenties thirties forties fifties sixties seventies eighties nineties"),
        ("clock", "noon midnight midday am pm m clock"),
        ("zone", "gmt utc z"),
        ("term", "term"),
        ("vague_span", "while time spell"),
        ("then", "then"),
        ("quarter", "quarter quarters qtr q1 q2 q3 q4 half period"),
        ("holiday", "christmas thanksgiving halloween valentine independence labor memorial easter "
                    "veterans eve election"),
        ("set", "daily weekly monthly yearly hourly nightly biweekly semiannually "
                "bimonthly annually quarterly annual semi"),
):
    for _w in _words.split():
        HEAD_WORDS.setdefault(_w, _cat)
        if _w in ("tonight", "overnight"):
            HEAD_WORDS[_w] = "deictic"
MULTI_CATEGORY = {"tonight": ("deictic", "part"), "overnight": ("deictic", "part"),
                  "days": ("unit", "ref"), "quarter": ("unit", "quarter"),
                  "quarters": ("unit", "quarter"), "fall": ("season",), "year": ("unit",),
                  "quarterly": ("set",), "past": ("ref", "unit"),
                  "period": ("quarter", "vague_span")}

RULE_HEADS: dict[str, tuple[str, ...]] = {
    "clock": ("clock", "digitcolon"), "day_clock": ("clock", "digitcolon"), "mil_clock": ("zone", "year4"),
    "part_of_day": ("part",), "part_of_day_alone": ("part", "deictic"), "part_in_the": ("part",),
    "part_of_weekday": ("part",), "weekday_date": ("weekday",), "date": ("month",), "week_of": ("month",),
    "iso_date": ("digitsep",), "slash_date": ("digitsep",), "month_year": ("month",),
    "rel_month": ("month",), "month": ("month",), "day_ordinal": ("month",),
    "month_ordinal": ("month",), "bare_day": ("month",), "holiday": ("holiday",),
    "lead_day": ("month",),
    "year": ("year4",), "spelled_year": ("spelled",), "decade": ("decade", "year4s"),
    "decade_short": ("decade", "year4s"), "decade_word": ("decade",), "century": ("unit",),
    "quarter": ("quarter", "unit"), "quarter_q": ("quarter",), "half": ("quarter",),
    "rel_quarter": ("quarter", "unit"), "the_quarter": ("quarter", "unit"),
    "year_adj": ("unit",), "year_period": ("quarter",), "quarter_ended": ("quarter",), "fiscal_year": ("unit",),
    "season_alone": ("season",), "rel_unit": ("unit", "season"), "mod_the_unit": ("unit",),
    "part_then_day": ("part",), "mid_part": ("part",), "rel_weekday_date": ("weekday",),
    "unit_before": ("unit", "part"), "season": ("season",), "season_year": ("season",),
    "year_season": ("season",), "ea_deictic": ("deictic",), "ea_weekday": ("weekday",),
    "ago": ("unit",), "ago_vague": ("unit",), "duration": ("unit",), "duration_range": ("unit",),
    "duration_adj": ("unit",), "duration_vague": ("unit",), "duration_plural": ("unit",),
    "for_plural": ("unit",), "a_unit": ("unit",), "the_unit": ("unit",), "half_unit": ("unit",),
    "set_every": ("unit", "weekday", "month", "season", "part"), "set_adverb": ("set",),
    "set_weekday": ("weekday",), "set_weekday_part": ("weekday",), "set_money_a": ("unit",), "first_of_year": ("unit",),
    "rel_weekday": ("weekday",), "weekday": ("weekday",), "deictic": ("deictic",),
    "weekday_of_week": ("weekday",),
    "ref": ("ref",), "units_ahead": ("unit",), "season_plural": ("season",), "vague_span": ("vague_span",), "until_then": ("then",), "two_quarters": ("quarter",), "quarter_coord": ("quarter",), "quarters_plural": ("quarter",), "years_span": ("unit",), "term": ("term",), "later_date": ("ref",),
    "unit_long": ("unit",), "clock_part": ("part",), "recent_units": ("unit",), "day_number": ("unit",),
}
