"""Per-document gold tables. Each doc: CLAIMANTS (local key -> (claimant, aliases, source key))
and FIGURES (rows built with F). make_gold.py turns them into gold.jsonl."""


def F(value, category, qualifier, subject, side, cl, span, scope, force, unit="people", low=None, high=None):
    return dict(value=value, low=low, high=high, unit=unit, category=category, qualifier=qualifier,
                subject=subject, side=side, cl=cl, span=span, scope=scope, force=force)


DOCS = {}

# ---------------------------------------------------------------- 01
DOCS["01_ru_mod_daily_bulletin"] = dict(
    CLAIMANTS={
        "mod": ("Russian Defence Ministry", ["Ministry of Defence of the Russian Federation", "Russia's defence ministry", "the ministry", "Russian MoD"], "RU_MOD"),
        "konashenkov": ("Igor Konashenkov", ["Konashenkov", "the ministry's chief spokesman", "Russian Defence Ministry"], "RU_MOD"),
        "yartsev": ("Denis Yartsev", ["Yartsev", "Sever battlegroup", "press officer", "Russian Defence Ministry"], "RU_MOD"),
        "zel": ("Volodymyr Zelensky", ["Vladimir Zelensky", "Zelensky"], "ZELENSKY"),
    },
    FIGURES=[
        F(1520, "casualties", "at_most", "Ukrainian servicemen lost in the past 24 hours in the battlegroups' areas", "Ukraine", "mod", "up to 1,520 servicemen", "period", "military"),
        F(80, "casualties", "at_most", "Ukrainian servicemen lost in the Sever battlegroup's area over the day", "Ukraine", "mod", "up to 80 servicemen", "period", "military"),
        F(530, "casualties", "at_most", "Ukrainian troops lost in the Zapad battlegroup's area over the day", "Ukraine", "mod", "as many as 530 troops", "period", "military"),
        F(260, "casualties", "at_most", "Ukrainian personnel lost in the Yug battlegroup's area over the day", "Ukraine", "mod", "up to 260 personnel", "period", "military"),
        F(455, "casualties", "at_most", "Ukrainian servicemen lost in the Tsentr battlegroup's area over the day", "Ukraine", "mod", "up to 455 servicemen", "period", "military"),
        F(12, "captured", "exact", "Ukrainian servicemen who surrendered in the Tsentr battlegroup's area", "Ukraine", "mod", "12 who laid down their arms", "period", "military"),
        F(135, "casualties", "at_most", "Ukrainian servicemen lost in the Vostok battlegroup's area over the day", "Ukraine", "mod", "up to 135 servicemen", "period", "military"),
        F(60, "casualties", "at_most", "Ukrainian troops lost in the Dnepr battlegroup's area over the day", "Ukraine", "mod", "up to 60 troops", "period", "military"),
        F(11830, "casualties", "at_least", "Ukrainian servicemen lost in all directions over the past week", "Ukraine", "konashenkov", "more than 11,830 servicemen", "period", "military"),
        F(310, "casualties", "at_least", "Ukrainian servicemen lost in the Kursk region over the past day", "Ukraine", "mod", "more than 310 servicemen", "period", "military"),
        F(36850, "casualties", "at_least", "Ukrainian servicemen lost since the start of hostilities in the Kursk direction", "Ukraine", "mod", "over 36,850 servicemen", "total", "military"),
        F(47, "captured", "exact", "Ukrainian servicemen who surrendered to the Sever battlegroup in Kursk over the past month", "Ukraine", "yartsev", "47 Ukrainian servicemen", "period", "military"),
        F(109, "exchanged", "exact", "Russian servicemen returned from Ukrainian-held territory", "Russia", "mod", "109 Russian servicemen", "event", "military"),
        F(43000, "killed", "exact", "Ukrainian servicemen killed since 2022", "Ukraine", "zel", "43,000 Ukrainian servicemen", "total", "military"),
        F(370000, "wounded", "exact", "Ukrainian servicemen wounded since 2022", "Ukraine", "zel", "370,000 had been wounded", "total", "military"),
    ],
)

# ---------------------------------------------------------------- 02
DOCS["02_ua_general_staff_tally"] = dict(
    CLAIMANTS={
        "gs": ("General Staff of the Armed Forces of Ukraine", ["Ukraine's General Staff", "General Staff", "Ukrainian General Staff"], "UA_GS"),
        "brig": ("59th Separate Assault Brigade", ["Oleh Romanyk", "the brigade", "brigade's spokesman"], "UA_59"),
        "mod": ("Russia's Defence Ministry", ["Russian Defence Ministry", "Russian Ministry of Defence"], "RU_MOD"),
        "zel": ("Volodymyr Zelensky", ["Zelensky", "President Volodymyr Zelensky"], "ZELENSKY"),
        "ukmod": ("Britain's Ministry of Defence", ["UK Ministry of Defence", "British Ministry of Defence", "UK MoD"], "UK_MOD"),
    },
    FIGURES=[
        F(862170, "casualties", "approximate", "Russian soldiers killed and wounded since February 2022", "Russia", "gs", "about 862,170 soldiers killed and wounded", "total", "military"),
        F(1140, "casualties", "exact", "Russian soldiers lost in the past day", "Russia", "gs", "1,140 in the past day", "period", "military"),
        F(167, "casualties", "exact", "Russian soldiers neutralised on the Pokrovsk axis over the day", "Russia", "gs", "167 occupiers", "period", "military"),
        F(94, "killed", "exact", "Russian soldiers irretrievably lost (killed) on the Pokrovsk axis", "Russia", "gs", "94 of them irretrievably", "period", "military"),
        F(73, "wounded", "exact", "Russian soldiers wounded on the Pokrovsk axis", "Russia", "gs", "73 were wounded", "period", "military"),
        F(212, "killed", "exact", "Russian soldiers killed by the brigade's drone operators in February", "Russia", "brig", "212 Russian soldiers", "period", "military"),
        F(305, "wounded", "exact", "Russian soldiers wounded by the brigade's drone operators in February", "Russia", "brig", "wounded 305", "period", "military"),
        F(14, "captured", "exact", "Russian soldiers taken prisoner near Udachne this month", "Russia", "brig", "14 Russian soldiers", "period", "military"),
        F(2, "captured", "exact", "captured Russian soldiers described as convicts", "Russia", "brig", "two of whom", "period", "military"),
        F(1335, "casualties", "at_most", "Ukrainian servicemen lost over the past day (Russian claim, rejected by Kyiv)", "Ukraine", "mod", "as many as 1,335 servicemen", "period", "military"),
        F(46000, "killed", "exact", "Ukrainian soldiers killed on the battlefield", "Ukraine", "zel", "46,000 Ukrainian soldiers", "total", "military"),
        F(380000, "wounded", "approximate", "Ukrainian soldiers wounded", "Ukraine", "zel", "about 380,000 wounded", "total", "military"),
        F(None, "missing", "vague", "Ukrainian soldiers missing in action or held in Russian captivity", "Ukraine", "zel", "tens of thousands", "total", "military"),
        F(1500, "casualties", "at_least", "Russian casualties a day on average in January", "Russia", "ukmod", "more than 1,500 casualties a day", "period", "military"),
    ],
)

