DOC = "j12_india_pakistan_rival_tolls"
G = "Rajiv Ghai"; GA = ["Indian Army", "Director General of Military Operations", "India's military", "Ghai", "DGMO"]
I = "Inter-Services Public Relations"; IA = ["ISPR", "Pakistan's military media wing", "Pakistan's military", "Ahmed Sharif Chaudhry"]
C = "Ahmed Sharif Chaudhry"; CA = ["ISPR", "Inter-Services Public Relations", "ISPR director general", "Chaudhry"]
PD = "Poonch's deputy commissioner"; PDA = ["deputy commissioner", "Poonch district administration"]
MA = "Masood Azhar"; MAA = ["Jaish-e-Mohammed", "founder of Jaish-e-Mohammed"]
ROWS = [
 ("killed 26 people", 26, "killed", "exact", "people killed in the Pahalgam attack, tourists and a local", None, None, [], None, "event", "civilian"),
 ("25 tourists", 25, "killed", "exact", "tourists killed in the Pahalgam attack, including a Nepali", None, None, [], None, "event", "civilian"),
 ("one of them a Nepali national", 1, "killed", "exact", "Nepali tourist killed at Pahalgam", "Nepal", None, [], None, "event", "civilian"),
 ("more than 100 militants", 100, "killed", "at_least", "militants of Jaish-e-Mohammed and Lashkar-e-Taiba killed in the May 7 strikes", None, G, GA, "INDIAN_ARMY", "event", "military"),
 ("35 to 40 Pakistani army personnel", (35, 40), "killed", "range", "Pakistani army personnel killed along the Line of Control since May 7", "Pakistan", G, GA, "INDIAN_ARMY", "period", "military"),
 ("five armed forces personnel", 5, "killed", "exact", "Indian armed forces personnel killed in the fighting", "India", G, GA, "INDIAN_ARMY", "period", "military"),
 ("16 civilians", 16, "killed", "exact", "Indian civilians killed by Pakistani shelling", "India", G, GA, "INDIAN_ARMY", "period", "civilian"),
 ("12 of them in the Poonch district", 12, "killed", "exact", "civilians killed by Pakistani shelling in Poonch district", "India", G, GA, "INDIAN_ARMY", "period", "civilian"),
 ("close to 60 people", 60, "wounded", "at_most", "people treated for shrapnel wounds at Poonch district hospital", "India", PD, PDA, "POONCH_DC", "period", "civilian"),
 ("killed 40 civilians", 40, "killed", "exact", "Pakistani civilians killed by Indian strikes and cross-border fire", "Pakistan", I, IA, "ISPR", "period", "civilian"),
 ("15 children", 15, "killed", "exact", "Pakistani children killed by Indian strikes and fire", "Pakistan", I, IA, "ISPR", "period", "civilian"),
 ("wounded 121", 121, "wounded", "exact", "Pakistani civilians wounded by Indian strikes and fire", "Pakistan", I, IA, "ISPR", "period", "civilian"),
 ("11 soldiers and airmen", 11, "killed", "exact", "Pakistani soldiers and airmen killed", "Pakistan", I, IA, "ISPR", "period", "military"),
 ("78 were injured", 78, "wounded", "exact", "Pakistani soldiers and airmen injured", "Pakistan", I, IA, "ISPR", "period", "military"),
 ("31 civilians had been killed", 31, "killed", "exact", "Pakistani civilians killed on the day of the strikes", "Pakistan", C, CA, "ISPR", "event", "civilian"),
 ("57 wounded", 57, "wounded", "exact", "Pakistani civilians wounded on the day of the strikes", "Pakistan", C, CA, "ISPR", "event", "civilian"),
 ("dozens of Indian soldiers", None, "killed", "vague", "Indian soldiers killed along the Line of Control", "India", "Pakistani security source", ["security source"], "PAK_SEC", "period", "military"),
 ("ten members of his family", 10, "killed", "exact", "Masood Azhar's family members killed in the Bahawalpur strike", "Pakistan", MA, MAA, "JEM", "event", "civilian"),
 ("four close aides", 4, "killed", "exact", "Masood Azhar's aides killed in the Bahawalpur strike", "Jaish-e-Mohammed", MA, MAA, "JEM", "event", "military"),
]
