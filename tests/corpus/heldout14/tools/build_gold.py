#!/usr/bin/env python3
"""Builds OUTDIR/gold.jsonl from the compact annotation tables below.
Line tuple: (span, number, category, qualifier, subject, side, claimant_key, scope, force[, unit])
number: int/float = value; (lo, hi) = range; None = vague."""
import json, os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold.jsonl")

# canonical sources: key -> (source, source_type, source_country)
S = {
    "RUMOD": ("Ministry of Defence (Russia)", "military", "Russia"),
    "UAGS": ("General Staff of the Armed Forces of Ukraine", "military", "Ukraine"),
    "ZEL": ("Volodymyr Zelensky", "person", "Ukraine"),
    "NIS": ("National Intelligence Service (South Korea)", "intelligence", "South Korea"),
    "HUR": ("Defence Intelligence of Ukraine (HUR)", "intelligence", "Ukraine"),
    "UKMOD": ("Ministry of Defence (United Kingdom)", "military", "United Kingdom"),
    "KHRMA": ("Kharkiv Regional Military Administration", "government", "Ukraine"),
    "KHCITY": ("Kharkiv City Council", "government", "Ukraine"),
    "KHPROS": ("Kharkiv Regional Prosecutor's Office", "government", "Ukraine"),
    "BELGOV": ("Belgorod Region Governor's Office", "government", "Russia"),
    "KURSKGOV": ("Kursk Region Governor's Office", "government", "Russia"),
    "MEDIAZONA": ("Mediazona", "media", "Russia"),
    "SOF": ("Special Operations Forces (Ukraine)", "military", "Ukraine"),
    "USOFF": ("US official", "unnamed", "United States"),
    "USOFFS": ("US officials", "unnamed", "United States"),
    "PENTOFF": ("Pentagon official", "unnamed", "United States"),
    "CHQ": ("Coordination Headquarters for the Treatment of Prisoners of War (Ukraine)", "government", "Ukraine"),
    "OMBUA": ("Ukrainian Parliament Commissioner for Human Rights", "government", "Ukraine"),
    "SESU": ("State Emergency Service of Ukraine", "government", "Ukraine"),
    "HRMMU": ("UN Human Rights Monitoring Mission in Ukraine", "international body", None),
    "RUEMERG": ("source in the Belgorod regional emergency services", "unnamed", "Russia"),
    "GMOH": ("Ministry of Health (Gaza)", "health authority", "Palestine"),
    "NASSER": ("Nasser Medical Complex", "health authority", "Palestine"),
    "PCD": ("Palestinian Civil Defence (Gaza)", "government", "Palestine"),
    "GMO": ("Government Media Office (Gaza)", "government", "Palestine"),
    "IDF": ("Israel Defense Forces", "military", "Israel"),
    "ISRGOV": ("Israeli government", "government", "Israel"),
    "PMO": ("Prime Minister's Office (Israel)", "government", "Israel"),
    "ISRAUTH": ("Israeli government", "government", "Israel"),
    "OCHA": ("UN Office for the Coordination of Humanitarian Affairs (OCHA)", "international body", None),
    "UNRWA": ("UNRWA", "international body", None),
    "WHO": ("World Health Organization", "international body", None),
    "AWSD": ("Aid Worker Security Database", "monitor", None),
    "LBMOH": ("Ministry of Public Health (Lebanon)", "health authority", "Lebanon"),
    "HEZSRC": ("source close to Hezbollah", "unnamed", "Lebanon"),
    "LAF": ("Lebanese Armed Forces", "military", "Lebanon"),
    "UNIFIL": ("United Nations Interim Force in Lebanon (UNIFIL)", "international body", None),
    "IRMOH": ("Ministry of Health (Iran)", "health authority", "Iran"),
    "IRJUD": ("Judiciary of Iran", "government", "Iran"),
    "HRANA": ("Human Rights Activists News Agency (HRANA)", "monitor", "Iran"),
    "IRGC": ("Islamic Revolution Guards Corps", "military", "Iran"),
    "HAMAS": ("Hamas", "armed group", "Palestine"),
    "PPS": ("Palestinian Prisoners' Society", "monitor", "Palestine"),
    "HAMOKED": ("HaMoked", "monitor", "Israel"),
    "BUCHA": ("Bucha city authorities", "government", "Ukraine"),
    "AP": ("Associated Press", "media", "United States"),
    "PAMOH": ("Palestinian Ministry of Health (Ramallah)", "health authority", "Palestine"),
    "SANAACD": ("Civil Defence (Sanaa)", "government", "Yemen"),
    "SANAAMOH": ("Ministry of Health (Sanaa)", "health authority", "Yemen"),
    "WIO": ("Western intelligence officials", "unnamed", None),
    "ICRC": ("International Committee of the Red Cross", "international body", None),
}

RUMOD_AL = ["Russia's Defence Ministry", "Russian Defence Ministry", "Russian Defense Ministry", "Russian Ministry of Defence", "Ministry of Defence of the Russian Federation", "Igor Konashenkov"]
GS_AL = ["Ukraine's General Staff", "General Staff", "Ukrainian General Staff", "General Staff of the Armed Forces of Ukraine"]
ZEL_AL = ["Zelensky", "Zelenskyy", "Zelenskiy", "Ukrainian President", "Ukraine's president"]
NIS_AL = ["National Intelligence Service", "NIS", "South Korea's spy agency", "South Korean lawmaker", "Seoul's spy agency", "Lee Seong-kweun"]
GMOH_AL = ["Health Ministry in Gaza", "Gaza health ministry", "Gaza's health ministry", "Hamas-run health ministry", "health ministry", "Gaza-based health authorities", "Ministry of Health in Gaza"]
SYN_AL = ["Oleh Syniehubov", "Syniehubov", "Kharkiv Regional Military Administration", "regional governor", "governor"]

def C(claimant, aliases, src):
    return (claimant, aliases, src)

DOCS = {}

