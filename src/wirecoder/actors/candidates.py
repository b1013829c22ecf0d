"""What the linker passes around: a candidate mention and the word lists it consults."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .kb import alias_key

NAME_PARTICLES = {"al", "el", "bin", "ibn", "abu", "de", "da", "von", "van", "der", "ag", "ould"}
INSTITUTION_GENERIC = {"GOV", "MIL", "COP", "SEC", "INT", "LEG", "JUD", "CG"}  # may take the document's country
MAX_SKIP = 3  # modifiers allowed between a country reference and its head noun
NOT_ACTORS = {"designation list"}  # KB entries that are values of facts, not actors
LOCATIVE = {"in", "at", "near", "outside", "around", "across", "inside", "throughout", "into"}
PLACE_OF = {"in", "throughout", "of", "from", "across"}


# acronyms that are also everyday words: never matched in lowercase text
COMMON_WORDS = {"car", "who", "aid", "act", "arm", "art", "can", "man", "sea", "sun", "fan",
                "pa", "is", "it", "us", "mit", "raw", "isi", "ice", "nut", "ana", "pla", "sla",
                "npa", "ism", "iss", "aes", "eac", "oir", "pdf", "pdfs", "tdf", "fan", "asg",
                "ec", "dss", "naf", "ola", "vdp", "mois", "pmu", "pmf", "cts", "isf"}
MODIFIER_POS = {"ADJ", "ADV", "NUM", "VERB"}  # "two heavily armed men", "masked gunmen"
ARMED = {"armed", "masked", "hooded", "unidentified", "unknown"}
GROUP_KINDS = {"armed group", "militia", "protesters", "civilians", "military", "police",
               "security forces", "group", "people", "officials", "refugees", "organization",
               "media", "business"}
# "X-linked fighters" are X's; "X-backed militias" are their own, X backs them
MEMBER_PARTICIPLES = {"linked", "affiliated", "allied", "aligned", "inspired"}
PATRON_PARTICIPLES = {"backed", "run", "sponsored", "funded", "supported", "controlled",
                      "dominated", "trained", "armed", "owned", "appointed"}
PHRASE_PUNCT = {"-", "–", "—", "'", "’", ".", "/"}  # may sit inside a name


@lru_cache(maxsize=100_000)
def token_key(text: str) -> str:
    return alias_key(text)


@dataclass
class Cand:
    start: int  # token index
    end: int  # token index, exclusive
    name: str
    kb_id: str | None
    kind: str
    country: str | None
    sector: str | None
    via: str
    score: float = 1.0
    generic_inst: str | None = None  # an institution named without its country
    named: bool = False  # a person mention that spells a name (coreference source)