# ---------------------------------------------------------------- 03
DOCS["03_nk_troops_nis_toll"] = dict(
    CLAIMANTS={
        "nis": ("National Intelligence Service", ["NIS", "South Korea's spy agency", "spy agency", "the agency", "Park Sun-won", "lawmakers"], "NIS"),
        "park": ("Park Sun-won", ["Park", "National Intelligence Service", "NIS", "lawmaker"], "NIS"),
        "gs": ("General Staff of the Armed Forces of Ukraine", ["Ukraine's top military command", "the General Staff", "Ukrainian General Staff"], "UA_GS"),
        "sbu": ("Security Service of Ukraine", ["SBU"], "SBU"),
        "mod": ("Russia's Defence Ministry", ["Russian Defence Ministry", "Russian Ministry of Defence"], "RU_MOD"),
    },
    FIGURES=[
        F(2000, "killed", "approximate", "North Korean soldiers killed in Russia's war against Ukraine", "North Korea", "nis", "about 2,000", "total", "military"),
        F(13000, "deployed", "approximate", "North Korean troops sent in all to fight in Kursk", "North Korea", "park", "about 13,000 troops", "event", "military"),
        F(15, "killed", "approximate", "share of the North Korean soldiers dispatched who were killed", "North Korea", "park", "roughly 15%", "total", "military", unit="percent"),
        F(4700, "casualties", "approximate", "North Korean casualties (April estimate)", "North Korea", "nis", "around 4,700", "total", "military"),
        F(600, "killed", "approximate", "North Korean soldiers dead (April estimate)", "North Korea", "nis", "about 600 dead", "total", "military"),
        F(300, "killed", "exact", "North Korean soldiers killed (January estimate)", "North Korea", "nis", "300 North Korean soldiers", "total", "military"),
        F(2700, "wounded", "exact", "North Korean soldiers wounded (January estimate)", "North Korea", "nis", "2,700 wounded", "total", "military"),
        F(1000, "deployed", "approximate", "North Korean deminers sent to Russia since June", "North Korea", "nis", "some 1,000 deminers", "event", "military"),
        F(5000, "deployed", "approximate", "North Korean military construction workers sent to Russia since June", "North Korea", "nis", "and 5,000", "event", "military"),
        F(4000, "casualties", "approximate", "North Korean soldiers killed and wounded in their first weeks in Kursk", "North Korea", "gs", "about 4,000 men", "period", "military"),
        F(2, "captured", "exact", "North Korean soldiers held by Ukraine", "North Korea", "sbu", "holding two", "total", "military"),
        F(76000, "casualties", "at_least", "Ukrainian servicemen lost during the Kursk incursion", "Ukraine", "mod", "more than 76,000", "event", "military"),
    ],
)

