"""What a figure counts: cue words for each category, and the nouns that name people.

Patterns are regex fragments (verbose-mode safe: no bare spaces, use ``\\s+``).
They are tried in the order written; the first table that matches a context wins.
"""

# Compound cues naming killed and wounded together: always `casualties`.
CASUALTY_COMPOUNDS = (
    r"(?:killed|dead|died)\s+(?:or|and|and/or)\s+(?:\w+ly\s+)?(?:wounded|injured|maimed|hurt)",
    r"(?:deaths|fatalities)\s+(?:or|and)\s+(?:injuries|wounded|injured)",
    r"(?:wounded|injured)\s+(?:or|and)\s+(?:killed|dead)",
)

# Cue words by category, as they stand next to or around a number.
CATEGORY_CUES = {
    "casualties": (
        r"casualt(?:y|ies)", r"loss(?:es)?", r"lost", r"toll\s+of\s+dead\s+and\s+wounded",
    ),
    "killed": (
        r"killed", r"killing", r"kill", r"kills", r"dead", r"deaths?", r"died", r"die", r"dies", r"dying",
        r"fatalit(?:y|ies)", r"fatal(?:ly)?", r"slain", r"slaughtered", r"massacred", r"executed",
        r"perished", r"bodies", r"body\s+count", r"killings", r"death\s+toll", r"toll", r"lives",
        r"succumbed", r"murdered", r"shot\s+dead", r"feared\s+dead", r"obituaries",
    ),
    "wounded": (
        r"wounded", r"wounding", r"wounds?", r"injured", r"injuring", r"injur(?:y|ies)", r"hurt",
        r"maimed",
    ),
    "missing": (r"missing", r"unaccounted\s+for", r"disappeared", r"missing\s+in\s+action"),
    "captured": (
        r"captured", r"capture", r"taken\s+(?:as\s+)?(?:prisoners?|captive|hostages?)", r"took\s+(?:\w+\s+){0,3}prisoners?",
        r"prisoners?(?:\s+of\s+war)?", r"POWs?", r"hostages?", r"detained", r"detainees", r"held\s+captive",
        r"in\s+(?:captivity|detention|custody)", r"surrender(?:ed|s)?", r"laid\s+down\s+(?:their|its)\s+arms",
        r"abducted", r"kidnapped", r"seized", r"taken\s+hostage", r"held", r"imprisoned", r"arrested",
    ),
    "exchanged": (
        r"exchanged?", r"exchanges", r"swap(?:ped|s)?", r"freed", r"released?", r"releasing",
        r"returned", r"repatriated", r"handed\s+over", r"came\s+home", r"come\s+home", r"back\s+on\s+home\s+soil",
        r"were\s+back", r"are\s+back", r"flown\s+home", r"set\s+free", r"return(?:ing)?",
    ),
    "deployed": (
        r"deployed", r"deploy(?:ing|s)?", r"deployment", r"sent", r"send(?:ing|s)?", r"dispatch(?:ed|ing)?",
        r"stationed", r"station", r"based", r"serving", r"serve", r"posted", r"withdrawn", r"withdraw(?:ing|s)?",
        r"pulled\s+out", r"rotated\s+out", r"called\s+up", r"call-up", r"mobili[sz]ed", r"contributes?",
        r"reinforce(?:ments)?", r"-strong", r"strong", r"strength", r"troop\s+levels?", r"presence",
        r"footprint", r"followed", r"arrived", r"operating", r"gathered", r"massed", r"amassed",
        r"on\s+the\s+ground", r"earmarked", r"converged", r"fielded", r"manned", r"authori[sz]ed",
    ),
}

# Category words that decide the category when they stand right after the number
# ("300 killed", "2,700 injured", "48,670 casualties"). Order matters: compounds first.
DIRECT_CATEGORY = {
    "casualties": r"casualt(?:y|ies)|losses",
    "killed": r"killed|dead|deaths|fatalities|killings|bodies|died|slain|executed|murdered|confirmed\s+deaths",
    "wounded": r"wounded|injured|injuries|hurt",
    "missing": r"missing",
}

# Nouns that name people counted as soldiers or a force. With no other cue a number
# of these is a `deployed` figure ("11,000 troops").
FORCE_NOUNS = (
    r"troops?", r"soldiers?", r"servicem[ae]n", r"service\s+members", r"servicewom[ae]n", r"personnel",
    r"fighters?", r"militants?", r"combatants?", r"operatives?", r"gunmen", r"insurgents?", r"rebels?",
    r"militiamen", r"guerrillas?", r"paratroopers?", r"marines?", r"sailors?", r"airmen", r"officers?",
    r"generals?", r"commanders?", r"sappers?", r"engineers?", r"builders?", r"deminers?", r"specialists?",
    r"construction\s+workers", r"reservists?", r"conscripts?", r"recruits?", r"volunteers?", r"mercenaries",
    r"contractors?", r"peacekeepers?", r"police(?:men|\s+officers)?", r"policemen", r"guards?",
    r"reinforcements", r"forces?", r"defenders",
    r"crew(?:\s+members)?", r"escorts?", r"infantry", r"armed\s+men", r"members",
)

