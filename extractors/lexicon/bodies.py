"""The words that make a source's name: kinds of national body, roles that speak for a body, seats of
government, capitals, and the head words that tell what kind of source a name is.

A source's one name (``extractors/source_names.py``) is built from these: "Russia's defence ministry",
"the Russian Ministry of Defense" and "the Ministry of Defence of Russia" are all the ``defence ministry``
kind with the owner Russia, named "Ministry of Defence (Russia)".
"""

from .attribution import GROUP_NAME_WORDS

# Kinds of national body: key -> (the name a body of this kind gets, its source type, the phrases that
# name the kind, lower case; "health minister" is read as "health ministry", "minister of X" as
# "ministry of X").
KINDS = {
    "defence ministry": ("Ministry of Defence", "military", (
        "defence ministry", "defense ministry", "ministry of defence", "ministry of defense",
        "ministry of national defence", "ministry of national defense", "national defence ministry",
        "national defense ministry", "defence department", "defense department", "department of defence",
        "department of defense", "mod",
    )),
    "health ministry": ("Ministry of Health", "health authority", (
        "health ministry", "ministry of health", "ministry of public health", "public health ministry",
        "health authorities", "health authority", "health department", "department of health",
    )),
    "interior ministry": ("Ministry of the Interior", "government", (
        "interior ministry", "ministry of interior", "ministry of the interior", "ministry of internal affairs",
        "internal affairs ministry", "home ministry",
    )),
    "foreign ministry": ("Ministry of Foreign Affairs", "government", (
        "foreign ministry", "ministry of foreign affairs", "foreign affairs ministry", "foreign office",
    )),
    "justice ministry": ("Ministry of Justice", "government", ("justice ministry", "ministry of justice")),
    "emergencies ministry": ("Ministry of Emergency Situations", "government", (
        "emergencies ministry", "emergency situations ministry", "ministry of emergency situations",
        "ministry of emergencies",
    )),
    "general staff": ("General Staff", "military", (
        "general staff", "general staff of the armed forces", "general staff of the army",
        "armed forces general staff", "army general staff", "top military command",
    )),
    "joint chiefs": ("Joint Chiefs of Staff", "military", ("joint chiefs of staff", "joint chiefs", "jcs")),
    "military": ("Armed Forces", "military", (
        "military", "army", "armed forces", "defence forces", "defense forces", "defence force", "defense force",
        "forces", "national army",
        "military command", "armed forces command", "junta", "military junta", "military authorities",
        "general command of the armed forces", "general command of the army", "army general command",
    )),
    "navy": ("Navy", "military", ("navy", "naval forces")),
    "air force": ("Air Force", "military", ("air force", "air forces", "air defence forces", "air defense forces")),
    "border guard": ("Border Guard Service", "military", (
        "border guard", "border guards", "border guard service", "border service", "border police",
    )),
    "national guard": ("National Guard", "military", ("national guard",)),
    "military intelligence": ("Military Intelligence", "intelligence", (
        "military intelligence", "defence intelligence", "defense intelligence", "military intelligence agency",
        "military intelligence service", "military intelligence directorate",
    )),
    "intelligence": ("Intelligence Services", "intelligence", (
        "intelligence", "intelligence service", "intelligence services", "intelligence agency",
        "intelligence agencies", "spy agency", "spy agencies", "spy service", "intelligence community",
    )),
    "security service": ("Security Service", "intelligence", (
        "security service", "security services", "state security service", "security agency",
    )),
    "government": ("Government", "government", (
        "government", "authorities", "administration", "cabinet", "regime", "de facto authorities",
        "national government", "federal government", "central government", "interim government",
    )),
    "presidency": ("Presidency", "government", (
        "presidency", "president's office", "presidential office", "office of the president",
        "presidential administration",
    )),
    "prime minister's office": ("Prime Minister's Office", "government", (
        "prime minister's office", "office of the prime minister", "premier's office",
    )),
    "police": ("Police", "government", (
        "police", "national police", "police force", "police service", "police department", "regional police",
    )),
    "civil defence": ("Civil Defence", "government", (
        "civil defence", "civil defense", "civil defence agency", "civil defense agency", "civil defence service",
        "civil defense service", "civil protection", "emergency service", "emergency services",
        "state emergency service", "rescue service", "rescue services",
    )),
    "prosecutor": ("Prosecutor General's Office", "government", (
        "prosecutor-general's office", "prosecutor general's office", "prosecutor's office",
        "office of the prosecutor general", "prosecutor general", "prosecutor-general",
        "general prosecutor's office", "public prosecutor", "attorney general's office",
    )),
    "security council": ("Security Council", "government", ("security council", "national security council")),
    "parliament": ("Parliament", "government", ("parliament", "national assembly", "legislature")),
    "ombudsman": ("Ombudsman", "government", (
        "ombudsman", "human rights ombudsman", "ombudsman's office", "ombudsperson", "human rights defender",
        "human rights commissioner", "commissioner for human rights", "public defender",
    )),
    "media office": ("Government Media Office", "government", ("government media office", "media office")),
    "state media": ("State Media", "media", (
        "state media", "state television", "state tv", "state news agency", "state-run media", "state broadcaster",
        "state-run television", "state-run news agency", "official news agency", "state-controlled media",
    )),
}  # fmt: skip