# ---------------------------------------------------------------- 04
DOCS["04_ukraine_live_blog_swap_day"] = dict(
    CLAIMANTS={
        "zel": ("Volodymyr Zelensky", ["President Zelensky", "Zelensky"], "ZELENSKY"),
        "mod": ("Russia's defence ministry", ["Russian defence ministry", "Russia's Ministry of Defence", "the ministry", "Moscow"], "RU_MOD"),
        "gladkov": ("Vyacheslav Gladkov", ["Gladkov", "governor of Russia's Belgorod region", "Belgorod governor"], "BELGOROD"),
        "nis": ("National Intelligence Service", ["South Korea's National Intelligence Service", "NIS", "lawmakers", "Seoul"], "NIS"),
        "brig": ("Oleh Romanyk", ["Romanyk", "59th assault brigade", "spokesman for Ukraine's 59th assault brigade"], "UA_59"),
        "coord": ("Coordination Headquarters for the Treatment of Prisoners of War", ["Ukraine's Coordination Headquarters", "Coordination Headquarters"], "UA_COORD"),
        "balitsky": ("Yevgeny Balitsky", ["Balitsky", "Moscow-installed governor", "Russian-installed official"], "ZAP_RU"),
        "gs": ("General Staff of the Armed Forces of Ukraine", ["Ukraine's General Staff", "General Staff"], "UA_GS"),
        "synie": ("Oleh Syniehubov", ["Syniehubov", "head of the regional military administration", "Kharkiv regional military administration"], "KHARKIV_RMA"),
    },
    FIGURES=[
        F(None, "captured", "vague", "Ukrainian soldiers and civilians remaining in Russian captivity", "Ukraine", "zel", "Thousands of Ukrainians", "total", "mixed"),
        F(1335, "casualties", "at_most", "Ukrainian troops lost across the front in the past day (Russian claim)", "Ukraine", "mod", "up to 1,335 troops", "period", "military"),
        F(1, "killed", "exact", "man killed when a drone hit a minibus near Shebekino", "Russia", "gladkov", "one man", "event", "civilian"),
        F(4, "wounded", "exact", "people injured when a drone hit a minibus near Shebekino", "Russia", "gladkov", "four others", "event", "civilian"),
        F(5000, "deployed", "approximate", "North Korean military construction troops rotated into Russia since September", "North Korea", "nis", "about 5,000 military construction troops", "event", "military"),
        F(13000, "deployed", "exact", "North Korean combat troops sent to Russia last year", "North Korea", "nis", "the 13,000 combat troops", "event", "military"),
        F(2000, "killed", "approximate", "North Korean soldiers killed in the war", "North Korea", "nis", "about 2,000", "total", "military"),
        F(19, "captured", "exact", "Russian soldiers taken prisoner near Pokrovsk over the past week", "Russia", "brig", "19 Russian soldiers", "period", "military"),
        F(2, "captured", "exact", "Russian junior officers among the soldiers captured", "Russia", "brig", "two junior officers", "period", "military"),
        F(100, "killed", "at_least", "Russian infantrymen killed by the brigade's drone crews over the past week", "Russia", "brig", "more than a hundred", "period", "military"),
        F(185, "exchanged", "exact", "Ukrainian servicemen returned home in the exchange", "Ukraine", "coord", "185 servicemen", "event", "military"),
        F(20, "exchanged", "exact", "Ukrainian civilians returned home in the exchange", "Ukraine", "coord", "20 civilians have returned", "event", "civilian"),
        F(12, "exchanged", "exact", "defenders of Mariupol among the returned soldiers", "Ukraine", "coord", "12 defenders of Mariupol", "event", "military"),
        F(185, "exchanged", "exact", "Russian servicemen brought back in the exchange", "Russia", "mod", "185 Russian servicemen", "event", "military"),
        F(20, "exchanged", "exact", "Russian civilians from the Kursk region brought back", "Russia", "mod", "20 civilians from the Kursk region", "event", "civilian"),
        F(205, "exchanged", "exact", "Ukrainians returned in the swap (soldiers and civilians together)", "Ukraine", None, "205 Ukrainians", "event", "mixed"),
        F(2, "killed", "exact", "civilians killed in drone strike on a market in occupied Vasylivka", "Ukraine", "balitsky", "two civilians", "event", "civilian"),
        F(940, "casualties", "exact", "Russian troops killed and wounded in the past 24 hours", "Russia", "gs", "940 troops killed and wounded", "period", "military"),
        F(1114490, "casualties", "exact", "Russian troops lost since February 2022", "Russia", "gs", "1,114,490", "total", "military"),
        F(2, "killed", "exact", "people killed in overnight drone attack on Kharkiv", "Ukraine", "synie", "Two people", "event", "unknown"),
        F(17, "wounded", "exact", "people injured in overnight drone attack on Kharkiv", "Ukraine", "synie", "17 injured", "event", "unknown"),
        F(3, "wounded", "exact", "children injured in the Kharkiv attack", "Ukraine", "synie", "three children", "event", "civilian"),
    ],
)

# ---------------------------------------------------------------- 05
DOCS["05_myanmar_school_airstrike"] = dict(
    CLAIMANTS={
        "pdf": ("Tabayin People's Defence Force", ["residents and the local resistance group", "local resistance group", "residents", "Tabayin PDF"], "TABAYIN_PDF"),
        "clinic": ("clinic run by volunteers in Depayin", ["volunteer clinic", "clinic in Depayin"], "DEPAYIN_CLINIC"),
        "nug": ("National Unity Government", ["NUG", "education ministry", "shadow National Unity Government"], "NUG"),
        "junta": ("junta's information team", ["junta", "State Administration Council", "military government", "Global New Light of Myanmar", "Myanmar military"], "MM_MIL"),
        "aapp": ("Assistance Association for Political Prisoners", ["AAPP"], "AAPP"),
        "aa": ("Arakan Army", ["AA"], "AA"),
    },
    FIGURES=[
        F(22, "killed", "at_least", "people killed in the air strike on the Oe Htein Kwin school", "Myanmar", "pdf", "at least 22 people", "event", "civilian"),
        F(20, "killed", "at_least", "children killed in the school strike", "Myanmar", "pdf", "20 of them children", "event", "civilian"),
        F(2, "killed", "exact", "teachers killed in the school strike", "Myanmar", "pdf", "Two teachers", "event", "civilian"),
        F(50, "wounded", "approximate", "people wounded in the school strike", "Myanmar", "pdf", "About 50 others", "event", "civilian"),
        F(38, "wounded", "exact", "wounded treated at the volunteer clinic in Depayin", "Myanmar", "clinic", "38 of the wounded", "event", "civilian"),
        F(29, "wounded", "exact", "wounded children treated at the clinic", "Myanmar", "clinic", "29 children", "event", "civilian"),
        F(8, "wounded", "exact", "critically wounded sent on to a larger hospital", "Myanmar", "clinic", "eight in a critical condition", "event", "civilian"),
        F(20, "killed", "exact", "pupils killed in the school strike", "Myanmar", "nug", "killed at 20", "event", "civilian"),
        F(14, "killed", "exact", "PDF fighters the junta says it killed in a strike on a training camp", "People's Defence Force", "junta", "14 terrorists", "event", "military"),
        F(6600, "killed", "at_least", "people killed by security forces since the 2021 coup", "Myanmar", "aapp", "more than 6,600 people", "total", "unknown"),
        F(22000, "captured", "at_least", "political prisoners remaining in detention", "Myanmar", "aapp", "over 22,000 political prisoners", "total", "civilian"),
        F(11, "killed", "exact", "civilians killed by junta air strikes in Kyaukpyu township over the past week", "Myanmar", "aa", "11 civilians", "period", "civilian"),
        F(300, "captured", "approximate", "junta soldiers taken prisoner near Sittwe since January", "Myanmar", "aa", "some 300 junta soldiers", "period", "military"),
    ],
)

