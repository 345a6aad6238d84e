"""Widely known issuers of war figures, like a gazetteer: the one name each goes by, its other names, its
kind and its country.

Each ``Issuer`` has:

- ``name``: the canonical source name. A national body carries its country in brackets, the same way
  ``extractors/source_names.py`` names a body that is not listed here ("Ministry of Defence (Estrelia)",),
  so that a body named in both ways gets one name;
- ``type``: one of ``extractors.figure.SOURCE_TYPES``;
- ``country``: the country it belongs to (a side of ``lexicon.places.SIDES``), or None for international
  bodies and monitors;
- ``aliases``: other names, acronyms and informal names ("the Pentagon", "Seoul's spy agency" needs none:
  it is South Korea's ``intelligence``). Acronyms (two capitals or more, no spaces) match in their case
  only; other aliases in any case;
- ``kinds``: the generic kinds of body (keys of ``lexicon.bodies.KINDS``) it is for its ``owners``: South
  Korea's ``intelligence`` is the National Intelligence Service, the United States' ``defence ministry``
  the Department of Defense;
- ``owners``: whose kinds these are, when not just ``country`` (the Gaza health ministry is Palestine's and
  Hamas's).

General knowledge only: the bodies that issue figures in any war's reporting, never names taken from
particular articles.
"""

from __future__ import annotations

from typing import NamedTuple


class Issuer(NamedTuple):
    name: str
    type: str
    country: str | None
    aliases: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    owners: tuple[str, ...] = ()


_UN_BODIES = (
    Issuer("United Nations", "international body", None, ("UN", "UN agencies", "UN officials", "UN Secretariat")),
    Issuer("Office of the UN High Commissioner for Human Rights", "international body", None, (
        "OHCHR", "UN human rights office", "UN rights office", "UN human rights agency",
        "UN High Commissioner for Human Rights",
        "Office of the High Commissioner for Human Rights", "UN Human Rights", "UN human rights chief",
        "UN rights chief",
        "Office of the United Nations High Commissioner for Human Rights")),
    Issuer("UN Human Rights Monitoring Mission in Ukraine", "international body", None, (
        "HRMMU", "UN Human Rights Monitoring Mission", "UN monitoring mission in Ukraine",
        "UN human rights monitors in Ukraine")),
    Issuer("UN Office for the Coordination of Humanitarian Affairs", "international body", None, (
        "OCHA", "UNOCHA", "UN OCHA", "UN humanitarian office", "UN humanitarian affairs office", "UN aid office",
        "UN humanitarian agency", "UN humanitarian coordination office",
        "Office for the Coordination of Humanitarian Affairs")),
    Issuer("UNICEF", "international body", None, (
        "UN Children's Fund", "UN children's agency", "UN children's fund")),
    Issuer("World Health Organization", "international body", None, (
        "WHO", "World Health Organisation", "UN health agency", "UN health body")),
    Issuer("UN Relief and Works Agency for Palestine Refugees", "international body", None, (
        "UNRWA", "UN agency for Palestinian refugees", "UN Palestinian refugee agency", "UN Relief and Works Agency")),
    Issuer("UN High Commissioner for Refugees", "international body", None, (
        "UNHCR", "UN refugee agency", "UN Refugee Agency")),
    Issuer("International Organization for Migration", "international body", None, (
        "IOM", "International Organisation for Migration", "UN migration agency")),
    Issuer("World Food Programme", "international body", None, (
        "WFP", "World Food Program", "UN food agency")),
    Issuer("UN Development Programme", "international body", None, (
        "UNDP", "UN Development Program")),
    Issuer("UN Population Fund", "international body", None, ("UNFPA",)),
    Issuer("UN Security Council", "international body", None, (
        "UNSC",)),
    Issuer("UN Interim Force in Lebanon", "international body", None, (
        "UNIFIL", "UN peacekeeping force in Lebanon", "UN peacekeeping mission in Lebanon")),
    Issuer("UN Organization Stabilization Mission in the DR Congo", "international body", None, (
        "MONUSCO", "UN peacekeeping mission in Congo", "UN mission in Congo",
        "UN peacekeeping mission in the Democratic Republic of Congo")),
    Issuer("UN Mission in South Sudan", "international body", None, (
        "UNMISS", "UN peacekeeping mission in South Sudan")),
    Issuer("UN Multidimensional Integrated Stabilization Mission in Mali", "international body", None, (
        "MINUSMA", "UN peacekeeping mission in Mali", "UN mission in Mali")),
    Issuer("UN Multidimensional Integrated Stabilization Mission in the Central African Republic",
           "international body", None, ("MINUSCA", "UN peacekeeping mission in the Central African Republic")),
    Issuer("UN Assistance Mission in Afghanistan", "international body", None, (
        "UNAMA", "UN mission in Afghanistan")),
    Issuer("UN Assistance Mission for Iraq", "international body", None, (
        "UNAMI", "UN mission in Iraq")),
    Issuer("UN Support Mission in Libya", "international body", None, (
        "UNSMIL", "UN mission in Libya")),
    Issuer("UN Assistance Mission in Somalia", "international body", None, ("UNSOM", "UN mission in Somalia")),
    Issuer("UN Disengagement Observer Force", "international body", None, ("UNDOF",)),
)  # fmt: skip