# Roles whose holder speaks for the body named with them ("Pentagon spokesman", "spokeswoman for the UN
# human rights office", "the ICRC's regional director", "chief of the General Staff"). "Minister" is read
# with its kind ("Health Minister" speaks for the health ministry). A president, prime minister or envoy of
# a country speaks as a person.
SPEAKING_ROLES = (
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "press secretary", "press officer",
    "press service", "press office", "media wing", "media affairs wing", "public relations wing", "press wing",
    "information team", "information office", "management", "representative",
    "head", "chief", "director", "medical director", "hospital director", "medical superintendent",
    "director-general", "director general", "secretary-general", "secretary general", "secretary",
    "high commissioner", "commissioner", "commissioner-general", "commissioner general", "chairman", "chairwoman",
    "chair", "commander", "deputy head",
    "deputy director", "deputy chief", "coordinator", "president", "official", "officials", "officer",
)  # fmt: skip

# Offices held by one person, who speaks as the office ("Estrelia's human rights ombudsman Ana Bel", "the
# prosecutor general"): kinds of ``KINDS``.
OFFICES = ("ombudsman", "prosecutor")

# Offices whose holder speaks as their government, under their own name: the figures of "Ukrainian
# President Volodymyr Zelensky" or "Tina Ruo, the region's governor," have source type government.
GOVERNMENT_OFFICES = (
    "president", "vice president", "vice-president", "prime minister", "premier", "chancellor",
    "head of state", "head of government", "king", "emir", "crown prince", "supreme leader", "governor",
    "mayor", "deputy prime minister", "first minister", "deputy governor", "aide", "presidential aide",
    "adviser", "advisor", "junta leader", "administrator", "district commissioner",
)  # fmt: skip
# Roles whose holder speaks, under their own name, as an armed force ("army chief X", "X, a colonel").
MILITARY_OFFICES = (
    "general", "lieutenant general", "major general", "brigadier general", "brigadier", "colonel",
    "lieutenant colonel", "admiral", "field marshal", "marshal", "army chief",
    "chief of staff", "chief of the general staff", "military commander", "army commander", "field commander",
    "military spokesman", "army spokesman", "military spokesperson", "army spokesperson",
)  # fmt: skip
# Roles whose holder speaks, under their own name, as a health authority ("X, a surgeon at the hospital"); a
# nurse or a combat medic speaks as a person.
HEALTH_OFFICES = (
    "doctor", "surgeon", "physician", "hospital director", "medical director",
    "director of the hospital", "head of the hospital", "health official", "medical officer", "health director",
)  # fmt: skip

# Words before a role that keep it from tying a person to a body now ("a former UN investigator").
FORMER = ("former", "ex", "onetime", "one-time", "retired", "erstwhile")  # "then defence minister" still ties

# Units whose spokespeople speak for their country's ministry of defence ("a spokesman for the Vostok
# battlegroup").
BATTLEGROUPS = ("battlegroup", "battle group", "group of forces", "group of troops", "grouping of forces")

# Buildings and metonyms that stand for a government.
SEATS_OF_GOVERNMENT = {
    "Kremlin": "Russia", "White House": "United States", "Downing Street": "United Kingdom",
    "Elysee": "France", "Élysée": "France", "Elysee Palace": "France", "Blue House": "South Korea",
    "Zhongnanhai": "China", "Bankova": "Ukraine",
}  # fmt: skip

