"""Whose people a figure counts: demonyms, country names and armed groups, normalised.

``SIDES`` maps a normalised side to the words that name it in text: a demonym, the
country, or its capital used as a metonym ("Moscow had gathered a force"; the
extractor skips names inside the claimant's own name, so "Kyiv said" gives no side).
Armed groups are sides of their own, and peacekeepers are the United Nations' (see
the corpus guideline).
"""

SIDES = {
    "North Korea": (
        "North Korean",
        "North Koreans",
        "North Korea",
        "North Korea's",
        "Pyongyang",
        "Pyongyang's",
        "DPRK",
        "Korean People's Army",
    ),
    "South Korea": ("South Korean", "South Koreans", "South Korea", "South Korea's"),
    "Russia": ("Russian", "Russians", "Russia", "Russia's", "Moscow", "Moscow's", "Kremlin", "Kremlin's"),
    "Wagner": ("Wagner", "Wagner's", "Wagner Group"),
    "Taliban": ("Taliban", "Taliban's"),
    "African Union": ("African Union", "AU", "ATMIS", "AMISOM"),
    "Ukraine": ("Ukrainian", "Ukrainians", "Ukraine", "Ukraine's", "Kyiv", "Kyiv's", "Kiev's"),
    "Soviet Union": ("Soviet", "Soviets", "Soviet Union"),
    "United States": (
        "US",
        "U.S.",
        "American",
        "Americans",
        "United States",
        "America's",
        "Washington's",
        "Pentagon",
        "Pentagon's",
    ),
    "United Kingdom": ("British", "Britain", "Britain's", "UK", "U.K."),
    "Germany": ("German", "Germans", "Germany", "Germany's", "Bundeswehr"),
    "France": ("French", "France", "France's"),
    "Poland": ("Polish", "Poles", "Poland"),
    "Lithuania": ("Lithuanian", "Lithuanians", "Lithuania"),
    "Belarus": ("Belarusian", "Belarusians", "Belarus"),
    "Israel": ("Israeli", "Israelis", "Israel", "Israel's", "IDF"),
    "Palestine": ("Palestinian", "Palestinians", "Gaza", "Gaza's", "Gazans", "West Bank"),
    "Hamas": ("Hamas", "Hamas's", "Qassam"),
    "Hezbollah": ("Hezbollah", "Hezbollah's"),
    "Houthis": ("Houthi", "Houthis", "Ansar Allah"),
    "Islamic State": ("Islamic State", "IS", "ISIS", "ISIL", "ISIS-K", "Daesh", "jihadists"),
    "Lebanon": ("Lebanese", "Lebanon", "Lebanon's"),
    "Syria": ("Syrian", "Syrians", "Syria", "Syria's", "Alawite", "Alawites", "Druze"),
    "Iraq": ("Iraqi", "Iraqis", "Iraq"),
    "Iran": ("Iranian", "Iranians", "Iran", "Iran's"),
    "Yemen": ("Yemeni", "Yemenis", "Yemen", "Yemen's"),
    "Saudi Arabia": ("Saudi", "Saudis", "Saudi Arabia"),
    "Afghanistan": ("Afghan", "Afghans", "Afghanistan"),
    "Sudan": ("Sudanese", "Sudan", "Sudan's", "Darfur", "Khartoum"),
    "RSF": ("Rapid Support Forces", "RSF"),
    "Myanmar": ("Myanmar", "Myanmar's", "Burmese", "Burma"),
    "DR Congo": (
        "Congolese",
        "Congo",
        "Congo's",
        "DRC",
        "Democratic Republic of Congo",
        "Democratic Republic of the Congo",
    ),
    "Rwanda": ("Rwandan", "Rwandans", "Rwanda", "Rwanda's"),
    "Burundi": ("Burundian", "Burundians", "Burundi", "Burundi's"),
    "M23": ("M23",),
    "South Africa": ("South African", "South Africans", "South Africa", "South Africa's"),
    "Malawi": ("Malawian", "Malawians", "Malawi"),
    "Uruguay": ("Uruguayan", "Uruguayans", "Uruguay"),
    "Kenya": ("Kenyan", "Kenyans", "Kenya", "Kenya's"),
    "Haiti": ("Haitian", "Haitians", "Haiti", "Haiti's"),
    "Ethiopia": ("Ethiopian", "Ethiopians", "Ethiopia", "Tigray", "Tigrayan"),
    "Somalia": ("Somali", "Somalis", "Somalia"),
    "al-Shabaab": ("al-Shabaab", "al-Shabab", "al Shabaab", "al Shabab", "Al-Shabaab", "Al-Shabab", "Shabaab"),
    "Libya": ("Libyan", "Libyans", "Libya"),
    "Mali": ("Malian", "Malians", "Mali"),
    "Nigeria": ("Nigerian", "Nigerians", "Nigeria"),
    "Boko Haram": ("Boko Haram", "ISWAP"),
    "Nagorno-Karabakh": ("Nagorno-Karabakh", "Karabakh", "Karabakh's", "Artsakh"),
    "Burkina Faso": ("Burkinabe", "Burkinabè", "Burkina Faso", "Burkina Faso's"),
    "Niger": ("Nigerien", "Nigeriens", "Niger", "Niger's"),
    "Chad": ("Chadian", "Chadians", "Chad", "Chad's"),
    "Mozambique": ("Mozambican", "Mozambicans", "Mozambique"),
    "Cameroon": ("Cameroonian", "Cameroonians", "Cameroon"),
    "Central African Republic": ("Central African Republic", "CAR"),
    "South Sudan": ("South Sudanese", "South Sudan"),
    "Eritrea": ("Eritrean", "Eritreans", "Eritrea"),
    "Senegal": ("Senegalese", "Senegal"),
    "Algeria": ("Algerian", "Algerians", "Algeria"),
    "Kashmir": ("Kashmiri", "Kashmiris"),
    "Armenia": ("Armenian", "Armenians", "Armenia"),
    "Azerbaijan": ("Azerbaijani", "Azerbaijanis", "Azerbaijan"),
    "India": ("Indian", "Indians", "India"),
    "Pakistan": ("Pakistani", "Pakistanis", "Pakistan"),
    "China": ("Chinese", "China"),
    "Indonesia": ("Indonesian", "Indonesians", "Indonesia"),
    "Thailand": ("Thai", "Thais", "Thailand"),
    "Vietnam": ("Vietnamese", "Vietnam"),
    "Philippines": ("Filipino", "Filipinos", "Philippines"),
    "Nepal": ("Nepali", "Nepalis", "Nepalese", "Nepal"),
    "Bangladesh": ("Bangladeshi", "Bangladeshis", "Bangladesh"),
    "Sri Lanka": ("Sri Lankan", "Sri Lankans", "Sri Lanka"),
    "Colombia": ("Colombian", "Colombians", "Colombia"),
    "Georgia": ("Georgian", "Georgians"),
    "Chechnya": ("Chechen", "Chechens", "Chechnya"),
    "Turkey": ("Turkish", "Turks", "Turkey", "Türkiye"),
    "Egypt": ("Egyptian", "Egyptians", "Egypt"),
    "Jordan": ("Jordanian", "Jordanians"),
    "Japan": ("Japanese", "Japan"),
    "Canada": ("Canadian", "Canadians", "Canada"),
    "Australia": ("Australian", "Australians", "Australia"),
    "Netherlands": ("Dutch", "Netherlands"),
    "Italy": ("Italian", "Italians", "Italy"),
    "Spain": ("Spanish", "Spain"),
}

