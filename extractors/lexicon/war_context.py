"""Whether a figure comes from war: words for war's violence, and for the other news that counts people.

Plain words and phrases, matched whole and in any case; ``extractors.war_context``
builds its patterns from them and says how they decide.
"""

# The acts, weapons and fighters of war and armed conflict, in words other news does not use:
# a sentence with one of these speaks of war, whatever else it names.
WAR_VIOLENCE = (
    "shelling", "shelled", "artillery", "mortar", "mortars", "airstrike", "airstrikes", "air strike",
    "air strikes", "air raid", "air raids", "drone strike", "drone strikes", "drone attack", "drone attacks",
    "missile", "missiles", "rocket fire", "rockets", "bomb", "bombs", "bombing", "bombings", "bombed",
    "bombardment", "car bomb", "suicide bomber", "improvised explosive device", "landmine", "landmines",
    "sniper", "snipers", "militant", "militants", "militia", "militias", "militiamen", "paramilitary",
    "paramilitaries", "insurgent", "insurgents", "insurgency", "jihadist", "jihadists", "guerrilla",
    "guerrillas", "rebel", "rebels", "armed group", "armed groups", "gunmen", "terrorist", "terrorists",
    "terror attack", "prisoner of war", "prisoners of war", "POW", "POWs",
    "prisoner exchange", "prisoner swap", "genocide", "ethnic cleansing", "war crimes", "killed in action",
    "counteroffensive", "counter-offensive", "incursion", "warship", "warships", "shot down", "called to arms",
    "to the front", "at the front", "uprising",
)  # fmt: skip

# Words war shares with other news ("fans clashed with police", "a battle scene", "floods in
# war-torn Sudan"): they speak of war only where the sentence names no other cause or setting.
SHARED_WITH_WAR = (
    "war", "wars", "wartime", "warfare", "warring", "war-torn", "war zone", "ceasefire", "cease-fire", "truce",
    "armistice", "invasion", "invaded", "occupied territories", "occupying forces", "front line",
    "front lines", "frontline", "combat", "battlefield", "attack", "attacks", "attacked", "attacker",
    "attackers", "strike", "strikes", "raid", "raids", "raided", "clash", "clashes", "clashed", "fighting",
    "fought", "fighters", "battle", "battles", "assault", "assaults", "ambush", "ambushed", "siege",
    "offensive", "violence", "gunfire", "opened fire", "explosion", "explosions", "blast", "blasts",
    "killings", "massacre", "massacred", "drone", "drones", "junta", "shot dead", "gunshot", "gunshots",
    "civilian", "civilians", "hostage", "hostages", "conflict", "conflicts", "conflict zone", "occupied",
    "occupation", "coup", "hostilities", "under fire",
)  # fmt: skip

# Phrases in which a word above means no violence at all: read as if they were not there.
NOT_VIOLENCE = (
    "trade war", "trade wars", "price war", "price wars", "bidding war", "culture war", "culture wars",
    "war of words", "conflict of interest", "conflicts of interest",
    "war on drugs", "war on poverty", "war chest", "war room", "heart attack",
    "heart attacks", "panic attack", "asthma attack", "shark attack", "dog attack", "cyber attack",
    "cyberattack", "on strike", "general strike", "hunger strike", "strike action",
    "legal battle", "court battle", "battle with cancer", "fight against cancer", "title fight",
    "police raid", "police raids", "dawn raid", "dawn raids", "drug raid", "drug raids", "bomb threat",
    "bomb scare", "drone footage", "drone show", "box office bomb", "bombed at the box office", "Star Wars",
    # rivalry in business, media or crime
    "fare war", "fare wars", "tariff war", "tariff wars", "currency war", "currency wars", "ratings war",
    "turf war", "turf wars", "format war", "console war", "console wars", "streaming war", "streaming wars",
    "bidding wars", "talent war", "war for talent",
    # things thrown or let off in riots and pranks, and a charge in criminal law
    "petrol bomb", "petrol bombs", "smoke bomb", "smoke bombs", "stink bomb", "stink bombs", "public violence",
    # a comparison, said of places at peace
    "like a war zone", "like a battlefield", "like a battle zone",
)  # fmt: skip

