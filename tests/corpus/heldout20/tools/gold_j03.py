DOC = "j03_live_rafah_aid_site"
MOH = "Gaza health ministry"; MOH_A = ["Gaza's health ministry", "the ministry", "health officials", "Health Ministry"]
CD = "Palestinian Civil Defence"; CD_A = ["Gaza's civil defence", "civil defence", "Mahmoud Basal"]
ICRC = "International Committee of the Red Cross"; ICRC_A = ["ICRC", "Red Cross", "its field hospital"]
IDF = "Israeli military"; IDF_A = ["Israel Defense Forces", "IDF", "Israeli army", "Effie Defrin", "the military"]
HM = "Hostages and Missing Families Forum"; HM_A = ["the forum"]
NAS = "Nasser Medical Complex"; NAS_A = ["the hospital", "Staff at the Nasser Medical Complex"]
GMO = "Government Media Office"; GMO_A = ["Gaza's Government Media Office"]
ROWS = [
 ("58 hostages", 58, "captured", "exact", "hostages still held in Gaza, including a Nepali and a Thai", None, HM, HM_A, "HMFF", "total", "unknown"),
 ("About 20 of them", 20, "captured", "approximate", "hostages in Gaza believed to be alive", None, HM, HM_A, "HMFF", "total", "unknown"),
 ("60 people", 60, "killed", "exact", "people killed across Gaza in the past 24 hours", "Palestine", MOH, MOH_A, "GAZA_MOH", "period", "unknown"),
 ("seven members of one family", 7, "killed", "exact", "family members killed in strike on a house in Khan Younis", "Palestine", CD, CD_A, "CIVDEF", "event", "civilian"),
 ("two militants", 2, "killed", "exact", "militants killed in buffer zone in northern Gaza", None, IDF, IDF_A, "IDF", "event", "military"),
 ("31 killed", 31, "killed", "exact", "people killed near the Rafah aid hub", "Palestine", MOH, MOH_A, "GAZA_MOH", "event", "civilian"),
 ("176 wounded", 176, "wounded", "exact", "people wounded near the Rafah aid hub", "Palestine", MOH, MOH_A, "GAZA_MOH", "event", "civilian"),
 ("26 people", 26, "killed", "exact", "people killed near the Rafah site (12:30 toll)", "Palestine", MOH, MOH_A, "GAZA_MOH", "event", "civilian"),
 ("more than 150 wounded", 150, "wounded", "at_least", "people wounded near the Rafah site (12:30 toll)", "Palestine", MOH, MOH_A, "GAZA_MOH", "event", "civilian"),
 ("52 the number of people killed", 52, "killed", "exact", "people killed near GHF sites since May 27", "Palestine", GMO, GMO_A, "GMO", "period", "civilian"),
 ("dozens of injured people", None, "wounded", "vague", "injured people from Rafah received at Nasser", "Palestine", NAS, NAS_A, "NASSER", "event", "civilian"),
 ("179 casualties", 179, "casualties", "exact", "casualties received at the ICRC field hospital in Rafah", "Palestine", ICRC, ICRC_A, "ICRC", "event", "civilian"),
 ("21 of whom were declared dead", 21, "killed", "exact", "patients declared dead on arrival at the ICRC field hospital", "Palestine", ICRC, ICRC_A, "ICRC", "event", "civilian"),
 ("at least 15 people were killed", 15, "killed", "at_least", "people killed near the aid site (civil defence, 08:40)", "Palestine", CD, CD_A, "CIVDEF", "event", "civilian"),
 ("more than 50 wounded", 50, "wounded", "at_least", "people wounded near the aid site (civil defence, 08:40)", "Palestine", CD, CD_A, "CIVDEF", "event", "civilian"),
]
