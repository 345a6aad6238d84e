DOC = "j01_gaza_ministry_daily_toll"
MOH = "Palestinian Health Ministry in Gaza"
MOH_A = ["Gaza health ministry", "Health Ministry", "the ministry", "Zaher al-Wahidi", "ministry's information unit"]
NAS = "Nasser Medical Complex"; NAS_A = ["the hospital", "Nasser hospital", "the complex"]
GMO = "Government Media Office"; GMO_A = ["Gaza's Government Media Office", "the office", "Gaza media office"]
IDF = "Israel Defense Forces"; IDF_A = ["IDF", "the military", "Israeli military", "Israel"]
# span, number, category, qualifier, subject, side, claimant, aliases, source, scope, force
ROWS = [
 ("5,194 killed", 5194, "killed", "exact", "Palestinians killed in Gaza since the ceasefire collapsed on March 18", "Palestine", MOH, MOH_A, "GAZA_MOH", "period", "unknown"),
 ("17,197 injured", 17197, "wounded", "exact", "people injured in Gaza since March 18", "Palestine", MOH, MOH_A, "GAZA_MOH", "period", "unknown"),
 ("88 bodies", 88, "killed", "exact", "bodies received by Gaza hospitals in the past 24 hours", "Palestine", MOH, MOH_A, "GAZA_MOH", "period", "unknown"),
 ("295 injured people", 295, "wounded", "exact", "injured people received in the past 24 hours", "Palestine", MOH, MOH_A, "GAZA_MOH", "period", "unknown"),
 ("55,362 dead", 55362, "killed", "exact", "people killed in Gaza since October 7, 2023", "Palestine", MOH, MOH_A, "GAZA_MOH", "total", "unknown"),
 ("128,741 wounded", 128741, "wounded", "exact", "people wounded in Gaza since October 7, 2023", "Palestine", MOH, MOH_A, "GAZA_MOH", "total", "unknown"),
 ("41 were people shot", 41, "killed", "exact", "aid seekers shot dead near GHF distribution points in the past day", "Palestine", MOH, MOH_A, "GAZA_MOH", "period", "civilian"),
 ("274 the number of aid seekers killed", 274, "killed", "exact", "aid seekers killed near distribution sites since late May", "Palestine", MOH, MOH_A, "GAZA_MOH", "period", "civilian"),
 ("more than 2,000 others wounded", 2000, "wounded", "at_least", "aid seekers wounded near distribution sites since late May", "Palestine", MOH, MOH_A, "GAZA_MOH", "period", "civilian"),
 ("dozens of Hamas operatives", None, "killed", "vague", "Hamas operatives killed in Khan Younis and Jabalia over the past week", "Hamas", IDF, IDF_A, "IDF", "period", "military"),
 ("14 people killed", 14, "killed", "exact", "displaced people killed in strike on tents in al-Mawasi", "Palestine", NAS, NAS_A, "NASSER", "event", "civilian"),
 ("Six of them were children", 6, "killed", "exact", "children killed in al-Mawasi tent strike", "Palestine", NAS, NAS_A, "NASSER", "event", "civilian"),
 ("A further 30 people", 30, "wounded", "exact", "people treated at Nasser for wounds from the al-Mawasi strike", "Palestine", NAS, NAS_A, "NASSER", "event", "civilian"),
 ("1,580 medical workers", 1580, "killed", "exact", "medical workers killed in Gaza since the war began", "Palestine", GMO, GMO_A, "GMO", "total", "civilian"),
 ("at least 227 journalists", 227, "killed", "at_least", "journalists killed in Gaza since the war began", "Palestine", GMO, GMO_A, "GMO", "total", "civilian"),
 ("some 11,000 people remained missing", 11000, "missing", "approximate", "people missing in Gaza, many believed under rubble", "Palestine", GMO, GMO_A, "GMO", "total", "unknown"),
 ("about 20,000 of the dead are militants", 20000, "killed", "approximate", "militants among the Gaza dead", None, IDF, IDF_A + ["its military"], "IDF", "total", "military"),
]