_INTERNATIONAL = (
    Issuer("International Committee of the Red Cross", "international body", None, (
        "ICRC", "Red Cross", "International Red Cross")),
    Issuer("International Federation of Red Cross and Red Crescent Societies", "international body", None, (
        "IFRC", "International Federation of the Red Cross")),
    Issuer("African Union", "international body", None, ("AU", "African Union Commission", "AU Commission")),
    Issuer("African Union mission in Somalia", "international body", None, (
        "AMISOM", "ATMIS", "AUSSOM", "African Union Mission in Somalia", "African Union Transition Mission in Somalia",
        "African Union Support and Stabilisation Mission in Somalia")),
    Issuer("European Union", "international body", None, ("EU", "European Commission")),
    Issuer("NATO", "international body", None, ("North Atlantic Treaty Organization", "North Atlantic Alliance")),
    Issuer("Organization for Security and Co-operation in Europe", "international body", None, (
        "OSCE", "Organisation for Security and Co-operation in Europe", "OSCE Special Monitoring Mission")),
    Issuer("Economic Community of West African States", "international body", None, ("ECOWAS",)),
    Issuer("International Criminal Court", "international body", None, ("ICC",)),
)  # fmt: skip

_MONITORS = (
    Issuer("Doctors Without Borders", "monitor", None, (
        "MSF", "Médecins Sans Frontières", "Medecins Sans Frontieres", "Medecins sans Frontieres")),
    Issuer("Human Rights Watch", "monitor", None, ("HRW",)),
    Issuer("Amnesty International", "monitor", None, ("Amnesty",)),
    Issuer("Committee to Protect Journalists", "monitor", None, ("CPJ",)),
    Issuer("Human Rights Activists News Agency", "monitor", "United States", ("HRANA",)),
    Issuer("Armed Conflict Location & Event Data Project", "monitor", None, (
        "ACLED", "Armed Conflict Location and Event Data Project", "Armed Conflict Location & Event Data",
        "Armed Conflict Location and Event Data")),
    Issuer("Airwars", "monitor", None, ()),
    Issuer("Uppsala Conflict Data Program", "monitor", None, ("UCDP", "Uppsala Conflict Data Programme")),
    Issuer("Iraq Body Count", "monitor", None, ("IBC", "Iraq Body Count project")),
    Issuer("Syrian Observatory for Human Rights", "monitor", "Syria", ("SOHR", "Syrian Observatory")),
    Issuer("Syrian Network for Human Rights", "monitor", "Syria", ("SNHR",)),
    Issuer("B'Tselem", "monitor", "Israel", ("B’Tselem", "Btselem")),
    Issuer("Palestinian Centre for Human Rights", "monitor", "Palestine",
           ("PCHR", "Palestinian Center for Human Rights")),
    Issuer("Euro-Mediterranean Human Rights Monitor", "monitor", None,
           ("Euro-Med Monitor", "Euro-Med Human Rights Monitor")),
    Issuer("Action on Armed Violence", "monitor", None, ("AOAV",)),
    Issuer("Costs of War Project", "monitor", "United States", ("Costs of War project", "Costs of War")),
    Issuer("Institute for the Study of War", "monitor", "United States", ("ISW",)),
    Issuer("Center for Strategic and International Studies", "monitor", "United States", (
        "CSIS", "Centre for Strategic and International Studies")),
    Issuer("International Institute for Strategic Studies", "monitor", "United Kingdom", ("IISS",)),
    Issuer("Royal United Services Institute", "monitor", "United Kingdom", ("RUSI",)),
    Issuer("International Crisis Group", "monitor", None, ("ICG", "Crisis Group")),
    Issuer("The Lancet", "monitor", "United Kingdom", ("Lancet",)),
    Issuer("Stockholm International Peace Research Institute", "monitor", "Sweden", ("SIPRI",)),
)  # fmt: skip

