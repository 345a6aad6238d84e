"""What a figure counts: cue words for each category, and the nouns that name people.

Plain words and phrases only: a space matches any run of white space, case is the
pattern's. ``extractors/category_cues.py`` builds the patterns, and puts some words in
context (a word that must not follow, an auxiliary that must stand before). Within a
table the longest phrase wins; its categories are tried in the order written.
"""

from .currencies import CURRENCIES  # noqa: F401 (the category tables' currencies)

# What happened to the people counted, by the words that name it. One line per word, with
# its category and where it may stand: "head" heads a number's noun phrase ("300 civilian
# deaths"), "modifier" describes the people among its modifiers ("7,000 captured soldiers"),
# "alone" stands for the noun phrase after a second number ("300 killed and 2,700 injured"),
# "whole" is what a share is a share of ("40% of the dead"). A modifier of the dead wins
# over any predicate; the others count only when no predicate follows.
CATEGORY_WORDS = {
    "casualty": ("casualties", ("head",)),
    "casualties": ("casualties", ("head", "alone", "whole")),
    "losses": ("casualties", ("head",)),
    "deaths": ("killed", ("head", "alone", "whole")),
    "fatalities": ("killed", ("head",)),
    "bodies": ("killed", ("head",)),
    "killings": ("killed", ("head",)),
    "martyrs": ("killed", ("head",)),
    "dead": ("killed", ("modifier", "alone", "whole")),
    "fallen": ("killed", ("modifier",)),  # "101 fallen soldiers": soldiers killed in war
    "killed": ("killed", ("modifier", "alone", "whole")),
    "those killed": ("killed", ("whole",)),
    "victims": ("killed", ("whole",)),
    "injuries": ("wounded", ("head", "alone")),
    "wounded": ("wounded", ("modifier", "alone", "whole")),
    "injured": ("wounded", ("modifier", "alone", "whole")),
    "captured": ("captured", ("modifier",)),
    "detained": ("captured", ("modifier",)),
    "imprisoned": ("captured", ("modifier",)),
    "abducted": ("captured", ("modifier",)),
    "kidnapped": ("captured", ("modifier",)),
    "missing": ("missing", ("modifier", "alone")),
}

# Words for the dead and for the wounded that, joined by "and", "or" or "and/or" (and maybe
# an adverb: "killed or seriously wounded"), name casualties, whatever else is said.
CASUALTY_PAIRS = (
    (("killed", "dead", "died"), ("wounded", "injured", "maimed", "hurt", "missing")),  # "killed or missing"
    (("deaths", "fatalities"), ("injuries", "wounded", "injured")),
    (("wounded", "injured"), ("killed", "dead")),
)
PAIR_JOINERS = ("and", "or", "and/or")

# Category words right after a number or its "of them" ("2,700 injured", "48,670 casualties").
DIRECT_CUES = {
    "casualties": ("casualty", "casualties", "losses"),
    "killed": (
        "killed", "dead", "deaths", "fatalities", "fatality", "fatal", "killings", "bodies", "died", "slain",
        "executed", "murdered", "slaughtered", "massacred", "martyrs", "KIA", "KIAs",
    ),
    "wounded": ("wounded", "injured", "injuries", "hurt", "WIA", "WIAs"),
    "missing": ("missing", "MIA", "MIAs"),
}  # fmt: skip

