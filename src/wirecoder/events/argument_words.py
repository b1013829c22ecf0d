"""The word lists the argument rules read (`arguments`, `syntax`, `noun_phrases`,
`responsibility`, `participant_mapper`): verbs and nouns whose syntax says who acted, what
was hit, where or when, and the words a participant's name leaves out (lemmas or lower-case
forms), with the few label sets they test (dependency and entity labels, PLOVER types).
"""

from ..language import DEFINITE_DETERMINERS

SKIP_LEFT = {"det", "predet", "nummod", "quantmod", "punct", "case", "cc", "advmod", "poss",
             "prep", "preconj"}
PRONOUNS = {"it", "they", "he", "she", "them", "him", "her", "we", "us", "i", "you", "its",
            "their", "his", "who", "which", "that", "whom", "itself", "themselves", "this",
            "these", "those", "one", "what", "whose", "someone", "anyone", "nobody", "all",
            "both", "each", "others", "some", "many", "most", "none", "everyone"}
# nouns whose possessor / "of" complement is the one acted upon ("Sharaa's arrest")
PATIENT_NOUN_TYPES = {"COERCE", "RETREAT", "CONCEDE"}
PATIENT_NOUN_MODES = {"abduct", "assassinate", "release", "deport", "arrest"}
SYMMETRIC_TYPES = {"CONSULT", "COOPERATE", "AGREE"}
# nouns of a fight between two sides: "clashes between X and Y" sets X against Y
MUTUAL_FIGHT_NOUNS = {"clash", "clashes", "fighting", "fight", "battle", "skirmish", "firefight",
                      "gunbattle", "gunfight", "confrontation", "hostility", "hostilities",
                      "violence"}
# verbs whose subject is the fight and whose "between" phrase its sides ("fighting erupted
# between X and Y")
OCCUR_VERBS = {"erupt", "break", "rage", "flare", "continue", "intensify", "resume", "occur"}
# verbs whose "with" object is the other side ("clashed with X"); elsewhere it is an instrument
OPPONENT_WITH = {"clash", "fight", "battle", "skirmish", "engage", "exchange", "meet", "talk",
                 "negotiate", "cooperate", "collaborate", "agree", "consult", "wrangle"}
# what a relation is broken or suspended in ("cut ties with X", "suspended cooperation with
# X"): its "with" object is the other side
RELATION_NOUNS = {"tie", "ties", "relation", "relations", "cooperation", "contact", "contacts",
                  "link", "links", "talks", "dialogue", "trade", "agreement", "partnership",
                  "talk", "negotiation", "negotiations"}
OBJECT_CONTROL = {"urge", "ask", "call", "order", "force", "allow", "permit", "encourage",
                  "invite", "press", "push", "pressure", "persuade", "tell", "want", "require",
                  "enable", "request", "demand", "compel", "instruct", "direct", "authorize",
                  "authorise", "appeal", "warn", "advise", "help"}
# (not "broker" or "mediate": "elders brokered a ceasefire" names the go-between, not a party)
LIGHT_EXTRA = {"reach", "conclude", "strike", "seal", "ink", "finalize", "announce",
               "declare", "order", "approve", "extend", "impose", "authorize",
               "authorise", "sign", "resume", "continue", "complete", "step", "intensify",
               "trade", "exchange", "level",  # ("traded accusations", "levelled charges")
               # ("renewed the embargo", "granted bail")
               "renew", "reimpose", "prolong", "grant", "hand", "pass", "mete"}
# verbs of filing that are light only with a subject of their own ("Armenia lodged a
# complaint"), not as the purpose of another act ("summoned the envoy to lodge a protest")
FILING_VERBS = {"file", "lodge", "submit"}
# verbs whose "by" agent did what their passive subject names ("the attack was planned by X")
PASSIVE_LIGHT = {"plan", "mastermind", "order", "organize", "organise", "prepare"}
NON_PARTICIPANT_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
HEDGES = {"alleged", "presumed", "suspected", "purported", "reputed", "supposed", "presumable",
          "self-styled", "so-called"}