# Nouns that name people in general (civilians, victims, captives).
PEOPLE_NOUNS = (
    r"people", r"persons?", r"civilians?", r"children", r"child", r"kids", r"women", r"men", r"boys?", r"girls?",
    r"residents?", r"villagers?", r"victims?", r"individuals", r"workers?", r"staff(?:\s+members)?", r"employees",
    r"journalists?", r"medics?", r"doctors?", r"nurses?", r"paramedics?", r"aid\s+workers?", r"refugees?",
    r"prisoners?", r"captives?", r"hostages?", r"detainees?", r"POWs?", r"Palestinians", r"Israelis",
    r"Ukrainians", r"Russians", r"Koreans", r"North\s+Koreans", r"South\s+Koreans", r"Americans", r"Syrians",
    r"Sudanese", r"Yemenis", r"Lebanese", r"Afghans", r"Iraqis", r"Iranians", r"Congolese", r"Rwandans",
    r"Burundians", r"Haitians", r"Kenyans", r"Alawites", r"Druze", r"Bedouin", r"Kurds", r"Rohingya",
    r"Gazans", r"students", r"pilgrims", r"protesters", r"demonstrators", r"worshippers", r"passengers",
    r"family\s+members", r"relatives", r"lives", r"dead", r"wounded", r"injured", r"killed",
)

# Nouns after a number that make it something other than a count of people.
NON_PEOPLE_NOUNS = (
    r"tanks?", r"drones?", r"missiles?", r"rockets?", r"shells?", r"bombs?", r"aircraft", r"planes?", r"jets?",
    r"helicopters?", r"vehicles?", r"artillery", r"guns?", r"rifles?", r"ships?", r"warships?", r"vessels?",
    r"boats?", r"bombers?", r"systems?", r"launchers?", r"munitions", r"rounds", r"mines", r"weapons?",
    r"bases?", r"outposts?", r"positions", r"towns?", r"villages?", r"cities", r"settlements?", r"locations?",
    r"airports?", r"border\s+crossings", r"crossings", r"buildings?", r"homes?", r"houses?", r"households?",
    r"schools?", r"hospitals?", r"trucks?", r"convoys?", r"testimonies", r"votes?", r"pages?", r"names",
    r"countries", r"nations", r"states", r"divisions?", r"brigades", r"battalions", r"units?", r"groups",
    r"sorties", r"strikes?", r"attacks?", r"assaults?", r"raids?", r"incidents?", r"cases", r"sanctions",
    r"reports?", r"documents?", r"points?", r"seats?", r"kyat", r"dollars", r"euros", r"pounds", r"rubles",
    r"roubles", r"hryvnias?", r"shekels?", r"tonnes?", r"tons?", r"barrels", r"litres", r"acres", r"hectares",
    r"km", r"kilometres?", r"kilometers?", r"miles?", r"metres?", r"meters?", r"feet", r"yards",
    r"square", r"sq", r"degrees", r"years?", r"months?", r"weeks?", r"days?", r"hours?", r"minutes?",
    r"seconds?", r"decades?", r"centuries", r"times\s+(?:the|as|more|higher|larger|greater|bigger|lower|fewer|that|than)",
    r"percentage\s+points", r"calls", r"flights", r"trips", r"meetings", r"rounds\s+of", r"waves",
    r"axes", r"fronts", r"sectors", r"regions?", r"provinces?", r"districts?", r"camps?", r"prisons",
    r"images", r"videos?", r"posts", r"articles", r"words", r"steps", r"miles", r"episodes", r"rotations?",
    r"memorials", r"museums?", r"routes", r"roads", r"bridges", r"airports", r"ports?", r"islands?",
    r"aid\s+trucks", r"meals", r"doses", r"beds", r"graves", r"coffins", r"plots", r"bags",
)

# Words after a number that make it a point in time, not a count.
MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)

# Words before a number that make it a point in time, an age, a rank or a name.
NON_FIGURE_BEFORE = (
    r"aged", r"age", r"ages", r"No\.?", r"number", r"page", r"pp?\.", r"Resolution", r"resolution", r"Article",
    r"article", r"Operation", r"Brigade", r"Battalion", r"Regiment", r"Division", r"Panzerbrigade", r"Unit",
    r"Flight", r"Route", r"Highway", r"Decree", r"decree", r"Law", r"Section", r"Chapter", r"Room", r"Gate",
    r"Building", r"Block", r"Camp", r"Sector", r"Zone", r"Hill", r"Height", r"Platform", r"Line", r"Model",
    r"version", r"Group", r"Force", r"COVID", r"Covid", r"G", r"F", r"Su", r"MiG", r"Tu", r"Ka", r"Mi",
    r"Infantry\s+Battalion", r"Tank\s+Battalion", r"year", r"mid", r"mid-", r"early", r"late",
)

# Hypothetical or future statements that are forecasts, not figures ("thousands could die").
FORECAST = r"(?:could|would|will|might|may|to)\s+(?:\w+\s+)?(?:die|be\s+killed|be\s+wounded|be\s+injured|perish|lose)"