# Predicates of a number's noun phrase ("300 soldiers have been killed"). "none" marks
# words that make the people counted no war figure ("600,000 people displaced").
PREDICATE_CUES = {
    "casualties": ("suffered casualties", "suffered losses", "lost", "casualties"),
    "killed": (
        "killed", "died", "die", "dies", "dead", "perished", "slain", "executed", "murdered", "massacred",
        "shot dead", "hanged",
        "lost their lives", "the dead", "fatalities", "deaths", "succumbed", "martyred", "embraced martyrdom",
        "attained martyrdom", "embraced shahadat", "sent to hell", "laid down their lives", "summarily executed",
        "gave their lives", "eliminated",
        "offered their lives", "sacrificed their lives", "went home in coffins", "came home in coffins",
        "returned in coffins", "came home in body bags", "went home in body bags",
        "neutralised", "neutralized", "liquidated", "found dead",
        "fallen", "fell in battle", "fell in combat", "fell in action", "arrived dead", "dead on arrival",
        "fell", "fell on the battlefield", "fell on the front",
        "brought in dead",
    ),
    "wounded": (
        "wounded", "injured", "hurt", "maimed", "hospitalised", "hospitalized", "put out of action",
        "in critical condition", "in serious condition", "in a critical condition", "in a serious condition",
        "admitted to hospital", "admitted to hospitals", "admitted to a hospital", "taken to hospital",
        "taken to hospitals", "rushed to hospital", "treated in hospital", "treated for injuries",
        "treated in hospitals", "treated at hospitals", "treated at hospital", "treated",
        "with injuries", "with wounds", "with shrapnel wounds", "with gunshot wounds", "with burns",
        "had injuries", "had light injuries", "had minor injuries", "had serious injuries",
        "had gunshot wounds", "had bullet wounds", "had shrapnel wounds", "had wounds", "had burns",
        "still in hospital", "are in hospital", "were in hospital", "remain in hospital", "remained in hospital",
    ),
    "missing": ("missing", "unaccounted for", "disappeared", "went missing", "gone missing"),
    "captured": (
        "captured", "taken prisoner", "taken prisoners", "taken captive", "taken hostage", "taken hostages",
        "taken as prisoner", "taken as prisoners", "taken as captive", "taken as hostage", "taken as hostages",
        "taken", "held", "held captive", "detained", "imprisoned", "abducted", "kidnapped", "surrendered",
        "laid down their arms", "laid down its arms", "arrested", "seized", "prisoner", "prisoners",
        "in captivity", "apprehended", "carried off", "abducted by",
    ),
    "exchanged": (
        "freed", "released", "returned", "exchanged", "swapped", "handed over", "came home", "come home",
        "brought home", "brought back",
        "back on home soil", "repatriated", "flown home", "set free", "back home", "got back", "handed back",
        "walked free", "went free", "are home", "are finally home", "is home", "were home", "are back home",
        "transferred in exchange", "handed over in exchange",
    ),
    "deployed": (
        "deployed", "sent", "stationed", "based", "serving", "posted", "dispatched", "withdrawn", "pulled out",
        "rotated", "followed", "arrived", "operating", "on the ground", "converged", "massed", "gathered",
        "mobilised", "mobilized", "called up", "to be called up", "earmarked", "remain in", "remain at",
        "remain on", "remain inside", "remained in", "remained at", "remained on", "remained inside",
        "remains in", "remains at", "remains on", "remains inside", "remaining in", "remaining at",
        "remaining on", "remaining inside",
    ),
    # people made soldiers ("440,000 people had signed contracts"): `deployed`, whatever noun
    # counts them; only as the clause's verb, after an auxiliary, not as a description
    # ("convicts recruited from prisons")
    "enlisted": (
        "signed up", "signed contract", "signed contracts", "signed military contract", "signed military contracts",
        "signed army contract", "signed army contracts", "enlisted", "recruited", "conscripted", "drafted",
        "joined the army", "joined the armed forces", "joined the military",
    ),
    "none": (
        "displaced", "fled", "fleeing", "evacuated", "rescued", "homeless", "affected", "uprooted", "sheltering",
        "lined", "gathered to", "protested", "marched", "attended", "voted", "living", "live", "lived", "born",
        "left homeless", "made homeless", "work", "works", "worked",
        # humanitarian need: "17 million people are food insecure", "8 million forced from their homes"
        "food insecure", "food-insecure", "malnourished", "acutely malnourished", "starving", "hungry",
        "in need", "need aid", "need assistance", "forced from their homes", "forced to flee", "vaccinated",
        "from their homes", "driven from their homes", "driven out", "driven from",
        # people housed away from home: "450 residents remain in temporary accommodation centres"
        "in temporary accommodation", "remain in temporary accommodation", "in accommodation centres",
        "in shelters", "remain in shelters",
    ),
}  # fmt: skip

# Verbs of speech: the people counted speak ("One soldier, aged 38, said"), so they are no
# figure, unless a pronoun reports on them ("it said").
SPEECH_VERBS = ("said", "says", "told", "added", "spoke", "recalled", "described")