DOCS["y01_ru_mod_daily_losses"] = ({
    "mod": C("Russia's Defence Ministry", RUMOD_AL, "RUMOD"),
    "gs": C("Ukraine's General Staff", GS_AL, "UAGS"),
    "mz": C("Mediazona", ["BBC News Russian"], "MEDIAZONA"),
    "shoigu": C("Sergei Shoigu", ["Shoigu", "defence minister", "Russian Defence Ministry"], "RUMOD"),
    "glad": C("Vyacheslav Gladkov", ["Gladkov", "Belgorod governor", "Governor"], "BELGOV"),
}, [
    ("up to 1,325 servicemen", 1325, "casualties", "at_most", "Ukrainian servicemen, all sectors, past 24 hours", "Ukraine", "mod", "period", "military"),
    ("up to 200 servicemen", 200, "casualties", "at_most", "Ukrainian servicemen facing the Sever battlegroup", "Ukraine", "mod", "period", "military"),
    ("up to 220 servicemen", 220, "casualties", "at_most", "Ukrainian servicemen facing the Zapad battlegroup", "Ukraine", "mod", "period", "military"),
    ("up to 175 servicemen", 175, "casualties", "at_most", "Ukrainian servicemen facing the Yug battlegroup", "Ukraine", "mod", "period", "military"),
    ("up to 470 servicemen", 470, "casualties", "at_most", "Ukrainian servicemen facing the Tsentr battlegroup", "Ukraine", "mod", "period", "military"),
    ("up to 205 servicemen", 205, "casualties", "at_most", "Ukrainian servicemen facing the Vostok battlegroup", "Ukraine", "mod", "period", "military"),
    ("up to 55 servicemen", 55, "casualties", "at_most", "Ukrainian servicemen facing the Dnepr battlegroup", "Ukraine", "mod", "period", "military"),
    ("14 Ukrainian soldiers", 14, "captured", "exact", "Ukrainian soldiers who laid down their arms near Krasnoarmeysk", "Ukraine", "mod", "event", "military"),
    ("Three more servicemen", 3, "captured", "exact", "servicemen of the 155th mechanised brigade who surrendered", "Ukraine", "mod", "event", "military"),
    ("as many as 40 foreign mercenaries", 40, "killed", "at_most", "foreign mercenaries fighting for Kyiv near Kupyansk", "Ukraine", "mod", "event", "military"),
    ("more than 9,400 servicemen", 9400, "casualties", "at_least", "Ukrainian servicemen, week of June 7-13", "Ukraine", "mod", "period", "military"),
    ("5,937 dead", 5937, "killed", "exact", "Russian servicemen (official toll, September 2022)", "Russia", "shoigu", "total", "military"),
    ("1,060 troops", 1060, "casualties", "exact", "Russian troops killed and wounded over the previous day", "Russia", "gs", "period", "military"),
    ("more than 108,000 Russian soldiers", 108000, "killed", "at_least", "Russian soldiers identified by name", "Russia", "mz", "total", "military"),
    ("one civilian was killed", 1, "killed", "exact", "civilian in a car near Shebekino", "Russia", "glad", "event", "civilian"),
    ("three were injured", 3, "wounded", "exact", "people in a car near Shebekino", "Russia", "glad", "event", "unknown"),
])

DOCS["y02_ukr_genstaff_million"] = ({
    "gs": C("General Staff of the Armed Forces of Ukraine", GS_AL, "UAGS"),
    "zel": C("Volodymyr Zelenskyy", ZEL_AL, "ZEL"),
    "yusov": C("Andriy Yusov", ["Yusov", "Defence Intelligence of Ukraine", "HUR"], "HUR"),
    "di": C("Britain's Defence Intelligence", ["Defence Intelligence", "UK Ministry of Defence", "British intelligence"], "UKMOD"),
    "syn": C("Oleh Syniehubov", SYN_AL, "KHRMA"),
}, [
    ("1,000,340 troops", 1000340, "casualties", "approximate", "Russian troops killed and wounded since February 24, 2022", "Russia", "gs", "total", "military"),
    ("including 1,140 over the past day", 1140, "casualties", "approximate", "Russian troops killed and wounded over the past day", "Russia", "gs", "period", "military"),
    ("more than 46,000", 46000, "killed", "at_least", "Ukrainian soldiers", "Ukraine", "zel", "total", "military"),
    ("about a thousand men", 1000, "casualties", "approximate", "Russian soldiers killed and wounded every day", "Russia", "zel", "period", "military"),
    ("roughly 695,000 troops", 695000, "deployed", "approximate", "Russian troops in occupied territories and Russian border regions", "Russia", "yusov", "total", "military"),
    ("some 30,000 new contract soldiers a month", 30000, "deployed", "approximate", "new Russian contract soldiers signed up a month", "Russia", "yusov", "period", "military"),
    ("1,286 a day", 1286, "casualties", "exact", "Russian casualties per day in May", "Russia", "di", "period", "military"),
    ("killed two civilians", 2, "killed", "exact", "civilians in the Kharkiv region, past day", "Ukraine", "syn", "period", "civilian"),
    ("wounded nine", 9, "wounded", "exact", "people in the Kharkiv region, past day", "Ukraine", "syn", "period", "unknown"),
    # the subset "two of / them children" is hard-wrapped: the span keeps the part on one line
    ("two of", 2, "wounded", "exact", "children wounded in the Kharkiv region", "Ukraine", "syn", "period", "civilian"),
])

DOCS["y03_nk_troops_kursk_broadcaster"] = ({
    "lee": C("Lee Seong-kweun", NIS_AL, "NIS"),
    "nis": C("National Intelligence Service", NIS_AL, "NIS"),
    "zel": C("Volodymyr Zelensky", ZEL_AL, "ZEL"),
    "hur": C("Main Directorate of Intelligence", ["Ukraine's military intelligence agency", "HUR", "GUR", "Defence Intelligence of Ukraine"], "HUR"),
    "sof": C("Special Operations Forces", ["Ukraine's Special Operations Forces", "SSO"], "SOF"),
    "usoff": C("a US official", ["US official"], "USOFF"),
    "mod": C("Russia's Defence Ministry", RUMOD_AL, "RUMOD"),
}, [
    ("About 300 North Korean soldiers", 300, "killed", "approximate", "North Korean soldiers in Kursk", "North Korea", "lee", "total", "military"),
    ("2,700 wounded", 2700, "wounded", "approximate", "North Korean soldiers in Kursk", "North Korea", "lee", "total", "military"),
    ("some 11,000 troops", 11000, "deployed", "approximate", "North Korean troops sent to Russia", "North Korea", "nis", "event", "military"),
    ("Two soldiers", 2, "captured", "exact", "North Korean soldiers captured in the Kursk region", "North Korea", "zel", "event", "military"),
    ("nearly 3,800 North Koreans", 3800, "casualties", "at_most", "North Korean soldiers killed or wounded", "North Korea", "zel", "total", "military"),
    ("about 1,000 casualties", 1000, "casualties", "approximate", "North Korean soldiers in a single week near Plekhovo and Vorozhba", "North Korea", "hur", "period", "military"),
    ("a further 1,000 to 1,500 North Korean soldiers", (1000, 1500), "deployed", "range", "North Korean reinforcements moved to the front this month", "North Korea", "hur", "event", "military"),
    ("killed 21 North Korean soldiers", 21, "killed", "exact", "North Korean soldiers in one clash", "North Korea", "sof", "event", "military"),
    ("wounded six more", 6, "wounded", "exact", "North Korean soldiers in one clash", "North Korea", "sof", "event", "military"),
    ("\"hundreds\" of casualties", None, "casualties", "vague", "North Korean soldiers", "North Korea", "usoff", "total", "military"),
    ("roughly a quarter of the force", 25, "casualties", "approximate", "share of the North Korean force killed or wounded", "North Korea", None, "total", "military", "percent"),
    ("more than 49,000 servicemen", 49000, "casualties", "at_least", "Ukrainian servicemen killed and wounded in the Kursk incursion since August", "Ukraine", "mod", "period", "military"),
    ("hundreds of Russian soldiers", None, "captured", "vague", "Russian soldiers taken prisoner in the Kursk region", "Russia", None, "period", "military"),
])

