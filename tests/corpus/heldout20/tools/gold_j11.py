DOC = "j11_myanmar_nawnghkio_claims"
SAC = "True News Information Team of the State Administration Council"
SACA = ["State Administration Council", "Myanmar's military government", "the junta", "Tatmadaw", "SAC", "state television"]
T = "Lway Yay Oo"; TA = ["TNLA", "Ta'ang National Liberation Army", "TNLA spokeswoman"]
ROWS = [
 ("1 hundred and 26 members", 126, "killed", "exact", "TNLA members killed in fighting for Nawnghkio", "Ta'ang National Liberation Army", SAC, SACA, "SAC", "event", "military"),
 ("43 terrorists were arrested", 43, "captured", "exact", "TNLA members arrested in Nawnghkio operations", "Ta'ang National Liberation Army", SAC, SACA, "SAC", "event", "military"),
 ("seven (7) Tatmadaw members", 7, "killed", "exact", "Myanmar military members killed in Nawnghkio operations", "Myanmar", SAC, SACA, "SAC", "event", "military"),
 ("18 were wounded", 18, "wounded", "exact", "Myanmar military members wounded in Nawnghkio operations", "Myanmar", SAC, SACA, "SAC", "event", "military"),
 ("14 of our comrades", 14, "killed", "exact", "TNLA fighters killed in Nawnghkio", "Ta'ang National Liberation Army", T, TA, "TNLA", "event", "military"),
 ("29 were wounded", 29, "wounded", "exact", "TNLA fighters wounded in Nawnghkio", "Ta'ang National Liberation Army", T, TA, "TNLA", "event", "military"),
 ("more than 200 junta soldiers", 200, "killed", "at_least", "junta soldiers killed by TNLA during three weeks of fighting", "Myanmar", T, TA, "TNLA", "event", "military"),
 ("captured 37", 37, "captured", "exact", "junta soldiers captured by TNLA", "Myanmar", T, TA, "TNLA", "event", "military"),
 ("nearly half of its men", 50, ("casualties", "percent"), "at_most", "share of the junta's 99th division lost at Nawnghkio", "Myanmar", T, TA, "TNLA", "event", "military"),
 ("enemy losses up to 23 personnel", 23, "casualties", "at_most", "junta personnel losses on the Kyaukme front on Wednesday", "Myanmar", "Ta'ang National Liberation Army", ["TNLA", "daily battle bulletin", "the group"], "TNLA", "period", "military"),
 ("enemy losses up to 31 personnel", 31, "casualties", "at_most", "junta personnel losses on the Nawnghkio front on Wednesday", "Myanmar", "Ta'ang National Liberation Army", ["TNLA", "daily battle bulletin", "the group"], "TNLA", "period", "military"),
 ("enemy losses 9 personnel", 9, "casualties", "exact", "junta personnel losses on the Hsipaw-Lashio road on Wednesday", "Myanmar", "Ta'ang National Liberation Army", ["TNLA", "daily battle bulletin", "the group"], "TNLA", "period", "military"),
 ("killed 11 civilians", 11, "killed", "exact", "civilians killed by junta air strikes around Nawnghkio in the first week of July", "Myanmar", "Kyaukme Rescue Team", ["local rescue group", "the team"], "SHAN_RESCUE", "period", "civilian"),
 ("three children", 3, "killed", "exact", "children killed in air strikes around Nawnghkio", "Myanmar", "Kyaukme Rescue Team", ["local rescue group", "the team"], "SHAN_RESCUE", "period", "civilian"),
 ("31 civilians", 31, "killed", "exact", "civilians killed across northern Shan State in June", "Myanmar", "Assistance Association for Political Prisoners", ["AAPP"], "AAPP", "period", "civilian"),
 ("more than 1,000 civilians", 1000, "killed", "at_least", "civilians killed in junta air raids in the first half of 2025", "Myanmar", "National Unity Government", ["NUG", "parallel National Unity Government"], "NUG", "period", "civilian"),
 ("around 5 000 new soldiers", 5000, "deployed", "approximate", "new soldiers of the 13th intake sent to units after training", "Myanmar", "State media", ["Myanmar state media", "state television"], "MM_STATE_MEDIA", "event", "military"),
]