# Other ways people die or are hurt, which the guideline keeps out of the table unless
# the fighting caused them: a sentence naming one gives no dead or wounded, unless it names war's violence.
OTHER_CAUSES = (
    # natural disasters
    "earthquake", "earthquakes", "quake", "aftershock", "aftershocks", "tsunami", "flood", "floods",
    "flooding", "floodwaters", "flash flood", "landslide", "landslides", "mudslide", "mudslides", "avalanche",
    "cyclone", "hurricane", "typhoon", "tornado", "tropical storm", "storm surge", "blizzard", "heatwave",
    "heat wave", "drought", "wildfire", "wildfires", "bushfire", "forest fire", "volcano", "eruption",
    "monsoon", "torrential rain", "heavy rain", "heavy rains", "lightning strike", "struck by lightning",
    "killed by lightning",
    # accidents (named as such: an army calling a strike "an accident" still names the strike)
    "road accident", "road accidents", "traffic accident", "traffic accidents", "car accident", "bus accident",
    "industrial accident", "mining accident", "boating accident", "plane crash", "car crash", "bus crash",
    "train crash", "helicopter crash", "crash", "crashed", "collision", "collided", "derailed", "derailment",
    "capsized", "shipwreck", "stampede", "crowd crush", "gas explosion", "gas leak", "building collapse",
    "bridge collapse", "mine collapse", "blaze", "house fire", "fire broke out", "drowned", "drowning",
    "electrocuted", "fire swept", "fire ripped", "fire tore", "blazes", "smoke inhalation", "food poisoning",
    "carbon monoxide", "heatstroke", "heat stroke", "heat exhaustion",
    # fighting a fire names the fire ("firefighters battled the blaze", "soldiers sent to fight wildfires")
    *(f"{verb} {fire}" for verb in ("fight", "fights", "fought", "fighting", "battle", "battled", "battles",
        "battling", "tackle", "tackled", "tackling") for fire in ("flames", "the flames", "the fire", "the fires",
        "fires", "the blaze", "blazes", "the blazes", "wildfires", "the wildfires", "bushfires", "forest fires")),
    # disease ("outbreak" alone is left out: "since the outbreak of war")
    "epidemic", "pandemic", "suspected cases", "cholera", "measles", "malaria", "dengue", "Ebola", "mpox", "COVID",
    "COVID-19", "coronavirus", "influenza", "flu", "virus",
)  # fmt: skip

# Settings of ordinary news where people are counted (fans at a game, a film's cast, a
# parade, a workforce), in words war reports hardly use: a sentence naming one gives no
# figure unless it names war's violence, and war's shared words there are metaphor or
# staging ("the fans clashed"). Words war reports use of places that are attacked (a
# stadium, a ceremony, a league, a rescue operation) are left out.
OTHER_SETTINGS = (
    # sport
    "football", "soccer", "cricket", "rugby", "tennis", "basketball", "baseball", "hockey", "tournament",
    "championship", "Premier League", "Champions League", "World Cup", "Olympics", "Olympic", "marathon",
    "fans", "spectators", "referee", "kick-off", "Grand Prix", "derby", "cup tie", "cup final", "home side",
    "away side", "final whistle", "half-time", "yellow card", "red card", "wickets", "innings", "bowler",
    "batsman", "goalkeeper",
    # film and stage
    "film", "films", "movie", "movies", "extras", "premiere", "box office",
    # soldiers in peaceful roles, and war played at
    "parade", "parades", "simulated", "simulation", "role-players",
    # crime for gain
    "robbery", "robberies", "robbers", "heist", "burglary", "burglaries", "fraud", "fraudsters", "scam",
    "scams", "scammers",
    # work and business
    "workforce", "layoffs", "laid off", "job cuts", "shareholders", "strikers", "walkout", "trade union",
)  # fmt: skip

# People who fight: a count of them dead, hurt, held or freed is a war figure where
# nothing names another cause ("two soldiers were killed, the army said"); a count of
# them sent somewhere is not by itself (soldiers clear snow and march in parades).
COMBATANTS = (
    "soldier", "soldiers", "troops", "serviceman", "servicemen", "servicewoman", "servicewomen",
    "service members", "fighters", "combatants", "paratroopers", "marines", "conscripts", "reservists",
    "mercenaries", "peacekeepers", "prisoners of war", "POWs", "militants", "insurgents", "rebels",
)  # fmt: skip

# Words of ordinary news that war reports also use (protests, crime, exercises, jobs), too
# common there to rule out a figure in their sentence: they only weigh an article towards
# ordinary news, where a sentence holding one names nothing of war.
OTHER_TOPICS = (
    # protest and policing of crowds
    "protest", "protests", "protester", "protesters", "protestors", "demonstrators", "demonstration",
    "demonstrations", "rally", "rallies", "march", "marched", "marchers", "riot police", "tear gas",
    "water cannon", "unions", "walked out",
    # crime and the courts
    "kidnapping", "kidnappings", "kidnapped", "kidnappers", "ransom", "prosecutors", "prosecutor", "magistrate",
    "suspects", "investigators",
    # sport and entertainment
    "match", "matches", "stadium", "supporters", "players", "festival", "concert",
    # business
    "jobs", "employees", "shares", "investors", "investments", "passengers", "customers", "profits",
    # rehearsals and drills
    "exercise", "exercises", "drill", "drills",
)  # fmt: skip

# Words for an exchange of prisoners, which only wars hold: "500 prisoners were swapped".
SWAP_WORDS = ("exchanged", "exchange", "exchanges", "swapped", "swap", "swaps")