# ---------------------------------------------------------------- 06
DOCS["06_pakistan_afghanistan_border_clashes"] = dict(
    CLAIMANTS={
        "ispr": ("Inter-Services Public Relations", ["ISPR", "Pakistan's military", "the military's media wing", "Ahmed Sharif Chaudhry", "Pakistan"], "ISPR"),
        "mujahid": ("Zabihullah Mujahid", ["Mujahid", "Taliban government spokesman", "Taliban government", "Kabul"], "TALIBAN"),
        "pkoff": ("Pakistani officials", [], "PK_OFFICIALS"),
    },
    FIGURES=[
        F(23, "killed", "exact", "Pakistani soldiers killed in the border clashes", "Pakistan", "ispr", "23 of its soldiers", "event", "military"),
        F(29, "wounded", "exact", "Pakistani soldiers wounded in the border clashes", "Pakistan", "ispr", "29 wounded", "event", "military"),
        F(200, "killed", "at_least", "Afghan Taliban and affiliated fighters killed by Pakistani troops", None, "ispr", "more than 200 Taliban and affiliated terrorists", "event", "military"),
        F(58, "killed", "exact", "Pakistani soldiers killed (Taliban claim, rejected by Pakistan)", "Pakistan", "mujahid", "58 Pakistani soldiers", "event", "military"),
        F(30, "wounded", "approximate", "Pakistani soldiers wounded (Taliban claim)", "Pakistan", "mujahid", "about 30", "event", "military"),
        F(9, "killed", "exact", "Afghan fighters killed in the clashes", "Afghanistan", "mujahid", "nine Afghan fighters", "event", "military"),
        F(16, "wounded", "exact", "Afghan fighters injured in the clashes", "Afghanistan", "mujahid", "16 injured", "event", "military"),
        F(500, "killed", "at_least", "people killed in militant attacks in Pakistan this year", "Pakistan", "pkoff", "more than 500 people", "period", "mixed"),
        F(311, "killed", "at_least", "soldiers and policemen among those killed in militant attacks this year", "Pakistan", "pkoff", "311 soldiers and policemen", "period", "military"),
        F(11, "killed", "exact", "soldiers killed in TTP ambush in Orakzai", "Pakistan", "ispr", "11 soldiers", "event", "military"),
        F(19, "killed", "exact", "militants killed in the follow-up operation in Orakzai", "TTP", "ispr", "19 militants", "event", "military"),
    ],
)

# ---------------------------------------------------------------- 07
DOCS["07_pakistan_kp_ispr_ttp"] = dict(
    CLAIMANTS={
        "ispr": ("Inter-Services Public Relations", ["ISPR", "the military's media affairs wing", "Pakistan Army"], "ISPR"),
        "ttp": ("Tehreek-e-Taliban Pakistan", ["TTP"], "TTP"),
        "dhq": ("District Headquarters Hospital in Wana", ["officials at the District Headquarters Hospital", "hospital officials"], "DHQ_WANA"),
        "kpp": ("Khyber Pakhtunkhwa police", ["police spokesman", "KP police", "police"], "KP_POLICE"),
        "picss": ("Pakistan Institute for Conflict and Security Studies", ["PICSS", "think tank"], "PICSS"),
    },
    FIGURES=[
        F(12, "killed", "exact", "Pakistan Army soldiers killed in the South Waziristan ambush", "Pakistan", "ispr", "Twelve soldiers", "event", "military"),
        F(35, "killed", "exact", "terrorists killed in the Bajaur and South Waziristan engagements", "TTP", "ispr", "35 terrorists", "period", "military"),
        F(22, "killed", "exact", "khwarij killed in the Bajaur operation", "TTP", "ispr", "22 Indian-sponsored khwarij", "event", "military"),
        F(13, "killed", "exact", "khwarij killed in the South Waziristan engagement", "TTP", "ispr", "Thirteen khwarij", "event", "military"),
        F(2, "killed", "exact", "officers among the soldiers killed", "Pakistan", "ispr", "Two of the martyred", "event", "military"),
        F(18, "killed", "exact", "soldiers killed in the South Waziristan ambush (TTP claim, called fiction by officials)", "Pakistan", "ttp", "18 soldiers", "event", "military"),
        F(7, "wounded", "exact", "wounded soldiers brought to DHQ Hospital Wana", "Pakistan", "dhq", "seven wounded soldiers", "event", "military"),
        F(2, "wounded", "exact", "wounded soldiers shifted to CMH Peshawar", "Pakistan", "dhq", "two of whom", "event", "military"),
        F(3, "killed", "exact", "policemen killed in attack on a check post in Kulachi", "Pakistan", "kpp", "three policemen", "event", "military"),
        F(2, "wounded", "exact", "policemen injured in attack on the check post", "Pakistan", "kpp", "two others injured", "event", "military"),
        F(5, "killed", "exact", "attackers killed in the Kulachi gunfight", None, "kpp", "five attackers", "event", "military"),
        F(917, "killed", "exact", "terrorists killed in intelligence-based operations since January", None, "ispr", "917 terrorists", "period", "military"),
        F(289, "killed", "exact", "soldiers and police officials killed since January", "Pakistan", "ispr", "289 soldiers and police officials", "period", "military"),
        F(194, "killed", "exact", "security personnel killed in August", "Pakistan", "picss", "194 security personnel", "period", "military"),
        F(147, "killed", "exact", "people killed in the 2014 Army Public School massacre", "Pakistan", None, "147 people", "event", "unknown"),
        F(132, "killed", "exact", "schoolchildren killed in the Army Public School massacre", "Pakistan", None, "132 of them schoolchildren", "event", "civilian"),
    ],
)

