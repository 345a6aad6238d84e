DOC = "j08_iran_health_ministry_martyrs"
K = "Hossein Kermanpour"; KA = ["Ministry of Health and Medical Education", "Health Ministry", "Iran's health ministry", "the spokesman", "Kermanpour"]
J = "Asghar Jahangir"; JA = ["Judiciary spokesman", "Judiciary", "Jahangir"]
G = "Islamic Revolutionary Guard Corps"; GA = ["IRGC", "Public Relations of the Islamic Revolutionary Guard Corps", "IRGC Public Relations"]
ROWS = [
 ("six hundred and ten of our dear compatriots", 610, "killed", "exact", "Iranians killed in Israeli attacks since 13 June", "Iran", K, KA, "IRAN_MOH", "total", "unknown"),
 ("4 746 others injured", 4746, "wounded", "exact", "Iranians injured in Israeli attacks since 13 June", "Iran", K, KA, "IRAN_MOH", "total", "unknown"),
 ("3 thousand 508", 3508, "wounded", "exact", "injured Iranians treated and discharged", "Iran", K, KA, "IRAN_MOH", "total", "unknown"),
 ("twenty in critical condition", 20, "wounded", "exact", "injured Iranians in critical condition", "Iran", K, KA, "IRAN_MOH", "total", "unknown"),
 ("forty nine women", 49, "killed", "exact", "women among the Iranians killed", "Iran", K, KA, "IRAN_MOH", "total", "civilian"),
 ("thirteen children", 13, "killed", "exact", "children among the Iranians killed", "Iran", K, KA, "IRAN_MOH", "total", "civilian"),
 ("5 members of the medical staff", 5, "killed", "exact", "Iranian medical staff killed", "Iran", K, KA, "IRAN_MOH", "total", "civilian"),
 ("two physicians", 2, "killed", "exact", "physicians among medical staff killed", "Iran", K, KA, "IRAN_MOH", "total", "civilian"),
 ("fifty two people", 52, "killed", "exact", "people killed in Kermanshah province", "Iran", K, KA, "IRAN_MOH", "total", "unknown"),
 ("seventy one (71) people", 71, "killed", "exact", "staff, conscripts, prisoners and visitors killed in the strike on Evin prison", "Iran", J, JA, "IRAN_JUD", "event", "mixed"),
 ("700 individuals", 700, "captured", "exact", "people arrested as alleged Israeli spies during the war", "Iran", J, JA, "IRAN_JUD", "period", "unknown"),
 ("hundreds of the regime's military personnel", None, "casualties", "vague", "Israeli military personnel killed or wounded in True Promise 3 strikes", "Israel", G, GA, "IRGC", "period", "military"),
]