VAGUE_QUANTITY = {"several", "many", "various", "numerous", "multiple", "few", "some"}
# verbs of condemning an act or its doer ("condemned the attack", "denounced the junta")
CONDEMNING_VERBS = {"condemn", "denounce", "deplore", "decry", "criticise", "criticize"}
# verbs of promising something to someone ("pledged $5 million to Tonga")
PLEDGE_VERBS = {"pledge", "promise", "offer"}
# nouns for whoever committed an act named in their "of" complement
PERPETRATOR_NOUNS = {"perpetrator", "author", "mastermind", "murderer", "killer", "assassin",
                     "kidnapper", "abductor", "culprit"}
# nouns that name people by the violence they did ("the attackers", "the gunmen"); not
# merge_words.NON_STATE_PEOPLE, the armed sides a force fights ("militants", "rebels")
ATTACKER_NOUNS = {"attacker", "assailant", "raider", "gunman"}
# nouns for the people an act killed or hurt ("two of the dead", "the wounded"); the victims
# of any act, the held too, are later_participants.VICTIM_NOUNS
CASUALTY_NOUNS = {"dead", "victim", "wounded", "injured", "casualty", "body"}
# who or what reports (texts and their speakers: "a statement", "officials"); the texts only
# are claimant_names.ISSUED_TEXTS, the occasions of speech foreign_times.OCCASION_NOUNS
REPORT_NOUNS = {"statement", "report", "source", "sources", "communique", "spokesman",
                "spokesperson", "release", "announcement", "account", "official", "officials"}

CAUSE_VERBS = {"cause", "inflict", "do", "leave"}
DAMAGE_NOUNS = {"damage", "destruction", "harm"}

# the last word of a street's name: "on Oxford Street", "at the Cavehill Road" say where
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "boulevard", "lane", "square",
                "alley", "drive"}

# "no group / no one / nobody claimed responsibility", "denied responsibility": no claimant
DENY_VERBS = {"deny", "reject", "disclaim", "disavow", "refuse", "decline"}
# "the ministry said the fines were unlawful and rejected the council's threats": a verb of
# stance joined to the verb of a copular clause reported by a verb of saying is said by the
# sayer (the fines reject nothing)
SAY_VERBS = {"say", "tell", "state", "add", "declare"}
STANCE_VERBS = DENY_VERBS | {"accuse", "blame", "condemn", "denounce", "criticize", "criticise",
                             "urge", "demand", "warn", "threaten", "vow", "pledge", "insist",
                             "welcome", "call"}
# verbs that say what a thing is ("what he called a barbaric attack", "described as a massacre")
DESCRIBING_VERBS = {"call", "describe", "term", "brand", "label"}
# nouns of a charge against someone ("on charges of", "an accusation the ministry denied")
CHARGE_NOUNS = {"charge", "accusation", "allegation"}
NOBODY = {"nobody", "none", "no-one", "noone", "anyone", "anybody", "someone", "somebody"}
# "the name / hand / work of X is behind the attack": X, not the abstract noun
HOLDER_NOUNS = {"name", "hand", "work", "handiwork", "signature", "mark", "fingerprint",
                "shadow", "trace"}

# nouns that refer back to an event told before them ("claimed responsibility for the act")
EVENT_ANAPHORS = {"act", "action", "crime", "incident", "deed", "outrage", "attack"}
# a noun opened by one of them refers to something told before: the definite determiners
# and "such" ("such attacks")
DEFINITE = DEFINITE_DETERMINERS | {"such"}
COMMIT_VERBS = {"perpetrate", "commit", "carry", "stage", "execute"}

# "the attack was the work / the doing of X": who did it
WORK_NOUNS = {"work", "handiwork", "doing", "responsibility"}
DEATH_VERBS = {"die", "perish"}
EXPLODE_VERBS = {"explode", "detonate", "blow", "go", "burst", "collapse", "crash", "erupt",
                 "blast"}