# ---------------------------------------------------------------- 08
DOCS["08_drc_m23_goma_bukavu_un"] = dict(
    CLAIMANTS={
        "ohchr": ("Ravina Shamdasani", ["Shamdasani", "UN human rights office", "OHCHR", "spokesperson"], "OHCHR"),
        "suminwa": ("Judith Suminwa", ["Suminwa", "Congolese Prime Minister", "Congolese government"], "DRC_GOV"),
        "nkh": ("health authorities in North Kivu", ["North Kivu health authorities"], "NK_HEALTH"),
        "nangaa": ("Corneille Nangaa", ["Nangaa", "Alliance Fleuve Congo", "AFC", "AFC leader", "M23"], "M23"),
        "kanyuka": ("Lawrence Kanyuka", ["Kanyuka", "M23 spokesman", "M23", "AFC/M23"], "M23"),
        "afcm23": ("AFC/M23", ["M23", "AFC", "Alliance Fleuve Congo", "rebels"], "M23"),
        "ekenge": ("Sylvain Ekenge", ["Ekenge", "FARDC", "Armed Forces of the DRC", "army spokesman"], "FARDC"),
        "goe": ("UN group of experts", ["group of experts", "United Nations"], "UN_GOE"),
        "secsrc": ("security sources", [], "SEC_SOURCES"),
    },
    FIGURES=[
        F(3, "killed", "at_least", "children killed by the rebels in Bukavu on February 16", "DR Congo", "ohchr", "at least 3 children", "event", "civilian"),
        F(90, "killed", "approximate", "people reported killed in Bukavu since the rebels arrived (unverified)", "DR Congo", "ohchr", "about 90 people", "total", "unknown"),
        F(7000, "killed", "at_least", "people killed in the fighting since January", "DR Congo", "suminwa", "more than 7,000 people", "period", "unknown"),
        F(2500, "killed", "approximate", "bodies buried in Goma after the city fell", "DR Congo", "nkh", "about 2,500 bodies", "event", "unknown"),
        F(1500, "killed", "approximate", "bodies remaining in Goma's morgues", "DR Congo", "nkh", "some 1,500 more", "event", "unknown"),
        F(2000, "captured", "at_least", "Congolese soldiers and police officers who surrendered in Goma and Bukavu", "DR Congo", "nangaa", "more than 2,000 Congolese soldiers and police officers", "total", "military"),
        F(100, "killed", "at_most", "M23 fighters lost since January", "M23", "kanyuka", "fewer than 100", "period", "military"),
        F(288, "exchanged", "exact", "Romanian contractors working for the Congolese army freed by the rebels", "DR Congo", "afcm23", "288 Romanian contractors", "event", "military"),
        F(None, "killed", "vague", "RDF/M23 fighters neutralised near Uvira and Walikale this week", None, "ekenge", "dozens of terrorists", "period", "military"),
        F(3, "killed", "exact", "MONUSCO peacekeepers killed in the battle for Goma", "United Nations", None, "Three peacekeepers of the mission", "event", "military"),
        F(13, "killed", "exact", "South African soldiers of a regional force killed in the battle for Goma", "South Africa", None, "13 South African soldiers", "event", "military"),
        F(11000, "deployed", "approximate", "MONUSCO troops in Congo", "United Nations", None, "about 11,000 troops", "event", "military"),
        F(None, "deployed", "range", "Rwandan troops operating alongside the M23 in North Kivu", "Rwanda", "goe", "between 3,000 and 4,000 Rwandan troops", "event", "military", low=3000, high=4000),
        F(10000, "deployed", "approximate", "Burundian troops in eastern Congo", "Burundi", "secsrc", "about 10,000 troops", "event", "military"),
    ],
)

# ---------------------------------------------------------------- 09
DOCS["09_mali_boulkessi_jnim_raid"] = dict(
    CLAIMANTS={
        "jnim": ("Jama'at Nusrat al-Islam wal-Muslimin", ["JNIM", "Jihadists linked to al Qaeda", "az-Zallaqa", "SITE Intelligence Group"], "JNIM"),
        "fama": ("Malian Armed Forces", ["FAMa", "the army", "general staff", "ORTM", "Mali's army"], "FAMA"),
        "secsrc": ("security source in the region", ["security source"], "MALI_SEC_SOURCE"),
        "localoff": ("local official", [], "MALI_LOCAL_OFFICIAL"),
        "ac": ("Africa Corps", ["Russian defence ministry"], "RU_MOD"),
        "dipl": ("Diplomats", [], "DIPLOMATS"),
        "tuareg": ("Tuareg rebels and jihadists", ["Tuareg rebels", "jihadists"], "TUAREG_JIHADISTS"),
        "hrw": ("Human Rights Watch", ["HRW"], "HRW"),
        "juntas": ("the three juntas", ["juntas", "Mali, Burkina Faso and Niger"], "SAHEL_JUNTAS"),
    },
    FIGURES=[
        F(100, "killed", "at_least", "Malian soldiers killed in the attack on the Boulkessi base", "Mali", "jnim", "more than 100 Malian soldiers", "event", "military"),
        F(22, "captured", "exact", "soldiers taken prisoner at Boulkessi", "Mali", "jnim", "22 soldiers prisoner", "event", "military"),
        F(41, "killed", "exact", "assailants neutralised at Boulkessi", "JNIM", "fama", "41 assailants", "event", "military"),
        F(60, "killed", "at_least", "soldiers killed at Boulkessi", "Mali", "secsrc", "60 soldiers", "event", "military"),
        F(None, "missing", "vague", "soldiers missing after the Boulkessi attack", "Mali", "secsrc", "dozens were missing", "event", "military"),
        F(37, "killed", "exact", "soldiers whose bodies were buried in Boulkessi", "Mali", "localoff", "bodies of 37 soldiers", "event", "military"),
        F(14, "killed", "exact", "JNIM attackers killed at the Timbuktu camp", "JNIM", "fama", "14 attackers", "event", "military"),
        F(31, "captured", "exact", "suspects arrested in sweeps of Timbuktu", None, "fama", "31 suspects", "event", "unknown"),
        F(80, "killed", "at_least", "militants killed in an operation near Douentza", None, "ac", "more than 80 militants", "event", "military"),
        F(2500, "deployed", "approximate", "Africa Corps personnel in Mali", "Russia", "dipl", "about 2,500 personnel", "event", "military"),
        F(84, "killed", "exact", "Wagner fighters killed near Tinzaouaten", "Wagner", "tuareg", "84 of its fighters", "event", "military"),
        F(47, "killed", "exact", "Malian soldiers killed near Tinzaouaten", "Mali", "tuareg", "47 Malian", "event", "military"),
        F(12, "killed", "at_least", "men executed after being detained at a market in the Segou region", "Mali", "hrw", "at least 12 men", "event", "civilian"),
        F(12, "captured", "at_least", "men detained at a market in the Segou region before being executed", "Mali", "hrw", "at least 12 men", "event", "civilian"),
        F(5000, "deployed", "exact", "soldiers in the joint force of Mali, Burkina Faso and Niger", None, "juntas", "joint force of 5,000", "event", "military"),
    ],
)