# Words that, right after a cue, make it no cue: "taken place", "held talks", "released images".
# Words after "fallen" or "fell" that make it no death: "fallen back", "fallen ill", "fell to 40".
_FALL_NOT_DEATH = ("back", "ill", "to", "into", "from", "behind", "off", "short", "below", "silent", "asleep")
PREDICATE_CUE_EXCEPTIONS = {
    "taken": ("to", "hold", "place", "part", "over", "control"),
    # the dead lie in hospital morgues: "another 900 were in hospital morgues"
    "are in hospital": ("morgue", "morgues", "mortuary", "mortuaries"),
    "were in hospital": ("morgue", "morgues", "mortuary", "mortuaries"),
    "still in hospital": ("morgue", "morgues", "mortuary", "mortuaries"),
    # "treated for shock" is no wound ("treated for injuries" is a cue of its own)
    "treated": ("for",),
    # "fallen" as a death ("30 soldiers had fallen"), not a fall ("fallen back", "fallen ill", "fallen to 40")
    "fallen": _FALL_NOT_DEATH,
    # "27 soldiers fell with arms in hand" died; a toll that "fell to 40" or "fell by a third" did not
    "fell": (
        *_FALL_NOT_DEATH,
        "by",
        "under",
        "apart",
        "through",
        "victim",
        "prey",
        "on",
        "upon",
        "within",
        "over",
        "down",
        "out",
    ),
}
LEFT_CUE_EXCEPTIONS = {
    "took": ("hold", "place", "part", "over", "control", "out"),
    "taking": ("hold", "place", "part", "over", "control", "out"),
    "taken": ("hold", "place", "part", "over", "control", "out"),
    "take": ("hold", "place", "part", "over", "control", "out"),
    "seizing": ("hold", "place", "part", "over", "control", "out"),
    "holds": ("a", "an", "the", "talks", "funeral", "funerals", "meeting", "meetings", "election", "elections"),
    "holding": ("a", "an", "the", "talks", "funeral", "funerals", "meeting", "meetings", "election", "elections"),
    "held": ("a", "an", "the", "talks", "funeral", "funerals", "meeting", "meetings", "election", "elections"),
    "release": (
        "image", "images", "video", "videos", "footage", "photo", "photos", "picture", "pictures", "a statement",
        "details", "figures", "data", "a report", "a list", "the names",
    ),
    "released": (
        "image", "images", "video", "videos", "footage", "photo", "photos", "picture", "pictures", "a statement",
        "details", "figures", "data", "a report", "a list", "the names",
    ),
    "releasing": (
        "image", "images", "video", "videos", "footage", "photo", "photos", "picture", "pictures", "a statement",
        "details", "figures", "data", "a report", "a list", "the names",
    ),
    "made up": ("of",),
    "make up": ("of",),
}  # fmt: skip

# Words that may stand between a noun phrase and its predicate ("have also been", "were
# feared"); any adverb in -ly may too.
PREDICATE_AUXILIARIES = (
    "have", "has", "had", "were", "was", "are", "is", "been", "being", "be", "reportedly", "now", "already",
    "also", "still", "all", "each", "allegedly", "so far", "later", "since", "subsequently", "believed to have",
    "thought to have", "estimated to have", "may have", "might have", "listed as", "officially", "confirmed",
    "in total", "in all", "who", "that", "which", "feared", "either", "both", "together", "then", "recently",
    "initially", "eventually", "as well", "were among", "are among", "among", "mostly", "mainly", "remain",
    "remains", "remained", "remaining", "to", "among those", "among the", "thought to be", "believed to be",
    "reported", "said to have been", "reported to have been", "got",
)  # fmt: skip