# Capitals that stand for their country ("Seoul's spy agency"), beside those ``SIDES`` already lists.
CAPITALS = {
    "Seoul": "South Korea", "Washington": "United States", "London": "United Kingdom", "Paris": "France",
    "Berlin": "Germany", "Beijing": "China", "Tehran": "Iran", "Damascus": "Syria", "Baghdad": "Iraq",
    "Kabul": "Afghanistan", "Tokyo": "Japan", "Ankara": "Turkey", "Beirut": "Lebanon", "Cairo": "Egypt",
    "Riyadh": "Saudi Arabia", "Kinshasa": "DR Congo", "Kigali": "Rwanda", "Addis Ababa": "Ethiopia",
    "Nairobi": "Kenya", "Mogadishu": "Somalia", "Islamabad": "Pakistan", "New Delhi": "India", "Delhi": "India",
    "Minsk": "Belarus", "Warsaw": "Poland", "Vilnius": "Lithuania", "Riga": "Latvia", "Tallinn": "Estonia",
    "Helsinki": "Finland", "Stockholm": "Sweden", "Oslo": "Norway", "Copenhagen": "Denmark", "Rome": "Italy",
    "Madrid": "Spain", "Yerevan": "Armenia", "Baku": "Azerbaijan", "Tbilisi": "Georgia", "Chisinau": "Moldova",
    "Bamako": "Mali", "Ouagadougou": "Burkina Faso", "Niamey": "Niger", "Naypyidaw": "Myanmar",
    "Tripoli": "Libya", "Abuja": "Nigeria", "Caracas": "Venezuela", "Havana": "Cuba", "Bogota": "Colombia",
    "Bogotá": "Colombia", "Ottawa": "Canada", "Canberra": "Australia", "Amman": "Jordan", "Doha": "Qatar",
    "Abu Dhabi": "United Arab Emirates", "Juba": "South Sudan", "Bangui": "Central African Republic",
    "N'Djamena": "Chad", "Asmara": "Eritrea", "Budapest": "Hungary", "Bucharest": "Romania", "Prague": "Czech Republic",
    "Jerusalem": "Israel", "Port-au-Prince": "Haiti", "Sanaa": "Houthis", "Sana'a": "Houthis",
}  # fmt: skip

# The head words that say what kind of source a name is, checked in this order (the first found wins).
# "Unnamed" heads are read first and only as the phrase's last word: "Israeli military officials" are
# unnamed, "the Israeli military" is not.
UNNAMED_HEADS = (
    "official", "officials", "source", "sources", "resident", "residents", "witness", "witnesses",
    "survivor", "survivors", "villager", "villagers", "relative", "relatives", "activist", "activists",
    "volunteer", "volunteers", "medic", "medics", "doctor", "doctors", "rescuer", "rescuers", "people",
    "diplomat", "diplomats", "estimates", "estimate", "assessments", "assessment", "tallies", "tally",
    "figures", "data", "count", "counts", "observers", "analysts", "experts", "officers", "lawmakers",
    "legislators", "commanders", "soldiers", "fighters", "worker", "workers", "staff", "personnel", "team",
    "group", "groups", "elders", "leaders", "members",
)  # fmt: skip
# People an unnamed source may be, singular: "a security source" and "security sources" are one source.
PERSON_HEADS = (
    "official", "source", "resident", "witness", "survivor", "villager", "relative", "activist", "volunteer",
    "medic", "doctor", "rescuer", "diplomat", "officer", "commander", "soldier", "fighter", "worker", "elder",
    "leader", "member", "lawmaker", "legislator", "observer", "analyst", "expert", "journalist", "blogger",
)  # fmt: skip
TYPE_HEADS = (
    ("international body", (
        "UN", "U.N.", "United Nations", "African Union", "European Union", "International Committee",
        "International Commission",
        "Red Cross", "Red Crescent", "peacekeeping", "peacekeepers", "NATO",
    )),
    ("health authority", (
        "health", "hospital", "hospitals", "morgue", "morgues", "medical", "ambulance", "forensic",
    )),
    ("intelligence", ("intelligence", "spy", "spies", "security service", "security services")),
    ("armed group", (
        "rebel", "rebels", "militia", "militias", "insurgent", "insurgents", "militant", "militants",
        "jihadist", "jihadists", "armed group", "armed groups", "liberation army", "liberation front",
        "independence army", "resistance army", "republican army", "revolutionary army", "self-defence forces",
        "resistance", "guerrilla", "guerrillas", "paramilitary", "paramilitaries", "separatist", "separatists",
        *GROUP_NAME_WORDS,  # "Jaish al-Adl"
    )),
    ("military", (
        "army", "military", "armed forces", "defence forces", "defense forces", "general staff", "joint chiefs",
        "command", "brigade", "battalion", "regiment", "division", "corps", "navy", "air force", "marines",
        "battlegroup", "national guard", "border guard", "defence force", "defense force", "defence ministry",
        "defense ministry", "ministry of defence", "ministry of defense", "troops", "forces",
    )),
    ("media", (
        "media", "news", "outlet", "outlets", "newspaper", "newspapers", "television", "TV", "radio",
        "broadcaster", "channel", "times", "post", "journal", "gazette", "press", "magazine", "reporters",
        "journalists", "correspondents", "news agency", "wire", "blog", "bloggers", "website",
    )),
    ("monitor", (
        "observatory", "monitor", "monitors", "watch", "network", "project", "institute", "centre", "center",
        "university", "school", "researchers", "study", "think tank", "NGO", "foundation", "association",
        "society", "rights", "data", "survey", "analysts", "experts", "charity", "collective",
        "syndicate", "union", "coalition", "initiative", "doctors", "database", "documentation", "monitoring",
        "company", "firm", "research", "researcher", "scientists", "academics", "lawyers", "forum",
    )),
    ("government", (
        "ministry", "ministries", "government", "authorities", "administration", "office", "council",
        "presidency", "cabinet", "parliament", "committee", "commission", "inquiry", "panel", "police",
        "prosecutor", "prosecutors", "governor", "mayor", "municipality", "civil defence", "civil defense",
        "emergency", "court", "state", "regime", "headquarters", "agency", "department", "directorate",
        "bureau", "service", "ombudsman", "president", "embassy",
    )),
)  # fmt: skip

