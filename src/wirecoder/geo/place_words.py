"""The words toponym recognition reads: direction and vicinity words before a name, words
that name no one place on their own, place nouns (a kind of place, singular for plural), and
the size a name the tagger missed must have.
"""

from __future__ import annotations

DIRECTIONS = ("north", "south", "east", "west", "northern", "southern", "eastern", "western",
              "central", "northeastern", "northwestern", "southeastern", "southwestern",
              "north-eastern", "north-western", "south-eastern", "south-western",
              "northeast", "northwest", "southeast", "southwest", "upper", "lower", "greater",
              "rural", "downtown", "coastal")
VICINITY = ("near", "nearby", "outside", "around", "close to", "outskirts of",
            "the outskirts of", "suburbs of", "the suburbs of", "vicinity of",
            "the vicinity of", "north of", "south of", "east of", "west of", "northeast of",
            "northwest of", "southeast of", "southwest of", "border with", "off the coast of",
            "across")

# words that are capitalised at a sentence start or in titles and are also place names: they
# name no one place on their own
GENERIC_WORDS = frozenset("""
a an the this that these those he she it we they i you his her its our their my your
mr mrs ms dr st of in on at by for to from with and or but not no yes all any some
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december today tomorrow yesterday
president governor mayor police city county state north south east west new old
university college school hospital church street road avenue center centre park
crescent terrace lane drive boulevard plaza square
central capital coast coastal island islands lake river valley gulf bay mountain mountains
national federal united union republic international royal grand great high middle upper
lower northern southern eastern western northeast northwest southeast southwest
command ministry department office army navy force forces
atlantic pacific arctic mediterranean ocean sea
""".split()) | frozenset(DIRECTIONS)
# a place noun, singular or plural, is no place by itself ("the southern Provinces of
# Helmand and Kandahar"); after a name it says what kind of place the name is
PLACE_NOUNS = {
    "province": "province", "provinces": "province", "district": "district",
    "districts": "district", "governorate": "governorate", "governorates": "governorate",
    "region": "region", "regions": "region", "county": "county", "counties": "county",
    "municipality": "municipality", "municipalities": "municipality",
    "prefecture": "prefecture", "prefectures": "prefecture", "oblast": "oblast",
    "oblasts": "oblast", "city": "city", "cities": "city", "town": "town", "towns": "town",
    "village": "village", "villages": "village", "states": "state", "territories": "territory",
    "areas": "area",  # only after coordinated names: "the Kismayo and Jilib areas"
}

# last words of the names of natural regions, which no city holds ("the Mandara Mountains",
# "the Niger Delta")
NATURAL_REGION_WORDS = frozenset(("delta", "valley", "basin", "plateau", "highlands",
                                  "lowlands", "desert", "peninsula", "mountains", "hills",
                                  "coast", "forest", "savanna", "savannah", "steppe", "marshes",
                                  "corridor"))

# what a people believe, no place's name: "in the Christian district on Sunday", "the Sunni
# quarter" (the gazetteer knows Christian County, Kentucky; Druze, Iran)
CREEDS = frozenset(("christian", "muslim", "jewish", "hindu", "buddhist", "sikh", "sunni",
                    "shia", "shiite", "shi'ite", "alawite", "druze", "catholic", "protestant",
                    "orthodox", "coptic", "maronite", "yazidi", "evangelical", "animist"))
MIN_GAZ_POPULATION = 100_000  # a name spaCy missed must be this big (or an admin area/country)