# Cues before a number, in its clause ("has killed 50,021", "put the toll at 57"); the nearest wins.
LEFT_CUES = {
    "casualties": (
        "casualty", "casualties", "losses", "loss", "lost", "lose", "loses", "losing", "toll of dead and wounded",
    ),
    "killed": (
        "killed", "killing", "kill", "kills", "dead", "death", "deaths", "died", "death toll", "toll",
        "fatalities", "bodies", "lives", "massacred", "executed", "dying", "slaughtered", "funeral for",
        "the remains of", "the martyrdom of",  # "the remains of 14 soldiers were flown in", "the martyrdom of three"
        "victims included", "victims include", "victims were", "dead included", "dead include",
        "funerals for", "funeral of", "funerals of", "life of", "lives of", "martyred", "martyrs",
        "killing of", "killings of", "murder of", "murders of", "eliminated", "neutralised", "neutralized",
        "liquidated", "execution of", "executions of", "summary execution of", "summary executions of",
    ),
    "wounded": ("wounded", "wounding", "injured", "injuring", "injuries", "hurt"),
    "missing": ("missing", "disappearance of"),
    "captured": (
        "abduction of", "detention of", "arrest of", "kidnapping of", "captured", "capturing",
        "taken prisoner", "taken prisoners", "taken captive", "taken hostage",
        "taken hostages", "taken as prisoner", "taken as prisoners", "taken as captive", "taken as hostage",
        "taken as hostages", "detained", "detaining", "holds", "holding", "held", "seized", "surrendered",
        "surrender", "hostage", "hostages", "captive", "captives", "abducted", "abducting", "kidnapped",
        "kidnapping", "arrested", "arresting", "imprisoned", "imprisoning",
    ),
    "exchanged": (
        "exchange", "exchanges", "exchanged", "exchanging", "swap", "swaps", "swapped", "freed", "frees",
        "returns", "release", "released", "releasing", "returned", "returning", "return", "handed over",
        "got back", "repatriated", "free",
    ),
    "deployed": (
        "sent", "send", "sending", "dispatch", "dispatched", "deploy", "deployed", "deploying", "stationed",
        "station", "contributes", "contributed", "gathered", "mobilised", "mobilized", "called up", "call-up",
        "force of", "reinforcements", "troop level", "troop levels", "troop numbers", "troop strength",
        "garrison strength", "strength", "presence", "footprint", "numbered",
        "numbering", "contingents", "contingent",  # "Its largest contingents come from Nepal (871)"
        "troop contributors", "troop-contributing", "contributing countries",  # a mission's contribution lists
    ),
    # people made soldiers ("asked to mobilise 450,000 people"): `deployed`, whatever noun counts them
    "enlisted": (
        "mobilise", "mobilize", "mobilising", "mobilizing", "conscripted", "conscript", "drafted", "draft",
    ),
    # verbs that make the people after them no war figure ("has trained 30,000 recruits")
    "none": (
        "trained", "training", "train", "equipped", "paid", "honored", "honoured", "mourned", "buried",
        "commemorated", "attended", "visited", "evacuated", "employs", "employed", "home to", "population of",
        "population", "populations", "populous", "residents", "inhabitants", "evacuation", "ratio of",
        "ratios of", "ratio", "rape", "raped", "tortured", "torture", "displaced", "displacing", "displacement",
        "uprooted", "fled", "sheltered", "sheltering", "housed", "hosting", "hosted", "made up", "make up",
        "accounted for",
    ),
}  # fmt: skip

# Verbs of taking that, right before a number, count captives ("took 300", "seizing 12 more").
TAKING_VERBS = ("took", "taking", "taken", "take", "seizing", "carried off", "carrying off", "carry off")
# What is taken or held: people held captive ("took about 250 hostages", "freed 24 prisoners").
CAPTIVE_NOUNS = ("prisoner", "prisoners", "captive", "hostage", "hostages")
HELD_NOUNS = ("hostages", "prisoners", "captives", "detainees")
# Words right before a number that set free the people it counts, whatever the noun phrase says
# of their captivity ("police freed 37 abducted students", "the release of 94 people held by rebels").
RELEASE_BEFORE = ("freed", "released", "rescued", "liberated", "set free", "release of", "freeing", "releasing")
# ... unless the release is only asked for: those people are still held ("demanded a ransom for the release of 3").
RELEASE_SOUGHT = (
    "demand",
    "demanded",
    "demanding",
    "demands",
    "call for",
    "called for",
    "calling for",
    "calls for",
    "seek",
    "seeking",
    "seeks",
    "sought",
    "urge",
    "urged",
    "urging",
    "urges",
    "ransom",
)
# Verbs that set captives free ("freed 24 hostages", "returned 95 prisoners").
FREEING_VERBS = ("freed", "released", "returned", "exchanged", "swapped")
# Units of a force: "a battalion of 3,000" counts the people it is made of.
FORCE_UNITS = ("battalion", "brigade", "regiment", "division", "contingent", "corps", "unit", "army")
# What "a 600-man" or "a 300-member" can be the strength of (not a jury, a crew or a board)
MANNED_UNITS = (*FORCE_UNITS, "force", "forces", "detachment", "squad", "platoon", "garrison", "patrol")
# Places of people: "a city of 300,000" counts inhabitants (only right before the number:
# "the city of Sumy rose to 35" is a toll).
SETTLEMENTS = (
    "city", "cities", "town", "towns", "village", "villages", "country", "nation", "region", "district",
    "province", "camp", "republic", "state", "island", "community", "communities",
)  # fmt: skip
# What a force is counted as: "the number of active servicemen".
FORCE_COUNT_NOUNS = ("servicemen", "troops", "soldiers", "personnel", "forces")
# What people are said to be when they are a force: "most of them were conscript soldiers".
FORCE_PREDICATE_NOUNS = ("troops", "soldiers", "personnel", "forces")
# Verbs that say people had injuries ("suffered serious injuries"), and the injuries.
INJURY_VERBS = ("suffered", "sustained", "received")
INJURY_NOUNS = ("injuries", "wounds")
# Where captives are held: "in Russian captivity".
CAPTIVITY_NOUNS = ("captivity", "detention", "custody")
# "treated in a local hospital for shrapnel wounds".
TREATMENT_VERBS = ("treated",)
HOSPITAL_NOUNS = ("hospital", "hospitals")
# "forced thousands to flee".
FLIGHT_VERBS = ("flee",)

