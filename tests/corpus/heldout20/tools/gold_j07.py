DOC = "j07_syria_coast_killings"
S = "Syrian Observatory for Human Rights"; SA = ["SOHR", "the observatory", "Britain-based war monitor", "Rami Abdel Rahman"]
N = "Syrian Network for Human Rights"; NA = ["SNHR", "the network"]
ROWS = [
 ("1,383 civilians", 1383, "killed", "exact", "civilians, mostly Alawites, killed in the coastal violence", "Syria", S, SA, "SOHR", "period", "civilian"),
 ("killed at 231", 231, "killed", "exact", "Syrian security personnel killed in the coastal violence", "Syria", S, SA, "SOHR", "period", "military"),
 ("pro-Assad fighters killed at 250", 250, "killed", "exact", "pro-Assad fighters killed in the coastal violence", None, S, SA, "SOHR", "period", "military"),
 ("1,864", 1864, "killed", "exact", "overall death toll from the coastal violence, all sides", None, S, SA, "SOHR", "period", "mixed"),
 ("at least 803 extrajudicial killings", 803, "killed", "at_least", "people killed extrajudicially between March 6 and 10", None, N, NA, "SNHR", "period", "mixed"),
 ("383 were killed", 383, "killed", "exact", "people killed by armed groups loyal to the former government", "Syria", N, NA, "SNHR", "period", "mixed"),
 ("211 civilians", 211, "killed", "exact", "civilians killed by pro-Assad groups", "Syria", N, NA, "SNHR", "period", "civilian"),
 ("172 members of the security forces", 172, "killed", "exact", "security forces killed by pro-Assad groups", "Syria", N, NA, "SNHR", "period", "military"),
 ("at least 420 people", 420, "killed", "at_least", "civilians and disarmed fighters killed by government-aligned forces", None, N, NA, "SNHR", "period", "mixed"),
 ("39 of the dead were children", 39, "killed", "exact", "children among those killed in the coastal violence", "Syria", N, NA, "SNHR", "period", "civilian"),
 ("dozens of its men", None, "killed", "vague", "Syrian army personnel killed in the loyalist attacks", "Syria", "Hassan Abdul Ghani", ["Defence Ministry spokesman", "Defence Ministry", "Syrian Ministry of Defence"], "SYR_MOD", "period", "military"),
 ("95 gunmen", 95, "captured", "exact", "gunmen loyal to the former government captured near Jableh and Qardaha", None, "Interior Ministry", ["Syrian Interior Ministry", "Ministry of Interior"], "SYR_MOI", "event", "military"),
 ("killed three people", 3, "killed", "exact", "people killed in Israeli strikes near Daraa", "Syria", "SANA", ["state news agency", "Syrian Arab News Agency", "local medics"], "SANA", "event", "unknown"),
]
