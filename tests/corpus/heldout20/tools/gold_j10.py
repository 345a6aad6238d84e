DOC = "j10_myanmar_quake_airstrikes"
OH = "Office of the UN High Commissioner for Human Rights"; OHA = ["OHCHR", "UN human rights office", "United Nations human rights office", "Ravina Shamdasani"]
T = "Ta'ang National Liberation Army"; TA = ["TNLA", "ethnic armed group"]
NUG = "National Unity Government"; NUGA = ["NUG", "civilian administration in exile"]
AP = "Assistance Association for Political Prisoners"; APA = ["AAPP", "monitoring group"]
ROWS = [
 ("at least 68 civilians", 68, "killed", "at_least", "civilians killed in military attacks in the two weeks after the earthquake", "Myanmar", OH, OHA, "OHCHR", "period", "civilian"),
 ("killing seven people", 7, "killed", "exact", "people, civilians and TNLA members, killed in air strike on a village in Naungcho township", None, T, TA, "TNLA", "event", "mixed"),
 ("two of the dead", 2, "killed", "exact", "TNLA members killed while clearing rubble in Naungcho", "Ta'ang National Liberation Army", T, TA, "TNLA", "event", "military"),
 ("Nine people were killed", 9, "killed", "exact", "people killed in air strike on a monastery in Myaung township", "Myanmar", "Thant Zin Oo", ["administrator for the local resistance authority", "local resistance authority"], "MYAUNG_ADMIN", "event", "civilian"),
 ("four novice monks", 4, "killed", "exact", "novice monks killed in the Myaung monastery strike", "Myanmar", "Thant Zin Oo", ["administrator for the local resistance authority", "local resistance authority"], "MYAUNG_ADMIN", "event", "civilian"),
 ("about 20 were wounded", 20, "wounded", "approximate", "people wounded in the Myaung monastery strike", "Myanmar", "Thant Zin Oo", ["administrator for the local resistance authority", "local resistance authority"], "MYAUNG_ADMIN", "event", "civilian"),
 ("12 soldiers", 12, "killed", "exact", "Myanmar soldiers killed in resistance attacks since the ceasefire began", "Myanmar", "Zaw Min Tun", ["Junta spokesman", "the junta", "military government", "State Administration Council"], "SAC", "period", "military"),
 ("at least 104 civilians", 104, "killed", "at_least", "civilians killed in junta attacks since the quake", "Myanmar", NUG, NUGA, "NUG", "period", "civilian"),
 ("6,655 civilians", 6655, "killed", "exact", "civilians killed by the military since the February 2021 coup", "Myanmar", AP, APA, "AAPP", "total", "civilian"),
 ("some 22,000 people", 22000, "captured", "approximate", "people held in detention for political reasons", "Myanmar", AP, APA, "AAPP", "total", "civilian"),
 ("roughly 150,000 personnel", 150000, "deployed", "approximate", "current strength of Myanmar's armed forces", "Myanmar", "United States Institute of Peace", ["USIP", "Researchers at the United States Institute of Peace"], "USIP", "total", "military"),
 ("about 5,000 men", 5000, "deployed", "approximate", "conscripts called up in each batch", "Myanmar", None, [], None, "period", "military"),
]