# Words that cannot be modifiers inside the noun phrase after a number.
NOUN_PHRASE_STOPS = (
    "the", "a", "an", "of", "in", "on", "at", "to", "from", "for", "by", "with", "and", "or", "but", "had",
    "have", "has", "were", "was", "is", "are", "been", "be", "who", "which", "that", "since", "over", "during",
    "after", "before", "including", "among", "more", "than", "as", "per", "each", "this", "these", "those",
    "it", "its", "their", "they", "he", "she", "said", "says", "while", "when", "where", "into", "across",
    "under", "between", "would", "will", "could", "may", "might", "not", "no", "only", "about", "around",
    "some", "up", "down", "out", "off", "all", "both", "either", "if", "so", "such", "then", "there", "here",
    "earlier", "later", "ago", "now",
)  # fmt: skip

# Nouns that name people counted as soldiers or a force. With no other cue a number
# of these is a `deployed` figure ("11,000 troops").
FORCE_NOUNS = (
    "troop", "troops", "soldier", "soldiers", "serviceman", "servicemen", "service members", "servicewoman",
    "servicewomen", "personnel", "fighter", "fighters", "militant", "militants", "combatant", "combatants",
    "operative", "operatives", "gunmen", "insurgent", "insurgents", "rebel", "rebels", "militiamen",
    "guerrilla", "guerrillas", "paratrooper", "paratroopers", "marine", "marines", "sailor", "sailors",
    "airmen", "officer", "officers", "general", "generals", "commander", "commanders", "sapper", "sappers",
    "engineer", "engineers", "deminer", "deminers", "reservist", "reservists", "conscript", "conscripts",
    "recruit", "recruits",
    "volunteer", "volunteers", "mercenaries", "contractor", "contractors", "peacekeeper", "peacekeepers",
    "police", "policemen", "police officers", "guard", "guards", "reinforcements", "men under arms", "force",
    "forces", "defenders", "escort", "escorts", "infantry", "armed men", "members", "attacker", "attackers",
    "assailant", "assailants", "terrorist", "terrorists", "trooper", "troopers", "sergeant", "sergeants",
    "blue helmets", "constables", "gendarmes", "legionnaires", "elements",  # "lost up to 640 elements"
    "ranger", "rangers", "occupiers",  # "143 occupiers were neutralised": the other side's soldiers
    "khwarij", "khawarij",  # "13 khwarij were neutralised": Pakistan's military's word for the Pakistani Taliban
)  # fmt: skip

# Words that make any noun for people after them a force: "military builders", "army construction workers".
FORCE_QUALIFIERS = ("military", "army")

# People by their work, age or faith whom no force holds: people nouns for the reader of categories and
# civilians for the reader of force (``lexicon/counts.py``).
CIVILIAN_TRADES = (
    "shepherds", "herders", "herdsmen", "traders", "merchants", "vendors", "shopkeepers", "labourers",
    "laborers", "miners", "tourists", "visitors", "guests", "firefighters", "truckers", "priests", "monks",
    "nuns", "clerics", "imams", "pastors", "missionaries", "schoolchildren", "toddlers", "teenagers", "minors",
    "mothers", "bystanders", "commuters", "evacuees", "orphans", "schoolgirls", "schoolboys", "schoolgirl",
    "schoolboy", "schoolchild",
)  # fmt: skip