# nouns of time, which say when, never who or what was hit ("on New Year's night", "at the
# same time", "at 0530 gmt")
TIME_NOUNS = {"night", "morning", "evening", "afternoon", "day", "dawn", "dusk", "midnight",
              "noon", "time", "weekend", "hour", "hours", "gmt", "moment", "nightfall"}
# verbs whose object (or passive subject) is the explosive set off, never a target:
# "detonated them", "exploded a car bomb", "the parcels were detonated"
DETONATE_VERBS = {"detonate", "explode"}
# running into an explosive left in wait: "their patrol hit a landmine", "the bus struck a
# roadside bomb": the subject did not set it off (it is no actor; who was hurt in it is told
# by the counts and the sentences around, which a vehicle as target would keep apart)
TRIP_VERBS = {"hit", "strike"}
# attack verbs the trigger lexicon leaves to other words ("stormed the town", "opened fire")
ATTACK_VERBS = {"storm", "overrun", "ransack"}
LAID_EXPLOSIVES = {"mine", "landmine", "ied", "bomb", "device", "explosive", "explosives",
                   "charge", "dynamite"}
# verbs whose subject undergoes the attack that is their object: "the mayor survived an
# attack", "the convoy suffered an ambush"
SUFFER_VERBS = {"survive", "escape", "withstand", "suffer", "sustain", "endure", "repel",
                "repulse"}
LIFE_NOUNS = {"life", "lives"}

# event nouns whose "with" phrase names the other side: "killed in a clash with rebels"
OPPONENT_NOUNS = {"clash", "fight", "fighting", "battle", "skirmish", "firefight", "gunfight",
                  "shootout", "confrontation", "encounter", "exchange"}

# verbs of a purpose clause that name whom force was used on: "fired tear gas to disperse
# the protesters", "used batons to break up the crowd"
DISPERSE_VERBS = {"disperse", "scatter", "repel", "repulse", "break"}

# adjectives that class an attack, said of any attacker ("a terrorist attack")
KIND_ADJECTIVES = {"terrorist", "terroristic"}
# nouns that end the name of a place or gathering (where an attack happened), not of a
# group that acts
VENUE_WORDS = {"hotel", "cafe", "café", "restaurant", "marathon", "mall", "market", "stadium",
               "arena", "airport", "station", "club", "bar", "church", "mosque", "synagogue",
               "temple", "school", "university", "hospital", "theatre", "theater", "cinema",
               "festival", "concert", "bridge", "square", "plaza", "centre", "center"}

# verbs whose object is the weapon used: "threw a grenade at", "fired rockets at", "used
# live ammunition against"
INSTRUMENT_VERBS = {"throw", "hurl", "lob", "toss", "launch", "place", "plant", "fire",
                    "detonate", "set", "use"}

UNIT_WORDS = {"front", "brigade", "battalion", "division", "regiment", "corps", "company",
              "command", "squadron", "fleet", "army", "detachment", "column", "platoon"}

# nouns naming a part of a group, named by their "of" complement ("members of the army",
# "a column of rebels", "a group of armed men")
# A group phrase is named by its complement, the phrase kept as a mention; naming it by the
# whole phrase ("group of terrorists") scored the same on DEV-MUC3 (first 150, trained 0.379)
# but left the group and its complement as two participants.
GROUP_HEADS = {"member", "members", "column", "group", "unit", "squad", "band", "cell",
               "contingent", "detachment", "platoon", "gang", "faction"}
# fighters a modifier names by the organisation they belong to ("Boko Haram fighters", "ADF
# rebels"): that organisation (`participants.as_members`)
FIGHTER_HEADS = {"rebel", "fighter", "militant", "insurgent", "guerrilla", "jihadist",
                 "militiaman", "combatant", "soldier", "troop"}
