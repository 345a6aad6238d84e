DOC = "j06_wire_bekaa_strikes"
M = "Lebanon's health ministry"; MA = ["Lebanese health ministry", "Ministry of Public Health", "health ministry"]
ROWS = [
 ("killed 12 people", 12, "killed", "exact", "people killed in Israeli strikes on the Bekaa valley, Lebanese and Syrian", None, M, MA, "LEB_MOH", "event", "unknown"),
 ("wounded 15 others", 15, "wounded", "exact", "people wounded in Israeli strikes on the Bekaa valley", None, M, MA, "LEB_MOH", "event", "unknown"),
 ("seven of the dead", 7, "killed", "exact", "Syrian nationals killed in the Bekaa strikes", "Syria", "Lebanese security source", ["security source", "the source"], "LEB_SEC", "event", "unknown"),
 ("two Hezbollah", 2, "captured", "exact", "Hezbollah operatives detained near the border", "Hezbollah", "Israeli military", ["Israel Defense Forces", "IDF", "Israeli army"], "IDF", "event", "military"),
 ("two of its soldiers", 2, "wounded", "exact", "Lebanese soldiers wounded by an Israeli drone grenade", "Lebanon", "Lebanese army", ["Lebanese Armed Forces", "the army"], "LAF", "event", "military"),
 ("killed two brothers", 2, "killed", "exact", "brothers killed in a strike in Kfar Roummane", "Lebanon", None, [], None, "event", "unknown"),
 ("She said 38", 38, "killed", "exact", "people killed in Nabatieh governorate since the ceasefire", "Lebanon", "Howaida Turk", ["Nabatieh governor", "the governorate"], "NABATIEH", "period", "unknown"),
 ("more than 250 people", 250, "killed", "at_least", "people killed by Israeli strikes in Lebanon since the November 27 ceasefire", "Lebanon", M, MA, "LEB_MOH", "period", "unknown"),
 ("more than 4,000", 4000, "killed", "at_least", "people killed in Lebanon in the 14-month war", "Lebanon", None, [], None, "total", "unknown"),
 ("about 4,000 of the group's fighters", 4000, "killed", "approximate", "Hezbollah fighters killed in the war", "Hezbollah", "Two Israeli officials", ["Israeli officials", "military intelligence directorate", "Aman", "Israeli military intelligence"], "ISR_MID", "total", "military"),
 ("around 5,000", 5000, "killed", "approximate", "Hezbollah fighters killed in the war", "Hezbollah", "source close to Hezbollah", ["A source close to Hezbollah"], "HEZB_SOURCE", "total", "military"),
 ("some 13,000 more had been", 13000, "wounded", "approximate", "Hezbollah fighters wounded in the war", "Hezbollah", "source close to Hezbollah", ["A source close to Hezbollah"], "HEZB_SOURCE", "total", "military"),
]