# ---------------------------------------------------------------- 10
DOCS["10_yemen_lebanon_israeli_strikes"] = dict(
    CLAIMANTS={
        "hhealth": ("Houthi-run health ministry", ["health ministry", "Anis al-Asbahi", "Al-Masirah", "Houthi-run government"], "HOUTHI_HEALTH"),
        "cpj": ("Committee to Protect Journalists", ["CPJ"], "CPJ"),
        "houthis": ("Houthis", ["Houthi government", "Ansar Allah"], "HOUTHIS"),
        "aspides": ("Aspides", ["European Union's naval mission", "EU naval mission"], "ASPIDES"),
        "guterres": ("Antonio Guterres", ["Guterres", "UN Secretary-General", "United Nations"], "UN"),
        "lebh": ("Lebanon's health ministry", ["health ministry", "Lebanese health ministry"], "LEB_HEALTH"),
        "idf": ("Israel Defense Forces", ["IDF", "Israeli military"], "IDF"),
        "ohchr": ("UN human rights office", ["OHCHR", "United Nations"], "OHCHR"),
        "lebof": ("officials in Beirut", ["Lebanese officials"], "LEB_OFFICIALS"),
    },
    FIGURES=[
        F(46, "killed", "exact", "people killed in Israeli strikes on Sanaa and al-Jawf", "Yemen", "hhealth", "killed 46 people", "event", "unknown"),
        F(165, "wounded", "exact", "people wounded in Israeli strikes on Sanaa and al-Jawf", "Yemen", "hhealth", "wounded 165", "event", "unknown"),
        F(35, "killed", "exact", "dead in the earlier toll issued on Wednesday night", "Yemen", "hhealth", "number of dead at 35", "event", "unknown"),
        F(31, "killed", "exact", "journalists and media workers killed when the strikes hit two newspapers", "Yemen", "cpj", "31 journalists and media workers", "event", "civilian"),
        F(12, "killed", "exact", "Houthi ministers and officials killed in last month's strike", "Houthis", "houthis", "12 ministers and officials", "event", "civilian"),
        F(4, "killed", "at_least", "crew members of the Eternity C killed", None, "aspides", "at least four", "event", "civilian"),
        F(11, "missing", "exact", "Eternity C crew members unaccounted for", None, "aspides", "11 remain unaccounted for", "event", "civilian"),
        F(43, "captured", "exact", "UN personnel detained by the Houthis", "United Nations", "guterres", "43 United Nations personnel", "total", "civilian"),
        F(2, "killed", "exact", "people killed in drone strike on a car near Nabatieh", "Lebanon", "lebh", "two people", "event", "unknown"),
        F(330, "killed", "at_least", "Hezbollah operatives killed since the truce began", "Hezbollah", "idf", "more than 330 Hezbollah operatives", "total", "military"),
        F(71, "killed", "exact", "civilians killed in Lebanon in Israeli strikes since the ceasefire", "Lebanon", "ohchr", "71 civilians", "total", "civilian"),
        F(10000, "deployed", "approximate", "Lebanese army soldiers deployed south of the Litani", "Lebanon", "lebof", "about 10,000 soldiers", "event", "military"),
    ],
)

# ---------------------------------------------------------------- 11
DOCS["11_syria_tishreen_dam_fighting"] = dict(
    CLAIMANTS={
        "sohr": ("Syrian Observatory for Human Rights", ["war monitor", "the Observatory", "SOHR"], "SOHR"),
        "rami": ("Rami Abdel Rahman", ["Abdel Rahman", "head of the Observatory", "Syrian Observatory for Human Rights"], "SOHR"),
        "trmod": ("Turkey's Ministry of National Defence", ["Turkish defence ministry", "Ankara", "the ministry"], "TR_MOD"),
        "akturk": ("Zeki Akturk", ["Akturk", "Rear Admiral Zeki Akturk", "Turkey's Ministry of National Defence"], "TR_MOD"),
        "sdf": ("Syrian Democratic Forces", ["SDF"], "SDF"),
        "shami": ("Farhad Shami", ["Shami", "SDF media centre", "SDF"], "SDF"),
        "aanes": ("Kurdish-led administration in northeast Syria", ["Kurdish-led administration"], "AANES"),
        "pentagon": ("Pentagon", ["US Department of Defense"], "PENTAGON"),
    },
    FIGURES=[
        F(320, "killed", "at_least", "people killed in fighting around the Tishreen Dam since mid-December", None, "sohr", "more than 320 people", "period", "mixed"),
        F(47, "killed", "exact", "SDF fighters killed around the dam", "SDF", "sohr", "47 fighters", "period", "military"),
        F(251, "killed", "exact", "Syrian National Army members killed around the dam", "Syrian National Army", "sohr", "251 members", "period", "military"),
        F(25, "killed", "exact", "civilians killed around the dam", "Syria", "sohr", "25 civilians", "period", "civilian"),
        F(16, "captured", "at_least", "SDF fighters captured by the SNA", "SDF", "rami", "at least 16 SDF fighters", "unknown", "military"),
        F(32, "casualties", "exact", "PKK/YPG members neutralised (killed, wounded or captured) over the past week", "PKK/YPG", "trmod", "32 \"PKK/YPG terrorists\"", "period", "military"),
        F(174, "casualties", "exact", "terrorists neutralised since January 1", "PKK/YPG", "akturk", "174 terrorists", "period", "military"),
        F(1, "killed", "exact", "Turkish soldier killed in PKK attack on a base in northern Iraq", "Turkey", "trmod", "one Turkish soldier", "event", "military"),
        F(3, "wounded", "exact", "Turkish soldiers wounded in the PKK attack", "Turkey", "trmod", "three wounded", "event", "military"),
        F(38, "killed", "exact", "Turkish-backed fighters killed by the SDF over 72 hours", "Syrian National Army", "sdf", "38 \"mercenaries of the Turkish occupation\"", "period", "military"),
        F(6, "killed", "exact", "SDF fighters killed in the clashes", "SDF", "shami", "six SDF fighters", "period", "military"),
        F(11, "wounded", "exact", "SDF fighters wounded in the clashes", "SDF", "shami", "11 had been wounded", "period", "military"),
        F(12, "killed", "exact", "civilians killed at a protest at the dam (SDF accusation, denied by Ankara)", "Syria", "shami", "12 civilians", "event", "civilian"),
        F(83, "wounded", "exact", "wounded civilians received at hospitals in Kobani and Raqqa since December 12", "Syria", "aanes", "83 wounded civilians", "period", "civilian"),
        F(9000, "captured", "approximate", "suspected Islamic State fighters held in SDF prisons", "Islamic State", None, "about 9,000 suspected Islamic State fighters", "total", "military"),
        F(2000, "deployed", "approximate", "US troops stationed in Syria", "United States", "pentagon", "About 2,000 US troops", "event", "military"),
        F(900, "deployed", "exact", "US troops in Syria (figure previously given)", "United States", "pentagon", "the figure of 900", "event", "military"),
    ],
)