DOCS["y04_istanbul_swap_completed"] = ({
    "chq": C("Coordination Headquarters for the Treatment of Prisoners of War", ["Coordination Headquarters", "headquarters", "Ukraine's Coordination Headquarters"], "CHQ"),
    "mod": C("Russia's Defence Ministry", RUMOD_AL + ["Russian ministry"], "RUMOD"),
    "zel": C("Volodymyr Zelensky", ZEL_AL, "ZEL"),
    "lub": C("Dmytro Lubinets", ["Lubinets", "parliamentary human rights commissioner", "ombudsman"], "OMBUA"),
    "ses": C("State Emergency Service", ["Ukraine's State Emergency Service", "State Emergency Service of Ukraine"], "SESU"),
}, [
    ("2,000", 2000, "exchanged", "exact", "captives who went home across the front line in three days (both sides)", None, None, "event", "mixed"),
    ("390 Ukrainians", 390, "exchanged", "exact", "Ukrainians returned on Friday", "Ukraine", "chq", "event", "mixed"),
    ("270 soldiers", 270, "exchanged", "exact", "Ukrainian soldiers returned on Friday", "Ukraine", "chq", "event", "military"),
    ("120 civilians", 120, "exchanged", "exact", "Ukrainian civilians returned on Friday", "Ukraine", "chq", "event", "civilian"),
    ("270 servicemen", 270, "exchanged", "exact", "Russian servicemen returned on Friday", "Russia", "mod", "event", "military"),
    ("120 civilians, some of them residents", 120, "exchanged", "exact", "Russian civilians returned on Friday", "Russia", "mod", "event", "civilian"),
    ("another 307 Ukrainian defenders", 307, "exchanged", "exact", "Ukrainian defenders returned on Saturday", "Ukraine", "zel", "event", "military"),
    ("307 Russian servicemen", 307, "exchanged", "exact", "Russian servicemen handed over on Saturday", "Russia", "mod", "event", "military"),
    ("Another 303 Ukrainian defenders", 303, "exchanged", "exact", "Ukrainian defenders returned on Sunday", "Ukraine", "zel", "event", "military"),
    ("1,000 of our people", 1000, "exchanged", "exact", "Ukrainians returned over three days", "Ukraine", "zel", "event", "mixed"),
    ("1,000 Russian servicemen and civilians", 1000, "exchanged", "exact", "Russians returned under the Istanbul agreements", "Russia", "mod", "event", "mixed"),
    ("4,757 Ukrainians", 4757, "exchanged", "exact", "Ukrainians freed in earlier exchanges since the invasion", "Ukraine", "chq", "total", "unknown"),
    ("More than 8,000 Ukrainians", 8000, "captured", "at_least", "Ukrainians in Russian captivity", "Ukraine", "lub", "total", "unknown"),
    ("tens of thousands of soldiers and civilians", None, "missing", "vague", "Ukrainian soldiers and civilians listed as missing", "Ukraine", "lub", "total", "mixed"),
    ("the bodies of 909 soldiers", 909, "killed", "exact", "Ukrainian soldiers whose bodies were repatriated", "Ukraine", "chq", "unknown", "military"),
    ("At least 12 people", 12, "killed", "at_least", "people killed across Ukraine in the overnight air attack", "Ukraine", "ses", "event", "unknown"),
    ("three children", 3, "killed", "at_least", "children killed in the Zhytomyr region", "Ukraine", "ses", "event", "civilian"),
    ("Dozens more", None, "wounded", "vague", "people wounded in Kyiv, Khmelnytskyi and Mykolaiv", "Ukraine", "ses", "event", "unknown"),
])

DOCS["y05_kharkiv_strike_live"] = ({
    "syn": C("Oleh Syniehubov", SYN_AL + ["head of the Kharkiv Regional Military Administration"], "KHRMA"),
    "rma": C("Kharkiv Regional Military Administration", SYN_AL, "KHRMA"),
    "pros": C("Kharkiv regional prosecutor's office", ["prosecutor's office", "Kharkiv Regional Prosecutor's Office"], "KHPROS"),
    "ter": C("Ihor Terekhov", ["Terekhov", "city mayor", "mayor"], "KHCITY"),
    "zel": C("Volodymyr Zelensky", ZEL_AL, "ZEL"),
    "hrmmu": C("UN Human Rights Monitoring Mission in Ukraine", ["HRMMU", "UN monitoring mission", "UN human rights monitors"], "HRMMU"),
}, [
    ("Three people", 3, "killed", "exact", "people killed in the overnight attack on Kharkiv", "Ukraine", "syn", "event", "unknown"),
    ("23 injured", 23, "wounded", "exact", "people injured in the overnight attack on Kharkiv (final)", "Ukraine", "syn", "event", "unknown"),
    ("12 remain in hospital", 12, "wounded", "exact", "injured still in hospital (evening)", "Ukraine", "syn", "event", "unknown"),
    ("two of them in intensive care", 2, "wounded", "exact", "injured in intensive care", "Ukraine", "syn", "event", "unknown"),
    ("one civilian", 1, "killed", "exact", "civilian man in a car in Kupiansk district", "Ukraine", "pros", "event", "civilian"),
    ("21 people", 21, "wounded", "exact", "people injured in Kharkiv (14:40)", "Ukraine", "syn", "event", "unknown"),
    ("four children", 4, "wounded", "exact", "children injured in Kharkiv (14:40)", "Ukraine", "syn", "event", "civilian"),
    ("Eleven remain in hospital", 11, "wounded", "exact", "injured in hospital (14:40)", "Ukraine", "syn", "event", "unknown"),
    ("17 people", 17, "wounded", "exact", "people injured in Kharkiv (09:10)", "Ukraine", "rma", "event", "unknown"),
    ("three children", 3, "wounded", "exact", "children injured in Kharkiv (09:10)", "Ukraine", "rma", "event", "civilian"),
    ("Five of them", 5, "wounded", "exact", "injured in serious condition", "Ukraine", "rma", "event", "unknown"),
    ("Two people", 2, "killed", "exact", "people killed in Kharkiv (08:25)", "Ukraine", "ter", "event", "unknown"),
    ("One person was killed", 1, "killed", "exact", "person killed in Kharkiv (07:05)", "Ukraine", "syn", "event", "unknown"),
    ("at least 10", 10, "wounded", "at_least", "people injured in Kharkiv (07:05)", "Ukraine", "syn", "event", "unknown"),
    ("dozens", None, "wounded", "vague", "people wounded in Kharkiv overnight", "Ukraine", "zel", "event", "unknown"),
    ("at least 183 civilians", 183, "killed", "at_least", "civilians killed across Ukraine in May", "Ukraine", "hrmmu", "period", "civilian"),
    ("1,029 injured", 1029, "wounded", "at_least", "civilians injured across Ukraine in May", "Ukraine", "hrmmu", "period", "civilian"),
])

