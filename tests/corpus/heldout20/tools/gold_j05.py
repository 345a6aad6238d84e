DOC = "j05_unifil_contingents_mandate"
U = "UNIFIL"; UA = ["UN Interim Force in Lebanon", "the mission", "Andrea Tenenti", "mission's latest figures"]
M = "Lebanon's health ministry"; MA = ["Lebanese health ministry", "Ministry of Public Health", "Rakan Nassreddine", "Health Minister"]
ROWS = [
 ("some 10,000 peacekeepers", 10000, "deployed", "approximate", "UNIFIL peacekeepers in southern Lebanon", "United Nations", None, [], None, "total", "military"),
]
for name, n, span in [("Indonesia", 1232, "Indonesia (1,232)"), ("Italy", 1068, "Italy (1,068)"), ("India", 903, "India (903)"),
                      ("Nepal", 876, "Nepal (876)"), ("Ghana", 872, "Ghana (872)"), ("Malaysia", 830, "Malaysia (830)"),
                      ("Spain", 672, "Spain (672)"), ("France", 661, "France (661)"), ("China", 418, "China (418)"),
                      ("Ireland", 344, "Ireland (344)"), ("South Korea", 279, "South Korea (279)")]:
    ROWS.append((span, n, "deployed", "exact", f"{name}'s contingent in UNIFIL", "United Nations", U, UA, "UNIFIL", "event", "military"))
ROWS += [
 ("At least 20 peacekeepers", 20, "wounded", "at_least", "UNIFIL peacekeepers wounded during the Israel-Hezbollah war", "United Nations", U, UA, "UNIFIL", "total", "military"),
 ("four Italian soldiers", 4, "wounded", "exact", "Italian UNIFIL peacekeepers hurt by rockets at Chamaa", "United Nations", U, UA, "UNIFIL", "event", "military"),
 ("about 6,000 soldiers", 6000, "deployed", "approximate", "Lebanese army soldiers deployed south of the Litani", "Lebanon", "Lebanese army", ["Lebanese Armed Forces", "the army"], "LAF", "event", "military"),
 ("killed 4,285 people", 4285, "killed", "exact", "people killed in Lebanon between October 8, 2023 and the ceasefire", "Lebanon", M, MA, "LEB_MOH", "total", "unknown"),
 ("wounded 17,415", 17415, "wounded", "exact", "people wounded in Lebanon during the war", "Lebanon", M, MA, "LEB_MOH", "total", "unknown"),
 ("more than 270 more people", 270, "killed", "at_least", "people killed by Israeli strikes in Lebanon since the truce", "Lebanon", "Rakan Nassreddine", ["Health Minister", "Lebanon's health ministry", "Nassreddine"], "LEB_MOH", "period", "unknown"),
 ("wounded about 900", 900, "wounded", "approximate", "people wounded by Israeli strikes in Lebanon since the truce", "Lebanon", "Rakan Nassreddine", ["Health Minister", "Lebanon's health ministry", "Nassreddine"], "LEB_MOH", "period", "unknown"),
 ("at least 71 of those killed", 71, "killed", "at_least", "civilians killed in Lebanon since the ceasefire", "Lebanon", "UN human rights office", ["OHCHR", "Office of the UN High Commissioner for Human Rights"], "OHCHR", "period", "civilian"),
 ("killed two people", 2, "killed", "exact", "people killed in Israeli drone strike on a car in the Nabatieh area", "Lebanon", None, [], None, "event", "unknown"),
 ("1,143 dead", 1143, "killed", "exact", "Nabatieh governorate residents killed during the war", "Lebanon", "Howaida Turk", ["regional governor", "governor of Nabatieh", "the governorate"], "NABATIEH", "total", "unknown"),
]