_MEDIA = (
    Issuer("TASS", "media", "Russia", ("Tass", "ITAR-TASS", "Itar-Tass")),
    Issuer("RIA Novosti", "media", "Russia", ("RIA",)),
    Issuer("Interfax", "media", "Russia", ()),
    Issuer("Zvezda", "media", "Russia", ("Zvezda TV",)),
    Issuer("Mediazona", "media", "Russia", ("MediaZona", "Mediazone")),
    Issuer("Meduza", "media", "Russia", ()),
    Issuer("Korean Central News Agency", "media", "North Korea", ("KCNA",)),
    Issuer("Yonhap", "media", "South Korea", ("Yonhap News Agency",)),
    Issuer("Islamic Republic News Agency", "media", "Iran", ("IRNA",)),
    Issuer("Fars News Agency", "media", "Iran", ("Fars",)),
    Issuer("Tasnim News Agency", "media", "Iran", ("Tasnim",)),
    Issuer("Syrian Arab News Agency", "media", "Syria", ("SANA",)),
    Issuer("Xinhua", "media", "China", ("Xinhua News Agency",)),
    Issuer("Ukrinform", "media", "Ukraine", ()),
    Issuer("WAFA", "media", "Palestine", ("Wafa", "Palestinian news agency WAFA")),
    Issuer("Saudi Press Agency", "media", "Saudi Arabia", ("SPA",)),
    Issuer("Emirates News Agency", "media", "United Arab Emirates", ("WAM",)),
    Issuer("Qatar News Agency", "media", "Qatar", ("QNA",)),
    Issuer("Anadolu Agency", "media", "Turkey", ("Anadolu",)),
    Issuer("BelTA", "media", "Belarus", ()),
    Issuer("National News Agency", "media", "Lebanon", ("NNA",)),
    Issuer("Iraqi News Agency", "media", "Iraq", ("INA",)),
    Issuer("Saba News Agency", "media", "Yemen", ("Saba",)),
    Issuer("Al-Masirah", "media", "Yemen", ("Al Masirah", "al-Masirah")),
    Issuer("Al-Manar", "media", "Lebanon", ("Al Manar", "al-Manar")),
    Issuer("Amaq", "media", None, ("Amaq News Agency", "Amaq news agency")),
    Issuer("Agence France-Presse", "media", "France", ("AFP", "Agence France Presse")),
    Issuer("Reuters", "media", "United Kingdom", ("Thomson Reuters",)),
    Issuer("Associated Press", "media", "United States", ("AP", "The Associated Press")),
    Issuer("Al Jazeera", "media", "Qatar", ("Al-Jazeera", "Aljazeera")),
    Issuer("Al Arabiya", "media", "Saudi Arabia", ("Al-Arabiya",)),
    Issuer("BBC", "media", "United Kingdom", ("British Broadcasting Corporation",)),
    Issuer("BBC Russian Service", "media", "United Kingdom",
           ("BBC Russian", "BBC News Russian", "BBC's Russian service")),
    Issuer("CNN", "media", "United States", ()),
    Issuer("The New York Times", "media", "United States", ("New York Times", "NYT")),
    Issuer("The Wall Street Journal", "media", "United States", ("Wall Street Journal", "WSJ")),
    Issuer("The Washington Post", "media", "United States", ("Washington Post",)),
)  # fmt: skip