DOCS["y06_belgorod_kursk_tass"] = ({
    "glad": C("Vyacheslav Gladkov", ["Gladkov", "Governor", "Belgorod Region governor"], "BELGOV"),
    "src": C("a source in the regional emergency services", ["source in the regional emergency services"], "RUEMERG"),
    "smir": C("Alexei Smirnov", ["Smirnov", "acting Governor", "Kursk Region governor"], "KURSKGOV"),
    "mod": C("Russian Defence Ministry", RUMOD_AL, "RUMOD"),
}, [
    ("5 civilians", 5, "wounded", "exact", "civilians in the Belgorod Region, past day", "Russia", "glad", "period", "civilian"),
    ("Two men were injured", 2, "wounded", "exact", "men in a car in Shebekino", "Russia", "glad", "event", "civilian"),
    ("fifty two civilians", 52, "wounded", "exact", "civilians in the Belgorod Region, past seven days", "Russia", "glad", "period", "civilian"),
    ("6 children", 6, "wounded", "exact", "children injured in the Belgorod Region, past seven days", "Russia", "glad", "period", "civilian"),
    ("more than 3 thousand 200 residents", 3200, "wounded", "at_least", "residents of the Belgorod Region since the start of the operation", "Russia", "glad", "total", "civilian"),
    ("two hundred forty three", 243, "killed", "exact", "residents of the Belgorod Region since the start of the operation", "Russia", "glad", "total", "civilian"),
    ("the bodies of three people", 3, "killed", "exact", "people recovered from a house in Grayvoron", "Russia", "src", "event", "unknown"),
    ("killing two passengers", 2, "killed", "exact", "bus passengers near Lgov", "Russia", "smir", "event", "civilian"),
    ("injuring seven", 7, "wounded", "exact", "bus passengers near Lgov", "Russia", "smir", "event", "civilian"),
    ("more than 400 servicemen", 400, "casualties", "at_least", "Ukrainian servicemen in the Kursk direction, past day", "Ukraine", "mod", "period", "military"),
    ("over 40 000 servicemen", 40000, "casualties", "at_least", "Ukrainian servicemen since the start of hostilities in the Kursk Region", "Ukraine", "mod", "total", "military"),
    ("nine servicemen", 9, "captured", "exact", "servicemen of the 22nd mechanised brigade who surrendered", "Ukraine", "mod", "event", "military"),
])

DOCS["y07_gaza_moh_bulletin"] = ({
    "moh": C("Health Ministry in Gaza", GMOH_AL, "GMOH"),
    "nasser": C("Nasser Medical Complex", ["Nasser hospital", "hospital"], "NASSER"),
    "basal": C("Mahmoud Basal", ["Basal", "Palestinian Civil Defence", "civil defence"], "PCD"),
    "gmo": C("Government Media Office in Gaza", ["Government Media Office", "Gaza Government Media Office"], "GMO"),
    "idf": C("Israeli army", ["Israel Defense Forces", "IDF", "Israeli military", "army"], "IDF"),
    "isr": C("Israel", ["Israeli government", "Israeli officials"], "ISRGOV"),
}, [
    ("55,297", 55297, "killed", "exact", "people killed in Gaza since October 2023", "Palestine", "moh", "total", "unknown"),
    ("128,426 people", 128426, "wounded", "exact", "people injured in Gaza since the war began", "Palestine", "moh", "total", "unknown"),
    ("58 dead", 58, "killed", "exact", "dead received by hospitals over the past 24 hours", "Palestine", "moh", "period", "unknown"),
    ("203 injured", 203, "wounded", "exact", "injured received by hospitals over the past 24 hours", "Palestine", "moh", "period", "unknown"),
    ("5,194 Palestinians", 5194, "killed", "exact", "Palestinians killed since March 18", "Palestine", "moh", "period", "unknown"),
    ("17,197 injured", 17197, "wounded", "exact", "Palestinians injured since March 18", "Palestine", "moh", "period", "unknown"),
    ("16,503 children", 16503, "killed", "exact", "children killed since October 2023", "Palestine", "moh", "total", "civilian"),
    ("at least 274 people", 274, "killed", "at_least", "aid seekers killed near distribution points since May 27", "Palestine", "moh", "period", "civilian"),
    ("more than 2,000 injured", 2000, "wounded", "at_least", "aid seekers injured near distribution points since May 27", "Palestine", "moh", "period", "civilian"),
    ("the bodies of 18 people", 18, "killed", "exact", "people shot near a distribution centre west of Rafah", "Palestine", "nasser", "event", "civilian"),
    ("about 11,000 people", 11000, "missing", "approximate", "people missing, believed buried under buildings", "Palestine", "basal", "total", "unknown"),
    ("1,580", 1580, "killed", "exact", "health workers killed since the war began", "Palestine", "gmo", "total", "civilian"),
    ("227 journalists", 227, "killed", "exact", "journalists killed in Gaza", "Palestine", "gmo", "total", "civilian"),
    ("dozens of Hamas militants", None, "killed", "vague", "Hamas militants in Khan Younis and Jabalia over the past week", "Hamas", "idf", "period", "military"),
    ("one soldier", 1, "killed", "exact", "Israeli soldier killed in southern Gaza on Friday", "Israel", "idf", "event", "military"),
    ("428", 428, "killed", "exact", "Israeli soldiers killed since the start of the Gaza ground operation", "Israel", "idf", "total", "military"),
    ("53 hostages", 53, "captured", "exact", "hostages still held in Gaza", None, "isr", "total", "civilian"),
])

