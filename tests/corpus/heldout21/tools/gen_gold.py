#!/usr/bin/env python3
"""Generate gold.jsonl for blind test set k from small per-document tables.

SOURCES is the ONE canonical table of source names: every figure's `source`
comes from here through a key, so a body has exactly one spelling set-wide.
Per document, CL maps a local key to (claimant as the article names it,
aliases, source key). Rows: (value, low, high, unit, category, qualifier,
subject, side, claimant key or None, span, scope, force).
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold.jsonl")

HA, GOV, MIL, IB, MON, AG, UNN = ("health authority", "government", "military",
                                  "international body", "monitor", "armed group", "unnamed")
SOURCES = {
    "gaza_moh":    ("Ministry of Health (Gaza)", HA, "Palestine"),
    "pcd":         ("Palestinian Civil Defence (Gaza)", GOV, "Palestine"),
    "nasser":      ("Nasser Medical Complex", HA, "Palestine"),
    "awda":        ("Al-Awda Hospital (Nuseirat)", HA, "Palestine"),
    "idf":         ("Israel Defense Forces", MIL, "Israel"),
    "isr_off":     ("Israeli officials", UNN, "Israel"),
    "isr_gov":     ("Israeli government", GOV, "Israel"),
    "ocha":        ("UN Office for the Coordination of Humanitarian Affairs", IB, None),
    "who":         ("World Health Organization", IB, None),
    "unrwa":       ("UN Relief and Works Agency for Palestine Refugees", IB, None),
    "leb_moph":    ("Ministry of Public Health (Lebanon)", HA, "Lebanon"),
    "ihc":         ("Islamic Health Committee", HA, "Lebanon"),
    "leb_cd":      ("Lebanese Civil Defence", GOV, "Lebanon"),
    "hezbollah":   ("Hezbollah", AG, "Lebanon"),
    "sahel":       ("Sahel General Hospital", HA, "Lebanon"),
    "kharkiv_rma": ("Kharkiv Regional Military Administration", GOV, "Ukraine"),
    "kharkiv_city":("Kharkiv City Council", GOV, "Ukraine"),
    "zap_rma":     ("Zaporizhzhia Regional Military Administration", GOV, "Ukraine"),
    "sumy_city":   ("Sumy City Council", GOV, "Ukraine"),
    "ses":         ("State Emergency Service of Ukraine", GOV, "Ukraine"),
    "ua_police":   ("National Police of Ukraine", GOV, "Ukraine"),
    "ua_moh":      ("Ministry of Health of Ukraine", HA, "Ukraine"),
    "ua_pgo":      ("Prosecutor General's Office of Ukraine", GOV, "Ukraine"),
    "hrmmu":       ("UN Human Rights Monitoring Mission in Ukraine", IB, None),
    "ru_mod":      ("Ministry of Defence of Russia", MIL, "Russia"),
    "donetsk_ri":  ("Russian-installed administration of Donetsk region", GOV, "Russia"),
    "zap_ri":      ("Russian-installed administration of Zaporizhzhia region", GOV, "Russia"),
    "sdn":         ("Sudan Doctors Network", MON, "Sudan"),
    "sd_moh":      ("Federal Ministry of Health (Sudan)", HA, "Sudan"),
    "saf":         ("Sudanese Armed Forces", MIL, "Sudan"),
    "rsf":         ("Rapid Support Forces", AG, "Sudan"),
    "msf":         ("Médecins Sans Frontières", MON, None),
    "alnao":       ("Al-Nao Hospital (Omdurman)", HA, "Sudan"),
    "un":          ("United Nations", IB, None),
    "acled":       ("Armed Conflict Location & Event Data (ACLED)", MON, None),
    "relief_intl": ("Relief International", MON, None),
    "gezira_act":  ("local activists (Gezira, Sudan)", UNN, "Sudan"),
}

P, K, W, C, M, D, X = "people", "killed", "wounded", "casualties", "missing", "deployed", "exchanged"
CAP = "captured"
EX, AP, AL, AM, RG, VG = "exact", "approximate", "at_least", "at_most", "range", "vague"
TOT, PER, EVT, UNK = "total", "period", "event", "unknown"
MILF, CIV, MIX, UF = "military", "civilian", "mixed", "unknown"

DOCS = {}

# ---------------------------------------------------------------- 01
DOCS["01_gaza_toll_passes_40000_wire"] = dict(
    CL={
        "moh": ("Gaza health ministry", ["health ministry", "enclave's health ministry", "Hamas-run ministry", "ministry", "daily bulletin"], "gaza_moh"),
        "cd": ("Gaza's Civil Defence", ["Civil Defence", "emergency agency", "Mahmoud Basal"], "pcd"),
        "basal": ("Mahmoud Basal", ["Basal", "Gaza's Civil Defence", "Civil Defence", "emergency agency"], "pcd"),
        "nasser": ("Nasser Medical Complex", ["Nasser", "hospital"], "nasser"),
        "abushanab": ("Yousef Abu Shanab", ["Abu Shanab", "Dr. Yousef Abu Shanab", "Nasser Medical Complex", "surgeon"], "nasser"),
        "idf": ("Israeli military", ["military", "Israel", "Israeli army", "IDF"], "idf"),
        "isrfig": ("Israeli figures", ["Israeli officials", "Israel"], "isr_off"),
        "isroff": ("Israeli officials", ["Israeli figures", "Israel", "military"], "isr_off"),
    },
    R=[
        (40000, None, None, P, K, AL, "Palestinians killed in Gaza since October", "Palestine", "moh", "More than 40,000 Palestinians", TOT, UF),
        (40005, None, None, P, K, EX, "dead in Gaza since Oct. 7", "Palestine", "moh", "40,005 dead", TOT, UF),
        (92401, None, None, P, W, EX, "wounded in Gaza since Oct. 7", "Palestine", "moh", "92,401 wounded", TOT, UF),
        (40, None, None, P, K, EX, "bodies received by hospitals in the past 24 hours", "Palestine", "moh", "the bodies of 40 people", PER, UF),
        (107, None, None, P, W, EX, "injured received by hospitals in the past 24 hours", "Palestine", "moh", "107 injured", PER, UF),
        (15, None, None, P, K, EX, "members of one family killed in al-Zawayda strike", "Palestine", "cd", "15 members of one family", EVT, CIV),
        (5, None, None, P, K, EX, "children among the family killed in al-Zawayda", "Palestine", "cd", "five children", EVT, CIV),
        (11, None, None, P, K, EX, "bodies pulled from the ruins in al-Zawayda by midday", "Palestine", "basal", "11 bodies", EVT, CIV),
        (4, None, None, P, M, AL, "people believed trapped under the ruins in al-Zawayda", "Palestine", "basal", "at least four people", EVT, UF),
        (23, None, None, P, K, EX, "bodies taken in by Nasser Medical Complex since Tuesday", "Palestine", "nasser", "23 bodies", PER, UF),
        (140, None, None, P, W, AL, "wounded patients treated in Nasser's emergency department", "Palestine", "abushanab", "more than 140 wounded patients", UNK, CIV),
        (20, None, None, P, K, AP, "Hamas gunmen killed in Khan Younis over the previous day", "Hamas", "idf", "about 20 Hamas gunmen", PER, MILF),
        (17000, None, None, P, K, AL, "militants killed since the start of the war", None, "idf", "more than 17,000 militants", TOT, MILF),
        (329, None, None, P, K, EX, "Israeli soldiers killed in the Gaza ground campaign", "Israel", "idf", "329 soldiers", TOT, MILF),
        (1200, None, None, P, K, AP, "people killed in the Oct. 7 attack", "Israel", "isrfig", "about 1,200 people", EVT, UF),
        (251, None, None, P, CAP, EX, "people abducted on Oct. 7", "Israel", "isrfig", "abducting 251", EVT, UF),
        (111, None, None, P, CAP, EX, "hostages still held in Gaza", "Israel", "isroff", "111 hostages", TOT, UF),
        (39, None, None, P, K, EX, "hostages declared dead by the military", "Israel", "isroff", "39 whom the military has declared dead", TOT, UF),
    ])

# ---------------------------------------------------------------- 02
DOCS["02_ocha_gaza_update_wrapped"] = dict(
    CL={
        "moh": ("Ministry of Health in Gaza", ["MoH", "Ministry of Health", "OCHA"], "gaza_moh"),
        "idf": ("Israeli military", ["military", "Israel", "OCHA"], "idf"),
        "ocha": ("OCHA", ["UN Office for the Coordination of Humanitarian Affairs", "United Nations", "UN"], "ocha"),
        "pcd": ("Palestinian Civil Defence", ["Civil Defence", "Civil Defence teams", "agency"], "pcd"),
        "who": ("World Health Organization", ["WHO"], "who"),
        "who_moh": ("World Health Organization", ["WHO", "MoH", "Ministry of Health"], "gaza_moh"),
        "unrwa": ("UNRWA", ["UN Relief and Works Agency for Palestine Refugees in the Near East"], "unrwa"),
    },
    R=[
        (352, None, None, P, K, EX, "Palestinians killed between 8 and 15 January", "Palestine", "moh", "352 Palestinians", PER, UF),
        (719, None, None, P, W, EX, "Palestinians injured between 8 and 15 January", "Palestine", "moh", "719", PER, UF),
        (46707, None, None, P, K, AL, "Palestinians killed since 7 October 2023", "Palestine", "moh", "at least 46,707", TOT, UF),
        (110265, None, None, P, W, AL, "Palestinians injured since 7 October 2023", "Palestine", "moh", "110,265 injured", TOT, UF),
        (3, None, None, P, K, EX, "Israeli soldiers killed in Gaza between 8 and 15 January", "Israel", "idf", "three Israeli soldiers", PER, MILF),
        (1600, None, None, P, K, AL, "Israelis killed since 7 October 2023", "Israel", "idf", "over 1,600 Israelis", TOT, MIX),
        (405, None, None, P, K, EX, "soldiers killed since the start of the ground operation", "Israel", "idf", "405 soldiers", TOT, MILF),
        (98, None, None, P, CAP, EX, "Israelis remaining captive in Gaza", "Israel", "ocha", "98 Israelis", TOT, UF),
        (12, None, None, P, K, EX, "bodies recovered from a building in Beit Lahiya", "Palestine", "pcd", "the bodies of 12 people", EVT, UF),
        (4, None, None, P, K, EX, "women among the bodies recovered in Beit Lahiya", "Palestine", "pcd", "four women", EVT, CIV),
        (9, None, None, P, M, AL, "people reported missing under the rubble in Beit Lahiya", "Palestine", "pcd", "at least nine other", EVT, UF),
        (94, None, None, P, K, EX, "Civil Defence personnel killed since October 2023", "Palestine", "pcd", "94 of its own", TOT, CIV),
        (6, None, None, P, K, EX, "people killed when a patient transport was struck near Kamal Adwan Hospital", "Palestine", "ocha", "six people", EVT, UF),
        (886, None, None, P, K, EX, "deaths in attacks on health care", "Palestine", "who", "886", TOT, UF),
        (1349, None, None, P, W, EX, "injuries in attacks on health care", "Palestine", "who", "1,349 injuries", TOT, UF),
        (1057, None, None, P, K, AL, "health workers killed", "Palestine", "who_moh", "1,057 health workers", TOT, CIV),
        (360, None, None, P, CAP, AL, "health workers in detention", "Palestine", "who_moh", "more than 360 remain in detention", TOT, CIV),
        (350, None, None, P, K, AL, "aid workers killed in Gaza since 7 October 2023", None, "ocha", "at least 350 aid workers", TOT, CIV),
        (263, None, None, P, K, EX, "UNRWA staff members among the aid workers killed", None, "ocha", "263 were staff members", TOT, CIV),
        (61, None, None, P, W, EX, "UNRWA staff members injured", None, "unrwa", "61 of its staff members", TOT, CIV),
    ])

# ---------------------------------------------------------------- 03
DOCS["03_gaza_ceasefire_collapse_liveblog"] = dict(
    CL={
        "moh": ("Gaza health ministry", ["health ministry", "ministry", "Hamas-run health ministry", "Gaza's Ministry of Health", "Khalil al-Deqran"], "gaza_moh"),
        "deqran": ("Khalil al-Deqran", ["al-Deqran", "ministry spokesman", "Gaza health ministry", "health ministry"], "gaza_moh"),
        "idf": ("Israel Defense Forces", ["IDF", "Israeli military", "military"], "idf"),
        "laerke_cd": ("Jens Laerke", ["Laerke", "OCHA", "OCHA spokesman", "Civil Defence in Gaza", "UN"], "pcd"),
        "laerke": ("Jens Laerke", ["Laerke", "OCHA", "OCHA spokesman", "UN humanitarian office", "UN"], "ocha"),
        "awda": ("Al-Awda Hospital", ["Al-Awda Hospital in Nuseirat", "hospital"], "awda"),
        "nasser": ("Nasser Medical Complex", ["Nasser hospital", "hospital", "hospital administrator"], "nasser"),
        "israel": ("Israel", ["Israeli government", "Israeli military"], "isr_gov"),
        "cd": ("Gaza's civil defence agency", ["civil defence", "Mahmoud Basal", "agency"], "pcd"),
    },
    R=[
        (413, None, None, P, K, EX, "people killed since the strikes began (evening update)", "Palestine", "moh", "413 people", EVT, UF),
        (660, None, None, P, W, EX, "people wounded since the strikes began (evening update)", "Palestine", "moh", "660 have been wounded", EVT, UF),
        (183, None, None, P, K, EX, "children among the dead", "Palestine", "deqran", "183 children", EVT, CIV),
        (2, None, None, P, W, EX, "Israeli reservists lightly injured by an explosive device in Rafah", "Israel", "idf", "two others lightly injured", EVT, MILF),
        (40, None, None, P, M, AP, "people still under the rubble in Gaza City", "Palestine", "laerke_cd", "about 40 people", EVT, UF),
        (4, None, None, P, K, EX, "UN staff members killed in the overnight strikes", None, "laerke", "four UN staff members", EVT, CIV),
        (37, None, None, P, W, EX, "injured people treated at Al-Awda Hospital since dawn", "Palestine", "awda", "37 injured people", PER, UF),
        (404, None, None, P, K, EX, "Palestinians killed in the day's strikes (afternoon count)", "Palestine", "moh", "404 Palestinians", EVT, UF),
        (562, None, None, P, W, EX, "Palestinians wounded in the day's strikes (afternoon count)", "Palestine", "moh", "562 wounded", EVT, UF),
        (85, None, None, P, K, EX, "bodies received by Nasser Medical Complex since the strikes began", "Palestine", "nasser", "85 bodies", EVT, UF),
        (59, None, None, P, CAP, EX, "hostages still in Gaza", "Israel", "israel", "59 hostages", TOT, UF),
        (35, None, None, P, K, EX, "hostages in Gaza believed dead", "Israel", "israel", "35 of them dead", TOT, UF),
        (400, None, None, P, K, AL, "death toll of the day's strikes (entry heading)", "Palestine", "moh", "Death toll passes 400", EVT, UF),
        (200, None, None, P, K, AL, "people killed in the overnight wave of strikes (morning count)", "Palestine", "moh", "more than 200 people", EVT, UF),
        (None, None, None, P, K, VG, "people killed in the first hour of strikes", "Palestine", "cd", "dozens of people", EVT, UF),
        (33, None, None, P, X, EX, "Israeli hostages returned in the first phase of the ceasefire", "Israel", None, "33 Israeli hostages", EVT, UF),
        (1800, None, None, P, X, AP, "Palestinian prisoners and detainees released in the first phase", "Palestine", None, "about 1,800 Palestinian prisoners and detainees", EVT, UF),
    ])

# ---------------------------------------------------------------- 04
DOCS["04_lebanon_health_ministry_bulletin"] = dict(
    CL={
        "moph": ("Lebanese Ministry of Public Health", ["Ministry of Public Health", "Emergency Operations Centre", "Centre", "ministry", "Health Ministry"], "leb_moph"),
        "abiad": ("Firass Abiad", ["Abiad", "Health Minister", "minister", "Ministry of Public Health"], "leb_moph"),
        "ihc": ("Islamic Health Committee", ["committee"], "ihc"),
        "lcd": ("Lebanese Civil Defence", ["Civil Defence"], "leb_cd"),
        "idf": ("Israeli army", ["Israeli enemy army", "army", "Israel", "Israeli military"], "idf"),
        "hzb": ("Hezbollah", ["party", "Hezbollah statements"], "hezbollah"),
    },
    R=[
        (1974, None, None, P, K, EX, "people killed in Lebanon since October 8, 2023", "Lebanon", "moph", "1,974 martyrs", TOT, MIX),
        (9384, None, None, P, W, EX, "people wounded in Lebanon since October 8, 2023", "Lebanon", "moph", "9,384 wounded", TOT, MIX),
        (37, None, None, P, K, EX, "people killed in the past 24 hours", "Lebanon", "moph", "killed 37 people", PER, MIX),
        (151, None, None, P, W, EX, "people wounded in the past 24 hours", "Lebanon", "moph", "wounded 151", PER, MIX),
        (6, None, None, P, K, EX, "children among the past day's dead", "Lebanon", "moph", "six children", PER, CIV),
        (7, None, None, P, K, EX, "women among the past day's dead", "Lebanon", "moph", "seven women", PER, CIV),
        (127, None, None, P, K, EX, "children killed since the start of the aggression", "Lebanon", "moph", "127 children", TOT, CIV),
        (261, None, None, P, K, EX, "women killed since the start of the aggression", "Lebanon", "moph", "261 women", TOT, CIV),
        (97, None, None, P, K, EX, "paramedics and firefighters killed", "Lebanon", "abiad", "97 paramedics and firefighters", TOT, CIV),
        (188, None, None, P, W, EX, "paramedics and firefighters wounded", "Lebanon", "abiad", "188 wounded", TOT, CIV),
        (9, None, None, P, K, EX, "people killed in the strike on the Bachoura civil defence centre", "Lebanon", "moph", "nine people", EVT, UF),
        (7, None, None, P, K, EX, "rescue team members among the Bachoura dead", "Lebanon", "ihc", "seven of the dead", EVT, CIV),
        (14, None, None, P, W, EX, "people wounded in the Bachoura strike", "Lebanon", "moph", "Fourteen other people", EVT, UF),
        (1, None, None, P, K, EX, "Lebanese Civil Defence volunteer killed near Tyre", "Lebanon", "lcd", "one of its volunteers", EVT, CIV),
        (8, None, None, P, K, EX, "Israeli soldiers killed in clashes in south Lebanon on Wednesday", "Israel", "idf", "eight of its soldiers", EVT, MILF),
        (250, None, None, P, K, AP, "Hezbollah fighters killed since the ground incursion began", "Hezbollah", "idf", "around 250 Hezbollah fighters", TOT, MILF),
        (17, None, None, P, C, EX, "Israeli soldiers killed or wounded in an ambush near Odaisseh", "Israel", "hzb", "killed or wounded 17 Israeli soldiers", EVT, MILF),
    ])

# ---------------------------------------------------------------- 05
DOCS["05_lebanon_device_blasts_broadcaster"] = dict(
    CL={
        "abiad": ("Firass Abiad", ["Abiad", "Mr Abiad", "Lebanon's health minister", "Health Minister", "health ministry", "ministry"], "leb_moph"),
        "moph": ("Lebanon's health ministry", ["health ministry", "ministry", "Firass Abiad"], "leb_moph"),
        "saade": ("Rami Saade", ["Dr Rami Saade", "Sahel General Hospital", "medical director"], "sahel"),
        "hzb": ("Hezbollah", [], "hezbollah"),
        "idf": ("Israeli military", ["military", "Israel"], "idf"),
    },
    R=[
        (37, None, None, P, K, EX, "people killed by pager and walkie-talkie blasts over two days", "Lebanon", "abiad", "risen to 37", PER, UF),
        (25, None, None, P, K, EX, "people killed by walkie-talkie explosions", "Lebanon", "abiad", "killed 25 people", EVT, UF),
        (608, None, None, P, W, EX, "people injured by walkie-talkie explosions", "Lebanon", "abiad", "injured 608", EVT, UF),
        (12, None, None, P, K, EX, "people killed by pager blasts", "Lebanon", "abiad", "killed 12 people", EVT, UF),
        (2, None, None, P, K, EX, "children killed by pager blasts", "Lebanon", "abiad", "two of them children", EVT, CIV),
        (2800, None, None, P, W, AP, "people wounded by pager blasts", "Lebanon", "abiad", "about 2,800", EVT, UF),
        (20, None, None, P, K, EX, "walkie-talkie toll (Wednesday night count)", "Lebanon", "moph", "20 dead", EVT, UF),
        (450, None, None, P, W, AL, "walkie-talkie injured (Wednesday night count)", "Lebanon", "moph", "more than 450 injured", EVT, UF),
        (300, None, None, P, W, AP, "wounded still in critical condition", "Lebanon", "abiad", "about 300 of the wounded", PER, UF),
        (110, None, None, P, W, EX, "wounded received by Sahel General Hospital in two hours", "Lebanon", "saade", "110 wounded people", EVT, UF),
        (4, None, None, P, K, EX, "wounded at Sahel General Hospital who later died", "Lebanon", "saade", "four of them had since died", EVT, UF),
        (20, None, None, P, K, EX, "Hezbollah members killed in two days of explosions", "Hezbollah", "hzb", "20 of its members", PER, MILF),
        (2, None, None, P, W, EX, "Israeli soldiers seriously wounded by an anti-tank missile at Metula", "Israel", "idf", "two soldiers", EVT, MILF),
        (3400, None, None, P, W, AM, "people injured in both waves of blasts", "Lebanon", "moph", "Close to 3,400 people", PER, UF),
    ])

# ---------------------------------------------------------------- 06
DOCS["06_kharkiv_hypermarket_glide_bombs"] = dict(
    CL={
        "syn": ("Oleh Syniehubov", ["Syniehubov", "head of the regional military administration", "governor of the Kharkiv region", "Kharkiv regional military administration"], "kharkiv_rma"),
        "terekhov": ("Ihor Terekhov", ["Terekhov", "Kharkiv Mayor"], "kharkiv_city"),
        "ses": ("Ukraine's State Emergency Service", ["State Emergency Service", "emergency service"], "ses"),
        "police": ("Regional police", ["police", "Kharkiv regional police"], "ua_police"),
        "moh": ("Ukraine's Ministry of Health", ["Ministry of Health", "health ministry", "Viktor Liashko"], "ua_moh"),
        "liashko": ("Viktor Liashko", ["Liashko", "Health Minister", "Ukraine's Ministry of Health"], "ua_moh"),
    },
    R=[
        (12, None, None, P, K, AL, "people killed in the strike on the Epicentr store", "Ukraine", "syn", "at least 12 people", EVT, CIV),
        (43, None, None, P, W, EX, "people wounded in the strike on the Epicentr store", "Ukraine", "syn", "wounding 43", EVT, CIV),
        (6, None, None, P, K, EX, "initial toll of the store strike", "Ukraine", "syn", "an initial six dead", EVT, CIV),
        (16, None, None, P, M, EX, "people unaccounted for after the store strike", "Ukraine", "syn", "16 people were unaccounted for", EVT, CIV),
        (11, None, None, P, W, EX, "store employees among the wounded", "Ukraine", "terekhov", "11 were employees", EVT, CIV),
        (2, None, None, P, W, EX, "police officers hurt at the store", "Ukraine", "police", "two of their officers", EVT, MILF),
        (9, None, None, P, K, EX, "bodies recovered from the burning store", "Ukraine", "ses", "the bodies of nine people", EVT, CIV),
        (2, None, None, P, W, EX, "paramedics injured in a second bomb strike", "Ukraine", "moh", "two paramedics", EVT, CIV),
        (25, None, None, P, W, EX, "wounded received by the regional trauma hospital", "Ukraine", "liashko", "25 of the wounded", EVT, CIV),
        (8, None, None, P, W, EX, "wounded in grave condition at the trauma hospital", "Ukraine", "liashko", "eight of them in grave condition", EVT, CIV),
        (35, None, None, P, K, AL, "civilians killed in the Kharkiv region since the start of May", "Ukraine", "syn", "at least 35 civilians", PER, CIV),
        (186, None, None, P, W, AL, "civilians wounded in the Kharkiv region since the start of May", "Ukraine", "syn", "186 wounded", PER, CIV),
    ])

# ---------------------------------------------------------------- 07
DOCS["07_hrmmu_june_civilian_casualties"] = dict(
    CL={
        "hrmmu": ("UN Human Rights Monitoring Mission in Ukraine", ["HRMMU", "mission", "report", "Danielle Bell", "United Nations", "UN monitors"], "hrmmu"),
        "krma": ("Kharkiv regional military administration", ["regional military administration", "Slobidskyi Kray", "Oleh Syniehubov"], "kharkiv_rma"),
        "pgo": ("Prosecutor General's Office", ["Ukraine's Prosecutor General's Office", "juvenile justice department"], "ua_pgo"),
        "pushilin": ("Denis Pushilin", ["Pushilin", "Russian-installed head of the occupied parts of the Donetsk region"], "donetsk_ri"),
    },
    R=[
        (232, None, None, P, K, EX, "civilians killed in Ukraine in June", "Ukraine", "hrmmu", "232 civilians", PER, CIV),
        (1343, None, None, P, W, EX, "civilians injured in Ukraine in June", "Ukraine", "hrmmu", "1,343", PER, CIV),
        (28, None, None, P, K, EX, "civilians killed in the June 17 attack on Kyiv", "Ukraine", "hrmmu", "28 civilians", EVT, CIV),
        (142, None, None, P, W, EX, "civilians injured in the June 17 attack on Kyiv", "Ukraine", "hrmmu", "142 injured", EVT, CIV),
        (21, None, None, P, K, EX, "civilians killed in the June 24 missile strike on Dnipro", "Ukraine", "hrmmu", "21 civilians", EVT, CIV),
        (2, None, None, P, K, EX, "children killed in the Dnipro strike", "Ukraine", "hrmmu", "two children", EVT, CIV),
        (300, None, None, P, W, AM, "people injured in the Dnipro strike", "Ukraine", "hrmmu", "almost 300", EVT, CIV),
        (13580, None, None, P, K, AL, "civilians killed since February 2022", "Ukraine", "hrmmu", "at least 13,580 civilians", TOT, CIV),
        (716, None, None, P, K, AL, "children killed since February 2022", "Ukraine", "hrmmu", "716 children", TOT, CIV),
        (34131, None, None, P, W, AL, "civilians injured since February 2022", "Ukraine", "hrmmu", "34,131 injured", TOT, CIV),
        (46, None, None, P, K, EX, "civilians killed in the Kharkiv region in June", "Ukraine", "krma", "46 civilians", PER, CIV),
        (287, None, None, P, W, EX, "civilians wounded in the Kharkiv region in June", "Ukraine", "krma", "287 wounded", PER, CIV),
        (630, None, None, P, K, AL, "children killed since the invasion began", "Ukraine", "pgo", "more than 630 children", TOT, CIV),
        (2000, None, None, P, W, AL, "children injured since the invasion began", "Ukraine", "pgo", "over 2,000", TOT, CIV),
        (24, None, None, P, K, EX, "civilians killed in occupied Donetsk region in June", None, "pushilin", "24 civilians", PER, CIV),
        (119, None, None, P, W, EX, "civilians wounded in occupied Donetsk region in June", None, "pushilin", "wounded 119", PER, CIV),
    ])

# ---------------------------------------------------------------- 08
DOCS["08_sumy_palm_sunday_liveblog"] = dict(
    CL={
        "ses": ("State Emergency Service", ["DSNS", "Ukraine's State Emergency Service", "emergency service", "service"], "ses"),
        "rumod": ("Russia's defence ministry", ["Russian defence ministry", "Russia"], "ru_mod"),
        "liashko": ("Viktor Liashko", ["Liashko", "Ukraine's health minister", "health minister", "Health ministry"], "ua_moh"),
        "bell": ("Danielle Bell", ["Bell", "UN Human Rights Monitoring Mission in Ukraine", "UN monitors", "mission"], "hrmmu"),
        "fedorov": ("Ivan Fedorov", ["Fedorov", "head of the Zaporizhzhia regional military administration", "Zaporizhzhia regional military administration"], "zap_rma"),
        "balitsky": ("Yevgeny Balitsky", ["Balitsky", "Russian-installed governor"], "zap_ri"),
        "syn": ("Oleh Syniehubov", ["Syniehubov", "Kharkiv regional military administration"], "kharkiv_rma"),
        "kobzar": ("Artem Kobzar", ["Kobzar", "acting mayor", "Sumy's acting mayor"], "sumy_city"),
    },
    R=[
        (34, None, None, P, K, EX, "people killed in the Sumy strike (final count)", "Ukraine", "ses", "risen to 34", EVT, UF),
        (2, None, None, P, K, EX, "children among the Sumy dead", "Ukraine", "ses", "two of them children", EVT, CIV),
        (60, None, None, P, K, AL, "Ukrainian servicemen Russia claims it killed in Sumy", "Ukraine", "rumod", "more than 60 Ukrainian servicemen", EVT, MILF),
        (117, None, None, P, W, EX, "people injured in Sumy", "Ukraine", "liashko", "117 people", EVT, UF),
        (15, None, None, P, W, EX, "children among the injured in Sumy", "Ukraine", "liashko", "15 children", EVT, CIV),
        (88, None, None, P, W, EX, "injured remaining in hospital", "Ukraine", "liashko", "88 of them remain in hospital", EVT, UF),
        (31, None, None, P, K, AL, "civilian deaths confirmed by the UN mission in Sumy", "Ukraine", "bell", "at least 31 civilian deaths", EVT, CIV),
        (3, None, None, P, W, EX, "people wounded in attacks on the Polohy district on Sunday", "Ukraine", "fedorov", "three people", PER, UF),
        (2, None, None, P, K, EX, "civilians Balitsky says were killed by a Ukrainian drone in Kamianka-Dniprovska", None, "balitsky", "two civilians", EVT, CIV),
        (1, None, None, P, K, EX, "person killed in the Kharkiv region over the past day", "Ukraine", "syn", "killed one person", PER, UF),
        (5, None, None, P, W, EX, "people wounded in the Kharkiv region over the past day", "Ukraine", "syn", "wounded five others", PER, UF),
        (32, None, None, P, K, EX, "people confirmed dead in Sumy (midday count)", "Ukraine", "ses", "32 people", EVT, UF),
        (84, None, None, P, W, EX, "people wounded in Sumy (midday count)", "Ukraine", "ses", "84 wounded", EVT, UF),
        (10, None, None, P, W, EX, "children among the wounded (midday count)", "Ukraine", "ses", "Ten of the wounded", EVT, CIV),
        (20, None, None, P, K, AL, "people killed in Sumy (acting mayor's first count)", "Ukraine", "kobzar", "more than 20 people", EVT, UF),
    ])

# ---------------------------------------------------------------- 09
DOCS["09_el_fasher_saudi_hospital_killings"] = dict(
    CL={
        "tedros": ("Tedros Adhanom Ghebreyesus", ["Tedros", "WHO Director-General", "World Health Organization", "WHO", "head of the World Health Organization"], "who"),
        "sdn": ("Sudan Doctors Network", ["network", "group of medics"], "sdn"),
        "moh": ("Sudan's Federal Ministry of Health", ["Federal Ministry of Health", "health ministry", "Haitham Mohamed Ibrahim"], "sd_moh"),
        "army": ("Sudanese army", ["army", "Sudan's army", "Abdel Fattah al-Burhan"], "saf"),
        "rsf": ("Rapid Support Forces", ["RSF", "RSF Telegram channel"], "rsf"),
        "msf": ("Médecins Sans Frontières", ["MSF", "medical charity"], "msf"),
        "un": ("UN estimates", ["United Nations", "UN"], "un"),
    },
    R=[
        (460, None, None, P, K, AL, "patients and companions shot dead at the Saudi Maternity Hospital", "Sudan", "tedros", "More than 460 patients and their companions", EVT, CIV),
        (6, None, None, P, CAP, EX, "health workers abducted from the Saudi Maternity Hospital", "Sudan", "tedros", "six health workers", EVT, CIV),
        (4, None, None, P, CAP, EX, "doctors among the abducted health workers", "Sudan", "tedros", "four doctors", EVT, CIV),
        (1500, None, None, P, K, AL, "people killed fleeing El Fasher in three days", "Sudan", "sdn", "at least 1,500 people", PER, UF),
        (460, None, None, P, K, EX, "people killed at the El Fasher hospital", "Sudan", "moh", "figure of 460", EVT, CIV),
        (2000, None, None, P, K, AL, "unarmed civilians killed since the RSF stormed El Fasher", "Sudan", "army", "more than 2,000 unarmed civilians", TOT, CIV),
        (1200, None, None, P, CAP, EX, "army soldiers and allied fighters captured in and around El Fasher", "Sudan", "rsf", "1,200 army soldiers and allied fighters", EVT, MILF),
        (74, None, None, P, W, EX, "wounded adults and children treated by MSF in Tawila since Sunday", "Sudan", "msf", "74 wounded adults and children", PER, CIV),
        (17, None, None, P, W, EX, "MSF patients in critical condition", "Sudan", "msf", "17 of the patients", PER, CIV),
        (None, None, None, P, K, VG, "people killed in the war since April 2023", "Sudan", "un", "tens of thousands of people", TOT, UF),
    ])

# ---------------------------------------------------------------- 10
DOCS["10_msf_omdurman_market_wrapped"] = dict(
    CL={
        "msf": ("Médecins Sans Frontières", ["MSF", "MSF teams", "press release"], "msf"),
        "eltayeb": ("Jamal Eltayeb", ["Dr Jamal Eltayeb", "Al-Nao Hospital", "director"], "alnao"),
        "moh": ("Sudan's Ministry of Health", ["Ministry of Health", "health ministry"], "sd_moh"),
        "sdn": ("Sudan Doctors Network", ["medical group"], "sdn"),
        "sdn_msf": ("Sudan Doctors Network", ["medical group", "MSF"], "sdn"),
    },
    R=[
        (158, None, None, P, W, EX, "wounded patients brought to Al-Nao within three hours", "Sudan", "msf", "158 wounded patients", EVT, CIV),
        (29, None, None, P, K, EX, "people dead on arrival at Al-Nao", "Sudan", "msf", "29 people", EVT, UF),
        (13, None, None, P, K, EX, "patients who died of injuries in hospital", "Sudan", "msf", "13 patients died", EVT, CIV),
        (18, None, None, P, W, AL, "children among the wounded", "Sudan", "msf", "at least 18 children", EVT, CIV),
        (8, None, None, P, W, EX, "wounded still in intensive care at Al-Nao", "Sudan", "eltayeb", "Eight", EVT, UF),
        (56, None, None, P, K, EX, "people killed in the Sabreen market shelling", "Sudan", "moh", "56 people", EVT, UF),
        (158, None, None, P, W, EX, "people injured in the Sabreen market shelling", "Sudan", "moh", "158 injured", EVT, UF),
        (54, None, None, P, K, EX, "death toll of the market shelling", "Sudan", "sdn", "death toll at 54", EVT, UF),
        (5, None, None, P, K, EX, "women among the dead", "Sudan", "sdn", "five women", EVT, CIV),
        (9000, None, None, P, W, AL, "patients with war-related injuries treated at Al-Nao since the beginning of 2024", "Sudan", "msf", "more than 9,000 patients", TOT, CIV),
        (78, None, None, P, K, AL, "doctors killed since April 2023", "Sudan", "sdn_msf", "at least 78 doctors", TOT, CIV),
    ])

# ---------------------------------------------------------------- 11
DOCS["11_factbox_sudan_war_two_years"] = dict(
    CL={
        "acled": ("ACLED", ["Armed Conflict Location & Event Data project"], "acled"),
        "ibrahim": ("Haitham Mohamed Ibrahim", ["Sudan's health minister", "health minister", "health ministry"], "sd_moh"),
        "unoff": ("UN officials", ["United Nations", "UN"], "un"),
        "who": ("World Health Organization", ["WHO", "surveillance system"], "who"),
        "sdn": ("Sudan Doctors Network", ["network"], "sdn"),
        "msf": ("Médecins Sans Frontières", ["MSF"], "msf"),
        "un": ("UN", ["United Nations"], "un"),
        "ri": ("Relief International", [], "relief_intl"),
        "moh": ("Sudan's Ministry of Health", ["Ministry of Health", "health ministry"], "sd_moh"),
        "act": ("Local activists", ["activists"], "gezira_act"),
        "rsf": ("RSF", ["Rapid Support Forces"], "rsf"),
        "army": ("army", ["Sudanese army", "Sudan's army"], "saf"),
    },
    R=[
        (28700, None, None, P, K, AL, "fatalities recorded since April 15, 2023", "Sudan", "acled", "more than 28,700 fatalities", TOT, MIX),
        (7500, None, None, P, K, AP, "civilians killed in direct attacks", "Sudan", "acled", "some 7,500 civilians", TOT, CIV),
        (20000, None, None, P, K, AL, "people killed, per deaths registered by state hospitals", "Sudan", "ibrahim", "at least 20,000 people", TOT, UF),
        (None, None, None, P, K, VG, "true toll of the war", "Sudan", "unoff", "tens of thousands", TOT, UF),
        (318, None, None, P, K, EX, "deaths in attacks on health care, April 2023 to March 2025", "Sudan", "who", "Deaths: 318", PER, UF),
        (273, None, None, P, W, EX, "injuries in attacks on health care, April 2023 to March 2025", "Sudan", "who", "Injuries: 273", PER, UF),
        (234, None, None, P, K, AL, "health workers killed", "Sudan", "sdn", "at least 234 health workers", TOT, CIV),
        (38, None, None, P, CAP, EX, "medical staff held by the RSF", "Sudan", "sdn", "38 medical staff", TOT, CIV),
        (11, None, None, P, CAP, EX, "medical staff held by army intelligence", "Sudan", "sdn", "11 by army intelligence", TOT, CIV),
        (3000, None, None, P, W, AL, "war-wounded patients treated at Bashair Teaching Hospital, Aug 2023-Jun 2024", "Sudan", "msf", "more than 3,000 war-wounded patients", PER, CIV),
        (8, None, None, P, K, EX, "MSF-supported health workers killed, Aug 2023-Jun 2024", "Sudan", "msf", "8 MSF-supported health workers", PER, CIV),
        (400, None, None, P, K, AL, "people reported killed in RSF attacks on Zamzam, Abu Shouk and El Fasher", "Sudan", "un", "more than 400 people", EVT, UF),
        (9, None, None, P, K, EX, "Relief International staff killed at its Zamzam clinic", "Sudan", "ri", "nine of its staff", EVT, CIV),
        (56, None, None, P, K, EX, "people killed in the Sabreen market shelling", "Sudan", "moh", "killed 56 people", EVT, UF),
        (158, None, None, P, W, EX, "people injured in the Sabreen market shelling", "Sudan", "moh", "injured 158", EVT, UF),
        (100, None, None, P, K, AL, "villagers killed in Wad al-Nourah", "Sudan", "act", "more than 100 villagers", EVT, CIV),
        (3000, None, None, P, CAP, AL, "army soldiers held as prisoners by the RSF", "Sudan", "rsf", "more than 3,000 army soldiers", TOT, MILF),
        (125, None, None, P, X, EX, "detainees released by the RSF in Khartoum with ICRC help", "Sudan", None, "125 detainees", EVT, UF),
        (20, None, None, P, X, EX, "soldiers handed over by the RSF in Sennar", "Sudan", None, "20 soldiers", EVT, MILF),
        (410, None, None, P, X, EX, "civilians freed from RSF detention centres", "Sudan", "army", "410 civilians", EVT, CIV),
    ])

# ---------------------------------------------------------------- 12
DOCS["12_retrospective_medics_rescuers_killed"] = dict(
    CL={
        "gmoh": ("Gaza's Ministry of Health", ["Ministry of Health", "ministry", "Munir al-Bursh"], "gaza_moh"),
        "bursh": ("Munir al-Bursh", ["al-Bursh", "director-general", "Gaza's Ministry of Health", "ministry"], "gaza_moh"),
        "ocha": ("UN Office for the Coordination of Humanitarian Affairs", ["OCHA", "UN"], "ocha"),
        "lazzarini": ("Philippe Lazzarini", ["Lazzarini", "UNRWA", "commissioner-general", "UN's Palestine refugee agency"], "unrwa"),
        "pcd": ("Palestinian Civil Defence", ["civil defence"], "pcd"),
        "lmoph": ("Lebanon's Ministry of Public Health", ["Ministry of Public Health", "health ministry"], "leb_moph"),
        "ses": ("State Emergency Service", ["Ukraine's State Emergency Service", "emergency service"], "ses"),
        "uamoh": ("Ukraine's Health Ministry", ["Health Ministry", "Ministry of Health"], "ua_moh"),
        "hrmmu": ("UN's human rights monitors in Ukraine", ["monitoring mission", "UN Human Rights Monitoring Mission in Ukraine", "HRMMU", "spokesperson for the monitoring mission"], "hrmmu"),
        "sdn": ("Sudan Doctors Network", ["network"], "sdn"),
        "who": ("WHO", ["World Health Organization"], "who"),
    },
    R=[
        (1580, None, None, P, K, AL, "health workers killed in Gaza since October 2023", "Palestine", "gmoh", "more than 1,580 health workers", TOT, CIV),
        (361, None, None, P, CAP, EX, "Gaza medical staff held in Israeli detention", "Palestine", "bursh", "361 medical staff", TOT, CIV),
        (383, None, None, P, K, EX, "aid workers killed worldwide in 2024", None, "ocha", "383 aid workers", PER, CIV),
        (181, None, None, P, K, EX, "aid workers killed in Gaza in 2024", None, "ocha", "181 of them", PER, CIV),
        (360, None, None, P, K, AL, "UNRWA employees killed in the war", None, "lazzarini", "over 360 of its employees", TOT, CIV),
        (97, None, None, P, K, EX, "Palestinian Civil Defence rescuers killed", "Palestine", "pcd", "97 of its rescuers", TOT, CIV),
        (222, None, None, P, K, EX, "health and rescue workers killed in Lebanon", "Lebanon", "lmoph", "222", TOT, CIV),
        (330, None, None, P, W, AP, "health and rescue workers injured in Lebanon", "Lebanon", "lmoph", "about 330", TOT, CIV),
        (104, None, None, P, K, EX, "Ukrainian rescuers killed since February 2022", "Ukraine", "ses", "104 of its rescuers", TOT, CIV),
        (400, None, None, P, W, AL, "Ukrainian rescuers wounded since February 2022", "Ukraine", "ses", "more than 400 wounded", TOT, CIV),
        (230, None, None, P, K, AL, "medical workers killed in Ukraine since February 2022", "Ukraine", "uamoh", "at least 230 medical workers", TOT, CIV),
        (108, None, None, P, K, EX, "medical and emergency workers' deaths verified by the UN monitors", "Ukraine", "hrmmu", "108 medical and emergency workers", TOT, CIV),
        (250, None, None, P, K, AL, "health workers killed in Sudan since April 2023", "Sudan", "sdn", "at least 250 health workers", TOT, CIV),
        (None, None, None, P, CAP, VG, "doctors abducted for ransom in Sudan", "Sudan", "sdn", "dozens of doctors", TOT, CIV),
        (234, None, None, P, K, EX, "health workers killed in Sudan (April count)", "Sudan", "sdn", "234 in April", TOT, CIV),
        (38, None, None, P, K, EX, "health workers killed in attacks on health care in Sudan, January-May 2025", "Sudan", "who", "38 health workers", PER, CIV),
        (116, None, None, P, K, EX, "patients killed in attacks on health care in Sudan, January-May 2025", "Sudan", "who", "116 patients", PER, CIV),
    ])


def build():
    lines = []
    for doc, d in DOCS.items():
        cl = d["CL"]
        for r in d["R"]:
            (value, low, high, unit, cat, qual, subj, side, ck, span, scope, force) = r
            if ck is None:
                claimant, aliases, src = None, [], None
            else:
                claimant, aliases, skey = cl[ck]
                src = SOURCES[skey]
            lines.append({
                "doc": doc, "value": value, "low": low, "high": high, "unit": unit,
                "category": cat, "qualifier": qual, "subject": subj, "side": side,
                "claimant": claimant, "claimant_aliases": list(aliases), "span": span,
                "source": src[0] if src else None,
                "source_type": src[1] if src else None,
                "source_country": src[2] if src else None,
                "scope": scope, "force": force,
            })
    return lines


if __name__ == "__main__":
    lines = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for l in lines:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} lines to {os.path.normpath(OUT)}")