_STATES = (
    Issuer("Department of Defense (United States)", "military", "United States", (
        "Pentagon", "DoD", "US Department of Defense", "Defense Department",
        "Department of Defense", "Department of War"), ("defence ministry",)),
    Issuer("US Central Command", "military", "United States", (
        "CENTCOM", "Central Command")),
    Issuer("US Africa Command", "military", "United States", ("AFRICOM", "Africa Command")),
    Issuer("Joint Chiefs of Staff (United States)", "military", "United States", (), ("joint chiefs",)),
    Issuer("Central Intelligence Agency (United States)", "intelligence", "United States", (
        "CIA", "Central Intelligence Agency")),
    Issuer("Defense Intelligence Agency (United States)", "intelligence", "United States", (
        "DIA", "Defense Intelligence Agency"), ("military intelligence",)),
    Issuer("Office of the Director of National Intelligence (United States)", "intelligence", "United States", (
        "ODNI", "Director of National Intelligence", "Office of the Director of National Intelligence")),
    Issuer("Department of State (United States)", "government", "United States", (
        "State Department", "US State Department"), ("foreign ministry",)),
    Issuer("US-led coalition", "military", "United States", (
        "Combined Joint Task Force-Operation Inherent Resolve", "CJTF-OIR",
        "US-led coalition against Islamic State")),
    Issuer("Ministry of Defence (United Kingdom)", "military", "United Kingdom", (
        "UK MoD", "UK MOD", "UK Ministry of Defence", "Defence Intelligence", "British Defence Intelligence"),
        ("defence ministry", "military intelligence")),
    Issuer("Foreign, Commonwealth and Development Office (United Kingdom)", "government", "United Kingdom", (
        "FCDO", "Foreign Office", "British Foreign Office", "Foreign, Commonwealth & Development Office"),
        ("foreign ministry",)),
    Issuer("Secret Intelligence Service (United Kingdom)", "intelligence", "United Kingdom", ("MI6",)),
    # Russia's General Staff and its groups of forces publish nothing of their own: the ministry speaks for them.
    Issuer("Ministry of Defence (Russia)", "military", "Russia", (
        "Minoborony", "Russian MoD", "General Staff of the Russian Armed Forces", "Russian General Staff",
        *(f"Battlegroup {group}" for group in ("North", "South", "West", "Centre", "Center", "East", "Dnepr")),
        *(f"{group} {unit}" for group in ("Sever", "Yug", "Zapad", "Tsentr", "Vostok", "Dnepr")
          for unit in ("battlegroup", "group of forces", "Group of Forces", "group"))),
        ("defence ministry", "general staff")),
    Issuer("Federal Security Service (Russia)", "intelligence", "Russia", ("FSB", "Federal Security Service"),
           ("security service",)),
    Issuer("Foreign Intelligence Service (Russia)", "intelligence", "Russia", ("SVR",)),
    Issuer("Main Intelligence Directorate (Russia)", "intelligence", "Russia", ("GRU",)),
    Issuer("National Guard (Russia)", "military", "Russia", ("Rosgvardia", "Rosgvardiya")),
    Issuer("Main Intelligence Directorate (Ukraine)", "intelligence", "Ukraine", (
        "HUR", "GUR", "Defence Intelligence of Ukraine", "Defense Intelligence of Ukraine",
        "Main Directorate of Intelligence"),
        ("military intelligence",)),
    Issuer("Security Service of Ukraine", "intelligence", "Ukraine", ("SBU",), ("security service",)),
    Issuer("General Staff (Ukraine)", "military", "Ukraine", (
        "General Staff of the Armed Forces of Ukraine", "General Staff of the Ukrainian Armed Forces"),
        ("general staff",)),
    Issuer("Armed Forces (Ukraine)", "military", "Ukraine", ("Armed Forces of Ukraine", "ZSU"), ("military",)),
    Issuer("State Emergency Service (Ukraine)", "government", "Ukraine", (
        "State Emergency Service of Ukraine", "DSNS"), ("civil defence",)),
    Issuer("National Intelligence Service (South Korea)", "intelligence", "South Korea", (
        "NIS", "National Intelligence Service"), ("intelligence",)),
    Issuer("Israel Defense Forces", "military", "Israel", (
        "IDF", "Israel Defence Forces", "Israeli Defense Forces", "Israeli Defence Forces", "Tsahal"),
        ("military", "general staff")),
    Issuer("Israel Security Agency", "intelligence", "Israel", ("Shin Bet", "Shabak", "ISA"), ("security service",)),
    Issuer("Mossad", "intelligence", "Israel", (), ("intelligence",)),
    Issuer("Coordinator of Government Activities in the Territories (Israel)", "military", "Israel", ("COGAT",)),
    Issuer("Magen David Adom", "health authority", "Israel", ("MDA",)),
    Issuer("Islamic Revolutionary Guard Corps", "military", "Iran", (
        "IRGC", "Revolutionary Guards", "Revolutionary Guard", "Iran's Revolutionary Guards")),
    Issuer("Inter-Services Public Relations (Pakistan)", "military", "Pakistan", (
        "ISPR", "Inter-Services Public Relations"), ("military",)),
    Issuer("Inter-Services Intelligence (Pakistan)", "intelligence", "Pakistan", ("ISI", "Inter-Services Intelligence"),
           ("intelligence",)),
    Issuer("Sudanese Armed Forces", "military", "Sudan", ("SAF",), ("military",)),
    Issuer("Armed Forces (DR Congo)", "military", "DR Congo", (
        "FARDC", "Armed Forces of the Democratic Republic of the Congo"), ("military",)),
    Issuer("Armed Forces (Myanmar)", "military", "Myanmar", ("Tatmadaw",), ("military",)),
    Issuer("Saudi-led coalition", "military", "Saudi Arabia", ("Arab coalition", "Saudi-led military coalition")),
    Issuer("South African National Defence Force", "military", "South Africa", ("SANDF",), ("military",)),
    Issuer("Malian Armed Forces", "military", "Mali", ("FAMa",), ("military",)),
    Issuer("Somali National Army", "military", "Somalia", ("SNA",), ("military",)),
    Issuer("National Intelligence and Security Agency (Somalia)", "intelligence", "Somalia", (
        "NISA", "National Intelligence and Security Agency"), ("intelligence",)),
    Issuer("Rwanda Defence Force", "military", "Rwanda", ("RDF", "Rwanda Defense Force"),
           ("military",)),
    Issuer("Uganda People's Defence Force", "military", "Uganda", ("UPDF", "Uganda People's Defence Forces"),
           ("military",)),
    Issuer("Kenya Defence Forces", "military", "Kenya", ("KDF",), ("military",)),
    Issuer("Ethiopian National Defense Force", "military", "Ethiopia", ("ENDF", "Ethiopian National Defence Force"),
           ("military",)),
    Issuer("Bundeswehr", "military", "Germany", ("German armed forces",), ("military",)),
)  # fmt: skip