DOCS["y08_ocha_aid_workers_gaza"] = ({
    "ocha": C("UN Office for the Coordination of Humanitarian Affairs", ["OCHA", "UN humanitarian office", "Jonathan Whittall"], "OCHA"),
    "ocham": C("UN Office for the Coordination of Humanitarian Affairs", ["OCHA", "UN humanitarian office", "Health Ministry in Gaza", "Gaza ministry"], "GMOH"),
    "laz": C("Philippe Lazzarini", ["Lazzarini", "UNRWA", "Commissioner-General"], "UNRWA"),
    "who": C("World Health Organization", ["WHO"], "WHO"),
    "awsd": C("Aid Worker Security Database", [], "AWSD"),
    "idf": C("Israeli military", ["Israel Defense Forces", "IDF", "Israeli army"], "IDF"),
}, [
    ("At least 408 aid workers", 408, "killed", "at_least", "aid workers killed in Gaza since October 2023", None, "ocha", "total", "civilian"),
    ("290 UN staff", 290, "killed", "at_least", "UN staff killed in Gaza", "United Nations", "ocha", "total", "civilian"),
    ("3,340 Palestinians", 3340, "killed", "exact", "Palestinians killed between March 18 and May 21", "Palestine", "ocham", "period", "unknown"),
    ("9,357 people", 9357, "wounded", "exact", "people injured between March 18 and May 21", "Palestine", "ocham", "period", "unknown"),
    ("at least 1,309 children", 1309, "killed", "at_least", "children killed between March 18 and May 21", "Palestine", "ocham", "period", "civilian"),
    ("At least 94 medical staff members", 94, "captured", "at_least", "medical staff held by Israeli forces", "Palestine", "ocha", "total", "civilian"),
    ("Fifteen emergency workers", 15, "killed", "exact", "emergency workers killed in Tel al-Sultan on March 23", None, "ocha", "event", "civilian"),
    ("eight Palestine Red Crescent medics", 8, "killed", "exact", "Palestine Red Crescent medics killed in Tel al-Sultan", "Palestine", "ocha", "event", "civilian"),
    ("six civil defence workers", 6, "killed", "exact", "civil defence workers killed in Tel al-Sultan", "Palestine", "ocha", "event", "civilian"),
    ("a UN staff member", 1, "killed", "exact", "UN staff member killed in Tel al-Sultan", "United Nations", "ocha", "event", "civilian"),
    ("More than 280 UNRWA colleagues", 280, "killed", "at_least", "UNRWA staff killed in Gaza", "United Nations", "laz", "total", "civilian"),
    ("917 people", 917, "killed", "exact", "people killed in attacks on health care in Gaza", "Palestine", "who", "total", "unknown"),
    ("1,411", 1411, "wounded", "exact", "people injured in attacks on health care in Gaza", "Palestine", "who", "total", "unknown"),
    ("383 aid workers", 383, "killed", "exact", "aid workers killed worldwide in 2024", None, "awsd", "period", "civilian"),
    ("at least six of those killed", 6, "killed", "at_least", "emergency workers killed in Tel al-Sultan said to be Hamas members", "Hamas", "idf", "event", "military"),
])

DOCS["y09_lebanon_ceasefire_toll_unifil"] = ({
    "moh": C("Lebanon's Ministry of Public Health", ["Ministry of Public Health", "Lebanese health ministry", "ministry"], "LBMOH"),
    "idf": C("Israeli military", ["Israel Defense Forces", "IDF", "Israeli army"], "IDF"),
    "hez": C("a source close to the group", ["source close to Hezbollah", "Hezbollah"], "HEZSRC"),
    "laf": C("Lebanese army", ["Lebanese Armed Forces"], "LAF"),
    "isr": C("Israeli authorities", ["Israel"], "ISRAUTH"),
    "ten": C("Andrea Tenenti", ["Tenenti", "UNIFIL", "UN Interim Force in Lebanon", "spokesman"], "UNIFIL"),
    "unifil": C("UNIFIL", ["UN Interim Force in Lebanon", "mission", "Andrea Tenenti"], "UNIFIL"),
}, [
    ("At least 3,961 people", 3961, "killed", "at_least", "people killed in Israeli attacks on Lebanon since October 2023", "Lebanon", "moh", "total", "mixed"),
    ("16,520 wounded", 16520, "wounded", "at_least", "people wounded in Israeli attacks on Lebanon since October 2023", "Lebanon", "moh", "total", "mixed"),
    ("316 children", 316, "killed", "exact", "children among the dead", "Lebanon", "moh", "total", "civilian"),
    ("790 women", 790, "killed", "exact", "women among the dead", "Lebanon", "moh", "total", "civilian"),
    ("222 health and rescue workers", 222, "killed", "exact", "health and rescue workers killed", "Lebanon", "moh", "total", "civilian"),
    ("more than 550 people", 550, "killed", "at_least", "people killed by Israeli strikes on September 23", "Lebanon", "moh", "period", "mixed"),
    ("about 3,500 Hezbollah operatives", 3500, "killed", "approximate", "Hezbollah operatives", "Hezbollah", "idf", "total", "military"),
    ("around 4,000 fighters", 4000, "killed", "approximate", "Hezbollah fighters", "Hezbollah", "hez", "total", "military"),
    ("more than 40 of its soldiers", 40, "killed", "at_least", "Lebanese soldiers killed by Israeli fire", "Lebanon", "laf", "total", "military"),
    ("three in a strike", 3, "killed", "at_least", "Lebanese soldiers killed in a strike on an army post in Sarafand", "Lebanon", "laf", "event", "military"),
    ("45 civilians", 45, "killed", "exact", "Israeli civilians killed in Hezbollah attacks", "Israel", "isr", "total", "civilian"),
    ("73 soldiers", 73, "killed", "exact", "Israeli soldiers killed by Hezbollah and in southern Lebanon", "Israel", "isr", "total", "military"),
    ("eight soldiers", 8, "killed", "exact", "Israeli soldiers killed inside Lebanon on October 2", "Israel", "idf", "event", "military"),
    ("about 10,000 peacekeepers", 10000, "deployed", "approximate", "UNIFIL peacekeepers from 50 countries", "United Nations", "ten", "event", "military"),
    ("Indonesia (1,232)", 1232, "deployed", "exact", "Indonesian UNIFIL contingent", "United Nations", "unifil", "event", "military"),
    ("Italy (1,068)", 1068, "deployed", "exact", "Italian UNIFIL contingent", "United Nations", "unifil", "event", "military"),
    ("India (903)", 903, "deployed", "exact", "Indian UNIFIL contingent", "United Nations", "unifil", "event", "military"),
    ("Ghana (873)", 873, "deployed", "exact", "Ghanaian UNIFIL contingent", "United Nations", "unifil", "event", "military"),
    ("Spain (676)", 676, "deployed", "exact", "Spanish UNIFIL contingent", "United Nations", "unifil", "event", "military"),
    ("two Indonesian peacekeepers", 2, "wounded", "exact", "Indonesian UNIFIL peacekeepers hit by Israeli tank fire in Naqoura", "United Nations", "unifil", "event", "military"),
    ("four Italian peacekeepers", 4, "wounded", "exact", "Italian UNIFIL peacekeepers hit by rockets in Shamaa", "United Nations", "unifil", "event", "military"),
])

