"""What a figure counts beyond its category: the stretch of events (scope) and whom (force).

Plain words and phrases only (a space matches any run of white space, case is ignored
unless said); ``extractors/count_cues.py`` builds the patterns and puts the words in
their constructions. The guideline's last section defines the values: ``total`` runs to
the date of the statement, ``period`` is a stated window, ``event`` one attack, battle,
exchange or deployment; ``military``, ``civilian`` or ``mixed`` people.
"""

from .categories import CIVILIAN_TRADES

# ---------------------------------------------------------------- scope

# Words that make a figure a running total wherever they stand near it.
TOTAL_WORDS = (
    "so far", "to date", "in total", "overall", "all told", "cumulative", "running total", "running tally",
    "running count", "throughout the war", "throughout the conflict",
)  # fmt: skip
# What a war is called: "since the invasion", "the toll of the war", "the conflict has killed".
WAR_NOUNS = (
    "war", "invasion", "conflict", "fighting", "coup", "campaign", "offensive", "incursion", "operation",
    "hostilities", "deployment", "insurgency", "occupation",
)  # fmt: skip
# The start of a war after "since the": "since the start of".
START_NOUNS = ("start", "beginning", "outbreak", "onset")
# Verbs of a war beginning: "since it began".
BEGIN_VERBS = ("began", "started", "erupted", "broke out")
# A toll that has grown: "has risen to", "had passed".
RISE_VERBS = ("risen", "climbed", "grown", "passed", "reached", "surpassed", "exceeded", "topped", "crossed")
# What a war has done to its toll: "the war has killed", "has claimed", "has cost".
TOLL_VERBS = ("killed", "claimed", "cost", "left")
# Losses in the present perfect: "have been killed", "has lost", "have died".
LOSS_PARTICIPLES = ("killed", "died", "lost", "suffered", "sustained", "wounded", "injured")
# Adverbs between "has" and its participle: "has now died", "have so far been killed".
PERFECT_ADVERBS = ("now", "also", "so far", "likely", "already", "reportedly")
# Earlier exchanges summed: "freed in earlier exchanges".
PAST_WORDS = ("earlier", "previous", "past", "prior")
EXCHANGE_PLURALS = ("exchanges", "swaps", "releases")
# After "since", words that make the start recent, a window rather than the war so far.
RECENT_START_VERBS = ("resumed", "renewed", "restarted", "collapsed", "broke down", "ended")
# After "since", an end of fighting: what is counted from it is a window, not the war's toll ("since the truce").
TRUCE_NOUNS = (
    "ceasefire", "cease-fire", "truce", "armistice", "peace deal", "peace agreement", "peace accord",
)  # fmt: skip

# One event, named by a noun with a determiner: "the attack", "Tuesday's strike".
EVENT_NOUNS = (
    "attack", "strike", "air strike", "airstrike", "drone strike", "missile strike", "raid", "bombing", "ambush",
    "battle", "explosion", "blast", "shelling", "massacre", "assault", "crash", "clash", "clashes", "shooting",
    "incident", "exchange", "swap", "handover", "ceremony", "stampede", "siege", "offensive", "uprising",
    "seizure", "hijacking", "sinking", "rampage", "bombardment", "surrender",
)  # fmt: skip
EVENT_DETERMINERS = (
    "a", "an", "the", "this", "that", "one", "a single", "the same", "its", "their", "his", "her",
)  # fmt: skip
# Nouns a headline uses for one event without a determiner: "Attack on church kills 43" (not the
# ongoing "shelling", "clashes" or "offensive" of a war).
HEADLINE_EVENT_NOUNS = (
    "attack", "attacks on", "strike", "strikes on", "air strike", "airstrike", "drone strike", "raid", "raids on",
    "bombing", "ambush", "battle", "explosion", "blast", "massacre", "assault", "clash", "shooting", "operation",
    "hijacking", "stampede",
)  # fmt: skip
# Nouns of one event that may also name a campaign: one event where the figure's words give no time
# ("killed 85 militants during an operation", not "the operation it launched in August").
CAMPAIGN_EVENT_NOUNS = ("operation", "operations")
# What is found, recovered or buried after one attack: a count of them is that event's, unless a window
# of its own says otherwise ("40 bodies were pulled from the rubble").
BODY_WORDS = ("bodies", "corpses")
# A run of attacks that makes one event: "the wave of missile strikes".
EVENT_SERIES = ("wave", "barrage", "salvo", "volley")
# A short named stretch of fighting: "the 24-hour operation", "a week of fighting".
SHORT_SPANS = ("hour", "day")
CAMPAIGN_NOUNS = ("operation", "offensive", "campaign", "assault", "siege", "battle", "war")
SPELL_NOUNS = ("week", "day", "days", "night")
FIGHTING_NOUNS = ("fighting", "clashes", "violence")
# Verbs that tell one act: "stormed the camp", "gunmen raided".
EVENT_VERBS = (
    "hit", "struck", "stormed", "bombed", "shelled", "strafed", "raided", "ambushed", "attacked", "overran",
    "overrun", "came down", "crashed", "exploded", "detonated", "opened fire", "fired on", "fired at",
    "laid down their arms", "surrendered", "abducted", "kidnapped", "gunned down", "executed", "massacred",
    "shot dead", "blew up",
)  # fmt: skip
# What happened to people "when" an act took place, and its participle after a comma (", killing eight").
HARM_WORDS = ("killed", "died", "wounded", "injured", "hurt")
HARM_PARTICIPLES = ("killing", "wounding", "injuring")
# Objects that make "launched" an act: "when they launched coordinated attacks".
ATTACK_NOUNS = ("attack", "attacks", "strike", "strikes", "raid", "raids", "assault", "assaults")