# Nouns that name people in general (civilians, victims, captives).
PEOPLE_NOUNS = (
    "people", "names", "others", "adults", "patients", "companions", "crew", "crew members", "caregiver",
    "caregivers", "nationals", "citizens", "foreigners", "person", "persons", "civilian", "civilians",
    "children", "child", "kids", "women", "men", "boy", "boys", "girl", "girls", "resident", "residents",
    "villager", "villagers", "victim", "victims", "individuals", "worker", "workers", "staff", "staff members",
    "employees", "journalist", "journalists", "medic", "medics", "doctor", "doctors", "nurse", "nurses",
    "paramedic", "paramedics", "aid worker", "aid workers", "refugee", "refugees", "prisoner", "prisoners",
    "prisoner of war", "prisoners of war", "captive", "captives", "hostage", "hostages", "detainee",
    "detainees", "POW", "POWs", "Palestinians", "Israelis", "Ukrainians", "Russians", "Koreans",
    "North Koreans", "South Koreans", "Americans", "Syrians", "Sudanese", "Yemenis", "Lebanese", "Afghans",
    "Iraqis", "Iranians", "Congolese", "Rwandans", "Burundians", "Haitians", "Kenyans", "Alawites", "Druze",
    "Bedouin", "Kurds", "Rohingya", "Gazans", "students", "pilgrims", "protesters", "demonstrators",
    "migrants", "migrant", "inmates", "inmate", "suspects", "drivers", "driver", "fishermen", "farmers",
    "pupils", "teachers", "man", "woman", "crew member", "cameraman",
    "worshippers", "passengers", "family members", "relatives", "supporters", "lives", "dead", "wounded", "injured",
    "killed",
    # people by work, faith, age or kin, as tolls name them ("36 shepherds", "four pilots", "two monks")
    *CIVILIAN_TRADES, "pilots", "seamen", "seafarers", "mariners", "crewmen", "nomads", "shoppers",
    "activists", "rescuers", "rescue workers", "technicians", "porters", "cooks", "cleaners", "surgeons",
    "physicians", "pharmacists", "midwives", "diplomats", "lawyers", "judges", "academics", "scientists",
    "professors", "athletes", "survivors", "infants", "babies", "youths", "youngsters", "elderly", "fathers",
    "sons", "daughters", "brothers", "sisters", "husbands", "wives", "locals", "tribesmen", "settlers",
    "worshipers", "Christians", "Muslims", "Hindus", "Jews", "Yazidis", "Copts", "Shiites", "Sunnis",
    "stevedores", "dockworkers", "passers-by", "crane drivers", "colleagues", "co-workers", "coworkers",
)  # fmt: skip