DOCS["y10_iran_health_ministry_irna"] = ({
    "ker": C("Hossein Kermanpour", ["Kermanpour", "Ministry of Health and Medical Education", "Health Ministry", "spokesman of the Ministry of Health"], "IRMOH"),
    "jah": C("Asghar Jahangir", ["Jahangir", "judiciary's spokesman", "judiciary"], "IRJUD"),
    "hrana": C("Human Rights Activists News Agency", ["HRANA"], "HRANA"),
    "pmo": C("Prime Minister's Office", ["Israeli Prime Minister's Office", "Israel"], "PMO"),
    "irgc": C("Islamic Revolution Guards Corps", ["IRGC", "Revolutionary Guards"], "IRGC"),
    "pent": C("a Pentagon official", ["Pentagon official", "Pentagon"], "PENTOFF"),
}, [
    ("Six hundred and ten people", 610, "killed", "exact", "people killed in Iran during the 12-day war", "Iran", "ker", "total", "unknown"),
    ("4,746 others", 4746, "wounded", "exact", "people injured in Iran during the 12-day war", "Iran", "ker", "total", "unknown"),
    ("49 women", 49, "killed", "exact", "women among the dead", "Iran", "ker", "total", "civilian"),
    ("13 children", 13, "killed", "exact", "children among the dead", "Iran", "ker", "total", "civilian"),
    ("4,511", 4511, "wounded", "exact", "injured treated and discharged", "Iran", "ker", "total", "unknown"),
    ("Twenty patients", 20, "wounded", "exact", "injured in critical condition", "Iran", "ker", "total", "unknown"),
    ("five health workers", 5, "killed", "exact", "health workers killed in strikes on hospitals and ambulances", "Iran", "ker", "total", "civilian"),
    ("22 others", 22, "wounded", "exact", "health workers injured", "Iran", "ker", "total", "civilian"),
    ("71 people", 71, "killed", "exact", "people killed in the strike on Evin prison", "Iran", "jah", "event", "mixed"),
    ("1,190 people", 1190, "killed", "exact", "people killed in Iran", "Iran", "hrana", "total", "mixed"),
    ("436 civilians", 436, "killed", "exact", "civilians killed in Iran", "Iran", "hrana", "total", "civilian"),
    ("435 members of the security forces", 435, "killed", "exact", "Iranian security force members killed", "Iran", "hrana", "total", "military"),
    ("4,475 injured", 4475, "wounded", "exact", "people injured in Iran", "Iran", "hrana", "total", "unknown"),
    ("28 people", 28, "killed", "exact", "people killed in Israel by Iranian missiles", "Israel", "pmo", "total", "unknown"),
    ("More than 3,000 people", 3000, "wounded", "at_least", "people treated in Israeli hospitals", "Israel", "pmo", "total", "unknown"),
    ("\"hundreds of Zionist military personnel\"", None, "casualties", "vague", "Israeli military personnel", "Israel", "irgc", "total", "military"),
    ("at least 14 nuclear scientists", 14, "killed", "at_least", "Iranian nuclear scientists killed in the opening strikes", "Iran", None, "event", "civilian"),
    ("about 40,000 US troops", 40000, "deployed", "approximate", "US troops across the Middle East", "United States", "pent", "unknown", "military"),
])

DOCS["y11_hostages_factbox"] = ({
    "isrt": C("Israeli tally", ["Israeli government", "Israel"], "ISRGOV"),
    "isrg": C("Israeli government", ["Israel", "Israeli government figures"], "ISRGOV"),
    "idf": C("Israel Defense Forces", ["IDF", "Israeli military"], "IDF"),
    "pps": C("Palestinian Prisoners' Society", [], "PPS"),
    "pmo": C("Israeli Prime Minister's Office", ["Prime Minister's Office", "Israel"], "PMO"),
    "isr": C("Israel", ["Israeli government", "Israeli Prime Minister's Office"], "PMO"),
    "qassam": C("Qassam Brigades", ["Hamas's armed wing", "Hamas", "the group"], "HAMAS"),
    "hamoked": C("HaMoked", ["Israeli rights group"], "HAMOKED"),
    "moh": C("Gaza's health ministry", GMOH_AL, "GMOH"),
}, [
    ("about 1,200 people", 1200, "killed", "approximate", "people killed in the Hamas-led attack on southern Israel", "Israel", "isrt", "event", "mixed"),
    ("251 hostages", 251, "captured", "exact", "hostages taken into Gaza on October 7, 2023", None, "isrg", "event", "civilian"),
    ("about 30 children", 30, "captured", "approximate", "children among the hostages", "Israel", "isrg", "event", "civilian"),
    ("105 hostages", 105, "exchanged", "exact", "hostages released during the November 2023 truce", None, None, "event", "civilian"),
    ("81 Israelis", 81, "exchanged", "exact", "Israeli hostages released in November 2023", "Israel", None, "event", "civilian"),
    ("23 Thai farm workers", 23, "exchanged", "exact", "Thai hostages released in November 2023", "Thailand", None, "event", "civilian"),
    ("one Filipino", 1, "exchanged", "exact", "Filipino hostage released in November 2023", "Philippines", None, "event", "civilian"),
    ("in return: 240", 240, "exchanged", "exact", "Palestinian prisoners freed by Israel in November 2023", "Palestine", None, "event", "civilian"),
    ("operations: 8", 8, "exchanged", "exact", "hostages rescued alive by Israeli forces", "Israel", "idf", "total", "civilian"),
    ("the bodies of 41 hostages", 41, "killed", "exact", "hostages whose bodies were recovered from Gaza", None, "idf", "total", "civilian"),
    ("first phase: 25", 25, "exchanged", "exact", "living Israeli hostages handed over in the first phase of the 2025 ceasefire", "Israel", None, "event", "civilian"),
    ("the bodies of eight others", 8, "killed", "exact", "Israeli hostages whose bodies were handed over", "Israel", None, "event", "civilian"),
    ("deal: 5", 5, "exchanged", "exact", "Thai nationals freed outside the deal", "Thailand", None, "event", "civilian"),
    ("about 1,800", 1800, "exchanged", "approximate", "Palestinian prisoners and detainees released by Israel in 2025", "Palestine", "pps", "event", "unknown"),
    ("Hostages remaining: 58", 58, "captured", "exact", "hostages remaining in Gaza", None, "pmo", "total", "civilian"),
    ("up to 23", 23, "captured", "at_most", "hostages in Gaza believed alive", None, "pmo", "total", "civilian"),
    ("at least 35", 35, "killed", "at_least", "hostages in Gaza confirmed dead", None, "isr", "total", "civilian"),
    ("about 60 hostages", 60, "killed", "approximate", "hostages killed in Israeli air strikes", None, "qassam", "total", "civilian"),
    ("more than 10,000 Palestinians", 10000, "captured", "at_least", "Palestinians held by Israel on security grounds", "Palestine", "hamoked", "total", "unknown"),
    ("over 3,500", 3500, "captured", "at_least", "Palestinians in administrative detention", "Palestine", "hamoked", "total", "unknown"),
    ("more than 52,900 Palestinians", 52900, "killed", "at_least", "Palestinians killed in the Israeli offensive since October 2023", "Palestine", "moh", "total", "unknown"),
])