# Verbs that make a troop number one deployment (event) rather than a force's strength.
DISPATCH_VERBS = (
    "send", "sends", "sent", "sending", "dispatch", "dispatched", "dispatching", "will deploy", "will station",
    "will base", "to deploy", "called up", "call-up", "call up", "mobilised", "mobilized", "mobilising",
    "mobilizing", "mobilisation", "mobilization", "authorised", "authorized", "authorise", "authorize",
    "approved", "gathered", "massed", "converged", "would follow", "will follow", "to follow", "arrived",
    "moved", "withdrawn", "withdrew", "withdraw", "withdrawing", "pulled out", "pulling out", "pull out", "rotate",
    "rotated", "rotates", "rotating", "earmarked", "pledged", "launched", "drafted", "recruited",
    "plan", "plans", "planned", "to be sent", "to be deployed", "to be called", "left", "leave",
    "leaving", "bring home", "brought home", "bringing home", "expel", "expelled", "expelling", "evacuated",
)  # fmt: skip
# "followed" is a deployment unless a noun follows it ("the announcement followed a disclosure").
FOLLOW_VERBS = ("followed",)
# Words that make a troop number a force's standing strength: "has 2,900 troops in Congo".
STRENGTH_WORDS = (
    "has", "have", "had", "there are", "there were", "currently", "now", "today", "stationed", "serving",
    "on the ground", "in place", "strength", "remain", "remains", "remained", "remaining", "still", "present",
    "operating", "contributes", "supplies", "number", "numbers", "totalling", "totaling", "active", "with",
)  # fmt: skip
# Words that make a number of people held a standing count: "hostages still held in Gaza".
HELD_WORDS = (
    "held", "hold", "holds", "holding", "in captivity", "in detention", "in custody", "remain", "remains",
    "remained", "still",
)  # fmt: skip

# ---------------------------------------------------------------- force