# Armed groups, and the bodies and outlets they run.
_ARMED_GROUPS = (
    Issuer("Hamas", "armed group", "Palestine", (
        "Islamic Resistance Movement", "Qassam Brigades", "al-Qassam Brigades", "Izz ad-Din al-Qassam Brigades",
        "Ezzedine al-Qassam Brigades"), ("military", "government"), ("Hamas",)),
    Issuer("Ministry of Health (Gaza)", "health authority", "Palestine", (
        "Palestinian health ministry", "Palestinian Ministry of Health"),
        ("health ministry",), ("Palestine", "Hamas")),
    Issuer("Government Media Office (Gaza)", "government", "Palestine", (
        "Gaza media office",), ("media office",), ("Palestine", "Hamas")),
    Issuer("Civil Defence (Gaza)", "government", "Palestine", (
        "Palestinian Civil Defence", "Palestinian civil defense"),
        ("civil defence",), ("Palestine", "Hamas")),
    Issuer("Hezbollah", "armed group", "Lebanon", ("Hizbollah", "Hizballah", "Islamic Resistance in Lebanon"),
           ("military",), ("Hezbollah",)),
    Issuer("Houthis", "armed group", "Yemen", ("Ansar Allah", "Houthi movement", "Houthi rebels", "Houthi"),
           ("military", "government"), ("Houthis",)),
    Issuer("Ministry of Health (Houthis)", "health authority", "Yemen", (), ("health ministry",), ("Houthis",)),
    Issuer("Rapid Support Forces", "armed group", "Sudan", ("RSF",), ("military",), ("RSF",)),
    Issuer("M23", "armed group", "DR Congo", ("March 23 Movement", "M23 rebels", "AFC/M23", "Congo River Alliance",
           "Alliance Fleuve Congo"), ("military",), ("M23",)),
    Issuer("Taliban", "armed group", "Afghanistan", ("Islamic Emirate of Afghanistan",), ("military", "government"),
           ("Taliban",)),
    Issuer("Islamic State", "armed group", None, ("IS", "ISIS", "ISIL", "Daesh", "Islamic State group"), ("military",),
           ("Islamic State",)),
    Issuer("al-Shabaab", "armed group", "Somalia", ("al-Shabab", "Al-Shabaab", "Al-Shabab", "al Shabaab"),
           ("military",), ("al-Shabaab",)),
    Issuer("Boko Haram", "armed group", "Nigeria", (), ("military",), ("Boko Haram",)),
    Issuer("al-Qaeda", "armed group", None, ("Al Qaeda", "Al-Qaeda", "al Qaeda", "al-Qaida", "Al Qaida")),
    Issuer("Islamic State West Africa Province", "armed group", "Nigeria", ("ISWAP",)),
    Issuer("Jama'at Nusrat al-Islam wal-Muslimin", "armed group", None, (
        "JNIM", "Group for the Support of Islam and Muslims", "Jamaat Nusrat al-Islam wal-Muslimin")),
    Issuer("Wagner Group", "armed group", "Russia", ("Wagner", "Wagner private military company", "Wagner PMC"),
           ("military",), ("Wagner",)),
    Issuer("Tigray People's Liberation Front", "armed group", "Ethiopia", ("TPLF",)),
    Issuer("Kurdistan Workers' Party", "armed group", "Turkey", ("PKK",)),
    Issuer("Syrian Democratic Forces", "armed group", "Syria", ("SDF",)),
    Issuer("Arakan Army", "armed group", "Myanmar", ()),
    Issuer("Kachin Independence Army", "armed group", "Myanmar", ("KIA",)),
    Issuer("Ta'ang National Liberation Army", "armed group", "Myanmar", ("TNLA",)),
)  # fmt: skip

ISSUERS: tuple[Issuer, ...] = _UN_BODIES + _INTERNATIONAL + _MONITORS + _MEDIA + _STATES + _ARMED_GROUPS