# Nouns after a number that make it something other than a count of people.
NON_PEOPLE_NOUNS = (
    "armored personnel carriers", "armoured personnel carriers", "small arms", "arms", "ammunition",
    "gigawatt", "gigawatts", "megawatt", "megawatts", "monitors", "personnel carriers", "APCs", "tank",
    "tanks", "drone", "drones", "missile", "missiles", "rocket", "rockets", "shell", "shells", "bomb", "bombs",
    "aircraft", "plane", "planes", "jet", "jets", "helicopter", "helicopters", "vehicle", "vehicles",
    "artillery", "gun", "guns", "rifle", "rifles", "firearm", "firearms", "pistols", "grenades",
    "ship", "ships", "warship", "warships", "vessel", "vessels",
    "boat", "boats", "bomber", "bombers", "system", "systems", "launcher", "launchers", "munitions", "rounds",
    "mines", "weapon", "weapons", "base", "bases", "outpost", "outposts", "positions", "targets", "town", "towns",
    "village", "villages", "cities", "settlement", "settlements", "area", "areas", "district", "districts",
    "neighborhood", "neighborhoods", "neighbourhood", "neighbourhoods", "provinces", "location", "locations",
    "site", "sites", "airport", "airports", "border crossings", "crossings", "building", "buildings", "home",
    "homes", "house", "houses", "household", "households", "school", "schools", "hospital", "hospitals",
    "truck", "trucks", "lorry", "lorries", "car", "cars", "bus", "buses", "ambulance", "ambulances",
    "infantry fighting vehicles", "fighting vehicles", "armoured vehicles", "armored vehicles", "convoy", "convoys",
    "testimonies", "vote", "votes", "page", "pages", "countries",
    "nations", "states", "division", "divisions", "brigades", "battalions", "unit", "units", "groups",
    "sorties", "strike", "strikes", "attack", "attacks", "assault", "assaults", "raid", "raids", "incident",
    "incidents", "case", "cases", "sanctions", "report", "reports", "document", "documents", "point",
    "points", "seat", "seats", "tonne", "tonnes", "ton", "tons", "barrels", "litres", "acres", "hectares",
    "km", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "metre", "metres", "meter",
    "meters", "feet", "yards", "square", "sq", "degrees", "year", "years", "month", "months", "week", "weeks",
    "day", "days", "hour", "hours", "minute", "minutes", "second", "seconds", "decade", "decades",
    "centuries", "times the", "times as", "times more", "times higher", "times larger", "times greater",
    "times bigger", "times lower", "times fewer", "times that", "times than", "percentage points", "calls",
    "flights", "trips", "meetings", "rounds of", "waves", "axes", "fronts", "sectors", "region", "regions",
    "province", "camp", "camps", "prisons", "images", "video", "videos", "posts", "articles", "words",
    "steps", "episodes", "rotation", "rotations", "operations", "surgeries", "amputations", "consultations",
    "motorcycles", "motorbikes", "station", "stations", "police station", "police stations", "checkpoint",
    "checkpoints", "barracks", "garrisons", "memorials", "museum", "museums", "routes", "roads",
    "bridges", "port", "ports", "island", "islands", "aid trucks", "meals", "doses", "beds", "graves",
    "coffins", "plots", "bags",
    # events counted beside a toll: "killed in two separate engagements"
    "clashes", "engagements", "battles", "ambushes", "encounters", "gunfights", "firefights", "skirmishes",
    "bombings", "shellings", "explosions", "blasts",
)  # fmt: skip

# Currencies (the world's, in lexicon/currencies.py): a number of them is money ("2.5 billion dollars");
# and the signs before a number.
CURRENCY_SIGNS = ("$", "£", "€", "¥", "US$")

# Words before a number that make it a point in time, an age, a rank or a name.
NON_FIGURE_BEFORE = (
    "every", "for every",  # "for every 10 hostages released": a rate of exchange, no count
    "aged", "age", "ages", "No", "No.", "number", "page", "p.", "pp.", "Resolution", "resolution", "Article",
    "article", "Operation", "Brigade", "Battalion", "Regiment", "Division", "Unit", "Flight",
    "Route", "Highway", "Decree", "decree", "Law", "Section", "Chapter", "Room", "Gate", "Building", "Block",
    "Camp", "Sector", "Zone", "Hill", "Height", "Platform", "Line", "Model", "version", "Group", "Force",
    "COVID", "Covid", "G", "F", "Su", "MiG", "Tu", "Ka", "Mi", "year",
    "mid", "mid-", "early", "late",
)  # fmt: skip

# Ends of a unit's name written as one word, as German and Dutch write them: a number after
# "Panzerbrigade" or "Jägerbataillon" names the unit, whatever its first half.
UNIT_NAME_ENDINGS = ("brigade", "bataillon", "battalion", "regiment", "division")

# Hypothetical or future statements are forecasts, not figures ("thousands could die",
# "deaths may climb to 50,000", "a projected 20,000").
FORECAST_MODALS = ("could", "would", "will", "might", "may")
FORECAST_HARM = ("die", "be killed", "be wounded", "be injured", "perish", "lose")
FORECAST_RISE = ("reach", "rise to", "climb to", "exceed", "surpass", "top")
FORECAST_WORDS = ("projected",)
# Verbs a modal makes a forecast of a number after them: "could lose 900 men a week", "will kill up to 50".
FORECAST_TAKING = ("lose", "kill", "wound")
# Verbs a modal of possibility makes a hypothesis: "may send another 6,000 troops" (a plan, "will send", stays).
HYPOTHETICAL_MODALS = ("could", "might", "may")
HYPOTHETICAL_SENDING = ("send", "deploy", "dispatch", "commit")

