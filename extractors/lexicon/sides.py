"""Words around a side's name that say what the name stands for, and words that say whose people are counted.

A side's name before "border" is a place, before "ministry" a body, before "troops
killed" an attacker; "the two sides" and "worldwide" spread a figure over several sides;
"it killed" and "its jets struck" make those counted the speaker's enemies.
``extractors/sides.py`` and ``extractors/side_cues.py`` build the patterns.
"""

# ---------------------------------------------------------------- after a side's name

# What a side does or sends to hurt others, right after its name: "US air strikes", "Russian shelling".
ATTACK_WORDS = (
    "strike", "strikes", "attack", "attacks", "attacked", "struck", "shelling", "shelled", "bombing", "bombed",
    "bombardment", "fire", "fired", "tank", "tanks", "drone", "drones", "missile", "missiles", "offensive",
    "resumed", "launched", "assault", "assaults", "invasion", "invaded", "gunmen", "artillery", "airstrike",
    "airstrikes", "raid", "raids", "jet", "jets", "warplanes", "soldiers fired", "rocket", "rockets", "mortar",
    "mortars", "shells", "bomb", "bombs", "gunfire", "sniper", "snipers", "aggression", "occupation", "occupiers",
    "invaders", "incursion", "incursions", "ambush", "ambushes", "blockade", "siege", "bomber", "bombers",
    "helicopter", "helicopters", "gunship", "gunships", "projectile", "projectiles", "munition", "munitions",
)  # fmt: skip
# Armed people a side's name may stand before when they attack: "Israeli troops killed".
ATTACKER_NOUNS = (
    "troops", "soldiers", "forces", "fighters", "militia", "militias", "gunmen", "army", "rebels", "militants",
    "insurgents", "guerrillas", "dissidents", "separatists", "jihadists",
)  # fmt: skip
# Verbs of attack after a side's name or its armed people: "Russian forces shelled", "Hamas abducted".
ATTACK_VERBS = (
    "killed", "abducted", "shot", "executed", "attacked", "shelled", "bombed", "seized", "captured", "detained",
    "massacred", "raided", "stormed", "overran", "kidnapped", "fired on", "wounded", "injured", "struck", "hit",
    "targeted", "ambushed", "besieged",
)  # fmt: skip
# Places a side's name qualifies (the word may begin a longer one: "regional", "borders"):
# "Russia's Kursk region", "Lebanese territory", "Israeli airspace".
PLACE_NOUNS = (
    "border", "region", "province", "coast", "capital", "city", "territory", "soil", "frontier", "airspace",
    "waters",
)  # fmt: skip
# A border after a side's name: "near the Ukrainian border", "Russian border areas".
BORDER_NOUNS = ("border", "borders", "frontier", "border area", "border areas")
# Nouns after a demonym that make it a language, no one's people: "known by its French initials MSF".
LANGUAGE_NOUNS = ("initials", "acronym", "abbreviation", "name", "translation", "spelling", "language", "word")
# Words before a side's name that make it a neighbour: "which borders Ukraine", "on the border with Russia".
NEIGHBOUR_WORDS = (
    "border", "borders", "bordering", "neighbouring", "neighboring", "border with", "frontier with", "boundary with",
)  # fmt: skip
# Bodies and people who speak for a side, after its name: "Russia's Security Council", "Russian news agencies".
BODY_WORDS = (
    "council", "ministry", "media", "news", "agency", "agencies", "government", "officials", "intelligence",
    "embassy", "parliament", "authorities", "president", "leader", "state media", "court", "prosecutor",
    "prosecutors", "spokesman", "spokeswoman", "spokesperson", "tally", "count", "figures", "estimate",
    "estimates", "defence", "defense", "foreign", "health", "lawmakers", "legislators", "diplomats", "envoy",
    "envoys", "journalists", "reporters", "counterpart", "counterparts", "allies", "partners", "affiliate",
    "affiliates", "branch", "offshoot", "franchise", "faction",
)  # fmt: skip

# ---------------------------------------------------------------- before a side's name

# Words of direction or control between a preposition and a side's name as a place: "in eastern Ukraine",
# "in occupied Crimea".
PLACE_QUALIFIERS = (
    "north", "south", "east", "west", "central", "occupied", "southern", "northern", "eastern", "western",
    "north-eastern", "north-western", "south-eastern", "south-western",
)  # fmt: skip
# Words right before a side's name that make it the other party: "fighting against Ukrainian forces".
OPPONENT_WORDS = ("against", "invading", "invaded", "versus")
# Fighting "with" a side: "clashes with Israeli forces", "the war with Russia".
CONFLICT_NOUNS = (
    "war", "wars", "fighting", "clash", "clashes", "skirmish", "skirmishes", "hostilities", "battle", "battles",
    "conflict", "confrontation", "confrontations", "border clashes",
)  # fmt: skip
# Verbs of serving in another's force: "Colombian volunteers fighting for Ukraine".
SERVING_VERBS = ("fighting", "fought", "serving", "served", "enlisted")

# ---------------------------------------------------------------- several sides

# Words after a figure that spread its people over the world: "212 aid workers worldwide".
WORLDWIDE_WORDS = ("worldwide", "around the world", "across the world", "across the globe", "combined")
# Amounts of countries: "33 migrants from several countries" (number words come from lexicon/numbers.py).
SEVERAL_WORDS = ("several", "many", "various", "different", "multiple", "a dozen")
# What there are several of: "from many nations".
NATION_NOUNS = ("countries", "nations", "nationalities")
# Parties that "the two" or "both" make several sides: "the two sides released 1,000 detainees".
PARTY_NOUNS = ("sides", "countries", "armies", "parties", "nations", "warring parties")
# Words that make a force several nations': "a 5,000-troop joint force", "a multinational mission".
JOINT_WORDS = ("joint", "multinational", "multi-national")
JOINT_FORCE_NOUNS = ("force", "forces", "mission", "contingent", "brigade")

# ---------------------------------------------------------------- the speaker as agent

# A speaker's own armed people after "its", "their", "our": "its troops killed", "their fighters took".
AGENT_FORCES = ("troops", "forces", "soldiers", "units", "fighters", "men")
# What else a body (after "its") sends to kill or capture: "its jets struck", "its army took".
AGENT_ARMS = ("army", "jets", "drones")
# Units a speaker calls its own: "our battalion captured".
UNIT_NOUNS = ("unit", "battalion", "brigade", "regiment", "company", "platoon", "division")
# What the speaker's side did to those counted: "the army said it killed 45 militants".
AGENT_VERBS = (
    "killed", "captured", "detained", "arrested", "took", "taken", "eliminated", "neutralised", "neutralized",
    "destroyed", "shot", "seized", "abducted", "wounded", "injured", "repelled",
)  # fmt: skip

# ---------------------------------------------------------------- crews

# Words for a merchant ship, whose crew is of no one nation: "cargo vessels", "a tanker".
MERCHANT_WORDS = ("merchant", "cargo", "commercial", "container", "bulk")
SHIP_NOUNS = ("ship", "vessel", "carrier")  # after one of the above: "merchant ships"
MERCHANT_SHIPS = ("tanker", "freighter")  # alone: "a grain freighter"
# Military craft, whose crew is its state's: "the crew of the downed Il-76", "a warship's crew".
MILITARY_CRAFT = (
    "plane", "aircraft", "jet", "helicopter", "bomber", "flown", "flight", "warship", "frigate", "destroyer",
    "corvette", "submarine", "gunboat", "cruiser", "tank",
)  # fmt: skip