DOCS["y12_three_years_retrospective"] = ({
    "usoff": C("US officials", [], "USOFFS"),
    "bucha": C("local authorities", ["Bucha local authorities", "Bucha city authorities"], "BUCHA"),
    "ap": C("Associated Press", ["AP"], "AP"),
    "chq": C("Coordination Headquarters for the Treatment of Prisoners of War", ["Coordination Headquarters", "Ukraine's Coordination Headquarters"], "CHQ"),
    "zel": C("Volodymyr Zelenskyy", ZEL_AL, "ZEL"),
    "gs": C("General Staff in Kyiv", GS_AL, "UAGS"),
    "ukmod": C("Britain's Ministry of Defence", ["UK Ministry of Defence", "British Ministry of Defence", "UK MoD", "Defence Intelligence"], "UKMOD"),
    "mz": C("Mediazona", ["BBC's Russian service", "BBC Russian"], "MEDIAZONA"),
    "nis": C("Seoul's spy agency", NIS_AL, "NIS"),
    "wio": C("Western intelligence officials", [], "WIO"),
    "hrmmu": C("UN's human rights monitors in Ukraine", ["UN Human Rights Monitoring Mission in Ukraine", "HRMMU", "UN human rights monitors"], "HRMMU"),
    "syn": C("Oleh Syniehubov", SYN_AL + ["head of the regional military administration"], "KHRMA"),
}, [
    ("an estimated 190,000 troops", 190000, "deployed", "approximate", "Russian troops massed around Ukraine before the invasion", "Russia", "usoff", "event", "military"),
    ("more than 400 bodies", 400, "killed", "at_least", "people whose bodies were recovered in Bucha", "Ukraine", "bucha", "event", "unknown"),
    ("61 civilians", 61, "killed", "exact", "civilians killed at Kramatorsk railway station", "Ukraine", None, "event", "civilian"),
    ("close to 600 people", 600, "killed", "at_most", "people killed in the Mariupol Drama Theatre strike", "Ukraine", "ap", "event", "unknown"),
    ("53 Ukrainian prisoners of war", 53, "killed", "exact", "Ukrainian prisoners of war killed at Olenivka", "Ukraine", None, "event", "military"),
    ("4,131 Ukrainians", 4131, "exchanged", "exact", "Ukrainians freed from Russian captivity in exchanges", "Ukraine", "chq", "total", "unknown"),
    ("46,000 Ukrainian soldiers", 46000, "killed", "exact", "Ukrainian soldiers killed on the battlefield", "Ukraine", "zel", "total", "military"),
    ("380,000 wounded", 380000, "wounded", "exact", "Ukrainian soldiers wounded", "Ukraine", "zel", "total", "military"),
    ("Tens of thousands more", None, "missing", "vague", "Ukrainian soldiers missing or in Russian captivity", "Ukraine", "zel", "total", "military"),
    ("43,000", 43000, "killed", "exact", "Ukrainian soldiers killed (December figure)", "Ukraine", "zel", "total", "military"),
    ("370,000 wounded", 370000, "wounded", "exact", "Ukrainian soldiers wounded (December figure)", "Ukraine", "zel", "total", "military"),
    ("867,850", 867850, "casualties", "exact", "Russian troops killed and wounded", "Russia", "gs", "total", "military"),
    ("about 850,000 casualties", 850000, "casualties", "approximate", "Russian casualties", "Russia", "ukmod", "total", "military"),
    ("1,523", 1523, "casualties", "exact", "Russian casualties per day, December 2024", "Russia", "ukmod", "period", "military"),
    ("90,019 Russian soldiers", 90019, "killed", "exact", "Russian soldiers killed, identified by name", "Russia", "mz", "total", "military"),
    ("between 150,000 and 200,000 Russian troops", (150000, 200000), "killed", "range", "Russian troops killed", "Russia", "wio", "total", "military"),
    ("about 11,000 soldiers", 11000, "deployed", "approximate", "North Korean soldiers sent to the Kursk region", "North Korea", "nis", "event", "military"),
    ("12,605 civilian deaths", 12605, "killed", "exact", "civilians killed in Ukraine since February 2022", "Ukraine", "hrmmu", "total", "civilian"),
    ("673 children", 673, "killed", "exact", "children killed in Ukraine since February 2022", "Ukraine", "hrmmu", "total", "civilian"),
    ("29,178 injuries", 29178, "wounded", "exact", "civilians injured in Ukraine since February 2022", "Ukraine", "hrmmu", "total", "civilian"),
    ("more than 2,100 civilians", 2100, "killed", "at_least", "civilians killed in the Kharkiv region", "Ukraine", "syn", "total", "civilian"),
    ("89 children", 89, "killed", "at_least", "children killed in the Kharkiv region", "Ukraine", "syn", "total", "civilian"),
])