# Verbs that return captives: "40 soldiers taken near Bakhmut have now been returned" counts the returned.
# Words of coming home, which make a release only of people held or fighters: "60 scientists returned to
# port" is a journey.
HOMECOMING = ("returned", "returning", "returns", "return", "came home", "come home", "back home", "flown home",
    "back on home soil", "got back")  # fmt: skip
RETURN_VERBS = ("handed back", "handed over", "returned", "released", "freed", "exchanged", "swapped", "repatriated")
# Words that make a list of names a list of the dead: "the memorial's list of victims holds 8,372 names".
DEAD_LIST_WORDS = (
    "dead", "killed", "victims", "fallen", "died", "deaths", "memorial", "obituary", "obituaries",
)  # fmt: skip
# Modifiers that mark captives as set free ("869 former detainees"), and the captives they describe.
FREED_WORDS = ("former", "freed", "released", "liberated", "returning", "repatriated")
CAPTIVES = (
    "prisoner", "prisoners", "detainee", "detainees", "hostage", "hostages", "captive", "captives", "POWs",
    "internees",
)  # fmt: skip
# Forms of "lose": "Malawi lost three soldiers" counts the dead, unless the sentence speaks of casualties.
LOSS_VERBS = ("lost", "lose", "loses", "losing")
# Words that make a sentence speak of casualties, the wounded with the dead.
CASUALTY_WORDS = ("casualty", "casualties", "losses", "wounded", "injured", "killed or", "dead and")
# Words of a defence ministry's loss tally, whose "lost N servicemen" counts the dead and wounded
# together: the enemy as the loser, equipment lost alongside, a bulletin's day.
LOSS_TALLY_WORDS = (
    "the enemy", "enemy", "tank", "tanks", "armoured vehicle", "armoured vehicles", "armored vehicle",
    "armored vehicles", "motor vehicles", "howitzer", "howitzers", "artillery", "field guns", "mortars",
    "electronic warfare stations", "combat vehicles", "pickup trucks", "drones", "past 24 hours",
    "previous 24 hours", "last 24 hours", "past day",
    "previous day", "over the day",
)  # fmt: skip
# Cue words that can be a cause after "from"/"of" ("died from injuries"), unlike "of people killed".
CAUSE_NOUNS = ("injury", "injuries", "wound", "wounds", "burns", "hunger", "starvation", "disease")
# Verbs of having: "Ukraine has about 500,000 troops" counts a force's strength.
HAVING_VERBS = (
    "has", "have", "had", "having", "with", "fielded", "fields", "command", "commands", "commanded",
    "counts", "numbers", "numbered", "comprises", "comprising",  # "the mission, which counts 10,000 troops"
)  # fmt: skip
# People an age is given for: "a boy of 8".
AGED_PEOPLE = ("boy", "girl", "child", "baby", "man", "woman", "son", "daughter")
# Groups of people an age bound can follow: "children under five", "men over 60".
AGE_GROUPS = (
    "children",
    "boys",
    "girls",
    "babies",
    "infants",
    "adults",
    "minors",
    "teenagers",
    "men",
    "women",
    "people",
)
# Verbs whose particle looks like a hedge: "handed over 22 servicemen" hedges nothing.
PARTICLE_VERBS = ("hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "took", "taken", "gave")
# Words of harm before "N times": "wounded about 390,000 times" counts wounds, not a multiplier.
HARM_WORDS = ("wounded", "injured", "hurt", "killed")
# What befell "one of its workers": "one of its workers had been killed" counts one.
FATE_PARTICIPLES = ("killed", "wounded", "injured", "captured", "detained", "abducted", "freed", "released")

# Labels of a line that points to another story, as news sites print them: "Related: ...".
LINK_LABELS = (
    "related", "related story", "related stories", "related article", "related coverage", "read more", "read also",
    "also read", "see also", "more on this", "more on this story", "recommended", "watch", "listen",
)  # fmt: skip

# Gatherings whose size is no figure (the guideline: "a crowd, a delegation"): "a crowd of about 10,000".
GATHERING_NOUNS = (
    "crowd", "crowds", "gathering", "audience", "rally", "congregation", "procession", "delegation",
    "turnout", "attendance",
)  # fmt: skip
