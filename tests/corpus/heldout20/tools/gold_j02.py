DOC = "j02_ocha_west_bank_report"
O = "United Nations Office for the Coordination of Humanitarian Affairs"
OA = ["OCHA", "the humanitarian office", "the report", "UN humanitarian office"]
IDF = "Israeli military"; IDF_A = ["Israel Defense Forces", "IDF", "Israeli army"]
PPS = "Palestinian Prisoners' Society"; PPS_A = ["advocacy group"]
ROWS = [
 ("943 Palestinians", 943, "killed", "exact", "Palestinians killed in the West Bank since October 7, 2023", "Palestine", O, OA, "OCHA", "total", "unknown"),
 ("197 children", 197, "killed", "exact", "Palestinian children killed in the West Bank", "Palestine", O, OA, "OCHA", "total", "civilian"),
 ("906 of them", 906, "killed", "exact", "West Bank Palestinians killed by Israeli forces", "Palestine", O, OA, "OCHA", "total", "unknown"),
 ("settlers 32", 32, "killed", "exact", "West Bank Palestinians killed by settlers", "Palestine", O, OA, "OCHA", "total", "unknown"),
 ("the remaining five deaths", 5, "killed", "exact", "West Bank Palestinians killed by soldiers or settlers (unclear)", "Palestine", O, OA, "OCHA", "total", "unknown"),
 ("More than 7,000 Palestinians", 7000, "wounded", "at_least", "Palestinians injured in the West Bank", "Palestine", O, OA, "OCHA", "total", "unknown"),
 ("74 Palestinians", 74, "killed", "exact", "Palestinians killed in the northern governorates since the Iron Wall operation began", "Palestine", O, OA, "OCHA", "period", "unknown"),
 ("12 children", 12, "killed", "exact", "children killed in the northern West Bank since January 21", "Palestine", O, OA, "OCHA", "period", "civilian"),
 ("36 Israelis", 36, "killed", "exact", "Israelis killed in attacks by West Bank Palestinians", "Israel", O, OA, "OCHA", "total", "mixed"),
 ("22 of them members of Israeli forces", 22, "killed", "exact", "members of Israeli forces killed in attacks by West Bank Palestinians", "Israel", O, OA, "OCHA", "total", "military"),
 ("some 260 were injured", 260, "wounded", "approximate", "Israelis injured in attacks by West Bank Palestinians", "Israel", O, OA, "OCHA", "total", "unknown"),
 ("318 of its staff members", 318, "killed", "exact", "UNRWA staff members killed in Gaza since October 2023", "Palestine", O, OA + ["UNRWA", "UN agency for Palestinian refugees"], "UNRWA", "total", "civilian"),
 ("more than 3,000 wanted Palestinians", 3000, "captured", "at_least", "Palestinians detained in the West Bank since the start of 2025", "Palestine", IDF, IDF_A, "IDF", "period", "unknown"),
 ("more than 10,800 Palestinians", 10800, "captured", "at_least", "Palestinians held in Israeli jails", "Palestine", PPS, PPS_A, "PPS", "total", "unknown"),
 ("about 3,600 administrative detainees", 3600, "captured", "approximate", "Palestinian administrative detainees held without charge", "Palestine", PPS, PPS_A, "PPS", "total", "unknown"),
]