# ---------------------------------------------------------------- 12
DOCS["12_weekly_conflict_roundup"] = dict(
    CLAIMANTS={
        "ispr": ("Pakistan's military", ["Pakistan Army's media wing", "ISPR", "Inter-Services Public Relations"], "ISPR"),
        "mujahid": ("Zabihullah Mujahid", ["Mujahid", "Kabul's chief spokesman", "Taliban-run government"], "TALIBAN"),
        "nug": ("National Unity Government", ["local People's Defence Force unit", "People's Defence Force", "NUG"], "NUG"),
        "junta": ("True News Information Team", ["junta", "Myanmar's military"], "MM_MIL"),
        "ekenge": ("Sylvain Ekenge", ["Ekenge", "FARDC spokesman", "FARDC", "Congolese army"], "FARDC"),
        "kanyuka": ("Lawrence Kanyuka", ["Kanyuka", "rebels' spokesman", "AFC/M23", "M23"], "M23"),
        "monusco": ("MONUSCO", ["UN mission"], "MONUSCO"),
        "jnim": ("JNIM", ["az-Zallaqa"], "JNIM"),
        "fama": ("Mali's army", ["Malian army", "FAMa"], "FAMA"),
        "sohr": ("Syrian Observatory for Human Rights", ["the Observatory", "SOHR"], "SOHR"),
        "trmod": ("Turkey's defence ministry", ["Turkish defence ministry"], "TR_MOD"),
        "un": ("United Nations", ["UN"], "UN"),
    },
    FIGURES=[
        F(34, "killed", "exact", "Hafiz Gul Bahadur group fighters killed near the border on Friday and Saturday", "Hafiz Gul Bahadur group", "ispr", "34 \"khwarij\"", "period", "military"),
        F(10, "killed", "exact", "civilians killed in Pakistani air strikes on Paktika", "Afghanistan", "mujahid", "10 civilians", "event", "civilian"),
        F(3, "killed", "exact", "young cricketers among the civilians killed in Paktika", "Afghanistan", "mujahid", "three of them young cricketers", "event", "civilian"),
        F(24, "killed", "at_least", "people killed when a paraglider bombed a festival crowd in Chaung-U", "Myanmar", "nug", "At least 24 people", "event", "civilian"),
        F(47, "wounded", "at_least", "people wounded in the Chaung-U bombing", "Myanmar", "nug", "47 wounded", "event", "civilian"),
        F(30, "killed", "exact", "Arakan Army fighters killed near Kyaukphyu (junta claim, rejected by the AA)", "Arakan Army", "junta", "30 Arakan Army fighters", "event", "military"),
        F(17, "killed", "exact", "rebels killed in Walungu", "M23", "ekenge", "17 rebels", "event", "military"),
        F(4, "captured", "exact", "rebels captured in Walungu", "M23", "ekenge", "four captured", "event", "military"),
        F(5, "killed", "exact", "civilians killed by army drones in a market", "DR Congo", "kanyuka", "five civilians", "event", "civilian"),
        F(1, "wounded", "exact", "MONUSCO peacekeeper wounded near Sake", "United Nations", "monusco", "one of its peacekeepers", "event", "military"),
        F(18, "killed", "exact", "soldiers escorting a fuel convoy killed", "Mali", "jnim", "18 soldiers", "event", "military"),
        F(40, "killed", "approximate", "terrorists who attacked the convoy neutralised", "JNIM", "fama", "about 40 terrorists", "event", "military"),
        F(2, "killed", "exact", "people killed in Sheikh Maqsoud clashes", None, "sohr", "two people", "event", "mixed"),
        F(1, "killed", "exact", "member of the security forces among the dead in Sheikh Maqsoud", "Syria", "sohr", "one of them a member of the security forces", "event", "military"),
        F(4, "killed", "exact", "SDF members killed by Turkish drones near Qamishli", "SDF", "sohr", "four SDF members", "event", "military"),
        F(27, "killed", "exact", "terrorists neutralised in Syria and Iraq during the week", None, "trmod", "27 terrorists", "period", "military"),
        F(20, "captured", "exact", "UN employees detained in a raid on a UN compound in Sanaa", "United Nations", "un", "another 20 UN employees", "event", "civilian"),
        F(53, "captured", "exact", "UN personnel held by the Houthis", "United Nations", "un", "to 53", "total", "civilian"),
    ],
)