# Nouns that describe the proper name after them ("the news agency AFP", "the monitoring group X",
# "independent outlet Mediazona"): the name is the source, the noun says its type.
DESCRIPTOR_NOUNS = (
    "agency", "news agency", "outlet", "news outlet", "news site", "website", "newspaper", "daily", "broadcaster",
    "channel", "television", "group", "monitoring group", "monitor", "watchdog", "organisation", "organization",
    "NGO", "charity", "think tank", "company", "firm", "operator", "militia", "movement", "network",
    "observatory", "project", "tracker",
)  # fmt: skip

# Capitalised adjectives that name no country ("Western intelligence" is unnamed) and words that look like
# country adjectives ("-an", "-ian", "-i", "-ese") but are not.
NOT_COUNTRIES = (
    "Western", "Eastern", "Northern", "Southern", "European", "African", "Asian", "Arab", "Allied", "Foreign",
    "International", "Regional", "Local", "Federal", "National", "Official", "Independent", "Human",
    "Humanitarian", "Civilian", "Christian", "Veteran", "Republican", "Guardian", "Urban", "Caribbean",
    "Mediterranean", "Orthodox", "Sunni", "Shia", "Shiite", "Muslim", "Jewish", "Kurdish", "Tuareg",
    "Bedouin", "Druze", "Alawite", "Separatist", "Opposition", "Rebel", "Militant", "Islamist", "Jihadist",
)  # fmt: skip

# Words dropped from an unnamed source's description: they do not change who it is ("a senior Israeli
# official" and "Israeli officials" are one source).
RANK_WORDS = ("senior", "top", "high-ranking", "high-level", "unnamed", "anonymous", "several", "some", "two",
              "three", "four", "five", "many", "other", "various", "second", "third", "another")  # fmt: skip

# One spelling for name parts that are written several ways.
NAME_SPELLINGS = {
    "Muhammad": "Mohammed", "Mohammad": "Mohammed", "Mohamed": "Mohammed", "Muhammed": "Mohammed",
    "Mohamad": "Mohammed", "Mahmood": "Mahmoud", "Mahmud": "Mahmoud", "Hussain": "Hussein", "Husain": "Hussein",
    "Abdul": "Abdel", "Abdal": "Abdel", "Yusuf": "Youssef", "Yousef": "Youssef", "Yusef": "Youssef",
    "Kiev": "Kyiv", "Sergey": "Sergei", "Alexey": "Alexei", "Aleksei": "Alexei", "Aleksey": "Alexei",
    "Andrey": "Andrei", "Nikolay": "Nikolai", "Evgeny": "Yevgeny", "Yevgeniy": "Yevgeny",
    "Evgeniy": "Yevgeny", "Valeriy": "Valery", "Valeri": "Valery", "Dmitriy": "Dmitry", "Dmitri": "Dmitry",
    "Shoygu": "Shoigu", "Zelenskiy": "Zelensky", "Zelenskyy": "Zelensky",
    "Zelenski": "Zelensky", "Erdoğan": "Erdogan",
}  # fmt: skip

