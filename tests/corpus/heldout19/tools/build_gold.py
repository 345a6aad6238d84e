#!/usr/bin/env python3
"""Builds gold.jsonl from the compact table below. Run: python3 build_gold.py"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical sources: key -> (source, source_type, source_country)
S = {
    "SDN": ("Sudan Doctors Network", "monitor", "Sudan"),
    "SAF": ("Sudanese Armed Forces", "military", "Sudan"),
    "RSF": ("Rapid Support Forces", "armed group", "Sudan"),
    "OCHA": ("UN Office for the Coordination of Humanitarian Affairs (OCHA)", "international body", None),
    "EFRC": ("El Fasher Resistance Committees", "monitor", "Sudan"),
    "SMH": ("Saudi Maternity Hospital (El Fasher)", "health authority", "Sudan"),
    "SAFUN": ("Sudanese army officer in El Fasher (unnamed)", "unnamed", "Sudan"),
    "EOTH": ("El Obeid Teaching Hospital", "health authority", "Sudan"),
    "EL": ("Emergency Lawyers", "monitor", "Sudan"),
    "UNICEF": ("UNICEF", "international body", None),
    "WHO": ("World Health Organization (WHO)", "international body", None),
    "MSF": ("Médecins Sans Frontières (MSF)", "monitor", None),
    "PERR": ("Tom Perriello", "person", "United States"),
    "FAMA": ("Malian Armed Forces (FAMa)", "military", "Mali"),
    "DIAF": ("residents of Diafarabé (unnamed)", "unnamed", "Mali"),
    "DIPL": ("diplomatic source in Bamako (unnamed)", "unnamed", None),
    "BFA": ("Armed Forces of Burkina Faso", "military", "Burkina Faso"),
    "NERMOD": ("Ministry of Defence (Niger)", "military", "Niger"),
    "JNIM": ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "armed group", None),
    "BFSEC": ("Burkinabe security sources (unnamed)", "unnamed", "Burkina Faso"),
    "VDP": ("VDP member (unnamed)", "unnamed", "Burkina Faso"),
    "ACLED": ("Armed Conflict Location & Event Data (ACLED)", "monitor", "United States"),
    "CSP": ("Tuareg-led separatist rebel alliance (Mali)", "armed group", "Mali"),
    "AU": ("African Union", "international body", None),
    "SOMOFF": ("Somali officials (unnamed)", "unnamed", "Somalia"),
    "NISA": ("National Intelligence and Security Agency (Somalia)", "intelligence", "Somalia"),
    "SOMMOD": ("Ministry of Defence (Somalia)", "military", "Somalia"),
    "SNA": ("Somali National Army", "military", "Somalia"),
    "SHAB": ("al-Shabaab", "armed group", "Somalia"),
    "AFRICOM": ("United States Africa Command (AFRICOM)", "military", "United States"),
    "PUNT": ("Puntland security official (unnamed)", "unnamed", "Somalia"),
    "MUSE": ("Yoweri Museveni", "government", "Uganda"),
    "SOMMIL": ("Somali military officials (unnamed)", "unnamed", "Somalia"),
    "SOMSEC": ("Somali security source at the base (unnamed)", "unnamed", "Somalia"),
    "MADINA": ("medic at Madina hospital, Mogadishu (unnamed)", "unnamed", "Somalia"),
    "DRCGOV": ("Government of the Democratic Republic of the Congo", "government", "DR Congo"),
    "TSHI": ("Félix Tshisekedi", "government", "DR Congo"),
    "SANDF": ("South African National Defence Force", "military", "South Africa"),
    "M23": ("M23", "armed group", "DR Congo"),
    "UNGOE": ("UN Group of Experts on the DRC", "international body", None),
    "RDF": ("Rwanda Defence Force", "military", "Rwanda"),
    "NKIVU": ("North Kivu provincial government (governor's office)", "government", "DR Congo"),
    "ICRC": ("International Committee of the Red Cross (ICRC)", "international body", None),
    "FARDC": ("Armed Forces of the DRC (FARDC)", "military", "DR Congo"),
    "OHCHR": ("UN Human Rights Office (OHCHR)", "international body", None),
    "MONUSCO": ("MONUSCO", "international body", None),
    "OBAS": ("Olusegun Obasanjo", "person", "Nigeria"),
    "GHENT": ("Ghent University researchers", "monitor", "Belgium"),
    "AMN": ("Amnesty International", "monitor", None),
    "HRW": ("Human Rights Watch", "monitor", None),
    "EHRC": ("Ethiopian Human Rights Commission (EHRC)", "monitor", "Ethiopia"),
    "NRC": ("National Rehabilitation Commission (Ethiopia)", "government", "Ethiopia"),
    "ENDF": ("Ethiopian National Defense Force", "military", "Ethiopia"),
    "FANO": ("Fano", "armed group", "Ethiopia"),
    "HAFTOM": ("Haftom Gebru", "person", "Ethiopia"),
    "UNSOM": ("UN Panel of Experts on al-Shabaab", "international body", None),
    "UN": ("United Nations", "international body", None),
    "IMO": ("International Maritime Organization (IMO)", "international body", None),
    "HMOH": ("Ministry of Public Health and Population (Houthi-run, Yemen)", "health authority", "Yemen"),
    "AIRW": ("Airwars", "monitor", "United Kingdom"),
    "SHIPMGR": ("manager of the Eternity C (unnamed Greek company)", "unnamed", "Greece"),
    "DMW": ("Department of Migrant Workers (Philippines)", "government", "Philippines"),
    "HCD": ("Civil Defence (Houthi-run, Yemen)", "government", "Yemen"),
    "USOFF": ("US official (unnamed)", "unnamed", "United States"),
    "CHIURE": ("Chiúre district health office", "health authority", "Mozambique"),
    "MOZMOD": ("Ministry of Defence (Mozambique)", "military", "Mozambique"),
    "MOZPOL": ("Police of Mozambique (Cabo Delgado command)", "government", "Mozambique"),
    "ISLS": ("Islamic State", "armed group", None),
    "BURHAN": ("Abdel Fattah al-Burhan", "government", "Sudan"),
    "POPRES": ("Popular Resistance (River Nile State)", "armed group", "Sudan"),
    "SDNMOH": ("Federal Ministry of Health (Sudan)", "health authority", "Sudan"),
    None: (None, None, None),
}

VAGUE = object()
G = []


def L(doc, num, cat, qual, subject, side, claimant, aliases, span, src, scope, force, unit="people"):
    low = high = value = None
    if qual == "vague":
        pass
    elif qual == "range":
        low, high = num
    else:
        value = num
    s, st, sc = S[src]
    G.append(dict(doc=doc, value=value, low=low, high=high, unit=unit, category=cat, qualifier=qual,
                  subject=subject, side=side, claimant=claimant, claimant_aliases=aliases, span=span,
                  source=s, source_type=st, source_country=sc, scope=scope, force=force))


# ---------------- g01 live page, El Fasher / Abu Shouk
d = "g01_elfasher_abushouk_live"
sdn = ["Sudan Doctors Network", "the group", "the network", "medical group", "doctors' group"]
L(d, 57, "killed", "at_least", "people killed in Abu Shouk camp (latest toll)", "Sudan", "Sudan Doctors Network", sdn[1:], "At least 57 people", "SDN", "event", "unknown")
L(d, 11, "killed", "at_least", "children among the Abu Shouk dead", "Sudan", "Sudan Doctors Network", sdn[1:], "11 children", "SDN", "event", "civilian")
L(d, 4, "killed", "at_least", "women among the Abu Shouk dead", "Sudan", "Sudan Doctors Network", sdn[1:], "four women", "SDN", "event", "civilian")
L(d, 83, "wounded", "exact", "people wounded in Abu Shouk", "Sudan", "Sudan Doctors Network", sdn[1:], "Another 83 people", "SDN", "event", "unknown")
L(d, 19, "wounded", "exact", "critically wounded in Abu Shouk", "Sudan", "Sudan Doctors Network", sdn[1:], "19 of them critically", "SDN", "event", "unknown")
L(d, 64, "wounded", "exact", "wounded from Abu Shouk received at the Saudi Maternity Hospital", "Sudan", "Hashim Bakheet", ["Dr Hashim Bakheet", "Saudi Maternity Hospital"], "64 wounded", "SMH", "event", "unknown")
L(d, 43, "killed", "exact", "dead in Abu Shouk (18:15 toll)", "Sudan", "Sudan Doctors Network", sdn[1:], "the dead at 43", "SDN", "event", "unknown")
L(d, 31, "killed", "exact", "dead buried inside Abu Shouk camp", "Sudan", "Sudan Doctors Network volunteer", ["network volunteer", "Sudan Doctors Network"], "31 of the dead", "SDN", "event", "unknown")
L(d, 120, "killed", "exact", "Joint Force fighters killed in Abu Shouk", "Joint Forces", "Rapid Support Forces", ["RSF", "paramilitary"], "120 of them", "RSF", "event", "military")
L(d, 26, "captured", "exact", "Joint Force fighters captured in Abu Shouk", "Joint Forces", "Rapid Support Forces", ["RSF", "paramilitary"], "26 others", "RSF", "event", "military")
L(d, 8, "killed", "exact", "Sudanese soldiers killed defending Abu Shouk", "Sudan", "army officer in the city", ["army officer", "Sudanese army officer"], "eight soldiers", "SAFUN", "event", "military")
L(d, 24, "wounded", "approximate", "Sudanese soldiers hurt defending Abu Shouk", "Sudan", "army officer in the city", ["army officer", "Sudanese army officer"], "about two dozen", "SAFUN", "event", "military")
L(d, 40, "killed", "at_least", "civilians killed in Abu Shouk by midday", "Sudan", "UN's humanitarian office", ["UN humanitarian office", "OCHA", "UN Office for the Coordination of Humanitarian Affairs"], "at least 40 civilians", "OCHA", "event", "civilian")
L(d, 14, "killed", "at_least", "people killed in the first hour of shelling of Abu Shouk", "Sudan", "El Fasher Resistance Committees", ["Resistance Committees", "local activists"], "at least 14 people", "EFRC", "event", "unknown")
L(d, None, "killed", "vague", "people killed in Sudan's war", None, None, [], "tens of thousands of people", None, "total", "unknown")

# ---------------- g02 OCHA report
d = "g02_ocha_sudan_kordofan_report"
oc = ["OCHA", "UN Office for the Coordination of Humanitarian Affairs", "humanitarian update", "the report"]
ocn = "UN Office for the Coordination of Humanitarian Affairs"
L(d, 1312, "killed", "at_least", "civilians killed in Sudan, 1 July-31 August", "Sudan", ocn, oc, "at least 1,312 civilians", "OCHA", "period", "civilian")
L(d, 2045, "wounded", "exact", "civilians injured in Sudan, 1 July-31 August", "Sudan", ocn, oc, "2,045 others", "OCHA", "period", "civilian")
L(d, 476, "killed", "exact", "civilians killed in El Fasher in July-August", "Sudan", ocn, oc, "476 civilians", "OCHA", "period", "civilian")
L(d, 89, "killed", "exact", "civilians killed in El Fasher in one week of shelling in mid-August", "Sudan", ocn, oc, "89 of them", "OCHA", "period", "civilian")
L(d, 73, "killed", "exact", "children among the El Fasher dead", "Sudan", ocn, oc, "73 children", "OCHA", "period", "civilian")
L(d, 24, "killed", "exact", "civilians killed in drone strike on wedding near Bara", "Sudan", ocn, oc, "24 civilians", "OCHA", "event", "civilian")
L(d, 9, "killed", "exact", "women killed in the Bara wedding strike", "Sudan", ocn, oc, "nine women", "OCHA", "event", "civilian")
L(d, 47, "wounded", "exact", "people wounded by shelling of El Obeid livestock market", "Sudan", ocn, oc, "47 people", "OCHA", "event", "unknown")
L(d, 11, "killed", "exact", "Sudanese aid workers killed in July-August", "Sudan", ocn, oc, "Eleven aid workers", "OCHA", "period", "civilian")
L(d, 128, "killed", "exact", "aid workers killed since April 2023", None, ocn, oc, "to 128", "OCHA", "total", "civilian")
L(d, 4, "missing", "exact", "Sudanese relief staff missing after RSF checkpoint stop", "Sudan", ocn, oc, "Four Sudanese staff", "OCHA", "event", "civilian")
L(d, 150, "captured", "at_least", "people abducted from villages west of El Fasher", "Sudan", ocn, oc, "at least 150 people", "OCHA", "period", "civilian")
L(d, 40, "killed", "exact", "people killed in the Bara wedding strike", "Sudan", "Sudan Doctors Network", ["SDN"], "40 people", "SDN", "event", "unknown")
L(d, 600, "killed", "approximate", "dead in El Fasher over July-August", "Sudan", "El Fasher Resistance Committees", ["Resistance Committees", "volunteers"], "about 600 dead", "EFRC", "period", "unknown")
L(d, 300, "killed", "exact", "civilians killed in army air strikes on Nyala and South Darfur towns since June", "Sudan", "Rapid Support Forces", ["RSF", "paramilitary"], "300 civilians", "RSF", "period", "civilian")
L(d, None, "killed", "vague", "RSF fighters killed in army air strikes in South Darfur", "RSF", "SAF", ["Sudanese Armed Forces", "the army"], "hundreds of militia elements", "SAF", "period", "military")

# ---------------- g03 broadcaster story, El Obeid school
d = "g03_el_obeid_school_drone_strike"
sd3 = ["Sudan Doctors' Network", "the group", "medics"]
L(d, 31, "killed", "at_least", "people killed in drone strike on El Obeid school shelter", "Sudan", "Sudan Doctors Network", sd3, "at least 31 people", "SDN", "event", "civilian")
L(d, 19, "killed", "exact", "children under 15 among the dead", "Sudan", "Sudan Doctors Network", sd3, "19 of the dead", "SDN", "event", "civilian")
L(d, 52, "wounded", "exact", "people wounded in the El Obeid school strike", "Sudan", "Sudan Doctors Network", sd3, "52 people", "SDN", "event", "civilian")
L(d, 11, "wounded", "exact", "wounded in intensive care at El Obeid Teaching Hospital", "Sudan", "Amna Osman", ["Dr Amna Osman", "surgeon", "El Obeid Teaching Hospital"], "eleven are in intensive care", "EOTH", "event", "civilian")
L(d, 74, "killed", "exact", "civilians killed by RSF drones across Kordofan in the past week", "Sudan", "Nabil Abdallah", ["army spokesman", "Sudanese army", "Sudanese Armed Forces"], "74 civilians", "SAF", "period", "civilian")
L(d, 200, "killed", "at_least", "villagers killed by RSF fighters in Bara", "Sudan", "Emergency Lawyers", ["the group"], "more than 200 villagers", "EL", "event", "civilian")
L(d, 2700, "casualties", "at_least", "children killed or maimed in Sudan, first nine months of 2025", "Sudan", "Sheldon Yett", ["UNICEF", "UNICEF's representative in Sudan"], "more than 2,700 children", "UNICEF", "period", "civilian")
L(d, 1204, "killed", "exact", "health workers and patients killed in attacks on health care since April 2023", "Sudan", "World Health Organization", ["WHO"], "1,204 health workers and patients", "WHO", "period", "civilian")
L(d, 416, "wounded", "exact", "health workers and patients injured in attacks on health care", "Sudan", "World Health Organization", ["WHO"], "injured 416", "WHO", "period", "civilian")
L(d, 70, "wounded", "exact", "people fleeing El Fasher with gunshot wounds received in Tawila", "Sudan", "Doctors Without Borders", ["MSF", "Médecins Sans Frontières", "the charity"], "Seventy of them", "MSF", "period", "unknown")
L(d, 150000, "killed", "at_most", "people killed in Sudan since April 2023", None, "Tom Perriello", ["former US special envoy for Sudan"], "as many as 150,000 people", "PERR", "total", "unknown")

# ---------------- g04 Sahel communiques (translated)
d = "g04_sahel_army_communiques"
fa = ["FAMa", "Malian armed forces", "Mali's armed forces", "General Staff"]
L(d, 83, "killed", "exact", "terrorists neutralised in Ségou and Mopti regions", None, "General Staff of the Armies", fa, "83 terrorists", "FAMA", "period", "military")
L(d, 2, "killed", "exact", "high-value leaders among those neutralised", None, "General Staff of the Armies", fa, "2 high-value leaders", "FAMA", "period", "military")
L(d, 3, "captured", "exact", "terrorists apprehended", None, "General Staff of the Armies", fa, "3 (three) terrorists", "FAMA", "period", "military")
L(d, 4, "killed", "exact", "Malian soldiers killed (friendly side)", "Mali", "General Staff of the Armies", fa, "4 killed", "FAMA", "period", "military")
L(d, 7, "wounded", "exact", "Malian soldiers wounded (friendly side)", "Mali", "General Staff of the Armies", fa, "7 wounded", "FAMA", "period", "military")
L(d, 2, "wounded", "exact", "Malian soldiers seriously wounded", "Mali", "General Staff of the Armies", fa, "2 seriously", "FAMA", "period", "military")
L(d, 3200, "deployed", "exact", "new soldiers who joined units in central Mali since March", "Mali", "General Staff of the Armies", fa + ["army"], "3 thousand 200 new soldiers", "FAMA", "period", "military")
L(d, 20, "captured", "approximate", "Fulani traders arrested by soldiers in Diafarabé", "Mali", "residents of Diafarabé", ["residents"], "about 20 Fulani traders", "DIAF", "event", "civilian")
L(d, 2500, "deployed", "approximate", "Russian Africa Corps personnel in Mali", "Russia", "diplomatic source in Bamako", ["diplomatic source"], "about 2 500 personnel", "DIPL", "total", "military")
bf = ["Burkina Faso army", "Armed Forces of Burkina Faso", "army", "national broadcaster"]
L(d, 100, "killed", "at_least", "terrorists eliminated around Djibo over the weekend", None, "Armed Forces of Burkina Faso", bf, "more than one hundred (100) terrorists", "BFA", "event", "military")
L(d, 1500, "killed", "at_least", "terrorists neutralised in Burkina Faso since the start of the year", None, "Armed Forces of Burkina Faso", bf, "more than 1 500 terrorists", "BFA", "period", "military")
L(d, 27, "killed", "exact", "soldiers and VDP who fell in the fighting", "Burkina Faso", "Armed Forces of Burkina Faso", bf, "twenty-seven (27) soldiers and VDP", "BFA", "event", "military")
nm = ["Niger's defence ministry", "Ministry of Defence of Niger", "defence ministry"]
L(d, 34, "killed", "exact", "Nigerien soldiers killed at Banibangou", "Niger", "Niger's defence ministry", nm[1:], "34 soldiers", "NERMOD", "event", "military")
L(d, 14, "wounded", "exact", "Nigerien soldiers wounded at Banibangou", "Niger", "Niger's defence ministry", nm[1:], "14 wounded", "NERMOD", "event", "military")
L(d, None, "deployed", "vague", "assailants who attacked Banibangou", None, "Niger's defence ministry", nm[1:], "several hundred", "NERMOD", "event", "military")
L(d, None, "killed", "vague", "terrorists killed in the Banibangou counter-attack", None, "Niger's defence ministry", nm[1:], "dozens of terrorists", "NERMOD", "event", "military")

# ---------------- g05 JNIM claim, hard-wrapped wire
d = "g05_jnim_djibo_claim_wire"
jn = ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "az-Zallaqa", "SITE Intelligence Group", "al Qaeda-linked group", "the group"]
L(d, 200, "killed", "at_least", "Burkinabe soldiers and militiamen killed at Djibo", "Burkina Faso", "JNIM", jn, "more than 200 soldiers and militiamen", "JNIM", "event", "military")
L(d, 60, "captured", "exact", "prisoners seized at Djibo", "Burkina Faso", "JNIM", jn, "seized 60", "JNIM", "event", "unknown")
L(d, 7, "killed", "exact", "JNIM fighters killed in the Djibo assault", "JNIM", "JNIM", jn, "seven of its own", "JNIM", "event", "military")
L(d, None, "deployed", "vague", "JNIM attackers at Djibo", "JNIM", "two security sources and a local resident", ["security sources", "local resident"], "numbering several hundred", "BFSEC", "event", "military")
L(d, 100, "killed", "approximate", "soldiers and VDP killed at Djibo", "Burkina Faso", "security source", ["security sources", "one of the security sources"], "at about 100", "BFSEC", "event", "military")
L(d, 30, "killed", "at_least", "civilians killed at Djibo", "Burkina Faso", "security source", ["security sources", "one of the security sources"], "at least 30 civilians", "BFSEC", "event", "civilian")
L(d, 50, "killed", "at_least", "VDP member's comrades whose bodies he saw", "Burkina Faso", "VDP member", ["VDP member who escaped to Ouahigouya"], "at least 50 of my", "VDP", "event", "military")
ac = ["ACLED", "Armed Conflict Location & Event Data Project", "crisis monitor"]
L(d, 1500, "killed", "at_least", "civilians and soldiers killed by JNIM and IS in Burkina Faso, Jan-Apr 2025", "Burkina Faso", "ACLED", ac[1:], "1,500 civilians and soldiers", "ACLED", "period", "mixed")
L(d, 900, "killed", "exact", "people killed in army and militia operations, Jan-Apr 2025", None, "ACLED", ac[1:], "900 people", "ACLED", "period", "mixed")
L(d, None, "killed", "vague", "Malian soldiers and Wagner fighters killed at Tinzaouaten, July 2024", None, None, [], "dozens of Malian soldiers and Wagner Group fighters", None, "event", "military")
L(d, 84, "killed", "exact", "Wagner fighters killed at Tinzaouaten", "Wagner Group", "rebel alliance", ["Tuareg-led separatist rebels", "rebels"], "84 Wagner fighters", "CSP", "event", "military")
L(d, 47, "killed", "exact", "Malian soldiers killed at Tinzaouaten", "Mali", "rebel alliance", ["Tuareg-led separatist rebels", "rebels"], "47 Malian soldiers", "CSP", "event", "military")

# ---------------- g06 AUSSOM
d = "g06_aussom_force_takes_shape"
au = ["African Union", "AU", "AU deployment table"]
L(d, 11146, "deployed", "exact", "AUSSOM uniformed personnel", "African Union", "AU officials", au, "11,146 uniformed personnel", "AU", "total", "military")
for n, c, sp in [(4500, "Uganda", "Uganda (4,500)"), (2500, "Ethiopia", "Ethiopia (2,500)"), (1520, "Djibouti", "Djibouti (1,520)"), (1410, "Kenya", "Kenya (1,410)"), (536, "Egypt", "Egypt (536)")]:
    dem = {"Uganda": "Ugandan", "Ethiopia": "Ethiopian", "Djibouti": "Djiboutian", "Kenya": "Kenyan", "Egypt": "Egyptian"}[c]
    L(d, n, "deployed", "exact", f"{dem} troops in AUSSOM", "African Union", "African Union", ["AU deployment table", "AU officials", "AU"], sp, "AU", "total", "military")
L(d, 680, "deployed", "exact", "AUSSOM police officers from Nigeria, Ghana and Sierra Leone", "African Union", "African Union", ["AU deployment table", "AU officials", "AU"], "680 police officers", "AU", "total", "military")
L(d, None, "deployed", "vague", "Ethiopian troops in Somalia outside the AU mission", "Ethiopia", "Somali officials", [], "several thousand troops", "SOMOFF", "total", "military")
L(d, 130, "killed", "at_least", "al-Shabaab fighters killed in Middle Shabelle since early March", "al-Shabaab", "Omar Ali Abdi", ["state minister for defence", "National Intelligence and Security Agency", "NISA"], "over 130", "NISA", "period", "military")
L(d, None, "killed", "vague", "Somali soldiers killed in Middle Shabelle", "Somalia", "Omar Ali Abdi", ["state minister for defence"], "dozens", "SOMMOD", "period", "military")
L(d, 70, "killed", "at_least", "insurgents killed in the battle for Adan Yabaal", "al-Shabaab", "Abdullahi Mohamed Hussein", ["Somali National Army", "SNA"], "more than 70 of the insurgents", "SNA", "event", "military")
L(d, 61, "killed", "exact", "government soldiers killed at Adan Yabaal", "Somalia", "al-Shabaab", ["Radio Andalus"], "61 government soldiers", "SHAB", "event", "military")
L(d, (7000, 12000), "deployed", "range", "al-Shabaab fighters", "al-Shabaab", "senior NISA officer", ["NISA", "National Intelligence and Security Agency"], "between 7,000 and 12,000 fighters", "NISA", "total", "military")
L(d, 14, "killed", "exact", "ISIS-Somalia operatives killed in Feb. 10 strike", "Islamic State", "US Africa Command", ["AFRICOM", "United States Africa Command"], "14 ISIS-Somalia operatives", "AFRICOM", "event", "military")
L(d, 7, "killed", "exact", "militants killed in US strike in Cal Miskaad", "Islamic State", "Puntland security official", [], "seven militants", "PUNT", "event", "military")
L(d, 2, "killed", "exact", "foreign fighters among those killed", "Islamic State", "Puntland security official", [], "two foreign fighters", "PUNT", "event", "military")
L(d, 54, "killed", "exact", "Ugandan soldiers of the AU mission killed at Buulo Mareer, May 2023", "African Union", "Yoweri Museveni", ["President Yoweri Museveni"], "54 soldiers", "MUSE", "event", "military")

# ---------------- g07 all-caps wire, Sabiid
d = "g07_shabaab_storms_sabiid_base_wire"
mo = ["two military officials", "military official", "officials"]
L(d, 17, "killed", "at_least", "Somali soldiers killed at Sabiid base", "Somalia", "military officials", mo, "at least 17 soldiers", "SOMMIL", "event", "military")
L(d, 23, "wounded", "at_least", "Somali soldiers wounded at Sabiid base", "Somalia", "military officials", mo, "At least 23 soldiers", "SOMMIL", "event", "military")
L(d, 40, "killed", "at_least", "al-Shabaab attackers killed at Sabiid", "al-Shabaab", "Somali National Army", ["SNA", "Somali army"], "more than 40 terrorists", "SNA", "event", "military")
L(d, 73, "killed", "exact", "soldiers killed at Sabiid (al-Shabaab claim)", "Somalia", "al-Shabaab", ["Andalus radio"], "73 soldiers", "SHAB", "event", "military")
L(d, 26, "killed", "exact", "attackers' bodies collected at the base", "al-Shabaab", "security source", ["security source at the base"], "26 bodies of the attackers", "SOMSEC", "event", "military")
L(d, 300, "deployed", "approximate", "al-Shabaab fighters massed for the assault", "al-Shabaab", "regional commander of Somalia's spy agency", ["Somalia's spy agency", "National Intelligence and Security Agency", "NISA"], "about 300", "NISA", "event", "military")
L(d, 12, "killed", "exact", "al-Shabaab operatives killed in US air strike near the base", "al-Shabaab", "Africa Command", ["U.S. military's Africa Command", "AFRICOM", "United States Africa Command"], "12 al-Shabaab operatives", "AFRICOM", "event", "military")
L(d, 19, "wounded", "exact", "wounded soldiers received at Madina hospital", "Somalia", "medic at Mogadishu's Madina hospital", ["medic", "Madina hospital"], "19 wounded soldiers", "MADINA", "event", "military")
L(d, 2, "wounded", "exact", "wounded civilians from a nearby village received at Madina hospital", "Somalia", "medic at Mogadishu's Madina hospital", ["medic", "Madina hospital"], "two civilians", "MADINA", "event", "civilian")
L(d, 1, "killed", "exact", "wounded civilian who later died (a boy)", "Somalia", "medic at Mogadishu's Madina hospital", ["medic", "Madina hospital"], "One of", "MADINA", "event", "civilian")
L(d, 11000, "deployed", "approximate", "AU force personnel in Somalia", "African Union", None, [], "about 11,000 personnel", None, "total", "military")

# ---------------- g08 Goma toll
d = "g08_goma_toll_bodies"
L(d, 900, "killed", "at_least", "bodies recovered in Goma", None, "World Health Organization", ["WHO"], "At least 900 bodies", "WHO", "event", "unknown")
L(d, 2880, "wounded", "exact", "people treated for injuries in Goma hospitals", None, "World Health Organization", ["WHO"], "another 2,880 people", "WHO", "event", "unknown")
mu = ["Congo's government spokesman", "government spokesman", "Congolese government"]
L(d, 3000, "killed", "at_most", "real toll of the battle for Goma", None, "Patrick Muyaya", mu, "close to 3,000", "DRCGOV", "event", "unknown")
L(d, 2000, "killed", "at_least", "bodies already buried in Goma", None, "Patrick Muyaya", mu, "more than 2,000 bodies", "DRCGOV", "event", "unknown")
L(d, 900, "killed", "at_least", "bodies still in Goma morgues", None, "Patrick Muyaya", mu, "more than 900", "DRCGOV", "event", "unknown")
L(d, None, "killed", "vague", "Congolese compatriots massacred", "DR Congo", "Félix Tshisekedi", ["President Félix Tshisekedi", "Felix Tshisekedi", "Tshisekedi"], "hundreds of our compatriots", "TSHI", "event", "unknown")
L(d, 13, "killed", "exact", "foreign soldiers killed defending Goma", None, None, [], "Thirteen foreign soldiers", None, "event", "military")
L(d, 7, "killed", "exact", "South African soldiers serving with SAMIDRC killed", "SADC", "South Africa's defence force", ["South African National Defence Force", "SANDF"], "seven of its soldiers", "SANDF", "event", "military")
L(d, 2, "killed", "exact", "South African soldiers serving with MONUSCO killed", "United Nations", "South Africa's defence force", ["South African National Defence Force", "SANDF"], "two South Africans", "SANDF", "event", "military")
L(d, 3, "killed", "exact", "Malawian soldiers of the SADC force killed", "SADC", None, [], "three soldiers", None, "event", "military")
L(d, 1, "killed", "exact", "Uruguayan MONUSCO peacekeeper killed", "United Nations", None, [], "one Uruguayan peacekeeper", None, "event", "military")
L(d, 11000, "deployed", "approximate", "MONUSCO uniformed personnel in Congo", "United Nations", None, [], "some 11,000 uniformed personnel", None, "total", "military")
L(d, 280, "captured", "approximate", "Romanian military contractors working with the Congolese army who surrendered", "DR Congo", None, [], "Some 280 Romanian military contractors", None, "event", "military")
L(d, 2000, "captured", "at_least", "government soldiers who surrendered to M23", "DR Congo", "Lawrence Kanyuka", ["M23", "M23 spokesman"], "more than 2,000 government soldiers", "M23", "event", "military")
L(d, (3000, 4000), "deployed", "range", "Rwandan troops fighting alongside M23 in North Kivu", "Rwanda", "UN experts", ["UN Group of Experts"], "between 3,000 and 4,000 Rwandan troops", "UNGOE", "total", "military")
L(d, 5, "killed", "exact", "civilians killed by shells in Rubavu", "Rwanda", "Rwanda's military", ["Rwanda Defence Force", "RDF"], "five civilians", "RDF", "event", "civilian")
L(d, 35, "wounded", "exact", "civilians wounded by shells in Rubavu", "Rwanda", "Rwanda's military", ["Rwanda Defence Force", "RDF"], "wounded 35", "RDF", "event", "civilian")
L(d, 46, "killed", "at_least", "civilians killed in rebel shelling of Sake", "DR Congo", "office of the North Kivu governor", ["North Kivu governor", "North Kivu provincial government"], "at least 46 civilians", "NKIVU", "event", "civilian")

# ---------------- g09 prisoner swap
d = "g09_congo_m23_prisoner_swap"
ic = ["ICRC", "International Committee of the Red Cross", "Myriam Favier", "the organisation"]
icn = "International Committee of the Red Cross"
L(d, 160, "exchanged", "exact", "prisoners released by both sides", None, icn, ic, "a combined 160 prisoners", "ICRC", "event", "mixed")
L(d, 60, "exchanged", "exact", "detained M23 members freed by the government", "M23", icn, ic, "60 detained members of the M23", "ICRC", "event", "military")
L(d, 100, "exchanged", "exact", "Congolese soldiers and police officers handed over by the rebels", "DR Congo", icn, ic, "100 Congolese soldiers and police officers", "ICRC", "event", "military")
L(d, 14, "exchanged", "exact", "previously wounded soldiers among those handed over", "DR Congo", icn, ic, "14 soldiers", "ICRC", "event", "military")
ek = ["Congolese army spokesman", "FARDC", "Congolese army"]
L(d, 400, "captured", "at_least", "FARDC soldiers still held by the rebels", "DR Congo", "Sylvain Ekenge", ek, "more than 400 soldiers", "FARDC", "total", "military")
L(d, 21, "killed", "exact", "captured soldiers executed near Walikale", "DR Congo", "Sylvain Ekenge", ek, "21 captured soldiers", "FARDC", "event", "military")
ka = ["M23", "M23 spokesman", "the movement"]
L(d, 300, "captured", "at_most", "government prisoners held by M23", "DR Congo", "Lawrence Kanyuka", ka, "fewer than 300", "M23", "total", "military")
L(d, 700, "captured", "at_least", "M23 members and sympathisers detained by Kinshasa", "M23", "Lawrence Kanyuka", ka, "over 700 of our members and sympathisers", "M23", "total", "mixed")
L(d, 70, "killed", "at_least", "people killed in clashes in Masisi since the Doha framework", None, "office of the North Kivu governor", ["North Kivu governor", "North Kivu provincial government"], "at least 70 people", "NKIVU", "period", "mixed")
L(d, 319, "killed", "at_least", "civilians killed by M23 in Rutshuru villages in July", "DR Congo", "Volker Türk", ["UN human rights chief", "UN human rights office", "OHCHR"], "at least 319 civilians", "OHCHR", "period", "civilian")
L(d, 10500, "deployed", "approximate", "MONUSCO uniformed personnel now", "United Nations", "MONUSCO", ["UN stabilisation mission", "the mission"], "some 10,500 uniformed personnel", "MONUSCO", "total", "military")
L(d, 20000, "deployed", "at_least", "MONUSCO uniformed personnel at peak", "United Nations", "MONUSCO", ["UN stabilisation mission", "the mission"], "more than 20,000", "MONUSCO", "total", "military")
L(d, 1300, "deployed", "approximate", "SAMIDRC troops withdrawn", "SADC", None, [], "roughly 1,300 troops", None, "event", "military")
L(d, None, "missing", "vague", "Congolese unaccounted for since the M23 offensive", "DR Congo", "Félix Tshisekedi", ["Felix Tshisekedi", "Congolese president", "Tshisekedi"], "thousands of Congolese", "TSHI", "total", "unknown")

# ---------------- g10 Tigray retrospective
d = "g10_tigray_three_years_after_pretoria"
L(d, 600000, "killed", "approximate", "people killed in the Tigray war, soldiers and civilians", None, "Olusegun Obasanjo", ["former Nigerian president", "AU mediator"], "about 600,000 people", "OBAS", "total", "mixed")
gh = ["Researchers at Ghent University", "Ghent University"]
L(d, (385000, 600000), "killed", "range", "civilians who died in Tigray during the war", "Ethiopia", "Ghent University researchers", gh, "between 385,000 and 600,000 civilians", "GHENT", "total", "civilian")
L(d, (50000, 100000), "killed", "range", "Tigray civilians who were victims of direct killings", "Ethiopia", "Ghent University researchers", gh, "50,000 to 100,000 of them", "GHENT", "total", "civilian")
L(d, None, "killed", "vague", "civilians killed by Eritrean soldiers in Axum", "Ethiopia", "Amnesty International", [], "hundreds of civilians", "AMN", "event", "civilian")
L(d, 200, "killed", "at_least", "civilians killed in Axum", "Ethiopia", "Human Rights Watch", [], "more than 200", "HRW", "event", "civilian")
eh = ["Ethiopian Human Rights Commission", "EHRC", "state-appointed rights commission"]
L(d, 100, "killed", "at_least", "civilians killed in Axum", "Ethiopia", "Ethiopian Human Rights Commission", eh[1:], "more than 100", "EHRC", "event", "civilian")
L(d, 7000, "captured", "approximate", "captured federal soldiers paraded in Mekelle", "Ethiopia", None, [], "about 7,000 captured federal soldiers", None, "event", "military")
L(d, 270000, "deployed", "approximate", "Tigrayan combatants to be demobilised", "TPLF", "National Rehabilitation Commission", ["Ethiopia's National Rehabilitation Commission"], "an estimated 270,000 Tigrayan combatants", "NRC", "total", "military")
L(d, 26, "killed", "at_least", "civilians killed in drone strike on Finote Selam bus station", "Ethiopia", "Ethiopian Human Rights Commission", eh[1:], "at least 26 civilians", "EHRC", "event", "civilian")
en = ["Ethiopian National Defense Force", "ENDF", "army"]
L(d, 300, "killed", "at_least", "Fano fighters killed in Gojjam and Gondar operations", "Fano", "Ethiopian National Defense Force", en[1:], "over 300", "ENDF", "period", "military")
L(d, 87, "captured", "exact", "Fano fighters captured in Gojjam and Gondar operations", "Fano", "Ethiopian National Defense Force", en[1:], "87 others", "ENDF", "period", "military")
L(d, 40, "killed", "at_most", "Fano fighters lost in that period (own losses)", "Fano", "Fano commander", ["Fano commander in East Gojjam"], "no more than 40 men", "FANO", "period", "military")
L(d, 8000, "killed", "at_least", "fatalities in Amhara since the Fano insurgency began", None, "ACLED", [], "more than 8,000 fatalities", "ACLED", "total", "mixed")
L(d, 2, "killed", "exact", "teacher's brothers killed in 2021", "Ethiopia", "Haftom Gebru", ["teacher in Adigrat"], "two brothers", "HAFTOM", "period", "unknown")

# ---------------- g11 factbox
d = "g11_factbox_africa_red_sea"
L(d, 30000, "killed", "at_least", "recorded fatalities in Sudan's war, all sides", None, "ACLED", ["Armed Conflict Location & Event Data project"], "Recorded fatalities, all sides (ACLED): over 30,000", "ACLED", "total", "mixed")
L(d, 1850, "killed", "at_least", "civilians killed in El Fasher since May 2024", "Sudan", "Sudan Doctors Network", [], "Civilians killed in El Fasher since May 2024 (Sudan Doctors Network): at least 1,850", "SDN", "period", "civilian")
L(d, 11200, "killed", "approximate", "fatalities in Mali, Burkina Faso and Niger in 2024", None, "ACLED", ["Armed Conflict Location & Event Data project"], "Fatalities across the three states in 2024 (ACLED): about 11,200", "ACLED", "period", "mixed")
L(d, 2500, "deployed", "approximate", "Russian Africa Corps personnel in Mali", "Russia", None, [], "Russian Africa Corps personnel in Mali (est.): 2,500", None, "total", "military")
L(d, 3000, "killed", "approximate", "people killed in the battle for Goma, January 2025", None, "Congolese government", ["Government of the Democratic Republic of the Congo"], "Killed in the battle for Goma, January 2025 (Congolese government): about 3,000", "DRCGOV", "event", "unknown")
L(d, 6500, "deployed", "approximate", "M23 fighters", "M23", "UN Group of Experts", ["UN experts"], "M23 fighters (UN Group of Experts, est.): 6,500", "UNGOE", "total", "military")
L(d, 11000, "deployed", "exact", "MONUSCO uniformed personnel", "United Nations", "UN", ["United Nations"], "MONUSCO uniformed personnel (UN): 11,000", "UN", "total", "military")
L(d, 11146, "deployed", "exact", "AUSSOM uniformed personnel", "African Union", "African Union", ["AU"], "AUSSOM uniformed personnel (African Union): 11,146", "AU", "total", "military")
L(d, (7000, 12000), "deployed", "range", "al-Shabaab fighters", "al-Shabaab", "UN sanctions monitors", ["UN Panel of Experts"], "Al-Shabaab fighters (UN sanctions monitors, est.): 7,000-12,000", "UNSOM", "total", "military")
L(d, 600000, "killed", "approximate", "Tigray war deaths", None, "Olusegun Obasanjo", ["AU mediator"], "Tigray war deaths (AU mediator Olusegun Obasanjo, est.): 600,000", "OBAS", "total", "unknown")
L(d, 8000, "killed", "at_least", "fatalities in Amhara since 2023", None, "ACLED", ["Armed Conflict Location & Event Data project"], "Fatalities in Amhara since 2023 (ACLED): more than 8,000", "ACLED", "period", "mixed")
L(d, 6200, "killed", "at_least", "deaths in Cabo Delgado since 2017", None, "ACLED", ["Armed Conflict Location & Event Data project"], "Deaths since 2017 (ACLED): more than 6,200", "ACLED", "period", "mixed")
L(d, 4000, "deployed", "approximate", "Rwandan troops and police in Mozambique", "Rwanda", "Rwanda Defence Force", ["RDF"], "Rwandan troops and police deployed (Rwanda Defence Force): about 4,000", "RDF", "total", "military")
L(d, 8, "killed", "at_least", "seafarers killed in Houthi attacks since November 2023", None, "International Maritime Organization", ["IMO", "UN shipping agency"], "Seafarers killed (UN shipping agency IMO): at least 8", "IMO", "total", "civilian")
L(d, 25, "captured", "exact", "Galaxy Leader crew held by the Houthis", None, None, [], "Galaxy Leader crew held by the Houthis, Nov 2023 - Jan 2025: 25", None, "event", "civilian")
L(d, None, "killed", "vague", "civilians killed in US strikes, March 15-May 6, 2025", "Yemen", "Houthi-run health ministry", ["health ministry"], "Civilians killed in US strikes, March 15 - May 6, 2025 (Houthi-run health ministry): hundreds", "HMOH", "period", "civilian")
L(d, 224, "killed", "at_least", "civilians killed in the US campaign", "Yemen", "Airwars", ["monitoring group Airwars"], "Civilians killed in the same campaign (monitoring group Airwars): at least 224", "AIRW", "period", "civilian")

# ---------------- g12 Red Sea
d = "g12_houthis_eternity_c_red_sea"
mg = ["ship's manager", "Greek manager"]
L(d, 4, "killed", "exact", "people aboard the Eternity C killed in the attack", None, "ship's Greek manager", mg, "Four were killed", "SHIPMGR", "event", "civilian")
L(d, 11, "missing", "exact", "Eternity C crew and guards unaccounted for", None, "ship's Greek manager", mg, "the other 11", "SHIPMGR", "event", "civilian")
L(d, 2, "killed", "exact", "Filipino seafarers confirmed dead", "Philippines", "Department of Migrant Workers", ["Philippines' Department of Migrant Workers"], "two Filipino seafarers", "DMW", "event", "civilian")
hm = ["Houthi-run health ministry", "health ministry"]
L(d, 80, "killed", "exact", "people killed in US strike on Ras Isa fuel port", "Yemen", "Houthi-run health ministry", hm[1:], "80 people", "HMOH", "event", "unknown")
L(d, 150, "wounded", "exact", "people wounded in US strike on Ras Isa fuel port", "Yemen", "Houthi-run health ministry", hm[1:], "150 others", "HMOH", "event", "unknown")
am = ["Al-Masirah", "civil defence service", "civil defence"]
L(d, 68, "killed", "exact", "African migrants killed in strike on Saada detention centre", None, "Al-Masirah television", am, "68 migrants", "HCD", "event", "civilian")
L(d, 47, "wounded", "exact", "African migrants wounded in strike on Saada detention centre", None, "Al-Masirah television", am, "wounded 47", "HCD", "event", "civilian")
L(d, 224, "killed", "at_least", "civilians killed in US strikes during the campaign", "Yemen", "Airwars", ["monitoring group Airwars"], "at least 224 civilians", "AIRW", "period", "civilian")
L(d, None, "killed", "vague", "Houthi fighters killed in US strikes", "Houthis", "US official", [], "hundreds", "USOFF", "period", "military")
L(d, 8, "killed", "at_least", "seafarers killed by the Houthis since November 2023", None, None, [], "at least eight seafarers", None, "total", "civilian")
L(d, 25, "exchanged", "exact", "Galaxy Leader crew freed", None, None, [], "the 25 crew members", None, "event", "civilian")
L(d, 17, "exchanged", "exact", "Filipinos among the freed Galaxy Leader crew", "Philippines", None, [], "17 Filipinos", None, "event", "civilian")
L(d, None, "captured", "vague", "people working for UN agencies and aid groups detained by the Houthis", "Yemen", None, [], "dozens of people", None, "total", "civilian")
L(d, 23, "captured", "exact", "Yemeni UN staff held by the Houthis", "Yemen", "UN", ["United Nations"], "23 Yemeni staff members", "UN", "total", "civilian")

# ---------------- g13 Cabo Delgado
d = "g13_cabo_delgado_insurgents_return"
acm = ["Armed Conflict Location & Event Data project", "the monitor", "the group"]
L(d, 63, "killed", "at_least", "civilians killed by Islamic State Mozambique since July", "Mozambique", "ACLED", acm, "at least 63 civilians", "ACLED", "period", "civilian")
L(d, 6200, "killed", "at_least", "people killed since the insurgency began in 2017", None, "ACLED", acm, "more than 6,200 people", "ACLED", "total", "mixed")
L(d, 2600, "killed", "approximate", "civilians among those killed since 2017", "Mozambique", "ACLED", acm, "about 2,600 of them", "ACLED", "total", "civilian")
L(d, 120, "captured", "at_least", "children abducted by the insurgents since January", "Mozambique", "Human Rights Watch", [], "at least 120 children", "HRW", "period", "civilian")
L(d, 14, "wounded", "exact", "villagers treated for machete wounds after the Mazeze attack", "Mozambique", "district health office in Chiúre", ["Chiúre district health office"], "14 villagers", "CHIURE", "event", "civilian")
L(d, 1000, "deployed", "exact", "Rwandan soldiers and police first sent in July 2021", "Rwanda", None, [], "1,000 soldiers and police", None, "event", "military")
L(d, 4000, "deployed", "approximate", "Rwandan personnel in Cabo Delgado", "Rwanda", "Rwanda Defence Force", ["RDF"], "about 4,000 personnel", "RDF", "total", "military")
rw = ["RDF spokesman", "Rwanda Defence Force", "RDF"]
L(d, 30, "killed", "at_least", "insurgents killed near Mocímboa da Praia", "Islamic State", "Ronald Rwivanga", rw, "more than 30 terrorists", "RDF", "event", "military")
L(d, 2, "killed", "exact", "Rwandan soldiers lost in the operation", "Rwanda", "Ronald Rwivanga", rw, "two soldiers", "RDF", "event", "military")
L(d, 9, "killed", "exact", "Mozambican and Rwandan soldiers killed in ambush (IS claim)", None, "Islamic State", ["Amaq", "Amaq news agency"], "nine Mozambican and Rwandan soldiers", "ISLS", "event", "military")
sa = ["spokesman for Mozambique's defence ministry", "Mozambique's defence ministry"]
L(d, 11, "killed", "exact", "Mozambican soldiers killed in convoy ambush near Macomia", "Mozambique", "Omar Saranga", sa, "11 soldiers", "MOZMOD", "event", "military")
L(d, 19, "wounded", "exact", "Mozambican soldiers wounded in convoy ambush near Macomia", "Mozambique", "Omar Saranga", sa, "19 wounded", "MOZMOD", "event", "military")
L(d, 6, "captured", "exact", "suspected insurgents arrested in Pemba and Montepuez", "Islamic State", "Police in Cabo Delgado", ["police"], "six suspected insurgents", "MOZPOL", "unknown", "military")
L(d, 2000, "deployed", "approximate", "SAMIM troops withdrawn in July 2024", "SADC", None, [], "roughly 2,000 troops", None, "event", "military")

# ---------------- g14 Sudanese state media
d = "g14_saf_kordofan_axes_losses"
gc = ["Nabil Abdallah", "Official Spokesman of the Armed Forces", "Armed Forces", "Sudanese Armed Forces", "the spokesman"]
gcn = "General Command of the Armed Forces"
L(d, 3200, "casualties", "at_most", "RSF elements killed and wounded in the Kordofan axes over the past week", "RSF", gcn, gc, "up to 3 thousand 200 elements", "SAF", "period", "military")
L(d, 1450, "casualties", "at_most", "RSF losses on the Northern Kordofan axis", "RSF", gcn, gc, "up to 1,450 elements", "SAF", "period", "military")
L(d, 980, "casualties", "at_most", "RSF losses on the Western Kordofan axis", "RSF", gcn, gc, "up to 980 elements", "SAF", "period", "military")
L(d, 770, "casualties", "at_most", "RSF losses on the Southern Kordofan axis", "RSF", gcn, gc, "up to 770 elements", "SAF", "period", "military")
L(d, 52, "captured", "exact", "RSF militia elements captured", "RSF", gcn, gc, "fifty two (52) militia elements", "SAF", "period", "military")
L(d, 9, "captured", "exact", "foreign mercenaries among the captured RSF elements", "RSF", gcn, gc, "9 foreign mercenaries", "SAF", "period", "military")
L(d, 90, "killed", "at_least", "RSF elements killed by air strikes near El Fula in the past 24 hours", "RSF", gcn, gc, "more than 90 militia elements", "SAF", "period", "military")
L(d, 38, "killed", "exact", "Sudanese soldiers killed in the week's battles", "Sudan", gcn, gc, "38 martyrs", "SAF", "period", "military")
L(d, 117, "wounded", "exact", "Sudanese soldiers wounded in the week's battles", "Sudan", gcn, gc, "117 others", "SAF", "period", "military")
L(d, 12, "killed", "exact", "civilians killed by RSF drones in El Obeid", "Sudan", gcn, gc, "12 civilians", "SAF", "event", "civilian")
L(d, 3, "killed", "exact", "women among the El Obeid dead", "Sudan", gcn, gc, "3 women", "SAF", "event", "civilian")
L(d, 28, "wounded", "exact", "civilians wounded by RSF drones in El Obeid", "Sudan", gcn, gc, "28 others", "SAF", "event", "civilian")
L(d, 600, "killed", "exact", "soldiers killed in Babanusa (RSF claim, denied)", "Sudan", "Rapid Support Forces", ["militia's media platforms", "RSF", "the militia"], "600 soldiers", "RSF", "event", "military")
L(d, 40000, "deployed", "at_least", "foreign mercenaries brought in by the RSF", "RSF", "Abdelfattah Al-Burhan", ["Abdel Fattah al-Burhan", "Al-Burhan", "Burhan", "Chairman of the Transitional Sovereignty Council", "Commander-in-Chief of the Armed Forces"], "more than forty thousand mercenaries", "BURHAN", "total", "military")
L(d, 4500, "deployed", "exact", "mobilised fighters who graduated in Atbara and joined the army", "Sudan", "Al-Tayeb Hassan", ["coordinator of the Popular Resistance", "Popular Resistance"], "4 thousand 500 mobilised fighters", "POPRES", "event", "military")
L(d, 27, "killed", "exact", "detained civilians executed in Daraja Oula, El Fasher", "Sudan", "El Fasher Resistance Committee", ["El Fasher Resistance Committees"], "27 detained civilians", "EFRC", "event", "civilian")
L(d, 214, "wounded", "exact", "wounded received by North Kordofan hospitals since the start of the month", "Sudan", "Haitham Mohamed Ibrahim", ["Federal Minister of Health", "Federal Ministry of Health", "the Minister"], "2 hundred and 14 wounded persons", "SDNMOH", "period", "unknown")

with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
    for g in G:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(len(G), "lines")
