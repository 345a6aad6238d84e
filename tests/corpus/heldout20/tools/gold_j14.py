DOC = "j14_gaza_war_600_days_retrospective"
MOH = "Hamas-run health ministry in Gaza"; MOHA = ["Gaza health ministry", "health ministry", "Ministry of Health"]
IDF = "Israeli military"; IDFA = ["Israel's military", "Israel Defense Forces", "IDF"]
ROWS = [
 ("About 1,200 people", 1200, "killed", "approximate", "people killed in southern Israel on October 7, 2023", None, "Israeli authorities", ["Israel", "Israeli tallies"], "ISR_AUTH", "event", "mixed"),
 ("dozens of foreign workers and visitors", None, "killed", "vague", "foreign workers and visitors killed on October 7", None, "Israeli authorities", ["Israel", "Israeli tallies"], "ISR_AUTH", "event", "civilian"),
 ("Another 251", 251, "captured", "exact", "people taken hostage into Gaza on October 7", None, "Israeli authorities", ["Israel", "Israeli tallies"], "ISR_AUTH", "event", "unknown"),
 ("105 hostages", 105, "exchanged", "exact", "hostages freed in the November 2023 truce, Israelis, Thais and a Filipino", None, None, [], None, "event", "civilian"),
 ("240 Palestinian prisoners", 240, "exchanged", "exact", "Palestinian prisoners released in the November 2023 truce", "Palestine", None, [], None, "event", "unknown"),
 ("30 more living captives", 30, "exchanged", "exact", "living captives freed in the January-March 2025 truce", None, None, [], None, "event", "unknown"),
 ("56 remain in Gaza", 56, "captured", "exact", "October 7 hostages still held in Gaza", None, None, [], None, "total", "unknown"),
 ("20 of them", 20, "captured", "exact", "hostages known to be alive", None, "Benjamin Netanyahu", ["Netanyahu", "Prime Minister"], "NETANYAHU", "total", "unknown"),
 ("more than 54,600 Palestinians", 54600, "killed", "at_least", "Palestinians killed in Gaza", "Palestine", MOH, MOHA, "GAZA_MOH", "total", "unknown"),
 ("over 125,000 wounded", 125000, "wounded", "at_least", "Palestinians wounded in Gaza", "Palestine", MOH, MOHA, "GAZA_MOH", "total", "unknown"),
 ("64,260", 64260, "killed", "exact", "traumatic deaths in Gaza in the first nine months of the war", "Palestine", "The Lancet", ["study published in The Lancet", "Lancet study"], "LANCET", "period", "unknown"),
 ("between 63,600 and 86,800 people", (63600, 86800), "killed", "range", "violent deaths in Gaza up to January 2025 (household survey)", "Palestine", "Royal Holloway household survey", ["researchers at Royal Holloway", "Royal Holloway, University of London", "household survey"], "RHUL", "period", "unknown"),
 ("about 20,000 fighters", 20000, "killed", "approximate", "Hamas and Islamic Jihad fighters killed in Gaza", None, "An Israeli official", ["Israeli official", "Military Intelligence", "Israeli military intelligence", "Military Intelligence Directorate"], "ISR_MID", "total", "military"),
 ("about 6,000 fighters", 6000, "killed", "approximate", "Hamas fighters killed, per the group (early 2024)", "Hamas", "A senior Hamas official", ["Hamas official", "Hamas"], "HAMAS_OFFICIAL", "total", "military"),
 ("862 soldiers", 862, "killed", "exact", "Israeli soldiers killed since October 7, 2023", "Israel", IDF, IDFA, "IDF", "total", "military"),
 ("including 428", 428, "killed", "exact", "Israeli soldiers killed since the start of the Gaza ground operation", "Israel", IDF, IDFA, "IDF", "period", "military"),
 ("more than 5,900 soldiers", 5900, "wounded", "at_least", "Israeli soldiers wounded", "Israel", "Two officials in the defence establishment", ["Israeli officials", "defence establishment officials"], "ISR_OFFICIALS", "total", "military"),
 ("hundreds of them seriously", None, "wounded", "vague", "Israeli soldiers seriously wounded", "Israel", "Two officials in the defence establishment", ["Israeli officials", "defence establishment officials"], "ISR_OFFICIALS", "total", "military"),
 ("Thousands of bodies", None, "killed", "vague", "bodies thought to lie under the rubble in Gaza", "Palestine", None, [], None, "total", "unknown"),
 ("more than 930 Palestinians", 930, "killed", "at_least", "Palestinians killed in the West Bank since the war began", "Palestine", "UN humanitarian office", ["OCHA", "UN Office for the Coordination of Humanitarian Affairs"], "OCHA", "total", "unknown"),
 ("over 300 of its staff", 300, "killed", "at_least", "UNRWA staff killed in Gaza", "Palestine", "UN agency for Palestine refugees", ["UNRWA"], "UNRWA", "total", "civilian"),
]