DOCS["y13_state_media_roundup"] = ({
    "nis": C("National Intelligence Service", NIS_AL + ["Seoul's National Intelligence Service"], "NIS"),
    "moh": C("Gaza-based health authorities", GMOH_AL, "GMOH"),
    "pamoh": C("Palestinian Ministry of Health in Ramallah", ["Palestinian Ministry of Health", "Palestinian Health Ministry"], "PAMOH"),
    "pps": C("Palestinian Prisoners' Society", [], "PPS"),
    "mod": C("Defense Ministry of Russia", RUMOD_AL, "RUMOD"),
    "gs": C("Ukraine's General Staff", GS_AL, "UAGS"),
    "cd": C("civil defence in Sanaa", ["civil defence", "Houthi-run civil defence"], "SANAACD"),
    "smoh": C("Health Ministry in Sanaa", ["Houthi-run health ministry", "Health Ministry"], "SANAAMOH"),
}, [
    ("about 4,700 North Korean soldiers", 4700, "casualties", "approximate", "North Korean soldiers killed or wounded in Russia", "North Korea", "nis", "total", "military"),
    ("some 600 deaths", 600, "killed", "approximate", "North Korean soldiers killed in Russia", "North Korea", "nis", "total", "military"),
    ("15,000 troops", 15000, "deployed", "exact", "North Korean troops sent to Russia in two waves", "North Korea", "nis", "event", "military"),
    ("At least 39 Palestinians", 39, "killed", "at_least", "Palestinians killed in Gaza over the past 24 hours", "Palestine", "moh", "period", "unknown"),
    ("62 injured", 62, "wounded", "at_least", "Palestinians injured in Gaza over the past 24 hours", "Palestine", "moh", "period", "unknown"),
    ("52,400", 52400, "killed", "exact", "Palestinians killed since October 7, 2023", "Palestine", "moh", "total", "unknown"),
    ("2,326 people", 2326, "killed", "exact", "people killed in Gaza since March 18", "Palestine", "moh", "period", "unknown"),
    ("6,050 wounded", 6050, "wounded", "exact", "people wounded in Gaza since March 18", "Palestine", "moh", "period", "unknown"),
    ("two Palestinians", 2, "killed", "exact", "Palestinians killed in Tammun", "Palestine", "pamoh", "event", "unknown"),
    ("at least 25 Palestinians", 25, "captured", "at_least", "Palestinians detained in West Bank raids", "Palestine", "pps", "event", "unknown"),
    ("more than 1,400 troops", 1400, "casualties", "at_least", "Ukrainian troops, past 24 hours", "Ukraine", "mod", "period", "military"),
    ("1,210 soldiers", 1210, "casualties", "exact", "Russian soldiers killed and wounded, past 24 hours", "Russia", "gs", "period", "military"),
    ("68 migrants", 68, "killed", "exact", "African migrants killed in a strike on a detention centre in Saada", None, "cd", "event", "civilian"),
    ("47 others", 47, "wounded", "exact", "African migrants injured in Saada", None, "cd", "event", "civilian"),
    ("12 people", 12, "killed", "exact", "people killed in Bani al-Harith, Sanaa", "Yemen", "smoh", "event", "unknown"),
    ("30 injured", 30, "wounded", "exact", "people injured in Bani al-Harith, Sanaa", "Yemen", "smoh", "event", "unknown"),
])

DOCS["y14_rafah_aid_site_shooting_wire"] = ({
    "moh": C("Hamas-run health ministry", GMOH_AL, "GMOH"),
    "icrc": C("International Committee of the Red Cross", ["ICRC", "Red Cross"], "ICRC"),
    "nasser": C("Nasser Medical Complex", ["Nasser hospital", "hospital"], "NASSER"),
    "gmo": C("Government Media Office in Gaza", ["Government Media Office"], "GMO"),
    "basal": C("Mahmoud Basal", ["Basal", "Palestinian Civil Defence", "civil defence"], "PCD"),
    "idf": C("Israeli military", ["Israel Defense Forces", "IDF", "Israeli army"], "IDF"),
}, [
    ("At least 31 people", 31, "killed", "at_least", "people heading to an aid distribution site west of Rafah", "Palestine", "moh", "event", "civilian"),
    ("more than 170 wounded", 170, "wounded", "at_least", "people heading to an aid distribution site west of Rafah", "Palestine", "moh", "event", "civilian"),
    ("179 patients", 179, "casualties", "exact", "patients received by the ICRC field hospital in Rafah", "Palestine", "icrc", "event", "civilian"),
    ("Twenty-one of them", 21, "killed", "exact", "patients declared dead on arrival", "Palestine", "icrc", "event", "civilian"),
    ("23 people", 23, "killed", "exact", "people killed near the aid site", "Palestine", "nasser", "event", "civilian"),
    ("39 people", 39, "killed", "exact", "people killed near GHF sites since May 27", "Palestine", "gmo", "period", "civilian"),
    ("220 wounded", 220, "wounded", "exact", "people wounded near GHF sites since May 27", "Palestine", "gmo", "period", "civilian"),
    ("seven more were missing", 7, "missing", "exact", "people missing near GHF sites since May 27", "Palestine", "gmo", "period", "civilian"),
    ("nine members", 9, "killed", "exact", "members of one family in Jabalia", "Palestine", "basal", "event", "civilian"),
    ("four children", 4, "killed", "exact", "children of one family in Jabalia", "Palestine", "basal", "event", "civilian"),
    ("one of its soldiers", 1, "killed", "exact", "Israeli soldier killed in northern Gaza", "Israel", "idf", "event", "military"),
    ("54,418 Palestinians", 54418, "killed", "exact", "Palestinians killed in Gaza since October 7, 2023", "Palestine", "moh", "total", "unknown"),
    ("more than 124,000 wounded", 124000, "wounded", "at_least", "Palestinians wounded in Gaza since October 7, 2023", "Palestine", "moh", "total", "unknown"),
    ("about 1,200 people", 1200, "killed", "approximate", "people killed in the October 7 attack on southern Israel", "Israel", None, "event", "unknown"),
    ("251 hostages", 251, "captured", "exact", "hostages taken on October 7, 2023", None, None, "event", "civilian"),
])


def main():
    out = []
    for doc, (claimants, lines) in DOCS.items():
        for t in lines:
            span, num, cat, qual, subj, side, ck, scope, force = t[:9]
            unit = t[9] if len(t) > 9 else "people"
            value = low = high = None
            if isinstance(num, tuple):
                low, high = num
            elif num is not None:
                value = num
            if ck is None:
                claimant, aliases, src = None, [], None
            else:
                claimant, aliases, src = claimants[ck]
            s = S[src] if src else (None, None, None)
            out.append({
                "doc": doc, "value": value, "low": low, "high": high, "unit": unit,
                "category": cat, "qualifier": qual, "subject": subj, "side": side,
                "claimant": claimant, "claimant_aliases": [a for a in aliases if a != claimant],
                "span": span, "source": s[0], "source_type": s[1], "source_country": s[2],
                "scope": scope, "force": force,
            })
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} lines to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