# Sides that are insurgent or militant groups: "militants" an article does not name
# belong to the one it is about ("the army said it killed hundreds of militants").
INSURGENT_GROUPS = (
    "Hamas", "Hezbollah", "Houthis", "Islamic State", "al-Shabaab", "Boko Haram", "M23", "RSF", "Taliban",
)  # fmt: skip

# Words that make the people they describe the United Nations' (its peacekeepers).
UN_FORCES = ("peacekeeper", "peacekeepers", "blue helmets", "UNIFIL", "MONUSCO", "UNMISS", "MINUSMA", "UN mission")

# Places inside a country that stand for it in "civilians in X".
# (Kept short and general; the demonym table above covers most text.)


# Cities and regions that name their country when civilians are counted "in" them.
# Used like the names above; general geography, kept apart so the table stays readable.
PLACES = {
    "Ukraine": (
        "Kharkiv", "Kherson", "Odesa", "Odessa", "Dnipro", "Zaporizhzhia", "Lviv", "Mariupol", "Bakhmut",
        "Avdiivka", "Sumy", "Mykolaiv", "Chernihiv", "Kramatorsk", "Pokrovsk", "Kryvyi Rih", "Poltava",
        "Vinnytsia", "Donbas", "Bucha", "Irpin", "Izium", "Sloviansk", "Kostiantynivka", "Uman",
    ),
    "Russia": ("Belgorod", "Bryansk", "Kursk", "Rostov", "Krasnodar", "St Petersburg", "Voronezh"),
    "Israel": ("Tel Aviv", "Haifa", "Sderot", "Ashkelon", "Beersheba"),
    "Palestine": ("Gaza City", "Rafah", "Khan Younis", "Jabalia", "Deir al-Balah", "Jenin", "Nablus", "Ramallah"),
    "Lebanon": ("Beirut", "Tyre", "Sidon", "Nabatieh", "Baalbek"),
    "Syria": ("Damascus", "Aleppo", "Idlib", "Homs", "Hama", "Latakia", "Deir ez-Zor", "Raqqa", "Sweida"),
    "Sudan": ("Omdurman", "El Fasher", "El Geneina", "Port Sudan", "Kordofan"),
    "Yemen": ("Sanaa", "Hodeidah", "Aden", "Taiz", "Marib"),
    "DR Congo": ("Goma", "Bukavu", "Kinshasa", "North Kivu", "South Kivu", "Ituri"),
    "Myanmar": ("Yangon", "Mandalay", "Naypyidaw", "Sagaing", "Rakhine", "Shan State"),
    "Iraq": ("Baghdad", "Mosul", "Basra", "Fallujah"),
    "Afghanistan": ("Kabul", "Kandahar", "Herat"),
    "Somalia": ("Mogadishu",),
    "Ethiopia": ("Addis Ababa", "Mekelle", "Amhara"),
    "Haiti": ("Port-au-Prince",),
}  # fmt: skip
