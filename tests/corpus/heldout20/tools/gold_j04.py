DOC = "j04_factbox_gaza_swaps"
IPS = "Israel Prison Service"; IPS_A = ["IPS"]
PPS = "Palestinian Prisoners' Society"; PPS_A = []
NET = "Binyamin Netanyahu"; NET_A = ["Benjamin Netanyahu", "Netanyahu", "Israeli Prime Minister"]
TH = "Thailand's foreign ministry"; TH_A = ["Thai foreign ministry", "Ministry of Foreign Affairs of Thailand", "Bangkok"]
ROWS = [
 ("251 people", 251, "captured", "exact", "people seized in the October 7, 2023 attack", None, None, [], None, "event", "unknown"),
 ("90 prisoners", 90, "exchanged", "exact", "Palestinian prisoners released on January 19", "Palestine", None, [], None, "event", "unknown"),
 ("69 of them women", 69, "exchanged", "exact", "women among prisoners released on January 19", "Palestine", None, [], None, "event", "unknown"),
 ("21 teenage boys", 21, "exchanged", "exact", "teenage boys among prisoners released on January 19", "Palestine", None, [], None, "event", "unknown"),
 ("four Israeli soldiers", 4, "exchanged", "exact", "Israeli women soldiers freed on January 25", "Israel", None, [], None, "event", "military"),
 ("200 prisoners", 200, "exchanged", "exact", "Palestinian prisoners released on January 25", "Palestine", None, [], None, "event", "unknown"),
 ("121 of whom", 121, "exchanged", "exact", "released prisoners who had been serving life sentences", "Palestine", None, [], None, "event", "unknown"),
 ("three Israelis", 3, "exchanged", "exact", "Israeli hostages freed on January 30", "Israel", None, [], None, "event", "unknown"),
 ("five Thai farm workers", 5, "exchanged", "exact", "Thai farm workers freed in the first phase", "Thailand", None, [], None, "event", "civilian"),
 ("110 Palestinians", 110, "exchanged", "exact", "Palestinians released on January 30", "Palestine", None, [], None, "event", "unknown"),
 ("30 minors", 30, "exchanged", "exact", "minors among Palestinians released on January 30", "Palestine", None, [], None, "event", "civilian"),
 ("183 prisoners", 183, "exchanged", "exact", "Palestinian prisoners released on February 1", "Palestine", None, [], None, "event", "unknown"),
 ("183 more inmates", 183, "exchanged", "exact", "Palestinian prisoners released on February 8", "Palestine", IPS, IPS_A, "IPS", "event", "unknown"),
 ("369 prisoners", 369, "exchanged", "exact", "Palestinian prisoners released on February 15", "Palestine", None, [], None, "event", "unknown"),
 ("six hostages", 6, "exchanged", "exact", "hostages freed on February 22", "Israel", None, [], None, "event", "unknown"),
 ("the 620 prisoners", 620, "exchanged", "exact", "Palestinian prisoners released on February 27", "Palestine", None, [], None, "event", "unknown"),
 ("25 Israeli hostages", 25, "exchanged", "exact", "Israeli hostages freed alive in the first phase", "Israel", None, [], None, "period", "unknown"),
 ("1,755 Palestinian prisoners and detainees", 1755, "exchanged", "exact", "Palestinian prisoners and detainees released in the first phase", "Palestine", None, [], None, "period", "unknown"),
 ("A total of 1,785 people", 1785, "exchanged", "exact", "people released in both directions since January 19", None, None, [], None, "period", "unknown"),
 ("About 1,000 of the Palestinians freed", 1000, "exchanged", "approximate", "Gazans detained during the war among those freed", "Palestine", PPS, PPS_A, "PPS", "period", "unknown"),
 ("some 9,500 Palestinians", 9500, "captured", "approximate", "Palestinians remaining in Israeli jails", "Palestine", PPS, PPS_A, "PPS", "total", "unknown"),
 ("59 hostages", 59, "captured", "exact", "hostages still held in Gaza, including two foreign nationals", None, NET, NET_A, "NETANYAHU", "total", "unknown"),
 ("two foreign nationals", 2, "captured", "exact", "foreign nationals among hostages still held in Gaza", None, NET, NET_A, "NETANYAHU", "total", "civilian"),
 ("31 Thai nationals", 31, "captured", "exact", "Thai nationals abducted on October 7", "Thailand", TH, TH_A, "THAI_MFA", "event", "civilian"),
 ("at least 39 Thai workers", 39, "killed", "at_least", "Thai workers killed in the October 7 attack", "Thailand", TH, TH_A, "THAI_MFA", "event", "civilian"),
 ("Twenty-three Thais", 23, "exchanged", "exact", "Thais freed during the November 2023 truce", "Thailand", TH, TH_A, "THAI_MFA", "event", "civilian"),
]