# Nouns for people who fight or serve under arms.
MILITARY_NOUNS = (
    "soldier", "soldiers", "troop", "troops", "serviceman", "servicemen", "servicewoman", "servicewomen",
    "service member", "service members", "personnel", "fighter", "fighters", "militant", "militants",
    "combatant", "combatants", "insurgent", "insurgents", "rebel", "rebels", "gunmen", "militiaman",
    "militiamen", "militia", "militias", "guerrilla", "guerrillas", "paratrooper", "paratroopers", "marine",
    "marines", "airmen", "officer", "officers", "general", "generals", "commander", "commanders", "sapper",
    "sappers", "engineer", "engineers", "deminer", "deminers", "reservist", "reservists",
    "conscript", "conscripts", "recruit", "recruits", "mercenaries", "peacekeeper", "peacekeepers",
    "blue helmets", "police", "policemen", "police officers", "guard", "guards", "force", "forces", "army",
    "armies", "operative", "operatives", "prisoners of war", "POW", "POWs", "defenders", "escort", "escorts",
    "infantry", "armed men", "unit", "units", "battalion", "battalions", "brigade", "brigades", "regiment",
    "regiments", "division", "divisions", "contingent", "contingents", "jihadist", "jihadists", "terrorist",
    "terrorists", "pilot", "pilots", "sniper", "snipers", "security forces", "security personnel",
    "reinforcements", "men under arms", "ranks", "military casualties", "attackers", "assailants",
    "military deaths", "military dead", "military losses", "military fatalities", "elements", "ranger", "rangers",
    "occupiers", "general staff", "khwarij", "khawarij",
)  # fmt: skip
# Nouns for people outside the fighting.
CIVILIAN_NOUNS = (
    "civilian", "civilians", "resident", "residents", "villager", "villagers", "children", "child", "kids",
    "babies", "infants", "women", "girl", "girls", "boys", "patient", "patients", "aid worker", "aid workers",
    "health worker", "health workers", "humanitarian worker", "humanitarian workers", "medic", "medics",
    "doctor", "doctors", "nurse", "nurses", "paramedic", "paramedics", "rescuer", "rescuers", "rescue worker",
    "rescue workers", "journalist", "journalists", "media worker", "media workers", "migrant", "migrants",
    "refugee", "refugees", "displaced", "student", "students", "pupil", "pupils", "worshipper", "worshippers",
    "pilgrim", "pilgrims", "passenger", "passengers", "farmer", "farmers", "fishermen", "teacher", "teachers",
    "hostage", "hostages", "employees", "staff member", "staff members", "aid staff", "medical staff",
    "hospital staff", "UN staff", "civilian staff", "worker", "workers", "family members", "relatives", "elderly",
    "volunteers", "shoppers", "protesters", "demonstrators", "mourners", "team", "teams", "crew", "crews",
    "crew member", "crew members", "sailor", "sailors", "seafarer", "seafarers", "mariner", "mariners",
    # people by work, faith or age that no force holds
    *CIVILIAN_TRADES, "abductees", "drivers", "woman", "scientists", "aid seekers", "family",
    # a body's staff, a country's citizens abroad: "nine of its staff", "41 of its citizens"
    "staff", "colleagues", "citizens", "nationals",
)  # fmt: skip
# Adjectives that decide the force of the noun after them ("military builders", "civilian staff").
MILITARY_MODIFIERS = (
    "military", "army", "combat", "security", "armed", "uniformed", "enemy", "naval", "navy", "tank", "warship",
    "aircraft",
)  # fmt: skip
CIVILIAN_MODIFIERS = (
    "civilian", "humanitarian", "medical", "aid", "health", "emergency", "rescue", "UN", "civil defence",
    "Civil Defence", "civil defense", "Civil Defense",
)  # fmt: skip

# A count said to hold both: "including fighters and civilians", "most of them civilians".
COMBATANT_WORDS = ("fighters", "combatants", "soldiers", "militants")
INCLUDING_WORDS = ("including", "among them", "both")
MOST_WORDS = (
    "most", "many", "the majority", "two-thirds", "half", "a third", "one third", "a quarter",
    "nearly half", "roughly half", "about half", "more than half",
)  # fmt: skip
WHOLE_WORDS = ("them", "whom", "which", "the dead", "those killed")
# Words that say outright that a count holds both: "soldiers and civilians alike", "on all sides".
BOTH_WORDS = (
    "on all sides", "from all sides", "all sides", "both military and civilian", "military and civilian alike",
    "soldiers and civilians alike", "fighters and civilians alike", "combatants and civilians alike",
    "civilians and combatants alike", "civilians and soldiers alike", "civilian and military",
)  # fmt: skip
# Words that open the parts of a count: "43 people, among them 19 women", "a figure that includes combatants".
PARTS_WORDS = (
    "including", "among them", "among whom", "counting", "which includes", "that includes", "includes",
    "most of them", "many of them", "all of them", "mostly", "mainly", "of them",
)  # fmt: skip
# An attack the text says was on civilians: the people it killed are civilians ("the worst attack on
# civilians this year").
ATTACK_ON_CIVILIANS = (
    "attack on civilians", "attacks on civilians", "attack against civilians", "attacks against civilians",
    "strike on civilians", "strikes on civilians", "assault on civilians", "violence against civilians",
    "killing of civilians", "killings of civilians", "massacre of civilians",
)  # fmt: skip
# A body's toll that does not tell civilians from fighters.
UNDISTINGUISHED = (
    "does not distinguish", "do not distinguish", "did not distinguish", "does not differentiate",
    "do not differentiate", "does not separate", "do not separate", "doesn't distinguish", "don't distinguish",
    "doesn’t distinguish", "makes no distinction", "without distinguishing",
)  # fmt: skip
