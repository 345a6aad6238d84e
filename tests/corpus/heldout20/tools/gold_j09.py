DOC = "j09_israel_counts_missile_toll"
PMO = "Prime Minister's Office"; PMO_A = ["Israeli Prime Minister's Office"]
HM = "Health Ministry"; HM_A = ["Israeli Health Ministry", "Israel's Ministry of Health"]
MDA = "Magen David Adom"; MDA_A = ["MDA", "Zaki Heller", "MDA spokesman"]
HR = "Human Rights Activists News Agency"; HR_A = ["HRANA", "independent tally"]
INT = "Two Israeli security officials"; INT_A = ["Israeli security officials", "Military Intelligence Directorate", "IDF's Military Intelligence Directorate", "Israeli military intelligence"]
ROWS = [
 ("killed 28 people", 28, "killed", "exact", "people killed in Israel by Iranian missiles during the 12-day war", "Israel", PMO, PMO_A, "ISR_PMO", "total", "unknown"),
 ("3,238 people", 3238, "wounded", "exact", "people taken to hospital in Israel during the war", "Israel", HM, HM_A, "ISR_MOH", "total", "unknown"),
 ("23 were still hospitalised", 23, "wounded", "exact", "people still hospitalised in serious condition", "Israel", HM, HM_A, "ISR_MOH", "total", "unknown"),
 ("nine people dead", 9, "killed", "exact", "people killed in the missile strike on Bat Yam", "Israel", MDA, MDA_A, "MDA", "event", "civilian"),
 ("more than 200 wounded", 200, "wounded", "at_least", "people wounded in the Bat Yam strike", "Israel", MDA, MDA_A, "MDA", "event", "civilian"),
 ("three workers", 3, "killed", "exact", "workers killed at the Bazan refinery in Haifa", "Israel", None, [], None, "event", "civilian"),
 ("killing four people", 4, "killed", "exact", "people killed in missile strike on Beersheba apartment block", "Israel", None, [], None, "event", "civilian"),
 ("71 people", 71, "wounded", "exact", "staff and patients lightly hurt at Soroka Medical Center", "Israel", "Soroka Medical Center", ["the hospital", "Soroka"], "SOROKA", "event", "civilian"),
 ("610", 610, "killed", "exact", "people killed in Iran", "Iran", "Iran's health ministry", ["Iranian health ministry", "Ministry of Health and Medical Education"], "IRAN_MOH", "total", "unknown"),
 ("1,190 killed", 1190, "killed", "exact", "people killed in Iran in Israeli strikes", "Iran", HR, HR_A, "HRANA", "total", "mixed"),
 ("436 civilians", 436, "killed", "exact", "civilians killed in Iran", "Iran", HR, HR_A, "HRANA", "total", "civilian"),
 ("435 members of the military and security forces", 435, "killed", "exact", "Iranian military and security personnel killed", "Iran", HR, HR_A, "HRANA", "total", "military"),
 ("more than 30 senior Iranian commanders", 30, "killed", "at_least", "senior Iranian commanders killed in Israeli strikes", "Iran", INT, INT_A, "ISR_MID", "total", "military"),
 ("14 nuclear scientists", 14, "killed", "at_least", "Iranian nuclear scientists killed in Israeli strikes", "Iran", INT, INT_A, "ISR_MID", "total", "civilian"),
 ("dozens of Israeli air force personnel", None, "killed", "vague", "Israeli air force personnel at Negev bases, per IRGC claim", "Israel", "Revolutionary Guards", ["Iran's Revolutionary Guards", "IRGC", "Islamic Revolutionary Guard Corps"], "IRGC", "period", "military"),
]