# people an "of" phrase says which body they serve ("fighters of the Arakan Army", "officers
# of the Central Investigation Bureau"): that body (`participants.as_members`)
MEMBER_OF_HEADS = FIGHTER_HEADS | {"officer", "agent", "operative", "personnel", "trooper",
                                   "gunman", "policeman", "guard", "commando"}

# adjectives whose subject does what their "to" clause says ("ready to attack", "willing to
# negotiate"); not "a reshuffle is fundamental to allow ...", whose subject does nothing
CONTROL_ADJECTIVES = {"ready", "willing", "unwilling", "able", "unable", "determined", "eager",
                      "prepared", "confident", "keen", "reluctant", "quick", "anxious", "poised",
                      "desperate", "careful", "free", "hesitant", "afraid", "likely", "unlikely",
                      "set", "due", "about"}

# organisation nouns a proper name before them names: "the Islamic State militant group",
# "the Haqqani network", "the ETA organisation" are the named group itself
NAMED_GROUP_NOUNS = {"group", "faction", "movement", "organization", "organisation", "militia",
                     "network", "outfit", "alliance"}

# common nouns that describe the person named after them ("reporter Ana Ruiz")
DESCRIPTORS = {"reporter", "journalist", "spokesman", "spokeswoman", "spokesperson", "lawyer",
               "attorney", "commander", "leader", "official", "politician", "activist",
               "businessman", "businesswoman", "mayor", "councilman", "councillor", "judge",
               "priest", "bishop", "governor", "deputy", "lawmaker", "senator", "congressman",
               "diplomat", "ambassador", "minister", "president", "director", "chief",
               "candidate", "editor", "photographer", "unionist", "trade-unionist", "student",
               "professor", "teacher", "doctor", "engineer", "owner", "manager", "worker",
               "farmer", "peasant", "colonel", "general", "captain", "major", "lieutenant",
               "sergeant", "officer", "soldier", "policeman", "agent", "secretary", "founder",
               "member", "singer", "writer", "actor", "actress", "athlete", "banker",
               "bodyguard", "driver", "guard", "escort", "chauffeur", "nephew", "niece", "son",
               "daughter", "wife", "husband", "brother", "sister", "councilwoman"}

# "were given an ultimatum", "issued a warning to X": verbs that hand a demand or threat over
DELIVER_VERBS = {"give", "hand", "issue", "send", "deliver", "serve", "present"}
# participles that keep an object in the passive ("a man given a warning")
DITRANSITIVE_VERBS = {"give", "hand", "offer", "show", "send", "award", "grant", "deny", "tell",
                      "promise", "pay", "lend", "teach", "issue", "serve", "charge", "assign"}
# plural nouns that count what their "of" phrase names ("dozens of gunmen", "thousands of")
COUNTING_NOUNS = {"dozens", "hundreds", "thousands", "scores", "millions", "tens"}
# noun events delivered to someone, whose recipient is their target
DELIVERED_TYPES = {"THREATEN", "REQUEST", "ACCUSE", "AID"}
# acts a speaker performs by saying them (an accusation, a demand, a threat): the statement is
# the act (`sides.STATEMENT_TYPES` is a narrower set, without AGREE, for telling sides apart)
STATEMENT_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE"}
# bodies that sit in a town and act there: "a court in Lahore sentenced ..." is at Lahore
# (phrase_triggers.JUDICIAL adds the prosecutors and justices who order with the law's force)
COURT_NOUNS = frozenset(("court", "tribunal", "judge", "magistrate", "bench"))

# "known as X", "called X", "dubbed X": the name a group goes by
NAMING_VERBS = {"know", "call", "dub", "nickname", "name"}
SINGULAR_PRONOUNS = {"he", "she", "him", "his"}
PLURAL_PRONOUNS = {"they", "them", "their"}

GENERIC_HEADS = {"people", "person", "man", "men", "woman", "women", "group",
                 "others", "members", "member", "one", "area", "areas"}