# ---------------------------------------------------------------- 13
DOCS["13_factbox_rival_counts"] = dict(
    CLAIMANTS={
        "gs": ("Ukraine's General Staff", ["General Staff of the Armed Forces of Ukraine", "General Staff"], "UA_GS"),
        "belousov": ("Andrei Belousov", ["Belousov", "Russian Defence Minister", "Russian defence ministry"], "RU_MOD"),
        "rumod": ("Russian defence ministry", ["the ministry", "Andrei Belousov"], "RU_MOD"),
        "nis": ("South Korea's spy agency", ["National Intelligence Service", "NIS", "spy agency"], "NIS"),
        "mz": ("BBC Russian service and Mediazona", ["Mediazona", "BBC Russian service"], "MEDIAZONA"),
        "coord": ("Coordination Headquarters", ["Coordination Headquarters for the Treatment of Prisoners of War"], "UA_COORD"),
        "ispr": ("ISPR", ["Inter-Services Public Relations"], "ISPR"),
        "taliban": ("Taliban government", ["Afghan Taliban government"], "TALIBAN"),
        "ttp": ("Pakistani Taliban", ["TTP", "Tehreek-e-Taliban Pakistan"], "TTP"),
        "zaw": ("Zaw Min Tun", ["junta spokesman", "junta"], "MM_MIL"),
        "aa": ("Arakan Army", ["AA"], "AA"),
        "aapp": ("Assistance Association for Political Prisoners", ["AAPP"], "AAPP"),
        "afcm23": ("AFC/M23", ["M23"], "M23"),
        "drcgov": ("Congolese government", ["government of DR Congo"], "DRC_GOV"),
        "unrec": ("UN records", ["United Nations"], "UN"),
        "jnim": ("JNIM", ["SITE Intelligence Group"], "JNIM"),
        "acled": ("Armed Conflict Location & Event Data project", ["ACLED"], "ACLED"),
        "fama": ("Mali's army", ["Malian army"], "FAMA"),
        "idf": ("Israeli military", ["IDF", "Israel Defense Forces"], "IDF"),
        "lebh": ("Lebanon's health ministry", ["Lebanese health ministry"], "LEB_HEALTH"),
        "sohr": ("SOHR", ["Syrian Observatory for Human Rights"], "SOHR"),
        "trmod": ("Turkey's defence ministry", ["Turkish defence ministry"], "TR_MOD"),
    },
    FIGURES=[
        F(1160000, "casualties", "at_least", "Russian personnel losses since February 2022", "Russia", "gs", "passed 1,160,000", "total", "military"),
        F(560000, "casualties", "at_least", "Ukrainian servicemen killed and wounded in 2024", "Ukraine", "belousov", "more than 560,000 servicemen", "period", "military"),
        F(5937, "killed", "exact", "Russian soldiers dead in the last official toll (September 2022)", "Russia", "rumod", "5,937 dead", "total", "military"),
        F(2000, "killed", "approximate", "North Korean soldiers killed fighting for Russia", "North Korea", "nis", "about 2,000 North Korean soldiers", "total", "military"),
        F(141000, "killed", "exact", "Russian soldiers identified by name as killed", "Russia", "mz", "141,000 Russian soldiers", "total", "military"),
        F(6050, "exchanged", "exact", "prisoners of war returned to Ukraine in exchanges since 2022", "Ukraine", "coord", "(Coordination Headquarters): 6,050", "total", "military"),
        F(5800, "exchanged", "approximate", "prisoners of war returned to Russia in exchanges since 2022", "Russia", None, "about 5,800", "total", "military"),
        F(23, "killed", "exact", "Pakistani soldiers killed in October's border clashes (ISPR)", "Pakistan", "ispr", "per the ISPR: 23", "event", "military"),
        F(58, "killed", "exact", "Pakistani soldiers killed in October's border clashes (Taliban claim)", "Pakistan", "taliban", "per the Taliban government: 58", "event", "military"),
        F(200, "killed", "at_least", "Afghan Taliban and allied fighters killed in October's clashes (ISPR)", None, "ispr", "more than 200", "event", "military"),
        F(9, "killed", "exact", "Afghan fighters killed in October's clashes (Taliban government)", "Afghanistan", "taliban", "per the Taliban government: 9", "event", "military"),
        F(412, "killed", "exact", "security forces members killed in October (TTP claim)", "Pakistan", "ttp", "412 members of the security forces", "period", "military"),
        F(2000, "killed", "at_least", "PDF and allied fighters killed this year (junta claim)", None, "zaw", "more than 2,000", "period", "military"),
        F(3000, "captured", "at_least", "junta soldiers who surrendered or were captured since November 2023", "Myanmar", "aa", "more than 3,000 junta soldiers", "period", "military"),
        F(2, "captured", "exact", "brigadier generals taken at Ann in December 2024", "Myanmar", "aa", "two brigadier generals", "event", "military"),
        F(7400, "killed", "exact", "civilians killed by the military and its allies since the 2021 coup", "Myanmar", "aapp", "7,400 civilians", "total", "civilian"),
        F(1300, "captured", "at_least", "government soldiers and police officers held as prisoners by the AFC/M23", "DR Congo", "afcm23", "more than 1,300 government soldiers and police officers", "total", "military"),
        F(7000, "killed", "at_least", "people killed in January and February 2025", "DR Congo", "drcgov", "more than 7,000 people", "period", "unknown"),
        F(200, "killed", "at_least", "MONUSCO peacekeepers killed in hostile acts since 1999", "United Nations", "unrec", "more than 200 peacekeepers", "total", "military"),
        F(1000, "killed", "at_least", "soldiers and Russian mercenaries killed this year (JNIM claim)", None, "jnim", "more than 1,000 soldiers", "period", "military"),
        F(3900, "killed", "approximate", "people killed by political violence in Mali in 2024", "Mali", "acled", "about 3,900 people", "period", "mixed"),
        F(1600, "killed", "approximate", "civilians among those killed in Mali in 2024", "Mali", "acled", "some 1,600 civilians", "period", "civilian"),
        F(None, "killed", "vague", "terrorists neutralised this year", None, "fama", "hundreds of terrorists", "period", "military"),
        F(2500, "killed", "approximate", "Hezbollah fighters killed in the 2023-2024 war", "Hezbollah", "idf", "about 2,500 Hezbollah fighters", "total", "military"),
        F(4000, "killed", "at_least", "people killed in Lebanon in the 2023-2024 war", "Lebanon", "lebh", "more than 4,000 dead", "total", "unknown"),
        F(2000, "killed", "at_least", "people killed in Syria's coastal violence of March 2025", "Syria", "sohr", "more than 2,000 deaths", "event", "mixed"),
        F(2350, "killed", "exact", "terrorists neutralised in Syria and Iraq in the first ten months of 2025", None, "trmod", "reached 2,350", "period", "military"),
    ],
)