# Head words of a state's bodies: a body named with one of these is a country's, and its name carries
# the country ("National Guard (Estrelia)"), since many countries have one of the same name.
STATE_HEADS = (
    "ministry", "department", "service", "services", "staff", "headquarters", "guard", "police", "forces",
    "force", "army", "navy", "command", "committee", "council", "office", "agency", "directorate",
    "administration", "government", "parliament", "assembly", "court", "prosecutor", "commission", "inquiry",
    "presidency", "cabinet", "bureau", "authority", "authorities", "corps", "ombudsman", "brigade", "battalion",
    "regiment", "division",
)  # fmt: skip

# What a definite "the <noun>" may stand for: the head words of the body the article named before
# ("the agency" after "the National Intelligence Service (NIS)", "the mission" after "UNIFIL").
ANTECEDENT_HEADS = {
    "agency": ("agency", "service", "directorate", "office", "organization", "organisation"),
    "service": ("service", "agency"),
    "ministry": ("ministry", "department", "minister"),
    "department": ("department", "ministry"),
    "mission": ("mission", "force"),
    "force": ("force", "mission"),
    "committee": ("committee", "commission", "panel", "inquiry"),
    "commission": ("commission", "committee", "panel", "inquiry"),
    "panel": ("panel", "committee", "commission", "inquiry"),
    "inquiry": ("inquiry", "committee", "commission", "panel"),
    "monitor": ("observatory", "monitor", "network", "watch", "project", "group"),
    "observatory": ("observatory", "monitor"),
    "group": ("group", "observatory", "network", "movement", "alliance", "front", "army", "organisation",
              "organization", "association"),
    "organisation": ("organisation", "organization", "group", "agency", "committee", "association", "fund"),
    "organization": ("organization", "organisation", "group", "agency", "committee", "association", "fund"),
    "office": ("office",),
    "council": ("council",),
    "headquarters": ("headquarters",),
    "network": ("network",),
    "alliance": ("alliance", "coalition", "front", "movement"),
    "coalition": ("coalition", "alliance"),
    "charity": ("charity", "organisation", "organization", "foundation"),
    "institute": ("institute", "centre", "center", "school", "university"),
    "brigade": ("brigade", "battalion", "regiment", "division", "corps", "unit"),
    "battalion": ("battalion", "brigade", "regiment", "unit"),
    "unit": ("unit", "brigade", "battalion", "regiment", "division"),
    "division": ("division", "brigade", "corps", "command"),
    "command": ("command", "headquarters", "division", "corps"),
    # a spokesperson the text gives no body: the body it named last ("The UN human rights office ... said.
    # ..., spokesperson Ravina Shamdasani told reporters")
    "spokesperson": ("office", "ministry", "agency", "mission", "army", "military", "force", "forces", "command",
                     "organisation", "organization", "government", "council", "committee", "service"),
    "watchdog": ("watchdog", "observatory", "monitor", "watch"),
    "hospital": ("hospital", "medical complex", "medical centre", "medical center", "clinic"),
    "centre": ("centre", "center"),  # "the Centre" after "the ministry's Emergency Operations Centre"
    "center": ("center", "centre"),
    "administration": ("administration",),  # "the regional administration" after "the Orsk Regional ... Administration"
}  # fmt: skip

# Head nouns of a body the article named before: "Committee spokesman" is the committee's.
GENERIC_HEADS = {
    "committee", "commission", "panel", "inquiry", "ministry", "mission", "agency", "office", "group",
    "organisation", "organization", "monitor", "observatory", "council", "service", "directorate", "army",
    "military", "force", "forces", "movement", "alliance", "coalition", "brigade", "network", "division", "command",
    "headquarters", "battalion", "regiment", "corps", "unit", "hospital", "administration",
}  # fmt: skip
